/**
 * The two policies ddac's simulations meet: the seed's anomaly-simulator policy (DESIGN.md §1) and the
 * least-privilege policy that provisioning creates for a run (src/simulate/provision/provision.ts).
 */
import { describe, expect, it } from '@jest/globals'
import {
  authorize,
  clientArn,
  type AuthContext,
  type IotAction,
  topicArn,
  topicFilterArn
} from '../../../src/local/data-plane/policy/evaluate.js'
import { fleetPolicy } from '../../../src/simulate/provision/provision.js'
import { thingName } from '../../../src/simulate/provision/marks.js'

const scope = { region: 'us-east-1', account: '123456789012' }

function connection(clientId: string): AuthContext {
  return { clientId, thingName: clientId, thingIsAttached: true, certificateId: 'c0ffee', ...scope }
}

const SEED_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iot:Publish', 'iot:Receive'],
      Resource: ['arn:aws:iot:us-east-1:123456789012:topic/test/topic']
    },
    {
      Effect: 'Allow',
      Action: ['iot:Subscribe'],
      Resource: ['arn:aws:iot:us-east-1:123456789012:topicfilter/test/topic']
    },
    {
      Effect: 'Allow',
      Action: ['iot:Connect'],
      Resource: ['arn:aws:iot:us-east-1:123456789012:client/*']
    },
    {
      Effect: 'Deny',
      Action: ['iot:Connect'],
      Resource: ['arn:aws:iot:us-east-1:123456789012:client/baddevice']
    }
  ]
})

type Case = [
  label: string,
  action: IotAction,
  resource: string,
  clientId: string,
  expected: string,
  statement: number | null
]

describe('the seed policy', () => {
  const cases: Case[] = [
    [
      'the thing connects',
      'iot:Connect',
      clientArn(scope, 'anom_thing_1'),
      'anom_thing_1',
      'allow',
      2
    ],
    [
      'any client id connects (client/*)',
      'iot:Connect',
      clientArn(scope, 'someone-else'),
      'someone-else',
      'allow',
      2
    ],
    [
      'baddevice is refused by the Deny',
      'iot:Connect',
      clientArn(scope, 'baddevice'),
      'baddevice',
      'explicit-deny',
      3
    ],
    [
      'a client id that only starts with baddevice',
      'iot:Connect',
      clientArn(scope, 'baddevice2'),
      'baddevice2',
      'allow',
      2
    ],
    [
      'publish on test/topic',
      'iot:Publish',
      topicArn(scope, 'test/topic'),
      'anom_thing_1',
      'allow',
      0
    ],
    [
      'receive on test/topic',
      'iot:Receive',
      topicArn(scope, 'test/topic'),
      'anom_thing_1',
      'allow',
      0
    ],
    [
      'subscribe to test/topic',
      'iot:Subscribe',
      topicFilterArn(scope, 'test/topic'),
      'anom_thing_1',
      'allow',
      1
    ],
    [
      'publish elsewhere',
      'iot:Publish',
      topicArn(scope, 'test/other'),
      'anom_thing_1',
      'implicit-deny',
      null
    ],
    [
      'publish on a subtopic',
      'iot:Publish',
      topicArn(scope, 'test/topic/x'),
      'anom_thing_1',
      'implicit-deny',
      null
    ],
    [
      'subscribe with a wildcard filter that covers test/topic',
      'iot:Subscribe',
      topicFilterArn(scope, 'test/#'),
      'anom_thing_1',
      'implicit-deny',
      null
    ],
    [
      'subscribe is not granted by the topic/ resource',
      'iot:Subscribe',
      topicFilterArn(scope, 'test/other'),
      'anom_thing_1',
      'implicit-deny',
      null
    ],
    [
      'retain publish is not granted',
      'iot:RetainPublish',
      topicArn(scope, 'test/topic'),
      'anom_thing_1',
      'implicit-deny',
      null
    ],
    [
      'another account',
      'iot:Publish',
      topicArn({ ...scope, account: '210987654321' }, 'test/topic'),
      'anom_thing_1',
      'implicit-deny',
      null
    ]
  ]
  it.each(cases)('%s', (_, action, resource, clientId, expected, statement) => {
    const decision = authorize([SEED_POLICY], action, resource, connection(clientId))
    expect(decision).toEqual(
      statement === null
        ? { effect: expected }
        : { effect: expected, statement: { policyIndex: 0, statementIndex: statement } }
    )
  })

  it('the Deny wins even when the Allow comes from another attached policy listed first', () => {
    const allowAll = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 'iot:*', Resource: '*' }
    })
    const decision = authorize(
      [allowAll, SEED_POLICY],
      'iot:Connect',
      clientArn(scope, 'baddevice'),
      connection('baddevice')
    )
    expect(decision).toEqual({
      effect: 'explicit-deny',
      statement: { policyIndex: 1, statementIndex: 3 }
    })
  })
})

describe('the least-privilege policy of a simulation run', () => {
  const runId = 'r202612021200abcdef'
  const fleet = { name: 'flood', things: 3, topic: 'ddac/r202612021200abcdef/flood' }
  const policy = fleetPolicy(runId, fleet)

  it.each([0, 1, 2])(
    'thing %i of the run connects, publishes, receives and subscribes on its topic',
    (i) => {
      const id = thingName(runId, fleet.name, i)
      const ctx = connection(id)
      expect(authorize([policy], 'iot:Connect', clientArn(scope, id), ctx)).toMatchObject({
        effect: 'allow',
        statement: { statementIndex: 0 }
      })
      for (const action of ['iot:Publish', 'iot:Receive'] as const)
        expect(authorize([policy], action, topicArn(scope, fleet.topic), ctx)).toMatchObject({
          effect: 'allow',
          statement: { statementIndex: 1 }
        })
      expect(
        authorize([policy], 'iot:Subscribe', topicFilterArn(scope, fleet.topic), ctx)
      ).toMatchObject({ effect: 'allow', statement: { statementIndex: 2 } })
    }
  )

  const id = thingName(runId, fleet.name, 0)
  const denied: [string, IotAction, string, string][] = [
    [
      'a client id of another run',
      'iot:Connect',
      clientArn(scope, thingName('r202612021300abcdef', fleet.name, 0)),
      id
    ],
    ['a client id outside ddac', 'iot:Connect', clientArn(scope, 'anom_thing_1'), 'anom_thing_1'],
    [
      'another simulation of the same run',
      'iot:Connect',
      clientArn(scope, thingName(runId, 'churn', 0)),
      id
    ],
    [
      'a simulation whose name extends this one’s',
      'iot:Connect',
      clientArn(scope, thingName(runId, `${fleet.name}-2`, 0)),
      thingName(runId, `${fleet.name}-2`, 0)
    ],
    ['publish on another topic', 'iot:Publish', topicArn(scope, 'test/topic'), id],
    ['publish on a subtopic of its topic', 'iot:Publish', topicArn(scope, `${fleet.topic}/x`), id],
    ['receive on another topic', 'iot:Receive', topicArn(scope, 'ddac/other'), id],
    [
      'subscribe to a wildcard filter over its topic',
      'iot:Subscribe',
      topicFilterArn(scope, 'ddac/#'),
      id
    ],
    ['retain publish on its topic', 'iot:RetainPublish', topicArn(scope, fleet.topic), id]
  ]
  it.each(denied)('denies %s', (_, action, resource, clientId) => {
    expect(authorize([policy], action, resource, connection(clientId))).toEqual({
      effect: 'implicit-deny'
    })
  })
})
