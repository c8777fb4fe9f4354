/** Helpers that put a spec into the form a diff compares: what AWS fills in or reorders must not show as a change. */

import { byName } from '../util/order.js'

type Json = unknown

/**
 * A record keyed by user data (names, tag keys). It has no prototype, so `__proto__`, `constructor` or
 * `toString` is a key like any other: assigning it stores it, reading a missing one is undefined, `in` is true
 * only for what was stored.
 */
export function dict<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out = Object.create(null) as Record<string, V>
  for (const [k, v] of entries) out[k] = v
  return out
}

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function own<V>(
  record: Readonly<Record<string, V>> | undefined,
  key: string
): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

/** A deep copy whose objects are all dicts, for code that looks keys up with `in` or `[]` (microdiff). */
export function bare<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map(bare) as T
  if (value !== null && typeof value === 'object')
    return dict(Object.entries(value as Record<string, Json>).map(([k, v]) => [k, bare(v)])) as T
  return value
}

function isEmpty(v: Json): boolean {
  if (v === undefined || v === null || v === '') return true
  if (Array.isArray(v)) return v.length === 0
  if (typeof v === 'object') return Object.keys(v as object).length === 0
  return false
}

/**
 * Drop undefined/null/''/[]/{} members recursively: AWS omits what the file leaves empty and vice versa. Objects
 * come back as dicts, so a compared form keyed by names is safe for any name.
 */
export function compact<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T
  if (value !== null && typeof value === 'object') {
    const out = dict<Json>()
    for (const [k, v] of Object.entries(value as Record<string, Json>)) {
      const c = compact(v)
      if (!isEmpty(c)) out[k] = c
    }
    return out as T
  }
  return value
}

/** A list of named items as a map, so items are matched by name, not by position. */
export function keyBy<T>(
  list: readonly T[] | undefined,
  key: (item: T) => string,
  map: (item: T) => Json = (x) => x
): Record<string, Json> {
  return dict((list ?? []).map((item) => [key(item), map(item)]))
}

/** An unordered list in a stable order. */
export function sorted<T>(list: readonly T[] | undefined): T[] | undefined {
  if (!list) return undefined
  return [...list].sort((a, b) => byName(String(a), String(b)))
}

/** Tags as a map; the API speaks `[{Key, Value}]`. */
export function tagMap(
  tags: readonly { Key?: string; Value?: string }[] | undefined
): Record<string, string> {
  return dict(
    (tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key!, t.Value ?? ''] as const)
  )
}

export function tagList(tags: Record<string, string>): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

/** JSON with object keys sorted, so equal values hash equally whatever order AWS returns them in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => byName(a, b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
