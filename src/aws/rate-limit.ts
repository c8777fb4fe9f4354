/**
 * Client-side pacing at each operation's AWS TPS quota, so a large account reads and applies as fast as the
 * quotas allow without ever being throttled. Installed as SDK middleware inside the retry loop, so retries are
 * paced too. An emulator that says it does not enforce quotas (`ddac local` without `--throttle`, header
 * QUOTAS_HEADER) is not paced from its first answer on: nothing there ever throttles.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import pThrottle from 'p-throttle'
import { QUOTAS_HEADER } from '../model/quotas.js'

export type Quotas = Readonly<Record<string, number>>

/** Operations not in the table (new ones) get the most common List/Describe quota. */
const DEFAULT_TPS = 10

/** What a client's pacing did: for tests and benchmarks that check it waits only where it must. */
export interface Pacing {
  /** false once the endpoint said it does not enforce quotas */
  readonly paced: boolean
  /** calls held back because their operation had used up its quota */
  readonly delayed: number
}

const pacings = new WeakMap<IoTClient, Pacing>()

export function pacingOf(client: IoTClient): Pacing | undefined {
  return pacings.get(client)
}

function headerOf(response: unknown, name: string): string | undefined {
  const headers = (response as { headers?: Record<string, string | undefined> } | undefined)
    ?.headers
  return headers?.[name]
}

export function addRateLimit(client: IoTClient, quotas: Quotas): void {
  const pacing = { paced: true, delayed: 0 }
  pacings.set(client, pacing)
  // Aborted when pacing ends: the calls still queued are let go at once.
  const stop = new AbortController()
  const gates = new Map<string, () => Promise<void>>()
  const gate = (operation: string): (() => Promise<void>) => {
    let g = gates.get(operation)
    if (!g) {
      g = pThrottle({
        limit: quotas[operation] ?? DEFAULT_TPS,
        interval: 1000,
        strict: true,
        signal: stop.signal,
        onDelay: () => void pacing.delayed++
      })(async (): Promise<void> => undefined)
      gates.set(operation, g)
    }
    return g
  }
  const learn = (response: unknown): void => {
    if (pacing.paced && headerOf(response, QUOTAS_HEADER) === 'none') {
      pacing.paced = false
      stop.abort()
    }
  }
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // The gate only rejects when pacing ends; the call then goes at once.
      if (pacing.paced)
        await gate(String(context.commandName).replace(/Command$/, ''))().catch(() => undefined)
      try {
        const result = await next(args)
        learn(result.response)
        return result
      } catch (e) {
        learn((e as { $response?: unknown } | undefined)?.$response)
        throw e
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ddacRateLimit' }
  )
}
