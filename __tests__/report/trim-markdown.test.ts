import { describe, expect, test } from '@jest/globals'
import { trimMarkdown } from '../../src/report/trim-markdown.js'

const notice = (n: number): string => `(${n} lines cut)`
const lines = (n: number, text = 'line'): string[] =>
  Array.from({ length: n }, (_, i) => `${text} ${i}`)

describe('trimMarkdown', () => {
  test('leaves Markdown that fits as it is', () => {
    const md = lines(10).join('\n')
    expect(trimMarkdown(md, md.length, notice)).toBe(md)
  })

  test('cuts on a line boundary, within the length, and says how many lines went', () => {
    const md = lines(1000).join('\n')
    const out = trimMarkdown(md, 500, notice)
    expect(out.length).toBeLessThanOrEqual(500)
    const kept = out.split('\n').filter((l) => l.startsWith('line '))
    expect(md.startsWith(kept.join('\n'))).toBe(true)
    expect(out).toContain(`(${1000 - kept.length} lines cut)`)
    // The longest head that fits: one more line would not.
    expect(out.length + lines(1000)[kept.length]!.length + 1).toBeGreaterThan(500)
  })

  test('closes a code fence and the <details> around it, before the notice', () => {
    const md = [
      '<details><summary>a</summary>',
      '',
      '```diff',
      ...lines(200, '+ field'),
      '```',
      '</details>'
    ].join('\n')
    const out = trimMarkdown(md, 400, notice)
    expect(out.length).toBeLessThanOrEqual(400)
    expect(out).toMatch(/\+ field \d+\n```\n<\/details>\n\n\(\d+ lines cut\)\n$/)
  })

  test('a fence already closed is not closed again; a longer fence needs a closer as long', () => {
    const md = ['```', 'a', '```', '````yaml', ...lines(100, 'k: v'), '````'].join('\n')
    const out = trimMarkdown(md, 200, notice)
    expect(out).toMatch(/k: v \d+\n````\n\n\(/)
    expect(out.match(/^`{3,}/gm)).toEqual(['```', '```', '````', '````'])
  })

  test('<details> inside a code block is text, not an open block', () => {
    const md = ['```html', '<details>', '```', ...lines(100)].join('\n')
    expect(trimMarkdown(md, 150, notice)).not.toContain('</details>')
  })

  test('when not one line fits, only the notice is left', () => {
    expect(trimMarkdown('x'.repeat(1000) + '\ny', 50, notice)).toBe('(2 lines cut)\n')
  })
})
