/**
 * One emulated AWS account in one region: every resource the control plane holds, ARNs in AWS form, the
 * clock, and the JSON snapshot used for persistence and for tests that inspect the whole account.
 * Resource families keep their semantics in sibling modules; this file only holds the data.
 */
import { randomUUID } from 'node:crypto'
import type {
  AlertTarget,
  AuditCheckConfiguration,
  AuditNotificationTarget,
  Behavior,
  CustomMetricType,
  DimensionType,
  MetricsExportConfig,
  MetricValue,
  MetricToRetain,
  MitigationActionParams,
  ThingGroupProperties
} from '@aws-sdk/client-iot'
import type { CertificateAuthority } from '../ca.js'
import type { DetectMitigationExecution } from './detect-mitigation.js'
import type { DetectRecords } from '../store/detect-records.js'

/** Epoch milliseconds; handlers turn them into Date for the wire. */
export type Millis = number

export interface SecurityProfileRecord {
  name: string
  description?: string
  behaviors?: Behavior[]
  alertTargets?: Record<string, AlertTarget>
  additionalMetricsToRetainV2?: MetricToRetain[]
  metricsExportConfig?: MetricsExportConfig
  version: number
  creationDate: Millis
  lastModifiedDate: Millis
}

export interface CustomMetricRecord {
  name: string
  displayName?: string
  metricType: CustomMetricType
  clientRequestToken?: string
  creationDate: Millis
  lastModifiedDate: Millis
}

export interface DimensionRecord {
  name: string
  type: DimensionType
  stringValues: string[]
  clientRequestToken?: string
  creationDate: Millis
  lastModifiedDate: Millis
}

export interface MitigationActionRecord {
  name: string
  id: string
  roleArn: string
  actionParams: MitigationActionParams
  actionType: string
  creationDate: Millis
  lastModifiedDate: Millis
}

export interface AuditConfigurationRecord {
  roleArn?: string
  notificationTargets: Record<string, AuditNotificationTarget>
  checks: Record<string, AuditCheckConfiguration>
}

export interface ScheduledAuditRecord {
  name: string
  frequency: string
  dayOfMonth?: string
  dayOfWeek?: string
  targetCheckNames: string[]
}

export interface AuditTaskRecord {
  taskId: string
  taskType: 'ON_DEMAND_AUDIT_TASK' | 'SCHEDULED_AUDIT_TASK'
  taskStatus: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | 'CANCELED'
  taskStartTime: Millis
  scheduledAuditName?: string
  /** check name → run status and counts */
  checks: Record<
    string,
    { checkRunStatus: string; totalResourcesCount: number; nonCompliantResourcesCount: number }
  >
}

/** An audit finding as ListAuditFindings returns it, timestamps in ms (filled by the audit engine later). */
export interface AuditFindingRecord {
  findingId: string
  taskId: string
  checkName: string
  taskStartTime: Millis
  findingTime: Millis
  severity: string
  nonCompliantResource?: Record<string, unknown>
  relatedResources?: Record<string, unknown>[]
  reasonForNonCompliance?: string
  reasonForNonComplianceCode?: string
  isSuppressed: boolean
}

export interface DetectMitigationTaskRecord {
  taskId: string
  taskStatus: string
  startTime: Millis
  endTime?: Millis
  target: Record<string, unknown>
  actions: string[]
  violationEventOccurrenceRange?: { startTime: Millis; endTime: Millis }
  onlyActiveViolationsIncluded: boolean
  suppressedAlertsIncluded: boolean
  /** what the task did, one entry per violation and action */
  executions?: DetectMitigationExecution[]
}

/** ML Detect violations carry the behavior's confidence level. */
export interface ViolationAdditionalInfo {
  confidenceLevel: string
}

/** A Detect violation as the Detect engine (src/local/detect) records it; cleared ones stay, inactive. */
export interface ViolationRecord {
  violationId: string
  thingName: string
  securityProfileName: string
  behavior: Behavior
  violationStartTime: Millis
  lastViolationTime?: Millis
  lastViolationValue?: MetricValue
  verificationState?: string
  verificationStateDescription?: string
  active: boolean
  violationEventAdditionalInfo?: ViolationAdditionalInfo
}

export interface ViolationEventRecord {
  violationId: string
  thingName: string
  securityProfileName: string
  behavior: Behavior
  violationEventType: string
  violationEventTime: Millis
  metricValue?: MetricValue
  violationEventAdditionalInfo?: ViolationAdditionalInfo
}

export interface ThingRecord {
  name: string
  id: string
  thingTypeName?: string
  attributes: Record<string, string>
  version: number
  /** thing group names, in the order joined */
  groups: string[]
  /** principal ARN → EXCLUSIVE_THING | NON_EXCLUSIVE_THING */
  principals: Record<string, string>
}

export interface ThingGroupRecord {
  name: string
  id: string
  parentGroupName?: string
  properties: ThingGroupProperties
  version: number
  creationDate: Millis
}

export interface CertificateRecord {
  certificateId: string
  certificatePem: string
  status: string
  creationDate: Millis
  lastModifiedDate: Millis
  validity: { notBefore: Millis; notAfter: Millis }
}

export interface PolicyRecord {
  name: string
  document: string
  creationDate: Millis
  lastModifiedDate: Millis
  generationId: string
}

/** The account's data; Maps keep insertion order and are safe for any name AWS accepts. */
export interface AccountData {
  securityProfiles: Map<string, SecurityProfileRecord>
  /** profile name → target ARNs in attach order */
  profileTargets: Map<string, string[]>
  /** resource ARN → tags in the order set */
  tags: Map<string, Record<string, string>>
  customMetrics: Map<string, CustomMetricRecord>
  dimensions: Map<string, DimensionRecord>
  mitigationActions: Map<string, MitigationActionRecord>
  scheduledAudits: Map<string, ScheduledAuditRecord>
  auditTasks: Map<string, AuditTaskRecord>
  auditFindings: Map<string, AuditFindingRecord>
  detectMitigationTasks: Map<string, DetectMitigationTaskRecord>
  violations: Map<string, ViolationRecord>
  violationEvents: ViolationEventRecord[]
  things: Map<string, ThingRecord>
  thingGroups: Map<string, ThingGroupRecord>
  certificates: Map<string, CertificateRecord>
  policies: Map<string, PolicyRecord>
  /** policy name → target ARNs (certificates, thing groups) */
  policyTargets: Map<string, string[]>
  /** undefined until the first UpdateAccountAuditConfiguration */
  auditConfiguration?: AuditConfigurationRecord
  /** the Detect engine's periods, alarm streaks and ML models; undefined until it first runs */
  detect?: DetectRecords
}

type MapKeys = {
  [K in keyof AccountData]-?: AccountData[K] extends Map<string, unknown> ? K : never
}[keyof AccountData]

const MAP_KEYS: readonly MapKeys[] = [
  'securityProfiles',
  'profileTargets',
  'tags',
  'customMetrics',
  'dimensions',
  'mitigationActions',
  'scheduledAudits',
  'auditTasks',
  'auditFindings',
  'detectMitigationTasks',
  'violations',
  'things',
  'thingGroups',
  'certificates',
  'policies',
  'policyTargets'
]

type Plain<T> = T extends Map<string, infer V> ? Record<string, V> : T

/** The whole account as plain JSON: what `state()` returns and what a data directory keeps. */
export interface AccountSnapshot {
  account: string
  region: string
  data: { [K in keyof AccountData]: Plain<AccountData[K]> }
}

function emptyData(): AccountData {
  const data = { violationEvents: [] } as unknown as AccountData
  for (const key of MAP_KEYS) (data as unknown as Record<string, unknown>)[key] = new Map()
  return data
}

export interface AccountOptions {
  account: string
  region: string
  ca: CertificateAuthority
  /** host name DescribeEndpoint returns for the data endpoint types */
  dataEndpoint?: string
  clock?: () => Millis
}

export class AccountState {
  readonly account: string
  readonly region: string
  readonly ca: CertificateAuthority
  readonly dataEndpoint: string | undefined
  data: AccountData = emptyData()
  private readonly clock: () => Millis

  constructor(options: AccountOptions) {
    this.account = options.account
    this.region = options.region
    this.ca = options.ca
    this.dataEndpoint = options.dataEndpoint
    this.clock = options.clock ?? Date.now
  }

  now(): Millis {
    return this.clock()
  }

  uuid(): string {
    return randomUUID()
  }

  /** `arn:aws:iot:{region}:{account}:{resource}` */
  arn(resource: string): string {
    return `arn:aws:iot:${this.region}:${this.account}:${resource}`
  }

  /** The resource part of one of this account's IoT ARNs, or undefined for any other ARN. */
  resourceOf(arn: string): string | undefined {
    const prefix = this.arn('')
    return arn.startsWith(prefix) ? arn.slice(prefix.length) : undefined
  }

  snapshot(): AccountSnapshot {
    const data: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(this.data))
      data[key] = value instanceof Map ? Object.fromEntries(value) : value
    return structuredClone({
      account: this.account,
      region: this.region,
      data: data as AccountSnapshot['data']
    })
  }

  restore(snapshot: AccountSnapshot): void {
    if (snapshot.account !== this.account || snapshot.region !== this.region)
      throw new Error(
        `the saved state is for account ${snapshot.account} in ${snapshot.region}, not ${this.account} in ${this.region}`
      )
    const data = emptyData()
    const saved = structuredClone(snapshot.data) as unknown as Record<string, unknown>
    for (const [key, value] of Object.entries(saved)) {
      ;(data as unknown as Record<string, unknown>)[key] = (MAP_KEYS as readonly string[]).includes(
        key
      )
        ? new Map(Object.entries(value as Record<string, unknown>))
        : value
    }
    this.data = data
  }
}

/** The record under `key`, or the error `missing()` builds. */
export function must<T>(map: Map<string, T>, key: string, missing: () => Error): T {
  const value = map.get(key)
  if (value === undefined) throw missing()
  return value
}
