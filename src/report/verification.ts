/**
 * A simulate run with its verification as a reviewer reads it: the traffic table, then what each simulation
 * expected against what Device Defender reported (with timing and a timeline), the behaviors the run proved,
 * and what was left for a later audit. The outputs carry the same outcomes as data.
 */
import type { ProfileFile } from '../config/file-format.js'
import { Outputs } from '../constants.js'
import type { SimulationsOutcome } from '../simulate/run-simulations.js'
import type { VerifyResult } from '../verify/verify-run.js'
import { label } from '../verify/wait.js'
import {
  coverage,
  expectationCounts,
  renderCoverageMarkdown,
  renderExpectationsMarkdown,
  renderExpectationsText,
  RESULT_SIGN,
  verdictOf,
  type RunResult
} from './expectations.js'
import { code, plural } from './markdown.js'
import { formatDuration } from './progress.js'
import type { CommandOutputs } from './report.js'
import {
  renderSimulateMarkdown,
  renderSimulateText,
  simulateFailure,
  simulateOutputs
} from './simulate.js'
import { renderTimelineMermaid } from './timeline.js'

export interface Verification {
  result: VerifyResult
  /** epoch ms on the run's clock: when waiting began and ended */
  startedAt: number
  endedAt: number
  /** the emulator's time scale (1 against AWS): 5 s here are 5 minutes of AWS's at 60 */
  timeScale: number
}

export interface SimulationRun {
  simulations: SimulationsOutcome
  /** absent when no simulation expected anything, or when the traffic did not complete */
  verification?: Verification
}

/** Why the step fails: the traffic's own failure first, then a missed or forbidden expectation. */
export function runFailure(run: SimulationRun): string | undefined {
  const traffic = simulateFailure(run.simulations)
  if (traffic) return traffic
  const outcomes = run.verification?.result.outcomes ?? []
  if (verdictOf(outcomes) !== 'failed') return undefined
  const bad = outcomes.filter((o) => o.verdict === 'missed' || o.verdict === 'forbidden')
  const first = bad[0]!
  return `${plural(bad.length, 'expectation')} not met: ${label(first)} ${first.verdict === 'forbidden' ? 'saw something forbidden' : 'missed'} (${first.detail})`
}

/** passed / failed / pending, as the `result` output says it. */
export function runResult(run: SimulationRun): RunResult {
  if (simulateFailure(run.simulations)) return 'failed'
  return verdictOf(run.verification?.result.outcomes ?? [])
}

export function renderRunText(run: SimulationRun): string {
  const v = run.verification
  if (!v) return renderSimulateText(run.simulations)
  return `${renderSimulateText(run.simulations)}expectations (${runResult(run)}):\n${renderExpectationsText(v.result.outcomes)}\n${laterText(v)}`
}

function laterText(v: Verification): string {
  const pending = v.result.pending
  if (pending.length === 0) return ''
  return `${plural(pending.length, 'expectation')} recorded for a later \`ddac audit\` (${pending.map((p) => `${p.simulation} ${p.checkName}`).join(', ')})\n`
}

export function renderRunMarkdown(profile: ProfileFile, run: SimulationRun): string {
  const parts = [renderSimulateMarkdown(run.simulations, runFailure(run) !== undefined)]
  const v = run.verification
  if (!v) return parts.join('\n')
  const outcomes = v.result.outcomes
  const counts = expectationCounts(outcomes)
  const result = runResult(run)
  parts.push(
    `**Verification ${RESULT_SIGN[result]} ${result}:** ${counts.met} met, ${counts.missed} missed, ${counts.forbidden} forbidden seen, ${counts.pending} pending, ${counts['not-checkable']} not checkable, after ${formatDuration(v.endedAt - v.startedAt)} of waiting (${plural(v.result.polls, 'poll')}).`,
    ''
  )
  if (v.timeScale > 1)
    parts.push(
      `> On the emulator at ${v.timeScale}× AWS's time: Detect's 5-minute window lasts ${formatDuration(300_000 / v.timeScale)} here.`,
      ''
    )
  parts.push(renderExpectationsMarkdown(outcomes), '')
  const t0 = Math.min(v.startedAt, ...run.simulations.results.map((r) => r.startedAt))
  const timeline = renderTimelineMermaid(
    run.simulations.results.map((r) => ({
      simulation: r.name,
      startMs: r.startedAt - t0,
      endMs: r.endedAt - t0
    })),
    outcomes,
    { startMs: v.startedAt - t0, endMs: v.endedAt - t0 }
  )
  if (timeline) parts.push('<details><summary>Timeline</summary>\n', timeline, '</details>', '')
  for (const m of v.result.mitigations)
    parts.push(
      `- Mitigation ${code(m.actionName)}: ${m.status}${m.notMitigated.length ? `, ${plural(m.notMitigated.length, 'thing')} outside ${m.groups.join(', ')}` : ''}`
    )
  if (v.result.mitigations.length) parts.push('')
  if (v.result.pending.length)
    parts.push(
      `⏳ ${laterText(v).replace(/\n$/, '')}: the check only sees connections some hours old.`,
      ''
    )
  parts.push(renderCoverageMarkdown(coverage(profile, outcomes, v.result.last.models)), '')
  return parts.join('\n')
}

export function runOutputs(run: SimulationRun): CommandOutputs {
  const outputs: CommandOutputs = {
    ...simulateOutputs(run.simulations),
    [Outputs.Result]: runResult(run)
  }
  const v = run.verification
  if (!v) return outputs
  const counts = expectationCounts(v.result.outcomes)
  return {
    ...outputs,
    [Outputs.Expectations]: JSON.stringify(
      v.result.outcomes.map((o) => ({
        ...o.expected,
        verdict: o.verdict,
        detail: o.detail,
        ...(o.seenAfterMs !== undefined ? { seenAfterMs: o.seenAfterMs } : {})
      }))
    ),
    [Outputs.ExpectationsMet]: counts.met,
    [Outputs.ExpectationsMissed]: counts.missed,
    [Outputs.ExpectationsForbidden]: counts.forbidden,
    [Outputs.ExpectationsPending]: counts.pending,
    [Outputs.ExpectationsNotCheckable]: counts['not-checkable']
  }
}
