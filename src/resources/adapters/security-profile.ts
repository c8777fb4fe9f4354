/** Security profiles: behaviors and alert targets via Create/Update, targets via Attach/Detach, tags via ARN. */
import {
  AttachSecurityProfileCommand,
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  DetachSecurityProfileCommand,
  paginateListSecurityProfiles,
  paginateListTargetsForSecurityProfile,
  UpdateSecurityProfileCommand,
  ValidateSecurityProfileBehaviorsCommand,
  type Behavior,
  type MetricToRetain,
  type UpdateSecurityProfileCommandInput
} from '@aws-sdk/client-iot'
import type { SecurityProfileEntry } from '../../config/file-format.js'
import { targetKey } from '../../config/rules/targets.js'
import { compact, keyBy, sorted, stableJson, tagList, tagMap } from '../normalize.js'
import type { Change, ResourceState } from '../types.js'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import {
  fileEntry,
  listedAs,
  withoutUndefined,
  type Adapter,
  type ReadResource,
  type Reference
} from './adapter.js'

const SPEC_MEMBERS = [
  'securityProfileDescription',
  'behaviors',
  'alertTargets',
  'additionalMetricsToRetainV2',
  'metricsExportConfig'
] as const
/** List members UpdateSecurityProfile only clears with a delete flag (an empty list is ignored). */
const DELETE_FLAGS = {
  behaviors: 'deleteBehaviors',
  alertTargets: 'deleteAlertTargets',
  additionalMetricsToRetainV2: 'deleteAdditionalMetricsToRetain',
  metricsExportConfig: 'deleteMetricsExportConfig'
} as const

function normalizeBehavior(b: Behavior): unknown {
  const c = b.criteria
  return {
    metric: b.metric,
    metricDimension: b.metricDimension && {
      dimensionName: b.metricDimension.dimensionName,
      operator: b.metricDimension.operator ?? 'IN'
    },
    criteria: c && {
      ...c,
      consecutiveDatapointsToAlarm: c.consecutiveDatapointsToAlarm ?? 1,
      consecutiveDatapointsToClear: c.consecutiveDatapointsToClear ?? 1,
      value: c.value && {
        ...c.value,
        cidrs: sorted(c.value.cidrs),
        ports: sorted(c.value.ports),
        numbers: sorted(c.value.numbers),
        strings: sorted(c.value.strings)
      }
    },
    suppressAlerts: b.suppressAlerts ?? false,
    exportMetric: b.exportMetric ?? false
  }
}

/** The deprecated metric-name list becomes V2 entries, the form AWS keeps and ddac compares. */
function retained(p: SecurityProfileEntry): MetricToRetain[] | undefined {
  const v1 = (p.additionalMetricsToRetain ?? []).map((metric) => ({ metric }))
  const v2 = p.additionalMetricsToRetainV2 ?? []
  const all = [
    ...v2,
    ...v1.filter((m) => !v2.some((x) => x.metric === m.metric && !x.metricDimension))
  ]
  return all.length ? all : undefined
}

function retainedKey(m: MetricToRetain): string {
  return m.metricDimension ? `${m.metric!}@${m.metricDimension.dimensionName!}` : m.metric!
}

/** The target ARN for a target key, in the partition, region and account of the profile's own ARN. */
export function targetArn(profileArn: string, key: string): string {
  const [arn, partition, service, region, account] = profileArn.split(':')
  return [arn, partition, service, region, account, key].join(':')
}

/** What an ML model learns from: the metric and its dimension, compared the way the diff compares them. */
function measured(b: Behavior): unknown {
  const n = normalizeBehavior(b) as { metric?: string; metricDimension?: unknown }
  return { metric: n.metric, metricDimension: n.metricDimension }
}

function isMl(b: Behavior | undefined): boolean {
  return b?.criteria?.mlDetectionConfig !== undefined
}

/** What a reviewer must know about ML Detect models this change touches. */
function mlWarnings(
  desired: ResourceState | undefined,
  actual: ResourceState | undefined
): string[] {
  const before = new Map(
    ((actual?.spec.behaviors as Behavior[] | undefined) ?? []).map((b) => [b.name!, b])
  )
  const after = new Map(
    ((desired?.spec.behaviors as Behavior[] | undefined) ?? []).map((b) => [b.name!, b])
  )
  const restart: string[] = []
  const dropped: string[] = []
  for (const [name, old] of before) {
    if (!isMl(old)) continue
    const now = after.get(name)
    if (!now || !isMl(now)) dropped.push(name)
    else if (stableJson(measured(now)) !== stableJson(measured(old))) restart.push(name)
  }
  const out: string[] = []
  if (restart.length)
    out.push(
      `ML Detect training starts over for ${restart.join(', ')}: a new metric or dimension needs 14 days and 25,000 datapoints again`
    )
  if (dropped.length)
    out.push(
      `the trained ML model of ${dropped.join(', ')} is discarded; adding the behavior back starts 14 days of training`
    )
  return out
}

/** The custom metrics and dimensions a behavior or retained metric measures (aws: metrics are built in). */
function measuredBy(u: Behavior | MetricToRetain): Reference[] {
  return [
    ...(u.metric && !u.metric.startsWith('aws:')
      ? [{ kind: 'customMetric' as const, name: u.metric }]
      : []),
    ...(u.metricDimension?.dimensionName
      ? [{ kind: 'dimension' as const, name: u.metricDimension.dimensionName }]
      : [])
  ]
}

/** What a profile change needs to exist first: its metrics and dimensions, and the groups it attaches to. */
function references(change: Change): Reference[] {
  const spec = change.desired?.spec
  const uses = [
    ...((spec?.behaviors as Behavior[] | undefined) ?? []),
    ...((spec?.additionalMetricsToRetainV2 as MetricToRetain[] | undefined) ?? [])
  ]
  return [
    ...uses.flatMap(measuredBy),
    ...change.targets.attach
      .filter((t) => t.startsWith('thinggroup/'))
      .map((t) => ({ kind: 'thingGroup' as const, name: t.slice('thinggroup/'.length) }))
  ]
}

export const securityProfileAdapter: Adapter = {
  kind: 'securityProfile',
  ...listedAs('securityProfiles'),
  service: 'detect',
  uses: { kinds: ['customMetric', 'dimension', 'thingGroup'], of: references },
  taggable: true,

  fromFile: (file) =>
    (file.securityProfiles ?? []).map((p: SecurityProfileEntry) => ({
      kind: 'securityProfile',
      name: p.securityProfileName!,
      spec: withoutUndefined({
        ...Object.fromEntries(SPEC_MEMBERS.map((m) => [m, p[m]])),
        additionalMetricsToRetainV2: retained(p)
      }),
      tags: tagMap(p.tags),
      targets: sorted((p.targets ?? []).map((t) => targetKey(t) ?? t))
    })),

  toEntry: (r) =>
    fileEntry(
      'securityProfiles',
      r,
      r.targets?.length ? { targets: r.targets.map((t) => t.replace(/^thinggroup\//, '')) } : {}
    ),

  comparable: (spec) =>
    compact({
      securityProfileDescription: spec.securityProfileDescription,
      behaviors: keyBy(spec.behaviors as Behavior[] | undefined, (b) => b.name!, normalizeBehavior),
      alertTargets: spec.alertTargets,
      additionalMetricsToRetainV2: keyBy(
        spec.additionalMetricsToRetainV2 as MetricToRetain[] | undefined,
        retainedKey,
        (m) => ({
          ...m,
          exportMetric: m.exportMetric ?? false
        })
      ),
      metricsExportConfig: spec.metricsExportConfig
    }),

  list: async (iot) =>
    (
      await collect(
        paginateListSecurityProfiles({ client: iot }, {}),
        (p) => p.securityProfileIdentifiers
      )
    ).map((id) => id.name!),

  async read(iot, name): Promise<ReadResource | undefined> {
    const d = await unlessNotFound(
      iot.send(new DescribeSecurityProfileCommand({ securityProfileName: name }))
    )
    if (!d) return undefined
    const targets = await collect(
      paginateListTargetsForSecurityProfile({ client: iot }, { securityProfileName: name }),
      (p) => p.securityProfileTargets
    )
    return {
      kind: 'securityProfile',
      name,
      arn: d.securityProfileArn,
      version: d.version,
      spec: withoutUndefined({
        securityProfileDescription: d.securityProfileDescription,
        behaviors: d.behaviors,
        alertTargets: d.alertTargets,
        additionalMetricsToRetainV2: d.additionalMetricsToRetainV2,
        metricsExportConfig: d.metricsExportConfig
      }),
      // The target key is what follows the account in the ARN: thinggroup/<name> or all/<things>.
      targets: sorted(targets.map((t) => t.arn!.split(':').slice(5).join(':')))
    }
  },

  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateSecurityProfileCommand({
        securityProfileName: desired.name,
        ...desired.spec,
        tags: tagList(tags)
      })
    )
    const arn = out.securityProfileArn!
    for (const key of desired.targets ?? []) {
      await iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: desired.name,
          securityProfileTargetArn: targetArn(arn, key)
        })
      )
    }
    return arn
  },

  async update(iot, change) {
    const desired = change.desired!
    if (change.fields.length > 0) {
      // Update leaves omitted members alone and ignores empty lists: clearing one takes its delete flag.
      const request: UpdateSecurityProfileCommandInput & Record<string, unknown> = {
        securityProfileName: desired.name,
        securityProfileDescription:
          (desired.spec.securityProfileDescription as string | undefined) ?? '',
        expectedVersion: change.actual?.version
      }
      for (const [member, flag] of Object.entries(DELETE_FLAGS)) {
        if (compact({ v: desired.spec[member] }).v === undefined) request[flag] = true
        else request[member] = desired.spec[member]
      }
      await iot.send(new UpdateSecurityProfileCommand(request))
    }
    const arn = change.actual!.arn!
    for (const key of change.targets.attach) {
      await iot.send(
        new AttachSecurityProfileCommand({
          securityProfileName: desired.name,
          securityProfileTargetArn: targetArn(arn, key)
        })
      )
    }
    for (const key of change.targets.detach) {
      await iot.send(
        new DetachSecurityProfileCommand({
          securityProfileName: desired.name,
          securityProfileTargetArn: targetArn(arn, key)
        })
      )
    }
  },

  async remove(iot, change) {
    await iot.send(
      new DeleteSecurityProfileCommand({
        securityProfileName: change.name,
        expectedVersion: change.actual?.version
      })
    )
  },

  warnings: (change, actual) => mlWarnings(change.desired, actual),

  async checkWithAws(iot, change, createdByPlan) {
    if (change.action === 'update' && !change.fields.some((f) => f.path.startsWith('behaviors')))
      return []
    // What the plan creates is not there for AWS to see yet; the offline rules checked those behaviors.
    const behaviors = ((change.desired?.spec.behaviors as Behavior[] | undefined) ?? []).filter(
      (b) => !measuredBy(b).some(createdByPlan)
    )
    if (behaviors.length === 0) return []
    const r = await iot.send(new ValidateSecurityProfileBehaviorsCommand({ behaviors }))
    return r.valid
      ? []
      : (r.validationErrors ?? []).map((e) => `AWS rejects its behaviors: ${e.errorMessage}`)
  }
}
