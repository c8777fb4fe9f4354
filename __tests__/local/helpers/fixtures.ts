/**
 * An account with one of everything, built through the real SDK, and a valid input for every operation:
 * the smallest input the model allows, with the names of existing resources where an operation needs them.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { startEmulator } from '../../../src/local/emulator.js'
import type { AccountSnapshot } from '../../../src/local/store/store.js'
import { iotModel } from '../../../src/model/iot-model.js'
import { makeDeviceKey } from '../../../src/simulate/keys.js'
import { iotClient, sendOperation } from './clients.js'
import { sample, type Obj } from './model-inputs.js'

export const ROLE = 'arn:aws:iam::123456789012:role/ddac-test'
export const CHECK = 'DEVICE_CERTIFICATE_SHARED_CHECK'
export const POLICY_DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iot:Connect', Resource: '*' }]
})

export interface Base {
  snapshot: AccountSnapshot
  arn: (resource: string) => string
  /** attached to thing `t1` and policy `pol1`, INACTIVE */
  certA: string
  /** detached, INACTIVE */
  certB: string
  auditTaskId: string
  /** a PKCS#10 request made in memory, for CreateCertificateFromCsr */
  csrPem: string
}

/** Build the base account once; tests start emulators from its snapshot. */
export async function buildBase(): Promise<Base> {
  const emu = await startEmulator()
  const iot: IoTClient = iotClient(emu)
  const send = (op: string, input: object): Promise<Obj> => sendOperation(iot, op, input)
  const arn = (resource: string): string => `arn:aws:iot:${emu.region}:${emu.account}:${resource}`
  try {
    await send('CreateCustomMetric', { metricName: 'm1', metricType: 'number' })
    await send('CreateDimension', { name: 'd1', type: 'TOPIC_FILTER', stringValues: ['t/#'] })
    await send('CreateSecurityProfile', {
      securityProfileName: 'sp1',
      behaviors: [
        {
          name: 'ml',
          metric: 'aws:num-messages-sent',
          criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } }
        }
      ]
    })
    await send('CreateThingGroup', { thingGroupName: 'g1' })
    await send('CreateThingGroup', { thingGroupName: 'g2' })
    await send('AttachSecurityProfile', {
      securityProfileName: 'sp1',
      securityProfileTargetArn: arn('thinggroup/g1')
    })
    await send('CreateThing', { thingName: 't1' })
    await send('CreateThing', { thingName: 't2' })
    await send('AddThingToThingGroup', { thingGroupName: 'g1', thingName: 't1' })
    const certA = (await send('CreateKeysAndCertificate', {})).certificateId as string
    const certB = (await send('CreateKeysAndCertificate', {})).certificateId as string
    await send('AttachThingPrincipal', { thingName: 't1', principal: arn(`cert/${certA}`) })
    await send('CreatePolicy', { policyName: 'pol1', policyDocument: POLICY_DOCUMENT })
    await send('CreatePolicy', { policyName: 'pol2', policyDocument: POLICY_DOCUMENT })
    await send('AttachPolicy', { policyName: 'pol1', target: arn(`cert/${certA}`) })
    await send('CreateMitigationAction', {
      actionName: 'ma1',
      roleArn: ROLE,
      actionParams: { enableIoTLoggingParams: { roleArnForLogging: ROLE, logLevel: 'ERROR' } }
    })
    await send('UpdateAccountAuditConfiguration', {
      roleArn: ROLE,
      auditCheckConfigurations: { [CHECK]: { enabled: true } }
    })
    await send('CreateScheduledAudit', {
      scheduledAuditName: 'sa1',
      frequency: 'DAILY',
      targetCheckNames: [CHECK]
    })
    const auditTaskId = (await send('StartOnDemandAuditTask', { targetCheckNames: [CHECK] }))
      .taskId as string
    await send('StartDetectMitigationActionsTask', {
      taskId: 'task1',
      target: { securityProfileName: 'sp1' },
      actions: ['ma1']
    })
    const snapshot = emu.state()
    // No Detect engine yet: seed the one violation PutVerificationStateOnViolation needs.
    snapshot.data.violations['v1'] = {
      violationId: 'v1',
      thingName: 't1',
      securityProfileName: 'sp1',
      behavior: { name: 'ml', metric: 'aws:num-messages-sent' },
      violationStartTime: Date.now(),
      active: true
    }
    // No audit engine here: seed a task still in progress for CancelAuditTask.
    snapshot.data.auditTasks['running1'] = {
      taskId: 'running1',
      taskType: 'ON_DEMAND_AUDIT_TASK',
      taskStatus: 'IN_PROGRESS',
      taskStartTime: Date.now(),
      checks: {
        [CHECK]: {
          checkRunStatus: 'IN_PROGRESS',
          totalResourcesCount: 0,
          nonCompliantResourcesCount: 0
        }
      }
    }
    const csrPem = (await makeDeviceKey('fixture-thing')).csrPem
    return { snapshot, arn, certA, certB, auditTaskId, csrPem }
  } finally {
    await emu.stop()
  }
}

/** Operations whose smallest input names resources that do not exist, or misses a rule the model lacks. */
function overrides(base: Base): Record<string, Obj> {
  const { arn, certA, certB } = base
  return {
    UpdateSecurityProfile: { securityProfileName: 'sp1', expectedVersion: 1 },
    DescribeSecurityProfile: { securityProfileName: 'sp1' },
    DeleteSecurityProfile: { securityProfileName: 'sp1', expectedVersion: 1 },
    ListSecurityProfilesForTarget: { securityProfileTargetArn: arn('thinggroup/g1') },
    AttachSecurityProfile: {
      securityProfileName: 'sp1',
      securityProfileTargetArn: arn('all/registered-things')
    },
    DetachSecurityProfile: {
      securityProfileName: 'sp1',
      securityProfileTargetArn: arn('thinggroup/g1')
    },
    ListTargetsForSecurityProfile: { securityProfileName: 'sp1' },
    ValidateSecurityProfileBehaviors: { behaviors: [{ name: 'b', metric: 'm1' }] },
    PutVerificationStateOnViolation: { violationId: 'v1' },
    CreateMitigationAction: {
      roleArn: ROLE,
      actionParams: {
        publishFindingToSnsParams: { topicArn: 'arn:aws:sns:us-east-1:123456789012:t' }
      }
    },
    DescribeMitigationAction: { actionName: 'ma1' },
    UpdateMitigationAction: { actionName: 'ma1', roleArn: ROLE },
    DeleteMitigationAction: { actionName: 'ma1' },
    StartDetectMitigationActionsTask: { target: { securityProfileName: 'sp1' }, actions: ['ma1'] },
    DescribeDetectMitigationActionsTask: { taskId: 'task1' },
    StartOnDemandAuditTask: { targetCheckNames: [CHECK] },
    DescribeAuditTask: { taskId: base.auditTaskId },
    CancelAuditTask: { taskId: 'running1' },
    ListAuditFindings: { taskId: base.auditTaskId },
    CreateScheduledAudit: { targetCheckNames: [CHECK] },
    UpdateScheduledAudit: { scheduledAuditName: 'sa1' },
    DescribeScheduledAudit: { scheduledAuditName: 'sa1' },
    DeleteScheduledAudit: { scheduledAuditName: 'sa1' },
    DescribeCustomMetric: { metricName: 'm1' },
    UpdateCustomMetric: { metricName: 'm1' },
    DeleteCustomMetric: { metricName: 'm1' },
    DescribeDimension: { name: 'd1' },
    UpdateDimension: { name: 'd1' },
    DeleteDimension: { name: 'd1' },
    TagResource: { resourceArn: arn('securityprofile/sp1'), tags: [{ Key: 'team', Value: 'iot' }] },
    UntagResource: { resourceArn: arn('securityprofile/sp1'), tagKeys: ['team'] },
    ListTagsForResource: { resourceArn: arn('securityprofile/sp1') },
    DescribeThing: { thingName: 't1' },
    DeleteThing: { thingName: 't2', expectedVersion: 1 },
    DescribeThingGroup: { thingGroupName: 'g1' },
    DeleteThingGroup: { thingGroupName: 'g2', expectedVersion: 1 },
    UpdateThingGroup: { thingGroupName: 'g1', expectedVersion: 1 },
    AddThingToThingGroup: { thingGroupName: 'g2', thingName: 't1' },
    RemoveThingFromThingGroup: { thingGroupName: 'g1', thingName: 't1' },
    ListThingsInThingGroup: { thingGroupName: 'g1' },
    ListThingGroupsForThing: { thingName: 't1' },
    CreateCertificateFromCsr: { certificateSigningRequest: base.csrPem },
    UpdateCertificate: { certificateId: certA },
    DescribeCertificate: { certificateId: certA },
    DeleteCertificate: { certificateId: certB },
    AttachThingPrincipal: { thingName: 't2', principal: arn(`cert/${certB}`) },
    DetachThingPrincipal: { thingName: 't1', principal: arn(`cert/${certA}`) },
    ListThingPrincipals: { thingName: 't1' },
    ListPrincipalThings: { principal: arn(`cert/${certA}`) },
    CreatePolicy: { policyDocument: POLICY_DOCUMENT },
    GetPolicy: { policyName: 'pol1' },
    DeletePolicy: { policyName: 'pol2' },
    AttachPolicy: { policyName: 'pol2', target: arn(`cert/${certB}`) },
    DetachPolicy: { policyName: 'pol1', target: arn(`cert/${certA}`) },
    ListTargetsForPolicy: { policyName: 'pol1' },
    ListAttachedPolicies: { target: arn(`cert/${certA}`) }
  }
}

/** A valid input for an operation against the base account (SDK form: timestamps as Date). */
export function validInput(operation: string, base: Base): Obj {
  const spec = iotModel.operations[operation]!
  return { ...(sample(spec.input) as Obj), ...overrides(base)[operation] }
}

export const overriddenOperations = (base: Base): string[] => Object.keys(overrides(base))
