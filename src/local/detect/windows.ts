/**
 * Time in the emulator's Detect: AWS's durations divided by a scale (60 makes a 5-minute window 5 seconds),
 * samples folded into evaluation periods, and the datapoints a behavior sees in a window.
 */
import type { Behavior } from '@aws-sdk/client-iot'
import type { MetricSample } from '../store/cloud-metrics.js'
import type { DetectRecords, PeriodBucket } from '../store/detect-records.js'
import type { Millis } from '../clock/clock.js'

const SECOND = 1000
const DAY = 86_400 * SECOND

/** AWS's figures (developer guide: dd-detect-ml, device-defender-troubleshoot, limits-iot). */
export const AWS_DETECT = {
  /** Detect evaluates cloud-side metrics in 5-minute periods; every durationSeconds is a multiple */
  periodMs: 300 * SECOND,
  /** "If the device doesn't publish any metrics for more than two days, … alarm-invalidated" */
  invalidateAfterMs: 2 * DAY,
  /** ML Detect: 14 days and 25,000 datapoints per metric before the first model */
  mlMinTrainingMs: 14 * DAY,
  mlMinDatapoints: 25_000,
  /** ML Detect retries a model that lacks data daily for 30 days, then discontinues it (EXPIRED) */
  mlRetentionMs: 30 * DAY
} as const

/** `ddac local` and `--local`: a 5-minute window lasts 5 s, ML Detect's 14 days of training 5.6 hours. */
export const DEFAULT_TIME_SCALE = 60

export interface DetectTiming {
  /** the evaluation period: count metrics are summed per period, windows are whole periods */
  periodMs: number
  /** the scale the durations were divided by (durationSeconds is in AWS seconds) */
  scale: number
  invalidateAfterMs: number
  mlMinTrainingMs: number
  mlMinDatapoints: number
  mlRetentionMs: number
}

/** AWS's durations (and the ML datapoint minimum) divided by `scale`; 1 is AWS's own pace. */
export function scaledTiming(scale: number, overrides: Partial<DetectTiming> = {}): DetectTiming {
  if (!(scale > 0)) throw new Error(`the Detect time scale must be a positive number, not ${scale}`)
  return {
    scale,
    periodMs: AWS_DETECT.periodMs / scale,
    invalidateAfterMs: AWS_DETECT.invalidateAfterMs / scale,
    mlMinTrainingMs: AWS_DETECT.mlMinTrainingMs / scale,
    mlMinDatapoints: Math.ceil(AWS_DETECT.mlMinDatapoints / scale),
    mlRetentionMs: AWS_DETECT.mlRetentionMs / scale,
    ...overrides
  }
}

/**
 * Metrics whose datapoint is one message rather than a window's sum: "the maximum or minimum size (in bytes)
 * of each message" (detect-cloud-side-metrics, aws:message-byte-size). With a statistical threshold it takes a
 * window, and then the datapoint is the window's cumulative size (the same page's p90 example).
 */
const PER_MESSAGE = new Set(['aws:message-byte-size'])

export const periodKey = (thing: string, metric: string): string => `${thing}\n${metric}`

/**
 * Fold samples into their periods and note when each thing reported, in place: this is the data plane's
 * append, called for every message, so it does not copy the records.
 */
export function foldSamples(
  records: DetectRecords,
  samples: readonly MetricSample[],
  timing: DetectTiming
): void {
  for (const s of samples) {
    const start = String(Math.floor(s.at / timing.periodMs) * timing.periodMs)
    const periods = (records.buckets[periodKey(s.thingName, s.metric)] ??= {})
    const bucket = (periods[start] ??= { sum: 0 })
    bucket.sum += s.value
    if (PER_MESSAGE.has(s.metric)) (bucket.values ??= []).push(s.value)
    const seen = (records.seen[s.thingName] ??= { first: s.at, last: s.at })
    seen.first = Math.min(seen.first, s.at)
    seen.last = Math.max(seen.last, s.at)
  }
}

/** Whether a behavior's datapoints are single messages (else window sums). */
export function perMessage(behavior: Behavior): boolean {
  return PER_MESSAGE.has(behavior.metric ?? '') && behavior.criteria?.durationSeconds === undefined
}

/** A behavior's window: its durationSeconds scaled, in whole periods (one period when it has none). */
export function windowMs(behavior: Behavior, timing: DetectTiming): number {
  if (perMessage(behavior)) return timing.periodMs
  const seconds = behavior.criteria?.durationSeconds ?? timing.periodMs / SECOND
  const periods = Math.max(1, Math.ceil((seconds * SECOND) / timing.scale / timing.periodMs))
  return periods * timing.periodMs
}

/** The datapoints of one thing in [start, start + length): one window sum, or each message. */
export function datapointsIn(
  records: DetectRecords,
  thing: string,
  behavior: Behavior,
  start: Millis,
  length: number,
  timing: DetectTiming
): number[] {
  const periods = records.buckets[periodKey(thing, behavior.metric ?? '')] ?? {}
  const inWindow = Object.entries(periods)
    .filter(([s]) => Number(s) >= start && Number(s) < start + length)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, bucket]) => bucket)
  if (perMessage(behavior)) return inWindow.flatMap((b) => b.values ?? [])
  // A reporting thing with no samples in the window counts 0 (so an alarm clears after the traffic stops);
  // before its first sample, or after two days of silence, it has no datapoint.
  const seen = records.seen[thing]
  if (!seen || seen.first >= start + length || seen.last < start - timing.invalidateAfterMs)
    return []
  return [inWindow.reduce((sum, b) => sum + b.sum, 0)]
}

/**
 * Drop periods no window can reach again (before `keepFrom`), and the per-message values of periods every
 * per-message behavior has judged (before `valuesFrom`): window sums need only the sum.
 */
export function prunePeriods(
  records: DetectRecords,
  keepFrom: Millis,
  valuesFrom: Millis
): DetectRecords {
  const buckets: DetectRecords['buckets'] = {}
  for (const [key, periods] of Object.entries(records.buckets)) {
    const kept: Record<string, PeriodBucket> = {}
    for (const [start, bucket] of Object.entries(periods)) {
      if (Number(start) < keepFrom) continue
      kept[start] = Number(start) < valuesFrom ? { sum: bucket.sum } : bucket
    }
    if (Object.keys(kept).length > 0) buckets[key] = kept
  }
  return { ...records, buckets }
}
