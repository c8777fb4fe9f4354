/** ddac's retry decisions, on the SDK's own retry strategy. */
import { describe, expect, test } from '@jest/globals'
import type { RetryErrorInfo, RetryStrategyV2 } from '@smithy/types'
import { StandardRetryStrategy } from '@smithy/core/retry'
import { DdacRetryStrategy, MAX_ATTEMPTS } from '../../src/aws/retry.js'

const failure = (name: string, message: string): RetryErrorInfo['error'] =>
  Object.assign(new Error(message), { name, $metadata: {} }) as RetryErrorInfo['error']

const transient = (name = 'ServiceUnavailableException'): RetryErrorInfo => ({
  error: failure(name, 'lost'),
  errorType: 'TRANSIENT'
})

/** How many of `n` calls failing at once get their first retry. */
async function retriedAtOnce(strategy: RetryStrategyV2, n: number): Promise<number> {
  const tries = await Promise.allSettled(
    Array.from({ length: n }, async () =>
      strategy.refreshRetryTokenForRetry(await strategy.acquireInitialRetryToken(''), transient())
    )
  )
  return tries.filter((t) => t.status === 'fulfilled').length
}

describe('retries', () => {
  test('a burst of 5xx on many calls at once retries every one of them', async () => {
    // The SDK's client-wide quota refuses retries past 35 at once; ddac keeps them per call.
    expect(await retriedAtOnce(new StandardRetryStrategy(MAX_ATTEMPTS), 60)).toBeLessThan(60)
    expect(await retriedAtOnce(new DdacRetryStrategy(), 60)).toBe(60)
  })

  test('a call that timed out is tried twice, then fails', async () => {
    const s = new DdacRetryStrategy()
    const first = await s.acquireInitialRetryToken('')
    const second = await s.refreshRetryTokenForRetry(first, transient('TimeoutError'))
    await expect(s.refreshRetryTokenForRetry(second, transient('TimeoutError'))).rejects.toThrow(
      'lost'
    )
  })

  test('a quota reached is not retried', async () => {
    const s = new DdacRetryStrategy()
    const info: RetryErrorInfo = {
      error: failure('LimitExceededException', '5 profiles'),
      errorType: 'THROTTLING'
    }
    await expect(
      s.refreshRetryTokenForRetry(await s.acquireInitialRetryToken(''), info)
    ).rejects.toThrow('5 profiles')
  })
})
