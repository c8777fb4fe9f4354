/**
 * One entry for every command, shared by the action and the CLI: validate the file first (nothing is sent
 * to AWS until it is valid), open the IoT session for the target, run the command, and describe the outcome
 * as a Report that each front end prints its own way.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { resolveRegion, withIot, type IotSession, type IotTarget } from './target.js'
import { defaultIdentity } from '../config/identity.js'
import type { ProfileFile } from '../config/file-format.js'
import type { LocatedProblem } from '../config/problems.js'
import { validateFile, type ValidationResult } from '../config/validate.js'
import type { Command } from '../constants.js'
import type { Plan } from '../resources/types.js'
import { progressReporter } from '../report/progress.js'
import { renderStatusMarkdown, renderStatusText } from '../report/status.js'
import {
  headline,
  problemsOutput,
  renderValidationMarkdown,
  renderValidationText
} from '../report/validation.js'
import type * as AwsCommands from './aws-commands.js'
import type { Selection } from './selection.js'
import type { SavedPlan } from '../plan/saved.js'
import type { SimulateOptions } from './simulate.js'
import type { CleanupOptions } from './cleanup.js'

// The commands that talk to AWS, and their reports, load the AWS SDK: they are bound by loadAwsCommands()
// at the dispatch below, so validate never evaluates it (cold start; bench/startup.ts).
let {
  planCommand,
  applyCommand,
  importCommand,
  renderProfileYaml,
  statusCommand,
  hasChanges,
  planCounts,
  renderPlanMarkdown,
  renderPlanText,
  applyFailures,
  applyProof,
  renderApplyMarkdown,
  renderApplyText,
  refusals,
  loadPlan,
  cancelledBeforeChanges,
  wasStopped
} = {} as typeof AwsCommands

/** Bind them once the inputs are known good: a missing region fails before the SDK loads. */
async function loadAwsCommands(opts: RunOptions): Promise<void> {
  resolveRegion(opts.target, opts.region)
  ;({
    planCommand,
    applyCommand,
    importCommand,
    renderProfileYaml,
    statusCommand,
    hasChanges,
    planCounts,
    renderPlanMarkdown,
    renderPlanText,
    applyFailures,
    applyProof,
    renderApplyMarkdown,
    renderApplyText,
    refusals,
    loadPlan,
    cancelledBeforeChanges,
    wasStopped
  } = await import('./aws-commands.js'))
}

export interface RunOptions {
  command: Command
  config: string
  target: IotTarget
  region?: string
  prune: boolean
  /** plan, apply: take over unmanaged resources that differ from the file (otherwise apply refuses them) */
  adopt?: boolean
  /** given by the user (flag or input); else the file's `identity:`, else derived from the file's path */
  identity?: string
  failOnWarnings: boolean
  /** import: where to write the profile file */
  output?: string
  /** import: only these kinds and names */
  selection?: Selection
  /** plan: where to write the plan as JSON */
  planFile?: string
  /** apply: the plan `plan --out` wrote, to apply exactly (refused when the file or account changed since) */
  savedPlan?: string
  /** apply: how long to wait for the account's lock when another apply holds it (default: not at all) */
  lockTimeoutSeconds?: number
  /** progress and notices while the command runs */
  log: (line: string) => void
  /** plan, apply: send nothing more (apply: writes in flight may finish until `abandon`) */
  signal?: AbortSignal
  /** apply: stop waiting for the writes in flight */
  abandon?: AbortSignal
  /** simulate: names, shard, run id, ledger (see commands/simulate.ts); cleanup: age bound, dry run */
  simulate?: Omit<SimulateOptions, 'profile' | 'log' | 'signal'>
  cleanup?: Omit<CleanupOptions, 'log'>
}

export interface Report {
  ok: boolean
  /** why the step fails (set when ok is false) */
  failure?: string
  text: string
  markdown: string
  outputs: Record<string, string | number | boolean>
  /** problems anchored in the profile file (annotations) */
  problems: LocatedProblem[]
  /** what marks the file's resources, once the file was read (validate, plan, apply) */
  identity?: string
}

/** The identity a file's resources carry: the flag or input, else the file's `identity:`, else its path form. */
export function identityOf(
  opts: Pick<RunOptions, 'identity' | 'config'>,
  profile: ProfileFile
): string {
  return opts.identity ?? profile.identity ?? defaultIdentity(opts.config)
}

export function validationReport(r: ValidationResult, failOnWarnings: boolean): Report {
  const problems = problemsOutput(r.problems)
  const failed = r.errors > 0 || (failOnWarnings && r.warnings > 0)
  return {
    ok: !failed,
    ...(failed
      ? { failure: r.errors > 0 ? headline(r) : `${headline(r)}, and fail-on-warnings is set` }
      : {}),
    text: renderValidationText(r),
    markdown: renderValidationMarkdown(r),
    problems: r.problems,
    outputs: {
      valid: r.errors === 0,
      errors: r.errors,
      warnings: r.warnings,
      // Capped: a broken file can have 100,000 problems, and an output takes 1 MB (the action writes all to a file).
      problems: problems.json,
      'problems-omitted': problems.omitted
    }
  }
}

function planOutputs(plan: Plan): Record<string, number | boolean> {
  const counts = planCounts(plan)
  return {
    'has-changes': hasChanges(plan),
    'to-create': counts.create,
    'to-update': counts.update,
    'to-delete': counts.delete,
    drift: counts.drift > 0
  }
}

async function needValidFile(
  opts: RunOptions
): Promise<{ profile?: ProfileFile; report?: Report }> {
  const result = await validateFile(opts.config)
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

export async function runCommand(opts: RunOptions): Promise<Report> {
  if (opts.command === 'validate') {
    const result = await validateFile(opts.config)
    const report = validationReport(result, opts.failOnWarnings)
    return result.profile ? { ...report, identity: identityOf(opts, result.profile) } : report
  }
  if (opts.command === 'import') return runImport(opts)
  if (opts.command === 'status') return runStatus(opts)
  if (opts.command === 'cleanup') return (await import('./cleanup.js')).runCleanup(opts)
  const { profile, report } = await needValidFile(opts)
  if (!profile) return report!
  if (opts.command === 'simulate') return (await import('./simulate.js')).runSimulate(opts, profile)
  const identity = identityOf(opts, profile)
  await loadAwsCommands(opts)
  // A plan has no write to wait for: its stop abandons everything in flight.
  const abandon = opts.command === 'plan' ? opts.signal : opts.abandon
  return withIot(
    opts.target,
    opts.region,
    (session) => reconcile({ ...opts, identity }, profile, session),
    {
      ...(opts.signal ? { stop: opts.signal } : {}),
      ...(abandon ? { abandon } : {})
    }
  )
}

/** Stopped by a signal, perhaps under an error that explains it (a read that was abandoned). */
function stoppedBy(e: unknown): boolean {
  for (let x = e; x instanceof Error; x = x.cause) if (wasStopped(x)) return true
  return false
}

/** A plan or apply that a signal stopped before it had a plan: nothing was changed. */
function cancelledReport(opts: RunOptions): Report {
  const { text, markdown, failure } = cancelledBeforeChanges(
    opts.command,
    String(opts.signal?.reason ?? 'stop')
  )
  return {
    ok: false,
    failure,
    text,
    markdown,
    problems: [],
    outputs: { cancelled: true, ...(opts.command === 'apply' ? { converged: false } : {}) }
  }
}

async function reconcile(
  opts: RunOptions & { identity: string },
  profile: ProfileFile,
  session: IotSession
): Promise<Report> {
  try {
    return await reconcileIn(opts, profile, session)
  } catch (e) {
    if (opts.signal?.aborted && stoppedBy(e)) return cancelledReport(opts)
    throw e
  }
}

/** plan or apply, against the account the session reads and writes. */
async function reconcileIn(
  opts: RunOptions & { identity: string },
  profile: ProfileFile,
  { client, control, region, endpoint }: IotSession
): Promise<Report> {
  const where = endpoint ? `${endpoint} (${region})` : `AWS ${region}`
  const input = {
    iot: client,
    profile,
    identity: opts.identity,
    prune: opts.prune,
    adopt: opts.adopt ?? false
  }
  // Totals grow as each kind is listed; the line says how far the read is among what is known so far.
  const reading = progressReporter('reading the account', opts.log)
  const seen = new Map<string, { read: number; total: number }>()
  const onRead = (e: { kind: string; read: number; total: number }): void => {
    seen.set(e.kind, e)
    const sum = (k: 'read' | 'total'): number => [...seen.values()].reduce((n, x) => n + x[k], 0)
    reading(sum('read'), sum('total'), false)
  }
  if (opts.command === 'plan') {
    opts.log(`planning ${opts.config} against ${where} as ${opts.identity}`)
    // Only plan asks AWS to check behaviors: apply's writes are checked by AWS as they are made.
    const { plan, basis } = await planCommand({
      ...input,
      onRead,
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
    // A plan apply would refuse fails here already, so a pull-request gate shows it before the merge.
    const refused = refusals(plan)
    return {
      ok: refused.length === 0,
      ...(refused.length ? { failure: `apply would refuse this plan: ${refused.join('; ')}` } : {}),
      text: renderPlanText(plan),
      markdown: renderPlanMarkdown(plan),
      problems: [],
      outputs: { ...planOutputs(plan), ...(opts.planFile ? { plan: opts.planFile } : {}) },
      identity: opts.identity
    }
  }
  const saved = opts.savedPlan ? await loadPlan(opts.savedPlan) : undefined
  opts.log(
    `applying ${opts.savedPlan ? `the plan ${opts.savedPlan} of ` : ''}${opts.config} to ${where} as ${opts.identity}`
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
  const outcome = await applyCommand({
    ...input,
    onRead,
    onApply: (p) => applying(p.done, p.total),
    lease: {
      iot: control,
      waitMs: (opts.lockTimeoutSeconds ?? 0) * 1000,
      onWait: (h) =>
        opts.log(
          `waiting up to ${opts.lockTimeoutSeconds} s for the apply lock of ${h.identity} (${h.process}, since ${h.since})`
        )
    },
    ...(saved ? { saved } : {}),
    ...(opts.signal ? { signal: opts.signal } : {})
  })
  const failures = applyFailures(outcome)
  return {
    ok: outcome.converged,
    ...(outcome.converged ? {} : { failure: failures[0] ?? applyProof(outcome, opts.config) }),
    text: renderApplyText(outcome, opts.config),
    markdown: renderApplyMarkdown(outcome, opts.config),
    problems: [],
    outputs: {
      ...planOutputs(outcome.plan),
      converged: outcome.converged,
      ...(outcome.result.cancelled ? { cancelled: true } : {})
    },
    identity: opts.identity
  }
}

async function runImport(opts: RunOptions): Promise<Report> {
  await loadAwsCommands(opts)
  return withIot(opts.target, opts.region, async ({ client, region, endpoint }) => {
    const file = await importCommand({ iot: client, ...opts.selection })
    const yaml = renderProfileYaml(
      file,
      `${endpoint ?? 'AWS'} ${region} on ${new Date().toISOString().slice(0, 10)}`
    )
    if (opts.output) {
      await mkdir(path.dirname(path.resolve(opts.output)), { recursive: true })
      await writeFile(opts.output, yaml)
    }
    const counted = Object.entries(file)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${(v as unknown[]).length} ${k}`)
    const summary = `imported ${counted.join(', ') || 'nothing'}${file.auditConfiguration ? ' and the audit configuration' : ''}`
    return {
      ok: true,
      text: opts.output ? `${summary} into ${opts.output}\n` : yaml,
      markdown: `## ddac import: ${summary}\n\n\`\`\`yaml\n${yaml}\`\`\`\n`,
      problems: [],
      outputs: { ...(opts.output ? { profile: opts.output } : {}) }
    }
  })
}

/** status covers the file's profiles; with no file at all, every profile in the account. */
async function runStatus(opts: RunOptions): Promise<Report> {
  const validated = await validateFile(opts.config)
  const noFile = validated.problems.some((p) => p.rule === 'file/not-found')
  if (!noFile && !validated.profile) return (await needValidFile(opts)).report!
  const names = noFile
    ? undefined
    : (validated.profile?.securityProfiles ?? []).map((p) => p.securityProfileName!)
  if (noFile) opts.log(`${opts.config} not found: reporting every security profile in the account`)
  await loadAwsCommands(opts)
  return withIot<Report>(opts.target, opts.region, async ({ client }) => {
    const report = await statusCommand({
      iot: client,
      ...(names ? { securityProfileNames: names } : {})
    })
    return {
      ok: true,
      text: renderStatusText(report),
      markdown: renderStatusMarkdown(report),
      problems: [],
      outputs: {
        'models-active': report.training.filter((t) => t.modelStatus === 'ACTIVE').length,
        'models-total': report.training.length,
        'active-violations': report.violations.length
      }
    }
  })
}
