/**
 * Saved plans: `plan --out` records, next to the plan, what it was made from (the file's desired state and
 * what it read of the account), so `apply --plan` can apply exactly that plan, and refuse it when the file or
 * the account is no longer what the reviewer saw. Digests rather than copies: the file holds nothing the plan
 * itself does not show, and no credentials or endpoints at all.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { adapterFor } from '../resources/adapters/index.js'
import { stableJson } from '../resources/normalize.js'
import { byName } from '../util/order.js'
import type { ActualState, Change, DesiredState, Plan, ResourceKind } from '../resources/types.js'
import { errorMessage } from '../util/errors.js'

/** One resource's digest; lists rather than maps keyed by names, which are user data. */
export interface ResourceDigest {
  kind: ResourceKind
  name: string
  digest: string
}

export interface PlanBasis {
  region: string
  /** each resource the file declares, as ddac reads the file */
  file: ResourceDigest[]
  /** each resource read that the plan depends on: the file's names and whatever this identity manages */
  account: ResourceDigest[]
}

export type SavedPlan = Plan & { basis: PlanBasis }

const digest = (value: unknown): string =>
  createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16)

const byKey = (a: ResourceDigest, b: ResourceDigest): number =>
  byName(`${a.kind}/${a.name}`, `${b.kind}/${b.name}`)

export function planBasis(desired: DesiredState, actual: ActualState, region: string): PlanBasis {
  const declared = new Set(desired.resources.map((r) => `${r.kind}/${r.name}`))
  return {
    region,
    file: desired.resources.map(({ kind, name, ...r }) => ({ kind, name, digest: digest(r) })),
    account: actual.resources
      .filter(
        (r) => declared.has(`${r.kind}/${r.name}`) || r.ownership.managedBy === desired.identity
      )
      .map(({ kind, name, ...r }) => ({ kind, name, digest: digest(r) }))
      .sort(byKey)
  }
}

/** What differs between two lists of digests, in words: `security profile X changed`. */
function differences(then: ResourceDigest[], now: ResourceDigest[], gone: string): string[] {
  const key = (d: ResourceDigest): string => `${d.kind}/${d.name}`
  const before = new Map(then.map((d) => [key(d), d]))
  const after = new Map(now.map((d) => [key(d), d]))
  const label = (d: ResourceDigest): string => `${adapterFor(d.kind).label} ${d.name}`
  return [
    ...now.filter((d) => !before.has(key(d))).map((d) => `${label(d)} appeared`),
    ...then.filter((d) => !after.has(key(d))).map((d) => `${label(d)} ${gone}`),
    ...now
      .filter((d) => before.has(key(d)) && before.get(key(d))!.digest !== d.digest)
      .map((d) => `${label(d)} changed`)
  ]
}

/** What apply sends for a change; warnings and blockers are the plan's commentary, not its effect. */
const effect = (c: Change): unknown => ({
  kind: c.kind,
  name: c.name,
  action: c.action,
  fields: c.fields,
  tags: c.tags,
  targets: c.targets,
  desired: c.desired,
  actual: c.actual
})

/**
 * Why a saved plan may not be applied now, given a fresh plan and basis of the same file and account: empty
 * when the saved plan is exactly what apply would do.
 */
export function staleness(saved: SavedPlan, fresh: Plan, basis: PlanBasis): string[] {
  const then = saved.basis
  if (saved.identity !== fresh.identity)
    return [`the plan was made for ${saved.identity}; this apply runs as ${fresh.identity}`]
  if (saved.prune !== fresh.prune)
    return [
      `the plan was made ${saved.prune ? 'with' : 'without'} prune; run apply ${saved.prune ? 'with' : 'without'} it too`
    ]
  if (then.region !== basis.region)
    return [`the plan was made for region ${then.region}; this apply runs in ${basis.region}`]
  const file = differences(then.file, basis.file, 'left the file')
  if (file.length)
    return [`the file changed since the plan was made: ${file.join(', ')}; plan again`]
  const account = differences(then.account, basis.account, 'is gone')
  if (account.length)
    return [
      `the account changed since the plan was made: ${account.join(', ')}; plan again and review the new plan`
    ]
  const all = (p: Plan): string => stableJson([...p.changes, ...p.ownershipUpdates].map(effect))
  if (all(saved) !== all(fresh))
    return [
      'this ddac plans the same file and account differently from the ddac that made the plan; plan again with this version'
    ]
  return []
}

/** Read a plan written by `plan --out`; throws with what to do when the file is not one. */
export async function loadPlan(file: string): Promise<SavedPlan> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    throw new Error(
      `cannot read the saved plan ${file}: ${errorMessage(e)}; make one with ddac plan --out ${file}`,
      { cause: e }
    )
  }
  let plan: Partial<SavedPlan>
  try {
    plan = JSON.parse(text) as Partial<SavedPlan>
  } catch (e) {
    throw new Error(`the saved plan ${file} is not JSON (${errorMessage(e)})`, { cause: e })
  }
  const b = plan.basis
  if (
    plan.formatVersion !== 1 ||
    !Array.isArray(plan.changes) ||
    !Array.isArray(plan.ownershipUpdates) ||
    !b ||
    typeof b.region !== 'string' ||
    !Array.isArray(b.file) ||
    !Array.isArray(b.account)
  )
    throw new Error(
      `${file} is not a saved plan of this ddac (make one with ddac plan --out ${file})`
    )
  return plan as SavedPlan
}
