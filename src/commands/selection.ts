/** The `kinds` selection of import (action input `kinds`, CLI `--kinds`). */
import { RESOURCE_KINDS, type ResourceKind } from '../resources/types.js'

export interface Selection {
  kinds: ResourceKind[]
  /** within a kind, only these names */
  names: Partial<Record<ResourceKind, string[]>>
}

/** `securityProfile/ML_Detect_profile, customMetric` → the kinds to import and the names within them. */
export function parseSelection(raw: string): Selection {
  const selection: Selection = { kinds: [], names: {} }
  for (const item of raw.split(/[\s,]+/).filter(Boolean)) {
    const [kind, name] = item.split('/', 2) as [string, string | undefined]
    if (!(RESOURCE_KINDS as readonly string[]).includes(kind)) {
      throw new Error(
        `"${kind}" is not a kind ddac imports; use ${RESOURCE_KINDS.join(', ')} (optionally kind/name)`
      )
    }
    const k = kind as ResourceKind
    if (!selection.kinds.includes(k)) selection.kinds.push(k)
    if (name) (selection.names[k] ??= []).push(name)
  }
  return selection
}
