/**
 * The statement grammar around the guide's examples: policy versions, Action/NotAction and Resource/NotResource,
 * case rules, unparsable documents, pre-parsed policies and the cost of many wildcards.
 */
import { describe, expect, it } from '@jest/globals'
import {
  authorize,
  clientArn,
  parsePolicy,
  topicArn,
  topicFilterArn
} from '../../../src/local/data-plane/policy/evaluate.js'
import { allow, ARN, base, deny, none, policy, type Row, scope } from './helpers.js'

function table(document: string, rows: Row[]): void {
  it.each(rows)('%s', (_, ctx, action, resource, expected) => {
    expect(authorize([document], action, resource, { ...base, ...ctx })).toEqual(expected)
  })
}

describe('statement grammar', () => {
  it('a 2008-10-17 document keeps ${…} as text, as IAM does', () => {
    const old = JSON.stringify({
      Version: '2008-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'iot:Publish',
        Resource: `${ARN}:topic/\${iot:ClientId}`
      }
    })
    expect(authorize([old], 'iot:Publish', topicArn(scope, 'thing-1'), base)).toEqual(none)
    expect(authorize([old], 'iot:Publish', topicArn(scope, '${iot:ClientId}'), base).effect).toBe(
      'allow'
    )
  })

  table(
    policy(
      { Effect: 'Allow', Action: 'iot:*', Resource: `${ARN}:topic/open/*` },
      { Effect: 'Allow', NotAction: 'iot:Publish', Resource: `${ARN}:client/*` },
      { Effect: 'Deny', Action: 'IOT:RETAINPUBLISH', NotResource: `${ARN}:topic/open/retained` },
      { Effect: 'Allow', Action: 'iot:Pub*', Resource: '*' }
    ),
    [
      ['iot:* on the topic', {}, 'iot:Receive', topicArn(scope, 'open/x'), allow(0)],
      ['NotAction grants connect', {}, 'iot:Connect', clientArn(scope, 'any'), allow(1)],
      [
        'action names are case-insensitive (Deny with NotResource)',
        {},
        'iot:RetainPublish',
        topicArn(scope, 'open/x'),
        deny(2)
      ],
      [
        'NotResource spares the one topic',
        {},
        'iot:RetainPublish',
        topicArn(scope, 'open/retained'),
        allow(0)
      ],
      ['iot:Pub* prefix', {}, 'iot:Publish', topicArn(scope, 'closed/x'), allow(3)],
      ['iot:Pub* is not Subscribe', {}, 'iot:Subscribe', topicFilterArn(scope, 'closed/x'), none],
      ['resources are case-sensitive', {}, 'iot:Receive', topicArn(scope, 'OPEN/x'), none]
    ]
  )

  it.each([
    ['not JSON', '{"Version":'],
    ['no Statement', '{"Version":"2012-10-17"}'],
    ['a bad Effect', policy({ Effect: 'Permit', Action: 'iot:*', Resource: '*' })],
    [
      'both Action and NotAction',
      policy({ Effect: 'Allow', Action: 'iot:*', NotAction: 'iot:Connect', Resource: '*' })
    ],
    ['no Resource', policy({ Effect: 'Allow', Action: 'iot:*' })]
  ])('an unparsable document (%s) grants nothing', (_, document) => {
    expect(parsePolicy(document).valid).toBe(false)
    expect(authorize([document], 'iot:Connect', clientArn(scope, 'thing-1'), base)).toEqual(none)
  })

  it('many * against a long topic decide at once (no backtracking blow-up a regular expression would have)', () => {
    const resource = `${ARN}:topic/${'a*'.repeat(30)}b`
    const document = policy({ Effect: 'Allow', Action: 'iot:Publish', Resource: resource })
    const started = performance.now()
    expect(authorize([document], 'iot:Publish', topicArn(scope, 'a'.repeat(250)), base)).toEqual(
      none
    )
    expect(
      authorize([document], 'iot:Publish', topicArn(scope, `${'a'.repeat(249)}b`), base).effect
    ).toBe('allow')
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('a policy parsed ahead decides the same and carries its name', () => {
    const parsed = parsePolicy(
      policy({ Effect: 'Deny', Action: 'iot:Connect', Resource: '*', Sid: 'nobody' }),
      'lockdown'
    )
    expect(authorize([parsed], 'iot:Connect', clientArn(scope, 'thing-1'), base)).toEqual({
      effect: 'explicit-deny',
      statement: { policyIndex: 0, policyName: 'lockdown', statementIndex: 0, sid: 'nobody' }
    })
  })
})
