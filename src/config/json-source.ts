/**
 * A `.json` profile file is parsed as strict JSON, not as YAML (which would accept a trailing comma or a
 * comment that no JSON tool does), keeping each node's offset so later problems can name line:column.
 */
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError
} from 'jsonc-parser'
import type { Path } from './problems.js'

export interface JsonProblem {
  offset: number
  rule: string
  message: string
}

export type JsonParse =
  | { data: unknown; offsetOf: (path: Path, at: 'key' | 'value') => number }
  | { problems: JsonProblem[] }

/** After the first syntax error the parser's further errors are its consequences: only that one is shown. */
export function parseJson(text: string): JsonParse {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false
  })
  if (errors.length > 0) return { problems: [describe(text, errors[0]!)] }
  if (!tree)
    return { problems: [{ offset: 0, rule: 'json/syntax', message: 'expected a JSON value' }] }
  const duplicates = duplicateKeys(tree)
  if (duplicates.length > 0) return { problems: duplicates }
  return {
    // The tree is checked strict JSON, which JSON.parse reads alike (and keeps `__proto__` an own key).
    data: JSON.parse(text) as unknown,
    offsetOf: (path, at) => offsetOf(tree, path, at)
  }
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol:
    'this is not JSON: expected a value (a string in double quotes, a number, true, false, null, an object or an array)',
  InvalidNumberFormat: 'not a JSON number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon (:) after the key',
  CommaExpected: 'expected a comma (,) between the items',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the array',
  EndOfFileExpected:
    'expected the end of the file after the top-level value (a JSON file holds one value)',
  InvalidCommentToken:
    'comments are not allowed in JSON; remove it, or write the file as YAML (device-defender.yml), where # starts a comment',
  UnexpectedEndOfComment: 'comments are not allowed in JSON, and this one is not closed',
  UnexpectedEndOfString: 'the string is not closed: a double quote (") is missing',
  UnexpectedEndOfNumber: 'the number ends too early',
  InvalidUnicode: 'invalid \\u escape: it takes four hexadecimal digits',
  InvalidEscapeCharacter:
    'invalid escape in a string: JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
  InvalidCharacter:
    'a control character (such as a tab or line break) inside a string; write it as an escape (\\t, \\n)'
}

function describe(text: string, e: ParseError): JsonProblem {
  const name = printParseErrorCode(e.error)
  // `{"a": 1, }`: the parser stops at the closer; the mistake is the comma before it.
  if (
    (name === 'PropertyNameExpected' || name === 'ValueExpected') &&
    /[}\]]/.test(text[e.offset] ?? '')
  ) {
    const comma = text.slice(0, e.offset).trimEnd()
    if (comma.endsWith(','))
      return {
        offset: comma.length - 1,
        rule: 'json/trailing-comma',
        message: 'a comma after the last item: JSON allows none; remove it'
      }
  }
  if (name === 'InvalidCommentToken' || name === 'UnexpectedEndOfComment')
    return { offset: e.offset, rule: 'json/comment', message: MESSAGES[name]! }
  return {
    offset: e.offset,
    rule: 'json/syntax',
    message: MESSAGES[name] ?? `invalid JSON (${name})`
  }
}

/** JSON allows a key twice (the last wins, silently); a profile file does not, as in YAML. */
function duplicateKeys(root: Node): JsonProblem[] {
  const problems: JsonProblem[] = []
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'object') {
      const seen = new Set<string>()
      for (const property of node.children ?? []) {
        const key = property.children?.[0]
        if (!key) continue
        const name = String(key.value)
        if (seen.has(name))
          problems.push({
            offset: key.offset,
            rule: 'json/duplicate-key',
            message: `duplicate key "${name}": a key may appear only once in an object`
          })
        seen.add(name)
      }
    }
    stack.push(...(node.children ?? []))
  }
  return problems.sort((a, b) => a.offset - b.offset)
}

/** The deepest node of the path that exists: its key when `at` is key and the whole path exists. */
function offsetOf(root: Node, path: Path, at: 'key' | 'value'): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, [...path.slice(0, n)])
    if (!node) continue
    if (n === path.length && at === 'key' && node.parent?.type === 'property')
      return node.parent.children?.[0]?.offset ?? node.offset
    return node.offset
  }
  return root.offset
}
