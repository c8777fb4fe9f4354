/**
 * The expectations and behavior coverage sections as a reviewer reads them, from outcomes the real judgement
 * makes of the example file's simulations: pinned by a snapshot, with the facts that matter checked outright.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { ProfileFile } from '../../src/config/file-format.js'
import { criteriaType } from '../../src/config/inventory.js'
import {
  coverage,
  expectationCounts,
  renderCoverageMarkdown,
  renderExpectationsMarkdown,
  renderExpectationsText,
  verdictOf
} from '../../src/report/expectations.js'
import { expectationsOf } from '../../src/verify/expectations.js'
import { judge, type Observation } from '../../src/verify/judge.js'

const demo = parse(readFileSync('examples/device-defender.yml', 'utf8')) as ProfileFile
const T0 = Date.UTC(2026, 11, 2, 12, 0, 0)
const criteria = (profile: string, behavior: string) => {
  const b = demo.securityProfiles
    ?.find((p) => p.securityProfileName === profile)
    ?.behaviors?.find((x) => x.name === behavior)
  return b ? criteriaType(b) : undefined
}
const sims = demo.simulations!.map((s) =>
  expectationsOf(s, (p, b) => {
    const t = criteria(p, b)
    return t === 'NONE' ? undefined : t
  })
)
const thing = (sim: string, n: number) =>
  `ddac-r202612021200abcdef-${sim}-${String(n).padStart(4, '0')}`
const scopes = new Map(
  demo.simulations!.map((s) => [
    s.name,
    { things: [1, 2, 3].map((n) => thing(s.name, n)), certificateIds: [`cert-${s.name}`] }
  ])
)

function outcomesAt(seen: Observation, minutes: number) {
  return judge(sims, seen, {
    scopes,
    startedAt: T0,
    now: T0 + minutes * 60_000,
    settlesLater: (e) => e.kind === 'audit-finding'
  })
}

describe('the expectations report', () => {
  const seen: Observation = {
    violations: [
      {
        violationId: 'v1',
        thingName: thing('message-flood', 1),
        securityProfileName: 'Rules_flood_profile',
        behaviorName: 'big-messages',
        eventType: 'in-alarm',
        at: T0 + 95_000
      }
    ],
    models: [],
    findings: []
  }
  const outcomes = outcomesAt(seen, 30)

  test('a run where one expected violation never came fails, with the missed one named', () => {
    expect(verdictOf(outcomes)).toBe('failed')
    expect(expectationCounts(outcomes)).toMatchObject({ met: 2, missed: 1, pending: 1 })
    const md = renderExpectationsMarkdown(outcomes)
    expect(md).toContain(
      '| message-flood | `Rules_flood_profile/message-flood` in alarm | ❌ missed |'
    )
    expect(md).toContain(
      '| message-flood | `Rules_flood_profile/big-messages` in alarm | ✅ met | 1m 35s |'
    )
    expect(md).toMatchSnapshot()
    expect(renderExpectationsText(outcomes)).toMatchSnapshot()
  })

  test('coverage names what fired, what stayed quiet, and what is not tested', () => {
    const rows = coverage(demo, outcomes)
    const big = rows.find((r) => r.behaviorName === 'big-messages')!
    expect(big).toMatchObject({ firedBy: ['message-flood'], quietUnder: ['quiet-fleet'] })
    const flood = rows.find((r) => r.behaviorName === 'message-flood')!
    expect(flood.firedBy).toEqual([])
    const md = renderCoverageMarkdown(rows)
    // The six ML behaviors' models are not ACTIVE: a quiet fleet proves nothing of them.
    expect(md).toContain(
      `### Behavior coverage: 1 of ${rows.length} behaviors proven to fire, 4 proven quiet, 6 not tested`
    )
    expect(md).toContain('| Rules_flood_profile | message-flood | — | quiet-fleet |')
    expect(md).toContain(
      '| ML_Detect_profile | msg-byte-size-ml-behavior | **not tested** | **not tested** (model PENDING_BUILD) |'
    )
    expect(md).toMatchSnapshot()
  })

  test('an ML behavior is proven quiet only once its model is ACTIVE', () => {
    const models = [
      {
        securityProfileName: 'ML_Detect_profile',
        behaviorName: 'msg-byte-size-ml-behavior',
        status: 'ACTIVE'
      },
      {
        securityProfileName: 'ML_Detect_profile',
        behaviorName: 'num-disconnects-ml-behavior',
        status: 'EXPIRED'
      }
    ]
    const rows = coverage(demo, outcomes, models)
    const by = (name: string) => rows.find((r) => r.behaviorName === name)!
    expect(by('msg-byte-size-ml-behavior')).toMatchObject({ quietUnder: ['quiet-fleet'] })
    expect(by('msg-byte-size-ml-behavior').model).toBeUndefined()
    expect(by('num-disconnects-ml-behavior')).toMatchObject({ quietUnder: [], model: 'EXPIRED' })
  })

  test('only pending expectations left make the run pending, not passed', () => {
    const all: Observation = {
      ...seen,
      violations: [
        ...seen.violations,
        {
          ...seen.violations[0]!,
          violationId: 'v2',
          behaviorName: 'message-flood',
          at: T0 + 200_000
        }
      ]
    }
    expect(verdictOf(outcomesAt(all, 30))).toBe('pending')
  })
})
