/**
 * Typed access to the official AWS IoT API model extract in `model/`. Validation, the JSON Schema and the
 * emulator are all driven from these shapes, so a limit or enum is never retyped by hand. The Device Defender
 * subset is merged with `extra-operations.json` (registry listings the emulator serves for cleanup and
 * import, extracted from the full model by `scripts/extract-model.mjs`).
 */
import subset from '../../model/device-defender-subset.json' with { type: 'json' }
import extra from '../../model/extra-operations.json' with { type: 'json' }
import docs from '../../model/device-defender-docs.json' with { type: 'json' }

export interface MemberSpec {
  /** target shape name */
  t: string
  req?: boolean
  /** `label`, `query:<name>`, `header:<name>` or `payload`; absent for body members */
  http?: string
  default?: unknown
  deprecated?: string
  idemToken?: boolean
}

interface Bounds {
  min?: number
  max?: number
}

export type ShapeSpec =
  | { type: 'structure'; members: Record<string, MemberSpec>; error?: string; httpError?: number }
  | ({ type: 'list'; member: string } & Bounds)
  | ({ type: 'map'; key: string; value: string } & Bounds)
  | ({ type: 'string'; pattern?: string; sensitive?: boolean } & Bounds)
  | { type: 'enum'; values: string[] }
  | { type: 'integer' | 'long' | 'double' | 'float'; rmin?: number; rmax?: number; default?: number }
  | { type: 'boolean'; default?: boolean }
  | { type: 'timestamp' }

export interface OperationSpec {
  method: string
  uri: string
  code: number
  input: string
  /** null when the operation's output is smithy.api#Unit */
  output: string | null
  bindings: {
    label?: string[]
    query?: Record<string, string>
    header?: Record<string, string>
    body?: string[]
    /** the member that is the whole body (a structure), as SetLoggingOptions sends its options */
    payload?: string
  }
  outputBindings?: { body?: string[] }
  errors: string[]
  paginated?: { inputToken?: string; outputToken?: string; items?: string; pageSize?: string }
  /** the input member the SDK fills with a UUID when omitted */
  idempotencyToken?: string
}

/** Operation names of both extracts; the emulator's handler table is keyed by exactly these. */
export type OperationName = keyof typeof subset.operations | keyof typeof extra.operations
/** Modeled error shapes (each with its HTTP status in `errorStatus`). */
export type ErrorName = keyof typeof subset.errorStatus

export interface IotModel {
  operations: Record<string, OperationSpec>
  shapes: Record<string, ShapeSpec>
  errorStatus: Record<string, { status: number; fault: 'client' | 'server' }>
}

type ModelExtract = Pick<IotModel, 'operations' | 'shapes'>

/** Both extracts come from the same model file, so a shape they share must be identical. */
function merge(base: IotModel, more: ModelExtract): IotModel {
  for (const [name, spec] of Object.entries(more.shapes)) {
    const known = base.shapes[name]
    if (known && JSON.stringify(known) !== JSON.stringify(spec))
      throw new Error(`shape ${name} differs between the model extracts`)
  }
  return {
    ...base,
    operations: { ...base.operations, ...more.operations },
    shapes: { ...base.shapes, ...more.shapes }
  }
}

const subsetModel = subset as unknown as IotModel
const extraModel = extra as unknown as ModelExtract

/** The operations of `device-defender-subset.json`: what the product itself calls. */
export const SUBSET_OPERATIONS: readonly string[] = Object.keys(subsetModel.operations)
/** The operations of `extra-operations.json`. */
export const EXTRA_OPERATIONS: readonly string[] = Object.keys(extraModel.operations)

export const iotModel: IotModel = merge(subsetModel, extraModel)

const modelDocs = docs as unknown as { operations: Record<string, string>; shapes: Record<string, Record<string, string>> }

export function operationDoc(operation: string): string | undefined {
  return modelDocs.operations[operation]
}

/** The first sentence of the model's documentation for a shape (`_`) or one of its members. */
export function shapeDoc(shape: string, member = '_'): string | undefined {
  return modelDocs.shapes[shape]?.[member]
}

export function shape(name: string): ShapeSpec {
  const s = iotModel.shapes[name]
  if (!s) throw new Error(`shape ${name} is not in the model extract`)
  return s
}

export function structure(name: string): Extract<ShapeSpec, { type: 'structure' }> {
  const s = shape(name)
  if (s.type !== 'structure') throw new Error(`shape ${name} is a ${s.type}, not a structure`)
  return s
}

export function enumValues(name: string): string[] {
  const s = shape(name)
  if (s.type !== 'enum') throw new Error(`shape ${name} is a ${s.type}, not an enum`)
  return s.values
}

/**
 * The model's patterns are Java regular expressions. ECMAScript (with the `u` flag) knows `\p{L}` but
 * not the POSIX classes `\p{Graph}` and `\p{Cntrl}`, so translate those to their ASCII definitions.
 */
export function jsPattern(javaPattern: string): string {
  return javaPattern.replaceAll('\\p{Graph}', '\\x21-\\x7E').replaceAll('\\p{Cntrl}', '\\x00-\\x1F\\x7F')
}
