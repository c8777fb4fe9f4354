/**
 * A fake of the part of GitHub's REST API the pull-request comment uses, on 127.0.0.1 at a free port: list
 * (paged, with Link headers), create and update issue comments, and GraphQL's viewer. It answers as GitHub
 * does: 422 for a body over 65,536 characters, 404 for an unknown comment, and, when told, 403 or 404 for
 * everything (a fork's read-only token) or one 5xx / rate limit before answering again.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeUser {
  login: string
  type: 'Bot' | 'User'
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: FakeUser
}

export interface FakeRequest {
  method: string
  path: string
  authorization?: string
}

/** The account GITHUB_TOKEN comments as. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }

export class FakeGitHub {
  readonly comments: FakeComment[] = []
  readonly requests: FakeRequest[] = []
  /** answer every request with this status (403 or 404, as GitHub does for a token that may not write) */
  deny?: 403 | 404
  /** answer the next requests with these statuses first, one each ('rate-limit': 403 with no quota left) */
  failNext: (number | 'rate-limit')[] = []
  private server?: Server
  private nextId = 1000

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  add(issue: number, body: string, user: FakeUser = ACTIONS_BOT): FakeComment {
    const c = { id: this.nextId++, issue, body, user }
    this.comments.push(c)
    return c
  }

  on(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue)
  }

  private json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

  private view(c: FakeComment): object {
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      html_url: `https://github.com/o/r/pull/${c.issue}#issuecomment-${c.id}`
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = ''
    for await (const chunk of req) raw += String(chunk)
    const url = new URL(req.url ?? '/', 'http://fake')
    this.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {})
    })
    const fail = this.failNext.shift()
    if (fail === 'rate-limit')
      return this.json(
        res,
        403,
        { message: 'API rate limit exceeded' },
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) - 10)
        }
      )
    if (fail) return this.json(res, fail, { message: 'Server Error' })
    if (this.deny === 403)
      return this.json(res, 403, { message: 'Resource not accessible by integration' })
    if (this.deny === 404) return this.json(res, 404, { message: 'Not Found' })

    const body = raw ? (JSON.parse(raw) as { body?: string }) : {}
    if (body.body !== undefined && body.body.length > 65_536)
      return this.json(res, 422, {
        message: 'Validation Failed',
        errors: [{ message: 'Body is too long (maximum is 65536 characters)' }]
      })
    if (req.method === 'POST' && url.pathname === '/graphql')
      return this.json(res, 200, {
        data: { viewer: { login: ACTIONS_BOT.login.replace('[bot]', ''), __typename: 'Bot' } }
      })
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (list && req.method === 'GET') {
      const all = this.on(Number(list[1]))
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (p: number, rel: string): string => {
        const u = new URL(`${this.url}${url.pathname}`)
        u.searchParams.set('per_page', String(perPage))
        u.searchParams.set('page', String(p))
        return `<${u.toString()}>; rel="${rel}"`
      }
      const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : []
      return this.json(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c)),
        links.length ? { link: links.join(', ') } : {}
      )
    }
    if (list && req.method === 'POST')
      return this.json(res, 201, this.view(this.add(Number(list[1]), body.body ?? '')))
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (one && req.method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(one[1]))
      if (!c) return this.json(res, 404, { message: 'Not Found' })
      c.body = body.body ?? ''
      return this.json(res, 200, this.view(c))
    }
    return this.json(res, 404, { message: 'Not Found' })
  }
}
