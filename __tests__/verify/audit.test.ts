/**
 * `audit`'s two halves: findings judged against the file's accepted baseline (pure), and an on-demand audit
 * started and waited for through the real SDK against the emulator.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { UpdateAccountAuditConfigurationCommand, type AuditFinding } from '@aws-sdk/client-iot'
import { compareWithBaseline, seenFinding } from '../../src/verify/audit-baseline.js'
import { runAudit } from '../../src/verify/audit-run.js'
import { account, type Account } from '../reconcile/helpers.js'

const open: Account[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()))
})

const shared = (findingId: string, certificateId: string): AuditFinding => ({
  findingId,
  checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
  severity: 'CRITICAL',
  nonCompliantResource: {
    resourceType: 'DEVICE_CERTIFICATE',
    resourceIdentifier: { deviceCertificateId: certificateId }
  },
  relatedResources: [
    { resourceType: 'CLIENT_ID', resourceIdentifier: { clientId: 'board-1' } },
    { resourceType: 'CLIENT_ID', resourceIdentifier: { clientId: 'board-2' } }
  ],
  reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
})
const logging: AuditFinding = {
  findingId: 'f-log',
  checkName: 'LOGGING_DISABLED_CHECK',
  severity: 'LOW',
  nonCompliantResource: {
    resourceType: 'ACCOUNT_SETTINGS',
    resourceIdentifier: { account: '123456789012' }
  },
  reasonForNonCompliance: 'Logging is disabled'
}

describe('findings against the accepted baseline', () => {
  const accepted = [
    {
      checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
      resource: 'c0ffee',
      reason: 'lab boards',
      expires: '2026-12-31'
    },
    { checkName: 'LOGGING_DISABLED_CHECK', reason: 'dev account', expires: '2026-11-30' },
    { checkName: 'CONFLICTING_CLIENT_IDS_CHECK', reason: 'old fleet', expires: '2027-01-31' }
  ]

  test('accepts what an unexpired entry names, fails on the rest, and reports stale entries', () => {
    const r = compareWithBaseline(
      [shared('f1', 'c0ffee'), shared('f2', 'beef'), logging],
      accepted,
      '2026-12-02'
    )
    expect(r.findings.map((f) => [f.findingId, f.acceptedBy?.reason ?? null])).toEqual([
      ['f1', 'lab boards'],
      ['f2', null],
      ['f-log', null]
    ])
    expect(r.fresh.map((f) => f.findingId)).toEqual(['f2', 'f-log'])
    expect(r.fresh[1]).toMatchObject({
      resource: '123456789012',
      reason: 'Logging is disabled',
      severity: 'LOW'
    })
    expect(r.expired.map((a) => a.checkName)).toEqual(['LOGGING_DISABLED_CHECK'])
    expect(r.unused.map((a) => a.checkName)).toEqual(['CONFLICTING_CLIENT_IDS_CHECK'])
  })

  test('an entry is accepted through its last day, and a suppressed finding is not new', () => {
    expect(compareWithBaseline([shared('f1', 'c0ffee')], accepted, '2026-12-31').fresh).toEqual([])
    expect(
      compareWithBaseline([shared('f1', 'c0ffee')], accepted, '2027-01-01').fresh
    ).toHaveLength(1)
    expect(
      compareWithBaseline([{ ...logging, isSuppressed: true }], [], '2026-12-02').fresh
    ).toEqual([])
  })

  test('verification sees every name a finding carries', () => {
    expect(seenFinding(shared('f1', 'c0ffee')).names).toEqual(['c0ffee', 'board-1', 'board-2'])
  })
})

describe('an on-demand audit', () => {
  const clock = {
    now: Date.now,
    sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 20)))
  }

  test('is started, followed to its end, and its check runs reported', async () => {
    const a = await account()
    open.push(a)
    await a.iot.send(
      new UpdateAccountAuditConfigurationCommand({
        roleArn: 'arn:aws:iam::123456789012:role/Audit',
        auditCheckConfigurations: { LOGGING_DISABLED_CHECK: { enabled: true } }
      })
    )
    const lines: string[] = []
    const run = await runAudit({
      iot: a.iot,
      checks: ['LOGGING_DISABLED_CHECK'],
      clock,
      log: (l) => lines.push(l),
      firstPollMs: 10
    })
    expect(run.status).toBe('COMPLETED')
    expect(run.checks.map((c) => c.checkName)).toEqual(['LOGGING_DISABLED_CHECK'])
    expect(lines[0]).toBe(`audit: task ${run.taskId} started for 1 check(s)`)
    expect(lines.at(-1)).toMatch(/^audit: 1\/1 checks done \(COMPLETED\), \d+s elapsed$/)
  })

  test('refused for a check the account does not enable, with AWS’s error', async () => {
    const a = await account()
    open.push(a)
    await expect(
      runAudit({ iot: a.iot, checks: ['LOGGING_DISABLED_CHECK'], clock, log: () => {} })
    ).rejects.toMatchObject({
      name: 'InvalidRequestException',
      message: 'The audit check LOGGING_DISABLED_CHECK is not enabled for this account'
    })
  })
})
