/**
 * validate = parse (positions) → JSON Schema from the model → semantic rules, all problems at once, each
 * placed at file:line:column. Nothing is sent anywhere; a file is usable only when it has no errors.
 */
import type { ProfileFile } from './file-format.js'
import { byPosition, type LocatedProblem } from './problems.js'
import { readProfileFile, type ReadOptions } from './read.js'
import { checkRules } from './rules/index.js'
import { checkSchema } from './schema-check.js'
import { locate, parseSource } from './source.js'

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

export async function validateFile(
  file: string,
  opts: ReadOptions = {}
): Promise<ValidationResult> {
  const read = await readProfileFile(file, opts)
  if ('problem' in read) return result(file, [read.problem])
  return validateText(file, read.text)
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
