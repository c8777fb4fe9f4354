/** Types for scripts/extract-model.mjs (a plain Node script so it runs without a build). */
export interface CompactModel {
  operations: Record<string, unknown>
  shapes: Record<string, unknown>
}
export const EXTRA_OPERATIONS: string[]
export function extractOperations(smithy: unknown, names: readonly string[]): CompactModel
export function readSmithyModel(path?: string | URL): unknown
