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
import { alreadyExists, invalid, limitExceeded, notFound } from '../control-plane/api-error.js'
import { pageSize, paginate } from '../control-plane/paging.js'
import type { AccountState, CustomMetricRecord } from './account.js'
import { must } from './account.js'
import type { HandlerTable, Valid } from './handler.js'
import { profilesUsing } from './security-profiles.js'
import { checkInitialTags, dropTags, setInitialTags } from './tags.js'

/** Custom metrics per account (quota L-53A90E98, default 100). */
export const MAX_CUSTOM_METRICS = 100

const metricArn = (state: AccountState, name: string): string => state.arn(`custommetric/${name}`)

function metric(state: AccountState, name: string): CustomMetricRecord {
  return must(state.data.customMetrics, name, () =>
    notFound(`The custom metric ${name} does not exist`)
  )
}

function describe(state: AccountState, m: CustomMetricRecord): DescribeCustomMetricResponse {
  return {
    metricName: m.name,
    metricArn: metricArn(state, m.name),
    metricType: m.metricType,
    displayName: m.displayName,
    creationDate: new Date(m.creationDate),
    lastModifiedDate: new Date(m.lastModifiedDate)
  }
}

export const customMetricHandlers = {
  CreateCustomMetric(
    state: AccountState,
    input: Valid<CreateCustomMetricRequest>
  ): CreateCustomMetricResponse {
    const name = input.metricName
    const arn = metricArn(state, name)
    const existing = state.data.customMetrics.get(name)
    if (existing) {
      if (existing.clientRequestToken === input.clientRequestToken)
        return { metricName: name, metricArn: arn }
      throw alreadyExists(`The custom metric ${name} already exists`, name, arn)
    }
    if (name.startsWith('aws:')) throw invalid('Custom metric names cannot start with aws:')
    if (state.data.customMetrics.size >= MAX_CUSTOM_METRICS)
      throw limitExceeded(`An account can have at most ${MAX_CUSTOM_METRICS} custom metrics`)
    checkInitialTags(input.tags)
    const now = state.now()
    state.data.customMetrics.set(name, {
      name,
      displayName: input.displayName,
      metricType: input.metricType,
      clientRequestToken: input.clientRequestToken,
      creationDate: now,
      lastModifiedDate: now
    })
    setInitialTags(state, arn, input.tags)
    return { metricName: name, metricArn: arn }
  },

  DescribeCustomMetric(
    state: AccountState,
    input: Valid<DescribeCustomMetricRequest>
  ): DescribeCustomMetricResponse {
    return describe(state, metric(state, input.metricName))
  },

  UpdateCustomMetric(
    state: AccountState,
    input: Valid<UpdateCustomMetricRequest>
  ): UpdateCustomMetricResponse {
    const m = metric(state, input.metricName)
    m.displayName = input.displayName
    m.lastModifiedDate = state.now()
    return describe(state, m)
  },

  DeleteCustomMetric(
    state: AccountState,
    input: Valid<DeleteCustomMetricRequest>
  ): DeleteCustomMetricResponse {
    const name = input.metricName
    if (!state.data.customMetrics.has(name)) return {}
    const users = profilesUsing(state, { metric: name })
    if (users.length)
      throw invalid(
        `The custom metric ${name} is used by the security profiles ${users.join(', ')}`
      )
    state.data.customMetrics.delete(name)
    dropTags(state, metricArn(state, name))
    return {}
  },

  ListCustomMetrics(
    state: AccountState,
    input: Valid<ListCustomMetricsRequest>
  ): ListCustomMetricsResponse {
    const names = [...state.data.customMetrics.keys()].sort()
    const op = 'ListCustomMetrics'
    const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults))
    return { metricNames: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
