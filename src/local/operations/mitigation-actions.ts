/**
 * Mitigation actions and Detect mitigation tasks. An action carries exactly one kind of parameters, which
 * fixes its type; delete of a missing action succeeds. A task runs its actions on the violations it targets
 * at once (detect-mitigation.ts) and completes.
 */
import type {
  CreateMitigationActionRequest,
  CreateMitigationActionResponse,
  DeleteMitigationActionRequest,
  DeleteMitigationActionResponse,
  DescribeDetectMitigationActionsTaskRequest,
  DescribeDetectMitigationActionsTaskResponse,
  DescribeMitigationActionRequest,
  DescribeMitigationActionResponse,
  ListDetectMitigationActionsExecutionsRequest,
  ListDetectMitigationActionsExecutionsResponse,
  ListMitigationActionsRequest,
  ListMitigationActionsResponse,
  MitigationActionParams,
  StartDetectMitigationActionsTaskRequest,
  StartDetectMitigationActionsTaskResponse,
  UpdateMitigationActionRequest,
  UpdateMitigationActionResponse
} from '@aws-sdk/client-iot'
import { ACCOUNT_QUOTAS, MAX_RUNNING_DETECT_TASKS } from '../../model/resource-quotas.js'
import { ApiError, alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { DetectMitigationExecution, MitigationActionRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { executeDetectMitigation } from './detect-mitigation.js'
import { inTimeRange } from './time-range.js'
import { byName } from '../../util/order.js'

const count = (xs: DetectMitigationExecution[] | undefined, status: string): number =>
  (xs ?? []).filter((x) => x.status === status).length

const ACTION_TYPES: Record<keyof MitigationActionParams, string> = {
  updateDeviceCertificateParams: 'UPDATE_DEVICE_CERTIFICATE',
  updateCACertificateParams: 'UPDATE_CA_CERTIFICATE',
  addThingsToThingGroupParams: 'ADD_THINGS_TO_THING_GROUP',
  replaceDefaultPolicyVersionParams: 'REPLACE_DEFAULT_POLICY_VERSION',
  enableIoTLoggingParams: 'ENABLE_IOT_LOGGING',
  publishFindingToSnsParams: 'PUBLISH_FINDING_TO_SNS'
}

const actionArn = (ctx: OperationContext, name: string): string =>
  ctx.arn(`mitigationaction/${name}`)

function action(ctx: OperationContext, name: string): MitigationActionRecord {
  return must(ctx.store.mitigationActions, name, () =>
    notFound(`The mitigation action ${name} does not exist`)
  )
}

/** The action type its parameters imply; exactly one kind of parameters is allowed. */
function actionType(params: Valid<MitigationActionParams>): string {
  const kinds = Object.keys(params).filter(
    (k) => params[k as keyof MitigationActionParams] !== undefined
  ) as (keyof MitigationActionParams)[]
  if (kinds.length !== 1)
    throw invalid(
      `actionParams must hold exactly one of ${Object.keys(ACTION_TYPES).join(', ')}; it holds ${kinds.length}`
    )
  return ACTION_TYPES[kinds[0]!]
}

export const mitigationActionHandlers = {
  CreateMitigationAction(
    ctx: OperationContext,
    input: Valid<CreateMitigationActionRequest>
  ): CreateMitigationActionResponse {
    const name = input.actionName
    const arn = actionArn(ctx, name)
    const existing = ctx.store.mitigationActions.get(name)
    if (existing)
      throw alreadyExists(`The mitigation action ${name} already exists`, existing.id, arn)
    const type = actionType(input.actionParams)
    if (ctx.store.mitigationActions.size >= ACCOUNT_QUOTAS.mitigationActions.max)
      throw limitExceeded(
        `An account can have at most ${ACCOUNT_QUOTAS.mitigationActions.max} mitigation actions`
      )
    checkInitialTags(input.tags)
    const now = ctx.now()
    const id = ctx.uuid()
    ctx.store.mitigationActions.set(name, {
      name,
      id,
      roleArn: input.roleArn,
      actionParams: input.actionParams,
      actionType: type,
      creationDate: now,
      lastModifiedDate: now
    })
    setInitialTags(ctx, arn, input.tags)
    return { actionArn: arn, actionId: id }
  },

  DescribeMitigationAction(
    ctx: OperationContext,
    input: Valid<DescribeMitigationActionRequest>
  ): DescribeMitigationActionResponse {
    const a = action(ctx, input.actionName)
    return {
      actionName: a.name,
      actionType: a.actionType as never,
      actionArn: actionArn(ctx, a.name),
      actionId: a.id,
      roleArn: a.roleArn,
      actionParams: a.actionParams,
      creationDate: new Date(a.creationDate),
      lastModifiedDate: new Date(a.lastModifiedDate)
    }
  },

  UpdateMitigationAction(
    ctx: OperationContext,
    input: Valid<UpdateMitigationActionRequest>
  ): UpdateMitigationActionResponse {
    const a = action(ctx, input.actionName)
    if (input.actionParams) {
      const type = actionType(input.actionParams)
      if (type !== a.actionType)
        throw invalid(`The action type of ${a.name} is ${a.actionType}; it cannot become ${type}`)
      a.actionParams = input.actionParams
    }
    if (input.roleArn !== undefined) a.roleArn = input.roleArn
    a.lastModifiedDate = ctx.now()
    ctx.store.touch('mitigationActions', a.name)
    return { actionArn: actionArn(ctx, a.name), actionId: a.id }
  },

  DeleteMitigationAction(
    ctx: OperationContext,
    input: Valid<DeleteMitigationActionRequest>
  ): DeleteMitigationActionResponse {
    if (ctx.store.mitigationActions.delete(input.actionName))
      ctx.store.forgetResource(actionArn(ctx, input.actionName))
    return {}
  },

  ListMitigationActions(
    ctx: OperationContext,
    input: Valid<ListMitigationActionsRequest>
  ): ListMitigationActionsResponse {
    const actions = [...ctx.store.mitigationActions.values()]
      .filter((a) => input.actionType === undefined || a.actionType === input.actionType)
      .sort((a, b) => byName(a.name, b.name))
    const page = ctx.page(actions, (a) => a.name, input.nextToken, input.maxResults)
    return {
      actionIdentifiers: page.items.map((a) => ({
        actionName: a.name,
        actionArn: actionArn(ctx, a.name),
        creationDate: new Date(a.creationDate)
      })),
      nextToken: page.next
    }
  },

  StartDetectMitigationActionsTask(
    ctx: OperationContext,
    input: Valid<StartDetectMitigationActionsTaskRequest>
  ): StartDetectMitigationActionsTaskResponse {
    const id = input.taskId
    if (ctx.store.detectMitigationTasks.has(id))
      throw new ApiError('TaskAlreadyExistsException', `The task ${id} already exists`)
    if (!input.target.violationIds?.length && input.target.securityProfileName === undefined)
      throw invalid('target needs violationIds or a securityProfileName')
    const profile = input.target.securityProfileName
    if (profile !== undefined && !ctx.store.securityProfiles.has(profile))
      throw invalid(`The security profile ${profile} does not exist`)
    for (const name of input.actions)
      if (!ctx.store.mitigationActions.has(name))
        throw invalid(`The mitigation action ${name} does not exist`)
    const running = [...ctx.store.detectMitigationTasks.values()].filter(
      (t) => t.taskStatus === 'IN_PROGRESS'
    )
    if (running.length >= MAX_RUNNING_DETECT_TASKS)
      throw limitExceeded(
        `At most ${MAX_RUNNING_DETECT_TASKS} Detect mitigation tasks can run at once`
      )
    const now = ctx.now()
    const range = input.violationEventOccurrenceRange
    const executions = executeDetectMitigation(ctx, input)
    ctx.store.detectMitigationTasks.set(id, {
      taskId: id,
      taskStatus: 'SUCCESSFUL',
      startTime: now,
      endTime: now,
      target: input.target,
      actions: input.actions,
      violationEventOccurrenceRange: range && {
        startTime: range.startTime.getTime(),
        endTime: range.endTime.getTime()
      },
      onlyActiveViolationsIncluded: input.includeOnlyActiveViolations ?? false,
      suppressedAlertsIncluded: input.includeSuppressedAlerts ?? false,
      executions
    })
    return { taskId: id }
  },

  DescribeDetectMitigationActionsTask(
    ctx: OperationContext,
    input: Valid<DescribeDetectMitigationActionsTaskRequest>
  ): DescribeDetectMitigationActionsTaskResponse {
    const t = must(ctx.store.detectMitigationTasks, input.taskId, () =>
      notFound(`The task ${input.taskId} does not exist`)
    )
    const range = t.violationEventOccurrenceRange
    return {
      taskSummary: {
        taskId: t.taskId,
        taskStatus: t.taskStatus as never,
        taskStartTime: new Date(t.startTime),
        taskEndTime: t.endTime === undefined ? undefined : new Date(t.endTime),
        target: t.target,
        violationEventOccurrenceRange: range && {
          startTime: new Date(range.startTime),
          endTime: new Date(range.endTime)
        },
        onlyActiveViolationsIncluded: t.onlyActiveViolationsIncluded,
        suppressedAlertsIncluded: t.suppressedAlertsIncluded,
        actionsDefinition: t.actions
          .map((n) => ctx.store.mitigationActions.get(n))
          .filter((a) => a !== undefined)
          .map((a) => ({
            name: a.name,
            id: a.id,
            roleArn: a.roleArn,
            actionParams: a.actionParams
          })),
        taskStatistics: {
          actionsExecuted: count(t.executions, 'SUCCESSFUL'),
          actionsSkipped: count(t.executions, 'SKIPPED'),
          actionsFailed: count(t.executions, 'FAILED')
        }
      }
    }
  },

  ListDetectMitigationActionsExecutions(
    ctx: OperationContext,
    input: Valid<ListDetectMitigationActionsExecutionsRequest>
  ): ListDetectMitigationActionsExecutionsResponse {
    const within = inTimeRange(input)
    const all = [...ctx.store.detectMitigationTasks.values()]
      .flatMap((t) => t.executions ?? [])
      .filter(
        (x) =>
          (input.taskId === undefined || x.taskId === input.taskId) &&
          (input.violationId === undefined || x.violationId === input.violationId) &&
          (input.thingName === undefined || x.thingName === input.thingName) &&
          within(x.executionStartDate)
      )
    const key = (x: DetectMitigationExecution): string =>
      `${String(x.executionStartDate).padStart(15, '0')}|${x.taskId}|${x.violationId}|${x.actionName}`
    all.sort((a, b) => byName(key(a), key(b)))
    const page = ctx.page(all, key, input.nextToken, input.maxResults)
    return {
      actionsExecutions: page.items.map((x) => ({
        ...x,
        executionStartDate: new Date(x.executionStartDate),
        executionEndDate: new Date(x.executionEndDate)
      })),
      nextToken: page.next
    }
  }
} satisfies Partial<HandlerTable>
