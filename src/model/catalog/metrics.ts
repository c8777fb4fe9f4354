/**
 * What the API model cannot say about Detect metrics: which value kind and operators each takes, whether it is
 * evaluated over a time window, and whether ML Detect and dimensions accept it. Sources: the AWS IoT Device
 * Defender developer guide pages detect-cloud-side-metrics, detect-device-side-metrics, dd-detect-ml and
 * dd-detect-custom-metrics (copies in shared/aws-iot-docs), summarised in shared/aws-iot-model/NOTES.md §9.
 */

/** The member of `MetricValue` a metric is compared with. */
export type ValueKind = 'count' | 'cidrs' | 'ports' | 'number' | 'numbers' | 'strings'

/**
 * `required`: counted over `durationSeconds`, which STATIC and STATISTICAL criteria must set;
 * `statistical`: per-message, so only a statistical threshold takes a window;
 * `optional`: may take a window; `none`: a set comparison, no window.
 */
export type Window = 'required' | 'statistical' | 'optional' | 'none'

export interface MetricInfo {
  name: string
  side: 'cloud' | 'device' | 'custom'
  value: ValueKind
  operators: readonly string[]
  window: Window
  ml: boolean
  /** accepts a TOPIC_FILTER `metricDimension` */
  dimension: boolean
}

export const NUMERIC_OPERATORS = [
  'less-than',
  'less-than-equals',
  'greater-than',
  'greater-than-equals'
] as const
export const CIDR_OPERATORS = ['in-cidr-set', 'not-in-cidr-set'] as const
export const PORT_OPERATORS = ['in-port-set', 'not-in-port-set'] as const
export const SET_OPERATORS = ['in-set', 'not-in-set'] as const

/** Window lengths AWS accepts for `durationSeconds`. */
export const DURATIONS = [300, 600, 900, 1800, 3600] as const

const count = (
  name: string,
  side: 'cloud' | 'device',
  window: Window,
  ml: boolean,
  dimension = false
): MetricInfo => ({
  name,
  side,
  value: 'count',
  operators: NUMERIC_OPERATORS,
  window,
  ml,
  dimension
})

/** A metric compared as a set (of CIDRs or ports): no window, no ML, no dimension. */
const set = (
  name: string,
  side: 'cloud' | 'device',
  value: 'cidrs' | 'ports',
  operators: readonly string[]
): MetricInfo => ({ name, side, value, operators, window: 'none', ml: false, dimension: false })

export const AWS_METRICS: readonly MetricInfo[] = [
  count('aws:message-byte-size', 'cloud', 'statistical', true, true),
  count('aws:num-messages-sent', 'cloud', 'required', true, true),
  count('aws:num-messages-received', 'cloud', 'required', true, true),
  count('aws:num-authorization-failures', 'cloud', 'required', true, true),
  count('aws:num-connection-attempts', 'cloud', 'required', true),
  count('aws:num-disconnects', 'cloud', 'required', true),
  // Added in 2023; the guide copy predates it, so its window is not enforced either way.
  count('aws:disconnect-duration', 'cloud', 'optional', false),
  set('aws:source-ip-address', 'cloud', 'cidrs', CIDR_OPERATORS),
  count('aws:all-bytes-out', 'device', 'required', true),
  count('aws:all-bytes-in', 'device', 'required', true),
  count('aws:all-packets-out', 'device', 'required', true),
  count('aws:all-packets-in', 'device', 'required', true),
  count('aws:num-listening-tcp-ports', 'device', 'required', true),
  count('aws:num-listening-udp-ports', 'device', 'required', true),
  // The guide gives no Duration line for this one.
  count('aws:num-established-tcp-connections', 'device', 'optional', true),
  set('aws:destination-ip-addresses', 'device', 'cidrs', CIDR_OPERATORS),
  set('aws:listening-tcp-ports', 'device', 'ports', PORT_OPERATORS),
  set('aws:listening-udp-ports', 'device', 'ports', PORT_OPERATORS)
]

const metricsByName = new Map(AWS_METRICS.map((m) => [m.name, m]))

export function awsMetric(name: string): MetricInfo | undefined {
  return metricsByName.get(name)
}

/** A custom metric behaves according to its `metricType`; only `number` works with ML Detect. */
export function customMetric(name: string, metricType: string): MetricInfo {
  switch (metricType) {
    case 'number':
      return {
        name,
        side: 'custom',
        value: 'number',
        operators: NUMERIC_OPERATORS,
        window: 'optional',
        ml: true,
        dimension: false
      }
    case 'number-list':
      return {
        name,
        side: 'custom',
        value: 'numbers',
        operators: SET_OPERATORS,
        window: 'none',
        ml: false,
        dimension: false
      }
    case 'string-list':
      return {
        name,
        side: 'custom',
        value: 'strings',
        operators: SET_OPERATORS,
        window: 'none',
        ml: false,
        dimension: false
      }
    default:
      return {
        name,
        side: 'custom',
        value: 'cidrs',
        operators: CIDR_OPERATORS,
        window: 'none',
        ml: false,
        dimension: false
      }
  }
}

export const ML_METRICS = AWS_METRICS.filter((m) => m.ml).map((m) => m.name)
export const DIMENSION_METRICS = AWS_METRICS.filter((m) => m.dimension).map((m) => m.name)
