/** import writes a file from what the account has; that file validates and plans to zero changes. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  AttachSecurityProfileCommand,
  CreateCustomMetricCommand,
  CreateDimensionCommand,
  CreateMitigationActionCommand,
  CreateScheduledAuditCommand,
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  UpdateAccountAuditConfigurationCommand
} from '@aws-sdk/client-iot'
import { importCommand, parseSelection, renderProfileYaml } from '../../src/commands/import.js'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { validateText } from '../../src/config/validate.js'
import { account, ID, type Account } from './helpers.js'

let a: Account
beforeAll(async () => {
  a = await account()
  const send = a.iot.send.bind(a.iot) as (c: unknown) => Promise<unknown>
  // An account configured by hand in the console, before ddac.
  await send(new CreateThingGroupCommand({ thingGroupName: 'sensors' }))
  await send(
    new CreateCustomMetricCommand({
      metricName: 'battery',
      metricType: 'number',
      displayName: 'Battery %'
    })
  )
  await send(
    new CreateDimensionCommand({
      name: 'Telemetry',
      type: 'TOPIC_FILTER',
      stringValues: ['telemetry/#']
    })
  )
  await send(
    new CreateSecurityProfileCommand({
      securityProfileName: 'sensors-profile',
      securityProfileDescription: 'made in the console',
      behaviors: [
        {
          name: 'ml-sent',
          metric: 'aws:num-messages-sent',
          criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } }
        },
        {
          name: 'telemetry-size',
          metric: 'aws:message-byte-size',
          metricDimension: { dimensionName: 'Telemetry' },
          criteria: { comparisonOperator: 'greater-than', value: { count: 512 } }
        },
        {
          name: 'battery-low',
          metric: 'battery',
          criteria: { comparisonOperator: 'less-than', value: { number: 10 } }
        }
      ],
      tags: [{ Key: 'owner', Value: 'ops' }]
    })
  )
  await send(
    new AttachSecurityProfileCommand({
      securityProfileName: 'sensors-profile',
      securityProfileTargetArn: `arn:aws:iot:${a.emu.region}:${a.emu.account}:thinggroup/sensors`
    })
  )
  await send(
    new CreateMitigationActionCommand({
      actionName: 'deactivate-cert',
      roleArn: 'arn:aws:iam::123456789012:role/mitigation',
      actionParams: { updateDeviceCertificateParams: { action: 'DEACTIVATE' } }
    })
  )
  await send(
    new UpdateAccountAuditConfigurationCommand({
      roleArn: 'arn:aws:iam::123456789012:role/audit',
      auditCheckConfigurations: {
        DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true },
        LOGGING_DISABLED_CHECK: { enabled: true }
      }
    })
  )
  await send(
    new CreateScheduledAuditCommand({
      scheduledAuditName: 'daily',
      frequency: 'DAILY',
      targetCheckNames: ['DEVICE_CERTIFICATE_SHARED_CHECK']
    })
  )
})
afterAll(async () => a.close())

describe('import', () => {
  test('writes a valid profile file that plans to zero changes, then apply adopts what it names', async () => {
    const file = await importCommand({ iot: a.iot })
    const yaml = renderProfileYaml(file, 'the emulator')
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=/)
    const validated = validateText('imported.yml', yaml)
    expect(validated.problems).toEqual([])
    expect(file.securityProfiles?.[0]).toMatchObject({
      securityProfileName: 'sensors-profile',
      targets: ['sensors'],
      tags: [{ Key: 'owner', Value: 'ops' }]
    })
    expect(file.auditConfiguration?.auditCheckConfigurations).toEqual({
      DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true },
      LOGGING_DISABLED_CHECK: { enabled: true }
    })

    const before = a.emu.state()
    const { plan } = await planCommand({
      iot: a.iot,
      profile: validated.profile!,
      identity: ID,
      prune: true
    })
    expect(plan.changes).toEqual([])
    expect(plan.unmanaged).toEqual([])
    // Nothing was written by planning.
    expect(a.emu.state()).toEqual(before)
    // Apply only records ownership (the audit configuration's on its marker group); afterwards even that is done.
    expect(plan.ownershipUpdates.map((c) => c.name).sort()).toEqual(
      ['account', 'battery', 'daily', 'deactivate-cert', 'Telemetry', 'sensors-profile'].sort()
    )
    const applied = await applyCommand({
      iot: a.iot,
      profile: validated.profile!,
      identity: ID,
      prune: true
    })
    expect(applied.converged).toBe(true)
    const after = await planCommand({
      iot: a.iot,
      profile: validated.profile!,
      identity: ID,
      prune: true
    })
    expect(after.plan.ownershipUpdates).toEqual([])
    // Now they are this file's: a second import carries its identity, so it plans as this file anywhere.
    const again = await importCommand({ iot: a.iot })
    expect(again.identity).toBe(ID)
    expect(validateText('x.yml', renderProfileYaml(again, 'the emulator')).problems).toEqual([])
  })

  test('imports only the kinds and names asked for', async () => {
    const file = await importCommand({
      iot: a.iot,
      ...parseSelection('customMetric, dimension/Telemetry')
    })
    expect(Object.keys(file).sort()).toEqual(['customMetrics', 'dimensions', 'identity', 'version'])
    expect(file.dimensions?.map((d) => d.name)).toEqual(['Telemetry'])
    expect(() => parseSelection('securityProfile, thing')).toThrow(
      '"thing" is not a kind ddac imports'
    )
  })
})
