/** plan and apply: read the account, diff against the file, execute in order, then prove the diff is zero. */
import type { IoTClient } from '@aws-sdk/client-iot'
import { explainAwsError, isDetectUnavailable } from '../aws/errors.js'
import { RemedyError } from '../util/words.js'
import { errorMessage } from '../util/errors.js'
import { acquireLease, readLease, type LeaseOptions } from '../resources/lease.js'
import { readAccount, readScope, type ReadOptions } from '../resources/read.js'
import { kindsOf, usesService } from '../resources/adapters/index.js'
import { checkBehaviorsWithAws } from '../resources/validate-behaviors.js'
import type { ProfileFile } from '../config/file-format.js'
import { applyPlan, type ApplyProgress, type ApplyResult } from '../plan/apply.js'
import { desiredState } from '../plan/desired.js'
import type { ApplyOutcome } from '../plan/outcome.js'
import { diff, refusals } from '../plan/diff.js'
import { planBasis, staleness, type PlanBasis, type SavedPlan } from '../plan/saved.js'
import { foreignTargets } from '../plan/target-arns.js'
import {
  type ActualState,
  type DesiredState,
  type Plan,
  type ResourceKind
} from '../resources/types.js'

export type { ApplyOutcome } from '../plan/outcome.js'

/** Kinds that belong to Detect, which accounts opened after 2026-08-31 do not have. */
const DETECT_KINDS: readonly ResourceKind[] = kindsOf('detect')

export interface ReconcileInput {
  iot: IoTClient
  profile: ProfileFile
  identity: string
  prune: boolean
  /** take over unmanaged resources that differ from the file, overwriting them (otherwise apply refuses) */
  adopt?: boolean
  onRead?: ReadOptions['onProgress']
  /** plan: have AWS check the behaviors the plan writes (ValidateSecurityProfileBehaviors) */
  checkBehaviors?: boolean
  /** plan: note when another apply holds the lock (plan never takes it) */
  reportLock?: boolean
}

/** Read what the plan needs; an account without Detect still plans its audit resources. */
async function readFor(
  input: ReconcileInput,
  desired: DesiredState
): Promise<{ actual: ActualState; notes: string[] }> {
  const { kinds, names } = readScope(desired)
  try {
    return {
      actual: await readAccount(input.iot, { kinds, names, onProgress: input.onRead }),
      notes: []
    }
  } catch (e) {
    const usesDetect = usesService(desired.resources, 'detect')
    if (!isDetectUnavailable(e) || usesDetect)
      throw new RemedyError((w) => explainAwsError(e, w), { cause: e })
    const actual = await readAccount(input.iot, {
      kinds: kinds.filter((k) => !DETECT_KINDS.includes(k)),
      onProgress: input.onRead
    })
    return {
      actual,
      notes: [
        'Device Defender Detect is not available on this account; audit resources were planned, Detect ones skipped'
      ]
    }
  }
}

export async function planCommand(input: ReconcileInput): Promise<{
  plan: Plan
  actual: ActualState
  desired: DesiredState
  /** what the plan was made from, for a saved plan */
  basis: PlanBasis
}> {
  const desired = desiredState(input.profile, input.identity)
  const [{ actual, notes }, held] = await Promise.all([
    readFor(input, desired),
    input.reportLock ? lockNote(input.iot) : undefined
  ])
  const foreign = foreignTargets(input.profile, actual, await input.iot.config.region())
  if (foreign.length) throw new Error(`the plan is refused: ${foreign.join('; ')}`)
  const plan = diff(desired, actual, { prune: input.prune, adopt: input.adopt ?? false })
  plan.notes.push(...notes, ...(held ? [held] : []))
  if (input.checkBehaviors) {
    const checked = await checkBehaviorsWithAws(input.iot, plan)
    for (const [change, problems] of checked.rejected) change.blockers.push(...problems)
    plan.notes.push(...checked.notes)
  }
  return {
    plan,
    actual,
    desired,
    basis: planBasis(desired, actual, await input.iot.config.region())
  }
}

/** A lock another apply holds, in words; a plan still runs whatever the lock says. */
async function lockNote(iot: IoTClient): Promise<string | undefined> {
  try {
    const lease = await readLease(iot)
    if (!lease) return undefined
    const { identity, process, since, expires } = lease.holder
    return Date.parse(expires) > Date.now()
      ? `apply is locked by ${identity} (${process}) since ${since}: an apply started now is refused until that one ends (the lock expires at ${expires} unless renewed)`
      : `an expired apply lock of ${identity} (${process}, since ${since}) is left in the account; the next apply takes it over`
  } catch (e) {
    return `the apply lock could not be read: ${errorMessage(e)}`
  }
}

/** The account after apply: what was read before, with every changed resource replaced by its read-back. */
function afterApply(before: ActualState, plan: Plan, result: ApplyResult): ActualState {
  const key = (r: { kind: string; name: string }): string => `${r.kind}/${r.name}`
  const touched = new Set([...plan.changes, ...plan.ownershipUpdates].map(key))
  return {
    resources: [...before.resources.filter((r) => !touched.has(key(r))), ...result.readBack]
  }
}

export interface ApplyInput extends ReconcileInput {
  onApply?: (p: ApplyProgress) => void
  signal?: AbortSignal
  /** a plan saved by `plan --out`: applied exactly, or refused when the file or account changed since */
  saved?: SavedPlan
  /**
   * the lease that serializes applies to the account; `iot` is the client it is kept with (default: the
   * input's), one that a stop does not gate, so the lease is still released after a cancel
   */
  lease?: Omit<LeaseOptions, 'identity'> & { iot?: IoTClient }
}

/**
 * Take the account's lease, then plan and apply under it, so an apply of another file that claims the same
 * names either runs wholly before or after this one or is refused. The lease goes at the end, also after a
 * failure or a cancel.
 */
export async function applyCommand(input: ApplyInput): Promise<ApplyOutcome> {
  const { iot: keepWith, ...leaseOptions } = input.lease ?? {}
  // Taken with the run's client, so a signal stops a stalled take; kept with one a stop does not gate.
  const lease = await acquireLease(input.iot, {
    identity: input.identity,
    ...leaseOptions,
    ...(keepWith ? { keepWith } : {}),
    ...(input.signal ? { signal: input.signal } : {})
  })
  let outcome: ApplyOutcome | undefined
  try {
    const signal = input.signal ? AbortSignal.any([input.signal, lease.lost]) : lease.lost
    outcome = await applyHeld({ ...input, signal })
    return outcome
  } finally {
    const note = await lease.release()
    if (note) outcome?.plan.notes.push(note)
  }
}

async function applyHeld(input: ApplyInput): Promise<ApplyOutcome> {
  const fresh = await planCommand(input)
  const { actual, desired } = fresh
  // A saved plan is applied as it was saved, once the account and file are shown to be what it saw.
  const plan = input.saved ?? fresh.plan
  const refused = [
    ...(input.saved ? staleness(input.saved, fresh.plan, fresh.basis) : []),
    ...refusals(plan)
  ]
  if (refused.length)
    return {
      plan,
      result: { applied: [], failed: [], unfinished: [], skipped: [], readBack: [] },
      converged: false,
      refused
    }
  const result = await applyPlan(input.iot, plan, input.onApply, input.signal)
  if (result.failed.length || result.unfinished.length || result.skipped.length)
    return { plan, result, converged: false }
  const verification = diff(desired, afterApply(actual, plan, result), { prune: input.prune })
  const converged = verification.changes.length === 0 && verification.ownershipUpdates.length === 0
  return { plan, result, verification, converged }
}
