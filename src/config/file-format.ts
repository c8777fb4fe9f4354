/**
 * The profile file contract (DESIGN.md §3). Each resource entry is the AWS Create request of its kind, so
 * what `aws iot describe-…` prints can be pasted; this table says which request and which member names it.
 */
import type {
  CreateCustomMetricRequest,
  CreateDimensionRequest,
  CreateMitigationActionRequest,
  CreateScheduledAuditRequest,
  CreateSecurityProfileRequest,
  UpdateAccountAuditConfigurationRequest
} from '@aws-sdk/client-iot'
import { ACCOUNT_TARGETS } from '../model/resource-quotas.js'

export const FILE_VERSION = 1
export const DEFAULT_CONFIG_PATH = 'device-defender.yml'

export interface EntryKind {
  /** top-level key of the file */
  key: ListKey
  /** the model's Create request shape */
  request: string
  /** the member that names an entry */
  nameMember: string
  /** request members the file does not take (ddac fills them) */
  omit: readonly string[]
  /** human label, singular */
  label: string
}

export type ListKey =
  'securityProfiles' | 'customMetrics' | 'dimensions' | 'mitigationActions' | 'scheduledAudits'

export const ENTRY_KINDS: readonly EntryKind[] = [
  {
    key: 'customMetrics',
    request: 'CreateCustomMetricRequest',
    nameMember: 'metricName',
    omit: ['clientRequestToken'],
    label: 'custom metric'
  },
  {
    key: 'dimensions',
    request: 'CreateDimensionRequest',
    nameMember: 'name',
    omit: ['clientRequestToken'],
    label: 'dimension'
  },
  {
    key: 'mitigationActions',
    request: 'CreateMitigationActionRequest',
    nameMember: 'actionName',
    omit: [],
    label: 'mitigation action'
  },
  {
    key: 'securityProfiles',
    request: 'CreateSecurityProfileRequest',
    nameMember: 'securityProfileName',
    omit: [],
    label: 'security profile'
  },
  {
    key: 'scheduledAudits',
    request: 'CreateScheduledAuditRequest',
    nameMember: 'scheduledAuditName',
    omit: [],
    label: 'scheduled audit'
  }
]

export function entryKind(key: ListKey): EntryKind {
  return ENTRY_KINDS.find((k) => k.key === key)!
}

export const AUDIT_CONFIGURATION_REQUEST = 'UpdateAccountAuditConfigurationRequest'

export const SCENARIOS = [
  'baseline',
  'anomaly',
  'auth-failures',
  'connection-churn',
  'disconnects',
  'shared-certificate'
] as const
export type Scenario = (typeof SCENARIOS)[number]

/** Fixed account-level targets (src/model); thing groups are named or given as ARNs. */
export { ACCOUNT_TARGETS }

export type SecurityProfileEntry = CreateSecurityProfileRequest & { targets?: string[] }
export type CustomMetricEntry = Omit<CreateCustomMetricRequest, 'clientRequestToken'>
export type DimensionEntry = Omit<CreateDimensionRequest, 'clientRequestToken'>
export type MitigationActionEntry = CreateMitigationActionRequest
export type ScheduledAuditEntry = CreateScheduledAuditRequest
export type AuditConfigurationEntry = UpdateAccountAuditConfigurationRequest

export interface ViolationExpectation {
  securityProfileName: string
  behaviorName: string
  /** one of the simulation's things, by number (`1`) or full name */
  thingName?: string
  /** an ADD_THINGS_TO_THING_GROUP action of the file to run on the violations found */
  mitigationAction?: string
}

export interface AuditFindingExpectation {
  checkName: string
}

export interface Expectation {
  violations?: ViolationExpectation[]
  noViolations?: boolean
  auditFindings?: AuditFindingExpectation[]
  /** e.g. `20m` */
  timeout?: string
}

export interface SimulationEntry {
  name: string
  scenario: Scenario
  things?: number
  thingGroup?: string
  topic?: string
  messageSize?: number
  count?: number
  /** e.g. `250ms` */
  interval?: string
  /** baseline: how long the steady traffic runs, e.g. `5m` */
  duration?: string
  /** shared-certificate: how long the things stay connected together, e.g. `5m` */
  hold?: string
  expect?: Expectation
}

export interface AcceptedFinding {
  checkName: string
  /** the resource the finding names; absent: every finding of the check */
  resource?: string
  reason: string
  /** YYYY-MM-DD (UTC): the last day it is accepted */
  expires: string
}

export interface ProfileFile {
  version: typeof FILE_VERSION
  /** what marks the resources this file manages (default: derived from the file's path) */
  identity?: string
  securityProfiles?: SecurityProfileEntry[]
  customMetrics?: CustomMetricEntry[]
  dimensions?: DimensionEntry[]
  mitigationActions?: MitigationActionEntry[]
  auditConfiguration?: AuditConfigurationEntry
  scheduledAudits?: ScheduledAuditEntry[]
  simulations?: SimulationEntry[]
  /** audit findings accepted until they expire (`audit` does not fail on them) */
  acceptedFindings?: AcceptedFinding[]
  /** resources the file references but another owner manages */
  external?: { customMetrics?: string[]; dimensions?: string[] }
}
