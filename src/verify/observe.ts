/**
 * What Device Defender reported since verification began, read through the IoT API: violation events (with
 * suppressed alerts, since a suppressed behavior still violates), the training state of the ML models the
 * expectations name, and audit findings of the expected checks. The same calls serve AWS and the emulator.
 */
import {
  paginateGetBehaviorModelTrainingSummaries,
  paginateListAuditFindings,
  paginateListViolationEvents,
  type IoTClient,
  type ViolationEvent
} from '@aws-sdk/client-iot'
import { collect } from '../aws/paginate.js'
import { seenFinding } from './audit-baseline.js'
import { expectedChecks, type SimulationExpectations } from './expectations.js'
import type { ModelState, Observation, SeenViolation } from './judge.js'

export interface ObserveScope {
  sims: readonly SimulationExpectations[]
  /** epoch ms: events and findings from before are another run's */
  since: number
  now: () => number
}

export function accountObserver(iot: IoTClient, scope: ObserveScope): () => Promise<Observation> {
  const expected = scope.sims.flatMap((s) => s.expected)
  const watchViolations = expected.some((e) => e.kind !== 'audit-finding')
  const mlProfiles = [
    ...new Set(
      expected.flatMap((e) =>
        e.kind === 'violation' && e.criteriaType === 'MACHINE_LEARNING'
          ? [e.securityProfileName]
          : []
      )
    )
  ]
  const checks = expectedChecks(scope.sims)
  const window = (): { startTime: Date; endTime: Date } => ({
    startTime: new Date(scope.since),
    endTime: new Date(scope.now())
  })

  return async () => {
    const [violations, models, findings] = await Promise.all([
      watchViolations
        ? collect(
            paginateListViolationEvents(
              { client: iot, pageSize: 250 },
              { ...window(), listSuppressedAlerts: true }
            ),
            (p) => p.violationEvents
          )
        : Promise.resolve([]),
      Promise.all(
        mlProfiles.map((securityProfileName) =>
          collect(
            paginateGetBehaviorModelTrainingSummaries({ client: iot }, { securityProfileName }),
            (p) => p.summaries
          )
        )
      ),
      Promise.all(
        checks.map((checkName) =>
          collect(
            paginateListAuditFindings(
              { client: iot },
              { ...window(), checkName, listSuppressedFindings: true }
            ),
            (p) => p.findings
          )
        )
      )
    ])
    return {
      violations: violations.flatMap(toViolation),
      models: models.flat().map((m): ModelState => ({
        securityProfileName: m.securityProfileName ?? '',
        behaviorName: m.behaviorName ?? '',
        status: m.modelStatus ?? 'UNKNOWN',
        ...(m.datapointsCollectionPercentage !== undefined
          ? { datapointsPercent: Math.round(m.datapointsCollectionPercentage) }
          : {})
      })),
      findings: findings.flat().map(seenFinding)
    }
  }
}

function toViolation(v: ViolationEvent): SeenViolation[] {
  const type = v.violationEventType
  if (!v.violationId || !v.thingName || !v.securityProfileName || !v.behavior?.name || !type)
    return []
  return [
    {
      violationId: v.violationId,
      thingName: v.thingName,
      securityProfileName: v.securityProfileName,
      behaviorName: v.behavior.name,
      eventType: type,
      at: v.violationEventTime?.getTime() ?? 0
    }
  ]
}
