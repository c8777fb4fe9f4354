/**
 * Audit check names. The API model leaves `AuditCheckName` a free string; these are the 17 checks of the
 * current guide (device-defender-audit-checks and the audit-chk-* pages, see NOTES.md §4).
 */
export interface AuditCheckInfo {
  name: string
  /** the `CheckCustomConfiguration` key this check accepts, if any */
  config?: 'CERT_AGE_THRESHOLD_IN_DAYS' | 'CERT_EXPIRATION_THRESHOLD_IN_DAYS'
}

export const AUDIT_CHECKS: readonly AuditCheckInfo[] = [
  { name: 'AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK' },
  { name: 'CA_CERTIFICATE_EXPIRING_CHECK' },
  { name: 'CA_CERTIFICATE_KEY_QUALITY_CHECK' },
  { name: 'CONFLICTING_CLIENT_IDS_CHECK' },
  { name: 'DEVICE_CERTIFICATE_AGE_CHECK', config: 'CERT_AGE_THRESHOLD_IN_DAYS' },
  { name: 'DEVICE_CERTIFICATE_EXPIRING_CHECK', config: 'CERT_EXPIRATION_THRESHOLD_IN_DAYS' },
  { name: 'DEVICE_CERTIFICATE_KEY_QUALITY_CHECK' },
  { name: 'DEVICE_CERTIFICATE_SHARED_CHECK' },
  { name: 'INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK' },
  { name: 'IOT_POLICY_OVERLY_PERMISSIVE_CHECK' },
  { name: 'IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK' },
  { name: 'IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK' },
  { name: 'IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK' },
  { name: 'LOGGING_DISABLED_CHECK' },
  { name: 'REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK' },
  { name: 'REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK' },
  { name: 'UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK' }
]

export const AUDIT_CHECK_NAMES = AUDIT_CHECKS.map((c) => c.name)

export function auditCheck(name: string): AuditCheckInfo | undefined {
  return AUDIT_CHECKS.find((c) => c.name === name)
}
