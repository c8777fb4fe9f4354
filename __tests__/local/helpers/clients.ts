/** Clients for the emulator: the real SDK (any operation by name) and raw restJson1 requests built from the model. */
import * as Iot from '@aws-sdk/client-iot'
import type { IoTClientConfig } from '@aws-sdk/client-iot'
import { iotModel, structure } from '../../../src/model/iot-model.js'
import type { Emulator } from '../../../src/local/emulator.js'

export const DUMMY_CREDENTIALS = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local' }

export function iotClient(
  emu: Pick<Emulator, 'endpoint' | 'region'>,
  config: IoTClientConfig = {}
): Iot.IoTClient {
  return new Iot.IoTClient({
    endpoint: emu.endpoint,
    region: emu.region,
    credentials: DUMMY_CREDENTIALS,
    ...config
  })
}

type AnyCommand = new (input: object) => Parameters<Iot.IoTClient['send']>[0]

/** Send any operation by name through the SDK's own `<Operation>Command`. */
export async function sendOperation(
  client: Iot.IoTClient,
  operation: string,
  input: object
): Promise<Record<string, unknown>> {
  const Command = (Iot as unknown as Record<string, AnyCommand>)[`${operation}Command`]
  if (!Command) throw new Error(`@aws-sdk/client-iot has no ${operation}Command`)
  return (await client.send(new Command(input))) as unknown as Record<string, unknown>
}

export interface RawResponse {
  status: number
  errorType: string | null
  body: Record<string, unknown>
}

const wireValue = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v))

/**
 * Send an operation as raw restJson1 over fetch, serialized from the model's bindings: for requests the SDK
 * will not send (a missing label, a missing idempotency token), so the emulator still sees them.
 */
export async function sendRaw(
  endpoint: string,
  operation: string,
  input: Record<string, unknown>
): Promise<RawResponse> {
  const spec = iotModel.operations[operation]!
  const path = spec.uri.replace(/\{(\w+)\}/g, (_m, name: string) =>
    input[name] === undefined ? '' : encodeURIComponent(wireValue(input[name]))
  )
  const query = new URLSearchParams()
  for (const [name, key] of Object.entries(spec.bindings.query ?? {})) {
    const v = input[name]
    if (v === undefined) continue
    for (const item of Array.isArray(v) ? v : [v]) query.append(key, wireValue(item))
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  for (const [name, header] of Object.entries(spec.bindings.header ?? {}))
    if (input[name] !== undefined) headers[header] = wireValue(input[name])
  const members = structure(spec.input).members
  const body: Record<string, unknown> = {}
  for (const name of spec.bindings.body ?? [])
    if (input[name] !== undefined) body[name] = epochSeconds(input[name])
  const qs = query.toString()
  const response = await fetch(`${endpoint}${path}${qs ? `?${qs}` : ''}`, {
    method: spec.method,
    headers,
    ...(spec.method === 'GET' || Object.keys(members).length === 0
      ? {}
      : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  return {
    status: response.status,
    errorType: response.headers.get('x-amzn-errortype'),
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }
}

/** Body timestamps go as epoch seconds. */
function epochSeconds(v: unknown): unknown {
  if (v instanceof Date) return v.getTime() / 1000
  if (Array.isArray(v)) return v.map(epochSeconds)
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, epochSeconds(x)]))
  return v
}
