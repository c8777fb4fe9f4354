/**
 * Saved plans, as a user runs them: `ddac plan --out plan.json`, review, then `ddac apply --plan plan.json`
 * through the real SDK against the emulator. A fresh plan is applied as saved; a plan whose file or account
 * changed since is refused with exit 1 and nothing changed.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { LOCAL_CREDENTIALS } from '../../src/aws/client.js'
import { cli, EXIT } from '../../src/cli/cli.js'
import type { SavedPlan } from '../../src/plan/saved.js'
import { account, type Account } from './helpers.js'

const ID = 'octo/devices:dd.yml'

async function ddac(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await cli(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

let a: Account
let dir: string
let file: string
let planFile: string
const at = (): string[] => [
  '--endpoint',
  a.emu.endpoint,
  '--region',
  a.emu.region,
  '--identity',
  ID
]
/** Writes the account received since `from` (the lease's own create and delete aside). */
const writesSince = (from: number): string[] =>
  a.emu
    .requests()
    .slice(from)
    .map((r) => r.operation)
    .filter((op) => !/^(List|Describe|Get|Validate)/.test(op) && !/ThingGroup$/.test(op))

beforeEach(async () => {
  a = await account()
  dir = mkdtempSync(path.join(tmpdir(), 'ddac-saved-'))
  file = path.join(dir, 'dd.yml')
  planFile = path.join(dir, 'plan.json')
  copyFileSync('examples/rules-based.yml', file)
})
afterEach(async () => a.close())

describe('apply --plan', () => {
  test('applies a fresh plan exactly as saved, and the plan file holds no credentials', async () => {
    const plan = await ddac('plan', file, ...at(), '--out', planFile)
    expect(plan.code).toBe(EXIT.ok)
    const text = readFileSync(planFile, 'utf8')
    const saved = JSON.parse(text) as SavedPlan
    expect(saved.changes.map((c) => `${c.action} ${c.kind}/${c.name}`)).toEqual([
      'create thingGroup/anom_group',
      'create customMetric/batteryPercentage',
      'create dimension/TelemetryTopics',
      'create securityProfile/Rules_flood_profile'
    ])
    expect(saved.basis).toMatchObject({ region: a.emu.region, account: [] })
    for (const secret of [LOCAL_CREDENTIALS.secretAccessKey, LOCAL_CREDENTIALS.accessKeyId])
      expect(text).not.toContain(secret)
    expect(text).not.toContain(a.emu.endpoint)

    const applied = await ddac('apply', file, ...at(), '--plan', planFile, '--format', 'json')
    expect(applied.code).toBe(EXIT.ok)
    expect(applied.err).toContain(`applying the plan ${planFile} of ${file}`)
    expect(JSON.parse(applied.out)).toMatchObject({
      ok: true,
      outputs: { 'to-create': 4, converged: true }
    })
    const state = a.emu.state().data
    expect(Object.keys(state.securityProfiles)).toEqual(['Rules_flood_profile'])
    expect(Object.keys(state.customMetrics)).toEqual(['batteryPercentage'])
    // The same plan again: the account it saw is gone (it now holds what the plan created).
    const again = await ddac('apply', file, ...at(), '--plan', planFile)
    expect(again.code).toBe(EXIT.problems)
    expect(again.out).toContain('the account changed since the plan was made')
  })

  test('a file changed since the plan was made is refused: exit 1, nothing changed', async () => {
    expect((await ddac('plan', file, ...at(), '--out', planFile)).code).toBe(EXIT.ok)
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('value: { count: 1024 }', 'value: { count: 2048 }')
    )
    const from = a.emu.requests().length
    const r = await ddac('apply', file, ...at(), '--plan', planFile)
    expect(r.code).toBe(EXIT.problems)
    expect(r.out).toContain(
      '- the file changed since the plan was made: security profile Rules_flood_profile changed; plan again'
    )
    expect(r.out).toContain('Apply refused the plan; nothing was changed.')
    expect(writesSince(from)).toEqual([])
    expect(a.emu.state().data.securityProfiles).toEqual({})
  })

  test('a console edit between plan and apply is refused: exit 1, the edit stays', async () => {
    expect((await ddac('apply', file, ...at())).code).toBe(EXIT.ok)
    copyFileSync('examples/device-defender.yml', file) // the reviewed change: more profiles
    expect((await ddac('plan', file, ...at(), '--out', planFile)).code).toBe(EXIT.ok)
    // Someone edits the profile in the console after the review.
    await a.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'Rules_flood_profile',
        securityProfileDescription: 'edited in the console'
      })
    )
    const before = a.emu.state().data
    const from = a.emu.requests().length
    const r = await ddac('apply', file, ...at(), '--plan', planFile)
    expect(r.code).toBe(EXIT.problems)
    expect(r.out).toContain(
      'the account changed since the plan was made: security profile Rules_flood_profile changed; plan again and review the new plan'
    )
    expect(writesSince(from)).toEqual([])
    expect(a.emu.state().data).toEqual(before)
  })

  test('a plan made with other settings, or a file that is not a plan, is refused', async () => {
    expect((await ddac('plan', file, ...at(), '--out', planFile)).code).toBe(EXIT.ok)
    const pruned = await ddac('apply', file, ...at(), '--plan', planFile, '--prune')
    expect(pruned.code).toBe(EXIT.problems)
    expect(pruned.out).toContain('the plan was made without prune; run apply without it too')
    writeFileSync(planFile, '{"changes": []}')
    const junk = await ddac('apply', file, ...at(), '--plan', planFile)
    expect(junk.code).toBe(EXIT.failure)
    expect(junk.err).toContain(`${planFile} is not a saved plan of this ddac`)
    expect(a.emu.state().data.securityProfiles).toEqual({})
  })
})
