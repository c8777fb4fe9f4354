/**
 * Read what the account has for every kind ddac manages. Reads run concurrently; the client's rate limiter
 * paces each operation at its AWS quota, so the slowest operation bounds the total.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import type { ActualResource, ActualState, DesiredState, ResourceKind } from './types.js'
import { ADAPTERS } from './adapters/index.js'
import type { Adapter } from './adapters/adapter.js'
import { allSettledOrThrow } from '../aws/paginate.js'
import { readTags, splitOwnership } from './tags.js'

export interface ReadOptions {
  /** read only these kinds (default: all) */
  kinds?: readonly ResourceKind[]
  /** read only these names of a kind (import of selected resources) */
  names?: Partial<Record<ResourceKind, readonly string[]>>
  onProgress?: (event: { kind: ResourceKind; read: number; total: number }) => void
}

/**
 * What a plan of this file reads: every kind, but a singleton (the audit configuration) only when the file
 * states it; kinds that are not discovered (thing groups) by the names the file uses.
 */
export function readScope(desired: DesiredState): Required<Pick<ReadOptions, 'kinds' | 'names'>> {
  const stated = (kind: ResourceKind): string[] =>
    desired.resources.filter((r) => r.kind === kind).map((r) => r.name)
  return {
    kinds: ADAPTERS.filter((a) => !a.singleton || stated(a.kind).length > 0).map((a) => a.kind),
    names: Object.fromEntries(
      ADAPTERS.filter((a) => a.discover === false).map((a) => [a.kind, stated(a.kind)])
    )
  }
}

/** One resource with its tags split into user tags and ownership; undefined when it does not exist. */
export async function readOne(
  iot: IoTClient,
  adapter: Adapter,
  name: string
): Promise<ActualResource | undefined> {
  const r = await adapter.read(iot, name)
  if (!r) return undefined
  // Tags matter only where ddac may own the resource; groups it never adopts are not asked.
  const all = adapter.taggable && adapter.adopt !== false && r.arn ? await readTags(iot, r.arn) : {}
  return { ...r, ...splitOwnership(all) }
}

async function readKind(
  iot: IoTClient,
  adapter: Adapter,
  opts: ReadOptions
): Promise<ActualResource[]> {
  const wanted = opts.names?.[adapter.kind]
  const names = wanted ? [...wanted] : adapter.discover === false ? [] : await adapter.list(iot)
  let read = 0
  const resources = await allSettledOrThrow(
    names.map(async (name) => {
      const r = await readOne(iot, adapter, name)
      opts.onProgress?.({ kind: adapter.kind, read: ++read, total: names.length })
      return r
    })
  )
  return resources.filter((r): r is ActualResource => r !== undefined)
}

export async function readAccount(iot: IoTClient, opts: ReadOptions = {}): Promise<ActualState> {
  const adapters = ADAPTERS.filter((a) => !opts.kinds || opts.kinds.includes(a.kind))
  const perKind = await allSettledOrThrow(adapters.map((a) => readKind(iot, a, opts)))
  return { resources: perKind.flat() }
}
