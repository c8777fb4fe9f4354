/**
 * The authorization decision AWS IoT Core makes for every MQTT connect, publish, subscribe and receive: the
 * statements of all policies attached to the principal are pooled; an explicit Deny that matches wins over any
 * Allow; without a matching Allow the request is implicitly denied. Pure: the broker passes the policies and what
 * it knows about the connection.
 */
import { conditionsHold } from './conditions.js'
import type { AuthContext } from './context.js'
import { type ParsedPolicy, parsePolicy, type Statement } from './document.js'
import { matchesAny } from './patterns.js'

export { clientArn, thingArn, topicArn, topicFilterArn, type ArnScope } from './arns.js'
export type { AuthContext } from './context.js'
export { parsePolicy, type ParsedPolicy, type Statement } from './document.js'

export type IotAction =
  'iot:Connect' | 'iot:Publish' | 'iot:Subscribe' | 'iot:Receive' | 'iot:RetainPublish'

/** the MQTT actions and the shadow / job-execution actions the audit also weighs (resource `thing/<name>`) */
export type DataPlaneAction =
  | IotAction
  | 'iot:GetThingShadow'
  | 'iot:UpdateThingShadow'
  | 'iot:DeleteThingShadow'
  | 'iot:DescribeJobExecution'
  | 'iot:GetPendingJobExecutions'
  | 'iot:StartNextPendingJobExecution'
  | 'iot:UpdateJobExecution'

/** the statement that decided: its policy (by position in the list, and name when known) and its position */
export interface StatementRef {
  policyIndex: number
  policyName?: string
  statementIndex: number
  sid?: string
}

export type Decision =
  | { effect: 'allow'; statement: StatementRef }
  | { effect: 'explicit-deny'; statement: StatementRef }
  | { effect: 'implicit-deny' }

/** a document as stored, or one parsed ahead (the broker parses each attached policy once) */
export type PolicyInput = string | ParsedPolicy

function applies(
  statement: Statement,
  policy: ParsedPolicy,
  action: DataPlaneAction,
  resource: string,
  ctx: AuthContext
): boolean {
  // action names are case-insensitive, resources are not
  const actionMatch = matchesAny(statement.actions, action, undefined, {
    variables: false,
    ignoreCase: true
  })
  if (actionMatch === statement.notAction) return false
  const resourceMatch = matchesAny(statement.resources, resource, ctx, {
    variables: policy.variables
  })
  if (resourceMatch === statement.notResource) return false
  return conditionsHold(statement.condition, ctx, policy.variables)
}

function ref(policy: ParsedPolicy, policyIndex: number, statement: Statement): StatementRef {
  return {
    policyIndex,
    ...(policy.name === undefined ? {} : { policyName: policy.name }),
    statementIndex: statement.index,
    ...(statement.sid === undefined ? {} : { sid: statement.sid })
  }
}

/**
 * Decide one request. `resource` is the ARN from `clientArn` / `topicArn` / `topicFilterArn`. An unparsable
 * document grants nothing (and denies nothing).
 */
export function authorize(
  policies: readonly PolicyInput[],
  action: DataPlaneAction,
  resource: string,
  ctx: AuthContext
): Decision {
  let allow: StatementRef | undefined
  for (const [policyIndex, input] of policies.entries()) {
    const policy = typeof input === 'string' ? parsePolicy(input) : input
    for (const statement of policy.statements) {
      if (!applies(statement, policy, action, resource, ctx)) continue
      if (statement.effect === 'Deny')
        return { effect: 'explicit-deny', statement: ref(policy, policyIndex, statement) }
      allow ??= ref(policy, policyIndex, statement)
    }
  }
  return allow ? { effect: 'allow', statement: allow } : { effect: 'implicit-deny' }
}
