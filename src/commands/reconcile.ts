/** plan and apply: read the account, diff against the file, execute in order, then prove the diff is zero. */
import type { IoTClient } from '@aws-sdk/client-iot'
import { explainAwsError, isDetectUnavailable } from '../aws/errors.js'
import { readAccount, type ReadOptions } from '../aws/read.js'
import { checkBehaviorsWithAws } from '../aws/validate-behaviors.js'
import type { ProfileFile } from '../config/file-format.js'
import { applyPlan, type ApplyProgress, type ApplyResult } from '../plan/apply.js'
import { desiredState } from '../plan/desired.js'
import { diff, refusals } from '../plan/diff.js'
import { foreignTargets } from '../plan/target-arns.js'
import {
  RESOURCE_KINDS,
  type ActualState,
  type DesiredState,
  type Plan,
  type ResourceKind
} from '../plan/types.js'

/** Kinds that belong to Detect, which accounts opened after 2026-08-31 do not have. */
const DETECT_KINDS: readonly ResourceKind[] = ['securityProfile', 'customMetric', 'dimension']

export interface ReconcileInput {
  iot: IoTClient
  profile: ProfileFile
  identity: string
  prune: boolean
  onRead?: ReadOptions['onProgress']
  /** plan: have AWS check the behaviors the plan writes (ValidateSecurityProfileBehaviors) */
  checkBehaviors?: boolean
}

/** Read what the plan needs; an account without Detect still plans its audit resources. */
async function readFor(
  input: ReconcileInput,
  desired: DesiredState
): Promise<{ actual: ActualState; notes: string[] }> {
  // Kinds ddac does not discover (thing groups) are read by the names the file uses.
  const names = {
    thingGroup: desired.resources.filter((r) => r.kind === 'thingGroup').map((r) => r.name)
  }
  const kinds = RESOURCE_KINDS.filter(
    (k) => k !== 'auditConfiguration' || input.profile.auditConfiguration !== undefined
  )
  try {
    return {
      actual: await readAccount(input.iot, { kinds, names, onProgress: input.onRead }),
      notes: []
    }
  } catch (e) {
    const usesDetect = Boolean(
      input.profile.securityProfiles?.length ||
      input.profile.customMetrics?.length ||
      input.profile.dimensions?.length
    )
    if (!isDetectUnavailable(e) || usesDetect) throw new Error(explainAwsError(e), { cause: e })
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

export async function planCommand(
  input: ReconcileInput
): Promise<{ plan: Plan; actual: ActualState; desired: DesiredState }> {
  const desired = desiredState(input.profile, input.identity)
  const { actual, notes } = await readFor(input, desired)
  const foreign = foreignTargets(input.profile, actual, await input.iot.config.region())
  if (foreign.length) throw new Error(`the plan is refused: ${foreign.join('; ')}`)
  const plan = diff(desired, actual, { prune: input.prune })
  plan.notes.push(...notes)
  if (input.checkBehaviors) {
    const checked = await checkBehaviorsWithAws(input.iot, plan)
    for (const [change, problems] of checked.rejected) change.blockers.push(...problems)
    plan.notes.push(...checked.notes)
  }
  return { plan, actual, desired }
}

/** The account after apply: what was read before, with every changed resource replaced by its read-back. */
function afterApply(before: ActualState, plan: Plan, result: ApplyResult): ActualState {
  const key = (r: { kind: string; name: string }): string => `${r.kind}/${r.name}`
  const touched = new Set([...plan.changes, ...plan.ownershipUpdates].map(key))
  return {
    resources: [...before.resources.filter((r) => !touched.has(key(r))), ...result.readBack]
  }
}

export interface ApplyOutcome {
  plan: Plan
  result: ApplyResult
  /** why apply refused the plan without changing anything (conflicts, blocked changes) */
  refused?: string[]
  /** the diff between the file and the resources read back after apply: empty when they match */
  verification?: Plan
  converged: boolean
}

export async function applyCommand(
  input: ReconcileInput & { onApply?: (p: ApplyProgress) => void; signal?: AbortSignal }
): Promise<ApplyOutcome> {
  const { plan, actual, desired } = await planCommand(input)
  const refused = refusals(plan)
  if (refused.length)
    return {
      plan,
      result: { applied: [], failed: [], skipped: [], readBack: [] },
      converged: false,
      refused
    }
  const result = await applyPlan(input.iot, plan, input.onApply, input.signal)
  if (result.failed.length || result.skipped.length) return { plan, result, converged: false }
  const verification = diff(desired, afterApply(actual, plan, result), { prune: input.prune })
  const converged = verification.changes.length === 0 && verification.ownershipUpdates.length === 0
  return { plan, result, verification, converged }
}
