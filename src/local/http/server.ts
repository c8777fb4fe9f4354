/**
 * The restJson1 HTTP server: route from the model, apply faults, bind and validate the input, run the
 * operation's handler, answer with the model's output members or with a modeled error (status from the
 * model, `x-amzn-ErrorType` header, `{"message"}` body). Handlers run to completion one at a time on the
 * event loop, so each operation is atomic.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { ApiError } from '../operations/api-error.js'
import { bindRequest, handlerInput, wireOutput } from './codec.js'
import { foreignRequest } from './request-guard.js'
import { Router } from './router.js'
import { validateInput, violations } from './validate.js'
import { EMULATOR_CA_PATH, EMULATOR_TIME_SCALE_HEADER } from '../../model/emulator-paths.js'
import { iotModel, type OperationName } from '../../model/iot-model.js'
import { QUOTAS_HEADER } from '../../model/quotas.js'
import { errorMessage } from '../../util/errors.js'
import type { Faults } from './faults.js'
import { signedRegion } from './signed-region.js'
import type { OperationContext } from '../operations/context.js'
import { HANDLERS, isReadOnly } from '../operations/handlers.js'
import { operationContext, type ContextServices } from '../operations/make-context.js'
import type { Regions } from '../store/regions.js'

/** Bodies beyond this are refused (the largest modeled member, a policy document, is ~400 KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024
/** Recent requests kept for `requests()`: enough for any test, bounded for a long-running `ddac local`. */
const LOG_SIZE = 10_000

export interface RequestRecord {
  operation: string
  status: number
  /** the modeled error name, for failed requests */
  error?: string
  /** the URI labels (resource names), for tests that tell one resource's calls from another's */
  labels?: Record<string, string>
}

export interface ControlPlaneOptions {
  /** the account's store in each region; a request acts in the region it is signed for */
  regions: Regions
  /** the services every operation context carries (clock, CA, engines) */
  services: ContextServices
  /** Detect's and Audit's time scale, told with the CA (EMULATOR_TIME_SCALE_HEADER) */
  timeScale?: number
  faults: Faults
  /** check every answer against the operation's output shape (a failed check is a 500): for tests */
  checkOutputs?: boolean
  /** the address it listens on: a Host header naming it is accepted besides localhost and IP literals */
  host?: string
}

export interface ControlPlane {
  server: Server
  requests: RequestRecord[]
}

const router = new Router(Object.keys(iotModel.operations) as OperationName[])

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES)
        reject(new ApiError('InvalidRequestException', 'The body is too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(
  res: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
    ...headers
  })
  res.end(text)
}

/** The CA certificate on EMULATOR_CA_PATH: not an AWS operation, so not in `requests()`. */
function sendCa(res: ServerResponse, pem: string, head: boolean, timeScale?: number): void {
  res.writeHead(200, {
    'content-type': 'application/x-pem-file',
    'content-length': Buffer.byteLength(pem),
    ...(timeScale !== undefined ? { [EMULATOR_TIME_SCALE_HEADER]: String(timeScale) } : {})
  })
  res.end(head ? undefined : pem)
}

async function operate(
  options: ControlPlaneOptions,
  req: IncomingMessage,
  route: { operation: OperationName; labels: Record<string, string> },
  query: URLSearchParams
): Promise<object> {
  const { operation } = route
  const spec = iotModel.operations[operation]!
  const body = await readBody(req)
  await options.faults.before(operation)
  const wire = bindRequest(spec, route.labels, query, req.headers, body)
  validateInput(spec.input, wire)
  const handler = HANDLERS[operation] as (ctx: OperationContext, input: unknown) => unknown
  const store = options.regions.get(signedRegion(req.headers.authorization))
  const ctx = operationContext(options.services, store, operation)
  const result = await handler(ctx, handlerInput(spec.input, wire))
  const output = wireOutput(spec.output, result)
  if (options.checkOutputs && spec.output) {
    const problems = violations(spec.output, output)
    if (problems.length)
      throw new ApiError(
        'InternalFailureException',
        `Emulator output breaks the model: ${problems.join('; ')}`
      )
  }
  // The store's commit emits the change events and saves the data directory before the answer.
  if (!isReadOnly(operation)) await store.commit()
  return output
}

export function createControlPlane(options: ControlPlaneOptions): ControlPlane {
  const requests: RequestRecord[] = []
  const record = (r: RequestRecord): void => {
    requests.push(r)
    if (requests.length > LOG_SIZE) requests.splice(0, requests.length - LOG_SIZE)
  }
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
    // On every answer, so ddac's client knows from its first call whether pacing is needed here.
    res.setHeader(QUOTAS_HEADER, options.faults.enforcesQuotas ? 'enforced' : 'none')
    const url = req.url ?? '/'
    const q = url.indexOf('?')
    const rawPath = q < 0 ? url : url.slice(0, q)
    const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1))
    let operation = 'unknown'
    let labels: Record<string, string> | undefined
    void (async () => {
      try {
        const refused = foreignRequest(req, options.host ?? '127.0.0.1')
        if (refused) throw new ApiError('AccessDeniedException', refused)
        if (rawPath === EMULATOR_CA_PATH && (req.method === 'GET' || req.method === 'HEAD'))
          return sendCa(
            res,
            options.services.ca.certificatePem,
            req.method === 'HEAD',
            options.timeScale
          )
        const route = router.match(req.method ?? 'GET', rawPath)
        operation = route.operation
        labels = route.labels
        const output = await operate(options, req, route, query)
        record({ operation, status: 200, labels })
        send(res, 200, output)
      } catch (e) {
        const error =
          e instanceof ApiError ? e : new ApiError('InternalFailureException', errorMessage(e))
        record({
          operation,
          status: error.status,
          error: error.code,
          ...(labels ? { labels } : {})
        })
        send(
          res,
          error.status,
          { message: error.message, ...error.fields },
          {
            'x-amzn-ErrorType': error.code
          }
        )
      }
    })()
  })
  return { server, requests }
}
