/**
 * Execute a plan. Each change waits only for what it depends on (its adapter's `uses`: a profile for the
 * custom metrics and dimensions its behaviors use, scheduled audits for the checks they run, deletes of
 * metrics for the profiles that used them), everything else runs at once and the client's rate limiter
 * paces each operation at its AWS quota. Each applied resource is read back right away, so the proof that the account matches overlaps the
 * rest of the work. Resources ddac creates carry their ownership tag from the first call, so an interrupted
 * apply leaves nothing the next run cannot recognise and converge, and a create or update whose answer was
 * lost is recognised when its retry meets it (lost-answers.ts). Each change ends in exactly one of applied,
 * failed, unfinished and skipped, so a report's counts add up to the plan.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { adapterFor } from '../resources/adapters/index.js'
import { wasStopped } from '../aws/client.js'
import { explainAwsError, isRefusedUpdate } from '../aws/errors.js'
import { unlessNotFound } from '../aws/paginate.js'
import { readOne } from '../resources/read.js'
import {
  applyingTags,
  ownershipTags,
  removeTags,
  restoreOwnership,
  setTags
} from '../resources/tags.js'
import { refusals, stateHash } from './diff.js'
import { dict } from '../resources/normalize.js'
import { ownCreate, updateHeld } from './lost-answers.js'
import type { ActualResource, Change, Plan } from '../resources/types.js'

export interface ApplyProgress {
  done: number
  total: number
  change: Change
  error?: string
}

export interface ApplyResult {
  applied: Change[]
  failed: { change: Change; error: string }[]
  /** started and not finished: stopped part-way, or a second step left (the next plan shows where it is) */
  unfinished: Change[]
  /** not started: something they depend on failed, or the run was stopped first */
  skipped: Change[]
  /** each applied resource as read back after the change (absent for deletes) */
  readBack: ActualResource[]
  /** stopped on request: the calls in flight finished, nothing more was started */
  cancelled?: boolean
}

export class PlanRefusedError extends Error {}

/**
 * What each change must wait for, as the adapters declare it: an upsert for the upserts of what it refers to,
 * a delete for every change of a kind that can refer to it (one of them may stop using it).
 */
export function dependencies(plan: Plan): Map<Change, Change[]> {
  const deps = new Map<Change, Change[]>()
  const refersTo = (c: Change, p: Change): boolean =>
    (adapterFor(c.kind).uses?.of(c) ?? []).some((r) => r.kind === p.kind && r.name === p.name)
  const canReferTo = (p: Change, c: Change): boolean =>
    adapterFor(p.kind).uses?.kinds.includes(c.kind) ?? false
  for (const c of [...plan.changes, ...plan.ownershipUpdates]) {
    deps.set(
      c,
      c.action === 'delete'
        ? plan.changes.filter((p) => canReferTo(p, c))
        : plan.changes.filter((p) => p.action !== 'delete' && refersTo(c, p))
    )
  }
  return deps
}

/** What a change wrote before it failed, so a half-applied change is never reported as only "failed". */
interface Written {
  what?: string
}

async function applyOne(
  iot: IoTClient,
  change: Change,
  identity: string,
  written: Written = {}
): Promise<ActualResource | undefined> {
  const adapter = adapterFor(change.kind)
  const desired = change.desired
  if (change.action === 'delete') {
    // Gone already is deleted: some deletes answer "not found" when a retry follows one that landed.
    await unlessNotFound(adapter.remove(iot, change))
    return undefined
  }
  const hash = stateHash(adapter.comparable(desired!.spec), desired!)
  if (change.action === 'create') {
    // A profile with targets is confirmed once they are attached, so an interrupted create re-plans.
    const confirmLater = (desired!.targets?.length ?? 0) > 0
    const owner = confirmLater
      ? applyingTags(identity, undefined, hash)
      : ownershipTags(identity, hash)
    let arn: string | undefined
    try {
      arn = await adapter.create(
        iot,
        desired!,
        adapter.taggable
          ? dict([...Object.entries(desired!.tags), ...Object.entries(owner)])
          : dict()
      )
    } catch (e) {
      const own = await ownCreate(iot, change, identity, e)
      if (!own) throw e
      // This apply's own create landed and its answer was lost: do what the create did not get to.
      arn = own.arn
      const attach = (desired!.targets ?? []).filter((t) => !(own.targets ?? []).includes(t))
      await adapter.update(iot, {
        ...change,
        fields: [],
        targets: { attach, detach: [] },
        actual: own
      })
    }
    if (confirmLater && arn) await setTags(iot, arn, ownershipTags(identity, hash))
  } else await applyUpdate(iot, change, identity, hash, written)
  return readBack(iot, change)
}

/**
 * An update, then its tags. A kind that records ownership on a marker (the audit configuration) gets the
 * marker on its first update; a kind with a second step (finish) is confirmed only once that step has run.
 */
async function applyUpdate(
  iot: IoTClient,
  change: Change,
  identity: string,
  hash: string,
  written: Written
): Promise<void> {
  const adapter = adapterFor(change.kind)
  let arn = change.actual?.arn
  const marker = arn === undefined && adapter.createMarker !== undefined
  if (marker)
    arn = await adapter.createMarker!(
      iot,
      change.ownershipOnly ? ownershipTags(identity, hash) : applyingTags(identity, undefined, hash)
    )
  if (!change.ownershipOnly) {
    await markedUpdate(iot, change, identity, hash, arn, marker)
    written.what = `the ${adapter.label} itself was written, its tags were not (the next plan finishes it)`
  }
  if (!adapter.taggable || !arn) return
  await removeTags(
    iot,
    arn,
    change.tags.filter((t) => t.after === undefined).map((t) => t.key)
  )
  const set = change.tags
    .filter((t) => t.after !== undefined)
    .map((t) => [t.key, t.after!] as const)
  const later = !change.ownershipOnly && adapter.finish?.steps(change).left !== undefined
  const confirm = later ? dict<string>() : ownershipTags(identity, hash)
  await setTags(iot, arn, dict([...set, ...Object.entries(confirm)]))
}

/**
 * An update marked as in progress first, so a plan after a failure part-way says so instead of calling it a
 * console edit. A version conflict is accepted when the account holds the update already (its own first
 * attempt landed); otherwise it was refused for someone else's edit and changed nothing: the mark comes off,
 * and the edit that caused it shows as drift.
 */
async function markedUpdate(
  iot: IoTClient,
  change: Change,
  identity: string,
  hash: string,
  arn: string | undefined,
  alreadyMarked: boolean
): Promise<void> {
  const adapter = adapterFor(change.kind)
  const before = change.actual?.ownership ?? {}
  const marked = adapter.taggable && arn !== undefined
  if (marked && !alreadyMarked)
    await setTags(iot, arn, applyingTags(identity, before.appliedHash, hash))
  try {
    await adapter.update(iot, change)
  } catch (e) {
    if (await updateHeld(iot, change, e)) {
      await adapter.update(iot, { ...change, fields: [] }) // the rest: targets
      return
    }
    if (marked && isRefusedUpdate(e)) await restoreOwnership(iot, arn, before).catch(() => {})
    throw e
  }
}

function readBack(iot: IoTClient, change: Change): Promise<ActualResource | undefined> {
  return readOne(iot, adapterFor(change.kind), change.name)
}

export async function applyPlan(
  iot: IoTClient,
  plan: Plan,
  onProgress?: (p: ApplyProgress) => void,
  signal?: AbortSignal
): Promise<ApplyResult> {
  const refused = refusals(plan)
  if (refused.length)
    throw new PlanRefusedError(`apply refuses this plan:\n- ${refused.join('\n- ')}`)
  const result: ApplyResult = { applied: [], failed: [], unfinished: [], skipped: [], readBack: [] }
  const deps = dependencies(plan)
  const total = deps.size
  const running = new Map<Change, Promise<boolean>>()
  const run = (change: Change): Promise<boolean> => {
    let p = running.get(change)
    if (!p) {
      p = (async () => {
        const ok = await Promise.all((deps.get(change) ?? []).map(run))
        if (!ok.every(Boolean) || signal?.aborted) {
          result.skipped.push(change)
          return false
        }
        const written: Written = {}
        try {
          const after = await applyOne(iot, change, plan.identity, written)
          if (after) result.readBack.push(after)
          result.applied.push(change)
          onProgress?.({ done: result.applied.length + result.failed.length, total, change })
          return true
        } catch (e) {
          if (wasStopped(e)) {
            result.unfinished.push(change) // stopped part-way; the next apply carries on
            return false
          }
          const error = explainAwsError(e) + (written.what ? `; ${written.what}` : '')
          result.failed.push({ change, error })
          onProgress?.({ done: result.applied.length + result.failed.length, total, change, error })
          return false
        }
      })()
      running.set(change, p)
    }
    return p
  }
  await Promise.all([...deps.keys()].map(run))
  if (signal?.aborted) result.cancelled = true
  await finishSteps(iot, plan, result, signal)
  return result
}

/**
 * Second steps of applied changes, each once the changes it waits for have applied. A change whose second
 * step does not run or fails is no longer applied: it counts once, as unfinished or failed.
 */
async function finishSteps(
  iot: IoTClient,
  plan: Plan,
  result: ApplyResult,
  signal: AbortSignal | undefined
): Promise<void> {
  const unapply = (change: Change): void => {
    result.applied = result.applied.filter((c) => c !== change)
  }
  for (const change of plan.changes) {
    const finish = adapterFor(change.kind).finish
    if (!finish || change.action === 'delete' || !result.applied.includes(change)) continue
    const { written, left } = finish.steps(change)
    if (left === undefined) continue
    const waited = plan.changes.filter((c) => finish.after.includes(c.kind))
    if (signal?.aborted || !waited.every((c) => result.applied.includes(c))) {
      unapply(change)
      result.unfinished.push(change) // half done: the next plan shows the rest
      continue
    }
    try {
      await finish.run(iot, change)
      // Now the whole change is in: record it (the update left it marked as in progress).
      const arn =
        result.readBack.find((r) => r.kind === change.kind && r.name === change.name)?.arn ??
        change.actual?.arn
      const adapter = adapterFor(change.kind)
      if (adapter.taggable && arn)
        await setTags(
          iot,
          arn,
          ownershipTags(
            plan.identity,
            stateHash(adapter.comparable(change.desired!.spec), change.desired!)
          )
        )
      const after = await readBack(iot, change)
      result.readBack = result.readBack.filter(
        (r) => !(r.kind === change.kind && r.name === change.name)
      )
      if (after) result.readBack.push(after)
    } catch (e) {
      unapply(change)
      if (wasStopped(e)) result.unfinished.push(change)
      else
        result.failed.push({
          change,
          error: `${left} failed: ${explainAwsError(e)}; already written: ${written} (the next plan shows what is left)`
        })
    }
  }
}
