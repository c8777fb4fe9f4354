/**
 * Every output and the job summary stay under GitHub's limits (an output 1 MB, a summary 1 MiB), however
 * broken the file: `validate` of a 3 MB file with tens of thousands of problems, from the bundle as the
 * runner starts it. The `problems` output lists the first ones and counts the rest; a file holds them all.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction, type RunnerResult } from '../helpers/runner.js'

const ENTRY = 'dist/index.js'
const MB = 1_000_000
const MiB = 1024 * 1024

/** A 3 MB profile file where every profile has an unknown key and a misspelt operator. */
function brokenFile(bytes: number): { text: string; profiles: number } {
  const lines = ['version: 1', 'securityProfiles:']
  let size = 0
  let profiles = 0
  while (size < bytes) {
    const entry = [
      `  - securityProfileName: p${profiles}`,
      `    targts: [g${profiles}]`,
      '    behaviors:',
      '      - { name: b, metric: aws:num-messages-sent, criteria: { comparisonOperator: greatr-than, value: { count: 1 }, durationSeconds: 300 } }'
    ]
    size += entry.join('\n').length + 1
    lines.push(...entry)
    profiles++
  }
  return { text: lines.join('\n') + '\n', profiles }
}

describe('validate of a broken 3 MB file, from the bundle', () => {
  let dir: string
  let r: RunnerResult
  let profiles: number
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ddac-big-'))
    const file = brokenFile(3 * MB)
    profiles = file.profiles
    writeFileSync(path.join(dir, 'device-defender.yml'), file.text)
    r = await runAction(
      path.resolve(ENTRY),
      { command: 'validate', config: 'device-defender.yml', 'fail-on-warnings': 'false' },
      { cwd: dir, env: { RUNNER_TEMP: dir } }
    )
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('fails the step with every error counted', () => {
    expect(r.code).toBe(1)
    expect(Number(r.outputs.errors)).toBe(2 * profiles)
    expect(r.outputs.valid).toBe('false')
  })

  test('every output is under 1 MB, the summary under 1 MiB', () => {
    const sizes = Object.entries(r.outputs).map(([k, v]) => [k, Buffer.byteLength(v)] as const)
    expect(sizes.filter(([, n]) => n >= MB)).toEqual([])
    expect(Buffer.byteLength(r.summary)).toBeLessThan(MiB)
  })

  test('problems lists the first ones, counts what it left out, and a file holds them all', () => {
    const listed = JSON.parse(r.outputs.problems!) as { line: number; rule: string }[]
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.length).toBeLessThanOrEqual(100)
    expect(listed[0]).toMatchObject({
      file: 'device-defender.yml',
      line: 4,
      rule: 'schema/unknown-key'
    })
    const total = Number(r.outputs.errors) + Number(r.outputs.warnings)
    expect(Number(r.outputs['problems-omitted'])).toBe(total - listed.length)
    const file = r.outputs['problems-file']!
    expect(path.dirname(file)).toBe(dir)
    const all = JSON.parse(readFileSync(file, 'utf8')) as unknown[]
    expect(all).toHaveLength(total)
    expect(all.slice(0, listed.length)).toEqual(listed)
  })

  test('the summary says it lists only some and where the rest are', () => {
    expect(r.summary).toContain('## ❌ ddac validate:')
    expect(r.summary).toContain('more; the log lists every problem')
    expect(`${r.outputs.markdown}\n`).toBe(r.summary)
  })
})

describe('a valid file whose report is over 1 MB', () => {
  test('the summary and the markdown output are cut under the limit, saying so', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-wide-'))
    try {
      const names = Array.from({ length: 25_000 }, (_, i) => `profile_with_a_long_name_${i}`)
      writeFileSync(
        path.join(dir, 'device-defender.yml'),
        [
          'version: 1',
          'securityProfiles:',
          ...names.map((n) => `  - securityProfileName: ${n}`),
          ''
        ].join('\n')
      )
      const r = await runAction(
        path.resolve(ENTRY),
        { command: 'validate', config: 'device-defender.yml', 'fail-on-warnings': 'false' },
        { cwd: dir, env: { RUNNER_TEMP: dir } }
      )
      expect(r.code).toBe(0)
      expect(Buffer.byteLength(r.summary)).toBeLessThan(MB)
      expect(r.summary).toContain('| `profile_with_a_long_name_0` |')
      expect(r.summary).not.toContain(names.at(-1))
      expect(r.summary).toContain(
        "This report was cut at 1000 kB, the most GitHub shows; the step's log holds all of it."
      )
      expect(`${r.outputs.markdown}\n`).toBe(r.summary)
      // The log has the whole report.
      expect(r.stdout).toContain(`security profile ${names.at(-1)}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('a valid file', () => {
  test('has no problems file and nothing omitted', async () => {
    const r = await runAction(path.resolve(ENTRY), {
      command: 'validate',
      config: 'examples/device-defender.yml',
      'fail-on-warnings': 'false'
    })
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ problems: '[]', 'problems-omitted': '0' })
    expect(r.outputs['problems-file']).toBeUndefined()
  })
})
