/**
 * Detect custom metrics: what profile-references.ts keeps for every kind that profiles refer to, plus the
 * metric's own fields and names; a name may not take the `aws:` prefix of the built-in metrics.
 */
import type {
  CreateCustomMetricRequest,
  CreateCustomMetricResponse,
  DeleteCustomMetricRequest,
  DeleteCustomMetricResponse,
  DescribeCustomMetricRequest,
  DescribeCustomMetricResponse,
  ListCustomMetricsRequest,
  ListCustomMetricsResponse,
  UpdateCustomMetricRequest,
  UpdateCustomMetricResponse
} from '@aws-sdk/client-iot'
import { ACCOUNT_QUOTAS } from '../../model/resource-quotas.js'
import { invalid } from './api-error.js'
import type { CustomMetricRecord } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { ReferencedKind } from './profile-references.js'

const CUSTOM_METRIC = new ReferencedKind<CustomMetricRecord>({
  collection: 'customMetrics',
  records: (store) => store.customMetrics,
  noun: 'custom metric',
  arnType: 'custommetric',
  max: ACCOUNT_QUOTAS.customMetrics.max,
  usedAs: 'metric'
})

function describe(ctx: OperationContext, m: CustomMetricRecord): DescribeCustomMetricResponse {
  return {
    metricName: m.name,
    metricArn: CUSTOM_METRIC.arn(ctx, m.name),
    metricType: m.metricType,
    displayName: m.displayName,
    creationDate: new Date(m.creationDate),
    lastModifiedDate: new Date(m.lastModifiedDate)
  }
}

export const customMetricHandlers = {
  CreateCustomMetric(
    ctx: OperationContext,
    input: Valid<CreateCustomMetricRequest>
  ): CreateCustomMetricResponse {
    const name = input.metricName
    // No record can have this prefix, so checking it first keeps a repeated create's answer unchanged.
    if (name.startsWith('aws:')) throw invalid('Custom metric names cannot start with aws:')
    const arn = CUSTOM_METRIC.create(
      ctx,
      { name, clientRequestToken: input.clientRequestToken, tags: input.tags },
      { displayName: input.displayName, metricType: input.metricType }
    )
    return { metricName: name, metricArn: arn }
  },

  DescribeCustomMetric(
    ctx: OperationContext,
    input: Valid<DescribeCustomMetricRequest>
  ): DescribeCustomMetricResponse {
    return describe(ctx, CUSTOM_METRIC.get(ctx, input.metricName))
  },

  UpdateCustomMetric(
    ctx: OperationContext,
    input: Valid<UpdateCustomMetricRequest>
  ): UpdateCustomMetricResponse {
    const m = CUSTOM_METRIC.update(ctx, input.metricName, (r) => {
      r.displayName = input.displayName
    })
    return describe(ctx, m)
  },

  DeleteCustomMetric(
    ctx: OperationContext,
    input: Valid<DeleteCustomMetricRequest>
  ): DeleteCustomMetricResponse {
    CUSTOM_METRIC.delete(ctx, input.metricName)
    return {}
  },

  ListCustomMetrics(
    ctx: OperationContext,
    input: Valid<ListCustomMetricsRequest>
  ): ListCustomMetricsResponse {
    const page = CUSTOM_METRIC.names(ctx, input)
    return { metricNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
