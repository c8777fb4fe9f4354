/**
 * The emulator's data plane: an MQTT 3.1.1 broker (aedes) behind mutual TLS, as AWS IoT Core's: a client
 * presents a certificate the emulator's CA issued and the account holds ACTIVE; every connect, publish,
 * subscribe and receive is authorized by the policies that apply (policy/evaluate.ts); a denied connect is
 * refused and a denied publish or subscribe closes the connection, as AWS does for MQTT 3.1.1; a second
 * connection with a client id in use takes over and ends the first (MQTT-3.1.4-2); a certificate set
 * INACTIVE or REVOKED ends the connections it authenticated (AWS: "IoT disconnects all devices that used
 * that certificate"); and every cloud-side metric is counted per thing (metering.ts), for Detect to evaluate.
 */
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { createServer, type TLSSocket } from 'node:tls'
import { Aedes, type Client } from 'aedes'
import { certificateId } from '../pki/ca.js'
import type { DataPlaneAccount } from './account-view.js'
import { Meter, type DisconnectReason, type ThingTotals } from './metering.js'
import {
  authorize,
  clientArn,
  topicArn,
  topicFilterArn,
  type AuthContext,
  type IotAction
} from './policy/evaluate.js'

export interface BrokerOptions {
  account: DataPlaneAccount
  /** the emulator's CA (PEM): the only issuer a client certificate may have */
  caPem: string
  server: { certificatePem: string; privateKeyPem: string }
  host?: string
  /** 0 (the default) picks a free port */
  port?: number
}

export interface Broker {
  host: string
  port: number
  /** connections open now */
  connected(): number
  /** what was counted per thing since the broker started (tests, the bench) */
  totals(thingName: string): ThingTotals | undefined
  stop(): Promise<void>
}

interface Session {
  id: string
  certificateId: string
  ctx?: AuthContext
  /** why the broker is closing it (a denied action, a takeover, its certificate no longer ACTIVE) */
  ending?: DisconnectReason
}

const sessions = new WeakMap<object, Session>()
const sessionOf = (client: Client): Session | undefined => sessions.get(client.conn)

const denial = (what: string): Error & { returnCode: 5 } =>
  Object.assign(new Error(`Not authorized: ${what}`), { returnCode: 5 as const })

export async function startBroker(o: BrokerOptions): Promise<Broker> {
  const account = o.account
  const meter = new Meter(account)
  const scope = (): { region: string; account: string } => ({
    region: account.region,
    account: account.account
  })
  const allowed = (s: Session, action: IotAction, resource: string): boolean =>
    !!s.ctx &&
    authorize(account.policies(s.certificateId), action, resource, s.ctx).effect === 'allow'
  // The connection of each client id, once aedes has registered it.
  const live = new Map<string, Client>()
  const end = (client: Client, reason: DisconnectReason): void => {
    const s = sessionOf(client)
    if (s) s.ending ??= reason
  }

  const aedes = await Aedes.createBroker({
    authenticate: (client, _user, _password, done) => {
      const s = sessionOf(client)
      if (!s) return done(denial('no client certificate'), false)
      const clientId = client.id
      const thing = account.thing(clientId)
      const attached = thing !== undefined && account.isAttached(s.certificateId, clientId)
      s.ctx = {
        clientId,
        ...(thing ? { thingName: clientId, thingAttributes: thing.attributes } : {}),
        ...(thing?.thingTypeName ? { thingTypeName: thing.thingTypeName } : {}),
        thingIsAttached: attached,
        certificateId: s.certificateId,
        sourceIp: (client.conn as TLSSocket).remoteAddress ?? '',
        ...scope()
      }
      meter.attempt(s.ctx.clientId)
      const status = account.certificateStatus(s.certificateId)
      if (status !== 'ACTIVE') {
        // unknown, deleted, INACTIVE or REVOKED: AWS refuses the connection
        return done(denial(`certificate ${status ?? 'unknown to the account'}`), false)
      }
      if (!allowed(s, 'iot:Connect', clientArn(scope(), clientId))) {
        meter.denied(s.ctx.clientId)
        return done(denial(`iot:Connect on client/${clientId}`), false)
      }
      meter.connected(s, (client.conn as TLSSocket).remotePort ?? 0)
      // aedes closes the connection this one takes over once it registers this one
      const previous = live.get(clientId)
      if (previous) end(previous, 'DUPLICATE_CLIENT_ID')
      done(null, true)
    },
    authorizePublish: (client, packet, done) => {
      const s = client && sessionOf(client)
      if (!s?.ctx) return done(new Error('not connected'))
      const topic = packet.topic
      const ok =
        allowed(s, 'iot:Publish', topicArn(scope(), topic)) &&
        (!packet.retain || allowed(s, 'iot:RetainPublish', topicArn(scope(), topic)))
      if (!ok) {
        meter.denied(s.ctx.clientId)
        s.ending ??= 'AUTHORIZATION_FAILURE'
        return done(new Error(`Not authorized: iot:Publish on topic/${topic}`))
      }
      meter.published(s.ctx.clientId, Buffer.byteLength(packet.payload ?? ''))
      done(null)
    },
    authorizeSubscribe: (client, sub, done) => {
      const s = sessionOf(client)
      if (!s?.ctx) return done(new Error('not connected'))
      if (!allowed(s, 'iot:Subscribe', topicFilterArn(scope(), sub.topic))) {
        meter.denied(s.ctx.clientId)
        s.ending ??= 'AUTHORIZATION_FAILURE'
        return done(new Error(`Not authorized: iot:Subscribe on topicfilter/${sub.topic}`))
      }
      done(null, sub)
    },
    authorizeForward: (client, packet) => {
      const s = sessionOf(client)
      if (!s?.ctx) return null
      if (!allowed(s, 'iot:Receive', topicArn(scope(), packet.topic))) {
        meter.denied(s.ctx.clientId)
        return null
      }
      meter.received(s.ctx.clientId)
      return packet
    }
  })
  aedes.on('clientDisconnect', (client) => {
    if (live.get(client.id) === client) live.delete(client.id)
    const s = sessionOf(client)
    // aedes marks a client that sent DISCONNECT (MQTT-3.14.4); any other end is a dropped connection
    const graceful = (client as unknown as { _disconnected?: boolean })._disconnected === true
    if (s)
      meter.disconnected(
        s,
        s.ending ?? (graceful ? 'CLIENT_INITIATED_DISCONNECT' : 'CONNECTION_LOST')
      )
  })
  aedes.on('client', (client) => {
    live.set(client.id, client)
    client.on('error', () => undefined)
  })
  // AWS does this "within a few minutes" of UpdateCertificate (the emulator at the commit) and names no
  // reason for it; of its lifecycle events' reasons, the server's own disconnect fits.
  account.onCertificateChange((certificateId) => {
    if (account.certificateStatus(certificateId) === 'ACTIVE') return
    for (const client of live.values())
      if (sessionOf(client)?.certificateId === certificateId) {
        end(client, 'SERVER_INITIATED_DISCONNECT')
        client.close()
      }
  })

  const server = createServer({
    key: o.server.privateKeyPem,
    cert: o.server.certificatePem,
    ca: [o.caPem],
    requestCert: true,
    rejectUnauthorized: true
  })
  server.on('secureConnection', (socket) => {
    const peer = socket.getPeerCertificate()
    if (!peer?.raw) return socket.destroy()
    sessions.set(socket, { id: randomUUID(), certificateId: certificateId(peer.raw) })
    socket.on('error', () => undefined)
    aedes.handle(socket)
  })
  server.on('tlsClientError', () => undefined)
  const host = o.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(o.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  let stopped: Promise<void> | undefined
  return {
    host,
    port,
    connected: () => aedes.connectedClients,
    totals: (thing) => meter.totals.get(thing),
    stop: () =>
      (stopped ??= (async () => {
        await new Promise<void>((resolve) => aedes.close(() => resolve()))
        await new Promise<void>((resolve) => server.close(() => resolve()))
        meter.flush()
      })())
  }
}
