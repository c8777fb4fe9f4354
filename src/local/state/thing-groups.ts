/**
 * Thing groups (with parents) and membership. AWS rules kept here: CreateThingGroup with the same
 * configuration succeeds again and a different one is ResourceAlreadyExistsException; UpdateThingGroup and
 * DeleteThingGroup honour expectedVersion (a compare-and-swap, which apply's lease relies on); a group with
 * child groups cannot be deleted; a thing joins at most 10 groups and at most one group of a hierarchy.
 */
import type {
  AddThingToThingGroupRequest,
  AddThingToThingGroupResponse,
  CreateThingGroupRequest,
  CreateThingGroupResponse,
  DeleteThingGroupRequest,
  DeleteThingGroupResponse,
  DescribeThingGroupRequest,
  DescribeThingGroupResponse,
  ListThingGroupsForThingRequest,
  ListThingGroupsForThingResponse,
  ListThingGroupsRequest,
  ListThingGroupsResponse,
  ListThingsInThingGroupRequest,
  ListThingsInThingGroupResponse,
  RemoveThingFromThingGroupRequest,
  RemoveThingFromThingGroupResponse,
  UpdateThingGroupRequest,
  UpdateThingGroupResponse
} from '@aws-sdk/client-iot'
import { isDeepStrictEqual } from 'node:util'
import { alreadyExists, invalid, notFound, versionConflict } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, ThingGroupRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'
import { checkInitialTags, dropTags, setInitialTags } from './tags.js'
import { forgetTarget } from './security-profiles.js'
import { byName, nameOrArn, thing } from './things.js'

/** Thing groups per thing, and the depth of a group hierarchy (AWS IoT Core quotas). */
export const MAX_GROUPS_PER_THING = 10
export const MAX_GROUP_DEPTH = 7

function group(state: AccountState, name: string): ThingGroupRecord {
  return must(state.data.thingGroups, name, () =>
    notFound(`The thing group ${name} does not exist`)
  )
}

/** A group's ancestors, nearest first. */
function ancestors(state: AccountState, name: string): string[] {
  const chain: string[] = []
  let parent = state.data.thingGroups.get(name)?.parentGroupName
  while (parent !== undefined) {
    chain.push(parent)
    parent = state.data.thingGroups.get(parent)?.parentGroupName
  }
  return chain
}

/** Every group below `name`, at any depth. */
export function descendantGroups(state: AccountState, name: string): string[] {
  const children = [...state.data.thingGroups.values()]
    .filter((g) => g.parentGroupName === name)
    .map((g) => g.name)
  return children.flatMap((c) => [c, ...descendantGroups(state, c)])
}

const root = (state: AccountState, name: string): string => ancestors(state, name).at(-1) ?? name

const groupSummary = (
  state: AccountState,
  name: string
): { groupName: string; groupArn: string } => ({
  groupName: name,
  groupArn: state.arn(`thinggroup/${name}`)
})

export const thingGroupHandlers = {
  CreateThingGroup(
    state: AccountState,
    input: Valid<CreateThingGroupRequest>
  ): CreateThingGroupResponse {
    const name = input.thingGroupName
    const arn = state.arn(`thinggroup/${name}`)
    const parent = input.parentGroupName
    const properties = input.thingGroupProperties ?? {}
    const existing = state.data.thingGroups.get(name)
    if (existing) {
      if (
        existing.parentGroupName !== parent ||
        !isDeepStrictEqual(existing.properties, properties)
      )
        throw alreadyExists(
          `The thing group ${name} already exists with a different configuration`,
          name,
          arn
        )
      return { thingGroupName: name, thingGroupArn: arn, thingGroupId: existing.id }
    }
    if (parent !== undefined) {
      if (!state.data.thingGroups.has(parent))
        throw invalid(`The parent thing group ${parent} does not exist`)
      if (ancestors(state, parent).length + 2 > MAX_GROUP_DEPTH)
        throw invalid(`A thing group hierarchy can be at most ${MAX_GROUP_DEPTH} levels deep`)
    }
    checkInitialTags(input.tags)
    const id = state.uuid()
    state.data.thingGroups.set(name, {
      name,
      id,
      parentGroupName: parent,
      properties,
      version: 1,
      creationDate: state.now()
    })
    setInitialTags(state, arn, input.tags)
    return { thingGroupName: name, thingGroupArn: arn, thingGroupId: id }
  },

  DescribeThingGroup(
    state: AccountState,
    input: Valid<DescribeThingGroupRequest>
  ): DescribeThingGroupResponse {
    const g = group(state, input.thingGroupName)
    return {
      thingGroupName: g.name,
      thingGroupId: g.id,
      thingGroupArn: state.arn(`thinggroup/${g.name}`),
      version: g.version,
      thingGroupProperties: g.properties,
      thingGroupMetadata: {
        parentGroupName: g.parentGroupName,
        rootToParentThingGroups: ancestors(state, g.name)
          .reverse()
          .map((a) => groupSummary(state, a)),
        creationDate: new Date(g.creationDate)
      }
    }
  },

  /**
   * Each update is a new version, so `expectedVersion` makes it a compare-and-swap. The description is
   * replaced when given; attributes are replaced, or merged with `merge` (an empty value removes one).
   * UNVERIFIED: whether AWS clears a description the update leaves out (kept here).
   */
  UpdateThingGroup(
    state: AccountState,
    input: Valid<UpdateThingGroupRequest>
  ): UpdateThingGroupResponse {
    const g = group(state, input.thingGroupName)
    if (input.expectedVersion !== undefined && input.expectedVersion !== g.version)
      throw versionConflict(
        `The thing group ${g.name} is at version ${g.version}, not ${input.expectedVersion}`
      )
    const { thingGroupDescription, attributePayload } = input.thingGroupProperties
    const properties = { ...g.properties }
    if (thingGroupDescription !== undefined)
      properties.thingGroupDescription = thingGroupDescription
    if (attributePayload?.attributes !== undefined) {
      const merged = attributePayload.merge
        ? { ...properties.attributePayload?.attributes, ...attributePayload.attributes }
        : { ...attributePayload.attributes }
      const attributes = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''))
      properties.attributePayload = { attributes }
    }
    g.properties = properties
    g.version++
    return { version: g.version }
  },

  /** Idempotent (ResourceNotFound is not modeled); profiles and policies attached to the group go with it. */
  DeleteThingGroup(
    state: AccountState,
    input: Valid<DeleteThingGroupRequest>
  ): DeleteThingGroupResponse {
    const g = state.data.thingGroups.get(input.thingGroupName)
    if (!g) return {}
    if (input.expectedVersion !== undefined && input.expectedVersion !== g.version)
      throw versionConflict(
        `The thing group ${g.name} is at version ${g.version}, not ${input.expectedVersion}`
      )
    if (descendantGroups(state, g.name).length > 0)
      throw invalid(`Cannot delete the thing group ${g.name}: it has child groups`)
    const arn = state.arn(`thinggroup/${g.name}`)
    state.data.thingGroups.delete(g.name)
    for (const t of state.data.things.values()) t.groups = t.groups.filter((n) => n !== g.name)
    forgetTarget(state, arn)
    for (const [policy, targets] of state.data.policyTargets)
      state.data.policyTargets.set(
        policy,
        targets.filter((t) => t !== arn)
      )
    dropTags(state, arn)
    return {}
  },

  /**
   * Without parentGroup every group is listed (UNVERIFIED whether AWS lists only root groups then); with it,
   * its children, or all its descendants when recursive.
   */
  ListThingGroups(
    state: AccountState,
    input: Valid<ListThingGroupsRequest>
  ): ListThingGroupsResponse {
    let names = [...state.data.thingGroups.keys()]
    if (input.parentGroup !== undefined) {
      group(state, input.parentGroup)
      names = input.recursive
        ? descendantGroups(state, input.parentGroup)
        : names.filter((n) => state.data.thingGroups.get(n)!.parentGroupName === input.parentGroup)
    }
    if (input.namePrefixFilter !== undefined)
      names = names.filter((n) => n.startsWith(input.namePrefixFilter!))
    names.sort(byName)
    const op = 'ListThingGroups'
    const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { thingGroups: page.items.map((n) => groupSummary(state, n)), nextToken: page.next }
  },

  AddThingToThingGroup(
    state: AccountState,
    input: Valid<AddThingToThingGroupRequest>
  ): AddThingToThingGroupResponse {
    const g = group(
      state,
      nameOrArn(state, input.thingGroupName, input.thingGroupArn, 'thinggroup')
    )
    const t = thing(state, nameOrArn(state, input.thingName, input.thingArn, 'thing'))
    if (t.groups.includes(g.name)) return {}
    if (t.groups.length >= MAX_GROUPS_PER_THING)
      throw invalid(
        `The thing ${t.name} is already in ${MAX_GROUPS_PER_THING} thing groups, the most allowed`
      )
    const sameTree = t.groups.find((n) => root(state, n) === root(state, g.name))
    if (sameTree)
      throw invalid(
        `The thing ${t.name} is already in ${sameTree}, a group of the same hierarchy as ${g.name}`
      )
    t.groups.push(g.name)
    return {}
  },

  RemoveThingFromThingGroup(
    state: AccountState,
    input: Valid<RemoveThingFromThingGroupRequest>
  ): RemoveThingFromThingGroupResponse {
    const g = group(
      state,
      nameOrArn(state, input.thingGroupName, input.thingGroupArn, 'thinggroup')
    )
    const t = thing(state, nameOrArn(state, input.thingName, input.thingArn, 'thing'))
    t.groups = t.groups.filter((n) => n !== g.name)
    return {}
  },

  ListThingsInThingGroup(
    state: AccountState,
    input: Valid<ListThingsInThingGroupRequest>
  ): ListThingsInThingGroupResponse {
    const g = group(state, input.thingGroupName)
    const groups = new Set([g.name, ...(input.recursive ? descendantGroups(state, g.name) : [])])
    const names = [...state.data.things.values()]
      .filter((t) => t.groups.some((n) => groups.has(n)))
      .map((t) => t.name)
      .sort(byName)
    const op = 'ListThingsInThingGroup'
    const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { things: page.items, nextToken: page.next }
  },

  ListThingGroupsForThing(
    state: AccountState,
    input: Valid<ListThingGroupsForThingRequest>
  ): ListThingGroupsForThingResponse {
    const names = [...thing(state, input.thingName).groups].sort(byName)
    const op = 'ListThingGroupsForThing'
    const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { thingGroups: page.items.map((n) => groupSummary(state, n)), nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
