/**
 * The policy a simulation run provisions, as the emulator stores it: provisionFleet through the real SDK, then
 * what the broker will read for each connection (the certificate's attached policies and default versions, the
 * thing named by the client id and whether the certificate is attached to it), evaluated for the run's devices
 * and for others.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DescribeCertificateCommand,
  DescribeThingCommand,
  GetPolicyCommand,
  type IoTClient,
  ListAttachedPoliciesCommand,
  ListThingPrincipalsCommand
} from '@aws-sdk/client-iot'
import {
  authorize,
  clientArn,
  type AuthContext,
  type IotAction,
  topicArn,
  topicFilterArn
} from '../../../src/local/data-plane/policy/evaluate.js'
import { Ledger } from '../../../src/simulate/provision/ledger.js'
import { thingName } from '../../../src/simulate/provision/marks.js'
import { provisionFleet, type ProvisionedFleet } from '../../../src/simulate/provision/provision.js'
import { account, type Account } from '../../reconcile/helpers.js'

const runId = 'r202612021200abcdef'
const TOPIC = 'ddac/e2e/telemetry'

async function policiesOf(iot: IoTClient, certificateArn: string): Promise<string[]> {
  const attached = await iot.send(new ListAttachedPoliciesCommand({ target: certificateArn }))
  return Promise.all(
    (attached.policies ?? []).map(
      async (p) =>
        (await iot.send(new GetPolicyCommand({ policyName: p.policyName! }))).policyDocument!
    )
  )
}

/** the connection of a client presenting this certificate with this client id, as the registry describes it */
async function connectionOf(
  iot: IoTClient,
  clientId: string,
  certificateArn: string
): Promise<AuthContext> {
  const [, , , region, accountId] = certificateArn.split(':')
  const base = {
    clientId,
    certificateId: certificateArn.split('/')[1]!,
    region: region!,
    account: accountId!
  }
  const thing = await iot
    .send(new DescribeThingCommand({ thingName: clientId }))
    .catch(() => undefined)
  if (!thing) return { ...base, thingIsAttached: false }
  const principals = await iot.send(new ListThingPrincipalsCommand({ thingName: clientId }))
  return {
    ...base,
    thingName: clientId,
    thingIsAttached: (principals.principals ?? []).includes(certificateArn),
    thingAttributes: thing.attributes ?? {}
  }
}

let a: Account
let fleet: ProvisionedFleet
let certificateArns: string[]
let documents: string[]

beforeAll(async () => {
  a = await account()
  fleet = await provisionFleet({
    iot: a.iot,
    runId,
    ledger: new Ledger(runId),
    fleet: { name: 'flood', things: 2, topic: TOPIC }
  })
  certificateArns = await Promise.all(
    fleet.certificateIds.map(
      async (certificateId) =>
        (await a.iot.send(new DescribeCertificateCommand({ certificateId })))
          .certificateDescription!.certificateArn!
    )
  )
  documents = await policiesOf(a.iot, certificateArns[0]!)
})
afterAll(async () => a?.close())

describe('the provisioned least-privilege policy, read back from the emulator', () => {
  it('is the one policy on each device certificate', async () => {
    expect(documents).toHaveLength(1)
    expect(await policiesOf(a.iot, certificateArns[1]!)).toEqual(documents)
  })

  it.each([0, 1])(
    'device %i connects, publishes, receives and subscribes on the run topic',
    async (i) => {
      const device = fleet.devices[i]!
      const ctx = await connectionOf(a.iot, device.clientId, certificateArns[i]!)
      expect(ctx.thingIsAttached).toBe(true)
      const asks: [IotAction, string][] = [
        ['iot:Connect', clientArn(ctx, device.clientId)],
        ['iot:Publish', topicArn(ctx, TOPIC)],
        ['iot:Receive', topicArn(ctx, TOPIC)],
        ['iot:Subscribe', topicFilterArn(ctx, TOPIC)]
      ]
      expect(
        asks.map(([action, resource]) => authorize(documents, action, resource, ctx).effect)
      ).toEqual(['allow', 'allow', 'allow', 'allow'])
    }
  )

  it.each<[string, string, IotAction, (ctx: AuthContext) => string]>([
    [
      'another client id',
      'not-in-the-fleet',
      'iot:Connect',
      (c) => clientArn(c, 'not-in-the-fleet')
    ],
    [
      'a thing of another run',
      thingName('r202612021300abcdef', 'flood', 0),
      'iot:Connect',
      (c) => clientArn(c, c.clientId)
    ],
    [
      'another topic',
      thingName(runId, 'flood', 0),
      'iot:Publish',
      (c) => topicArn(c, 'ddac/e2e/other')
    ],
    [
      'a wildcard subscription',
      thingName(runId, 'flood', 0),
      'iot:Subscribe',
      (c) => topicFilterArn(c, 'ddac/e2e/#')
    ],
    [
      'a retained publish',
      thingName(runId, 'flood', 0),
      'iot:RetainPublish',
      (c) => topicArn(c, TOPIC)
    ]
  ])('denies %s', async (_, clientId, action, resource) => {
    const ctx = await connectionOf(a.iot, clientId, certificateArns[0]!)
    expect(authorize(documents, action, resource(ctx), ctx)).toEqual({ effect: 'implicit-deny' })
  })
})
