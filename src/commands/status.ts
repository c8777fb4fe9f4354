/**
 * status: ML Detect model training per behavior, the active violations (the seed's steps 2 and 3), and the
 * violation events of the last day, so an alarm that fired and cleared overnight is not missed.
 */
import {
  paginateGetBehaviorModelTrainingSummaries,
  paginateListActiveViolations,
  paginateListViolationEvents,
  type IoTClient,
  ResourceNotFoundException
} from '@aws-sdk/client-iot'
import { allSettledOrThrow, collect } from '../aws/paginate.js'
import type { StatusReport } from '../report/status.js'

export type { StatusReport } from '../report/status.js'

export interface StatusInput {
  iot: IoTClient
  /** limit to these profiles (absent: every profile in the account) */
  securityProfileNames?: readonly string[]
  now?: () => Date
}

/** How far back status lists violation events: a day, the cadence of a nightly check. */
export const EVENTS_WINDOW_MS = 24 * 60 * 60 * 1000

export async function statusCommand({
  iot,
  securityProfileNames,
  now = () => new Date()
}: StatusInput): Promise<StatusReport> {
  const endTime = now()
  const since = new Date(endTime.getTime() - EVENTS_WINDOW_MS)
  // No names: every profile in the account. An empty list: none (a file without profiles).
  const profiles: (string | undefined)[] = securityProfileNames
    ? [...securityProfileNames]
    : [undefined]
  const perProfile = await allSettledOrThrow(
    profiles.map(async (securityProfileName) => {
      const filter = securityProfileName ? { securityProfileName } : {}
      try {
        // One after the other: a profile that does not exist fails the first call, and nothing is left in flight.
        const training = await collect(
          paginateGetBehaviorModelTrainingSummaries({ client: iot }, filter),
          (p) => p.summaries
        )
        const violations = await collect(
          paginateListActiveViolations({ client: iot }, { ...filter, listSuppressedAlerts: true }),
          (p) => p.activeViolations
        )
        const events = await collect(
          paginateListViolationEvents(
            { client: iot },
            { ...filter, startTime: since, endTime, listSuppressedAlerts: true }
          ),
          (p) => p.violationEvents
        )
        return { training, violations, events, missing: [] as string[] }
      } catch (e) {
        if (securityProfileName && e instanceof ResourceNotFoundException) {
          return { training: [], violations: [], events: [], missing: [securityProfileName] }
        }
        throw e
      }
    })
  )
  return {
    training: perProfile.flatMap((p) => p.training),
    violations: perProfile.flatMap((p) => p.violations),
    events: perProfile
      .flatMap((p) => p.events)
      .sort(
        (a, b) => (b.violationEventTime?.getTime() ?? 0) - (a.violationEventTime?.getTime() ?? 0)
      ),
    since,
    missing: perProfile.flatMap((p) => p.missing)
  }
}
