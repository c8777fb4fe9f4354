/** Render what apply did: the outcome first, what failed or was left, then the plan it carried out. Pure. */
import { adapterFor } from '../resources/adapters/index.js'
import type { ApplyOutcome } from '../plan/outcome.js'
import type { Change } from '../resources/types.js'
import { planHeadline, renderPlanMarkdown, renderPlanText } from './plan.js'

/**
 * What became of each planned change, each counted once: applied, failed, unfinished (started and stopped
 * part-way) or not started. Ownership-only updates are not planned changes and are not counted.
 */
function tally({ plan, result }: ApplyOutcome): {
  applied: Change[]
  failed: number
  unfinished: Change[]
  notStarted: Change[]
  planned: number
} {
  const planned = (c: Change): boolean => !c.ownershipOnly
  return {
    applied: result.applied.filter(planned),
    failed: result.failed.filter((f) => planned(f.change)).length,
    unfinished: result.unfinished.filter(planned),
    notStarted: result.skipped.filter(planned),
    planned: plan.changes.length
  }
}

/** What apply did, in the past tense: counts by action, then what failed or was not attempted. */
export function appliedHeadline(o: ApplyOutcome): string {
  const t = tally(o)
  const count = (action: string): number => t.applied.filter((c) => c.action === action).length
  const parts = [
    `${count('create')} created, ${count('update')} updated, ${count('delete')} deleted`,
    ...(t.failed ? [`${t.failed} failed`] : []),
    ...(o.result.cancelled
      ? [
          `cancelled with ${t.unfinished.length} not finished and ${t.notStarted.length} not started (of ${t.planned} planned)`
        ]
      : [
          ...(t.unfinished.length ? [`${t.unfinished.length} not finished`] : []),
          ...(t.notStarted.length ? [`${t.notStarted.length} not attempted`] : [])
        ])
  ]
  return `${o.converged ? '✅' : '❌'} ddac apply: ${parts.join(', ')}`
}

/** Why the account does not match: the refusals, or each failed change with its explained error. */
export function applyFailures({ refused, result }: ApplyOutcome): string[] {
  return [
    ...(refused ?? []),
    ...result.failed.map((f) => `${adapterFor(f.change.kind).label} ${f.change.name}: ${f.error}`)
  ]
}

/** The planned changes apply did not make, by label, for the next apply (or a person) to pick up. */
export function applyLeft(o: ApplyOutcome): string[] {
  const t = tally(o)
  const line = (c: Change, why: string): string =>
    `${adapterFor(c.kind).label} ${c.name} (${c.action}): ${why}`
  return [
    ...t.unfinished.map((c) => line(c, 'not finished, the next plan shows where it stands')),
    ...t.notStarted.map((c) => line(c, 'not started'))
  ]
}

/** The one line that says whether the account now matches the file. */
export function applyProof(o: ApplyOutcome, config: string): string {
  if (o.refused) return '❌ Apply refused the plan; nothing was changed.'
  const t = tally(o)
  if (o.result.cancelled)
    return `❌ Cancelled: ${t.applied.length} applied, ${t.failed} failed, ${t.unfinished.length} not finished, ${t.notStarted.length} not started; nothing more was sent after the signal, and the next apply carries on from here.`
  if (o.converged) return `✅ Re-read after apply: the account matches ${config} (zero changes).`
  if (o.verification)
    return `❌ Re-read after apply still differs: ${planHeadline(o.verification)}.`
  const unfinished = t.unfinished.length ? `, ${t.unfinished.length} not finished` : ''
  return `❌ Apply stopped: ${o.result.failed.length} failed${unfinished}, ${t.notStarted.length} not attempted.`
}

function listed(title: string, items: string[]): string {
  return items.length ? `\n${title}:\n${items.map((f) => `- ${f}`).join('\n')}\n` : ''
}

function outcomeLists(o: ApplyOutcome): string {
  return (
    listed('Failed', applyFailures(o)) +
    listed(`Left for the next apply (${applyLeft(o).length})`, applyLeft(o))
  )
}

export function renderApplyText(o: ApplyOutcome, config: string): string {
  return `${renderPlanText(o.plan)}${outcomeLists(o)}\n${applyProof(o, config)}\n`
}

/** The outcome first: a reader of the summary should not scroll past the diff to learn it. */
export function renderApplyMarkdown(o: ApplyOutcome, config: string): string {
  return [
    `## ${appliedHeadline(o)}\n`,
    `${applyProof(o, config)}\n${outcomeLists(o)}`,
    renderPlanMarkdown(o.plan, `### What apply set out to do: ${planHeadline(o.plan)}`),
    o.verification && !o.converged
      ? renderPlanMarkdown(
          o.verification,
          `### ❌ Still different after apply: ${planHeadline(o.verification)}`
        )
      : ''
  ].join('\n')
}

/** A plan or apply stopped by a signal while it read the account: no plan yet, nothing changed. */
export function cancelledBeforeChanges(
  command: string,
  signal: string
): { text: string; markdown: string; failure: string } {
  const failure = `${command} cancelled (${signal}) while reading the account: nothing was changed`
  return {
    failure,
    text: `❌ ddac ${failure}\n`,
    markdown: `## ❌ ddac ${command}: cancelled (${signal}) while reading the account\n\nNothing was changed; no plan was made. Run ${command} again.\n`
  }
}
