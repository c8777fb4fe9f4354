/** status: ML Detect model training per behavior and the active violations (the seed's steps 2 and 3). */
import {
  paginateGetBehaviorModelTrainingSummaries,
  paginateListActiveViolations,
  type ActiveViolation,
  type BehaviorModelTrainingSummary,
  type IoTClient,
  ResourceNotFoundException
} from '@aws-sdk/client-iot'
import { allSettledOrThrow, collect } from '../aws/paginate.js'

export interface StatusReport {
  training: BehaviorModelTrainingSummary[]
  violations: ActiveViolation[]
  /** profiles the file names that the account does not have (not applied yet) */
  missing: string[]
}

export interface StatusInput {
  iot: IoTClient
  /** limit to these profiles (absent: every profile in the account) */
  securityProfileNames?: readonly string[]
}

export async function statusCommand({
  iot,
  securityProfileNames
}: StatusInput): Promise<StatusReport> {
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
        return { training, violations, missing: [] as string[] }
      } catch (e) {
        if (securityProfileName && e instanceof ResourceNotFoundException) {
          return { training: [], violations: [], missing: [securityProfileName] }
        }
        throw e
      }
    })
  )
  return {
    training: perProfile.flatMap((p) => p.training),
    violations: perProfile.flatMap((p) => p.violations),
    missing: perProfile.flatMap((p) => p.missing)
  }
}
