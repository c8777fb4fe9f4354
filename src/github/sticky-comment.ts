/**
 * Create or update the one comment of a pull request that starts with a marker. The comments are paged
 * (the marker may be on any page) and only a comment written by the token's own account is taken: anyone
 * can paste the marker into a comment of theirs, and its text must not end up in the report.
 */
import type { GitHubClient } from './octokit.js'

export interface CommentTarget {
  owner: string
  repo: string
  issueNumber: number
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'skipped'
  url?: string
}

interface Author {
  login: string
  bot: boolean
}

/** REST names an app's account `name[bot]` of type Bot; GraphQL's viewer is `name`, a Bot. */
const sameAuthor = (a: Author, b: Author): boolean =>
  a.bot === b.bot && a.login.replace(/\[bot\]$/, '') === b.login.replace(/\[bot\]$/, '')

async function viewer(octokit: GitHubClient): Promise<Author> {
  const { viewer: v } = await octokit.graphql<{ viewer: { login: string; __typename: string } }>(
    'query { viewer { login __typename } }'
  )
  return { login: v.login, bot: v.__typename === 'Bot' }
}

async function findComment(
  octokit: GitHubClient,
  target: CommentTarget,
  marker: string
): Promise<{ id: number; body: string } | undefined> {
  let me: Author | undefined
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  })
  for await (const { data } of pages) {
    for (const c of data) {
      if (!c.body?.startsWith(marker) || !c.user) continue
      me ??= await viewer(octokit)
      if (sameAuthor({ login: c.user.login, bot: c.user.type === 'Bot' }, me))
        return { id: c.id, body: c.body }
    }
  }
  return undefined
}

/**
 * `render` gets the current body (undefined when there is no comment yet) and returns the new one. Without
 * `create`, only an existing comment is updated.
 */
export async function upsertComment(
  octokit: GitHubClient,
  target: CommentTarget,
  marker: string,
  render: (previous: string | undefined) => string,
  { create }: { create: boolean }
): Promise<UpsertResult> {
  const found = await findComment(octokit, target, marker)
  const where = { owner: target.owner, repo: target.repo }
  if (found) {
    const { data } = await octokit.rest.issues.updateComment({
      ...where,
      comment_id: found.id,
      body: render(found.body)
    })
    return { action: 'updated', url: data.html_url }
  }
  if (!create) return { action: 'skipped' }
  const { data } = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.issueNumber,
    body: render(undefined)
  })
  return { action: 'created', url: data.html_url }
}
