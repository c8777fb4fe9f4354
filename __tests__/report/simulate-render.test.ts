/** The simulate and cleanup reports, pinned: what a reader of the job summary sees. */
import { describe, expect, test } from '@jest/globals'
import {
  renderCleanupMarkdown,
  renderCleanupText,
  cleanupOutputs
} from '../../src/report/cleanup.js'
import {
  renderSimulateMarkdown,
  renderSimulateText,
  simulateFailure,
  simulateOutputs
} from '../../src/report/simulate.js'
import type { SimulationsOutcome } from '../../src/simulate/run-simulations.js'
import { progressText } from '../../src/simulate/run-simulations.js'

const flood = {
  name: 'message-flood',
  scenario: 'anomaly' as const,
  things: 100,
  connections: 99,
  messages: 5000,
  acked: 4990,
  bytes: 9_980_000,
  denials: 0,
  reconnects: 2,
  askedRate: 4,
  achievedRate: 3.98,
  durationMs: 1_262_000,
  errors: 11,
  stopped: 0,
  startedAt: Date.UTC(2026, 11, 2, 10, 0, 0),
  endedAt: Date.UTC(2026, 11, 2, 10, 21, 2)
}
const authFailures = {
  ...flood,
  name: 'auth-failures',
  scenario: 'auth-failures' as const,
  things: 2,
  connections: 2,
  messages: 20,
  acked: 0,
  bytes: 0,
  denials: 20,
  reconnects: 20,
  askedRate: 0.2,
  achievedRate: 0.2,
  durationMs: 50_000,
  errors: 0
}
const ok: SimulationsOutcome = {
  runId: 'gh987654321a1',
  shard: { index: 2, count: 4 },
  results: [flood, authFailures],
  teardown: { removed: 307, failures: [] },
  cancelled: false
}

describe('simulate report', () => {
  test('a table row per simulation, the teardown, and outputs', () => {
    expect(renderSimulateMarkdown(ok)).toMatchSnapshot()
    expect(renderSimulateText(ok)).toMatchSnapshot()
    expect(simulateFailure(ok)).toBeUndefined()
    const out = simulateOutputs(ok)
    expect(out['run-id']).toBe('gh987654321a1')
    expect(JSON.parse(String(out['simulation-results']))).toEqual([flood, authFailures])
    expect(out['teardown-failures']).toBe(0)
  })

  test('an error, a stop and what teardown could not remove each fail the step, saying so', () => {
    const broken: SimulationsOutcome = {
      runId: 'r202612021400abcdef',
      results: [],
      error: 'AccessDeniedException: CreateThingGroup',
      teardown: { removed: 3, failures: ['policy ddac-x-policy: throttled'] },
      cancelled: false
    }
    expect(renderSimulateMarkdown(broken)).toMatchSnapshot()
    expect(simulateFailure(broken)).toBe(
      'simulation failed: AccessDeniedException: CreateThingGroup'
    )
    expect(simulateFailure({ ...ok, cancelled: true })).toBe('simulation cancelled')
    const dark = { ...ok, results: [{ ...flood, connections: 0 }, authFailures] }
    expect(simulateFailure(dark)).toBe(
      'message-flood: none of its 100 things connected (the log says why)'
    )
    expect(simulateFailure({ ...ok, teardown: { removed: 1, failures: ['x'] } })).toMatch(
      /teardown left 1 resource\(s\); `ddac cleanup` removes them/
    )
  })

  test('progress lines: phase, sent / planned, rate, errors, time left', () => {
    expect(
      progressText('message-flood', {
        phase: 'sending',
        done: 1200,
        total: 5000,
        rate: 24,
        errors: 1,
        leftMs: 158_000
      })
    ).toBe('message-flood sending: 1200/5000, 24.0/s, 1 error, ~158s left')
    expect(
      progressText('churn', { phase: 'connecting', done: 3, total: 10, rate: 0, errors: 0 })
    ).toBe('churn connecting: 3/10, 0 errors')
  })
})

describe('cleanup report', () => {
  const outcome = {
    olderThan: '2h',
    dryRun: false,
    runs: ['gh12a1', 'r202612010900abcdef'],
    found: 3,
    resources: [
      'certificate abc123',
      'thing ddac-gh12a1-flood-0000',
      'policy ddac-gh12a1-flood-policy'
    ],
    removed: 2,
    failures: ['policy ddac-gh12a1-flood-policy: ThrottlingException']
  }
  test('what was found, removed and not', () => {
    expect(renderCleanupMarkdown(outcome)).toMatchSnapshot()
    expect(renderCleanupText(outcome)).toMatchSnapshot()
    expect(cleanupOutputs(outcome)).toEqual({ removed: 2, 'cleanup-failures': 1 })
    expect(
      renderCleanupText({ ...outcome, runs: [], found: 0, resources: [], removed: 0, failures: [] })
    ).toBe('ddac cleanup: no leftovers of simulation runs older than 2h\n')
  })
})
