/**
 * The AWS IoT client factory. Against a local endpoint (the emulator) the client signs with static dummy
 * credentials, so no real credentials are needed or looked up; elsewhere the SDK's default chain applies.
 * Every request has a connect and a response timeout, and a run that is stopped abandons the calls it no
 * longer waits for.
 */
import { IoTClient, type IoTClientConfig } from '@aws-sdk/client-iot'
import { getSmithyContext } from '@smithy/core'
import type { HttpRequest } from '@smithy/core/protocols'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { HttpHandlerOptions } from '@smithy/types'
import { TPS_QUOTAS } from '../model/quotas.js'
import { addErrorContext } from './errors.js'
import { addRateLimit } from './rate-limit.js'
import { DdacRetryStrategy } from './retry.js'
import { DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js'
import { isNamed } from '../util/errors.js'

export const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDDDACLOCAL', secretAccessKey: 'ddac-local' }

export interface IotClientOptions {
  /** a custom endpoint URL (a running `ddac local`, or an AWS endpoint); the SDK's default otherwise */
  endpoint?: string
  region: string
  /** the endpoint is an emulator: sign with dummy credentials */
  local?: boolean
  /** pace each operation at its AWS TPS quota (default: on, except for an in-process emulator) */
  pace?: boolean
  /** per request (default DEFAULT_TIMEOUTS) */
  timeouts?: Timeouts
  /**
   * once aborted, the client sends nothing more: no new call, no retry, and reads in flight are abandoned
   * (nothing is lost by not waiting for them); writes in flight are awaited until `abandon`
   */
  stop?: AbortSignal
  /** once aborted, writes in flight are abandoned too (whether they landed is for the next plan to see) */
  abandon?: AbortSignal
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
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const client = new IoTClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: LOCAL_CREDENTIALS } : {}),
    retryStrategy: new DdacRetryStrategy(),
    requestHandler: new StoppableHttpHandler(timeouts, options),
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

/** The call ended because the run stopped: not sent, or abandoned in flight or between retries. */
export function wasStopped(e: unknown): boolean {
  return e instanceof NotSentError || isNamed(e, 'AbortError')
}

function isRead(request: HttpRequest): boolean {
  return request.method === 'GET' || request.method === 'HEAD'
}

/**
 * Node's HTTP handler with the timeouts on, abandoning a call once the run no longer waits for it: a read
 * at the stop, a write at the abandon.
 */
class StoppableHttpHandler extends NodeHttpHandler {
  constructor(
    timeouts: Required<Timeouts>,
    private readonly signals: Pick<IotClientOptions, 'stop' | 'abandon'>
  ) {
    super({
      connectionTimeout: timeouts.connectMs,
      requestTimeout: timeouts.responseMs,
      // Without it the SDK only logs a warning when the response timeout passes.
      throwOnRequestTimeout: true,
      // The response timeout ends at the headers; this one catches a body that stops half-way.
      socketTimeout: timeouts.responseMs
    })
  }

  override handle(
    request: HttpRequest,
    options: HttpHandlerOptions = {}
  ): ReturnType<NodeHttpHandler['handle']> {
    const signal = isRead(request) ? this.signals.stop : this.signals.abandon
    return super.handle(request, signal ? { ...options, abortSignal: signal } : options)
  }
}

/**
 * Checked right before each attempt goes out (after pacing, inside the retry loop); the stop also ends a
 * wait between retries (the SDK's retry loop watches the abort signal of the call's context).
 */
function addStopGate(client: IoTClient, stop: AbortSignal): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      getSmithyContext(context).abortSignal ??= stop
      return next(args)
    },
    { step: 'initialize', priority: 'low', name: 'ddacStopRetries' }
  )
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (stop.aborted)
        throw new NotSentError(`${String(context.commandName)} not sent: the run was stopped`)
      return next(args)
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ddacStopGate' }
  )
}
