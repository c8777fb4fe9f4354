/** The simulate and cleanup inputs as the action reads them (INPUT_* as the runner sets them). */
import { afterEach, describe, expect, test } from '@jest/globals'
import { getSettings } from '../../src/action/settings.js'

const set: string[] = []
function inputs(values: Record<string, string>): void {
  for (const [k, v] of Object.entries(values)) {
    const name = `INPUT_${k.toUpperCase()}`
    process.env[name] = v
    set.push(name)
  }
}
afterEach(() => {
  for (const n of set.splice(0)) delete process.env[n]
})

describe('simulate and cleanup settings', () => {
  test('simulations and shard; the run id of the workflow run ties a matrix together; the ledger in RUNNER_TEMP', () => {
    inputs({ command: 'simulate', simulations: 'message-flood, churn,', shard: '2/4' })
    const s = getSettings({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2', RUNNER_TEMP: '/rt' })
    expect(s.simulate).toEqual({
      simulations: ['message-flood', 'churn'],
      shard: '2/4',
      runId: 'gh123a2',
      ledgerFile: '/rt/ddac-ledger-simulate.jsonl'
    })
    expect(s.cleanup).toBeUndefined()
  })

  test('outside Actions: all simulations, a fresh run id later, the ledger in the temp folder', () => {
    inputs({ command: 'simulate' })
    expect(getSettings({}).simulate).toEqual({ simulations: [] })
  })

  test('cleanup: older-than', () => {
    inputs({ command: 'cleanup', 'older-than': '30m' })
    expect(getSettings({}).cleanup).toEqual({ olderThan: '30m' })
    expect(getSettings({}).simulate).toBeUndefined()
  })
})
