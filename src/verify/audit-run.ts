/**
 * One on-demand audit, waited for: start it for the checks asked, follow DescribeAuditTask with progress
 * (checks done of all) and backoff, cancel it when the run is stopped or the deadline passes, then read its
 * findings. The same calls serve AWS and the emulator.
 */
import {
  CancelAuditTaskCommand,
  DescribeAuditTaskCommand,
  paginateListAuditFindings,
  StartOnDemandAuditTaskCommand,
  type AuditFinding,
  type IoTClient
} from '@aws-sdk/client-iot'
import { collect } from '../aws/paginate.js'
import type { WaitClock } from './wait.js'

export interface CheckRun {
  checkName: string
  status: string
  total: number
  nonCompliant: number
}

export interface AuditRun {
  taskId: string
  /** COMPLETED, FAILED, CANCELED; TIMED_OUT when ddac gave up waiting (and cancelled it) */
  status: string
  checks: CheckRun[]
  findings: AuditFinding[]
  elapsedMs: number
}

export interface AuditRunOptions {
  iot: IoTClient
  checks: readonly string[]
  clock: WaitClock
  log: (line: string) => void
  signal?: AbortSignal
  /** default 30 minutes: AWS runs most audits in minutes */
  deadlineMs?: number
  firstPollMs?: number
  maxPollMs?: number
}

const FINAL = new Set(['COMPLETED', 'FAILED', 'CANCELED'])

export async function runAudit(o: AuditRunOptions): Promise<AuditRun> {
  const started = o.clock.now()
  const { taskId } = await o.iot.send(
    new StartOnDemandAuditTaskCommand({ targetCheckNames: [...o.checks] })
  )
  if (!taskId) throw new Error('StartOnDemandAuditTask answered without a taskId')
  o.log(`audit: task ${taskId} started for ${o.checks.length} check(s)`)
  const deadline = started + (o.deadlineMs ?? 30 * 60_000)
  let pause = o.firstPollMs ?? 5000
  for (;;) {
    const task = await o.iot.send(new DescribeAuditTaskCommand({ taskId }))
    const stats = task.taskStatistics ?? {}
    const now = o.clock.now()
    const total = stats.totalChecks ?? o.checks.length
    const done = total - (stats.inProgressChecks ?? 0) - (stats.waitingForDataCollectionChecks ?? 0)
    o.log(
      `audit: ${done}/${total} checks done (${task.taskStatus ?? 'UNKNOWN'}), ${Math.round((now - started) / 1000)}s elapsed`
    )
    const checks = Object.entries(task.auditDetails ?? {}).map(([checkName, d]): CheckRun => ({
      checkName,
      status: d.checkRunStatus ?? 'UNKNOWN',
      total: Number(d.totalResourcesCount ?? 0),
      nonCompliant: Number(d.nonCompliantResourcesCount ?? 0)
    }))
    if (task.taskStatus && FINAL.has(task.taskStatus))
      return {
        taskId,
        status: task.taskStatus,
        checks,
        findings: task.taskStatus === 'COMPLETED' ? await findingsOf(o.iot, taskId) : [],
        elapsedMs: now - started
      }
    if (now >= deadline || o.signal?.aborted) {
      // An audit left running would block the next on-demand one for these checks: cancel it.
      await o.iot.send(new CancelAuditTaskCommand({ taskId })).catch(() => undefined)
      return {
        taskId,
        status: o.signal?.aborted ? 'CANCELED' : 'TIMED_OUT',
        checks,
        findings: [],
        elapsedMs: now - started
      }
    }
    await o.clock.sleep(Math.min(pause, deadline - now), o.signal)
    pause = Math.min(o.maxPollMs ?? 30_000, pause * 1.5)
  }
}

function findingsOf(iot: IoTClient, taskId: string): Promise<AuditFinding[]> {
  return collect(
    paginateListAuditFindings({ client: iot }, { taskId, listSuppressedFindings: true }),
    (p) => p.findings
  )
}
