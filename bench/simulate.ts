/**
 * bench/simulate: ddac's device runner (one process, one pacer, aws-crt connections: src/simulate/fleet.ts)
 * against the seed's way (one process per device, sleep after each publish: bench/seed-device.ts), side by side
 * in one run, on the emulator's own MQTT broker over mutual TLS.
 *
 * The broker is `ddac local` from the sources compiled with this bench (lib/src/cli/bin.js), in a child
 * process: the devices' RSS and CPU are then the bench process's alone, and the broker's are read from /proc.
 * Every device is provisioned as `ddac simulate` provisions (provisionFleet: a least-privilege policy, a key
 * made here, a certificate from the emulator's CreateCertificateFromCsr), and trusts the CA the emulator serves
 * on /_ddac/ca.pem, so the broker authorizes every connect and publish by the account's policies and meters it.
 *
 * Prints things connected, aggregate messages/s, per-thing achieved rate and rate error (median, p99, max),
 * RSS and CPU per thing, the broker's CPU and RSS, and the ratios (seed / ddac). Targets on a 2-core machine: 1,000 things at 10 messages/s
 * each from one process, per-thing rate error ≤ 1 %, ≤ 0.25 MB RSS per thing.
 *
 *   npm run bench:simulate     # BENCH_THINGS (1000), BENCH_SECONDS (20), BENCH_SEED_PROCESSES (20)
 */
import { IoTClient } from '@aws-sdk/client-iot'
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createIotClient } from '../src/aws/client.js'
import { runFleet } from '../src/simulate/fleet.js'
import type { BrokerAddress, DeviceCredentials } from '../src/simulate/mqtt/connection.js'
import { crtConnection } from '../src/simulate/mqtt/crt-connection.js'
import { brokerAddress, emulatorCa } from '../src/simulate/mqtt/endpoint.js'
import { Ledger } from '../src/simulate/provision/ledger.js'
import { newRunId } from '../src/simulate/provision/marks.js'
import { provisionFleet } from '../src/simulate/provision/provision.js'
import { cpuShare, usageOf, type Usage } from './process-usage.js'
import type { SeedResult } from './seed-device.js'

const THINGS = Number(process.env.BENCH_THINGS ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const SEED_PROCESSES = Number(process.env.BENCH_SEED_PROCESSES ?? 20)
const INTERVAL_MS = 100 // 10 messages per second per thing
const MESSAGE_SIZE = 200
const COUNT = (SECONDS * 1000) / INTERVAL_MS
const TOPIC = 'bench/topic'
const HERE = path.dirname(fileURLToPath(import.meta.url))

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(3)
const pct = (x: number): string => `${(x * 100).toFixed(2)} %`
/** A progress line: rewritten in place on a terminal, one per line in a log. */
const progress = (text: string): void =>
  void process.stderr.write(process.stderr.isTTY ? `\r${text}   ` : `${text}\n`)
const times = (a: number, b: number): string => `${(a / Math.max(b, 1e-9)).toFixed(1)}×`

interface Spread {
  median: number
  p99: number
  max: number
}

/** Median, 99th percentile (nearest rank) and maximum. */
function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b)
  const rank = (q: number): number => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0
  return { median: rank(0.5), p99: rank(0.99), max: s.at(-1) ?? 0 }
}

interface Figures {
  connected: number
  things: number
  msgsPerSecond: number
  /** messages per second per thing from its send times (mean) */
  achievedRate: number
  errors: Spread
  /** what the things added to the device process(es), per thing */
  rssPerThing: number
  /** the device process's peak RSS (ddac's one, or a seed device's) */
  processRss: number
  /** share of one core, per thing */
  cpuPerThing: number
  broker: { cpu: number; peakRss: number }
}

interface Emulator {
  child: ChildProcess
  endpoint: string
  region: string
  broker: BrokerAddress
}

/** `ddac local` in a child process: its endpoint, and its broker with the CA it serves. */
async function startEmulator(): Promise<Emulator> {
  // BENCH_BROKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the broker
  const nodeArgs = (process.env.BENCH_BROKER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const cli = path.join(HERE, '..', 'src', 'cli', 'bin.js')
  const child = spawn(process.execPath, [...nodeArgs, cli, 'local'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const info = await new Promise<{ endpoint: string; region: string; dataEndpoint: string }>(
    (resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', (l) => resolve(JSON.parse(l)))
      child.once('exit', (code) => reject(new Error(`ddac local exited with ${code}`)))
    }
  )
  const { caPem } = await emulatorCa(info.endpoint)
  return { child, ...info, broker: brokerAddress(info.dataEndpoint, caPem) }
}

/** A peak of this process's and the broker's RSS, sampled until stopped. */
function peaks(brokerPid: number): { self: number; broker: number; stop(): void } {
  const p = { self: 0, broker: 0, stop: () => clearInterval(timer) }
  const sample = (): void => {
    p.self = Math.max(p.self, process.memoryUsage().rss)
    p.broker = Math.max(p.broker, usageOf(brokerPid).rss)
  }
  const timer = setInterval(sample, 200)
  sample()
  return p
}

async function ddacFleet(devices: DeviceCredentials[], emu: Emulator): Promise<Figures> {
  global.gc?.()
  const before = process.memoryUsage().rss
  const memory = peaks(emu.child.pid!)
  let start: { at: number; self: NodeJS.CpuUsage; broker: Usage } | undefined
  let end: { at: number; self: NodeJS.CpuUsage; broker: Usage } | undefined
  const mark = (): typeof start => ({
    at: Date.now(),
    self: process.cpuUsage(),
    broker: usageOf(emu.child.pid!)
  })
  const result = await runFleet({
    devices,
    broker: emu.broker,
    connect: crtConnection,
    traffic: {
      kind: 'publish',
      topic: TOPIC,
      messageSize: MESSAGE_SIZE,
      count: COUNT,
      intervalMs: INTERVAL_MS
    },
    onProgress: (p) => {
      // Sending ends with its last step taken (always reported, unlike the settling that may follow).
      if (p.phase === 'sending') start ??= mark()
      if (start && (p.phase !== 'sending' || p.done === p.total)) end ??= mark()
      progress(
        `  ddac: ${p.phase} ${p.done}/${p.total}, ${p.rate.toFixed(0)} msg/s, ${p.errors} errors`
      )
    }
  })
  memory.stop()
  if (process.stderr.isTTY) process.stderr.write('\n')
  const ms = end!.at - start!.at
  const selfCpuMs =
    (end!.self.user + end!.self.system - start!.self.user - start!.self.system) / 1000
  const connected = Math.max(1, result.connected)
  return {
    connected: result.connected,
    things: devices.length,
    msgsPerSecond: result.acked / (result.sendingMs / 1000),
    achievedRate: result.achievedRate,
    errors: spread(
      result.perThing.flatMap((t) => (t.rateError === undefined ? [] : [t.rateError]))
    ),
    rssPerThing: (memory.self - before) / connected,
    processRss: memory.self,
    cpuPerThing: selfCpuMs / ms / connected,
    broker: { cpu: cpuShare(start!.broker, end!.broker, ms), peakRss: memory.broker }
  }
}

function seedDevice(device: DeviceCredentials, broker: BrokerAddress): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, 'seed-device.js')], {
      stdio: ['pipe', 'pipe', 'inherit']
    })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as SeedResult)
        : reject(new Error(`seed device exited ${code}`))
    )
    // Credentials on stdin, never on disk or in the command line.
    child.stdin.end(
      JSON.stringify({
        device,
        broker,
        topic: TOPIC,
        messageSize: MESSAGE_SIZE,
        count: COUNT,
        intervalMs: INTERVAL_MS
      })
    )
  })
}

async function seedWay(devices: DeviceCredentials[], emu: Emulator): Promise<Figures> {
  const memory = peaks(emu.child.pid!)
  const from = { at: Date.now(), broker: usageOf(emu.child.pid!) }
  const results = await Promise.all(devices.map((d) => seedDevice(d, emu.broker)))
  const ms = Date.now() - from.at
  memory.stop()
  const mean = (f: (r: SeedResult) => number): number =>
    results.reduce((a, r) => a + f(r), 0) / results.length
  return {
    connected: results.length,
    things: devices.length,
    msgsPerSecond: results.reduce((a, r) => a + r.acked / (r.sendingMs / 1000), 0),
    achievedRate: mean((r) => r.achievedRate),
    errors: spread(results.map((r) => r.rateError)),
    // one device per process: the whole process is what a thing costs
    rssPerThing: mean((r) => r.peakRss),
    processRss: mean((r) => r.peakRss),
    cpuPerThing: mean((r) => r.cpuMs / r.sendingMs),
    broker: { cpu: cpuShare(from.broker, usageOf(emu.child.pid!), ms), peakRss: memory.broker }
  }
}

async function provision(
  iot: IoTClient,
  name: string,
  things: number
): Promise<DeviceCredentials[]> {
  const runId = newRunId()
  const file = path.join(tmpdir(), `ddac-bench-ledger-${runId}-${name}.jsonl`)
  try {
    const t0 = Date.now()
    const fleet = await provisionFleet({
      iot,
      runId,
      ledger: new Ledger(runId, file),
      fleet: { name, things, topic: TOPIC },
      concurrency: 20,
      onProgress: (done, total) => {
        if (done % 100 === 0 || done === total) progress(`  provisioning ${name}: ${done}/${total}`)
      }
    })
    progress(`  provisioned ${things} ${name} things in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    return fleet.devices
  } finally {
    rmSync(file, { force: true })
  }
}

function print(ddac: Figures, seed: Figures): void {
  const rows = [
    ['', 'ddac (one process)', `seed's way (${seed.things} processes)`, 'seed / ddac'],
    [
      'things connected',
      `${ddac.connected} of ${ddac.things}`,
      `${seed.connected} of ${seed.things}`,
      ''
    ],
    [
      'aggregate msg/s (acknowledged)',
      ddac.msgsPerSecond.toFixed(0),
      seed.msgsPerSecond.toFixed(0),
      ''
    ],
    [
      'msg/s per thing, achieved (10 asked)',
      ddac.achievedRate.toFixed(3),
      seed.achievedRate.toFixed(3),
      ''
    ],
    ...(['median', 'p99', 'max'] as const).map((k) => [
      `rate error per thing, ${k}`,
      pct(ddac.errors[k]),
      pct(seed.errors[k]),
      times(seed.errors[k], ddac.errors[k])
    ]),
    [
      'RSS per thing (MB)',
      mb(ddac.rssPerThing),
      mb(seed.rssPerThing),
      times(seed.rssPerThing, ddac.rssPerThing)
    ],
    ['device process peak RSS (MB)', mb(ddac.processRss), mb(seed.processRss), ''],
    [
      'device CPU per thing (% of a core)',
      (ddac.cpuPerThing * 100).toFixed(3),
      (seed.cpuPerThing * 100).toFixed(3),
      times(seed.cpuPerThing, ddac.cpuPerThing)
    ],
    [
      'broker CPU (% of a core)',
      (ddac.broker.cpu * 100).toFixed(0),
      (seed.broker.cpu * 100).toFixed(0),
      ''
    ],
    ['broker peak RSS (MB)', mb(ddac.broker.peakRss), mb(seed.broker.peakRss), '']
  ]
  const width = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const r of rows) console.log('  ' + r.map((cell, c) => cell.padEnd(width[c]!)).join('  '))
  const needed = (seed.rssPerThing * ddac.things) / 1024 ** 3
  for (const line of [
    `ddac's RSS per thing is its process's peak growth while the fleet connected and sent, over the things`,
    `connected (the process held the provisioned fleet before); a seed device's is its whole process's peak.`,
    `The seed's way ran ${seed.things} processes, not ${ddac.things}: at ${mb(seed.rssPerThing)} MB each, ${ddac.things} would need ${needed.toFixed(0)} GB`,
    `and ${ddac.things} aws-crt event loops on 2 cores, so it is measured smaller; its per-thing figures compare.`,
    `The broker is ddac local in a child process (policies, metering and Detect on); its CPU is over each side's`,
    `sending, its RSS holds the account (${ddac.things + seed.things} things, certificates and connection records).`
  ])
    console.log(`  ${line}`)
  const ok =
    ddac.connected === THINGS && ddac.errors.max <= 0.01 && ddac.rssPerThing <= 0.25 * 1024 * 1024
  console.log(
    `  targets (${THINGS} connected at 10 msg/s, max rate error ≤ 1 %, ≤ 0.25 MB per thing): ${ok ? 'met' : 'NOT met'}`
  )
}

// As the CLI does (src/cli/bin.ts): ddac supports Node 20, so the SDK's warning about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
const emu = await startEmulator()
const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true })
try {
  console.log(
    `bench/simulate: ${SECONDS} s at 10 msg/s per thing, ${MESSAGE_SIZE} B QoS 1, on the emulator's broker (ddac local, ` +
      `a child process) over mutual TLS, policies and metering on`
  )
  const fleet = await provision(iot, 'fleet', THINGS)
  const seedDevices = await provision(iot, 'seed', SEED_PROCESSES)
  const ddac = await ddacFleet(fleet, emu)
  console.log(
    `  seed's way: ${SEED_PROCESSES} processes, one device each, sleep after each publish`
  )
  const seed = await seedWay(seedDevices, emu)
  print(ddac, seed)
} finally {
  iot.destroy()
  emu.child.kill('SIGTERM')
}
