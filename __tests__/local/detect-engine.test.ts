/**
 * Detect in the emulator end to end: profiles made and read through the real AWS SDK, metric samples injected
 * as the data plane records them (the broker is another branch), the clock stepped. Scale 300 makes AWS's
 * 5-minute window one second.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AddThingToThingGroupCommand,
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DetachSecurityProfileCommand,
  GetBehaviorModelTrainingSummariesCommand,
  ListActiveViolationsCommand,
  ListViolationEventsCommand,
  PutVerificationStateOnViolationCommand,
  UpdateSecurityProfileCommand,
  type ActiveViolation,
  type Behavior,
  type IoTClient,
  type ListActiveViolationsRequest
} from '@aws-sdk/client-iot'
import { cli, EXIT } from '../../src/cli/cli.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator.js'
import type { CloudMetric } from '../../src/local/store/cloud-metrics.js'
import { iotClient } from './helpers/clients.js'

const PERIOD = 1000
const T0 = Date.UTC(2026, 0, 5, 10, 0, 0)

/** An emulator on a stepped clock, with samples in the shape the broker records them. */
class Bench {
  now = T0
  emu!: Emulator
  iot!: IoTClient

  async start(options: EmulatorOptions = {}): Promise<this> {
    this.emu = await startEmulator({
      checkOutputs: true,
      clock: () => this.now,
      detect: {
        stepped: true,
        timeScale: 300,
        timing: { mlMinDatapoints: 20, mlMinTrainingMs: 10 * PERIOD }
      },
      ...options
    })
    this.iot = iotClient(this.emu, { maxAttempts: 1 })
    return this
  }

  arn(resource: string): string {
    return `arn:aws:iot:${this.emu.region}:${this.emu.account}:${resource}`
  }

  samples(thing: string, metric: CloudMetric, values: number[]): void {
    this.emu.detect.record(
      values.map((value, i) => ({ thingName: thing, metric, at: this.now + (i % 500), value }))
    )
  }

  /** What the broker records for `count` publishes of `size` bytes. */
  publish(thing: string, count: number, size: number): void {
    this.samples(thing, 'aws:num-messages-sent', Array<number>(count).fill(1))
    this.samples(thing, 'aws:message-byte-size', Array<number>(count).fill(size))
  }

  /** Move to the end of the current period and let the engine evaluate it. */
  async nextPeriod(periods = 1): Promise<void> {
    this.now = (Math.floor(this.now / PERIOD) + periods) * PERIOD + 1
    await this.emu.detect.evaluate()
  }

  async active(input: ListActiveViolationsRequest = {}): Promise<ActiveViolation[]> {
    return (await this.iot.send(new ListActiveViolationsCommand(input))).activeViolations ?? []
  }

  async alarms(input: ListActiveViolationsRequest = {}): Promise<string[]> {
    return (await this.active(input)).map((v) => `${v.thingName}:${v.behavior!.name}`).sort()
  }

  async events(): Promise<string[]> {
    const out = await this.iot.send(
      new ListViolationEventsCommand({
        startTime: new Date(T0 - 3_600_000),
        endTime: new Date(this.now + 1000),
        listSuppressedAlerts: true
      })
    )
    return (out.violationEvents ?? []).map(
      (e) => `${e.thingName}:${e.behavior!.name}:${e.violationEventType}`
    )
  }

  async thingIn(group: string, thing: string): Promise<void> {
    await this.iot.send(new CreateThingCommand({ thingName: thing }))
    await this.iot.send(
      new AddThingToThingGroupCommand({ thingGroupName: group, thingName: thing })
    )
  }
}

const window300 = (
  name: string,
  metric: string,
  max: number,
  extra: Partial<Behavior> = {}
): Behavior => ({
  name,
  metric,
  criteria: { comparisonOperator: 'less-than-equals', value: { count: max }, durationSeconds: 300 },
  ...extra
})

// As AWS defines criteria: what a normal device does; anything else is a violation.
const RULES: Behavior[] = [
  {
    name: 'big-messages',
    metric: 'aws:message-byte-size',
    criteria: { comparisonOperator: 'less-than-equals', value: { count: 1024 } }
  },
  window300('message-flood', 'aws:num-messages-sent', 100),
  window300('flood-suppressed', 'aws:num-messages-sent', 100, { suppressAlerts: true }),
  window300('auth-failures', 'aws:num-authorization-failures', 5),
  window300('connection-churn', 'aws:num-connection-attempts', 10),
  window300('disconnects', 'aws:num-disconnects', 5)
]

describe('rules-based behaviors on a thing group', () => {
  const b = new Bench()
  beforeAll(async () => {
    await b.start()
    await b.iot.send(new CreateThingGroupCommand({ thingGroupName: 'anom_group' }))
    // Things sit in a subgroup: a profile on a group applies to its subgroups' things.
    await b.iot.send(
      new CreateThingGroupCommand({ thingGroupName: 'anom_sub', parentGroupName: 'anom_group' })
    )
    for (const t of ['flooder', 'quiet', 'bad-creds', 'churner', 'dropper'])
      await b.thingIn('anom_sub', t)
    await b.iot.send(
      new CreateSecurityProfileCommand({ securityProfileName: 'Rules', behaviors: RULES })
    )
    await b.iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'Rules',
        securityProfileTargetArn: b.arn('thinggroup/anom_group')
      })
    )
    await b.nextPeriod()
    // One period of traffic, as the seed's simulator and the other scenarios make it.
    b.publish('flooder', 200, 2000) // the seed: 'A' * msg-size, count messages
    b.publish('quiet', 20, 100)
    b.samples('quiet', 'aws:num-connection-attempts', [1])
    b.samples('bad-creds', 'aws:num-authorization-failures', Array<number>(10).fill(1))
    b.samples('churner', 'aws:num-connection-attempts', Array<number>(30).fill(1))
    b.samples('churner', 'aws:num-disconnects', Array<number>(30).fill(1))
    b.samples('dropper', 'aws:num-connection-attempts', Array<number>(8).fill(1))
    b.samples('dropper', 'aws:num-disconnects', Array<number>(8).fill(1))
  })
  afterAll(() => b.emu.stop())

  test('nothing alarms before the window ends', async () => {
    expect(await b.alarms()).toEqual([])
  })

  test('each scenario trips its behavior and the baseline trips nothing', async () => {
    await b.nextPeriod()
    expect(await b.alarms()).toEqual([
      'bad-creds:auth-failures',
      'churner:connection-churn',
      'churner:disconnects',
      'dropper:disconnects',
      'flooder:big-messages',
      'flooder:message-flood'
    ])
    expect(await b.alarms({ thingName: 'quiet', listSuppressedAlerts: true })).toEqual([])
    const [flood] = (
      await b.active({
        thingName: 'flooder',
        securityProfileName: 'Rules',
        behaviorCriteriaType: 'STATIC'
      })
    ).filter((v) => v.behavior!.name === 'big-messages')
    expect(flood).toMatchObject({
      securityProfileName: 'Rules',
      lastViolationValue: { count: 2000 }
    })
    expect(flood!.violationId).toMatch(/^[0-9a-f]{32}$/)
    expect(flood!.violationStartTime!.getTime()).toBe(T0 + 2 * PERIOD)
  })

  test('a suppressed behavior is listed only with listSuppressedAlerts', async () => {
    expect(await b.alarms({ thingName: 'flooder' })).not.toContain('flooder:flood-suppressed')
    expect(await b.alarms({ thingName: 'flooder', listSuppressedAlerts: true })).toContain(
      'flooder:flood-suppressed'
    )
  })

  test('violation events carry the metric value; verification states filter', async () => {
    const out = await b.iot.send(
      new ListViolationEventsCommand({
        startTime: new Date(T0),
        endTime: new Date(b.now),
        thingName: 'bad-creds'
      })
    )
    expect(out.violationEvents).toEqual([
      expect.objectContaining({
        violationEventType: 'in-alarm',
        metricValue: { count: 10 },
        thingName: 'bad-creds'
      })
    ])
    const [v] = await b.active({ thingName: 'dropper' })
    await b.iot.send(
      new PutVerificationStateOnViolationCommand({
        violationId: v!.violationId,
        verificationState: 'TRUE_POSITIVE'
      })
    )
    expect(await b.alarms({ verificationState: 'TRUE_POSITIVE' })).toEqual(['dropper:disconnects'])
  })

  test('the alarms clear after the traffic stops; a message-size alarm with the next normal message', async () => {
    await b.nextPeriod()
    expect(await b.alarms({ listSuppressedAlerts: true })).toEqual(['flooder:big-messages'])
    expect((await b.events()).filter((e) => e.endsWith('alarm-cleared')).sort()).toEqual([
      'bad-creds:auth-failures:alarm-cleared',
      'churner:connection-churn:alarm-cleared',
      'churner:disconnects:alarm-cleared',
      'dropper:disconnects:alarm-cleared',
      'flooder:flood-suppressed:alarm-cleared',
      'flooder:message-flood:alarm-cleared'
    ])
    b.publish('flooder', 1, 100)
    await b.nextPeriod()
    expect(await b.alarms({ listSuppressedAlerts: true })).toEqual([])
  })

  test('removing a behavior or the target invalidates its alarms', async () => {
    b.publish('flooder', 200, 2000)
    await b.nextPeriod()
    expect(await b.alarms()).toEqual(['flooder:big-messages', 'flooder:message-flood'])
    await b.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'Rules',
        behaviors: RULES.filter((r) => r.name !== 'message-flood')
      })
    )
    expect(await b.alarms()).toEqual(['flooder:big-messages'])
    expect((await b.events()).at(-1)).toBe('flooder:message-flood:alarm-invalidated')
    await b.iot.send(
      new DetachSecurityProfileCommand({
        securityProfileName: 'Rules',
        securityProfileTargetArn: b.arn('thinggroup/anom_group')
      })
    )
    expect(await b.alarms({ listSuppressedAlerts: true })).toEqual([])
    expect((await b.events()).filter((e) => e.endsWith('alarm-invalidated')).sort()).toEqual([
      'flooder:big-messages:alarm-invalidated',
      'flooder:flood-suppressed:alarm-invalidated',
      'flooder:message-flood:alarm-invalidated'
    ])
  })
})

describe('ML Detect', () => {
  const b = new Bench()
  const ml = (name: string, confidenceLevel: 'LOW' | 'HIGH'): Behavior => ({
    name,
    metric: 'aws:num-messages-sent',
    criteria: { mlDetectionConfig: { confidenceLevel } }
  })
  beforeAll(async () => {
    await b.start()
    await b.iot.send(new CreateThingGroupCommand({ thingGroupName: 'fleet' }))
    for (const t of ['d1', 'd2']) await b.thingIn('fleet', t)
    await b.iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'ML',
        behaviors: [ml('msgs-low', 'LOW'), ml('msgs-high', 'HIGH')]
      })
    )
    await b.iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'ML',
        securityProfileTargetArn: b.arn('all/registered-things')
      })
    )
  })
  afterAll(() => b.emu.stop())

  const summaries = async (): Promise<Record<string, unknown>[]> =>
    ((await b.iot.send(new GetBehaviorModelTrainingSummariesCommand({ securityProfileName: 'ML' })))
      .summaries ?? []) as never

  test('PENDING_BUILD as datapoints arrive, ACTIVE after the minimum, then a flood alarms at LOW but not at HIGH', async () => {
    expect(await summaries()).toEqual([
      expect.objectContaining({
        behaviorName: 'msgs-high',
        modelStatus: 'PENDING_BUILD',
        datapointsCollectionPercentage: 0
      }),
      expect.objectContaining({
        behaviorName: 'msgs-low',
        modelStatus: 'PENDING_BUILD',
        datapointsCollectionPercentage: 0
      })
    ])
    // Two things, 8 to 12 messages a period: two datapoints a period against a minimum of 20 over 10 periods.
    for (let p = 0; p < 5; p++) {
      b.publish('d1', 8 + (p % 3), 50)
      b.publish('d2', 12 - (p % 3), 50)
      await b.nextPeriod()
    }
    const halfway = await summaries()
    expect(halfway.map((s) => [s.modelStatus, s.datapointsCollectionPercentage])).toEqual([
      ['PENDING_BUILD', 50],
      ['PENDING_BUILD', 50]
    ])
    expect(halfway[0]!.trainingDataCollectionStartDate).toBeInstanceOf(Date)
    for (let p = 5; p < 11; p++) {
      b.publish('d1', 8 + (p % 3), 50)
      b.publish('d2', 12 - (p % 3), 50)
      await b.nextPeriod()
    }
    const built = await summaries()
    expect(built.map((s) => s.modelStatus)).toEqual(['ACTIVE', 'ACTIVE'])
    expect(built[0]!.lastModelRefreshDate).toBeInstanceOf(Date)
    expect(await b.alarms()).toEqual([])
    // The model: mean 10, spread 2.5 (a quarter of the mean). 25 a period is above LOW's mean + 2 spreads (15)
    // and below HIGH's mean + 8 spreads (30).
    b.publish('d1', 25, 50)
    b.publish('d2', 10, 50)
    await b.nextPeriod()
    expect(await b.alarms()).toEqual(['d1:msgs-low'])
    const [v] = await b.active({ behaviorCriteriaType: 'MACHINE_LEARNING' })
    expect(v).toMatchObject({
      lastViolationValue: { count: 25 },
      violationEventAdditionalInfo: { confidenceLevel: 'LOW' }
    })
    expect(await b.active({ behaviorCriteriaType: 'STATIC' })).toEqual([])
  })
})

describe('account targets', () => {
  test('all/unregistered-things applies to client ids that name no thing, all/registered-things to the others', async () => {
    const b = await new Bench().start()
    try {
      await b.iot.send(new CreateThingCommand({ thingName: 'dev' }))
      for (const [name, target] of [
        ['Unregistered', 'all/unregistered-things'],
        ['Registered', 'all/registered-things']
      ] as const) {
        await b.iot.send(
          new CreateSecurityProfileCommand({
            securityProfileName: name,
            behaviors: [window300('message-flood', 'aws:num-messages-sent', 100)]
          })
        )
        await b.iot.send(
          new AttachSecurityProfileCommand({
            securityProfileName: name,
            securityProfileTargetArn: b.arn(target)
          })
        )
      }
      await b.nextPeriod()
      b.publish('dev', 150, 10)
      b.publish('ghost', 150, 10)
      await b.nextPeriod()
      const active = await b.active()
      expect(active.map((v) => `${v.securityProfileName}:${v.thingName}`).sort()).toEqual([
        'Registered:dev',
        'Unregistered:ghost'
      ])
    } finally {
      await b.emu.stop()
    }
  })
})

describe('persistence with --data-dir', () => {
  let dir: string
  const benches: Bench[] = []
  afterEach(async () => {
    for (const b of benches.splice(0)) await b.emu.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('violations and the engine state survive a restart: the alarm clears where it left off', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ddac-detect-'))
    const first = await new Bench().start({ dataDir: dir })
    benches.push(first)
    await first.iot.send(new CreateThingCommand({ thingName: 'dev' }))
    await first.iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'Rules',
        behaviors: [
          {
            ...window300('message-flood', 'aws:num-messages-sent', 100),
            criteria: { ...window300('x', 'm', 100).criteria, consecutiveDatapointsToClear: 2 }
          }
        ]
      })
    )
    await first.iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'Rules',
        securityProfileTargetArn: first.arn('all/things')
      })
    )
    await first.nextPeriod()
    first.publish('dev', 300, 10)
    await first.nextPeriod()
    await first.nextPeriod() // one normal datapoint of the two it takes to clear
    const [before] = await first.active()
    expect(before).toMatchObject({ thingName: 'dev', lastViolationValue: { count: 300 } })
    await first.emu.stop()
    benches.length = 0

    const second = await new Bench().start({ dataDir: dir })
    benches.push(second)
    second.now = first.now
    expect(await second.active()).toEqual([before])
    await second.nextPeriod()
    expect(await second.active()).toEqual([])
    const events = await second.iot.send(
      new ListViolationEventsCommand({ startTime: new Date(T0), endTime: new Date(second.now + 1) })
    )
    expect(events.violationEvents!.map((e) => [e.violationId, e.violationEventType])).toEqual([
      [before!.violationId, 'in-alarm'],
      [before!.violationId, 'alarm-cleared']
    ])
  })
})

describe('the scaled clock', () => {
  test('at scale 3000 a 5-minute window is 100 ms, and the timer evaluates it without being asked', async () => {
    const emu = await startEmulator({ detect: { timeScale: 3000 } })
    try {
      expect(emu.detect.timing.periodMs).toBe(100)
      const iot = iotClient(emu, { maxAttempts: 1 })
      await iot.send(new CreateThingCommand({ thingName: 'dev' }))
      await iot.send(
        new CreateSecurityProfileCommand({
          securityProfileName: 'Rules',
          behaviors: [window300('message-flood', 'aws:num-messages-sent', 100)]
        })
      )
      await iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: 'Rules',
          securityProfileTargetArn: `arn:aws:iot:${emu.region}:${emu.account}:all/registered-things`
        })
      )
      const at = Date.now()
      emu.detect.record(
        Array.from({ length: 150 }, () => ({
          thingName: 'dev',
          metric: 'aws:num-messages-sent' as const,
          at,
          value: 1
        }))
      )
      // Polled through the events, which stay: the alarm itself lasts a window (100 ms), shorter than a poll.
      const started = Date.now()
      const events = async (): Promise<string[]> =>
        (
          (
            await iot.send(
              new ListViolationEventsCommand({
                startTime: new Date(at - 1000),
                endTime: new Date(Date.now() + 1000)
              })
            )
          ).violationEvents ?? []
        ).map((e) => `${e.violationEventType}:${e.metricValue?.count}`)
      let seen: string[] = []
      while (seen.length < 2 && Date.now() - started < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = await events()
      }
      // Opened on the window with the flood, cleared by the timer on the next, quiet one.
      expect(seen).toEqual(['in-alarm:150', 'alarm-cleared:0'])
      expect((await iot.send(new ListActiveViolationsCommand({}))).activeViolations).toEqual([])
    } finally {
      await emu.stop()
    }
  })

  test('ddac local refuses a time scale outside 1 to 86400', async () => {
    const err: string[] = []
    const io = { out: (): void => undefined, err: (t: string): void => void err.push(t) }
    expect(await cli(['local', '--time-scale', '0'], io)).toBe(EXIT.failure)
    expect(err.join('')).toContain('--time-scale')
    expect(err.join('')).toContain('expected a whole number from 1 to 86400')
  })
})
