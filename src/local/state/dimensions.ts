/**
 * Detect dimensions (TOPIC_FILTER). Create is idempotent for a repeated clientRequestToken; delete succeeds
 * for a missing dimension but refuses one that security profiles still use.
 */
import type {
  CreateDimensionRequest,
  CreateDimensionResponse,
  DeleteDimensionRequest,
  DeleteDimensionResponse,
  DescribeDimensionRequest,
  DescribeDimensionResponse,
  ListDimensionsRequest,
  ListDimensionsResponse,
  UpdateDimensionRequest,
  UpdateDimensionResponse
} from '@aws-sdk/client-iot'
import { alreadyExists, invalid, limitExceeded, notFound } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, DimensionRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'
import { profilesUsing } from './security-profiles.js'
import { checkInitialTags, dropTags, setInitialTags } from './tags.js'

/** Metric dimensions per account (quota L-8B5F47E6, NOTES.md §11). */
export const MAX_DIMENSIONS = 10

const dimensionArn = (state: AccountState, name: string): string => state.arn(`dimension/${name}`)

function dimension(state: AccountState, name: string): DimensionRecord {
  return must(state.data.dimensions, name, () => notFound(`The dimension ${name} does not exist`))
}

function describe(state: AccountState, d: DimensionRecord): DescribeDimensionResponse {
  return {
    name: d.name,
    arn: dimensionArn(state, d.name),
    type: d.type,
    stringValues: d.stringValues,
    creationDate: new Date(d.creationDate),
    lastModifiedDate: new Date(d.lastModifiedDate)
  }
}

export const dimensionHandlers = {
  CreateDimension(
    state: AccountState,
    input: Valid<CreateDimensionRequest>
  ): CreateDimensionResponse {
    const name = input.name
    const arn = dimensionArn(state, name)
    const existing = state.data.dimensions.get(name)
    if (existing) {
      if (existing.clientRequestToken === input.clientRequestToken) return { name, arn }
      throw alreadyExists(`The dimension ${name} already exists`, name, arn)
    }
    if (state.data.dimensions.size >= MAX_DIMENSIONS)
      throw limitExceeded(`An account can have at most ${MAX_DIMENSIONS} dimensions`)
    checkInitialTags(input.tags)
    const now = state.now()
    state.data.dimensions.set(name, {
      name,
      type: input.type,
      stringValues: input.stringValues,
      clientRequestToken: input.clientRequestToken,
      creationDate: now,
      lastModifiedDate: now
    })
    setInitialTags(state, arn, input.tags)
    return { name, arn }
  },

  DescribeDimension(
    state: AccountState,
    input: Valid<DescribeDimensionRequest>
  ): DescribeDimensionResponse {
    return describe(state, dimension(state, input.name))
  },

  UpdateDimension(
    state: AccountState,
    input: Valid<UpdateDimensionRequest>
  ): UpdateDimensionResponse {
    const d = dimension(state, input.name)
    d.stringValues = input.stringValues
    d.lastModifiedDate = state.now()
    return describe(state, d)
  },

  DeleteDimension(
    state: AccountState,
    input: Valid<DeleteDimensionRequest>
  ): DeleteDimensionResponse {
    const name = input.name
    if (!state.data.dimensions.has(name)) return {}
    const users = profilesUsing(state, { dimension: name })
    if (users.length)
      throw invalid(`The dimension ${name} is used by the security profiles ${users.join(', ')}`)
    state.data.dimensions.delete(name)
    dropTags(state, dimensionArn(state, name))
    return {}
  },

  ListDimensions(state: AccountState, input: Valid<ListDimensionsRequest>): ListDimensionsResponse {
    const names = [...state.data.dimensions.keys()].sort()
    const op = 'ListDimensions'
    const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { dimensionNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
