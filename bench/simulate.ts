/**
 * bench/simulate: a fleet from one process (one pacer, aws-crt connections) against the seed's way (one process
 * per device, sleep after each publish), side by side in one run, on a broker over mutual TLS (Debian's
 * mosquitto; the emulator's own broker once it has one).
 *
 * Prints things connected, aggregate messages/s, per-thing rate error (mean, max), RSS per connected thing, and
 * the ratios. Targets on a 2-core machine: 1,000 things at 10 messages/s each, per-thing rate error ≤ 1 %,
 * ≤ 0.25 MB RSS per thing.
 *
 *   npm run bench:simulate            # BENCH_THINGS, BENCH_SECONDS, BENCH_SEED_PROCESSES to change the sizes
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startMosquitto } from '../__tests__/helpers/mosquitto.js'
import { CertificateAuthority } from '../src/local/pki/ca.js'
import { runFleet } from '../src/simulate/fleet.js'
import { makeDeviceKey } from '../src/simulate/keys.js'
import type { DeviceCredentials } from '../src/simulate/mqtt/connection.js'
import { crtConnection } from '../src/simulate/mqtt/crt-connection.js'

const THINGS = Number(process.env.BENCH_THINGS ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const SEED_PROCESSES = Number(process.env.BENCH_SEED_PROCESSES ?? 20)
const INTERVAL_MS = 100 // 10 messages per second per thing
const MESSAGE_SIZE = 200
const COUNT = (SECONDS * 1000) / INTERVAL_MS

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(3)
const pct = (x: number): string => `${(x * 100).toFixed(2)} %`

async function devices(
  ca: CertificateAuthority,
  n: number,
  prefix: string
): Promise<DeviceCredentials[]> {
  const out: DeviceCredentials[] = []
  for (let i = 0; i < n; i++) {
    const clientId = `${prefix}-${String(i).padStart(4, '0')}`
    const key = await makeDeviceKey(clientId)
    const cert = await ca.signRequest(key.csrPem)
    out.push({ clientId, certificatePem: cert.certificatePem, privateKeyPem: key.privateKeyPem })
  }
  return out
}

async function fleetFromOneProcess(
  ca: CertificateAuthority,
  broker: { host: string; port: number; caPem: string }
): Promise<{
  connected: number
  msgsPerSecond: number
  mean: number
  max: number
  rssPerThing: number
}> {
  const fleet = await devices(ca, THINGS, 'bench-fleet')
  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200)
  const result = await runFleet({
    devices: fleet,
    broker,
    connect: crtConnection,
    traffic: {
      kind: 'publish',
      topic: 'bench/fleet',
      messageSize: MESSAGE_SIZE,
      count: COUNT,
      intervalMs: INTERVAL_MS
    },
    onProgress: (p) => {
      if (p.phase === 'sending')
        process.stderr.write(
          `\r  fleet: ${p.done}/${p.total} sent, ${p.rate.toFixed(0)} msg/s, ${p.errors} errors   `
        )
    }
  })
  clearInterval(sampler)
  process.stderr.write('\n')
  return {
    connected: result.connected,
    msgsPerSecond: result.acked / (result.sendingMs / 1000),
    mean: result.rateErrorMean,
    max: result.rateErrorMax,
    rssPerThing: (peak - before) / Math.max(1, result.connected)
  }
}

async function seedWay(
  ca: CertificateAuthority,
  broker: { host: string; port: number; caPem: string }
): Promise<{ processes: number; mean: number; max: number; rssPerThing: number }> {
  const fleet = await devices(ca, SEED_PROCESSES, 'bench-seed')
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed-device.js')
  const results = await Promise.all(
    fleet.map(
      (device) =>
        new Promise<{ rateError: number; rss: number }>((resolve, reject) => {
          const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] })
          let out = ''
          child.stdout.on('data', (c: Buffer) => (out += c.toString()))
          child.on('exit', (code) =>
            code === 0
              ? resolve(JSON.parse(out) as { rateError: number; rss: number })
              : reject(new Error(`seed device exited ${code}`))
          )
          child.stdin.end(
            JSON.stringify({
              device,
              broker,
              topic: 'bench/seed',
              messageSize: MESSAGE_SIZE,
              count: COUNT,
              intervalMs: INTERVAL_MS
            })
          )
        })
    )
  )
  const errors = results.map((r) => r.rateError)
  return {
    processes: results.length,
    mean: errors.reduce((a, b) => a + b, 0) / errors.length,
    max: Math.max(...errors),
    rssPerThing: results.reduce((a, r) => a + r.rss, 0) / results.length
  }
}

const ca = await CertificateAuthority.create('ddac bench CA')
const broker = await startMosquitto(ca)
try {
  console.log(
    `bench/simulate: ${THINGS} things × 10 msg/s × ${SECONDS} s, ${MESSAGE_SIZE} B QoS 1, mosquitto over mutual TLS`
  )
  const fleet = await fleetFromOneProcess(ca, broker)
  console.log(
    `  seed's way: ${SEED_PROCESSES} processes, one device each, sleep after each publish`
  )
  const seed = await seedWay(ca, broker)
  const rows = [
    ['', 'ddac (one process)', `seed's way (${seed.processes} processes)`, 'ratio seed / ddac'],
    ['things connected', String(fleet.connected), String(seed.processes), ''],
    ['aggregate msg/s', fleet.msgsPerSecond.toFixed(0), '', ''],
    [
      'rate error mean',
      pct(fleet.mean),
      pct(seed.mean),
      (seed.mean / Math.max(fleet.mean, 1e-9)).toFixed(1) + '×'
    ],
    [
      'rate error max',
      pct(fleet.max),
      pct(seed.max),
      (seed.max / Math.max(fleet.max, 1e-9)).toFixed(1) + '×'
    ],
    [
      'RSS per thing (MB)',
      mb(fleet.rssPerThing),
      mb(seed.rssPerThing),
      (seed.rssPerThing / fleet.rssPerThing).toFixed(0) + '×'
    ]
  ]
  const width = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const r of rows) console.log('  ' + r.map((cell, c) => cell.padEnd(width[c]!)).join('  '))
  const ok =
    fleet.connected === THINGS && fleet.max <= 0.01 && fleet.rssPerThing <= 0.25 * 1024 * 1024
  console.log(
    `  targets (${THINGS} connected, max rate error ≤ 1 %, ≤ 0.25 MB per thing): ${ok ? 'met' : 'NOT met'}`
  )
} finally {
  await broker.stop()
}
