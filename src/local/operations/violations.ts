/**
 * What Detect reports: ML model training summaries, active violations and violation events, and verification
 * states on violations, as the Detect engine (src/local/detect) records them in the account.
 */
import type {
  BehaviorCriteriaType,
  GetBehaviorModelTrainingSummariesRequest,
  GetBehaviorModelTrainingSummariesResponse,
  ListActiveViolationsRequest,
  ListActiveViolationsResponse,
  ListViolationEventsRequest,
  ListViolationEventsResponse,
  PutVerificationStateOnViolationRequest,
  PutVerificationStateOnViolationResponse
} from '@aws-sdk/client-iot'
import { invalid, notFound } from './api-error.js'
import type { ViolationEventRecord, ViolationRecord } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'

type Filterable = Pick<ViolationRecord, 'thingName' | 'securityProfileName' | 'behavior'> & {
  verificationState?: string
}

function criteriaType(v: Filterable): BehaviorCriteriaType {
  const c = v.behavior.criteria
  if (c?.mlDetectionConfig) return 'MACHINE_LEARNING'
  if (c?.statisticalThreshold) return 'STATISTICAL'
  return 'STATIC'
}

interface Filters {
  thingName?: string
  securityProfileName?: string
  behaviorCriteriaType?: string
  listSuppressedAlerts?: boolean
  verificationState?: string
}

function matches(v: Filterable, f: Filters): boolean {
  return (
    (f.thingName === undefined || v.thingName === f.thingName) &&
    (f.securityProfileName === undefined || v.securityProfileName === f.securityProfileName) &&
    (f.behaviorCriteriaType === undefined || criteriaType(v) === f.behaviorCriteriaType) &&
    (f.listSuppressedAlerts === true || !v.behavior.suppressAlerts) &&
    (f.verificationState === undefined || v.verificationState === f.verificationState)
  )
}

function checkProfile(ctx: OperationContext, name: string | undefined): void {
  if (name !== undefined && !ctx.store.securityProfiles.has(name))
    throw notFound(`The security profile ${name} does not exist`)
}

const date = (ms: number | undefined): Date | undefined =>
  ms === undefined ? undefined : new Date(ms)

const eventKey = (e: ViolationEventRecord): string =>
  `${String(e.violationEventTime).padStart(15, '0')}|${e.violationId}|${e.violationEventType}`

export const violationHandlers = {
  GetBehaviorModelTrainingSummaries(
    ctx: OperationContext,
    input: Valid<GetBehaviorModelTrainingSummariesRequest>
  ): GetBehaviorModelTrainingSummariesResponse {
    checkProfile(ctx, input.securityProfileName)
    const summaries = [...ctx.store.securityProfiles.values()]
      .filter(
        (p) => input.securityProfileName === undefined || p.name === input.securityProfileName
      )
      .flatMap((p) =>
        (p.behaviors ?? [])
          .filter((b) => b.criteria?.mlDetectionConfig)
          .map((b) => ({
            profile: p.name,
            behavior: b.name!,
            model: ctx.store.detect?.models[`${p.name}/${b.name}`]
          }))
      )
      .sort((a, b) => (`${a.profile}/${a.behavior}` < `${b.profile}/${b.behavior}` ? -1 : 1))
    const page = ctx.page(
      summaries,
      (s) => `${s.profile}/${s.behavior}`,
      input.nextToken,
      input.maxResults
    )
    return {
      // As AWS does, a model without data yet has no start date (dd-detect-ml-getting-started's output).
      summaries: page.items.map(({ profile, behavior, model }) => ({
        securityProfileName: profile,
        behaviorName: behavior,
        trainingDataCollectionStartDate: date(model?.trainingStartedAt),
        modelStatus: model?.status ?? 'PENDING_BUILD',
        datapointsCollectionPercentage: model?.collectionPercentage ?? 0,
        lastModelRefreshDate: date(model?.builtAt)
      })),
      nextToken: page.next
    }
  },

  ListActiveViolations(
    ctx: OperationContext,
    input: Valid<ListActiveViolationsRequest>
  ): ListActiveViolationsResponse {
    checkProfile(ctx, input.securityProfileName)
    const active = [...ctx.store.violations.values()]
      .filter((v) => v.active && matches(v, input))
      .sort((a, b) => (a.violationId < b.violationId ? -1 : 1))
    const page = ctx.page(active, (v) => v.violationId, input.nextToken, input.maxResults)
    return {
      activeViolations: page.items.map((v) => ({
        violationId: v.violationId,
        thingName: v.thingName,
        securityProfileName: v.securityProfileName,
        behavior: v.behavior,
        lastViolationValue: v.lastViolationValue,
        violationEventAdditionalInfo: v.violationEventAdditionalInfo as never,
        verificationState: v.verificationState as never,
        verificationStateDescription: v.verificationStateDescription,
        lastViolationTime:
          v.lastViolationTime === undefined ? undefined : new Date(v.lastViolationTime),
        violationStartTime: new Date(v.violationStartTime)
      })),
      nextToken: page.next
    }
  },

  ListViolationEvents(
    ctx: OperationContext,
    input: Valid<ListViolationEventsRequest>
  ): ListViolationEventsResponse {
    const from = input.startTime.getTime()
    const to = input.endTime.getTime()
    const verification = (e: ViolationEventRecord): string | undefined =>
      ctx.store.violations.get(e.violationId)?.verificationState
    const events = ctx.store.violationEvents
      .filter((e) => e.violationEventTime >= from && e.violationEventTime <= to)
      .filter((e) => matches({ ...e, verificationState: verification(e) }, input))
      .sort((a, b) => (eventKey(a) < eventKey(b) ? -1 : 1))
    const page = ctx.page(events, eventKey, input.nextToken, input.maxResults)
    return {
      violationEvents: page.items.map((e) => ({
        violationId: e.violationId,
        thingName: e.thingName,
        securityProfileName: e.securityProfileName,
        behavior: e.behavior,
        metricValue: e.metricValue,
        violationEventAdditionalInfo: e.violationEventAdditionalInfo as never,
        violationEventType: e.violationEventType as never,
        verificationState: verification(e) as never,
        verificationStateDescription: ctx.store.violations.get(e.violationId)
          ?.verificationStateDescription,
        violationEventTime: new Date(e.violationEventTime)
      })),
      nextToken: page.next
    }
  },

  PutVerificationStateOnViolation(
    ctx: OperationContext,
    input: Valid<PutVerificationStateOnViolationRequest>
  ): PutVerificationStateOnViolationResponse {
    const v = ctx.store.violations.get(input.violationId)
    if (!v) throw invalid(`The violation ${input.violationId} does not exist`)
    v.verificationState = input.verificationState
    v.verificationStateDescription = input.verificationStateDescription
    ctx.store.touch('violations', v.violationId)
    return {}
  }
} satisfies Partial<HandlerTable>
