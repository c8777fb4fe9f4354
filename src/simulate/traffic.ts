/**
 * What one scenario does on each thing, one step per due time of the pacer. The scenario names of the profile
 * file map onto these (simulate/scenarios.ts); each step moves the cloud-side metric its scenario is about.
 */
import type { DropTunnel } from './mqtt/tunnel.js'
import type {
  BrokerAddress,
  ConnectionFactory,
  DeviceConnection,
  DeviceCredentials
} from './mqtt/connection.js'

export type Traffic =
  /** anomaly, baseline: `count` messages of `messageSize` bytes, one every interval */
  | { kind: 'publish'; topic: string; messageSize: number; count: number; intervalMs: number }
  /** auth-failures: publishes the policy denies (AWS then closes the connection; the client reconnects) */
  | { kind: 'denied-publish'; topic: string; count: number; intervalMs: number }
  /** connection-churn: a fresh connection connected and cleanly disconnected per step */
  | { kind: 'churn'; count: number; intervalMs: number }
  /** disconnects: a fresh connection dropped at the TCP level, no MQTT DISCONNECT */
  | { kind: 'drop'; count: number; intervalMs: number }
  /** shared-certificate: every thing connected at once, held */
  | { kind: 'hold'; holdMs: number }

/** Persistent connections for the whole run, or one per step. */
export const persistent = (t: Traffic): boolean =>
  t.kind === 'publish' || t.kind === 'denied-publish' || t.kind === 'hold'

export interface ThingCounters {
  clientId: string
  /** steps started */
  sent: number
  /** publishes acknowledged, or connects that succeeded */
  acked: number
  failed: number
  /** connections made (persistent or per step) */
  connects: number
  /** connections dropped without DISCONNECT by the runner */
  drops: number
  /** publishes sent outside what the policy allows */
  denied: number
  /** interruptions seen by a persistent connection (the broker closed it) */
  interruptions: number
  /** reconnects made by the client after an interruption */
  reconnects: number
}

export interface ThingRun {
  credentials: DeviceCredentials
  connection?: DeviceConnection
  /** false between an interruption and the reconnect */
  up: boolean
  inflight: number
  sendTimes: number[]
  counters: ThingCounters
}

export interface StepContext {
  traffic: Traffic
  broker: BrokerAddress
  connect: ConnectionFactory
  tunnel?: DropTunnel
  payload: Uint8Array
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** The topic a denied publish goes to: outside the one topic the run's policy allows. */
export const deniedTopic = (topic: string): string => `${topic}/ddac-denied`

async function untilUp(thing: ThingRun, deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs
  while (!thing.up && Date.now() < end) await sleep(20)
}

/** One step of the traffic on one thing. Resolves when it is settled; failures are counted, not thrown. */
export async function step(ctx: StepContext, thing: ThingRun): Promise<void> {
  const c = thing.counters
  const t = ctx.traffic
  try {
    switch (t.kind) {
      case 'publish':
        await thing.connection!.publish(t.topic, ctx.payload)
        c.acked++
        return
      case 'denied-publish':
        // A broker that closes the connection on a denial (AWS) must be back before the next attempt counts.
        await untilUp(thing, 10_000)
        c.denied++
        await thing.connection!.publish(deniedTopic(t.topic), ctx.payload).catch(() => undefined)
        return
      case 'churn': {
        const conn = await ctx.connect(thing.credentials, ctx.broker, {})
        await conn.connect()
        c.connects++
        await conn.disconnect()
        c.acked++
        return
      }
      case 'drop': {
        const tunnel = ctx.tunnel!
        const id = thing.credentials.clientId
        tunnel.allow(id)
        const conn = await ctx.connect(thing.credentials, ctx.broker, { tunnelPort: tunnel.port })
        await conn.connect()
        c.connects++
        c.drops += tunnel.cut(id) > 0 ? 1 : 0
        // The client would reconnect through the (now refusing) tunnel: stop it without a DISCONNECT on the wire.
        await conn.disconnect().catch(() => undefined)
        c.acked++
        return
      }
      case 'hold':
        return
    }
  } catch {
    c.failed++
  }
}
