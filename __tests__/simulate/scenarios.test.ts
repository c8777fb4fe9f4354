/**
 * Each scenario's traffic, from the real device SDK over mutual TLS, as Debian's mosquitto sees it (its
 * connection log is the broker's own account of connects, DISCONNECTs, dropped sockets and denied publishes).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { CertificateAuthority } from '../../src/local/pki/ca.js'
import { runFleet } from '../../src/simulate/fleet.js'
import { makeDeviceKey } from '../../src/simulate/keys.js'
import type { DeviceCredentials } from '../../src/simulate/mqtt/connection.js'
import { crtConnection } from '../../src/simulate/mqtt/crt-connection.js'
import type { Traffic } from '../../src/simulate/traffic.js'
import { MOSQUITTO, startMosquitto, type Mosquitto } from '../helpers/mosquitto.js'

let ca: CertificateAuthority
let broker: Mosquitto

const describeWithBroker = MOSQUITTO || process.env.CI ? describe : describe.skip

async function device(
  clientId: string,
  key?: Awaited<ReturnType<typeof makeDeviceKey>>
): Promise<DeviceCredentials> {
  const k = key ?? (await makeDeviceKey(clientId))
  const cert = await ca.signRequest(k.csrPem)
  return { clientId, certificatePem: cert.certificatePem, privateKeyPem: k.privateKeyPem }
}

/** What the broker logged for one client since `from` (a log offset). */
function seen(from: number, clientId: string): Record<string, number> {
  const log = broker.log().slice(from)
  const count = (re: RegExp): number => (log.match(re) ?? []).length
  const id = clientId.replace(/[-/]/g, '\\$&')
  return {
    connects: count(new RegExp(`New client connected from \\S+ as ${id} `, 'g')),
    disconnects: count(new RegExp(`Received DISCONNECT from ${id}\\n`, 'g')),
    dropped: count(new RegExp(`Client ${id} closed its connection`, 'g')),
    denied: count(new RegExp(`Denied PUBLISH from ${id} `, 'g')),
    published: count(new RegExp(`Received PUBLISH from ${id} `, 'g'))
  }
}

async function run(
  clientId: string,
  traffic: Traffic
): Promise<{ log: Record<string, number>; result: Awaited<ReturnType<typeof runFleet>> }> {
  const from = broker.log().length
  const result = await runFleet({
    devices: [await device(clientId)],
    broker,
    connect: crtConnection,
    traffic
  })
  await new Promise((r) => setTimeout(r, 300)) // the broker's last log lines
  return { log: seen(from, clientId), result }
}

describeWithBroker('scenario traffic against mosquitto', () => {
  beforeAll(async () => {
    ca = await CertificateAuthority.create('ddac scenario CA')
    // Like the run's policy: publish and receive on the simulation's topic only.
    broker = await startMosquitto(ca, { acl: 'pattern readwrite test/topic\n' })
  })
  afterAll(async () => {
    await broker?.stop()
  })

  test('anomaly: count publishes on one connection, nothing else', async () => {
    const { log, result } = await run('flood-1', {
      kind: 'publish',
      topic: 'test/topic',
      messageSize: 300,
      count: 6,
      intervalMs: 20
    })
    expect(log).toEqual({ connects: 1, disconnects: 1, dropped: 0, denied: 0, published: 6 })
    expect(result).toMatchObject({
      sent: 6,
      acked: 6,
      bytes: 1800,
      connects: 1,
      drops: 0,
      denied: 0
    })
  }, 30_000)

  test('auth-failures: each attempt is a publish the broker denies', async () => {
    const { log, result } = await run('denied-1', {
      kind: 'denied-publish',
      topic: 'test/topic',
      count: 3,
      intervalMs: 50
    })
    expect(log).toEqual({ connects: 1, disconnects: 1, dropped: 0, denied: 3, published: 0 })
    expect(result).toMatchObject({ sent: 3, denied: 3, failed: 0 })
  }, 30_000)

  test('connection-churn: count connects, each ended by a DISCONNECT', async () => {
    const { log, result } = await run('churn-1', { kind: 'churn', count: 3, intervalMs: 50 })
    expect(log).toEqual({ connects: 3, disconnects: 3, dropped: 0, denied: 0, published: 0 })
    expect(result).toMatchObject({ connects: 3, acked: 3, failed: 0 })
  }, 30_000)

  test('disconnects: count connections dropped at the socket, without DISCONNECT', async () => {
    const { log, result } = await run('drop-1', { kind: 'drop', count: 2, intervalMs: 50 })
    expect(log).toEqual({ connects: 2, disconnects: 0, dropped: 2, denied: 0, published: 0 })
    expect(result).toMatchObject({ connects: 2, drops: 2, failed: 0 })
  }, 30_000)

  test('shared-certificate: two things connected at once with one certificate', async () => {
    const key = await makeDeviceKey('shared')
    const cert = await ca.signRequest(key.csrPem)
    const devices = ['shared-a', 'shared-b'].map((clientId) => ({
      clientId,
      certificatePem: cert.certificatePem,
      privateKeyPem: key.privateKeyPem
    }))
    const from = broker.log().length
    const result = await runFleet({
      devices,
      broker,
      connect: crtConnection,
      traffic: { kind: 'hold', holdMs: 500 }
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(result.connected).toBe(2)
    const log = broker.log().slice(from)
    // Both connected before either disconnected: concurrent connections with one certificate.
    const lastConnect = Math.max(log.lastIndexOf('as shared-a '), log.lastIndexOf('as shared-b '))
    const firstDisconnect = log.indexOf('Received DISCONNECT from shared-')
    expect(lastConnect).toBeGreaterThan(0)
    expect(firstDisconnect).toBeGreaterThan(lastConnect)
  }, 30_000)
})
