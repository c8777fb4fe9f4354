/** status: ML Detect model training per behavior and the active violations (the seed's steps 2 and 3). */
import {
  paginateGetBehaviorModelTrainingSummaries,
  paginateListActiveViolations,
  type ActiveViolation,
  type BehaviorModelTrainingSummary,
  type IoTClient,
  ResourceNotFoundException
} from '@aws-sdk/client-iot'

export interface StatusReport {
  training: BehaviorModelTrainingSummary[]
  violations: ActiveViolation[]
  /** profiles the file names that the account does not have (not applied yet) */
  missing: string[]
}

export interface StatusInput {
  iot: IoTClient
  /** limit to these profiles (default: every profile in the account) */
  securityProfileNames?: readonly string[]
}

async function collect<T, P>(
  pages: AsyncIterable<P>,
  items: (page: P) => T[] | undefined
): Promise<T[]> {
  const out: T[] = []
  for await (const page of pages) out.push(...(items(page) ?? []))
  return out
}

export async function statusCommand({
  iot,
  securityProfileNames
}: StatusInput): Promise<StatusReport> {
  const profiles: (string | undefined)[] = securityProfileNames?.length
    ? [...securityProfileNames]
    : [undefined]
  const perProfile = await Promise.all(
    profiles.map(async (securityProfileName) => {
      const filter = securityProfileName ? { securityProfileName } : {}
      try {
        const [training, violations] = await Promise.all([
          collect(
            paginateGetBehaviorModelTrainingSummaries({ client: iot }, filter),
            (p) => p.summaries
          ),
          collect(
            paginateListActiveViolations(
              { client: iot },
              { ...filter, listSuppressedAlerts: true }
            ),
            (p) => p.activeViolations
          )
        ])
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
