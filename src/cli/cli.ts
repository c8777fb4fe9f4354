/** The `ddac` command line: the same engine as the action, for terminals and other CI systems. */
import { Argument, Command, InvalidArgumentError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { addPingCommand } from './ping.js'
import { DEFAULT_CONFIG_PATH } from '../config/file-format.js'
import { buildProfileSchema } from '../config/schema.js'
import { addLocalCommand } from './local.js'
import { addTargetOptions, type TargetFlags } from './target-options.js'
import { targetFrom } from '../commands/target.js'
import { runCommand, type Report, type RunOptions } from '../commands/run.js'
import type { CommonOptions } from '../commands/spec.js'
import type { ApplyOptions } from '../commands/specs/apply.js'
import type { PlanOptions } from '../commands/specs/plan.js'
import type { SimulateOptions } from '../commands/specs/simulate.js'
import { RESOURCE_KINDS } from '../resources/types.js'
import { nameList, parseSelection, type Selection } from '../commands/selection.js'
import { errorMessage } from '../util/errors.js'
import { argumentParser } from './arguments.js'

type Format = 'text' | 'json' | 'markdown'

interface RunFlags extends TargetFlags {
  format: Format
  prune?: boolean
  adopt?: boolean
  identity?: string
  failOnWarnings?: boolean
  out?: string
  plan?: string
  lockTimeout?: number
  kinds?: Selection
  simulations?: string
  verify?: boolean
  shard?: string
  caFile?: string
  olderThan?: string
  dryRun?: boolean
}

function seconds(value: string): number {
  if (!/^\d{1,5}$/.test(value)) throw new InvalidArgumentError('expected a whole number of seconds')
  return Number(value)
}

/** The profile file most commands take, the default one when none is named. */
const fileArgument = (): Argument =>
  new Argument('[file]', 'the profile file (YAML or JSON)').default(DEFAULT_CONFIG_PATH)

/** What the CLI prints on stderr when a command fails or cannot run. */
const errorLine = (message: string): string => `ddac: ${message}\n`

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
}

/**
 * Exit codes: 0 success; 1 the command ran and its outcome is a failure (the file has problems, apply failed,
 * did not converge or was refused); 2 the command could not run (bad usage, or AWS could not be reached or
 * read: nothing was changed).
 */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const

/** What tests replace: `stop` stands for SIGINT/SIGTERM (it ends `ddac local` and stops apply). */
export interface CliDeps {
  stop?: AbortSignal
}

export function buildProgram(
  io: CliIo = processIo,
  setExitCode: (code: number) => void = (c) => (process.exitCode = c),
  deps: CliDeps = {}
): Command {
  const program = new Command('ddac')
    .description(
      'AWS IoT Device Defender as code: validate a profile file, plan and apply it to an account, import an account into a file, report ML Detect training and violations'
    )
    .version(pkg.version)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride((e) => {
      setExitCode(e.exitCode === 0 ? EXIT.ok : EXIT.failure)
      throw e
    })

  const report = (r: Report, format: Format): void => {
    if (format === 'json')
      io.out(
        JSON.stringify(
          { ok: r.ok, failure: r.failure, outputs: r.outputs, problems: r.problems },
          null,
          2
        ) + '\n'
      )
    else io.out(format === 'markdown' ? r.markdown : r.text)
    if (!r.ok && format === 'text' && r.failure && !r.text.includes(r.failure))
      io.err(errorLine(r.failure))
    setExitCode(r.ok ? EXIT.ok : EXIT.problems)
  }
  // Ctrl-C during plan or apply stops it and still reports (commands/run.ts): apply lets the writes in
  // flight finish for a few seconds (a second Ctrl-C stops waiting), plan just stops. The others just end.
  const run = async (opts: RunOptions, format: Format): Promise<void> =>
    report(await runCommand(deps.stop ? { ...opts, signal: deps.stop } : opts), format)
  /** The options every command takes, from the flags they share. */
  const common = (file: string, flags: RunFlags): CommonOptions => ({
    config: file,
    target: targetFrom(flags),
    ...(flags.region ? { region: flags.region } : {}),
    ...(flags.identity ? { identity: flags.identity } : {}),
    failOnWarnings: flags.failOnWarnings ?? false,
    log: (line) => io.err(`${line}\n`)
  })
  const reconcileFlags = (flags: RunFlags): { prune: boolean; adopt: boolean } => ({
    prune: flags.prune ?? false,
    adopt: flags.adopt ?? false
  })
  const formatOption = (): Option =>
    new Option('--format <format>', 'output format')
      .choices(['text', 'json', 'markdown'])
      .default('text')

  program
    .command('validate')
    .description('check a profile file offline: schema from the AWS IoT model plus semantic rules')
    .addArgument(fileArgument())
    .addOption(formatOption())
    .option('--fail-on-warnings', 'exit 1 on warnings too', false)
    .action((file: string, flags: RunFlags) =>
      run({ command: 'validate', ...common(file, flags) }, flags.format)
    )

  /** `--simulations a,b` and `--shard i/n`, for simulate and run */
  const simulationFlags = (flags: RunFlags): Partial<SimulateOptions> => ({
    ...(flags.simulations ? { simulations: nameList(flags.simulations) } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.caFile ? { caFile: flags.caFile } : {}),
    ...(flags.verify === false ? { verify: false } : {})
  })
  const withSimulationOptions = (command: Command): Command =>
    command
      .option('--simulations <names>', 'only these simulations, comma separated (default all)')
      .option('--shard <i/n>', "run the i-th of n shares of each simulation's things")
      .option('--no-verify', "send the traffic only: do not wait for the simulations' expect:")
      .option(
        '--ca-file <path>',
        "the CA certificate (PEM) devices trust at the account's MQTT endpoint (default: AWS's from the system store, the emulator's from --local or a ddac local --endpoint)"
      )
  const lockTimeoutOption = (command: Command): Command =>
    command.option(
      '--lock-timeout <seconds>',
      "wait this long for the account's lock while another apply holds it (default: refuse at once)",
      seconds
    )

  const reconcile = (
    name: 'plan' | 'apply' | 'run',
    description: string,
    /** what only this command takes */
    options: (
      flags: RunFlags
    ) => Partial<Pick<PlanOptions, 'planFile'> & ApplyOptions & SimulateOptions>,
    out?: string
  ): Command => {
    const command = program.command(name)
    if (out) command.option('--out <file>', out)
    addTargetOptions(
      command
        .description(description)
        .addArgument(fileArgument())
        .addOption(formatOption())
        .option(
          '--prune',
          'delete what this file created and no longer declares; disable audit checks it does not enable',
          false
        )
        .option(
          '--adopt',
          'take over resources of the same name that no file manages and that differ, overwriting them',
          false
        )
        .option(
          '--identity <id>',
          "what marks the resources this file manages (default: the file's identity key, else <repository or folder>:<file>)"
        )
        .option('--fail-on-warnings', 'refuse a file with warnings', false)
    ).action((file: string, flags: RunFlags) =>
      run(
        { command: name, ...common(file, flags), ...reconcileFlags(flags), ...options(flags) },
        flags.format
      )
    )
    return command
  }
  reconcile(
    'plan',
    'read the account and show what apply would change (read-only)',
    (flags) => (flags.out ? { planFile: flags.out } : {}),
    'also write the plan as JSON to this file'
  )
  const apply = reconcile(
    'apply',
    'make the account match the file, then read it back and prove it',
    (flags) => ({
      ...(flags.plan ? { savedPlan: flags.plan } : {}),
      ...(flags.lockTimeout ? { lockTimeoutSeconds: flags.lockTimeout } : {})
    })
  )
  lockTimeoutOption(
    apply.option(
      '--plan <file>',
      'apply exactly this plan from plan --out; refused if the file or the account changed since'
    )
  )
  withSimulationOptions(
    lockTimeoutOption(
      reconcile(
        'run',
        'the whole loop: apply the file, run its simulations, wait for what they expect, report, tear down',
        (flags) => ({
          ...(flags.lockTimeout ? { lockTimeoutSeconds: flags.lockTimeout } : {}),
          ...simulationFlags(flags)
        })
      )
    )
  )

  addTargetOptions(
    program
      .command('import')
      .description('write a profile file from what the account has now (read-only)')
      .addOption(formatOption())
      .option('-o, --out <file>', 'write the profile file here (default: print it)')
      .option(
        '--kinds <kinds>',
        `only these kinds or kind/name, comma separated (kinds: ${RESOURCE_KINDS.join(', ')})`,
        argumentParser(parseSelection)
      )
  ).action((flags: RunFlags) =>
    run(
      {
        command: 'import',
        ...common(DEFAULT_CONFIG_PATH, flags),
        ...(flags.out ? { output: flags.out } : {}),
        ...(flags.kinds ? { selection: flags.kinds } : {})
      },
      flags.format
    )
  )

  addTargetOptions(
    program
      .command('status')
      .description(
        "ML Detect model training and active violations of the file's security profiles (all profiles without a file)"
      )
      .addArgument(fileArgument())
      .addOption(formatOption())
  ).action((file: string, flags: RunFlags) =>
    run({ command: 'status', ...common(file, flags) }, flags.format)
  )

  addTargetOptions(
    withSimulationOptions(
      program
        .command('simulate')
        .description(
          "run the file's simulations on freshly provisioned things, check what they expect, then remove everything the run created"
        )
        .addArgument(fileArgument())
        .addOption(formatOption())
    )
  ).action((file: string, flags: RunFlags) =>
    run({ command: 'simulate', ...common(file, flags), ...simulationFlags(flags) }, flags.format)
  )

  addTargetOptions(
    program
      .command('audit')
      .description(
        "run the file's audit checks on demand, compare the findings with its accepted ones, settle pending expectations"
      )
      .addArgument(fileArgument())
      .addOption(formatOption())
      .option(
        '--identity <id>',
        "what marks the resources this file manages (default: the file's identity key, else <repository or folder>:<file>)"
      )
  ).action((file: string, flags: RunFlags) =>
    run({ command: 'audit', ...common(file, flags) }, flags.format)
  )

  addTargetOptions(
    program
      .command('cleanup')
      .description(
        'remove what simulation runs that never finished left, found by their run marks (nothing else)'
      )
      .addOption(formatOption())
      .option('--older-than <duration>', 'only runs older than this (30m, 2h)', '2h')
      .option('--dry-run', 'list what would be removed, remove nothing', false)
  ).action((flags: RunFlags) =>
    run(
      {
        command: 'cleanup',
        ...common(DEFAULT_CONFIG_PATH, flags),
        ...(flags.olderThan ? { olderThan: flags.olderThan } : {}),
        ...(flags.dryRun ? { dryRun: true } : {})
      },
      flags.format
    )
  )

  program
    .command('schema')
    .description('print the JSON Schema of the profile file (for editors)')
    .action(() => io.out(JSON.stringify(buildProfileSchema(), null, 2) + '\n'))

  addLocalCommand(program, io, deps.stop)
  addPingCommand(program, io)

  return program
}

/** Run the CLI; returns the exit code instead of exiting, so it can run in-process. */
export async function cli(
  argv: readonly string[],
  io: CliIo = processIo,
  deps: CliDeps = {}
): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(io, (c) => (code = c), deps)
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (e) {
    if (!(e instanceof Error && 'exitCode' in e)) {
      io.err(errorLine(errorMessage(e)))
      code = EXIT.failure
    }
  }
  return code
}
