/** Things, thing groups, certificates, policies and principals through the real SDK, with AWS's attach/detach rules. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AddThingToThingGroupCommand,
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DeleteCertificateCommand,
  DeletePolicyCommand,
  DeleteThingCommand,
  DeleteThingGroupCommand,
  UpdateThingGroupCommand,
  DescribeCertificateCommand,
  DescribeEndpointCommand,
  DescribeThingCommand,
  DescribeThingGroupCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  ListAttachedPoliciesCommand,
  ListCertificatesCommand,
  ListPrincipalThingsCommand,
  ListTargetsForPolicyCommand,
  ListThingGroupsCommand,
  ListThingPrincipalsCommand,
  ListThingsCommand,
  ListThingsInThingGroupCommand,
  UpdateCertificateCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'
import { POLICY_DOCUMENT } from './helpers/fixtures.js'

let emu: Emulator
let iot: IoTClient
const arn = (resource: string): string => `arn:aws:iot:${emu.region}:${emu.account}:${resource}`

beforeAll(async () => {
  emu = await startEmulator({ checkOutputs: true })
  iot = iotClient(emu, { maxAttempts: 1 })
})
afterAll(() => emu.stop())

async function error(promise: Promise<unknown>): Promise<{ name: string; status?: number }> {
  try {
    await promise
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } }
    return { name: err.name, status: err.$metadata?.httpStatusCode }
  }
  throw new Error('expected the call to fail')
}

describe('certificates', () => {
  let id: string

  test('keys and certificate come from the emulator CA, the id is the SHA-256 of the DER', async () => {
    const created = await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }))
    id = created.certificateId!
    const cert = new X509Certificate(created.certificatePem!)
    expect(id).toBe(createHash('sha256').update(cert.raw).digest('hex'))
    expect(created.certificateArn).toBe(arn(`cert/${id}`))
    expect(cert.verify(new X509Certificate(emu.caCertificatePem).publicKey)).toBe(true)
    expect(created.keyPair!.PrivateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/)
    const publicFromPrivate = createPublicKey(createPrivateKey(created.keyPair!.PrivateKey!))
    expect(publicFromPrivate.export({ type: 'spki', format: 'pem' })).toBe(
      created.keyPair!.PublicKey
    )
    expect(cert.publicKey.export({ type: 'spki', format: 'pem' })).toBe(created.keyPair!.PublicKey)
    const described = await iot.send(new DescribeCertificateCommand({ certificateId: id }))
    expect(described.certificateDescription).toMatchObject({
      status: 'ACTIVE',
      certificatePem: created.certificatePem
    })
    expect(JSON.stringify(emu.state())).not.toContain('PRIVATE KEY-----\nMII') // the device key is not kept
  })

  test('an ACTIVE certificate, or one attached to a thing or a policy, cannot be deleted', async () => {
    const certArn = arn(`cert/${id}`)
    await iot.send(new CreateThingCommand({ thingName: 'ct' }))
    await iot.send(new AttachThingPrincipalCommand({ thingName: 'ct', principal: certArn }))
    await iot.send(new CreatePolicyCommand({ policyName: 'cp', policyDocument: POLICY_DOCUMENT }))
    await iot.send(new AttachPolicyCommand({ policyName: 'cp', target: certArn }))
    expect(await error(iot.send(new DeleteCertificateCommand({ certificateId: id })))).toEqual({
      name: 'CertificateStateException',
      status: 406
    })
    await iot.send(new UpdateCertificateCommand({ certificateId: id, newStatus: 'INACTIVE' }))
    expect(await error(iot.send(new DeleteCertificateCommand({ certificateId: id })))).toEqual({
      name: 'DeleteConflictException',
      status: 409
    })
    expect(await error(iot.send(new DeleteThingCommand({ thingName: 'ct' })))).toMatchObject({
      name: 'InvalidRequestException'
    })
    await iot.send(new DetachThingPrincipalCommand({ thingName: 'ct', principal: certArn }))
    expect(await error(iot.send(new DeleteCertificateCommand({ certificateId: id })))).toEqual({
      name: 'DeleteConflictException',
      status: 409
    })
    expect(await error(iot.send(new DeletePolicyCommand({ policyName: 'cp' })))).toEqual({
      name: 'DeleteConflictException',
      status: 409
    })
    await iot.send(new DeleteCertificateCommand({ certificateId: id, forceDelete: true }))
    expect(
      await error(iot.send(new DescribeCertificateCommand({ certificateId: id })))
    ).toMatchObject({
      name: 'ResourceNotFoundException',
      status: 404
    })
    expect((await iot.send(new ListTargetsForPolicyCommand({ policyName: 'cp' }))).targets).toEqual(
      []
    )
    await iot.send(new DeletePolicyCommand({ policyName: 'cp' }))
    await iot.send(new DeleteThingCommand({ thingName: 'ct' }))
  })

  test('a revoked certificate stays revoked', async () => {
    const { certificateId } = await iot.send(new CreateKeysAndCertificateCommand({}))
    await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'REVOKED' }))
    expect(
      await error(iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'ACTIVE' })))
    ).toEqual({ name: 'CertificateStateException', status: 406 })
  })

  test('ListCertificates pages with marker/pageSize, newest first unless ascending', async () => {
    const ids = [
      (await iot.send(new CreateKeysAndCertificateCommand({}))).certificateId!,
      (await iot.send(new CreateKeysAndCertificateCommand({}))).certificateId!
    ]
    const all = (await iot.send(new ListCertificatesCommand({}))).certificates!.map(
      (c) => c.certificateId
    )
    const first = await iot.send(new ListCertificatesCommand({ pageSize: 2 }))
    const second = await iot.send(
      new ListCertificatesCommand({ pageSize: 2, marker: first.nextMarker })
    )
    expect([...first.certificates!, ...second.certificates!].map((c) => c.certificateId)).toEqual(
      all
    )
    expect(second.nextMarker).toBeUndefined()
    const ascending = await iot.send(new ListCertificatesCommand({ ascendingOrder: true }))
    expect(ascending.certificates!.map((c) => c.certificateId)).toEqual([...all].reverse())
    expect(all.slice(0, 2).sort()).toEqual([...ids].sort())
  })
})

describe('things and thing groups', () => {
  test('CreateThing with the same configuration succeeds again; a different one is ResourceAlreadyExists', async () => {
    const a = await iot.send(
      new CreateThingCommand({ thingName: 'th', attributePayload: { attributes: { run: 'r1' } } })
    )
    const b = await iot.send(
      new CreateThingCommand({ thingName: 'th', attributePayload: { attributes: { run: 'r1' } } })
    )
    expect(b.thingId).toBe(a.thingId)
    expect(
      await error(
        iot.send(
          new CreateThingCommand({
            thingName: 'th',
            attributePayload: { attributes: { run: 'r2' } }
          })
        )
      )
    ).toEqual({ name: 'ResourceAlreadyExistsException', status: 409 })
    expect(await iot.send(new DescribeThingCommand({ thingName: 'th' }))).toMatchObject({
      thingName: 'th',
      thingArn: arn('thing/th'),
      defaultClientId: 'th',
      attributes: { run: 'r1' },
      version: 1
    })
  })

  test('ListThings filters by attribute, exactly or by prefix', async () => {
    await iot.send(
      new CreateThingCommand({ thingName: 'th2', attributePayload: { attributes: { run: 'r10' } } })
    )
    const exact = await iot.send(
      new ListThingsCommand({ attributeName: 'run', attributeValue: 'r1' })
    )
    expect(exact.things!.map((t) => t.thingName)).toEqual(['th'])
    const prefix = await iot.send(
      new ListThingsCommand({
        attributeName: 'run',
        attributeValue: 'r1',
        usePrefixAttributeValue: true
      })
    )
    expect(prefix.things!.map((t) => t.thingName)).toEqual(['th', 'th2'])
  })

  test('groups nest; membership lists recursively; a group with children cannot be deleted', async () => {
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'root' }))
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'leaf', parentGroupName: 'root' }))
    expect(await iot.send(new DescribeThingGroupCommand({ thingGroupName: 'leaf' }))).toMatchObject(
      {
        thingGroupArn: arn('thinggroup/leaf'),
        thingGroupMetadata: {
          parentGroupName: 'root',
          rootToParentThingGroups: [{ groupName: 'root' }]
        }
      }
    )
    await iot.send(
      new AddThingToThingGroupCommand({
        thingGroupArn: arn('thinggroup/leaf'),
        thingArn: arn('thing/th')
      })
    )
    const direct = await iot.send(new ListThingsInThingGroupCommand({ thingGroupName: 'root' }))
    expect(direct.things).toEqual([])
    const recursive = await iot.send(
      new ListThingsInThingGroupCommand({ thingGroupName: 'root', recursive: true })
    )
    expect(recursive.things).toEqual(['th'])
    expect(
      await error(
        iot.send(new AddThingToThingGroupCommand({ thingGroupName: 'root', thingName: 'th' }))
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    const children = await iot.send(new ListThingGroupsCommand({ parentGroup: 'root' }))
    expect(children.thingGroups!.map((g) => g.groupName)).toEqual(['leaf'])
    expect(
      await error(iot.send(new DeleteThingGroupCommand({ thingGroupName: 'root' })))
    ).toMatchObject({
      name: 'InvalidRequestException'
    })
    expect(
      await error(
        iot.send(new DeleteThingGroupCommand({ thingGroupName: 'leaf', expectedVersion: 7 }))
      )
    ).toEqual({ name: 'VersionConflictException', status: 409 })
    await iot.send(new DeleteThingGroupCommand({ thingGroupName: 'leaf' }))
    await iot.send(new DeleteThingGroupCommand({ thingGroupName: 'leaf' })) // idempotent
    await iot.send(new DeleteThingGroupCommand({ thingGroupName: 'root' }))
    expect(emu.state().data.things.th!.groups).toEqual([])
  })

  test('UpdateThingGroup with expectedVersion is a compare-and-swap; a changed group cannot be created again', async () => {
    await iot.send(
      new CreateThingGroupCommand({
        thingGroupName: 'cas',
        thingGroupProperties: { thingGroupDescription: 'first' }
      })
    )
    const update = (description: string, expectedVersion: number) =>
      iot.send(
        new UpdateThingGroupCommand({
          thingGroupName: 'cas',
          thingGroupProperties: { thingGroupDescription: description },
          expectedVersion
        })
      )
    expect(await update('second', 1)).toMatchObject({ version: 2 })
    // A second writer that read version 1 loses, and changes nothing.
    expect(await error(update('third', 1))).toEqual({
      name: 'VersionConflictException',
      status: 409
    })
    const read = await iot.send(new DescribeThingGroupCommand({ thingGroupName: 'cas' }))
    expect(read).toMatchObject({
      version: 2,
      thingGroupProperties: { thingGroupDescription: 'second' }
    })
    expect(
      await error(
        iot.send(
          new CreateThingGroupCommand({
            thingGroupName: 'cas',
            thingGroupProperties: { thingGroupDescription: 'first' }
          })
        )
      )
    ).toMatchObject({ name: 'ResourceAlreadyExistsException' })
    expect(
      await error(
        iot.send(new UpdateThingGroupCommand({ thingGroupName: 'gone', thingGroupProperties: {} }))
      )
    ).toMatchObject({ name: 'ResourceNotFoundException' })
  })

  test('DeleteThing of a missing thing succeeds', async () => {
    const answer = await iot.send(new DeleteThingCommand({ thingName: 'never-was' }))
    expect(answer.$metadata.httpStatusCode).toBe(200)
  })
})

describe('principals and policies', () => {
  test('an exclusive principal belongs to one thing; both directions list the attachment', async () => {
    const { certificateArn } = await iot.send(new CreateKeysAndCertificateCommand({}))
    await iot.send(new CreateThingCommand({ thingName: 'p1' }))
    await iot.send(new CreateThingCommand({ thingName: 'p2' }))
    await iot.send(
      new AttachThingPrincipalCommand({
        thingName: 'p1',
        principal: certificateArn,
        thingPrincipalType: 'EXCLUSIVE_THING'
      })
    )
    expect(
      await error(
        iot.send(new AttachThingPrincipalCommand({ thingName: 'p2', principal: certificateArn }))
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    expect(
      (await iot.send(new ListThingPrincipalsCommand({ thingName: 'p1' }))).principals
    ).toEqual([certificateArn])
    expect(
      (await iot.send(new ListPrincipalThingsCommand({ principal: certificateArn }))).things
    ).toEqual(['p1'])
    expect(
      await error(
        iot.send(
          new AttachThingPrincipalCommand({
            thingName: 'p2',
            principal: arn('cert/' + 'a'.repeat(64))
          })
        )
      )
    ).toEqual({ name: 'ResourceNotFoundException', status: 404 })
  })

  test('policies: malformed documents, group targets, recursive attached policies, idempotent detach', async () => {
    expect(
      await error(
        iot.send(new CreatePolicyCommand({ policyName: 'bad', policyDocument: '{"Statement": 1' }))
      )
    ).toEqual({ name: 'MalformedPolicyException', status: 400 })
    await iot.send(new CreatePolicyCommand({ policyName: 'gp', policyDocument: POLICY_DOCUMENT }))
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'pg' }))
    await iot.send(
      new CreateThingGroupCommand({ thingGroupName: 'pg-child', parentGroupName: 'pg' })
    )
    await iot.send(new AttachPolicyCommand({ policyName: 'gp', target: arn('thinggroup/pg') }))
    const own = await iot.send(
      new ListAttachedPoliciesCommand({ target: arn('thinggroup/pg-child') })
    )
    expect(own.policies).toEqual([])
    const inherited = await iot.send(
      new ListAttachedPoliciesCommand({ target: arn('thinggroup/pg-child'), recursive: true })
    )
    expect(inherited.policies).toEqual([{ policyName: 'gp', policyArn: arn('policy/gp') }])
    await iot.send(new DetachPolicyCommand({ policyName: 'gp', target: arn('thinggroup/pg') }))
    await iot.send(new DetachPolicyCommand({ policyName: 'gp', target: arn('thinggroup/pg') }))
    await iot.send(new DeletePolicyCommand({ policyName: 'gp' }))
    expect(await error(iot.send(new DeletePolicyCommand({ policyName: 'gp' })))).toEqual({
      name: 'ResourceNotFoundException',
      status: 404
    })
  })

  test('more than 10 policies on one target is LimitExceededException', async () => {
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'many' }))
    for (let i = 0; i < 10; i++) {
      await iot.send(
        new CreatePolicyCommand({ policyName: `m${i}`, policyDocument: POLICY_DOCUMENT })
      )
      await iot.send(
        new AttachPolicyCommand({ policyName: `m${i}`, target: arn('thinggroup/many') })
      )
    }
    await iot.send(new CreatePolicyCommand({ policyName: 'm10', policyDocument: POLICY_DOCUMENT }))
    expect(
      await error(
        iot.send(new AttachPolicyCommand({ policyName: 'm10', target: arn('thinggroup/many') }))
      )
    ).toEqual({ name: 'LimitExceededException', status: 410 })
  })
})

test('DescribeEndpoint answers one account-specific address per type', async () => {
  const ats = await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }))
  expect(ats.endpointAddress).toMatch(/^[a-f0-9]{14}-ats\.iot\.us-east-1\.amazonaws\.com$/)
  expect(
    (await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }))).endpointAddress
  ).toBe(ats.endpointAddress)
  expect(
    await error(iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Nope' })))
  ).toMatchObject({
    name: 'InvalidRequestException'
  })
})
