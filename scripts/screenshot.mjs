// Look at a summary or comment the way GitHub shows it: Markdown → GitHub-styled HTML (marked +
// github-markdown-css, ```diff lines coloured as GitHub colours them, Mermaid rendered) → headless Chromium.
//
//   node scripts/screenshot.mjs summary.md /tmp/summary.png [--width 780] [--height 2400] [--open]
//
// --width is the Markdown's column (a pull-request comment at a 900 px window is about 780 px; a job summary
// about 860 px); --open opens every <details>. Besides the PNG it prints what a reader would have to scroll sideways to see (code blocks
// and tables wider than the column) and, per Mermaid chart, how many axis labels overlap: both should be 0.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { marked } from 'marked'
import markedAlert from 'marked-alert'

const [input, output, ...rest] = process.argv.slice(2)
if (!input || !output) {
  console.error(
    'usage: node scripts/screenshot.mjs <markdown file> <png file> [--width px] [--height px]'
  )
  process.exit(2)
}
const flag = (name, fallback) => {
  const i = rest.indexOf(`--${name}`)
  return i === -1 ? fallback : Number(rest[i + 1])
}
const width = flag('width', 780)
const height = flag('height', 2400)

const modules = path.resolve('node_modules')
const url = (p) => pathToFileURL(path.join(modules, p)).href

// GitHub renders ```mermaid as a chart and colours the lines of ```diff by their first character.
const renderer = new marked.Renderer()
renderer.code = ({ text, lang }) => {
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
  if (lang === 'mermaid') return `<pre class="mermaid">${escaped}</pre>`
  if (lang !== 'diff') return `<pre><code>${escaped}</code></pre>`
  const lines = escaped
    .split('\n')
    .map((l) => (l[0] === '+' ? 'add' : l[0] === '-' ? 'del' : '') + '\u0000' + l)
    .map((l) => {
      const [kind, line] = l.split('\u0000')
      return kind ? `<span class="${kind}">${line}</span>` : line
    })
  return `<pre><code>${lines.join('\n')}</code></pre>`
}
const markdown = readFileSync(input, 'utf8')
marked.use(markedAlert())
const body = marked.parse(
  rest.includes('--open') ? markdown.replaceAll('<details>', '<details open>') : markdown,
  { gfm: true, renderer }
)

const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${url('github-markdown-css/github-markdown-light.css')}">
<style>
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; border: 1px solid #d0d7de; margin: 16px; }
  .markdown-body pre .add { color: #116329; background: #dafbe1; display: inline-block; min-width: 100%; }
  .markdown-body pre .del { color: #82071e; background: #ffebe9; display: inline-block; min-width: 100%; }
</style>
<script src="${url('mermaid/dist/mermaid.min.js')}"></script>
</head><body><article class="markdown-body">${body}</article>
<script>
  mermaid.initialize({ startOnLoad: false, theme: 'default' })
  mermaid.run({ querySelector: '.mermaid' }).finally(() => {
    const wide = [...document.querySelectorAll('.markdown-body pre, .markdown-body table')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.tagName.toLowerCase() + ': ' + (e.textContent ?? '').trim().slice(0, 60))
    const overlaps = [...document.querySelectorAll('.mermaid svg')].map((svg) => {
      const boxes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect())
      let n = 0
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j]
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++
        }
      return n
    })
    document.title = JSON.stringify({ wide, overlaps, height: document.body.scrollHeight })
  })
</script></body></html>`

const dir = mkdtempSync(path.join(tmpdir(), 'ddac-shot-'))
const page = path.join(dir, 'page.html')
writeFileSync(page, html)
const chromium = process.env.CHROMIUM ?? 'chromium'
const common = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--hide-scrollbars',
  '--allow-file-access-from-files',
  '--virtual-time-budget=15000',
  `--user-data-dir=${path.join(dir, 'profile')}`
]
const dom = execFileSync(chromium, [...common, '--dump-dom', pathToFileURL(page).href], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore']
})
const title = /<title>(.*?)<\/title>/s.exec(dom)?.[1]
const found = title
  ? JSON.parse(title.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
  : undefined
const shotHeight = Math.min(height, (found?.height ?? height) + 32)
execFileSync(
  chromium,
  [
    ...common,
    `--window-size=${width + 64},${shotHeight}`,
    `--screenshot=${path.resolve(output)}`,
    pathToFileURL(page).href
  ],
  { stdio: 'ignore' }
)
console.log(`wrote ${output} (${width + 64}×${shotHeight} px)`)
if (!found) {
  console.log('could not read the page’s measurements (did Mermaid load?)')
  process.exit(1)
}
console.log(`scrolls sideways: ${found.wide.length}${found.wide.map((w) => `\n  ${w}`).join('')}`)
console.log(
  `overlapping chart labels: ${found.overlaps.length ? found.overlaps.join(', ') : 'no charts'}`
)
process.exit(found.wide.length || found.overlaps.some((n) => n > 0) ? 1 : 0)
