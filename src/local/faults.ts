/**
 * What the emulator can do to a request before it reaches the account, for tests and benchmarks that need an
 * account under pressure: per-operation TPS quotas answered with ThrottlingException, added latency, and a
 * rate of injected 500/503 faults. All off by default, so a fresh emulator answers at once like an idle
 * account. Faults are injected before the handler runs: a failed request never changes state.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { ApiError } from './control-plane/api-error.js'
import type { OperationName } from '../model/iot-model.js'

/**
 * API rate quotas (requests per second, not adjustable). Device Defender operations: the AWS General
 * Reference page iot_device_defender.html (NOTES.md §11): Create/Update/Delete/Attach/Detach/Validate 10,
 * Describe* 25, scheduled audits and the account audit configuration 5, List* 10. The registry operations
 * come from the AWS IoT Core quotas page (iot-core.html, "API throttling limits"), which NOTES.md does not
 * copy: those values are UNVERIFIED here.
 */
export const TPS_QUOTAS: Readonly<Record<OperationName, number>> = {
  CreateSecurityProfile: 10,
  UpdateSecurityProfile: 10,
  DescribeSecurityProfile: 25,
  DeleteSecurityProfile: 10,
  ListSecurityProfiles: 10,
  ListSecurityProfilesForTarget: 10,
  AttachSecurityProfile: 10,
  DetachSecurityProfile: 10,
  ListTargetsForSecurityProfile: 10,
  ValidateSecurityProfileBehaviors: 10,
  GetBehaviorModelTrainingSummaries: 10,
  ListActiveViolations: 10,
  ListViolationEvents: 10,
  PutVerificationStateOnViolation: 10,
  CreateMitigationAction: 10,
  DescribeMitigationAction: 25,
  UpdateMitigationAction: 10,
  DeleteMitigationAction: 10,
  ListMitigationActions: 10,
  StartDetectMitigationActionsTask: 10,
  DescribeDetectMitigationActionsTask: 25,
  ListDetectMitigationActionsExecutions: 10,
  StartOnDemandAuditTask: 10,
  DescribeAuditTask: 25,
  ListAuditTasks: 10,
  ListAuditFindings: 10,
  DescribeAccountAuditConfiguration: 5,
  UpdateAccountAuditConfiguration: 5,
  CreateScheduledAudit: 5,
  UpdateScheduledAudit: 5,
  DescribeScheduledAudit: 5,
  DeleteScheduledAudit: 5,
  ListScheduledAudits: 5,
  CreateCustomMetric: 10,
  DescribeCustomMetric: 25,
  UpdateCustomMetric: 10,
  DeleteCustomMetric: 10,
  ListCustomMetrics: 10,
  CreateDimension: 10,
  DescribeDimension: 25,
  UpdateDimension: 10,
  DeleteDimension: 10,
  ListDimensions: 10,
  TagResource: 10,
  UntagResource: 10,
  ListTagsForResource: 10,
  // AWS IoT Core registry and security operations (UNVERIFIED, see above)
  DescribeEndpoint: 10,
  CreateThing: 100,
  DescribeThing: 350,
  DeleteThing: 100,
  ListThings: 10,
  CreateThingGroup: 25,
  DescribeThingGroup: 100,
  DeleteThingGroup: 25,
  ListThingGroups: 10,
  ListThingsInThingGroup: 25,
  ListThingGroupsForThing: 100,
  AddThingToThingGroup: 100,
  RemoveThingFromThingGroup: 100,
  CreateKeysAndCertificate: 10,
  DescribeCertificate: 10,
  UpdateCertificate: 10,
  DeleteCertificate: 10,
  ListCertificates: 10,
  AttachThingPrincipal: 15,
  DetachThingPrincipal: 15,
  ListThingPrincipals: 10,
  ListPrincipalThings: 10,
  CreatePolicy: 10,
  GetPolicy: 15,
  DeletePolicy: 10,
  ListPolicies: 10,
  AttachPolicy: 15,
  DetachPolicy: 15,
  ListTargetsForPolicy: 10,
  ListAttachedPolicies: 15
}

export interface FaultOptions {
  /** enforce TPS_QUOTAS (or `quotas`) with ThrottlingException */
  throttle?: boolean
  /** override some quotas (requests per second) */
  quotas?: Partial<Record<OperationName, number>>
  /** added to every request */
  latencyMs?: number
  /** share of requests (0..1) answered with InternalFailureException 500 or ServiceUnavailableException 503 */
  faultRate?: number
  /** seed of the fault draws, for a reproducible sequence */
  seed?: number
}

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
    const rate = options.faultRate ?? 0
    if (!(rate >= 0 && rate <= 1)) throw new Error(`faultRate must be between 0 and 1, not ${rate}`)
    this.rng = xoroshiro128plus(options.seed ?? Date.now())
  }

  /** Apply latency, then throttling, then injected faults; throws the modeled error to answer with. */
  async before(operation: OperationName): Promise<void> {
    if (this.options.latencyMs) await sleep(this.options.latencyMs)
    if (this.options.throttle && !this.bucket(operation).take(this.now()))
      throw new ApiError('ThrottlingException', 'Rate exceeded')
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
