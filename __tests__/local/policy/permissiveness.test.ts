/**
 * The examples of /work/shared/aws-iot-docs/audit-chk-iot-policy-permissive.md ("AWS IoT policies overly
 * permissive"), with the guide's `region:account-id` placeholders filled in, plus the two policies ddac meets.
 */
import { describe, expect, it } from '@jest/globals'
import {
  OVERLY_PERMISSIVE_REASON,
  permissiveness
} from '../../../src/local/data-plane/policy/permissiveness.js'
import { fleetPolicy } from '../../../src/simulate/provision/provision.js'

const scope = { region: 'us-east-1', account: '123456789012' }
const ARN = 'arn:aws:iot:us-east-1:123456789012'

function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements })
}
const allow = (
  Action: string | string[],
  Resource: string | string[],
  Condition?: object
): object => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...(Condition ? { Condition } : {})
})

const ATTACHED = { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } }
const SHADOW_AND_JOBS = [
  'iot:DeleteThingShadow',
  'iot:GetThingShadow',
  'iot:UpdateThingShadow',
  'iot:DescribeJobExecution',
  'iot:GetPendingJobExecutions',
  'iot:StartNextPendingJobExecution',
  'iot:UpdateJobExecution'
]

describe('noncompliant examples of the guide are flagged, naming the action', () => {
  it.each<[string, string, string]>([
    ['Connect on client/*', policy(allow('iot:Connect', `${ARN}:client/*`)), 'iot:Connect'],
    [
      'Connect on client/${iot:ClientId} without IsAttached',
      policy(allow('iot:Connect', `${ARN}:client/\${iot:ClientId}`)),
      'iot:Connect'
    ],
    [
      'Publish on another device shadow update',
      policy(allow('iot:Publish', `${ARN}:topic/$aws/things/*/shadow/update`)),
      'iot:Publish'
    ],
    [
      'Publish on $aws/things/*',
      policy(allow('iot:Publish', `${ARN}:topic/$aws/things/*`)),
      'iot:Publish'
    ],
    [
      'Subscribe on $aws/things/*',
      policy(allow('iot:Subscribe', `${ARN}:topicfilter/$aws/things/*`)),
      'iot:Subscribe'
    ],
    [
      'Subscribe on the literal filter $aws/things/+/shadow/update',
      policy(allow('iot:Subscribe', `${ARN}:topicfilter/$aws/things/+/shadow/update`)),
      'iot:Subscribe'
    ],
    [
      'Subscribe on the literal filter #',
      policy(allow('iot:Subscribe', `${ARN}:topicfilter/#`)),
      'iot:Subscribe'
    ],
    [
      'shadow and job actions on thing/*',
      policy(allow(SHADOW_AND_JOBS, `${ARN}:thing/*`)),
      'iot:GetThingShadow'
    ],
    ['iot:* on *', policy(allow('iot:*', '*')), 'iot:Connect'],
    [
      'a wildcard region and account',
      policy(allow('iot:Publish', 'arn:aws:iot:*:*:topic/*')),
      'iot:Publish'
    ]
  ])('%s', (_, document, action) => {
    const result = permissiveness(document, scope)
    expect(result).toMatchObject({
      valid: true,
      overlyPermissive: true,
      reasonCode: OVERLY_PERMISSIVE_REASON
    })
    expect(result.grants.map((g) => g.action)).toContain(action)
    expect(result.grants.every((g) => g.statementIndex === 0)).toBe(true)
  })
})

describe('compliant examples of the guide are not flagged', () => {
  it.each<[string, string]>([
    [
      'Connect as the attached thing',
      policy(allow('iot:Connect', `${ARN}:client/\${iot:Connection.Thing.ThingName}`, ATTACHED))
    ],
    [
      'Connect on client/${iot:ClientId} with IsAttached',
      policy(allow('iot:Connect', `${ARN}:client/\${iot:ClientId}`, ATTACHED))
    ],
    [
      'Publish on its own shadow',
      policy(
        allow('iot:Publish', `${ARN}:topic/$aws/things/\${iot:Connection.Thing.ThingName}/shadow/*`)
      )
    ],
    [
      'Subscribe to its own shadow and jobs',
      policy(
        allow('iot:Subscribe', [
          `${ARN}:topicfilter/$aws/things/\${iot:Connection.Thing.ThingName}/shadow/*`,
          `${ARN}:topicfilter/$aws/things/\${iot:Connection.Thing.ThingName}/jobs/*`
        ])
      )
    ],
    ['Receive on $aws/things/*', policy(allow('iot:Receive', `${ARN}:topic/$aws/things/*`))],
    [
      'shadow and job actions on two things',
      policy(allow(SHADOW_AND_JOBS, [`${ARN}:thing/MyThing1`, `${ARN}:thing/MyThing2`]))
    ],
    [
      'iot:* on * only from one network',
      policy(allow('iot:*', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))
    ],
    [
      'iot:* on * in another account',
      policy(allow('iot:*', 'arn:aws:iot:us-east-1:999999999999:*'))
    ],
    [
      'iot:* on * taken back by a Deny',
      policy(allow('iot:*', '*'), { Effect: 'Deny', Action: '*', Resource: '*' })
    ]
  ])('%s', (_, document) => {
    expect(permissiveness(document, scope)).toMatchObject({
      valid: true,
      overlyPermissive: false,
      grants: []
    })
  })
})

describe("ddac's own policies", () => {
  it("the seed's policy is flagged for Connect on client/* (and only that)", () => {
    const seed = policy(
      allow(['iot:Publish', 'iot:Receive'], [`${ARN}:topic/test/topic`]),
      allow(['iot:Subscribe'], [`${ARN}:topicfilter/test/topic`]),
      allow(['iot:Connect'], [`${ARN}:client/*`]),
      { Effect: 'Deny', Action: ['iot:Connect'], Resource: [`${ARN}:client/baddevice`] }
    )
    const result = permissiveness(seed, scope)
    expect(result.overlyPermissive).toBe(true)
    expect(result.grants).toEqual([
      { action: 'iot:Connect', resource: `${ARN}:client/ddac-probe-other`, statementIndex: 2 }
    ])
  })

  it('the least-privilege policy of a simulation run is not flagged', () => {
    const document = fleetPolicy('r202612021200abcdef', {
      name: 'flood',
      things: 2,
      topic: 'ddac/test'
    })
    expect(permissiveness(document, scope)).toMatchObject({
      overlyPermissive: false,
      allActionStatements: []
    })
  })

  it('names the statements that allow every action, and treats an unparsable document as granting nothing', () => {
    expect(
      permissiveness(
        policy(allow('iot:Publish', `${ARN}:topic/a`), allow('iot:*', `${ARN}:topic/b`)),
        scope
      ).allActionStatements
    ).toEqual([1])
    expect(permissiveness('{not json', scope)).toEqual({
      valid: false,
      overlyPermissive: false,
      grants: [],
      allActionStatements: []
    })
  })
})
