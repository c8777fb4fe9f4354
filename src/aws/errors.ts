/** Turn AWS errors into messages a person can act on: which permission, which quota, what to run next. */
import type { IoTClient } from '@aws-sdk/client-iot'
import { QUOTAS_SUMMARY } from '../model/resource-quotas.js'
import { errorMessage } from '../util/errors.js'
import { CLI_WORDS, type Words } from '../util/words.js'

interface AwsErrorLike {
  name?: string
  message?: string
  operation?: string
  /** where the request went: `https://iot.eu-west-1.amazonaws.com` */
  endpoint?: string
  $metadata?: { httpStatusCode?: number; attempts?: number }
}

/**
 * Record which operation failed, and where it was sent, on the error itself, so messages can name the IAM
 * action and the endpoint.
 */
export function addErrorContext(client: IoTClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args)
      } catch (e) {
        if (e && typeof e === 'object')
          (e as AwsErrorLike).operation ??= String(context.commandName).replace(/Command$/, '')
        throw e
      }
    },
    { step: 'initialize', priority: 'high', name: 'ddacErrorContext' }
  )
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args)
      } catch (e) {
        const r = args.request as { protocol?: string; hostname?: string; port?: number }
        if (e && typeof e === 'object' && r.hostname)
          (e as AwsErrorLike).endpoint ??=
            `${r.protocol ?? 'https:'}//${r.hostname}${r.port ? `:${r.port}` : ''}`
        throw e
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ddacErrorEndpoint' }
  )
}

/** A timeout of the SDK's HTTP handler, in words: what did not answer, where, within how long. */
function explainTimeout(err: AwsErrorLike, action: string): string {
  const where = err.endpoint ?? 'the AWS IoT endpoint'
  const ms = /(\d+) ?ms/.exec(err.message ?? '')?.[1]
  const within = ms ? ` within ${Number(ms) / 1000} s` : ''
  const tries = (err.$metadata?.attempts ?? 1) > 1 ? ` (${err.$metadata!.attempts} attempts)` : ''
  if (/establish a connection/.test(err.message ?? ''))
    return `could not connect to ${where}${within}${tries} for ${action}: check the endpoint and the network, or raise the connect timeout (--connect-timeout, input connect-timeout)`
  return `${where} did not answer ${action}${within}${tries}: it accepts connections but does not respond; check the endpoint and the network, or raise the timeout (--timeout, input timeout)`
}

/**
 * Detect is closed to new AWS customers since 2026-08-31. What AWS answers such an account is not documented;
 * ddac takes an UnauthorizedException that names Device Defender Detect as availability, never a plain IAM
 * denial (AccessDeniedException), whose message may mention a resource that happens to contain "detect".
 */
export function isDetectUnavailable(e: unknown): boolean {
  const err = e as AwsErrorLike
  return err?.name === 'UnauthorizedException' && /device defender detect/i.test(err.message ?? '')
}

/**
 * A stale `expectedVersion` refused the update itself, so nothing changed. (AttachSecurityProfile can
 * conflict too, but after the update went through.)
 */
export function isRefusedUpdate(e: unknown): boolean {
  const err = e as AwsErrorLike
  return err?.name === 'VersionConflictException' && /^Update/.test(err.operation ?? '')
}

export function explainAwsError(e: unknown, words: Words = CLI_WORDS): string {
  if (!(e instanceof Error)) return errorMessage(e, words)
  const err = e as Error & AwsErrorLike
  const action = err.operation ? `iot:${err.operation}` : 'the IoT action'
  const message = err.message || err.name
  if (isDetectUnavailable(e)) {
    return `AWS IoT Device Defender Detect is not available on this account (closed to new customers since 2026-08-31): ${message}. Audit keeps working; remove security profiles and custom metrics from the file or use an account that has Detect.`
  }
  switch (err.name) {
    case 'TimeoutError':
      return explainTimeout(err, action)
    case 'AccessDeniedException':
    case 'UnauthorizedException':
      return `missing permission: allow ${action} for the role ddac runs as (${message})`
    case 'CredentialsProviderError':
      return `no AWS credentials: configure them (for example aws-actions/configure-aws-credentials) or ${words.useLocal} to run against the emulator (${message})`
    case 'ThrottlingException':
      return `${action} was throttled beyond the SDK's retries; the account is busy or another tool shares its quota (${message})`
    case 'LimitExceededException':
      return `an AWS quota was reached by ${action}: ${message} (${QUOTAS_SUMMARY})`
    case 'VersionConflictException':
      return `${action}: the resource changed since ddac read it (someone edited it meanwhile); nothing was overwritten. Run plan again to see the change, then apply (${message})`
    case 'ResourceNotFoundException':
      return err.operation === 'AttachSecurityProfile'
        ? `a target does not exist: create the thing group first (${message})`
        : `${action}: not found (${message})`
    default:
      return `${action} failed: ${err.name}: ${message}`
  }
}
