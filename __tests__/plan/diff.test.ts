import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { adapterFor } from '../../src/resources/adapters/index.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import { desiredState } from '../../src/plan/desired.js'
import { diff, stateHash } from '../../src/plan/diff.js'
import type { ActualResource, ActualState, DesiredState } from '../../src/resources/types.js'
import {
  changeLines,
  planCounts,
  renderPlanMarkdown,
  renderPlanText
} from '../../src/report/plan.js'

const ID = 'octo/repo:device-defender.yml'
const demo = parse(readFileSync('examples/device-defender.yml', 'utf8')) as ProfileFile

/** The account as ddac leaves it after applying `desired` (ownership tags recorded). */
function applied(desired: DesiredState, identity = ID): ActualState {
  return {
    resources: desired.resources.map((r): ActualResource => ({
      ...structuredClone(r),
      arn: `arn:aws:iot:us-east-1:123456789012:${r.kind}/${r.name}`,
      version: 1,
      ownership: {
        managedBy: identity,
        appliedHash: stateHash(adapterFor(r.kind).comparable(r.spec), r)
      }
    }))
  }
}

function withProfile(
  state: ActualState,
  name: string,
  edit: (r: ActualResource) => void
): ActualState {
  const copy = structuredClone(state)
  edit(copy.resources.find((r) => r.kind === 'securityProfile' && r.name === name)!)
  return copy
}

describe('diff', () => {
  test('from an empty account everything is created, dependencies first', () => {
    const plan = diff(desiredState(demo, ID), { resources: [] }, { prune: false })
    expect(planCounts(plan)).toMatchObject({ create: 6, update: 0, delete: 0 })
    expect(plan.changes.map((c) => c.kind)).toEqual([
      'thingGroup',
      'mitigationAction',
      'securityProfile',
      'securityProfile',
      'auditConfiguration',
      'scheduledAudit'
    ])
    const ml = plan.changes.find((c) => c.name === 'ML_Detect_profile')!
    expect(ml.targets.attach).toEqual(['thinggroup/anom_group'])
    expect(changeLines(ml)).toContain(
      '+ behaviors[num-messages-sent-ml-behavior]: {"metric":"aws:num-messages-sent","criteria":{"mlDetectionConfig":{"confidenceLevel":"HIGH"},"consecutiveDatapointsToAlarm":1,"consecutiveDatapointsToClear":1},"suppressAlerts":false,"exportMetric":false}'
    )
  })

  test('an applied file plans to zero changes', () => {
    const desired = desiredState(demo, ID)
    const plan = diff(desired, applied(desired), { prune: true })
    expect(plan.changes).toEqual([])
    expect(plan.unchanged).toBe(desired.resources.length)
    expect(renderPlanText(plan)).toContain('Plan: no changes: the account matches the file')
  })

  test('what AWS fills in or reorders is not a change', () => {
    const desired = desiredState(demo, ID)
    const actual = withProfile(applied(desired), 'Rules_flood_profile', (r) => {
      const behaviors = r.spec.behaviors as {
        criteria?: Record<string, unknown>
        suppressAlerts?: boolean
      }[]
      behaviors.reverse()
      for (const b of behaviors) b.suppressAlerts ??= false
      r.spec.additionalMetricsToRetainV2 = [
        { metric: 'aws:num-connection-attempts', exportMetric: false }
      ]
      r.spec.securityProfileDescription = r.spec.securityProfileDescription ?? ''
    })
    expect(diff(desired, actual, { prune: false }).changes).toEqual([])
  })

  test("the seed's update sample is a field-level update of the create sample", () => {
    const create = {
      version: 1,
      securityProfiles: [
        {
          securityProfileName: 'ML_Detect_profile',
          targets: ['anom_group'],
          behaviors: [] as unknown[]
        }
      ]
    } as ProfileFile
    const metrics = ['num-messages-sent', 'num-authorization-failures']
    create.securityProfiles![0]!.behaviors = metrics.map((m) => ({
      name: `${m}-ml-behavior`,
      metric: `aws:${m}`,
      criteria: { mlDetectionConfig: { confidenceLevel: 'MEDIUM' } },
      suppressAlerts: true
    }))
    const update = structuredClone(create)
    update.securityProfiles![0]!.behaviors![0]!.criteria!.mlDetectionConfig!.confidenceLevel =
      'HIGH'
    update.securityProfiles![0]!.behaviors![0]!.suppressAlerts = false
    const plan = diff(desiredState(update, ID), applied(desiredState(create, ID)), { prune: false })
    expect(plan.changes).toHaveLength(1)
    const c = plan.changes[0]!
    expect(c).toMatchObject({ action: 'update', origin: 'file', warnings: [] })
    expect(changeLines(c)).toEqual([
      '~ behaviors[num-messages-sent-ml-behavior].criteria.mlDetectionConfig.confidenceLevel: "MEDIUM" → "HIGH"',
      '~ behaviors[num-messages-sent-ml-behavior].suppressAlerts: true → false'
    ])
  })

  test('a changed ML metric warns that training starts over; a removed ML behavior warns its model is discarded', () => {
    const desired = desiredState(demo, ID)
    const next = structuredClone(demo)
    const behaviors = next.securityProfiles![0]!.behaviors!
    behaviors[0]!.metric = 'aws:num-messages-received'
    behaviors.splice(1, 1)
    const plan = diff(desiredState(next, ID), applied(desired), { prune: false })
    expect(plan.changes[0]!.warnings).toEqual([
      expect.stringContaining('ML Detect training starts over for num-messages-sent-ml-behavior'),
      expect.stringContaining(
        'the trained ML model of num-authorization-failures-ml-behavior is discarded'
      )
    ])
    expect(renderPlanMarkdown(plan)).toContain('> [!WARNING]')
  })

  test('targets and tags change through their own lists', () => {
    const desired = desiredState(demo, ID)
    const actual = withProfile(applied(desired), 'ML_Detect_profile', (r) => {
      r.targets = ['all/registered-things', 'thinggroup/anom_group']
      r.tags = { team: 'old', extra: 'x' }
    })
    const c = diff(desired, actual, { prune: false }).changes[0]!
    expect(c.targets).toEqual({ attach: [], detach: ['all/registered-things'] })
    expect(c.tags).toEqual([
      { key: 'extra', before: 'x', after: undefined },
      { key: 'team', before: 'old', after: 'iot-security' }
    ])
    expect(c.origin).toBe('drift')
  })

  test('prune deletes only what this file manages; unmanaged and foreign resources are never touched', () => {
    const desired = desiredState(demo, ID)
    const actual = applied(desired)
    const extra = (name: string, managedBy?: string): ActualResource => ({
      kind: 'customMetric',
      name,
      spec: { metricType: 'number' },
      tags: {},
      ownership: managedBy ? { managedBy } : {}
    })
    actual.resources.push(
      extra('left-the-file', ID),
      extra('console-made'),
      extra('other-repo', 'octo/other:dd.yml')
    )
    const kept = diff(desired, actual, { prune: false })
    expect(kept.changes).toEqual([])
    expect(kept.orphans).toEqual([{ kind: 'customMetric', name: 'left-the-file' }])
    expect(kept.unmanaged.map((u) => u.name).sort()).toEqual(['console-made', 'other-repo'])
    const pruned = diff(desired, actual, { prune: true })
    expect(pruned.changes.map((c) => [c.action, c.name])).toEqual([['delete', 'left-the-file']])
  })

  test('a resource managed by another file is a conflict, not a change', () => {
    const desired = desiredState(demo, ID)
    const plan = diff(desired, applied(desired, 'octo/other:dd.yml'), { prune: true })
    expect(plan.changes).toEqual([])
    // The audit configuration too: its owner is recorded on a marker group.
    expect(plan.conflicts.map((c) => c.name)).toEqual([
      'quarantine-things',
      'ML_Detect_profile',
      'Rules_flood_profile',
      'account',
      'weekly-certificates'
    ])
    expect(renderPlanMarkdown(plan)).toContain('apply refuses this plan')
  })

  test('an unmanaged resource of the same name is adopted', () => {
    const desired = desiredState(demo, ID)
    const actual = applied(desired)
    for (const r of actual.resources) r.ownership = {}
    const plan = diff(desired, actual, { prune: false })
    // Thing groups are the fleet's: used as they are, never adopted.
    const taggable = desired.resources.filter((r) => r.kind !== 'thingGroup').length
    // Matching resources are no change (an imported file plans to zero); apply only tags them.
    expect(plan.changes).toEqual([])
    expect(plan.ownershipUpdates).toHaveLength(taggable)
    expect(
      plan.ownershipUpdates.every((c) => c.warnings[0]!.startsWith('adopts the existing'))
    ).toBe(true)
  })

  test('audit checks the file does not list are kept unless prune is on', () => {
    const desired = desiredState(demo, ID)
    const actual = applied(desired)
    const audit = actual.resources.find((r) => r.kind === 'auditConfiguration')!
    ;(audit.spec.auditCheckConfigurations as Record<string, unknown>).CONFLICTING_CLIENT_IDS_CHECK =
      { enabled: true }
    const kept = diff(desired, actual, { prune: false })
    expect(kept.changes).toEqual([])
    expect(kept.notes).toEqual([
      expect.stringContaining('kept (prune would disable them): CONFLICTING_CLIENT_IDS_CHECK')
    ])
    const pruned = diff(desired, actual, { prune: true })
    expect(changeLines(pruned.changes[0]!)).toEqual([
      '- auditCheckConfigurations.CONFLICTING_CLIENT_IDS_CHECK: {"enabled":true}'
    ])
    expect(pruned.changes[0]!.warnings).toEqual([
      'disables CONFLICTING_CLIENT_IDS_CHECK: AWS deletes the data collected for a disabled check'
    ])
  })

  test('a first audit configuration lists each check it enables', () => {
    const desired = desiredState(demo, ID)
    const actual = applied(desired)
    actual.resources = actual.resources.filter((r) => r.kind !== 'auditConfiguration')
    actual.resources.push({
      kind: 'auditConfiguration',
      name: 'account',
      spec: {},
      tags: {},
      ownership: {}
    })
    const audit = diff(desired, actual, { prune: false }).changes[0]!
    expect(changeLines(audit).filter((l) => l.includes('auditCheckConfigurations'))).toEqual([
      '+ auditCheckConfigurations.DEVICE_CERTIFICATE_SHARED_CHECK: {"enabled":true}',
      '+ auditCheckConfigurations.DEVICE_CERTIFICATE_EXPIRING_CHECK: {"enabled":true,"configuration":{"CERT_EXPIRATION_THRESHOLD_IN_DAYS":"30"}}',
      '+ auditCheckConfigurations.IOT_POLICY_OVERLY_PERMISSIVE_CHECK: {"enabled":true}'
    ])
  })

  test('a custom metric type change is blocked', () => {
    const file = {
      version: 1,
      customMetrics: [{ metricName: 'battery', metricType: 'number' }]
    } as ProfileFile
    const desired = desiredState(file, ID)
    const actual = applied(desired)
    actual.resources[0]!.spec.metricType = 'string-list'
    const plan = diff(desired, actual, { prune: false })
    expect(plan.changes[0]!.blockers).toEqual([
      expect.stringContaining('metricType cannot change from string-list to number')
    ])
  })
})
