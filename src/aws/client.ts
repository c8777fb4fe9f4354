/**
 * The AWS IoT client factory. Against a local endpoint (the emulator) the client signs with static dummy
 * credentials, so no real credentials are needed or looked up; elsewhere the SDK's default chain applies.
 */
import { IoTClient, type IoTClientConfig } from '@aws-sdk/client-iot'
import { TPS_QUOTAS } from '../model/quotas.js'
import { addErrorContext } from './errors.js'
import { addRateLimit } from './rate-limit.js'
import { DdacRetryStrategy } from './retry.js'

export const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDDDACLOCAL', secretAccessKey: 'ddac-local' }

export interface IotClientOptions {
  /** a custom endpoint URL (a running `ddac local`, or an AWS endpoint); the SDK's default otherwise */
  endpoint?: string
  region: string
  /** the endpoint is an emulator: sign with dummy credentials */
  local?: boolean
  /** pace each operation at its AWS TPS quota (default: on, except for an in-process emulator) */
  pace?: boolean
  /** once aborted, the client sends nothing more (calls already sent finish) */
  stop?: AbortSignal
  /** extra SDK settings (retries, logger) */
  config?: IoTClientConfig
}

/** Is this URL on the loopback interface (where only an emulator can be)? */
export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host)
}

export function createIotClient(options: IotClientOptions): IoTClient {
  const local = options.local ?? (options.endpoint !== undefined && isLoopback(options.endpoint))
  const client = new IoTClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: LOCAL_CREDENTIALS } : {}),
    retryStrategy: new DdacRetryStrategy(),
    ...options.config
  })
  addErrorContext(client)
  if (options.pace ?? true) addRateLimit(client, TPS_QUOTAS)
  if (options.stop) addStopGate(client, options.stop)
  return client
}

/** Thrown instead of sending a request once the run was asked to stop. */
export class NotSentError extends Error {
  override name = 'NotSentError'
}

/** Checked right before each attempt goes out (after pacing, inside the retry loop). */
function addStopGate(client: IoTClient, stop: AbortSignal): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (stop.aborted)
        throw new NotSentError(`${String(context.commandName)} not sent: the run was stopped`)
      return next(args)
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ddacStopGate' }
  )
}
