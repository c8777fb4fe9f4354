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
import { invalid, notFound } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, ViolationEventRecord, ViolationRecord } from './account.js'
import type { HandlerTable, Valid } from './handler.js'

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

function checkProfile(state: AccountState, name: string | undefined): void {
  if (name !== undefined && !state.data.securityProfiles.has(name))
    throw notFound(`The security profile ${name} does not exist`)
}

const date = (ms: number | undefined): Date | undefined =>
  ms === undefined ? undefined : new Date(ms)

const eventKey = (e: ViolationEventRecord): string =>
  `${String(e.violationEventTime).padStart(15, '0')}|${e.violationId}|${e.violationEventType}`

export const violationHandlers = {
  GetBehaviorModelTrainingSummaries(
    state: AccountState,
    input: Valid<GetBehaviorModelTrainingSummariesRequest>
  ): GetBehaviorModelTrainingSummariesResponse {
    checkProfile(state, input.securityProfileName)
    const summaries = [...state.data.securityProfiles.values()]
      .filter(
        (p) => input.securityProfileName === undefined || p.name === input.securityProfileName
      )
      .flatMap((p) =>
        (p.behaviors ?? [])
          .filter((b) => b.criteria?.mlDetectionConfig)
          .map((b) => ({
            profile: p.name,
            behavior: b.name!,
            model: state.data.detect?.models[`${p.name}/${b.name}`]
          }))
      )
      .sort((a, b) => (`${a.profile}/${a.behavior}` < `${b.profile}/${b.behavior}` ? -1 : 1))
    const op = 'GetBehaviorModelTrainingSummaries'
    const page = paginate(
      op,
      summaries,
      (s) => `${s.profile}/${s.behavior}`,
      input.nextToken,
      pageSize(op, input.maxResults)
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
    state: AccountState,
    input: Valid<ListActiveViolationsRequest>
  ): ListActiveViolationsResponse {
    checkProfile(state, input.securityProfileName)
    const active = [...state.data.violations.values()]
      .filter((v) => v.active && matches(v, input))
      .sort((a, b) => (a.violationId < b.violationId ? -1 : 1))
    const op = 'ListActiveViolations'
    const page = paginate(
      op,
      active,
      (v) => v.violationId,
      input.nextToken,
      pageSize(op, input.maxResults)
    )
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
    state: AccountState,
    input: Valid<ListViolationEventsRequest>
  ): ListViolationEventsResponse {
    const from = input.startTime.getTime()
    const to = input.endTime.getTime()
    const verification = (e: ViolationEventRecord): string | undefined =>
      state.data.violations.get(e.violationId)?.verificationState
    const events = state.data.violationEvents
      .filter((e) => e.violationEventTime >= from && e.violationEventTime <= to)
      .filter((e) => matches({ ...e, verificationState: verification(e) }, input))
      .sort((a, b) => (eventKey(a) < eventKey(b) ? -1 : 1))
    const op = 'ListViolationEvents'
    const page = paginate(op, events, eventKey, input.nextToken, pageSize(op, input.maxResults))
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
        verificationStateDescription: state.data.violations.get(e.violationId)
          ?.verificationStateDescription,
        violationEventTime: new Date(e.violationEventTime)
      })),
      nextToken: page.next
    }
  },

  PutVerificationStateOnViolation(
    state: AccountState,
    input: Valid<PutVerificationStateOnViolationRequest>
  ): PutVerificationStateOnViolationResponse {
    const v = state.data.violations.get(input.violationId)
    if (!v) throw invalid(`The violation ${input.violationId} does not exist`)
    v.verificationState = input.verificationState
    v.verificationStateDescription = input.verificationStateDescription
    return {}
  }
} satisfies Partial<HandlerTable>
