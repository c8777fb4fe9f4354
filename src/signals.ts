/**
 * Stopping on request: while `fn` runs, the first SIGINT or SIGTERM (Ctrl-C, a cancelled workflow run) aborts
 * the signal it gets, so the work can wind down and report; the handlers then go, so a second signal ends the
 * process at once.
 */
export async function stoppable<T>(fn: (stop: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const off = (): void => {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
  const stop = (signal: NodeJS.Signals): void => {
    off()
    controller.abort(signal)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  try {
    return await fn(controller.signal)
  } finally {
    off()
  }
}
