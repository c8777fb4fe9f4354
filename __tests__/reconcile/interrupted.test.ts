/**
 * An apply stopped in the middle leaves the account consistent, and the next apply converges with nothing
 * duplicated: the bundled CLI killed with SIGKILL (a lost runner), and the bundled action sent SIGINT as the
 * runner does when a job is cancelled.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { stringify } from 'yaml'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { account, ID, profile, type Account } from './helpers.js'
import { runAction } from '../helpers/runner.js'

const N = 12
const file = {
  version: 1,
  securityProfiles: Array.from({ length: N }, (_, i) => ({
    securityProfileName: `profile-${i}`,
    targets: [`group-${i}`, 'all/registered-things'].slice(0, i < 5 ? 2 : 1),
    behaviors: [
      {
        name: 'big',
        metric: 'aws:message-byte-size',
        criteria: { comparisonOperator: 'greater-than', value: { count: 1024 } }
      }
    ],
    tags: [{ Key: 'index', Value: String(i) }]
  }))
}

/** Resolves once `n` security profiles exist in the account: some, not all, of the file's. */
async function untilProfiles(acct: Account, n: number): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (Object.keys(acct.emu.state().data.securityProfiles).length >= n) return
    await sleep(25)
  }
}

/** The next apply converges: every profile once, each target attached once, and a plan with nothing left. */
async function expectNextApplyConverges(acct: Account): Promise<void> {
  const halfway = Object.keys(acct.emu.state().data.securityProfiles).length
  expect(halfway).toBeGreaterThanOrEqual(3)
  expect(halfway).toBeLessThan(N)
  const input = { iot: acct.iot, profile: profile(stringify(file)), identity: ID }
  const out = await applyCommand({ ...input, prune: false })
  expect(out.result.failed).toEqual([])
  expect(out.converged).toBe(true)
  const state = acct.emu.state()
  expect(Object.keys(state.data.securityProfiles).sort()).toEqual(
    file.securityProfiles.map((p) => p.securityProfileName).sort()
  )
  for (const p of file.securityProfiles) {
    const targets = state.data.profileTargets[p.securityProfileName] ?? []
    expect(targets).toHaveLength(p.targets.length) // attached once each
  }
  expect(Object.keys(state.data.thingGroups)).toHaveLength(N)
  const { plan } = await planCommand({ ...input, prune: true })
  expect(plan.changes).toEqual([])
  expect(plan.ownershipUpdates).toEqual([])
}

let a: Account
beforeEach(async () => {
  // Quotas enforced, so ddac paces the apply over a few seconds and it can be stopped midway.
  a = await account({ latencyMs: 40, throttle: true })
})
afterEach(async () => a.close())

describe('apply stopped midway', () => {
  test('killed (SIGKILL): the next apply converges and nothing is duplicated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-kill-'))
    const config = path.join(dir, 'device-defender.yml')
    writeFileSync(config, stringify(file))
    const child = spawn(
      process.execPath,
      ['dist/cli/index.js', 'apply', config, '--endpoint', a.emu.endpoint, '--identity', ID],
      { stdio: 'ignore' }
    )
    await untilProfiles(a, 3)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('close', resolve))
    await expectNextApplyConverges(a)
  })

  test('cancelled (SIGINT): the calls in flight finish, the summary says what was done, the next apply converges', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-cancel-'))
    writeFileSync(path.join(workspace, 'device-defender.yml'), stringify(file))
    let child: ChildProcess | undefined
    const run = runAction(
      'dist/index.js',
      { command: 'apply', endpoint: a.emu.endpoint, identity: ID },
      { cwd: workspace, onSpawn: (c) => (child = c) }
    )
    await untilProfiles(a, 3) // then the runner's cancel
    child!.kill('SIGINT')
    const cancelledAt = Date.now()
    const r = await run
    expect(r.code).toBe(1)
    expect(Date.now() - cancelledAt).toBeLessThan(7_500) // done before the runner's SIGTERM would come
    expect(r.stdout).toContain('SIGINT: finishing the calls in flight, starting nothing more')
    expect(r.summary.split('\n')[0]).toMatch(
      /^## ❌ ddac apply: \d+ created, 0 updated, 0 deleted, cancelled with \d+ not started or not finished$/
    )
    expect(r.summary).toMatch(/❌ Cancelled: \d+ applied, \d+ not started or not finished/)
    expect(r.outputs.converged).toBe('false')
    await expectNextApplyConverges(a)
  })
})
