/**
 * How a run marks what it creates, so teardown, the post step and `ddac cleanup` find it and nothing else:
 * names start with `ddac-<run id>-`, things carry the attributes `ddac_run` / `ddac_created`, policies and
 * thing groups the tags `ddac:run` / `ddac:created`, and each certificate's subject is its thing's name.
 */
import { randomBytes } from 'node:crypto'

export const RUN_ATTRIBUTE = 'ddac_run'
export const CREATED_ATTRIBUTE = 'ddac_created'
export const RUN_TAG = 'ddac:run'
export const CREATED_TAG = 'ddac:created'
/** Every name a run gives starts with this. */
export const NAME_PREFIX = 'ddac-'

/** `r` + UTC yyyymmddhhmm + 6 hex digits: sortable, short enough for names, unique across runners. */
export function newRunId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 12)
  return `r${stamp}${randomBytes(3).toString('hex')}`
}

/**
 * In GitHub Actions the run id is the workflow run's (`gh<run id>a<attempt>`), so the shards of a matrix share
 * it; each shard still provisions, runs and removes only its own things.
 */
export function gitHubRunId(runId: string, attempt = '1'): string {
  if (!/^\d+$/.test(runId) || !/^\d+$/.test(attempt))
    throw new Error(`GITHUB_RUN_ID "${runId}" / GITHUB_RUN_ATTEMPT "${attempt}" are not numbers`)
  return `gh${runId}a${attempt}`
}

export const RUN_ID_PATTERN = /^(r\d{12}[0-9a-f]{6}|gh\d{1,20}a\d{1,5})$/

/** `i/n` (1-based, as a matrix counts): this shard's share of a simulation's things. */
export interface Shard {
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(
      `shard "${text}" is not i/n with 1 ≤ i ≤ n, e.g. 2/4 for the second of four matrix jobs`
    )
  return { index, count }
}

/** The thing indices of a fleet that one shard runs: every n-th, so names never collide across shards. */
export function shardIndices(things: number, shard: Shard = { index: 1, count: 1 }): number[] {
  return Array.from({ length: things }, (_, i) => i).filter(
    (i) => i % shard.count === shard.index - 1
  )
}

/** A simulation name as it may appear inside a thing name ([a-zA-Z0-9:_-], bounded). */
function slug(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 40)
}

export function simulationPrefix(runId: string, simulation: string): string {
  return `${NAME_PREFIX}${runId}-${slug(simulation)}`
}

export function thingName(runId: string, simulation: string, index: number): string {
  return `${simulationPrefix(runId, simulation)}-${String(index).padStart(4, '0')}`
}

export function policyName(runId: string, simulation: string): string {
  return `${simulationPrefix(runId, simulation)}-policy`
}

/** The run id a ddac name carries, if any. */
export function runIdOf(name: string): string | undefined {
  const m = /^ddac-(r\d{12}[0-9a-f]{6}|gh\d{1,20}a\d{1,5})-/.exec(name)
  return m?.[1]
}

export const runTags = (
  runId: string,
  createdAt: number
): Array<{ Key: string; Value: string }> => [
  { Key: RUN_TAG, Value: runId },
  { Key: CREATED_TAG, Value: String(Math.floor(createdAt / 1000)) }
]
