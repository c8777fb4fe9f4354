/**
 * The Detect engine of one emulated account: it takes the data plane's metric samples, and on each tick (every
 * evaluation period, and after each control-plane change, so removed behaviors and targets are invalidated at
 * once) evaluates every profile against the things it applies to, recording violations and events where the
 * read operations find them (the store's `violations`, `violationEvents` and `detect.models`).
 */
import { randomUUID } from 'node:crypto'
import type { MetricSample } from '../store/cloud-metrics.js'
import { emptyDetectRecords, type DetectRecords } from '../store/detect-records.js'
import type { Store } from '../store/store.js'
import { evaluate, type ProfileInput } from './evaluate.js'
import { foldSamples, type DetectTiming } from './windows.js'

const EMPTY = JSON.stringify(emptyDetectRecords())
const isEmpty = (r: DetectRecords): boolean => JSON.stringify(r) === EMPTY

/** AWS's violation ids are 32 hex digits. */
const violationId = (): string => randomUUID().replaceAll('-', '')

export class DetectEngine {
  constructor(
    private readonly store: Store,
    private readonly clock: { now(): number },
    readonly timing: DetectTiming
  ) {}

  private get records(): DetectRecords {
    return (this.store.detect ??= emptyDetectRecords())
  }

  /** The data plane's append: samples count from their own timestamps. */
  record(samples: readonly MetricSample[]): void {
    foldSamples(this.records, samples, this.timing)
    // folded in place: announce it, so the next commit saves it
    this.store.touch('detect', 'account')
  }

  /** Evaluate at the account's clock; true when a violation or event was recorded. */
  tick(): boolean {
    const data = this.store
    const had = data.detect
    const result = evaluate({
      now: this.clock.now(),
      timing: this.timing,
      profiles: this.profiles(had),
      records: had ?? emptyDetectRecords(),
      violations: data.violations,
      newId: violationId
    })
    // Announced only when it holds something: an account without traffic or ML behaviors has nothing to save.
    if (result.records !== had && !(had === undefined && isEmpty(result.records)))
      data.detect = result.records
    for (const v of result.violations) data.violations.set(v.violationId, v)
    for (const e of result.events) data.appendViolationEvent(e)
    return result.violations.length + result.events.length > 0
  }

  /** Each profile with the reporting things it applies to: its target groups (and their subgroups) or account targets. */
  private profiles(records: DetectRecords | undefined): ProfileInput[] {
    const data = this.store
    const reporting = Object.keys(records?.seen ?? {})
    const groupsOf = (thing: string): Set<string> => {
      const groups = new Set<string>()
      for (const direct of data.things.get(thing)?.groups ?? []) {
        // A group's ancestors are targets of its things too; the guard stops a (corrupt) cycle.
        let g: string | undefined = direct
        while (g !== undefined && !groups.has(g)) {
          groups.add(g)
          g = data.thingGroups.get(g)?.parentGroupName
        }
      }
      return groups
    }
    const memberships = new Map(reporting.map((t) => [t, groupsOf(t)]))
    const appliesTo = (target: string, thing: string): boolean => {
      const resource = this.store.resourceOf(target)
      const registered = data.things.has(thing)
      if (resource === 'all/things') return true
      if (resource === 'all/registered-things') return registered
      if (resource === 'all/unregistered-things') return !registered
      return resource?.startsWith('thinggroup/') === true
        ? memberships.get(thing)!.has(resource.slice('thinggroup/'.length))
        : false
    }
    return [...data.securityProfiles.values()].map((p) => {
      const targets = data.profileTargets.get(p.name) ?? []
      return {
        name: p.name,
        behaviors: p.behaviors ?? [],
        things: reporting.filter((t) => targets.some((target) => appliesTo(target, t)))
      }
    })
  }
}
