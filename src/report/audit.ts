/** `audit` as a reviewer reads it: the check runs, the findings against the accepted baseline, and settlements. */
import type { CheckRun } from '../verify/audit-run.js'
import type { AuditOutcome } from '../verify/audit-settle.js'
import { VERDICT_SIGN } from './expectations.js'
import { cell, code, plural, table } from './markdown.js'
import { Outputs } from '../constants.js'
import { formatDuration } from './progress.js'
import type { CommandOutputs } from './report.js'

export function auditHeadline(o: AuditOutcome): string {
  const fresh = o.baseline.fresh.length
  const missed = o.settled.filter((s) => s.settlement.verdict === 'missed').length
  const parts = [
    fresh ? `${plural(fresh, 'new non-compliant finding')}` : 'no new non-compliance',
    ...(missed ? [`${plural(missed, 'missed expectation')}`] : [])
  ]
  return `ddac audit ${o.failed ? 'failed' : 'passed'}: ${parts.join(', ')} (${plural(o.checks.length, 'check')}, task ${o.run.taskId}, ${formatDuration(o.run.elapsedMs)})`
}

function checkResult(c: CheckRun): string {
  const of = `${c.nonCompliant} of ${plural(c.total, 'resource')}`
  if (c.status === 'COMPLETED_COMPLIANT') return `✅ compliant (${plural(c.total, 'resource')})`
  if (c.status === 'COMPLETED_NON_COMPLIANT') return `❌ ${of} non-compliant`
  return `${cell(c.status)} (${of} non-compliant)`
}

export function renderAuditMarkdown(o: AuditOutcome): string {
  const out = [`## ${o.failed ? '❌' : '✅'} ${cell(auditHeadline(o))}\n`]
  // Two columns each: check names are long unbreakable words, and a comment is about 780 px wide.
  out.push(
    table(
      ['Check', 'Result'],
      o.run.checks.map((c) => [code(c.checkName), checkResult(c)])
    )
  )
  if (o.baseline.findings.length > 0)
    out.push(
      '### Findings\n',
      table(
        ['Finding', 'Status'],
        o.baseline.findings.map((f) => [
          `**${cell(f.severity)}** ${code(f.checkName)}${f.resource ? ` on ${code(f.resource)}` : ''}<br>${cell(f.reason)}`,
          f.expectedBy
            ? `expected: simulation ${cell(f.expectedBy)}`
            : f.acceptedBy
              ? `accepted until ${f.acceptedBy.expires}: ${cell(f.acceptedBy.reason)}`
              : f.suppressed
                ? 'suppressed in the account'
                : '**new**'
        ])
      )
    )
  if (o.settled.length > 0)
    out.push(
      '### Pending expectations\n',
      table(
        ['Expectation', 'Result'],
        o.settled.map((s) => [
          `${cell(s.pending.simulation)} (run ${code(s.pending.runId)})<br>${code(s.pending.checkName)}`,
          `${VERDICT_SIGN[s.settlement.verdict]}: ${
            s.settlement.verdict === 'met'
              ? `finding ${s.settlement.findingIds.map(code).join(', ')}`
              : cell(s.settlement.detail)
          }`
        ])
      )
    )
  const stale = [
    ...o.baseline.expired.map(
      (a) =>
        `- ${code(a.checkName)}${a.resource ? ` on ${code(a.resource)}` : ''} expired on ${a.expires}: its findings count again`
    ),
    ...o.baseline.unused.map(
      (a) =>
        `- ${code(a.checkName)}${a.resource ? ` on ${code(a.resource)}` : ''} matched no finding: drop it from acceptedFindings?`
    )
  ]
  if (stale.length > 0) out.push('### Accepted findings to review\n', stale.join('\n') + '\n')
  return out.join('\n')
}

export function renderAuditText(o: AuditOutcome): string {
  const lines = [auditHeadline(o)]
  for (const f of o.baseline.fresh)
    lines.push(
      `  new: ${f.severity} ${f.checkName} ${f.resource}${f.reason ? `: ${f.reason}` : ''}`
    )
  for (const s of o.settled)
    lines.push(
      `  ${s.settlement.verdict}: ${s.pending.simulation} (${s.pending.runId}) ${s.pending.checkName}`
    )
  return lines.join('\n')
}

export function auditOutputs(o: AuditOutcome): CommandOutputs {
  return {
    [Outputs.Result]: o.failed ? 'failed' : 'passed',
    [Outputs.AuditTaskId]: o.run.taskId,
    [Outputs.NewFindings]: o.baseline.fresh.length,
    [Outputs.AcceptedFindings]: o.baseline.findings.filter((f) => f.acceptedBy).length,
    [Outputs.SettledExpectations]: o.settled.filter((s) => s.settlement.verdict !== 'pending')
      .length,
    [Outputs.ExpectationsPending]: o.settled.filter((s) => s.settlement.verdict === 'pending')
      .length
  }
}
