/**
 * The emulator's audit engine end to end: the real AWS SDK over HTTP against startEmulator with a stepped
 * clock. Connection records are appended through the store, where the MQTT broker writes them.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import {
  CancelAuditTaskCommand,
  CreatePolicyCommand,
  CreateScheduledAuditCommand,
  GetLoggingOptionsCommand,
  SetLoggingOptionsCommand,
  DescribeAuditTaskCommand,
  ListAuditFindingsCommand,
  ListAuditTasksCommand,
  SetV2LoggingOptionsCommand,
  StartOnDemandAuditTaskCommand,
  UpdateAccountAuditConfigurationCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AuditEngine } from '../../../src/local/audit/engine.js'
import { scaledClock, steppedClock, type SteppedClock } from '../../../src/local/clock/clock.js'
import { startEmulator, type Emulator } from '../../../src/local/emulator.js'
import { iotClient } from '../helpers/clients.js'

const HOUR = 3_600_000
// A Monday, 12:00 UTC.
const START = Date.UTC(2026, 2, 9, 12)
const CHECKS = [
  'DEVICE_CERTIFICATE_SHARED_CHECK',
  'IOT_POLICY_OVERLY_PERMISSIVE_CHECK',
  'LOGGING_DISABLED_CHECK'
]

const running: Emulator[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.stop()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function setup(
  options: { dataDir?: string; clock?: SteppedClock } = {}
): Promise<{ emu: Emulator; iot: IoTClient; clock: SteppedClock }> {
  const clock = options.clock ?? steppedClock(START)
  const emu = await startEmulator({
    clock,
    dataDir: options.dataDir,
    engines: { audit: new AuditEngine() }
  })
  running.push(emu)
  return { emu, iot: iotClient(emu), clock }
}

async function enable(iot: IoTClient, checks = CHECKS): Promise<void> {
  await iot.send(
    new UpdateAccountAuditConfigurationCommand({
      auditCheckConfigurations: Object.fromEntries(checks.map((c) => [c, { enabled: true }]))
    })
  )
}

async function runAudit(iot: IoTClient, clock: SteppedClock, checks = CHECKS): Promise<string> {
  const { taskId } = await iot.send(new StartOnDemandAuditTaskCommand({ targetCheckNames: checks }))
  await clock.advance(10_000)
  return taskId!
}

async function shareCertificate(emu: Emulator, at: number): Promise<void> {
  await emu.store().transaction(() => {
    for (const clientId of ['sensor-1', 'sensor-1-clone'])
      emu.store().appendConnection({
        id: `${clientId}@${at}`,
        clientId,
        certificateId: 'a'.repeat(64),
        sourceIp: '127.0.0.1',
        sourcePort: 40000,
        connectedAt: at
      })
  })
}

describe('on-demand audits', () => {
  test('a task is IN_PROGRESS, then COMPLETED with per-check statistics and its findings listable', async () => {
    const { iot, clock } = await setup()
    await enable(iot)
    await iot.send(
      new CreatePolicyCommand({
        policyName: 'everything',
        policyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iot:*', Resource: '*' }]
        })
      })
    )
    const { taskId } = await iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: CHECKS })
    )
    const before = await iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(before.taskStatus).toBe('IN_PROGRESS')
    expect(before.auditDetails!.LOGGING_DISABLED_CHECK!.checkRunStatus).toBe('IN_PROGRESS')
    await clock.advance(10_000)
    const after = await iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(after.taskStatus).toBe('COMPLETED')
    expect(after.taskStatistics).toMatchObject({
      totalChecks: 3,
      compliantChecks: 1,
      nonCompliantChecks: 2
    })
    expect(after.auditDetails!.IOT_POLICY_OVERLY_PERMISSIVE_CHECK).toMatchObject({
      checkRunStatus: 'COMPLETED_NON_COMPLIANT',
      totalResourcesCount: 1,
      nonCompliantResourcesCount: 1
    })
    const { findings } = await iot.send(new ListAuditFindingsCommand({ taskId }))
    expect(
      findings!.map((f) => [f.checkName, f.severity, f.reasonForNonComplianceCode]).sort()
    ).toEqual([
      [
        'IOT_POLICY_OVERLY_PERMISSIVE_CHECK',
        'CRITICAL',
        'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS'
      ],
      ['LOGGING_DISABLED_CHECK', 'LOW', 'LOGGING_DISABLED']
    ])
    const logging = findings!.find((f) => f.checkName === 'LOGGING_DISABLED_CHECK')!
    expect(logging.nonCompliantResource).toEqual({
      resourceType: 'ACCOUNT_SETTINGS',
      resourceIdentifier: { account: '123456789012' }
    })
    expect(logging.taskStartTime).toEqual(new Date(START))
    expect(logging.findingTime).toEqual(new Date(START + 10_000))

    // Logging turned on: the next audit no longer flags it.
    await iot.send(
      new SetV2LoggingOptionsCommand({
        roleArn: 'arn:aws:iam::123456789012:role/log',
        defaultLogLevel: 'ERROR'
      })
    )
    const next = await runAudit(iot, clock, ['LOGGING_DISABLED_CHECK'])
    expect((await iot.send(new ListAuditFindingsCommand({ taskId: next }))).findings).toEqual([])
  })

  test('v1 logging options set through the SDK are read back and satisfy LOGGING_DISABLED_CHECK', async () => {
    const { iot, clock } = await setup()
    await enable(iot, ['LOGGING_DISABLED_CHECK'])
    const roleArn = 'arn:aws:iam::123456789012:role/log'
    await iot.send(
      new SetLoggingOptionsCommand({ loggingOptionsPayload: { roleArn, logLevel: 'WARN' } })
    )
    expect(await iot.send(new GetLoggingOptionsCommand({}))).toMatchObject({
      roleArn,
      logLevel: 'WARN'
    })
    const taskId = await runAudit(iot, clock, ['LOGGING_DISABLED_CHECK'])
    expect((await iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toEqual([])
  })

  test('CancelAuditTask cancels a task in progress and refuses one that is not', async () => {
    const { iot, clock } = await setup()
    await enable(iot)
    const { taskId } = await iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: CHECKS })
    )
    await iot.send(new CancelAuditTaskCommand({ taskId }))
    await clock.advance(60_000)
    const t = await iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(t.taskStatus).toBe('CANCELED')
    expect(t.taskStatistics).toMatchObject({ canceledChecks: 3 })
    expect((await iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toEqual([])
    await expect(iot.send(new CancelAuditTaskCommand({ taskId }))).rejects.toMatchObject({
      name: 'InvalidRequestException'
    })
    await expect(iot.send(new CancelAuditTaskCommand({ taskId: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException'
    })
  })

  test('only checks enabled in the audit configuration may be requested', async () => {
    const { iot } = await setup()
    await enable(iot, ['LOGGING_DISABLED_CHECK'])
    await expect(
      iot.send(
        new StartOnDemandAuditTaskCommand({ targetCheckNames: ['CONFLICTING_CLIENT_IDS_CHECK'] })
      )
    ).rejects.toMatchObject({ name: 'InvalidRequestException' })
  })
})

describe('DEVICE_CERTIFICATE_SHARED_CHECK', () => {
  test('a certificate seen by two client ids becomes a finding only after the 2-hour look-back', async () => {
    const { emu, iot, clock } = await setup()
    await enable(iot)
    await shareCertificate(emu, START)
    const early = await runAudit(iot, clock, ['DEVICE_CERTIFICATE_SHARED_CHECK'])
    expect(
      (await iot.send(new DescribeAuditTaskCommand({ taskId: early }))).auditDetails
    ).toMatchObject({
      DEVICE_CERTIFICATE_SHARED_CHECK: {
        checkRunStatus: 'COMPLETED_COMPLIANT',
        totalResourcesCount: 0
      }
    })

    await clock.advance(2 * HOUR)
    const later = await runAudit(iot, clock, ['DEVICE_CERTIFICATE_SHARED_CHECK'])
    const { findings } = await iot.send(
      new ListAuditFindingsCommand({
        taskId: later,
        checkName: 'DEVICE_CERTIFICATE_SHARED_CHECK',
        resourceIdentifier: { deviceCertificateId: 'a'.repeat(64) }
      })
    )
    expect(findings).toHaveLength(1)
    expect(findings![0]).toMatchObject({
      severity: 'CRITICAL',
      nonCompliantResource: { resourceType: 'DEVICE_CERTIFICATE' },
      reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
    })
    expect(
      findings![0]!.relatedResources!.map((r) => r.resourceIdentifier!.clientId).sort()
    ).toEqual(['sensor-1', 'sensor-1-clone'])
    // Another resource identifier filters it out; a time range finds it across tasks.
    const other = await iot.send(
      new ListAuditFindingsCommand({
        taskId: later,
        resourceIdentifier: { deviceCertificateId: 'b'.repeat(64) }
      })
    )
    expect(other.findings).toEqual([])
    const byTime = await iot.send(
      new ListAuditFindingsCommand({ startTime: new Date(START), endTime: new Date(clock.now()) })
    )
    expect(byTime.findings!.map((f) => f.taskId)).toEqual([later])
  })
})

describe('scheduled audits', () => {
  test('a WEEKLY audit runs when the clock reaches its day, and only then', async () => {
    const { iot, clock } = await setup()
    await enable(iot)
    await iot.send(
      new CreateScheduledAuditCommand({
        scheduledAuditName: 'tuesdays',
        frequency: 'WEEKLY',
        dayOfWeek: 'TUE',
        targetCheckNames: ['LOGGING_DISABLED_CHECK']
      })
    )
    const tasks = async (): Promise<{ taskStatus?: string; taskType?: string }[]> =>
      (
        await iot.send(
          new ListAuditTasksCommand({ startTime: new Date(START), endTime: new Date(clock.now()) })
        )
      ).tasks!
    // Monday 12:00 → Monday 23:59: nothing runs.
    await clock.advance(12 * HOUR - 60_000)
    expect(await tasks()).toEqual([])
    // Past Tuesday 00:00 and the task's duration: one scheduled task, completed, with its finding.
    await clock.advance(60_000 + 10_000)
    const [task, ...more] = await tasks()
    expect(more).toEqual([])
    expect(task).toMatchObject({ taskType: 'SCHEDULED_AUDIT_TASK', taskStatus: 'COMPLETED' })
    // Wednesday to the next Monday: no other run.
    await clock.advance(6 * 24 * HOUR)
    expect(await tasks()).toHaveLength(1)
    await clock.advance(24 * HOUR)
    expect(await tasks()).toHaveLength(2)
  })
})

test('findings persist in a data directory across a restart', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ddac-audit-'))
  dirs.push(dataDir)
  const first = await setup({ dataDir })
  await enable(first.iot)
  const taskId = await runAudit(first.iot, first.clock, ['LOGGING_DISABLED_CHECK'])
  const saved = (await first.iot.send(new ListAuditFindingsCommand({ taskId }))).findings
  expect(saved).toHaveLength(1)
  await first.emu.stop()
  const second = await setup({ dataDir, clock: first.clock })
  expect((await second.iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toEqual(saved)
  expect((await second.iot.send(new DescribeAuditTaskCommand({ taskId }))).taskStatus).toBe(
    'COMPLETED'
  )
})

test('a task in progress when the emulator stopped completes after the restart', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ddac-audit-'))
  dirs.push(dataDir)
  const first = await setup({ dataDir })
  await enable(first.iot)
  const { taskId } = await first.iot.send(
    new StartOnDemandAuditTaskCommand({ targetCheckNames: ['LOGGING_DISABLED_CHECK'] })
  )
  await first.emu.stop()
  const second = await setup({ dataDir, clock: first.clock })
  const describe = async (): Promise<string | undefined> =>
    (await second.iot.send(new DescribeAuditTaskCommand({ taskId }))).taskStatus
  expect(await describe()).toBe('IN_PROGRESS')
  await second.clock.advance(10_000)
  expect(await describe()).toBe('COMPLETED')
  expect((await second.iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toHaveLength(1)
})

test('under a scaled clock (3600×) the 2-hour look-back passes in 2 s of wall time, so one run settles it', async () => {
  const clock = scaledClock(3600)
  const emu = await startEmulator({ clock, engines: { audit: new AuditEngine() } })
  running.push(emu)
  const iot = iotClient(emu)
  await enable(iot, ['DEVICE_CERTIFICATE_SHARED_CHECK'])
  await shareCertificate(emu, clock.now())
  const audit = async (): Promise<number> => {
    const { taskId } = await iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: ['DEVICE_CERTIFICATE_SHARED_CHECK'] })
    )
    // 10 s of emulated time is about 3 ms of wall time.
    for (let i = 0; i < 100; i++) {
      const t = await iot.send(new DescribeAuditTaskCommand({ taskId }))
      if (t.taskStatus === 'COMPLETED')
        return t.auditDetails!.DEVICE_CERTIFICATE_SHARED_CHECK!.nonCompliantResourcesCount!
      await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error(`audit task ${taskId} did not complete`)
  }
  expect(await audit()).toBe(0)
  await new Promise((r) => setTimeout(r, 2100))
  expect(await audit()).toBe(1)
  clock.dispose()
})

test('an engine given a policy analysis asks it about each policy in the store account and region', async () => {
  const clock = steppedClock(START)
  const asked: { document: string; account: string; region: string }[] = []
  const emu = await startEmulator({
    clock,
    engines: {
      audit: new AuditEngine({
        policyAnalysis: (document, scope) => (asked.push({ document, ...scope }), true)
      })
    }
  })
  running.push(emu)
  const iot = iotClient(emu)
  await enable(iot, ['IOT_POLICY_OVERLY_PERMISSIVE_CHECK'])
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: 'arn:aws:iot:us-east-1:123456789012:client/d1'
      }
    ]
  })
  await iot.send(new CreatePolicyCommand({ policyName: 'narrow', policyDocument: document }))
  const taskId = await runAudit(iot, clock, ['IOT_POLICY_OVERLY_PERMISSIVE_CHECK'])
  expect(asked).toEqual([{ document, account: '123456789012', region: 'us-east-1' }])
  expect((await iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toHaveLength(1)
})
