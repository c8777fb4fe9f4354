/**
 * restJson1 on the wire ↔ the values handlers see. Requests are bound member by member as the model says
 * (label, query, header, JSON body); values that do not parse are passed on unchanged so that validation
 * reports them against the member. Handlers get and return SDK-shaped values (timestamps as Date); on the
 * wire timestamps are epoch seconds in bodies and RFC 3339 in query strings.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { invalid } from '../operations/api-error.js'
import { shape, structure, type OperationSpec } from '../../model/iot-model.js'

export type Input = Record<string, unknown>

function parseScalar(shapeName: string, raw: string): unknown {
  const s = shape(shapeName)
  switch (s.type) {
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw
    case 'integer':
    case 'long':
      return /^-?\d+$/.test(raw) ? Number(raw) : raw
    case 'double':
    case 'float':
      return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw
    case 'timestamp': {
      const ms = Date.parse(raw)
      return Number.isNaN(ms) ? raw : ms / 1000
    }
    default:
      return raw
  }
}

function parseQuery(shapeName: string, values: string[]): unknown {
  const s = shape(shapeName)
  if (s.type === 'list') return values.map((v) => parseScalar(s.member, v))
  return parseScalar(shapeName, values[values.length - 1]!)
}

function parseBody(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8').trim()
  if (text === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw invalid('Could not parse the request body as JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw invalid('The request body must be a JSON object')
  return parsed as Record<string, unknown>
}

/** The operation's input as the wire carries it (timestamps as epoch seconds), before validation. */
export function bindRequest(
  spec: OperationSpec,
  labels: Record<string, string>,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
  body: Buffer
): Input {
  const input: Input = {}
  const members = structure(spec.input).members
  for (const name of spec.bindings.label ?? []) {
    // An empty segment cannot carry a value: treat it as missing so the member is reported as required.
    if (labels[name]) input[name] = labels[name]
  }
  for (const [name, key] of Object.entries(spec.bindings.query ?? {})) {
    const values = query.getAll(key)
    if (values.length > 0) input[name] = parseQuery(members[name]!.t, values)
  }
  for (const [name, header] of Object.entries(spec.bindings.header ?? {})) {
    const value = headers[header.toLowerCase()]
    if (typeof value === 'string') input[name] = parseScalar(members[name]!.t, value)
  }
  const bodyMembers = spec.bindings.body ?? []
  if (bodyMembers.length > 0) {
    const json = parseBody(body)
    for (const name of bodyMembers) if (json[name] !== undefined) input[name] = json[name]
  }
  // An empty body is a missing payload; `{}` is a payload with no members.
  if (spec.bindings.payload && body.toString('utf8').trim() !== '')
    input[spec.bindings.payload] = parseBody(body)
  return input
}

/** Walk a value along its shape and convert timestamps with `convert`; other values are kept. */
function mapTimestamps(
  shapeName: string,
  value: unknown,
  convert: (v: unknown) => unknown
): unknown {
  if (value === undefined || value === null) return value
  const s = shape(shapeName)
  switch (s.type) {
    case 'timestamp':
      return convert(value)
    case 'structure': {
      const out: Record<string, unknown> = {}
      const obj = value as Record<string, unknown>
      for (const [name, member] of Object.entries(s.members)) {
        const v = mapTimestamps(member.t, obj[name], convert)
        if (v !== undefined) out[name] = v
      }
      return out
    }
    case 'list':
      return (value as unknown[]).map((v) => mapTimestamps(s.member, v, convert))
    case 'map':
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [
          k,
          mapTimestamps(s.value, v, convert)
        ])
      )
    default:
      return value
  }
}

/** A validated wire input as handlers take it: timestamps become Date. */
export function handlerInput(shapeName: string, wire: Input): Input {
  return mapTimestamps(shapeName, wire, (v) => new Date((v as number) * 1000)) as Input
}

/**
 * A handler's output as the wire carries it: only the output shape's members, timestamps as epoch seconds
 * with millisecond precision.
 */
export function wireOutput(shapeName: string | null, output: unknown): Input {
  if (shapeName === null || output === undefined) return {}
  return mapTimestamps(shapeName, output, (v) =>
    v instanceof Date ? v.getTime() / 1000 : v
  ) as Input
}
