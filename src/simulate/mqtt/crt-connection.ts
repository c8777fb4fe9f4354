/**
 * DeviceConnection on aws-iot-device-sdk-v2 (aws-crt). Loaded only by commands that simulate: the native
 * binding costs the other commands nothing. Clean sessions always: with the builder's default
 * `clean_session=false` a denied QoS 1 publish is re-sent on every reconnect, and AWS closes the connection
 * again each time, an endless loop.
 */
import type {
  BrokerAddress,
  ConnectionOptions,
  ConnectionFactory,
  DeviceConnection,
  DeviceCredentials
} from './connection.js'
import { prepareNativeBinding } from './native.js'

type Sdk = typeof import('aws-iot-device-sdk-v2')
let sdk: Promise<Sdk> | undefined

function loadSdk(): Promise<Sdk> {
  if (!sdk) {
    prepareNativeBinding()
    sdk = import('aws-iot-device-sdk-v2')
  }
  return sdk
}

export const crtConnection: ConnectionFactory = async (
  device: DeviceCredentials,
  broker: BrokerAddress,
  options: ConnectionOptions
): Promise<DeviceConnection> => {
  const { http, iot, mqtt } = await loadSdk()
  let builder = iot.AwsIotMqttConnectionConfigBuilder.new_mtls_builder(
    device.certificatePem,
    device.privateKeyPem
  )
    .with_endpoint(broker.host)
    .with_port(broker.port)
    .with_client_id(device.clientId)
    .with_clean_session(true)
    .with_keep_alive_seconds(30)
    .with_reconnect_min_sec(1)
    .with_reconnect_max_sec(8)
  if (broker.caPem) builder = builder.with_certificate_authority(broker.caPem)
  if (options.tunnelPort)
    builder = builder.with_http_proxy_options(
      new http.HttpProxyOptions(
        '127.0.0.1',
        options.tunnelPort,
        http.HttpProxyAuthenticationType.Basic,
        device.clientId,
        'ddac',
        undefined,
        http.HttpProxyConnectionType.Tunneling
      )
    )
  const connection = new mqtt.MqttClient().new_connection(builder.build())
  connection.on('interrupt', (error) => options.interrupted?.(String(error)))
  connection.on('resume', () => options.resumed?.())
  // Errors also reject the pending operation; without a listener aws-crt would log them.
  connection.on('error', () => undefined)
  return {
    connect: async () => {
      await connection.connect()
    },
    publish: async (topic, payload) => {
      await connection.publish(topic, payload, mqtt.QoS.AtLeastOnce)
    },
    subscribe: async (filter, onMessage) => {
      await connection.subscribe(filter, mqtt.QoS.AtLeastOnce, (topic, payload) =>
        onMessage(topic, payload)
      )
    },
    disconnect: async () => {
      await connection.disconnect()
    }
  }
}
