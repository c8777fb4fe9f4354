/**
 * SIGKILL of the action's main step mid-traffic, then its post step: the main step (bundled from the sources
 * with ncc, run the way the runner does) recorded its ledger in action state before creating anything; the
 * real post step reads that state and removes the run. Real parts: the SDK over HTTP against the emulator,
 * aws-crt over mutual TLS against mosquitto trusting the emulator's CA.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { CreateThingCommand } from '@aws-sdk/client-iot'
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { post } from '../../src/action/post.js'
import { createIotClient } from '../../src/aws/client.js'
import { platformDir } from '../../src/simulate/mqtt/native.js'
import { CertificateAuthority } from '../../src/local/pki/ca.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { loadState } from '../../src/local/store/persist.js'
import type { AccountSnapshot } from '../../src/local/store/store.js'
import { MOSQUITTO, startMosquitto, type Mosquitto } from '../helpers/mosquitto.js'
import { runAction } from '../helpers/runner.js'

const describeWithBroker = MOSQUITTO || process.env.CI ? describe : describe.skip

let work: string
let bundle: string
let emu: Emulator
let broker: Mosquitto

const ddacNames = (s: AccountSnapshot): string[] =>
  [...Object.keys(s.data.things), ...Object.keys(s.data.policies)].filter((n) =>
    n.startsWith('ddac-')
  )

function registry(s: AccountSnapshot): unknown {
  const { things, thingGroups, policies, certificates } = s.data
  return JSON.parse(JSON.stringify({ things, thingGroups, policies, certificates }))
}

/** Every file under a folder, as text. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
}

describeWithBroker('post step after SIGKILL of the main step', () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'ddac-post-'))
    bundle = path.join(work, 'bundle')
    execFileSync(
      'npx',
      ['ncc', 'build', '__tests__/helpers/simulate-step.ts', '-o', bundle, '--quiet'],
      { stdio: 'ignore' }
    )
    // As npm run bundle does: ncc does not copy aws-crt's native binding.
    const dir = path.join(bundle, 'bin', platformDir())
    mkdirSync(dir, { recursive: true })
    copyFileSync(
      `node_modules/aws-crt/dist/bin/${platformDir()}/aws-crt-nodejs.node`,
      path.join(dir, 'aws-crt-nodejs.node')
    )
    const dataDir = path.join(work, 'account')
    emu = await startEmulator({ dataDir })
    broker = await startMosquitto(await CertificateAuthority.restore(loadState(dataDir)!.ca))
  }, 240_000)

  afterAll(async () => {
    await broker?.stop()
    await emu?.stop()
    rmSync(work, { recursive: true, force: true })
  })

  test('the post step removes everything the killed run created, and nothing else; no key anywhere', async () => {
    const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true })
    await iot.send(new CreateThingCommand({ thingName: 'users_thing' }))
    iot.destroy()
    const before = registry(emu.state())
    writeFileSync(
      path.join(work, 'device-defender.yml'),
      [
        'version: 1',
        'simulations:',
        '  - { name: flood, scenario: anomaly, things: 3, thingGroup: sim_group, topic: t, count: 1000, interval: 20ms }',
        ''
      ].join('\n')
    )
    const brokerFile = path.join(work, 'broker.json')
    writeFileSync(
      brokerFile,
      JSON.stringify({ host: broker.host, port: broker.port, caPem: broker.caPem })
    )
    const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'))
    const inputs = {
      command: 'simulate',
      config: 'device-defender.yml',
      endpoint: emu.endpoint,
      region: emu.region
    }
    let killedAt = ''
    const main = await runAction(path.join(bundle, 'index.js'), inputs, {
      cwd: work,
      env: {
        RUNNER_TEMP: runnerTemp,
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        DDAC_TEST_BROKER: brokerFile
      },
      onSpawn: (child) => {
        let out = ''
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString()
          const m = /flood sending: (\d+)\/3000/.exec(out)
          if (m && !killedAt) {
            killedAt = m[1]!
            child.kill('SIGKILL')
          }
        })
      }
    })
    expect(main.code).toBeNull()
    expect(killedAt).not.toBe('')
    // Killed mid-traffic: the run's things, policy and group are still there.
    expect(ddacNames(emu.state())).toHaveLength(4)
    expect(emu.state().data.thingGroups.sim_group).toBeDefined()
    expect(main.state).toMatchObject({ runId: 'gh4242a1', tornDown: 'false' })
    expect(main.state.ledger).toBe(path.join(runnerTemp, 'ddac-ledger-simulate.jsonl'))

    // The post step, as the runner starts it: the main step's state and the same inputs.
    const env: Record<string, string> = {
      ...Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v])),
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    }
    const saved = { ...process.env }
    const lines: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    Object.assign(process.env, env)
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof write
    try {
      await post()
    } finally {
      process.stdout.write = write
      for (const k of Object.keys(env)) delete process.env[k]
      Object.assign(process.env, saved)
    }
    expect(lines.join('')).toMatch(
      /post: run gh4242a1 did not finish its teardown; removing 1[0-9] resource/
    )
    expect(lines.join('')).toMatch(/post: removed all \d+ resource\(s\) of run gh4242a1/)
    expect(ddacNames(emu.state())).toEqual([])
    expect(registry(emu.state())).toEqual(before)

    const everything = [
      main.stdout,
      main.stderr,
      main.summary,
      JSON.stringify(main.outputs),
      JSON.stringify(main.state),
      lines.join(''),
      ...filesUnder(runnerTemp)
    ].join('\n')
    expect(everything).not.toMatch(/PRIVATE KEY|BEGIN CERTIFICATE/)
    // No PEM body line (64 base64 characters) of any key or certificate.
    expect(everything).not.toMatch(/^[A-Za-z0-9+/]{64}$/m)
  }, 120_000)

  test('with no ledger recorded, the post step removes nothing', async () => {
    const lines: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof write
    try {
      await post()
    } finally {
      process.stdout.write = write
    }
    expect(lines.join('')).not.toMatch(/post: run/)
  })
})
