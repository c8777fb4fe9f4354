/**
 * One entry for every command, shared by the action and the CLI: load the command's spec, give it what it
 * needs (a valid file before anything is sent to AWS, an IoT session with the target, a run a signal can
 * stop), run it, and describe the outcome as a Report that each front end prints its own way.
 */
import type { ProfileFile } from '../config/file-format.js'
import { identityOf } from '../config/identity.js'
import { validateFile } from '../config/validate.js'
import type { Command } from '../constants.js'
import type { Report } from '../report/report.js'
import { headline, validationReport } from '../report/validation.js'
import { stoppable, type StopSignals } from '../util/signals.js'
import { loadSpec, type OptionsOf } from './registry.js'
import type { CommandSpec, CommonOptions, Context } from './spec.js'
import { resolveRegion, withIot } from './target.js'

export type { Report } from '../report/report.js'

/** A command and its options. */
export type RunOptions<C extends Command = Command> = C extends Command
  ? { command: C } & OptionsOf<C>
  : never

/**
 * Run a command. A stoppable one (plan, apply) given no `signal` stops on SIGINT/SIGTERM itself and still
 * reports; given one (a test, a front end with its own), it stops on that.
 */
export async function runCommand(opts: RunOptions): Promise<Report> {
  const spec = await loadSpec(opts.command)
  const how = spec.needs.stoppable
  // A command that is not stoppable is not gated by a signal either: it just ends with the process.
  if (!how) return runSpec(spec, { ...opts, signal: undefined, abandon: undefined })
  if (opts.signal) return runSpec(spec, withAbandon(opts, how))
  return stoppable((s) =>
    runSpec(spec, withAbandon({ ...opts, signal: s.stop, abandon: s.abandon }, how))
  )
}

/** A run that only reads has no write to wait for: its stop abandons everything in flight. */
function withAbandon<O extends CommonOptions>(opts: O, how: 'reads' | 'writes'): O {
  return how === 'reads' && opts.signal ? { ...opts, abandon: opts.signal } : opts
}

async function runSpec(spec: CommandSpec, opts: CommonOptions): Promise<Report> {
  const ctx: Context = {}
  if (spec.needs.file) {
    const file = await needFile(opts, spec.needs.file)
    if ('report' in file) return file.report
    if (file.profile) ctx.profile = file.profile
    // Only a file that must be valid marks resources (status reads it for names alone).
    if (file.profile && spec.needs.file === 'valid') ctx.identity = identityOf(opts, file.profile)
  }
  if (!spec.needs.account) return spec.report(await spec.run(opts, ctx), opts, ctx)
  // A missing region fails here, before the AWS SDK loads.
  resolveRegion(opts.target, opts.region)
  const signals: StopSignals = {
    ...(opts.signal ? { stop: opts.signal } : {}),
    ...(opts.abandon ? { abandon: opts.abandon } : {})
  }
  return withIot(
    opts.target,
    opts.region,
    async (session) => {
      const inSession = { ...ctx, session }
      try {
        return await spec.report(await spec.run(opts, inSession), opts, inSession)
      } catch (e) {
        if (spec.cancelled && opts.signal?.aborted && (await stoppedBy(e)))
          return spec.cancelled(opts, String(opts.signal.reason ?? 'stop'))
        throw e
      }
    },
    signals
  )
}

/** The file a command needs, validated once; a report instead when it cannot be used. */
async function needFile(
  opts: CommonOptions,
  need: 'valid' | 'if-present'
): Promise<{ profile?: ProfileFile } | { report: Report }> {
  const result = await validateFile(opts.config)
  if (need === 'if-present') {
    // No file is fine; one with warnings only is used as it is.
    if (result.problems.some((p) => p.rule === 'file/not-found')) return {}
    if (result.profile) return { profile: result.profile }
  }
  if (result.profile && !(opts.failOnWarnings && result.warnings > 0)) {
    if (result.warnings)
      opts.log(`${opts.config}: ${result.warnings} warning(s); run validate to see them`)
    return { profile: result.profile }
  }
  const report = validationReport(result, opts.failOnWarnings)
  return {
    report: { ...report, failure: `${report.failure ?? headline(result)}: nothing was sent to AWS` }
  }
}

/** Stopped by a signal, perhaps under an error that explains it (a read that was abandoned). */
async function stoppedBy(e: unknown): Promise<boolean> {
  const { wasStopped } = await import('../aws/client.js')
  for (let x = e; x instanceof Error; x = x.cause) if (wasStopped(x)) return true
  return false
}
