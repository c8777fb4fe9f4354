/**
 * A process killed in the middle of apply (a cancelled job, a lost runner) leaves the account consistent:
 * the next apply converges, with nothing duplicated. The first apply is the bundled CLI, killed with SIGKILL.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
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

let a: Account
beforeAll(async () => {
  a = await account({ latencyMs: 40 })
})
afterAll(async () => a.close())

describe('apply killed midway', () => {
  test('the next apply converges and nothing is duplicated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-kill-'))
    const config = path.join(dir, 'device-defender.yml')
    writeFileSync(config, stringify(file))
    const child = spawn(
      process.execPath,
      ['dist/cli/index.js', 'apply', config, '--endpoint', a.emu.endpoint, '--identity', ID],
      {
        stdio: 'ignore'
      }
    )
    // Kill it once some, not all, of the profiles exist.
    for (let i = 0; i < 400; i++) {
      const made = Object.keys(a.emu.state().data.securityProfiles).length
      if (made >= 3) break
      await sleep(25)
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('close', resolve))
    const halfway = Object.keys(a.emu.state().data.securityProfiles).length
    expect(halfway).toBeGreaterThanOrEqual(3)
    expect(halfway).toBeLessThan(N)

    const out = await applyCommand({
      iot: a.iot,
      profile: profile(stringify(file)),
      identity: ID,
      prune: false
    })
    expect(out.result.failed).toEqual([])
    expect(out.converged).toBe(true)
    const state = a.emu.state()
    expect(Object.keys(state.data.securityProfiles).sort()).toEqual(
      file.securityProfiles.map((p) => p.securityProfileName).sort()
    )
    for (const p of file.securityProfiles) {
      const targets = state.data.profileTargets[p.securityProfileName] ?? []
      expect(targets).toHaveLength(p.targets.length) // attached once each
    }
    expect(Object.keys(state.data.thingGroups)).toHaveLength(N)
    const { plan } = await planCommand({
      iot: a.iot,
      profile: profile(stringify(file)),
      identity: ID,
      prune: true
    })
    expect(plan.changes).toEqual([])
    expect(plan.ownershipUpdates).toEqual([])
  })

  test('a cancelled run finishes its calls in flight, reports what it did, and the next apply converges', async () => {
    const fresh = await account({ latencyMs: 40 })
    const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-cancel-'))
    writeFileSync(path.join(workspace, 'device-defender.yml'), stringify(file))
    try {
      let child: ChildProcess | undefined
      const started = Date.now()
      const run = runAction(
        'dist/index.js',
        { command: 'apply', endpoint: fresh.emu.endpoint, identity: ID },
        { cwd: workspace, onSpawn: (c) => (child = c) }
      )
      // The runner's cancel: SIGINT once some, not all, of the profiles exist.
      for (let i = 0; i < 400; i++) {
        if (Object.keys(fresh.emu.state().data.securityProfiles).length >= 3) break
        await sleep(25)
      }
      child!.kill('SIGINT')
      const r = await run
      expect(r.code).toBe(1)
      expect(Date.now() - started).toBeLessThan(7_500) // done before the runner's SIGTERM would come
      expect(r.stdout).toContain('SIGINT: finishing the calls in flight, starting nothing more')
      const heading = r.summary.split('\n')[0]
      expect(heading).toMatch(
        /^## ❌ ddac apply: \d+ created, 0 updated, 0 deleted, cancelled with \d+ not started or not finished$/
      )
      expect(r.summary).toMatch(/❌ Cancelled: \d+ applied, \d+ not started or not finished/)
      expect(r.outputs.converged).toBe('false')
      const made = Object.keys(fresh.emu.state().data.securityProfiles).length
      expect(made).toBeLessThan(N)

      const out = await applyCommand({
        iot: fresh.iot,
        profile: profile(stringify(file)),
        identity: ID,
        prune: false
      })
      expect(out.converged).toBe(true)
      const state = fresh.emu.state()
      expect(Object.keys(state.data.securityProfiles)).toHaveLength(N)
      for (const p of file.securityProfiles)
        expect(state.data.profileTargets[p.securityProfileName] ?? []).toHaveLength(
          p.targets.length
        )
    } finally {
      await fresh.close()
    }
  })
})
