import { distance } from 'fastest-levenshtein'

/** The closest candidate to a misspelt word, if one is close enough to be the likely intent. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  const lower = word.toLowerCase()
  for (const c of candidates) {
    const score = distance(lower, c.toLowerCase())
    if (score < bestScore) {
      best = c
      bestScore = score
    }
  }
  if (best === undefined) return undefined
  // Case-only differences and small edits are typos; anything further is a different word.
  const budget = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3))
  return bestScore <= budget ? best : undefined
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates)
  return c === undefined ? '' : `; did you mean "${c}"?`
}

/** `a, b or c` for short lists, a count for long ones. */
export function oneOf(values: readonly string[], max = 12): string {
  if (values.length <= max) return values.join(', ')
  return `${values.slice(0, max).join(', ')}, … (${values.length} in all)`
}
