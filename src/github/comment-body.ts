/**
 * The body of the sticky pull-request comment, one per profile file. Each command owns a section, delimited
 * by hidden markers, so a command replaces its own section and keeps the others (validate and plan today;
 * later commands add theirs). A section made for an earlier commit is kept but folded and labelled as such.
 * The body stays under GitHub's limit: the largest sections are trimmed first, each pointing at the job
 * summary of the run that made it. Pure.
 */
import { code } from '../report/markdown.js'
import { trimMarkdown } from '../report/trim-markdown.js'

/** GitHub refuses a longer comment body ("Body is too long (maximum is 65536 characters)", HTTP 422). */
export const COMMENT_LIMIT = 65_536

export interface Section {
  /** the command that wrote it */
  command: string
  /** the pull request's head commit it was made for */
  sha?: string
  /** the run whose job summary holds the full report */
  runUrl?: string
  markdown: string
}

export interface CommentInput {
  /** the file's identity: what tells its comment from another file's */
  identity: string
  /** the profile file, as the reader knows it */
  file: string
  /** the body of the comment so far, if there is one */
  previous?: string
  section: Section
  /** commands in the order their sections appear (others follow) */
  order: readonly string[]
  limit?: number
}

/** JSON inside an HTML comment: without `<` and `>`, no value can end the comment early. */
function hidden(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e')
}

/** The first line of the file's comment; finding it is how the comment is found again. */
export function fileMarker(identity: string): string {
  return `<!-- ddac:file ${hidden(identity)} -->`
}

const SECTION = /<!-- ddac:section (\{.*?\}) -->\n([\s\S]*?)\n<!-- ddac:end -->/g
const SECTION_END = '<!-- ddac:end -->'

/** A report that quotes our own marker (a name in the file, say) must not end its section early. */
function defuse(markdown: string): string {
  return markdown.replaceAll('<!-- ddac:', '<!-- ddac\u200b:').trimEnd()
}

/** The sections of a body this module wrote; anything else in it is dropped. */
export function parseSections(body: string): Section[] {
  const sections: Section[] = []
  for (const m of body.matchAll(SECTION)) {
    try {
      const meta = JSON.parse(m[1]!) as { command?: unknown; sha?: unknown; run?: unknown }
      if (typeof meta.command !== 'string') continue
      sections.push({
        command: meta.command,
        ...(typeof meta.sha === 'string' ? { sha: meta.sha } : {}),
        ...(typeof meta.run === 'string' ? { runUrl: meta.run } : {}),
        markdown: m[2]!.trimEnd()
      })
    } catch {
      // a marker edited by hand: its section is dropped, the comment is rewritten
    }
  }
  return sections
}

const short = (sha: string): string => sha.slice(0, 7)

/** A report with nothing to act on keeps its heading in view and folds the rest, so the others stand out. */
export function foldBody(markdown: string): string {
  const [first, ...rest] = markdown.trimEnd().split('\n')
  const body = rest.join('\n').trim()
  if (!first?.startsWith('#') || !body) return markdown
  return `${first}\n\n<details><summary>Details</summary>\n\n${body}\n\n</details>\n`
}

function renderSection(s: Section, headSha: string | undefined): string {
  const meta = hidden({ command: s.command, sha: s.sha, run: s.runUrl })
  const body = `<!-- ddac:section ${meta} -->\n${s.markdown}\n\n${SECTION_END}\n`
  if (!headSha || !s.sha || s.sha === headSha) return body
  const from = s.runUrl ? `<a href="${s.runUrl}">${short(s.sha)}</a>` : short(s.sha)
  return `<details><summary>⏳ <b>${s.command}</b> from an earlier commit (${from}); not run for <code>${short(headSha)}</code></summary>\n\n${body}\n</details>\n`
}

function trimNotice(s: Section): (lines: number) => string {
  const where = s.runUrl ? `the [job summary](${s.runUrl})` : 'the job summary'
  return (lines) =>
    `> [!NOTE]\n> Trimmed to fit a pull-request comment: ${lines} more lines of ${code(s.command)} are in ${where}.`
}

/** Shares of `budget`, smallest first: a section that needs less than an equal share leaves the rest. */
function allocate(sizes: readonly number[], budget: number): number[] {
  const shares = new Array<number>(sizes.length).fill(0)
  const bySize = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size)
  let left = budget
  bySize.forEach(({ size, i }, n) => {
    shares[i] = Math.min(size, Math.floor(left / (bySize.length - n)))
    left -= shares[i]!
  })
  return shares
}

export function composeComment(input: CommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT
  const section = { ...input.section, markdown: defuse(input.section.markdown) }
  const rank = (command: string): number => {
    const i = input.order.indexOf(command)
    return i < 0 ? input.order.length : i
  }
  const sections = [
    ...parseSections(input.previous ?? '').filter((s) => s.command !== section.command),
    section
  ].sort((a, b) => rank(a.command) - rank(b.command))
  const render = (all: readonly Section[]): string => {
    const head = `${fileMarker(input.identity)}\n<sub>🛡️ ddac · ${code(input.file)}</sub>\n\n`
    const link = section.runUrl ? ` in [this run](${section.runUrl})` : ''
    const made = section.sha ? ` for ${code(short(section.sha))}` : ''
    const foot = `\n<sub>Updated${made}${link}; its job summary has the full report. One comment per profile file, edited on every run.</sub>\n`
    return head + all.map((s) => renderSection(s, section.sha)).join('\n') + foot
  }
  const whole = render(sections)
  if (whole.length <= limit) return whole
  const overhead = render(sections.map((s) => ({ ...s, markdown: '' }))).length
  const shares = allocate(
    sections.map((s) => s.markdown.length),
    limit - overhead
  )
  const trimmed = render(
    sections.map((s, i) => ({
      ...s,
      markdown: trimMarkdown(s.markdown, shares[i]!, trimNotice(s))
    }))
  )
  if (trimmed.length <= limit) return trimmed
  // Only when the sections are so many that not even their notices fit: keep the notices alone.
  return render(
    sections.map((s) => ({ ...s, markdown: trimNotice(s)(s.markdown.split('\n').length) }))
  )
}
