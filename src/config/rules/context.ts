/**
 * Safe views of a file that may still hold schema errors: rules read through these so that one malformed
 * entry never hides the problems of the others.
 */
import type { Path } from '../problems.js'
import type { ListKey, ProfileFile } from '../file-format.js'

export type Obj = Record<string, unknown>

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

export function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined
}

/** The object items of a list with their paths. */
export function items(list: unknown, path: Path): { item: Obj; path: Path; index: number }[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item, index) =>
    isObj(item) ? [{ item, path: [...path, index], index }] : []
  )
}

export function entries(
  file: Obj,
  key: ListKey | 'simulations' | 'acceptedFindings'
): { item: Obj; path: Path; index: number }[] {
  return items(file[key], [key])
}

/** What the rules look up across kinds, built once per file. */
export interface FileIndex {
  file: Obj
  /** declared custom metrics by name → metricType (external ones map to undefined) */
  customMetrics: Map<string, string | undefined>
  dimensions: Set<string>
  /** profiles by name → behaviors by name */
  profiles: Map<string, { path: Path; item: Obj; behaviors: Map<string, Obj> }>
  /** audit checks the file's audit configuration enables, or undefined when the file has none */
  enabledChecks: Set<string> | undefined
}

export function indexFile(data: unknown): FileIndex {
  const file = isObj(data) ? data : {}
  const customMetrics = new Map<string, string | undefined>()
  const dimensions = new Set<string>()
  const external = isObj(file.external) ? file.external : {}
  for (const n of Array.isArray(external.customMetrics) ? external.customMetrics : [])
    if (typeof n === 'string') customMetrics.set(n, undefined)
  for (const n of Array.isArray(external.dimensions) ? external.dimensions : [])
    if (typeof n === 'string') dimensions.add(n)
  for (const { item } of entries(file, 'customMetrics')) {
    const name = str(item.metricName)
    if (name) customMetrics.set(name, str(item.metricType))
  }
  for (const { item } of entries(file, 'dimensions')) {
    const name = str(item.name)
    if (name) dimensions.add(name)
  }
  const profiles: FileIndex['profiles'] = new Map()
  for (const { item, path } of entries(file, 'securityProfiles')) {
    const name = str(item.securityProfileName)
    if (!name || profiles.has(name)) continue
    const behaviors = new Map<string, Obj>()
    for (const { item: b } of items(item.behaviors, [])) {
      const bn = str(b.name)
      if (bn && !behaviors.has(bn)) behaviors.set(bn, b)
    }
    profiles.set(name, { path, item, behaviors })
  }
  let enabledChecks: Set<string> | undefined
  if (isObj(file.auditConfiguration)) {
    enabledChecks = new Set()
    const checks = file.auditConfiguration.auditCheckConfigurations
    if (isObj(checks))
      for (const [name, c] of Object.entries(checks))
        if (isObj(c) && c.enabled === true) enabledChecks.add(name)
  }
  return { file, customMetrics, dimensions, profiles, enabledChecks }
}

export type Rule = (index: FileIndex) => import('../problems.js').Problem[]

export type { ProfileFile }
