/**
 * Every command, by name: a spec module loaded on demand, so a command evaluates only its own code (validate
 * never loads the AWS SDK; bench/startup.ts). Both front ends run commands through it (run.ts).
 *
 * Adding a command: write its spec in specs/<name>.ts (`export const spec = defineCommand({ needs, run,
 * report })`), add its line here, and its name to COMMANDS in constants.ts (tsc fails until both agree);
 * then its CLI subcommand (cli/cli.ts), its options from the inputs (action/main.ts), and its
 * action.yml / README docs (tests compare them with --help and COMMANDS).
 */
import type { Command } from '../constants.js'
import type { CommandSpec, Needs } from './spec.js'

// The `satisfies` keeps this list and COMMANDS the same set: a missing or an extra name does not compile.
export const REGISTRY = {
  validate: () => import('./specs/validate.js'),
  plan: () => import('./specs/plan.js'),
  apply: () => import('./specs/apply.js'),
  import: () => import('./specs/import.js'),
  status: () => import('./specs/status.js'),
  simulate: () => import('./specs/simulate.js'),
  run: () => import('./specs/run.js'),
  audit: () => import('./specs/audit.js'),
  cleanup: () => import('./specs/cleanup.js')
} satisfies Record<Command, () => Promise<{ spec: { needs: Needs } }>>

type SpecOf<C extends Command> = Awaited<ReturnType<(typeof REGISTRY)[C]>>['spec']

/** The options a command takes (its spec's own type). */
export type OptionsOf<C extends Command> = C extends Command
  ? Parameters<SpecOf<C>['run']>[0]
  : never

export async function loadSpec<C extends Command>(command: C): Promise<CommandSpec> {
  return (await REGISTRY[command]()).spec as unknown as CommandSpec
}
