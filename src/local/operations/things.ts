/**
 * The thing registry: things and DescribeEndpoint (thing groups and membership are in thing-groups.ts). AWS
 * rules kept here: CreateThing with the same configuration succeeds again and a different one is
 * ResourceAlreadyExistsException; DeleteThing of a missing thing succeeds but a thing with principals cannot
 * be deleted, and honours expectedVersion.
 */
import type {
  CreateThingRequest,
  CreateThingResponse,
  DeleteThingRequest,
  DeleteThingResponse,
  DescribeEndpointRequest,
  DescribeEndpointResponse,
  DescribeThingRequest,
  DescribeThingResponse,
  ListThingsRequest,
  ListThingsResponse
} from '@aws-sdk/client-iot'
import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { alreadyExists, checkVersion, invalid, notFound } from './api-error.js'
import type { ThingRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { byName } from '../../util/order.js'

export function thing(ctx: OperationContext, name: string): ThingRecord {
  return must(ctx.store.things, name, () => notFound(`The thing ${name} does not exist`))
}

/**
 * Change a thing's groups or principals in place and announce it (the store sees no `set` for an in-place
 * change); what the membership and principal operations answer once they change something.
 */
export function changeThing(
  ctx: OperationContext,
  t: ThingRecord,
  change: (t: ThingRecord) => void
): Record<string, never> {
  change(t)
  ctx.store.touch('things', t.name)
  return {}
}

/** `name` or the name in `arn`, whichever the caller gave. */
export function nameOrArn(
  ctx: OperationContext,
  name: string | undefined,
  arn: string | undefined,
  kind: 'thing' | 'thinggroup'
): string {
  if (name !== undefined) return name
  const resource = arn === undefined ? undefined : ctx.resourceOf(arn)
  if (resource?.startsWith(`${kind}/`)) return resource.slice(kind.length + 1)
  throw invalid(`Give the ${kind === 'thing' ? 'thing' : 'thing group'} by name or by ARN`)
}

const thingSummary = (
  ctx: OperationContext,
  t: ThingRecord
): NonNullable<ListThingsResponse['things']>[number] => ({
  thingName: t.name,
  thingTypeName: t.thingTypeName,
  thingArn: ctx.arn(`thing/${t.name}`),
  attributes: t.attributes,
  version: t.version
})

export const thingHandlers = {
  CreateThing(ctx: OperationContext, input: Valid<CreateThingRequest>): CreateThingResponse {
    const name = input.thingName
    if (input.thingTypeName !== undefined)
      throw notFound(`The thing type ${input.thingTypeName} does not exist`)
    if (input.billingGroupName !== undefined)
      throw notFound(`The billing group ${input.billingGroupName} does not exist`)
    const attributes = { ...input.attributePayload?.attributes }
    const existing = ctx.store.things.get(name)
    const arn = ctx.arn(`thing/${name}`)
    if (existing) {
      if (!isDeepStrictEqual(existing.attributes, attributes))
        throw alreadyExists(
          `The thing ${name} already exists with a different configuration`,
          name,
          arn
        )
      return { thingName: name, thingArn: arn, thingId: existing.id }
    }
    const id = ctx.uuid()
    ctx.store.things.set(name, { name, id, attributes, version: 1, groups: [], principals: {} })
    return { thingName: name, thingArn: arn, thingId: id }
  },

  DescribeThing(ctx: OperationContext, input: Valid<DescribeThingRequest>): DescribeThingResponse {
    const t = thing(ctx, input.thingName)
    return { ...thingSummary(ctx, t), defaultClientId: t.name, thingId: t.id }
  },

  DeleteThing(ctx: OperationContext, input: Valid<DeleteThingRequest>): DeleteThingResponse {
    const t = ctx.store.things.get(input.thingName)
    if (!t) return {}
    checkVersion('thing', t, input.expectedVersion)
    if (Object.keys(t.principals).length > 0)
      throw invalid(`Cannot delete the thing ${t.name}: detach its principals first`)
    ctx.store.things.delete(t.name)
    return {}
  },

  ListThings(ctx: OperationContext, input: Valid<ListThingsRequest>): ListThingsResponse {
    const { attributeName, attributeValue, thingTypeName, usePrefixAttributeValue } = input
    if (attributeValue !== undefined && attributeName === undefined)
      throw invalid('attributeValue needs attributeName')
    const matches = (t: ThingRecord): boolean => {
      if (thingTypeName !== undefined && t.thingTypeName !== thingTypeName) return false
      if (attributeName === undefined) return true
      // An attribute name is user data: `constructor` is one only when the thing has it.
      if (!Object.hasOwn(t.attributes, attributeName)) return false
      const v = t.attributes[attributeName]!
      if (attributeValue === undefined) return true
      return usePrefixAttributeValue ? v.startsWith(attributeValue) : v === attributeValue
    }
    const things = [...ctx.store.things.values()]
      .filter(matches)
      .sort((a, b) => byName(a.name, b.name))
    const page = ctx.page(things, (t) => t.name, input.nextToken, input.maxResults)
    return { things: page.items.map((t) => thingSummary(ctx, t)), nextToken: page.next }
  },

  /** The same account-specific address on every call, as AWS answers after the first. */
  DescribeEndpoint(
    ctx: OperationContext,
    input: Valid<DescribeEndpointRequest>
  ): DescribeEndpointResponse {
    const type = input.endpointType ?? 'iot:Data'
    const prefix = createHash('sha256')
      .update(`${ctx.account}:${ctx.region}`)
      .digest('hex')
      .slice(0, 14)
    const region = ctx.region
    const addresses: Record<string, string> = {
      'iot:Data': `${prefix}.iot.${region}.amazonaws.com`,
      'iot:Data-ATS': `${prefix}-ats.iot.${region}.amazonaws.com`,
      'iot:CredentialProvider': `${prefix}.credentials.iot.${region}.amazonaws.com`,
      'iot:Jobs': `${prefix}.jobs.iot.${region}.amazonaws.com`
    }
    const address = addresses[type]
    if (!address)
      throw invalid(`Unknown endpointType ${type}: use one of ${Object.keys(addresses).join(', ')}`)
    const data = type === 'iot:Data' || type === 'iot:Data-ATS'
    return { endpointAddress: data && ctx.dataEndpoint ? ctx.dataEndpoint : address }
  }
} satisfies Partial<HandlerTable>
