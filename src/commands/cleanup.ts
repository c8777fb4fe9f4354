/** `cleanup --older-than 2h`: remove what simulation runs that never reached teardown left, by their marks. */
import { parseDuration } from '../config/duration.js'
import { cleanupOutputs, renderCleanupMarkdown, renderCleanupText } from '../report/cleanup.js'
import { removeLeftovers } from '../simulate/provision/remove-leftovers.js'
import type { Report } from '../report/report.js'
import type { IotSession } from './target.js'

export const DEFAULT_OLDER_THAN = '2h'

export interface CleanupOptions {
  /** `30m`, `2h`: only runs older than this (a run in progress keeps its things) */
  olderThan?: string
  dryRun?: boolean
  log: (line: string) => void
  now?: number
}

export function olderThanMs(text: string): number {
  const ms = parseDuration(text)
  if (ms === undefined) throw new Error(`older-than "${text}" is not a duration such as 30m or 2h`)
  return ms
}

export async function cleanupCommand(opts: CleanupOptions, session: IotSession): Promise<Report> {
  const olderThan = opts.olderThan ?? DEFAULT_OLDER_THAN
  const ms = olderThanMs(olderThan)
  opts.log(`looking for simulation leftovers older than ${olderThan}`)
  const outcome = await removeLeftovers({
    iot: session.client,
    olderThan,
    olderThanMs: ms,
    ...(opts.dryRun ? { dryRun: true } : {}),
    ...(opts.now !== undefined ? { now: opts.now } : {})
  })
  return {
    ok: outcome.failures.length === 0,
    ...(outcome.failures.length
      ? { failure: `could not remove ${outcome.failures.length} leftover(s)` }
      : {}),
    text: renderCleanupText(outcome),
    markdown: renderCleanupMarkdown(outcome),
    problems: [],
    outputs: cleanupOutputs(outcome)
  }
}
