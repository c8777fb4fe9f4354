/**
 * The core of `ddac cleanup --older-than`: find what runs that never reached teardown left (by their run
 * marks, older than the bound, see cleanup.ts) and remove it with the same teardown a run uses. Nothing
 * without the marks is ever a candidate.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { findLeftovers } from './cleanup.js'
import type { LedgerEntry } from './ledger.js'
import { teardown } from './teardown.js'

export interface CleanupOutcome {
  /** as the user wrote it, e.g. `2h` */
  olderThan: string
  dryRun: boolean
  runs: string[]
  /** resources found */
  found: number
  /** `thing ddac-…`, `policy …`: what was (or, in a dry run, would be) removed */
  resources: string[]
  removed: number
  failures: string[]
}

export function describeEntry(e: LedgerEntry): string {
  switch (e.kind) {
    case 'certificate':
      return `certificate ${e.id}`
    case 'membership':
      return `${e.thing} in thing group ${e.group}`
    case 'thingGroup':
      return `thing group ${e.name}`
    default:
      return `${e.kind} ${e.name}`
  }
}

export async function removeLeftovers(options: {
  iot: IoTClient
  olderThan: string
  olderThanMs: number
  dryRun?: boolean
  now?: number
}): Promise<CleanupOutcome> {
  const found = await findLeftovers(options.iot, {
    olderThanMs: options.olderThanMs,
    ...(options.now !== undefined ? { now: options.now } : {})
  })
  const dryRun = options.dryRun ?? false
  const result = dryRun ? { removed: 0, failures: [] } : await teardown(options.iot, found.entries)
  return {
    olderThan: options.olderThan,
    dryRun,
    runs: found.runs,
    found: found.entries.length,
    resources: found.entries.map(describeEntry),
    ...result
  }
}
