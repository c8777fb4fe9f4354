/**
 * Provision one simulation's fleet: a least-privilege policy, the thing group if the file names one that is
 * missing, and per thing a thing, an EC key and CSR made in memory, a certificate from CreateCertificateFromCsr
 * (one shared by all things for `shared-certificate`), the policy on the certificate, the certificate on the
 * thing, and the group membership. Each resource is in the ledger before it is used.
 */
import {
  AddThingToThingGroupCommand,
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateCertificateFromCsrCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DescribeThingGroupCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import pLimit from 'p-limit'
import { allSettledOrThrow, unlessNotFound } from '../../aws/paginate.js'
import { makeDeviceKey } from '../keys.js'
import type { DeviceCredentials } from '../mqtt/connection.js'
import type { Ledger } from './ledger.js'
import {
  CREATED_ATTRIBUTE,
  policyName as policyNameOf,
  RUN_ATTRIBUTE,
  runTags,
  shardIndices,
  simulationPrefix,
  type Shard,
  thingName
} from './marks.js'

export interface FleetSpec {
  /** the simulation's name in the file */
  name: string
  things: number
  /** one certificate for every thing */
  sharedCertificate?: boolean
  thingGroup?: string
  /** the topic the devices may publish and subscribe to */
  topic: string
}

export interface ProvisionedFleet {
  simulation: string
  policyName: string
  /** one per thing; client id = thing name */
  devices: DeviceCredentials[]
  certificateIds: string[]
  /** the group was created by this run (and will be deleted by it) */
  createdGroup?: string
}

export interface ProvisionOptions {
  iot: IoTClient
  runId: string
  fleet: FleetSpec
  ledger: Ledger
  now?: () => number
  /** things provisioned at once; the client paces each operation at its quota */
  concurrency?: number
  onProgress?: (done: number, total: number) => void
  /** provision only this shard's things (a matrix job of several) */
  shard?: Shard
}

/**
 * Connect only as this simulation's things, publish and receive only on its topic. AWS caps a policy document
 * at 2,048 characters, so the client ids are one pattern, not a list: the prefix and a 4-digit index (`?`
 * matches one character; `*` would also admit another simulation whose name extends this one's, `flood-2`).
 */
export function fleetPolicy(runId: string, fleet: FleetSpec): string {
  const topic = fleet.topic
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `arn:aws:iot:*:*:client/${simulationPrefix(runId, fleet.name)}-????`
      },
      {
        Effect: 'Allow',
        Action: ['iot:Publish', 'iot:Receive'],
        Resource: `arn:aws:iot:*:*:topic/${topic}`
      },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `arn:aws:iot:*:*:topicfilter/${topic}` }
    ]
  })
}

async function certificate(
  iot: IoTClient,
  ledger: Ledger,
  subject: string
): Promise<{ id: string; arn: string; pem: string; privateKeyPem: string }> {
  const key = await makeDeviceKey(subject)
  const out = await iot.send(
    new CreateCertificateFromCsrCommand({
      certificateSigningRequest: key.csrPem,
      setAsActive: true
    })
  )
  const cert = { id: out.certificateId!, arn: out.certificateArn! }
  ledger.add({ kind: 'certificate', ...cert })
  return { ...cert, pem: out.certificatePem!, privateKeyPem: key.privateKeyPem }
}

export async function provisionFleet(options: ProvisionOptions): Promise<ProvisionedFleet> {
  const { iot, runId, fleet, ledger } = options
  const now = options.now ?? Date.now
  const policyName = policyNameOf(runId, fleet.name)
  ledger.add({ kind: 'policy', name: policyName })
  await iot.send(
    new CreatePolicyCommand({
      policyName,
      policyDocument: fleetPolicy(runId, fleet),
      tags: runTags(runId, now())
    })
  )
  let createdGroup: string | undefined
  if (fleet.thingGroup) {
    const existing = await unlessNotFound(
      iot.send(new DescribeThingGroupCommand({ thingGroupName: fleet.thingGroup }))
    )
    if (!existing) {
      ledger.add({ kind: 'thingGroup', name: fleet.thingGroup })
      await iot.send(
        new CreateThingGroupCommand({
          thingGroupName: fleet.thingGroup,
          tags: runTags(runId, now())
        })
      )
      createdGroup = fleet.thingGroup
    }
  }
  const shared = fleet.sharedCertificate
    ? await certificate(iot, ledger, `${simulationPrefix(runId, fleet.name)}-shared`)
    : undefined
  if (shared) await iot.send(new AttachPolicyCommand({ policyName, target: shared.arn }))

  const limit = pLimit(options.concurrency ?? 10)
  const indices = shardIndices(fleet.things, options.shard)
  let done = 0
  // Every started thing finishes (or fails) before a failure is reported, so the ledger is complete.
  const devices = await allSettledOrThrow(
    indices.map((i) =>
      limit(async (): Promise<DeviceCredentials & { certificateId: string }> => {
        const name = thingName(runId, fleet.name, i)
        ledger.add({ kind: 'thing', name })
        await iot.send(
          new CreateThingCommand({
            thingName: name,
            attributePayload: {
              attributes: {
                [RUN_ATTRIBUTE]: runId,
                [CREATED_ATTRIBUTE]: String(Math.floor(now() / 1000))
              }
            }
          })
        )
        const cert = shared ?? (await certificate(iot, ledger, name))
        if (!shared) await iot.send(new AttachPolicyCommand({ policyName, target: cert.arn }))
        await iot.send(new AttachThingPrincipalCommand({ thingName: name, principal: cert.arn }))
        if (fleet.thingGroup) {
          ledger.add({ kind: 'membership', group: fleet.thingGroup, thing: name })
          await iot.send(
            new AddThingToThingGroupCommand({ thingGroupName: fleet.thingGroup, thingName: name })
          )
        }
        options.onProgress?.(++done, indices.length)
        return {
          clientId: name,
          certificatePem: cert.pem,
          privateKeyPem: cert.privateKeyPem,
          certificateId: cert.id
        }
      })
    )
  )
  return {
    simulation: fleet.name,
    policyName,
    devices: devices.map(({ certificateId: _id, ...d }) => d),
    certificateIds: [...new Set(devices.map((d) => d.certificateId))],
    ...(createdGroup ? { createdGroup } : {})
  }
}
