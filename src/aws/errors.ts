/** Turn AWS errors into messages a person can act on: which permission, which quota, what to run next. */
import type { IoTClient } from '@aws-sdk/client-iot'
import { CLI_WORDS, type Words } from '../words.js'

interface AwsErrorLike {
  name?: string
  message?: string
  operation?: string
  $metadata?: { httpStatusCode?: number }
}

/** Record which operation failed on the error itself, so messages can name the IAM action. */
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
  if (!(e instanceof Error)) return String(e)
  const err = e as Error & AwsErrorLike
  const action = err.operation ? `iot:${err.operation}` : 'the IoT action'
  const message = err.message || err.name
  if (isDetectUnavailable(e)) {
    return `AWS IoT Device Defender Detect is not available on this account (closed to new customers since 2026-08-31): ${message}. Audit keeps working; remove security profiles and custom metrics from the file or use an account that has Detect.`
  }
  switch (err.name) {
    case 'AccessDeniedException':
    case 'UnauthorizedException':
      return `missing permission: allow ${action} for the role ddac runs as (${message})`
    case 'CredentialsProviderError':
      return `no AWS credentials: configure them (for example aws-actions/configure-aws-credentials) or ${words.useLocal} to run against the emulator (${message})`
    case 'ThrottlingException':
      return `${action} was throttled beyond the SDK's retries; the account is busy or another tool shares its quota (${message})`
    case 'LimitExceededException':
      return `an AWS quota was reached by ${action}: ${message} (Device Defender quotas: 5 security profiles per target, 100 custom metrics, 10 dimensions, 100 mitigation actions, 5 scheduled audits)`
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
