/**
 * Fleet provisioning, teardown and cleanup through the real SDK against the emulator: what a run creates is in
 * its ledger before it is used, teardown leaves none of it after success or a failure part-way, cleanup finds
 * a crashed run's leftovers by their marks, and unrelated resources are never touched.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  GetPolicyCommand
} from '@aws-sdk/client-iot'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findLeftovers } from '../../src/simulate/provision/cleanup.js'
import { Ledger, readLedger } from '../../src/simulate/provision/ledger.js'
import {
  gitHubRunId,
  newRunId,
  parseShard,
  runIdOf,
  shardIndices
} from '../../src/simulate/provision/marks.js'
import { provisionFleet } from '../../src/simulate/provision/provision.js'
import { teardown } from '../../src/simulate/provision/teardown.js'
import type { AccountSnapshot } from '../../src/local/store/store.js'
import { account, type Account } from '../reconcile/helpers.js'

const open: Account[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(options: Parameters<typeof account>[0] = {}): Promise<Account> {
  const a = await account(options)
  open.push(a)
  // Resources a run must never touch.
  await a.iot.send(new CreateThingGroupCommand({ thingGroupName: 'users_group' }))
  await a.iot.send(new CreateThingCommand({ thingName: 'users_thing' }))
  await a.iot.send(
    new CreatePolicyCommand({
      policyName: 'users_policy',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iot:Connect', Resource: '*' }]
      })
    })
  )
  const cert = await a.iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true }))
  await a.iot.send(
    new AttachThingPrincipalCommand({ thingName: 'users_thing', principal: cert.certificateArn! })
  )
  return a
}

function ledgerFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ledger-'))
  dirs.push(dir)
  return path.join(dir, 'ledger.jsonl')
}

/** The account's registry as plain data, for "nothing else changed" comparisons. */
function registry(snapshot: AccountSnapshot): unknown {
  return JSON.parse(
    JSON.stringify({
      things: snapshot.data.things,
      thingGroups: snapshot.data.thingGroups,
      policies: snapshot.data.policies,
      certificates: snapshot.data.certificates
    })
  )
}

describe('provision and teardown', () => {
  test('a fleet: one certificate per thing, least-privilege policy, group created; teardown leaves the account as it was', async () => {
    const a = await start()
    const before = registry(a.emu.state())
    const runId = newRunId()
    const file = ledgerFile()
    const ledger = new Ledger(runId, file)
    const fleet = await provisionFleet({
      iot: a.iot,
      runId,
      ledger,
      fleet: { name: 'message-flood', things: 3, thingGroup: 'anom_group', topic: 'test/topic' }
    })
    expect(fleet.devices.map((d) => d.clientId)).toEqual([
      `ddac-${runId}-message-flood-0000`,
      `ddac-${runId}-message-flood-0001`,
      `ddac-${runId}-message-flood-0002`
    ])
    expect(fleet.certificateIds).toHaveLength(3)
    expect(fleet.createdGroup).toBe('anom_group')
    const state = a.emu.state().data
    for (const d of fleet.devices) {
      const thing = state.things[d.clientId]!
      expect(thing.attributes.ddac_run).toBe(runId)
      expect(Object.keys(thing.principals)).toHaveLength(1)
    }
    const doc = JSON.parse(
      (await a.iot.send(new GetPolicyCommand({ policyName: fleet.policyName }))).policyDocument!
    )
    expect(doc.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `arn:aws:iot:*:*:client/ddac-${runId}-message-flood-????`
      },
      {
        Effect: 'Allow',
        Action: ['iot:Publish', 'iot:Receive'],
        Resource: 'arn:aws:iot:*:*:topic/test/topic'
      },
      {
        Effect: 'Allow',
        Action: 'iot:Subscribe',
        Resource: 'arn:aws:iot:*:*:topicfilter/test/topic'
      }
    ])
    // The ledger names everything and holds no key.
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(/PRIVATE KEY/)
    const kinds = readLedger(file).entries.map((e) => e.kind)
    expect(kinds.filter((k) => k === 'certificate')).toHaveLength(3)
    expect(kinds.filter((k) => k === 'thing')).toHaveLength(3)
    expect(kinds).toEqual(expect.arrayContaining(['policy', 'thingGroup', 'membership']))

    const result = await teardown(a.iot, readLedger(file).entries)
    expect(result.failures).toEqual([])
    expect(registry(a.emu.state())).toEqual(before)
  })

  test('shared-certificate: one certificate attached to every thing', async () => {
    const a = await start()
    const runId = newRunId()
    const ledger = new Ledger(runId)
    const fleet = await provisionFleet({
      iot: a.iot,
      runId,
      ledger,
      fleet: { name: 'shared-cert', things: 2, sharedCertificate: true, topic: 't' }
    })
    expect(fleet.certificateIds).toHaveLength(1)
    expect(fleet.devices[0]!.certificatePem).toBe(fleet.devices[1]!.certificatePem)
    const principals = fleet.devices.map((d) =>
      Object.keys(a.emu.state().data.things[d.clientId]!.principals)
    )
    expect(principals[0]).toEqual(principals[1])
    expect((await teardown(a.iot, ledger.list())).failures).toEqual([])
  })

  test('a failure part-way: what was created is in the ledger, and teardown removes all of it', async () => {
    const a = await start({ deny: ['AddThingToThingGroup'] })
    const before = registry(a.emu.state())
    const runId = newRunId()
    const file = ledgerFile()
    await expect(
      provisionFleet({
        iot: a.iot,
        runId,
        ledger: new Ledger(runId, file),
        fleet: { name: 'flood', things: 4, thingGroup: 'users_group', topic: 't' }
      })
    ).rejects.toThrow(/AddThingToThingGroup/)
    expect(registry(a.emu.state())).not.toEqual(before)
    const result = await teardown(a.iot, readLedger(file).entries)
    expect(result.failures).toEqual([])
    expect(registry(a.emu.state())).toEqual(before)
  })
})

describe('cleanup', () => {
  test('finds a crashed run by its marks once older than the bound, and never an unrelated resource', async () => {
    const a = await start()
    const before = registry(a.emu.state())
    const runId = newRunId()
    // The run "crashes": its ledger is lost.
    await provisionFleet({
      iot: a.iot,
      runId,
      ledger: new Ledger(runId),
      fleet: { name: 'lost', things: 2, thingGroup: 'lost_group', topic: 't' }
    })
    const hour = 3_600_000
    const young = await findLeftovers(a.iot, { olderThanMs: 2 * hour })
    expect(young.entries).toEqual([])
    const later = await findLeftovers(a.iot, { olderThanMs: 2 * hour, now: Date.now() + 3 * hour })
    expect(later.runs).toEqual([runId])
    expect(later.entries.map((e) => e.kind).sort()).toEqual(
      ['certificate', 'certificate', 'policy', 'thing', 'thing', 'thingGroup'].sort()
    )
    expect((await teardown(a.iot, later.entries)).failures).toEqual([])
    expect(registry(a.emu.state())).toEqual(before)
  })
})

describe('shards of a matrix', () => {
  test('each shard provisions every n-th thing of the shared run, so names never collide', async () => {
    const a = await start()
    const runId = gitHubRunId('987654321', '2')
    const names = async (shard: string): Promise<string[]> =>
      (
        await provisionFleet({
          iot: a.iot,
          runId,
          ledger: new Ledger(runId),
          shard: parseShard(shard),
          fleet: { name: `sharded-${shard.replace('/', '-')}`, things: 7, topic: 't' }
        })
      ).devices.map((d) => d.clientId.slice(-4))
    expect(await names('1/3')).toEqual(['0000', '0003', '0006'])
    expect(await names('2/3')).toEqual(['0001', '0004'])
    expect(await names('3/3')).toEqual(['0002', '0005'])
    expect(shardIndices(5)).toEqual([0, 1, 2, 3, 4])
    expect(() => parseShard('0/3')).toThrow(/1 ≤ i ≤ n/)
    expect(() => parseShard('4/3')).toThrow(/1 ≤ i ≤ n/)
    expect(runIdOf(`ddac-${runId}-x-0001`)).toBe(runId)
  })
})
