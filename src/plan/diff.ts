/**
 * diff(desired, actual) → Plan: pure. Resources are matched by kind and name, compared in their normalised
 * form (so an applied file plans to zero), and classified by ownership: managed by this file, by another
 * file, or by nobody (never touched).
 */
import { createHash } from 'node:crypto'
import microdiff from 'microdiff'
import { ADAPTERS, adapterFor } from '../resources/adapters/index.js'
import { bare, own, stableJson } from '../resources/normalize.js'
import type {
  ActualResource,
  ActualState,
  Change,
  DesiredState,
  FieldChange,
  Origin,
  Ownership,
  Plan,
  ResourceKind,
  ResourceState,
  TagChange
} from '../resources/types.js'

/** Collections whose members are matched by name; their keys print as `behaviors[name]`. */
const KEYED = new Set(['behaviors', 'additionalMetricsToRetainV2'])
/** Maps whose entries are listed one by one when the whole map appears or goes (audit checks: one line each). */
const ITEMISED = new Set([
  ...KEYED,
  'auditCheckConfigurations',
  'auditNotificationTargetConfigurations'
])

export interface DiffOptions {
  prune: boolean
  /** take over unmanaged resources that differ from the file, overwriting them (otherwise apply refuses) */
  adopt?: boolean
}

function renderPath(path: readonly (string | number)[]): string {
  let out = ''
  path.forEach((seg, i) => {
    if (typeof seg === 'number' || (i === 1 && KEYED.has(String(path[0])))) out += `[${seg}]`
    else out += out === '' ? seg : `.${seg}`
  })
  return out
}

/** Field-level differences; a changed list is shown whole rather than element by element. */
export function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>
): FieldChange[] {
  const seen = new Map<string, FieldChange>()
  // microdiff looks keys up with `in` and `[]`: on dicts, a behavior named `constructor` is not inherited.
  const diffs = microdiff(bare(before), bare(after)).flatMap((d) => {
    // A whole named collection added or removed reads better item by item.
    const whole = d.path.length === 1 && ITEMISED.has(String(d.path[0])) && d.type !== 'CHANGE'
    if (!whole) return [d]
    const items = (d.type === 'CREATE' ? d.value : d.oldValue) as Record<string, unknown>
    return Object.keys(items).map((k) => ({ ...d, path: [d.path[0]!, k] }))
  })
  for (const d of diffs) {
    const cut = d.path.findIndex((seg) => typeof seg === 'number')
    const path = cut === -1 ? d.path : d.path.slice(0, cut)
    const key = renderPath(path)
    if (seen.has(key)) continue
    const at = (o: unknown): unknown =>
      path.reduce<unknown>(
        (x, seg) =>
          x !== null && typeof x === 'object'
            ? own(x as Record<string, unknown>, String(seg))
            : undefined,
        o
      )
    seen.set(key, { path: key, before: at(before), after: at(after) })
  }
  return [...seen.values()]
}

function tagChanges(before: Record<string, string>, after: Record<string, string>): TagChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
  return keys
    .filter((k) => own(before, k) !== own(after, k))
    .map((key) => ({ key, before: own(before, key), after: own(after, key) }))
}

/** What ddac records as "last applied": the compared spec, user tags and targets. */
export function stateHash(
  comparable: Record<string, unknown>,
  r: Pick<ResourceState, 'tags' | 'targets'>
): string {
  return createHash('sha256')
    .update(stableJson({ spec: comparable, tags: r.tags, targets: r.targets ?? [] }))
    .digest('hex')
    .slice(0, 16)
}

function origin(own: Ownership, desiredHash: string, actualHash: string): Origin {
  let recorded = own.appliedHash
  if (own.applyingHash !== undefined) {
    // An apply stopped part-way: the account is at its start, at its end, or somewhere between.
    if (actualHash === own.applyingHash) recorded = own.applyingHash
    else if (actualHash !== own.appliedHash) return 'interrupted'
  }
  if (!recorded) return 'unknown'
  const fileChanged = desiredHash !== recorded
  const accountChanged = actualHash !== recorded
  if (fileChanged && accountChanged) return 'both'
  if (accountChanged) return 'drift'
  return 'file'
}

function change(c: Pick<Change, 'kind' | 'name' | 'action'> & Partial<Change>): Change {
  return {
    origin: 'file',
    fields: [],
    tags: [],
    targets: { attach: [], detach: [] },
    warnings: [],
    blockers: [],
    ...c
  }
}

export function diff(desired: DesiredState, actual: ActualState, opts: DiffOptions): Plan {
  const plan: Plan = {
    formatVersion: 1,
    identity: desired.identity,
    prune: opts.prune,
    changes: [],
    unmanaged: [],
    orphans: [],
    conflicts: [],
    unchanged: 0,
    notes: [],
    ownershipUpdates: []
  }
  const deletes: Change[] = []
  for (const adapter of ADAPTERS) {
    const mine = desired.resources.filter((r) => r.kind === adapter.kind)
    const theirs = new Map(
      actual.resources.filter((r) => r.kind === adapter.kind).map((r) => [r.name, r])
    )
    for (const wanted of mine) {
      const found = theirs.get(wanted.name)
      theirs.delete(wanted.name)
      const managedBy = found?.ownership.managedBy
      if (found && adapter.adopt === false) {
        plan.unchanged++ // someone else's resource, used as it is
        continue
      }
      if (found && adapter.taggable && managedBy && managedBy !== desired.identity) {
        plan.conflicts.push({ kind: adapter.kind, name: wanted.name, managedBy })
        // Still diffed, so the reviewer sees what the file would change; the conflict makes apply refuse it.
        const { change: c } = compare(wanted, found, desired.identity, opts)
        if (c && !c.ownershipOnly) plan.changes.push(c)
        continue
      }
      const { change: c, notes } = compare(wanted, found, desired.identity, opts)
      plan.notes.push(...notes)
      if (c?.ownershipOnly) plan.ownershipUpdates.push(c)
      else if (c) plan.changes.push(c)
      if (!c || c.ownershipOnly) plan.unchanged++
    }
    if (adapter.singleton) continue // account-wide: never deleted, only reconfigured
    for (const other of theirs.values()) {
      if (other.ownership.managedBy !== desired.identity) {
        plan.unmanaged.push({
          kind: other.kind,
          name: other.name,
          ...(other.ownership.managedBy ? { managedBy: other.ownership.managedBy } : {})
        })
      } else if (!opts.prune) {
        plan.orphans.push({ kind: other.kind, name: other.name })
      } else {
        const removal = change({
          kind: other.kind,
          name: other.name,
          action: 'delete',
          actual: { arn: other.arn, version: other.version, ownership: other.ownership }
        })
        removal.warnings.push(
          `${adapter.label} ${other.name} left the file and is deleted (prune)`,
          ...(adapter.warnings?.(removal, other) ?? [])
        )
        deletes.push(removal)
      }
    }
  }
  // Deletes come last, dependents (profiles) before what they used (metrics, dimensions).
  plan.changes.push(...deletes.reverse())
  const after = (kind: ResourceKind): ResourceState[] => resourcesAfter(plan, desired, actual, kind)
  for (const c of plan.changes) c.blockers.push(...(adapterFor(c.kind).blockedBy?.(c, after) ?? []))
  return plan
}

/** The resources of a kind once the plan is applied: the file's as it declares them, others as they are. */
function resourcesAfter(
  plan: Plan,
  desired: DesiredState,
  actual: ActualState,
  kind: ResourceKind
): ResourceState[] {
  const deleted = new Set(
    plan.changes.filter((c) => c.kind === kind && c.action === 'delete').map((c) => c.name)
  )
  const mine = desired.resources.filter((r) => r.kind === kind)
  const declared = new Set(mine.map((r) => r.name))
  return [
    ...mine,
    ...actual.resources.filter(
      (r) => r.kind === kind && !declared.has(r.name) && !deleted.has(r.name)
    )
  ]
}

function compare(
  wanted: ResourceState,
  found: ActualResource | undefined,
  identity: string,
  opts: DiffOptions
): { change?: Change; notes: string[] } {
  // A kind may complete the file's state from the account first (audit checks the file does not list).
  const { desired, notes } = adapterFor(wanted.kind).complete?.(wanted, found, opts.prune) ?? {
    desired: wanted,
    notes: []
  }
  const change = changeOf(desired, found, identity, opts.adopt ?? false)
  return change ? { change, notes } : { notes }
}

/** Nothing a person set: no fields, tags or targets (the audit configuration of an account that never used Audit). */
function blank(comparable: Record<string, unknown>, found: ActualResource): boolean {
  return (
    Object.keys(comparable).length === 0 &&
    Object.keys(found.tags).length === 0 &&
    (found.targets ?? []).length === 0
  )
}

function changeOf(
  desired: ResourceState,
  found: ActualResource | undefined,
  identity: string,
  adopt: boolean
): Change | undefined {
  const adapter = adapterFor(desired.kind)
  const warnings: string[] = []
  const after = adapter.comparable(desired.spec)
  if (!found) {
    const created = change({
      kind: desired.kind,
      name: desired.name,
      action: 'create',
      fields: fieldChanges({}, after),
      tags: tagChanges({}, desired.tags),
      targets: { attach: desired.targets ?? [], detach: [] },
      warnings,
      desired
    })
    created.warnings.push(...(adapter.warnings?.(created, undefined) ?? []))
    return created
  }
  const before = adapter.comparable(found.spec)
  const fields = fieldChanges(before, after)
  const tags = tagChanges(found.tags, desired.tags)
  const targets = {
    attach: (desired.targets ?? []).filter((t) => !(found.targets ?? []).includes(t)),
    detach: (found.targets ?? []).filter((t) => !(desired.targets ?? []).includes(t))
  }
  const desiredHash = stateHash(after, desired)
  const actualHash = stateHash(before, found)
  const ownershipCurrent =
    !adapter.taggable ||
    (found.ownership.managedBy === identity &&
      found.ownership.appliedHash === desiredHash &&
      found.ownership.applyingHash === undefined)
  const differs =
    fields.length > 0 || tags.length > 0 || targets.attach.length > 0 || targets.detach.length > 0
  if (!differs && ownershipCurrent) return undefined
  const blockers = adapter.blockers?.(desired, found) ?? []
  // Made outside ddac and different from the file: overwriting someone's work is a decision, not a side effect.
  const adopting = adapter.taggable && !found.ownership.managedBy
  const overwrites = adopting && differs && !blank(before, found)
  if (overwrites && !adopt)
    blockers.push(
      `exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)`
    )
  if (adopting)
    warnings.push(
      overwrites
        ? `adopts the existing ${adapter.label} and overwrites it with the file's state: from now on this file manages it`
        : `adopts the existing ${adapter.label}: from now on this file manages it`
    )
  const updated = change({
    kind: desired.kind,
    name: desired.name,
    action: 'update',
    ownershipOnly: !differs,
    origin: !adapter.taggable
      ? 'untracked'
      : overwrites
        ? 'adopts'
        : differs
          ? origin(found.ownership, desiredHash, actualHash)
          : 'file',
    fields,
    tags,
    targets,
    warnings,
    blockers,
    desired,
    actual: { arn: found.arn, version: found.version, ownership: found.ownership }
  })
  updated.warnings.push(...(adapter.warnings?.(updated, found) ?? []))
  return updated
}

/** Why apply would refuse a plan: blocked changes and resources another file manages. */
export function refusals(plan: Plan): string[] {
  return [
    ...plan.changes.flatMap((c) =>
      c.blockers.map((b) => `${adapterFor(c.kind).label} ${c.name}: ${b}`)
    ),
    ...plan.conflicts.map((c) => {
      const { label, ownerRecordedOn } = adapterFor(c.kind)
      const where = ownerRecordedOn ? ` (recorded on ${ownerRecordedOn})` : ''
      return `${label} ${c.name} is managed by ${c.managedBy}, not by ${plan.identity}${where}`
    })
  ]
}
