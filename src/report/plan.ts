/** Render a plan for reviewers: the Markdown of the summary and PR comment, and the terminal text. Pure. */
import { adapterFor } from '../aws/adapters/index.js'
import { refusals } from '../plan/diff.js'
import type { Change, FieldChange, Plan } from '../plan/types.js'
import { cell, code, plural, table } from './markdown.js'

export interface PlanCounts {
  create: number
  update: number
  delete: number
  unchanged: number
  drift: number
}

export function planCounts(plan: Plan): PlanCounts {
  const n = (a: Change['action']): number => plan.changes.filter((c) => c.action === a).length
  return {
    create: n('create'),
    update: n('update'),
    delete: n('delete'),
    unchanged: plan.unchanged,
    drift: plan.changes.filter((c) => c.origin === 'drift' || c.origin === 'both').length
  }
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0
}

export function planHeadline(plan: Plan): string {
  const c = planCounts(plan)
  if (!hasChanges(plan))
    return `no changes: the account matches the file (${plural(c.unchanged, 'resource')} checked)`
  return `${c.create} to create, ${c.update} to update, ${c.delete} to delete (${c.unchanged} unchanged)`
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

/** Every line of one change, diff-style (`+` added, `-` removed, `~` changed). */
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

export function renderPlanMarkdown(
  plan: Plan,
  heading = `## ${hasChanges(plan) ? '📋' : '✅'} ddac plan: ${planHeadline(plan)}`
): string {
  const out: string[] = [`${heading}\n`]
  const warnings = plan.changes.flatMap((c) =>
    c.warnings.map((w) => `${adapterFor(c.kind).label} ${code(c.name)}: ${w}`)
  )
  const blockers = refusals(plan)
  if (blockers.length)
    out.push(
      `> [!CAUTION]\n> apply refuses this plan:\n${blockers.map((b) => `> - ${b}`).join('\n')}\n`
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
        plan.changes.map((c) => [
          ICON[c.action],
          adapterFor(c.kind).label,
          code(c.name),
          summaryOf(c),
          ORIGIN[c.origin]
        ])
      )
    )
    const details = plan.changes
      .filter((c) => changeLines(c).length > 0)
      .map(
        (c) =>
          `\n<details><summary>${SYMBOL[c.action]} ${adapterFor(c.kind).label} <code>${cell(c.name)}</code></summary>\n\n\`\`\`diff\n${changeLines(c).join('\n')}\n\`\`\`\n</details>\n`
      )
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
              `- ${adapterFor(c.kind).label} ${code(c.name)}: ${c.fields.map((f) => code(f.path)).join(', ') || summaryOf(c)}`
          )
          .join('\n') +
        '\n'
    )
  }
  if (plan.orphans.length) {
    out.push(
      `\n### Managed by this file but no longer in it\nKept: apply deletes them only with prune.\n\n${plan.orphans.map((o) => `- ${adapterFor(o.kind).label} ${code(o.name)}`).join('\n')}\n`
    )
  }
  if (plan.unmanaged.length) {
    out.push(
      `\n<details><summary>Unmanaged, ignored (${plan.unmanaged.length})</summary>\n\n${plan.unmanaged
        .map(
          (u) =>
            `- ${adapterFor(u.kind).label} ${code(u.name)}${u.managedBy ? ` (managed by ${code(u.managedBy)})` : ''}`
        )
        .join('\n')}\n</details>\n`
    )
  }
  return out.join('\n')
}

const TEXT_ORIGIN: Partial<Record<Change['origin'], string>> = {
  drift: '  (drift)',
  both: '  (drift)',
  interrupted: '  (an earlier apply stopped part-way; apply finishes it)',
  adopts: '  (adopts (differs): made outside ddac, overwritten only with adopt)'
}

export function renderPlanText(plan: Plan): string {
  const lines: string[] = []
  for (const c of plan.changes) {
    lines.push(
      `${SYMBOL[c.action]} ${c.action} ${adapterFor(c.kind).label} ${c.name}${TEXT_ORIGIN[c.origin] ?? ''}`
    )
    for (const l of changeLines(c)) lines.push(`    ${l}`)
    for (const w of c.warnings) lines.push(`    ! ${w}`)
  }
  for (const r of refusals(plan)) lines.push(`✗ apply refuses: ${r}`)
  for (const o of plan.orphans)
    lines.push(
      `· ${adapterFor(o.kind).label} ${o.name}: left the file; kept (apply --prune deletes it)`
    )
  if (plan.unmanaged.length)
    lines.push(`· ${plural(plan.unmanaged.length, 'unmanaged resource')} ignored`)
  for (const n of plan.notes) lines.push(`· ${n}`)
  if (plan.ownershipUpdates.length)
    lines.push(
      `· ${plural(plan.ownershipUpdates.length, 'matching resource')} will be tagged as managed by this file`
    )
  lines.push('', `Plan: ${planHeadline(plan)}.`)
  return lines.join('\n') + '\n'
}
