/**
 * The emulator's MQTT data plane with the real device SDK (aws-crt) over mutual TLS: certificates issued
 * through the emulator's API, refused when unknown, inactive or revoked; policies decide connect, publish,
 * subscribe and receive; a denied publish closes the connection (MQTT 3.1.1) and counts one authorization
 * failure; every cloud-side metric is counted for the thing the client id names.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateCertificateFromCsrCommand,
  CreatePolicyCommand,
  CreateThingCommand,
  DeleteCertificateCommand,
  DetachPolicyCommand,
  DescribeEndpointCommand,
  UpdateCertificateCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { makeDeviceKey } from '../../src/simulate/keys.js'
import type { DeviceConnection } from '../../src/simulate/mqtt/connection.js'
import { crtConnection } from '../../src/simulate/mqtt/crt-connection.js'
import { iotClient } from './helpers/clients.js'

// The seed's policy: its own topic, any client id but one.
const SEED_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['iot:Publish', 'iot:Receive'],
      Resource: ['arn:aws:iot:*:*:topic/test/topic']
    },
    {
      Effect: 'Allow',
      Action: 'iot:Subscribe',
      Resource: ['arn:aws:iot:*:*:topicfilter/test/topic']
    },
    { Effect: 'Allow', Action: 'iot:Connect', Resource: ['arn:aws:iot:*:*:client/*'] },
    { Effect: 'Deny', Action: 'iot:Connect', Resource: ['arn:aws:iot:*:*:client/baddevice'] }
  ]
})

let emu: Emulator
let iot: IoTClient
const open: DeviceConnection[] = []

beforeAll(async () => {
  emu = await startEmulator({ broker: true })
  iot = iotClient(emu)
  await iot.send(new CreatePolicyCommand({ policyName: 'seed', policyDocument: SEED_POLICY }))
})
afterAll(async () => {
  await Promise.allSettled(open.map((c) => c.disconnect()))
  await emu.stop()
})

interface Device {
  certificateId: string
  certificatePem: string
  privateKeyPem: string
}

/** A thing with its own certificate (from a CSR: the key stays here), the seed's policy, attached. */
async function device(thingName: string, attach = true): Promise<Device> {
  const key = await makeDeviceKey(thingName)
  const cert = await iot.send(
    new CreateCertificateFromCsrCommand({
      certificateSigningRequest: key.csrPem,
      setAsActive: true
    })
  )
  await iot.send(new CreateThingCommand({ thingName }))
  await iot.send(new AttachPolicyCommand({ policyName: 'seed', target: cert.certificateArn! }))
  if (attach)
    await iot.send(new AttachThingPrincipalCommand({ thingName, principal: cert.certificateArn! }))
  return {
    certificateId: cert.certificateId!,
    certificatePem: cert.certificatePem!,
    privateKeyPem: key.privateKeyPem
  }
}

function connection(clientId: string, d: Device, events: string[] = []): Promise<DeviceConnection> {
  return crtConnection(
    { clientId, certificatePem: d.certificatePem, privateKeyPem: d.privateKeyPem },
    { host: emu.broker!.host, port: emu.broker!.port, caPem: emu.caCertificatePem },
    { interrupted: (r) => events.push(`interrupted ${r}`), resumed: () => events.push('resumed') }
  )
}

/** What the SDK rejected with (aws-crt rejects with a CrtError from another realm, not a jest Error). */
async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    const text = (e as { message?: string }).message ?? String(e)
    return /AWS_ERROR_\w+/.exec(text)?.[0] ?? text
  }
  throw new Error('it succeeded')
}

/** How aws-crt reports a CONNACK that refuses the connection (return code 5, not authorized). */
const REFUSED = 'AWS_ERROR_MQTT_PROTOCOL_ERROR'

const until = async (check: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('the emulator’s MQTT broker', () => {
  test('DescribeEndpoint names it', async () => {
    const out = await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' }))
    expect(out.endpointAddress).toBe(`127.0.0.1:${emu.broker!.port}`)
  })

  test('the seed’s flood: messages sent and received, each message’s size, one attempt, one disconnect', async () => {
    const d = await device('anom_thing_1')
    const c = await connection('anom_thing_1', d)
    await c.connect()
    let received = 0
    await c.subscribe('test/topic', () => received++)
    const payload = new Uint8Array(2000).fill(65) // 'A' * msg-size
    for (let i = 0; i < 20; i++) await c.publish('test/topic', payload)
    await until(() => received === 20)
    await c.disconnect()
    await until(() => emu.broker!.totals('anom_thing_1')?.['aws:num-disconnects'] === 1)
    expect(emu.broker!.totals('anom_thing_1')).toEqual({
      'aws:num-messages-sent': 20,
      'aws:num-messages-received': 20,
      'aws:message-byte-size': 40_000,
      'aws:num-authorization-failures': 0,
      'aws:num-connection-attempts': 1,
      'aws:num-disconnects': 1
    })
    const [record] = emu.state().data.connections!.filter((r) => r.clientId === 'anom_thing_1')
    expect(record).toMatchObject({
      certificateId: d.certificateId,
      thingName: 'anom_thing_1',
      sourceIp: '127.0.0.1',
      disconnectReason: 'CLIENT_INITIATED_DISCONNECT'
    })
  })

  test('an unregistered device (a client id that names no thing) is metered by its client id, as AWS does', async () => {
    const d = await device('registered_sensor')
    const c = await connection('mobile-app-7', d)
    await c.connect()
    for (let i = 0; i < 3; i++) await c.publish('test/topic', new Uint8Array(100))
    await c.disconnect()
    await until(() => emu.broker!.totals('mobile-app-7')?.['aws:num-disconnects'] === 1)
    expect(emu.broker!.totals('mobile-app-7')).toMatchObject({
      'aws:num-messages-sent': 3,
      'aws:message-byte-size': 300,
      'aws:num-connection-attempts': 1
    })
    // The certificate's thing did not send anything.
    expect(emu.broker!.totals('registered_sensor')).toBeUndefined()
  })

  test('a denied publish closes the connection, counts one authorization failure, and the device carries on', async () => {
    const d = await device('denied_thing')
    const events: string[] = []
    const c = await connection('denied_thing', d, events)
    open.push(c)
    await c.connect()
    // the broker closes the connection; the clean session cancels the unacknowledged publish
    expect(await rejection(c.publish('other/topic', new Uint8Array(10)))).toBe(
      'AWS_ERROR_MQTT_CANCELLED_FOR_CLEAN_SESSION'
    )
    await until(() => events.includes('resumed'))
    await c.publish('test/topic', new Uint8Array(10))
    await c.disconnect()
    await until(() => emu.broker!.totals('denied_thing')?.['aws:num-disconnects'] === 2)
    expect(emu.broker!.totals('denied_thing')).toMatchObject({
      'aws:num-authorization-failures': 1,
      'aws:num-messages-sent': 1,
      'aws:num-connection-attempts': 2,
      'aws:num-disconnects': 2
    })
    const reasons = emu
      .state()
      .data.connections!.filter((r) => r.clientId === 'denied_thing')
      .map((r) => r.disconnectReason)
    expect(reasons).toEqual(['AUTHORIZATION_FAILURE', 'CLIENT_INITIATED_DISCONNECT'])
  })

  test('a policy detached while the device is connected governs its next publish', async () => {
    const d = await device('detached_thing')
    const c = await connection('detached_thing', d)
    open.push(c)
    await c.connect()
    await c.publish('test/topic', new Uint8Array(10))
    await iot.send(
      new DetachPolicyCommand({
        policyName: 'seed',
        target: `arn:aws:iot:${emu.region}:${emu.account}:cert/${d.certificateId}`
      })
    )
    expect(await rejection(c.publish('test/topic', new Uint8Array(10)))).toBe(
      'AWS_ERROR_MQTT_CANCELLED_FOR_CLEAN_SESSION'
    )
    await until(
      () => emu.broker!.totals('detached_thing')?.['aws:num-authorization-failures'] === 1
    )
    expect(emu.broker!.totals('detached_thing')?.['aws:num-messages-sent']).toBe(1)
  })

  test('a client id the policy denies is refused, and counted as an attempt and a failure', async () => {
    const d = await device('baddevice')
    const c = await connection('baddevice', d)
    expect(await rejection(c.connect())).toBe(REFUSED)
    await until(() => emu.broker!.totals('baddevice')?.['aws:num-authorization-failures'] === 1)
    expect(emu.broker!.totals('baddevice')).toMatchObject({
      'aws:num-connection-attempts': 1,
      'aws:num-disconnects': 0
    })
  })

  test('two things on one certificate connect at once, both on record', async () => {
    const d = await device('shared_1')
    await iot.send(new CreateThingCommand({ thingName: 'shared_2' }))
    await iot.send(
      new AttachThingPrincipalCommand({
        thingName: 'shared_2',
        principal: `arn:aws:iot:${emu.region}:${emu.account}:cert/${d.certificateId}`
      })
    )
    const a = await connection('shared_1', d)
    const b = await connection('shared_2', d)
    await a.connect()
    await b.connect()
    expect(emu.broker!.connected()).toBeGreaterThanOrEqual(2)
    const live = emu
      .state()
      .data.connections!.filter(
        (r) => r.certificateId === d.certificateId && r.disconnectedAt === undefined
      )
    expect(live.map((r) => r.clientId).sort()).toEqual(['shared_1', 'shared_2'])
    await a.disconnect()
    await b.disconnect()
  })

  test('a second connection with a client id in use takes over: the first ends DUPLICATE_CLIENT_ID', async () => {
    const d = await device('twin_thing')
    const events: string[] = []
    const first = await connection('twin_thing', d, events)
    await first.connect()
    const second = await connection('twin_thing', d)
    await second.connect()
    await until(() => events.some((e) => e.startsWith('interrupted')))
    // stopped before its automatic reconnect takes the client id back
    await first.disconnect().catch(() => undefined)
    await second.disconnect()
    await until(() => emu.broker!.totals('twin_thing')?.['aws:num-disconnects'] === 2)
    const records = emu.state().data.connections!.filter((r) => r.clientId === 'twin_thing')
    expect(records.map((r) => r.disconnectReason)).toEqual([
      'DUPLICATE_CLIENT_ID',
      'CLIENT_INITIATED_DISCONNECT'
    ])
    // the first ended when the second connected
    expect(records[0]!.disconnectedAt).toBeGreaterThanOrEqual(records[1]!.connectedAt)
    expect(emu.broker!.totals('twin_thing')).toMatchObject({
      'aws:num-connection-attempts': 2,
      'aws:num-authorization-failures': 0
    })
  })

  test('a certificate revoked mid-run ends its connection, and the device’s reconnect is refused', async () => {
    const d = await device('revoked_thing')
    const events: string[] = []
    const c = await connection('revoked_thing', d, events)
    await c.connect()
    await c.publish('test/topic', new Uint8Array(5))
    await iot.send(
      new UpdateCertificateCommand({ certificateId: d.certificateId, newStatus: 'REVOKED' })
    )
    // AWS disconnects the devices that used it; aws-crt reconnects by itself about a second later
    await until(() => events.some((e) => e.startsWith('interrupted')))
    await until(() => emu.broker!.totals('revoked_thing')?.['aws:num-connection-attempts'] === 2)
    await c.disconnect().catch(() => undefined)
    expect(events).not.toContain('resumed')
    const again = await connection('revoked_thing', d)
    expect(await rejection(again.connect())).toBe(REFUSED)
    expect(emu.broker!.totals('revoked_thing')).toMatchObject({
      'aws:num-connection-attempts': 3,
      'aws:num-messages-sent': 1,
      'aws:num-disconnects': 1
    })
    const records = emu.state().data.connections!.filter((r) => r.clientId === 'revoked_thing')
    expect(records.map((r) => r.disconnectReason)).toEqual(['SERVER_INITIATED_DISCONNECT'])
  })

  test('an inactive certificate is refused, and so is one the account deleted', async () => {
    const key = await makeDeviceKey('stranger')
    const cert = await iot.send(
      new CreateCertificateFromCsrCommand({
        certificateSigningRequest: key.csrPem,
        setAsActive: false
      })
    )
    const d = {
      certificateId: cert.certificateId!,
      certificatePem: cert.certificatePem!,
      privateKeyPem: key.privateKeyPem
    }
    expect(await rejection((await connection('stranger', d)).connect())).toBe(REFUSED)
    await iot.send(new DeleteCertificateCommand({ certificateId: d.certificateId }))
    expect(await rejection((await connection('stranger', d)).connect())).toBe(REFUSED)
    expect(emu.state().data.connections!.some((r) => r.clientId === 'stranger')).toBe(false)
  })
})

describe('what the broker records', () => {
  test('persists with the data directory: connection records and the counts Detect evaluates', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-broker-'))
    try {
      const first = await startEmulator({ broker: true, dataDir: dir })
      const client = iotClient(first)
      await client.send(
        new CreatePolicyCommand({ policyName: 'seed', policyDocument: SEED_POLICY })
      )
      const key = await makeDeviceKey('kept_thing')
      const cert = await client.send(
        new CreateCertificateFromCsrCommand({
          certificateSigningRequest: key.csrPem,
          setAsActive: true
        })
      )
      await client.send(new CreateThingCommand({ thingName: 'kept_thing' }))
      await client.send(
        new AttachPolicyCommand({ policyName: 'seed', target: cert.certificateArn! })
      )
      const c = await crtConnection(
        {
          clientId: 'kept_thing',
          certificatePem: cert.certificatePem!,
          privateKeyPem: key.privateKeyPem
        },
        { host: first.broker!.host, port: first.broker!.port, caPem: first.caCertificatePem },
        {}
      )
      await c.connect()
      await c.publish('test/topic', new Uint8Array(3000))
      await c.disconnect()
      await until(() => first.broker!.totals('kept_thing')?.['aws:num-disconnects'] === 1)
      await first.stop()
      client.destroy()

      const second = await startEmulator({ broker: true, dataDir: dir })
      const kept = second.state().data
      expect(kept.connections?.map((r) => [r.clientId, r.disconnectReason])).toEqual([
        ['kept_thing', 'CLIENT_INITIATED_DISCONNECT']
      ])
      expect(JSON.stringify(kept.detect)).toContain('kept_thing')
      // the key never reached the data directory
      expect(
        readFileSync(
          path.join(
            dir,
            readdirSync(dir).find((f) => f.endsWith('.json'))!
          ),
          'utf8'
        )
      ).not.toContain(key.privateKeyPem.split('\n')[1]!)
      await second.stop()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
