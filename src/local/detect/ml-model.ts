/**
 * The emulator's stand-in for ML Detect: AWS's model lifecycle (PENDING_BUILD while it collects datapoints,
 * ACTIVE once the minimums are met, EXPIRED when data stops) with a plain statistical model in place of AWS's
 * unpublished one. The model is the mean and standard deviation of the training datapoints; a datapoint is
 * anomalous above mean + k × spread, where spread = max(stddev, mean / 4, 1) (so a perfectly steady baseline
 * still tolerates ordinary jitter) and k is 2 at LOW confidence, 4 at MEDIUM and 8 at HIGH: LOW is the most
 * sensitive, as in AWS ("Low confidence means high sensitivity"). Only values above normal alarm.
 */
import type { ConfidenceLevel } from '@aws-sdk/client-iot'
import type { ModelRecord } from '../store/detect-records.js'
import type { Millis } from '../clock/clock.js'
import type { DetectTiming } from './windows.js'

export const CONFIDENCE_FACTOR: Record<ConfidenceLevel, number> = { LOW: 2, MEDIUM: 4, HIGH: 8 }

export function newModel(now: Millis): ModelRecord {
  return {
    status: 'PENDING_BUILD',
    createdAt: now,
    datapoints: 0,
    collectionPercentage: 0,
    mean: 0,
    m2: 0
  }
}

/** The value above which a datapoint is anomalous at this confidence level. */
export function anomalyThreshold(
  model: { mean: number; stddev: number },
  confidence: ConfidenceLevel
): number {
  const spread = Math.max(model.stddev, model.mean / 4, 1)
  return model.mean + CONFIDENCE_FACTOR[confidence] * spread
}

/** Add training datapoints at `at` (pure); only a PENDING_BUILD model learns. */
export function train(
  model: ModelRecord,
  values: readonly number[],
  at: Millis,
  timing: DetectTiming
): ModelRecord {
  if (values.length === 0) return model
  const next = { ...model, lastDatapointAt: at }
  if (model.status !== 'PENDING_BUILD') return next
  next.trainingStartedAt ??= at
  for (const v of values) {
    next.datapoints += 1
    const delta = v - next.mean
    next.mean += delta / next.datapoints
    next.m2 += delta * (v - next.mean)
  }
  next.collectionPercentage = collectionPercentage(next.datapoints, timing)
  return next
}

/**
 * Move the model along its lifecycle at `now`: build it once it has the minimum datapoints over the minimum
 * training time; expire it when a pending model has gone the retention period past the training time without
 * enough data, or an active one has had no datapoint for the retention period.
 */
export function advance(model: ModelRecord, now: Millis, timing: DetectTiming): ModelRecord {
  if (model.status === 'PENDING_BUILD') {
    const since = model.trainingStartedAt ?? model.createdAt
    if (model.datapoints >= timing.mlMinDatapoints && now - since >= timing.mlMinTrainingMs) {
      const stddev = Math.sqrt(model.datapoints > 1 ? model.m2 / (model.datapoints - 1) : 0)
      return { ...model, status: 'ACTIVE', model: { mean: model.mean, stddev }, builtAt: now }
    }
    if (now - model.createdAt > timing.mlMinTrainingMs + timing.mlRetentionMs)
      return { ...model, status: 'EXPIRED' }
    return model
  }
  if (
    model.status === 'ACTIVE' &&
    now - (model.lastDatapointAt ?? model.builtAt!) > timing.mlRetentionMs
  )
    return { ...model, status: 'EXPIRED' }
  return model
}

/** Datapoints against the minimum, in percent with two decimals (AWS reports e.g. 35.46). */
function collectionPercentage(datapoints: number, timing: DetectTiming): number {
  return Math.min(100, Math.round((datapoints / timing.mlMinDatapoints) * 10_000) / 100)
}
