/**
 * Concurrent applies to one account: two files that claim the same names never split ownership between
 * them, whatever the interleaving; the lease that serializes them names its holder, expires, and goes when
 * apply ends.
 */
import { describe, expect, test } from '@jest/globals'
import {
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  ListTagsForResourceCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createIotClient } from '../../src/aws/client.js'
import { acquireLease, LeaseHeldError, readLease } from '../../src/resources/lease.js'
import { applyCommand, planCommand, type ApplyOutcome } from '../../src/commands/reconcile.js'
import { MANAGED_BY_TAG } from '../../src/resources/tags.js'
import { cli, EXIT } from '../../src/cli/cli.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { account, profile } from './helpers.js'

const YAML = `
version: 1
customMetrics:
  - metricName: batteryPercentage
    metricType: number
securityProfiles:
  - securityProfileName: Battery_profile
    behaviors:
      - name: battery-low
        metric: batteryPercentage
        criteria:
          comparisonOperator: less-than
          value: { number: 15 }
  - securityProfileName: Flood_profile
    behaviors:
      - name: big-messages
        metric: aws:message-byte-size
        criteria:
          comparisonOperator: greater-than
          value: { count: 1024 }
`
const FILE = profile(YAML)
const FILES = ['octo/a:dd.yml', 'octo/b:dd.yml']

const client = (emu: Emulator): IoTClient =>
  createIotClient({ endpoint: emu.endpoint, region: emu.region, local: true, pace: false })

async function owner(iot: IoTClient, emu: Emulator, resource: string): Promise<string | undefined> {
  const arn = `arn:aws:iot:${emu.region}:${emu.account}:${resource}`
  const { tags } = await iot.send(new ListTagsForResourceCommand({ resourceArn: arn }))
  return tags?.find((t) => t.Key === MANAGED_BY_TAG)?.Value
}

/** Whether an apply converged, and why not: it was refused (a held lock, resources of another file) or failed. */
async function attempt(run: Promise<ApplyOutcome>): Promise<{ converged: boolean; why: string[] }> {
  try {
    const o = await run
    expect(o.converged || o.result.applied.length === 0).toBe(true)
    return {
      converged: o.converged,
      why: [...(o.refused ?? []), ...o.result.failed.map((f) => f.error)]
    }
  } catch (e) {
    return { converged: false, why: [(e as Error).message] }
  }
}

describe('two files applied at the same time', () => {
  test('10 rounds: one file owns everything, the other is refused, never a split', async () => {
    for (let round = 0; round < 10; round++) {
      // Jitter lets one apply's requests overtake the other's, as on a network: without a lock, about half
      // the rounds end with the profiles and the metric split between the two files.
      const emu = await startEmulator({ latencyMs: 2, jitterMs: 20, seed: round })
      const clients = FILES.map(() => client(emu))
      try {
        const outcomes = await Promise.all(
          FILES.map((identity, i) =>
            attempt(applyCommand({ iot: clients[i]!, profile: FILE, identity, prune: false }))
          )
        )
        const owners = [
          await owner(clients[0]!, emu, 'securityprofile/Battery_profile'),
          await owner(clients[0]!, emu, 'securityprofile/Flood_profile'),
          await owner(clients[0]!, emu, 'custommetric/batteryPercentage')
        ]
        const winner = outcomes.findIndex((o) => o.converged)
        expect({ round, owners, converged: outcomes.map((o) => o.converged) }).toEqual({
          round,
          owners: owners.map(() => FILES[winner]),
          converged: FILES.map((_, i) => i === winner)
        })
        expect(outcomes[1 - winner]!.why.join('\n')).toMatch(
          /^apply is locked by octo\/[ab]:dd.yml \(host .+ pid \d+\) since 20\d\d-|is managed by/
        )
        // The lease went with the apply that held it.
        expect(emu.state().data.thingGroups).toEqual({})
      } finally {
        for (const c of clients) c.destroy()
        await emu.stop()
      }
    }
  }, 60_000)
})

describe('the lease', () => {
  const LOCK = 'ddac-lock-us-east-1'
  const GITHUB = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/devices',
    GITHUB_RUN_ID: '42'
  }

  test('an expired lease is taken over by exactly one of two takers; the old holder cannot release it', async () => {
    const a = await account()
    const clients = [client(a.emu), client(a.emu)]
    try {
      const t0 = Date.parse('2026-12-02T08:00:00Z')
      // Any identity fits the description AWS allows (printable ASCII), and reads back as it was.
      const old = await acquireLease(a.iot, {
        identity: 'octo/gerät:dd.yml',
        ttlMs: 60_000,
        now: () => t0
      })
      expect((await readLease(a.iot))?.holder.identity).toBe('octo/gerät:dd.yml')
      const later = (): number => t0 + 61_000
      const takers = await Promise.allSettled(
        ['octo/b:dd.yml', 'octo/c:dd.yml'].map((identity, i) =>
          acquireLease(clients[i]!, { identity, ttlMs: 60_000, now: later, env: GITHUB })
        )
      )
      const won = takers.flatMap((t) => (t.status === 'fulfilled' ? [t.value] : []))
      const lost = takers.flatMap((t) => (t.status === 'rejected' ? [t.reason as Error] : []))
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect(lost[0]).toBeInstanceOf(LeaseHeldError)
      expect(lost[0]!.message).toBe(
        `apply is locked by ${won[0]!.holder.identity} (run https://github.com/octo/devices/actions/runs/42, host ${won[0]!.holder.host.split(' ')[0]} pid ${process.pid}) since 2026-12-02T08:01:01.000Z, until 2026-12-02T08:02:01.000Z unless it is renewed; nothing was changed. Run apply again once it has finished; a lock whose holder is gone expires by itself, or delete the thing group ${LOCK}.`
      )
      // The holder whose lease expired finds it is not its own any more, and leaves it.
      expect(await old.release()).toBeUndefined()
      expect((await readLease(a.iot))?.holder.token).toBe(won[0]!.holder.token)
      await won[0]!.release()
      expect(await readLease(a.iot)).toBeUndefined()
    } finally {
      for (const c of clients) c.destroy()
      await a.close()
    }
  })

  test('held while apply runs: renewed before it expires, lost when someone deletes it', async () => {
    const a = await account()
    try {
      const lease = await acquireLease(a.iot, { identity: 'octo/a:dd.yml', ttlMs: 300 })
      await sleep(700) // past its first expiry: renewed meanwhile
      await expect(acquireLease(a.iot, { identity: 'octo/b:dd.yml' })).rejects.toThrow(
        /^apply is locked by octo\/a:dd.yml /
      )
      expect((await readLease(a.iot))!.version).toBeGreaterThan(1)
      expect(lease.lost.aborted).toBe(false)
      await a.iot.send(new DeleteThingGroupCommand({ thingGroupName: LOCK }))
      await sleep(200)
      expect(lease.lost.aborted).toBe(true)
      expect(await lease.release()).toBe(
        `the lock ${LOCK} was taken over or deleted while apply ran`
      )
    } finally {
      await a.close()
    }
  })

  test('released after an apply that failed and after one that was cancelled', async () => {
    const a = await account({ deny: ['CreateSecurityProfile'], latencyMs: 5 })
    const stop = new AbortController()
    const gated = createIotClient({
      endpoint: a.emu.endpoint,
      region: a.emu.region,
      local: true,
      pace: false,
      stop: stop.signal
    })
    try {
      const input = { profile: FILE, identity: FILES[0]!, prune: false }
      const failed = await applyCommand({ ...input, iot: a.iot })
      expect(failed.result.failed.map((f) => f.change.name).sort()).toEqual([
        'Battery_profile',
        'Flood_profile'
      ])
      expect(a.emu.state().data.thingGroups).toEqual({})
      // Cancelled once the first change landed: the gated client sends nothing more, the lease goes anyway.
      const cancelled = await applyCommand({
        ...input,
        iot: gated,
        signal: stop.signal,
        onApply: () => stop.abort('SIGINT'),
        lease: { iot: a.iot }
      })
      expect(cancelled.result.cancelled).toBe(true)
      expect(a.emu.state().data.thingGroups).toEqual({})
    } finally {
      gated.destroy()
      await a.close()
    }
  })

  test('with a lock timeout, an apply waits for the holder to finish, up to the timeout, or until stopped', async () => {
    const a = await account()
    try {
      const first = await acquireLease(a.iot, { identity: 'octo/a:dd.yml' })
      const waitedFor: string[] = []
      const second = applyCommand({
        iot: a.iot,
        profile: FILE,
        identity: FILES[1]!,
        prune: false,
        lease: { waitMs: 30_000, onWait: (h) => waitedFor.push(h.identity) }
      })
      await sleep(300)
      expect(a.emu.state().data.securityProfiles).toEqual({}) // still waiting
      await first.release()
      expect((await second).converged).toBe(true)
      expect(waitedFor).toEqual(['octo/a:dd.yml'])

      // From the CLI: a holder that stays is waited for as long as asked, then named.
      const held = await acquireLease(a.iot, { identity: 'octo/a:dd.yml' })
      const dir = mkdtempSync(path.join(tmpdir(), 'ddac-lock-'))
      writeFileSync(path.join(dir, 'dd.yml'), YAML)
      let err = ''
      const io = { out: () => {}, err: (t: string) => (err += t) }
      const args = ['apply', path.join(dir, 'dd.yml'), '--endpoint', a.emu.endpoint]
      const code = await cli([...args, '--region', a.emu.region, '--lock-timeout', '1'], io)
      expect(code).toBe(EXIT.failure)
      expect(err).toMatch(/waiting up to 1 s for the apply lock of octo\/a:dd.yml/)
      expect(err).toMatch(
        /ddac: apply is locked by octo\/a:dd.yml .* unless it is renewed \(waited 1 s\)/
      )
      // A stop while waiting ends the wait at once.
      const stop = new AbortController()
      const stopped = applyCommand({
        iot: a.iot,
        profile: FILE,
        identity: FILES[1]!,
        prune: false,
        signal: stop.signal,
        lease: { waitMs: 30_000 }
      })
      stop.abort('SIGINT')
      await expect(stopped).rejects.toThrow(
        `stopped while waiting for the apply lock ${LOCK}; nothing was changed`
      )
      await held.release()
    } finally {
      await a.close()
    }
  })

  test('an apply whose role may not keep the lock says which permission is missing, and changes nothing', async () => {
    const a = await account({ deny: ['CreateThingGroup'] })
    try {
      await expect(
        applyCommand({ iot: a.iot, profile: FILE, identity: FILES[0]!, prune: false })
      ).rejects.toThrow(
        `could not take the apply lock ${LOCK}: missing permission: allow iot:CreateThingGroup`
      )
      expect(a.emu.state().data.securityProfiles).toEqual({})
    } finally {
      await a.close()
    }
  })

  test('plan takes no lease but reports one held; a group of that name that is not a lease is named', async () => {
    const a = await account()
    try {
      const lease = await acquireLease(a.iot, { identity: 'octo/a:dd.yml' })
      const { plan } = await planCommand({
        iot: a.iot,
        profile: FILE,
        identity: FILES[1]!,
        prune: false,
        reportLock: true
      })
      expect(plan.notes).toEqual([
        expect.stringMatching(
          /^apply is locked by octo\/a:dd.yml \(host .* pid \d+\) since .*: an apply started now is refused until that one ends/
        )
      ])
      await lease.release()
      await a.iot.send(new CreateThingGroupCommand({ thingGroupName: LOCK }))
      await expect(
        applyCommand({ iot: a.iot, profile: FILE, identity: FILES[0]!, prune: false })
      ).rejects.toThrow(`the thing group ${LOCK} exists but is not a ddac lock`)
      expect(a.emu.state().data.securityProfiles).toEqual({})
    } finally {
      await a.close()
    }
  })
})
