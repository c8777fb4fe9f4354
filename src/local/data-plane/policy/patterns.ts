/**
 * Matching of policy strings: `*` (any run of characters, `/` included) and `?` (one character) are the only
 * wildcards; MQTT's `+` and `#` are literal in a policy. `${…}` policy variables are replaced by the connection's
 * values, which match literally (a client id `a*` does not become a wildcard); `${*}`, `${?}` and `${$}` stand for
 * the literal characters.
 */
import { type AuthContext, contextValue } from './context.js'

const VARIABLE = /\$\{([^}]*)\}/g
const ESCAPES: Record<string, string> = { '*': '*', '?': '?', $: '$' }

const STAR = Symbol('*')
const ONE = Symbol('?')
/** a compiled policy string: literal characters (code points) and the two wildcards */
type Token = string | typeof STAR | typeof ONE

export interface Pattern {
  test(value: string): boolean
}

function wildcards(text: string): Token[] {
  return [...text].map((c) => (c === '*' ? STAR : c === '?' ? ONE : c))
}

/**
 * Wildcard matching that backtracks only to the last `*`: O(pattern × value) at worst, where a regular
 * expression of many `*` can take polynomial time of high degree on a long topic (the broker asks per message).
 */
function globTest(tokens: readonly Token[], value: string, ignoreCase: boolean): boolean {
  const text = [...(ignoreCase ? value.toLowerCase() : value)]
  let p = 0
  let t = 0
  let star = -1
  let mark = 0
  while (t < text.length) {
    const token = tokens[p]
    if (p < tokens.length && (token === ONE || token === text[t])) {
      p++
      t++
    } else if (token === STAR) {
      star = p++
      mark = t
    } else if (star !== -1) {
      p = star + 1
      t = ++mark
    } else return false
  }
  while (tokens[p] === STAR) p++
  return p === tokens.length
}

function matcher(tokens: Token[], ignoreCase: boolean): Pattern {
  const folded = ignoreCase
    ? tokens.map((t) => (typeof t === 'string' ? t.toLowerCase() : t))
    : tokens
  return { test: (value) => globTest(folded, value, ignoreCase) }
}

/**
 * The matcher for a policy string, or undefined when a variable in it does not resolve (then the
 * string matches nothing). `variables: false` (a 2008-10-17 document) keeps `${…}` as literal text.
 */
export function compilePattern(
  pattern: string,
  ctx: AuthContext | undefined,
  options: { variables: boolean; ignoreCase?: boolean }
): Pattern | undefined {
  // a pattern without variables compiles the same for every connection: the broker asks on every message
  const constant = !options.variables || !pattern.includes('${')
  const key = `${options.ignoreCase ? 'i' : 's'}${pattern}`
  if (constant) {
    const cached = CONSTANTS.get(key)
    if (cached) return cached
  }
  const compiled = compile(pattern, ctx, options)
  if (constant && compiled) {
    if (CONSTANTS.size >= CONSTANTS_MAX) CONSTANTS.clear()
    CONSTANTS.set(key, compiled)
  }
  return compiled
}

/** memo of compiled variable-free patterns (a pure cache: same pattern, same expression) */
const CONSTANTS = new Map<string, Pattern>()
const CONSTANTS_MAX = 10_000

function compile(
  pattern: string,
  ctx: AuthContext | undefined,
  options: { variables: boolean; ignoreCase?: boolean }
): Pattern | undefined {
  const tokens: Token[] = []
  let last = 0
  if (options.variables) {
    for (const match of pattern.matchAll(VARIABLE)) {
      tokens.push(...wildcards(pattern.slice(last, match.index)))
      last = match.index + match[0].length
      const name = match[1].trim()
      const value = ESCAPES[name] ?? (ctx ? contextValue(name, ctx) : undefined)
      if (value === undefined) return undefined
      tokens.push(...value)
    }
  }
  tokens.push(...wildcards(pattern.slice(last)))
  return matcher(tokens, options.ignoreCase ?? false)
}

/** A policy string with its variables replaced, for the exact-match operators; undefined when one is unresolved. */
export function substitute(text: string, ctx: AuthContext, variables: boolean): string | undefined {
  if (!variables) return text
  let unresolved = false
  const out = text.replace(VARIABLE, (_, raw: string) => {
    const name = raw.trim()
    const value = ESCAPES[name] ?? contextValue(name, ctx)
    if (value === undefined) unresolved = true
    return value ?? ''
  })
  return unresolved ? undefined : out
}

export function matchesAny(
  patterns: readonly string[],
  value: string,
  ctx: AuthContext | undefined,
  options: { variables: boolean; ignoreCase?: boolean }
): boolean {
  return patterns.some((p) => compilePattern(p, ctx, options)?.test(value) ?? false)
}
