/**
 * Each scenario end to end through the emulator's own broker: `runSimulations` provisions the fleet through
 * the emulator's API (CreateCertificateFromCsr with a key made in memory), finds the broker with
 * DescribeEndpoint as `simulate` does, runs the traffic with the real device SDK (aws-crt) over mutual TLS and
 * tears the fleet down. The broker's per-thing counters and connection records are what AWS would count:
 * each scenario moves the metrics it is about and nothing else.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { UpdateCertificateCommand, type IoTClient } from '@aws-sdk/client-iot'
import type { SimulationEntry } from '../../src/config/file-format.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import type { ThingTotals } from '../../src/local/data-plane/metering.js'
import type { ConnectionRecord } from '../../src/local/store/cloud-metrics.js'
import type { ConnectionFactory } from '../../src/simulate/mqtt/connection.js'
import { crtConnection } from '../../src/simulate/mqtt/crt-connection.js'
import { Ledger } from '../../src/simulate/provision/ledger.js'
import { newRunId, thingName } from '../../src/simulate/provision/marks.js'
import { runSimulations, type SimulationsOutcome } from '../../src/simulate/run-simulations.js'
import { iotClient } from '../local/helpers/clients.js'
import { brokerOf, closed, only, recordsOf } from './helpers/emulator-fleet.js'

let emu: Emulator
let iot: IoTClient

beforeAll(async () => {
  emu = await startEmulator({ broker: true })
  iot = iotClient(emu)
})
afterAll(async () => {
  iot.destroy()
  await emu.stop()
})

interface Run {
  outcome: SimulationsOutcome
  things: string[]
  certificateIds: string[]
  /** the broker's connection records of the run's client ids, in connection order */
  records: ConnectionRecord[]
}

/** One simulation of the file, run as `simulate` runs it, against the emulator's broker. */
async function simulate(
  sim: SimulationEntry,
  connect: ConnectionFactory = crtConnection
): Promise<Run> {
  const runId = newRunId()
  const ledger = new Ledger(runId)
  const outcome = await runSimulations({
    iot,
    teardownIot: iot,
    simulations: [sim],
    runId,
    ledger,
    broker: () => brokerOf(emu, iot),
    connect,
    log: () => undefined
  })
  const things = Array.from({ length: sim.things ?? 1 }, (_, i) => thingName(runId, sim.name, i))
  await closed(emu, things)
  const certificateIds = ledger.list().flatMap((e) => (e.kind === 'certificate' ? [e.id] : []))
  return { outcome, things, certificateIds, records: recordsOf(emu, things) }
}

const totals = (run: Run): Array<ThingTotals | undefined> =>
  run.things.map((t) => emu.broker!.totals(t))
const reasons = (run: Run): Array<string | undefined> => run.records.map((r) => r.disconnectReason)

describe('each scenario through the emulator’s broker', () => {
  test('anomaly: the seed’s flood, count messages of messageSize bytes on one connection', async () => {
    const run = await simulate({
      name: 'message-flood',
      scenario: 'anomaly',
      topic: 'test/topic',
      messageSize: 2000,
      count: 5,
      interval: '20ms'
    })
    expect(run.outcome.results).toEqual([
      expect.objectContaining({ messages: 5, acked: 5, bytes: 10_000, errors: 0 })
    ])
    expect(totals(run)).toEqual([
      only({
        'aws:num-messages-sent': 5,
        'aws:message-byte-size': 10_000,
        'aws:num-connection-attempts': 1,
        'aws:num-disconnects': 1
      })
    ])
    expect(run.records).toEqual([
      expect.objectContaining({
        clientId: run.things[0],
        thingName: run.things[0],
        certificateId: run.certificateIds[0],
        disconnectReason: 'CLIENT_INITIATED_DISCONNECT'
      })
    ])
    // and the run removed what it made
    expect(run.outcome.teardown.failures).toEqual([])
    expect(emu.store().things.has(run.things[0]!)).toBe(false)
    expect(emu.store().certificates.has(run.certificateIds[0]!)).toBe(false)
  })

  test('baseline: small steady messages from every thing', async () => {
    const run = await simulate({
      name: 'quiet-fleet',
      scenario: 'baseline',
      things: 2,
      messageSize: 64,
      count: 3,
      interval: '20ms'
    })
    const each = only({
      'aws:num-messages-sent': 3,
      'aws:message-byte-size': 192,
      'aws:num-connection-attempts': 1,
      'aws:num-disconnects': 1
    })
    expect(totals(run)).toEqual([each, each])
    expect(reasons(run)).toEqual(['CLIENT_INITIATED_DISCONNECT', 'CLIENT_INITIATED_DISCONNECT'])
  })

  test('auth-failures: each denied publish is one authorization failure, and the run carries on', async () => {
    const run = await simulate({
      name: 'bad-creds',
      scenario: 'auth-failures',
      count: 2,
      interval: '20ms'
    })
    // AWS closes the connection on each denial (MQTT 3.1.1 has no negative PUBACK); the client reconnects
    expect(totals(run)).toEqual([
      only({
        'aws:num-authorization-failures': 2,
        'aws:num-connection-attempts': 2,
        'aws:num-disconnects': 2
      })
    ])
    expect(reasons(run)).toEqual(['AUTHORIZATION_FAILURE', 'AUTHORIZATION_FAILURE'])
    expect(run.outcome.results).toEqual([
      expect.objectContaining({ messages: 2, denials: 2, reconnects: 1, errors: 0 })
    ])
  })

  test('connection-churn: count connections, each ended by a DISCONNECT', async () => {
    const run = await simulate({
      name: 'churn',
      scenario: 'connection-churn',
      count: 4,
      interval: '20ms'
    })
    expect(totals(run)).toEqual([
      only({ 'aws:num-connection-attempts': 4, 'aws:num-disconnects': 4 })
    ])
    expect(reasons(run)).toEqual(Array(4).fill('CLIENT_INITIATED_DISCONNECT'))
  })

  test('disconnects: count connections dropped at the socket, without DISCONNECT', async () => {
    const run = await simulate({
      name: 'dropper',
      scenario: 'disconnects',
      count: 2,
      interval: '20ms'
    })
    expect(totals(run)).toEqual([
      only({ 'aws:num-connection-attempts': 2, 'aws:num-disconnects': 2 })
    ])
    expect(reasons(run)).toEqual(['CONNECTION_LOST', 'CONNECTION_LOST'])
  })

  test('shared-certificate: two connections at once with one certificate, on record', async () => {
    const run = await simulate({
      name: 'shared-cert',
      scenario: 'shared-certificate',
      things: 2,
      hold: '300ms'
    })
    const each = only({ 'aws:num-connection-attempts': 1, 'aws:num-disconnects': 1 })
    expect(totals(run)).toEqual([each, each])
    expect(run.certificateIds).toHaveLength(1)
    const [a, b] = run.records
    expect(run.records.map((r) => r.certificateId)).toEqual([
      run.certificateIds[0],
      run.certificateIds[0]
    ])
    expect(new Set(run.records.map((r) => r.clientId))).toEqual(new Set(run.things))
    // concurrent: each connected before the other disconnected
    expect(a!.connectedAt).toBeLessThan(b!.disconnectedAt!)
    expect(b!.connectedAt).toBeLessThan(a!.disconnectedAt!)
  })
})

describe('a certificate revoked mid-run', () => {
  test('ends the device’s connection, its reconnects are refused, and the run finishes and tears down', async () => {
    let acked = 0
    let revoked: Promise<unknown> | undefined
    // Revoke the certificate through the API once two messages are acknowledged.
    const revoking: ConnectionFactory = async (device, broker, options) => {
      const c = await crtConnection(device, broker, options)
      return {
        ...c,
        publish: async (topic, payload) => {
          await c.publish(topic, payload)
          if (++acked === 2) {
            const id = emu
              .state()
              .data.connections!.find((r) => r.clientId === device.clientId)!.certificateId
            await (revoked = iot.send(
              new UpdateCertificateCommand({ certificateId: id, newStatus: 'REVOKED' })
            ))
          }
        }
      }
    }
    const run = await simulate(
      {
        name: 'revoked',
        scenario: 'anomaly',
        topic: 'test/topic',
        messageSize: 10,
        count: 3,
        interval: '100ms'
      },
      revoking
    )
    expect(revoked).toBeDefined()
    const [t] = totals(run)
    expect(t).toMatchObject({
      'aws:num-messages-sent': 2,
      'aws:message-byte-size': 20,
      'aws:num-authorization-failures': 0,
      'aws:num-disconnects': 1
    })
    // aws-crt reconnects about a second later, refused; the third publish, queued meanwhile, fails with it
    expect(t!['aws:num-connection-attempts']).toBeGreaterThanOrEqual(2)
    expect(run.records).toEqual([
      expect.objectContaining({ disconnectReason: 'SERVER_INITIATED_DISCONNECT' })
    ])
    expect(run.outcome.results).toEqual([
      expect.objectContaining({ messages: 3, acked: 2, errors: 1 })
    ])
    expect(run.outcome.teardown.failures).toEqual([])
    expect(emu.store().certificates.has(run.certificateIds[0]!)).toBe(false)
  })
})
