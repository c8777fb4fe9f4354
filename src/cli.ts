/** The `ddac` command line: the same engine as the action, for terminals and other CI systems. */
import { Command, Option } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { addPingCommand } from './aws/ping.js'
import { DEFAULT_CONFIG_PATH } from './config/file-format.js'
import { buildProfileSchema } from './config/schema.js'
import { validateFile } from './config/validate.js'
import { addLocalCommand } from './local/cli-command.js'
import { renderValidationMarkdown, renderValidationText } from './report/validation.js'

export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
}

/** Exit codes: 0 success, 1 the file has problems, 2 ddac could not run (bad usage, internal error). */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const

/** What tests replace: `stop` ends `ddac local` instead of SIGINT/SIGTERM. */
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
      'AWS IoT Device Defender as code: validate, plan, apply, simulate and verify a profile file'
    )
    .version(pkg.version)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride((e) => {
      setExitCode(e.exitCode === 0 ? EXIT.ok : EXIT.failure)
      throw e
    })

  program
    .command('validate')
    .description('check a profile file offline: schema from the AWS IoT model plus semantic rules')
    .argument('[file]', 'the profile file (YAML or JSON)', DEFAULT_CONFIG_PATH)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text')
    )
    .option('--fail-on-warnings', 'exit 1 on warnings too', false)
    .action(
      async (
        file: string,
        opts: { format: 'text' | 'json' | 'markdown'; failOnWarnings: boolean }
      ) => {
        const result = await validateFile(file)
        if (opts.format === 'json') io.out(JSON.stringify(result, null, 2) + '\n')
        else if (opts.format === 'markdown') io.out(renderValidationMarkdown(result))
        else io.out(renderValidationText(result))
        const failed = result.errors > 0 || (opts.failOnWarnings && result.warnings > 0)
        setExitCode(failed ? EXIT.problems : EXIT.ok)
      }
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
      io.err(`ddac: ${e instanceof Error ? e.message : String(e)}\n`)
      code = EXIT.failure
    }
  }
  return code
}
