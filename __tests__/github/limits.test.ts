import { describe, expect, test } from '@jest/globals'
import { capMarkdown } from '../../src/github/limits.js'

describe('capMarkdown', () => {
  test('leaves a report under the limit as it is', () => {
    expect(capMarkdown('## ok\n\nfine\n', 100)).toBe('## ok\n\nfine\n')
  })

  test('cuts at a whole line, closes an open code block, and says so', () => {
    const yaml = Array.from({ length: 200 }, (_, i) => `  - securityProfileName: p${i}`)
    const md = `## ddac import\n\n\`\`\`yaml\n${yaml.join('\n')}\n\`\`\`\n`
    const cut = capMarkdown(md, 1000)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000)
    const body = cut.slice(0, cut.indexOf('\n\n> ✂️'))
    expect(
      body
        .split('\n')
        .slice(3, -1)
        .every((l) => yaml.includes(l))
    ).toBe(true)
    expect(body.endsWith('\n```')).toBe(true)
    expect(cut).toContain('This report was cut at 1 kB')
  })

  test('never splits a multi-byte character', () => {
    const cut = capMarkdown(`${'é'.repeat(600)}\n${'✅'.repeat(600)}\n`, 1500)
    expect(cut).not.toContain('\uFFFD')
    expect(cut.startsWith('é'.repeat(600))).toBe(true)
  })
})
