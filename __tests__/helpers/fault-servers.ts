/**
 * A bad network in front of the emulator, on 127.0.0.1 with port 0: a proxy that loses the answers of writes
 * that landed (or never answers them), and an endpoint that accepts connections and never answers at all.
 */
import http from 'node:http'
import net from 'node:net'
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export interface ProxyStats {
  /** write requests forwarded */
  writes: number
  /** writes forwarded whose answer was replaced by a 503 */
  lost: number
  /** writes forwarded and never answered */
  stalled: number
}

export interface ProxyOptions {
  /** share (0..1) of writes whose upstream answer is replaced by a 503 */
  loseRate?: number
  seed?: number
  /** writes (method, path) forwarded and then never answered */
  stall?: (method: string, path: string) => boolean
  /** runs before a write is forwarded (a foreign edit racing it) */
  beforeWrite?: (method: string, path: string) => Promise<void>
}

export interface FaultServer {
  url: string
  close(): Promise<void>
}

/** Open sockets, destroyed on close so a held request does not keep the server up. */
function closer(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>()
  server.on('connection', (s: net.Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  return async () => {
    for (const s of sockets) s.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
}

async function listen(server: net.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
}

function body(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

/** A proxy to `upstream` that forwards every request and, for the writes it picks, loses the answer. */
export async function lossyProxy(
  upstream: string,
  options: ProxyOptions = {}
): Promise<FaultServer & { stats: ProxyStats }> {
  const rng = xoroshiro128plus(options.seed ?? 1)
  const stats: ProxyStats = { writes: 0, lost: 0, stalled: 0 }
  const target = new URL(upstream)
  const server = http.createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET'
      const path = req.url ?? '/'
      const write = WRITES.has(method)
      const payload = await body(req)
      if (write) await options.beforeWrite?.(method, decodeURIComponent(path.split('?')[0]!))
      // The Host header stays as the client signed it.
      const answer = await new Promise<{
        status: number
        headers: http.IncomingHttpHeaders
        body: Buffer
      }>((resolve, reject) => {
        const out = http.request(
          { hostname: target.hostname, port: target.port, method, path, headers: req.headers },
          (r) => {
            body(r).then(
              (b) => resolve({ status: r.statusCode ?? 502, headers: r.headers, body: b }),
              reject
            )
          }
        )
        out.on('error', reject)
        out.end(payload)
      })
      if (write) stats.writes++
      if (write && options.stall?.(method, path)) {
        stats.stalled++
        return // landed upstream; the client waits for an answer that never comes
      }
      if (write && uniformFloat64(rng) < (options.loseRate ?? 0)) {
        stats.lost++
        res.writeHead(503, {
          'content-type': 'application/json',
          'x-amzn-errortype': 'ServiceUnavailableException'
        })
        res.end(JSON.stringify({ message: 'the answer was lost on the way back' }))
        return
      }
      res.writeHead(answer.status, answer.headers)
      res.end(answer.body)
    })().catch(() => res.destroy())
  })
  const close = closer(server)
  return { url: await listen(server), stats, close }
}

/** An endpoint that accepts every connection and never sends a byte; `requests` counts the requests it got. */
export async function silentEndpoint(): Promise<FaultServer & { requests: () => number }> {
  let requests = 0
  const server = net.createServer((socket) => {
    socket.on('data', (d: Buffer) => {
      requests += d.toString('latin1').match(/^[A-Z]+ \/\S* HTTP\/1\.1\r$/gm)?.length ?? 0
    })
  })
  const close = closer(server)
  return { url: await listen(server), requests: () => requests, close }
}
