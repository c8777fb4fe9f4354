/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */
import * as core from '@actions/core'
import path from 'node:path'
import { tmpdir } from 'node:os'
import { runCommand } from './commands/run.js'
import { Outputs } from './constants.js'
import { errorMessage } from './errors.js'
import { annotate } from './github/annotations.js'
import { writeSummary } from './github/summary.js'
import { getSettings } from './settings.js'

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const report = await runCommand({
      ...settings,
      output: settings.importFile,
      planFile: path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'ddac-plan.json'),
      log: (line) => core.info(line)
    })
    core.info(report.text)
    annotate(report.problems)
    await writeSummary(report.markdown)
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value)
    core.setOutput(Outputs.Markdown, report.markdown)
    if (!report.ok) core.setFailed(report.failure ?? 'ddac failed')
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}
