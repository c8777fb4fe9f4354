/**
 * What GitHub takes from a step: an output of at most 1 MB and a job summary of at most 1 MiB (a larger
 * summary is dropped with an error). Reports are cut to fit, saying so; the full list of problems goes to a
 * file in RUNNER_TEMP, whose path is an output.
 */
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { LocatedProblem } from '../config/problems.js'
import { problemRecord } from '../report/validation.js'

/** Under both 1 MB (an output) and 1 MiB (a summary), with room for the note that says it was cut. */
export const MAX_MARKDOWN_BYTES = 1_000_000

/** The Markdown cut at a line under `maxBytes`, its open code block closed, with a note where it ends. */
export function capMarkdown(markdown: string, maxBytes = MAX_MARKDOWN_BYTES): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown
  const note = `\n\n> ✂️ This report was cut at ${Math.floor(maxBytes / 1000)} kB, the most GitHub shows; the step's log holds all of it.\n`
  const budget = maxBytes - Buffer.byteLength(note) - 4 // room to close a code block
  // Cut by bytes, then back to a whole line (a cut character would be invalid UTF-8).
  let kept = Buffer.from(markdown)
    .subarray(0, budget)
    .toString('utf8')
    .replace(/\uFFFD*$/, '')
  kept = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')))
  const fences = kept.match(/^\s*```/gm)?.length ?? 0
  return `${kept}${fences % 2 === 1 ? '\n```' : ''}${note}`
}

/** Every problem as JSON in a file of its own (two steps of one job never share it); returns its path. */
export async function writeProblemsFile(
  problems: readonly LocatedProblem[],
  dir: string
): Promise<string> {
  const file = path.join(dir, `ddac-problems-${randomUUID()}.json`)
  await writeFile(file, JSON.stringify(problems.map(problemRecord)))
  return file
}
