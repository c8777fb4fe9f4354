/**
 * The emulator's seams for the engines and the data plane: a change committed outside HTTP is saved like
 * an HTTP write, committed changes are announced, the clock service fires timers in emulated time, and the
 * relation queries find the profiles that apply to a thing through nested groups and account targets.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  AddThingToThingGroupCommand,
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  CreateThingCommand,
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  ListActiveViolationsCommand,
  ListSecurityProfilesForTargetCommand,
  ListThingsInThingGroupCommand,
  StartOnDemandAuditTaskCommand,
  DescribeAuditTaskCommand,
  UpdateAccountAuditConfigurationCommand
} from '@aws-sdk/client-iot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { scaledClock, steppedClock } from '../../src/local/clock/clock.js'
import { coalesced } from '../../src/local/store/persist.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import type { ChangeEvent } from '../../src/local/store/store.js'
import { iotClient } from './helpers/clients.js'

const running: Emulator[] = []
const dirs: string[] = []

async function start(options: Parameters<typeof startEmulator>[0] = {}): Promise<Emulator> {
  const emu = await startEmulator(options)
  running.push(emu)
  return emu
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('store', () => {
  test('a change committed outside HTTP (a violation raised by traffic) survives a restart with --data-dir', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-seams-'))
    dirs.push(dir)
    const first = await start({ dataDir: dir })
    const iot = iotClient(first)
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'p' }))
    await iot.send(new CreateThingCommand({ thingName: 'dev-1' }))
    const store = first.store()
    await store.transaction(() => {
      store.violations.set('v-1', {
        violationId: 'v-1',
        thingName: 'dev-1',
        securityProfileName: 'p',
        behavior: { name: 'big', metric: 'aws:message-byte-size' },
        violationStartTime: Date.UTC(2026, 0, 1),
        active: true
      })
      store.appendSamples([
        {
          thingName: 'dev-1',
          metric: 'aws:message-byte-size',
          at: Date.UTC(2026, 0, 1),
          value: 2000
        }
      ])
    })
    // No clean stop: a second emulator on the same directory reads what the commit wrote.
    const second = await start({ dataDir: dir })
    const listed = await iotClient(second).send(new ListActiveViolationsCommand({}))
    expect(listed.activeViolations?.map((v) => [v.violationId, v.thingName])).toEqual([
      ['v-1', 'dev-1']
    ])
    expect(second.store().metricSamples).toEqual([
      { thingName: 'dev-1', metric: 'aws:message-byte-size', at: Date.UTC(2026, 0, 1), value: 2000 }
    ])
  })

  test('committed changes are announced with kind, name and op, from HTTP and from direct commits', async () => {
    const emu = await start()
    const seen: ChangeEvent[] = []
    emu.onChange((changes) => seen.push(...changes))
    const iot = iotClient(emu)
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'g' }))
    await iot.send(new CreateThingCommand({ thingName: 't' }))
    await iot.send(new AddThingToThingGroupCommand({ thingName: 't', thingGroupName: 'g' }))
    await iot.send(new DeleteThingGroupCommand({ thingGroupName: 'g' }))
    await emu.store().transaction(() =>
      emu.store().appendConnection({
        id: 'c-1',
        clientId: 't',
        certificateId: 'abc',
        sourceIp: '127.0.0.1',
        sourcePort: 50000,
        connectedAt: 1
      })
    )
    const brief = seen.map(({ kind, name, op }) => `${op} ${kind}/${name}`)
    expect(brief).toEqual([
      'create thingGroups/g',
      'create things/t',
      'update things/t',
      'delete thingGroups/g',
      'update things/t',
      'append connections/c-1'
    ])
    expect(seen.every((c) => c.region === emu.region)).toBe(true)
  })

  test('relation queries: profiles through nested groups and account targets, things of a group', async () => {
    const emu = await start()
    const iot = iotClient(emu)
    const arn = (r: string): string => `arn:aws:iot:${emu.region}:${emu.account}:${r}`
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'root' }))
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'mid', parentGroupName: 'root' }))
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'leaf', parentGroupName: 'mid' }))
    await iot.send(new CreateThingGroupCommand({ thingGroupName: 'other' }))
    for (const name of [
      'on-root',
      'on-leaf',
      'on-other',
      'fleet-wide',
      'registered',
      'unregistered'
    ])
      await iot.send(new CreateSecurityProfileCommand({ securityProfileName: name }))
    const attach = (profile: string, target: string): Promise<unknown> =>
      iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: profile,
          securityProfileTargetArn: arn(target)
        })
      )
    await attach('on-root', 'thinggroup/root')
    await attach('on-leaf', 'thinggroup/leaf')
    await attach('on-other', 'thinggroup/other')
    await attach('fleet-wide', 'all/things')
    await attach('registered', 'all/registered-things')
    await attach('unregistered', 'all/unregistered-things')
    await iot.send(new CreateThingCommand({ thingName: 'dev' }))
    await iot.send(new CreateThingCommand({ thingName: 'mid-dev' }))
    await iot.send(new AddThingToThingGroupCommand({ thingName: 'dev', thingGroupName: 'leaf' }))
    await iot.send(new AddThingToThingGroupCommand({ thingName: 'mid-dev', thingGroupName: 'mid' }))

    const store = emu.store()
    const applied = store.profilesForThing('dev')
    expect(applied.map((a) => [a.profile.name, a.via])).toEqual([
      ['fleet-wide', [arn('all/things')]],
      ['on-leaf', [arn('thinggroup/leaf')]],
      ['on-root', [arn('thinggroup/root')]],
      ['registered', [arn('all/registered-things')]]
    ])
    // A client id that names no thing: only the account-wide and the unregistered-things profiles.
    expect(store.profilesForThing('stranger').map((a) => a.profile.name)).toEqual([
      'fleet-wide',
      'unregistered'
    ])
    expect(store.thingsOfGroup('root')).toEqual([])
    expect(store.thingsOfGroup('root', { recursive: true })).toEqual(['dev', 'mid-dev'])
    // The same answer the API gives.
    const api = await iot.send(
      new ListThingsInThingGroupCommand({ thingGroupName: 'root', recursive: true })
    )
    expect(api.things).toEqual(store.thingsOfGroup('root', { recursive: true }))
    const forRoot = await iot.send(
      new ListSecurityProfilesForTargetCommand({
        securityProfileTargetArn: arn('thinggroup/root'),
        recursive: true
      })
    )
    expect(
      forRoot.securityProfileTargetMappings?.map((m) => m.securityProfileIdentifier?.name)
    ).toEqual(['on-leaf', 'on-root'])
  })
})

describe('saving', () => {
  test('saves requested during a write share one later write, which sees every change before it', async () => {
    let state = 0
    const written: number[] = []
    const save = coalesced(async () => {
      const snapshot = state
      await new Promise((r) => setTimeout(r, 10))
      written.push(snapshot)
    })
    state = 1
    const first = save()
    state = 2
    const second = save()
    state = 3
    const third = save()
    await second
    // The write `second` awaited already holds state 3: the third request shares it.
    expect(written).toEqual([1, 3])
    await Promise.all([first, third])
    expect(written).toEqual([1, 3])
  })
})

describe('clock', () => {
  test('a stepped clock fires due timers in order at their due time, awaiting each', async () => {
    const clock = steppedClock(1_000)
    const fired: string[] = []
    clock.setTimeout(async () => {
      await new Promise((r) => setTimeout(r, 5))
      fired.push(`b@${clock.now()}`)
    }, 200)
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100)
    const tick = clock.setInterval(() => fired.push(`i@${clock.now()}`), 150)
    clock.setTimeout(() => fired.push('never'), 1_000)
    await clock.advance(300)
    expect(fired).toEqual(['a@1100', 'i@1150', 'b@1200', 'i@1300'])
    expect(clock.now()).toBe(1_300)
    tick.cancel()
    await clock.advance(100)
    expect(fired).toHaveLength(4)
  })

  test('a scaled clock runs emulated time faster: a 5-minute timer fires in about half a second at 600x', async () => {
    const clock = scaledClock(600, { start: Date.UTC(2026, 0, 1) })
    const wallStart = Date.now()
    const firedAt = await new Promise<number>((resolve) =>
      clock.setTimeout(() => resolve(clock.now()), 5 * 60_000)
    )
    const wall = Date.now() - wallStart
    // 300 s of emulated time in about 0.5 s of wall time; the bound leaves room for a loaded machine.
    expect(wall).toBeLessThan(10_000)
    expect(firedAt - Date.UTC(2026, 0, 1)).toBeGreaterThanOrEqual(5 * 60_000)
    clock.dispose()
  })

  test('a scaled clock with --data-dir continues from the saved emulated time after a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-seams-'))
    dirs.push(dir)
    const first = await start({ dataDir: dir, clockScale: 1_000 })
    await iotClient(first).send(new CreateSecurityProfileCommand({ securityProfileName: 'before' }))
    await new Promise((r) => setTimeout(r, 100)) // 100 s of emulated time
    await first.stop()
    const second = await start({ dataDir: dir, clockScale: 1_000 })
    await iotClient(second).send(new CreateSecurityProfileCommand({ securityProfileName: 'after' }))
    const created = (name: string): number =>
      second.store().securityProfiles.get(name)!.creationDate
    // A clock that restarted from the wall time would date 'after' only ~0.1 s past 'before'.
    expect(created('after') - created('before')).toBeGreaterThanOrEqual(100_000)
  })

  test('the emulator dates records with the clock service it is given', async () => {
    const clock = steppedClock(Date.UTC(2030, 5, 1))
    const emu = await start({ clock })
    expect(emu.clock).toBe(clock)
    const iot = iotClient(emu)
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'dated' }))
    expect(emu.store().securityProfiles.get('dated')?.creationDate).toBe(Date.UTC(2030, 5, 1))
  })
})

describe('engines', () => {
  test('StartOnDemandAuditTask hands the task to a registered audit engine, which completes it', async () => {
    const clock = steppedClock(Date.UTC(2026, 0, 1))
    const emu = await start({ clock })
    let stopped = false
    emu.engines.audit = {
      stop: () => void (stopped = true),
      startTask(task, { store, clock }) {
        // As an engine would: later, in emulated time, and committed like any other change.
        clock.setTimeout(
          () =>
            store.transaction(() => {
              task.taskStatus = 'COMPLETED'
              for (const c of Object.values(task.checks)) c.checkRunStatus = 'COMPLETED_COMPLIANT'
              store.touch('auditTasks', task.taskId)
            }),
          10
        )
      }
    }
    const iot = iotClient(emu)
    await iot.send(
      new UpdateAccountAuditConfigurationCommand({
        auditCheckConfigurations: { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } }
      })
    )
    const { taskId } = await iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: ['DEVICE_CERTIFICATE_SHARED_CHECK'] })
    )
    const first = await iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(first.taskStatus).toBe('IN_PROGRESS')
    // The engine's timer is due after 10 ms of emulated time: the stepped clock fires it, awaiting the commit.
    await clock.advance(10)
    const status = (await iot.send(new DescribeAuditTaskCommand({ taskId }))).taskStatus
    expect(status).toBe('COMPLETED')
    await emu.stop()
    expect(stopped).toBe(true)
  })
})
