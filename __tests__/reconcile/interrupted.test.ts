/**
 * An apply stopped in the middle leaves the account consistent, and the next apply converges with nothing
 * duplicated: the bundled CLI killed with SIGKILL (a lost runner), and the bundled action sent SIGINT as the
 * runner does when a job is cancelled, also during a call that never answers and during plan. A cancelled
 * run always reports, with counts that add up to its plan.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { stringify } from 'yaml'
import { adapterFor } from '../../src/resources/adapters/index.js'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { appliedHeadline, renderApplyMarkdown } from '../../src/report/apply.js'
import { account, ID, profile, type Account } from './helpers.js'
import { lossyProxy, silentEndpoint } from '../helpers/fault-servers.js'
import { runAction, type RunnerResult } from '../helpers/runner.js'

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
  await expectConverges(acct)
}

async function expectConverges(acct: Account): Promise<void> {
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
    expectCountsAddUp(r, 2 * N)
    expect(r.summary).toMatch(
      /❌ Cancelled: \d+ applied, 0 failed, \d+ not finished, \d+ not started/
    )
    expect(r.outputs.converged).toBe('false')
    expect(r.outputs.cancelled).toBe('true')
    await expectNextApplyConverges(a)
  })

  test('a second signal during writes that never answer ends at once, with a summary that lists what was left', async () => {
    // Creates of profiles 6..11 land and their answers never come back.
    const proxy = await lossyProxy(a.emu.endpoint, {
      stall: (method, p) =>
        method === 'POST' && /^\/security-profiles\/profile-([6-9]|1\d)$/.test(p)
    })
    try {
      const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-stalled-'))
      writeFileSync(path.join(workspace, 'device-defender.yml'), stringify(file))
      let child: ChildProcess | undefined
      const run = runAction(
        'dist/index.js',
        { command: 'apply', endpoint: proxy.url, identity: ID },
        { cwd: workspace, onSpawn: (c) => (child = c) }
      )
      await untilProfiles(a, N)
      await sleep(300)
      child!.kill('SIGINT')
      await sleep(300)
      child!.kill('SIGINT') // the runner's SIGTERM, or a second Ctrl-C
      const secondAt = Date.now()
      const r = await run
      expect(Date.now() - secondAt).toBeLessThan(3_000)
      expect(r.code).toBe(1)
      expect(r.stdout).toContain('no longer waiting for the calls in flight')
      const left = expectCountsAddUp(r, 2 * N)
      expect(left.unfinished).toBeGreaterThanOrEqual(6)
      for (let i = 6; i < N; i++)
        expect(r.summary).toContain(
          `- security profile profile-${i} (create): not finished, the next plan shows where it stands`
        )
      expect(r.outputs.cancelled).toBe('true')
      expect(r.outputs.converged).toBe('false')
      expect(proxy.stats.stalled).toBe(N - 6)
    } finally {
      await proxy.close()
    }
    await expectConverges(a)
  })

  test('a signal during a read that never answers ends apply at once, with a summary and outputs', async () => {
    const r = await cancelWhileReading('apply')
    expect(r.summary.split('\n')[0]).toBe(
      '## ❌ ddac apply: cancelled (SIGINT) while reading the account'
    )
    expect(r.summary).toContain('Nothing was changed')
    expect(r.outputs).toMatchObject({ cancelled: 'true', converged: 'false' })
  })

  test('a signal during plan still writes its summary and outputs', async () => {
    const r = await cancelWhileReading('plan')
    expect(r.summary.split('\n')[0]).toBe(
      '## ❌ ddac plan: cancelled (SIGINT) while reading the account'
    )
    expect(r.outputs.cancelled).toBe('true')
    expect(r.outputs.markdown).toContain('cancelled (SIGINT)')
  })

  test('a cancelled apply counts each planned change once, the audit configuration and its second step included, and lists the rest by label', async () => {
    const audit = (withSchedule: boolean): string => `version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/audit
  auditCheckConfigurations:
    DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true }
${withSchedule ? '    LOGGING_DISABLED_CHECK: { enabled: true }\nscheduledAudits:\n  - { scheduledAuditName: daily-logging, frequency: DAILY, targetCheckNames: [LOGGING_DISABLED_CHECK] }\n' : ''}`
    const input = (yaml: string): Parameters<typeof applyCommand>[0] => ({
      iot: a.iot,
      profile: profile(yaml),
      identity: ID,
      prune: true
    })
    expect((await applyCommand(input(audit(true)))).converged).toBe(true)
    // Then: the scheduled audit goes, its check goes off after it (a second step), and 12 profiles come.
    const next = `${audit(false)}${stringify({ securityProfiles: file.securityProfiles })}`
    const stop = new AbortController()
    const out = await applyCommand({
      ...input(next),
      signal: stop.signal,
      onApply: (p) => {
        if (p.change.kind === 'auditConfiguration') stop.abort('SIGINT')
      }
    })
    expect(out.result.cancelled).toBe(true)
    const { applied, failed, unfinished, skipped } = out.result
    const counted = [...applied, ...failed.map((f) => f.change), ...unfinished, ...skipped]
    expect(new Set(counted).size).toBe(counted.length) // nothing counted twice
    expect(counted).toHaveLength(out.plan.changes.length)
    expect(unfinished.map((c) => c.kind)).toContain('auditConfiguration')
    const [created, updated, deleted, notFinished, notStarted, planned] =
      /(\d+) created, (\d+) updated, (\d+) deleted, cancelled with (\d+) not finished and (\d+) not started \(of (\d+) planned\)$/
        .exec(appliedHeadline(out))!
        .slice(1)
        .map(Number)
    expect(created! + updated! + deleted! + notFinished! + notStarted!).toBe(planned)
    expect(planned).toBe(out.plan.changes.length)
    const summary = renderApplyMarkdown(out, 'device-defender.yml')
    expect(summary).toContain(`Left for the next apply (${unfinished.length + skipped.length})`)
    for (const c of [...unfinished, ...skipped])
      expect(summary).toContain(`- ${adapterFor(c.kind).label} ${c.name} (${c.action}): not`)
  })
})

/** Start the bundled action against an endpoint that never answers, and cancel it mid-read. */
async function cancelWhileReading(command: 'plan' | 'apply'): Promise<RunnerResult> {
  const silent = await silentEndpoint()
  try {
    const workspace = mkdtempSync(path.join(tmpdir(), 'ddac-silent-'))
    writeFileSync(path.join(workspace, 'device-defender.yml'), stringify(file))
    let child: ChildProcess | undefined
    const run = runAction(
      'dist/index.js',
      { command, endpoint: silent.url, identity: ID },
      { cwd: workspace, onSpawn: (c) => (child = c) }
    )
    for (let i = 0; i < 400 && silent.requests() === 0; i++) await sleep(25)
    await sleep(200)
    child!.kill('SIGINT')
    const cancelledAt = Date.now()
    const r = await run
    // Apply's first call is the lease's create, a write: it gets the documented 5 s grace for writes in
    // flight, still well inside the runner's 7.5 s before SIGTERM.
    expect(Date.now() - cancelledAt).toBeLessThan(command === 'plan' ? 3_000 : 6_500)
    expect(r.code).toBe(1)
    return r
  } finally {
    await silent.close()
  }
}

/** The summary's headline counts each planned change once: the parts add up to what was planned. */
function expectCountsAddUp(
  r: RunnerResult,
  planned: number
): { applied: number; unfinished: number; notStarted: number } {
  const m =
    /^## ❌ ddac apply: (\d+) created, 0 updated, 0 deleted, cancelled with (\d+) not finished and (\d+) not started \(of (\d+) planned\)$/.exec(
      r.summary.split('\n')[0]!
    )
  expect(m).not.toBeNull()
  const [applied, unfinished, notStarted, total] = m!.slice(1).map(Number) as [
    number,
    number,
    number,
    number
  ]
  expect(total).toBe(planned)
  expect(applied + unfinished + notStarted).toBe(planned)
  return { applied, unfinished, notStarted }
}
