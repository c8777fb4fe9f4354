/** The audit checks as pure functions: cases that flag and cases that do not. */
import { describe, expect, test } from '@jest/globals'
import {
  deviceCertificateExpiring,
  loggingDisabled,
  revokedDeviceCertificateStillActive
} from '../../../src/local/audit/account-checks.js'
import {
  conflictingClientIds,
  deviceCertificateShared
} from '../../../src/local/audit/connection-checks.js'
import { DAY_MS, HOUR_MS } from '../../../src/local/audit/finding.js'
import { iotPolicyOverlyPermissive } from '../../../src/local/audit/policy-checks.js'
import { isDue } from '../../../src/local/audit/schedule.js'
import type { ConnectionRecord } from '../../../src/local/store/cloud-metrics.js'
import type { CertificateRecord, PolicyRecord } from '../../../src/local/store/records.js'

const T0 = Date.UTC(2026, 2, 10, 12)
let seq = 0
function conn(c: Partial<ConnectionRecord> & Pick<ConnectionRecord, 'clientId'>): ConnectionRecord {
  return {
    id: `c${seq++}`,
    certificateId: 'cert-a',
    sourceIp: '127.0.0.1',
    sourcePort: 1,
    connectedAt: T0,
    ...c
  }
}
const window = { from: T0 - 31 * DAY_MS, to: T0 + 10 * HOUR_MS }

describe('DEVICE_CERTIFICATE_SHARED_CHECK', () => {
  test('two client ids connected at once with one certificate are one CRITICAL finding on the certificate', () => {
    const r = deviceCertificateShared(
      [
        conn({ clientId: 'dev-1', connectedAt: T0, disconnectedAt: T0 + HOUR_MS }),
        conn({ clientId: 'dev-2', connectedAt: T0 + 60_000 }),
        conn({ clientId: 'other', certificateId: 'cert-b', connectedAt: T0 })
      ],
      window
    )
    expect(r.totalResourcesCount).toBe(2)
    expect(r.findings).toEqual([
      {
        severity: 'CRITICAL',
        nonCompliantResource: {
          resourceType: 'DEVICE_CERTIFICATE',
          resourceIdentifier: { deviceCertificateId: 'cert-a' }
        },
        relatedResources: [
          {
            resourceType: 'CLIENT_ID',
            resourceIdentifier: { clientId: 'dev-2' },
            additionalInfo: { CONNECTION_TIME: String(T0 + 60_000) }
          },
          {
            resourceType: 'CLIENT_ID',
            resourceIdentifier: { clientId: 'dev-1' },
            additionalInfo: {
              CONNECTION_TIME: String(T0),
              DISCONNECTION_TIME: String(T0 + HOUR_MS)
            }
          }
        ],
        reasonForNonCompliance: 'Certificate shared by one or more devices.',
        reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
      }
    ])
  })

  test('one device reconnecting, or two client ids one after the other, is not sharing', () => {
    const r = deviceCertificateShared(
      [
        conn({ clientId: 'dev-1', connectedAt: T0, disconnectedAt: T0 + 1000 }),
        conn({ clientId: 'dev-1', connectedAt: T0 + 2000 }),
        conn({
          clientId: 'dev-2',
          certificateId: 'cert-b',
          connectedAt: T0,
          disconnectedAt: T0 + 5
        }),
        conn({ clientId: 'dev-3', certificateId: 'cert-b', connectedAt: T0 + 10 })
      ],
      window
    )
    expect(r).toEqual({ totalResourcesCount: 2, findings: [] })
  })

  test('connections newer than the window end (the look-back lag) are not seen yet', () => {
    const shared = [conn({ clientId: 'dev-1' }), conn({ clientId: 'dev-2' })]
    expect(deviceCertificateShared(shared, { from: window.from, to: T0 - 1 }).findings).toEqual([])
    expect(
      deviceCertificateShared(shared, { from: window.from, to: T0 + 1 }).findings
    ).toHaveLength(1)
  })
})

describe('CONFLICTING_CLIENT_IDS_CHECK', () => {
  test('a connection knocked off by another with its client id is a HIGH finding on the client id', () => {
    const r = conflictingClientIds(
      [
        conn({ clientId: 'dup', disconnectedAt: T0 + 50, disconnectReason: 'DUPLICATE_CLIENT_ID' }),
        conn({ clientId: 'dup', certificateId: 'cert-b', connectedAt: T0 + 50 }),
        conn({
          clientId: 'fine',
          disconnectedAt: T0 + 9,
          disconnectReason: 'CLIENT_INITIATED_DISCONNECT'
        })
      ],
      window
    )
    expect(r.totalResourcesCount).toBe(2)
    expect(r.findings).toEqual([
      {
        severity: 'HIGH',
        nonCompliantResource: {
          resourceType: 'CLIENT_ID',
          resourceIdentifier: { clientId: 'dup' }
        },
        relatedResources: [
          {
            resourceType: 'DEVICE_CERTIFICATE',
            resourceIdentifier: { deviceCertificateId: 'cert-a' },
            additionalInfo: { DISCONNECTION_TIME: String(T0 + 50) }
          },
          {
            resourceType: 'DEVICE_CERTIFICATE',
            resourceIdentifier: { deviceCertificateId: 'cert-b' }
          }
        ],
        reasonForNonCompliance: 'Multiple connections use the same client ID.',
        reasonForNonComplianceCode: 'DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS'
      }
    ])
  })

  test('a duplicate before the window is not counted', () => {
    const old = conn({
      clientId: 'dup',
      connectedAt: T0 - 40 * DAY_MS,
      disconnectedAt: T0 - 35 * DAY_MS,
      disconnectReason: 'DUPLICATE_CLIENT_ID'
    })
    expect(conflictingClientIds([old], window)).toEqual({ totalResourcesCount: 0, findings: [] })
  })
})

function cert(id: string, status: string, notAfter: number): CertificateRecord {
  return {
    certificateId: id,
    certificatePem: '',
    status,
    creationDate: T0 - DAY_MS,
    lastModifiedDate: T0 - DAY_MS,
    validity: { notBefore: T0 - DAY_MS, notAfter }
  }
}

describe('certificate checks', () => {
  const certs = [
    cert('expired', 'ACTIVE', T0 - 1),
    cert('soon', 'PENDING_TRANSFER', T0 + 29 * DAY_MS),
    cert('later', 'ACTIVE', T0 + 31 * DAY_MS),
    cert('inactive-expired', 'INACTIVE', T0 - 1)
  ]

  test('DEVICE_CERTIFICATE_EXPIRING_CHECK flags active certificates past or within 30 days of expiry', () => {
    const r = deviceCertificateExpiring(certs, T0)
    expect(r.totalResourcesCount).toBe(3)
    expect(
      r.findings.map((f) => [
        f.nonCompliantResource.resourceIdentifier.deviceCertificateId,
        f.reasonForNonComplianceCode,
        f.severity
      ])
    ).toEqual([
      ['expired', 'CERTIFICATE_PAST_EXPIRATION', 'MEDIUM'],
      ['soon', 'CERTIFICATE_APPROACHING_EXPIRATION', 'MEDIUM']
    ])
    expect(r.findings[0]!.nonCompliantResource.additionalInfo).toEqual({
      EXPIRATION_TIME: String(T0 - 1)
    })
  })

  test('CERT_EXPIRATION_THRESHOLD_IN_DAYS widens or narrows the window', () => {
    expect(deviceCertificateExpiring(certs, T0, 60).findings).toHaveLength(3)
    expect(deviceCertificateExpiring(certs, T0, 7).findings).toHaveLength(1)
  })

  test('REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK flags only active certificates their issuer revoked', () => {
    const r = revokedDeviceCertificateStillActive(certs, new Set(['soon', 'inactive-expired']))
    expect(r.totalResourcesCount).toBe(3)
    expect(r.findings).toEqual([
      {
        severity: 'MEDIUM',
        nonCompliantResource: {
          resourceType: 'DEVICE_CERTIFICATE',
          resourceIdentifier: { deviceCertificateId: 'soon' }
        },
        reasonForNonCompliance: 'Certificate is revoked by issuer but still active.',
        reasonForNonComplianceCode: 'CERTIFICATE_REVOKED_BY_ISSUER'
      }
    ])
    expect(revokedDeviceCertificateStillActive(certs, new Set()).findings).toEqual([])
  })
})

describe('LOGGING_DISABLED_CHECK', () => {
  const account = '123456789012'
  test.each([
    ['never set', undefined, true],
    ['v2 disableAllLogs', { v2: { disableAllLogs: true, defaultLogLevel: 'INFO' } }, true],
    ['v1 DISABLED', { v1: { roleArn: 'arn:r', logLevel: 'DISABLED' } }, true],
    ['v2 at ERROR', { v2: { disableAllLogs: false, defaultLogLevel: 'ERROR' } }, false],
    [
      'v1 at INFO, v2 disabled',
      { v1: { roleArn: 'arn:r', logLevel: 'INFO' }, v2: { disableAllLogs: true } },
      false
    ]
  ])('%s', (_name, options, flagged) => {
    const r = loggingDisabled(options, account)
    expect(r.totalResourcesCount).toBe(1)
    expect(r.findings).toEqual(
      flagged
        ? [
            {
              severity: 'LOW',
              nonCompliantResource: {
                resourceType: 'ACCOUNT_SETTINGS',
                resourceIdentifier: { account }
              },
              reasonForNonCompliance: 'Logging is disabled.',
              reasonForNonComplianceCode: 'LOGGING_DISABLED'
            }
          ]
        : []
    )
  })
})

function policy(name: string, statement: object): PolicyRecord {
  return {
    name,
    document: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    creationDate: T0,
    lastModifiedDate: T0,
    generationId: 'g'
  }
}
const ARN = 'arn:aws:iot:us-east-1:123456789012'

describe('IOT_POLICY_OVERLY_PERMISSIVE_CHECK', () => {
  test.each([
    ['iot:* on *', { Effect: 'Allow', Action: 'iot:*', Resource: '*' }, true],
    [
      'connect any client',
      { Effect: 'Allow', Action: ['iot:Connect'], Resource: [`${ARN}:client/*`] },
      true
    ],
    [
      'publish every shadow',
      {
        Effect: 'Allow',
        Action: 'iot:Publish',
        Resource: `${ARN}:topic/$aws/things/*/shadow/update`
      },
      true
    ],
    [
      'client/${iot:ClientId} without IsAttached',
      { Effect: 'Allow', Action: 'iot:Connect', Resource: `${ARN}:client/\${iot:ClientId}` },
      true
    ],
    ['Deny on *', { Effect: 'Deny', Action: 'iot:*', Resource: '*' }, false],
    [
      'connect as the attached thing',
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `${ARN}:client/\${iot:Connection.Thing.ThingName}`,
        Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } }
      },
      false
    ],
    [
      'client/${iot:ClientId} with IsAttached',
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: `${ARN}:client/\${iot:ClientId}`,
        Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } }
      },
      false
    ],
    [
      'own shadow only',
      {
        Effect: 'Allow',
        Action: 'iot:Publish',
        Resource: `${ARN}:topic/$aws/things/\${iot:Connection.Thing.ThingName}/shadow/update`
      },
      false
    ],
    ['registry reads on *', { Effect: 'Allow', Action: 'iot:DescribeThing', Resource: '*' }, false]
  ])('%s', (_name, statement, flagged) => {
    const r = iotPolicyOverlyPermissive([policy('p', statement)])
    expect(r.totalResourcesCount).toBe(1)
    expect(r.findings).toEqual(
      flagged
        ? [
            {
              severity: 'CRITICAL',
              nonCompliantResource: {
                resourceType: 'IOT_POLICY',
                resourceIdentifier: {
                  policyVersionIdentifier: { policyName: 'p', policyVersionId: '1' }
                }
              },
              reasonForNonCompliance: 'Policy allows broad access to IoT data plane actions.',
              reasonForNonComplianceCode: 'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS'
            }
          ]
        : []
    )
  })
})

describe('scheduled audit days (UTC)', () => {
  const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d)
  test("WEEKLY on its weekday, BIWEEKLY two weeks apart, MONTHLY on its day or the month's last", () => {
    // 2026-03-10 is a Tuesday.
    expect(isDue({ frequency: 'DAILY' }, day(2026, 3, 10), undefined)).toBe(true)
    expect(isDue({ frequency: 'WEEKLY', dayOfWeek: 'TUE' }, day(2026, 3, 10), undefined)).toBe(true)
    expect(isDue({ frequency: 'WEEKLY', dayOfWeek: 'WED' }, day(2026, 3, 10), undefined)).toBe(
      false
    )
    const biweekly = { frequency: 'BIWEEKLY', dayOfWeek: 'TUE' }
    expect(isDue(biweekly, day(2026, 3, 10), day(2026, 3, 3))).toBe(false)
    expect(isDue(biweekly, day(2026, 3, 17), day(2026, 3, 3))).toBe(true)
    expect(isDue({ frequency: 'MONTHLY', dayOfMonth: '10' }, day(2026, 3, 10), undefined)).toBe(
      true
    )
    expect(isDue({ frequency: 'MONTHLY', dayOfMonth: '31' }, day(2026, 2, 28), undefined)).toBe(
      true
    )
    expect(isDue({ frequency: 'MONTHLY', dayOfMonth: 'LAST' }, day(2026, 2, 27), undefined)).toBe(
      false
    )
    expect(isDue({ frequency: 'MONTHLY', dayOfMonth: 'LAST' }, day(2026, 2, 28), undefined)).toBe(
      true
    )
  })
})

test('IOT_POLICY_OVERLY_PERMISSIVE_CHECK uses an analysis it is given instead of its text rules', () => {
  const narrow = policy('narrow', {
    Effect: 'Allow',
    Action: 'iot:Connect',
    Resource: `${ARN}:client/dev-1`
  })
  expect(iotPolicyOverlyPermissive([narrow]).findings).toEqual([])
  const seen: string[] = []
  const r = iotPolicyOverlyPermissive([narrow], (document) => (seen.push(document), true))
  expect(seen).toEqual([narrow.document])
  expect(r.findings).toHaveLength(1)
})
