/**
 * Verification against the emulator's Detect engine, end to end through the real SDK on a stepped clock: the
 * seed's flood is seen as the violation its simulation expects, a quiet fleet stays quiet, a forbidden alarm
 * stops the wait, and the expectation's mitigation puts the flooding thing in quarantine.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateMitigationActionCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  ListDetectMitigationActionsExecutionsCommand,
  ListThingGroupsForThingCommand,
  StartDetectMitigationActionsTaskCommand,
  type Behavior
} from '@aws-sdk/client-iot'
import type { ProfileFile } from '../../src/config/file-format.js'
import { verifyRun } from '../../src/verify/verify-run.js'
import { Bench, PERIOD } from '../local/helpers/detect-bench.js'

const SCALE = 300
const BIG: Behavior = {
  name: 'big-messages',
  metric: 'aws:message-byte-size',
  criteria: {
    comparisonOperator: 'less-than-equals',
    value: { count: 1024 },
    consecutiveDatapointsToAlarm: 1
  }
}
const file: ProfileFile = {
  version: 1,
  securityProfiles: [{ securityProfileName: 'Rules', behaviors: [BIG], targets: ['anom_group'] }],
  mitigationActions: [
    {
      actionName: 'quarantine',
      roleArn: 'arn:aws:iam::123456789012:role/Mitigation',
      actionParams: { addThingsToThingGroupParams: { thingGroupNames: ['quarantine'] } }
    }
  ],
  simulations: [
    {
      name: 'flood',
      scenario: 'anomaly',
      thingGroup: 'anom_group',
      expect: {
        violations: [
          {
            securityProfileName: 'Rules',
            behaviorName: 'big-messages',
            mitigationAction: 'quarantine'
          }
        ],
        timeout: '20m'
      }
    },
    {
      name: 'quiet',
      scenario: 'baseline',
      thingGroup: 'anom_group',
      expect: { noViolations: true, timeout: '15m' }
    }
  ]
}

const benches: Bench[] = []
afterEach(async () => {
  await Promise.all(benches.splice(0).map((b) => b.emu.stop()))
})

async function account(): Promise<Bench> {
  const b = await new Bench().start()
  benches.push(b)
  for (const g of ['anom_group', 'quarantine'])
    await b.iot.send(new CreateThingGroupCommand({ thingGroupName: g }))
  for (const t of ['ddac-gh9a1-flood-0001', 'ddac-gh9a1-quiet-0001', 'ddac-gh9a1-quiet-0002'])
    await b.thingIn('anom_group', t)
  await b.iot.send(
    new CreateSecurityProfileCommand({ securityProfileName: 'Rules', behaviors: [BIG] })
  )
  await b.iot.send(
    new AttachSecurityProfileCommand({
      securityProfileName: 'Rules',
      securityProfileTargetArn: b.arn('thinggroup/anom_group')
    })
  )
  await b.iot.send(new CreateMitigationActionCommand(file.mitigationActions![0]!))
  return b
}

/** The target's clock: waiting advances the stepped emulator and lets Detect evaluate. */
const clockOf = (b: Bench) => ({
  now: () => b.now,
  sleep: async (ms: number) => {
    b.now += ms
    await b.emu.detect.evaluate()
  }
})

const scopes = new Map([
  ['flood', { things: ['ddac-gh9a1-flood-0001'], certificateIds: [] }],
  ['quiet', { things: ['ddac-gh9a1-quiet-0001', 'ddac-gh9a1-quiet-0002'], certificateIds: [] }]
])

describe('verification on the emulator’s Detect', () => {
  test('the flood is seen and mitigated, the quiet fleet passes, in emulated minutes', async () => {
    const b = await account()
    const startedAt = b.now
    b.publish('ddac-gh9a1-flood-0001', 200, 2000)
    b.publish('ddac-gh9a1-quiet-0001', 10, 200)
    b.publish('ddac-gh9a1-quiet-0002', 10, 200)
    const lines: string[] = []
    const r = await verifyRun({
      iot: b.iot,
      profile: file,
      scopes,
      target: 'emulator',
      identity: 'octo/devices:device-defender.yml',
      runId: 'gh9a1',
      clock: clockOf(b),
      startedAt,
      log: (l) => lines.push(l),
      timeScale: SCALE
    })
    expect(r.outcomes.map((o) => [o.expected.simulation, o.verdict])).toEqual([
      ['flood', 'met'],
      ['quiet', 'met']
    ])
    expect(r.outcomes[0]!.detail).toBe(
      'in alarm on 1 of 1 thing(s); quarantine put them in quarantine'
    )
    // seen within the first evaluation period (5 minutes at AWS, PERIOD here)
    expect(r.outcomes[0]!.seenAfterMs).toBeLessThanOrEqual(2 * PERIOD)
    // the quiet check waited its 15 minutes, scaled
    expect(r.elapsedMs).toBeGreaterThanOrEqual((15 * 60_000) / SCALE)
    expect(r.mitigations).toMatchObject([
      { actionName: 'quarantine', status: 'SUCCESSFUL', notMitigated: [] }
    ])
    const groups = await b.iot.send(
      new ListThingGroupsForThingCommand({ thingName: 'ddac-gh9a1-flood-0001' })
    )
    expect(groups.thingGroups?.map((g) => g.groupName).sort()).toEqual(['anom_group', 'quarantine'])
    const executions = await b.iot.send(
      new ListDetectMitigationActionsExecutionsCommand({ thingName: 'ddac-gh9a1-flood-0001' })
    )
    expect(executions.actionsExecutions).toMatchObject([
      { actionName: 'quarantine', status: 'SUCCESSFUL' }
    ])
  })

  test('a forbidden alarm on the quiet fleet stops the wait as soon as Detect reports it', async () => {
    const b = await account()
    const startedAt = b.now
    b.publish('ddac-gh9a1-quiet-0002', 3, 5000)
    const r = await verifyRun({
      iot: b.iot,
      profile: { ...file, simulations: [file.simulations![1]!] },
      scopes,
      target: 'emulator',
      identity: 'octo/devices:device-defender.yml',
      runId: 'gh9a1',
      clock: clockOf(b),
      startedAt,
      log: () => {},
      timeScale: SCALE
    })
    expect(r.ended).toBe('forbidden')
    expect(r.outcomes[0]).toMatchObject({
      verdict: 'forbidden',
      detail: 'in alarm: Rules/big-messages',
      evidence: ['ddac-gh9a1-quiet-0002']
    })
    expect(r.elapsedMs).toBeLessThan((15 * 60_000) / SCALE)
  })

  test('a mitigation that cannot put the thing in quarantine misses the expectation, with the reason', async () => {
    const b = await account()
    await b.iot.send(new DeleteThingGroupCommand({ thingGroupName: 'quarantine' }))
    const startedAt = b.now
    b.publish('ddac-gh9a1-flood-0001', 5, 2000)
    const r = await verifyRun({
      iot: b.iot,
      profile: { ...file, simulations: [file.simulations![0]!] },
      scopes,
      target: 'emulator',
      identity: 'octo/devices:device-defender.yml',
      runId: 'gh9a1',
      clock: clockOf(b),
      startedAt,
      log: () => {},
      timeScale: SCALE
    })
    expect(r.outcomes[0]).toMatchObject({
      verdict: 'missed',
      detail: 'quarantine left 1 thing(s) outside quarantine'
    })
    const executions = await b.iot.send(
      new ListDetectMitigationActionsExecutionsCommand({ thingName: 'ddac-gh9a1-flood-0001' })
    )
    expect(executions.actionsExecutions).toMatchObject([
      { status: 'FAILED', errorCode: 'ResourceNotFoundException' }
    ])
  })

  test('a mitigation task with an action Detect cannot run records a failed execution', async () => {
    const b = await account()
    await b.iot.send(
      new CreateMitigationActionCommand({
        actionName: 'logs',
        roleArn: 'arn:aws:iam::123456789012:role/Mitigation',
        actionParams: {
          enableIoTLoggingParams: {
            roleArnForLogging: 'arn:aws:iam::123456789012:role/Logs',
            logLevel: 'ERROR'
          }
        }
      })
    )
    b.publish('ddac-gh9a1-flood-0001', 5, 2000)
    await b.nextPeriod()
    await b.iot.send(
      new StartDetectMitigationActionsTaskCommand({
        taskId: 't1',
        target: { securityProfileName: 'Rules' },
        actions: ['logs'],
        clientRequestToken: 't1'
      })
    )
    const executions = await b.iot.send(
      new ListDetectMitigationActionsExecutionsCommand({ taskId: 't1' })
    )
    expect(executions.actionsExecutions).toMatchObject([
      {
        thingName: 'ddac-gh9a1-flood-0001',
        status: 'FAILED',
        message: expect.stringContaining('only ADD_THINGS_TO_THING_GROUP')
      }
    ])
  })
})
