/** YAML that parses but has no JSON form a profile file could mean: unknown tags, collections as keys. */
import { isAlias, isMap, isSeq, visit, type Document, type Node } from 'yaml'

/**
 * Tags the parser does not know (`!js/function`, `!!python/object`) would be dropped silently, the value
 * read as a plain string: a profile file takes none.
 */
export function unknownTags(
  doc: Document.Parsed
): { offset: number; rule: string; message: string }[] {
  return doc.warnings
    .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
    .map((w) => ({
      offset: w.pos[0],
      rule: 'yaml/tag',
      message: `${w.message
        .split('\n')[0]!
        .replace(/^Unresolved tag: (.*)$/, 'the YAML tag $1 is unknown')
        .replace(
          'tag:yaml.org,2002:',
          '!!'
        )}; a profile file holds plain values (strings, numbers, true/false, lists, mappings): remove the tag`
    }))
}

/** A list or mapping used as a key (`? [a, b]`) has no JSON form; the parser would stringify it with a warning. */
export function complexKeys(
  doc: Document.Parsed
): { offset: number; rule: string; message: string }[] {
  const problems: { offset: number; rule: string; message: string }[] = []
  visit(doc, {
    Pair(_key, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key
      if (isMap(key) || isSeq(key))
        problems.push({
          offset: (pair.key as Node).range?.[0] ?? 0,
          rule: 'yaml/complex-key',
          message: `a ${isMap(key) ? 'mapping' : 'list'} used as a key; keys are names (plain strings)`
        })
    }
  })
  return problems
}
