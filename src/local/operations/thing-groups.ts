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
import { MAX_GROUP_DEPTH, MAX_GROUPS_PER_THING } from '../../model/resource-quotas.js'
import { isDeepStrictEqual } from 'node:util'
import { alreadyExists, checkVersion, invalid, notFound } from './api-error.js'
import type { ThingGroupRecord, ThingRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { changeThing, nameOrArn, thing } from './things.js'
import { byName } from '../../util/order.js'

function group(ctx: OperationContext, name: string): ThingGroupRecord {
  return must(ctx.store.thingGroups, name, () => notFound(`The thing group ${name} does not exist`))
}

const groupArn = (ctx: OperationContext, name: string): string => ctx.arn(`thinggroup/${name}`)

const root = (ctx: OperationContext, name: string): string =>
  ctx.store.ancestorGroups(name).at(-1) ?? name

const groupSummary = (
  ctx: OperationContext,
  name: string
): { groupName: string; groupArn: string } => ({
  groupName: name,
  groupArn: groupArn(ctx, name)
})

/** The group and the thing of a membership change, each given by name or by ARN. */
function membership(
  ctx: OperationContext,
  input: Valid<AddThingToThingGroupRequest & RemoveThingFromThingGroupRequest>
): { g: ThingGroupRecord; t: ThingRecord } {
  return {
    g: group(ctx, nameOrArn(ctx, input.thingGroupName, input.thingGroupArn, 'thinggroup')),
    t: thing(ctx, nameOrArn(ctx, input.thingName, input.thingArn, 'thing'))
  }
}

export const thingGroupHandlers = {
  CreateThingGroup(
    ctx: OperationContext,
    input: Valid<CreateThingGroupRequest>
  ): CreateThingGroupResponse {
    const name = input.thingGroupName
    const arn = groupArn(ctx, name)
    const parent = input.parentGroupName
    const properties = input.thingGroupProperties ?? {}
    const existing = ctx.store.thingGroups.get(name)
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
      if (!ctx.store.thingGroups.has(parent))
        throw invalid(`The parent thing group ${parent} does not exist`)
      if (ctx.store.ancestorGroups(parent).length + 2 > MAX_GROUP_DEPTH)
        throw invalid(`A thing group hierarchy can be at most ${MAX_GROUP_DEPTH} levels deep`)
    }
    checkInitialTags(input.tags)
    const id = ctx.uuid()
    ctx.store.thingGroups.set(name, {
      name,
      id,
      parentGroupName: parent,
      properties,
      version: 1,
      creationDate: ctx.now()
    })
    setInitialTags(ctx, arn, input.tags)
    return { thingGroupName: name, thingGroupArn: arn, thingGroupId: id }
  },

  DescribeThingGroup(
    ctx: OperationContext,
    input: Valid<DescribeThingGroupRequest>
  ): DescribeThingGroupResponse {
    const g = group(ctx, input.thingGroupName)
    return {
      thingGroupName: g.name,
      thingGroupId: g.id,
      thingGroupArn: groupArn(ctx, g.name),
      version: g.version,
      thingGroupProperties: g.properties,
      thingGroupMetadata: {
        parentGroupName: g.parentGroupName,
        rootToParentThingGroups: ctx.store
          .ancestorGroups(g.name)
          .reverse()
          .map((a) => groupSummary(ctx, a)),
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
    ctx: OperationContext,
    input: Valid<UpdateThingGroupRequest>
  ): UpdateThingGroupResponse {
    const g = group(ctx, input.thingGroupName)
    checkVersion('thing group', g, input.expectedVersion)
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
    ctx.store.touch('thingGroups', g.name)
    return { version: g.version }
  },

  /** Idempotent (ResourceNotFound is not modeled); profiles and policies attached to the group go with it. */
  DeleteThingGroup(
    ctx: OperationContext,
    input: Valid<DeleteThingGroupRequest>
  ): DeleteThingGroupResponse {
    const g = ctx.store.thingGroups.get(input.thingGroupName)
    if (!g) return {}
    checkVersion('thing group', g, input.expectedVersion)
    if (ctx.store.descendantGroups(g.name).length > 0)
      throw invalid(`Cannot delete the thing group ${g.name}: it has child groups`)
    ctx.store.thingGroups.delete(g.name)
    ctx.store.forgetResource(groupArn(ctx, g.name))
    return {}
  },

  /**
   * Without parentGroup every group is listed (UNVERIFIED whether AWS lists only root groups then); with it,
   * its children, or all its descendants when recursive.
   */
  ListThingGroups(
    ctx: OperationContext,
    input: Valid<ListThingGroupsRequest>
  ): ListThingGroupsResponse {
    let names = [...ctx.store.thingGroups.keys()]
    if (input.parentGroup !== undefined) {
      group(ctx, input.parentGroup)
      names = input.recursive
        ? ctx.store.descendantGroups(input.parentGroup)
        : names.filter((n) => ctx.store.thingGroups.get(n)!.parentGroupName === input.parentGroup)
    }
    if (input.namePrefixFilter !== undefined)
      names = names.filter((n) => n.startsWith(input.namePrefixFilter!))
    names.sort(byName)
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return { thingGroups: page.items.map((n) => groupSummary(ctx, n)), nextToken: page.next }
  },

  AddThingToThingGroup(
    ctx: OperationContext,
    input: Valid<AddThingToThingGroupRequest>
  ): AddThingToThingGroupResponse {
    const { g, t } = membership(ctx, input)
    if (t.groups.includes(g.name)) return {}
    if (t.groups.length >= MAX_GROUPS_PER_THING)
      throw invalid(
        `The thing ${t.name} is already in ${MAX_GROUPS_PER_THING} thing groups, the most allowed`
      )
    const sameTree = t.groups.find((n) => root(ctx, n) === root(ctx, g.name))
    if (sameTree)
      throw invalid(
        `The thing ${t.name} is already in ${sameTree}, a group of the same hierarchy as ${g.name}`
      )
    return changeThing(ctx, t, (t) => t.groups.push(g.name))
  },

  RemoveThingFromThingGroup(
    ctx: OperationContext,
    input: Valid<RemoveThingFromThingGroupRequest>
  ): RemoveThingFromThingGroupResponse {
    const { g, t } = membership(ctx, input)
    if (!t.groups.includes(g.name)) return {}
    return changeThing(ctx, t, (t) => {
      t.groups = t.groups.filter((n) => n !== g.name)
    })
  },

  ListThingsInThingGroup(
    ctx: OperationContext,
    input: Valid<ListThingsInThingGroupRequest>
  ): ListThingsInThingGroupResponse {
    const g = group(ctx, input.thingGroupName)
    const names = ctx.store.thingsOfGroup(g.name, { recursive: input.recursive })
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return { things: page.items, nextToken: page.next }
  },

  ListThingGroupsForThing(
    ctx: OperationContext,
    input: Valid<ListThingGroupsForThingRequest>
  ): ListThingGroupsForThingResponse {
    const names = [...thing(ctx, input.thingName).groups].sort(byName)
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return { thingGroups: page.items.map((n) => groupSummary(ctx, n)), nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
