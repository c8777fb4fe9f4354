/**
 * IOT_POLICY_OVERLY_PERMISSIVE_CHECK, with the rules of the guide's audit-chk-iot-policy-permissive page:
 * a statement that allows an MQTT action (connect, publish, subscribe, receive) or a shadow / job-execution
 * action on every client, topic or thing. These text rules are the default; the engine can be given the
 * policy evaluator's analysis instead (data-plane/policy/permissiveness.ts, which sits above this layer, so
 * whoever makes the engine passes it in).
 */
import type { PolicyRecord } from '../store/records.js'
import type { CheckResult } from './finding.js'

interface Statement {
  Effect?: string
  Action?: string | string[]
  Resource?: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

const DATA_PLANE = [
  'iot:connect',
  'iot:publish',
  'iot:subscribe',
  'iot:receive',
  'iot:getthingshadow',
  'iot:updatethingshadow',
  'iot:deletethingshadow',
  'iot:describejobexecution',
  'iot:getpendingjobexecutions',
  'iot:startnextpendingjobexecution',
  'iot:updatejobexecution'
]

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

/** IAM action patterns: `*` any run of characters, `?` one, case-insensitive. */
function matches(pattern: string, action: string): boolean {
  const re = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${re.replaceAll('*', '.*').replaceAll('?', '.')}$`).test(action)
}

/** The resource part after the account (`client/…`, `topic/…`), or the whole string when it is not an ARN. */
function resourcePath(resource: string): string {
  const parts = resource.split(':')
  return parts.length >= 6 ? parts.slice(5).join(':') : resource
}

const isAttachedCondition = (s: Statement): boolean =>
  Object.values(s.Condition ?? {}).some((c) =>
    Object.entries(c).some(
      ([k, v]) => k.toLowerCase() === 'iot:connection.thing.isattached' && String(v) === 'true'
    )
  )

/** A resource that reaches every device: a wildcard where the client, topic or thing name goes. */
function broadResource(resource: string, s: Statement): boolean {
  const path = resourcePath(resource)
  if (path === '*' || resource === '*') return true
  const [kind, ...rest] = path.split('/')
  const name = rest.join('/')
  if (!['client', 'topic', 'topicfilter', 'thing'].includes(kind!)) return false
  if (name.startsWith('*') || name.startsWith('#') || name.startsWith('+')) return true
  // `$aws/things/*/shadow/…` and `$aws/things/+/jobs/…` address every thing's shadow or jobs.
  if (/^\$aws\/things\/[*+#]/.test(name)) return true
  // The guide: client/${iot:ClientId} equals client/* unless the thing must be attached.
  return kind === 'client' && name === '${iot:ClientId}' && !isAttachedCondition(s)
}

function broadStatement(s: Statement): boolean {
  if (s.Effect !== 'Allow') return false
  const actions = list(s.Action)
  const dataPlane = DATA_PLANE.some((a) => actions.some((p) => matches(p, a)))
  return dataPlane && list(s.Resource).some((r) => broadResource(r, s))
}

/** Whether a policy document is overly permissive. */
export type PolicyAnalysis = (document: string) => boolean

/** A document the check cannot parse counts as compliant: AWS stored only documents it accepted. */
function statements(document: string): Statement[] {
  try {
    const parsed = JSON.parse(document) as { Statement?: Statement | Statement[] }
    return Array.isArray(parsed.Statement)
      ? parsed.Statement
      : parsed.Statement
        ? [parsed.Statement]
        : []
  } catch {
    return []
  }
}

/** The default analysis: some Allow statement grants a data-plane action on every device. */
export const documentIsBroad: PolicyAnalysis = (document) =>
  statements(document).some(broadStatement)

export function iotPolicyOverlyPermissive(
  policies: readonly PolicyRecord[],
  isBroad: PolicyAnalysis = documentIsBroad
): CheckResult {
  return {
    totalResourcesCount: policies.length,
    findings: policies
      .filter((p) => isBroad(p.document))
      .map((p) => ({
        severity: 'CRITICAL',
        // The emulator keeps one version per policy, which GetPolicy reports as version 1.
        nonCompliantResource: {
          resourceType: 'IOT_POLICY',
          resourceIdentifier: {
            policyVersionIdentifier: { policyName: p.name, policyVersionId: '1' }
          }
        },
        reasonForNonCompliance: 'Policy allows broad access to IoT data plane actions.',
        reasonForNonComplianceCode: 'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS'
      }))
  }
}
