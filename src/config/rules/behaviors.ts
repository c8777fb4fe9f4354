/**
 * Behavior rules the API model cannot express: which criteria fields go together, which value kind and
 * operators each metric takes, windows, ML Detect support, dimensions, and the metric-value quota.
 */
import {
  awsMetric,
  customMetric,
  DURATIONS,
  ML_METRICS,
  DIMENSION_METRICS,
  AWS_METRICS,
  type MetricInfo
} from '../../model/catalog/metrics.js'
import { enumValues } from '../../model/iot-model.js'
import { MAX_METRIC_VALUES_PER_PROFILE } from '../../model/resource-quotas.js'
import { error, warning, type Path, type Problem } from '../problems.js'
import { didYouMean, oneOf } from '../suggest.js'
import { entries, isObj, items, str, type FileIndex, type Obj } from './context.js'

export { MAX_METRIC_VALUES_PER_PROFILE }
const VALUE_KINDS = ['count', 'cidrs', 'ports', 'number', 'numbers', 'strings'] as const
/** Operators the model knows; any other value is reported by the schema (schema/enum), not again here. */
const OPERATORS: readonly string[] = enumValues('ComparisonOperator')
const ML_FORBIDDEN = [
  'comparisonOperator',
  'value',
  'durationSeconds',
  'statisticalThreshold'
] as const

type Resolved = { info?: MetricInfo; problem?: Problem }

/** Look a metric up: an AWS metric from the catalog, or a custom metric declared in the file or as external. */
export function resolveMetric(index: FileIndex, metric: string, path: Path): Resolved {
  if (metric.startsWith('aws:')) {
    const info = awsMetric(metric)
    if (info) return { info }
    return {
      problem: error(
        'behavior/unknown-metric',
        path,
        `unknown metric "${metric}"${
          didYouMean(
            metric,
            AWS_METRICS.map((m) => m.name)
          ) ||
          `; AWS metrics are ${oneOf(
            AWS_METRICS.map((m) => m.name),
            20
          )}`
        }`
      )
    }
  }
  if (!index.customMetrics.has(metric)) {
    return {
      problem: error(
        'reference/custom-metric',
        path,
        `custom metric "${metric}" is not declared: add it to customMetrics, or list it under external.customMetrics if another owner manages it${didYouMean(metric, index.customMetrics.keys())}`
      )
    }
  }
  const type = index.customMetrics.get(metric)
  return type === undefined ? {} : { info: customMetric(metric, type) }
}

export function checkBehaviors(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const { item: profile, path } of entries(index.file, 'securityProfiles')) {
    let valueElements = 0
    for (const { item: behavior, path: bPath } of items(profile.behaviors, [
      ...path,
      'behaviors'
    ])) {
      problems.push(...checkBehavior(index, behavior, bPath))
      valueElements += countValues(behavior)
    }
    if (valueElements > MAX_METRIC_VALUES_PER_PROFILE) {
      problems.push(
        error(
          'quota/metric-values',
          [...path, 'behaviors'],
          `the behaviors hold ${valueElements} metric values (counts, CIDRs, ports, numbers, strings); a profile may hold at most ${MAX_METRIC_VALUES_PER_PROFILE}`,
          'key'
        )
      )
    }
    for (const { item: retained, path: rPath } of items(profile.additionalMetricsToRetainV2, [
      ...path,
      'additionalMetricsToRetainV2'
    ])) {
      const metric = str(retained.metric)
      if (metric) {
        const r = resolveMetric(index, metric, [...rPath, 'metric'])
        if (r.problem) problems.push(r.problem)
        problems.push(...checkDimension(index, retained, rPath, r.info))
      }
    }
    if (Array.isArray(profile.additionalMetricsToRetain)) {
      problems.push(
        warning(
          'profile/deprecated-retain',
          [...path, 'additionalMetricsToRetain'],
          'additionalMetricsToRetain is deprecated: ddac applies it as additionalMetricsToRetainV2 ([{ metric: … }]); write that instead',
          'key'
        )
      )
    }
  }
  return problems
}

function checkBehavior(index: FileIndex, behavior: Obj, path: Path): Problem[] {
  const problems: Problem[] = []
  const metric = str(behavior.metric)
  const criteria = isObj(behavior.criteria) ? behavior.criteria : undefined
  const cPath = [...path, 'criteria']
  if (!metric) {
    if (criteria)
      problems.push(
        error(
          'behavior/metric-required',
          path,
          'a behavior with criteria needs "metric": the metric the criteria apply to'
        )
      )
    return problems
  }
  const { info, problem } = resolveMetric(index, metric, [...path, 'metric'])
  if (problem) problems.push(problem)
  problems.push(...checkDimension(index, behavior, path, info))
  if (!criteria) {
    if (behavior.criteria === undefined) {
      problems.push(
        warning(
          'behavior/no-criteria',
          path,
          `behavior "${str(behavior.name) ?? ''}" has no criteria, so it never alarms; to keep the metric's data use additionalMetricsToRetainV2`
        )
      )
    }
    return problems
  }

  const has = (k: string): boolean => criteria[k] !== undefined
  if (has('mlDetectionConfig')) {
    if (info && !info.ml) {
      problems.push(
        error(
          'behavior/ml-metric',
          [...path, 'metric'],
          `ML Detect does not support ${metric}; it supports ${ML_METRICS.join(', ')} and custom metrics of type number`
        )
      )
    }
    for (const field of ML_FORBIDDEN) {
      if (has(field)) {
        problems.push(
          error(
            'behavior/ml-fields',
            [...cPath, field],
            `an ML Detect behavior takes only mlDetectionConfig and consecutiveDatapointsToAlarm/Clear; remove "${field}" (ML Detect learns the threshold itself)`,
            'key'
          )
        )
      }
    }
    return problems
  }

  const statistical = has('statisticalThreshold')
  const isStatic = has('value')
  if (statistical && isStatic) {
    problems.push(
      error(
        'behavior/criteria-kind',
        cPath,
        'set either "value" (a static threshold) or "statisticalThreshold" (a percentile), not both',
        'key'
      )
    )
    return problems
  }
  if (!statistical && !isStatic) {
    problems.push(
      error(
        'behavior/criteria-kind',
        cPath,
        'criteria need "value" (STATIC), "statisticalThreshold" (STATISTICAL) or "mlDetectionConfig" (ML Detect)',
        'key'
      )
    )
    return problems
  }

  const operator = str(criteria.comparisonOperator)
  if (!has('comparisonOperator')) {
    problems.push(
      error(
        'behavior/operator-required',
        cPath,
        `missing "comparisonOperator"${info ? `; ${metric} takes ${info.operators.join(', ')}` : ''}`,
        'key'
      )
    )
  } else if (
    info &&
    operator &&
    OPERATORS.includes(operator) &&
    !info.operators.includes(operator)
  ) {
    problems.push(
      error(
        'behavior/operator',
        [...cPath, 'comparisonOperator'],
        `${metric} cannot be compared with "${operator}"; use one of ${info.operators.join(', ')}`
      )
    )
  }

  if (statistical) {
    const threshold = criteria.statisticalThreshold
    if (isObj(threshold) && threshold.statistic === undefined) {
      problems.push(
        error(
          'behavior/statistic-required',
          [...cPath, 'statisticalThreshold'],
          'missing "statistic": the percentile to compare with, e.g. p90',
          'key'
        )
      )
    }
    if (info && info.value !== 'count' && info.value !== 'number') {
      problems.push(
        error(
          'behavior/statistical-metric',
          [...cPath, 'statisticalThreshold'],
          `${metric} is a set of ${info.value}; a statistical threshold needs a numeric metric`,
          'key'
        )
      )
    } else if (!has('durationSeconds')) {
      problems.push(
        error(
          'behavior/duration-required',
          cPath,
          `a statistical threshold needs "durationSeconds" (one of ${DURATIONS.join(', ')}): the window its percentiles are computed over`,
          'key'
        )
      )
    }
  } else {
    problems.push(...checkValue(criteria.value, [...cPath, 'value'], metric, info))
    if (info?.window === 'required' && !has('durationSeconds')) {
      problems.push(
        error(
          'behavior/duration-required',
          cPath,
          `${metric} is counted over a window: set "durationSeconds" to one of ${DURATIONS.join(', ')}`,
          'key'
        )
      )
    } else if (info?.window === 'statistical' && has('durationSeconds')) {
      problems.push(
        warning(
          'behavior/duration-ignored',
          [...cPath, 'durationSeconds'],
          `${metric} is checked per message; durationSeconds only applies with a statisticalThreshold`,
          'key'
        )
      )
    }
  }
  if (has('durationSeconds')) {
    const d = criteria.durationSeconds
    if (info?.window === 'none') {
      problems.push(
        error(
          'behavior/duration-not-applicable',
          [...cPath, 'durationSeconds'],
          `${metric} is a set comparison and takes no durationSeconds`,
          'key'
        )
      )
    } else if (
      typeof d === 'number' &&
      Number.isFinite(d) && // value/not-finite reports .inf
      !(DURATIONS as readonly number[]).includes(d)
    ) {
      problems.push(
        error(
          'behavior/duration',
          [...cPath, 'durationSeconds'],
          `durationSeconds ${d} is not a window AWS evaluates; use one of ${DURATIONS.join(', ')}`
        )
      )
    }
  }
  return problems
}

function checkValue(
  value: unknown,
  path: Path,
  metric: string,
  info: MetricInfo | undefined
): Problem[] {
  if (!isObj(value)) return []
  const set = VALUE_KINDS.filter((k) => value[k] !== undefined)
  if (set.length === 0) {
    return [
      error(
        'behavior/value-kind',
        path,
        `the value is empty; ${info ? `${metric} is compared with value.${info.value}` : `set one of ${VALUE_KINDS.join(', ')}`}`,
        'key'
      )
    ]
  }
  if (set.length > 1) {
    return [
      error(
        'behavior/value-kind',
        path,
        `the value sets ${set.join(' and ')}; set exactly one${info ? ` (${metric} is compared with value.${info.value})` : ''}`,
        'key'
      )
    ]
  }
  if (info && set[0] !== info.value) {
    return [
      error(
        'behavior/value-kind',
        [...path, set[0]!],
        `${metric} is compared with value.${info.value}, not value.${set[0]}`,
        'key'
      )
    ]
  }
  return []
}

function checkDimension(
  index: FileIndex,
  behavior: Obj,
  path: Path,
  info: MetricInfo | undefined
): Problem[] {
  const dimension = behavior.metricDimension
  if (!isObj(dimension)) return []
  const dPath = [...path, 'metricDimension']
  const problems: Problem[] = []
  const name = str(dimension.dimensionName)
  if (name && !index.dimensions.has(name)) {
    problems.push(
      error(
        'reference/dimension',
        [...dPath, 'dimensionName'],
        `dimension "${name}" is not declared: add it to dimensions, or list it under external.dimensions${didYouMean(name, index.dimensions)}`
      )
    )
  }
  if (info?.side === 'custom') {
    problems.push(
      error(
        'behavior/dimension-metric',
        dPath,
        'dimensions cannot be used with custom metrics',
        'key'
      )
    )
  } else if (info && !info.dimension) {
    problems.push(
      error(
        'behavior/dimension-metric',
        dPath,
        `${info.name} takes no dimension; topic filter dimensions apply to ${DIMENSION_METRICS.join(', ')}`,
        'key'
      )
    )
  }
  return problems
}

function countValues(behavior: Obj): number {
  const criteria = isObj(behavior.criteria) ? behavior.criteria : {}
  const value = isObj(criteria.value) ? criteria.value : {}
  let n = 0
  for (const k of VALUE_KINDS) {
    const v = value[k]
    if (Array.isArray(v)) n += v.length
    else if (v !== undefined) n += 1
  }
  return n
}
