/**
 * What the emulator can do to a request before it reaches the account, for tests and benchmarks that need an
 * account under pressure: per-operation TPS quotas answered with ThrottlingException, added latency, and a
 * rate of injected 500/503 faults. All off by default, so a fresh emulator answers at once like an idle
 * account. Faults are injected before the handler runs: a failed request never changes state.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { ApiError } from '../operations/api-error.js'
import type { OperationName } from '../../model/iot-model.js'
import { TPS_QUOTAS } from '../../model/quotas.js'

export { TPS_QUOTAS }

export interface FaultOptions {
  /** enforce TPS_QUOTAS (or `quotas`) with ThrottlingException */
  throttle?: boolean
  /** override some quotas (requests per second) */
  quotas?: Partial<Record<OperationName, number>>
  /** added to every request */
  latencyMs?: number
  /** up to this much more per request, drawn from the seed: requests overtake each other as on a network */
  jitterMs?: number
  /** share of requests (0..1) answered with InternalFailureException 500 or ServiceUnavailableException 503 */
  faultRate?: number
  /** share of requests (0..1) answered with ThrottlingException whatever the quota (a busy account) */
  throttleRate?: number
  /** seed of the fault draws, for a reproducible sequence */
  seed?: number
  /** operations the caller lacks the IAM permission for: answered 403 AccessDeniedException */
  deny?: readonly OperationName[]
  /**
   * an account opened after Detect closed to new customers (2026-08-31): Detect operations answer
   * UnauthorizedException. The exact error AWS returns is not documented; this is the assumption ddac handles.
   */
  noDetect?: boolean
}

/** Operations of Device Defender Detect (security profiles, their metrics, violations, ML models). */
const DETECT_OPERATION =
  /SecurityProfile|BehaviorModel|Violation|CustomMetric|Dimension|DetectMitigation/

/** A token bucket holding one second of the quota, refilled continuously. */
class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly rate: number,
    now: number
  ) {
    this.tokens = rate
    this.last = now
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}

export class Faults {
  private readonly buckets = new Map<string, TokenBucket>()
  private readonly rng: ReturnType<typeof xoroshiro128plus>

  constructor(
    private readonly options: FaultOptions = {},
    private readonly now: () => number = () => performance.now()
  ) {
    for (const [name, rate] of Object.entries({
      faultRate: options.faultRate ?? 0,
      throttleRate: options.throttleRate ?? 0
    })) {
      if (!(rate >= 0 && rate <= 1)) throw new Error(`${name} must be between 0 and 1, not ${rate}`)
    }
    this.rng = xoroshiro128plus(options.seed ?? Date.now())
  }

  /** Does the emulator answer ThrottlingException past the quotas (what QUOTAS_HEADER tells clients)? */
  get enforcesQuotas(): boolean {
    return this.options.throttle === true
  }

  /** Apply latency, then throttling, then injected faults; throws the modeled error to answer with. */
  async before(operation: OperationName): Promise<void> {
    const jitter = this.options.jitterMs ? uniformFloat64(this.rng) * this.options.jitterMs : 0
    if (this.options.latencyMs || jitter) await sleep((this.options.latencyMs ?? 0) + jitter)
    if (this.options.deny?.includes(operation))
      throw new ApiError(
        'AccessDeniedException',
        `User: arn:aws:iam::123456789012:user/ddac is not authorized to perform: iot:${operation}`
      )
    if (this.options.noDetect && DETECT_OPERATION.test(operation))
      throw new ApiError(
        'UnauthorizedException',
        'AWS IoT Device Defender Detect is not available for this account'
      )
    if (this.options.throttle && !this.bucket(operation).take(this.now()))
      throw new ApiError('ThrottlingException', 'Rate exceeded')
    const throttleRate = this.options.throttleRate ?? 0
    if (throttleRate > 0 && uniformFloat64(this.rng) < throttleRate)
      throw new ApiError('ThrottlingException', 'Rate exceeded (injected)')
    const rate = this.options.faultRate ?? 0
    if (rate > 0 && uniformFloat64(this.rng) < rate) {
      if (uniformFloat64(this.rng) < 0.5)
        throw new ApiError('InternalFailureException', 'Injected fault: internal failure')
      throw new ApiError('ServiceUnavailableException', 'Injected fault: service unavailable')
    }
  }

  private bucket(operation: OperationName): TokenBucket {
    let bucket = this.buckets.get(operation)
    if (!bucket) {
      bucket = new TokenBucket(
        this.options.quotas?.[operation] ?? TPS_QUOTAS[operation],
        this.now()
      )
      this.buckets.set(operation, bucket)
    }
    return bucket
  }
}
