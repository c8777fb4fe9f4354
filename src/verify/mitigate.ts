/**
 * Mitigation on the violations a simulation caused: run the expectation's mitigation action on them
 * (StartDetectMitigationActionsTask), wait for the task, then check its effect on the account. Detect
 * supports one action type, ADD_THINGS_TO_THING_GROUP (../shared/aws-iot-docs/dd-mitigation-actions.md), so
 * the effect checked is that every violating thing is now in the action's groups.
 */
import {
  DescribeDetectMitigationActionsTaskCommand,
  DescribeMitigationActionCommand,
  paginateListThingGroupsForThing,
  StartDetectMitigationActionsTaskCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { collect } from '../aws/paginate.js'
import type { WaitClock } from './wait.js'

/** The API takes at most 25 violation ids per task (TargetViolationIdsForDetectMitigationActions). */
const IDS_PER_TASK = 25

export interface MitigationRun {
  actionName: string
  taskIds: string[]
  /** SUCCESSFUL when every task succeeded */
  status: string
  /** things not in every group the action names, after the tasks ended */
  notMitigated: string[]
  groups: string[]
}

export interface MitigateOptions {
  iot: IoTClient
  actionName: string
  /** the violations found for the run's own things */
  violations: ReadonlyArray<{ violationId: string; thingName: string }>
  /** unique per run and expectation: the task id prefix */
  taskPrefix: string
  clock: WaitClock
  log: (line: string) => void
  signal?: AbortSignal
  deadlineMs?: number
}

export async function mitigate(o: MitigateOptions): Promise<MitigationRun> {
  const action = await o.iot.send(new DescribeMitigationActionCommand({ actionName: o.actionName }))
  const groups = action.actionParams?.addThingsToThingGroupParams?.thingGroupNames
  if (!groups)
    throw new Error(
      `mitigation action ${o.actionName} is ${action.actionType ?? 'of no type'}: Detect runs only ADD_THINGS_TO_THING_GROUP actions on violations`
    )
  const ids = [...new Set(o.violations.map((v) => v.violationId))]
  const taskIds: string[] = []
  for (let i = 0; i < ids.length; i += IDS_PER_TASK) {
    const taskId = `${o.taskPrefix}-${taskIds.length + 1}`.slice(0, 128)
    await o.iot.send(
      new StartDetectMitigationActionsTaskCommand({
        taskId,
        target: { violationIds: ids.slice(i, i + IDS_PER_TASK) },
        actions: [o.actionName],
        includeSuppressedAlerts: true,
        clientRequestToken: taskId
      })
    )
    taskIds.push(taskId)
  }
  o.log(`mitigate: ${o.actionName} on ${ids.length} violation(s) in ${taskIds.length} task(s)`)
  const statuses = await Promise.all(taskIds.map((taskId) => finished(o, taskId)))
  const status = statuses.every((s) => s === 'SUCCESSFUL')
    ? 'SUCCESSFUL'
    : (statuses.find((s) => s !== 'SUCCESSFUL') ?? 'UNKNOWN')
  const things = [...new Set(o.violations.map((v) => v.thingName))]
  const notMitigated: string[] = []
  for (const thingName of things) {
    const member = new Set(
      (
        await collect(
          paginateListThingGroupsForThing({ client: o.iot }, { thingName }),
          (p) => p.thingGroups
        )
      ).flatMap((g) => (g.groupName ? [g.groupName] : []))
    )
    if (!groups.every((g) => member.has(g))) notMitigated.push(thingName)
  }
  return { actionName: o.actionName, taskIds, status, notMitigated, groups }
}

async function finished(o: MitigateOptions, taskId: string): Promise<string> {
  const deadline = o.clock.now() + (o.deadlineMs ?? 10 * 60_000)
  let pause = 1000
  for (;;) {
    const { taskSummary } = await o.iot.send(
      new DescribeDetectMitigationActionsTaskCommand({ taskId })
    )
    const status = taskSummary?.taskStatus ?? 'UNKNOWN'
    if (status !== 'IN_PROGRESS') return status
    if (o.clock.now() >= deadline) return 'TIMED_OUT'
    if (o.signal?.aborted) return 'STOPPED'
    await o.clock.sleep(pause, o.signal)
    pause = Math.min(15_000, pause * 1.5)
  }
}
