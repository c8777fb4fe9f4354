/**
 * Execute a plan in dependency order: custom metrics, dimensions and mitigation actions before the profiles
 * that use them, profiles before their targets, audit checks enabled before scheduled audits change and
 * disabled after, deletes last in reverse order. Every resource ddac creates carries its ownership tags from
 * the first call, so an interrupted apply leaves nothing the next run cannot recognise and converge.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { adapterFor } from '../aws/adapters/index.js'
import { auditConfigurationAdapter } from '../aws/adapters/audit-configuration.js'
import { explainAwsError } from '../aws/errors.js'
import { MANAGED_BY_TAG, ownershipTags, removeTags, setTags } from '../aws/tags.js'
import { stateHash } from './diff.js'
import type { Change, Plan } from './types.js'

export interface ApplyProgress {
  done: number
  total: number
  change: Change
}

export interface ApplyResult {
  applied: Change[]
  failed: { change: Change; error: string }[]
  /** changes not attempted because an earlier step failed */
  skipped: Change[]
}

export class PlanRefusedError extends Error {}

export function refusals(plan: Plan): string[] {
  return [
    ...plan.changes.flatMap((c) =>
      c.blockers.map((b) => `${adapterFor(c.kind).label} ${c.name}: ${b}`)
    ),
    ...plan.conflicts.map(
      (c) =>
        `${adapterFor(c.kind).label} ${c.name} is managed by ${c.managedBy}, not by ${plan.identity}`
    )
  ]
}

async function applyOne(iot: IoTClient, change: Change, identity: string): Promise<void> {
  const adapter = adapterFor(change.kind)
  const desired = change.desired
  const hash = desired ? stateHash(adapter.comparable(desired.spec), desired) : ''
  if (change.action === 'delete') return adapter.remove(iot, change)
  if (change.action === 'create') {
    // Profiles with targets get their hash once the targets are attached, so an interrupted create re-plans.
    const deferHash = (desired!.targets?.length ?? 0) > 0
    const owner = deferHash ? { [MANAGED_BY_TAG]: identity } : ownershipTags(identity, hash)
    const arn = await adapter.create(
      iot,
      desired!,
      adapter.taggable ? { ...desired!.tags, ...owner } : {}
    )
    if (deferHash && arn) await setTags(iot, arn, ownershipTags(identity, hash))
    return
  }
  await adapter.update(iot, change)
  const arn = change.actual?.arn
  if (!adapter.taggable || !arn) return
  await removeTags(
    iot,
    arn,
    change.tags.filter((t) => t.after === undefined).map((t) => t.key)
  )
  const set = Object.fromEntries(
    change.tags.filter((t) => t.after !== undefined).map((t) => [t.key, t.after!])
  )
  await setTags(iot, arn, { ...set, ...ownershipTags(identity, hash) })
}

/** Steps run one after another; the changes within a step run concurrently (paced by the rate limiter). */
function steps(plan: Plan): Change[][] {
  const kindsInOrder = [
    'customMetric',
    'dimension',
    'mitigationAction',
    'securityProfile',
    'auditConfiguration',
    'scheduledAudit'
  ] as const
  const upserts = kindsInOrder.map((k) =>
    plan.changes.filter((c) => c.kind === k && c.action !== 'delete')
  )
  const deletes = [...kindsInOrder]
    .reverse()
    .map((k) => plan.changes.filter((c) => c.kind === k && c.action === 'delete'))
  return [...upserts, ...deletes].filter((s) => s.length > 0)
}

export async function applyPlan(
  iot: IoTClient,
  plan: Plan,
  onProgress?: (p: ApplyProgress) => void
): Promise<ApplyResult> {
  const refused = refusals(plan)
  if (refused.length)
    throw new PlanRefusedError(`apply refuses this plan:\n- ${refused.join('\n- ')}`)
  const result: ApplyResult = { applied: [], failed: [], skipped: [] }
  const total = plan.changes.length
  const ordered = steps(plan)
  for (let i = 0; i < ordered.length; i++) {
    const step = ordered[i]!
    await Promise.all(
      step.map(async (change) => {
        try {
          await applyOne(iot, change, plan.identity)
          result.applied.push(change)
        } catch (e) {
          result.failed.push({ change, error: explainAwsError(e) })
        }
        onProgress?.({ done: result.applied.length + result.failed.length, total, change })
      })
    )
    if (result.failed.length) {
      result.skipped.push(...ordered.slice(i + 1).flat())
      return result
    }
  }
  // Checks go off only after the scheduled audits that used them have changed.
  const audit = plan.changes.find((c) => c.kind === 'auditConfiguration' && c.action !== 'delete')
  if (audit) {
    try {
      await auditConfigurationAdapter.finish(iot, audit)
    } catch (e) {
      result.failed.push({ change: audit, error: explainAwsError(e) })
    }
  }
  return result
}
