/** Keys pasted from describe output or a CLI skeleton that the file does not set: accepted, and said so. */
import { ENTRY_KINDS } from '../file-format.js'
import { warning, type Problem } from '../problems.js'
import { ignoredMembers } from '../schema.js'
import { entries, type FileIndex } from './context.js'

export function checkIgnoredKeys(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const kind of ENTRY_KINDS) {
    const ignored = ignoredMembers(kind.request, kind.omit)
    for (const { item, path } of entries(index.file, kind.key)) {
      for (const key of ignored.filter((k) => item[k] !== undefined)) {
        problems.push(
          warning(
            'entry/ignored-key',
            [...path, key],
            `"${key}" is set by ${kind.omit.includes(key) ? 'ddac' : 'AWS'}, not by the file; it is ignored (remove it to silence this)`,
            'key'
          )
        )
      }
    }
  }
  return problems
}
