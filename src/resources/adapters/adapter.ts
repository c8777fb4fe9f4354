/**
 * One adapter per resource kind: how the file states it, how the account reads back, how it is compared,
 * the API calls that create, update and delete it, and everything else that is true of the kind alone (what
 * it waits for, whether it is one per account, the service it belongs to). The engine (diff, apply, read,
 * import, reconcile) asks these declarations and never names a kind: adding a kind is adding an adapter file.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { entryKind, type ListKey, type ProfileFile } from '../../config/file-format.js'
import { tagList } from '../normalize.js'
import type { ActualResource, Change, ResourceKind, ResourceState } from '../types.js'

/** What an adapter reads back: the resource without tags and ownership (read generically by ARN). */
export type ReadResource = Omit<ActualResource, 'tags' | 'ownership'> & {
  tags?: Record<string, string>
}

/** One resource by kind and name, as another one refers to it. */
export interface Reference {
  kind: ResourceKind
  name: string
}

/**
 * The Device Defender half a kind belongs to: Detect is closed to accounts opened after 2026-08-31, where
 * plan still reads and plans the Audit kinds. `iot`: the registry (thing groups), in every account.
 */
export type Service = 'detect' | 'audit' | 'iot'

export interface Adapter {
  kind: ResourceKind
  /** singular, for messages: "security profile" */
  label: string
  service: Service
  /**
   * One per account and region (the audit configuration): read only when the file states it, and never
   * deleted, only reconfigured.
   */
  singleton?: boolean
  /**
   * Other resources this kind refers to by name. An upsert waits for the upserts of what `of` names; a delete
   * of a resource of one of `kinds` waits for every change of this kind (any of them may have used it).
   */
  uses?: {
    kinds: readonly ResourceKind[]
    of(change: Change): readonly Reference[]
  }
  /** the profile file's list of this kind (none for the audit configuration and thing groups) */
  fileKey?: ListKey
  /** whether the resource has an ARN that takes tags (ownership is recorded in tags) */
  taggable: boolean
  /** list every resource of the kind in the account (false: read only the names the file uses) */
  discover?: boolean
  /** take over an existing resource of the same name (false: use it as it is, never tag it) */
  adopt?: boolean
  /** the file's entries of this kind */
  fromFile(file: ProfileFile): ResourceState[]
  /** back to a file entry (import) */
  toEntry(resource: ResourceState): Record<string, unknown>
  /** the profile file's members for the imported resources (default: the list under `fileKey`) */
  toFile?(resources: readonly ResourceState[]): Record<string, unknown>
  /**
   * The desired resource completed from the account before it is compared (audit checks the file does not
   * list keep their state unless prune is on), with notes a reviewer should read.
   */
  complete?(
    desired: ResourceState,
    actual: ResourceState | undefined,
    prune: boolean
  ): { desired: ResourceState; notes: string[] }
  /** the spec as compared: AWS defaults filled in, unordered lists sorted, named lists keyed by name */
  comparable(spec: Record<string, unknown>): Record<string, unknown>
  /** names of every resource of this kind in the account */
  list(iot: IoTClient): Promise<string[]>
  read(iot: IoTClient, name: string): Promise<ReadResource | undefined>
  /** create with the given tags (user tags plus ownership); returns the ARN */
  create(
    iot: IoTClient,
    desired: ResourceState,
    tags: Record<string, string>
  ): Promise<string | undefined>
  update(iot: IoTClient, change: Change): Promise<void>
  /**
   * A kind without tags of its own (the audit configuration) records ownership on a marker resource: `read`
   * gives the marker's ARN as the resource's, and apply creates the marker, carrying `tags`, when it is missing.
   */
  createMarker?(iot: IoTClient, tags: Record<string, string>): Promise<string>
  /** where a reader finds the owner of such a kind, for a refusal that names another file */
  ownerRecordedOn?: string
  /**
   * A second step of an update, once every change of the `after` kinds has applied (audit checks go off
   * only after the scheduled audits that ran them have changed).
   */
  finish?: {
    after: readonly ResourceKind[]
    run(iot: IoTClient, change: Change): Promise<unknown>
    /** what the first step writes, and what is left for the second (undefined: nothing, it is not needed) */
    steps(change: Change): { written: string; left?: string }
  }
  remove(iot: IoTClient, change: Change): Promise<void>
  /** why a change cannot be applied in place, if it cannot (e.g. a custom metric's type) */
  blockers?(desired: ResourceState, actual: ActualResource): string[]
  /** warnings a reviewer must see for this change (e.g. ML training restarts) */
  warnings?(change: Change, actual: ActualResource | undefined): string[]
  /**
   * Why the change would fail against the account as the whole plan leaves it (`after(kind)`: the resources
   * of a kind once the plan is applied), e.g. disabling a check that a scheduled audit still runs.
   */
  blockedBy?(change: Change, after: (kind: ResourceKind) => readonly ResourceState[]): string[]
  /**
   * AWS's own check of what a create or update writes (ValidateSecurityProfileBehaviors): what AWS rejects,
   * leaving out what refers to resources the same plan creates (AWS cannot see them yet).
   */
  checkWithAws?(
    iot: IoTClient,
    change: Change,
    createdByPlan: (ref: Reference) => boolean
  ): Promise<string[]>
}

export function withoutUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/** What the file contract already says of a listed kind (its key and label), so adapters do not restate it. */
export function listedAs(key: ListKey): Required<Pick<Adapter, 'fileKey' | 'label'>> {
  return { fileKey: key, label: entryKind(key).label }
}

/** A profile file entry from a resource: its name member, the spec, then anything extra, then its tags. */
export function fileEntry(
  key: ListKey,
  r: ResourceState,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    [entryKind(key).nameMember]: r.name,
    ...r.spec,
    ...extra,
    ...(Object.keys(r.tags).length ? { tags: tagList(r.tags) } : {})
  }
}
