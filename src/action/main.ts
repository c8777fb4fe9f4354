/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */
import * as core from '../github/actions-core.js'
import { tmpdir } from 'node:os'
import { runCommand, type RunOptions } from '../commands/run.js'
import { Outputs, State } from '../constants.js'
import { errorMessage } from '../util/errors.js'
import { annotate } from '../github/annotations.js'
import { commentOnPullRequest } from '../github/pr-comment.js'
import { capMarkdown, writeProblemsFile } from '../github/limits.js'
import { writeSummary } from '../github/summary.js'
import { defaultIdentity } from '../config/identity.js'
import { getSettings, type Settings } from './settings.js'
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
    // A cancelled run (SIGINT, then SIGTERM 7.5 s later) stops plan and apply, which still report below;
    // apply gives the writes in flight a few seconds to finish (commands/run.ts). The others just end.
    const report = await runCommand(commandOptions(settings, (line) => core.info(line)))
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

/** The command's own options, from the inputs. */
function commandOptions(s: Settings, log: (line: string) => void): RunOptions {
  const common = {
    config: s.config,
    target: s.target,
    ...(s.region ? { region: s.region } : {}),
    ...(s.identity ? { identity: s.identity } : {}),
    failOnWarnings: s.failOnWarnings,
    log
  }
  const reconcile = { ...common, prune: s.prune, adopt: s.adopt }
  switch (s.command) {
    case 'validate':
    case 'status':
      return { command: s.command, ...common }
    case 'plan':
      return { command: 'plan', ...reconcile, ...(s.planFile ? { planFile: s.planFile } : {}) }
    case 'apply':
      return {
        command: 'apply',
        ...reconcile,
        ...(s.savedPlan ? { savedPlan: s.savedPlan } : {}),
        ...(s.lockTimeoutSeconds !== undefined ? { lockTimeoutSeconds: s.lockTimeoutSeconds } : {})
      }
    case 'import':
      return {
        command: 'import',
        ...common,
        output: s.importFile,
        ...(s.selection ? { selection: s.selection } : {})
      }
    case 'simulate':
      return { command: 'simulate', ...common, ...s.simulate, onLedger: recordLedger }
    case 'run':
      return {
        command: 'run',
        ...reconcile,
        ...(s.lockTimeoutSeconds !== undefined ? { lockTimeoutSeconds: s.lockTimeoutSeconds } : {}),
        ...s.simulate,
        onLedger: recordLedger
      }
    case 'audit':
      return { command: 'audit', ...common }
    case 'cleanup':
      return { command: 'cleanup', ...common, ...s.cleanup }
  }
}
