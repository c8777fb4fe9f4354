// Extract operations from the full AWS IoT Smithy model (model/iot-2015-05-28.smithy.json, Apache-2.0) into the
// compact form of model/device-defender-subset.json: operations (method, URI, member bindings, errors, paging)
// plus every shape they reach. `node scripts/extract-model.mjs` rewrites model/extra-operations.json, the
// operations the emulator needs beyond the Device Defender subset (listings for cleanup and import).
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const NS = 'com.amazonaws.iot#'
const UNIT = 'smithy.api#Unit'

/** Operations the subset lacks that the emulator serves (cleanup, import, simulation bookkeeping, apply's lease). */
export const EXTRA_OPERATIONS = [
  'ListThings',
  'ListThingGroups',
  'ListThingsInThingGroup',
  'ListThingGroupsForThing',
  'ListCertificates',
  'DescribeCertificate',
  'ListPrincipalThings',
  'ListPolicies',
  'GetPolicy',
  'UpdateThingGroup',
  'CreateCertificateFromCsr',
  'CancelAuditTask',
  'GetLoggingOptions',
  'SetLoggingOptions',
  'GetV2LoggingOptions',
  'SetV2LoggingOptions'
]

const local = (id) => (id.startsWith(NS) ? id.slice(NS.length) : id)

function bounds(traits, lengthKey, minKey, maxKey) {
  const t = traits[lengthKey]
  if (!t) return {}
  return {
    ...(t.min !== undefined ? { [minKey]: t.min } : {}),
    ...(t.max !== undefined ? { [maxKey]: t.max } : {})
  }
}

function convertMember(m) {
  const t = m.traits ?? {}
  const http = t['smithy.api#httpLabel']
    ? 'label'
    : t['smithy.api#httpQuery'] !== undefined
      ? `query:${t['smithy.api#httpQuery']}`
      : t['smithy.api#httpHeader'] !== undefined
        ? `header:${t['smithy.api#httpHeader']}`
        : t['smithy.api#httpPayload']
          ? 'payload'
          : undefined
  return {
    t: local(m.target),
    ...(t['smithy.api#required'] ? { req: true } : {}),
    ...(http ? { http } : {}),
    ...(t['smithy.api#default'] !== undefined ? { default: t['smithy.api#default'] } : {}),
    ...(t['smithy.api#deprecated'] ? { deprecated: t['smithy.api#deprecated'].message ?? '' } : {}),
    ...(t['smithy.api#idempotencyToken'] ? { idemToken: true } : {})
  }
}

function convertShape(s) {
  const t = s.traits ?? {}
  switch (s.type) {
    case 'structure':
      return {
        type: 'structure',
        members: Object.fromEntries(
          Object.entries(s.members ?? {}).map(([name, m]) => [name, convertMember(m)])
        ),
        ...(t['smithy.api#error'] ? { error: t['smithy.api#error'] } : {}),
        ...(t['smithy.api#httpError'] ? { httpError: t['smithy.api#httpError'] } : {})
      }
    case 'list':
      return {
        type: 'list',
        member: local(s.member.target),
        ...bounds(t, 'smithy.api#length', 'min', 'max')
      }
    case 'map':
      return {
        type: 'map',
        key: local(s.key.target),
        value: local(s.value.target),
        ...bounds(t, 'smithy.api#length', 'min', 'max')
      }
    case 'string':
      return {
        type: 'string',
        ...bounds(t, 'smithy.api#length', 'min', 'max'),
        ...(t['smithy.api#pattern'] ? { pattern: t['smithy.api#pattern'] } : {}),
        ...(t['smithy.api#sensitive'] ? { sensitive: true } : {})
      }
    case 'enum':
      return {
        type: 'enum',
        values: Object.values(s.members).map((m) => m.traits['smithy.api#enumValue'])
      }
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      return {
        type: s.type,
        ...bounds(t, 'smithy.api#range', 'rmin', 'rmax'),
        ...(t['smithy.api#default'] !== undefined ? { default: t['smithy.api#default'] } : {})
      }
    case 'boolean':
      return {
        type: 'boolean',
        ...(t['smithy.api#default'] !== undefined ? { default: t['smithy.api#default'] } : {})
      }
    case 'timestamp':
      return { type: 'timestamp' }
    default:
      throw new Error(`shape type ${s.type} is not supported by the compact model format`)
  }
}

/** Which members of a structure go to labels, query, headers, payload and body. */
function bindings(shape, full) {
  const b = { label: [], query: {}, header: {}, payload: null, body: [] }
  for (const [name, m] of Object.entries(shape?.members ?? {})) {
    const http = convertMember(m).http
    if (http === 'label') b.label.push(name)
    else if (http?.startsWith('query:')) b.query[name] = http.slice(6)
    else if (http?.startsWith('header:')) b.header[name] = http.slice(7)
    else if (http === 'payload') b.payload = name
    else b.body.push(name)
  }
  if (full) return b
  return Object.fromEntries(
    Object.entries(b).filter(([, v]) =>
      Array.isArray(v) ? v.length > 0 : v !== null && Object.keys(v).length > 0
    )
  )
}

function reachable(shapes, roots) {
  const seen = new Set()
  const visit = (id) => {
    if (!id.startsWith(NS) || seen.has(id)) return
    const s = shapes[id]
    if (!s) throw new Error(`shape ${id} is missing from the model`)
    seen.add(id)
    if (s.type === 'structure') for (const m of Object.values(s.members ?? {})) visit(m.target)
    if (s.type === 'list') visit(s.member.target)
    if (s.type === 'map') {
      visit(s.key.target)
      visit(s.value.target)
    }
  }
  roots.forEach(visit)
  return [...seen].sort()
}

/** The named operations of a Smithy JSON AST in the compact format, with every shape they reach. */
export function extractOperations(smithy, names) {
  const shapes = smithy.shapes
  const operations = {}
  const roots = []
  for (const name of names) {
    const op = shapes[NS + name]
    if (op?.type !== 'operation') throw new Error(`operation ${name} is not in the model`)
    const http = op.traits['smithy.api#http']
    const input = shapes[op.input.target]
    const unitOutput = op.output.target === UNIT
    const output = unitOutput ? undefined : shapes[op.output.target]
    const outputBindings = bindings(output, unitOutput)
    const paginated = op.traits['smithy.api#paginated']
    const idempotencyToken = Object.entries(input.members ?? {}).find(
      ([, m]) => m.traits?.['smithy.api#idempotencyToken']
    )?.[0]
    operations[name] = {
      method: http.method,
      uri: http.uri,
      code: http.code,
      input: local(op.input.target),
      output: unitOutput ? null : local(op.output.target),
      bindings: bindings(input, false),
      ...(Object.keys(outputBindings).length ? { outputBindings } : {}),
      errors: (op.errors ?? []).map((e) => local(e.target)).sort(),
      ...(paginated ? { paginated } : {}),
      ...(idempotencyToken ? { idempotencyToken } : {})
    }
    roots.push(op.input.target, op.output.target, ...(op.errors ?? []).map((e) => e.target))
  }
  const extracted = {}
  for (const id of reachable(shapes, roots)) extracted[local(id)] = convertShape(shapes[id])
  return { operations, shapes: extracted }
}

export function readSmithyModel(
  path = new URL('../model/iot-2015-05-28.smithy.json', import.meta.url)
) {
  return JSON.parse(readFileSync(path, 'utf8'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../model/extra-operations.json', import.meta.url)
  const extract = extractOperations(readSmithyModel(), EXTRA_OPERATIONS)
  const source = {
    model: 'model/iot-2015-05-28.smithy.json',
    generatedBy: 'scripts/extract-model.mjs',
    operations: EXTRA_OPERATIONS
  }
  writeFileSync(out, JSON.stringify({ source, ...extract }, null, 2) + '\n')
  console.log(`wrote ${fileURLToPath(out)}: ${EXTRA_OPERATIONS.length} operations`)
}
