/**
 * The emulator's audit engine. StartOnDemandAuditTask records a task IN_PROGRESS and hands it here; after
 * `taskDurationMs` of emulated time the engine evaluates the checks over the store, writes the findings,
 * completes the task and commits (so findings persist with a data directory). A task canceled meanwhile
 * stays CANCELED. `watchRegion` starts the clock-driven scheduler: at each 00:00 UTC it starts a
 * SCHEDULED_AUDIT_TASK for every scheduled audit due that day.
 *
 * The engine is typed structurally against operations/context.ts's AuditEngine, since local/audit sits
 * below local/operations and must not import it.
 */
import { randomUUID } from 'node:crypto'
import type { Clock, Millis, TimerHandle } from '../clock/clock.js'
import type { AuditFindingRecord, AuditTaskRecord, Store } from '../store/store.js'
import { evaluateCheck, type AuditInputs } from './evaluate.js'
import { HOUR_MS, runStatus } from './finding.js'
import { isDue, nextDayStart } from './schedule.js'

export interface AuditServices {
  store: Store
  clock: Clock
}

export interface AuditEngineOptions {
  /** emulated time from start to completion of a task (default 10 s) */
  taskDurationMs?: number
  /**
   * how long before a check runs a connection becomes visible to DEVICE_CERTIFICATE_SHARED_CHECK: 2 hours
   * on AWS (the default). It is emulated time, so a scaled clock shortens it in wall time by its factor.
   */
  lookbackLagMs?: number
  /**
   * IOT_POLICY_OVERLY_PERMISSIVE_CHECK's analysis of one policy document in the store's account and region
   * (e.g. the policy evaluator's `permissiveness(document, scope).overlyPermissive`); default: text rules
   */
  policyAnalysis?: (document: string, scope: { account: string; region: string }) => boolean
}

export const DEFAULT_TASK_DURATION_MS = 10_000
export const SHARED_CERTIFICATE_LAG_MS = 2 * HOUR_MS

export class AuditEngine {
  private readonly duration: number
  private readonly lag: number
  private readonly policyAnalysis: AuditEngineOptions['policyAnalysis']
  private readonly schedulers = new Map<Store, TimerHandle>()
  /** task id → its completion timer */
  private readonly pending = new Map<string, TimerHandle>()
  private readonly resumes: TimerHandle[] = []

  constructor(options: AuditEngineOptions = {}) {
    this.duration = options.taskDurationMs ?? DEFAULT_TASK_DURATION_MS
    this.lag = options.lookbackLagMs ?? SHARED_CERTIFICATE_LAG_MS
    this.policyAnalysis = options.policyAnalysis
  }

  startTask(task: AuditTaskRecord, { store, clock }: AuditServices): void {
    const timer = clock.setTimeout(async () => {
      this.pending.delete(task.taskId)
      try {
        await store.transaction(() => this.complete(store, task.taskId, clock.now()))
      } catch {
        // A failed commit (the data directory) must not take down the emulator's timer loop.
      }
    }, this.duration)
    this.pending.set(task.taskId, timer)
  }

  /**
   * Run scheduled audits of this region's store from the next 00:00 UTC on, and resume the tasks a data
   * directory kept IN_PROGRESS (their timers died with the previous process). The store is restored after
   * it is made, so resuming waits for the clock's first tick.
   */
  watchRegion({ store, clock }: AuditServices): void {
    if (this.schedulers.has(store)) return
    this.resumes.push(
      clock.setTimeout(() => {
        for (const t of store.auditTasks.values())
          if (t.taskStatus === 'IN_PROGRESS' && !this.pending.has(t.taskId))
            this.startTask(t, { store, clock })
      }, 0)
    )
    const arm = (): void => {
      this.schedulers.set(
        store,
        clock.setTimeout(
          async () => {
            arm()
            try {
              await store.transaction(() => this.startScheduled(store, clock))
            } catch {
              // as above: the next day runs again
            }
          },
          nextDayStart(clock.now()) - clock.now()
        )
      )
    }
    arm()
  }

  /** Cancel schedulers and tasks not yet completed: a stopped emulator must not write its data directory. */
  stop(): void {
    for (const t of [...this.schedulers.values(), ...this.pending.values(), ...this.resumes])
      t.cancel()
    this.resumes.length = 0
    this.schedulers.clear()
    this.pending.clear()
  }

  private startScheduled(store: Store, clock: Clock): void {
    const now = clock.now()
    const dayStart = nextDayStart(now) - 86_400_000
    for (const audit of store.scheduledAudits.values()) {
      if (!isDue(audit, dayStart, lastRun(store, audit.name, now))) continue
      const task: AuditTaskRecord = {
        taskId: randomUUID().replaceAll('-', ''),
        taskType: 'SCHEDULED_AUDIT_TASK',
        taskStatus: 'IN_PROGRESS',
        taskStartTime: now,
        scheduledAuditName: audit.name,
        checks: Object.fromEntries(
          audit.targetCheckNames.map((c) => [
            c,
            { checkRunStatus: 'IN_PROGRESS', totalResourcesCount: 0, nonCompliantResourcesCount: 0 }
          ])
        )
      }
      store.auditTasks.set(task.taskId, task)
      this.startTask(task, { store, clock })
    }
  }

  private complete(store: Store, taskId: string, now: Millis): void {
    const task = store.auditTasks.get(taskId)
    if (task?.taskStatus !== 'IN_PROGRESS') return // canceled, or gone
    const inputs = auditInputs(store, this.policyAnalysis)
    const timing = {
      taskStartTime: task.taskStartTime,
      now,
      lastRun: task.scheduledAuditName
        ? lastRun(store, task.scheduledAuditName, task.taskStartTime)
        : undefined,
      lookbackLagMs: this.lag
    }
    const checks: AuditTaskRecord['checks'] = {}
    for (const name of Object.keys(task.checks)) {
      const result = evaluateCheck(name, inputs, timing)
      checks[name] = {
        checkRunStatus: runStatus(result),
        totalResourcesCount: result.totalResourcesCount,
        nonCompliantResourcesCount: result.findings.length
      }
      for (const f of result.findings) {
        const record: AuditFindingRecord = {
          findingId: randomUUID().replaceAll('-', ''),
          taskId,
          checkName: name,
          taskStartTime: task.taskStartTime,
          findingTime: now,
          severity: f.severity,
          nonCompliantResource: { ...f.nonCompliantResource },
          relatedResources: f.relatedResources?.map((r) => ({ ...r })),
          reasonForNonCompliance: f.reasonForNonCompliance,
          reasonForNonComplianceCode: f.reasonForNonComplianceCode,
          isSuppressed: false
        }
        store.auditFindings.set(record.findingId, record)
      }
    }
    store.auditTasks.set(taskId, { ...task, taskStatus: 'COMPLETED', checks })
  }
}

/** The start of the latest run of a scheduled audit before `before`. */
function lastRun(store: Store, auditName: string, before: Millis): Millis | undefined {
  let latest: Millis | undefined
  for (const t of store.auditTasks.values())
    if (t.scheduledAuditName === auditName && t.taskStartTime < before)
      latest = Math.max(latest ?? -Infinity, t.taskStartTime)
  return latest
}

function auditInputs(store: Store, analysis: AuditEngineOptions['policyAnalysis']): AuditInputs {
  const scope = { account: store.account, region: store.region }
  return {
    overlyPermissive: analysis && ((document) => analysis(document, scope)),
    account: store.account,
    certificates: [...store.certificates.values()],
    policies: [...store.policies.values()],
    connections: store.connections,
    loggingOptions: store.loggingOptions,
    revokedByIssuer: new Set(),
    checkConfigurations: store.auditConfiguration?.checks ?? {}
  }
}
