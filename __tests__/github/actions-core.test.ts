/** github/actions-core.ts speaks the runner's protocol exactly as @actions/core does, call for call. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as real from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as ours from '../../src/github/actions-core.js'

type Core = typeof ours

/** What a sequence of calls leaves: stdout, the output and state files, the exit code, what was thrown. */
function effects(core: Core, calls: (core: Core) => void, withFiles: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-core-'))
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STATE: path.join(dir, 'state') }
  for (const [k, f] of Object.entries(files)) {
    writeFileSync(f, '')
    if (withFiles) process.env[k] = f
    else delete process.env[k]
  }
  let out = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write
  let thrown = ''
  try {
    calls(core)
  } catch (e) {
    thrown = `${(e as Error).name}: ${(e as Error).message}`
  } finally {
    process.stdout.write = write
  }
  const code = process.exitCode
  process.exitCode = undefined
  const text = [
    out,
    readFileSync(files.GITHUB_OUTPUT, 'utf8'),
    readFileSync(files.GITHUB_STATE, 'utf8')
  ]
  return [...text, `exit ${code}`, thrown].join('\n---\n').replace(/ghadelimiter_[\w-]+/g, 'DELIM')
}

const cases: [string, (core: Core) => void][] = [
  [
    'inputs',
    (core) => {
      core.info(
        `[${core.getInput('config')}] [${core.getInput('config', { trimWhitespace: false })}]`
      )
      core.info(String(core.getBooleanInput('prune')))
      core.info(`[${core.getInput('missing')}]`)
    }
  ],
  ['a required input', (core) => void core.getInput('missing', { required: true })],
  ['a bad boolean', (core) => void core.getBooleanInput('config')],
  [
    'outputs and state',
    (core) => {
      core.setOutput('valid', true)
      core.setOutput('errors', 0)
      core.setOutput('markdown', '## a\nb: 50%, c\r\n::x::')
      core.saveState('isPost', 'true')
      core.info(core.getState('isPost'))
    }
  ],
  [
    'workflow commands',
    (core) => {
      core.debug('reading 50% of: a\nb')
      core.warning('careful\r\n100%', {
        title: 'a, b: c',
        file: 'x.yml',
        startLine: 3,
        startColumn: 7
      })
      core.error(new Error('bad'), { title: 't' })
      core.error('plain')
      core.setFailed('failed: nothing was sent')
    }
  ]
]

describe('github/actions-core beside @actions/core', () => {
  beforeEach(() => {
    process.env.INPUT_CONFIG = '  device-defender.yml  '
    process.env.INPUT_PRUNE = 'True'
    process.env.STATE_isPost = 'true'
  })
  afterEach(() => {
    for (const k of [
      'INPUT_CONFIG',
      'INPUT_PRUNE',
      'STATE_isPost',
      'GITHUB_OUTPUT',
      'GITHUB_STATE'
    ])
      delete process.env[k]
  })
  test.each(cases.flatMap(([name, calls]) => [true, false].map((f) => [name, f, calls] as const)))(
    '%s (command files: %s) have the same effects',
    (_name, withFiles, calls) => {
      const expected = effects(real as unknown as Core, calls, withFiles)
      expect(effects(ours, calls, withFiles)).toBe(expected)
      expect(expected).not.toBe(effects(ours, () => undefined, withFiles)) // the calls did something
    }
  )
  test('the summary is @actions/core’s own', () => {
    expect(ours.summary).toBe(real.summary)
  })
})
