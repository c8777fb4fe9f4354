/** Security profile targets: their form, duplicates, and the quota of 5 profiles per target. */
import { ACCOUNT_TARGETS } from '../file-format.js'
import { MAX_PROFILES_PER_TARGET } from '../../model/resource-quotas.js'
import { error, type Path, type Problem } from '../problems.js'
import { entries, str, type FileIndex } from './context.js'

export { MAX_PROFILES_PER_TARGET }

const GROUP_NAME = /^[a-zA-Z0-9:_-]{1,128}$/
const TARGET_ARN =
  /^arn:aws[a-z-]*:iot:[a-z0-9-]+:\d{12}:(thinggroup\/[a-zA-Z0-9:_-]{1,128}|all\/(registered-things|unregistered-things|things))$/

/**
 * The target a reference means, independent of how it is written: `anom_group` and
 * `arn:aws:iot:…:thinggroup/anom_group` are one target. Undefined when the reference is malformed.
 */
export function targetKey(ref: string): string | undefined {
  if ((ACCOUNT_TARGETS as readonly string[]).includes(ref)) return ref
  if (ref.startsWith('arn:')) {
    const m = TARGET_ARN.exec(ref)
    return m ? m[1]! : undefined
  }
  if (ref.startsWith('all/')) return undefined
  return GROUP_NAME.test(ref) ? `thinggroup/${ref}` : undefined
}

export function checkTargets(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  const byTarget = new Map<string, { profile: string; path: Path }[]>()
  for (const { item, path } of entries(index.file, 'securityProfiles')) {
    if (!Array.isArray(item.targets)) continue
    const name = str(item.securityProfileName) ?? `securityProfiles[${String(path[1])}]`
    const mine = new Set<string>()
    item.targets.forEach((ref: unknown, i: number) => {
      const tPath = [...path, 'targets', i]
      if (typeof ref !== 'string') return
      const key = targetKey(ref)
      if (!key) {
        problems.push(
          error(
            'target/format',
            tPath,
            `"${ref}" is not a target: use a thing group name, ${ACCOUNT_TARGETS.join(', ')}, or an ARN such as arn:aws:iot:<region>:<account>:thinggroup/<name>`
          )
        )
        return
      }
      if (mine.has(key)) {
        problems.push(
          error('target/duplicate', tPath, `"${ref}" names a target this profile already lists`)
        )
        return
      }
      mine.add(key)
      const list = byTarget.get(key) ?? []
      list.push({ profile: name, path: tPath })
      byTarget.set(key, list)
    })
  }
  for (const [key, list] of byTarget) {
    if (list.length <= MAX_PROFILES_PER_TARGET) continue
    const names = list.map((l) => l.profile).join(', ')
    for (const extra of list.slice(MAX_PROFILES_PER_TARGET)) {
      problems.push(
        error(
          'target/quota',
          extra.path,
          `${key} would have ${list.length} security profiles (${names}); a target takes at most ${MAX_PROFILES_PER_TARGET}`
        )
      )
    }
  }
  return problems
}
