/** plan and apply through the real SDK against the emulator: what a reviewer sees and what lands. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListTagsForResourceCommand,
  ListTargetsForSecurityProfileCommand,
  UpdateSecurityProfileCommand,
  CreateThingGroupCommand,
  AttachSecurityProfileCommand
} from '@aws-sdk/client-iot'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { applyPlan } from '../../src/plan/apply.js'
import { changeLines, planCounts } from '../../src/report/plan.js'
import { account, example, ID, profile, type Account } from './helpers.js'

const ML = (confidence: string, suppress: boolean, targets = '[anom_group]'): string => `
version: 1
securityProfiles:
  - securityProfileName: ML_Detect_profile
    targets: ${targets}
    behaviors:
      - name: num-messages-sent-ml-behavior
        metric: aws:num-messages-sent
        criteria: { mlDetectionConfig: { confidenceLevel: ${confidence} } }
        suppressAlerts: ${suppress}
      - name: num-disconnects-ml-behavior
        metric: aws:num-disconnects
        criteria: { mlDetectionConfig: { confidenceLevel: MEDIUM } }
        suppressAlerts: true
    tags: [{ Key: team, Value: iot }]
`

let a: Account
beforeEach(async () => {
  a = await account()
})
afterEach(async () => a.close())

const arn = (name: string): string =>
  `arn:aws:iot:${a.emu.region}:${a.emu.account}:securityprofile/${name}`
const input = (yaml: string, prune = false) => ({
  iot: a.iot,
  profile: profile(yaml),
  identity: ID,
  prune
})

describe('apply', () => {
  test('creates everything from an empty account, proves it, and a second plan is empty', async () => {
    const file = example('device-defender.yml')
    const out = await applyCommand({ iot: a.iot, profile: file, identity: ID, prune: false })
    expect(out.result.failed).toEqual([])
    expect(out.converged).toBe(true)
    // The audit configuration always exists in an account, so it is updated, never created.
    expect(planCounts(out.plan)).toMatchObject({ create: 5, update: 1, delete: 0 })
    const state = a.emu.state()
    expect(Object.keys(state.data.securityProfiles).sort()).toEqual([
      'ML_Detect_profile',
      'Rules_flood_profile'
    ])
    const again = await planCommand({ iot: a.iot, profile: file, identity: ID, prune: true })
    expect(again.plan.changes).toEqual([])
    expect(again.plan.ownershipUpdates).toEqual([])
    // What it created carries the file's identity.
    const tags = await a.iot.send(
      new ListTagsForResourceCommand({ resourceArn: arn('ML_Detect_profile') })
    )
    expect(tags.tags).toEqual(
      expect.arrayContaining([
        { Key: 'ddac:managed-by', Value: ID },
        { Key: 'team', Value: 'iot-security' }
      ])
    )
  })

  test("the seed's update sample applies as a field-level update, with expectedVersion", async () => {
    await applyCommand(input(ML('MEDIUM', true)))
    const { plan } = await planCommand(input(ML('HIGH', false)))
    expect(plan.changes).toHaveLength(1)
    expect(changeLines(plan.changes[0]!)).toEqual([
      '~ behaviors[num-messages-sent-ml-behavior].criteria.mlDetectionConfig.confidenceLevel: "MEDIUM" → "HIGH"',
      '~ behaviors[num-messages-sent-ml-behavior].suppressAlerts: true → false'
    ])
    expect(plan.changes[0]!.actual?.version).toBe(1)
    const out = await applyCommand(input(ML('HIGH', false)))
    expect(out.converged).toBe(true)
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(d.version).toBe(2)
    expect(d.behaviors?.[0]).toMatchObject({
      criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } },
      suppressAlerts: false
    })
  })

  test('targets are attached and detached through their own API', async () => {
    await a.iot.send(new CreateThingGroupCommand({ thingGroupName: 'fleet' }))
    await applyCommand(input(ML('MEDIUM', true, '[anom_group, all/registered-things]')))
    const { plan } = await planCommand(input(ML('MEDIUM', true, '[fleet]')))
    expect(plan.changes.map((c) => changeLines(c))).toEqual([
      [
        '+ target thinggroup/fleet',
        '- target all/registered-things',
        '- target thinggroup/anom_group'
      ]
    ])
    expect((await applyCommand(input(ML('MEDIUM', true, '[fleet]')))).converged).toBe(true)
    const t = await a.iot.send(
      new ListTargetsForSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(t.securityProfileTargets?.map((x) => x.arn)).toEqual([
      `arn:aws:iot:${a.emu.region}:${a.emu.account}:thinggroup/fleet`
    ])
    // The group ddac created for the first target stays: groups are never deleted by ddac.
    expect(Object.keys(a.emu.state().data.thingGroups).sort()).toEqual(['anom_group', 'fleet'])
  })

  test('a tag change is applied with TagResource/UntagResource', async () => {
    await applyCommand(input(ML('MEDIUM', true)))
    const next = ML('MEDIUM', true).replace(
      '[{ Key: team, Value: iot }]',
      '[{ Key: team, Value: security }, { Key: tier, Value: gold }]'
    )
    const { plan } = await planCommand(input(next))
    expect(changeLines(plan.changes[0]!)).toEqual(['~ tag team: iot → security', '+ tag tier=gold'])
    expect((await applyCommand(input(next))).converged).toBe(true)
    const tags = (
      await a.iot.send(new ListTagsForResourceCommand({ resourceArn: arn('ML_Detect_profile') }))
    ).tags
    expect(tags).toEqual(
      expect.arrayContaining([
        { Key: 'team', Value: 'security' },
        { Key: 'tier', Value: 'gold' }
      ])
    )
  })

  test('prune deletes a managed resource that left the file and never touches an unmanaged one', async () => {
    const two = `${ML('MEDIUM', true)}customMetrics:\n  - { metricName: battery, metricType: number }\n  - { metricName: temperature, metricType: number }\n`
    await applyCommand(input(two))
    await a.iot.send(
      new CreateSecurityProfileCommand({ securityProfileName: 'console-made', behaviors: [] })
    )
    const before = a.emu.state().data.securityProfiles['console-made']
    const one = `${ML('MEDIUM', true)}customMetrics:\n  - { metricName: battery, metricType: number }\n`
    const kept = await planCommand(input(one))
    expect(kept.plan.changes).toEqual([])
    expect(kept.plan.orphans).toEqual([{ kind: 'customMetric', name: 'temperature' }])
    expect(kept.plan.unmanaged).toEqual([{ kind: 'securityProfile', name: 'console-made' }])
    const out = await applyCommand(input(one, true))
    expect(out.plan.changes.map((c) => `${c.action} ${c.name}`)).toEqual(['delete temperature'])
    expect(out.converged).toBe(true)
    const after = a.emu.state()
    expect(Object.keys(after.data.customMetrics)).toEqual(['battery'])
    expect(after.data.securityProfiles['console-made']).toEqual(before)
  })

  test('removing a list from the file clears it with its delete flag', async () => {
    const withAlerts = `${ML('MEDIUM', true)}    alertTargets:
      SNS:
        alertTargetArn: arn:aws:sns:us-east-1:123456789012:alerts
        roleArn: arn:aws:iam::123456789012:role/sns
    additionalMetricsToRetainV2: [{ metric: aws:num-connection-attempts }]
`
    await applyCommand(input(withAlerts))
    let d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(d.alertTargets?.SNS?.alertTargetArn).toBe('arn:aws:sns:us-east-1:123456789012:alerts')
    const { plan } = await planCommand(input(ML('MEDIUM', true)))
    expect(changeLines(plan.changes[0]!)).toEqual([
      '- alertTargets: {"SNS":{"alertTargetArn":"arn:aws:sns:us-east-1:123456789012:alerts","roleArn":"arn:aws:iam::123456789012:role/sns"}}',
      '- additionalMetricsToRetainV2[aws:num-connection-attempts]: {"metric":"aws:num-connection-attempts","exportMetric":false}'
    ])
    expect((await applyCommand(input(ML('MEDIUM', true)))).converged).toBe(true)
    d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(d.alertTargets ?? {}).toEqual({})
    expect(d.additionalMetricsToRetainV2 ?? []).toEqual([])
    expect(d.behaviors).toHaveLength(2)
  })

  test('a notification target or audit check the file drops is turned off, and apply converges', async () => {
    const audit = (extra: string): string => `version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/audit
  auditCheckConfigurations:
    DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true }
${extra}`
    const full = audit(`    LOGGING_DISABLED_CHECK: { enabled: true }
  auditNotificationTargetConfigurations:
    SNS: { targetArn: 'arn:aws:sns:us-east-1:123456789012:audit', roleArn: 'arn:aws:iam::123456789012:role/sns', enabled: true }
`)
    expect((await applyCommand(input(full))).converged).toBe(true)
    const out = await applyCommand(input(audit(''), true))
    expect(out.converged).toBe(true)
    expect(out.plan.changes[0]!.warnings).toEqual([
      expect.stringContaining('disables LOGGING_DISABLED_CHECK')
    ])
    const cfg = a.emu.state().data.auditConfiguration!
    expect(cfg.notificationTargets.SNS?.enabled).toBe(false)
    expect(cfg.checks.LOGGING_DISABLED_CHECK?.enabled).toBe(false)
  })

  test('a check goes off only after the scheduled audit that ran it is gone; if that fails, the check stays on', async () => {
    const withAudit = `version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/audit
  auditCheckConfigurations:
    DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true }
    LOGGING_DISABLED_CHECK: { enabled: true }
scheduledAudits:
  - { scheduledAuditName: daily-logging, frequency: DAILY, targetCheckNames: [LOGGING_DISABLED_CHECK] }
`
    const without = `version: 1
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/audit
  auditCheckConfigurations:
    DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true }
`
    expect((await applyCommand(input(withAudit))).converged).toBe(true)
    const snapshot = a.emu.state()
    // AWS refuses to disable a check a scheduled audit runs, so the delete must come first.
    const out = await applyCommand(input(without, true))
    expect(out.result.failed).toEqual([])
    expect(out.converged).toBe(true)
    expect(a.emu.state().data.auditConfiguration!.checks.LOGGING_DISABLED_CHECK?.enabled).toBe(
      false
    )

    // The same change where deleting the scheduled audit is denied: the check is left on, and it says so.
    const denied = await account({ initialState: snapshot, deny: ['DeleteScheduledAudit'] })
    try {
      const half = await applyCommand({ ...input(without, true), iot: denied.iot })
      expect(half.converged).toBe(false)
      expect(half.result.failed.map((f) => f.change.name)).toEqual(['daily-logging'])
      expect(half.result.unfinished.map((c) => c.kind)).toEqual(['auditConfiguration'])
      expect(
        denied.emu.state().data.auditConfiguration!.checks.LOGGING_DISABLED_CHECK?.enabled
      ).toBe(true)
      expect(
        denied.emu
          .requests()
          .filter((r) => r.operation === 'UpdateAccountAuditConfiguration' && r.status !== 200)
      ).toEqual([])
    } finally {
      await denied.close()
    }
  })

  test('the deprecated additionalMetricsToRetain is applied as additionalMetricsToRetainV2', async () => {
    const v1 = `${ML('MEDIUM', true)}    additionalMetricsToRetain: [aws:num-connection-attempts]\n`
    expect((await applyCommand(input(v1))).converged).toBe(true)
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(d.additionalMetricsToRetainV2).toEqual([{ metric: 'aws:num-connection-attempts' }])
  })

  test('a quota the account already uses up fails fast with the quota named, not retried', async () => {
    await a.iot.send(new CreateThingGroupCommand({ thingGroupName: 'anom_group' }))
    const group = `arn:aws:iot:${a.emu.region}:${a.emu.account}:thinggroup/anom_group`
    for (let i = 0; i < 5; i++) {
      await a.iot.send(new CreateSecurityProfileCommand({ securityProfileName: `other-${i}` }))
      await a.iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: `other-${i}`,
          securityProfileTargetArn: group
        })
      )
    }
    const out = await applyCommand(input(ML('MEDIUM', true)))
    expect(out.converged).toBe(false)
    expect(out.result.failed.map((f) => f.error)).toEqual([
      expect.stringMatching(
        /an AWS quota was reached by iot:AttachSecurityProfile: .*5 security profiles per target/
      )
    ])
    const attempts = a.emu
      .requests()
      .filter(
        (r) => r.operation === 'AttachSecurityProfile' && r.error === 'LimitExceededException'
      )
    expect(attempts).toHaveLength(1)
  })

  test('prune deletes a profile before the custom metric and dimension it used (AWS refuses the reverse)', async () => {
    const using = `version: 1
customMetrics: [{ metricName: battery, metricType: number }]
dimensions: [{ name: Telemetry, type: TOPIC_FILTER, stringValues: ['telemetry/#'] }]
securityProfiles:
  - securityProfileName: battery-watch
    behaviors:
      - { name: low, metric: battery, criteria: { comparisonOperator: less-than, value: { number: 10 } } }
      - name: big
        metric: aws:message-byte-size
        metricDimension: { dimensionName: Telemetry }
        criteria: { comparisonOperator: greater-than, value: { count: 512 } }
`
    expect((await applyCommand(input(using))).converged).toBe(true)
    const { plan } = await planCommand(input('version: 1\n', true))
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual([
      'delete securityProfile battery-watch',
      'delete dimension Telemetry',
      'delete customMetric battery'
    ])
    // Apply follows the dependencies, not the list: reversed, it must still delete the profile first.
    plan.changes.reverse()
    const result = await applyPlan(a.iot, plan)
    expect(result.failed).toEqual([])
    expect(result.applied.map((c) => c.kind)[0]).toBe('securityProfile')
    expect(result.applied).toHaveLength(3)
    const state = a.emu.state().data
    expect([
      ...Object.keys(state.securityProfiles),
      ...Object.keys(state.customMetrics),
      ...Object.keys(state.dimensions)
    ]).toEqual([])
  })

  test('a file never takes over what another file manages: apply refuses and changes nothing', async () => {
    await applyCommand(input(ML('MEDIUM', true)))
    const before = a.emu.state()
    const other = await applyCommand({ ...input(ML('HIGH', true)), identity: 'octo/other:dd.yml' })
    expect(other.converged).toBe(false)
    expect(other.refused).toEqual([
      `security profile ML_Detect_profile is managed by ${ID}, not by octo/other:dd.yml`
    ])
    expect(a.emu.state()).toEqual(before)
  })

  test('a console edit between plan and apply is a version conflict: reported, and the edit is kept', async () => {
    await applyCommand(input(ML('MEDIUM', true)))
    const { plan } = await planCommand(input(ML('HIGH', true)))
    // Someone edits the profile in the console meanwhile.
    await a.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'ML_Detect_profile',
        securityProfileDescription: 'edited in the console'
      })
    )
    const result = await applyPlan(a.iot, plan)
    expect(result.applied).toEqual([])
    expect(result.failed).toHaveLength(1)
    expect(result.failed[0]!.error).toMatch(
      /the resource changed since ddac read it .* nothing was overwritten\. Run plan again/
    )
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'ML_Detect_profile' })
    )
    expect(d.securityProfileDescription).toBe('edited in the console')
    expect(d.behaviors?.[0]?.criteria?.mlDetectionConfig?.confidenceLevel).toBe('MEDIUM')
    // The next plan shows the edit as drift, and apply converges.
    const next = await planCommand(input(ML('HIGH', true)))
    expect(next.plan.changes[0]!.origin).toBe('both')
    expect((await applyCommand(input(ML('HIGH', true)))).converged).toBe(true)
  })
})
