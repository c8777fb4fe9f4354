/**
 * Expectations as a reviewer reads them: one row per expectation (expected vs seen, with timing), and a
 * coverage table of the file's behaviors: which simulation proved each one fires, which baseline proved it
 * quiet, and which are not tested at all.
 */
import type { ProfileFile } from '../config/file-format.js'
import type { ModelState, Outcome, Verdict } from '../verify/judge.js'
import { label } from '../verify/wait.js'
import { cell, code, plural, table } from './markdown.js'
import { formatDuration } from './progress.js'

/** A verdict as a reviewer scans it (audit settlements use the same words). */
export const VERDICT_SIGN: Record<Verdict, string> = {
  met: '✅ met',
  missed: '❌ missed',
  forbidden: '⛔ forbidden seen',
  pending: '⏳ pending',
  'not-checkable': '➖ not checkable',
  waiting: '… waiting'
}

export type RunResult = 'passed' | 'failed' | 'pending'

export const RESULT_SIGN: Record<RunResult, string> = { passed: '✅', failed: '❌', pending: '⏳' }

/** Whether these outcomes let the step pass: nothing missed and nothing forbidden seen. */
export function verdictOf(outcomes: readonly Outcome[]): RunResult {
  if (outcomes.some((o) => o.verdict === 'missed' || o.verdict === 'forbidden')) return 'failed'
  return outcomes.some((o) => o.verdict === 'pending') ? 'pending' : 'passed'
}

export function expectationCounts(outcomes: readonly Outcome[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    met: 0,
    missed: 0,
    forbidden: 0,
    pending: 0,
    'not-checkable': 0,
    waiting: 0
  }
  for (const o of outcomes) counts[o.verdict]++
  return counts
}

function expectationText(o: Outcome): string {
  const e = o.expected
  if (e.kind === 'violation')
    return `${code(`${e.securityProfileName}/${e.behaviorName}`)} in alarm${e.thingName ? ` on ${code(e.thingName)}` : ''}`
  if (e.kind === 'no-violations') return 'no behavior in alarm'
  return `audit finding ${code(e.checkName)}`
}

export function renderExpectationsMarkdown(outcomes: readonly Outcome[]): string {
  if (outcomes.length === 0) return ''
  const rows = outcomes.map((o) => [
    cell(o.expected.simulation),
    expectationText(o),
    VERDICT_SIGN[o.verdict],
    o.seenAfterMs !== undefined ? formatDuration(o.seenAfterMs) : '',
    cell(o.detail)
  ])
  return `### Expectations\n\n${table(['Simulation', 'Expected', 'Result', 'Seen after', 'Detail'], rows)}`
}

export function renderExpectationsText(outcomes: readonly Outcome[]): string {
  return outcomes
    .map(
      (o) =>
        `${VERDICT_SIGN[o.verdict]}: ${label(o)}${o.seenAfterMs !== undefined ? ` (after ${formatDuration(o.seenAfterMs)})` : ''}: ${o.detail}`
    )
    .join('\n')
}

export interface BehaviorCoverage {
  securityProfileName: string
  behaviorName: string
  firedBy: string[]
  quietUnder: string[]
  /** an ML behavior whose model is not ACTIVE: its status (it cannot alarm yet) */
  model?: string
}

/**
 * A behavior is proven to fire by a simulation whose expectation on it was met, and proven quiet by a
 * simulation that expected no violations, stayed quiet, and ran in a group the profile targets. An ML
 * behavior cannot alarm before its model is ACTIVE, so quiet then proves nothing: `models` says which are.
 */
export function coverage(
  profile: ProfileFile,
  outcomes: readonly Outcome[],
  models: readonly ModelState[] = []
): BehaviorCoverage[] {
  const status = new Map(
    models.map((m) => [`${m.securityProfileName}/${m.behaviorName}`, m.status])
  )
  const groupOf = new Map((profile.simulations ?? []).map((s) => [s.name, s.thingGroup]))
  const quiet = outcomes.filter((o) => o.expected.kind === 'no-violations' && o.verdict === 'met')
  return (profile.securityProfiles ?? []).flatMap((p) => {
    const targets = p.targets ?? []
    const covers = (sim: string): boolean => {
      const group = groupOf.get(sim)
      return (
        targets.includes('all/things') ||
        targets.includes('all/registered-things') ||
        (group !== undefined &&
          targets.some((t) => t === group || t.endsWith(`:thinggroup/${group}`)))
      )
    }
    return (p.behaviors ?? []).map((b) => {
      const model = b.criteria?.mlDetectionConfig
        ? (status.get(`${p.securityProfileName}/${b.name}`) ?? 'PENDING_BUILD')
        : 'ACTIVE'
      return {
        securityProfileName: p.securityProfileName ?? '',
        behaviorName: b.name ?? '',
        firedBy: outcomes
          .filter(
            (o) =>
              o.verdict === 'met' &&
              o.expected.kind === 'violation' &&
              o.expected.securityProfileName === p.securityProfileName &&
              o.expected.behaviorName === b.name
          )
          .map((o) => o.expected.simulation),
        quietUnder:
          model === 'ACTIVE' ? quiet.map((o) => o.expected.simulation).filter(covers) : [],
        ...(model === 'ACTIVE' ? {} : { model })
      }
    })
  })
}

export function renderCoverageMarkdown(rows: readonly BehaviorCoverage[]): string {
  if (rows.length === 0) return ''
  const fired = rows.filter((r) => r.firedBy.length > 0).length
  const quiet = rows.filter((r) => r.quietUnder.length > 0).length
  const untested = rows.filter((r) => r.firedBy.length === 0 && r.quietUnder.length === 0).length
  const list = (names: string[]): string => names.map(cell).join(', ') || '—'
  return [
    `### Behavior coverage: ${fired} of ${plural(rows.length, 'behavior')} proven to fire, ${quiet} proven quiet, ${untested} not tested\n`,
    table(
      ['Profile', 'Behavior', 'Proven to fire by', 'Proven quiet by'],
      rows.map((r) =>
        r.firedBy.length === 0 && r.quietUnder.length === 0
          ? [
              cell(r.securityProfileName),
              cell(r.behaviorName),
              '**not tested**',
              r.model ? `**not tested** (model ${r.model})` : '**not tested**'
            ]
          : [cell(r.securityProfileName), cell(r.behaviorName), list(r.firedBy), list(r.quietUnder)]
      )
    )
  ].join('\n')
}
