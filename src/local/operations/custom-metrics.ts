/**
 * Detect custom metrics. Create is idempotent for a repeated clientRequestToken; delete succeeds for a
 * missing metric but refuses one that security profiles still use (the model's DeleteCustomMetric doc).
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
import { alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { CustomMetricRecord } from '../store/store.js'
import { must } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { profilesUsing } from './security-profiles.js'
import { checkInitialTags, setInitialTags } from './tags.js'

const metricArn = (ctx: OperationContext, name: string): string => ctx.arn(`custommetric/${name}`)

function metric(ctx: OperationContext, name: string): CustomMetricRecord {
  return must(ctx.store.customMetrics, name, () =>
    notFound(`The custom metric ${name} does not exist`)
  )
}

function describe(ctx: OperationContext, m: CustomMetricRecord): DescribeCustomMetricResponse {
  return {
    metricName: m.name,
    metricArn: metricArn(ctx, m.name),
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
    const arn = metricArn(ctx, name)
    const existing = ctx.store.customMetrics.get(name)
    if (existing) {
      if (existing.clientRequestToken === input.clientRequestToken)
        return { metricName: name, metricArn: arn }
      throw alreadyExists(`The custom metric ${name} already exists`, name, arn)
    }
    if (name.startsWith('aws:')) throw invalid('Custom metric names cannot start with aws:')
    if (ctx.store.customMetrics.size >= ACCOUNT_QUOTAS.customMetrics.max)
      throw limitExceeded(
        `An account can have at most ${ACCOUNT_QUOTAS.customMetrics.max} custom metrics`
      )
    checkInitialTags(input.tags)
    const now = ctx.now()
    ctx.store.customMetrics.set(name, {
      name,
      displayName: input.displayName,
      metricType: input.metricType,
      clientRequestToken: input.clientRequestToken,
      creationDate: now,
      lastModifiedDate: now
    })
    setInitialTags(ctx, arn, input.tags)
    return { metricName: name, metricArn: arn }
  },

  DescribeCustomMetric(
    ctx: OperationContext,
    input: Valid<DescribeCustomMetricRequest>
  ): DescribeCustomMetricResponse {
    return describe(ctx, metric(ctx, input.metricName))
  },

  UpdateCustomMetric(
    ctx: OperationContext,
    input: Valid<UpdateCustomMetricRequest>
  ): UpdateCustomMetricResponse {
    const m = metric(ctx, input.metricName)
    m.displayName = input.displayName
    m.lastModifiedDate = ctx.now()
    ctx.store.touch('customMetrics', m.name)
    return describe(ctx, m)
  },

  DeleteCustomMetric(
    ctx: OperationContext,
    input: Valid<DeleteCustomMetricRequest>
  ): DeleteCustomMetricResponse {
    const name = input.metricName
    if (!ctx.store.customMetrics.has(name)) return {}
    const users = profilesUsing(ctx, { metric: name })
    if (users.length)
      throw invalid(
        `The custom metric ${name} is used by the security profiles ${users.join(', ')}`
      )
    ctx.store.customMetrics.delete(name)
    ctx.store.forgetResource(metricArn(ctx, name))
    return {}
  },

  ListCustomMetrics(
    ctx: OperationContext,
    input: Valid<ListCustomMetricsRequest>
  ): ListCustomMetricsResponse {
    const names = [...ctx.store.customMetrics.keys()].sort()
    const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults)
    return { metricNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
