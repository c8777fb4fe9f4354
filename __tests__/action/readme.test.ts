/** The README's Inputs and Outputs tables document exactly what action.yml declares, with its defaults. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}
const readme = readFileSync('README.md', 'utf8')

/** The rows of the table under a heading, as cells (header and separator left out). */
function table(heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start).toBeGreaterThan(0)
  const rows: string[][] = []
  for (const line of readme.slice(start + heading.length + 2).split('\n')) {
    if (line.trim() === '' && rows.length === 0) continue
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim())
    )
  }
  return rows.slice(2)
}

const name = (cell: string): string => cell.replace(/^`|`$/g, '')

describe('README', () => {
  test('lists every input of action.yml, with its default', () => {
    const rows = table('### Inputs')
    expect(rows.map((r) => name(r[0]!)).sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [input, spec] of Object.entries(action.inputs)) {
      if (spec.default === undefined) continue
      expect([input, rows.find((r) => name(r[0]!) === input)![1]]).toEqual([
        input,
        `\`${spec.default}\``
      ])
    }
  })

  test('lists every output of action.yml', () => {
    expect(
      table('### Outputs')
        .map((r) => name(r[0]!))
        .sort()
    ).toEqual(Object.keys(action.outputs).sort())
  })
})
