/** Simulation tests against the emulator's own broker: where devices connect, and what a thing's counters hold. */
import { DescribeEndpointCommand, type IoTClient } from '@aws-sdk/client-iot'
import type { Emulator } from '../../../src/local/emulator.js'
import type { ThingTotals } from '../../../src/local/data-plane/metering.js'
import type { ConnectionRecord } from '../../../src/local/store/cloud-metrics.js'
import type { BrokerAddress } from '../../../src/simulate/mqtt/connection.js'
import { brokerAddress } from '../../../src/simulate/mqtt/endpoint.js'

/** The broker as `simulate` finds it: DescribeEndpoint's iot:Data-ATS address, the emulator's CA. */
export async function brokerOf(emu: Emulator, iot: IoTClient): Promise<BrokerAddress> {
  const out = await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }))
  return brokerAddress(out.endpointAddress!, emu.caCertificatePem)
}

export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`not so within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** The broker's connection records of these client ids, in connection order. */
export const recordsOf = (emu: Emulator, clientIds: readonly string[]): ConnectionRecord[] =>
  emu.state().data.connections!.filter((r) => clientIds.includes(r.clientId))

/** The broker sees a socket close a moment after the client: wait until it recorded every end. */
export const closed = (emu: Emulator, clientIds: readonly string[]): Promise<void> =>
  until(() => recordsOf(emu, clientIds).every((r) => r.disconnectedAt !== undefined))

/** A thing's totals: the counts given, every other metric 0. */
export function only(counts: Partial<ThingTotals>): ThingTotals {
  return {
    'aws:num-messages-sent': 0,
    'aws:num-messages-received': 0,
    'aws:message-byte-size': 0,
    'aws:num-authorization-failures': 0,
    'aws:num-connection-attempts': 0,
    'aws:num-disconnects': 0,
    ...counts
  }
}
