/** What plan and apply say while they read the account, and when a signal stops them before a plan. */
import type { Plan } from '../resources/types.js'
import type { ReadOptions } from '../resources/read.js'
import { Outputs } from '../constants.js'
import { progressReporter } from '../report/progress.js'
import type { CommandOutputs, Report } from '../report/report.js'
import type { ReconcileInput } from './reconcile.js'
import type { Context, ReconcileOptions } from './spec.js'
import type { IotSession } from './target.js'

/** `http://127.0.0.1:4566 (us-east-1)` or `AWS us-east-1`: where the log says the command goes. */
export function whereOf({ endpoint, region }: IotSession): string {
  return endpoint ? `${endpoint} (${region})` : `AWS ${region}`
}

/** Totals grow as each kind is listed; the line says how far the read is among what is known so far. */
export function readProgress(log: (line: string) => void): NonNullable<ReadOptions['onProgress']> {
  const reading = progressReporter('reading the account', log)
  const seen = new Map<string, { read: number; total: number }>()
  return (e) => {
    seen.set(e.kind, e)
    const sum = (k: 'read' | 'total'): number => [...seen.values()].reduce((n, x) => n + x[k], 0)
    reading(sum('read'), sum('total'), false)
  }
}

/** What plan and apply both hand the reconciler: the session's client, the file, and the read's progress. */
export function reconcileBase(
  opts: ReconcileOptions,
  { profile, identity, session }: Context
): Pick<ReconcileInput, 'iot' | 'profile' | 'identity' | 'prune' | 'adopt' | 'onRead'> {
  return {
    iot: session!.client,
    profile: profile!,
    identity: identity!,
    prune: opts.prune,
    adopt: opts.adopt ?? false,
    onRead: readProgress(opts.log)
  }
}

/** The outputs plan and apply share. */
export async function planOutputs(plan: Plan): Promise<CommandOutputs> {
  const { hasChanges, planCounts } = await import('../report/plan.js')
  const counts = planCounts(plan)
  return {
    [Outputs.HasChanges]: hasChanges(plan),
    [Outputs.ToCreate]: counts.create,
    [Outputs.ToUpdate]: counts.update,
    [Outputs.ToDelete]: counts.delete,
    [Outputs.Drift]: counts.drift > 0
  }
}

/** A plan or apply that a signal stopped before it had a plan: nothing was changed. */
export async function cancelledReport(command: 'plan' | 'apply', reason: string): Promise<Report> {
  const { cancelledBeforeChanges } = await import('../report/apply.js')
  const { text, markdown, failure } = cancelledBeforeChanges(command, reason)
  return {
    ok: false,
    failure,
    text,
    markdown,
    problems: [],
    outputs: {
      [Outputs.Cancelled]: true,
      ...(command === 'apply' ? { [Outputs.Converged]: false } : {})
    }
  }
}
