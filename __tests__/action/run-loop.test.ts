/**
 * The whole loop from the committed bundle, started as the runner starts it with `target: local`: apply the
 * file to an emulator started for the step, run its simulations over mutual TLS against the emulator's broker,
 * wait for Detect, report and tear down. True expectations pass the step; a false one fails it, naming it.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runAction } from '../helpers/runner.js'
import { floodInto, rulesOn } from '../helpers/loop-file.js'

const ENTRY = 'dist/index.js'

/** A rules profile on a group, the seed's flood into it, and a quiet baseline beside it. */
function workspace(floodExpects: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-run-'))
  writeFileSync(
    path.join(dir, 'device-defender.yml'),
    `version: 1
${rulesOn(
  'sim_group',
  `      - name: auth-failures
        metric: aws:num-authorization-failures
        criteria: { comparisonOperator: less-than-equals, value: { count: 5 }, durationSeconds: 300 }
`
)}simulations:
${floodInto(
  'sim_group',
  20,
  `      violations: [{ securityProfileName: Rules, behaviorName: ${floodExpects} }]
      timeout: 4m`
)}  - name: quiet
    scenario: baseline
    things: 2
    thingGroup: sim_group
    topic: test/topic
    messageSize: 100
    count: 3
    interval: 100ms
    expect: { noViolations: true, timeout: 3m }
`
  )
  return dir
}

const inputs = { command: 'run', config: 'device-defender.yml', target: 'local' }

describe('run from the bundle with target local', () => {
  test('true expectations: the step passes, with the outcomes as outputs and nothing left behind', async () => {
    const r = await runAction(ENTRY, inputs, { cwd: workspace('big-messages') })
    expect(r.stdout).not.toMatch(/::error/)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      result: 'passed',
      converged: 'true',
      'expectations-met': '2',
      'expectations-missed': '0',
      'expectations-forbidden': '0',
      'teardown-failures': '0'
    })
    const outcomes = JSON.parse(r.outputs.expectations!) as Array<Record<string, unknown>>
    expect(outcomes.map((o) => [o.simulation, o.kind, o.verdict])).toEqual([
      ['flood', 'violation', 'met'],
      ['quiet', 'no-violations', 'met']
    ])
    expect(r.summary).toContain('## ddac run ✅ passed')
    expect(r.summary).toMatch(/\| flood \| `Rules\/big-messages` in alarm \| ✅ met \|/)
    expect(r.summary).toContain('```mermaid\ngantt')
    // The progress the step printed while it waited.
    expect(r.stdout).toMatch(/verify: \d\/2 decided/)
    expect(r.state.tornDown).toBe('true')
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)])
      expect(text).not.toMatch(/PRIVATE KEY/)
  }, 60_000)

  test('a false expectation fails the step and says which one was missed', async () => {
    const r = await runAction(ENTRY, inputs, { cwd: workspace('auth-failures') })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      result: 'failed',
      'expectations-met': '1',
      'expectations-missed': '1',
      'teardown-failures': '0'
    })
    expect(r.stdout).toMatch(
      /::error::1 expectation not met: flood: Rules\/auth-failures missed \(not seen within 4s\)/
    )
    expect(r.summary).toContain('## ddac run ❌ failed')
    // The traffic went through, but the step failed: no section of it says ✅ at its head.
    expect(r.summary).toMatch(/^### ddac simulate ❌ run `/m)
    expect(r.summary).toMatch(/\| flood \| `Rules\/auth-failures` in alarm \| ❌ missed \|/)
    expect(r.state.tornDown).toBe('true')
  }, 60_000)
})
