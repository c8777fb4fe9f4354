/**
 * AWS scopes an account's IoT resources by region: the emulator keeps one account state per region, taken
 * from the SigV4 credential scope each request is signed with, and a data directory keeps them all.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  DescribeEndpointCommand,
  ListSecurityProfilesCommand
} from '@aws-sdk/client-iot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { signedRegion } from '../../src/local/http/signed-region.js'
import { iotClient, sendRaw } from './helpers/clients.js'

const running: Emulator[] = []
const dirs: string[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  const emu = await startEmulator(options)
  running.push(emu)
  return emu
}

const names = async (iot: ReturnType<typeof iotClient>): Promise<string[]> =>
  ((await iot.send(new ListSecurityProfilesCommand({}))).securityProfileIdentifiers ?? []).map(
    (p) => p.name!
  )

describe('regions', () => {
  test('a client signing for eu-west-1 gets eu-west-1 ARNs and its own resources, apart from us-east-1', async () => {
    const emu = await start()
    const eu = iotClient({ endpoint: emu.endpoint, region: 'eu-west-1' })
    const us = iotClient({ endpoint: emu.endpoint, region: 'us-east-1' })

    const euProfile = await eu.send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
    expect(euProfile.securityProfileArn).toBe(
      'arn:aws:iot:eu-west-1:123456789012:securityprofile/p'
    )
    const euGroup = await eu.send(new CreateThingGroupCommand({ thingGroupName: 'fleet' }))
    expect(euGroup.thingGroupArn).toBe('arn:aws:iot:eu-west-1:123456789012:thinggroup/fleet')
    expect(await names(us)).toEqual([])

    // The same name in another region is another resource, as in AWS.
    const usProfile = await us.send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
    expect(usProfile.securityProfileArn).toBe(
      'arn:aws:iot:us-east-1:123456789012:securityprofile/p'
    )
    expect(await names(eu)).toEqual(['p'])
    expect(Object.keys(emu.state('eu-west-1').data.thingGroups)).toEqual(['fleet'])
    expect(emu.state().data.thingGroups).toEqual({})

    const endpoint = await eu.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }))
    expect(endpoint.endpointAddress).toMatch(/\.iot\.eu-west-1\.amazonaws\.com$/)
  })

  test('a data directory keeps every region across a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-regions-'))
    dirs.push(dir)
    const first = await start({ dataDir: dir })
    await iotClient({ endpoint: first.endpoint, region: 'ap-southeast-2' }).send(
      new CreateSecurityProfileCommand({ securityProfileName: 'sydney' })
    )
    await iotClient(first).send(new CreateSecurityProfileCommand({ securityProfileName: 'home' }))
    await first.stop()

    const second = await start({ dataDir: dir })
    expect(second.region).toBe('us-east-1')
    expect(await names(iotClient({ endpoint: second.endpoint, region: 'ap-southeast-2' }))).toEqual(
      ['sydney']
    )
    expect(await names(iotClient(second))).toEqual(['home'])
  })

  test('a request signed for something that is not a region is refused, saying so', async () => {
    const emu = await start()
    const bad = iotClient({ endpoint: emu.endpoint, region: 'mars' })
    await expect(bad.send(new ListSecurityProfilesCommand({}))).rejects.toThrow(
      /signed for region "mars", which is not an AWS region name/
    )
    // Unsigned requests (curl) act in the home region.
    await iotClient(emu).send(new CreateSecurityProfileCommand({ securityProfileName: 'home' }))
    const raw = await sendRaw(emu.endpoint, 'ListSecurityProfiles', {})
    expect(raw.body.securityProfileIdentifiers).toEqual([
      { name: 'home', arn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/home' }
    ])
    expect(signedRegion(undefined)).toBeUndefined()
  })
})
