/**
 * Relations between resource families, in one place: the group tree, the profiles that apply to a thing,
 * the things of a group, principals and their things and policies, and the cascade when a resource goes
 * away. Pure functions of the account's data; the Store exposes them as methods (Detect calls
 * `profilesForThing` on every evaluation, so it is a walk up the thing's groups, not a scan of all groups).
 */
import type { AccountTarget } from '../../model/resource-quotas.js'
import type { AccountData, SecurityProfileRecord } from './records.js'
import { byName } from '../../util/order.js'

/** The slice of the store the relations read: its collections and its ARN helpers. */
export interface RelationData extends Readonly<
  Pick<
    AccountData,
    | 'things'
    | 'thingGroups'
    | 'securityProfiles'
    | 'profileTargets'
    | 'policyTargets'
    | 'tags'
    | 'violations'
  >
> {
  arn(resource: string): string
  resourceOf(arn: string): string | undefined
}

/** A group's ancestors, nearest first. */
export function ancestorGroups(s: RelationData, name: string): string[] {
  const chain: string[] = []
  let parent = s.thingGroups.get(name)?.parentGroupName
  while (parent !== undefined && !chain.includes(parent)) {
    chain.push(parent)
    parent = s.thingGroups.get(parent)?.parentGroupName
  }
  return chain
}

/** Every group below `name`, at any depth, depth first. */
export function descendantGroups(s: RelationData, name: string): string[] {
  const children = [...s.thingGroups.values()]
    .filter((g) => g.parentGroupName === name)
    .map((g) => g.name)
  return children.flatMap((c) => [c, ...descendantGroups(s, c)])
}

/** Things in a group (with `recursive`, in its descendants too), sorted by name. */
export function thingsOfGroup(
  s: RelationData,
  group: string,
  options: { recursive?: boolean } = {}
): string[] {
  const groups = new Set([group, ...(options.recursive ? descendantGroups(s, group) : [])])
  return [...s.things.values()]
    .filter((t) => t.groups.some((n) => groups.has(n)))
    .map((t) => t.name)
    .sort(byName)
}

/** Names of the profiles attached to one target ARN, in creation order. */
export function profilesOfTarget(s: RelationData, targetArn: string): string[] {
  return [...s.profileTargets]
    .filter(([, targets]) => targets.includes(targetArn))
    .map(([name]) => name)
}

export interface AppliedProfile {
  profile: SecurityProfileRecord
  /** the target ARNs through which it applies (a group, an ancestor group, an account target) */
  via: string[]
}

/**
 * The security profiles that apply to a thing: those on its groups and their ancestors, on `all/things`,
 * and on `all/registered-things` (a thing in the registry) or `all/unregistered-things` (a client id that
 * names no thing). Sorted by profile name.
 */
export function profilesForThing(s: RelationData, thingName: string): AppliedProfile[] {
  const thing = s.things.get(thingName)
  const account = (t: AccountTarget): string => s.arn(t)
  const targets = new Set<string>([
    account('all/things'),
    account(thing ? 'all/registered-things' : 'all/unregistered-things')
  ])
  for (const g of thing?.groups ?? [])
    for (const name of [g, ...ancestorGroups(s, g)]) targets.add(s.arn(`thinggroup/${name}`))
  const applied: AppliedProfile[] = []
  for (const [name, attached] of s.profileTargets) {
    const via = attached.filter((t) => targets.has(t))
    const profile = s.securityProfiles.get(name)
    if (via.length && profile) applied.push({ profile, via })
  }
  return applied.sort((a, b) => byName(a.profile.name, b.profile.name))
}

/** Principal ARNs attached to a thing, sorted. */
export function principalsOfThing(s: RelationData, thingName: string): string[] {
  return Object.keys(s.things.get(thingName)?.principals ?? {}).sort(byName)
}

/** Things a principal (certificate ARN) is attached to, in registry order. */
export function thingsOfPrincipal(s: RelationData, principalArn: string): string[] {
  return [...s.things.values()].filter((t) => principalArn in t.principals).map((t) => t.name)
}

/** Policies attached directly to a target (certificate ARN or thing group ARN), in creation order. */
export function policiesOfTarget(s: RelationData, targetArn: string): string[] {
  return [...s.policyTargets].filter(([, t]) => t.includes(targetArn)).map(([p]) => p)
}

/**
 * Policies that govern a principal: those on the certificate and those on the groups (and their
 * ancestors) of the things it is attached to, each once, the certificate's first.
 */
export function policiesOfPrincipal(s: RelationData, principalArn: string): string[] {
  const policies = new Set(policiesOfTarget(s, principalArn))
  for (const thing of thingsOfPrincipal(s, principalArn))
    for (const g of s.things.get(thing)!.groups)
      for (const name of [g, ...ancestorGroups(s, g)])
        for (const p of policiesOfTarget(s, s.arn(`thinggroup/${name}`))) policies.add(p)
  return [...policies]
}

/** Remove `arn` from every list in a name → ARNs map, keeping lists that do not hold it untouched. */
function without(map: Map<string, string[]>, arn: string): void {
  for (const [key, list] of map)
    if (list.includes(arn))
      map.set(
        key,
        list.filter((t) => t !== arn)
      )
}

/**
 * What goes with a deleted resource: its tags, its place as a profile or policy target; for a thing group,
 * its things' memberships; for a security profile, its targets and violations; for a policy, its targets.
 * The operation decides whether the delete is allowed and deletes the record; this only cleans up.
 */
export function forgetResource(s: RelationData, arn: string): void {
  const data = s
  data.tags.delete(arn)
  without(data.profileTargets, arn)
  without(data.policyTargets, arn)
  const resource = s.resourceOf(arn) ?? ''
  const name = resource.slice(resource.indexOf('/') + 1)
  if (resource.startsWith('securityprofile/')) {
    data.profileTargets.delete(name)
    for (const [id, v] of data.violations)
      if (v.securityProfileName === name) data.violations.delete(id)
  }
  if (resource.startsWith('policy/')) data.policyTargets.delete(name)
  if (resource.startsWith('thinggroup/')) {
    // set() announces the change (an update of the thing).
    for (const t of [...data.things.values()])
      if (t.groups.includes(name))
        data.things.set(t.name, { ...t, groups: t.groups.filter((n) => n !== name) })
  }
}
