/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */
import * as core from '@actions/core'
import path from 'node:path'
import { tmpdir } from 'node:os'
import { runCommand } from './commands/run.js'
import { Outputs } from './constants.js'
import { errorMessage } from './errors.js'
import { annotate } from './github/annotations.js'
import { capMarkdown, writeProblemsFile } from './github/limits.js'
import { writeSummary } from './github/summary.js'
import { getSettings } from './settings.js'
import { stoppable } from './signals.js'

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const start = (signal?: AbortSignal): ReturnType<typeof runCommand> =>
      runCommand({
        ...settings,
        output: settings.importFile,
        planFile: path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'ddac-plan.json'),
        log: (line) => core.info(line),
        ...(signal ? { signal } : {})
      })
    // A cancelled run (SIGINT, then SIGTERM 7.5 s later) lets apply finish its calls in flight and report;
    // the read-only commands just stop.
    const report = await (settings.command === 'apply' ? stoppable(start) : start())
    core.info(report.text)
    annotate(report.problems)
    const markdown = capMarkdown(report.markdown)
    await writeSummary(markdown)
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
    if (report.problems.length > 0)
      core.setOutput(
        Outputs.ProblemsFile,
        await writeProblemsFile(report.problems, process.env.RUNNER_TEMP ?? tmpdir())
      )
    core.setOutput(Outputs.Markdown, markdown)
    if (!report.ok) core.setFailed(report.failure ?? 'ddac failed')
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}
