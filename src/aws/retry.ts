/**
 * The SDK's standard retries, with changes for a tool that must converge under pressure: more attempts
 * (throttling and 5xx pass after backoff); no retries of LimitExceededException, which the SDK counts as
 * throttling although a quota (a 6th profile on one target) will not lift by waiting; a timed-out call
 * tried only once more, so an endpoint that never answers fails in about two timeouts, not eight; and the
 * SDK's retry quota kept per call instead of per client. That quota (500 tokens, 14 per retry) guards a
 * long-lived service against retry storms; ddac's calls run concurrently, so a burst of 5xx on 40 writes at
 * once used up a client-wide one and failed writes that their next attempt would have carried. Each call
 * keeps its bounded attempts and backoff, and the rate limiter paces every attempt.
 */
import { StandardRetryStrategy } from '@smithy/core/retry'
import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@smithy/types'

export const MAX_ATTEMPTS = 8
/** attempts of a call that timed out (a lost packet is worth one more try; a silent endpoint is not) */
export const TIMEOUT_ATTEMPTS = 2

export class DdacRetryStrategy implements RetryStrategyV2 {
  /** each call's own standard strategy, found by its current token */
  private readonly calls = new WeakMap<StandardRetryToken, StandardRetryStrategy>()

  constructor(private readonly maxAttempts = MAX_ATTEMPTS) {}

  async acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    const strategy = new StandardRetryStrategy(this.maxAttempts)
    const token = await strategy.acquireInitialRetryToken(scope)
    this.calls.set(token, strategy)
    return token
  }

  async refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo
  ): Promise<StandardRetryToken> {
    const name = (errorInfo.error as { name?: string } | undefined)?.name
    if (name === 'LimitExceededException') throw errorInfo.error
    if (name === 'TimeoutError' && token.getRetryCount() + 1 >= TIMEOUT_ATTEMPTS)
      throw errorInfo.error
    const strategy = this.calls.get(token) ?? new StandardRetryStrategy(this.maxAttempts)
    const next = await strategy.refreshRetryTokenForRetry(token, errorInfo)
    this.calls.set(next, strategy)
    return next
  }

  recordSuccess(token: StandardRetryToken): void {
    this.calls.get(token)?.recordSuccess(token)
  }
}
