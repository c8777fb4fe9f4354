/**
 * Parse the profile file (YAML 1.2; JSON is a subset) keeping every node's position, so any problem found
 * later, in the schema or the semantic rules, can name file:line:column.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import { type LocatedProblem, type Path, type Problem } from './problems.js'

/** Larger than any real profile file (100 profiles × 100 behaviors is ~2 MB) and small enough to parse fast. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024
/** Anchors/aliases are fine for reuse; this bounds the expansion of an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 1000

export interface ParsedSource {
  file: string
  doc: Document.Parsed
  lineCounter: LineCounter
  data: unknown
}

export interface ParseResult {
  source?: ParsedSource
  problems: LocatedProblem[]
}

export function parseSource(file: string, text: string): ParseResult {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_FILE_BYTES) {
    return fail(
      file,
      1,
      1,
      'file/too-large',
      `the file is ${bytes} bytes; at most ${MAX_FILE_BYTES} are accepted`
    )
  }
  if (text.trim() === '') {
    return fail(file, 1, 1, 'file/empty', 'the file is empty; it needs at least `version: 1`')
  }
  const lineCounter = new LineCounter()
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, version: '1.2' })
  } catch (e) {
    // Deeply nested input can exhaust the parser's stack.
    return fail(file, 1, 1, 'yaml/syntax', `the file cannot be parsed: ${(e as Error).message}`)
  }
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0])
        const rule =
          e.code === 'DUPLICATE_KEY'
            ? 'yaml/duplicate-key'
            : e.code === 'MULTIPLE_DOCS'
              ? 'yaml/multiple-documents'
              : 'yaml/syntax'
        const message =
          e.code === 'DUPLICATE_KEY'
            ? 'duplicate key: a key may appear only once in a mapping'
            : firstLine(e.message)
        return { severity: 'error', rule, path: [], message, file, line: pos.line, column: pos.col }
      })
    }
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    return fail(
      file,
      1,
      1,
      'yaml/alias-bomb',
      `aliases expand too much (${firstLine((e as Error).message)}); write the entries out instead`
    )
  }
  return { source: { file, doc, lineCounter, data }, problems: [] }
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** Place a problem in the file: the deepest node of its path that exists (the key or the value). */
export function locate(source: ParsedSource, problem: Problem): LocatedProblem {
  const offset = offsetOf(source.doc, problem.path, problem.at ?? 'value')
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
