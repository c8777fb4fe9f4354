/**
 * What the emulator's Detect engine keeps between evaluations (src/local/detect/ computes it): metric samples
 * folded into evaluation periods, each behavior's progress, each thing's alarm streak, and the ML models.
 * It is plain JSON inside the account, so `--data-dir` keeps it with the violations it explains.
 */
import type { Millis } from '../clock/clock.js'

/** One evaluation period of one metric of one thing. */
export interface PeriodBucket {
  /** the samples' values added up (a count metric's datapoint over a window is the sum of its periods) */
  sum: number
  /** each sample's value in arrival order, for metrics evaluated per message (aws:message-byte-size) */
  values?: number[]
}

/** A thing's alarm state for one behavior of one profile. */
export interface AlarmState {
  inAlarm: boolean
  /** consecutive violating datapoints (not in alarm) or consecutive normal ones (in alarm) */
  streak: number
  /** the violation this alarm opened, while in alarm */
  violationId?: string
}

export type ModelStatus = 'PENDING_BUILD' | 'ACTIVE' | 'EXPIRED'

/** One ML Detect behavior's model: training statistics, then the frozen model it evaluates with. */
export interface ModelRecord {
  status: ModelStatus
  /** when the behavior was first evaluated (training can start no earlier) */
  createdAt: Millis
  /** the first training datapoint */
  trainingStartedAt?: Millis
  lastDatapointAt?: Millis
  datapoints: number
  /** GetBehaviorModelTrainingSummaries' datapointsCollectionPercentage: datapoints against the minimum */
  collectionPercentage: number
  /** running mean and sum of squared deviations (Welford) of the training datapoints */
  mean: number
  m2: number
  /** the model, once built */
  model?: { mean: number; stddev: number }
  builtAt?: Millis
}

export interface DetectRecords {
  /** thing name → its first and latest sample */
  seen: Record<string, { first: Millis; last: Millis }>
  /** `${thing}\n${metric}` → period start (ms, as a string key) → bucket */
  buckets: Record<string, Record<string, PeriodBucket>>
  /** `${profile}/${behavior}` → evaluated up to here (exclusive, a window boundary) */
  evaluatedUntil: Record<string, Millis>
  /** `${profile}/${behavior}/${thing}` → alarm state */
  alarms: Record<string, AlarmState>
  /** `${profile}/${behavior}` → model (ML Detect behaviors only) */
  models: Record<string, ModelRecord>
}

export function emptyDetectRecords(): DetectRecords {
  return { seen: {}, buckets: {}, evaluatedUntil: {}, alarms: {}, models: {} }
}
