/** One pacer for a fleet: absolute due times, catch-up after a late tick, a cap that defers, not drops. */
import { describe, expect, test } from '@jest/globals'
import { Pacer, rateError, spreadStarts } from '../../src/simulate/pacing.js'

describe('Pacer', () => {
  test('sends fall due at start + k × interval, and a late tick catches up without drifting', () => {
    const pacer = new Pacer([{ startAt: 1000, count: 5, intervalMs: 100 }])
    expect(pacer.take(999)).toEqual([])
    expect(pacer.take(1000)).toEqual([[0, 0]])
    // 250 ms late: the two sends due meanwhile go now; the next stays on the original grid (1300).
    expect(pacer.take(1250)).toEqual([
      [0, 1],
      [0, 2]
    ])
    expect(pacer.earliest()).toBe(1300)
    expect(pacer.take(1400)).toEqual([
      [0, 3],
      [0, 4]
    ])
    expect(pacer.done()).toBe(true)
    expect(pacer.taken()).toBe(5)
  })

  test('a thing at its cap of unacknowledged publishes waits; its sends stay due', () => {
    const pacer = new Pacer([
      { startAt: 0, count: 3, intervalMs: 10 },
      { startAt: 0, count: 3, intervalMs: 10 }
    ])
    expect(pacer.take(20, (i) => (i === 0 ? 0 : Infinity))).toEqual([
      [1, 0],
      [1, 1],
      [1, 2]
    ])
    expect(pacer.take(20, () => 1)).toEqual([[0, 0]])
    expect(pacer.planned() - pacer.taken()).toBe(2)
  })

  test('starts spread over one interval, and the rate error of a send log', () => {
    expect(spreadStarts(4, 100, 5000)).toEqual([5000, 5025, 5050, 5075])
    expect(rateError([0, 100, 200, 300], 100)).toBe(0)
    expect(rateError([0, 110, 220, 330], 100)).toBeCloseTo(1 - 1 / 1.1, 6)
    expect(rateError([0], 100)).toBeUndefined()
  })
})
