/**
 * Rules-based Detect in the emulator end to end: profiles made and read through the real AWS SDK, metric
 * samples injected as the data plane records them (the broker is another branch), the clock stepped.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DetachSecurityProfileCommand,
  ListViolationEventsCommand,
  PutVerificationStateOnViolationCommand,
  UpdateSecurityProfileCommand,
  type Behavior
} from '@aws-sdk/client-iot'
import { Bench, PERIOD, T0, window300 } from './helpers/detect-bench.js'

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
