/**
 * Inputs generated from the model's shapes: the smallest valid value of a shape, every constraint an input
 * shape carries (at any depth), and an input that breaks exactly one of them.
 */
import { jsPattern, shape, type ShapeSpec } from '../../../src/model/iot-model.js'

export type Path = (string | number)[]
export type Obj = Record<string, unknown>

export type ConstraintKind =
  | 'required'
  | 'length-min'
  | 'length-max'
  | 'pattern'
  | 'enum'
  | 'range-min'
  | 'range-max'
  | 'size-min'
  | 'size-max'

export interface Constraint {
  kind: ConstraintKind
  /** member names and list indexes from the input root; a map key is `{ key }` at the end */
  path: Path
  /** the member the violation is reported against */
  member: string
  /** the shape of the value at `path` */
  shape: string
  /** the top-level input member it sits under */
  topMember: string
  /** the value to put at `path`; undefined for `required` (the member is removed) */
  value?: unknown
  /** the value goes in as a map key, not a value */
  mapKey?: boolean
}

const regexes = new Map<string, RegExp>()
export function regex(pattern: string): RegExp {
  let re = regexes.get(pattern)
  if (!re) regexes.set(pattern, (re = new RegExp(jsPattern(pattern), 'u')))
  return re
}

/** Strings some patterns need whole (alternations rather than character classes). */
const WHOLE_SAMPLES = ['p50', '1', '10.0.0.0/8', 'a']
const FILL_CHARS = ['a', '1', 'A', 'x']
const BAD_CHARS = ['!', ' ', '#', '%', '~', '\u00e9', '\u0007']

/** A string of exactly `length` characters that matches `pattern`, if one of the simple forms does. */
export function validString(length: number, pattern?: string): string | undefined {
  if (!pattern) return 'a'.repeat(length)
  for (const c of FILL_CHARS) if (regex(pattern).test(c.repeat(length))) return c.repeat(length)
  return WHOLE_SAMPLES.find((s) => s.length === length && regex(pattern).test(s))
}

function sampleString(s: Extract<ShapeSpec, { type: 'string' }>): string {
  const length = Math.min(Math.max(s.min ?? 1, 1), s.max ?? Infinity)
  const direct = validString(length, s.pattern)
  if (direct !== undefined) return direct
  const whole = WHOLE_SAMPLES.find((w) => !s.pattern || regex(s.pattern).test(w))
  if (whole !== undefined) return whole
  throw new Error(`no sample string for pattern ${s.pattern}`)
}

/** The smallest valid value of a shape: required members only, lists and maps at their minimum size. */
export function sample(shapeName: string): unknown {
  const s = shape(shapeName)
  switch (s.type) {
    case 'structure': {
      const out: Obj = {}
      for (const [name, m] of Object.entries(s.members)) if (m.req) out[name] = sample(m.t)
      return out
    }
    case 'list':
      return Array.from({ length: s.min ?? 0 }, () => sample(s.member))
    case 'map':
      return {}
    case 'string':
      return sampleString(s)
    case 'enum':
      return s.values[0]
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      return s.rmin ?? Math.min(1, s.rmax ?? 1)
    case 'boolean':
      return false
    case 'timestamp':
      return new Date()
  }
}

/** A string of `length` characters that does not match the pattern, or undefined if none is found. */
function patternBreaker(length: number, pattern: string): string | undefined {
  for (const c of BAD_CHARS) if (!regex(pattern).test(c.repeat(length))) return c.repeat(length)
  return undefined
}

/** Every constraint in an input shape, with the value that breaks it; unbreakable ones are returned apart. */
export function constraints(inputShape: string): {
  found: Constraint[]
  unbreakable: Constraint[]
} {
  const found: Constraint[] = []
  const unbreakable: Constraint[] = []
  const add = (c: Constraint, breakable = true): void => {
    ;(breakable ? found : unbreakable).push(c)
  }

  const valueConstraints = (
    shapeName: string,
    base: Omit<Constraint, 'kind' | 'shape'>,
    seen: string[]
  ): void => {
    if (seen.includes(shapeName)) return
    const s = shape(shapeName)
    const at = (kind: ConstraintKind, value?: unknown, breakable = true): void =>
      add({ ...base, kind, shape: shapeName, value }, breakable)
    switch (s.type) {
      case 'string': {
        if (s.min !== undefined && s.min > 0)
          at('length-min', validString(s.min - 1, s.pattern) ?? '')
        if (s.max !== undefined)
          at('length-max', validString(s.max + 1, s.pattern) ?? 'a'.repeat(s.max + 1))
        if (s.pattern) {
          const bad = patternBreaker(
            Math.min(Math.max(s.min ?? 1, 1), s.max ?? Infinity),
            s.pattern
          )
          at('pattern', bad, bad !== undefined)
        }
        return
      }
      case 'enum':
        return at('enum', 'NOT_A_VALID_VALUE')
      case 'integer':
      case 'long':
      case 'double':
      case 'float':
        if (s.rmin !== undefined) at('range-min', s.rmin - 1)
        if (s.rmax !== undefined) at('range-max', s.rmax + 1)
        return
      case 'list': {
        if (s.min !== undefined && s.min > 0)
          at(
            'size-min',
            Array.from({ length: s.min - 1 }, () => sample(s.member))
          )
        if (s.max !== undefined)
          at(
            'size-max',
            Array.from({ length: s.max + 1 }, () => sample(s.member))
          )
        valueConstraints(s.member, { ...base, path: [...base.path, 0] }, [...seen, shapeName])
        return
      }
      case 'map':
        for (const c of keyConstraints(s.key, base)) add(c, c.value !== undefined)
        valueConstraints(s.value, { ...base, path: [...base.path, 'k'] }, [...seen, shapeName])
        return
      case 'structure':
        return members(shapeName, base.path, base.topMember, [...seen, shapeName])
      default:
        return
    }
  }

  const members = (
    shapeName: string,
    path: Path,
    top: string | undefined,
    seen: string[]
  ): void => {
    const s = shape(shapeName)
    if (s.type !== 'structure') return
    for (const [name, m] of Object.entries(s.members)) {
      const base = { path: [...path, name], member: name, topMember: top ?? name }
      if (m.req) add({ ...base, kind: 'required', shape: m.t })
      valueConstraints(m.t, base, seen)
    }
  }

  members(inputShape, [], undefined, [])
  return { found, unbreakable }
}

/** Constraints of a map's key shape: the key replaces the map's only key. */
function keyConstraints(keyShape: string, base: Omit<Constraint, 'kind' | 'shape'>): Constraint[] {
  const s = shape(keyShape)
  const c = (kind: ConstraintKind, value: unknown): Constraint => ({
    ...base,
    kind,
    shape: keyShape,
    value,
    mapKey: true
  })
  if (s.type === 'enum') return [c('enum', 'NOT_A_VALID_VALUE')]
  if (s.type !== 'string') return []
  const out: Constraint[] = []
  if (s.min !== undefined && s.min > 0)
    out.push(c('length-min', validString(s.min - 1, s.pattern) ?? ''))
  if (s.max !== undefined) out.push(c('length-max', validString(s.max + 1, s.pattern)))
  if (s.pattern) out.push(c('pattern', patternBreaker(Math.max(s.min ?? 1, 1), s.pattern)))
  return out
}

/** The shape of the value at `path` below `inputShape`. */
function shapeAt(inputShape: string, path: Path): string {
  let current = inputShape
  for (const seg of path) {
    const s = shape(current)
    if (s.type === 'structure') current = s.members[seg as string]!.t
    else if (s.type === 'list') current = s.member
    else if (s.type === 'map') current = s.value
  }
  return current
}

/** A deep copy that keeps Dates of this realm (structuredClone makes them in Node's, which the SDK rejects under jest). */
function clone<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(clone) as T
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T
  return value
}

/** A copy of a valid input with one constraint broken: containers on the way are created as needed. */
export function breakInput(inputShape: string, valid: Obj, c: Constraint): Obj {
  const input = clone(valid)
  let node: Obj | unknown[] = input
  for (let i = 0; i < c.path.length - 1; i++) {
    const seg = c.path[i]!
    const record = node as Record<string | number, unknown>
    if (record[seg] === undefined || (Array.isArray(record[seg]) && record[seg].length === 0)) {
      const containerShape = shapeAt(inputShape, c.path.slice(0, i + 1))
      const kind = shape(containerShape).type
      record[seg] =
        kind === 'list'
          ? [sample((shape(containerShape) as { member: string }).member)]
          : kind === 'map'
            ? { k: sample((shape(containerShape) as { value: string }).value) }
            : sample(containerShape)
    }
    node = record[seg] as Obj
  }
  const last = c.path[c.path.length - 1]!
  const record = node as Record<string | number, unknown>
  if (c.kind === 'required') delete record[last]
  else if (c.mapKey) {
    const map = shape(shapeAt(inputShape, c.path)) as { value: string }
    ;(node as Obj)[last] = { [c.value as string]: sample(map.value) }
  } else record[last] = c.value
  return input
}
