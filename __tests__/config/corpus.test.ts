/**
 * The bad-file corpus: every file in `__tests__/fixtures/bad/` is a realistic mistake on an otherwise valid
 * profile file, and declares in its header exactly which errors it must produce, where:
 *
 *     # expect: behavior/ml-fields 14:11 remove "durationSeconds"
 *
 * (rule id, line:column, and optionally text the message must contain; one line per error). JSON files
 * cannot hold comments, so theirs sit in a sidecar `name.json.expect` with the same lines minus the `# `.
 * The set of errors must match exactly, so an unrelated extra error fails the test. Files in
 * `__tests__/fixtures/warn/` declare `# expect-warning:` lines and must have no errors at all.
 * Inputs too big to commit (huge files, nesting and alias bombs) are built here.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatPath, formatProblem, type LocatedProblem } from '../../src/config/problems.js'
import { QUOTAS } from '../../src/config/rules/names.js'
import {
  MAX_ALIAS_COUNT,
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  MAX_PARSE_PROBLEMS
} from '../../src/config/source.js'
import { validateFile, validateText, type ValidationResult } from '../../src/config/validate.js'

const FIXTURES = '__tests__/fixtures'
const PROFILE_FILE = /\.(ya?ml|json)$/

interface Expected {
  severity: 'error' | 'warning'
  rule: string
  line: number
  column: number
  /** text the message must contain */
  contains?: string
}

function fixtures(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => PROFILE_FILE.test(f))
    .sort()
}

function expectations(path: string): Expected[] {
  const header = path.endsWith('.json')
    ? existsSync(`${path}.expect`)
      ? readFileSync(`${path}.expect`, 'utf8')
      : ''
    : readFileSync(path, 'utf8')
  return [...header.matchAll(/^(?:# )?expect(-warning)?: (\S+) (\d+):(\d+)(?: (.+))?$/gm)].map(
    (m) => ({
      severity: m[1] ? 'warning' : 'error',
      rule: m[2]!,
      line: Number(m[3]),
      column: Number(m[4]),
      ...(m[5] ? { contains: m[5].trim() } : {})
    })
  )
}

const key = (p: { rule: string; line: number; column: number }): string =>
  `${p.rule} ${p.line}:${p.column}`

function only(r: ValidationResult, severity: 'error' | 'warning'): LocatedProblem[] {
  return r.problems.filter((p) => p.severity === severity)
}

/** Check a result against the declared expectations of one severity, exactly. */
function expectExactly(r: ValidationResult, expected: Expected[], severity: 'error' | 'warning') {
  const wanted = expected.filter((e) => e.severity === severity)
  const got = only(r, severity)
  expect(got.map(key).sort()).toEqual(wanted.map(key).sort())
  for (const e of wanted) {
    if (!e.contains) continue
    const messages = got.filter((p) => key(p) === key(e)).map((p) => p.message)
    expect(messages).toContainEqual(expect.stringContaining(e.contains))
  }
}

const bad = fixtures('bad')
const warn = fixtures('warn')
/** hostile.test.ts checks these; their rules count for coverage here */
const hostile = fixtures('hostile')

/** Every problem the corpus produces, for the checks that look at messages and paths. */
async function allProblems(): Promise<LocatedProblem[]> {
  const results = await Promise.all(
    [
      ...bad.map((f) => join(FIXTURES, 'bad', f)),
      ...warn.map((f) => join(FIXTURES, 'warn', f))
    ].map((f) => validateFile(f))
  )
  return results.flatMap((r) => r.problems)
}

describe('the bad-file corpus', () => {
  test('holds at least 70 files, each declaring what it must produce', () => {
    expect(bad.length).toBeGreaterThanOrEqual(70)
    const paths = bad.map((f) => join(FIXTURES, 'bad', f))
    expect(paths.filter((p) => p.endsWith('.json') && !existsSync(`${p}.expect`))).toEqual([])
    expect(paths.filter((p) => !expectations(p).some((e) => e.severity === 'error'))).toEqual([])
    const sidecars = readdirSync(join(FIXTURES, 'bad')).filter((f) => f.endsWith('.expect'))
    for (const s of sidecars) expect(bad).toContain(s.replace(/\.expect$/, ''))
  })

  test.each(bad)('%s gets exactly its expected errors', async (f) => {
    const path = join(FIXTURES, 'bad', f)
    const r = await validateFile(path)
    expectExactly(r, expectations(path), 'error')
    expect(r.profile).toBeUndefined()
    for (const p of r.problems) expect(p.file).toBe(path)
  })

  test.each(warn)('%s gets exactly its expected warnings and no error', async (f) => {
    const path = join(FIXTURES, 'warn', f)
    const r = await validateFile(path)
    expect(only(r, 'error').map(formatProblem)).toEqual([])
    expectExactly(r, expectations(path), 'warning')
    expect(r.profile).toBeDefined()
  })

  test('the same text gives the same problems through validateText', async () => {
    for (const f of bad) {
      const path = join(FIXTURES, 'bad', f)
      const r = validateText(path, readFileSync(path, 'utf8'))
      expect(r.problems).toEqual((await validateFile(path)).problems)
    }
  })
})

describe('messages', () => {
  test('every message is a clear sentence that names what to fix', async () => {
    const problems = await allProblems()
    expect(problems.length).toBeGreaterThan(bad.length)
    // Something the reader can search for: a quoted value, a key, an AWS name, a number.
    const names = /"[^"]+"|`[^`]+`|\b[a-z]+[A-Z]\w*|\b[A-Z][A-Z_]{3,}\b|aws:|\d/
    const unclear = problems
      .filter(
        (p) =>
          p.message.trim() === '' ||
          p.message !== p.message.trim() ||
          /undefined|NaN|\[object Object\]/.test(formatProblem(p)) ||
          // Not a library's wording leaking through (Ajv's "must …", the YAML parser's API hints).
          /^must\b|parseAllDocuments|YAML\.\w+\(/.test(p.message) ||
          p.line < 1 ||
          p.column < 1 ||
          // A parse problem has no place in the document yet; any other names its place, or the
          // message names the thing.
          (/^(yaml|json|file)\//.test(p.rule)
            ? p.path.length > 0
            : formatPath(p.path) === '(document)' && !names.test(p.message))
      )
      .map(formatProblem)
    expect(unclear).toEqual([])
  })

  test('"did you mean" for a misspelt key', () => {
    const r = validateText(
      'device-defender.yml',
      [
        'version: 1',
        'securityProfiles:',
        '  - securityProfileName: Rules_flood_profile',
        '    targets: [anom_group]',
        '    behaviors:',
        '      - name: big-messages',
        '        metric: aws:message-byte-size',
        '        criteria:',
        '          comparisonOperator: greater-than',
        '          value: { count: 1024 }',
        '          consecutiveDatapointToAlarm: 2',
        ''
      ].join('\n')
    )
    expect(r.problems.map(formatProblem)).toEqual([
      'device-defender.yml:11:11 error securityProfiles[0].behaviors[0].criteria.consecutiveDatapointToAlarm: unknown key "consecutiveDatapointToAlarm"; did you mean "consecutiveDatapointsToAlarm"? [schema/unknown-key]'
    ])
  })

  test('"did you mean" for a misspelt enum value, and the allowed values', () => {
    const r = validateText(
      'device-defender.yml',
      [
        'version: 1',
        'securityProfiles:',
        '  - securityProfileName: ML_Detect_profile',
        '    targets: [anom_group]',
        '    behaviors:',
        '      - name: num-messages-sent-ml-behavior',
        '        metric: aws:num-messages-sent',
        '        criteria: { mlDetectionConfig: { confidenceLevel: HIGHT } }',
        ''
      ].join('\n')
    )
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]!.rule).toBe('schema/enum')
    expect(r.problems[0]!.message).toBe(
      'the string "HIGHT" is not allowed; did you mean "HIGH"? Allowed: LOW, MEDIUM, HIGH'
    )
  })

  test('no suggestion when nothing is close, but the allowed keys', () => {
    const r = validateText('f.yml', 'version: 1\nexternal: { metrics: [cpuLoad] }\n')
    expect(r.problems.map((p) => p.message)).toEqual([
      'unknown key "metrics"; allowed keys: customMetrics, dimensions'
    ])
  })
})

describe('what the corpus must not flag', () => {
  test('a custom metric or dimension another owner manages is listed under external', () => {
    const text = [
      'version: 1',
      'securityProfiles:',
      '  - securityProfileName: Rules_battery_profile',
      '    targets: [anom_group]',
      '    behaviors:',
      '      - name: battery-low',
      '        metric: batteryPercentage',
      '        criteria: { comparisonOperator: less-than, value: { number: 15 } }',
      '      - name: telemetry-flood',
      '        metric: aws:num-messages-sent',
      '        metricDimension: { dimensionName: TelemetryTopics }',
      '        criteria: { comparisonOperator: greater-than, value: { count: 100 }, durationSeconds: 300 }',
      'external:',
      '  customMetrics: [batteryPercentage]',
      '  dimensions: [TelemetryTopics]',
      ''
    ].join('\n')
    expect(validateText('external.yml', text).problems.map(formatProblem)).toEqual([])
  })
})

describe('paths', () => {
  const profile = (criteria: string): string =>
    [
      'version: 1',
      'securityProfiles:',
      '  - securityProfileName: ML_Detect_profile',
      '    targets: [anom_group]',
      '    behaviors:',
      '      - name: num-messages-sent-ml-behavior',
      '        metric: aws:num-messages-sent',
      '        criteria: { mlDetectionConfig: { confidenceLevel: HIGH } }',
      '      - name: num-disconnects-ml-behavior',
      '        metric: aws:num-disconnects',
      '        criteria: { mlDetectionConfig: { confidenceLevel: LOW } }',
      '      - name: msg-byte-size-ml-behavior',
      '        metric: aws:message-byte-size',
      `        criteria: ${criteria}`,
      ''
    ].join('\n')

  test('an index deep in the document, with the value placed on its line and column', () => {
    const r = validateText('p.yml', profile('{ mlDetectionConfig: { confidenceLevel: medium } }'))
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect(formatPath(p.path)).toBe(
      'securityProfiles[0].behaviors[2].criteria.mlDetectionConfig.confidenceLevel'
    )
    expect(p.path).toEqual([
      'securityProfiles',
      0,
      'behaviors',
      2,
      'criteria',
      'mlDetectionConfig',
      'confidenceLevel'
    ])
    expect([p.line, p.column]).toEqual([14, 59])
    expect(formatProblem(p)).toBe(
      'p.yml:14:59 error securityProfiles[0].behaviors[2].criteria.mlDetectionConfig.confidenceLevel: the string "medium" is not allowed; did you mean "MEDIUM"? Allowed: LOW, MEDIUM, HIGH [schema/enum]'
    )
  })

  test('a rule pointing at a key places the key', () => {
    const r = validateText(
      'p.yml',
      profile('{ mlDetectionConfig: { confidenceLevel: HIGH }, durationSeconds: 300 }')
    )
    expect(r.problems.map((p) => [formatPath(p.path), p.rule, p.line, p.column])).toEqual([
      ['securityProfiles[0].behaviors[2].criteria.durationSeconds', 'behavior/ml-fields', 14, 67]
    ])
  })

  test('keys that are not identifiers are quoted, the root is "(document)"', async () => {
    const byFile = async (f: string) => (await validateFile(join(FIXTURES, 'bad', f))).problems
    const merge = await byFile('schema-merge-key.yml')
    expect(merge.map((p) => formatPath(p.path))).toContain(
      'securityProfiles[0].behaviors[1].criteria["<<"]'
    )
    const [noVersion] = await byFile('schema-required-version.yml')
    expect(formatPath(noVersion!.path)).toBe('(document)')
    const [audit] = await byFile('schema-type-enabled-yes.yml')
    expect(formatPath(audit!.path)).toBe(
      'auditConfiguration.auditCheckConfigurations.DEVICE_CERTIFICATE_SHARED_CHECK.enabled'
    )
    const [check] = await byFile('scheduled-audit-check-disabled.yml')
    expect(formatPath(check!.path)).toBe('scheduledAudits[0].targetCheckNames[1]')
    const [json] = await byFile('json-ml-with-threshold.json')
    expect(formatPath(json!.path)).toBe(
      'securityProfiles[0].behaviors[0].criteria.comparisonOperator'
    )
  })
})

describe('inputs built here: huge files, bombs, missing files', () => {
  const rules = (r: ValidationResult) => r.problems.map((p) => `${p.rule} ${p.line}:${p.column}`)

  test('a file over the size limit is refused before parsing, by validateText and validateFile', async () => {
    const text = `version: 1\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`
    expect(rules(validateText('big.yml', text))).toEqual(['file/too-large 1:1'])
    const dir = mkdtempSync(join(tmpdir(), 'ddac-corpus-'))
    try {
      const path = join(dir, 'device-defender.yml')
      writeFileSync(path, text)
      const r = await validateFile(path)
      expect(rules(r)).toEqual(['file/too-large 1:1'])
      expect(r.problems[0]!.message).toContain(`at most ${MAX_FILE_BYTES}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    // Exactly at the limit it is parsed (and the comment makes it valid).
    const atLimit = `version: 1\n#${'x'.repeat(MAX_FILE_BYTES - 13)}\n`
    expect(Buffer.byteLength(atLimit)).toBe(MAX_FILE_BYTES)
    expect(rules(validateText('limit.yml', atLimit))).toEqual([])
  })

  test('a missing file', async () => {
    const r = await validateFile(join(FIXTURES, 'bad', 'no-such-file.yml'))
    expect(rules(r)).toEqual(['file/not-found 1:1'])
    expect(r.problems[0]!.message).toContain('no such file')
  })

  test('a whitespace-only file', () => {
    expect(rules(validateText('e.yml', ' \n\n'))).toEqual(['file/empty 1:1'])
  })

  test('an alias bomb ("billion laughs") is refused without expanding it', () => {
    const lines = ['version: 1', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let i = 1; i <= 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`
      )
    const started = Date.now()
    const r = validateText('lol.yml', lines.join('\n') + '\n')
    expect(rules(r)).toEqual(['yaml/alias-bomb 1:1'])
    expect(r.problems[0]!.message).toContain('write the entries out')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('anchors and aliases within reason are fine', () => {
    const lines = [
      'version: 1',
      'securityProfiles:',
      '  - securityProfileName: Rules_flood_profile',
      '    targets: &targets [anom_group]',
      '    tags: &tags [{ Key: team, Value: iot-security }]',
      '    behaviors:',
      '      - name: big-messages',
      '        metric: aws:message-byte-size',
      '        criteria: &big { comparisonOperator: greater-than, value: { count: 1024 } }'
    ]
    for (let i = 0; i < 20; i++)
      lines.push(
        `  - securityProfileName: Rules_profile_${i}`,
        '    tags: *tags',
        '    behaviors: [{ name: big-messages, metric: aws:message-byte-size, criteria: *big }]'
      )
    expect(validateText('anchors.yml', lines.join('\n') + '\n').problems).toEqual([])
    expect(MAX_ALIAS_COUNT).toBeGreaterThanOrEqual(100)
  })

  test.each([
    ['flow sequences', (n: number) => `version: 1\nexternal: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    [
      'flow mappings',
      (n: number) => `version: 1\nexternal: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`
    ],
    ['compact block sequences', (n: number) => `version: 1\nexternal:\n  ${'- '.repeat(n)}x\n`],
    [
      'block sequences after keys',
      (n: number) => `version: 1\nexternal:\n  ${'- a: '.repeat(n)}x\n`
    ],
    [
      'JSON arrays',
      (n: number) =>
        `{"version": 1, "external": {"customMetrics": ${'['.repeat(n)}${']'.repeat(n)}}}`
    ]
  ])('a nesting bomb of %s is refused quickly, even at the size limit', (_, make) => {
    for (const depth of [MAX_NESTING_DEPTH + 1, 100_000, Math.floor(MAX_FILE_BYTES / 12)]) {
      const text = make(depth)
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES)
      const started = Date.now()
      const r = validateText('deep.yml', text)
      expect(r.problems.map((p) => p.rule)).toEqual(['yaml/too-deep'])
      expect(r.problems[0]!.line).toBeLessThanOrEqual(3)
      expect(Date.now() - started).toBeLessThan(2000)
    }
  })

  test('nesting below the limit is parsed, and reported by the schema as usual', () => {
    const depth = MAX_NESTING_DEPTH - 10
    const r = validateText(
      'nested.yml',
      `version: 1\nexternal:\n  customMetrics: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    )
    expect(r.problems.map((p) => p.rule)).toEqual(['schema/type'])
  })

  test('brackets in quoted strings and comments do not count as nesting', () => {
    const text = [
      'version: 1',
      `# ${'['.repeat(MAX_NESTING_DEPTH * 2)}`,
      'securityProfiles:',
      `  - securityProfileName: Rules_flood_profile`,
      `    securityProfileDescription: "${'{'.repeat(MAX_NESTING_DEPTH * 2)}"`,
      `    tags: [{ Key: note, Value: '${'['.repeat(MAX_NESTING_DEPTH * 2)} it''s fine' }]`,
      ''
    ].join('\n')
    expect(validateText('q.yml', text).problems).toEqual([])
  })

  test('an apostrophe in a plain value does not hide a nesting bomb after it', () => {
    const text = [
      'version: 1',
      "# it's a trap",
      'securityProfiles:',
      '  - securityProfileName: Rules_flood_profile',
      "    securityProfileDescription: the team's profile, don't touch",
      `    tags: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`,
      ''
    ].join('\n')
    const r = validateText('trap.yml', text)
    expect(r.problems.map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual([
      `yaml/too-deep 6:${10 + MAX_NESTING_DEPTH + 1}`
    ])
  })

  test('garbage does not flood the report: one syntax error, at most a few duplicate keys', () => {
    const closers = validateText('junk.yml', `version: 1\n${']'.repeat(100_000)}\n`)
    expect(closers.problems.map((p) => p.rule)).toEqual(['yaml/syntax'])
    const dup = validateText(
      'dup.yml',
      `version: 1\nexternal:\n${'  customMetrics: []\n'.repeat(10_000)}`
    )
    expect(dup.problems).toHaveLength(MAX_PARSE_PROBLEMS)
    expect(new Set(dup.problems.map((p) => p.rule))).toEqual(new Set(['yaml/duplicate-key']))
    expect(dup.problems[0]!.line).toBe(4)
  })

  test('a long broken line is reported in linear time', () => {
    // 40,000 errors on one 120 KB line: formatting each one's context made this take 13 s.
    const started = Date.now()
    const r = validateText('line.yml', `version: 1\nexternal: ${'&a '.repeat(40_000)}x\n`)
    expect(r.problems.map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`)).toEqual([
      'yaml/syntax 2:14 A node can have at most one anchor'
    ])
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('coverage', () => {
  const SOURCES = [
    'src/config/source.ts',
    'src/config/json-source.ts',
    'src/config/yaml-shape.ts',
    'src/config/read.ts',
    'src/config/validate.ts',
    'src/config/schema-check.ts',
    ...readdirSync('src/config/rules').map((f) => `src/config/rules/${f}`)
  ]
  const code = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n')
  const literal = /['`]([a-z][a-z-]*\/[a-z][a-zA-Z-]*)['`]/g
  /** Rule ids written out in the validator (`all/…` are target names, not rules). */
  const discovered = new Set(
    [...code.matchAll(literal)].map((m) => m[1]!).filter((id) => !id.startsWith('all/'))
  )
  // `quota/${kind.key}`: an error unless the quota is adjustable.
  for (const kind of Object.keys(QUOTAS)) discovered.add(`quota/${kind}`)
  /** A rule that only ever warns; every other one must have a bad file that triggers it as an error. */
  const warningOnly = (id: string): boolean => {
    const quota = QUOTAS[id.replace(/^quota\//, '') as keyof typeof QUOTAS]
    if (quota) return quota.adjustable // names.ts: warning(…) if adjustable, else error(…)
    return (
      new RegExp(`warning\\(\\s*['\`]${id}['\`]`).test(code) &&
      !new RegExp(`error\\(\\s*['\`]${id}['\`]`).test(code)
    )
  }
  /** Built in this file rather than committed. */
  const BUILT_HERE = [
    'file/too-large',
    'file/not-found',
    'yaml/alias-bomb',
    'yaml/too-deep',
    // special paths (directories, devices, FIFOs, links out of the workspace): hostile.test.ts
    'file/not-regular',
    'file/outside-workspace',
    'file/unreadable'
  ]
  /**
   * `schema/key` reports a map key that breaks the key shape (a `propertyNames` schema); every map in the
   * model subset is keyed by an enum, which the schema turns into known properties, so it cannot occur
   * while the schema has no `propertyNames` (checked below).
   */
  const UNREACHABLE = ['schema/key']

  test('the discovery finds the rules', () => {
    expect(discovered.size).toBeGreaterThan(50)
    for (const id of ['behavior/ml-fields', 'schema/unknown-key', 'yaml/syntax', 'target/quota'])
      expect(discovered).toContain(id)
  })

  test('every error rule has a bad file, every warning a warn file', () => {
    const errors = new Set(
      [
        ...bad.map((f) => join(FIXTURES, 'bad', f)),
        ...hostile.map((f) => join(FIXTURES, 'hostile', f))
      ]
        .flatMap((f) => expectations(f))
        .map((e) => e.rule)
    )
    const warnings = new Set(
      warn.flatMap((f) => expectations(join(FIXTURES, 'warn', f))).map((e) => e.rule)
    )
    const missing = [...discovered].filter((id) => {
      if (BUILT_HERE.includes(id) || UNREACHABLE.includes(id)) return false
      return warningOnly(id) ? !warnings.has(id) : !errors.has(id)
    })
    expect(missing).toEqual([])
    // And the corpus declares no rule the validator does not have.
    for (const id of [...errors, ...warnings]) expect(discovered).toContain(id)
  })

  test('rules that can be either are covered both ways', () => {
    for (const id of ['scheduled-audit/check-enabled', 'simulation/audit-check-enabled']) {
      expect(warningOnly(id)).toBe(false)
      expect(
        warn.some((f) => expectations(join(FIXTURES, 'warn', f)).some((e) => e.rule === id))
      ).toBe(true)
    }
  })

  test('the unreachable rules are unreachable', () => {
    const schema = readFileSync('schema/device-defender.schema.json', 'utf8')
    expect(schema).not.toContain('propertyNames')
  })
})

describe("the seed's behaviors JSON, pasted verbatim", () => {
  const SEED = join(FIXTURES, 'seed')
  /** The pasted array: from the `[{` after `behaviors` to the `}]` that closes it. */
  const pasted = (f: string): string => {
    const text = readFileSync(join(SEED, f), 'utf8')
    const start = text.indexOf('[{', text.indexOf('behaviors'))
    return text.slice(start, text.indexOf('}]', start) + 2)
  }
  const behaviors = (r: ValidationResult) =>
    (r.profile?.securityProfiles?.[0]?.behaviors ?? []).map((b) => [
      b.name,
      b.metric,
      b.criteria?.mlDetectionConfig?.confidenceLevel,
      b.suppressAlerts
    ])

  test.each(['create.json', 'update.json', 'create.yml', 'update.yml'])(
    '%s validates with no problem',
    async (f) => {
      const r = await validateFile(join(SEED, f))
      expect(r.problems.map(formatProblem)).toEqual([])
      expect(behaviors(r)).toHaveLength(6)
    }
  )

  test('the YAML files hold the same text as the JSON ones, odd indentation and trailing spaces included', () => {
    for (const sample of ['create', 'update']) {
      const json = pasted(`${sample}.json`)
      expect(json).toMatch(/^\[\{\n {6}"name": "num-messages-sent-ml-behavior",/)
      expect(json).toMatch(/"confidenceLevel" : "/) // the seed's space before the colon
      expect(pasted(`${sample}.yml`)).toBe(json)
    }
    expect(pasted('create.json')).toMatch(/"suppressAlerts": true {4}\n/)
    expect(pasted('create.json')).toMatch(/\n\{\n {4}"name": "num-msg-received-ml-behavior"/)
  })

  test('the update sample comes through with its tuned confidence levels and alerts', async () => {
    const expected = [
      ['num-messages-sent-ml-behavior', 'aws:num-messages-sent', 'HIGH', false],
      ['num-authorization-failures-ml-behavior', 'aws:num-authorization-failures', 'HIGH', false],
      ['num-connection-attempts-ml-behavior', 'aws:num-connection-attempts', 'MEDIUM', false],
      ['num-disconnects-ml-behavior', 'aws:num-disconnects', 'LOW', true],
      ['num-msg-received-ml-behavior', 'aws:num-messages-received', 'MEDIUM', true],
      ['msg-byte-size-ml-behavior', 'aws:message-byte-size', 'HIGH', false]
    ]
    expect(behaviors(await validateFile(join(SEED, 'update.json')))).toEqual(expected)
    expect(behaviors(await validateFile(join(SEED, 'update.yml')))).toEqual(expected)
    const create = behaviors(await validateFile(join(SEED, 'create.yml')))
    expect(create.map((b) => [b[2], b[3]])).toEqual(Array(6).fill(['MEDIUM', true]))
    expect(create.map((b) => b[0])).toEqual(expected.map((b) => b[0]))
  })

  test('pasted under a block-style `behaviors:` key it is a YAML error, reported once at its first line', () => {
    const json = pasted('update.json')
    const text = [
      'version: 1',
      'securityProfiles:',
      '  - securityProfileName: ML_Detect_profile',
      '    targets: [anom_group]',
      `    behaviors: ${json}`,
      ''
    ].join('\n')
    const r = validateText('pasted.yml', text)
    expect(r.problems.map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual(['yaml/syntax 14:3'])
    expect(r.problems[0]!.message).toContain('must be sufficiently indented')
  })
})
