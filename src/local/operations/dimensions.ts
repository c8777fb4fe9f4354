/**
 * Detect dimensions (TOPIC_FILTER): what profile-references.ts keeps for every kind that profiles refer to,
 * plus the dimension's own fields and names.
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
import type { DimensionRecord } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { ReferencedKind } from './profile-references.js'

const DIMENSION = new ReferencedKind<DimensionRecord>({
  collection: 'dimensions',
  records: (store) => store.dimensions,
  noun: 'dimension',
  arnType: 'dimension',
  max: ACCOUNT_QUOTAS.dimensions.max,
  usedAs: 'dimension'
})

function describe(ctx: OperationContext, d: DimensionRecord): DescribeDimensionResponse {
  return {
    name: d.name,
    arn: DIMENSION.arn(ctx, d.name),
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
    const arn = DIMENSION.create(ctx, input, {
      type: input.type,
      stringValues: input.stringValues
    })
    return { name: input.name, arn }
  },

  DescribeDimension(
    ctx: OperationContext,
    input: Valid<DescribeDimensionRequest>
  ): DescribeDimensionResponse {
    return describe(ctx, DIMENSION.get(ctx, input.name))
  },

  UpdateDimension(
    ctx: OperationContext,
    input: Valid<UpdateDimensionRequest>
  ): UpdateDimensionResponse {
    const d = DIMENSION.update(ctx, input.name, (r) => {
      r.stringValues = input.stringValues
    })
    return describe(ctx, d)
  },

  DeleteDimension(
    ctx: OperationContext,
    input: Valid<DeleteDimensionRequest>
  ): DeleteDimensionResponse {
    DIMENSION.delete(ctx, input.name)
    return {}
  },

  ListDimensions(
    ctx: OperationContext,
    input: Valid<ListDimensionsRequest>
  ): ListDimensionsResponse {
    const page = DIMENSION.names(ctx, input)
    return { dimensionNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
