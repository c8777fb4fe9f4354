/**
 * One evaluation of Detect, as a pure function: every behavior of every profile, for every thing the profile
 * applies to, over each window that ended since the last evaluation. A datapoint that breaks the criteria
 * counts towards `consecutiveDatapointsToAlarm`, a conforming one in alarm towards
 * `consecutiveDatapointsToClear` (both default 1, API reference BehaviorCriteria); opening and clearing an
 * alarm are `in-alarm` and `alarm-cleared` events. An alarm whose behavior, profile or target went away, or
 * whose thing has sent nothing for two days (troubleshooting guide), ends with `alarm-invalidated`.
 */
import type { Behavior, MetricValue } from '@aws-sdk/client-iot'
import type { AlarmState, DetectRecords, ModelRecord } from '../store/detect-records.js'
import type { Millis } from '../clock/clock.js'
import type { ViolationEventRecord, ViolationRecord } from '../store/records.js'
import { conforms, criteriaType, percentile, percentileOf, scalar } from './criteria.js'
import { NUMERIC_OPERATORS as NUMERIC } from '../../model/catalog/metrics.js'
import { advance, anomalyThreshold, newModel, train } from './ml-model.js'
import { datapointsIn, perMessage, prunePeriods, windowMs, type DetectTiming } from './windows.js'

export interface ProfileInput {
  name: string
  behaviors: readonly Behavior[]
  /** every thing the profile applies to (its target groups with their subgroups, or the account targets) */
  things: readonly string[]
}

export interface EvaluateInput {
  now: Millis
  timing: DetectTiming
  profiles: readonly ProfileInput[]
  records: DetectRecords
  /** the account's violations by id */
  violations: ReadonlyMap<string, ViolationRecord>
  newId: () => string
}

export interface EvaluateResult {
  records: DetectRecords
  /** violations opened or changed by this evaluation (copies, to store by id) */
  violations: ViolationRecord[]
  events: ViolationEventRecord[]
}

const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(NUMERIC)

type Verdict = (value: number) => boolean

/** How a window's datapoints are judged: undefined when they cannot be (no fleet yet, a model not built). */
function verdictFor(
  behavior: Behavior,
  fleet: readonly number[],
  model: ModelRecord | undefined
): Verdict | undefined {
  const criteria = behavior.criteria ?? {}
  switch (criteriaType(criteria)) {
    case 'MACHINE_LEARNING': {
      if (model?.status !== 'ACTIVE' || !model.model) return undefined
      const limit = anomalyThreshold(model.model, criteria.mlDetectionConfig!.confidenceLevel!)
      return (v) => v > limit
    }
    case 'STATISTICAL': {
      if (!NUMERIC_OPERATORS.has(criteria.comparisonOperator ?? '')) return undefined
      const threshold = percentile(fleet, percentileOf(criteria.statisticalThreshold!.statistic!))
      if (threshold === undefined) return undefined
      return (v) => !conforms(criteria, { count: v }, threshold)
    }
    default:
      // Only numeric comparisons get datapoints (the data plane counts numbers); criteria the control plane
      // would refuse are skipped rather than failing every evaluation.
      if (!NUMERIC_OPERATORS.has(criteria.comparisonOperator ?? '')) return undefined
      if (scalar(criteria.value) === undefined) return undefined
      return (v) => !conforms(criteria, { count: v, number: v })
  }
}

const metricValue = (behavior: Behavior, v: number): MetricValue =>
  behavior.metric?.startsWith('aws:') ? { count: v } : { number: v }

export function evaluate(input: EvaluateInput): EvaluateResult {
  const { now, timing } = input
  const records = structuredClone(input.records)
  const changed = new Map<string, ViolationRecord>()
  const events: ViolationEventRecord[] = []
  const violation = (id: string): ViolationRecord | undefined => {
    if (!changed.has(id)) {
      const v = input.violations.get(id)
      if (!v) return undefined
      changed.set(id, structuredClone(v))
    }
    return changed.get(id)
  }
  const event = (
    v: ViolationRecord,
    type: 'in-alarm' | 'alarm-cleared' | 'alarm-invalidated',
    at: Millis,
    value?: MetricValue
  ): void => {
    events.push({
      violationId: v.violationId,
      thingName: v.thingName,
      securityProfileName: v.securityProfileName,
      behavior: v.behavior,
      violationEventType: type,
      violationEventTime: at,
      ...(value ? { metricValue: value } : {}),
      ...(v.violationEventAdditionalInfo
        ? { violationEventAdditionalInfo: v.violationEventAdditionalInfo }
        : {})
    })
  }

  const liveBehaviors = new Set<string>()
  const liveAlarms = new Set<string>()
  // Catching up after a long stop: windows older than the silence limit can change nothing.
  const earliest = now - timing.invalidateAfterMs

  for (const profile of input.profiles) {
    const reporting = profile.things.filter((t) => (records.seen[t]?.last ?? -Infinity) >= earliest)
    for (const behavior of profile.behaviors) {
      const key = `${profile.name}/${behavior.name}`
      liveBehaviors.add(key)
      for (const t of reporting) liveAlarms.add(`${key}/${t}`)
      const length = windowMs(behavior, timing)
      const aligned = (at: Millis): Millis => Math.floor(at / length) * length
      let start = Math.max(records.evaluatedUntil[key] ?? aligned(now), aligned(earliest))
      const ml = criteriaType(behavior.criteria) === 'MACHINE_LEARNING'
      let model = ml ? (records.models[key] ?? newModel(now)) : undefined
      const toAlarm = behavior.criteria?.consecutiveDatapointsToAlarm ?? 1
      const toClear = behavior.criteria?.consecutiveDatapointsToClear ?? 1

      const judge = (thing: string, value: number, violating: boolean, at: Millis): void => {
        const alarmKey = `${key}/${thing}`
        const alarm: AlarmState = (records.alarms[alarmKey] ??= { inAlarm: false, streak: 0 })
        const observed = metricValue(behavior, value)
        if (violating && !alarm.inAlarm) {
          if (++alarm.streak < toAlarm) return
          const opened: ViolationRecord = {
            violationId: input.newId(),
            thingName: thing,
            securityProfileName: profile.name,
            behavior,
            violationStartTime: at,
            lastViolationTime: at,
            lastViolationValue: observed,
            active: true,
            ...(ml
              ? {
                  violationEventAdditionalInfo: {
                    confidenceLevel: behavior.criteria!.mlDetectionConfig!.confidenceLevel!
                  }
                }
              : {})
          }
          changed.set(opened.violationId, opened)
          records.alarms[alarmKey] = { inAlarm: true, streak: 0, violationId: opened.violationId }
          event(opened, 'in-alarm', at, observed)
        } else if (violating) {
          alarm.streak = 0
          const open = violation(alarm.violationId!)
          if (open)
            Object.assign(open, { behavior, lastViolationTime: at, lastViolationValue: observed })
        } else if (alarm.inAlarm) {
          if (++alarm.streak < toClear) return
          const open = violation(alarm.violationId!)
          if (open) {
            open.active = false
            event(open, 'alarm-cleared', at, observed)
          }
          delete records.alarms[alarmKey]
        } else {
          // A thing with no streak keeps no state: the saved state grows with alarms, not with the fleet.
          delete records.alarms[alarmKey]
        }
      }

      for (; start + length <= now; start += length) {
        const end = start + length
        const points = reporting.map((t) => ({
          thing: t,
          values: datapointsIn(records, t, behavior, start, length, timing)
        }))
        const fleet = points.flatMap((p) => p.values)
        if (model) model = advance(model, end, timing)
        const verdict = verdictFor(behavior, fleet, model)
        if (verdict)
          for (const p of points) for (const v of p.values) judge(p.thing, v, verdict(v), end)
        // The window trains the model after it is judged, so a model never judges its own training data.
        if (model) model = train(model, fleet, end, timing)
      }
      records.evaluatedUntil[key] = start
      if (model) records.models[key] = advance(model, now, timing)
    }
  }

  for (const [alarmKey, alarm] of Object.entries(records.alarms)) {
    if (liveAlarms.has(alarmKey)) continue
    const open = alarm.inAlarm ? violation(alarm.violationId!) : undefined
    if (open?.active) {
      open.active = false
      event(open, 'alarm-invalidated', now)
    }
    delete records.alarms[alarmKey]
  }
  for (const key of Object.keys(records.evaluatedUntil))
    if (!liveBehaviors.has(key)) delete records.evaluatedUntil[key]
  for (const key of Object.keys(records.models))
    if (!liveBehaviors.has(key)) delete records.models[key]

  // Periods a live behavior's window can still reach; a behavior added later starts with a partial window.
  const longest = Math.max(
    timing.periodMs,
    ...input.profiles.flatMap((p) => p.behaviors.map((b) => windowMs(b, timing)))
  )
  const horizon = now - longest - timing.periodMs
  const keepFrom = Math.min(horizon, ...Object.values(records.evaluatedUntil))
  const valuesFrom = Math.min(
    now,
    ...input.profiles.flatMap((p) =>
      p.behaviors
        .filter(perMessage)
        .map((b) => records.evaluatedUntil[`${p.name}/${b.name}`] ?? now)
    )
  )
  for (const [thing, seen] of Object.entries(records.seen))
    if (seen.last < earliest - longest) delete records.seen[thing]
  return {
    records: prunePeriods(records, keepFrom, valuesFrom),
    violations: [...changed.values()],
    events
  }
}
