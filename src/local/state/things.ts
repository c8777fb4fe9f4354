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
import { alreadyExists, invalid, notFound, versionConflict } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, ThingRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'

export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function thing(state: AccountState, name: string): ThingRecord {
  return must(state.data.things, name, () => notFound(`The thing ${name} does not exist`))
}

/** `name` or the name in `arn`, whichever the caller gave. */
export function nameOrArn(
  state: AccountState,
  name: string | undefined,
  arn: string | undefined,
  kind: 'thing' | 'thinggroup'
): string {
  if (name !== undefined) return name
  const resource = arn === undefined ? undefined : state.resourceOf(arn)
  if (resource?.startsWith(`${kind}/`)) return resource.slice(kind.length + 1)
  throw invalid(`Give the ${kind === 'thing' ? 'thing' : 'thing group'} by name or by ARN`)
}

const thingSummary = (
  state: AccountState,
  t: ThingRecord
): NonNullable<ListThingsResponse['things']>[number] => ({
  thingName: t.name,
  thingTypeName: t.thingTypeName,
  thingArn: state.arn(`thing/${t.name}`),
  attributes: t.attributes,
  version: t.version
})

export const thingHandlers = {
  CreateThing(state: AccountState, input: Valid<CreateThingRequest>): CreateThingResponse {
    const name = input.thingName
    if (input.thingTypeName !== undefined)
      throw notFound(`The thing type ${input.thingTypeName} does not exist`)
    if (input.billingGroupName !== undefined)
      throw notFound(`The billing group ${input.billingGroupName} does not exist`)
    const attributes = { ...input.attributePayload?.attributes }
    const existing = state.data.things.get(name)
    const arn = state.arn(`thing/${name}`)
    if (existing) {
      if (!isDeepStrictEqual(existing.attributes, attributes))
        throw alreadyExists(
          `The thing ${name} already exists with a different configuration`,
          name,
          arn
        )
      return { thingName: name, thingArn: arn, thingId: existing.id }
    }
    const id = state.uuid()
    state.data.things.set(name, { name, id, attributes, version: 1, groups: [], principals: {} })
    return { thingName: name, thingArn: arn, thingId: id }
  },

  DescribeThing(state: AccountState, input: Valid<DescribeThingRequest>): DescribeThingResponse {
    const t = thing(state, input.thingName)
    return { ...thingSummary(state, t), defaultClientId: t.name, thingId: t.id }
  },

  DeleteThing(state: AccountState, input: Valid<DeleteThingRequest>): DeleteThingResponse {
    const t = state.data.things.get(input.thingName)
    if (!t) return {}
    if (input.expectedVersion !== undefined && input.expectedVersion !== t.version)
      throw versionConflict(
        `The thing ${t.name} is at version ${t.version}, not ${input.expectedVersion}`
      )
    if (Object.keys(t.principals).length > 0)
      throw invalid(`Cannot delete the thing ${t.name}: detach its principals first`)
    state.data.things.delete(t.name)
    return {}
  },

  ListThings(state: AccountState, input: Valid<ListThingsRequest>): ListThingsResponse {
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
    const things = [...state.data.things.values()]
      .filter(matches)
      .sort((a, b) => byName(a.name, b.name))
    const op = 'ListThings'
    const page = paginate(
      op,
      things,
      (t) => t.name,
      input.nextToken,
      pageSize(op, input.maxResults)
    )
    return { things: page.items.map((t) => thingSummary(state, t)), nextToken: page.next }
  },

  /** The same account-specific address on every call, as AWS answers after the first. */
  DescribeEndpoint(
    state: AccountState,
    input: Valid<DescribeEndpointRequest>
  ): DescribeEndpointResponse {
    const type = input.endpointType ?? 'iot:Data'
    const prefix = createHash('sha256')
      .update(`${state.account}:${state.region}`)
      .digest('hex')
      .slice(0, 14)
    const region = state.region
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
    return { endpointAddress: data && state.dataEndpoint ? state.dataEndpoint : address }
  }
} satisfies Partial<HandlerTable>
