/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */
import * as core from '@actions/core'
import { validateFile, type ValidationResult } from './config/validate.js'
import { Outputs } from './constants.js'
import { errorMessage } from './errors.js'
import { annotate } from './github/annotations.js'
import { writeSummary } from './github/summary.js'
import { headline, renderValidationMarkdown, renderValidationText } from './report/validation.js'
import { getSettings } from './settings.js'

export async function run(): Promise<void> {
  try {
    const settings = getSettings()
    const result = await validateFile(settings.config)
    core.info(renderValidationText(result))
    annotate(result.problems)
    await writeSummary(renderValidationMarkdown(result))
    setValidationOutputs(result)
    if (result.errors > 0) core.setFailed(headline(result))
    else if (settings.failOnWarnings && result.warnings > 0)
      core.setFailed(`${headline(result)}, and fail-on-warnings is set`)
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}

function setValidationOutputs(r: ValidationResult): void {
  core.setOutput(Outputs.Valid, r.errors === 0)
  core.setOutput(Outputs.Errors, r.errors)
  core.setOutput(Outputs.Warnings, r.warnings)
  core.setOutput(
    Outputs.Problems,
    JSON.stringify(
      r.problems.map(({ file, line, column, severity, rule, path, message }) => ({
        file,
        line,
        column,
        severity,
        rule,
        path,
        message
      }))
    )
  )
}
