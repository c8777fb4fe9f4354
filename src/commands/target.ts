/**
 * Where a command talks to: an in-process emulator for the run (`--local`, action input `target: local`), a
 * running `ddac local` or custom AWS endpoint (`--endpoint URL`), or AWS through the SDK's default chain.
 * Commands take an IoT client from `withIot` and never care which.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import type { EmulatorOptions } from '../local/emulator.js'
import { RemedyError } from '../util/words.js'
import type { StopSignals } from '../util/signals.js'
import { timeoutsFrom, type Timeouts } from '../aws/timeouts.js'

export type IotTarget = (
  | { kind: 'local'; emulator?: EmulatorOptions }
  | { kind: 'endpoint'; url: string }
  | { kind: 'aws' }
) & {
  /** per request (flags `--timeout` / `--connect-timeout`, inputs `timeout` / `connect-timeout`) */
  timeouts?: Timeouts
}

export type { StopSignals } from '../util/signals.js'

export interface IotSession {
  client: IoTClient
  /** the same account through a client a stop does not gate: for releasing apply's lock after a cancel */
  control: IoTClient
  region: string
  /** the endpoint URL when not AWS's default */
  endpoint?: string
  /** the account is an emulator's */
  local: boolean
  /** with `--local`: the CA devices must trust to reach the emulator's broker (its address: DescribeEndpoint) */
  localCaPem?: string
  /**
   * with `--local` (or a `ddac local` endpoint that told it, see commands/simulate.ts): how many times faster
   * than AWS the emulator's Detect and Audit run (their windows and look-backs are divided by it), so
   * verification shrinks its waits alike
   */
  timeScale?: number
}

/** The region a command uses: the flag, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1 for emulators. */
export function resolveRegion(
  target: IotTarget,
  region: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): string {
  const chosen = region || env.AWS_REGION || env.AWS_DEFAULT_REGION
  if (chosen) return chosen
  if (target.kind === 'aws')
    throw new RemedyError(
      (w) => `No AWS region: ${w.setRegion} or set AWS_REGION (or ${w.useLocal} to try without AWS)`
    )
  return 'us-east-1'
}

/**
 * Parse the `--local` / `--endpoint` pair and the timeouts in seconds (or the action's `target`, `endpoint`,
 * `timeout` and `connect-timeout` inputs).
 */
export function targetFrom(options: {
  local?: boolean
  endpoint?: string
  timeout?: number
  connectTimeout?: number
}): IotTarget {
  const timeouts = timeoutsFrom(options)
  return { ...where(options), ...(Object.keys(timeouts).length ? { timeouts } : {}) }
}

function where(options: { local?: boolean; endpoint?: string }): IotTarget {
  if (options.local && options.endpoint)
    throw new RemedyError(
      (w) => `Choose the local emulator or an endpoint, not both (${w.localOrEndpoint})`
    )
  if (options.local) return { kind: 'local' }
  if (options.endpoint) {
    let url: URL
    try {
      url = new URL(options.endpoint)
    } catch {
      throw new Error(`The endpoint ${options.endpoint} is not a URL (e.g. http://127.0.0.1:4566)`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`The endpoint ${options.endpoint} must be an http or https URL`)
    return { kind: 'endpoint', url: options.endpoint }
  }
  return { kind: 'aws' }
}

/** Run `fn` with an IoT client for the target; an in-process emulator lives exactly as long as `fn`. */
export async function withIot<T>(
  target: IotTarget,
  region: string | undefined,
  fn: (session: IotSession) => Promise<T>,
  signals: StopSignals = {}
): Promise<T> {
  const resolved = resolveRegion(target, region)
  // Loaded on demand, like the emulator: reading settings and validating never evaluate the AWS SDK.
  const { createIotClient, isLoopback } = await import('../aws/client.js')
  const emulator = target.kind === 'local' ? await startLocal(target, resolved) : undefined
  const endpoint = emulator?.endpoint ?? (target.kind === 'endpoint' ? target.url : undefined)
  const timeouts = target.timeouts ? { timeouts: target.timeouts } : {}
  const options = {
    endpoint,
    region: resolved,
    // An idle in-process emulator needs no pacing; one enforcing AWS quotas does.
    ...(emulator
      ? { local: true, pace: target.kind === 'local' && target.emulator?.throttle === true }
      : {})
  }
  const client = createIotClient({ ...options, ...signals, ...timeouts })
  // Timeouts but no stop: the lease must be released, and teardown must run, after a cancel.
  const control = createIotClient({ ...options, ...timeouts })
  try {
    return await fn({
      client,
      control,
      region: resolved,
      endpoint,
      local: emulator !== undefined || (endpoint !== undefined && isLoopback(endpoint)),
      ...(emulator
        ? { localCaPem: emulator.caCertificatePem, timeScale: emulator.detect.timing.scale }
        : {})
    })
  } finally {
    client.destroy()
    control.destroy()
    await emulator?.stop()
  }
}

/** The in-process emulator of `--local`, with its broker and its Audit engine. */
async function startLocal(
  target: IotTarget & { kind: 'local' },
  region: string
): Promise<import('../local/emulator.js').Emulator> {
  // Loaded on demand: commands that never emulate do not load the CA's X.509 stack.
  const { startEmulator } = await import('../local/emulator.js')
  return startEmulator({ region, broker: true, audit: true, ...target.emulator })
}
