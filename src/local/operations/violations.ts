/**
 * What Detect reports: ML model training summaries, active violations and violation events, and verification
 * states on violations, as the Detect engine (src/local/detect) records them in the account.
 */
import type {
  ActiveViolation,
  BehaviorCriteriaType,
  GetBehaviorModelTrainingSummariesRequest,
  GetBehaviorModelTrainingSummariesResponse,
  ListActiveViolationsRequest,
  ListActiveViolationsResponse,
  ListViolationEventsRequest,
  ListViolationEventsResponse,
  PutVerificationStateOnViolationRequest,
  PutVerificationStateOnViolationResponse,
  ViolationEvent
} from '@aws-sdk/client-iot'
import { invalid, notFound } from './api-error.js'
import type { ViolationEventRecord, ViolationRecord } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { inTimeRange } from './time-range.js'
import { byName } from '../../util/order.js'

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

const summaryKey = (s: { profile: string; behavior: string }): string =>
  `${s.profile}/${s.behavior}`

const eventKey = (e: ViolationEventRecord): string =>
  `${String(e.violationEventTime).padStart(15, '0')}|${e.violationId}|${e.violationEventType}`

/**
 * What an active violation and a violation event both answer: whose it is, the behavior, and the verification
 * state, which is kept on the violation (`violation`: the record itself, or the one an event belongs to).
 */
function violationFields(
  r: ViolationRecord | ViolationEventRecord,
  violation: ViolationRecord | undefined
): ActiveViolation & ViolationEvent {
  return {
    violationId: r.violationId,
    thingName: r.thingName,
    securityProfileName: r.securityProfileName,
    behavior: r.behavior,
    violationEventAdditionalInfo: r.violationEventAdditionalInfo as never,
    verificationState: violation?.verificationState as never,
    verificationStateDescription: violation?.verificationStateDescription
  }
}

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
      .sort((a, b) => byName(summaryKey(a), summaryKey(b)))
    const page = ctx.page(summaries, summaryKey, input.nextToken, input.maxResults)
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
      .sort((a, b) => byName(a.violationId, b.violationId))
    const page = ctx.page(active, (v) => v.violationId, input.nextToken, input.maxResults)
    return {
      activeViolations: page.items.map((v) => ({
        ...violationFields(v, v),
        lastViolationValue: v.lastViolationValue,
        lastViolationTime: date(v.lastViolationTime),
        violationStartTime: new Date(v.violationStartTime)
      })),
      nextToken: page.next
    }
  },

  ListViolationEvents(
    ctx: OperationContext,
    input: Valid<ListViolationEventsRequest>
  ): ListViolationEventsResponse {
    const within = inTimeRange(input)
    const violation = (e: ViolationEventRecord): ViolationRecord | undefined =>
      ctx.store.violations.get(e.violationId)
    const events = ctx.store.violationEvents
      .filter((e) => within(e.violationEventTime))
      .filter((e) => matches({ ...e, verificationState: violation(e)?.verificationState }, input))
      .sort((a, b) => byName(eventKey(a), eventKey(b)))
    const page = ctx.page(events, eventKey, input.nextToken, input.maxResults)
    return {
      violationEvents: page.items.map((e) => ({
        ...violationFields(e, violation(e)),
        metricValue: e.metricValue,
        violationEventType: e.violationEventType as never,
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
