/**
 * Detect in the emulator over time: ML Detect's model lifecycle, violations and engine state across a
 * `--data-dir` restart, and the scaled clock's own timer.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  GetBehaviorModelTrainingSummariesCommand,
  ListActiveViolationsCommand,
  ListViolationEventsCommand,
  type Behavior
} from '@aws-sdk/client-iot'
import { cli, EXIT } from '../../src/cli/cli.js'
import { startEmulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'
import { Bench, T0, window300 } from './helpers/detect-bench.js'

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
