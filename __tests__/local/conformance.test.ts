/**
 * Conformance of the emulator to the model, generated from the model: for every operation the real SDK's
 * valid call succeeds (and the answer fits the output shape), and for every required member, length, size,
 * range, pattern and enum of its input a call that breaks it gets InvalidRequestException 400 naming the
 * member. Calls the SDK refuses to send (a missing or empty label, a missing idempotency token, which it
 * fills itself) go over raw HTTP so the emulator still sees them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import * as Iot from '@aws-sdk/client-iot'
import { HANDLERS } from '../../src/local/operations/handlers.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotModel, structure } from '../../src/model/iot-model.js'
import { iotClient, sendOperation, sendRaw } from './helpers/clients.js'
import { buildBase, overriddenOperations, validInput, type Base } from './helpers/fixtures.js'
import { breakInput, constraints, type Constraint } from './helpers/model-inputs.js'

const operations = Object.keys(iotModel.operations)
const counts = {
  valid: 0,
  violations: 0,
  rejected: 0,
  viaRaw: 0,
  unbreakable: [] as string[],
  refusedBySdk: [] as string[],
  byKind: {} as Record<string, number>
}
let base: Base

beforeAll(async () => {
  base = await buildBase()
}, 60_000)

describe('the handler table', () => {
  test('has exactly one handler per operation of the model', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([...operations].sort())
  })

  test('every operation has a Command in @aws-sdk/client-iot', () => {
    const missing = operations.filter((op) => !(`${op}Command` in Iot))
    expect(missing).toEqual([])
  })

  test('the fixtures only name operations of the model', () => {
    expect(overriddenOperations(base).filter((op) => !operations.includes(op))).toEqual([])
  })
})

describe('a valid call of every operation succeeds through the SDK', () => {
  test.each(operations)('%s', async (op) => {
    // A fresh copy of the base account for each, so deletes and attaches do not disturb the others.
    const emu = await startEmulator({ initialState: base.snapshot, checkOutputs: true })
    try {
      const output = await sendOperation(
        iotClient(emu, { maxAttempts: 1 }),
        op,
        validInput(op, base)
      )
      expect(output.$metadata).toMatchObject({ httpStatusCode: 200 })
      counts.valid++
    } finally {
      await emu.stop()
    }
  })
})

/** Members the SDK will not send broken: a missing label (it throws), a missing token (it fills one in). */
function sdkCannotSend(op: string, c: Constraint, input: Record<string, unknown>): boolean {
  const member = structure(iotModel.operations[op]!.input).members[c.topMember]!
  if (c.path.length !== 1) return false
  if (member.http === 'label') return input[c.topMember] === undefined
  return c.kind === 'required' && member.idemToken === true
}

interface Answer {
  status?: number
  name?: string
  message?: string
}

async function call(
  emu: Emulator,
  client: Iot.IoTClient,
  op: string,
  input: Record<string, unknown>,
  raw: boolean
): Promise<Answer & { raw: boolean }> {
  if (raw) {
    const r = await sendRaw(emu.endpoint, op, input)
    return {
      status: r.status,
      name: r.errorType ?? undefined,
      message: r.body.message as string,
      raw
    }
  }
  try {
    await sendOperation(client, op, input)
    return { status: 200, raw }
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } }
    // Thrown before sending: the SDK validates some inputs itself. Send it raw instead.
    if (err.$metadata?.httpStatusCode === undefined) {
      counts.refusedBySdk.push(`${op}: ${err.message}`)
      return call(emu, client, op, input, true)
    }
    return { status: err.$metadata.httpStatusCode, name: err.name, message: err.message, raw }
  }
}

describe('every broken input constraint is InvalidRequestException 400', () => {
  let emu: Emulator
  let client: Iot.IoTClient

  beforeAll(async () => {
    // Rejected calls never reach a handler, so one account serves them all.
    emu = await startEmulator({ initialState: base.snapshot, checkOutputs: true })
    client = iotClient(emu, { maxAttempts: 1 })
  })

  afterAll(async () => {
    await emu.stop()
    const kinds = Object.entries(counts.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')
    console.log(
      [
        `conformance: ${counts.valid}/${operations.length} operations answer a valid SDK call with 200`,
        `conformance: ${counts.rejected}/${counts.violations} broken constraints answered InvalidRequestException 400 naming the member (${counts.violations - counts.viaRaw} through the SDK, ${counts.viaRaw} over raw HTTP because the SDK cannot send them: missing labels, idempotency tokens it fills in)`,
        `conformance: ${counts.refusedBySdk.length} calls the SDK refused before sending${counts.refusedBySdk.length ? `: ${counts.refusedBySdk.join('; ')}` : ''}`,
        `conformance: constraints by kind: ${kinds}`,
        `conformance: ${counts.unbreakable.length} pattern constraints no string can break: ${[...new Set(counts.unbreakable)].join(', ')}`
      ].join('\n')
    )
  })

  test.each(operations)('%s', async (op) => {
    const spec = iotModel.operations[op]!
    const { found, unbreakable } = constraints(spec.input)
    counts.unbreakable.push(...unbreakable.map((c) => `${c.shape} (${op}.${c.path.join('.')})`))
    const failures: string[] = []
    for (const c of found) {
      const input = breakInput(spec.input, validInput(op, base), c)
      const answer = await call(emu, client, op, input, sdkCannotSend(op, c, input))
      counts.violations++
      counts.byKind[c.kind] = (counts.byKind[c.kind] ?? 0) + 1
      if (answer.raw) counts.viaRaw++
      const ok =
        answer.status === 400 &&
        answer.name === 'InvalidRequestException' &&
        (answer.message ?? '').includes(c.member)
      if (ok) counts.rejected++
      else
        failures.push(
          `${c.kind} at ${c.path.join('.')}: ${answer.status} ${answer.name ?? ''} ${answer.message ?? ''}`
        )
    }
    expect(failures).toEqual([])
  })
})
