/**
 * Stopping on request, with a report either way. While `fn` runs, the first SIGINT or SIGTERM (Ctrl-C, a
 * cancelled workflow run) aborts `stop`: nothing more is sent, reads in flight are dropped, and writes in
 * flight get `graceMs` to answer (so the report can say whether they landed) before `abandon` drops them
 * too. A second signal abandons them at once, so a stalled call never holds the report back; the work still
 * winds down and reports. A third ends the process at once, the way out of anything that still hangs.
 */
/** How a run is stopped: `stop` sends nothing more, `abandon` also drops the calls in flight. */
export interface StopSignals {
  stop?: AbortSignal
  abandon?: AbortSignal
}

/** The runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later: report before that. */
export const GRACE_MS = 5_000

export type Stop = Required<StopSignals>

export async function stoppable<T>(
  fn: (signals: Stop) => Promise<T>,
  graceMs = GRACE_MS
): Promise<T> {
  const stop = new AbortController()
  const abandon = new AbortController()
  let grace: NodeJS.Timeout | undefined
  let count = 0
  const onSignal = (signal: NodeJS.Signals): void => {
    count++
    if (count === 1) {
      stop.abort(signal)
      grace = setTimeout(() => abandon.abort(signal), graceMs)
      grace.unref()
    } else if (count === 2) abandon.abort(signal)
    else process.exit(128 + (signal === 'SIGINT' ? 2 : 15))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await fn({ stop: stop.signal, abandon: abandon.signal })
  } finally {
    clearTimeout(grace)
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
