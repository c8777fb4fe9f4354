/** What a command is told to work on: import's `kinds` (input and `--kinds`), and lists of names. */
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

/** `message-flood, churn,` → the names, trimmed (input `simulations`, `--simulations`). */
export function nameList(raw: string): string[] {
  return raw
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
}
