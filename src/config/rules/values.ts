/**
 * Values the schema lets through but AWS cannot take or ddac cannot carry: infinite or NaN numbers
 * (`.inf`, `.nan`; JSON has neither), and ownership a file states twice: a `ddac:` tag (ddac's own
 * bookkeeping, which every apply would then rewrite) or a metric both declared and listed as external.
 */
import { ENTRY_KINDS } from '../file-format.js'
import { error, type Path, type Problem } from '../problems.js'
import { entries, isObj, items, str, type FileIndex } from './context.js'

/** The tag prefix ddac records ownership under (aws/tags.ts: ddac:managed-by, ddac:applied-hash). */
const DDAC_TAG_PREFIX = 'ddac:'

export function checkValues(index: FileIndex): Problem[] {
  return [...nonFinite(index.file, []), ...ddacTags(index), ...declaredAndExternal(index)]
}

function nonFinite(node: unknown, path: Path): Problem[] {
  if (typeof node === 'number')
    return Number.isFinite(node)
      ? []
      : [
          error(
            'value/not-finite',
            path,
            `${Number.isNaN(node) ? 'not-a-number (.nan)' : 'an infinite number (.inf, or one past the largest double such as 1e400)'} is not a value AWS takes; write a finite number`
          )
        ]
  if (Array.isArray(node)) return node.flatMap((v, i) => nonFinite(v, [...path, i]))
  if (isObj(node)) return Object.entries(node).flatMap(([k, v]) => nonFinite(v, [...path, k]))
  return []
}

function ddacTags(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const kind of ENTRY_KINDS)
    for (const { item, path } of entries(index.file, kind.key))
      for (const { item: tag, path: tPath } of items(item.tags, [...path, 'tags'])) {
        const name = str(tag.Key)
        if (name?.toLowerCase().startsWith(DDAC_TAG_PREFIX))
          problems.push(
            error(
              'tags/reserved',
              [...tPath, 'Key'],
              `tag keys starting with "ddac:" are ddac's own (it records which file manages a resource in them); rename "${name}"`
            )
          )
      }
  return problems
}

function declaredAndExternal(index: FileIndex): Problem[] {
  const external = isObj(index.file.external) ? index.file.external : {}
  const problems: Problem[] = []
  const kinds = [
    { key: 'customMetrics', member: 'metricName', label: 'custom metric' },
    { key: 'dimensions', member: 'name', label: 'dimension' }
  ] as const
  for (const { key, member, label } of kinds) {
    const declared = new Map<string, number>()
    for (const { item, index: i } of entries(index.file, key)) {
      const name = str(item[member])
      if (name !== undefined && !declared.has(name)) declared.set(name, i)
    }
    const listed: unknown[] = Array.isArray(external[key]) ? external[key] : []
    listed.forEach((name, i) => {
      if (typeof name !== 'string' || !declared.has(name)) return
      problems.push(
        error(
          'external/declared',
          ['external', key, i],
          `${label} "${name}" is declared at ${key}[${declared.get(name)}] and listed as external; a resource is the file's or another owner's: remove one`
        )
      )
    })
  }
  return problems
}
