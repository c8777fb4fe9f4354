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
import { MAX_POLICIES_PER_TARGET, MAX_POLICY_CHARS } from '../../model/resource-quotas.js'
import { ApiError, alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { PolicyRecord } from '../store/store.js'
import { must } from '../store/store.js'
import { certificateOfPrincipal } from './certificates.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { byName } from '../../util/order.js'

const policyArn = (ctx: OperationContext, name: string): string => ctx.arn(`policy/${name}`)

function policy(ctx: OperationContext, name: string): PolicyRecord {
  return must(ctx.store.policies, name, () => notFound(`The policy ${name} does not exist`))
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
function target(ctx: OperationContext, arn: string): string {
  const resource = ctx.resourceOf(arn)
  if (resource?.startsWith('thinggroup/')) {
    const group = resource.slice('thinggroup/'.length)
    if (!ctx.store.thingGroups.has(group)) throw notFound(`The thing group ${group} does not exist`)
    return arn
  }
  if (resource?.startsWith('cert/')) {
    certificateOfPrincipal(ctx, arn)
    return arn
  }
  throw invalid(`${arn} is not a certificate or thing group ARN of this account`)
}

/** Targets whose policies apply to `arn` too: a group's ancestors; a certificate's things' groups. */
function inheritedTargets(ctx: OperationContext, arn: string): string[] {
  const resource = ctx.resourceOf(arn)!
  const groups = resource.startsWith('cert/')
    ? ctx.store.thingsOfPrincipal(arn).flatMap((t) => ctx.store.things.get(t)!.groups)
    : [resource.slice('thinggroup/'.length)]
  const chain = new Set<string>()
  for (let g of groups) {
    if (!resource.startsWith('cert/')) g = ctx.store.thingGroups.get(g)?.parentGroupName ?? ''
    while (g) {
      chain.add(ctx.arn(`thinggroup/${g}`))
      g = ctx.store.thingGroups.get(g)?.parentGroupName ?? ''
    }
  }
  return [...chain]
}

export const policyHandlers = {
  CreatePolicy(ctx: OperationContext, input: Valid<CreatePolicyRequest>): CreatePolicyResponse {
    const name = input.policyName
    const arn = policyArn(ctx, name)
    if (ctx.store.policies.has(name))
      throw alreadyExists(`The policy ${name} already exists`, name, arn)
    checkDocument(input.policyDocument)
    checkInitialTags(input.tags)
    const now = ctx.now()
    ctx.store.policies.set(name, {
      name,
      document: input.policyDocument,
      creationDate: now,
      lastModifiedDate: now,
      generationId: ctx.uuid()
    })
    ctx.store.policyTargets.set(name, [])
    setInitialTags(ctx, arn, input.tags)
    return {
      policyName: name,
      policyArn: arn,
      policyDocument: input.policyDocument,
      policyVersionId: '1'
    }
  },

  GetPolicy(ctx: OperationContext, input: Valid<GetPolicyRequest>): GetPolicyResponse {
    const p = policy(ctx, input.policyName)
    return {
      policyName: p.name,
      policyArn: policyArn(ctx, p.name),
      policyDocument: p.document,
      defaultVersionId: '1',
      creationDate: new Date(p.creationDate),
      lastModifiedDate: new Date(p.lastModifiedDate),
      generationId: p.generationId
    }
  },

  DeletePolicy(ctx: OperationContext, input: Valid<DeletePolicyRequest>): object {
    const p = policy(ctx, input.policyName)
    const targets = ctx.store.policyTargets.get(p.name) ?? []
    if (targets.length)
      throw new ApiError(
        'DeleteConflictException',
        `The policy ${p.name} is attached to ${targets.length} target(s): detach it first`
      )
    ctx.store.policies.delete(p.name)
    ctx.store.forgetResource(policyArn(ctx, p.name))
    return {}
  },

  ListPolicies(ctx: OperationContext, input: Valid<ListPoliciesRequest>): ListPoliciesResponse {
    const key = (p: PolicyRecord): string => `${String(p.creationDate).padStart(15, '0')}|${p.name}`
    const descending = !input.ascendingOrder
    const policies = [...ctx.store.policies.values()].sort((a, b) =>
      descending ? byName(key(b), key(a)) : byName(key(a), key(b))
    )
    const page = ctx.page(policies, key, input.marker, input.pageSize, descending)
    return {
      policies: page.items.map((p) => ({
        policyName: p.name,
        policyArn: policyArn(ctx, p.name)
      })),
      nextMarker: page.next
    }
  },

  AttachPolicy(ctx: OperationContext, input: Valid<AttachPolicyRequest>): object {
    const p = policy(ctx, input.policyName)
    const arn = target(ctx, input.target)
    const targets = ctx.store.policyTargets.get(p.name) ?? []
    if (targets.includes(arn)) return {}
    if (ctx.store.policiesOfTarget(arn).length >= MAX_POLICIES_PER_TARGET)
      throw limitExceeded(
        `${arn} already has ${MAX_POLICIES_PER_TARGET} policies attached, the most allowed`
      )
    ctx.store.policyTargets.set(p.name, [...targets, arn])
    return {}
  },

  /** Detaching what is not attached is not an error (the operation does not model ResourceNotFound). */
  DetachPolicy(ctx: OperationContext, input: Valid<DetachPolicyRequest>): object {
    const targets = ctx.store.policyTargets.get(input.policyName)
    if (targets)
      ctx.store.policyTargets.set(
        input.policyName,
        targets.filter((t) => t !== input.target)
      )
    return {}
  },

  ListTargetsForPolicy(
    ctx: OperationContext,
    input: Valid<ListTargetsForPolicyRequest>
  ): ListTargetsForPolicyResponse {
    const p = policy(ctx, input.policyName)
    const targets = [...(ctx.store.policyTargets.get(p.name) ?? [])].sort(byName)
    const page = ctx.page(targets, (t) => t, input.marker, input.pageSize)
    return { targets: page.items, nextMarker: page.next }
  },

  ListAttachedPolicies(
    ctx: OperationContext,
    input: Valid<ListAttachedPoliciesRequest>
  ): ListAttachedPoliciesResponse {
    const arn = target(ctx, input.target)
    const arns = [arn, ...(input.recursive ? inheritedTargets(ctx, arn) : [])]
    const names = [...new Set(arns.flatMap((a) => ctx.store.policiesOfTarget(a)))].sort(byName)
    const page = ctx.page(names, (n) => n, input.marker, input.pageSize)
    return {
      policies: page.items.map((n) => ({ policyName: n, policyArn: policyArn(ctx, n) })),
      nextMarker: page.next
    }
  }
} satisfies Partial<HandlerTable>
