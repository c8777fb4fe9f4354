import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { validateFile } from '../../src/config/validate.js'
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
