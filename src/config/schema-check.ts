/** Check a parsed file against the generated JSON Schema and turn Ajv's errors into problems people can act on. */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { validate as generated } from '../../generated/profile-validator.js'
import { INT32_MAX, INT32_MIN, type JsonSchema } from './schema.js'
import { patternWords } from './pattern-words.js'
import { error, formatPath, type Path, type Problem } from './problems.js'
import { didYouMean, oneOf } from './suggest.js'

/** Ajv's code for the schema, compiled at build time (scripts/validator-code.ts): no run compiles it. */
const validate = generated as unknown as ValidateFunction

export function checkSchema(data: unknown): Problem[] {
  if (validate(data)) return []
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const e of validate.errors ?? []) {
    const p = toProblem(e, data)
    if (!p) continue
    const key = `${formatPath(p.path)}|${p.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(p)
  }
  return problems
}

/** JSON pointer → path, with array indexes as numbers (so `[2]` prints as an index, not a key). */
function toPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = []
  let node: unknown = data
  if (pointer === '') return path
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    if (Array.isArray(node)) {
      path.push(Number(seg))
      node = node[Number(seg)]
    } else {
      path.push(seg)
      node = (node as Record<string, unknown> | undefined)?.[seg]
    }
  }
  return path
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data
  for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg]
  return node
}

function describe(value: unknown): string {
  if (value === null) return 'null (an empty value)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`
  return `${typeof value} ${String(value)}`
}

function toProblem(e: ErrorObject, data: unknown): Problem | undefined {
  const path = toPath(e.instancePath, data)
  const value = valueAt(data, path)
  const params = e.params as Record<string, unknown>
  const schema = e.parentSchema as JsonSchema | undefined
  // value/not-finite says what is wrong with `.inf` or `.nan`; a range or type error on it would only echo it.
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined
  if (e.propertyName !== undefined && e.keyword !== 'propertyNames') {
    // A map key broke the key shape's rules (e.g. a tag key pattern).
    return error(
      `schema/key`,
      [...path, e.propertyName],
      e.keyword === 'pattern'
        ? `key ${JSON.stringify(e.propertyName)} is not valid; expected ${patternWords(params.pattern)}`
        : `key ${JSON.stringify(e.propertyName)} ${e.message ?? 'is not allowed'}`,
      'key'
    )
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys((schema?.properties as JsonSchema | undefined) ?? {})
      const hint =
        key === '<<'
          ? '; merge keys are YAML 1.1, and profile files are YAML 1.2: write the keys out, or reuse a whole mapping with an alias'
          : didYouMean(key, allowed) || (allowed.length ? `; allowed keys: ${oneOf(allowed)}` : '')
      return error('schema/unknown-key', [...path, key], `unknown key "${key}"${hint}`, 'key')
    }
    case 'required': {
      const missing = String(params.missingProperty)
      return error('schema/required', path, `missing required key "${missing}"`, 'key')
    }
    case 'type': {
      const expected = String(params.type)
      const hint =
        expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
          ? ` (quote it: "${String(value)}")`
          : path.length === 0
            ? '; a profile file is a mapping that starts with `version: 1`, with lists such as securityProfiles under it'
            : ''
      return error(
        'schema/type',
        path,
        `expected ${article(expected)}, found ${describe(value)}${hint}`
      )
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      const hint = didYouMean(String(value), allowed)
      return error(
        'schema/enum',
        path,
        `${describe(value)} is not allowed${hint ? `${hint} Allowed:` : '; expected one of'} ${oneOf(allowed, 20)}`
      )
    }
    case 'const':
      return error(
        'schema/const',
        path,
        `${describe(value)} is not supported; expected ${JSON.stringify(params.allowedValue)}`
      )
    case 'pattern':
      return error(
        'schema/pattern',
        path,
        `${describe(value)} is not valid; expected ${patternWords(params.pattern)}`
      )
    case 'minLength':
      return error(
        'schema/length',
        path,
        `${describe(value)} is too short; at least ${String(params.limit)} characters`
      )
    case 'maxLength':
      return error(
        'schema/length',
        path,
        `is ${(value as string).length} characters long; at most ${String(params.limit)} allowed`
      )
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return error('schema/range', path, rangeMessage(value, params))
    case 'minItems':
      return error(
        'schema/items',
        path,
        `has ${(value as unknown[]).length} items; at least ${String(params.limit)} needed`
      )
    case 'maxItems':
      return error(
        'schema/items',
        path,
        `has ${(value as unknown[]).length} items; at most ${String(params.limit)} allowed`
      )
    case 'minProperties':
    case 'maxProperties':
      return error(
        'schema/items',
        path,
        `has ${Object.keys(value as object).length} entries; ${e.message ?? ''}`
      )
    case 'propertyNames':
      return undefined // reported by the inner error, which carries the key
    default:
      return error(`schema/${e.keyword}`, path, e.message ?? 'is not valid')
  }
}

/** The bounds ddac adds to the model's integers say what they are, in words. */
function rangeMessage(value: unknown, params: Record<string, unknown>): string {
  const limit = Number(params.limit)
  // A value past 2^53 is already rounded: printing it would show a number the file does not hold.
  const shown =
    typeof value === 'number' && Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? String(value)
      : 'the number'
  if (Math.abs(limit) === Number.MAX_SAFE_INTEGER)
    return `${shown} is too ${limit > 0 ? 'large' : 'small'} to be sent exactly: AWS takes a 64-bit integer here, and ddac carries integers exactly from -9007199254740991 to 9007199254740991 (2^53 - 1)`
  if (limit === INT32_MAX || limit === INT32_MIN)
    return `${shown} is out of range: AWS takes a 32-bit integer here, from -2147483648 to 2147483647`
  return `${shown} is out of range; it must be ${String(params.comparison)} ${String(params.limit)}`
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    null: 'null'
  }
  return names[type] ?? type
}
