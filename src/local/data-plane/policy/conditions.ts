/**
 * Condition blocks, with IAM's semantics (IAM User Guide, "Condition element" and "condition operators"): every
 * operator and every key in a block must hold; a key holds when any of its values matches; the negated operators
 * hold when none matches. A key missing from the request fails a condition, except under a negated operator, an
 * `…IfExists` operator, or `Null`. An operator this evaluator does not know (the Date family, for one) makes the
 * statement not match, whatever its effect, as does a value whose policy variable does not resolve.
 */
import { BlockList, isIP } from 'node:net'
import { type AuthContext, contextValue } from './context.js'
import type { ConditionBlock } from './document.js'
import { compilePattern, substitute } from './patterns.js'

type Test = (
  actual: string,
  expected: string[],
  ctx: AuthContext,
  variables: boolean
) => boolean | undefined

function resolved(values: string[], ctx: AuthContext, variables: boolean): string[] | undefined {
  const out = values.map((v) => substitute(v, ctx, variables))
  return out.every((v) => v !== undefined) ? (out as string[]) : undefined
}

function equalsAny(ignoreCase: boolean): Test {
  return (actual, expected, ctx, variables) => {
    const values = resolved(expected, ctx, variables)
    if (!values) return undefined
    const fold = (s: string): string => (ignoreCase ? s.toLowerCase() : s)
    return values.some((v) => fold(v) === fold(actual))
  }
}

const likeAny: Test = (actual, expected, ctx, variables) => {
  const patterns = expected.map((p) => compilePattern(p, ctx, { variables }))
  if (patterns.some((p) => p === undefined)) return undefined
  return patterns.some((p) => p!.test(actual))
}

function ipBlock(value: string): BlockList | undefined {
  const [address, prefix] = value.split('/')
  const family = isIP(address)
  if (family === 0) return undefined
  const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix)
  if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) return undefined
  const block = new BlockList()
  block.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6')
  return block
}

const inRange: Test = (actual, expected) => {
  const family = isIP(actual)
  if (family === 0) return false
  return expected.some(
    (range) => ipBlock(range)?.check(actual, family === 4 ? 'ipv4' : 'ipv6') ?? false
  )
}

function numeric(compare: (a: number, b: number) => boolean): Test {
  return (actual, expected) => {
    const a = Number(actual)
    return (
      !Number.isNaN(a) && expected.some((e) => !Number.isNaN(Number(e)) && compare(a, Number(e)))
    )
  }
}

const bool: Test = (actual, expected) =>
  expected.some((e) => e.toLowerCase() === actual.toLowerCase())

/** the positive tests; `negated` operators hold where these do not */
const OPERATORS: Record<string, { test: Test; negated?: boolean }> = {
  StringEquals: { test: equalsAny(false) },
  StringNotEquals: { test: equalsAny(false), negated: true },
  StringEqualsIgnoreCase: { test: equalsAny(true) },
  StringNotEqualsIgnoreCase: { test: equalsAny(true), negated: true },
  StringLike: { test: likeAny },
  StringNotLike: { test: likeAny, negated: true },
  // IAM treats ArnEquals like ArnLike: both take wildcards
  ArnEquals: { test: likeAny },
  ArnLike: { test: likeAny },
  ArnNotEquals: { test: likeAny, negated: true },
  ArnNotLike: { test: likeAny, negated: true },
  Bool: { test: bool },
  IpAddress: { test: inRange },
  NotIpAddress: { test: inRange, negated: true },
  NumericEquals: { test: numeric((a, b) => a === b) },
  NumericNotEquals: { test: numeric((a, b) => a === b), negated: true },
  NumericLessThan: { test: numeric((a, b) => a < b) },
  NumericLessThanEquals: { test: numeric((a, b) => a <= b) },
  NumericGreaterThan: { test: numeric((a, b) => a > b) },
  NumericGreaterThanEquals: { test: numeric((a, b) => a >= b) }
}

/** undefined for an operator this evaluator does not know */
function operatorHolds(
  name: string,
  keys: Record<string, string[]>,
  ctx: AuthContext,
  variables: boolean
): boolean | undefined {
  // every key here is single-valued, so ForAnyValue is the plain operator and ForAllValues holds when absent
  const set = /^(ForAnyValue|ForAllValues):/.exec(name)?.[1]
  const base = set ? name.slice(set.length + 1) : name
  const ifExists = base.endsWith('IfExists')
  const operatorName = ifExists ? base.slice(0, -'IfExists'.length) : base
  if (operatorName === 'Null') {
    return Object.entries(keys).every(([key, values]) =>
      values.some((v) => (contextValue(key, ctx) === undefined) === (v.toLowerCase() === 'true'))
    )
  }
  const operator = OPERATORS[operatorName]
  if (!operator) return undefined
  for (const [key, expected] of Object.entries(keys)) {
    const actual = contextValue(key, ctx)
    if (actual === undefined) {
      if (ifExists || operator.negated || set === 'ForAllValues') continue
      return false
    }
    const matched = operator.test(actual, expected, ctx, variables)
    if (matched === undefined) return false
    if (matched === Boolean(operator.negated)) return false
  }
  return true
}

/** Whether the statement's condition block holds for this connection (an empty block always does). */
export function conditionsHold(
  block: ConditionBlock,
  ctx: AuthContext,
  variables: boolean
): boolean {
  return Object.entries(block).every(
    ([name, keys]) => operatorHolds(name, keys, ctx, variables) === true
  )
}

/** the operators the evaluator knows, for documentation and for the audit analysis */
export const KNOWN_OPERATORS: readonly string[] = [...Object.keys(OPERATORS), 'Null']
