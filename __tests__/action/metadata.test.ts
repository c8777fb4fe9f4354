/** action.yml and the code agree on every input, output and the runtime GitHub uses. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { COMMANDS, Inputs, Outputs } from '../../src/constants.js'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string; post: string }
}

describe('action.yml', () => {
  test('declares exactly the inputs the settings module reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort())
  })
  test('declares exactly the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort())
  })
  test('documents every input and output', () => {
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)])
      expect(spec.description.length).toBeGreaterThan(10)
  })
  test('runs the committed bundle on node24 with a post step', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' })
  })
  test('the command input default is a command the action knows', () => {
    expect(COMMANDS).toContain(action.inputs[Inputs.Command]!.default)
  })
})

describe('example workflows', () => {
  const files = ['pr-gate.yml', 'scheduled-audit.yml', 'simulate.yml']
  test.each(files)('%s passes only inputs action.yml declares', (name) => {
    const wf = parse(readFileSync(`examples/workflows/${name}`, 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
    }
    const steps = Object.values(wf.jobs).flatMap((j) =>
      j.steps.filter((s) => s.uses?.startsWith('ddac-dev/ddac'))
    )
    expect(steps.length).toBeGreaterThan(0)
    for (const s of steps)
      for (const key of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(key)
  })
})

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8')
  test('documents every input and output of action.yml in its tables', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect(readme).toMatch(new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm'))
    }
  })
})
