/**
 * The GitHub REST client: @actions/github's Octokit (GITHUB_API_URL, proxy settings) with retries of 5xx and
 * network errors and GitHub's rate limits respected. Loaded only when a comment is posted.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

/** A limit that resets within this many seconds is waited out once; a longer one gives up the comment. */
const MAX_RATE_LIMIT_WAIT_S = 60

export function githubClient(token: string, log: (line: string) => void): GitHubClient {
  const onLimit =
    (which: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _: unknown,
      retries: number
    ) => {
      const wait = retries === 0 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
      log(
        `GitHub ${which} rate limit on ${options.method} ${options.url}: ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`
      )
      return wait
    }
  return getOctokit(
    token,
    {
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    retry,
    throttling
  )
}
