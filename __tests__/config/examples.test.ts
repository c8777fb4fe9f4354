import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { validateFile, validateText } from '../../src/config/validate.js'
import { formatProblem } from '../../src/config/problems.js'

const examples = readdirSync('examples').filter((f) => /\.(ya?ml|json)$/.test(f))

describe('examples', () => {
  test('there are examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(4))
  test.each(examples)('%s validates with no problems', async (name) => {
    const r = await validateFile(`examples/${name}`)
    expect(r.problems.map(formatProblem)).toEqual([])
    expect(r.profile).toBeDefined()
  })
})

describe('README', () => {
  test('the profile file example in the README validates', () => {
    const readme = readFileSync('README.md', 'utf8')
    const block = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme)
    expect(block).not.toBeNull()
    const r = validateText('README.md', block![1]!)
    expect(r.problems.map(formatProblem)).toEqual([])
  })
})
