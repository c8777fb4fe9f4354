import { describe, expect, test } from '@jest/globals'
import { formatDuration, progressLine, progressReporter } from '../../src/report/progress.js'

describe('progress', () => {
  test('a line says the phase, how far, how long it took and how long is left', () => {
    expect(progressLine('apply', 12, 40, 4000)).toBe('apply: 12/40 (30%), 4s elapsed, ~9s left')
    expect(progressLine('apply', 40, 40, 95000)).toBe('apply: 40/40 (100%), 1m 35s elapsed')
    expect(formatDuration(120000)).toBe('2m')
  })

  test('the reporter prints at most every 2 s, and always the final step', () => {
    let now = 0
    const lines: string[] = []
    const report = progressReporter(
      'read',
      (l) => lines.push(l),
      () => now
    )
    for (let done = 1; done <= 10; done++) {
      now += 500
      report(done, 10)
    }
    expect(lines).toEqual([
      'read: 4/10 (40%), 2s elapsed, ~3s left',
      'read: 8/10 (80%), 4s elapsed, ~1s left',
      'read: 10/10 (100%), 5s elapsed'
    ])
    now += 100
    report(3, 3, false) // a total that may still grow is never taken as the end
    expect(lines).toHaveLength(3)
  })
})
