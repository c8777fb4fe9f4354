/** Custom metrics, dimensions, mitigation actions, audit configuration and scheduled audits through the real SDK. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateMitigationActionCommand,
  CreateScheduledAuditCommand,
  CreateSecurityProfileCommand,
  DeleteCustomMetricCommand,
  DeleteDimensionCommand,
  DeleteMitigationActionCommand,
  DeleteScheduledAuditCommand,
  DeleteSecurityProfileCommand,
  DescribeAccountAuditConfigurationCommand,
  DescribeAuditTaskCommand,
  DescribeCustomMetricCommand,
  DescribeMitigationActionCommand,
  GetBehaviorModelTrainingSummariesCommand,
  ListAuditFindingsCommand,
  ListSecurityProfilesCommand,
  StartOnDemandAuditTaskCommand,
  TagResourceCommand,
  UpdateAccountAuditConfigurationCommand,
  UpdateCustomMetricCommand,
  UpdateMitigationActionCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { startEmulator, type Emulator } from '../../src/local/emulator.js'
import { iotClient } from './helpers/clients.js'
import { CHECK, ROLE } from './helpers/fixtures.js'

let emu: Emulator
let iot: IoTClient
const arn = (resource: string): string => `arn:aws:iot:${emu.region}:${emu.account}:${resource}`

beforeAll(async () => {
  emu = await startEmulator({ checkOutputs: true })
  iot = iotClient(emu, { maxAttempts: 1 })
})
afterAll(() => emu.stop())

async function error(promise: Promise<unknown>): Promise<{ name: string; status?: number }> {
  try {
    await promise
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } }
    return { name: err.name, status: err.$metadata?.httpStatusCode }
  }
  throw new Error('expected the call to fail')
}

describe('custom metrics and dimensions', () => {
  test('a repeated clientRequestToken is idempotent; another create is ResourceAlreadyExists', async () => {
    const input = { metricName: 'cm', metricType: 'number' as const, clientRequestToken: 'tok-1' }
    const a = await iot.send(new CreateCustomMetricCommand(input))
    const b = await iot.send(new CreateCustomMetricCommand(input))
    expect(b.metricArn).toBe(a.metricArn)
    expect(a.metricArn).toBe(arn('custommetric/cm'))
    expect(
      await error(
        iot.send(new CreateCustomMetricCommand({ metricName: 'cm', metricType: 'number' }))
      )
    ).toEqual({
      name: 'ResourceAlreadyExistsException',
      status: 409
    })
    await iot.send(new UpdateCustomMetricCommand({ metricName: 'cm', displayName: 'Custom' }))
    expect(await iot.send(new DescribeCustomMetricCommand({ metricName: 'cm' }))).toMatchObject({
      displayName: 'Custom',
      metricType: 'number'
    })
  })

  test('metrics and dimensions in use by a profile cannot be deleted; missing ones delete fine', async () => {
    await iot.send(
      new CreateDimensionCommand({ name: 'dm', type: 'TOPIC_FILTER', stringValues: ['a/#'] })
    )
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'uses',
        behaviors: [
          {
            name: 'c',
            metric: 'cm',
            criteria: { comparisonOperator: 'greater-than', value: { number: 1 } }
          },
          {
            name: 'd',
            metric: 'aws:num-messages-sent',
            metricDimension: { dimensionName: 'dm' },
            criteria: {
              comparisonOperator: 'greater-than',
              value: { count: 1 },
              durationSeconds: 300
            }
          }
        ]
      })
    )
    const byMetric = await iot.send(new ListSecurityProfilesCommand({ metricName: 'cm' }))
    expect(byMetric.securityProfileIdentifiers!.map((p) => p.name)).toEqual(['uses'])
    const byDimension = await iot.send(new ListSecurityProfilesCommand({ dimensionName: 'dm' }))
    expect(byDimension.securityProfileIdentifiers!.map((p) => p.name)).toEqual(['uses'])
    expect(
      await error(iot.send(new ListSecurityProfilesCommand({ dimensionName: 'none' })))
    ).toMatchObject({
      name: 'ResourceNotFoundException'
    })
    expect(
      await error(iot.send(new DeleteCustomMetricCommand({ metricName: 'cm' })))
    ).toMatchObject({
      name: 'InvalidRequestException'
    })
    expect(await error(iot.send(new DeleteDimensionCommand({ name: 'dm' })))).toMatchObject({
      name: 'InvalidRequestException'
    })
    await iot.send(new DeleteSecurityProfileCommand({ securityProfileName: 'uses' }))
    await iot.send(new DeleteCustomMetricCommand({ metricName: 'cm' }))
    await iot.send(new DeleteDimensionCommand({ name: 'dm' }))
    await iot.send(new DeleteCustomMetricCommand({ metricName: 'cm' }))
    await iot.send(new DeleteDimensionCommand({ name: 'dm' }))
  })

  test('an 11th dimension is LimitExceededException', async () => {
    for (let i = 0; i < 10; i++)
      await iot.send(
        new CreateDimensionCommand({ name: `d${i}`, type: 'TOPIC_FILTER', stringValues: ['x'] })
      )
    expect(
      await error(
        iot.send(
          new CreateDimensionCommand({ name: 'd10', type: 'TOPIC_FILTER', stringValues: ['x'] })
        )
      )
    ).toEqual({ name: 'LimitExceededException', status: 410 })
  })

  test('ML behaviors report their models as PENDING_BUILD', async () => {
    await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: 'ml',
        behaviors: [
          {
            name: 'm',
            metric: 'aws:num-messages-sent',
            criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } }
          }
        ]
      })
    )
    const s = await iot.send(
      new GetBehaviorModelTrainingSummariesCommand({ securityProfileName: 'ml' })
    )
    expect(s.summaries).toEqual([
      expect.objectContaining({
        securityProfileName: 'ml',
        behaviorName: 'm',
        modelStatus: 'PENDING_BUILD'
      })
    ])
  })
})

describe('mitigation actions', () => {
  test('one kind of parameters fixes the type; delete is idempotent', async () => {
    const params = {
      enableIoTLoggingParams: { roleArnForLogging: ROLE, logLevel: 'ERROR' as const }
    }
    const created = await iot.send(
      new CreateMitigationActionCommand({ actionName: 'log', roleArn: ROLE, actionParams: params })
    )
    expect(created.actionArn).toBe(arn('mitigationaction/log'))
    expect(
      await iot.send(new DescribeMitigationActionCommand({ actionName: 'log' }))
    ).toMatchObject({
      actionType: 'ENABLE_IOT_LOGGING',
      actionId: created.actionId
    })
    expect(
      await error(
        iot.send(
          new UpdateMitigationActionCommand({
            actionName: 'log',
            actionParams: {
              publishFindingToSnsParams: { topicArn: 'arn:aws:sns:us-east-1:123456789012:t' }
            }
          })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    expect(
      await error(
        iot.send(
          new CreateMitigationActionCommand({ actionName: 'none', roleArn: ROLE, actionParams: {} })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    await iot.send(new DeleteMitigationActionCommand({ actionName: 'log' }))
    await iot.send(new DeleteMitigationActionCommand({ actionName: 'log' }))
  })
})

describe('audit', () => {
  test('the first configuration must enable a check; audits target enabled checks only', async () => {
    const fresh = await iot.send(new DescribeAccountAuditConfigurationCommand({}))
    expect(fresh.auditCheckConfigurations![CHECK]).toEqual({ enabled: false })
    expect(
      await error(iot.send(new UpdateAccountAuditConfigurationCommand({ roleArn: ROLE })))
    ).toMatchObject({ name: 'InvalidRequestException' })
    expect(
      await error(iot.send(new StartOnDemandAuditTaskCommand({ targetCheckNames: [CHECK] })))
    ).toMatchObject({ name: 'InvalidRequestException' })
    await iot.send(
      new UpdateAccountAuditConfigurationCommand({
        roleArn: ROLE,
        auditCheckConfigurations: { [CHECK]: { enabled: true } }
      })
    )
    const { taskId } = await iot.send(
      new StartOnDemandAuditTaskCommand({ targetCheckNames: [CHECK] })
    )
    const task = await iot.send(new DescribeAuditTaskCommand({ taskId }))
    expect(task).toMatchObject({ taskStatus: 'COMPLETED', taskType: 'ON_DEMAND_AUDIT_TASK' })
    expect(task.auditDetails![CHECK]).toMatchObject({ checkRunStatus: 'COMPLETED_COMPLIANT' })
    expect((await iot.send(new ListAuditFindingsCommand({ taskId }))).findings).toEqual([])
    expect(
      await error(
        iot.send(
          new ListAuditFindingsCommand({ taskId, startTime: new Date(), endTime: new Date() })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
  })

  test('scheduled audits: day fields follow the frequency, a used check stays enabled, at most 5', async () => {
    expect(
      await error(
        iot.send(
          new CreateScheduledAuditCommand({
            scheduledAuditName: 'w',
            frequency: 'WEEKLY',
            targetCheckNames: [CHECK]
          })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    for (let i = 0; i < 5; i++)
      await iot.send(
        new CreateScheduledAuditCommand({
          scheduledAuditName: `s${i}`,
          frequency: 'DAILY',
          targetCheckNames: [CHECK]
        })
      )
    expect(
      await error(
        iot.send(
          new CreateScheduledAuditCommand({
            scheduledAuditName: 's5',
            frequency: 'DAILY',
            targetCheckNames: [CHECK]
          })
        )
      )
    ).toEqual({ name: 'LimitExceededException', status: 410 })
    expect(
      await error(
        iot.send(
          new UpdateAccountAuditConfigurationCommand({
            auditCheckConfigurations: { [CHECK]: { enabled: false } }
          })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    await iot.send(new DeleteScheduledAuditCommand({ scheduledAuditName: 's0' }))
    expect(
      await error(iot.send(new DeleteScheduledAuditCommand({ scheduledAuditName: 's0' })))
    ).toEqual({
      name: 'ResourceNotFoundException',
      status: 404
    })
  })
})

describe('tags', () => {
  test('aws: keys are reserved and missing resources are not found', async () => {
    await iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'tg' }))
    expect(
      await error(
        iot.send(
          new TagResourceCommand({
            resourceArn: arn('securityprofile/tg'),
            tags: [{ Key: 'aws:x', Value: 'y' }]
          })
        )
      )
    ).toMatchObject({ name: 'InvalidRequestException' })
    expect(
      await error(
        iot.send(
          new TagResourceCommand({
            resourceArn: arn('securityprofile/none'),
            tags: [{ Key: 'a', Value: 'b' }]
          })
        )
      )
    ).toEqual({ name: 'ResourceNotFoundException', status: 404 })
  })
})
