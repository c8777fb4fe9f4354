/** Shared rows for the table-driven policy cases: one connection, one account, decisions by statement. */
import {
  type AuthContext,
  type Decision,
  type IotAction
} from '../../../src/local/data-plane/policy/evaluate.js'

export const scope = { region: 'us-east-1', account: '123456789012' }
export const ARN = 'arn:aws:iot:us-east-1:123456789012'

export const base: AuthContext = {
  clientId: 'thing-1',
  thingName: 'thing-1',
  thingIsAttached: true,
  thingTypeName: 'Thing_Type_Name',
  thingAttributes: { attributeName: 'attributeValue', room: 'kitchen' },
  certificateId: 'abc123',
  sourceIp: '203.0.113.7',
  ...scope
}

export function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}

export type Row = [
  label: string,
  ctx: Partial<AuthContext>,
  action: IotAction,
  resource: string,
  expected: Decision
]
export const allow = (statementIndex: number): Decision => ({
  effect: 'allow',
  statement: { policyIndex: 0, statementIndex }
})
export const deny = (statementIndex: number): Decision => ({
  effect: 'explicit-deny',
  statement: { policyIndex: 0, statementIndex }
})
export const none: Decision = { effect: 'implicit-deny' }
