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
import { ACCOUNT_QUOTAS } from '../../model/resource-quotas.js'
import { alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { DimensionRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { profilesUsing } from './security-profiles.js'
import { checkInitialTags, setInitialTags } from './tags.js'

const dimensionArn = (ctx: OperationContext, name: string): string => ctx.arn(`dimension/${name}`)

function dimension(ctx: OperationContext, name: string): DimensionRecord {
  return must(ctx.store.dimensions, name, () => notFound(`The dimension ${name} does not exist`))
}

function describe(ctx: OperationContext, d: DimensionRecord): DescribeDimensionResponse {
  return {
    name: d.name,
    arn: dimensionArn(ctx, d.name),
    type: d.type,
    stringValues: d.stringValues,
    creationDate: new Date(d.creationDate),
    lastModifiedDate: new Date(d.lastModifiedDate)
  }
}

export const dimensionHandlers = {
  CreateDimension(
    ctx: OperationContext,
    input: Valid<CreateDimensionRequest>
  ): CreateDimensionResponse {
    const name = input.name
    const arn = dimensionArn(ctx, name)
    const existing = ctx.store.dimensions.get(name)
    if (existing) {
      if (existing.clientRequestToken === input.clientRequestToken) return { name, arn }
      throw alreadyExists(`The dimension ${name} already exists`, name, arn)
    }
    if (ctx.store.dimensions.size >= ACCOUNT_QUOTAS.dimensions.max)
      throw limitExceeded(`An account can have at most ${ACCOUNT_QUOTAS.dimensions.max} dimensions`)
    checkInitialTags(input.tags)
    const now = ctx.now()
    ctx.store.dimensions.set(name, {
      name,
      type: input.type,
      stringValues: input.stringValues,
      clientRequestToken: input.clientRequestToken,
      creationDate: now,
      lastModifiedDate: now
    })
    setInitialTags(ctx, arn, input.tags)
    return { name, arn }
  },

  DescribeDimension(
    ctx: OperationContext,
    input: Valid<DescribeDimensionRequest>
  ): DescribeDimensionResponse {
    return describe(ctx, dimension(ctx, input.name))
  },

  UpdateDimension(
    ctx: OperationContext,
    input: Valid<UpdateDimensionRequest>
  ): UpdateDimensionResponse {
    const d = dimension(ctx, input.name)
    d.stringValues = input.stringValues
    d.lastModifiedDate = ctx.now()
    ctx.store.touch('dimensions', d.name)
    return describe(ctx, d)
  },

  DeleteDimension(
    ctx: OperationContext,
    input: Valid<DeleteDimensionRequest>
  ): DeleteDimensionResponse {
    const name = input.name
    if (!ctx.store.dimensions.has(name)) return {}
    const users = profilesUsing(ctx, { dimension: name })
    if (users.length)
      throw invalid(`The dimension ${name} is used by the security profiles ${users.join(', ')}`)
    ctx.store.dimensions.delete(name)
    ctx.store.forgetResource(dimensionArn(ctx, name))
    return {}
  },

  ListDimensions(
    ctx: OperationContext,
    input: Valid<ListDimensionsRequest>
  ): ListDimensionsResponse {
    const names = [...ctx.store.dimensions.keys()].sort()
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return { dimensionNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
