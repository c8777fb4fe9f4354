/**
 * The checks that read the broker's connection records: DEVICE_CERTIFICATE_SHARED_CHECK (one certificate
 * used by concurrent connections of different client ids) and CONFLICTING_CLIENT_IDS_CHECK (a client id
 * whose connection was taken over by another connection with the same id).
 */
import type { ConnectionRecord } from '../store/cloud-metrics.js'
import { msString, type AuditResource, type CheckResult, type Window } from './finding.js'

/** Connections that were open at some time inside the window (an open one counts as open until `to`). */
function inWindow(connections: readonly ConnectionRecord[], w: Window): ConnectionRecord[] {
  return connections.filter(
    (c) => c.connectedAt <= w.to && (c.disconnectedAt ?? Infinity) >= w.from
  )
}

function groupBy<K>(
  items: readonly ConnectionRecord[],
  key: (c: ConnectionRecord) => K
): Map<K, ConnectionRecord[]> {
  const groups = new Map<K, ConnectionRecord[]>()
  for (const c of items) groups.set(key(c), [...(groups.get(key(c)) ?? []), c])
  return groups
}

const overlap = (a: ConnectionRecord, b: ConnectionRecord, end: number): boolean =>
  a.connectedAt < Math.min(b.disconnectedAt ?? end, end) &&
  b.connectedAt < Math.min(a.disconnectedAt ?? end, end)

function clientResource(c: ConnectionRecord): AuditResource {
  const info: Record<string, string> = { CONNECTION_TIME: msString(c.connectedAt) }
  if (c.disconnectedAt !== undefined) info.DISCONNECTION_TIME = msString(c.disconnectedAt)
  return {
    resourceType: 'CLIENT_ID',
    resourceIdentifier: { clientId: c.clientId },
    additionalInfo: info
  }
}

/**
 * DEVICE_CERTIFICATE_SHARED_CHECK over `window`, which the engine ends the documented look-back lag
 * (2 hours on AWS) before the check runs, so a connection newer than that is not seen yet.
 */
export function deviceCertificateShared(
  connections: readonly ConnectionRecord[],
  window: Window
): CheckResult {
  const byCert = groupBy(inWindow(connections, window), (c) => c.certificateId)
  const findings: CheckResult['findings'] = []
  for (const [certificateId, list] of byCert) {
    const sharing = list.filter((a) =>
      list.some((b) => b.clientId !== a.clientId && overlap(a, b, window.to))
    )
    if (!sharing.length) continue
    findings.push({
      severity: 'CRITICAL',
      nonCompliantResource: {
        resourceType: 'DEVICE_CERTIFICATE',
        resourceIdentifier: { deviceCertificateId: certificateId }
      },
      // Most recent first, as the guide says.
      relatedResources: [...sharing]
        .sort((a, b) => b.connectedAt - a.connectedAt)
        .map(clientResource),
      reasonForNonCompliance: 'Certificate shared by one or more devices.',
      reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
    })
  }
  return { totalResourcesCount: byCert.size, findings }
}

/** CONFLICTING_CLIENT_IDS_CHECK: a client id one of whose connections was ended by a newer one with the same id. */
export function conflictingClientIds(
  connections: readonly ConnectionRecord[],
  window: Window
): CheckResult {
  const byClient = groupBy(inWindow(connections, window), (c) => c.clientId)
  const findings: CheckResult['findings'] = []
  for (const [clientId, list] of byClient) {
    const knockedOff = list.filter(
      (c) =>
        c.disconnectReason === 'DUPLICATE_CLIENT_ID' &&
        c.disconnectedAt !== undefined &&
        c.disconnectedAt <= window.to
    )
    if (!knockedOff.length) continue
    const principals = [...new Set(list.map((c) => c.certificateId))]
    findings.push({
      severity: 'HIGH',
      nonCompliantResource: { resourceType: 'CLIENT_ID', resourceIdentifier: { clientId } },
      relatedResources: principals.map((id) => {
        const ends = knockedOff.filter((c) => c.certificateId === id).map((c) => c.disconnectedAt!)
        return {
          resourceType: 'DEVICE_CERTIFICATE',
          resourceIdentifier: { deviceCertificateId: id },
          ...(ends.length && {
            additionalInfo: { DISCONNECTION_TIME: msString(Math.max(...ends)) }
          })
        }
      }),
      reasonForNonCompliance: 'Multiple connections use the same client ID.',
      reasonForNonComplianceCode: 'DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS'
    })
  }
  return { totalResourcesCount: byClient.size, findings }
}
