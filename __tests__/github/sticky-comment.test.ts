/** The upsert over the real Octokit (with its retry and throttling plugins) against a fake GitHub. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { GitHubClient } from '../../src/github/octokit.js'
import { upsertComment } from '../../src/github/sticky-comment.js'
import { FakeGitHub } from '../helpers/fake-github.js'

const gh = new FakeGitHub()
const target = { owner: 'o', repo: 'r', issueNumber: 3 }
const MARKER = '<!-- ddac:file "o/r:dd.yml" -->'
let client: GitHubClient
let log: string[] = []
const saved = process.env.GITHUB_API_URL

beforeAll(async () => {
  await gh.start()
  // @actions/github reads GITHUB_API_URL when it is loaded, as in the action.
  process.env.GITHUB_API_URL = gh.url
  const { githubClient } = await import('../../src/github/octokit.js')
  client = githubClient('ghs_test', (line) => log.push(line))
})
afterAll(async () => {
  if (saved === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = saved
  await gh.stop()
})
beforeEach(() => {
  gh.comments.length = 0
  gh.requests.length = 0
  gh.failNext = []
  log = []
})

const upsert = (create = true): ReturnType<typeof upsertComment> =>
  upsertComment(client, target, MARKER, (prev) => `${MARKER}\n${prev ? 'again' : 'first'}`, {
    create
  })

describe('upsertComment', () => {
  test('creates, then updates the same comment', async () => {
    expect(await upsert()).toMatchObject({ action: 'created' })
    expect(await upsert()).toMatchObject({ action: 'updated' })
    expect(gh.on(3).map((c) => c.body)).toEqual([`${MARKER}\nagain`])
  })

  test('without create, finds nothing and writes nothing', async () => {
    expect(await upsert(false)).toEqual({ action: 'skipped' })
    expect(gh.requests.map((r) => r.method)).toEqual(['GET'])
  })

  test('a 502 is retried (retry plugin)', async () => {
    gh.failNext = [502]
    expect(await upsert()).toMatchObject({ action: 'created' })
    expect(gh.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST'])
  })

  test('a spent rate limit is waited out until its reset (throttling plugin)', async () => {
    gh.failNext = ['rate-limit']
    expect(await upsert()).toMatchObject({ action: 'created' })
    expect(gh.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST'])
    expect(log).toEqual([
      expect.stringMatching(/^GitHub primary rate limit on GET .*: retrying in 0 s$/)
    ])
  })

  test('a 403 is not retried', async () => {
    gh.deny = 403
    try {
      await expect(upsert()).rejects.toMatchObject({ status: 403 })
      expect(gh.requests).toHaveLength(1)
    } finally {
      delete gh.deny
    }
  })
})
