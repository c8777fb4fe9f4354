/**
 * The broker address of a DescribeEndpoint answer. AWS answers a bare host name (devices dial port 8883); the
 * local emulator's broker listens on a free port and answers `host:port` instead (a stand-in AWS never sends).
 */
import type { BrokerAddress } from './connection.js'

export const AWS_MQTT_PORT = 8883

export function brokerAddress(endpointAddress: string, caPem?: string): BrokerAddress {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(endpointAddress)
  const host = match ? match[1]!.replace(/^\[|\]$/g, '') : endpointAddress
  const port = match ? Number(match[2]) : AWS_MQTT_PORT
  return { host, port, ...(caPem === undefined ? {} : { caPem }) }
}
