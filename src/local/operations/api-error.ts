/** A modeled AWS IoT error: handlers throw it and the HTTP layer answers with the model's status for its name. */
import { iotModel, type ErrorName } from '../../model/iot-model.js'

export class ApiError extends Error {
  constructor(
    /** AccessDeniedException is IAM's answer, outside the IoT model, as AWS sends it for a missing permission */
    readonly code: ErrorName | 'UnknownOperationException' | 'AccessDeniedException',
    message: string,
    /** extra body members, e.g. `resourceId` and `resourceArn` of ResourceAlreadyExistsException */
    readonly fields: Record<string, string> = {}
  ) {
    super(message)
    this.name = code
  }

  get status(): number {
    if (this.code === 'UnknownOperationException') return 404
    if (this.code === 'AccessDeniedException') return 403
    return iotModel.errorStatus[this.code]!.status
  }
}

export const invalid = (message: string): ApiError =>
  new ApiError('InvalidRequestException', message)

export const notFound = (message: string): ApiError =>
  new ApiError('ResourceNotFoundException', message)

export const alreadyExists = (
  message: string,
  resourceId: string,
  resourceArn?: string
): ApiError =>
  new ApiError('ResourceAlreadyExistsException', message, {
    resourceId,
    ...(resourceArn ? { resourceArn } : {})
  })

export const limitExceeded = (message: string): ApiError =>
  new ApiError('LimitExceededException', message)

export const versionConflict = (message: string): ApiError =>
  new ApiError('VersionConflictException', message)

/**
 * The compare-and-swap of the operations that take `expectedVersion`: a record at another version is a
 * VersionConflictException; no expectedVersion always passes. `what` names the kind: `thing group`.
 */
export function checkVersion(
  what: string,
  record: { name: string; version: number },
  expected: number | undefined
): void {
  if (expected !== undefined && expected !== record.version)
    throw versionConflict(
      `The ${what} ${record.name} is at version ${record.version}, not the expected version ${expected}`
    )
}
