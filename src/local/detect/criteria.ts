/**
 * Whether one datapoint meets a behavior's criteria. AWS's criteria describe how a device behaves NORMALLY
 * ("The criteria by which the behavior is determined to be normal", API reference BehaviorCriteria; the guide's
 * "Max Message Size … less-than-equals 1024" and the troubleshooting page's in-port-set example), so a
 * datapoint that does not meet them is a violation.
 */
import { BlockList, isIP } from 'node:net'
import type { BehaviorCriteria, MetricValue } from '@aws-sdk/client-iot'

export type CriteriaType = 'STATIC' | 'STATISTICAL' | 'MACHINE_LEARNING'

export function criteriaType(criteria: BehaviorCriteria | undefined): CriteriaType {
  if (criteria?.mlDetectionConfig) return 'MACHINE_LEARNING'
  if (criteria?.statisticalThreshold) return 'STATISTICAL'
  return 'STATIC'
}

/** The single number of a numeric datapoint or criteria value (`count` for AWS metrics, `number` for custom ones). */
export function scalar(value: MetricValue | undefined): number | undefined {
  return value?.count ?? value?.number
}

function compare(operator: string, observed: number, bound: number): boolean {
  switch (operator) {
    case 'less-than':
      return observed < bound
    case 'less-than-equals':
      return observed <= bound
    case 'greater-than':
      return observed > bound
    case 'greater-than-equals':
      return observed >= bound
    default:
      throw new Error(`the operator ${operator} does not compare numbers`)
  }
}

function cidrSet(cidrs: readonly string[]): BlockList {
  const list = new BlockList()
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/')
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address!, family)
    else list.addSubnet(address!, Number(bits), family)
  }
  return list
}

const inCidrs = (list: BlockList, ip: string): boolean =>
  isIP(ip) !== 0 && list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')

/**
 * Set operators: `in-…` is normal when every observed member is in the set, `not-in-…` when none is. An empty
 * observation always conforms (troubleshooting guide: "An empty list of ports or IP addresses is always
 * considered in conformity").
 */
function setConforms(
  inSet: boolean,
  observed: readonly unknown[],
  member: (x: unknown) => boolean
): boolean {
  return inSet ? observed.every(member) : !observed.some(member)
}

/**
 * Does `observed` meet `criteria`? `threshold` is the resolved statistical threshold for STATISTICAL criteria
 * (the percentile of the fleet's datapoints in the same window).
 */
export function conforms(
  criteria: BehaviorCriteria,
  observed: MetricValue,
  threshold?: number
): boolean {
  const op = criteria.comparisonOperator
  if (op === undefined) throw new Error('the criteria have no comparisonOperator')
  const value = criteria.value ?? {}
  switch (op) {
    case 'in-cidr-set':
    case 'not-in-cidr-set': {
      const list = cidrSet(value.cidrs ?? [])
      return setConforms(op === 'in-cidr-set', observed.cidrs ?? [], (ip) =>
        inCidrs(list, ip as string)
      )
    }
    case 'in-port-set':
    case 'not-in-port-set': {
      const ports = new Set(value.ports ?? [])
      return setConforms(op === 'in-port-set', observed.ports ?? [], (p) => ports.has(p as number))
    }
    case 'in-set':
    case 'not-in-set': {
      const set = new Set<unknown>(value.strings ?? value.numbers ?? [])
      const members: unknown[] = observed.strings ?? observed.numbers ?? []
      return setConforms(op === 'in-set', members, (m) => set.has(m))
    }
    default: {
      const bound = threshold ?? scalar(value)
      const actual = scalar(observed)
      if (bound === undefined || actual === undefined)
        throw new Error(`the criteria or the datapoint has no number to compare with ${op}`)
      return compare(op, actual, bound)
    }
  }
}

/** The statistic `p99.9` as the percentile 99.9. */
export function percentileOf(statistic: string): number {
  const p = Number(statistic.replace(/^p/, ''))
  if (!Number.isFinite(p) || p < 0 || p > 100) throw new Error(`${statistic} is not a percentile`)
  return p
}

/**
 * The nearest-rank percentile: the smallest datapoint that at least p % of the datapoints are at or below
 * (p0 is the smallest). Undefined for no datapoints.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}
