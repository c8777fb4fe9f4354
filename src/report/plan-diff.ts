/**
 * One change as a reviewer reads it, in the file's own YAML: a new resource as the file states it, an update
 * as `-` old and `+` new lines under their parent keys, a delete as its name. Lines are fitted to a width so a
 * rendered summary never scrolls sideways. Pure.
 */
import { diffArrays } from 'diff'
import { Document, isMap, isSeq, stringify } from 'yaml'
import { adapterFor } from '../resources/adapters/index.js'
import { stableJson } from '../resources/normalize.js'
import type { Change, FieldChange } from '../resources/types.js'
import { shorten } from './markdown.js'

export type Sign = ' ' | '+' | '-'
export interface DiffLine {
  sign: Sign
  /** the YAML line, indented */
  text: string
}

/** Collections src/plan/diff.ts keys by item (`behaviors[name]`): the member naming an item, and its key. */
const ITEMS: Readonly<
  Record<string, { member: string; key(item: Record<string, unknown>): string }>
> = {
  behaviors: { member: 'name', key: (b) => String(b.name) },
  additionalMetricsToRetainV2: {
    member: 'metric',
    key: (m) => {
      const dimension = (m.metricDimension as { dimensionName?: string } | undefined)?.dimensionName
      return dimension ? `${String(m.metric)}@${dimension}` : String(m.metric)
    }
  }
}
const memberOf = (collection: string | undefined): string =>
  ITEMS[collection ?? '']?.member ?? 'name'

/** A rendered field path as segments: `behaviors[b1].criteria.value` → behaviors, [b1], criteria, value. */
interface Segment {
  key: string
  /** an item of a keyed collection, printed as `- name: key` */
  item: boolean
}

function segments(path: string): Segment[] {
  return [...path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((m) =>
    m[1] !== undefined ? { key: m[1], item: true } : { key: m[2]!, item: false }
  )
}

/** YAML lines of a value, fitted to `width`; tags as one flow map per line, as the file's examples write them. */
function yamlLines(value: unknown, width: number): string[] {
  const doc = new Document(value)
  const tags = isMap(doc.contents) ? doc.contents.get('tags', true) : undefined
  if (isSeq(tags)) for (const t of tags.items) if (isMap(t)) t.flow = true
  const text = doc.toString({ lineWidth: Number.isFinite(width) ? Math.max(width, 40) : 0 })
  return fitText(text.trimEnd().split('\n'), width)
}

const pad = (depth: number): string => '  '.repeat(depth)

/** The item of a keyed collection as the file lists it: its name member first. */
function asItem(
  collection: string | undefined,
  key: string,
  value: unknown
): Record<string, unknown> {
  return { [memberOf(collection)]: key, ...(value as Record<string, unknown>) }
}

const ABSENT = Symbol('absent')

/** What the file says at a path; ABSENT when the parent is there and the key is not (a default fills it). */
function inFile(spec: Record<string, unknown> | undefined, segs: Segment[]): unknown {
  let node: unknown = spec
  for (const [i, s] of segs.entries()) {
    if (node === null || typeof node !== 'object') return undefined
    if (s.item) {
      const items = ITEMS[segs[i - 1]?.key ?? '']
      node = Array.isArray(node)
        ? (node as Record<string, unknown>[]).find((x) => items?.key(x) === s.key)
        : undefined
    } else if (i === segs.length - 1 && !Object.hasOwn(node, s.key)) return ABSENT
    else node = (node as Record<string, unknown>)[s.key]
  }
  return node
}

function fragment(segs: Segment[], value: unknown, width: number): string[] {
  const leaf = segs[segs.length - 1]!
  const depth = segs.length - 1
  const doc = leaf.item ? [asItem(segs[depth - 1]?.key, leaf.key, value)] : { [leaf.key]: value }
  return yamlLines(doc, width - depth * 2).map((l) => pad(depth) + l)
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Every path to a leaf of a value (lists are leaves: they are compared whole). */
function leaves(v: unknown, at: string[] = []): string[][] {
  if (!isObject(v)) return at.length ? [at] : []
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...at, k]))
}

function without(v: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]]
  const copy = { ...v }
  if (rest.length && isObject(copy[head])) copy[head] = without(copy[head], rest)
  else delete copy[head]
  return copy
}

/**
 * A removed item as the account held it, without what the comparison fills in when it is not said (a leaf is
 * such a default when the item compares the same without it): the defaults AWS stores are not news.
 */
function withoutDefaults(c: Change, segs: Segment[], value: unknown): unknown {
  const collection = segs.at(-2)?.key
  if (!collection || !isObject(value)) return value
  const key = segs.at(-1)!.key
  const adapter = adapterFor(c.kind)
  const compared = (v: Record<string, unknown>): string =>
    stableJson(
      (
        adapter.comparable({ [collection]: [asItem(collection, key, v)] })[collection] as
          Record<string, unknown> | undefined
      )?.[key]
    )
  const whole = compared(value)
  let out = value
  for (const leaf of leaves(value)) {
    const shorter = without(out, leaf)
    if (compared(shorter) === whole) out = shorter
  }
  return out
}

/** The `-`/`+` lines of one field under its parent keys, unchanged lines of a list kept as context. */
function fieldLines(f: FieldChange, c: Change, width: number): DiffLine[] {
  const segs = segments(f.path)
  const item = segs.at(-1)!.item
  const said = c.desired ? inFile(c.desired.spec, segs) : undefined
  // A new item shows as the file states it, a removed one without the defaults the comparison fills in.
  const after = item && isObject(said) ? said : f.after
  const before =
    f.before === undefined
      ? []
      : fragment(
          segs,
          item && f.after === undefined ? withoutDefaults(c, segs, f.before) : f.before,
          width
        )
  const added = f.after === undefined ? [] : fragment(segs, after, width)
  if (said === ABSENT && added.length === 1 && !isObject(f.after)) added[0] += '  # AWS default'
  const out: DiffLine[] = []
  for (const part of diffArrays(before, added)) {
    const sign: Sign = part.added ? '+' : part.removed ? '-' : ' '
    for (const text of part.value) out.push({ sign, text })
  }
  return out
}

/** Context lines for the parent keys a field sits under that the previous field did not share. */
function parentLines(segs: Segment[], previous: Segment[]): DiffLine[] {
  const parents = segs.slice(0, -1)
  let shared = 0
  while (
    shared < parents.length &&
    shared < previous.length &&
    parents[shared]!.key === previous[shared]!.key &&
    parents[shared]!.item === previous[shared]!.item
  )
    shared++
  return parents.slice(shared).map((s, i): DiffLine => {
    const depth = shared + i
    const text = s.item ? `- ${memberOf(parents[depth - 1]?.key)}: ${s.key}` : `${s.key}:`
    return { sign: ' ', text: pad(depth) + text }
  })
}

const targetName = (key: string): string => key.replace(/^thinggroup\//, '')

function listLines(
  name: string,
  removed: string[],
  added: string[],
  kept: string[] = []
): DiffLine[] {
  if (removed.length + added.length === 0) return []
  return [
    { sign: ' ', text: `${name}:` },
    ...kept.map((t): DiffLine => ({ sign: ' ', text: `  - ${t}` })),
    ...removed.map((t): DiffLine => ({ sign: '-', text: `  - ${t}` })),
    ...added.map((t): DiffLine => ({ sign: '+', text: `  - ${t}` }))
  ]
}

const tagText = (Key: string, Value: string): string =>
  stringify({ Key, Value }, { collectionStyle: 'flow', lineWidth: 0 }).trim()

/** Every line of one change; `width` caps each line (Infinity: no cap, for a terminal). */
export function diffLines(c: Change, width = Infinity): DiffLine[] {
  const adapter = adapterFor(c.kind)
  if (c.action === 'delete') {
    const [member, name] = Object.entries(
      adapter.toEntry({ kind: c.kind, name: c.name, spec: {}, tags: {} })
    )[0] ?? ['name', c.name]
    return fit([{ sign: '-', text: `${member}: ${String(name)}` }], width)
  }
  if (c.action === 'create' && c.desired)
    return yamlLines(adapter.toEntry(c.desired), width).map((text) => ({ sign: '+', text }))
  const out: DiffLine[] = []
  let previous: Segment[] = []
  for (const f of c.fields) {
    const segs = segments(f.path)
    out.push(...parentLines(segs, previous), ...fieldLines(f, c, width))
    previous = segs.slice(0, -1)
  }
  out.push(
    ...listLines(
      'targets',
      c.targets.detach.map(targetName),
      c.targets.attach.map(targetName),
      (c.desired?.targets ?? []).filter((t) => !c.targets.attach.includes(t)).map(targetName)
    ),
    ...listLines(
      'tags',
      c.tags.filter((t) => t.before !== undefined).map((t) => tagText(t.key, t.before!)),
      c.tags.filter((t) => t.after !== undefined).map((t) => tagText(t.key, t.after!))
    )
  )
  if (out.length === 0)
    out.push({
      sign: ' ',
      text: "# only ddac's ownership tags (ddac:managed-by, ddac:applied-hash)"
    })
  return fit(out, width)
}

/**
 * Lines longer than `width`: a `key: value` puts its value on the next line (still YAML), and what is still
 * too long is shortened in the middle (the log and the plan JSON hold it whole).
 */
function fitText(lines: string[], width: number): string[] {
  if (!Number.isFinite(width)) return lines
  return lines.flatMap((l) => {
    if (l.length <= width) return [l]
    const m = /^(\s*(?:- )?)([^\s:#'"][^:]*):\s+(\S.*)$/.exec(l)
    if (!m) return [shorten(l, width)]
    return [`${m[1]!}${m[2]!}:`, shorten(`${' '.repeat(m[1]!.length + 2)}${m[3]!}`, width)]
  })
}

function fit(lines: DiffLine[], width: number): DiffLine[] {
  return lines.flatMap((l) => fitText([l.text], width).map((text) => ({ sign: l.sign, text })))
}

export function diffText(lines: readonly DiffLine[], indent = ''): string {
  return lines.map((l) => `${indent}${l.sign} ${l.text}`.trimEnd()).join('\n')
}
