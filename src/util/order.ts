/**
 * Names in code-unit order, the one comparator for names and keys: stable on every machine (a locale's
 * order is not), and the order AWS pages and JSON keys come in.
 */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
