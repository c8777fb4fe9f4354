/**
 * The cloud-side metrics the broker counts, as ../shared/aws-iot-docs/detect-cloud-side-metrics.md defines
 * them, attributed to the client id: the thing of that name, or an unregistered device, whose metrics AWS
 * tracks by its client id (../shared/aws-iot-docs/device-defender-detect.md, "unregistered devices"): messages
 * sent and received, the byte size of each message sent, authorization failures (connect, publish, subscribe,
 * receive), connection attempts whether they succeed or not, and disconnects. Samples reach the account in
 * batches; one record per connection is kept for the audit.
 */
import type { CloudMetric, ConnectionRecord, MetricSample } from '../store/cloud-metrics.js'
import type { DataPlaneAccount } from './account-view.js'

/** Samples wait at most this long (or this many) before they reach Detect. */
const BATCH = 500

export interface MeteredSession {
  id: string
  certificateId: string
  ctx?: { clientId: string; thingName?: string; thingIsAttached: boolean; sourceIp?: string }
  connectedAt?: number
}

export type DisconnectReason = NonNullable<ConnectionRecord['disconnectReason']>

/** Totals per thing since the broker started: counts, and the sum of message byte sizes. */
export type ThingTotals = Record<CloudMetric, number>

const zero = (): ThingTotals => ({
  'aws:num-messages-sent': 0,
  'aws:num-messages-received': 0,
  'aws:message-byte-size': 0,
  'aws:num-authorization-failures': 0,
  'aws:num-connection-attempts': 0,
  'aws:num-disconnects': 0
})

export class Meter {
  private pending: MetricSample[] = []
  private scheduled = false
  readonly totals = new Map<string, ThingTotals>()

  constructor(private readonly account: DataPlaneAccount) {}

  private add(thingName: string | undefined, metric: CloudMetric, value = 1): void {
    if (thingName === undefined) return
    let t = this.totals.get(thingName)
    if (!t) this.totals.set(thingName, (t = zero()))
    t[metric] += value
    this.pending.push({ thingName, metric, at: this.account.now(), value })
    if (this.pending.length >= BATCH) this.flush()
    else if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.flush())
    }
  }

  flush(): void {
    this.scheduled = false
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    this.account.record(batch)
  }

  attempt(thing: string | undefined): void {
    this.add(thing, 'aws:num-connection-attempts')
  }

  denied(thing: string | undefined): void {
    this.add(thing, 'aws:num-authorization-failures')
  }

  connected(s: MeteredSession, sourcePort: number): void {
    if (!s.ctx) return
    const connectedAt = this.account.now()
    s.connectedAt = connectedAt
    const record: ConnectionRecord = {
      id: s.id,
      clientId: s.ctx.clientId,
      certificateId: s.certificateId,
      ...(s.ctx.thingName && s.ctx.thingIsAttached ? { thingName: s.ctx.thingName } : {}),
      sourceIp: s.ctx.sourceIp ?? '',
      sourcePort,
      connectedAt
    }
    this.account.opened(record)
  }

  published(thing: string | undefined, bytes: number): void {
    this.add(thing, 'aws:num-messages-sent')
    this.add(thing, 'aws:message-byte-size', bytes)
  }

  received(thing: string | undefined): void {
    this.add(thing, 'aws:num-messages-received')
  }

  disconnected(s: MeteredSession, reason: DisconnectReason): void {
    if (s.connectedAt === undefined) return // never connected: the refused attempt was counted
    this.add(s.ctx?.clientId, 'aws:num-disconnects')
    this.account.closed(s.id, this.account.now(), reason)
    s.connectedAt = undefined
  }
}
