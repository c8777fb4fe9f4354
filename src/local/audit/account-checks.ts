/**
 * The checks that read the account's registry: DEVICE_CERTIFICATE_EXPIRING_CHECK,
 * REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK and LOGGING_DISABLED_CHECK. Both certificate checks apply
 * to certificates that are ACTIVE or PENDING_TRANSFER, as the guide says.
 */
import type { Millis } from '../clock/clock.js'
import type { CertificateRecord, LoggingOptionsRecord } from '../store/records.js'
import { DAY_MS, msString, type CheckResult } from './finding.js'

/** The guide's default: expiring within 30 days (CERT_EXPIRATION_THRESHOLD_IN_DAYS overrides it). */
export const DEFAULT_EXPIRATION_THRESHOLD_DAYS = 30

const inUse = (c: CertificateRecord): boolean =>
  c.status === 'ACTIVE' || c.status === 'PENDING_TRANSFER'

const certificate = (c: CertificateRecord) =>
  ({
    resourceType: 'DEVICE_CERTIFICATE',
    resourceIdentifier: { deviceCertificateId: c.certificateId }
  }) as const

export function deviceCertificateExpiring(
  certificates: readonly CertificateRecord[],
  now: Millis,
  thresholdDays: number = DEFAULT_EXPIRATION_THRESHOLD_DAYS
): CheckResult {
  const checked = certificates.filter(inUse)
  const findings: CheckResult['findings'] = []
  for (const c of checked) {
    const expiry = c.validity.notAfter
    if (expiry > now + thresholdDays * DAY_MS) continue
    const past = expiry <= now
    findings.push({
      severity: 'MEDIUM',
      nonCompliantResource: {
        ...certificate(c),
        additionalInfo: { EXPIRATION_TIME: msString(expiry) }
      },
      reasonForNonCompliance: past ? 'Certificate has expired.' : 'Certificate is expiring.',
      reasonForNonComplianceCode: past
        ? 'CERTIFICATE_PAST_EXPIRATION'
        : 'CERTIFICATE_APPROACHING_EXPIRATION'
    })
  }
  return { totalResourcesCount: checked.length, findings }
}

/** `revokedByIssuer`: ids of the certificates their CA's revocation list names. */
export function revokedDeviceCertificateStillActive(
  certificates: readonly CertificateRecord[],
  revokedByIssuer: ReadonlySet<string>
): CheckResult {
  const checked = certificates.filter(inUse)
  return {
    totalResourcesCount: checked.length,
    findings: checked
      .filter((c) => revokedByIssuer.has(c.certificateId))
      .map((c) => ({
        severity: 'MEDIUM',
        nonCompliantResource: certificate(c),
        reasonForNonCompliance: 'Certificate is revoked by issuer but still active.',
        reasonForNonComplianceCode: 'CERTIFICATE_REVOKED_BY_ISSUER'
      }))
  }
}

/** Logging counts as enabled when v1 or v2 logs at some level; the check verifies both, as the guide says. */
export function loggingDisabled(
  options: LoggingOptionsRecord | undefined,
  account: string
): CheckResult {
  const v1 = options?.v1 !== undefined && options.v1.logLevel !== 'DISABLED'
  const v2 =
    options?.v2 !== undefined &&
    !options.v2.disableAllLogs &&
    options.v2.defaultLogLevel !== 'DISABLED'
  return {
    totalResourcesCount: 1,
    findings:
      v1 || v2
        ? []
        : [
            {
              severity: 'LOW',
              nonCompliantResource: {
                resourceType: 'ACCOUNT_SETTINGS',
                resourceIdentifier: { account }
              },
              reasonForNonCompliance: 'Logging is disabled.',
              reasonForNonComplianceCode: 'LOGGING_DISABLED'
            }
          ]
  }
}
