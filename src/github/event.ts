/**
 * The pull request a run belongs to, from the runner's environment and event payload. Read here rather than
 * through @actions/github's context so that runs outside a pull request never load Octokit.
 */
import { readFileSync } from 'node:fs'
import { errorMessage } from '../util/errors.js'

export interface PullRequest {
  owner: string
  repo: string
  number: number
  /** the head commit the run checks */
  headSha?: string
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

interface Payload {
  pull_request?: { number?: unknown; head?: { sha?: unknown } }
  repository?: { name?: unknown; owner?: { login?: unknown } }
}

/** The pull request of a pull_request or pull_request_target run; undefined for any other event. */
export function pullRequestOf(env: NodeJS.ProcessEnv = process.env): PullRequest | undefined {
  if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined
  if (!env.GITHUB_EVENT_PATH)
    throw new Error(`GITHUB_EVENT_PATH is not set for a ${env.GITHUB_EVENT_NAME} event`)
  let payload: Payload
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
  } catch (e) {
    throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${errorMessage(e)}`, {
      cause: e
    })
  }
  const number = payload.pull_request?.number
  if (typeof number !== 'number')
    throw new Error(`the ${env.GITHUB_EVENT_NAME} event payload has no pull_request.number`)
  const [owner, repo] = repository(payload, env)
  const sha = payload.pull_request?.head?.sha
  return { owner, repo, number, ...(typeof sha === 'string' ? { headSha: sha } : {}) }
}

function repository(payload: Payload, env: NodeJS.ProcessEnv): [string, string] {
  const { name, owner } = payload.repository ?? {}
  if (typeof name === 'string' && typeof owner?.login === 'string') return [owner.login, name]
  const [o, r] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!o || !r)
    throw new Error('neither the event payload nor GITHUB_REPOSITORY names the repository')
  return [o, r]
}

/** The run's page, where its job summary is; undefined outside Actions. */
export function runUrlOf(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined
}
