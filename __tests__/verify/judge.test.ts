import { describe, expect, it } from '@jest/globals'
import { expectationsOf, type SimulationExpectations } from '../../src/verify/expectations.js'
import { judge, type Observation, type SeenViolation } from '../../src/verify/judge.js'
import { waitForExpectations, type WaitClock } from '../../src/verify/wait.js'

const T0 = Date.UTC(2026, 11, 2, 12, 0, 0)
const things = ['ddac-r202612021200abcdef-flood-0001', 'ddac-r202612021200abcdef-flood-0002']
const scopes = new Map([
  ['flood', { things, certificateIds: ['c0ffee'] }],
  ['quiet', { things: ['ddac-r202612021200abcdef-quiet-0001'], certificateIds: [] }]
])

const flood: SimulationExpectations = expectationsOf(
  {
    name: 'flood',
    scenario: 'anomaly',
    expect: {
      violations: [
        { securityProfileName: 'Rules', behaviorName: 'big-messages' },
        { securityProfileName: 'ML', behaviorName: 'ml-size' }
      ],
      timeout: '10m'
    }
  },
  (p) => (p === 'ML' ? 'MACHINE_LEARNING' : 'STATIC')
)
const quiet = expectationsOf(
  { name: 'quiet', scenario: 'baseline', expect: { noViolations: true, timeout: '5m' } },
  () => undefined
)

const alarm = (
  thingName: string,
  behaviorName: string,
  at: number,
  profile = 'Rules'
): SeenViolation => ({
  violationId: `${thingName}-${behaviorName}`,
  thingName,
  securityProfileName: profile,
  behaviorName,
  eventType: 'in-alarm',
  at
})
const nothing: Observation = { violations: [], models: [], findings: [] }
const ctx = (now: number) => ({ scopes, startedAt: T0, now, settlesLater: () => false })

describe('judging expectations', () => {
  it('meets a violation expectation only with the run’s own things, and says when it was seen', () => {
    const other = alarm('someone-elses-thing', 'big-messages', T0 + 1000)
    const before = judge([flood], { ...nothing, violations: [other] }, ctx(T0 + 2000))
    expect(before[0]!.verdict).toBe('waiting')
    const ours = alarm(things[1]!, 'big-messages', T0 + 90_000)
    const after = judge([flood], { ...nothing, violations: [other, ours] }, ctx(T0 + 120_000))
    expect(after[0]).toMatchObject({ verdict: 'met', seenAfterMs: 90_000, evidence: [things[1]] })
  })

  it('misses a violation that did not come before the deadline', () => {
    const late = judge([flood], nothing, ctx(T0 + 10 * 60_000))
    expect(late[0]).toMatchObject({ verdict: 'missed', detail: 'not seen within 10m' })
  })

  it('a cleared or invalidated event is not an alarm', () => {
    const cleared = {
      ...alarm(things[0]!, 'big-messages', T0 + 5),
      eventType: 'alarm-cleared' as const
    }
    expect(judge([flood], { ...nothing, violations: [cleared] }, ctx(T0 + 10))[0]!.verdict).toBe(
      'waiting'
    )
  })

  it('reports an ML expectation on a model that is not ACTIVE as not checkable, never as met', () => {
    const seen: Observation = {
      violations: [alarm(things[0]!, 'big-messages', T0 + 5)],
      models: [
        {
          securityProfileName: 'ML',
          behaviorName: 'ml-size',
          status: 'PENDING_BUILD',
          datapointsPercent: 40
        }
      ],
      findings: []
    }
    const [rules, ml] = judge([flood], seen, ctx(T0 + 60_000))
    expect(rules!.verdict).toBe('met')
    expect(ml).toMatchObject({
      verdict: 'not-checkable',
      detail: 'its ML model is not ACTIVE (PENDING_BUILD, 40% of its datapoints)'
    })
    // with the model ACTIVE it is waited for, and met by its alarm
    const active = { ...seen, models: [{ ...seen.models[0]!, status: 'ACTIVE' }] }
    expect(judge([flood], active, ctx(T0 + 60_000))[1]!.verdict).toBe('waiting')
    active.violations.push(alarm(things[0]!, 'ml-size', T0 + 70_000, 'ML'))
    expect(judge([flood], active, ctx(T0 + 80_000))[1]!.verdict).toBe('met')
  })

  it('a quiet fleet is met at its deadline and forbidden by any alarm on its things', () => {
    expect(judge([quiet], nothing, ctx(T0 + 60_000))[0]!.verdict).toBe('waiting')
    expect(judge([quiet], nothing, ctx(T0 + 5 * 60_000))[0]!.verdict).toBe('met')
    const noisy = alarm('ddac-r202612021200abcdef-quiet-0001', 'big-messages', T0 + 30_000)
    expect(judge([quiet], { ...nothing, violations: [noisy] }, ctx(T0 + 40_000))[0]).toMatchObject({
      verdict: 'forbidden',
      detail: 'in alarm: Rules/big-messages',
      seenAfterMs: 30_000
    })
    // another simulation's alarm does not make this one noisy
    const floodAlarm = alarm(things[0]!, 'big-messages', T0 + 30_000)
    expect(
      judge([quiet], { ...nothing, violations: [floodAlarm] }, ctx(T0 + 40_000))[0]!.verdict
    ).toBe('waiting')
  })

  it('an audit finding counts when it names the run’s certificate, and can be left to a later audit', () => {
    const shared = expectationsOf(
      {
        name: 'flood',
        scenario: 'shared-certificate',
        expect: { auditFindings: [{ checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK' }] }
      },
      () => undefined
    )
    const foreign = {
      findingId: 'f1',
      checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
      at: T0,
      names: ['beef']
    }
    expect(judge([shared], { ...nothing, findings: [foreign] }, ctx(T0 + 1))[0]!.verdict).toBe(
      'waiting'
    )
    expect(
      judge([shared], nothing, {
        ...ctx(T0 + 1),
        settlesLater: (e) => e.kind === 'audit-finding'
      })[0]!.verdict
    ).toBe('pending')
    const ours = { ...foreign, findingId: 'f2', names: ['c0ffee'] }
    expect(
      judge([shared], { ...nothing, findings: [foreign, ours] }, ctx(T0 + 1))[0]
    ).toMatchObject({
      verdict: 'met',
      evidence: ['f2']
    })
  })

  it('names a thing by its number', () => {
    const one = expectationsOf(
      {
        name: 'flood',
        scenario: 'anomaly',
        expect: {
          violations: [
            { securityProfileName: 'Rules', behaviorName: 'big-messages', thingName: '2' }
          ]
        }
      },
      () => 'STATIC'
    )
    const first = alarm(things[0]!, 'big-messages', T0 + 5)
    expect(judge([one], { ...nothing, violations: [first] }, ctx(T0 + 10))[0]!.verdict).toBe(
      'waiting'
    )
    const second = alarm(things[1]!, 'big-messages', T0 + 5)
    expect(judge([one], { ...nothing, violations: [second] }, ctx(T0 + 10))[0]!.verdict).toBe('met')
  })
})

/** Emulated time: sleeping advances it, so a 10-minute wait takes no real time. */
function steppedClock(): WaitClock & { slept: number[] } {
  let now = T0
  const slept: number[] = []
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms)
      now += ms
    }
  }
}

describe('waiting for expectations', () => {
  it('stops as soon as everything is decided, backing off between polls', async () => {
    const clock = steppedClock()
    const lines: string[] = []
    let polls = 0
    const result = await waitForExpectations({
      sims: [flood],
      scopes,
      settlesLater: () => false,
      clock,
      log: (l) => lines.push(l),
      observe: async () => {
        polls++
        const seen: Observation = {
          violations:
            clock.now() - T0 >= 60_000 ? [alarm(things[0]!, 'big-messages', T0 + 60_000)] : [],
          models: [
            {
              securityProfileName: 'ML',
              behaviorName: 'ml-size',
              status: 'PENDING_BUILD',
              datapointsPercent: 3
            }
          ],
          findings: []
        }
        return seen
      }
    })
    expect(result.ended).toBe('decided')
    expect(result.outcomes.map((o) => o.verdict)).toEqual(['met', 'not-checkable'])
    expect(clock.slept.slice(0, 4)).toEqual([5000, 7500, 11250, 16875])
    expect(result.elapsedMs).toBeLessThan(10 * 60_000)
    expect(polls).toBe(result.polls)
    expect(lines[0]).toBe(
      'verify: 0/2 decided; waiting: flood: Rules/big-messages, flood: ML/ml-size; models: ml-size PENDING_BUILD 3%; 0s elapsed, ≤10m left'
    )
    expect(lines.at(-1)).toMatch(
      /^verify: 2\/2 decided \(1 met, 1 not-checkable\); models: ml-size PENDING_BUILD 3%; 1m \d+s elapsed$/
    )
  })

  it('stops early when something forbidden appears, and closes what was still waited for', async () => {
    const clock = steppedClock()
    const result = await waitForExpectations({
      sims: [flood, quiet],
      scopes,
      settlesLater: () => false,
      clock,
      log: () => {},
      observe: async () => ({
        violations:
          clock.now() - T0 > 10_000
            ? [alarm('ddac-r202612021200abcdef-quiet-0001', 'x', T0 + 10_000)]
            : [],
        models: [],
        findings: []
      })
    })
    expect(result.ended).toBe('forbidden')
    expect(result.outcomes.map((o) => o.verdict)).toEqual(['missed', 'missed', 'forbidden'])
    expect(result.outcomes[0]!.detail).toBe(
      'not seen before waiting stopped (something forbidden was seen)'
    )
    expect(result.elapsedMs).toBe(12_500)
  })

  it('ends at the last deadline, and a stop ends it with one last look', async () => {
    const clock = steppedClock()
    const atDeadline = await waitForExpectations({
      sims: [quiet],
      scopes,
      settlesLater: () => false,
      clock,
      log: () => {},
      observe: async () => nothing
    })
    expect(atDeadline).toMatchObject({ ended: 'decided', elapsedMs: 5 * 60_000 })
    expect(atDeadline.outcomes[0]!.verdict).toBe('met')

    const stop = new AbortController()
    const c2 = steppedClock()
    let looks = 0
    const stopped = await waitForExpectations({
      sims: [flood],
      scopes,
      settlesLater: () => false,
      clock: {
        now: c2.now,
        sleep: async (ms) => {
          await c2.sleep(ms)
          stop.abort()
        }
      },
      signal: stop.signal,
      log: () => {},
      observe: async () => {
        looks++
        return nothing
      }
    })
    expect(stopped.ended).toBe('stopped')
    expect(looks).toBe(2)
    expect(stopped.outcomes[0]).toMatchObject({
      verdict: 'missed',
      detail: 'not seen before the run was stopped'
    })
  })
})
