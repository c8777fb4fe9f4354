/**
 * action.yml and the code agree on every input, output and the runtime GitHub uses; the README documents the
 * same inputs, outputs, commands and options, and nothing promises what does not exist.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { buildProgram } from '../../src/cli/cli.js'
import { validateText } from '../../src/config/validate.js'
import { COMMANDS, Inputs, Outputs } from '../../src/constants.js'
import { RESOURCE_KINDS } from '../../src/resources/types.js'
import { renderValidationMarkdown, renderValidationText } from '../../src/report/validation.js'

const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { description: string }
const action = parse(readFileSync('action.yml', 'utf8')) as {
  description: string
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

/** The rows of the Markdown table under a README heading: first cell (its `code`) → second cell. */
function readmeTable(heading: string): Map<string, string> {
  const from = readme.indexOf(`\n${heading}\n`)
  expect(from).toBeGreaterThan(-1)
  const rows = new Map<string, string>()
  for (const line of readme.slice(from + heading.length + 2).split('\n')) {
    if (line.startsWith('#')) break
    const cells = /^\|\s*`([^`]+)`\s*\|([^|]*)\|/.exec(line)
    if (cells) rows.set(cells[1]!, cells[2]!.trim())
  }
  return rows
}

function readmeSection(heading: string): string {
  const from = readme.indexOf(`\n${heading}\n`)
  return readme.slice(from, readme.indexOf('\n## ', from + 1))
}

const program = buildProgram({ out: () => undefined, err: () => undefined })
const commands = program.commands.filter((c) => c.name() !== 'help')

describe('README, action.yml and --help agree', () => {
  test("README's inputs table lists exactly action.yml's inputs, with its defaults", () => {
    const rows = readmeTable('### Inputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    const defaults = Object.entries(action.inputs).filter(([, spec]) => spec.default !== undefined)
    expect(defaults.map(([name]) => [name, rows.get(name)])).toEqual(
      defaults.map(([name, spec]) => [name, `\`${spec.default}\``])
    )
  })

  test("README's outputs table lists exactly action.yml's outputs", () => {
    expect([...readmeTable('### Outputs').keys()].sort()).toEqual(
      Object.keys(action.outputs).sort()
    )
  })

  test("README's CLI section names every command of --help and every option of each", () => {
    const cli = readmeSection('## The CLI')
    const table = readmeTable('## The CLI')
    expect(commands.map((c) => c.name()).sort()).toEqual([...table.keys()].sort())
    for (const command of commands) expect(cli).toContain(`ddac ${command.name()}`)
    const undocumented = commands.flatMap((c) =>
      c.options
        .filter((o) => !table.get(c.name())!.includes(o.long!))
        .map((o) => `${c.name()} ${o.long}`)
    )
    expect(undocumented).toEqual([])
  })

  test('--kinds, the kinds input and the README name every kind import takes', () => {
    const kinds = program.commands
      .find((c) => c.name() === 'import')!
      .options.find((o) => o.long === '--kinds')!
    const cli = readmeSection('## The CLI')
    for (const kind of RESOURCE_KINDS) {
      expect(kinds.description).toContain(kind)
      expect(action.inputs[Inputs.Kinds]!.description).toContain(kind)
      expect(cli).toContain(`\`${kind}\``)
    }
  })

  test('the command input and the README name exactly the commands that exist', () => {
    const named = (text: string): string[] =>
      [...text.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!).filter((w) => w === w.toLowerCase())
    expect([...new Set(named(action.inputs[Inputs.Command]!.description))].sort()).toEqual(
      [...COMMANDS].sort()
    )
    const table = readmeTable('## The CLI')
    for (const c of COMMANDS) expect(table.has(c)).toBe(true)
    expect(pkg.description).toMatch(/simulat/)
  })

  test('the validate summary says simulations are checked, not run', () => {
    const r = validateText('dd.yml', readFileSync('examples/device-defender.yml', 'utf8'))
    expect(r.profile?.simulations?.length).toBeGreaterThan(0)
    expect(renderValidationMarkdown(r)).toContain(
      'Checked only: `validate` does not run them; `simulate` does.'
    )
    expect(renderValidationText(r)).toMatch(/simulation message-flood .*\(checked, not run\)/)
  })
})
