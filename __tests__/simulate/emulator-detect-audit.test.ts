/**
 * The scenarios' traffic judged by the emulator's own Detect and Audit: fleets provisioned through its API
 * into the seed's thing group, the real device SDK (aws-crt) over mutual TLS into its broker, the broker's
 * metering on into Detect, and violations and findings read back with the real AWS SDK. The emulator's clock
 * is stepped: time stands still while devices run, so a run's traffic falls into one evaluation period, and
 * moves when the test says, so the audit's look-back lag passes without waiting for it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DescribeAuditTaskCommand,
  ListActiveViolationsCommand,
  ListAuditFindingsCommand,
  StartOnDemandAuditTaskCommand,
  UpdateAccountAuditConfigurationCommand,
  type ActiveViolation,
  type AuditFinding,
  type Behavior,
  type IoTClient
} from '@aws-sdk/client-iot'
import type { SimulationEntry } from '../../src/config/file-format.js'
import { steppedClock, type SteppedClock } from '../../src/local/clock/clock.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { runFleet, type FleetResult } from '../../src/simulate/fleet.js'
import type { BrokerAddress } from '../../src/simulate/mqtt/connection.js'
import { crtConnection } from '../../src/simulate/mqtt/crt-connection.js'
import { Ledger } from '../../src/simulate/provision/ledger.js'
import { newRunId } from '../../src/simulate/provision/marks.js'
import { provisionFleet, type ProvisionedFleet } from '../../src/simulate/provision/provision.js'
import { trafficFor } from '../../src/simulate/scenarios.js'
import { iotClient } from '../local/helpers/clients.js'
import { window300 } from '../local/helpers/detect-bench.js'
import { brokerOf, closed, recordsOf, until } from './helpers/emulator-fleet.js'

/** AWS seconds per emulated second: the 5-minute period is 1 s, the audit's 2-hour look-back 24 s. */
const SCALE = 300
const PERIOD = 1000
const LOOKBACK = (2 * 3_600_000) / SCALE
const TASK = 10_000 / SCALE
const T0 = Date.UTC(2026, 0, 5, 10, 0, 0)

interface Target {
  emu: Emulator
  iot: IoTClient
  clock: SteppedClock
  broker: BrokerAddress
  stop(): Promise<void>
}

/** The emulator as `--local` runs it (broker, audit), its Detect and clock stepped by the test. */
async function target(): Promise<Target> {
  const clock = steppedClock(T0)
  const emu = await startEmulator({
    broker: true,
    audit: true,
    clock,
    detect: { stepped: true, timeScale: SCALE }
  })
  const iot = iotClient(emu, { maxAttempts: 1 })
  return {
    emu,
    iot,
    clock,
    broker: await brokerOf(emu, iot),
    stop: async () => {
      iot.destroy()
      await emu.stop()
      clock.dispose()
    }
  }
}

/** Provision a simulation's fleet as `simulate` does, and run its scenario's traffic on it. */
async function simulate(
  t: Target,
  sim: SimulationEntry
): Promise<{ fleet: ProvisionedFleet; result: FleetResult; things: string[] }> {
  const runId = newRunId()
  const fleet = await provisionFleet({
    iot: t.iot,
    runId,
    ledger: new Ledger(runId),
    fleet: {
      name: sim.name,
      things: sim.things ?? 1,
      sharedCertificate: sim.scenario === 'shared-certificate',
      topic: sim.topic ?? 'test/topic',
      ...(sim.thingGroup ? { thingGroup: sim.thingGroup } : {})
    }
  })
  const result = await runFleet({
    devices: fleet.devices,
    broker: t.broker,
    connect: crtConnection,
    traffic: trafficFor(sim)
  })
  const things = fleet.devices.map((d) => d.clientId)
  await closed(t.emu, things)
  return { fleet, result, things }
}

// As AWS defines criteria: what a normal device does; a datapoint outside them is a violation.
const RULES: Behavior[] = [
  {
    name: 'big-messages',
    metric: 'aws:message-byte-size',
    criteria: { comparisonOperator: 'less-than-equals', value: { count: 1024 } }
  },
  window300('auth-failures', 'aws:num-authorization-failures', 1),
  window300('connection-churn', 'aws:num-connection-attempts', 10),
  window300('disconnects', 'aws:num-disconnects', 2)
]

describe('Detect judges the traffic the broker metered', () => {
  let t: Target
  const thingOf = new Map<string, string>()
  const errors = new Map<string, number>()
  const active = async (): Promise<ActiveViolation[]> =>
    (await t.iot.send(new ListActiveViolationsCommand({ securityProfileName: 'Rules' })))
      .activeViolations ?? []
  /** Alarms as `simulation:behavior` */
  const alarms = async (): Promise<string[]> => {
    const byThing = new Map([...thingOf].map(([sim, thing]) => [thing, sim]))
    return (await active()).map((v) => `${byThing.get(v.thingName!)}:${v.behavior!.name}`).sort()
  }

  beforeAll(async () => {
    t = await target()
    await t.iot.send(new CreateThingGroupCommand({ thingGroupName: 'anom_group' }))
    await t.iot.send(
      new CreateSecurityProfileCommand({ securityProfileName: 'Rules', behaviors: RULES })
    )
    await t.iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'Rules',
        securityProfileTargetArn: `arn:aws:iot:${t.emu.region}:${t.emu.account}:thinggroup/anom_group`
      })
    )
    const sims: SimulationEntry[] = [
      // the seed's flood: 'A' * msg-size, above the 1024 bytes a normal message has
      { name: 'flood', scenario: 'anomaly', messageSize: 2000, count: 5, interval: '20ms' },
      { name: 'quiet', scenario: 'baseline', messageSize: 64, count: 3, interval: '20ms' },
      { name: 'bad-creds', scenario: 'auth-failures', count: 2, interval: '20ms' },
      { name: 'churner', scenario: 'connection-churn', count: 12, interval: '20ms' },
      { name: 'dropper', scenario: 'disconnects', count: 3, interval: '20ms' }
    ]
    // All at once, as a matrix of simulations would run: one evaluation period of traffic.
    const runs = await Promise.all(
      sims.map((sim) => simulate(t, { ...sim, thingGroup: 'anom_group', topic: 'test/topic' }))
    )
    sims.forEach((sim, i) => {
      thingOf.set(sim.name, runs[i]!.things[0]!)
      errors.set(sim.name, runs[i]!.result.connectFailures.size + runs[i]!.result.failed)
    })
  })
  afterAll(() => t.stop())

  test('every device connected and every step settled', () => {
    expect(Object.fromEntries(errors)).toEqual({
      flood: 0,
      quiet: 0,
      'bad-creds': 0,
      churner: 0,
      dropper: 0
    })
  })

  test('nothing alarms before the period ends', async () => {
    await t.emu.detect.evaluate()
    expect(await active()).toEqual([])
  })

  test('each scenario trips its behavior, the baseline none', async () => {
    await t.clock.advance(PERIOD)
    await t.emu.detect.evaluate()
    expect(await alarms()).toEqual([
      'bad-creds:auth-failures',
      // each churned connection ends with a disconnect
      'churner:connection-churn',
      'churner:disconnects',
      'dropper:disconnects',
      'flood:big-messages'
    ])
    const value = async (sim: string, behavior: string): Promise<unknown> =>
      (await active()).find(
        (v) => v.thingName === thingOf.get(sim) && v.behavior!.name === behavior
      )?.lastViolationValue
    expect(await value('flood', 'big-messages')).toEqual({ count: 2000 })
    expect(await value('bad-creds', 'auth-failures')).toEqual({ count: 2 })
    expect(await value('churner', 'connection-churn')).toEqual({ count: 12 })
    expect(await value('dropper', 'disconnects')).toEqual({ count: 3 })
  })
})

describe('Audit finds what the connections showed, in a later audit', () => {
  let t: Target
  beforeAll(async () => {
    t = await target()
    await t.iot.send(
      new UpdateAccountAuditConfigurationCommand({
        auditCheckConfigurations: {
          DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true },
          CONFLICTING_CLIENT_IDS_CHECK: { enabled: true }
        }
      })
    )
  })
  afterAll(() => t.stop())

  async function audit(check: string): Promise<AuditFinding[]> {
    const { taskId } = await t.iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: [check] })
    )
    await t.clock.advance(TASK)
    const task = await t.iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(task.taskStatus).toBe('COMPLETED')
    return (await t.iot.send(new ListAuditFindingsCommand({ taskId, checkName: check }))).findings!
  }

  test('shared-certificate: DEVICE_CERTIFICATE_SHARED_CHECK names the run’s certificate once the look-back reaches it', async () => {
    const sim: SimulationEntry = {
      name: 'shared-cert',
      scenario: 'shared-certificate',
      things: 2,
      hold: '500ms'
    }
    const run = simulate(t, sim)
    // While both devices are connected, 5 s (25 AWS minutes) pass on the emulator's clock.
    await until(
      () =>
        t.emu.state().data.connections!.filter((r) => r.disconnectedAt === undefined).length === 2
    )
    await t.clock.advance(5000)
    const { fleet, things } = await run
    const [certificateId] = fleet.certificateIds
    expect(fleet.certificateIds).toHaveLength(1)
    expect(recordsOf(t.emu, things).map((r) => r.certificateId)).toEqual([
      certificateId,
      certificateId
    ])

    // AWS's check sees connections some hours old: an audit right away finds nothing yet
    expect(await audit('DEVICE_CERTIFICATE_SHARED_CHECK')).toEqual([])
    await t.clock.advance(LOOKBACK)
    const [finding, ...more] = await audit('DEVICE_CERTIFICATE_SHARED_CHECK')
    expect(more).toEqual([])
    expect(finding).toMatchObject({
      checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
      severity: 'CRITICAL',
      nonCompliantResource: {
        resourceType: 'DEVICE_CERTIFICATE',
        resourceIdentifier: { deviceCertificateId: certificateId }
      },
      reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
    })
    expect(finding!.relatedResources!.map((r) => r.resourceIdentifier!.clientId).sort()).toEqual(
      [...things].sort()
    )
  })

  test('a connection taken over by another with its client id: CONFLICTING_CLIENT_IDS_CHECK names the client id', async () => {
    const runId = newRunId()
    const fleet = await provisionFleet({
      iot: t.iot,
      runId,
      ledger: new Ledger(runId),
      fleet: { name: 'twins', things: 1, topic: 'test/topic' }
    })
    const [device] = fleet.devices
    const events: string[] = []
    const first = await crtConnection(device!, t.broker, {
      interrupted: (r) => events.push(`interrupted ${r}`)
    })
    await first.connect()
    const second = await crtConnection(device!, t.broker, {})
    await second.connect()
    await until(() => events.length > 0)
    // stopped before its automatic reconnect takes the client id back
    await first.disconnect().catch(() => undefined)
    await second.disconnect()
    await closed(t.emu, [device!.clientId])
    expect(recordsOf(t.emu, [device!.clientId]).map((r) => r.disconnectReason)).toEqual([
      'DUPLICATE_CLIENT_ID',
      'CLIENT_INITIATED_DISCONNECT'
    ])
    await t.clock.advance(PERIOD)
    const findings = await audit('CONFLICTING_CLIENT_IDS_CHECK')
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'HIGH',
        nonCompliantResource: expect.objectContaining({
          resourceType: 'CLIENT_ID',
          resourceIdentifier: { clientId: device!.clientId }
        }),
        reasonForNonComplianceCode: 'DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS'
      })
    ])
    expect(findings[0]!.relatedResources).toEqual([
      expect.objectContaining({
        resourceType: 'DEVICE_CERTIFICATE',
        resourceIdentifier: { deviceCertificateId: fleet.certificateIds[0] }
      })
    ])
  })
})
