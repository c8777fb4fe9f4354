/**
 * What `audit` does: run the configured checks on demand, judge the findings against the file's accepted
 * baseline, and settle the expectations earlier simulations left pending (met ones and missed ones leave the
 * account; the rest wait for the next audit). It fails on new non-compliance and on missed expectations.
 */
import { DescribeAccountAuditConfigurationCommand, type IoTClient } from '@aws-sdk/client-iot'
import type { ProfileFile } from '../config/file-format.js'
import { compareWithBaseline, seenFinding, type BaselineResult } from './audit-baseline.js'
import { runAudit, type AuditRun } from './audit-run.js'
import {
  forgetPending,
  listPending,
  settlement,
  type PendingExpectation,
  type Settlement
} from './pending.js'
import { runIdOf } from '../simulate/provision/marks.js'
import type { WaitClock } from './wait.js'

export interface AuditOptions {
  iot: IoTClient
  profile: ProfileFile
  identity: string
  clock: WaitClock
  log: (line: string) => void
  signal?: AbortSignal
  deadlineMs?: number
  firstPollMs?: number
}

export interface SettledExpectation {
  pending: PendingExpectation
  settlement: Settlement
}

export interface AuditOutcome {
  checks: string[]
  run: AuditRun
  baseline: BaselineResult
  settled: SettledExpectation[]
  /** new non-compliance or a missed expectation */
  failed: boolean
}

/** The checks to run: the file's enabled checks, else the account's. */
async function checksToRun(o: AuditOptions): Promise<string[]> {
  const fromFile = Object.entries(o.profile.auditConfiguration?.auditCheckConfigurations ?? {})
    .filter(([, c]) => c.enabled)
    .map(([name]) => name)
  if (fromFile.length > 0) return fromFile.sort()
  const account = await o.iot.send(new DescribeAccountAuditConfigurationCommand({}))
  const enabled = Object.entries(account.auditCheckConfigurations ?? {})
    .filter(([, c]) => c.enabled)
    .map(([name]) => name)
  if (enabled.length === 0)
    throw new Error(
      'no audit check is enabled, in the file or the account: enable checks in auditConfiguration.auditCheckConfigurations and apply'
    )
  return enabled.sort()
}

export async function auditAndSettle(o: AuditOptions): Promise<AuditOutcome> {
  const checks = await checksToRun(o)
  const run = await runAudit({
    iot: o.iot,
    checks,
    clock: o.clock,
    log: o.log,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
    ...(o.firstPollMs !== undefined ? { firstPollMs: o.firstPollMs } : {})
  })
  if (run.status !== 'COMPLETED')
    throw new Error(
      `audit task ${run.taskId} ended ${run.status} after ${Math.round(run.elapsedMs / 1000)}s: nothing was settled`
    )
  const seen = run.findings.map(seenFinding)
  const settled: SettledExpectation[] = []
  for (const pending of await listPending(o.iot, o.identity)) {
    // only checks this audit ran can settle a pending expectation
    const s = checks.includes(pending.checkName)
      ? settlement(pending, seen, o.clock.now())
      : notRun(pending)
    if (s.verdict !== 'pending') await forgetPending(o.iot, pending)
    settled.push({ pending, settlement: s })
  }
  // A finding a simulation caused (it names the run's things) is not new non-compliance: ddac caused it on
  // purpose, and the audit after the one that settled it sees the same connections again.
  const expectedBy = new Map<string, string>()
  for (const f of seen) {
    const runId = f.names.map(runIdOf).find((r) => r !== undefined)
    if (runId) expectedBy.set(f.findingId, `of run ${runId}`)
  }
  for (const s of settled)
    if (s.settlement.verdict === 'met')
      for (const id of s.settlement.findingIds)
        expectedBy.set(id, `${s.pending.simulation} (run ${s.pending.runId})`)
  const today = new Date(o.clock.now()).toISOString().slice(0, 10)
  const baseline = compareWithBaseline(
    run.findings,
    o.profile.acceptedFindings ?? [],
    today,
    (id) => expectedBy.get(id)
  )
  return {
    checks,
    run,
    baseline,
    settled,
    failed: baseline.fresh.length > 0 || settled.some((s) => s.settlement.verdict === 'missed')
  }
}

const notRun = (p: PendingExpectation): Settlement => ({
  verdict: 'pending',
  detail: `${p.checkName} is not enabled, so this audit could not settle it`
})
