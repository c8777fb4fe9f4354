/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { runCommand } from '../commands/run.js'
import { Outputs, State } from '../constants.js'
import { errorMessage } from '../util/errors.js'
import { annotate } from '../github/annotations.js'
import { commentOnPullRequest } from '../github/pr-comment.js'
import { capMarkdown, writeProblemsFile } from '../github/limits.js'
import { writeSummary } from '../github/summary.js'
import { defaultIdentity } from '../config/identity.js'
import { getSettings } from './settings.js'
import { stoppable, type Stop } from '../util/signals.js'
import { ACTION_WORDS } from '../util/words.js'

/** Where the post step finds what to remove if this step never finishes its teardown: names, never keys. */
export function recordLedger(e: { file: string; runId: string; tornDown: boolean }): void {
  core.saveState(State.Ledger, e.file)
  core.saveState(State.RunId, e.runId)
  core.saveState(State.TornDown, String(e.tornDown))
}

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const start = (s?: Stop): ReturnType<typeof runCommand> =>
      runCommand({
        ...settings,
        output: settings.importFile,
        log: (line) => core.info(line),
        ...(settings.simulate
          ? { simulate: { ...settings.simulate, onLedger: recordLedger } }
          : {}),
        ...(s ? { signal: s.stop, abandon: s.abandon } : {})
      })
    // A cancelled run (SIGINT, then SIGTERM 7.5 s later) stops plan and apply, which still report below;
    // apply gives the writes in flight a few seconds to finish. The other commands just end.
    // simulate stops sending and tears down; the post step finishes a teardown a kill cut short.
    const reconciles = ['apply', 'plan', 'simulate'].includes(settings.command)
    const report = await (reconciles ? stoppable(start) : start())
    core.info(report.text)
    annotate(report.problems)
    const markdown = capMarkdown(report.markdown)
    await writeSummary(markdown)
    const commentUrl = await commentOnPullRequest({
      ...settings,
      identity: report.identity ?? settings.identity ?? defaultIdentity(settings.config),
      report
    })
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
    if (report.problems.length > 0)
      core.setOutput(
        Outputs.ProblemsFile,
        await writeProblemsFile(report.problems, process.env.RUNNER_TEMP ?? tmpdir())
      )
    core.setOutput(Outputs.Markdown, markdown)
    if (commentUrl) core.setOutput(Outputs.CommentUrl, commentUrl)
    if (!report.ok) core.setFailed(report.failure ?? 'ddac failed')
  } catch (e) {
    core.setFailed(errorMessage(e, ACTION_WORDS))
  }
}
