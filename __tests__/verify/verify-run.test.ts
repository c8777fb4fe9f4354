/**
 * verifyRun through the real SDK against the emulator: what it reads, what it keeps in the account, and when
 * it stops. Violations themselves come from the emulator's Detect engine (tested with it); here the account
 * has none, which is what a quiet fleet and a fresh shared-certificate run look like.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import type { ProfileFile } from '../../src/config/file-format.js'
import { listPending } from '../../src/verify/pending.js'
import { verifyRun } from '../../src/verify/verify-run.js'
import type { WaitClock } from '../../src/verify/wait.js'
import { account, ID, type Account } from '../reconcile/helpers.js'

const open: Account[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()))
})

/** The target's clock, stepped: a 15-minute wait takes no real time. */
function stepped(start: number): WaitClock {
  let now = start
  return { now: () => now, sleep: async (ms) => void (now += ms) }
}

const file: ProfileFile = {
  version: 1,
  simulations: [
    {
      name: 'quiet',
      scenario: 'baseline',
      things: 2,
      expect: { noViolations: true, timeout: '15m' }
    },
    {
      name: 'shared',
      scenario: 'shared-certificate',
      things: 2,
      expect: { auditFindings: [{ checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK' }] }
    },
    { name: 'not-run', scenario: 'baseline', expect: { noViolations: true } }
  ]
}
const scopes = new Map([
  [
    'quiet',
    { things: ['ddac-gh7a1-quiet-0001', 'ddac-gh7a1-quiet-0002'], certificateIds: ['aa', 'bb'] }
  ],
  [
    'shared',
    { things: ['ddac-gh7a1-shared-0001', 'ddac-gh7a1-shared-0002'], certificateIds: ['cc'] }
  ]
])

describe('verifying a run', () => {
  test('against AWS: the quiet fleet passes at its deadline, the shared certificate is left to a later audit', async () => {
    const a = await account()
    open.push(a)
    const t0 = Date.UTC(2026, 11, 2, 12, 0, 0)
    const lines: string[] = []
    const r = await verifyRun({
      iot: a.iot,
      profile: file,
      scopes,
      target: 'aws',
      identity: ID,
      runId: 'gh7a1',
      clock: stepped(t0),
      startedAt: t0,
      log: (l) => lines.push(l)
    })
    expect(r.outcomes.map((o) => [o.expected.simulation, o.verdict])).toEqual([
      ['quiet', 'met'],
      ['shared', 'pending']
    ])
    expect(r.ended).toBe('decided')
    expect(r.elapsedMs).toBe(15 * 60_000)
    expect(lines[0]).toMatch(
      /^verify: 1\/2 decided \(1 pending\); waiting: quiet: quiet; 0s elapsed/
    )
    // what a nightly audit on another runner finds in the account
    const [pending, ...none] = await listPending(a.iot, ID)
    expect(none).toEqual([])
    expect(pending).toMatchObject({
      runId: 'gh7a1',
      simulation: 'shared',
      checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
      certificateIds: ['cc'],
      clientIds: ['ddac-gh7a1-shared-0001', 'ddac-gh7a1-shared-0002'],
      settleAfter: r.elapsedMs + t0 + 2 * 3600_000
    })
    // the observer only asked Detect for violation events and never started an audit
    const ops = new Set(a.emu.requests().map((q) => q.operation))
    expect(ops.has('ListViolationEvents')).toBe(true)
    expect(ops.has('StartOnDemandAuditTask')).toBe(false)
  })

  test('a stop ends the wait at once, and nothing is recorded for what was not decided', async () => {
    const a = await account()
    open.push(a)
    const stop = new AbortController()
    stop.abort()
    const r = await verifyRun({
      iot: a.iot,
      profile: { ...file, simulations: file.simulations!.slice(0, 1) },
      scopes,
      target: 'aws',
      identity: ID,
      runId: 'gh7a1',
      clock: stepped(0),
      startedAt: 0,
      log: () => {},
      signal: stop.signal
    })
    expect(r.ended).toBe('stopped')
    expect(r.outcomes[0]).toMatchObject({
      verdict: 'missed',
      detail: 'not seen before the run was stopped'
    })
    expect(await listPending(a.iot)).toEqual([])
  })
})
