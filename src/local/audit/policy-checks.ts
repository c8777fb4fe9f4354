/**
 * IOT_POLICY_OVERLY_PERMISSIVE_CHECK, with the rules of the guide's audit-chk-iot-policy-permissive page:
 * a statement that allows an MQTT action (connect, publish, subscribe, receive) or a shadow / job-execution
 * action on every client, topic or thing. The policy evaluator (branch `policy`) had not landed, so the
 * rules are written here; they read the policy document only.
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

export function iotPolicyOverlyPermissive(policies: readonly PolicyRecord[]): CheckResult {
  return {
    totalResourcesCount: policies.length,
    findings: policies
      .filter((p) => statements(p.document).some(broadStatement))
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
