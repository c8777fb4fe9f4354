/**
 * Runs one scenario's traffic on a whole fleet from one process: connects every thing where the traffic keeps
 * a connection (a bounded number of connects in flight), paces all steps from one timer with absolute due
 * times, caps the unsettled steps per thing, counts what the broker accepted, dropped and resent, and always
 * disconnects.
 */
import pLimit from 'p-limit'
import { errorMessage } from '../util/errors.js'
import { Pacer, rateError, spreadStarts } from './pacing.js'
import type { BrokerAddress, ConnectionFactory, DeviceCredentials } from './mqtt/connection.js'
import { DropTunnel } from './mqtt/tunnel.js'
import { persistent, step, type ThingCounters, type ThingRun, type Traffic } from './traffic.js'

export type FleetPhase = 'connecting' | 'sending' | 'holding' | 'settling' | 'disconnecting'

export interface FleetProgress {
  phase: FleetPhase
  done: number
  total: number
  /** steps per second over the whole fleet, since sending started */
  rate: number
  errors: number
  /** estimated time left in this phase */
  leftMs?: number
}

export interface FleetOptions {
  devices: readonly DeviceCredentials[]
  broker: BrokerAddress
  connect: ConnectionFactory
  traffic: Traffic
  /** unsettled steps per thing before its next one waits (default 10; 1 where a step must see the last) */
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

export interface ThingResult extends ThingCounters {
  /** |achieved − asked| / asked over this thing's steps */
  rateError?: number
}

type Totals = Omit<ThingCounters, 'clientId'>

export interface FleetResult extends Totals {
  things: number
  /** things with a persistent connection (or, for per-step traffic, that connected at least once) */
  connected: number
  /** client id → why it could not connect */
  connectFailures: Map<string, string>
  planned: number
  bytes: number
  /** steps per second per thing, asked and achieved (mean over the things that sent) */
  askedRate: number
  achievedRate: number
  rateErrorMean: number
  rateErrorMax: number
  durationMs: number
  /** from the first step to the last settled one */
  sendingMs: number
  perThing: ThingResult[]
  /** planned steps not made because the run was stopped */
  stopped: number
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const isSleep = (t: Traffic): t is Extract<Traffic, { kind: 'hold' }> => t.kind === 'hold'

export async function runFleet(options: FleetOptions): Promise<FleetResult> {
  const now = options.now ?? Date.now
  const { traffic } = options
  const started = now()
  const report = progressThrottle(options, now)
  const things: ThingRun[] = options.devices.map((credentials) => ({
    credentials,
    up: false,
    inflight: 0,
    sendTimes: [],
    counters: {
      clientId: credentials.clientId,
      sent: 0,
      acked: 0,
      failed: 0,
      connects: 0,
      drops: 0,
      denied: 0,
      interruptions: 0,
      reconnects: 0
    }
  }))
  const failures = new Map<string, string>()
  const limit = pLimit(options.connectConcurrency ?? 50)
  if (persistent(traffic)) await connectAll(options, things, failures, limit, report)
  const live = persistent(traffic) ? things.filter((t) => t.connection) : things
  const tunnel = traffic.kind === 'drop' ? await DropTunnel.start(options.broker) : undefined
  const ctx = {
    traffic,
    broker: options.broker,
    connect: options.connect,
    payload: new Uint8Array(traffic.kind === 'publish' ? traffic.messageSize : 16).fill(0x41),
    ...(tunnel ? { tunnel } : {})
  }

  const sendStart = now()
  const [count, intervalMs] = isSleep(traffic) ? [0, 1000] : [traffic.count, traffic.intervalMs]
  const pacer = new Pacer(
    spreadStarts(live.length, intervalMs, sendStart).map((startAt) => ({
      startAt,
      count,
      intervalMs
    }))
  )
  const maxInflight = traffic.kind === 'publish' ? (options.maxInflight ?? 10) : 1
  const pending = new Set<Promise<void>>()
  let errors = failures.size
  try {
    if (isSleep(traffic)) await hold(traffic.holdMs, now, options.signal, report)
    while (!pacer.done() && !options.signal?.aborted) {
      const t = now()
      for (const [i] of pacer.take(t, (i) => maxInflight - live[i]!.inflight)) {
        const thing = live[i]!
        thing.inflight++
        thing.counters.sent++
        thing.sendTimes.push(t)
        const failedBefore = thing.counters.failed
        const p = step(ctx, thing).finally(() => {
          thing.inflight--
          errors += thing.counters.failed - failedBefore
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
      await sleep(next === undefined ? 0 : Math.max(1, Math.min(options.tickMs ?? 5, next - now())))
    }
    report('settling', pacer.taken() - pending.size, pacer.taken(), 0, errors)
    await Promise.allSettled([...pending])
  } finally {
    await tunnel?.close()
  }
  const sendingMs = now() - sendStart
  let disconnected = 0
  const connectedThings = things.filter((t) => t.connection)
  await Promise.all(
    connectedThings.map((t) =>
      limit(async () => {
        await t.connection!.disconnect().catch(() => undefined)
        report('disconnecting', ++disconnected, connectedThings.length, 0, errors)
      })
    )
  )
  return {
    ...summarize(things, failures, pacer, traffic),
    durationMs: now() - started,
    sendingMs
  }
}

async function connectAll(
  options: FleetOptions,
  things: ThingRun[],
  failures: Map<string, string>,
  limit: ReturnType<typeof pLimit>,
  report: Reporter
): Promise<void> {
  let connected = 0
  await Promise.all(
    things.map((thing) =>
      limit(async () => {
        if (options.signal?.aborted) return
        try {
          const c = await options.connect(thing.credentials, options.broker, {
            interrupted: () => {
              thing.up = false
              thing.counters.interruptions++
            },
            resumed: () => {
              thing.up = true
              thing.counters.reconnects++
            }
          })
          await c.connect()
          thing.connection = c
          thing.up = true
          thing.counters.connects++
          connected++
        } catch (e) {
          failures.set(thing.credentials.clientId, errorMessage(e))
        }
        report('connecting', connected + failures.size, things.length, 0, failures.size)
      })
    )
  )
}

async function hold(
  holdMs: number,
  now: () => number,
  signal: AbortSignal | undefined,
  report: Reporter
): Promise<void> {
  const end = now() + holdMs
  while (now() < end && !signal?.aborted) {
    report('holding', holdMs - (end - now()), holdMs, 0, 0, end - now())
    await sleep(Math.min(250, Math.max(1, end - now())))
  }
}

function summarize(
  things: ThingRun[],
  connectFailures: Map<string, string>,
  pacer: Pacer,
  traffic: Traffic
): Omit<FleetResult, 'durationMs' | 'sendingMs'> {
  const intervalMs = isSleep(traffic) ? 1000 : traffic.intervalMs
  const perThing = things.map((t): ThingResult => {
    const err = rateError(t.sendTimes, intervalMs)
    return err === undefined ? { ...t.counters } : { ...t.counters, rateError: err }
  })
  const sum = (k: keyof Totals): number => perThing.reduce((n, t) => n + t[k], 0)
  const errors = perThing.flatMap((t) => (t.rateError === undefined ? [] : [t.rateError]))
  const achieved = things.flatMap((t) =>
    t.sendTimes.length > 1
      ? [((t.sendTimes.length - 1) * 1000) / (t.sendTimes.at(-1)! - t.sendTimes[0]!)]
      : []
  )
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  return {
    things: things.length,
    connected: things.filter((t) => t.counters.connects > 0).length,
    connectFailures,
    planned: pacer.planned(),
    sent: sum('sent'),
    acked: sum('acked'),
    failed: sum('failed'),
    connects: sum('connects'),
    drops: sum('drops'),
    denied: sum('denied'),
    interruptions: sum('interruptions'),
    reconnects: sum('reconnects'),
    bytes: traffic.kind === 'publish' ? sum('acked') * traffic.messageSize : 0,
    askedRate: 1000 / intervalMs,
    achievedRate: mean(achieved),
    rateErrorMean: mean(errors),
    rateErrorMax: errors.length ? Math.max(...errors) : 0,
    perThing,
    stopped: pacer.planned() - pacer.taken()
  }
}

type Reporter = (
  phase: FleetPhase,
  done: number,
  total: number,
  rate: number,
  errors: number,
  leftMs?: number
) => void

/** Progress at most every `progressEveryMs`, and always at a phase's end. */
function progressThrottle(options: FleetOptions, now: () => number): Reporter {
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
