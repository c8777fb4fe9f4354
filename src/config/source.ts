/**
 * Parse the profile file (YAML 1.2, or strict JSON for a `.json` file) keeping every node's position, so any
 * problem found later, in the schema or the semantic rules, can name file:line:column.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError
} from 'yaml'
import { parseJson } from './json-source.js'
import { complexKeys, unknownTags } from './yaml-shape.js'
import { type LocatedProblem, type Path, type Problem } from './problems.js'
import { didYouMean } from './suggest.js'
import { errorMessage } from '../util/errors.js'

/** Larger than any real profile file (100 profiles × 100 behaviors is ~2 MB) and small enough to parse fast. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024
/** Anchors/aliases are fine for reuse; this bounds the expansion of an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 1000
/** Real profile files nest about 10 levels; a nesting bomb of millions takes the parser minutes. */
export const MAX_NESTING_DEPTH = 100
/** A broken file can make the parser report thousands of follow-on errors; the first ones say enough. */
export const MAX_PARSE_PROBLEMS = 20

export interface ParsedSource {
  file: string
  lineCounter: LineCounter
  data: unknown
  /** where the deepest node of a path that exists starts (its key when `at` is key) */
  offsetOf: (path: Path, at: 'key' | 'value') => number
}

export interface ParseResult {
  source?: ParsedSource
  problems: LocatedProblem[]
}

export function parseSource(file: string, original: string): ParseResult {
  // A lone CR ends a line (old Mac files; YAML 1.2 says so too): as LF, with every offset kept.
  const text = original.replace(/\r(?!\n)/g, '\n')
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_FILE_BYTES) {
    return fail(file, 1, 1, 'file/too-large', tooLarge(bytes))
  }
  if (text.trim() === '') {
    return fail(file, 1, 1, 'file/empty', 'the file is empty; it needs at least `version: 1`')
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    const { line, col } = linePos(text, nul)
    return fail(file, line, col, 'file/encoding', NUL_MESSAGE)
  }
  const scanned = scan(text)
  if (scanned.tooDeep !== undefined) {
    const { line, col } = linePos(text, scanned.tooDeep)
    return fail(file, line, col, 'yaml/too-deep', tooDeepMessage())
  }
  // A byte-order mark is no JSON whitespace: a space keeps the offsets.
  if (/\.json$/i.test(file)) return parseJsonSource(file, text.replace(/^\uFEFF/, ' '))
  const lineCounter = new LineCounter()
  let doc: Document.Parsed
  // The parser makes an Error per problem, and garbage input has one per character: their stack traces are
  // never shown, so skip them. prettyErrors: false since formatting every error's context is quadratic on a
  // long broken line.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      // YAML 1.1's !!binary, !!set, !!omap, !!timestamp would become objects no API takes: unknown tags here.
      resolveKnownTags: false,
      uniqueKeys: true,
      version: '1.2'
    })
  } catch (e) {
    // Deeply nested input can exhaust the parser's stack.
    return fail(file, 1, 1, 'yaml/syntax', `the file cannot be parsed: ${errorMessage(e)}`)
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  if (doc.errors.length > 0) {
    return {
      problems: parseErrors(doc.errors).map((e) => {
        // The parser notices an unclosed quote only at the end of the file; point at where it opens.
        const unclosed = e.code === 'MISSING_CHAR' && /closing .?quote/.test(e.message)
        const pos = lineCounter.linePos(
          unclosed && scanned.openQuote !== undefined ? scanned.openQuote : e.pos[0]
        )
        return {
          severity: 'error',
          ...describeParseError(e),
          path: [],
          file,
          line: pos.line,
          column: pos.col
        }
      })
    }
  }
  if (doc.contents === null) {
    return fail(
      file,
      1,
      1,
      'file/empty',
      'the file holds only comments; it needs at least `version: 1`'
    )
  }
  const aliasProblems = checkAliases(doc).map((p) => {
    const pos = lineCounter.linePos(p.offset)
    return {
      severity: 'error' as const,
      rule: 'yaml/alias',
      path: [],
      message: p.message,
      file,
      line: pos.line,
      column: pos.col
    }
  })
  if (aliasProblems.length > 0) return { problems: aliasProblems }
  const shapeProblems = [...unknownTags(doc), ...complexKeys(doc)].map((p) => {
    const pos = lineCounter.linePos(p.offset)
    return { severity: 'error' as const, path: [], ...p, file, line: pos.line, column: pos.col }
  })
  if (shapeProblems.length > 0)
    return { problems: shapeProblems.sort((a, b) => a.line - b.line || a.column - b.column) }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    return fail(
      file,
      1,
      1,
      'yaml/alias-bomb',
      `aliases expand too much (${firstLine(errorMessage(e))}); write the entries out instead`
    )
  }
  return {
    source: { file, lineCounter, data, offsetOf: (path, at) => offsetOf(doc, path, at) },
    problems: []
  }
}

const NUL_MESSAGE =
  'the file holds a NUL character, so it is not UTF-8 text (a UTF-16 file, or a binary one); save it as UTF-8'

function parseJsonSource(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
    lineCounter.addNewLine(i + 1)
  const parsed = parseJson(text)
  if ('problems' in parsed)
    return {
      problems: parsed.problems.slice(0, MAX_PARSE_PROBLEMS).map((p) => {
        const pos = lineCounter.linePos(p.offset)
        return {
          severity: 'error',
          rule: p.rule,
          path: [],
          message: p.message,
          file,
          line: pos.line,
          column: pos.col
        }
      })
    }
  return {
    source: { file, lineCounter, data: parsed.data, offsetOf: parsed.offsetOf },
    problems: []
  }
}

/** A problem with the file as a whole, placed at its start. */
export function fileProblem(file: string, rule: string, message: string): LocatedProblem {
  return { severity: 'error', rule, path: [], message, file, line: 1, column: 1 }
}

export function tooLarge(bytes: number): string {
  return `the file is ${bytes} bytes; at most ${MAX_FILE_BYTES} are accepted`
}

function fail(
  file: string,
  line: number,
  column: number,
  rule: string,
  message: string
): ParseResult {
  return { problems: [{ severity: 'error', rule, path: [], message, file, line, column }] }
}

/**
 * The parse errors worth showing: after the first syntax error the parser's further errors are mostly
 * consequences of it (one badly indented line of pasted JSON yields a hundred), so only that one is kept,
 * with the duplicate keys before it, which are independent findings. The parser reports the cause first.
 */
function parseErrors(errors: readonly YAMLError[]): YAMLError[] {
  const firstSyntax = errors.find((e) => e.code !== 'DUPLICATE_KEY')
  const kept = firstSyntax
    ? errors.filter(
        (e) => e === firstSyntax || (e.code === 'DUPLICATE_KEY' && e.pos[0] < firstSyntax.pos[0])
      )
    : errors
  return [...kept].sort((a, b) => a.pos[0] - b.pos[0]).slice(0, MAX_PARSE_PROBLEMS)
}

function describeParseError(e: YAMLError): { rule: string; message: string } {
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return {
        rule: 'yaml/duplicate-key',
        message: 'duplicate key: a key may appear only once in a mapping'
      }
    case 'MULTIPLE_DOCS':
      return {
        rule: 'yaml/multiple-documents',
        message:
          'a second YAML document starts here (after `---`); a profile file is one document, so merge them or remove the marker'
      }
    case 'RESOURCE_EXHAUSTION':
      return { rule: 'yaml/too-deep', message: tooDeepMessage() }
    default:
      return { rule: 'yaml/syntax', message: firstLine(e.message) }
  }
}

function tooDeepMessage(): string {
  return `the file nests more than ${MAX_NESTING_DEPTH} levels deep; a profile file needs about 10`
}

/**
 * A quick pass over the text before parsing. `tooDeep`: where it first nests deeper than
 * MAX_NESTING_DEPTH, bounded from above by counting flow brackets outside quotes and comments, and the block
 * indicators (`- `, `? `) that open a line or follow a `key: ` on it; nesting through indentation needs
 * quadratic space, so the file size limit already bounds it. `openQuote`: where the first quoted scalar that
 * never closes begins.
 */
function scan(text: string): { tooDeep?: number; openQuote?: number } {
  let openQuote: number | undefined
  let flow = 0
  let indicators = 0
  let lineStart = true
  let nodeStart = true // where a scalar may begin, so a quote opens a quoted scalar
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const next = text[i + 1] ?? '\n'
    if (c === '\n') {
      lineStart = nodeStart = true
      indicators = 0
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') continue
    if (lineStart) {
      if ((c === '-' || c === '?') && /\s/.test(next)) {
        if (++indicators > MAX_NESTING_DEPTH) return { tooDeep: i }
        continue
      }
      lineStart = false
    }
    if (c === '#' && /\s/.test(text[i - 1] ?? '\n')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++
    } else if ((c === '"' || c === "'") && nodeStart) {
      // A quoted scalar: skip to its end ('' escapes a single quote, \ escapes in double quotes).
      const open = i
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++
          else break
        }
      }
      if (i >= text.length) {
        openQuote ??= open
        i = open // scan on as if it were a plain character, so the rest is still checked
      }
      nodeStart = false
    } else if (c === ':' && (/\s/.test(next) || (flow > 0 && /[,\]}]/.test(next)))) {
      nodeStart = true
      if (flow === 0) lineStart = true // `key: - item` nests a level on the same line too
    } else if (c === '[' || c === '{') {
      if (++flow > MAX_NESTING_DEPTH) return { tooDeep: i }
      nodeStart = true
    } else if (c === ']' || c === '}') {
      if (flow > 0) flow--
      nodeStart = false
    } else if (c === ',' && flow > 0) {
      nodeStart = true
    } else if ((c === '&' || c === '!') && nodeStart) {
      while (i + 1 < text.length && !/\s/.test(text[i + 1]!)) i++ // an anchor or tag before the node
    } else {
      nodeStart = false
    }
  }
  return openQuote === undefined ? {} : { openQuote }
}

function linePos(text: string, offset: number): { line: number; col: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, col: offset - start + 1 }
}

/**
 * Aliases that `toJS` cannot expand: one naming no anchor before it (a typo, or the anchor comes later), and
 * one inside the node it refers to (a recursive structure, which no profile file needs).
 */
function checkAliases(doc: Document.Parsed): { offset: number; message: string }[] {
  const problems: { offset: number; message: string }[] = []
  const anchors = new Map<string, Node>()
  visit(doc, {
    Node(_key, node, path) {
      if (isAlias(node)) {
        const target = anchors.get(node.source)
        const offset = node.range?.[0] ?? 0
        if (!target) {
          problems.push({
            offset,
            message: `alias *${node.source} refers to no anchor &${node.source} defined before it${didYouMean(node.source, anchors.keys())}`
          })
        } else if (path.includes(target)) {
          problems.push({
            offset,
            message: `alias *${node.source} is inside the node it refers to, which would make the file infinitely deep`
          })
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node)
      }
    }
  })
  return problems
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** Place a problem in the file: the deepest node of its path that exists (the key or the value). */
export function locate(source: ParsedSource, problem: Problem): LocatedProblem {
  const offset = source.offsetOf(problem.path, problem.at ?? 'value')
  const { line, col } = source.lineCounter.linePos(offset)
  return { ...problem, file: source.file, line, column: col }
}

function offsetOf(doc: Document.Parsed, path: Path, at: 'key' | 'value'): number {
  let node: Node | null | undefined = doc.contents
  let offset = node?.range?.[0] ?? 0
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!
    const last = i === path.length - 1
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))
      if (!pair) return offset
      const key = pair.key as Node
      const value = pair.value as Node | null
      if (last && at === 'key') return key.range?.[0] ?? offset
      offset = value?.range?.[0] ?? key.range?.[0] ?? offset
      node = value
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined
      if (!item) return offset
      offset = item.range?.[0] ?? offset
      node = item
    } else {
      return offset
    }
  }
  return offset
}
