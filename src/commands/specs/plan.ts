/** plan: read the account, diff it against the file, and show what apply would change (read-only). */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Outputs } from '../../constants.js'
import type { SavedPlan } from '../../plan/saved.js'
import type { Plan } from '../../resources/types.js'
import { cancelledReport, planOutputs, reconcileBase, whereOf } from '../account-progress.js'
import { defineCommand, type ReconcileOptions } from '../spec.js'

export interface PlanOptions extends ReconcileOptions {
  /** where to write the plan as JSON, for `apply` to carry out exactly */
  planFile?: string
}

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'reads' },
  run: async (opts: PlanOptions, ctx): Promise<Plan> => {
    const { identity, session } = ctx
    // Loaded here, after the file and the region were checked: the AWS SDK comes with it.
    const { planCommand } = await import('../reconcile.js')
    opts.log(`planning ${opts.config} against ${whereOf(session!)} as ${identity}`)
    // Only plan asks AWS to check behaviors: apply's writes are checked by AWS as they are made.
    const { plan, basis } = await planCommand({
      ...reconcileBase(opts, ctx),
      checkBehaviors: true,
      reportLock: true
    })
    if (opts.planFile) {
      await mkdir(path.dirname(opts.planFile), { recursive: true })
      await writeFile(
        opts.planFile,
        JSON.stringify({ ...plan, basis } satisfies SavedPlan, null, 2)
      )
    }
    return plan
  },
  report: async (plan, opts, { identity }) => {
    const { refusals } = await import('../../plan/diff.js')
    const { renderPlanMarkdown, renderPlanText } = await import('../../report/plan.js')
    // A plan apply would refuse fails here already, so a pull-request gate shows it before the merge.
    const refused = refusals(plan)
    return {
      ok: refused.length === 0,
      ...(refused.length ? { failure: `apply would refuse this plan: ${refused.join('; ')}` } : {}),
      text: renderPlanText(plan),
      markdown: renderPlanMarkdown(plan),
      problems: [],
      outputs: {
        ...(await planOutputs(plan)),
        ...(opts.planFile ? { [Outputs.Plan]: opts.planFile } : {})
      },
      ...(identity ? { identity } : {})
    }
  },
  cancelled: (_opts, reason) => cancelledReport('plan', reason)
})
