/**
 * The flags every command that talks to AWS IoT takes: `--local`, `--endpoint URL`, `--region`, and the
 * timeouts of each request.
 */
import { Option, type Command } from 'commander'
import { DEFAULT_TIMEOUTS, parseSeconds } from '../aws/timeouts.js'
import { argumentParser } from './arguments.js'

export interface TargetFlags {
  local?: boolean
  endpoint?: string
  region?: string
  /** seconds */
  timeout?: number
  /** seconds */
  connectTimeout?: number
}

const seconds = (flag: string): ((value: string) => number) =>
  argumentParser((value) => parseSeconds(value, flag))

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
    .option(
      '--timeout <seconds>',
      `how long each AWS request may take to answer; one that times out is tried once more (default: ${DEFAULT_TIMEOUTS.responseMs / 1000})`,
      seconds('--timeout')
    )
    .option(
      '--connect-timeout <seconds>',
      `how long connecting to the endpoint may take (default: ${DEFAULT_TIMEOUTS.connectMs / 1000})`,
      seconds('--connect-timeout')
    )
}
