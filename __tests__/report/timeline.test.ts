import { describe, expect, test } from '@jest/globals'
import { renderTimelineMermaid } from '../../src/report/timeline.js'
import type { Outcome } from '../../src/verify/judge.js'

const outcome = (
  simulation: string,
  verdict: Outcome['verdict'],
  seenAfterMs?: number
): Outcome => ({
  expected: {
    kind: 'violation',
    simulation,
    securityProfileName: 'Rules',
    behaviorName: 'big: messages'
  },
  verdict,
  detail: '',
  evidence: [],
  ...(seenAfterMs !== undefined ? { seenAfterMs } : {})
})

describe('the run timeline', () => {
  test('marks what was seen as milestones (forbidden in red), and what was not as bars over the wait', () => {
    const chart = renderTimelineMermaid(
      [{ simulation: 'flood', startMs: 2000, endMs: 12_000 }],
      [
        outcome('flood', 'met', 3000),
        outcome('quiet', 'forbidden', 5000),
        outcome('flood', 'missed')
      ],
      { startMs: 12_000, endMs: 42_000 }
    )
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'gantt',
      '  dateFormat x',
      '  axisFormat %M:%S',
      '  tickInterval 10second',
      '  section traffic',
      '  flood : 2000, 12000',
      '  section expectations',
      '  flood  Rules/big  messages : milestone, e1, 15000, 0',
      '  quiet  Rules/big  messages : crit, milestone, e2, 17000, 0',
      '  flood  Rules/big  messages : crit, e3, 12000, 42000',
      '```',
      ''
    ])
  })

  test('keeps about 8 ticks on a long wait, in hours and minutes past an hour', () => {
    const long = renderTimelineMermaid([{ simulation: 's', startMs: 0, endMs: 1000 }], [], {
      startMs: 1000,
      endMs: 2 * 3_600_000
    })
    expect(long).toContain('  axisFormat %H:%M\n  tickInterval 15minute\n')
    expect(renderTimelineMermaid([], [], { startMs: 0, endMs: 1 })).toBe('')
  })
})
