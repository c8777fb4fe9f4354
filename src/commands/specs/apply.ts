/** apply: make the account match the file (or a saved plan), then read it back and prove it. */
import { Outputs } from '../../constants.js'
import type { ApplyOutcome } from '../../plan/outcome.js'
import { progressReporter } from '../../report/progress.js'
import { cancelledReport, planOutputs, reconcileBase, whereOf } from '../account-progress.js'
import { defineCommand, type ReconcileOptions } from '../spec.js'

export interface ApplyOptions extends ReconcileOptions {
  /** the plan `plan --out` wrote, to apply exactly (refused when the file or account changed since) */
  savedPlan?: string
  /** how long to wait for the account's lock when another apply holds it (default: not at all) */
  lockTimeoutSeconds?: number
}

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'writes' },
  run: async (opts: ApplyOptions, ctx): Promise<ApplyOutcome> => {
    const { identity, session } = ctx
    // Loaded here, after the file and the region were checked: the AWS SDK comes with it.
    // One after the other: jest's ESM loader fails on concurrent imports that share a module.
    const { applyCommand } = await import('../reconcile.js')
    const { loadPlan } = await import('../../plan/saved.js')
    const saved = opts.savedPlan ? await loadPlan(opts.savedPlan) : undefined
    opts.log(
      `applying ${opts.savedPlan ? `the plan ${opts.savedPlan} of ` : ''}${opts.config} to ${whereOf(session!)} as ${identity}`
    )
    opts.signal?.addEventListener('abort', () =>
      opts.log(
        `${String(opts.signal?.reason ?? 'stop')}: finishing the calls in flight, starting nothing more`
      )
    )
    opts.abandon?.addEventListener('abort', () =>
      opts.log(
        `${String(opts.abandon?.reason ?? 'stop')}: no longer waiting for the calls in flight; the next plan shows whether they landed`
      )
    )
    const applying = progressReporter('apply', opts.log)
    return applyCommand({
      ...reconcileBase(opts, ctx),
      onApply: (p) => applying(p.done, p.total),
      lease: {
        iot: session!.control,
        waitMs: (opts.lockTimeoutSeconds ?? 0) * 1000,
        onWait: (h) =>
          opts.log(
            `waiting up to ${opts.lockTimeoutSeconds} s for the apply lock of ${h.identity} (${h.process}, since ${h.since})`
          )
      },
      ...(saved ? { saved } : {}),
      ...(opts.signal ? { signal: opts.signal } : {})
    })
  },
  report: async (outcome, opts, { identity }) => {
    const { applyFailures, applyProof, renderApplyMarkdown, renderApplyText } =
      await import('../../report/apply.js')
    const failures = applyFailures(outcome)
    return {
      ok: outcome.converged,
      ...(outcome.converged ? {} : { failure: failures[0] ?? applyProof(outcome, opts.config) }),
      text: renderApplyText(outcome, opts.config),
      markdown: renderApplyMarkdown(outcome, opts.config),
      problems: [],
      outputs: {
        ...(await planOutputs(outcome.plan)),
        [Outputs.Converged]: outcome.converged,
        ...(outcome.result.cancelled ? { [Outputs.Cancelled]: true } : {})
      },
      ...(identity ? { identity } : {})
    }
  },
  cancelled: (_opts, reason) => cancelledReport('apply', reason)
})
