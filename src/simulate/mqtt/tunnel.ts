/**
 * A local HTTP CONNECT proxy that the device client dials through, so the runner can drop a device's TCP
 * connection without an MQTT DISCONNECT: the `disconnects` scenario, which AWS counts as
 * `aws:num-disconnects`. TLS stays end to end (the proxy only relays bytes), so this works against AWS as
 * against the emulator. Each device names itself in Proxy-Authorization (user = client id). The proxy relays
 * only to the one broker it was made for, on 127.0.0.1 only.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export class DropTunnel {
  private readonly live = new Map<string, Set<Socket>>()
  private readonly blocked = new Set<string>()

  private constructor(
    private readonly server: Server,
    private readonly target: { host: string; port: number }
  ) {
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) =>
      this.relay(req, client, head)
    )
  }

  static async start(target: { host: string; port: number }): Promise<DropTunnel> {
    const server = createServer((_req, res) => res.writeHead(405).end())
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return new DropTunnel(server, target)
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  /** Close the device's connections at the TCP level, and refuse new ones until `allow`. */
  cut(clientId: string): number {
    this.blocked.add(clientId)
    const sockets = this.live.get(clientId) ?? new Set()
    for (const s of sockets) s.destroy()
    this.live.delete(clientId)
    return sockets.size
  }

  allow(clientId: string): void {
    this.blocked.delete(clientId)
  }

  close(): Promise<void> {
    for (const sockets of this.live.values()) for (const s of sockets) s.destroy()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private relay(req: IncomingMessage, client: Socket, head: Buffer): void {
    const clientId = userOf(req.headers['proxy-authorization'])
    const [host, port] = splitHostPort(req.url ?? '')
    if (
      !clientId ||
      this.blocked.has(clientId) ||
      port !== this.target.port ||
      host !== this.target.host
    ) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(port, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
      const sockets = this.live.get(clientId) ?? new Set<Socket>()
      sockets.add(client)
      this.live.set(clientId, sockets)
      const close = (): void => {
        sockets.delete(client)
        upstream.destroy()
        client.destroy()
      }
      client.once('close', close)
      upstream.once('close', close)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  }
}

function userOf(header: string | undefined): string | undefined {
  const m = /^Basic\s+(.+)$/i.exec(header ?? '')
  if (!m) return undefined
  const decoded = Buffer.from(m[1]!, 'base64').toString()
  const colon = decoded.indexOf(':')
  return colon < 0 ? decoded : decoded.slice(0, colon)
}

function splitHostPort(authority: string): [string, number] {
  const i = authority.lastIndexOf(':')
  return [authority.slice(0, i).replace(/^\[|\]$/g, ''), Number(authority.slice(i + 1))]
}
