/**
 * Adding a kind is adding an adapter: every kind has one, in the order plans list changes, and the engine
 * (plan, read-back, import, reconcile, the renderers) never names a kind, so nothing outside the adapters has
 * to learn a new one.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ADAPTERS } from '../../src/resources/adapters/index.js'
import { RESOURCE_KINDS } from '../../src/resources/types.js'

const ENGINE = [
  'src/plan',
  'src/resources',
  'src/commands',
  'src/report',
  'src/github',
  'src/verify'
]

function modules(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  } catch {
    return [] // a folder that does not exist yet
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(path.join('src/resources/adapters') + path.sep))
}

describe('resource kinds', () => {
  test('each kind has exactly one adapter, in the order of RESOURCE_KINDS', () => {
    expect(ADAPTERS.map((a) => a.kind)).toEqual([...RESOURCE_KINDS])
  })

  test('outside the adapters, no module names a kind', () => {
    const files = ENGINE.flatMap(modules).filter((f) => f !== path.join('src/resources/types.ts'))
    expect(files.length).toBeGreaterThan(20)
    const named = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return RESOURCE_KINDS.filter((k) => text.includes(`'${k}'`)).map((k) => `${file}: '${k}'`)
    })
    expect(named).toEqual([])
  })
})
