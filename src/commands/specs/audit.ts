/**
 * audit: run the configured checks on demand, wait for the task, judge the findings against the file's
 * accepted baseline, and settle what earlier simulations left pending (verify/audit-settle.ts). It reads,
 * apart from forgetting settled expectations, so a stop ends it at once.
 */
import type { AuditOutcome } from '../../verify/audit-settle.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export type AuditOptions = CommonOptions

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'reads' },
  run: async (opts: AuditOptions, { profile, identity, session }): Promise<AuditOutcome> => {
    const { auditAndSettle } = await import('../../verify/audit-settle.js')
    const { realClock } = await import('../../verify/wait.js')
    // The emulator's audit tasks last AWS's minutes divided by its time scale; poll alike.
    const scale = session!.timeScale ?? 1
    return auditAndSettle({
      iot: session!.client,
      profile: profile!,
      identity: identity!,
      clock: realClock,
      log: opts.log,
      ...(scale > 1 ? { firstPollMs: Math.max(50, 5000 / scale) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {})
    })
  },
  report: async (outcome, _opts, { identity }) => {
    const { auditHeadline, auditOutputs, renderAuditMarkdown, renderAuditText } =
      await import('../../report/audit.js')
    return {
      ok: !outcome.failed,
      ...(outcome.failed ? { failure: auditHeadline(outcome) } : {}),
      text: renderAuditText(outcome),
      markdown: renderAuditMarkdown(outcome),
      problems: [],
      outputs: auditOutputs(outcome),
      ...(identity ? { identity } : {})
    }
  }
})
