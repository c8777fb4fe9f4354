/**
 * One device the seed's way (a process per device, sleep after each publish), for bench/simulate to compare
 * against. Reads its credentials and plan as JSON on stdin (never from disk), prints its send times' rate error.
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

let input = ''
for await (const chunk of process.stdin) input += String(chunk)
const job = JSON.parse(input) as Job
const connection = await crtConnection(job.device, job.broker, {})
await connection.connect()
const payload = new Uint8Array(job.messageSize).fill(0x41)
const times: number[] = []
for (let i = 0; i < job.count; i++) {
  times.push(Date.now())
  await connection.publish(job.topic, payload)
  await new Promise((r) => setTimeout(r, job.intervalMs))
}
const rss = process.memoryUsage().rss
await connection.disconnect()
process.stdout.write(
  JSON.stringify({ rateError: rateError(times, job.intervalMs) ?? 0, rss }) + '\n'
)
