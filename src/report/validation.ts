/** Render a validation result: the job summary (Markdown) and the terminal report (text). Pure functions. */
import type { LocatedProblem } from '../config/problems.js'
import { formatPath, formatProblem } from '../config/problems.js'
import { inventory, type Inventory } from '../config/inventory.js'
import { entryKind } from '../config/file-format.js'
import type { ValidationResult } from '../config/validate.js'
import { Outputs } from '../constants.js'
import { cell, code, plural, table } from './markdown.js'
import type { Report } from './report.js'

/** Rows of problems a summary lists before pointing at the log (a step summary may hold 1 MiB). */
export const MAX_SUMMARY_PROBLEMS = 200

/** The `problems` output lists this many at most, in this many bytes (an output takes 1 MB). */
export const MAX_OUTPUT_PROBLEMS = 100
export const MAX_OUTPUT_PROBLEMS_BYTES = 100_000

/** The record the `problems` output and the problems file hold for each problem. */
export function problemRecord(p: LocatedProblem): Record<string, unknown> {
  const { file, line, column, severity, rule, path, message } = p
  return { file, line, column, severity, rule, path, message }
}

/** The first problems that fit the `problems` output, as JSON, and how many were left out. */
export function problemsOutput(problems: readonly LocatedProblem[]): {
  json: string
  omitted: number
} {
  const records: string[] = []
  let bytes = 2
  for (const p of problems.slice(0, MAX_OUTPUT_PROBLEMS)) {
    const record = JSON.stringify(problemRecord(p))
    bytes += Buffer.byteLength(record) + 1
    if (bytes > MAX_OUTPUT_PROBLEMS_BYTES) break
    records.push(record)
  }
  return { json: `[${records.join(',')}]`, omitted: problems.length - records.length }
}

export function headline(r: ValidationResult): string {
  if (r.errors > 0)
    return `${plural(r.errors, 'error')}${r.warnings ? `, ${plural(r.warnings, 'warning')}` : ''} in ${r.file}`
  return `${r.file} is valid${r.warnings ? ` (${plural(r.warnings, 'warning')})` : ''}`
}

/** The report of a validation: failed on errors, and on warnings when `failOnWarnings`. */
export function validationReport(r: ValidationResult, failOnWarnings: boolean): Report {
  const problems = problemsOutput(r.problems)
  const failed = r.errors > 0 || (failOnWarnings && r.warnings > 0)
  return {
    ok: !failed,
    ...(failed
      ? { failure: r.errors > 0 ? headline(r) : `${headline(r)}, and fail-on-warnings is set` }
      : {}),
    text: renderValidationText(r),
    markdown: renderValidationMarkdown(r),
    problems: r.problems,
    outputs: {
      [Outputs.Valid]: r.errors === 0,
      [Outputs.Errors]: r.errors,
      [Outputs.Warnings]: r.warnings,
      // Capped: a broken file can have 100,000 problems, and an output takes 1 MB (the action writes all to a file).
      [Outputs.Problems]: problems.json,
      [Outputs.ProblemsOmitted]: problems.omitted
    }
  }
}

export function renderValidationMarkdown(r: ValidationResult): string {
  const icon = r.errors > 0 ? '❌' : r.warnings > 0 ? '⚠️' : '✅'
  const parts = [`## ${icon} ddac validate: ${headline(r)}\n`]
  if (r.profile) parts.push(renderInventoryMarkdown(inventory(r.profile)))
  if (r.problems.length > 0) parts.push(renderProblemsMarkdown(r.problems))
  else parts.push('No problems found. Nothing was sent to AWS.\n')
  return parts.join('\n')
}

function renderProblemsMarkdown(problems: readonly LocatedProblem[]): string {
  const shown = problems.slice(0, MAX_SUMMARY_PROBLEMS)
  const rows = shown.map((p) => [
    p.severity === 'error' ? '❌ error' : '⚠️ warning',
    code(`${p.file}:${p.line}:${p.column}`),
    code(formatPath(p.path)),
    cell(p.message),
    code(p.rule)
  ])
  const more = problems.length - shown.length
  return (
    `### Problems\n\n` +
    table(['', 'Where', 'Path', 'Problem', 'Rule'], rows) +
    (more > 0 ? `\n…and ${more} more; the log lists every problem.\n` : '')
  )
}

export function renderInventoryMarkdown(inv: Inventory): string {
  const out: string[] = ['### What the file declares\n']
  out.push(
    table(
      ['Kind', 'Count'],
      [
        ['Security profiles', String(inv.profiles.length)],
        ['Behaviors (ML / static / statistical)', behaviorCounts(inv)],
        ['Custom metrics', String(inv.customMetrics.length)],
        ['Dimensions', String(inv.dimensions.length)],
        ['Mitigation actions', String(inv.mitigationActions.length)],
        ['Audit checks enabled', inv.auditChecks ? String(inv.auditChecks.length) : 'not managed'],
        ['Scheduled audits', String(inv.scheduledAudits.length)],
        ['Simulations (checked, not run)', String(inv.simulations.length)]
      ]
    )
  )
  if (inv.profiles.length) {
    out.push(
      '\n#### Security profiles\n\n' +
        table(
          ['Profile', 'Targets', 'ML', 'Static', 'Statistical'],
          inv.profiles.map((p) => [
            code(p.name),
            cell(p.targets.join(', ') || '(none: not attached)'),
            String(p.behaviors.MACHINE_LEARNING),
            String(p.behaviors.STATIC),
            String(p.behaviors.STATISTICAL)
          ])
        )
    )
  }
  const lists: [string, string[]][] = [
    ['Custom metrics', inv.customMetrics.map((m) => `${code(m.name)} (${m.type})`)],
    [
      'Dimensions',
      inv.dimensions.map((d) => `${code(d.name)} (${plural(d.values, 'topic filter')})`)
    ],
    ['Mitigation actions', inv.mitigationActions.map((a) => `${code(a.name)} (${a.action})`)],
    ['Audit checks enabled', (inv.auditChecks ?? []).map(code)],
    [
      'Scheduled audits',
      inv.scheduledAudits.map(
        (s) => `${code(s.name)} (${s.frequency}, ${plural(s.checks, 'check')})`
      )
    ]
  ]
  for (const [title, items] of lists)
    if (items.length) out.push(`\n**${title}:** ${items.join(', ')}\n`)
  if (inv.simulations.length) {
    out.push(
      '\n#### Simulations\n\nChecked only: `validate` does not run them; `simulate` does.\n\n' +
        table(
          ['Simulation', 'Scenario', 'Things', 'Expects'],
          inv.simulations.map((s) => [code(s.name), s.scenario, String(s.things), cell(s.expects)])
        )
    )
  }
  return out.join('')
}

function behaviorCounts(inv: Inventory): string {
  const sum = (k: 'MACHINE_LEARNING' | 'STATIC' | 'STATISTICAL'): number =>
    inv.profiles.reduce((n, p) => n + p.behaviors[k], 0)
  return `${sum('MACHINE_LEARNING')} / ${sum('STATIC')} / ${sum('STATISTICAL')}`
}

/** The terminal form: problems as compilers print them, then what the file declares. */
export function renderValidationText(r: ValidationResult): string {
  const lines = r.problems.map(formatProblem)
  if (r.profile) {
    const inv = inventory(r.profile)
    if (lines.length) lines.push('')
    lines.push(`${r.file} declares:`)
    for (const p of inv.profiles) {
      const kinds = [
        p.behaviors.MACHINE_LEARNING && `${p.behaviors.MACHINE_LEARNING} ML`,
        p.behaviors.STATIC && `${p.behaviors.STATIC} static`,
        p.behaviors.STATISTICAL && `${p.behaviors.STATISTICAL} statistical`
      ].filter(Boolean)
      lines.push(
        `  security profile ${p.name}: ${kinds.join(', ') || 'no'} behaviors → ${p.targets.join(', ') || '(not attached)'}`
      )
    }
    const listed = ['customMetrics', 'dimensions', 'mitigationActions', 'scheduledAudits'] as const
    for (const key of listed)
      if (inv[key].length) lines.push(`  ${plural(inv[key].length, entryKind(key).label)}`)
    if (inv.auditChecks)
      lines.push(
        `  audit configuration: ${plural(inv.auditChecks.length, 'check')} enabled (${inv.auditChecks.join(', ')})`
      )
    for (const s of inv.simulations)
      lines.push(
        `  simulation ${s.name} (${s.scenario}, ${plural(s.things, 'thing')}): expects ${s.expects} (checked, not run)`
      )
  }
  lines.push('', headline(r))
  return lines.join('\n') + '\n'
}
