/**
 * Security profiles and their targets. AWS semantics kept here: create answers version 1 and each update adds
 * one; `expectedVersion` that differs from the current version is a VersionConflictException; an update leaves
 * omitted members alone and an empty list does not clear one (the `delete*` flags do, and may not come with
 * the list they clear); deleting a missing profile succeeds; targets change only through Attach/Detach, with
 * at most five profiles per target.
 */
import type {
  AttachSecurityProfileRequest,
  AttachSecurityProfileResponse,
  Behavior,
  CreateSecurityProfileRequest,
  CreateSecurityProfileResponse,
  DeleteSecurityProfileRequest,
  DeleteSecurityProfileResponse,
  DescribeSecurityProfileRequest,
  DescribeSecurityProfileResponse,
  DetachSecurityProfileRequest,
  DetachSecurityProfileResponse,
  ListSecurityProfilesForTargetRequest,
  ListSecurityProfilesForTargetResponse,
  ListSecurityProfilesRequest,
  ListSecurityProfilesResponse,
  ListTargetsForSecurityProfileRequest,
  ListTargetsForSecurityProfileResponse,
  MetricToRetain,
  UpdateSecurityProfileRequest,
  UpdateSecurityProfileResponse,
  ValidateSecurityProfileBehaviorsRequest,
  ValidateSecurityProfileBehaviorsResponse
} from '@aws-sdk/client-iot'
import { ACCOUNT_TARGETS, MAX_PROFILES_PER_TARGET } from '../../model/resource-quotas.js'
import { alreadyExists, checkVersion, invalid, limitExceeded, notFound } from './api-error.js'
import type { SecurityProfileRecord } from '../store/store.js'
import { must } from '../store/store.js'
import { behaviorErrors } from './behavior-rules.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { byName } from '../../util/order.js'

const profileArn = (ctx: OperationContext, name: string): string =>
  ctx.arn(`securityprofile/${name}`)

function profile(ctx: OperationContext, name: string): SecurityProfileRecord {
  return must(ctx.store.securityProfiles, name, () =>
    notFound(`The security profile ${name} does not exist`)
  )
}

function checkBehaviors(ctx: OperationContext, behaviors: readonly Valid<Behavior>[]): void {
  const errors = behaviorErrors(ctx, behaviors)
  if (errors.length) throw invalid(errors.join('; '))
}

/** The retained metrics from either form of the member (the deprecated one is a list of names). */
function retained(
  v1: readonly string[] | undefined,
  v2: readonly Valid<MetricToRetain>[] | undefined
): Valid<MetricToRetain>[] | undefined {
  if (v1?.length && v2?.length)
    throw invalid('Use additionalMetricsToRetainV2 or additionalMetricsToRetain, not both')
  if (v2?.length) return [...v2]
  if (v1?.length) return v1.map((metric) => ({ metric }))
  return undefined
}

function describe(
  ctx: OperationContext,
  r: SecurityProfileRecord
): DescribeSecurityProfileResponse {
  return {
    securityProfileName: r.name,
    securityProfileArn: profileArn(ctx, r.name),
    securityProfileDescription: r.description,
    behaviors: r.behaviors,
    alertTargets: r.alertTargets,
    additionalMetricsToRetain: r.additionalMetricsToRetainV2?.map((m) => m.metric!),
    additionalMetricsToRetainV2: r.additionalMetricsToRetainV2,
    metricsExportConfig: r.metricsExportConfig,
    version: r.version,
    creationDate: new Date(r.creationDate),
    lastModifiedDate: new Date(r.lastModifiedDate)
  }
}

/** The resource part of a target ARN after checking that it names something that can be a target. */
function targetResource(ctx: OperationContext, arn: string): string {
  const resource = ctx.resourceOf(arn)
  if (resource !== undefined && (ACCOUNT_TARGETS as readonly string[]).includes(resource))
    return resource
  if (resource?.startsWith('thinggroup/')) {
    const group = resource.slice('thinggroup/'.length)
    if (!ctx.store.thingGroups.has(group)) throw notFound(`The thing group ${group} does not exist`)
    return resource
  }
  throw invalid(
    `${arn} is not a security profile target: use a thing group ARN or ${ACCOUNT_TARGETS.map((t) => ctx.arn(t)).join(', ')}`
  )
}

function usesDimension(r: SecurityProfileRecord, dimension: string): boolean {
  return (
    (r.behaviors ?? []).some((b) => b.metricDimension?.dimensionName === dimension) ||
    (r.additionalMetricsToRetainV2 ?? []).some(
      (m) => m.metricDimension?.dimensionName === dimension
    )
  )
}

function usesMetric(r: SecurityProfileRecord, metric: string): boolean {
  return (
    (r.behaviors ?? []).some((b) => b.metric === metric) ||
    (r.additionalMetricsToRetainV2 ?? []).some((m) => m.metric === metric)
  )
}

/** Names of the profiles that use a custom metric or a dimension (deletes of those check this). */
export function profilesUsing(
  ctx: OperationContext,
  use: { metric?: string; dimension?: string }
): string[] {
  return [...ctx.store.securityProfiles.values()]
    .filter((r) =>
      use.metric !== undefined ? usesMetric(r, use.metric) : usesDimension(r, use.dimension!)
    )
    .map((r) => r.name)
}

export const securityProfileHandlers = {
  CreateSecurityProfile(
    ctx: OperationContext,
    input: Valid<CreateSecurityProfileRequest>
  ): CreateSecurityProfileResponse {
    const name = input.securityProfileName
    const arn = profileArn(ctx, name)
    if (ctx.store.securityProfiles.has(name))
      throw alreadyExists(`The security profile ${name} already exists`, name, arn)
    checkBehaviors(ctx, input.behaviors ?? [])
    checkInitialTags(input.tags)
    const now = ctx.now()
    ctx.store.securityProfiles.set(name, {
      name,
      description: input.securityProfileDescription,
      behaviors: input.behaviors,
      alertTargets: input.alertTargets,
      additionalMetricsToRetainV2: retained(
        input.additionalMetricsToRetain,
        input.additionalMetricsToRetainV2
      ),
      metricsExportConfig: input.metricsExportConfig,
      version: 1,
      creationDate: now,
      lastModifiedDate: now
    })
    ctx.store.profileTargets.set(name, [])
    setInitialTags(ctx, arn, input.tags)
    return { securityProfileName: name, securityProfileArn: arn }
  },

  UpdateSecurityProfile(
    ctx: OperationContext,
    input: Valid<UpdateSecurityProfileRequest>
  ): UpdateSecurityProfileResponse {
    const r = profile(ctx, input.securityProfileName)
    checkVersion('security profile', r, input.expectedVersion)
    const clash = (
      [
        ['deleteBehaviors', input.behaviors],
        ['deleteAlertTargets', input.alertTargets && Object.keys(input.alertTargets)],
        [
          'deleteAdditionalMetricsToRetain',
          input.additionalMetricsToRetainV2 ?? input.additionalMetricsToRetain
        ],
        ['deleteMetricsExportConfig', input.metricsExportConfig && [input.metricsExportConfig]]
      ] as const
    ).find(([flag, list]) => input[flag] && list?.length)
    if (clash) throw invalid(`${clash[0]} cannot be true when the same call sets what it deletes`)
    if (input.behaviors?.length) checkBehaviors(ctx, input.behaviors)
    const next = { ...r }
    if (input.securityProfileDescription !== undefined)
      next.description = input.securityProfileDescription
    if (input.behaviors?.length) next.behaviors = input.behaviors
    if (input.deleteBehaviors) delete next.behaviors
    if (input.alertTargets && Object.keys(input.alertTargets).length)
      next.alertTargets = input.alertTargets
    if (input.deleteAlertTargets) delete next.alertTargets
    const metrics = retained(input.additionalMetricsToRetain, input.additionalMetricsToRetainV2)
    if (metrics) next.additionalMetricsToRetainV2 = metrics
    if (input.deleteAdditionalMetricsToRetain) delete next.additionalMetricsToRetainV2
    if (input.metricsExportConfig) next.metricsExportConfig = input.metricsExportConfig
    if (input.deleteMetricsExportConfig) delete next.metricsExportConfig
    next.version = r.version + 1
    next.lastModifiedDate = ctx.now()
    ctx.store.securityProfiles.set(r.name, next)
    return describe(ctx, next)
  },

  DescribeSecurityProfile(
    ctx: OperationContext,
    input: Valid<DescribeSecurityProfileRequest>
  ): DescribeSecurityProfileResponse {
    return describe(ctx, profile(ctx, input.securityProfileName))
  },

  /** Idempotent: a missing profile is not an error (the operation does not model ResourceNotFound). */
  DeleteSecurityProfile(
    ctx: OperationContext,
    input: Valid<DeleteSecurityProfileRequest>
  ): DeleteSecurityProfileResponse {
    const r = ctx.store.securityProfiles.get(input.securityProfileName)
    if (!r) return {}
    checkVersion('security profile', r, input.expectedVersion)
    ctx.store.securityProfiles.delete(r.name)
    ctx.store.forgetResource(profileArn(ctx, r.name))
    return {}
  },

  ListSecurityProfiles(
    ctx: OperationContext,
    input: Valid<ListSecurityProfilesRequest>
  ): ListSecurityProfilesResponse {
    const { dimensionName, metricName } = input
    if (dimensionName !== undefined && metricName !== undefined)
      throw invalid('dimensionName and metricName cannot be used in the same request')
    if (dimensionName !== undefined && !ctx.store.dimensions.has(dimensionName))
      throw notFound(`The dimension ${dimensionName} does not exist`)
    if (metricName !== undefined && !ctx.store.customMetrics.has(metricName))
      throw notFound(`The custom metric ${metricName} does not exist`)
    const names = [...ctx.store.securityProfiles.values()]
      .filter((r) => dimensionName === undefined || usesDimension(r, dimensionName))
      .filter((r) => metricName === undefined || usesMetric(r, metricName))
      .map((r) => r.name)
      .sort(byName)
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return {
      securityProfileIdentifiers: page.items.map((name) => ({
        name,
        arn: profileArn(ctx, name)
      })),
      nextToken: page.next
    }
  },

  AttachSecurityProfile(
    ctx: OperationContext,
    input: Valid<AttachSecurityProfileRequest>
  ): AttachSecurityProfileResponse {
    const r = profile(ctx, input.securityProfileName)
    const target = input.securityProfileTargetArn
    targetResource(ctx, target)
    const targets = ctx.store.profileTargets.get(r.name) ?? []
    if (targets.includes(target)) return {}
    if (ctx.store.profilesOfTarget(target).length >= MAX_PROFILES_PER_TARGET)
      throw limitExceeded(
        `The target ${target} already has ${MAX_PROFILES_PER_TARGET} security profiles attached, the most allowed`
      )
    ctx.store.profileTargets.set(r.name, [...targets, target])
    return {}
  },

  DetachSecurityProfile(
    ctx: OperationContext,
    input: Valid<DetachSecurityProfileRequest>
  ): DetachSecurityProfileResponse {
    const r = profile(ctx, input.securityProfileName)
    const targets = ctx.store.profileTargets.get(r.name) ?? []
    ctx.store.profileTargets.set(
      r.name,
      targets.filter((t) => t !== input.securityProfileTargetArn)
    )
    return {}
  },

  ListTargetsForSecurityProfile(
    ctx: OperationContext,
    input: Valid<ListTargetsForSecurityProfileRequest>
  ): ListTargetsForSecurityProfileResponse {
    const r = profile(ctx, input.securityProfileName)
    const targets = [...(ctx.store.profileTargets.get(r.name) ?? [])].sort(byName)
    const page = ctx.page(targets, (t) => t, input.nextToken, input.maxResults)
    return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.next }
  },

  ListSecurityProfilesForTarget(
    ctx: OperationContext,
    input: Valid<ListSecurityProfilesForTargetRequest>
  ): ListSecurityProfilesForTargetResponse {
    const target = input.securityProfileTargetArn
    const resource = targetResource(ctx, target)
    const arns = [target]
    if (input.recursive && resource.startsWith('thinggroup/'))
      for (const g of ctx.store.descendantGroups(resource.slice('thinggroup/'.length)))
        arns.push(ctx.arn(`thinggroup/${g}`))
    const mappings = arns
      .flatMap((arn) => ctx.store.profilesOfTarget(arn).map((name) => ({ name, arn })))
      .sort((a, b) => byName(`${a.name}\n${a.arn}`, `${b.name}\n${b.arn}`))
    const page = ctx.page(mappings, (m) => `${m.name}\n${m.arn}`, input.nextToken, input.maxResults)
    return {
      securityProfileTargetMappings: page.items.map((m) => ({
        securityProfileIdentifier: { name: m.name, arn: profileArn(ctx, m.name) },
        target: { arn: m.arn }
      })),
      nextToken: page.next
    }
  },

  ValidateSecurityProfileBehaviors(
    ctx: OperationContext,
    input: Valid<ValidateSecurityProfileBehaviorsRequest>
  ): ValidateSecurityProfileBehaviorsResponse {
    const errors = behaviorErrors(ctx, input.behaviors)
    return {
      valid: errors.length === 0,
      validationErrors: errors.map((errorMessage) => ({ errorMessage }))
    }
  }
} satisfies Partial<HandlerTable>
