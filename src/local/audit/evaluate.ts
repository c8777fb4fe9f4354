/**
 * One audit task's checks evaluated over a snapshot of what they read: the check name → its result. Checks
 * the emulator cannot evaluate (Cognito, role aliases, CA certificates, key quality, certificate age) read
 * resources it does not hold or data it does not keep, so they complete compliant with 0 resources.
 */
import type { Millis } from '../clock/clock.js'
import type { ConnectionRecord } from '../store/cloud-metrics.js'
import type { AuditCheckConfiguration } from '@aws-sdk/client-iot'
import type { CertificateRecord, LoggingOptionsRecord, PolicyRecord } from '../store/records.js'
import {
  DEFAULT_EXPIRATION_THRESHOLD_DAYS,
  deviceCertificateExpiring,
  loggingDisabled,
  revokedDeviceCertificateStillActive
} from './account-checks.js'
import { conflictingClientIds, deviceCertificateShared } from './connection-checks.js'
import { DAY_MS, type CheckResult } from './finding.js'
import { iotPolicyOverlyPermissive, type PolicyAnalysis } from './policy-checks.js'

/** What the checks read, taken from the store when the task completes. */
export interface AuditInputs {
  account: string
  certificates: readonly CertificateRecord[]
  policies: readonly PolicyRecord[]
  connections: readonly ConnectionRecord[]
  loggingOptions: LoggingOptionsRecord | undefined
  /** certificate ids their issuer's revocation list names (the emulator's CA revokes none) */
  revokedByIssuer: ReadonlySet<string>
  checkConfigurations: Record<string, AuditCheckConfiguration>
  /** IOT_POLICY_OVERLY_PERMISSIVE_CHECK's analysis; the text rules of policy-checks.ts when absent */
  overlyPermissive?: PolicyAnalysis
}

export interface AuditTiming {
  taskStartTime: Millis
  /** when the checks run */
  now: Millis
  /** the previous run of the same scheduled audit; undefined on demand */
  lastRun?: Millis
  /** DEVICE_CERTIFICATE_SHARED_CHECK sees connections up to this long before it runs (2 h on AWS) */
  lookbackLagMs: number
}

/** On demand the connection checks read 31 days back; a scheduled audit reads since its last run. */
export const ON_DEMAND_LOOKBACK_MS = 31 * DAY_MS

function expirationThreshold(config: AuditCheckConfiguration | undefined): number {
  const days = Number(config?.configuration?.CERT_EXPIRATION_THRESHOLD_IN_DAYS)
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_EXPIRATION_THRESHOLD_DAYS
}

export function evaluateCheck(name: string, inputs: AuditInputs, timing: AuditTiming): CheckResult {
  const from = timing.lastRun ?? timing.taskStartTime - ON_DEMAND_LOOKBACK_MS
  switch (name) {
    case 'DEVICE_CERTIFICATE_SHARED_CHECK':
      // On demand: up to the lag before the check runs; scheduled: both ends the lag earlier.
      return timing.lastRun === undefined
        ? deviceCertificateShared(inputs.connections, {
            from,
            to: timing.now - timing.lookbackLagMs
          })
        : deviceCertificateShared(inputs.connections, {
            from: from - timing.lookbackLagMs,
            to: timing.taskStartTime - timing.lookbackLagMs
          })
    case 'CONFLICTING_CLIENT_IDS_CHECK':
      return conflictingClientIds(inputs.connections, { from, to: timing.taskStartTime })
    case 'IOT_POLICY_OVERLY_PERMISSIVE_CHECK':
      return iotPolicyOverlyPermissive(inputs.policies, inputs.overlyPermissive)
    case 'LOGGING_DISABLED_CHECK':
      return loggingDisabled(inputs.loggingOptions, inputs.account)
    case 'REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK':
      return revokedDeviceCertificateStillActive(inputs.certificates, inputs.revokedByIssuer)
    case 'DEVICE_CERTIFICATE_EXPIRING_CHECK':
      return deviceCertificateExpiring(
        inputs.certificates,
        timing.now,
        expirationThreshold(inputs.checkConfigurations[name])
      )
    default:
      return { totalResourcesCount: 0, findings: [] }
  }
}
