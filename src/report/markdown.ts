/** Small Markdown helpers shared by the renderers (GitHub-flavoured: tables, details). */

/** Escape what would break a table cell or start unwanted formatting. */
export function cell(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ')
    .replaceAll('<', '&lt;')
}

export function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return ''
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n'
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`
}

/** A fenced code block whose fence no backtick run in the body can close. */
export function fenced(lang: string, body: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${body}\n${fence}\n`
}

/**
 * Text cut in the middle to at most `max` characters, both ends kept (an ARN's service and its name). For table
 * cells and code lines: GitHub cannot wrap a code span without spaces, and scrolls a code block sideways.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const head = Math.ceil((max - 1) * 0.6)
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`
}
