/** Render what apply did: the outcome first, what failed, then the plan it carried out. Pure. */
import { adapterFor } from '../aws/adapters/index.js'
import type { ApplyOutcome } from '../commands/reconcile.js'
import { planHeadline, renderPlanMarkdown, renderPlanText } from './plan.js'

/** What apply did, in the past tense: counts by action, then what failed or was not attempted. */
export function appliedHeadline({ result, converged }: ApplyOutcome): string {
  const done = result.applied.filter((c) => !c.ownershipOnly)
  const count = (action: string): number => done.filter((c) => c.action === action).length
  const parts = [
    `${count('create')} created, ${count('update')} updated, ${count('delete')} deleted`,
    ...(result.failed.length ? [`${result.failed.length} failed`] : []),
    ...(result.cancelled
      ? [`cancelled with ${result.skipped.length} not started or not finished`]
      : result.skipped.length
        ? [`${result.skipped.length} not attempted`]
        : [])
  ]
  return `${converged ? '✅' : '❌'} ddac apply: ${parts.join(', ')}`
}

/** Why the account does not match: the refusals, or each failed change with its explained error. */
export function applyFailures({ refused, result }: ApplyOutcome): string[] {
  return [
    ...(refused ?? []),
    ...result.failed.map((f) => `${adapterFor(f.change.kind).label} ${f.change.name}: ${f.error}`)
  ]
}

/** The one line that says whether the account now matches the file. */
export function applyProof(o: ApplyOutcome, config: string): string {
  if (o.refused) return '❌ Apply refused the plan; nothing was changed.'
  if (o.result.cancelled)
    return `❌ Cancelled: ${o.result.applied.length} applied, ${o.result.skipped.length} not started or not finished; the calls already sent finished, nothing more was sent, and the next apply carries on from here.`
  if (o.converged) return `✅ Re-read after apply: the account matches ${config} (zero changes).`
  if (o.verification)
    return `❌ Re-read after apply still differs: ${planHeadline(o.verification)}.`
  return `❌ Apply stopped: ${o.result.failed.length} failed, ${o.result.skipped.length} not attempted.`
}

function failureList(o: ApplyOutcome): string {
  const failures = applyFailures(o)
  return failures.length ? `\nFailed:\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''
}

export function renderApplyText(o: ApplyOutcome, config: string): string {
  return `${renderPlanText(o.plan)}${failureList(o)}\n${applyProof(o, config)}\n`
}

/** The outcome first: a reader of the summary should not scroll past the diff to learn it. */
export function renderApplyMarkdown(o: ApplyOutcome, config: string): string {
  return [
    `## ${appliedHeadline(o)}\n`,
    `${applyProof(o, config)}\n${failureList(o)}`,
    renderPlanMarkdown(o.plan, `### What apply set out to do: ${planHeadline(o.plan)}`),
    o.verification && !o.converged
      ? renderPlanMarkdown(
          o.verification,
          `### ❌ Still different after apply: ${planHeadline(o.verification)}`
        )
      : ''
  ].join('\n')
}
