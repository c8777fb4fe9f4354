/** Schema patterns said in words, for error messages. */
import { DURATION_PATTERN } from './schema.js'

/**
 * What each pattern in the schema asks for, in words: people should not have to read a regular expression.
 * Keyed by the pattern's source as the schema holds it (a test checks that every pattern has words).
 */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  [DURATION_PATTERN]:
    'a duration: a whole number and a unit, ms, s, m or h, with no space (e.g. 250ms, 90s, 20m, 1h)',
  '^[a-zA-Z0-9:_-]+$':
    'a name of letters, digits, colons, underscores and hyphens only (no spaces)',
  '^[a-zA-Z0-9_-]+$': 'a name of letters, digits, underscores and hyphens only (no spaces)',
  '^[a-zA-Z0-9_-]{1,64}$': 'a name of 1 to 64 letters, digits, underscores and hyphens (no spaces)',
  '^([1-9]|[12][0-9]|3[01])$|^LAST$': 'a day of the month: 1 to 31, or LAST',
  '^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$':
    'a percentile Device Defender computes: p0, p0.1, p0.01, p1, p10, p50, p90, p99, p99.9, p99.99 or p100',
  '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$':
    'letters, digits, spaces and the characters _ . : / = + - @ only',
  '^[\\x21-\\x7E\\x20]*$': 'printable ASCII characters only',
  '^[^#+]+$': 'an MQTT topic without the wildcards # and +',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a day written YYYY-MM-DD (e.g. 2027-03-31)',
  '^[a-fA-F0-9:\\.\\/]+$': 'an IP address or CIDR block (e.g. 10.0.0.0/8)'
}

export function patternWords(pattern: unknown): string {
  return PATTERN_WORDS[String(pattern)] ?? `text matching the pattern ${String(pattern)}`
}
