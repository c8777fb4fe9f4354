/** The flags every command that talks to AWS IoT takes: `--local`, `--endpoint URL`, `--region`. */
import { Option, type Command } from 'commander'

export interface TargetFlags {
  local?: boolean
  endpoint?: string
  region?: string
}

export function addTargetOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--local',
        'run against an in-process emulator instead of AWS (no credentials needed)'
      ).conflicts('endpoint')
    )
    .option(
      '--endpoint <url>',
      'AWS IoT endpoint URL: a running `ddac local`, or a custom AWS endpoint'
    )
    .option('--region <region>', 'AWS region (default: AWS_REGION, AWS_DEFAULT_REGION)')
}
