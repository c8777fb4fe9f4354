/**
 * The analysis behind the audit's IOT_POLICY_OVERLY_PERMISSIVE_CHECK (AWS IoT developer guide, "AWS IoT policies
 * overly permissive", /work/shared/aws-iot-docs/audit-chk-iot-policy-permissive.md): a device policy should reach
 * only that device's resources. The check flags a policy that lets one device
 * - connect with a client id that is not its own thing: `client/*`, or `client/${iot:ClientId}` without
 *   `iot:Connection.Thing.IsAttached` (the guide: "equivalent to the wildcard *");
 * - publish to, or subscribe to, another device's reserved shadow or job topics (`topic/$aws/things/*`,
 *   `topicfilter/$aws/things/+/shadow/update` whose `+` is literal and so lets the client subscribe with it,
 *   `topicfilter/#`, or any `*` resource);
 * - run the shadow or job-execution actions on another thing (`thing/*`).
 * Receive is never flagged: a device only receives what it may subscribe to.
 *
 * Rather than pattern-match the text, the policy is asked, through the evaluator, whether a probe device (an
 * attached thing `ddac-probe-self`, or a client whose certificate is attached to no thing of its client id) may
 * reach a resource of `ddac-probe-other`; the policy's own Deny statements and conditions count. A condition on a
 * key the probe lacks (aws:SourceIp) fails, so an IP-restricted Allow is not flagged.
 */
import {
  authorize,
  type AuthContext,
  clientArn,
  type DataPlaneAction,
  type ArnScope,
  parsePolicy,
  thingArn,
  topicArn,
  topicFilterArn
} from './evaluate.js'

export const OVERLY_PERMISSIVE_REASON = 'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS'

export interface BroadGrant {
  action: DataPlaneAction
  /** a resource of another device that the policy lets the probe reach */
  resource: string
  statementIndex: number
  sid?: string
}

export interface Permissiveness {
  /** false for an unparsable document, which grants nothing and is not flagged */
  valid: boolean
  overlyPermissive: boolean
  reasonCode?: typeof OVERLY_PERMISSIVE_REASON
  /** one entry per probe the policy allows */
  grants: BroadGrant[]
  /** statement indexes whose Allow names every action (`*`, `iot:*`): worth saying, not flagged by itself */
  allActionStatements: number[]
}

const SELF = 'ddac-probe-self'
const OTHER = 'ddac-probe-other'

const SHADOW_AND_JOB_ACTIONS: DataPlaneAction[] = [
  'iot:GetThingShadow',
  'iot:UpdateThingShadow',
  'iot:DeleteThingShadow',
  'iot:DescribeJobExecution',
  'iot:GetPendingJobExecutions',
  'iot:StartNextPendingJobExecution',
  'iot:UpdateJobExecution'
]

/** the requests of a device that reach beyond itself, each with the connection that makes it */
function probes(
  scope: ArnScope
): { action: DataPlaneAction; resource: string; ctx: AuthContext }[] {
  const base = { certificateId: 'ddac-probe', ...scope }
  const self: AuthContext = { ...base, clientId: SELF, thingName: SELF, thingIsAttached: true }
  // a certificate not attached to the thing its client id names: the client id is then anyone's
  const impostor: AuthContext = {
    ...base,
    clientId: OTHER,
    thingName: OTHER,
    thingIsAttached: false
  }
  const topics = [`$aws/things/${OTHER}/shadow/update`, `$aws/things/${OTHER}/jobs/get`]
  const filters = [...topics, `$aws/things/+/shadow/update`, '$aws/things/#', '#']
  return [
    { action: 'iot:Connect', resource: clientArn(scope, OTHER), ctx: impostor },
    ...(['iot:Publish', 'iot:RetainPublish'] as const).flatMap((action) =>
      topics.map((t) => ({ action, resource: topicArn(scope, t), ctx: self }))
    ),
    ...filters.map((f) => ({
      action: 'iot:Subscribe' as const,
      resource: topicFilterArn(scope, f),
      ctx: self
    })),
    ...SHADOW_AND_JOB_ACTIONS.map((action) => ({
      action,
      resource: thingArn(scope, OTHER),
      ctx: self
    }))
  ]
}

/**
 * Whether a policy document grants broad access to data-plane actions. `scope` is the account and region the
 * audit runs in, so that account-specific ARNs in the policy are weighed where they apply.
 */
export function permissiveness(document: string, scope: ArnScope): Permissiveness {
  const policy = parsePolicy(document)
  const grants: BroadGrant[] = []
  for (const probe of probes(scope)) {
    const decision = authorize([policy], probe.action, probe.resource, probe.ctx)
    if (decision.effect !== 'allow') continue
    const { statementIndex, sid } = decision.statement
    grants.push({
      action: probe.action,
      resource: probe.resource,
      statementIndex,
      ...(sid ? { sid } : {})
    })
  }
  const allActionStatements = policy.statements
    .filter(
      (s) =>
        s.effect === 'Allow' &&
        !s.notAction &&
        s.actions.some((a) => a === '*' || a.toLowerCase() === 'iot:*')
    )
    .map((s) => s.index)
  return {
    valid: policy.valid,
    overlyPermissive: grants.length > 0,
    ...(grants.length > 0 ? { reasonCode: OVERLY_PERMISSIVE_REASON } : {}),
    grants,
    allActionStatements
  }
}
