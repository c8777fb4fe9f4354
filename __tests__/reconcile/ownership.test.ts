/**
 * Who owns what: the account-wide audit configuration has one owning file, recorded on a marker thing group;
 * a resource made outside ddac that differs from the file is overwritten only when adoption is asked for.
 * Through the real SDK against the emulator.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  CreateScheduledAuditCommand,
  CreateSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  DescribeThingGroupCommand,
  ListTagsForResourceCommand,
  UpdateAccountAuditConfigurationCommand
} from '@aws-sdk/client-iot'
import { MARKER_GROUP } from '../../src/resources/adapters/audit-configuration.js'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { applyPlan } from '../../src/plan/apply.js'
import { refusals } from '../../src/plan/diff.js'
import { changeLines, renderPlanText } from '../../src/report/plan.js'
import { account, ID, profile, type Account } from './helpers.js'

const OTHER = 'octo/other:device-defender.yml'
const ROLE = 'arn:aws:iam::123456789012:role/audit'

const AUDIT = (checks: string, role = ROLE): string => `version: 1
auditConfiguration:
  roleArn: ${role}
  auditNotificationTargetConfigurations:
    SNS: { targetArn: 'arn:aws:sns:us-east-1:123456789012:audit', roleArn: 'arn:aws:iam::123456789012:role/sns', enabled: true }
  auditCheckConfigurations:
${checks
  .split(',')
  .map((c) => `    ${c.trim()}: { enabled: true }`)
  .join('\n')}
`
const BOTH = AUDIT('DEVICE_CERTIFICATE_SHARED_CHECK, LOGGING_DISABLED_CHECK')
const SHARED_ONLY = AUDIT('DEVICE_CERTIFICATE_SHARED_CHECK')

let a: Account
beforeEach(async () => {
  a = await account()
})
afterEach(async () => a.close())

const input = (
  yaml: string,
  more: { identity?: string; prune?: boolean; adopt?: boolean } = {}
) => ({
  iot: a.iot,
  profile: profile(yaml),
  identity: more.identity ?? ID,
  prune: more.prune ?? false,
  adopt: more.adopt ?? false
})
const writes = (): string[] =>
  a.emu
    .requests({ labels: true })
    .filter((r) => !/^(Describe|List|Get|Validate)/.test(r.operation))
    // The apply lease (a thing group ddac-lock-<region>) is taken and released by every apply.
    .filter((r) => !r.labels?.thingGroupName?.startsWith('ddac-lock-'))
    .map((r) => r.operation)
const auditConfig = () => a.emu.state().data.auditConfiguration!

describe('the audit configuration has one owner', () => {
  test('recorded on a tagged, empty marker thing group; a second file is refused by plan and apply', async () => {
    expect((await applyCommand(input(BOTH))).converged).toBe(true)
    const marker = await a.iot.send(new DescribeThingGroupCommand({ thingGroupName: MARKER_GROUP }))
    const { tags } = await a.iot.send(
      new ListTagsForResourceCommand({ resourceArn: marker.thingGroupArn! })
    )
    expect(tags).toEqual(expect.arrayContaining([{ Key: 'ddac:managed-by', Value: ID }]))
    expect(tags?.map((t) => t.Key).sort()).toEqual(['ddac:applied-hash', 'ddac:managed-by'])

    const before = a.emu.state()
    const second = AUDIT('DEVICE_CERTIFICATE_SHARED_CHECK', 'arn:aws:iam::123456789012:role/theirs')
    const { plan } = await planCommand(input(second, { identity: OTHER }))
    // A refused plan still shows what it would change (issue 7: the reviewer sees the diff).
    expect(plan.changes.map((c) => [c.kind, c.name])).toEqual([['auditConfiguration', 'account']])
    expect(plan.conflicts.map((c) => c.managedBy)).toEqual([ID])
    expect(refusals(plan)).toEqual([
      `audit configuration account is managed by ${ID}, not by ${OTHER} (recorded on the tags of the thing group ddac-audit-configuration; delete the group or its ddac: tags to hand it over)`
    ])
    const out = await applyCommand(input(second, { identity: OTHER, prune: true }))
    expect(out.converged).toBe(false)
    expect(out.refused).toEqual([
      `audit configuration account is managed by ${ID}, not by ${OTHER} (recorded on the tags of the thing group ddac-audit-configuration; delete the group or its ddac: tags to hand it over)`
    ])
    expect(a.emu.state()).toEqual(before)
    // The owner's plan still sees its own configuration, unchanged.
    const own = await planCommand(input(BOTH))
    expect(own.plan.changes).toEqual([])
    expect(own.plan.ownershipUpdates).toEqual([])
  })

  test('a console edit is drift, and apply puts the file back', async () => {
    await applyCommand(input(BOTH))
    await a.iot.send(
      new UpdateAccountAuditConfigurationCommand({
        roleArn: 'arn:aws:iam::123456789012:role/edited-in-the-console'
      })
    )
    const { plan } = await planCommand(input(BOTH))
    expect(plan.changes.map((c) => [c.kind, c.origin, changeLines(c)])).toEqual([
      [
        'auditConfiguration',
        'drift',
        [`~ roleArn: "arn:aws:iam::123456789012:role/edited-in-the-console" → "${ROLE}"`]
      ]
    ])
    expect((await applyCommand(input(BOTH))).converged).toBe(true)
    expect(auditConfig().roleArn).toBe(ROLE)
  })

  test('a disable that fails part-way reports what was written, and the next plan says it stopped part-way', async () => {
    await applyCommand(input(BOTH))
    const next = AUDIT('DEVICE_CERTIFICATE_SHARED_CHECK', 'arn:aws:iam::123456789012:role/audit-v2')
    const { plan } = await planCommand(input(next, { prune: true }))
    expect(refusals(plan)).toEqual([])
    // Between plan and apply someone schedules an audit of the check the plan turns off.
    await a.iot.send(
      new CreateScheduledAuditCommand({
        scheduledAuditName: 'console-daily',
        frequency: 'DAILY',
        targetCheckNames: ['LOGGING_DISABLED_CHECK']
      })
    )
    const result = await applyPlan(a.iot, plan)
    expect(result.failed.map((f) => f.error)).toEqual([
      expect.stringMatching(
        /^disabling LOGGING_DISABLED_CHECK failed: .*scheduled audit console-daily.*; already written: roleArn \(the next plan shows what is left\)$/
      )
    ])
    expect(auditConfig().roleArn).toBe('arn:aws:iam::123456789012:role/audit-v2')
    expect(auditConfig().checks.LOGGING_DISABLED_CHECK?.enabled).toBe(true)
    const after = await planCommand(input(next, { prune: true }))
    expect(after.plan.changes.map((c) => [c.origin, changeLines(c)])).toEqual([
      ['interrupted', ['- auditCheckConfigurations.LOGGING_DISABLED_CHECK: {"enabled":true}']]
    ])
    // And that it would fail again while the scheduled audit runs the check.
    expect(refusals(after.plan)).toEqual([
      expect.stringContaining('the scheduled audit console-daily still runs it')
    ])
  })

  test('a first apply whose ownership tag is denied says the configuration was written', async () => {
    const denied = await account({ deny: ['TagResource'] })
    try {
      const out = await applyCommand({ ...input(SHARED_ONLY), iot: denied.iot })
      expect(out.converged).toBe(false)
      expect(out.result.failed.map((f) => f.error)).toEqual([
        expect.stringMatching(
          /^missing permission: allow iot:TagResource .*; the audit configuration itself was written, its tags were not/
        )
      ])
      expect(denied.emu.state().data.auditConfiguration?.roleArn).toBe(ROLE)
      // The marker was created marked as in progress, so the next plan knows this file started it.
      const { plan } = await planCommand({ ...input(SHARED_ONLY), iot: denied.iot })
      expect(refusals(plan)).toEqual([])
      expect(plan.ownershipUpdates.map((c) => c.kind)).toEqual(['auditConfiguration'])
    } finally {
      await denied.close()
    }
  })

  test('plan foresees a check disable that a scheduled audit it keeps would block; apply sends nothing', async () => {
    await applyCommand(input(BOTH))
    await a.iot.send(
      new CreateScheduledAuditCommand({
        scheduledAuditName: 'console-weekly',
        frequency: 'WEEKLY',
        dayOfWeek: 'MON',
        targetCheckNames: ['LOGGING_DISABLED_CHECK']
      })
    )
    const blocked = [
      'audit configuration account: disabling LOGGING_DISABLED_CHECK would fail: the scheduled audit console-weekly still runs it (AWS refuses); remove it from its targetCheckNames or delete it first'
    ]
    const { plan } = await planCommand(input(SHARED_ONLY, { prune: true }))
    expect(refusals(plan)).toEqual(blocked)
    const sent = writes().length
    const out = await applyCommand(input(SHARED_ONLY, { prune: true }))
    expect(out.refused).toEqual(blocked)
    expect(writes()).toHaveLength(sent)
    expect(auditConfig().checks.LOGGING_DISABLED_CHECK?.enabled).toBe(true)
    // The file's own scheduled audit, dropped with prune, is deleted first: no blocker.
    const own = `${BOTH}scheduledAudits:\n  - { scheduledAuditName: mine, frequency: DAILY, targetCheckNames: [DEVICE_CERTIFICATE_SHARED_CHECK] }\n`
    expect((await applyCommand(input(own))).converged).toBe(true)
    const dropped = await planCommand(
      input(SHARED_ONLY.replace('DEVICE_CERTIFICATE_SHARED_CHECK', 'LOGGING_DISABLED_CHECK'), {
        prune: true
      })
    )
    expect(refusals(dropped.plan)).toEqual([])
  })
})

const HAND_MADE = {
  securityProfileName: 'fleet-watch',
  behaviors: [
    {
      name: 'hand-made',
      metric: 'aws:message-byte-size',
      criteria: { comparisonOperator: 'greater-than', value: { count: 3 } }
    }
  ],
  tags: [{ Key: 'team', Value: 'ops' }]
} as const
const FLEET_WATCH = `version: 1
securityProfiles:
  - securityProfileName: fleet-watch
    behaviors:
      - { name: big, metric: aws:message-byte-size, criteria: { comparisonOperator: greater-than, value: { count: 512 } } }
    tags: [{ Key: team, Value: ops }]
`

describe('adoption does not overwrite', () => {
  beforeEach(async () => {
    await a.iot.send(
      new CreateSecurityProfileCommand({
        ...HAND_MADE,
        behaviors: [...HAND_MADE.behaviors],
        tags: [...HAND_MADE.tags]
      })
    )
  })

  test('a hand-made profile that differs: plan shows the difference, apply refuses and changes nothing', async () => {
    const { plan } = await planCommand(input(FLEET_WATCH))
    expect(plan.changes.map((c) => [c.name, c.origin, changeLines(c)])).toEqual([
      [
        'fleet-watch',
        'adopts',
        [
          '- behaviors[hand-made]: {"metric":"aws:message-byte-size","criteria":{"comparisonOperator":"greater-than","value":{"count":3},"consecutiveDatapointsToAlarm":1,"consecutiveDatapointsToClear":1},"suppressAlerts":false,"exportMetric":false}',
          '+ behaviors[big]: {"metric":"aws:message-byte-size","criteria":{"comparisonOperator":"greater-than","value":{"count":512},"consecutiveDatapointsToAlarm":1,"consecutiveDatapointsToClear":1},"suppressAlerts":false,"exportMetric":false}'
        ]
      ]
    ])
    const refused = [
      'security profile fleet-watch: exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)'
    ]
    expect(refusals(plan)).toEqual(refused)
    expect(renderPlanText(plan)).toContain(
      '~ update security profile fleet-watch  (adopts (differs): made outside ddac, overwritten only with adopt)'
    )
    const before = a.emu.state()
    const out = await applyCommand(input(FLEET_WATCH))
    expect(out.converged).toBe(false)
    expect(out.refused).toEqual(refused)
    expect(a.emu.state()).toEqual(before)
  })

  test('with adopt, apply overwrites it and tags it; the next plan, without adopt, is empty', async () => {
    const out = await applyCommand(input(FLEET_WATCH, { adopt: true }))
    expect(out.plan.changes[0]!.warnings).toEqual([
      "adopts the existing security profile and overwrites it with the file's state: from now on this file manages it"
    ])
    expect(out.converged).toBe(true)
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'fleet-watch' })
    )
    expect(d.behaviors?.map((b) => b.name)).toEqual(['big'])
    const { tags } = await a.iot.send(
      new ListTagsForResourceCommand({ resourceArn: d.securityProfileArn! })
    )
    expect(tags).toEqual(expect.arrayContaining([{ Key: 'ddac:managed-by', Value: ID }]))
    const again = await planCommand(input(FLEET_WATCH))
    expect(again.plan.changes).toEqual([])
    expect(again.plan.ownershipUpdates).toEqual([])
  })

  test('one that matches is adopted tag-only, without adopt', async () => {
    const matching = FLEET_WATCH.replace(
      '{ name: big, metric: aws:message-byte-size, criteria: { comparisonOperator: greater-than, value: { count: 512 } } }',
      '{ name: hand-made, metric: aws:message-byte-size, criteria: { comparisonOperator: greater-than, value: { count: 3 } } }'
    )
    const { plan } = await planCommand(input(matching))
    expect(plan.changes).toEqual([])
    expect(plan.ownershipUpdates.map((c) => c.name)).toEqual(['fleet-watch'])
    const out = await applyCommand(input(matching))
    expect(out.converged).toBe(true)
    expect(writes().filter((w) => w !== 'TagResource' && w !== 'CreateSecurityProfile')).toEqual([])
  })

  test('a hand-configured audit configuration is refused too; one never configured needs no adopt', async () => {
    await a.iot.send(
      new UpdateAccountAuditConfigurationCommand({
        roleArn: 'arn:aws:iam::123456789012:role/by-hand',
        auditCheckConfigurations: { DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true } }
      })
    )
    const { plan } = await planCommand(input(SHARED_ONLY))
    expect(refusals(plan)).toEqual([
      'audit configuration account: exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)'
    ])
    expect((await applyCommand(input(SHARED_ONLY, { adopt: true }))).converged).toBe(true)
    const fresh = await account()
    try {
      const first = await planCommand({ ...input(SHARED_ONLY), iot: fresh.iot })
      expect(refusals(first.plan)).toEqual([])
    } finally {
      await fresh.close()
    }
  })
})
