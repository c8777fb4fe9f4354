/**
 * What an audit check returns: its findings, shaped as ListAuditFindings returns them (less the ids and
 * times the engine adds), and the counts DescribeAuditTask reports for the check.
 */
import type { Millis } from '../clock/clock.js'

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW'

export interface ResourceIdentifier {
  deviceCertificateId?: string
  clientId?: string
  policyVersionIdentifier?: { policyName: string; policyVersionId: string }
  account?: string
}

export interface AuditResource {
  resourceType: 'DEVICE_CERTIFICATE' | 'CLIENT_ID' | 'IOT_POLICY' | 'ACCOUNT_SETTINGS'
  resourceIdentifier: ResourceIdentifier
  /** epoch-millisecond strings and other facts, as AWS puts them */
  additionalInfo?: Record<string, string>
}

export interface CheckFinding {
  severity: Severity
  nonCompliantResource: AuditResource
  relatedResources?: AuditResource[]
  reasonForNonCompliance: string
  reasonForNonComplianceCode: string
}

export interface CheckResult {
  /** resources the check looked at */
  totalResourcesCount: number
  findings: CheckFinding[]
}

/** The time range a connection-based check reads: on demand the 31 days before the audit, scheduled since the last run. */
export interface Window {
  from: Millis
  to: Millis
}

export const DAY_MS = 86_400_000
export const HOUR_MS = 3_600_000

/** checkRunStatus of a completed check */
export function runStatus(result: CheckResult): 'COMPLETED_COMPLIANT' | 'COMPLETED_NON_COMPLIANT' {
  return result.findings.length ? 'COMPLETED_NON_COMPLIANT' : 'COMPLETED_COMPLIANT'
}

/** additionalInfo times: AWS sends epoch milliseconds as strings. */
export const msString = (t: Millis): string => String(Math.trunc(t))
