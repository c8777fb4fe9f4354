/**
 * Client-side pacing at each operation's AWS TPS quota, so a large account reads and applies as fast as the
 * quotas allow without ever being throttled. Installed as SDK middleware inside the retry loop, so retries are
 * paced too.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import pThrottle from 'p-throttle'

export type Quotas = Readonly<Record<string, number>>

/** Operations not in the table (new ones) get the most common List/Describe quota. */
const DEFAULT_TPS = 10

export function addRateLimit(client: IoTClient, quotas: Quotas): void {
  const gates = new Map<string, () => Promise<void>>()
  const gate = (operation: string): (() => Promise<void>) => {
    let g = gates.get(operation)
    if (!g) {
      g = pThrottle({ limit: quotas[operation] ?? DEFAULT_TPS, interval: 1000, strict: true })(
        async (): Promise<void> => undefined
      )
      gates.set(operation, g)
    }
    return g
  }
  client.middlewareStack.add(
    (next, context) => async (args) => {
      await gate(String(context.commandName).replace(/Command$/, ''))()
      return next(args)
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ddacRateLimit' }
  )
}
