/**
 * Hostile input: every file in `__tests__/fixtures/hostile/` is one a careless editor or an attacker's
 * pull request could commit (numbers AWS cannot take, ddac's own tags, YAML tags, collection keys, JSON that
 * only YAML accepts, other encodings and line endings). Each declares its errors as the bad corpus does
 * (`# expect: rule line:column`, or a `name.expect` sidecar where the file cannot hold a comment), and must
 * be refused with exactly them: no wrong acceptance, no stack trace or raw JS error text. Special paths
 * (directories, devices, FIFOs, links out of the workspace, huge files) are built here.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path, { join } from 'node:path'
import { formatProblem, type LocatedProblem } from '../../src/config/problems.js'
import { MAX_FILE_BYTES } from '../../src/config/source.js'
import { validateFile, validateText, type ValidationResult } from '../../src/config/validate.js'

const DIR = '__tests__/fixtures/hostile'
const files = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()

function expectations(file: string): string[] {
  const header = existsSync(`${file}.expect`)
    ? readFileSync(`${file}.expect`, 'utf8')
    : readFileSync(file, 'utf8')
  return [...header.matchAll(/^(?:# )?expect: (\S+ \d+:\d+)/gm)].map((m) => m[1]!).sort()
}

const where = (p: LocatedProblem): string => `${p.rule} ${p.line}:${p.column}`
/** What a user must never see: a stack trace, a Node error code, or JavaScript's own words. */
const RAW =
  /\n|\bat .+:\d+:\d+|\b[A-Z][a-z]+Error\b|\bE[A-Z]{3,}\b|(?<!js\/)undefined|\bNaN\b|Infinity|\[object /

function clear(r: ValidationResult, file: string): string[] {
  return r.problems
    .filter(
      (p) =>
        p.file !== file ||
        !(p.line >= 1) ||
        !(p.column >= 1) ||
        RAW.test(p.message) ||
        p.message === ''
    )
    .map(formatProblem)
}

describe('the hostile corpus', () => {
  test('holds at least 80 files, each declaring its errors', () => {
    expect(files.length).toBeGreaterThanOrEqual(80)
    expect(files.filter((f) => expectations(join(DIR, f)).length === 0)).toEqual([])
  })

  test.each(files)('%s is refused with exactly its errors, each clear and placed', async (f) => {
    const file = join(DIR, f)
    const r = await validateFile(file)
    expect(r.profile).toBeUndefined()
    expect(
      r.problems
        .filter((p) => p.severity === 'error')
        .map(where)
        .sort()
    ).toEqual(expectations(file))
    expect(clear(r, file)).toEqual([])
  })
})

describe('JSON is parsed as JSON', () => {
  test('a trailing comma is an error at the comma, where YAML accepted it', () => {
    const r = validateText('device-defender.json', '{"version": 1, }')
    expect(r.problems.map((p) => `${where(p)} ${p.message}`)).toEqual([
      'json/trailing-comma 1:14 a comma after the last item: JSON allows none; remove it'
    ])
  })

  test('a comment is an error, not an unknown key', () => {
    const r = validateText('p.json', '{\n  // a comment\n  "version": 1\n}\n')
    expect(r.problems.map(where)).toEqual(['json/comment 2:3'])
    expect(r.problems[0]!.message).toContain('comments are not allowed in JSON')
  })

  test('the same text is still YAML in a .yml file', () => {
    expect(validateText('p.yml', '{"version": 1, }').problems).toEqual([])
  })

  test('later problems are placed by the JSON tree: keys, values and list items', () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "securityProfiles": [',
      '    { "securityProfileName": "P", "targets": ["g", "g"], "behaviours": [] }',
      '  ]',
      '}'
    ].join('\n')
    const r = validateText('p.json', text)
    expect(r.problems.map(where).sort()).toEqual([
      'schema/unknown-key 4:58',
      'target/duplicate 4:52'
    ])
  })
})

describe('encodings and line endings', () => {
  const lf = [
    'version: 1',
    'securityProfiles:',
    '  - securityProfileName: Rules_flood_profile',
    '    targets: [anom_group]',
    '    behaviours: []',
    ''
  ].join('\n')

  test('CR-only line endings are read as lines, with the same problems at the same places', () => {
    const cr = validateText('cr.yml', lf.replaceAll('\n', '\r'))
    expect(cr.problems.map(where)).toEqual(['schema/unknown-key 5:5'])
    expect(cr.problems).toEqual(validateText('cr.yml', lf).problems)
    const valid = 'version: 1\r# a comment\rexternal:\r  customMetrics: [a]\r'
    expect(validateText('cr.yml', valid).profile?.external).toEqual({ customMetrics: ['a'] })
  })
})

describe('YAML keys that are collections', () => {
  test('are an error, and Node prints no warning', () => {
    const warn = jest.spyOn(process, 'emitWarning')
    try {
      const r = validateText('k.yml', 'version: 1\n? [a, b]\n: 1\n')
      expect(r.problems.map(where)).toEqual(['yaml/complex-key 2:3'])
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })
})

describe('special paths are refused quickly, without reading them', () => {
  let work: string
  let outside: string
  const SECRET = 'hunter2-do-not-echo'
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ddac-hostile-ws-'))
    outside = mkdtempSync(join(tmpdir(), 'ddac-hostile-out-'))
    writeFileSync(join(outside, 'secret.yml'), `${SECRET}\n`)
  })
  afterAll(() => {
    rmSync(work, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  /** Validate `name` inside the workspace, in bounded time; the one problem it gives. */
  async function refused(name: string): Promise<LocatedProblem> {
    const started = Date.now()
    const r = await validateFile(path.join(work, name), { root: work })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r.profile).toBeUndefined()
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]!
    expect([p.line, p.column]).toEqual([1, 1])
    expect(p.message).not.toMatch(RAW)
    return p
  }

  test('a directory', async () => {
    mkdirSync(join(work, 'dir.yml'))
    const p = await refused('dir.yml')
    expect([p.rule, p.message]).toEqual([
      'file/not-regular',
      `${join(work, 'dir.yml')} is a directory; the config names a profile file such as device-defender.yml`
    ])
  })

  test('a FIFO with no writer does not hang', async () => {
    execFileSync('mkfifo', [join(work, 'fifo.yml')])
    const p = await refused('fifo.yml')
    expect(p.rule).toBe('file/not-regular')
    expect(p.message).toContain('named pipe')
  })

  test.each(['/dev/zero', '/dev/urandom'])('%s, named directly', async (device) => {
    const started = Date.now()
    const r = await validateFile(device, { root: work })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r.problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'file/not-regular',
        `${device} is a device; the config names a profile file such as device-defender.yml`
      ]
    ])
  })

  test.each([
    ['/proc/self/environ', 'env.yml'],
    ['/dev/urandom', 'random.yml'],
    ['/dev/zero', 'zero.yml']
  ])('a symbolic link to %s is not followed out of the workspace', async (target, name) => {
    symlinkSync(target, join(work, name))
    const p = await refused(name)
    expect(p.rule).toBe('file/outside-workspace')
    expect(p.message).toContain('outside the workspace')
    // Nothing of the environment it points at.
    for (const value of [process.env.PATH, process.env.HOME].filter(Boolean))
      expect(p.message).not.toContain(`${value}`)
  })

  test('a kernel file named directly, which passes as a regular file of size 0', async () => {
    const started = Date.now()
    const r = await validateFile(`/proc/${process.pid}/environ`, { root: work })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r.problems.map((p) => p.rule)).toEqual(['file/not-regular'])
    expect(r.problems[0]!.message).not.toContain(`${process.env.PATH}`)
  })

  test('a link to a file outside the workspace: its content is never echoed', async () => {
    symlinkSync(join(outside, 'secret.yml'), join(work, 'linked.yml'))
    const p = await refused('linked.yml')
    expect(p.rule).toBe('file/outside-workspace')
    expect(p.message).not.toContain(SECRET)
    // The same file, named directly, is read (and its content quoted, as for any file one names).
    const direct = await validateFile(join(outside, 'secret.yml'), { root: work })
    expect(direct.problems.map((x) => x.rule)).toEqual(['schema/type'])
  })

  test('a link that stays inside the workspace is followed', async () => {
    mkdirSync(join(work, 'config'))
    writeFileSync(join(work, 'config', 'real.yml'), 'version: 1\n')
    symlinkSync(join('config', 'real.yml'), join(work, 'device-defender.yml'))
    const r = await validateFile(join(work, 'device-defender.yml'), { root: work })
    expect(r.problems).toEqual([])
    expect(r.profile).toEqual({ version: 1 })
  })

  test('a huge sparse file is refused by its size, one that grows is capped by bytes read', async () => {
    writeFileSync(join(work, 'sparse.yml'), '')
    truncateSync(join(work, 'sparse.yml'), 10 * 1024 ** 3)
    expect((await refused('sparse.yml')).rule).toBe('file/too-large')
    writeFileSync(join(work, 'big.yml'), `version: 1\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`)
    const p = await refused('big.yml')
    expect(p.rule).toBe('file/too-large')
    expect(p.message).toContain(`at most ${MAX_FILE_BYTES}`)
  })

  test('a path that cannot be read at all', async () => {
    const p = await refused(`${'x'.repeat(300)}.yml`)
    expect(p.rule).toBe('file/unreadable')
    expect(p.message).toContain('cannot read')
  })
})
