/**
 * The behavior checks the service makes beyond the model's shapes, as the emulator plays them: unique
 * names, metrics and dimensions that exist, operators that suit the metric, ML Detect only on the metrics
 * that support it, and a window on windowed metrics (the service answers "requires criteria's duration
 * field to be set", hashicorp/terraform-provider-awscc#3235). Create, Update and
 * ValidateSecurityProfileBehaviors share them.
 */
import type { Behavior } from '@aws-sdk/client-iot'
import { awsMetric, customMetric, type MetricInfo } from '../../model/catalog/metrics.js'
import type { OperationContext, Valid } from './context.js'

function metricInfo(ctx: OperationContext, metric: string): MetricInfo | string {
  if (metric.startsWith('aws:')) return awsMetric(metric) ?? `${metric} is not a supported metric`
  const custom = ctx.store.customMetrics.get(metric)
  if (!custom) return `The custom metric ${metric} does not exist`
  return customMetric(metric, custom.metricType)
}

function checkBehavior(ctx: OperationContext, b: Valid<Behavior>): string | undefined {
  const where = `Behavior ${b.name}`
  const dimension = b.metricDimension?.dimensionName
  if (dimension !== undefined && !ctx.store.dimensions.has(dimension))
    return `${where}: the dimension ${dimension} does not exist`
  if (b.metric === undefined) return undefined
  const info = metricInfo(ctx, b.metric)
  if (typeof info === 'string') return `${where}: ${info}`
  const c = b.criteria
  if (!c) return undefined
  if (c.mlDetectionConfig) {
    if (!info.ml) return `${where}: ML Detect does not support the metric ${b.metric}`
    if (c.comparisonOperator || c.value || c.statisticalThreshold || c.durationSeconds)
      return `${where}: an ML Detect behavior takes no operator, value, statistic or duration`
    return undefined
  }
  if (c.comparisonOperator && !info.operators.includes(c.comparisonOperator))
    return `${where}: the operator ${c.comparisonOperator} does not apply to ${b.metric} (use ${info.operators.join(', ')})`
  const windowed =
    info.window === 'required' || (info.window === 'statistical' && c.statisticalThreshold)
  if (windowed && c.comparisonOperator && c.durationSeconds === undefined)
    return `${where}: the metric ${b.metric} requires criteria's duration field to be set`
  return undefined
}

/** Every problem of a behavior list, as ValidateSecurityProfileBehaviors reports them. */
export function behaviorErrors(
  ctx: OperationContext,
  behaviors: readonly Valid<Behavior>[]
): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  for (const b of behaviors) {
    if (seen.has(b.name)) errors.push(`Behavior names must be unique: ${b.name} appears twice`)
    seen.add(b.name)
    const problem = checkBehavior(ctx, b)
    if (problem) errors.push(problem)
  }
  return errors
}
