/** The status report with many ML behaviors: a chart whose labels stay readable, pinned by snapshots. */
import { describe, expect, test } from '@jest/globals'
import type { StatusReport } from '../../src/commands/status.js'
import { BARS_PER_CHART, renderStatusMarkdown, renderStatusText } from '../../src/report/status.js'

const METRICS = [
  'num-messages-sent',
  'num-messages-received',
  'message-byte-size',
  'num-authorization-failures',
  'num-connection-attempts',
  'num-disconnects'
]

/** `n` ML behaviors of two profiles, training at different stages, as GetBehaviorModelTrainingSummaries lists them. */
function report(n: number): StatusReport {
  const start = new Date('2026-11-20T06:00:00Z')
  return {
    training: Array.from({ length: n }, (_, i) => ({
      securityProfileName: i % 2 ? 'Rules_and_ML_fleet_profile' : 'ML_Detect_profile',
      behaviorName: `${METRICS[i % METRICS.length]}-ml-behavior-${i + 1}`,
      modelStatus: i % 7 === 0 ? 'ACTIVE' : 'PENDING_BUILD',
      datapointsCollectionPercentage: i % 7 === 0 ? 100 : (i * 37) % 100,
      trainingDataCollectionStartDate: start,
      lastModelRefreshDate: start
    })),
    violations: [],
    events: [],
    since: new Date('2026-11-26T06:00:00Z'),
    missing: []
  }
}

/** The Mermaid blocks of a Markdown text. */
const charts = (md: string): string[] =>
  [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)

const labels = (chart: string): string[] =>
  [...(/x-axis \[(.*)\]/.exec(chart)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!)

describe('status rendering', () => {
  test('20 behaviors: horizontal bars, each label on its own line, numbered as in the table', () => {
    const md = renderStatusMarkdown(report(20))
    const [chart, ...more] = charts(md)
    expect(more).toEqual([])
    // Vertical bars put 20 labels side by side under the chart, where they overlap.
    expect(chart).toContain('xychart-beta horizontal')
    const names = labels(chart!)
    expect(names).toHaveLength(20)
    expect(names[0]).toBe('1. num-messages-sent…behavior-1')
    for (const name of names) expect(name.length).toBeLessThanOrEqual(32)
    // Tall enough for a line per label.
    expect(Number(/height: (\d+)/.exec(chart!)?.[1])).toBeGreaterThanOrEqual(20 * 24)
    // The table names each numbered behavior whole.
    expect(md).toContain(
      '| 1 | `num-messages-sent-ml-behavior-1` (`ML_Detect_profile`) | ACTIVE | 100.0% | 2026-11-20 |'
    )
    expect(md).toMatchSnapshot('markdown')
    expect(renderStatusText(report(20))).toMatchSnapshot('text')
  })

  test('more behaviors than a chart holds are split into several charts', () => {
    const split = charts(renderStatusMarkdown(report(BARS_PER_CHART + 5)))
    expect(split.map((c) => labels(c).length)).toEqual([BARS_PER_CHART, 5])
    expect(split[1]).toContain(`(26–30 of 30)`)
    expect(labels(split[1]!)[0]).toMatch(/^26\. /)
  })
})
