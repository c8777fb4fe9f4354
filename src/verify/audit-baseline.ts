/**
 * Audit findings against the file's accepted baseline: a finding is accepted while an entry for its check
 * (and resource, when the entry names one) has not expired; any other non-compliance is new and fails
 * `audit`. Entries past their day, and entries no finding needed, are reported so the file can be tidied.
 */
import type { AuditFinding, ResourceIdentifier } from '@aws-sdk/client-iot'
import type { AcceptedFinding } from '../config/file-format.js'
import type { SeenFinding } from './judge.js'

export interface JudgedFinding {
  findingId: string
  checkName: string
  severity: string
  /** what the finding is about, as a reviewer reads it */
  resource: string
  reason: string
  /** AWS suppressed it (an audit suppression in the account) */
  suppressed: boolean
  acceptedBy?: AcceptedFinding
  /** the simulation whose pending expectation it settles (`<simulation> (run <id>)`): ddac caused it */
  expectedBy?: string
}

export interface BaselineResult {
  findings: JudgedFinding[]
  /** non-compliant, not accepted, not suppressed, not caused by a simulation: these fail the step */
  fresh: JudgedFinding[]
  expired: AcceptedFinding[]
  unused: AcceptedFinding[]
}

/** Every name a resource identifier carries (certificate ids, client id, policy name and version …). */
export function identifierNames(id: ResourceIdentifier | undefined): string[] {
  if (!id) return []
  const policy = id.policyVersionIdentifier
  return [
    id.deviceCertificateId,
    id.caCertificateId,
    id.clientId,
    policy?.policyName,
    policy?.policyName && policy.policyVersionId
      ? `${policy.policyName}:${policy.policyVersionId}`
      : undefined,
    id.roleAliasArn,
    id.iamRoleArn,
    id.cognitoIdentityPoolId,
    id.account,
    id.deviceCertificateArn,
    id.issuerCertificateIdentifier?.issuerId
  ].filter((x): x is string => typeof x === 'string' && x.length > 0)
}

/** The finding as verification sees it: every name in its non-compliant and related resources. */
export function seenFinding(f: AuditFinding): SeenFinding {
  return {
    findingId: f.findingId ?? '',
    checkName: f.checkName ?? '',
    at: f.findingTime?.getTime() ?? 0,
    names: [
      ...identifierNames(f.nonCompliantResource?.resourceIdentifier),
      ...(f.relatedResources ?? []).flatMap((r) => identifierNames(r.resourceIdentifier))
    ]
  }
}

/**
 * `today` is YYYY-MM-DD (UTC): an entry is accepted through its `expires` day. `expectedBy` names the
 * simulation that caused a finding on purpose: such a finding is never new non-compliance.
 */
export function compareWithBaseline(
  findings: readonly AuditFinding[],
  accepted: readonly AcceptedFinding[],
  today: string,
  expectedBy: (findingId: string) => string | undefined = () => undefined
): BaselineResult {
  const live = accepted.filter((a) => a.expires >= today)
  const used = new Set<AcceptedFinding>()
  const judged = findings.map((f): JudgedFinding => {
    const names = identifierNames(f.nonCompliantResource?.resourceIdentifier)
    const by = live.find(
      (a) => a.checkName === f.checkName && (a.resource === undefined || names.includes(a.resource))
    )
    if (by) used.add(by)
    const expected = expectedBy(f.findingId ?? '')
    return {
      findingId: f.findingId ?? '',
      checkName: f.checkName ?? '',
      severity: f.severity ?? 'UNKNOWN',
      resource: names[0] ?? f.nonCompliantResource?.resourceType ?? '',
      reason: f.reasonForNonCompliance ?? f.reasonForNonComplianceCode ?? '',
      suppressed: f.isSuppressed === true,
      ...(by ? { acceptedBy: by } : {}),
      ...(expected ? { expectedBy: expected } : {})
    }
  })
  return {
    findings: judged,
    fresh: judged.filter((j) => !j.acceptedBy && !j.suppressed && !j.expectedBy),
    expired: accepted.filter((a) => a.expires < today),
    unused: live.filter((a) => !used.has(a))
  }
}
