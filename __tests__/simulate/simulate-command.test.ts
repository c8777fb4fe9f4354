/**
 * `simulate` and `cleanup` end to end with real parts: the real SDK over HTTP against the emulator (control
 * plane), certificates from its CreateCertificateFromCsr, the real device SDK (aws-crt) over mutual TLS
 * against Debian's mosquitto trusting the emulator's CA. After success, an error part-way and a stop, the
 * account holds none of the run's resources, everything else is unchanged, and no key is in any text.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createIotClient } from '../../src/aws/client.js'
import { cli } from '../../src/cli/cli.js'
import { cleanupCommand } from '../../src/commands/cleanup.js'
import type { Report } from '../../src/commands/run.js'
import { simulateCommand, type SimulateOptions } from '../../src/commands/simulate.js'
import { simulateReport } from '../../src/commands/specs/simulate.js'
import type { IotSession } from '../../src/commands/target.js'
import { CertificateAuthority } from '../../src/local/pki/ca.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator.js'
import { loadState } from '../../src/local/store/persist.js'
import type { AccountSnapshot } from '../../src/local/store/store.js'
import type { ConnectionFactory } from '../../src/simulate/mqtt/connection.js'
import { crtConnection } from '../../src/simulate/mqtt/crt-connection.js'
import { Ledger } from '../../src/simulate/provision/ledger.js'
import { newRunId } from '../../src/simulate/provision/marks.js'
import { provisionFleet } from '../../src/simulate/provision/provision.js'
import { MOSQUITTO, startMosquitto, type Mosquitto } from '../helpers/mosquitto.js'
import { profile } from '../reconcile/helpers.js'

/** The command and its report, as the runner gives them (the file's identity: the test's). */
async function simulateAndReport(
  o: Omit<SimulateOptions, 'identity'>,
  session: IotSession
): Promise<Report> {
  return simulateReport(await simulateCommand({ identity: 'simulate-test', ...o }, session), {
    profile: o.profile
  })
}

const describeWithBroker = MOSQUITTO || process.env.CI ? describe : describe.skip

const FILE = profile(`
version: 1
simulations:
  - name: message-flood
    scenario: anomaly
    things: 3
    thingGroup: sim_group
    topic: test/topic
    messageSize: 100
    count: 10
    interval: 20ms
  - name: churn
    scenario: connection-churn
    things: 2
    count: 2
    interval: 50ms
`)

let dataDir: string
let ca: CertificateAuthority
let broker: Mosquitto

interface Open {
  emu: Emulator
  session: IotSession
  close(): Promise<void>
}

/** An emulator on the suite's data directory (so its CA is the broker's); one at a time. */
async function open(options: EmulatorOptions = {}, stop?: AbortSignal): Promise<Open> {
  const emu = await startEmulator({ ...options, dataDir })
  const base = { endpoint: emu.endpoint, region: emu.region, local: true, pace: false }
  const client = createIotClient({ ...base, ...(stop ? { stop } : {}) })
  const control = createIotClient(base)
  return {
    emu,
    session: { client, control, region: emu.region, endpoint: emu.endpoint, local: false },
    async close() {
      client.destroy()
      control.destroy()
      await emu.stop()
    }
  }
}

/** The registry as plain data, for "nothing else changed". */
function registry(s: AccountSnapshot): unknown {
  const { things, thingGroups, policies, certificates } = s.data
  return JSON.parse(JSON.stringify({ things, thingGroups, policies, certificates }))
}

const ddacNames = (s: AccountSnapshot): string[] =>
  [...Object.keys(s.data.things), ...Object.keys(s.data.policies)].filter((n) =>
    n.startsWith('ddac-')
  )

/** The keys the devices were given, seen through the factory (to prove none of them is written anywhere). */
function recordingFactory(keys: string[]): ConnectionFactory {
  return (device, b, o) => {
    keys.push(device.privateKeyPem)
    return crtConnection(device, b, o)
  }
}

function expectNoKey(texts: string[], keys: string[]): void {
  const all = texts.join('\n')
  expect(all).not.toMatch(/PRIVATE KEY/)
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys) {
    const body = key.split('\n').filter((l) => l && !l.startsWith('-----'))
    for (const line of body) expect(all).not.toContain(line)
  }
}

function texts(report: Report, log: string[], ledgerFile: string): string[] {
  return [
    report.text,
    report.markdown,
    JSON.stringify(report.outputs),
    ...log,
    readFileSync(ledgerFile, 'utf8')
  ]
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'ddac-simcmd-'))
  const first = await startEmulator({ dataDir })
  await first.stop()
  ca = await CertificateAuthority.restore(loadState(dataDir)!.ca)
  if (MOSQUITTO || process.env.CI) broker = await startMosquitto(ca)
  // Resources a run must never touch.
  const a = await open()
  const iot: IoTClient = a.session.client
  await iot.send(new CreateThingGroupCommand({ thingGroupName: 'users_group' }))
  await iot.send(new CreateThingCommand({ thingName: 'users_thing' }))
  await iot.send(
    new CreatePolicyCommand({
      policyName: 'users_policy',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iot:Connect', Resource: '*' }]
      })
    })
  )
  const cert = await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }))
  await iot.send(
    new AttachThingPrincipalCommand({ thingName: 'users_thing', principal: cert.certificateArn! })
  )
  await a.close()
}, 30_000)

afterAll(async () => {
  await broker?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describeWithBroker('simulate', () => {
  test('success: a result per simulation, then the account is as it was', async () => {
    const a = await open()
    try {
      const before = registry(a.emu.state())
      const log: string[] = []
      const keys: string[] = []
      const ledgerFile = path.join(dataDir, 'ok.jsonl')
      const ledgerEvents: boolean[] = []
      const report = await simulateAndReport(
        {
          profile: FILE,
          ledgerFile,
          broker,
          connect: recordingFactory(keys),
          log: (l) => log.push(l),
          onLedger: (e) => ledgerEvents.push(e.tornDown)
        },
        a.session
      )
      expect(report.failure).toBeUndefined()
      expect(report.ok).toBe(true)
      const results = JSON.parse(String(report.outputs['simulation-results'])) as Array<
        Record<string, number | string>
      >
      expect(results.map((r) => [r.name, r.things, r.connections])).toEqual([
        ['message-flood', 3, 3],
        ['churn', 2, 2]
      ])
      expect(results[0]).toMatchObject({ messages: 30, acked: 30, bytes: 3000, errors: 0 })
      expect(results[0]!.askedRate).toBe(50)
      expect(results[1]).toMatchObject({ messages: 4, acked: 4, errors: 0 })
      expect(report.outputs['teardown-failures']).toBe(0)
      expect(ledgerEvents).toEqual([false, true])
      expect(report.markdown).toContain('| message-flood (anomaly) | 3 of 3 | 30 of 30 | 3 kB |')
      expect(registry(a.emu.state())).toEqual(before)
      expectNoKey(texts(report, log, ledgerFile), keys)
    } finally {
      await a.close()
    }
  }, 60_000)

  test('an error part-way: what the run created is removed, and the step fails saying why', async () => {
    // The second simulation's thing group cannot be created: the first has run by then.
    const a = await open({ deny: ['CreateThingGroup'] })
    try {
      const before = registry(a.emu.state())
      const log: string[] = []
      const keys: string[] = []
      const ledgerFile = path.join(dataDir, 'error.jsonl')
      const file = profile(`
version: 1
simulations:
  - { name: first, scenario: anomaly, things: 2, topic: t, count: 3, interval: 20ms }
  - { name: second, scenario: anomaly, things: 2, thingGroup: new_group, topic: t, count: 3, interval: 20ms }
`)
      const report = await simulateAndReport(
        {
          profile: file,
          ledgerFile,
          broker,
          connect: recordingFactory(keys),
          log: (l) => log.push(l)
        },
        a.session
      )
      expect(report.ok).toBe(false)
      expect(report.failure).toMatch(/simulation failed: .*CreateThingGroup/)
      expect(report.text).toMatch(/^first \(anomaly\): 2 things, 2 connected, 6 messages/m)
      expect(report.outputs['teardown-failures']).toBe(0)
      expect(ddacNames(a.emu.state())).toEqual([])
      expect(registry(a.emu.state())).toEqual(before)
      expectNoKey(texts(report, log, ledgerFile), keys)
    } finally {
      await a.close()
    }
  }, 60_000)

  test('a connection factory that throws after two things: counted as errors, and the run is removed', async () => {
    const a = await open()
    try {
      const before = registry(a.emu.state())
      let made = 0
      const keys: string[] = []
      const real = recordingFactory(keys)
      const report = await simulateAndReport(
        {
          profile: FILE,
          simulations: ['message-flood'],
          broker,
          connect: (d, b, o) => {
            if (++made > 2) throw new Error('the device SDK failed to load')
            return real(d, b, o)
          },
          log: () => undefined
        },
        a.session
      )
      const [flood] = JSON.parse(String(report.outputs['simulation-results'])) as Array<
        Record<string, number>
      >
      expect(flood).toMatchObject({ things: 3, connections: 2, messages: 20, acked: 20 })
      expect(flood!.errors).toBe(1)
      expect(report.text).toMatch(/, 1 error$/m)
      expect(registry(a.emu.state())).toEqual(before)
    } finally {
      await a.close()
    }
  }, 60_000)

  test('a stop mid-traffic: nothing more is sent, the run is still removed', async () => {
    const stop = new AbortController()
    const a = await open({}, stop.signal)
    try {
      const before = registry(a.emu.state())
      const log: string[] = []
      const keys: string[] = []
      const ledgerFile = path.join(dataDir, 'stop.jsonl')
      const file = profile(`
version: 1
simulations:
  - { name: long, scenario: anomaly, things: 2, topic: t, count: 500, interval: 20ms }
  - { name: never, scenario: anomaly, things: 1, topic: t, count: 5, interval: 20ms }
`)
      const report = await simulateAndReport(
        {
          profile: file,
          ledgerFile,
          broker,
          connect: recordingFactory(keys),
          signal: stop.signal,
          log: (l) => {
            log.push(l)
            if (/long sending: \d+\/1000/.test(l)) setTimeout(() => stop.abort('SIGINT'), 300)
          }
        },
        a.session
      )
      expect(report.ok).toBe(false)
      expect(report.failure).toBe('simulation cancelled')
      expect(report.outputs.cancelled).toBe(true)
      const results = JSON.parse(String(report.outputs['simulation-results'])) as Array<{
        name: string
        stopped: number
      }>
      expect(results.map((r) => r.name)).toEqual(['long'])
      expect(results[0]!.stopped).toBeGreaterThan(0)
      expect(
        log.some((l) => /^long sending: \d+\/1000, [\d.]+\/s, 0 errors, ~\d+s left$/.test(l))
      ).toBe(true)
      expect(registry(a.emu.state())).toEqual(before)
      expectNoKey(texts(report, log, ledgerFile), keys)
    } finally {
      await a.close()
    }
  }, 60_000)

  test("the broker comes from DescribeEndpoint iot:Data-ATS, trusting the emulator's CA (given or fetched)", async () => {
    // As the emulator's own broker answers: host:port (mosquitto stands in for it here).
    const a = await open({ dataEndpoint: `${broker.host}:${broker.port}` })
    try {
      const keys: string[] = []
      const report = await simulateAndReport(
        {
          profile: FILE,
          simulations: ['churn'],
          connect: recordingFactory(keys),
          log: () => undefined
        },
        { ...a.session, local: true, localCaPem: a.emu.caCertificatePem }
      )
      expect(report.failure).toBeUndefined()
      expect(JSON.parse(String(report.outputs['simulation-results']))[0]).toMatchObject({
        name: 'churn',
        connections: 2,
        acked: 4
      })
      expect(ddacNames(a.emu.state())).toEqual([])
      // A running emulator (--endpoint, no CA in the session): its CA is fetched from the endpoint.
      const fetched = await simulateAndReport(
        { profile: FILE, simulations: ['churn'], log: () => undefined },
        { ...a.session, local: true }
      )
      expect(fetched.failure).toBeUndefined()
      expect(JSON.parse(String(fetched.outputs['simulation-results']))[0]).toMatchObject({
        connections: 2,
        acked: 4
      })
    } finally {
      await a.close()
    }
  }, 60_000)

  test('an unknown simulation name is refused before anything is created', async () => {
    const a = await open()
    try {
      await expect(
        simulateAndReport(
          { profile: FILE, simulations: ['nope'], broker, log: () => undefined },
          a.session
        )
      ).rejects.toThrow(/No simulation named nope in the file; it has message-flood, churn/)
      expect(ddacNames(a.emu.state())).toEqual([])
    } finally {
      await a.close()
    }
  })
})

describe('cleanup', () => {
  test('removes exactly the leftovers older than the bound; a dry run lists them; a young run is kept', async () => {
    const a = await open()
    try {
      const before = registry(a.emu.state())
      const old = newRunId()
      const young = newRunId()
      const hour = 3_600_000
      // Two runs "crash" (their ledgers are lost): one three hours ago, one now.
      await provisionFleet({
        iot: a.session.client,
        runId: old,
        ledger: new Ledger(old),
        now: () => Date.now() - 3 * hour,
        fleet: { name: 'lost', things: 2, thingGroup: 'lost_group', topic: 't' }
      })
      await provisionFleet({
        iot: a.session.client,
        runId: young,
        ledger: new Ledger(young),
        fleet: { name: 'running', things: 1, topic: 't' }
      })
      const youngNames = ddacNames(a.emu.state()).filter((n) => n.includes(young))
      expect(youngNames).toHaveLength(2)

      const dry = await cleanupCommand(
        { olderThan: '2h', dryRun: true, log: () => undefined },
        a.session
      )
      expect(dry.text).toContain(`runs: ${old}`)
      expect(dry.text).toContain(`would remove thing ddac-${old}-lost-0000`)
      expect(dry.outputs.removed).toBe(0)
      expect(ddacNames(a.emu.state()).filter((n) => n.includes(old))).toHaveLength(3)

      const report = await cleanupCommand({ olderThan: '2h', log: () => undefined }, a.session)
      expect(report.ok).toBe(true)
      // 2 certificates, 2 things, the policy, the group the run created
      expect(report.outputs).toEqual({ removed: 6, 'cleanup-failures': 0 })
      expect(report.text).toContain(`removed thing group lost_group`)
      expect(ddacNames(a.emu.state()).sort()).toEqual(youngNames.sort())
      expect(a.emu.state().data.thingGroups.lost_group).toBeUndefined()
      expect(a.emu.state().data.thingGroups.users_group).toBeDefined()

      // The young run is old enough an hour later; then the account is as it was.
      const later = await cleanupCommand(
        { olderThan: '30m', now: Date.now() + hour, log: () => undefined },
        a.session
      )
      expect(later.outputs.removed).toBe(3)
      expect(registry(a.emu.state())).toEqual(before)
      await expect(
        cleanupCommand({ olderThan: '2 days', log: () => undefined }, a.session)
      ).rejects.toThrow(/older-than "2 days" is not a duration such as 30m or 2h/)
    } finally {
      await a.close()
    }
  })

  test('the CLI: `ddac cleanup --older-than` and `ddac simulate --shard` as subcommands', async () => {
    const a = await open()
    try {
      const out: string[] = []
      const err: string[] = []
      const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }
      const args = ['--endpoint', a.emu.endpoint, '--region', a.emu.region]
      expect(await cli(['cleanup', '--older-than', '2h', '--format', 'json', ...args], io)).toBe(0)
      expect(JSON.parse(out.join('')).outputs).toEqual({ removed: 0, 'cleanup-failures': 0 })
      const file = path.join(dataDir, 'sim.yml')
      writeFileSync(file, 'version: 1\nsimulations:\n  - { name: s, scenario: anomaly }\n')
      expect(await cli(['simulate', file, '--shard', '4/3', ...args], io)).toBe(2)
      expect(err.join('')).toMatch(/shard "4\/3" is not i\/n with 1 ≤ i ≤ n/)
      expect(ddacNames(a.emu.state())).toEqual([])
    } finally {
      await a.close()
    }
  })
})
