/**
 * The SDK's standard retries, with two changes for a tool that must converge under pressure: more attempts
 * (throttling and 5xx pass after backoff), and no retries of LimitExceededException, which the SDK counts
 * as throttling although a quota (a 6th profile on one target) will not lift by waiting.
 */
import { StandardRetryStrategy } from '@smithy/core/retry'
import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types'

export const MAX_ATTEMPTS = 8

export class DdacRetryStrategy extends StandardRetryStrategy {
  constructor(maxAttempts = MAX_ATTEMPTS) {
    super(maxAttempts)
  }

  override async refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo
  ): Promise<StandardRetryToken> {
    if ((errorInfo.error as { name?: string } | undefined)?.name === 'LimitExceededException')
      throw errorInfo.error
    return super.refreshRetryTokenForRetry(token, errorInfo)
  }
}
