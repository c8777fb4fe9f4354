/**
 * An AWS IoT Core policy document, parsed once into statements the evaluator can match. A document that does not
 * parse grants nothing: CreatePolicy should have refused it (MalformedPolicyException), so the broker never
 * widens access because of a bad document.
 */
import { errorMessage } from '../../../util/errors.js'

export type Effect = 'Allow' | 'Deny'

/** condition operator → condition key → the values, any of which may match */
export type ConditionBlock = Record<string, Record<string, string[]>>

export interface Statement {
  /** position in the document's Statement list, to name the statement that decided */
  index: number
  sid?: string
  effect: Effect
  /** Action, or NotAction when `notAction` is set */
  actions: string[]
  notAction: boolean
  /** Resource, or NotResource when `notResource` is set */
  resources: string[]
  notResource: boolean
  condition: ConditionBlock
}

export interface ParsedPolicy {
  name?: string
  /** false when the document is unparsable; it then has no statements */
  valid: boolean
  error?: string
  /** "2012-10-17" enables policy variables; under "2008-10-17" `${…}` is literal text, as in IAM */
  variables: boolean
  statements: Statement[]
}

function stringList(value: unknown, field: string): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string'))
    throw new Error(`${field} must be a string or a non-empty list of strings`)
  return list
}

function conditionBlock(value: unknown): ConditionBlock {
  if (value === undefined) return {}
  if (!isObject(value)) throw new Error('Condition must be an object')
  const block: ConditionBlock = {}
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) throw new Error(`Condition ${operator} must map condition keys to values`)
    block[operator] = {}
    for (const [key, values] of Object.entries(keys)) {
      // JSON true and 5 are the strings "true" and "5" to IAM
      const scalar = (v: unknown): unknown =>
        typeof v === 'boolean' || typeof v === 'number' ? String(v) : v
      const list = Array.isArray(values) ? values.map(scalar) : scalar(values)
      block[operator][key] = stringList(list, `Condition ${operator} ${key}`)
    }
  }
  return block
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** exactly one of the two members, as the IAM grammar requires */
function oneOf(raw: Record<string, unknown>, plain: string, negated: string): [string[], boolean] {
  if ((raw[plain] === undefined) === (raw[negated] === undefined))
    throw new Error(`a statement needs exactly one of ${plain} and ${negated}`)
  return raw[plain] !== undefined
    ? [stringList(raw[plain], plain), false]
    : [stringList(raw[negated], negated), true]
}

function statement(raw: unknown, index: number): Statement {
  if (!isObject(raw)) throw new Error(`Statement ${index} must be an object`)
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny')
    throw new Error(`Statement ${index}: Effect must be "Allow" or "Deny"`)
  const [actions, notAction] = oneOf(raw, 'Action', 'NotAction')
  const [resources, notResource] = oneOf(raw, 'Resource', 'NotResource')
  return {
    index,
    ...(typeof raw.Sid === 'string' ? { sid: raw.Sid } : {}),
    effect: raw.Effect,
    actions,
    notAction,
    resources,
    notResource,
    condition: conditionBlock(raw.Condition)
  }
}

/** Parse a policy document; never throws (an unparsable document is `valid: false` and grants nothing). */
export function parsePolicy(document: string, name?: string): ParsedPolicy {
  const named = name === undefined ? {} : { name }
  try {
    const raw: unknown = JSON.parse(document)
    if (!isObject(raw)) throw new Error('the document must be a JSON object')
    const list = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement]
    if (raw.Statement === undefined || list.length === 0)
      throw new Error('the document has no Statement')
    return {
      ...named,
      valid: true,
      variables: raw.Version === '2012-10-17',
      statements: list.map(statement)
    }
  } catch (error) {
    return {
      ...named,
      valid: false,
      error: errorMessage(error),
      variables: false,
      statements: []
    }
  }
}
