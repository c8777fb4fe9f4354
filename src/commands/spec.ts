/**
 * What a command is, for the registry: what it needs before it runs, what it does, and how its outcome reads.
 * The runner (run.ts) provides the needs in one place for every command, so no command reads or validates
 * the file itself, opens its own IoT session, or decides by itself whether a signal may interrupt it.
 */
import type { ProfileFile } from '../config/file-format.js'
import type { Report } from '../report/report.js'
import type { IotSession, IotTarget } from './target.js'

/** What every command takes, whichever front end called it. */
export interface CommonOptions {
  /** the profile file */
  config: string
  /** where commands that talk to AWS IoT go (unused by the others) */
  target: IotTarget
  region?: string
  /** given by the user (flag or input); else the file's `identity:`, else derived from the file's path */
  identity?: string
  /** a file with warnings counts as invalid */
  failOnWarnings: boolean
  /** progress and notices while the command runs */
  log: (line: string) => void
  /** stoppable commands: send nothing more (writes in flight may finish until `abandon`) */
  signal?: AbortSignal
  /** stoppable commands: stop waiting for the writes in flight */
  abandon?: AbortSignal
}

/** What plan, apply and run take about resources the file does not (or no longer) declare. */
export interface ReconcileOptions extends CommonOptions {
  /** delete what this file created and no longer declares */
  prune: boolean
  /** take over unmanaged resources that differ from the file, overwriting them (otherwise apply refuses them) */
  adopt?: boolean
}

export interface Needs {
  /**
   * `valid`: the file must be valid (nothing is sent to AWS otherwise); `if-present`: valid when it exists,
   * none is fine (the context has no profile then). Unset: the command does not read the file, or reads it
   * itself (validate).
   */
  file?: 'valid' | 'if-present'
  /** an IoT session with the target (region resolved before any AWS code loads) */
  account?: boolean
  /**
   * SIGINT/SIGTERM stop the run and it still reports: `reads` abandons everything at once (nothing to wait
   * for), `writes` lets the writes in flight finish for a grace period. Unset: a signal just ends it.
   */
  stoppable?: 'reads' | 'writes'
}

/** What the runner provides, by the spec's needs. */
export interface Context {
  /** the valid file (needs.file) */
  profile?: ProfileFile
  /** what marks the file's resources (needs.file, once the file was read) */
  identity?: string
  /** needs.account */
  session?: IotSession
}

export interface CommandSpec<O extends CommonOptions = CommonOptions, R = unknown> {
  needs: Needs
  run: (opts: O, ctx: Context) => Promise<R>
  /** the outcome as text, Markdown and outputs (async: a renderer may load on demand) */
  report: (outcome: R, opts: O, ctx: Context) => Report | Promise<Report>
  /** stoppable commands: the report when a signal stopped the run before it had an outcome */
  cancelled?: (opts: O, reason: string) => Report | Promise<Report>
}

/** Checks a spec's types where it is written, so its options and outcome flow through to the registry. */
export function defineCommand<O extends CommonOptions, R>(
  spec: CommandSpec<O, R>
): CommandSpec<O, R> {
  return spec
}
