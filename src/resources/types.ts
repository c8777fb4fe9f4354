/** The data that flows from the file and the account into a plan, and the plan itself (JSON-serialisable). */

export const RESOURCE_KINDS = [
  'thingGroup',
  'customMetric',
  'dimension',
  'mitigationAction',
  'securityProfile',
  'auditConfiguration',
  'scheduledAudit'
] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/** A resource as the file wants it, or as the account has it, in the API's request shape. */
export interface ResourceState {
  kind: ResourceKind
  name: string
  /** Create/Update request members without the name, tags and targets: what apply sends */
  spec: Record<string, unknown>
  /** user tags (ddac's own tags are kept apart in `ownership`) */
  tags: Record<string, string>
  /** security profiles only: target keys such as `thinggroup/anom_group` or `all/things` */
  targets?: string[]
}

/** Tags ddac puts on what it manages. */
export interface Ownership {
  /** the identity of the file that manages the resource (repository + path unless overridden) */
  managedBy?: string
  /** hash of the state ddac last applied, to tell console edits (drift) from file changes */
  appliedHash?: string
  /** hash of the state an apply started to write and did not confirm (it stopped part-way) */
  applyingHash?: string
}

export interface ActualResource extends ResourceState {
  arn?: string
  /** security profiles carry a version for optimistic locking */
  version?: number
  ownership: Ownership
}

export interface DesiredState {
  identity: string
  resources: ResourceState[]
}

export interface ActualState {
  account?: string
  region?: string
  resources: ActualResource[]
}

export interface FieldChange {
  /** `behaviors[msg-size].criteria.value.count` */
  path: string
  before?: unknown
  after?: unknown
}

export interface TagChange {
  key: string
  before?: string
  after?: string
}

export type Action = 'create' | 'update' | 'delete'

/**
 * Where a difference comes from: the file changed since the last apply, the account was edited outside
 * ddac (drift), both, an earlier apply that stopped part-way (interrupted), unknown (ddac never applied
 * it), untracked (a kind without tags to record it in), or adopts (a resource made outside ddac that differs
 * from the file: apply overwrites it only when adoption is asked for).
 */
export type Origin = 'file' | 'drift' | 'both' | 'interrupted' | 'unknown' | 'untracked' | 'adopts'

export interface Change {
  kind: ResourceKind
  name: string
  action: Action
  origin: Origin
  fields: FieldChange[]
  tags: TagChange[]
  targets: { attach: string[]; detach: string[] }
  /** things a reviewer must notice: data loss, ML training restarts, adoption of an unmanaged resource */
  warnings: string[]
  /** why the change cannot be applied as planned (apply refuses a plan with any) */
  blockers: string[]
  /** the resource already matches; apply only records ownership tags (adoption, a stale hash) */
  ownershipOnly?: boolean
  desired?: ResourceState
  actual?: Pick<ActualResource, 'arn' | 'version' | 'ownership'>
}

export interface Plan {
  formatVersion: 1
  identity: string
  prune: boolean
  /** actionable changes, dependencies first (apply runs them as a dependency graph) */
  changes: Change[]
  /** in the account, not in the file, not managed by this file (`managedBy`: by another file): never touched */
  unmanaged: { kind: ResourceKind; name: string; managedBy?: string }[]
  /** managed by this file but gone from it: deleted only with prune */
  orphans: { kind: ResourceKind; name: string }[]
  /** in the file but managed by another file: apply refuses them (what differs is still in `changes`) */
  conflicts: { kind: ResourceKind; name: string; managedBy: string }[]
  unchanged: number
  /** resources that match the file and only need their ownership tags (not counted as changes) */
  ownershipUpdates: Change[]
  /** what a reviewer should know although nothing changes (e.g. audit checks enabled outside the file) */
  notes: string[]
}
