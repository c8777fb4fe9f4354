/**
 * Cases from the AWS IoT Core developer guide (the pages are not in /work/shared/aws-iot-docs/; each block names
 * the page it comes from): "Thing policy examples", "Connect policy examples", "Publish/Subscribe policy
 * examples" (wildcards in MQTT and in policies) and "AWS IoT Core policy variables".
 */
import { describe, expect, it } from '@jest/globals'
import {
  authorize,
  clientArn,
  topicArn,
  topicFilterArn
} from '../../../src/local/data-plane/policy/evaluate.js'
import { allow, ARN, base, deny, none, policy, type Row, scope } from './helpers.js'

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
