/**
 * What a Detect mitigation task does to the account: for each violation it targets (by id, or every violation
 * of a profile and behavior, filtered by activity, time and suppression as the request says), run each action
 * on the violating thing. Detect runs only ADD_THINGS_TO_THING_GROUP
 * (../shared/aws-iot-docs/dd-mitigation-actions.md); another type, or one that cannot be applied (a missing
 * group, a thing already in ten groups), is a FAILED execution with the reason, not a failed request.
 */
import type { StartDetectMitigationActionsTaskRequest } from '@aws-sdk/client-iot'
import { ApiError } from './api-error.js'
import type { DetectMitigationExecution, ViolationRecord } from '../store/store.js'
import type { OperationContext, Valid } from './context.js'
import { thingGroupHandlers } from './thing-groups.js'
import { inTimeRange } from './time-range.js'

export type { DetectMitigationExecution }

function targeted(
  ctx: OperationContext,
  input: Valid<StartDetectMitigationActionsTaskRequest>
): ViolationRecord[] {
  const t = input.target
  const all = [...ctx.store.violations.values()]
  const chosen = t.violationIds?.length
    ? t.violationIds.flatMap((id) => ctx.store.violations.get(id) ?? [])
    : all.filter(
        (v) =>
          v.securityProfileName === t.securityProfileName &&
          (t.behaviorName === undefined || v.behavior.name === t.behaviorName)
      )
  const range = input.violationEventOccurrenceRange
  return chosen.filter(
    (v) =>
      (!input.includeOnlyActiveViolations || v.active) &&
      (input.includeSuppressedAlerts || !v.behavior.suppressAlerts) &&
      (!range || inTimeRange(range)(v.violationStartTime))
  )
}

type Outcome = Pick<DetectMitigationExecution, 'status' | 'errorCode' | 'message'>

/** One action on one violating thing. */
function execute(ctx: OperationContext, actionName: string, thingName: string): Outcome {
  const action = ctx.store.mitigationActions.get(actionName)
  const groups = action?.actionParams.addThingsToThingGroupParams?.thingGroupNames
  if (!groups)
    return {
      status: 'FAILED',
      errorCode: 'InvalidRequestException',
      message: `${action?.actionType ?? 'This'} actions do not run on Detect violations; only ADD_THINGS_TO_THING_GROUP does`
    }
  if (!ctx.store.things.has(thingName))
    return { status: 'SKIPPED', message: `The thing ${thingName} no longer exists` }
  try {
    for (const thingGroupName of groups)
      thingGroupHandlers.AddThingToThingGroup(ctx, { thingGroupName, thingName })
    return { status: 'SUCCESSFUL' }
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    return { status: 'FAILED', errorCode: e.code, message: e.message }
  }
}

export function executeDetectMitigation(
  ctx: OperationContext,
  input: Valid<StartDetectMitigationActionsTaskRequest>
): DetectMitigationExecution[] {
  const out: DetectMitigationExecution[] = []
  for (const v of targeted(ctx, input))
    for (const actionName of input.actions) {
      const executionStartDate = ctx.now()
      const outcome = execute(ctx, actionName, v.thingName)
      out.push({
        taskId: input.taskId,
        violationId: v.violationId,
        actionName,
        thingName: v.thingName,
        executionStartDate,
        executionEndDate: ctx.now(),
        ...outcome
      })
    }
  return out
}
