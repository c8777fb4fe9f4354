/**
 * Verification of one run's simulations: wait for what they expect, run the mitigations they name on the
 * violations found, and keep in the account what only a later audit can settle. Against AWS the
 * shared-certificate check sees connections some hours old, so it is recorded as pending; on the emulator the
 * scaled clock lets an audit started here see them, so the same run settles it.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import type { ProfileFile } from '../config/file-format.js'
import { criteriaType } from '../config/inventory.js'
import { seenFinding } from './audit-baseline.js'
import { runAudit } from './audit-run.js'
import {
  expectationsOf,
  expectedChecks,
  type Expected,
  type SimulationExpectations
} from './expectations.js'
import { alarmFor, type Observation, type Outcome, type SimulationScope } from './judge.js'
import { mitigate, type MitigationRun } from './mitigate.js'
import { accountObserver } from './observe.js'
import { recordPending, SHARED_CHECK_LAG_MS, type PendingExpectation } from './pending.js'
import { waitForExpectations, type WaitClock, type WaitResult } from './wait.js'

export interface VerifyOptions {
  iot: IoTClient
  profile: ProfileFile
  /** the simulations that ran, with what each created */
  scopes: ReadonlyMap<string, SimulationScope>
  /** 'aws': findings only a later audit sees are recorded as pending; 'emulator': an audit here settles them */
  target: 'aws' | 'emulator'
  identity: string
  runId: string
  /** the target's time: on the emulator, its (scaled) clock, so a 20m timeout lasts 20 emulated minutes */
  clock: WaitClock
  /** when the traffic began, on that clock */
  startedAt: number
  log: (line: string) => void
  signal?: AbortSignal
  firstPollMs?: number
  maxPollMs?: number
  /**
   * the emulator's time scale: it evaluates AWS's windows this many times faster, so timeouts, polls and the
   * audit look-back shrink alike (1 against AWS)
   */
  timeScale?: number
}

export interface VerifyResult extends WaitResult {
  mitigations: MitigationRun[]
  pending: PendingExpectation[]
}

const LATER = new Set(['DEVICE_CERTIFICATE_SHARED_CHECK'])

/**
 * On the emulator an audit of the shared-certificate check runs once the look-back has passed, so its
 * simulation waits at least that long plus a task's ten minutes (AWS time; both shrink with the scale).
 */
function deadlineOn(target: VerifyOptions['target'], s: SimulationExpectations): number {
  const audits = s.expected.some((e) => e.kind === 'audit-finding' && LATER.has(e.checkName))
  return target === 'emulator' && audits
    ? Math.max(s.timeoutMs, SHARED_CHECK_LAG_MS + 10 * 60_000)
    : s.timeoutMs
}

export async function verifyRun(o: VerifyOptions): Promise<VerifyResult> {
  const criteria = (
    profile: string,
    behavior: string
  ): ReturnType<typeof criteriaType> | undefined => {
    const b = o.profile.securityProfiles
      ?.find((p) => p.securityProfileName === profile)
      ?.behaviors?.find((x) => x.name === behavior)
    return b ? criteriaType(b) : undefined
  }
  const scale = o.timeScale ?? 1
  const sims = (o.profile.simulations ?? [])
    .filter((s) => o.scopes.has(s.name) && s.expect)
    .map((s) =>
      expectationsOf(s, (p, b) => {
        const t = criteria(p, b)
        return t === 'NONE' ? undefined : t
      })
    )
    .map((s) => ({ ...s, timeoutMs: deadlineOn(o.target, s) / scale }))
  const settlesLater = (e: Expected): boolean =>
    o.target === 'aws' && e.kind === 'audit-finding' && LATER.has(e.checkName)
  const observeAccount = accountObserver(o.iot, { sims, since: o.startedAt, now: o.clock.now })
  const observe =
    o.target === 'emulator' ? withEmulatorAudit(o, sims, observeAccount) : observeAccount

  const waited = await waitForExpectations({
    sims,
    observe,
    clock: o.clock,
    scopes: o.scopes,
    settlesLater,
    log: o.log,
    ...(o.signal ? { signal: o.signal } : {}),
    progressEveryMs: Math.max(2000, 60_000 / scale),
    firstPollMs: o.firstPollMs ?? Math.max(50, 5000 / scale),
    maxPollMs: o.maxPollMs ?? Math.max(200, 60_000 / scale)
  })
  const mitigations: MitigationRun[] = []
  const outcomes: Outcome[] = []
  for (const x of waited.outcomes) {
    const e = x.expected
    if (x.verdict !== 'met' || e.kind !== 'violation' || !e.mitigationAction) {
      outcomes.push(x)
      continue
    }
    const things = new Set(x.evidence)
    const found = waited.last.violations.filter((v) => things.has(v.thingName) && alarmFor(e, v))
    const run = await mitigate({
      iot: o.iot,
      actionName: e.mitigationAction,
      violations: found,
      taskPrefix: `ddac-${o.runId}-${mitigations.length + 1}`,
      clock: o.clock,
      log: o.log,
      ...(o.signal ? { signal: o.signal } : {})
    })
    mitigations.push(run)
    outcomes.push(
      run.status === 'SUCCESSFUL' && run.notMitigated.length === 0
        ? {
            ...x,
            detail: `${x.detail}; ${e.mitigationAction} put them in ${run.groups.join(', ')}`
          }
        : {
            ...x,
            verdict: 'missed',
            detail: `${e.mitigationAction} ${run.status === 'SUCCESSFUL' ? `left ${run.notMitigated.length} thing(s) outside ${run.groups.join(', ')}` : `ended ${run.status}`}`
          }
    )
  }
  const pending: PendingExpectation[] = []
  for (const x of outcomes) {
    if (x.verdict !== 'pending' || x.expected.kind !== 'audit-finding') continue
    const scope = o.scopes.get(x.expected.simulation)!
    pending.push(
      await recordPending(o.iot, {
        identity: o.identity,
        runId: o.runId,
        simulation: x.expected.simulation,
        checkName: x.expected.checkName,
        certificateIds: [...scope.certificateIds],
        clientIds: [...scope.things],
        recordedAt: o.clock.now()
      })
    )
  }
  return { ...waited, outcomes, mitigations, pending }
}

/**
 * On the emulator an audit must run for its findings to exist: once the clock has passed the check's
 * look-back after the traffic ended, one on-demand audit of the expected checks runs, and its findings join
 * every later observation.
 */
function withEmulatorAudit(
  o: VerifyOptions,
  sims: readonly SimulationExpectations[],
  observe: () => Promise<Observation>
): () => Promise<Observation> {
  const checks = expectedChecks(sims)
  let audited: Observation['findings'] | undefined
  // The traffic has ended when verification starts: from then on, once the look-back has passed, every
  // connection the simulations made is old enough for the audit to see.
  const auditAt = o.clock.now() + SHARED_CHECK_LAG_MS / (o.timeScale ?? 1)
  return async () => {
    const seen = await observe()
    if (checks.length > 0 && !audited && o.clock.now() >= auditAt) {
      const run = await runAudit({
        iot: o.iot,
        checks,
        clock: o.clock,
        log: o.log,
        ...(o.signal ? { signal: o.signal } : {})
      })
      audited = run.findings.map(seenFinding)
    }
    if (!audited) return seen
    // The account's findings list holds the audit's too once it completed: count each finding once.
    const listed = new Set(seen.findings.map((f) => f.findingId))
    return {
      ...seen,
      findings: [...seen.findings, ...audited.filter((f) => !listed.has(f.findingId))]
    }
  }
}
