import { describe, expect, test } from '@jest/globals'
import {
  COMMENT_LIMIT,
  composeComment,
  fileMarker,
  foldBody,
  parseSections,
  type Section
} from '../../src/github/comment-body.js'

const ORDER = ['validate', 'plan', 'apply']
const RUN = 'https://github.com/o/r/actions/runs/1'
const section = (command: string, markdown: string, sha = 'a'.repeat(40)): Section => ({
  command,
  sha,
  runUrl: RUN,
  markdown
})
const compose = (s: Section, previous?: string, limit?: number): string =>
  composeComment({
    identity: 'o/r:dd.yml',
    file: 'dd.yml',
    section: s,
    order: ORDER,
    ...(previous === undefined ? {} : { previous }),
    ...(limit ? { limit } : {})
  })

describe('composeComment', () => {
  test('starts with the file marker, names the file and the commit, and links the run', () => {
    const body = compose(section('plan', '## plan: 1 to create'))
    expect(body.startsWith(fileMarker('o/r:dd.yml') + '\n')).toBe(true)
    expect(body).toContain('🛡️ ddac · `dd.yml`')
    expect(body).toContain('## plan: 1 to create')
    expect(body).toContain(`Updated for \`aaaaaaa\` in [this run](${RUN})`)
  })

  test('replaces its own section, keeps the others, in command order', () => {
    const first = compose(section('plan', 'plan v1'))
    const second = compose(section('validate', 'validate v1'), first)
    const third = compose(section('plan', 'plan v2'), second)
    expect(parseSections(third).map((s) => [s.command, s.markdown])).toEqual([
      ['validate', 'validate v1'],
      ['plan', 'plan v2']
    ])
    expect(third).not.toContain('plan v1')
  })

  test('a section of an earlier commit is kept, folded and labelled, and comes back unfolded', () => {
    const old = compose(section('plan', 'old plan', '1'.repeat(40)))
    const body = compose(section('validate', 'new validate', '2'.repeat(40)), old)
    expect(body).toContain(
      `<details><summary>⏳ <b>plan</b> from an earlier commit (<a href="${RUN}">1111111</a>); not run for <code>2222222</code></summary>`
    )
    expect(body).not.toMatch(/<summary>⏳ <b>validate/)
    const rerun = compose(section('plan', 'new plan', '2'.repeat(40)), body)
    expect(rerun).not.toContain('earlier commit')
    expect(parseSections(rerun).map((s) => s.markdown)).toEqual(['new validate', 'new plan'])
  })

  test('an identity or a report cannot end the marker or a section early', () => {
    const identity = 'o/r:--> <!-- ddac:end -->.yml'
    expect(fileMarker(identity)).not.toMatch(/-->.*-->/)
    const tricky = 'a name `<!-- ddac:end -->` and `<!-- ddac:section {"command":"apply"} -->`'
    const body = compose(section('plan', tricky))
    const again = compose(section('validate', 'v'), body)
    expect(parseSections(again).map((s) => s.command)).toEqual(['validate', 'plan'])
    expect(parseSections(again)[1]!.markdown).toContain('a name `<!-- ddac')
  })

  test('a body that would pass the limit is trimmed, the largest section first', () => {
    const big = [
      '## plan',
      '```diff',
      ...Array.from({ length: 8000 }, (_, i) => `+ line ${i}`),
      '```'
    ]
    const previous = compose(section('validate', '## validate: fine'))
    const body = compose(section('plan', big.join('\n')), previous)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200)
    expect(body).toContain('## validate: fine')
    expect(body).toMatch(
      /> Trimmed to fit a pull-request comment: \d+ more lines of `plan` are in the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)\./
    )
    expect(parseSections(body).map((s) => s.command)).toEqual(['validate', 'plan'])
  })

  test('two large sections share the limit', () => {
    const lines = (n: number, w: string): string =>
      Array.from({ length: n }, (_, i) => `${w} ${i}`).join('\n')
    const previous = compose(section('validate', lines(8000, 'problem')))
    const body = compose(section('plan', lines(8000, 'change')), previous)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const [v, p] = parseSections(body)
    expect(Math.abs(v!.markdown.length - p!.markdown.length)).toBeLessThan(500)
  })

  test('even many sections over a tiny limit stay under it', () => {
    const body = compose(section('plan', 'x\n'.repeat(5000)), undefined, 1000)
    expect(body.length).toBeLessThanOrEqual(1000)
    expect(body).toContain('more lines of `plan`')
  })
})

describe('parseSections', () => {
  test('ignores text that is not a section, and a hand-broken marker', () => {
    const body = `${fileMarker('x')}\nhello\n<!-- ddac:section {broken -->\nx\n<!-- ddac:end -->\n`
    expect(parseSections(body)).toEqual([])
  })
})

describe('foldBody', () => {
  test('keeps the heading and folds the rest', () => {
    expect(
      foldBody('## ✅ ddac validate: dd.yml is valid\n\n### What the file declares\n| a |\n')
    ).toBe(
      '## ✅ ddac validate: dd.yml is valid\n\n<details><summary>Details</summary>\n\n### What the file declares\n| a |\n\n</details>\n'
    )
  })
  test('leaves a report without a heading or a body as it is', () => {
    expect(foldBody('plain text\nmore')).toBe('plain text\nmore')
    expect(foldBody('## only a heading\n')).toBe('## only a heading\n')
  })
})
