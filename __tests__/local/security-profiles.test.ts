/** Security profile semantics through the real SDK: versions, update rules, idempotent delete, targets, paging. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  DetachSecurityProfileCommand,
  ListSecurityProfilesCommand,
  ListSecurityProfilesForTargetCommand,
  ListTagsForResourceCommand,
  ListTargetsForSecurityProfileCommand,
  TagResourceCommand,
  UpdateSecurityProfileCommand,
  ValidateSecurityProfileBehaviorsCommand,
  paginateListSecurityProfiles,
  type Behavior,
  type IoTClient
} from '@aws-sdk/client-iot'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'

let emu: Emulator
let iot: IoTClient
const arn = (resource: string): string => `arn:aws:iot:${emu.region}:${emu.account}:${resource}`

const rule = (name: string, count = 10): Behavior => ({
  name,
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'greater-than', value: { count }, durationSeconds: 300 }
})

beforeAll(async () => {
  emu = await startEmulator({ checkOutputs: true })
  iot = iotClient(emu)
})
afterAll(() => emu.stop())

async function error(
  promise: Promise<unknown>
): Promise<{ name: string; status?: number; attempts?: number }> {
  try {
    await promise
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }
    return {
      name: err.name,
      status: err.$metadata?.httpStatusCode,
      attempts: err.$metadata?.attempts
    }
  }
  throw new Error('expected the call to fail')
}

describe('versions', () => {
  test('create is version 1, each update adds 1, and a stale expectedVersion is a 409', async () => {
    const created = await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'v' }))
    expect(created).toMatchObject({
      securityProfileName: 'v',
      securityProfileArn: arn('securityprofile/v')
    })
    expect(
      (await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'v' }))).version
    ).toBe(1)
    const updated = await iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'v',
        securityProfileDescription: 'a',
        expectedVersion: 1
      })
    )
    expect(updated.version).toBe(2)
    expect(
      await error(
        iot.send(
          new UpdateSecurityProfileCommand({
            securityProfileName: 'v',
            securityProfileDescription: 'b',
            expectedVersion: 1
          })
        )
      )
    ).toMatchObject({ name: 'VersionConflictException', status: 409 })
    expect(
      await error(
        iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'v', expectedVersion: 1 }))
      )
    ).toMatchObject({ name: 'VersionConflictException', status: 409 })
    const described = await iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'v' })
    )
    expect(described).toMatchObject({ version: 2, securityProfileDescription: 'a' })
    expect(described.lastModifiedDate!.getTime()).toBeGreaterThanOrEqual(
      described.creationDate!.getTime()
    )
  })

  test('without expectedVersion the last writer wins', async () => {
    await iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'v',
        securityProfileDescription: 'c'
      })
    )
    const d = await iot.send(new DescribeSecurityProfileCommand({ securityProfileName: 'v' }))
    expect(d).toMatchObject({ version: 3, securityProfileDescription: 'c' })
  })

  test('a second create is ResourceAlreadyExistsException', async () => {
    expect(
      await error(iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'v' })))
    ).toMatchObject({
      name: 'ResourceAlreadyExistsException',
      status: 409
    })
  })
})

describe('update', () => {
  const name = 'upd'
  const describeIt = async (): Promise<Record<string, unknown>> =>
    (await iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: name })
    )) as unknown as Record<string, unknown>
  const update = (
    input: Omit<
      ConstructorParameters<typeof UpdateSecurityProfileCommand>[0],
      'securityProfileName'
    >
  ) => iot.send(new UpdateSecurityProfileCommand({ securityProfileName: name, ...input }))

  beforeAll(async () => {
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: name,
        securityProfileDescription: 'first',
        behaviors: [rule('a')],
        alertTargets: {
          SNS: {
            alertTargetArn: 'arn:aws:sns:us-east-1:123456789012:t',
            roleArn: 'arn:aws:iam::123456789012:role/r'
          }
        },
        additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }]
      })
    )
  })

  test('leaves omitted members alone', async () => {
    await update({ securityProfileDescription: 'second' })
    expect(await describeIt()).toMatchObject({
      securityProfileDescription: 'second',
      behaviors: [rule('a')],
      alertTargets: { SNS: expect.anything() },
      additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }],
      additionalMetricsToRetain: ['aws:num-disconnects']
    })
    await update({ behaviors: [rule('b', 20)] })
    expect(await describeIt()).toMatchObject({
      securityProfileDescription: 'second',
      behaviors: [rule('b', 20)]
    })
  })

  test('an empty list does not clear one; the delete flags do', async () => {
    await update({ behaviors: [], additionalMetricsToRetainV2: [] })
    expect(await describeIt()).toMatchObject({
      behaviors: [rule('b', 20)],
      additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }]
    })
    await update({
      deleteBehaviors: true,
      deleteAlertTargets: true,
      deleteAdditionalMetricsToRetain: true
    })
    const d = await describeIt()
    expect(d.behaviors).toBeUndefined()
    expect(d.alertTargets).toBeUndefined()
    expect(d.additionalMetricsToRetainV2).toBeUndefined()
    expect(d.securityProfileDescription).toBe('second')
  })

  test('a delete flag together with the list it deletes is InvalidRequestException', async () => {
    expect(await error(update({ deleteBehaviors: true, behaviors: [rule('c')] }))).toMatchObject({
      name: 'InvalidRequestException',
      status: 400
    })
  })

  test('a missing profile is ResourceNotFoundException', async () => {
    expect(
      await error(
        iot.send(
          new UpdateSecurityProfileCommand({
            securityProfileName: 'nope',
            securityProfileDescription: 'x'
          })
        )
      )
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 })
  })

  test('behaviors are checked against metrics and dimensions the account has', async () => {
    const invalid = await error(update({ behaviors: [{ name: 'x', metric: 'my-custom-metric' }] }))
    expect(invalid).toMatchObject({ name: 'InvalidRequestException' })
    const v = await iot.send(
      new ValidateSecurityProfileBehaviorsCommand({
        behaviors: [
          rule('dup'),
          rule('dup'),
          {
            name: 'ml',
            metric: 'aws:source-ip-address',
            criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } }
          },
          {
            name: 'win',
            metric: 'aws:num-messages-sent',
            criteria: { comparisonOperator: 'greater-than', value: { count: 1 } }
          }
        ]
      })
    )
    expect(v.valid).toBe(false)
    expect(v.validationErrors).toHaveLength(3)
  })
})

describe('targets and tags have their own APIs', () => {
  beforeAll(async () => {
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'tg' }))
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'tt',
        tags: [{ Key: 'team', Value: 'iot' }]
      })
    )
  })

  test('describe carries neither; the listings do, in both directions', async () => {
    const d = (await iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'tt' })
    )) as unknown as Record<string, unknown>
    expect(d.tags).toBeUndefined()
    expect(d.targets).toBeUndefined()
    await iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'tt',
        securityProfileTargetArn: arn('thinggroup/tg')
      })
    )
    await iot.send(
      new AttachSecurityProfileCommand({
        securityProfileName: 'tt',
        securityProfileTargetArn: arn('all/registered-things')
      })
    )
    const targets = await iot.send(
      new ListTargetsForSecurityProfileCommand({ securityProfileName: 'tt' })
    )
    expect(targets.securityProfileTargets).toEqual([
      { arn: arn('all/registered-things') },
      { arn: arn('thinggroup/tg') }
    ])
    const forTarget = await iot.send(
      new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: arn('thinggroup/tg') })
    )
    expect(forTarget.securityProfileTargetMappings).toEqual([
      {
        securityProfileIdentifier: { name: 'tt', arn: arn('securityprofile/tt') },
        target: { arn: arn('thinggroup/tg') }
      }
    ])
    const tags = await iot.send(
      new ListTagsForResourceCommand({ resourceArn: arn('securityprofile/tt') })
    )
    expect(tags.tags).toEqual([{ Key: 'team', Value: 'iot' }])
    await iot.send(
      new TagResourceCommand({
        resourceArn: arn('securityprofile/tt'),
        tags: [{ Key: 'env', Value: 'ci' }]
      })
    )
    await iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'tt',
        securityProfileDescription: 'x'
      })
    )
    const after = await iot.send(
      new ListTagsForResourceCommand({ resourceArn: arn('securityprofile/tt') })
    )
    expect(after.tags).toEqual([
      { Key: 'env', Value: 'ci' },
      { Key: 'team', Value: 'iot' }
    ])
    await iot.send(
      new DetachSecurityProfileCommand({
        securityProfileName: 'tt',
        securityProfileTargetArn: arn('thinggroup/tg')
      })
    )
    const left = await iot.send(
      new ListTargetsForSecurityProfileCommand({ securityProfileName: 'tt' })
    )
    expect(left.securityProfileTargets).toEqual([{ arn: arn('all/registered-things') }])
  })

  test('a target that does not exist or is no target is refused', async () => {
    expect(
      await error(
        iot.send(
          new AttachSecurityProfileCommand({
            securityProfileName: 'tt',
            securityProfileTargetArn: arn('thinggroup/none')
          })
        )
      )
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 })
    expect(
      await error(
        iot.send(
          new AttachSecurityProfileCommand({
            securityProfileName: 'tt',
            securityProfileTargetArn: arn('thing/t')
          })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException', status: 400 })
  })

  test('a 6th profile on one target is LimitExceededException 410, which the SDK retries', async () => {
    const target = arn('all/unregistered-things')
    for (let i = 0; i < 5; i++) {
      await iot.send(new CreateSecurityProfileCommand({ securityProfileName: `lim${i}` }))
      await iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: `lim${i}`,
          securityProfileTargetArn: target
        })
      )
    }
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'lim5' }))
    const before = emu.requests().length
    const err = await error(
      iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: 'lim5',
          securityProfileTargetArn: target
        })
      )
    )
    expect(err).toMatchObject({ name: 'LimitExceededException', status: 410, attempts: 3 })
    const attempts = emu.requests().slice(before)
    expect(attempts).toEqual(
      Array(3).fill({
        operation: 'AttachSecurityProfile',
        status: 410,
        error: 'LimitExceededException'
      })
    )
    const mapped = await iot.send(
      new ListSecurityProfilesForTargetCommand({ securityProfileTargetArn: target })
    )
    expect(mapped.securityProfileTargetMappings).toHaveLength(5)
  })

  test('deleting a profile removes its targets and tags; deleting it again succeeds', async () => {
    await iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'tt' }))
    await iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'tt' }))
    const s = emu.state()
    expect(s.data.securityProfiles.tt).toBeUndefined()
    expect(s.data.profileTargets.tt).toBeUndefined()
    expect(s.data.tags[arn('securityprofile/tt')]).toBeUndefined()
    expect(
      await error(
        iot.send(new ListTagsForResourceCommand({ resourceArn: arn('securityprofile/tt') }))
      )
    ).toMatchObject({ name: 'ResourceNotFoundException' })
  })
})

describe('paging', () => {
  test('600 profiles page through with opaque tokens and the model limits', async () => {
    const paged = await startEmulator()
    const client = iotClient(paged)
    try {
      const names = Array.from({ length: 600 }, (_, i) => `p${String(i).padStart(3, '0')}`)
      for (let i = 0; i < names.length; i += 50)
        await Promise.all(
          names
            .slice(i, i + 50)
            .map((n) => client.send(new CreateSecurityProfileCommand({ securityProfileName: n })))
        )
      const seen: string[] = []
      let pages = 0
      for await (const page of paginateListSecurityProfiles({ client, pageSize: 250 }, {})) {
        pages++
        seen.push(...page.securityProfileIdentifiers!.map((p) => p.name!))
      }
      expect(pages).toBe(3)
      expect(seen).toEqual(names)
      const first = await client.send(new ListSecurityProfilesCommand({}))
      expect(first.securityProfileIdentifiers).toHaveLength(25)
      expect(first.nextToken).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
      const tooBig = await error(client.send(new ListSecurityProfilesCommand({ maxResults: 251 })))
      expect(tooBig).toMatchObject({ name: 'InvalidRequestException', status: 400 })
      const forged = await error(
        client.send(new ListSecurityProfilesCommand({ nextToken: 'not-a-token' }))
      )
      expect(forged).toMatchObject({ name: 'InvalidRequestException', status: 400 })
      // A token from one listing is no good for another.
      const other = await error(
        client.send(
          new ListTargetsForSecurityProfileCommand({
            securityProfileName: 'p000',
            nextToken: first.nextToken
          })
        )
      )
      expect(other).toMatchObject({ name: 'InvalidRequestException' })
    } finally {
      await paged.stop()
    }
  })
})
