/** Durations as the profile file writes them (`250ms`, `5s`, `2m`, `1h`: the schema's DURATION_PATTERN). */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const

/** Milliseconds, or undefined for anything that is not such a duration. */
export function parseDuration(text: unknown): number | undefined {
  const m = typeof text === 'string' ? /^(\d+)(ms|s|m|h)$/.exec(text) : null
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : undefined
}
