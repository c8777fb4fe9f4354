/** What goes over the wire, checked with raw HTTP: routing on the raw path, error format, timestamps. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Router } from '../../src/local/http/router.js'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotModel, type OperationName } from '../../src/model/iot-model.js'
import { sendRaw } from './helpers/clients.js'

describe('the router', () => {
  const router = new Router(Object.keys(iotModel.operations) as OperationName[])

  test('matches the raw path, then decodes labels (an ARN label keeps its encoded slash)', () => {
    const arn = 'arn:aws:iot:us-east-1:123456789012:thinggroup/g1'
    expect(router.match('POST', `/attached-policies/${encodeURIComponent(arn)}`)).toEqual({
      operation: 'ListAttachedPolicies',
      labels: { target: arn }
    })
  })

  test('a literal segment beats a label; the method picks among shared paths', () => {
    expect(router.match('PUT', '/thing-groups/addThingToThingGroup').operation).toBe(
      'AddThingToThingGroup'
    )
    expect(router.match('POST', '/thing-groups/addThingToThingGroup').operation).toBe(
      'CreateThingGroup'
    )
    expect(router.match('PUT', '/target-policies/p').operation).toBe('AttachPolicy')
    expect(router.match('POST', '/target-policies/p').operation).toBe('DetachPolicy')
  })

  test('an unknown route is UnknownOperationException 404', () => {
    expect(() => router.match('GET', '/nothing/here')).toThrow(
      expect.objectContaining({ code: 'UnknownOperationException', status: 404 })
    )
  })
})

describe('responses', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(() => emu.stop())

  test('errors carry x-amzn-ErrorType, the model status and a {"message"} body', async () => {
    const response = await fetch(`${emu.endpoint}/security-profiles/missing`)
    expect(response.status).toBe(404)
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException')
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await response.json()).toEqual({
      message: 'The security profile missing does not exist'
    })
  })

  test('ResourceAlreadyExistsException also names the resource', async () => {
    await sendRaw(emu.endpoint, 'CreateThingGroup', { thingGroupName: 'dup' })
    const again = await sendRaw(emu.endpoint, 'CreateThingGroup', {
      thingGroupName: 'dup',
      thingGroupProperties: { thingGroupDescription: 'other' }
    })
    expect(again).toMatchObject({
      status: 409,
      errorType: 'ResourceAlreadyExistsException',
      body: { resourceId: 'dup', resourceArn: `arn:aws:iot:us-east-1:123456789012:thinggroup/dup` }
    })
  })

  test('timestamps are epoch seconds in bodies and RFC 3339 in query strings', async () => {
    const before = Date.now() / 1000
    await sendRaw(emu.endpoint, 'CreateSecurityProfile', { securityProfileName: 'ts' })
    const d = await sendRaw(emu.endpoint, 'DescribeSecurityProfile', { securityProfileName: 'ts' })
    expect(typeof d.body.creationDate).toBe('number')
    expect(d.body.creationDate as number).toBeGreaterThanOrEqual(Math.floor(before))
    const events = await fetch(
      `${emu.endpoint}/violation-events?startTime=2026-01-01T00:00:00Z&endTime=2030-01-01T00:00:00Z`
    )
    expect(events.status).toBe(200)
    const bad = await fetch(
      `${emu.endpoint}/violation-events?startTime=yesterday&endTime=2030-01-01T00:00:00Z`
    )
    expect(bad.status).toBe(400)
    expect(bad.headers.get('x-amzn-errortype')).toBe('InvalidRequestException')
  })

  test('empty outputs are {} and a body that is not JSON is InvalidRequestException', async () => {
    const ok = await sendRaw(emu.endpoint, 'DeleteSecurityProfile', {
      securityProfileName: 'never'
    })
    expect(ok).toEqual({ status: 200, errorType: null, body: {} })
    const response = await fetch(`${emu.endpoint}/security-profiles/x`, {
      method: 'POST',
      body: '{'
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('x-amzn-errortype')).toBe('InvalidRequestException')
  })
})

test('dates come from the clock the emulator is given', async () => {
  const emu = await startEmulator({ clock: () => Date.UTC(2030, 0, 1) })
  try {
    await sendRaw(emu.endpoint, 'CreateSecurityProfile', { securityProfileName: 'c' })
    const d = await sendRaw(emu.endpoint, 'DescribeSecurityProfile', { securityProfileName: 'c' })
    expect(d.body).toMatchObject({ creationDate: Date.UTC(2030, 0, 1) / 1000, version: 1 })
  } finally {
    await emu.stop()
  }
})
