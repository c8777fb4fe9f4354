/**
 * run: the whole loop as one command: validate (the runner's `file: 'valid'`), plan and apply the file, run
 * its simulations, wait for what they expect, report, and tear down. Apply's writes get their grace period on
 * a stop; the simulations then stop at once and still tear down.
 */
import { Outputs } from '../../constants.js'
import type { ApplyOutcome } from '../../plan/outcome.js'
import type { Report } from '../../report/report.js'
import type { RunResult } from '../../report/expectations.js'
import type { SimulationRun } from '../../report/verification.js'
import { defineCommand, type Context } from '../spec.js'
import { spec as apply, type ApplyOptions } from './apply.js'
import { simulateIn, simulateReport, type SimulateOptions } from './simulate.js'

export type RunLoopOptions = ApplyOptions & SimulateOptions

export interface RunOutcome {
  applied: ApplyOutcome
  /** absent when apply did not converge or the run was stopped first */
  simulated?: SimulationRun
}

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'writes' },
  run: async (opts: RunLoopOptions, ctx): Promise<RunOutcome> => {
    const applied = await apply.run(opts, ctx)
    if (!applied.converged || opts.signal?.aborted) {
      opts.log(`${opts.signal?.aborted ? 'stopped' : 'apply did not converge'}: no simulation ran`)
      return { applied }
    }
    return { applied, simulated: await simulateIn(opts, ctx) }
  },
  report: async ({ applied, simulated }, opts, ctx) => {
    const { runResult } = await import('../../report/verification.js')
    const { RESULT_SIGN } = await import('../../report/expectations.js')
    const applyReport = await apply.report(applied, opts, ctx)
    const sim = simulated ? await simulateReport(simulated, ctx) : undefined
    const result = applyReport.ok && simulated ? runResult(simulated) : 'failed'
    return combined(applyReport, sim, { result, sign: RESULT_SIGN[result] }, ctx)
  },
  cancelled: (opts, reason) => apply.cancelled!(opts, reason)
})

/** The loop's result first, then the simulations and expectations, then what apply did (folded). */
function combined(
  applied: Report,
  sim: Report | undefined,
  { result, sign }: { result: RunResult; sign: string },
  ctx: Context
): Report {
  const failure = applied.ok ? sim?.failure : applied.failure
  const headline = `ddac run ${sign} ${result}${failure ? `: ${failure}` : ''}`
  const applyLine = applied.markdown.split('\n', 1)[0]!.replace(/^#+\s*/, '')
  return {
    ok: applied.ok && (sim?.ok ?? false),
    ...(failure ? { failure } : {}),
    text: `${applied.text}\n${sim?.text ?? ''}${headline}\n`,
    markdown: [
      `## ${headline}\n`,
      sim
        ? sim.markdown.replace(/^## /, '### ')
        : `No simulation ran${applied.ok ? ': the run was stopped' : ': apply did not converge'}.\n`,
      `<details${applied.ok ? '' : ' open'}><summary>Apply: ${applyLine}</summary>\n`,
      applied.markdown.replace(/^## .*\n/, ''),
      '</details>\n'
    ].join('\n'),
    problems: [],
    outputs: { ...applied.outputs, ...sim?.outputs, [Outputs.Result]: result },
    ...(ctx.identity ? { identity: ctx.identity } : {})
  }
}
