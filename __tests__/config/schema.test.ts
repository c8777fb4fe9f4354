/**
 * The published JSON Schema (`schema/device-defender.schema.json`, what editors use) is current, is valid
 * draft-07, accepts every example, and draws the line where the validator does: it rejects each corpus file
 * that expects a `schema/…` problem and accepts the ones whose mistakes only the semantic rules can see.
 */
import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { PATTERN_WORDS } from '../../src/config/pattern-words.js'
import { buildProfileSchema } from '../../src/config/schema.js'

const PUBLISHED = 'schema/device-defender.schema.json'
const published = JSON.parse(readFileSync(PUBLISHED, 'utf8')) as Record<string, unknown>

const ajv = new Ajv({ allErrors: true, strict: true })
const validate = ajv.compile(published)

const files = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f))

/** What an editor sees: JSON parsed as JSON, YAML as YAML 1.2. */
function load(path: string): unknown {
  const text = readFileSync(path, 'utf8')
  return path.endsWith('.json') ? JSON.parse(text) : parse(text)
}

/** The rule ids a corpus file declares (header lines, or the `.expect` sidecar of a JSON file). */
function declaredRules(path: string): string[] {
  const header =
    path.endsWith('.json') && existsSync(`${path}.expect`)
      ? readFileSync(`${path}.expect`, 'utf8')
      : readFileSync(path, 'utf8')
  return [...header.matchAll(/^(?:# )?expect(?:-warning)?: (\S+) /gm)].map((m) => m[1]!)
}

function errorsOf(data: unknown): string[] {
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}

const examples = files('examples')
const corpus = files('__tests__/fixtures/bad')
const parsable = corpus.filter((f) => !declaredRules(f).some((r) => /^(yaml|json|file)\//.test(r)))
const schemaLevel = parsable.filter((f) => declaredRules(f).some((r) => r.startsWith('schema/')))
const semanticOnly = parsable.filter((f) => !schemaLevel.includes(f))

describe('the published schema', () => {
  test('is what buildProfileSchema() generates (run `npm run bundle` after a change)', () => {
    expect(published).toEqual(buildProfileSchema())
  })

  test('is a valid draft-07 schema that Ajv compiles in strict mode', () => {
    expect(published.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(ajv.validateSchema(published)).toBe(true)
    expect(typeof validate).toBe('function')
  })

  test('there are examples and corpus files on both sides of the line', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
    expect(schemaLevel.length).toBeGreaterThanOrEqual(30)
    expect(semanticOnly.length).toBeGreaterThanOrEqual(30)
  })

  test.each(examples)('accepts %s', (path) => {
    expect(errorsOf(load(path))).toEqual([])
  })

  test.each([...files('__tests__/fixtures/warn'), ...files('__tests__/fixtures/seed')])(
    'accepts %s',
    (path) => {
      expect(errorsOf(load(path))).toEqual([])
    }
  )

  test.each(schemaLevel)('rejects %s (a schema-level mistake)', (path) => {
    expect(errorsOf(load(path)).length).toBeGreaterThan(0)
  })

  test.each(semanticOnly)(
    'accepts %s: the mistake is one only the semantic rules can see',
    (path) => {
      expect(errorsOf(load(path))).toEqual([])
    }
  )
})

describe('schema errors in words', () => {
  /** Every `pattern` anywhere in the schema (properties, definitions, propertyNames). */
  function patterns(node: unknown): string[] {
    if (Array.isArray(node)) return node.flatMap(patterns)
    if (!node || typeof node !== 'object') return []
    return Object.entries(node).flatMap(([k, v]) =>
      k === 'pattern' && typeof v === 'string' ? [v] : patterns(v)
    )
  }
  test('every pattern the schema holds has words, so no message shows a regular expression', () => {
    const all = [...new Set(patterns(buildProfileSchema()))]
    expect(all.length).toBeGreaterThan(5)
    expect(all.filter((p) => !(p in PATTERN_WORDS))).toEqual([])
  })
})
