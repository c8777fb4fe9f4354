/**
 * What the emulator's data plane (the MQTT broker) records and what its Detect and Audit engines read: the
 * cloud-side metrics AWS IoT counts per thing (src/model/catalog/metrics.ts lists them), and one record per
 * MQTT connection. They live in the account's store, so they persist with `--data-dir`.
 */
import type { Millis } from '../clock/clock.js'

/** The cloud-side metrics the broker counts (AWS measures them in the cloud, so no agent is needed). */
export const CLOUD_METRICS = [
  'aws:num-messages-sent',
  'aws:num-messages-received',
  'aws:message-byte-size',
  'aws:num-authorization-failures',
  'aws:num-connection-attempts',
  'aws:num-disconnects'
] as const
export type CloudMetric = (typeof CLOUD_METRICS)[number]

/**
 * One observation for one thing. Counters (`num-…`) are samples of 1 (or n) at the moment the event
 * happened; `aws:message-byte-size` is one sample per message whose value is its payload size in bytes, as
 * AWS evaluates that metric per message rather than as a sum over the period.
 */
export interface MetricSample {
  thingName: string
  metric: CloudMetric
  at: Millis
  value: number
}

/** One MQTT connection as the broker saw it: what the shared-certificate and client-id audit checks read. */
export interface ConnectionRecord {
  /** a unique id of this connection */
  id: string
  clientId: string
  /** the certificate the client presented (its certificateId: SHA-256 of the DER, hex) */
  certificateId: string
  /** the thing the client id names, when it names one attached to the certificate */
  thingName?: string
  sourceIp: string
  sourcePort: number
  connectedAt: Millis
  /** absent while connected */
  disconnectedAt?: Millis
  /**
   * why it ended: the client's DISCONNECT, a dropped socket, a denied action, a takeover by a connection with
   * the same client id, the server's own (a certificate no longer ACTIVE); AWS's lifecycle events spell two of
   * them AUTH_ERROR and DUPLICATE_CLIENTID
   */
  disconnectReason?:
    | 'CLIENT_INITIATED_DISCONNECT'
    | 'CONNECTION_LOST'
    | 'AUTHORIZATION_FAILURE'
    | 'DUPLICATE_CLIENT_ID'
    | 'SERVER_INITIATED_DISCONNECT'
}
