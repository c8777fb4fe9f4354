/**
 * Runs one publishing plan on a whole fleet from one process: connects every thing (a bounded number of
 * connects in flight), paces all sends from one timer with absolute due times, caps the unacknowledged
 * publishes per thing, counts what the broker accepted, dropped and resent, and always disconnects.
 */
import pLimit from 'p-limit'
import { Pacer, rateError, spreadStarts } from './pacing.js'
import type {
  BrokerAddress,
  ConnectionFactory,
  DeviceConnection,
  DeviceCredentials
} from './mqtt/connection.js'

/** AWS IoT caps one connection at 100 publishes per second. */
export const AWS_MAX_PUBLISHES_PER_SECOND = 100

export interface PublishPlan {
  topic: string
  messageSize: number
  /** messages per thing */
  count: number
  intervalMs: number
}

export type FleetPhase = 'connecting' | 'sending' | 'settling' | 'disconnecting'

export interface FleetProgress {
  phase: FleetPhase
  done: number
  total: number
  /** messages per second over the whole fleet, since sending started */
  rate: number
  errors: number
  /** estimated time left in this phase */
  leftMs?: number
}

export interface FleetOptions {
  devices: readonly DeviceCredentials[]
  broker: BrokerAddress
  connect: ConnectionFactory
  plan: PublishPlan
  /** unacknowledged publishes per thing before its next send waits (default 10) */
  maxInflight?: number
  /** connects in flight at once (default 50: AWS's connect rate is per account) */
  connectConcurrency?: number
  /** the pacing timer's period (default 5 ms) */
  tickMs?: number
  now?: () => number
  onProgress?: (p: FleetProgress) => void
  /** how often progress is reported (default 1 s) */
  progressEveryMs?: number
  /** stop sending; connected things are still disconnected */
  signal?: AbortSignal
}

export interface ThingResult {
  clientId: string
  sent: number
  acked: number
  failed: number
  interruptions: number
  reconnects: number
  /** |achieved − asked| / asked over this thing's sends */
  rateError?: number
}

export interface FleetResult {
  things: number
  connected: number
  /** client id → why it could not connect */
  connectFailures: Map<string, string>
  planned: number
  sent: number
  acked: number
  failed: number
  bytes: number
  interruptions: number
  reconnects: number
  /** messages per second per thing, asked and achieved (mean over the things that sent) */
  askedRate: number
  achievedRate: number
  rateErrorMean: number
  rateErrorMax: number
  durationMs: number
  /** from the first send to the last acknowledgement */
  sendingMs: number
  perThing: ThingResult[]
  /** planned sends not made because the run was stopped */
  stopped: number
}

interface Device {
  credentials: DeviceCredentials
  connection?: DeviceConnection
  inflight: number
  sendTimes: number[]
  result: ThingResult
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

export async function runFleet(options: FleetOptions): Promise<FleetResult> {
  const now = options.now ?? Date.now
  const { plan } = options
  const maxInflight = options.maxInflight ?? 10
  const tickMs = options.tickMs ?? 5
  const started = now()
  const devices: Device[] = options.devices.map((credentials) => ({
    credentials,
    inflight: 0,
    sendTimes: [],
    result: {
      clientId: credentials.clientId,
      sent: 0,
      acked: 0,
      failed: 0,
      interruptions: 0,
      reconnects: 0
    }
  }))
  const failures = new Map<string, string>()
  const report = progressThrottle(options, now)

  // Connect: a bounded number in flight, as AWS limits connects per second per account.
  const limit = pLimit(options.connectConcurrency ?? 50)
  let connected = 0
  await Promise.all(
    devices.map((d) =>
      limit(async () => {
        if (options.signal?.aborted) return
        try {
          const c = await options.connect(d.credentials, options.broker, {
            interrupted: () => d.result.interruptions++,
            resumed: () => d.result.reconnects++
          })
          await c.connect()
          d.connection = c
          connected++
        } catch (e) {
          failures.set(d.credentials.clientId, e instanceof Error ? e.message : String(e))
        }
        report('connecting', connected + failures.size, devices.length, 0, failures.size)
      })
    )
  )

  const live = devices.filter((d) => d.connection)
  const payload = new Uint8Array(plan.messageSize).fill(0x41) // 'A' × size, as the seed's flood
  const sendStart = now()
  const pacer = new Pacer(
    spreadStarts(live.length, plan.intervalMs, sendStart).map((startAt) => ({
      startAt,
      count: plan.count,
      intervalMs: plan.intervalMs
    }))
  )
  const pending = new Set<Promise<void>>()
  let errors = failures.size
  while (!pacer.done() && !options.signal?.aborted) {
    const t = now()
    for (const [i] of pacer.take(t, (i) => maxInflight - live[i]!.inflight)) {
      const d = live[i]!
      d.inflight++
      d.result.sent++
      d.sendTimes.push(t)
      const p = d
        .connection!.publish(plan.topic, payload)
        .then(
          () => void d.result.acked++,
          () => {
            d.result.failed++
            errors++
          }
        )
        .finally(() => {
          d.inflight--
          pending.delete(p)
        })
      pending.add(p)
    }
    const sent = pacer.taken()
    const elapsed = (now() - sendStart) / 1000
    const rate = elapsed > 0 ? sent / elapsed : 0
    const left = pacer.planned() - sent
    report(
      'sending',
      sent,
      pacer.planned(),
      rate,
      errors,
      rate > 0 ? (left / rate) * 1000 : undefined
    )
    const next = pacer.earliest()
    await sleep(next === undefined ? 0 : Math.max(1, Math.min(tickMs, next - now())))
  }
  report('settling', pacer.taken() - pending.size, pacer.taken(), 0, errors)
  await Promise.allSettled([...pending])
  const sendingMs = now() - sendStart

  let disconnected = 0
  await Promise.all(
    live.map((d) =>
      limit(async () => {
        await d.connection!.disconnect().catch(() => undefined)
        report('disconnecting', ++disconnected, live.length, 0, errors)
      })
    )
  )
  return { ...summarize(devices, connected, failures, pacer, plan, now() - started), sendingMs }
}

function summarize(
  devices: Device[],
  connected: number,
  connectFailures: Map<string, string>,
  pacer: Pacer,
  plan: PublishPlan,
  durationMs: number
): Omit<FleetResult, 'sendingMs'> {
  const perThing = devices.map((d) => {
    const err = rateError(d.sendTimes, plan.intervalMs)
    return err === undefined ? d.result : { ...d.result, rateError: err }
  })
  const sum = (k: 'sent' | 'acked' | 'failed' | 'interruptions' | 'reconnects'): number =>
    perThing.reduce((n, t) => n + t[k], 0)
  const errors = perThing.flatMap((t) => (t.rateError === undefined ? [] : [t.rateError]))
  const askedRate = 1000 / plan.intervalMs
  const achieved = devices.flatMap((d) =>
    d.sendTimes.length > 1
      ? [((d.sendTimes.length - 1) * 1000) / (d.sendTimes.at(-1)! - d.sendTimes[0]!)]
      : []
  )
  return {
    things: devices.length,
    connected,
    connectFailures,
    planned: devices.length * plan.count,
    sent: sum('sent'),
    acked: sum('acked'),
    failed: sum('failed'),
    bytes: sum('acked') * plan.messageSize,
    interruptions: sum('interruptions'),
    reconnects: sum('reconnects'),
    askedRate,
    achievedRate: achieved.length ? achieved.reduce((a, b) => a + b, 0) / achieved.length : 0,
    rateErrorMean: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : 0,
    rateErrorMax: errors.length ? Math.max(...errors) : 0,
    durationMs,
    perThing,
    stopped: pacer.planned() - pacer.taken()
  }
}

/** Progress at most every `progressEveryMs`, and always at a phase's end. */
function progressThrottle(
  options: FleetOptions,
  now: () => number
): (
  phase: FleetPhase,
  done: number,
  total: number,
  rate: number,
  errors: number,
  leftMs?: number
) => void {
  const every = options.progressEveryMs ?? 1000
  let last = -Infinity
  return (phase, done, total, rate, errors, leftMs) => {
    if (!options.onProgress) return
    const t = now()
    if (done < total && t - last < every) return
    last = t
    options.onProgress({
      phase,
      done,
      total,
      rate,
      errors,
      ...(leftMs === undefined ? {} : { leftMs })
    })
  }
}
