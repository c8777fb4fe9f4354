/**
 * A run as a Mermaid Gantt chart (GitHub renders it in summaries and comments): each simulation's traffic as a
 * bar, and each expectation as a milestone when it was seen (met or forbidden) or as a bar up to when it was
 * given up on, so a reviewer sees at a glance how long Device Defender took to react.
 */
import type { Outcome } from '../verify/judge.js'
import { label } from '../verify/wait.js'

export interface TrafficSpan {
  simulation: string
  /** ms after the run's start */
  startMs: number
  endMs: number
}

/** Mermaid task names end at `:`; keep them short and free of its syntax. */
const name = (text: string): string => text.replace(/[:#;]/g, ' ').slice(0, 60)

export function renderTimelineMermaid(
  traffic: readonly TrafficSpan[],
  outcomes: readonly Outcome[],
  /** ms after the run's start when verification began and ended */
  verify: { startMs: number; endMs: number }
): string {
  if (traffic.length === 0) return ''
  const at = (ms: number): number => Math.max(0, Math.round(ms))
  const span = Math.max(verify.endMs, ...traffic.map((t) => t.endMs))
  const lines = ['gantt', '  dateFormat x', ...axis(span), '  section traffic']
  for (const t of traffic)
    lines.push(
      `  ${name(t.simulation)} : ${at(t.startMs)}, ${at(Math.max(t.endMs, t.startMs + 1))}`
    )
  lines.push('  section expectations')
  outcomes.forEach((o, i) => {
    const id = `e${i + 1}`
    const text = name(label(o))
    if (o.seenAfterMs !== undefined) {
      const tag = o.verdict === 'forbidden' ? 'crit, milestone' : 'milestone'
      lines.push(`  ${text} : ${tag}, ${id}, ${at(verify.startMs + o.seenAfterMs)}, 0`)
    } else {
      const tag = o.verdict === 'missed' ? 'crit' : o.verdict === 'met' ? 'done' : 'active'
      lines.push(
        `  ${text} : ${tag}, ${id}, ${at(verify.startMs)}, ${at(Math.max(verify.endMs, verify.startMs + 1))}`
      )
    }
  })
  return '```mermaid\n' + lines.join('\n') + '\n```\n'
}

/** Ticks at a round interval that leaves room for at most about 8 labels, so none overlap. */
const TICKS: ReadonlyArray<[number, string]> = [
  [5_000, '5second'],
  [10_000, '10second'],
  [15_000, '15second'],
  [30_000, '30second'],
  [60_000, '1minute'],
  [120_000, '2minute'],
  [300_000, '5minute'],
  [600_000, '10minute'],
  [900_000, '15minute'],
  [1_800_000, '30minute'],
  [3_600_000, '1hour'],
  [7_200_000, '2hour'],
  [21_600_000, '6hour']
]

function axis(spanMs: number): string[] {
  const [, tick] = TICKS.find(([ms]) => spanMs / ms <= 8) ?? TICKS[TICKS.length - 1]!
  return [`  axisFormat ${spanMs < 3_600_000 ? '%M:%S' : '%H:%M'}`, `  tickInterval ${tick}`]
}
