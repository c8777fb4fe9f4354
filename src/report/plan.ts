/** Render a plan for reviewers: the Markdown of the summary and PR comment, and the terminal text. Pure. */
import { adapterFor } from '../resources/adapters/index.js'
import { refusals } from '../plan/diff.js'
import type { Change, FieldChange, Plan } from '../resources/types.js'
import { cell, code, fenced, plural, shorten, table } from './markdown.js'
import { diffLines, diffText } from './plan-diff.js'

export interface PlanCounts {
  create: number
  update: number
  delete: number
  unchanged: number
  drift: number
  /** why apply refuses the plan: resources another file manages, blocked changes */
  refused: number
  /** in the account, not in the file: managed by another file, or by none */
  foreign: number
  unmanaged: number
}

export function planCounts(plan: Plan): PlanCounts {
  const n = (a: Change['action']): number => plan.changes.filter((c) => c.action === a).length
  const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined).length
  return {
    create: n('create'),
    update: n('update'),
    delete: n('delete'),
    unchanged: plan.unchanged,
    drift: plan.changes.filter((c) => c.origin === 'drift' || c.origin === 'both').length,
    refused: plan.conflicts.length + plan.changes.filter((c) => c.blockers.length > 0).length,
    foreign,
    unmanaged: plan.unmanaged.length - foreign
  }
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0
}

/** Why apply refuses, counted: "1 resource managed by another file, 1 change blocked". */
function refusedBecause(plan: Plan): string {
  const blocked = plan.changes.filter((c) => c.blockers.length > 0).length
  return [
    ...(plan.conflicts.length
      ? [plural(plan.conflicts.length, 'resource') + ' managed by another file']
      : []),
    ...(blocked ? [`${plural(blocked, 'change')} blocked`] : [])
  ].join(', ')
}

export function planHeadline(plan: Plan): string {
  const c = planCounts(plan)
  const what = hasChanges(plan)
    ? `${c.create} to create, ${c.update} to update, ${c.delete} to delete (${c.unchanged} unchanged)`
    : c.refused
      ? `nothing else differs (${plural(c.unchanged, 'resource')} checked)`
      : `no changes: the account matches the file (${plural(c.unchanged, 'resource')} checked)`
  return c.refused ? `refused (${refusedBecause(plan)}): ${what}` : what
}

/** A job summary holds 1 MiB per step and a PR comment 65,536 characters; past this the diff goes to the log. */
export const MAX_DETAILS_CHARS = 200_000

const SYMBOL = { create: '+', update: '~', delete: '-' } as const
const ICON = { create: '🟢 create', update: '🔵 update', delete: '🔴 delete' } as const

function value(v: unknown): string {
  const s = v === undefined ? '(none)' : JSON.stringify(v)
  return s.length > 1000 ? `${s.slice(0, 997)}...` : s
}

function fieldLine(f: FieldChange, action: Change['action']): string {
  if (action === 'create' || f.before === undefined) return `+ ${f.path}: ${value(f.after)}`
  if (f.after === undefined) return `- ${f.path}: ${value(f.before)}`
  return `~ ${f.path}: ${value(f.before)} → ${value(f.after)}`
}

/** One line per difference (`+` added, `-` removed, `~` changed), values as compact JSON: for logs and tests. */
export function changeLines(c: Change): string[] {
  const lines = c.fields.map((f) => fieldLine(f, c.action))
  for (const t of c.targets.attach) lines.push(`+ target ${t}`)
  for (const t of c.targets.detach) lines.push(`- target ${t}`)
  for (const t of c.tags) {
    if (t.before === undefined) lines.push(`+ tag ${t.key}=${t.after ?? ''}`)
    else if (t.after === undefined) lines.push(`- tag ${t.key}=${t.before}`)
    else lines.push(`~ tag ${t.key}: ${t.before} → ${t.after}`)
  }
  if (lines.length === 0 && c.action === 'update')
    lines.push('~ ownership tags (ddac:managed-by, ddac:applied-hash)')
  return lines
}

/** The column a diff line may reach in a summary or comment before GitHub would scroll it sideways. */
export const MARKDOWN_WIDTH = 80

function summaryOf(c: Change): string {
  const parts: string[] = []
  if (c.action === 'delete') return 'deleted'
  if (c.action === 'create' && c.fields.length === 0 && c.tags.length === 0) return 'new'
  if (c.fields.length) parts.push(plural(c.fields.length, 'field'))
  if (c.targets.attach.length || c.targets.detach.length)
    parts.push(`targets +${c.targets.attach.length}/-${c.targets.detach.length}`)
  if (c.tags.length) parts.push(plural(c.tags.length, 'tag'))
  return parts.join(', ') || 'ownership tags'
}

const ORIGIN = {
  file: 'file',
  drift: '⚠️ drift',
  both: '⚠️ file + drift',
  interrupted: '⚠️ an earlier apply stopped part-way',
  unknown: 'not applied by ddac before',
  untracked: 'file or account (not tracked for this kind)',
  adopts: '⚠️ adopts (differs): made outside ddac'
} as const

/** Why one change cannot be applied, if it cannot: another file manages the resource, or it is blocked. */
function refusalOf(plan: Plan, c: Change): string | undefined {
  const owner = plan.conflicts.find((x) => x.kind === c.kind && x.name === c.name)?.managedBy
  if (owner) return `managed by ${owner}`
  return c.blockers.length ? 'blocked' : undefined
}

/** Names longer than this are shortened in the table (the details below name them whole). */
const NAME_CELL = 40

/** What a console edit changed: the fields, then targets and tags (changed through their own APIs). */
function driftedParts(c: Change): string[] {
  return [
    ...c.fields.map((f) => code(f.path)),
    ...(c.targets.attach.length + c.targets.detach.length ? ['targets'] : []),
    ...(c.tags.length ? ['tags'] : [])
  ]
}

/** A change's diff is open by default when it is this short and the plan has few changes; else collapsed. */
const OPEN_LINES = 30
const OPEN_CHANGES = 10

function planIcon(plan: Plan): string {
  return planCounts(plan).refused ? '⛔' : hasChanges(plan) ? '📋' : '✅'
}

function resourceList(
  items: readonly { kind: Change['kind']; name: string; managedBy?: string }[]
): string {
  return items
    .map(
      (u) =>
        `- ${adapterFor(u.kind).label} ${code(u.name)}${u.managedBy ? ` (managed by ${code(u.managedBy)})` : ''}`
    )
    .join('\n')
}

export function renderPlanMarkdown(
  plan: Plan,
  heading = `## ${planIcon(plan)} ddac plan: ${planHeadline(plan)}`
): string {
  const out: string[] = [`${heading}\n`]
  const warnings = plan.changes.flatMap((c) =>
    c.warnings.map((w) => `${adapterFor(c.kind).label} ${code(c.name)}: ${w}`)
  )
  const blockers = refusals(plan)
  if (blockers.length)
    out.push(
      `> [!CAUTION]\n> apply refuses this plan; nothing is changed until these are resolved:\n${blockers.map((b) => `> - ${b}`).join('\n')}\n`
    )
  if (warnings.length) out.push(`> [!WARNING]\n${warnings.map((w) => `> - ${w}`).join('\n')}\n`)
  if (plan.ownershipUpdates.length) {
    out.push(
      `> [!NOTE]\n> apply records that this file manages ${plural(plan.ownershipUpdates.length, 'resource')} that already match it (tags only): ${plan.ownershipUpdates.map((c) => code(c.name)).join(', ')}\n`
    )
  }
  if (plan.notes.length) out.push(`> [!NOTE]\n${plan.notes.map((n) => `> - ${n}`).join('\n')}\n`)
  if (hasChanges(plan)) {
    out.push(
      table(
        ['', 'Kind', 'Name', 'Changes', 'Origin'],
        plan.changes.map((c) => {
          const refused = refusalOf(plan, c)
          return [
            ICON[c.action],
            adapterFor(c.kind).label,
            code(shorten(c.name, NAME_CELL)),
            `${summaryOf(c)}${refused ? ` — ⛔ refused: ${cell(refused)}` : ''}`,
            ORIGIN[c.origin]
          ]
        })
      )
    )
    const details = plan.changes.map((c) => {
      const lines = diffLines(c, MARKDOWN_WIDTH)
      const open = lines.length <= OPEN_LINES && plan.changes.length <= OPEN_CHANGES ? ' open' : ''
      return `\n<details${open}><summary>${SYMBOL[c.action]} ${adapterFor(c.kind).label} <code>${cell(c.name)}</code></summary>\n\n${fenced('diff', diffText(lines))}</details>\n`
    })
    const size = details.reduce((n, d) => n + d.length, 0)
    out.push(
      ...(size <= MAX_DETAILS_CHARS
        ? details
        : [
            `\nThe per-resource diff (${size} characters) is too large for a summary; the log and the plan JSON hold all of it.\n`
          ])
    )
  }
  const drift = plan.changes.filter((c) => c.origin === 'drift' || c.origin === 'both')
  if (drift.length) {
    out.push(
      `\n### Drift\nChanged in the account since ddac applied the file (console or API edits); apply puts the file's state back:\n\n` +
        drift
          .map(
            (c) =>
              `- ${adapterFor(c.kind).label} ${code(c.name)}: ${driftedParts(c).join(', ') || summaryOf(c)}`
          )
          .join('\n') +
        '\n'
    )
  }
  if (plan.orphans.length) {
    out.push(
      `\n### Managed by this file but no longer in it\nKept: apply deletes them only with prune.\n\n${resourceList(plan.orphans)}\n`
    )
  }
  const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined)
  const unmanaged = plan.unmanaged.filter((u) => u.managedBy === undefined)
  if (foreign.length)
    out.push(
      `\n<details><summary>Managed by another file, ignored (${foreign.length})</summary>\n\n${resourceList(foreign)}\n</details>\n`
    )
  if (unmanaged.length)
    out.push(
      `\n<details><summary>Unmanaged, ignored (${unmanaged.length})</summary>\n\n${resourceList(unmanaged)}\n</details>\n`
    )
  return out.join('\n')
}

const TEXT_ORIGIN: Partial<Record<Change['origin'], string>> = {
  drift: '  (drift)',
  both: '  (drift)',
  interrupted: '  (an earlier apply stopped part-way; apply finishes it)',
  adopts: '  (adopts (differs): made outside ddac, overwritten only with adopt)'
}

/** At most this many names on one line of the terminal plan; the rest are counted. */
const NAMES_PER_LINE = 10

export function renderPlanText(plan: Plan): string {
  const lines: string[] = []
  for (const c of plan.changes) {
    const refused = refusalOf(plan, c)
    lines.push(
      `${SYMBOL[c.action]} ${c.action} ${adapterFor(c.kind).label} ${c.name}${TEXT_ORIGIN[c.origin] ?? ''}${refused ? `  [refused: ${refused}]` : ''}`
    )
    lines.push(diffText(diffLines(c), '    '))
    for (const w of c.warnings) lines.push(`    ! ${w}`)
  }
  for (const r of refusals(plan)) lines.push(`✗ apply refuses: ${r}`)
  for (const o of plan.orphans)
    lines.push(
      `· ${adapterFor(o.kind).label} ${o.name}: left the file; kept (apply --prune deletes it)`
    )
  const counts = planCounts(plan)
  if (counts.foreign) {
    const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined)
    const named = foreign
      .slice(0, NAMES_PER_LINE)
      .map((u) => `${adapterFor(u.kind).label} ${u.name} (${u.managedBy})`)
    const more = foreign.length - named.length
    lines.push(
      `· ${plural(counts.foreign, 'resource')} managed by another file, ignored: ${named.join(', ')}${more ? `, and ${more} more` : ''}`
    )
  }
  if (counts.unmanaged) lines.push(`· ${plural(counts.unmanaged, 'unmanaged resource')} ignored`)
  for (const n of plan.notes) lines.push(`· ${n}`)
  if (plan.ownershipUpdates.length)
    lines.push(
      `· ${plural(plan.ownershipUpdates.length, 'matching resource')} will be tagged as managed by this file`
    )
  lines.push('', `Plan: ${planHeadline(plan)}.`)
  return lines.join('\n') + '\n'
}
