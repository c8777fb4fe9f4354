/**
 * Cut Markdown to a length without breaking what follows it: the cut falls on a line boundary, a code fence
 * left open is closed (or the rest of the page would render as code) and so is every open `<details>`, and
 * a notice says how many lines were cut. Pure.
 */

/** What closes the constructs open after each line: a fence and `<details>` blocks. */
interface Open {
  fence?: { char: string; length: number }
  details: number
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

function advance(open: Open, line: string): Open {
  const m = FENCE.exec(line)
  if (open.fence) {
    const closes =
      m && m[1]![0] === open.fence.char && m[1]!.length >= open.fence.length && line.trim() === m[1]
    return closes ? { details: open.details } : open
  }
  if (m) return { ...open, fence: { char: m[1]![0]!, length: m[1]!.length } }
  const opened = line.match(/<details[\s>]/gi)?.length ?? 0
  const closed = line.match(/<\/details>/gi)?.length ?? 0
  return { details: Math.max(0, open.details + opened - closed) }
}

function closers(open: Open): string {
  return (
    (open.fence ? `${open.fence.char.repeat(open.fence.length)}\n` : '') +
    '</details>\n'.repeat(open.details)
  )
}

/**
 * `markdown` when it fits in `max` characters; otherwise its longest head of whole lines that fits with the
 * closers and `notice(linesCut)`. Only the notice is left when not even one line fits.
 */
export function trimMarkdown(
  markdown: string,
  max: number,
  notice: (linesCut: number) => string
): string {
  if (markdown.length <= max) return markdown
  const lines = markdown.split('\n')
  const cut = (kept: number, open: Open): string =>
    `${lines.slice(0, kept).join('\n')}\n${closers(open)}\n${notice(lines.length - kept)}\n`
  // Lengths are added up rather than each candidate built, so a 200 kB report is cut in linear time.
  let best: { kept: number; open: Open } | undefined
  let open: Open = { details: 0 }
  let used = 0
  for (let kept = 1; kept < lines.length; kept++) {
    used += lines[kept - 1]!.length + 1
    if (used > max) break
    open = advance(open, lines[kept - 1]!)
    if (used + closers(open).length + notice(lines.length - kept).length + 2 <= max)
      best = { kept, open }
  }
  return best ? cut(best.kept, best.open) : `${notice(lines.length)}\n`
}
