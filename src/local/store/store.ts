/**
 * The emulator's store: one account in one region, every record it holds, apart from the API operations.
 *
 * API for operations, engines and the data plane:
 * - typed collections (`store.things`, `store.securityProfiles`, … one per record kind in records.ts): Maps
 *   whose `set`/`delete` record a change; a record changed in place is announced with `touch(kind, name)`;
 *   `auditConfiguration` is a property whose assignment records a change; `violationEvents`,
 *   `metricSamples` and `connections` are read-only arrays appended to with `appendViolationEvent`,
 *   `appendSamples` and `appendConnection` / `updateConnection`;
 * - relation queries (relations.ts): `profilesForThing`, `thingsOfGroup`, `descendantGroups`,
 *   `ancestorGroups`, `principalsOfThing`, `thingsOfPrincipal`, `policiesOfPrincipal`, and the one
 *   delete cascade `forgetResource(arn)`;
 * - `commit()` ends a unit of work: it emits the changes recorded since the last commit to `onChange`
 *   listeners (`{kind, name, op, region}`) and persists through the hook the emulator gives (the data
 *   directory), so a change made by MQTT traffic or a clock timer is saved just like an HTTP write;
 *   `transaction(fn)` runs `fn` and commits. The HTTP loop commits after every operation that may write.
 *   With a data directory a commit awaits an fsync'd write (~18 ms measured here); concurrent commits share
 *   writes (persist.ts: coalesced), but the data plane should still commit per batch (a tick), not per message.
 *
 * Retention: `metricSamples` keeps the latest MAX_METRIC_SAMPLES and `connections` the latest
 * MAX_CONNECTIONS (oldest dropped first), so a long `ddac local` run does not grow without end;
 * `pruneSamples(before)` lets Detect drop samples older than its longest window sooner.
 */
import type { ConnectionRecord, MetricSample } from './cloud-metrics.js'
import type { DetectRecords } from './detect-records.js'
import type {
  AccountData,
  AuditConfigurationRecord,
  AuditFindingRecord,
  AuditTaskRecord,
  CertificateRecord,
  CustomMetricRecord,
  DetectMitigationTaskRecord,
  DimensionRecord,
  LoggingOptionsRecord,
  MitigationActionRecord,
  PolicyRecord,
  ScheduledAuditRecord,
  SecurityProfileRecord,
  ThingGroupRecord,
  ThingRecord,
  ViolationEventRecord,
  ViolationRecord
} from './records.js'
import * as relations from './relations.js'

export * from './records.js'

/** Metric samples kept per region: about 28 hours of one sample per second, far beyond Detect's 1-hour window. */
export const MAX_METRIC_SAMPLES = 100_000
/** Connection records kept per region: the shared-certificate check reads connections of the last hours. */
export const MAX_CONNECTIONS = 10_000
/** Violation events kept per region (ListViolationEvents reaches back at most 14 days on AWS). */
export const MAX_VIOLATION_EVENTS = 100_000

export type ChangeOp = 'create' | 'update' | 'delete' | 'append'

/** One change: which collection, which record (the key, or the appended record's id or thing), how. */
export interface ChangeEvent {
  kind: keyof AccountData
  name: string
  op: ChangeOp
  region: string
}

export type ChangeListener = (changes: readonly ChangeEvent[]) => void

type Track = (kind: keyof AccountData, name: string, op: ChangeOp) => void

/** A Map that records its writes; construction and restore load it without recording. */
export class Collection<V> extends Map<string, V> {
  #track: Track | undefined

  constructor(
    readonly kind: keyof AccountData,
    track: Track
  ) {
    super()
    this.#track = track
  }

  override set(key: string, value: V): this {
    const op = this.has(key) ? 'update' : 'create'
    super.set(key, value)
    this.#track?.(this.kind, key, op)
    return this
  }

  override delete(key: string): boolean {
    const had = super.delete(key)
    if (had) this.#track?.(this.kind, key, 'delete')
    return had
  }

  override clear(): void {
    for (const key of [...this.keys()]) this.delete(key)
  }

  /** Replace the content without recording changes (restore). */
  load(entries: Iterable<[string, V]>): void {
    super.clear()
    for (const [k, v] of entries) super.set(k, v)
  }
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
  /** the data plane's collections are absent in files of older versions */
  data: { [K in keyof AccountData]: Plain<AccountData[K]> } & Partial<
    Pick<AccountData, 'metricSamples' | 'connections'>
  >
}

export interface StoreOptions {
  account: string
  region: string
  /** called by every commit (the emulator saves the data directory here) */
  persist?: () => Promise<void>
}

function bounded<T>(list: T[], max: number): void {
  if (list.length > max) list.splice(0, list.length - max)
}

export class Store implements relations.RelationData {
  readonly account: string
  readonly region: string
  private readonly persist: (() => Promise<void>) | undefined
  private pending: ChangeEvent[] = []
  private readonly listeners = new Set<ChangeListener>()
  private audit: AuditConfigurationRecord | undefined
  private detectRecords: DetectRecords | undefined
  private logging: LoggingOptionsRecord | undefined

  private readonly track: Track = (kind, name, op) =>
    void this.pending.push({ kind, name, op, region: this.region })
  private collection<V>(kind: keyof AccountData): Collection<V> {
    return new Collection<V>(kind, this.track)
  }

  readonly securityProfiles = this.collection<SecurityProfileRecord>('securityProfiles')
  /** profile name → target ARNs in attach order */
  readonly profileTargets = this.collection<string[]>('profileTargets')
  /** resource ARN → tags in the order set */
  readonly tags = this.collection<Record<string, string>>('tags')
  readonly customMetrics = this.collection<CustomMetricRecord>('customMetrics')
  readonly dimensions = this.collection<DimensionRecord>('dimensions')
  readonly mitigationActions = this.collection<MitigationActionRecord>('mitigationActions')
  readonly scheduledAudits = this.collection<ScheduledAuditRecord>('scheduledAudits')
  readonly auditTasks = this.collection<AuditTaskRecord>('auditTasks')
  readonly auditFindings = this.collection<AuditFindingRecord>('auditFindings')
  readonly detectMitigationTasks =
    this.collection<DetectMitigationTaskRecord>('detectMitigationTasks')
  readonly violations = this.collection<ViolationRecord>('violations')
  readonly things = this.collection<ThingRecord>('things')
  readonly thingGroups = this.collection<ThingGroupRecord>('thingGroups')
  readonly certificates = this.collection<CertificateRecord>('certificates')
  readonly policies = this.collection<PolicyRecord>('policies')
  /** policy name → target ARNs (certificates, thing groups) */
  readonly policyTargets = this.collection<string[]>('policyTargets')
  private events: ViolationEventRecord[] = []
  private samples: MetricSample[] = []
  private connectionList: ConnectionRecord[] = []

  constructor(options: StoreOptions) {
    this.account = options.account
    this.region = options.region
    this.persist = options.persist
  }

  /** undefined until the first UpdateAccountAuditConfiguration */
  get auditConfiguration(): AuditConfigurationRecord | undefined {
    return this.audit
  }

  set auditConfiguration(value: AuditConfigurationRecord | undefined) {
    this.audit = value
    this.track('auditConfiguration', 'account', 'update')
  }

  /** the Detect engine's state (periods, alarm streaks, ML models); undefined until it first runs */
  get detect(): DetectRecords | undefined {
    return this.detectRecords
  }

  set detect(value: DetectRecords | undefined) {
    this.detectRecords = value
    this.track('detect', 'account', 'update')
  }

  /** undefined until the first SetLoggingOptions / SetV2LoggingOptions */
  get loggingOptions(): LoggingOptionsRecord | undefined {
    return this.logging
  }

  set loggingOptions(value: LoggingOptionsRecord | undefined) {
    this.logging = value
    this.track('loggingOptions', 'account', 'update')
  }

  get violationEvents(): readonly ViolationEventRecord[] {
    return this.events
  }

  get metricSamples(): readonly MetricSample[] {
    return this.samples
  }

  get connections(): readonly ConnectionRecord[] {
    return this.connectionList
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

  /** Announce a record changed in place (e.g. a version bump on an existing record). */
  touch(kind: keyof AccountData, name: string): void {
    this.track(kind, name, 'update')
  }

  appendViolationEvent(event: ViolationEventRecord): void {
    this.events.push(event)
    bounded(this.events, MAX_VIOLATION_EVENTS)
    this.track('violationEvents', event.violationId, 'append')
  }

  appendSamples(samples: readonly MetricSample[]): void {
    for (const s of samples) {
      this.samples.push(s)
      this.track('metricSamples', s.thingName, 'append')
    }
    bounded(this.samples, MAX_METRIC_SAMPLES)
  }

  /** Drop samples taken before `before` (Detect calls it with the start of its longest window). */
  pruneSamples(before: number): void {
    const keep = this.samples.findIndex((s) => s.at >= before)
    this.samples.splice(0, keep < 0 ? this.samples.length : keep)
  }

  appendConnection(connection: ConnectionRecord): void {
    this.connectionList.push(connection)
    bounded(this.connectionList, MAX_CONNECTIONS)
    this.track('connections', connection.id, 'append')
  }

  /** Change a recorded connection (its disconnect); false when it was already dropped by retention. */
  updateConnection(id: string, change: Partial<Omit<ConnectionRecord, 'id'>>): boolean {
    const c = this.connectionList.find((r) => r.id === id)
    if (!c) return false
    Object.assign(c, change)
    this.track('connections', id, 'update')
    return true
  }

  // Relation queries (relations.ts holds them as pure functions).
  profilesForThing(thingName: string): relations.AppliedProfile[] {
    return relations.profilesForThing(this, thingName)
  }
  thingsOfGroup(group: string, options: { recursive?: boolean } = {}): string[] {
    return relations.thingsOfGroup(this, group, options)
  }
  descendantGroups(group: string): string[] {
    return relations.descendantGroups(this, group)
  }
  ancestorGroups(group: string): string[] {
    return relations.ancestorGroups(this, group)
  }
  profilesOfTarget(targetArn: string): string[] {
    return relations.profilesOfTarget(this, targetArn)
  }
  principalsOfThing(thingName: string): string[] {
    return relations.principalsOfThing(this, thingName)
  }
  thingsOfPrincipal(principalArn: string): string[] {
    return relations.thingsOfPrincipal(this, principalArn)
  }
  policiesOfTarget(targetArn: string): string[] {
    return relations.policiesOfTarget(this, targetArn)
  }
  policiesOfPrincipal(principalArn: string): string[] {
    return relations.policiesOfPrincipal(this, principalArn)
  }
  /** The delete cascade: tags, profile and policy targets, group memberships of `arn`. */
  forgetResource(arn: string): void {
    relations.forgetResource(this, arn)
  }

  /** Subscribe to committed changes; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** Emit the changes since the last commit and persist (with a data directory). */
  async commit(): Promise<void> {
    const changes = this.pending
    this.pending = []
    if (changes.length)
      for (const listener of this.listeners) {
        try {
          listener(changes)
        } catch {
          // A listener's failure must not fail the write that already happened.
        }
      }
    await this.persist?.()
  }

  /** Run `fn` and commit what it changed (also when it throws part way, since Maps changed in place). */
  async transaction<T>(fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn()
    } finally {
      await this.commit()
    }
  }

  snapshot(): AccountSnapshot {
    const data: Record<string, unknown> = {}
    for (const key of MAP_KEYS) data[key] = Object.fromEntries(this[key])
    data.violationEvents = this.events
    if (this.audit) data.auditConfiguration = this.audit
    if (this.logging) data.loggingOptions = this.logging
    data.metricSamples = this.samples
    data.connections = this.connectionList
    if (this.detectRecords) data.detect = this.detectRecords
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
    const saved = structuredClone(snapshot.data)
    for (const key of MAP_KEYS)
      (this[key] as Collection<unknown>).load(Object.entries(saved[key] ?? {}))
    this.events = saved.violationEvents ?? []
    this.audit = saved.auditConfiguration
    this.logging = saved.loggingOptions
    this.samples = saved.metricSamples ?? []
    this.connectionList = saved.connections ?? []
    this.detectRecords = saved.detect
    this.pending = []
  }
}

/** The record under `key`, or the error `missing()` builds. */
export function must<T>(map: Map<string, T>, key: string, missing: () => Error): T {
  const value = map.get(key)
  if (value === undefined) throw missing()
  return value
}
