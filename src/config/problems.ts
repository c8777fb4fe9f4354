/** A finding about the profile file, anchored to a path in the document and a place in the file. */
export type Severity = 'error' | 'warning'
export type Path = readonly (string | number)[]

export interface Problem {
  severity: Severity
  /** stable identifier of the check that produced it, e.g. `schema/enum` or `behavior/ml-metric` */
  rule: string
  path: Path
  message: string
  /** where the problem points: the key when `at: 'key'`, else the value */
  at?: 'key' | 'value'
}

/** A problem placed in the file: what annotations, the CLI and summaries print. */
export interface LocatedProblem extends Problem {
  file: string
  line: number
  column: number
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/

/** `securityProfiles[0].behaviors[2].criteria` — the path form people read and search for. */
export function formatPath(path: Path): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`
    else out += `[${JSON.stringify(seg)}]`
  }
  return out === '' ? '(document)' : out
}

export function error(rule: string, path: Path, message: string, at?: 'key' | 'value'): Problem {
  return { severity: 'error', rule, path, message, ...(at ? { at } : {}) }
}

export function warning(rule: string, path: Path, message: string, at?: 'key' | 'value'): Problem {
  return { severity: 'warning', rule, path, message, ...(at ? { at } : {}) }
}

export function byPosition(a: LocatedProblem, b: LocatedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column
}

/** `device-defender.yml:12:9 error securityProfiles[0].name: …` — one line per problem, as compilers print. */
export function formatProblem(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${formatPath(p.path)}: ${p.message} [${p.rule}]`
}
