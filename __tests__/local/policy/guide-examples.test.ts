/**
 * Cases from the AWS IoT Core developer guide (the pages are not in /work/shared/aws-iot-docs/; each block names
 * the page it comes from): "Thing policy examples", "Connect policy examples", "Publish/Subscribe policy
 * examples" (wildcards in MQTT and in policies) and "AWS IoT Core policy variables".
 */
import { describe, expect, it } from '@jest/globals'
import {
  authorize,
  clientArn,
  type AuthContext,
  type Decision,
  type IotAction,
  parsePolicy,
  topicArn,
  topicFilterArn
} from '../../../src/local/data-plane/policy/evaluate.js'

const scope = { region: 'us-east-1', account: '123456789012' }
const ARN = 'arn:aws:iot:us-east-1:123456789012'

const base: AuthContext = {
  clientId: 'thing-1',
  thingName: 'thing-1',
  thingIsAttached: true,
  thingTypeName: 'Thing_Type_Name',
  thingAttributes: { attributeName: 'attributeValue', room: 'kitchen' },
  certificateId: 'abc123',
  sourceIp: '203.0.113.7',
  ...scope
}

function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}

type Row = [
  label: string,
  ctx: Partial<AuthContext>,
  action: IotAction,
  resource: string,
  expected: Decision
]
const allow = (statementIndex: number): Decision => ({
  effect: 'allow',
  statement: { policyIndex: 0, statementIndex }
})
const deny = (statementIndex: number): Decision => ({
  effect: 'explicit-deny',
  statement: { policyIndex: 0, statementIndex }
})
const none: Decision = { effect: 'implicit-deny' }

function table(document: string, rows: Row[]): void {
  it.each(rows)('%s', (_, ctx, action, resource, expected) => {
    expect(authorize([document], action, resource, { ...base, ...ctx })).toEqual(expected)
  })
}

describe('Thing policy examples: connect only when the certificate is attached to the thing', () => {
  table(
    policy({
      Effect: 'Allow',
      Action: ['iot:Connect'],
      Resource: ['*'],
      Condition: { Bool: { 'iot:Connection.Thing.IsAttached': ['true'] } }
    }),
    [
      ['attached', {}, 'iot:Connect', clientArn(scope, 'thing-1'), allow(0)],
      [
        'not attached',
        { thingIsAttached: false },
        'iot:Connect',
        clientArn(scope, 'thing-1'),
        none
      ],
      [
        'no thing of that name',
        { thingName: undefined, thingIsAttached: false },
        'iot:Connect',
        clientArn(scope, 'x'),
        none
      ]
    ]
  )
})

describe('Thing policy examples: publish when the thing has a type and an attribute value', () => {
  table(
    policy({
      Effect: 'Allow',
      Action: ['iot:Publish'],
      Resource: `${ARN}:topic/device/stats`,
      Condition: {
        StringEquals: {
          'iot:Connection.Thing.Attributes[attributeName]': 'attributeValue',
          'iot:Connection.Thing.ThingTypeName': 'Thing_Type_Name'
        },
        Bool: { 'iot:Connection.Thing.IsAttached': 'true' }
      }
    }),
    [
      ['type and attribute match', {}, 'iot:Publish', topicArn(scope, 'device/stats'), allow(0)],
      [
        'another attribute value',
        { thingAttributes: { attributeName: 'other' } },
        'iot:Publish',
        topicArn(scope, 'device/stats'),
        none
      ],
      [
        'attribute missing',
        { thingAttributes: {} },
        'iot:Publish',
        topicArn(scope, 'device/stats'),
        none
      ],
      [
        'another thing type',
        { thingTypeName: 'Other' },
        'iot:Publish',
        topicArn(scope, 'device/stats'),
        none
      ],
      [
        'attribute names are case-sensitive',
        { thingAttributes: { AttributeName: 'attributeValue' } },
        'iot:Publish',
        topicArn(scope, 'device/stats'),
        none
      ],
      [
        'certificate not attached',
        { thingIsAttached: false },
        'iot:Publish',
        topicArn(scope, 'device/stats'),
        none
      ]
    ]
  )
})

describe('Thing policy examples: publish under a topic named by an attribute (unresolved when not attached)', () => {
  table(
    policy({
      Effect: 'Allow',
      Action: ['iot:Publish'],
      Resource: `${ARN}:topic/\${iot:Connection.Thing.Attributes[room]}/*`
    }),
    [
      ['its room', {}, 'iot:Publish', topicArn(scope, 'kitchen/temp'), allow(0)],
      ['another room', {}, 'iot:Publish', topicArn(scope, 'garage/temp'), none],
      [
        'not attached: the variable does not resolve',
        { thingIsAttached: false },
        'iot:Publish',
        topicArn(scope, 'kitchen/temp'),
        none
      ],
      // an unresolved variable is not an empty string: "/temp" would match if it were
      [
        'not attached, empty room',
        { thingIsAttached: false },
        'iot:Publish',
        topicArn(scope, '/temp'),
        none
      ]
    ]
  )
})

describe('Connect policy examples: the thing name as the client id, and a denied client', () => {
  table(
    policy(
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `${ARN}:client/\${iot:Connection.Thing.ThingName}`,
        Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } }
      },
      {
        Effect: 'Deny',
        Action: 'iot:Connect',
        Resource: [`${ARN}:client/client1`, `${ARN}:client/client2`]
      }
    ),
    [
      ['client id = thing name', {}, 'iot:Connect', clientArn(scope, 'thing-1'), allow(0)],
      [
        'client id of another thing',
        { clientId: 'thing-2' },
        'iot:Connect',
        clientArn(scope, 'thing-2'),
        none
      ],
      [
        'denied client even when attached',
        { clientId: 'client1', thingName: 'client1' },
        'iot:Connect',
        clientArn(scope, 'client1'),
        deny(1)
      ],
      [
        'the Deny list, second entry',
        { clientId: 'client2', thingName: 'client2' },
        'iot:Connect',
        clientArn(scope, 'client2'),
        deny(1)
      ]
    ]
  )
})

describe('Publish/Subscribe policy examples: MQTT wildcards are literal in a policy', () => {
  table(
    policy(
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${ARN}:topicfilter/some/+/topic` },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${ARN}:topicfilter/sensors/*` },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `${ARN}:topicfilter/room/???/temp` },
      { Effect: 'Allow', Action: 'iot:Receive', Resource: `${ARN}:topic/some/*/topic` }
    ),
    [
      [
        'the filter some/+/topic exactly as written',
        {},
        'iot:Subscribe',
        topicFilterArn(scope, 'some/+/topic'),
        allow(0)
      ],
      [
        '+ does not stand for a level',
        {},
        'iot:Subscribe',
        topicFilterArn(scope, 'some/a/topic'),
        none
      ],
      ['* crosses levels', {}, 'iot:Subscribe', topicFilterArn(scope, 'sensors/a/b/c'), allow(1)],
      [
        '* covers a filter with #',
        {},
        'iot:Subscribe',
        topicFilterArn(scope, 'sensors/#'),
        allow(1)
      ],
      [
        '# is not a wildcard for the prefix',
        {},
        'iot:Subscribe',
        topicFilterArn(scope, 'sensor'),
        none
      ],
      [
        '??? is exactly three characters',
        {},
        'iot:Subscribe',
        topicFilterArn(scope, 'room/abc/temp'),
        allow(2)
      ],
      ['??? is not two', {}, 'iot:Subscribe', topicFilterArn(scope, 'room/ab/temp'), none],
      [
        'receive with * in the middle',
        {},
        'iot:Receive',
        topicArn(scope, 'some/x/y/topic'),
        allow(3)
      ],
      ['subscribe is not receive', {}, 'iot:Receive', topicArn(scope, 'sensors/a'), none]
    ]
  )
})

describe('Publish/Subscribe policy examples: the client id as a topic level', () => {
  table(
    policy(
      {
        Effect: 'Allow',
        Action: ['iot:Publish', 'iot:Receive'],
        Resource: `${ARN}:topic/clients/\${iot:ClientId}/*`
      },
      {
        Effect: 'Allow',
        Action: 'iot:Subscribe',
        Resource: `${ARN}:topicfilter/clients/\${iot:ClientId}/*`
      }
    ),
    [
      ['its own topic', {}, 'iot:Publish', topicArn(scope, 'clients/thing-1/data'), allow(0)],
      ['another client topic', {}, 'iot:Publish', topicArn(scope, 'clients/thing-2/data'), none],
      ['its own filter', {}, 'iot:Subscribe', topicFilterArn(scope, 'clients/thing-1/#'), allow(1)],
      // the substituted value is literal: a client id "*" must not become a wildcard
      [
        'a client id with * gains nothing',
        { clientId: '*' },
        'iot:Publish',
        topicArn(scope, 'clients/thing-2/data'),
        none
      ],
      [
        '…but matches its literal self',
        { clientId: '*' },
        'iot:Publish',
        topicArn(scope, 'clients/*/data'),
        allow(0)
      ],
      [
        'a client id with ? gains nothing',
        { clientId: 'thing-?' },
        'iot:Publish',
        topicArn(scope, 'clients/thing-1/data'),
        none
      ]
    ]
  )
})

describe('AWS IoT Core policy variables: ${*}, ${?} and ${$} stand for the literal characters', () => {
  table(
    policy(
      { Effect: 'Allow', Action: 'iot:Publish', Resource: `${ARN}:topic/literal/\${*}` },
      { Effect: 'Allow', Action: 'iot:Publish', Resource: `${ARN}:topic/ask/\${?}` },
      {
        Effect: 'Allow',
        Action: 'iot:Publish',
        Resource: `${ARN}:topic/\${$}aws/things/\${iot:ClientId}/shadow/update`
      }
    ),
    [
      ['a topic named *', {}, 'iot:Publish', topicArn(scope, 'literal/*'), allow(0)],
      ['${*} is not a wildcard', {}, 'iot:Publish', topicArn(scope, 'literal/anything'), none],
      ['a topic named ?', {}, 'iot:Publish', topicArn(scope, 'ask/?'), allow(1)],
      ['${?} is not a wildcard', {}, 'iot:Publish', topicArn(scope, 'ask/x'), none],
      [
        '${$} before a variable',
        {},
        'iot:Publish',
        topicArn(scope, '$aws/things/thing-1/shadow/update'),
        allow(2)
      ]
    ]
  )
})

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
