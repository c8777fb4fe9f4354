/** Names and counts across the file: unique names per kind, behavior names per profile, quotas, tags. */
import { ENTRY_KINDS } from '../file-format.js'
import { ACCOUNT_QUOTAS, MAX_TAGS } from '../../model/resource-quotas.js'
import { error, warning, type Problem } from '../problems.js'
import { entries, items, str, type FileIndex } from './context.js'

/** Account quotas from the Device Defender quotas page (NOTES.md §11), kept in src/model. */
export const QUOTAS = ACCOUNT_QUOTAS
export { MAX_TAGS }

export function checkNames(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const kind of ENTRY_KINDS) {
    const list = entries(index.file, kind.key)
    const first = new Map<string, number>()
    for (const { item, path, index: i } of list) {
      const name = str(item[kind.nameMember])
      if (name === undefined) continue
      const earlier = first.get(name)
      if (earlier !== undefined) {
        problems.push(
          error(
            'names/duplicate',
            [...path, kind.nameMember],
            `${kind.label} "${name}" is already declared at ${kind.key}[${earlier}]`
          )
        )
      } else first.set(name, i)
      problems.push(...checkTags(item.tags, [...path, 'tags']))
    }
    const quota = kind.key in QUOTAS ? QUOTAS[kind.key as keyof typeof QUOTAS] : undefined
    if (quota && list.length > quota.max) {
      const make = quota.adjustable ? warning : error
      problems.push(
        make(
          `quota/${kind.key}`,
          [kind.key],
          `${list.length} ${kind.label}s; an account may have ${quota.max}${quota.adjustable ? ' unless the quota was raised' : ' (not adjustable)'}`,
          'key'
        )
      )
    }
  }
  for (const { item, path } of entries(index.file, 'customMetrics')) {
    const name = str(item.metricName)
    if (name?.startsWith('aws:')) {
      problems.push(
        error(
          'custom-metric/name',
          [...path, 'metricName'],
          `custom metric names may not start with "aws:" (reserved for AWS metrics); rename "${name}"`
        )
      )
    }
  }
  for (const { item, path } of entries(index.file, 'securityProfiles')) {
    const seen = new Map<string, number>()
    for (const { item: b, path: bPath, index: j } of items(item.behaviors, [
      ...path,
      'behaviors'
    ])) {
      const name = str(b.name)
      if (name === undefined) continue
      const earlier = seen.get(name)
      if (earlier !== undefined) {
        problems.push(
          error(
            'names/duplicate-behavior',
            [...bPath, 'name'],
            `behavior "${name}" is already declared in this profile at behaviors[${earlier}]`
          )
        )
      } else seen.set(name, j)
    }
  }
  const simulations = new Map<string, number>()
  for (const { item, path, index: i } of entries(index.file, 'simulations')) {
    const name = str(item.name)
    if (name === undefined) continue
    const earlier = simulations.get(name)
    if (earlier !== undefined)
      problems.push(
        error(
          'names/duplicate',
          [...path, 'name'],
          `simulation "${name}" is already declared at simulations[${earlier}]`
        )
      )
    else simulations.set(name, i)
  }
  return problems
}

function checkTags(tags: unknown, path: (string | number)[]): Problem[] {
  const problems: Problem[] = []
  const list = items(tags, path)
  if (list.length > MAX_TAGS)
    problems.push(
      error(
        'tags/count',
        path,
        `${list.length} tags; a resource may have at most ${MAX_TAGS}`,
        'key'
      )
    )
  const seen = new Set<string>()
  for (const { item, path: tPath } of list) {
    const key = str(item.Key)
    if (key === undefined) continue
    if (key.toLowerCase().startsWith('aws:')) {
      problems.push(
        error(
          'tags/reserved',
          [...tPath, 'Key'],
          `tag keys starting with "aws:" are reserved for AWS; rename "${key}"`
        )
      )
    }
    if (seen.has(key))
      problems.push(
        error(
          'tags/duplicate',
          [...tPath, 'Key'],
          `tag "${key}" appears twice; a key takes one value`
        )
      )
    seen.add(key)
  }
  return problems
}
