/**
 * Cold start: each step of the bundle evaluates only what it uses. The bundle's chunks a run loads are
 * recorded by a module hook (NODE_OPTIONS=--import, as a preload the runner would not notice), then searched
 * for the AWS SDK's client and the emulator.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runAction } from '../helpers/runner.js'

const ENTRY = 'dist/index.js'
const dir = mkdtempSync(path.join(tmpdir(), 'ddac-startup-'))
const log = path.join(dir, 'loaded.log')

beforeAll(() => {
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n')
  return next(url, context)
}
`
  )
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)})\n`
  )
})

/** The bundle files a run of the action loaded, with their text. */
async function loaded(
  inputs: Record<string, string>,
  state: Record<string, string> = {}
): Promise<{ code: number | null; files: Map<string, string> }> {
  writeFileSync(log, '')
  const env: Record<string, string> = {
    NODE_OPTIONS: `--import=${pathToFileURL(path.join(dir, 'register.mjs')).href}`
  }
  for (const [k, v] of Object.entries(state)) env[`STATE_${k}`] = v
  const r = await runAction(ENTRY, inputs, { env })
  const files = new Map<string, string>()
  for (const url of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const file = fileURLToPath(url)
    if (file.startsWith(path.resolve('dist')))
      files.set(path.basename(file), readFileSync(file, 'utf8'))
  }
  return { code: r.code, files }
}

const holding = (files: Map<string, string>, marker: string): string[] =>
  [...files].filter(([, text]) => text.includes(marker)).map(([name]) => name)

describe('what each step of dist/index.js loads', () => {
  test('validate loads neither the AWS SDK nor the emulator', async () => {
    const { code, files } = await loaded({
      command: 'validate',
      config: 'examples/device-defender.yml'
    })
    expect(code).toBe(0)
    expect(holding(files, 'function checkSchema(')).toHaveLength(1) // the validator did load
    expect(holding(files, 'class IoTClient ')).toEqual([])
    expect(holding(files, 'function startEmulator(')).toEqual([])
  })

  test('validate and post load no HTTP client (@actions/core is used without its OIDC client)', async () => {
    const marker = 'class HttpClientError extends Error'
    const all = [
      ...(await loaded({ command: 'validate', config: 'examples/device-defender.yml' })).files
    ]
    expect(all.length).toBeGreaterThan(1)
    expect(holding(new Map(all), marker)).toEqual([])
    expect(holding((await loaded({}, { isPost: 'true' })).files, marker)).toEqual([])
    // The marker is the one the bundle holds: the pull-request comment's chunk loads it.
    const chunks = readdirSync('dist').filter((f) => f.endsWith('.js'))
    expect(chunks.some((f) => readFileSync(path.join('dist', f), 'utf8').includes(marker))).toBe(
      true
    )
  })

  test('plan without a region fails on it before loading the AWS SDK', async () => {
    const { code, files } = await loaded({
      command: 'plan',
      config: 'examples/device-defender.yml'
    })
    expect(code).toBe(1)
    expect(holding(files, 'class IoTClient ')).toEqual([])
  })

  test('plan with a region loads the AWS SDK (the marker above is the one the bundle holds)', async () => {
    const { files } = await loaded({
      command: 'plan',
      config: 'examples/device-defender.yml',
      target: 'local'
    })
    expect(holding(files, 'class IoTClient ')).toHaveLength(1)
    expect(holding(files, 'function startEmulator(')).toHaveLength(1)
  })

  test('the post step loads @actions/core and the post step, nothing of the main step', async () => {
    const { code, files } = await loaded({}, { isPost: 'true' })
    expect(code).toBe(0)
    expect(files.size).toBe(2)
    expect(holding(files, 'function post(')).toHaveLength(1)
    expect(holding(files, 'function run(')).toEqual([])
    expect(holding(files, 'function validateFile(')).toEqual([])
  })
})
