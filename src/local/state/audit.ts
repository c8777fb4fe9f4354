/**
 * Audit: the account's audit configuration, scheduled audits, on-demand tasks and findings. Rules kept here:
 * the first configuration update must enable at least one check; a check a scheduled audit uses cannot be
 * disabled; audits may only target enabled checks; at most 5 scheduled audits and 10 on-demand tasks in
 * progress. Tasks complete at once with no findings until the audit engine evaluates checks.
 */
import type {
  AuditCheckConfiguration,
  CreateScheduledAuditRequest,
  CreateScheduledAuditResponse,
  DeleteScheduledAuditRequest,
  DeleteScheduledAuditResponse,
  DescribeAccountAuditConfigurationRequest,
  DescribeAccountAuditConfigurationResponse,
  DescribeAuditTaskRequest,
  DescribeAuditTaskResponse,
  DescribeScheduledAuditRequest,
  DescribeScheduledAuditResponse,
  ListAuditFindingsRequest,
  ListAuditFindingsResponse,
  ListAuditTasksRequest,
  ListAuditTasksResponse,
  ListScheduledAuditsRequest,
  ListScheduledAuditsResponse,
  StartOnDemandAuditTaskRequest,
  StartOnDemandAuditTaskResponse,
  UpdateAccountAuditConfigurationRequest,
  UpdateAccountAuditConfigurationResponse,
  UpdateScheduledAuditRequest,
  UpdateScheduledAuditResponse
} from '@aws-sdk/client-iot'
import { AUDIT_CHECK_NAMES, auditCheck } from '../../model/catalog/audit-checks.js'
import { alreadyExists, invalid, limitExceeded, notFound } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, AuditTaskRecord, ScheduledAuditRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'
import { checkInitialTags, dropTags, setInitialTags } from './tags.js'

/** Scheduled audits (L-0D30EFBA) and on-demand audits in progress (L-1EF777B4) per account. */
export const MAX_SCHEDULED_AUDITS = 5
export const MAX_RUNNING_AUDITS = 10

const auditArn = (state: AccountState, name: string): string => state.arn(`scheduledaudit/${name}`)
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function scheduled(state: AccountState, name: string): ScheduledAuditRecord {
  return must(state.data.scheduledAudits, name, () =>
    notFound(`The scheduled audit ${name} does not exist`)
  )
}

function enabledChecks(state: AccountState): Set<string> {
  const checks = state.data.auditConfiguration?.checks ?? {}
  return new Set(Object.keys(checks).filter((c) => checks[c]!.enabled))
}

function checkTargets(state: AccountState, names: readonly string[]): void {
  const enabled = enabledChecks(state)
  for (const name of names) {
    if (!auditCheck(name)) throw invalid(`${name} is not an audit check`)
    if (!enabled.has(name)) throw invalid(`The audit check ${name} is not enabled for this account`)
  }
}

/** Which day fields a frequency takes: WEEKLY/BIWEEKLY a dayOfWeek, MONTHLY a dayOfMonth, DAILY none. */
function checkSchedule(
  r: Pick<ScheduledAuditRecord, 'frequency' | 'dayOfMonth' | 'dayOfWeek'>
): void {
  const weekly = r.frequency === 'WEEKLY' || r.frequency === 'BIWEEKLY'
  const monthly = r.frequency === 'MONTHLY'
  if (weekly !== (r.dayOfWeek !== undefined))
    throw invalid(
      `dayOfWeek is ${weekly ? 'required' : 'not allowed'} with frequency ${r.frequency}`
    )
  if (monthly !== (r.dayOfMonth !== undefined))
    throw invalid(
      `dayOfMonth is ${monthly ? 'required' : 'not allowed'} with frequency ${r.frequency}`
    )
}

function checkConfiguration(name: string, c: Valid<AuditCheckConfiguration>): void {
  const info = auditCheck(name)
  if (!info) throw invalid(`${name} is not an audit check`)
  for (const key of Object.keys(c.configuration ?? {}))
    if (key !== info.config)
      throw invalid(`The audit check ${name} does not take the setting ${key}`)
}

function statistics(t: AuditTaskRecord): NonNullable<DescribeAuditTaskResponse['taskStatistics']> {
  const runs = Object.values(t.checks).map((c) => c.checkRunStatus)
  const count = (s: string): number => runs.filter((r) => r === s).length
  return {
    totalChecks: runs.length,
    inProgressChecks: count('IN_PROGRESS'),
    waitingForDataCollectionChecks: count('WAITING_FOR_DATA_COLLECTION'),
    compliantChecks: count('COMPLETED_COMPLIANT'),
    nonCompliantChecks: count('COMPLETED_NON_COMPLIANT'),
    failedChecks: count('FAILED'),
    canceledChecks: count('CANCELED')
  }
}

export const auditHandlers = {
  DescribeAccountAuditConfiguration(
    state: AccountState,
    _input: Valid<DescribeAccountAuditConfigurationRequest>
  ): DescribeAccountAuditConfigurationResponse {
    const config = state.data.auditConfiguration
    const checks = Object.fromEntries(AUDIT_CHECK_NAMES.map((n) => [n, { enabled: false }]))
    return {
      roleArn: config?.roleArn,
      auditNotificationTargetConfigurations: config?.notificationTargets ?? {},
      auditCheckConfigurations: { ...checks, ...config?.checks }
    }
  },

  UpdateAccountAuditConfiguration(
    state: AccountState,
    input: Valid<UpdateAccountAuditConfigurationRequest>
  ): UpdateAccountAuditConfigurationResponse {
    const updates = input.auditCheckConfigurations ?? {}
    for (const [name, c] of Object.entries(updates)) checkConfiguration(name, c)
    const current = state.data.auditConfiguration
    if (!current && !Object.values(updates).some((c) => c.enabled))
      throw invalid('The first audit configuration must enable at least one audit check')
    const checks = { ...current?.checks, ...updates }
    for (const a of state.data.scheduledAudits.values())
      for (const name of a.targetCheckNames)
        if (!checks[name]?.enabled)
          throw invalid(`The audit check ${name} is used by the scheduled audit ${a.name}`)
    state.data.auditConfiguration = {
      roleArn: input.roleArn ?? current?.roleArn,
      notificationTargets: {
        ...current?.notificationTargets,
        ...input.auditNotificationTargetConfigurations
      },
      checks
    }
    return {}
  },

  CreateScheduledAudit(
    state: AccountState,
    input: Valid<CreateScheduledAuditRequest>
  ): CreateScheduledAuditResponse {
    const name = input.scheduledAuditName
    const arn = auditArn(state, name)
    if (state.data.scheduledAudits.has(name))
      throw alreadyExists(`The scheduled audit ${name} already exists`, name, arn)
    const record: ScheduledAuditRecord = {
      name,
      frequency: input.frequency,
      dayOfMonth: input.dayOfMonth,
      dayOfWeek: input.dayOfWeek,
      targetCheckNames: input.targetCheckNames
    }
    checkSchedule(record)
    checkTargets(state, record.targetCheckNames)
    if (state.data.scheduledAudits.size >= MAX_SCHEDULED_AUDITS)
      throw limitExceeded(`An account can have at most ${MAX_SCHEDULED_AUDITS} scheduled audits`)
    checkInitialTags(input.tags)
    state.data.scheduledAudits.set(name, record)
    setInitialTags(state, arn, input.tags)
    return { scheduledAuditArn: arn }
  },

  UpdateScheduledAudit(
    state: AccountState,
    input: Valid<UpdateScheduledAuditRequest>
  ): UpdateScheduledAuditResponse {
    const current = scheduled(state, input.scheduledAuditName)
    const next = { ...current }
    if (input.frequency !== undefined) {
      next.frequency = input.frequency
      // A new frequency brings its own day fields; the old ones would contradict it.
      delete next.dayOfMonth
      delete next.dayOfWeek
    }
    if (input.dayOfMonth !== undefined) next.dayOfMonth = input.dayOfMonth
    if (input.dayOfWeek !== undefined) next.dayOfWeek = input.dayOfWeek
    if (input.targetCheckNames !== undefined) next.targetCheckNames = input.targetCheckNames
    checkSchedule(next)
    checkTargets(state, next.targetCheckNames)
    state.data.scheduledAudits.set(next.name, next)
    return { scheduledAuditArn: auditArn(state, next.name) }
  },

  DescribeScheduledAudit(
    state: AccountState,
    input: Valid<DescribeScheduledAuditRequest>
  ): DescribeScheduledAuditResponse {
    const a = scheduled(state, input.scheduledAuditName)
    return {
      scheduledAuditName: a.name,
      scheduledAuditArn: auditArn(state, a.name),
      frequency: a.frequency as never,
      dayOfMonth: a.dayOfMonth,
      dayOfWeek: a.dayOfWeek as never,
      targetCheckNames: a.targetCheckNames
    }
  },

  /** Unlike most Device Defender deletes, this one models ResourceNotFoundException. */
  DeleteScheduledAudit(
    state: AccountState,
    input: Valid<DeleteScheduledAuditRequest>
  ): DeleteScheduledAuditResponse {
    const a = scheduled(state, input.scheduledAuditName)
    state.data.scheduledAudits.delete(a.name)
    dropTags(state, auditArn(state, a.name))
    return {}
  },

  ListScheduledAudits(
    state: AccountState,
    input: Valid<ListScheduledAuditsRequest>
  ): ListScheduledAuditsResponse {
    const audits = [...state.data.scheduledAudits.values()].sort((a, b) => byName(a.name, b.name))
    const op = 'ListScheduledAudits'
    const page = paginate(
      op,
      audits,
      (a) => a.name,
      input.nextToken,
      pageSize(op, input.maxResults)
    )
    return {
      scheduledAudits: page.items.map((a) => ({
        scheduledAuditName: a.name,
        scheduledAuditArn: auditArn(state, a.name),
        frequency: a.frequency as never,
        dayOfMonth: a.dayOfMonth,
        dayOfWeek: a.dayOfWeek as never
      })),
      nextToken: page.next
    }
  },

  StartOnDemandAuditTask(
    state: AccountState,
    input: Valid<StartOnDemandAuditTaskRequest>
  ): StartOnDemandAuditTaskResponse {
    checkTargets(state, input.targetCheckNames)
    const running = [...state.data.auditTasks.values()].filter(
      (t) => t.taskStatus === 'IN_PROGRESS'
    )
    if (running.length >= MAX_RUNNING_AUDITS)
      throw limitExceeded(`At most ${MAX_RUNNING_AUDITS} on-demand audits can be in progress`)
    const taskId = state.uuid().replaceAll('-', '')
    const counts = { totalResourcesCount: 0, nonCompliantResourcesCount: 0 }
    state.data.auditTasks.set(taskId, {
      taskId,
      taskType: 'ON_DEMAND_AUDIT_TASK',
      taskStatus: 'COMPLETED',
      taskStartTime: state.now(),
      checks: Object.fromEntries(
        input.targetCheckNames.map((c) => [c, { checkRunStatus: 'COMPLETED_COMPLIANT', ...counts }])
      )
    })
    return { taskId }
  },

  DescribeAuditTask(
    state: AccountState,
    input: Valid<DescribeAuditTaskRequest>
  ): DescribeAuditTaskResponse {
    const t = must(state.data.auditTasks, input.taskId, () =>
      notFound(`The audit task ${input.taskId} does not exist`)
    )
    return {
      taskStatus: t.taskStatus,
      taskType: t.taskType,
      taskStartTime: new Date(t.taskStartTime),
      taskStatistics: statistics(t),
      scheduledAuditName: t.scheduledAuditName,
      auditDetails: Object.fromEntries(
        Object.entries(t.checks).map(([name, c]) => [
          name,
          {
            checkRunStatus: c.checkRunStatus as never,
            checkCompliant: c.checkRunStatus === 'COMPLETED_COMPLIANT',
            totalResourcesCount: c.totalResourcesCount,
            nonCompliantResourcesCount: c.nonCompliantResourcesCount,
            suppressedNonCompliantResourcesCount: 0
          }
        ])
      )
    }
  },

  ListAuditTasks(state: AccountState, input: Valid<ListAuditTasksRequest>): ListAuditTasksResponse {
    const from = input.startTime.getTime()
    const to = input.endTime.getTime()
    const tasks = [...state.data.auditTasks.values()]
      .filter((t) => t.taskStartTime >= from && t.taskStartTime <= to)
      .filter((t) => input.taskType === undefined || t.taskType === input.taskType)
      .filter((t) => input.taskStatus === undefined || t.taskStatus === input.taskStatus)
      .sort((a, b) => byName(a.taskId, b.taskId))
    const op = 'ListAuditTasks'
    const page = paginate(
      op,
      tasks,
      (t) => t.taskId,
      input.nextToken,
      pageSize(op, input.maxResults)
    )
    return {
      tasks: page.items.map((t) => ({
        taskId: t.taskId,
        taskStatus: t.taskStatus,
        taskType: t.taskType
      })),
      nextToken: page.next
    }
  },

  ListAuditFindings(
    state: AccountState,
    input: Valid<ListAuditFindingsRequest>
  ): ListAuditFindingsResponse {
    const byTime = input.startTime !== undefined || input.endTime !== undefined
    if ((input.taskId !== undefined) === byTime)
      throw invalid('Give either taskId or startTime and endTime, not both')
    if (byTime && (input.startTime === undefined || input.endTime === undefined))
      throw invalid('startTime and endTime go together')
    const from = input.startTime?.getTime() ?? -Infinity
    const to = input.endTime?.getTime() ?? Infinity
    const findings = [...state.data.auditFindings.values()]
      .filter((f) => input.taskId === undefined || f.taskId === input.taskId)
      .filter((f) => f.findingTime >= from && f.findingTime <= to)
      .filter((f) => input.checkName === undefined || f.checkName === input.checkName)
      .filter((f) => input.listSuppressedFindings || !f.isSuppressed)
      .sort((a, b) => byName(a.findingId, b.findingId))
    const op = 'ListAuditFindings'
    const page = paginate(
      op,
      findings,
      (f) => f.findingId,
      input.nextToken,
      pageSize(op, input.maxResults)
    )
    return {
      findings: page.items.map((f) => ({
        ...f,
        severity: f.severity as never,
        taskStartTime: new Date(f.taskStartTime),
        findingTime: new Date(f.findingTime)
      })),
      nextToken: page.next
    }
  }
} satisfies Partial<HandlerTable>
