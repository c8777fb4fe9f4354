/** The timeouts of each AWS request, apart from the client so the CLI's flags load no SDK. */

export interface Timeouts {
  /** to open the connection (TCP and TLS) */
  connectMs?: number
  /** from sending a request to its complete answer, and of silence while the answer streams in */
  responseMs?: number
}

/** An IoT control-plane call answers in well under a second; these catch an endpoint that never does. */
export const DEFAULT_TIMEOUTS: Required<Timeouts> = { connectMs: 10_000, responseMs: 30_000 }

/** A timeout in seconds from a flag or an input: a positive number. */
export function parseSeconds(value: string, what: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new Error(
      `${what} is "${value}"; expected a number of seconds above 0, such as 30 or 2.5`
    )
  return n
}

/** Timeouts from seconds (flags, inputs); only those given. */
export function timeoutsFrom(seconds: { timeout?: number; connectTimeout?: number }): Timeouts {
  return {
    ...(seconds.timeout !== undefined ? { responseMs: seconds.timeout * 1000 } : {}),
    ...(seconds.connectTimeout !== undefined ? { connectMs: seconds.connectTimeout * 1000 } : {})
  }
}
