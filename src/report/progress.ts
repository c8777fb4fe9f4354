/** Progress lines for long work: phase, how far, how long left. Rate-limited so logs stay readable. */

import { formatDuration } from '../util/duration-text.js'

export { formatDuration }

export type Clock = () => number

/** `apply: 12/40 (30%), 4s elapsed, ~9s left` */
export function progressLine(
  phase: string,
  done: number,
  total: number,
  elapsedMs: number
): string {
  const pct = total ? Math.floor((done / total) * 100) : 100
  const left =
    done > 0 && done < total ? `, ~${formatDuration((elapsedMs / done) * (total - done))} left` : ''
  return `${phase}: ${done}/${total} (${pct}%), ${formatDuration(elapsedMs)} elapsed${left}`
}

/**
 * A reporter that prints at most every `everyMs`, and the final step always. `final` defaults to
 * done === total; pass false where the total still grows (a read that lists kinds one after another).
 */
export function progressReporter(
  phase: string,
  log: (line: string) => void,
  clock: Clock = Date.now,
  everyMs = 2000
): (done: number, total: number, final?: boolean) => void {
  const start = clock()
  let last = clock()
  return (done, total, final = done >= total) => {
    const now = clock()
    if (!final && now - last < everyMs) return
    last = now
    log(progressLine(phase, done, total, now - start))
  }
}
