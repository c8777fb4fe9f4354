/**
 * validate = parse (positions) → JSON Schema from the model → semantic rules, all problems at once, each
 * placed at file:line:column. Nothing is sent anywhere; a file is usable only when it has no errors.
 */
import { readFile, stat } from 'node:fs/promises'
import type { ProfileFile } from './file-format.js'
import { byPosition, type LocatedProblem } from './problems.js'
import { checkRules } from './rules/index.js'
import { checkSchema } from './schema-check.js'
import { fileProblem, locate, MAX_FILE_BYTES, parseSource, tooLarge } from './source.js'

export interface ValidationResult {
  file: string
  problems: LocatedProblem[]
  errors: number
  warnings: number
  /** the file's content, set only when it has no errors */
  profile?: ProfileFile
}

export function validateText(file: string, text: string): ValidationResult {
  const parsed = parseSource(file, text)
  if (!parsed.source) return result(file, parsed.problems)
  const source = parsed.source
  const problems = [...checkSchema(source.data), ...checkRules(source.data)].map((p) =>
    locate(source, p)
  )
  return result(file, problems, source.data as ProfileFile)
}

export async function validateFile(file: string): Promise<ValidationResult> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    const message = `cannot read ${file}: no such file (set the config input or pass the path)`
    return result(file, [fileProblem(file, 'file/not-found', message)])
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_FILE_BYTES)
    return result(file, [fileProblem(file, 'file/too-large', tooLarge(size))])
  return validateText(file, await readFile(file, 'utf8'))
}

function result(file: string, problems: LocatedProblem[], data?: ProfileFile): ValidationResult {
  const sorted = [...problems].sort(byPosition)
  const errors = sorted.filter((p) => p.severity === 'error').length
  return {
    file,
    problems: sorted,
    errors,
    warnings: sorted.length - errors,
    ...(errors === 0 && data ? { profile: data } : {})
  }
}
