/**
 * The step's report as the sticky pull-request comment of its profile file. Best effort: the job summary
 * already holds the report, so nothing here fails the step. A fork's read-only token, a missing permission
 * or an API outage is a warning.
 */
import * as core from './actions-core.js'
import type { Report } from '../report/report.js'
import { COMMANDS, Inputs, Outputs, type Command, type CommentMode } from '../constants.js'
import { errorMessage } from '../util/errors.js'
import { composeComment, fileMarker, foldBody } from './comment-body.js'
import { pullRequestOf, runUrlOf, type PullRequest } from './event.js'
import { upsertComment } from './sticky-comment.js'

/** The commands whose report goes into the comment. */
export const COMMENT_COMMANDS: ReadonlySet<Command> = new Set([
  'validate',
  'plan',
  'simulate',
  'run'
])

export interface CommentRequest {
  command: Command
  config: string
  identity: string
  comment: CommentMode
  githubToken: string
  report: Report
}

/** `on-change` posts only such reports: a problem in the file, a failure, or a change to the account. */
export function needsAttention(report: Report): boolean {
  return (
    !report.ok ||
    report.problems.length > 0 ||
    report.outputs[Outputs.HasChanges] === true ||
    report.outputs[Outputs.Drift] === true
  )
}

/** Posts or updates the comment; returns its URL, or undefined when there is none. */
export async function commentOnPullRequest(
  req: CommentRequest,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  if (req.comment === 'never' || !COMMENT_COMMANDS.has(req.command)) return undefined
  let pr: PullRequest | undefined
  try {
    pr = pullRequestOf(env)
  } catch (e) {
    core.warning(`No pull-request comment: ${errorMessage(e)}`)
    return undefined
  }
  if (!pr) return undefined
  if (!req.githubToken) {
    core.warning(
      `No pull-request comment: input "${Inputs.GitHubToken}" is empty. The job summary has the report.`
    )
    return undefined
  }
  const attention = needsAttention(req.report)
  try {
    const { githubClient } = await import('./octokit.js')
    const runUrl = runUrlOf(env)
    const result = await upsertComment(
      githubClient(req.githubToken, (line) => core.info(line)),
      { owner: pr.owner, repo: pr.repo, issueNumber: pr.number },
      fileMarker(req.identity),
      (previous) =>
        composeComment({
          identity: req.identity,
          file: req.config,
          ...(previous === undefined ? {} : { previous }),
          section: {
            command: req.command,
            ...(pr.headSha ? { sha: pr.headSha } : {}),
            ...(runUrl ? { runUrl } : {}),
            markdown: attention ? req.report.markdown : foldBody(req.report.markdown)
          },
          order: COMMANDS
        }),
      { create: req.comment === 'always' || attention }
    )
    if (result.action === 'skipped')
      core.info(
        `pull request #${pr.number}: no changes or problems, so no comment (comment: on-change)`
      )
    else core.info(`pull request #${pr.number}: comment ${result.action}: ${result.url}`)
    return result.url
  } catch (e) {
    core.warning(failureText(e, pr))
    return undefined
  }
}

function failureText(e: unknown, pr: PullRequest): string {
  const status = (e as { status?: unknown }).status
  const what = `Could not comment on pull request #${pr.number}`
  if (status === 403 || status === 404)
    return (
      `${what} (${status}: ${errorMessage(e)}): the token may not write to it. A pull request from a fork ` +
      `gets a read-only token; otherwise give the job "permissions: pull-requests: write". ` +
      `The job summary has the full report.`
    )
  return `${what}: ${errorMessage(e)}. The job summary has the full report.`
}
