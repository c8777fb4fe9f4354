import { describe, expect, test } from '@jest/globals'
import { explainAwsError, isDetectUnavailable } from '../../src/aws/errors.js'

function awsError(name: string, message: string, operation?: string): Error {
  return Object.assign(new Error(message), { name, ...(operation ? { operation } : {}) })
}

describe('AWS errors as actionable messages', () => {
  test('an IAM denial names the action to allow, even when a resource name says "Detect"', () => {
    const e = awsError(
      'AccessDeniedException',
      'User: arn:aws:sts::123456789012:assumed-role/ddac/ci is not authorized to perform: iot:DescribeSecurityProfile on resource: arn:aws:iot:eu-west-1:123456789012:securityprofile/ML_Detect_profile',
      'DescribeSecurityProfile'
    )
    expect(isDetectUnavailable(e)).toBe(false)
    expect(explainAwsError(e)).toMatch(
      /^missing permission: allow iot:DescribeSecurityProfile for the role ddac runs as/
    )
  })

  test('Detect being unavailable on the account is told apart, with what still works', () => {
    const e = awsError(
      'UnauthorizedException',
      'AWS IoT Device Defender Detect is not available for this account',
      'ListSecurityProfiles'
    )
    expect(isDetectUnavailable(e)).toBe(true)
    expect(explainAwsError(e)).toContain('Audit keeps working')
  })

  test('quota, version conflict and missing target messages say what to do', () => {
    expect(
      explainAwsError(awsError('LimitExceededException', 'too many', 'AttachSecurityProfile'))
    ).toContain('5 security profiles per target')
    expect(
      explainAwsError(awsError('VersionConflictException', 'stale', 'UpdateSecurityProfile'))
    ).toContain('Run plan again')
    expect(
      explainAwsError(awsError('ResourceNotFoundException', 'no group', 'AttachSecurityProfile'))
    ).toContain('create the thing group first')
  })
})
