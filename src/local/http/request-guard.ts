/**
 * The emulator takes no credentials, so it must not be reachable from a web page the user happens to open:
 * a browser sends an `Origin` header with every cross-site POST (CSRF), and a page that rebinds its own DNS
 * name to 127.0.0.1 still sends its name as `Host`. AWS SDKs and CLIs send neither, so both are refused.
 */
import { isIP } from 'node:net'
import type { IncomingMessage } from 'node:http'

function hostname(hostHeader: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader)
  if (bracketed) return bracketed[1]!
  const colon = hostHeader.lastIndexOf(':')
  // An unbracketed IPv6 literal has several colons and no port.
  return colon > 0 && hostHeader.indexOf(':') === colon ? hostHeader.slice(0, colon) : hostHeader
}

/** Why the request is refused, or undefined for a local client. `boundHost` is the `--host` it listens on. */
export function foreignRequest(req: IncomingMessage, boundHost: string): string | undefined {
  const origin = req.headers.origin
  if (origin !== undefined)
    return `ddac local refuses requests from web pages (Origin ${JSON.stringify(origin)}); call it from the AWS SDK or CLI`
  const host = req.headers.host
  if (host === undefined) return undefined
  const name = hostname(host).toLowerCase()
  if (name === 'localhost' || isIP(name) !== 0 || name === boundHost.toLowerCase()) return undefined
  return `ddac local answers only requests addressed to localhost or an IP address, not Host ${JSON.stringify(host)} (a DNS-rebinding page would send its own name)`
}
