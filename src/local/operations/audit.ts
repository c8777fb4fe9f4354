/**
 * Audit: the account's audit configuration, scheduled audits, on-demand tasks and findings. Rules kept here:
 * the first configuration update must enable at least one check; a check a scheduled audit uses cannot be
 * disabled; audits may only target enabled checks; at most 5 scheduled audits and 10 on-demand tasks in
 * progress. Without an audit engine (local/audit) tasks complete at once with no findings.
 */
import type {
  AuditCheckConfiguration,
  CancelAuditTaskRequest,
  CancelAuditTaskResponse,
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
  ScheduledAuditMetadata,
  StartOnDemandAuditTaskRequest,
  StartOnDemandAuditTaskResponse,
  UpdateAccountAuditConfigurationRequest,
  UpdateAccountAuditConfigurationResponse,
  UpdateScheduledAuditRequest,
  UpdateScheduledAuditResponse
} from '@aws-sdk/client-iot'
import { ACCOUNT_QUOTAS, MAX_RUNNING_AUDITS } from '../../model/resource-quotas.js'
import { AUDIT_CHECK_NAMES, auditCheck } from '../../model/catalog/audit-checks.js'
import { alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { AuditTaskRecord, ScheduledAuditRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { inTimeRange } from './time-range.js'
import { byName } from '../../util/order.js'

const auditArn = (ctx: OperationContext, name: string): string => ctx.arn(`scheduledaudit/${name}`)

function scheduled(ctx: OperationContext, name: string): ScheduledAuditRecord {
  return must(ctx.store.scheduledAudits, name, () =>
    notFound(`The scheduled audit ${name} does not exist`)
  )
}

/** What ListScheduledAudits answers of an audit; DescribeScheduledAudit adds its checks. */
function auditSummary(ctx: OperationContext, a: ScheduledAuditRecord): ScheduledAuditMetadata {
  return {
    scheduledAuditName: a.name,
    scheduledAuditArn: auditArn(ctx, a.name),
    frequency: a.frequency as never,
    dayOfMonth: a.dayOfMonth,
    dayOfWeek: a.dayOfWeek as never
  }
}

function auditTask(ctx: OperationContext, taskId: string): AuditTaskRecord {
  return must(ctx.store.auditTasks, taskId, () =>
    notFound(`The audit task ${taskId} does not exist`)
  )
}

/** Whether a finding's resource has every identifier field the ListAuditFindings filter gives. */
function sameResource(
  wanted: Record<string, unknown> | undefined,
  resource: Record<string, unknown> | undefined
): boolean {
  if (!wanted) return true
  const id = (resource?.resourceIdentifier ?? {}) as Record<string, unknown>
  return Object.entries(wanted).every(([k, v]) => JSON.stringify(id[k]) === JSON.stringify(v))
}

function enabledChecks(ctx: OperationContext): Set<string> {
  const checks = ctx.store.auditConfiguration?.checks ?? {}
  return new Set(Object.keys(checks).filter((c) => checks[c]!.enabled))
}

function checkTargets(ctx: OperationContext, names: readonly string[]): void {
  const enabled = enabledChecks(ctx)
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
    ctx: OperationContext,
    _input: Valid<DescribeAccountAuditConfigurationRequest>
  ): DescribeAccountAuditConfigurationResponse {
    const config = ctx.store.auditConfiguration
    const checks = Object.fromEntries(AUDIT_CHECK_NAMES.map((n) => [n, { enabled: false }]))
    return {
      roleArn: config?.roleArn,
      auditNotificationTargetConfigurations: config?.notificationTargets ?? {},
      auditCheckConfigurations: { ...checks, ...config?.checks }
    }
  },

  UpdateAccountAuditConfiguration(
    ctx: OperationContext,
    input: Valid<UpdateAccountAuditConfigurationRequest>
  ): UpdateAccountAuditConfigurationResponse {
    const updates = input.auditCheckConfigurations ?? {}
    for (const [name, c] of Object.entries(updates)) checkConfiguration(name, c)
    const current = ctx.store.auditConfiguration
    if (!current && !Object.values(updates).some((c) => c.enabled))
      throw invalid('The first audit configuration must enable at least one audit check')
    const checks = { ...current?.checks, ...updates }
    for (const a of ctx.store.scheduledAudits.values())
      for (const name of a.targetCheckNames)
        if (!checks[name]?.enabled)
          throw invalid(`The audit check ${name} is used by the scheduled audit ${a.name}`)
    ctx.store.auditConfiguration = {
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
    ctx: OperationContext,
    input: Valid<CreateScheduledAuditRequest>
  ): CreateScheduledAuditResponse {
    const name = input.scheduledAuditName
    const arn = auditArn(ctx, name)
    if (ctx.store.scheduledAudits.has(name))
      throw alreadyExists(`The scheduled audit ${name} already exists`, name, arn)
    const record: ScheduledAuditRecord = {
      name,
      frequency: input.frequency,
      dayOfMonth: input.dayOfMonth,
      dayOfWeek: input.dayOfWeek,
      targetCheckNames: input.targetCheckNames
    }
    checkSchedule(record)
    checkTargets(ctx, record.targetCheckNames)
    if (ctx.store.scheduledAudits.size >= ACCOUNT_QUOTAS.scheduledAudits.max)
      throw limitExceeded(
        `An account can have at most ${ACCOUNT_QUOTAS.scheduledAudits.max} scheduled audits`
      )
    checkInitialTags(input.tags)
    ctx.store.scheduledAudits.set(name, record)
    setInitialTags(ctx, arn, input.tags)
    return { scheduledAuditArn: arn }
  },

  UpdateScheduledAudit(
    ctx: OperationContext,
    input: Valid<UpdateScheduledAuditRequest>
  ): UpdateScheduledAuditResponse {
    const current = scheduled(ctx, input.scheduledAuditName)
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
    checkTargets(ctx, next.targetCheckNames)
    ctx.store.scheduledAudits.set(next.name, next)
    return { scheduledAuditArn: auditArn(ctx, next.name) }
  },

  DescribeScheduledAudit(
    ctx: OperationContext,
    input: Valid<DescribeScheduledAuditRequest>
  ): DescribeScheduledAuditResponse {
    const a = scheduled(ctx, input.scheduledAuditName)
    return { ...auditSummary(ctx, a), targetCheckNames: a.targetCheckNames }
  },

  /** Unlike most Device Defender deletes, this one models ResourceNotFoundException. */
  DeleteScheduledAudit(
    ctx: OperationContext,
    input: Valid<DeleteScheduledAuditRequest>
  ): DeleteScheduledAuditResponse {
    const a = scheduled(ctx, input.scheduledAuditName)
    ctx.store.scheduledAudits.delete(a.name)
    ctx.store.forgetResource(auditArn(ctx, a.name))
    return {}
  },

  ListScheduledAudits(
    ctx: OperationContext,
    input: Valid<ListScheduledAuditsRequest>
  ): ListScheduledAuditsResponse {
    const audits = [...ctx.store.scheduledAudits.values()].sort((a, b) => byName(a.name, b.name))
    const page = ctx.page(audits, (a) => a.name, input.nextToken, input.maxResults)
    return {
      scheduledAudits: page.items.map((a) => auditSummary(ctx, a)),
      nextToken: page.next
    }
  },

  StartOnDemandAuditTask(
    ctx: OperationContext,
    input: Valid<StartOnDemandAuditTaskRequest>
  ): StartOnDemandAuditTaskResponse {
    checkTargets(ctx, input.targetCheckNames)
    const running = [...ctx.store.auditTasks.values()].filter((t) => t.taskStatus === 'IN_PROGRESS')
    if (running.length >= MAX_RUNNING_AUDITS)
      throw limitExceeded(`At most ${MAX_RUNNING_AUDITS} on-demand audits can be in progress`)
    const taskId = ctx.uuid().replaceAll('-', '')
    const counts = { totalResourcesCount: 0, nonCompliantResourcesCount: 0 }
    const engine = ctx.engines.audit
    // With an audit engine the task starts IN_PROGRESS and the engine completes it; without one it
    // completes at once with no findings.
    const task: AuditTaskRecord = {
      taskId,
      taskType: 'ON_DEMAND_AUDIT_TASK',
      taskStatus: engine ? 'IN_PROGRESS' : 'COMPLETED',
      taskStartTime: ctx.now(),
      checks: Object.fromEntries(
        input.targetCheckNames.map((c) => [
          c,
          { checkRunStatus: engine ? 'IN_PROGRESS' : 'COMPLETED_COMPLIANT', ...counts }
        ])
      )
    }
    ctx.store.auditTasks.set(taskId, task)
    engine?.startTask(task, { store: ctx.store, clock: ctx.clock })
    return { taskId }
  },

  /** Only a task in progress can be canceled; its unfinished checks are canceled with it. */
  CancelAuditTask(
    ctx: OperationContext,
    input: Valid<CancelAuditTaskRequest>
  ): CancelAuditTaskResponse {
    const t = auditTask(ctx, input.taskId)
    if (t.taskStatus !== 'IN_PROGRESS')
      throw invalid(`The audit task ${input.taskId} is ${t.taskStatus}, not IN_PROGRESS`)
    const checks = Object.fromEntries(
      Object.entries(t.checks).map(([name, c]) => [
        name,
        c.checkRunStatus === 'IN_PROGRESS' ? { ...c, checkRunStatus: 'CANCELED' } : c
      ])
    )
    ctx.store.auditTasks.set(t.taskId, { ...t, taskStatus: 'CANCELED', checks })
    return {}
  },

  DescribeAuditTask(
    ctx: OperationContext,
    input: Valid<DescribeAuditTaskRequest>
  ): DescribeAuditTaskResponse {
    const t = auditTask(ctx, input.taskId)
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

  ListAuditTasks(
    ctx: OperationContext,
    input: Valid<ListAuditTasksRequest>
  ): ListAuditTasksResponse {
    const within = inTimeRange(input)
    const tasks = [...ctx.store.auditTasks.values()]
      .filter((t) => within(t.taskStartTime))
      .filter((t) => input.taskType === undefined || t.taskType === input.taskType)
      .filter((t) => input.taskStatus === undefined || t.taskStatus === input.taskStatus)
      .sort((a, b) => byName(a.taskId, b.taskId))
    const page = ctx.page(tasks, (t) => t.taskId, input.nextToken, input.maxResults)
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
    ctx: OperationContext,
    input: Valid<ListAuditFindingsRequest>
  ): ListAuditFindingsResponse {
    const byTime = input.startTime !== undefined || input.endTime !== undefined
    if ((input.taskId !== undefined) === byTime)
      throw invalid('Give either taskId or startTime and endTime, not both')
    if (byTime && (input.startTime === undefined || input.endTime === undefined))
      throw invalid('startTime and endTime go together')
    const within = inTimeRange(input)
    const findings = [...ctx.store.auditFindings.values()]
      .filter((f) => input.taskId === undefined || f.taskId === input.taskId)
      .filter((f) => within(f.findingTime))
      .filter((f) => input.checkName === undefined || f.checkName === input.checkName)
      .filter((f) => sameResource(input.resourceIdentifier, f.nonCompliantResource))
      .filter((f) => input.listSuppressedFindings || !f.isSuppressed)
      .sort((a, b) => byName(a.findingId, b.findingId))
    const page = ctx.page(findings, (f) => f.findingId, input.nextToken, input.maxResults)
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
