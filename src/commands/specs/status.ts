/** status: ML Detect model training and active violations of the file's profiles (all without a file). */
import { Outputs } from '../../constants.js'
import { renderStatusMarkdown, renderStatusText, type StatusReport } from '../../report/status.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export type StatusOptions = CommonOptions

export const spec = defineCommand({
  needs: { file: 'if-present', account: true },
  run: async (opts: StatusOptions, { profile, session }): Promise<StatusReport> => {
    const { statusCommand } = await import('../status.js')
    if (!profile)
      opts.log(`${opts.config} not found: reporting every security profile in the account`)
    const names = profile && (profile.securityProfiles ?? []).map((p) => p.securityProfileName!)
    return statusCommand({
      iot: session!.client,
      ...(names ? { securityProfileNames: names } : {})
    })
  },
  report: (report) => ({
    ok: true,
    text: renderStatusText(report),
    markdown: renderStatusMarkdown(report),
    problems: [],
    outputs: {
      [Outputs.ModelsActive]: report.training.filter((t) => t.modelStatus === 'ACTIVE').length,
      [Outputs.ModelsTotal]: report.training.length,
      [Outputs.ActiveViolations]: report.violations.length
    }
  })
})
