/**
 * One device the seed's way (a process per device, sleep after each publish), for bench/simulate to compare
 * against. Reads its credentials and plan as JSON on stdin (never from disk), prints what it measured.
 */
import { crtConnection } from '../src/simulate/mqtt/crt-connection.js'
import { rateError } from '../src/simulate/pacing.js'

interface Job {
  device: { clientId: string; certificatePem: string; privateKeyPem: string }
  broker: { host: string; port: number; caPem: string }
  topic: string
  messageSize: number
  count: number
  intervalMs: number
}

export interface SeedResult {
  /** |achieved − asked| / asked over the send times */
  rateError: number
  /** messages per second from the send times */
  achievedRate: number
  acked: number
  /** from the first publish to the end of the last sleep */
  sendingMs: number
  /** user + system CPU of the process while sending */
  cpuMs: number
  /**
   * the process's peak RSS while connected, bytes (sampled: getrusage's maxRSS would count the parent's image
   * this child was forked from)
   */
  peakRss: number
}

let input = ''
for await (const chunk of process.stdin) input += String(chunk)
const job = JSON.parse(input) as Job
const connection = await crtConnection(job.device, job.broker, {})
await connection.connect()
const payload = new Uint8Array(job.messageSize).fill(0x41)
const times: number[] = []
let acked = 0
let peakRss = process.memoryUsage.rss()
const cpu = process.cpuUsage()
const start = Date.now()
for (let i = 0; i < job.count; i++) {
  times.push(Date.now())
  await connection.publish(job.topic, payload)
  acked++
  peakRss = Math.max(peakRss, process.memoryUsage.rss())
  await new Promise((r) => setTimeout(r, job.intervalMs))
}
// n messages over n publish-and-sleep cycles
const sendingMs = Date.now() - start
const used = process.cpuUsage(cpu)
await connection.disconnect()
const result: SeedResult = {
  rateError: rateError(times, job.intervalMs) ?? 0,
  achievedRate: ((times.length - 1) * 1000) / (times.at(-1)! - times[0]!),
  acked,
  sendingMs,
  cpuMs: (used.user + used.system) / 1000,
  peakRss
}
process.stdout.write(JSON.stringify(result) + '\n')
