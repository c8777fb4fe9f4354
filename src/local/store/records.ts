/**
 * The record shapes the emulator's store holds, one per resource family, as plain JSON-friendly data
 * (timestamps in epoch milliseconds). Operations turn them into SDK shapes for the wire; engines read them.
 */
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
import type { Millis } from '../clock/clock.js'
import type { ConnectionRecord, MetricSample } from './cloud-metrics.js'
import type { DetectRecords } from './detect-records.js'

export type { Millis }

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

/** The account's IoT logging options (SetLoggingOptions v1, SetV2LoggingOptions v2): the logging audit check reads them. */
export interface LoggingOptionsRecord {
  v1?: { roleArn: string; logLevel?: string }
  v2?: { roleArn?: string; defaultLogLevel?: string; disableAllLogs: boolean }
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

/** One action run on one violation by a Detect mitigation task (ListDetectMitigationActionsExecutions). */
export interface DetectMitigationExecution {
  taskId: string
  violationId: string
  actionName: string
  thingName: string
  executionStartDate: Millis
  executionEndDate: Millis
  status: 'SUCCESSFUL' | 'FAILED' | 'SKIPPED'
  errorCode?: string
  message?: string
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

/** The account's data; Maps keep insertion order and are safe for any name AWS accepts. The store holds it. */
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
  /** undefined until SetLoggingOptions or SetV2LoggingOptions */
  loggingOptions?: LoggingOptionsRecord
  /** the data plane's observations, oldest first, bounded (store.ts: RETENTION) */
  metricSamples: MetricSample[]
  connections: ConnectionRecord[]
  /** the Detect engine's periods, alarm streaks and ML models; undefined until it first runs */
  detect?: DetectRecords
}
