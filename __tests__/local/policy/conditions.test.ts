/**
 * Condition blocks as the AWS IoT guide uses them (condition keys iot:ClientId, aws:SourceIp and the thing keys,
 * "AWS IoT Core policy variables" → "Basic AWS IoT Core policy variables"), with the IAM operator semantics the
 * guide refers to (IAM User Guide, "IAM JSON policy elements: Condition operators").
 */
import { describe, expect, it } from '@jest/globals'
import {
  authorize,
  clientArn,
  type AuthContext,
  type Decision
} from '../../../src/local/data-plane/policy/evaluate.js'

const scope = { region: 'eu-west-1', account: '123456789012' }
const ctx: AuthContext = {
  clientId: 'sensor-42',
  thingName: 'sensor-42',
  thingIsAttached: true,
  certificateId: 'abc',
  certificate: { 'Subject.CommonName': 'sensor-42', 'Issuer.Organization': 'Example Corp' },
  sourceIp: '192.0.2.10',
  ...scope
}

function connect(
  condition: object,
  effect = 'Allow',
  context: Partial<AuthContext> = {}
): Decision {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: 'iot:Connect', Resource: '*', Condition: condition }]
  })
  return authorize([document], 'iot:Connect', clientArn(scope, ctx.clientId), {
    ...ctx,
    ...context
  })
}

const allowed = { effect: 'allow', statement: { policyIndex: 0, statementIndex: 0 } }
const none = { effect: 'implicit-deny' }

describe('condition operators on an Allow', () => {
  it.each<[string, object, Partial<AuthContext>, object]>([
    ['StringEquals iot:ClientId', { StringEquals: { 'iot:ClientId': 'sensor-42' } }, {}, allowed],
    ['StringEquals is case-sensitive', { StringEquals: { 'iot:ClientId': 'SENSOR-42' } }, {}, none],
    [
      'StringEqualsIgnoreCase',
      { StringEqualsIgnoreCase: { 'iot:ClientId': 'SENSOR-42' } },
      {},
      allowed
    ],
    [
      'StringEquals, any of the values',
      { StringEquals: { 'iot:ClientId': ['a', 'sensor-42'] } },
      {},
      allowed
    ],
    [
      'StringNotEquals, none of the values',
      { StringNotEquals: { 'iot:ClientId': ['a', 'b'] } },
      {},
      allowed
    ],
    [
      'StringNotEquals, one equal',
      { StringNotEquals: { 'iot:ClientId': ['a', 'sensor-42'] } },
      {},
      none
    ],
    ['StringLike with *', { StringLike: { 'iot:ClientId': 'sensor-*' } }, {}, allowed],
    ['StringLike with ?', { StringLike: { 'iot:ClientId': 'sensor-?' } }, {}, none],
    ['StringNotLike', { StringNotLike: { 'iot:ClientId': 'admin-*' } }, {}, allowed],
    [
      'StringEquals with a variable in the value',
      { StringEquals: { 'iot:ClientId': '${iot:Connection.Thing.ThingName}' } },
      {},
      allowed
    ],
    [
      '…which is unresolved when not attached',
      { StringEquals: { 'iot:ClientId': '${iot:Connection.Thing.ThingName}' } },
      { thingIsAttached: false },
      none
    ],
    ['ArnLike on a built ARN', { ArnLike: { 'iot:ClientId': 'sensor-*' } }, {}, allowed],
    ['Bool IsAttached true', { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } }, {}, allowed],
    [
      'Bool IsAttached false when not attached',
      { Bool: { 'iot:Connection.Thing.IsAttached': false } },
      { thingIsAttached: false },
      allowed
    ],
    [
      'Bool IsAttached true when not attached',
      { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } },
      { thingIsAttached: false },
      none
    ],
    ['IpAddress in the CIDR', { IpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }, {}, allowed],
    ['IpAddress outside', { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }, {}, none],
    ['IpAddress, a single address', { IpAddress: { 'aws:SourceIp': '192.0.2.10' } }, {}, allowed],
    [
      'IpAddress IPv6',
      { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } },
      { sourceIp: '2001:db8::1' },
      allowed
    ],
    ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }, {}, allowed],
    [
      'IpAddress without a source address',
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
      { sourceIp: undefined },
      none
    ],
    [
      'a certificate variable',
      { StringEquals: { 'iot:Certificate.Subject.CommonName': '${iot:ClientId}' } },
      {},
      allowed
    ],
    [
      'two operators must both hold',
      { StringLike: { 'iot:ClientId': 'sensor-*' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      {},
      none
    ],
    [
      'two keys must both hold',
      { StringEquals: { 'iot:ClientId': 'sensor-42', 'iot:Connection.Thing.ThingName': 'other' } },
      {},
      none
    ],
    [
      'a missing key fails StringEquals',
      { StringEquals: { 'iot:Connection.Thing.ThingTypeName': 'Sensor' } },
      {},
      none
    ],
    [
      'a missing key passes StringNotEquals',
      { StringNotEquals: { 'iot:Connection.Thing.ThingTypeName': 'Sensor' } },
      {},
      allowed
    ],
    [
      'a missing key passes …IfExists',
      { StringEqualsIfExists: { 'iot:Connection.Thing.ThingTypeName': 'Sensor' } },
      {},
      allowed
    ],
    [
      'a present key is still tested by …IfExists',
      { StringEqualsIfExists: { 'iot:ClientId': 'other' } },
      {},
      none
    ],
    [
      'Null true on a missing key',
      { Null: { 'iot:Connection.Thing.ThingTypeName': 'true' } },
      {},
      allowed
    ],
    [
      'JSON booleans in a list',
      { Bool: { 'iot:Connection.Thing.IsAttached': [true] } },
      {},
      allowed
    ],
    [
      'NumericLessThan on a JSON number',
      { NumericLessThan: { 'iot:Certificate.Subject.SerialNumber': 100 } },
      { certificate: { 'Subject.SerialNumber': '42' } },
      allowed
    ],
    [
      'NumericLessThan, not less',
      { NumericLessThan: { 'iot:Certificate.Subject.SerialNumber': 10 } },
      { certificate: { 'Subject.SerialNumber': '42' } },
      none
    ],
    ['Null false on a present key', { Null: { 'iot:ClientId': 'false' } }, {}, allowed],
    ['Null true on a present key', { Null: { 'iot:ClientId': 'true' } }, {}, none],
    [
      'an unknown operator: the statement does not match',
      { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
      {},
      none
    ],
    ['a misspelt operator', { StringEqual: { 'iot:ClientId': 'sensor-42' } }, {}, none]
  ])('%s', (_, condition, context, expected) => {
    expect(connect(condition, 'Allow', context)).toEqual(expected)
  })
})

describe('condition operators on a Deny', () => {
  it('a Deny applies when its condition holds', () => {
    expect(connect({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, 'Deny')).toEqual({
      effect: 'explicit-deny',
      statement: { policyIndex: 0, statementIndex: 0 }
    })
  })
  it('a Deny with an unknown operator does not apply (documented: unknown operators never match)', () => {
    expect(
      connect({ DateLessThan: { 'aws:CurrentTime': '2999-01-01T00:00:00Z' } }, 'Deny')
    ).toEqual(none)
  })
})
