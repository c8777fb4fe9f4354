/**
 * IoT policies and their targets (certificates and thing groups). AWS rules kept here: a malformed document
 * is MalformedPolicyException; a policy with targets cannot be deleted (DeleteConflictException); a target
 * holds at most 10 policies; listings of targets and attached policies page with marker/pageSize.
 */
import type {
  AttachPolicyRequest,
  CreatePolicyRequest,
  CreatePolicyResponse,
  DeletePolicyRequest,
  DetachPolicyRequest,
  GetPolicyRequest,
  GetPolicyResponse,
  ListAttachedPoliciesRequest,
  ListAttachedPoliciesResponse,
  ListPoliciesRequest,
  ListPoliciesResponse,
  ListTargetsForPolicyRequest,
  ListTargetsForPolicyResponse
} from '@aws-sdk/client-iot'
import {
  ApiError,
  alreadyExists,
  invalid,
  limitExceeded,
  notFound
} from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, PolicyRecord } from './account.js'
import { must } from './account.js'
import { certificateOfPrincipal, thingsOfCertificate } from './certificates.js'
import type { HandlerTable, Valid } from './handler.js'
import { checkInitialTags, dropTags, setInitialTags } from './tags.js'

/** Policies per certificate or thing group, and document size without whitespace (AWS IoT Core quotas). */
export const MAX_POLICIES_PER_TARGET = 10
export const MAX_POLICY_CHARS = 2048

const policyArn = (state: AccountState, name: string): string => state.arn(`policy/${name}`)
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function policy(state: AccountState, name: string): PolicyRecord {
  return must(state.data.policies, name, () => notFound(`The policy ${name} does not exist`))
}

const malformed = (message: string): ApiError => new ApiError('MalformedPolicyException', message)

/** The checks AWS makes on a document: JSON, statements with an effect, actions and resources, size. */
function checkDocument(document: string): void {
  if (document.replace(/\s/g, '').length > MAX_POLICY_CHARS)
    throw malformed(
      `A policy document can have at most ${MAX_POLICY_CHARS} characters besides whitespace`
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(document)
  } catch {
    throw malformed('The policy document is not valid JSON')
  }
  const statements = (parsed as { Statement?: unknown } | null)?.Statement
  const list = Array.isArray(statements) ? statements : statements ? [statements] : []
  if (list.length === 0) throw malformed('The policy document has no Statement')
  for (const s of list as Record<string, unknown>[]) {
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
      throw malformed('Each statement needs Effect "Allow" or "Deny"')
    if (!s.Action) throw malformed('Each statement needs an Action')
    if (!s.Resource) throw malformed('Each statement needs a Resource')
  }
}

/** A policy target's ARN after checking that it exists: a certificate or a thing group. */
function target(state: AccountState, arn: string): string {
  const resource = state.resourceOf(arn)
  if (resource?.startsWith('thinggroup/')) {
    const group = resource.slice('thinggroup/'.length)
    if (!state.data.thingGroups.has(group))
      throw notFound(`The thing group ${group} does not exist`)
    return arn
  }
  if (resource?.startsWith('cert/')) {
    certificateOfPrincipal(state, arn)
    return arn
  }
  throw invalid(`${arn} is not a certificate or thing group ARN of this account`)
}

function policiesOf(state: AccountState, targetArn: string): string[] {
  return [...state.data.policyTargets].filter(([, t]) => t.includes(targetArn)).map(([p]) => p)
}

/** Targets whose policies apply to `arn` too: a group's ancestors; a certificate's things' groups. */
function inheritedTargets(state: AccountState, arn: string): string[] {
  const resource = state.resourceOf(arn)!
  const groups = resource.startsWith('cert/')
    ? thingsOfCertificate(state, arn).flatMap((t) => state.data.things.get(t)!.groups)
    : [resource.slice('thinggroup/'.length)]
  const chain = new Set<string>()
  for (let g of groups) {
    if (!resource.startsWith('cert/')) g = state.data.thingGroups.get(g)?.parentGroupName ?? ''
    while (g) {
      chain.add(state.arn(`thinggroup/${g}`))
      g = state.data.thingGroups.get(g)?.parentGroupName ?? ''
    }
  }
  return [...chain]
}

export const policyHandlers = {
  CreatePolicy(state: AccountState, input: Valid<CreatePolicyRequest>): CreatePolicyResponse {
    const name = input.policyName
    const arn = policyArn(state, name)
    if (state.data.policies.has(name))
      throw alreadyExists(`The policy ${name} already exists`, name, arn)
    checkDocument(input.policyDocument)
    checkInitialTags(input.tags)
    const now = state.now()
    state.data.policies.set(name, {
      name,
      document: input.policyDocument,
      creationDate: now,
      lastModifiedDate: now,
      generationId: state.uuid()
    })
    state.data.policyTargets.set(name, [])
    setInitialTags(state, arn, input.tags)
    return {
      policyName: name,
      policyArn: arn,
      policyDocument: input.policyDocument,
      policyVersionId: '1'
    }
  },

  GetPolicy(state: AccountState, input: Valid<GetPolicyRequest>): GetPolicyResponse {
    const p = policy(state, input.policyName)
    return {
      policyName: p.name,
      policyArn: policyArn(state, p.name),
      policyDocument: p.document,
      defaultVersionId: '1',
      creationDate: new Date(p.creationDate),
      lastModifiedDate: new Date(p.lastModifiedDate),
      generationId: p.generationId
    }
  },

  DeletePolicy(state: AccountState, input: Valid<DeletePolicyRequest>): object {
    const p = policy(state, input.policyName)
    const targets = state.data.policyTargets.get(p.name) ?? []
    if (targets.length)
      throw new ApiError(
        'DeleteConflictException',
        `The policy ${p.name} is attached to ${targets.length} target(s): detach it first`
      )
    state.data.policies.delete(p.name)
    state.data.policyTargets.delete(p.name)
    dropTags(state, policyArn(state, p.name))
    return {}
  },

  ListPolicies(state: AccountState, input: Valid<ListPoliciesRequest>): ListPoliciesResponse {
    const key = (p: PolicyRecord): string => `${String(p.creationDate).padStart(15, '0')}|${p.name}`
    const descending = !input.ascendingOrder
    const policies = [...state.data.policies.values()].sort((a, b) =>
      descending ? byName(key(b), key(a)) : byName(key(a), key(b))
    )
    const op = 'ListPolicies'
    const page = paginate(op, policies, key, input.marker, pageSize(op, input.pageSize), descending)
    return {
      policies: page.items.map((p) => ({
        policyName: p.name,
        policyArn: policyArn(state, p.name)
      })),
      nextMarker: page.next
    }
  },

  AttachPolicy(state: AccountState, input: Valid<AttachPolicyRequest>): object {
    const p = policy(state, input.policyName)
    const arn = target(state, input.target)
    const targets = state.data.policyTargets.get(p.name) ?? []
    if (targets.includes(arn)) return {}
    if (policiesOf(state, arn).length >= MAX_POLICIES_PER_TARGET)
      throw limitExceeded(
        `${arn} already has ${MAX_POLICIES_PER_TARGET} policies attached, the most allowed`
      )
    state.data.policyTargets.set(p.name, [...targets, arn])
    return {}
  },

  /** Detaching what is not attached is not an error (the operation does not model ResourceNotFound). */
  DetachPolicy(state: AccountState, input: Valid<DetachPolicyRequest>): object {
    const targets = state.data.policyTargets.get(input.policyName)
    if (targets)
      state.data.policyTargets.set(
        input.policyName,
        targets.filter((t) => t !== input.target)
      )
    return {}
  },

  ListTargetsForPolicy(
    state: AccountState,
    input: Valid<ListTargetsForPolicyRequest>
  ): ListTargetsForPolicyResponse {
    const p = policy(state, input.policyName)
    const targets = [...(state.data.policyTargets.get(p.name) ?? [])].sort(byName)
    const op = 'ListTargetsForPolicy'
    const page = paginate(op, targets, (t) => t, input.marker, pageSize(op, input.pageSize))
    return { targets: page.items, nextMarker: page.next }
  },

  ListAttachedPolicies(
    state: AccountState,
    input: Valid<ListAttachedPoliciesRequest>
  ): ListAttachedPoliciesResponse {
    const arn = target(state, input.target)
    const arns = [arn, ...(input.recursive ? inheritedTargets(state, arn) : [])]
    const names = [...new Set(arns.flatMap((a) => policiesOf(state, a)))].sort(byName)
    const op = 'ListAttachedPolicies'
    const page = paginate(op, names, (n) => n, input.marker, pageSize(op, input.pageSize))
    return {
      policies: page.items.map((n) => ({ policyName: n, policyArn: policyArn(state, n) })),
      nextMarker: page.next
    }
  }
} satisfies Partial<HandlerTable>
