/**
 * `ddac local`, `--local` and `--endpoint` from source (in-process through `cli()`) and from the bundle
 * (`node dist/cli/index.js`, as users and CI start it), including a killed `ddac local` restarted on its data
 * directory.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { CreateSecurityProfileCommand, DescribeSecurityProfileCommand } from '@aws-sdk/client-iot'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { cli, EXIT } from '../../src/cli/cli.js'
import { startEmulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'

interface Captured {
  out: string
  err: string
}

function capture(): Captured & { io: { out: (t: string) => void; err: (t: string) => void } } {
  const c = {
    out: '',
    err: '',
    io: { out: (t: string): void => void (c.out += t), err: (t: string): void => void (c.err += t) }
  }
  return c
}

/** Without credentials in the environment: local targets must not need any. */
const noCredentials = (): void => {
  for (const key of [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE'
  ])
    delete process.env[key]
}

describe('from source', () => {
  test('ddac local prints one JSON line and serves until stopped', async () => {
    noCredentials()
    const c = capture()
    const stop = new AbortController()
    const done = cli(['local', '--account', '210987654321', '--region', 'eu-central-1'], c.io, {
      stop: stop.signal
    })
    while (!c.out.includes('\n')) await new Promise((resolve) => setTimeout(resolve, 10))
    const lines = c.out.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const info = JSON.parse(lines[0]!) as { endpoint: string; account: string; region: string }
    expect(info).toEqual({
      endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      account: '210987654321',
      region: 'eu-central-1',
      dataEndpoint: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      caUrl: `${info.endpoint}/_ddac/ca.pem`
    })
    const iot = iotClient(info)
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'cli' }))

    const ping = capture()
    expect(await cli(['ping', '--endpoint', info.endpoint, '--region', info.region], ping.io)).toBe(
      EXIT.ok
    )
    expect(JSON.parse(ping.out)).toMatchObject({
      endpoint: info.endpoint,
      local: true,
      securityProfiles: 1
    })

    stop.abort()
    expect(await done).toBe(EXIT.ok)
    expect(c.err).toContain('stopped')
  })

  test('--local runs a command against an in-process emulator for that run', async () => {
    noCredentials()
    const c = capture()
    expect(await cli(['ping', '--local'], c.io)).toBe(EXIT.ok)
    expect(JSON.parse(c.out)).toMatchObject({
      region: 'us-east-1',
      local: true,
      securityProfiles: 0
    })
  })

  test('bad flags exit 2 with a message', async () => {
    const c = capture()
    expect(await cli(['local', '--fault-rate', '2'], c.io)).toBe(EXIT.failure)
    expect(c.err).toContain('expected a number from 0 to 1')
    const both = capture()
    expect(await cli(['ping', '--local', '--endpoint', 'http://127.0.0.1:1'], both.io)).toBe(
      EXIT.failure
    )
    expect(both.err).toMatch(/cannot be used with/)
    const url = capture()
    expect(await cli(['ping', '--endpoint', 'not a url'], url.io)).toBe(EXIT.failure)
    expect(url.err).toContain('is not a URL')
  })

  test('--endpoint reaches a running emulator', async () => {
    const emu = await startEmulator()
    try {
      const c = capture()
      expect(await cli(['ping', '--endpoint', emu.endpoint, '--region', emu.region], c.io)).toBe(
        EXIT.ok
      )
      expect(JSON.parse(c.out)).toMatchObject({ endpoint: emu.endpoint, local: true })
    } finally {
      await emu.stop()
    }
  })

  test('ping answers on an account without Detect, where audit still works', async () => {
    const emu = await startEmulator({ noDetect: true })
    try {
      const c = capture()
      expect(await cli(['ping', '--endpoint', emu.endpoint], c.io)).toBe(EXIT.ok)
      expect(JSON.parse(c.out)).toMatchObject({ securityProfiles: null })
    } finally {
      await emu.stop()
    }
  })
})

const DIST = 'dist/cli/index.js'

describe('from dist/', () => {
  // The committed bundle is what users run; a stale one must fail here, not be skipped.
  test('the bundle knows `ddac local`', () => {
    expect(spawnSync('node', [DIST, '--help'], { encoding: 'utf8' }).stdout).toMatch(
      /^\s+local \[options\]/m
    )
  })

  const children: ChildProcess[] = []
  const dirs: string[] = []
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL')
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  /** Start `ddac local` from the bundle and read its JSON line. */
  async function serve(
    args: string[]
  ): Promise<{ child: ChildProcess; endpoint: string; region: string }> {
    const child = spawn('node', [DIST, 'local', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    return { child, ...(await firstLine(child)) }
  }

  test('ddac local survives SIGKILL with a data directory and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-dist-'))
    dirs.push(dir)
    const first = await serve(['--data-dir', dir])
    await iotClient(first).send(
      new CreateSecurityProfileCommand({ securityProfileName: 'survivor' })
    )
    first.child.kill('SIGKILL')
    await new Promise((resolve) => first.child.once('exit', resolve))

    const second = await serve(['--data-dir', dir])
    const d = await iotClient(second).send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'survivor' })
    )
    expect(d.version).toBe(1)
    const exit = new Promise<number | null>((resolve) =>
      second.child.once('exit', (code) => resolve(code))
    )
    second.child.kill('SIGTERM')
    expect(await exit).toBe(0)
  })

  test('--local and --endpoint work from the bundle without credentials', async () => {
    const env = { ...process.env }
    for (const key of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE'
    ])
      delete env[key]
    const local = spawnSync('node', [DIST, 'ping', '--local'], { env, encoding: 'utf8' })
    expect(local.status).toBe(0)
    expect(JSON.parse(local.stdout)).toMatchObject({ local: true })
    const running = await serve([])
    const remote = spawnSync('node', [DIST, 'ping', '--endpoint', running.endpoint], {
      env,
      encoding: 'utf8'
    })
    expect(remote.status).toBe(0)
    expect(JSON.parse(remote.stdout)).toMatchObject({ endpoint: running.endpoint, local: true })
  })
})

/** The first stdout line of a `ddac local` child: its endpoint, account and region. */
function firstLine(child: ChildProcess): Promise<{ endpoint: string; region: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => resolve(JSON.parse(line) as { endpoint: string; region: string }))
    child.once('exit', (code) =>
      reject(new Error(`ddac local exited with ${code} before printing its endpoint`))
    )
  })
}
