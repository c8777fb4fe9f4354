/** The registry has one spec for every command the action accepts, and the CLI offers each of them. */
import { describe, expect, test } from '@jest/globals'
import { cli } from '../../src/cli/cli.js'
import { REGISTRY } from '../../src/commands/registry.js'
import { COMMANDS } from '../../src/constants.js'

describe('command registry', () => {
  test('every command of COMMANDS loads a spec with run and report, and no other is registered', async () => {
    expect(Object.keys(REGISTRY).sort()).toEqual([...COMMANDS].sort())
    for (const name of COMMANDS) {
      const { spec } = await REGISTRY[name]()
      expect([name, typeof spec.run, typeof spec.report]).toEqual([name, 'function', 'function'])
    }
  })

  test('only the commands that reach the account are stoppable, and only validate works without one', async () => {
    const needs = Object.fromEntries(
      await Promise.all(COMMANDS.map(async (c) => [c, (await REGISTRY[c]()).spec.needs] as const))
    )
    expect(COMMANDS.filter((c) => needs[c]!.stoppable)).toEqual([
      'plan',
      'apply',
      'simulate',
      'run',
      'audit'
    ])
    // Only those that write the file's resources let the writes in flight finish.
    expect(COMMANDS.filter((c) => needs[c]!.stoppable === 'writes')).toEqual(['apply', 'run'])
    expect(COMMANDS.filter((c) => !needs[c]!.account)).toEqual(['validate'])
  })

  test('ddac --help lists every command', async () => {
    let out = ''
    await cli(['--help'], { out: (t) => (out += t), err: () => undefined })
    for (const name of COMMANDS) expect(out).toMatch(new RegExp(`^  ${name}\\b`, 'm'))
  })
})
