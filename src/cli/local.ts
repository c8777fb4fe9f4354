/** The `ddac local` subcommand: its flags map one to one onto the emulator's options. */
import { InvalidArgumentError, type Command } from 'commander'
import type { ServeIo } from '../local/serve.js'
import { DEFAULT_TIME_SCALE } from '../local/detect/windows.js'
import { stoppable } from '../util/signals.js'

function integer(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`)
    return n
  }
}

function accountId(value: string): string {
  if (!/^\d{12}$/.test(value)) throw new InvalidArgumentError('expected a 12-digit AWS account id')
  return value
}

function share(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !(n >= 0 && n <= 1))
    throw new InvalidArgumentError('expected a number from 0 to 1')
  return n
}

interface LocalFlags {
  port: number
  host: string
  dataDir?: string
  account?: string
  region?: string
  throttle: boolean
  latency: number
  faultRate: number
  throttleRate: number
  seed?: number
  timeScale: number
  mqttPort?: number
}

/** Add `local` to the program; `stop` (tests) replaces the SIGINT/SIGTERM signal. */
export function addLocalCommand(program: Command, io: ServeIo, stop?: AbortSignal): void {
  program
    .command('local')
    .description(
      'serve an emulated AWS IoT control plane (one account) and its MQTT broker on localhost until Ctrl-C; prints {"endpoint","account","region","dataEndpoint","caUrl"}'
    )
    .option('--port <port>', 'TCP port (0 picks a free one)', integer(0, 65535), 0)
    .option(
      '--host <host>',
      'address to listen on (a non-loopback address is warned about)',
      '127.0.0.1'
    )
    .option('--data-dir <dir>', 'keep the account in this directory across restarts')
    .option('--account <id>', 'AWS account id (default 123456789012)', accountId)
    .option(
      '--region <region>',
      'home region, for unsigned requests (default us-east-1); a signed request acts in the region it is signed for'
    )
    .option('--throttle', "enforce AWS's per-operation TPS quotas with ThrottlingException", false)
    .option('--latency <ms>', 'add this many milliseconds to every request', integer(0, 600_000), 0)
    .option('--fault-rate <share>', 'answer this share (0..1) of requests with 500/503', share, 0)
    .option(
      '--throttle-rate <share>',
      'answer this share (0..1) of requests with ThrottlingException',
      share,
      0
    )
    .option('--seed <n>', 'seed of the fault draws', integer(0, Number.MAX_SAFE_INTEGER))
    .option(
      '--mqtt-port <n>',
      'port of the MQTT broker (mutual TLS; default: a free one, which DescribeEndpoint names)',
      integer(0, 65535)
    )
    .option(
      '--time-scale <n>',
      "AWS seconds per second in Detect: durationSeconds windows and ML Detect's 14 days and 25,000 datapoints are divided by it (1 is AWS's pace)",
      integer(1, 86_400),
      DEFAULT_TIME_SCALE
    )
    .action(async (flags: LocalFlags) => {
      // Loaded on demand: other commands do not need the emulator's X.509 stack.
      const { serveLocal } = await import('../local/serve.js')
      const serve = (signal: AbortSignal): Promise<void> =>
        serveLocal(
          {
            port: flags.port,
            host: flags.host,
            dataDir: flags.dataDir,
            account: flags.account,
            region: flags.region,
            throttle: flags.throttle,
            latencyMs: flags.latency,
            faultRate: flags.faultRate,
            throttleRate: flags.throttleRate,
            seed: flags.seed,
            detect: { timeScale: flags.timeScale },
            broker: flags.mqttPort === undefined ? true : { port: flags.mqttPort }
          },
          io,
          signal
        )
      // Nothing to report on the way out: a second signal (or a close that hangs) ends it at once.
      await (stop
        ? serve(stop)
        : stoppable((s) => {
            s.abandon.addEventListener('abort', () => process.exit(130))
            return serve(s.stop)
          }))
    })
}
