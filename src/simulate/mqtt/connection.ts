/** What the device runner needs from an MQTT 3.1.1 client: one connection per thing, keys only in memory. */

export interface DeviceCredentials {
  /** the MQTT client id; AWS attributes cloud-side metrics to the thing of this name */
  clientId: string
  certificatePem: string
  privateKeyPem: string
}

export interface BrokerAddress {
  host: string
  port: number
  /** trust only this CA (the emulator's, or a test broker's); absent: the system trust store (AWS) */
  caPem?: string
}

export interface ConnectionOptions {
  /** dial through this local DropTunnel port (the `disconnects` scenario drops connections there) */
  tunnelPort?: number
  /** the connection dropped (the broker closed it, e.g. on a denied action, or the network) */
  interrupted?: (reason: string) => void
  /** the client reconnected by itself after an interruption */
  resumed?: () => void
}

export interface DeviceConnection {
  connect(): Promise<void>
  /** resolves on PUBACK (QoS 1) */
  publish(topic: string, payload: Uint8Array): Promise<void>
  subscribe(filter: string, onMessage: (topic: string, payload: ArrayBuffer) => void): Promise<void>
  /** a clean DISCONNECT; the connection cannot be used afterwards */
  disconnect(): Promise<void>
}

export type ConnectionFactory = (
  device: DeviceCredentials,
  broker: BrokerAddress,
  options: ConnectionOptions
) => Promise<DeviceConnection>
