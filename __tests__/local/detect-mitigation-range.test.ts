/**
 * The time ranges of Detect mitigation, through the real SDK on a stepped clock: a task's
 * violationEventOccurrenceRange picks the violations that started inside it, and
 * ListDetectMitigationActionsExecutions by startTime and endTime lists the executions that started inside
 * its range.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateMitigationActionCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  ListDetectMitigationActionsExecutionsCommand,
  ListThingGroupsForThingCommand,
  StartDetectMitigationActionsTaskCommand,
  type StartDetectMitigationActionsTaskRequest
} from '@aws-sdk/client-iot'
import { Bench, PERIOD, window300 } from './helpers/detect-bench.js'

const benches: Bench[] = []
afterEach(async () => {
  await Promise.all(benches.splice(0).map((b) => b.emu.stop()))
})

/** Two things of a watched group, both in alarm: `early` from the first period, `late` from the fifth. */
async function twoAlarms(): Promise<{ b: Bench; early: number; late: number }> {
  const b = await new Bench().start()
  benches.push(b)
  for (const g of ['watched', 'quarantine'])
    await b.iot.send(new CreateThingGroupCommand({ thingGroupName: g }))
  for (const t of ['early', 'late']) await b.thingIn('watched', t)
  await b.iot.send(
    new CreateSecurityProfileCommand({
      securityProfileName: 'Rules',
      behaviors: [window300('chatty', 'aws:num-messages-sent', 10)]
    })
  )
  await b.iot.send(
    new AttachSecurityProfileCommand({
      securityProfileName: 'Rules',
      securityProfileTargetArn: b.arn('thinggroup/watched')
    })
  )
  await b.iot.send(
    new CreateMitigationActionCommand({
      actionName: 'quarantine',
      roleArn: 'arn:aws:iam::123456789012:role/Mitigation',
      actionParams: { addThingsToThingGroupParams: { thingGroupNames: ['quarantine'] } }
    })
  )
  // early stays chatty, so it stays in alarm while late starts
  for (let period = 0; period < 5; period++) {
    b.publish('early', 50, 100)
    if (period === 4) b.publish('late', 50, 100)
    await b.nextPeriod()
  }
  const started = new Map(
    (await b.active()).map((v) => [v.thingName!, v.violationStartTime!.getTime()])
  )
  expect([...started.keys()].sort()).toEqual(['early', 'late'])
  return { b, early: started.get('early')!, late: started.get('late')! }
}

/** Start a task that quarantines what `choice` picks, named and tokened `taskId`. */
async function quarantine(
  b: Bench,
  taskId: string,
  choice: Pick<StartDetectMitigationActionsTaskRequest, 'target' | 'violationEventOccurrenceRange'>
): Promise<void> {
  await b.iot.send(
    new StartDetectMitigationActionsTaskCommand({
      taskId,
      actions: ['quarantine'],
      clientRequestToken: taskId,
      ...choice
    })
  )
}

async function groupsOf(b: Bench, thingName: string): Promise<string[]> {
  const out = await b.iot.send(new ListThingGroupsForThingCommand({ thingName }))
  return (out.thingGroups ?? []).map((g) => g.groupName!).sort()
}

describe('Detect mitigation time ranges', () => {
  test('a task mitigates only the violations that started inside its occurrence range', async () => {
    const { b, early, late } = await twoAlarms()
    expect(early).toBeLessThan(late)
    await quarantine(b, 'early-only', {
      target: { securityProfileName: 'Rules' },
      violationEventOccurrenceRange: {
        startTime: new Date(early - PERIOD),
        endTime: new Date((early + late) / 2)
      }
    })
    expect(await groupsOf(b, 'early')).toEqual(['quarantine', 'watched'])
    expect(await groupsOf(b, 'late')).toEqual(['watched'])
  })

  test('executions are listed by the time they started', async () => {
    const { b } = await twoAlarms()
    const first = b.now
    await quarantine(b, 'first', { target: { securityProfileName: 'Rules' } })
    b.now += 10 * PERIOD
    const second = b.now
    const late = (await b.active({ thingName: 'late' })).map((v) => v.violationId!)
    await quarantine(b, 'second', { target: { violationIds: late } })
    const between = async (from: number, to: number): Promise<string[]> => {
      const out = await b.iot.send(
        new ListDetectMitigationActionsExecutionsCommand({
          startTime: new Date(from),
          endTime: new Date(to)
        })
      )
      return (out.actionsExecutions ?? []).map((x) => `${x.taskId}:${x.thingName}`).sort()
    }
    expect(await between(first - PERIOD, second + PERIOD)).toEqual([
      'first:early',
      'first:late',
      'second:late'
    ])
    expect(await between(first - PERIOD, second - PERIOD)).toEqual(['first:early', 'first:late'])
    expect(await between(second - PERIOD, second + PERIOD)).toEqual(['second:late'])
    expect(await between(second + PERIOD, second + 2 * PERIOD)).toEqual([])
  })
})
