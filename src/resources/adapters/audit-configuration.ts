/**
 * The account audit configuration: one per account and region, no ARN, no tags. One file owns it: the one whose
 * identity the marker thing group's ownership tags name (see MARKER_GROUP). Checks are enabled before
 * scheduled audits change and disabled after, since AWS refuses to disable a check a scheduled audit still uses.
 */
import {
  CreateThingGroupCommand,
  DescribeAccountAuditConfigurationCommand,
  DescribeThingGroupCommand,
  UpdateAccountAuditConfigurationCommand,
  type AuditCheckConfiguration,
  type AuditNotificationTarget,
  type IoTClient
} from '@aws-sdk/client-iot'
import { compact, dict, own, tagList } from '../normalize.js'
import type { Change, FieldChange, ResourceState } from '../types.js'
import { unlessNotFound } from '../../aws/paginate.js'
import { withoutUndefined, type Adapter } from './adapter.js'

export const ACCOUNT = 'account'

/**
 * Where the audit configuration's owner is recorded, since it takes no tags: an empty thing group of this
 * name in the same account and region, carrying the `ddac:managed-by` and `ddac:applied-hash` tags. A thing
 * group costs nothing, survives until deleted, and plan reads it with the read-only IoT permissions it already
 * has (DescribeThingGroup, ListTagsForResource). Deleting the group, or its tags, releases the configuration.
 */
export const MARKER_GROUP = 'ddac-audit-configuration'
const MARKER_DESCRIPTION =
  'Records which ddac profile file owns the Device Defender audit configuration of this account and region (tags ddac:managed-by, ddac:applied-hash). Keep it empty.'

type Checks = Record<string, AuditCheckConfiguration>

function checksOf(spec: Record<string, unknown>): Checks {
  return (spec.auditCheckConfigurations as Checks | undefined) ?? {}
}

/** Enabled checks only: a disabled check and an absent one mean the same to AWS. */
function enabledChecks(checks: Checks): Checks {
  return dict(Object.entries(checks).filter(([, c]) => c.enabled === true))
}

/**
 * Checks the file does not list keep their account state, unless prune is on (then they are disabled):
 * disabling a check deletes the data collected for it, so it is never a side effect of omission alone.
 */
function completeAuditChecks(
  desired: ResourceState,
  actual: ResourceState | undefined,
  prune: boolean
): { desired: ResourceState; kept: string[] } {
  const listed = checksOf(desired.spec)
  const kept = Object.keys(enabledChecks(checksOf(actual?.spec ?? {}))).filter(
    (name) => !Object.hasOwn(listed, name)
  )
  if (prune || kept.length === 0) return { desired, kept: [] }
  const checks = dict([
    ...Object.entries(listed),
    ...kept.map((name) => [name, own(checksOf(actual!.spec), name)!] as const)
  ])
  return {
    desired: { ...desired, spec: { ...desired.spec, auditCheckConfigurations: checks } },
    kept
  }
}

/** The entries of a map member (checks, notification targets) that a change touches. */
function changedKeys(fields: readonly FieldChange[], member: string): string[] {
  const keys = fields.map((f) =>
    f.path.startsWith(`${member}.`) ? f.path.slice(member.length + 1).split('.')[0] : undefined
  )
  return [...new Set(keys.filter((k): k is string => k !== undefined))]
}

type Targets = Record<string, AuditNotificationTarget>

function targetsOf(spec: Record<string, unknown>): Targets {
  return (spec.auditNotificationTargetConfigurations as Targets | undefined) ?? {}
}

/**
 * Role, notification targets and every check the file enables (repeating an enabled check is harmless).
 * The update merges, so a notification target the file dropped is sent again as disabled.
 */
function enable(
  iot: IoTClient,
  desired: ResourceState,
  fields: readonly FieldChange[]
): Promise<unknown> {
  const checks = enabledChecks(checksOf(desired.spec))
  const wanted = targetsOf(desired.spec)
  const dropped = changedKeys(fields, 'auditNotificationTargetConfigurations')
    .filter((type) => !own(wanted, type)?.enabled)
    .map((type) => {
      const before = fields.find(
        (f) => f.path === `auditNotificationTargetConfigurations.${type}`
      )?.before
      return [
        type,
        { ...(before as AuditNotificationTarget | undefined), ...own(wanted, type), enabled: false }
      ] as const
    })
  const targets = dict([...Object.entries(wanted), ...dropped])
  return iot.send(
    new UpdateAccountAuditConfigurationCommand(
      withoutUndefined({
        roleArn: desired.spec.roleArn as string | undefined,
        auditNotificationTargetConfigurations: Object.keys(targets).length ? targets : undefined,
        auditCheckConfigurations: Object.keys(checks).length ? checks : undefined
      })
    )
  )
}

/** Checks this change turns off: touched by the diff and not enabled by the file. */
function checksTurnedOff(change: Change): string[] {
  const enabled = enabledChecks(checksOf(change.desired?.spec ?? {}))
  return changedKeys(change.fields, 'auditCheckConfigurations').filter(
    (n) => !Object.hasOwn(enabled, n)
  )
}

/**
 * Why disabling checks would fail: AWS refuses to disable a check a scheduled audit still runs, and these
 * scheduled audits (as the account holds them once the plan is applied) still name some.
 */
function checksStillScheduled(change: Change, audits: readonly ResourceState[]): string[] {
  const off = new Set(checksTurnedOff(change))
  return audits.flatMap((a) => {
    const used = ((a.spec.targetCheckNames as string[] | undefined) ?? []).filter((n) => off.has(n))
    return used.length
      ? [
          `disabling ${used.join(', ')} would fail: the scheduled audit ${a.name} still runs ${used.length > 1 ? 'them' : 'it'} (AWS refuses); remove ${used.length > 1 ? 'them' : 'it'} from its targetCheckNames or delete it first`
        ]
      : []
  })
}

function disable(iot: IoTClient, change: Change): Promise<unknown> {
  const off = checksTurnedOff(change)
  if (off.length === 0) return Promise.resolve()
  return iot.send(
    new UpdateAccountAuditConfigurationCommand({
      auditCheckConfigurations: dict(off.map((n) => [n, { enabled: false }]))
    })
  )
}

export const auditConfigurationAdapter: Adapter = {
  kind: 'auditConfiguration',
  label: 'audit configuration',
  service: 'audit',
  singleton: true,
  // Its ownership tags are the marker group's: `read` returns that group's ARN as the resource's.
  taggable: true,
  fromFile: (file) =>
    file.auditConfiguration
      ? [
          {
            kind: 'auditConfiguration',
            name: ACCOUNT,
            spec: withoutUndefined({ ...file.auditConfiguration } as Record<string, unknown>),
            tags: {}
          }
        ]
      : [],
  toEntry: (r) => ({ ...r.spec, auditCheckConfigurations: enabledChecks(checksOf(r.spec)) }),
  // An account that never enabled a check imports no configuration.
  toFile: ([r]) => {
    const entry = auditConfigurationAdapter.toEntry(r!)
    return Object.keys(checksOf(entry)).length ? { auditConfiguration: entry } : {}
  },
  complete: (desired, actual, prune) => {
    const { desired: completed, kept } = completeAuditChecks(desired, actual, prune)
    return {
      desired: completed,
      notes: kept.length
        ? [
            `audit checks enabled in the account but not in the file are kept (prune would disable them): ${kept.join(', ')}`
          ]
        : []
    }
  },
  blockedBy: (change, after) => checksStillScheduled(change, after('scheduledAudit')),
  comparable: (spec) =>
    compact({
      roleArn: spec.roleArn,
      // A disabled target, like a disabled check, means the same to AWS as an absent one.
      auditNotificationTargetConfigurations: dict(
        Object.entries(targetsOf(spec)).filter(([, t]) => t.enabled === true)
      ),
      auditCheckConfigurations: enabledChecks(checksOf(spec))
    }),

  list: () => Promise.resolve([ACCOUNT]),
  async read(iot) {
    const d = await iot.send(new DescribeAccountAuditConfigurationCommand({}))
    const marker = await unlessNotFound(
      iot.send(new DescribeThingGroupCommand({ thingGroupName: MARKER_GROUP }))
    )
    return {
      kind: 'auditConfiguration',
      name: ACCOUNT,
      ...(marker?.thingGroupArn ? { arn: marker.thingGroupArn } : {}),
      spec: withoutUndefined({
        roleArn: d.roleArn,
        auditNotificationTargetConfigurations: d.auditNotificationTargetConfigurations,
        auditCheckConfigurations: d.auditCheckConfigurations
      })
    }
  },
  // Never reached in practice (every account has an audit configuration to read), kept for the interface.
  async create(iot, desired) {
    await enable(iot, desired, [])
    return undefined
  },
  async update(iot, change) {
    await enable(iot, change.desired!, change.fields)
  },
  async createMarker(iot, tags) {
    const out = await iot.send(
      new CreateThingGroupCommand({
        thingGroupName: MARKER_GROUP,
        thingGroupProperties: { thingGroupDescription: MARKER_DESCRIPTION },
        tags: tagList(tags)
      })
    )
    return out.thingGroupArn!
  },
  ownerRecordedOn: `the tags of the thing group ${MARKER_GROUP}; delete the group or its ddac: tags to hand it over`,
  // AWS refuses to disable a check a scheduled audit still runs.
  finish: {
    after: ['scheduledAudit'],
    run: disable,
    steps: (change) => {
      const off = checksTurnedOff(change)
      const enabled = change.fields
        .map((f) => f.path)
        .filter(
          (p) =>
            !off.some(
              (n) =>
                p === `auditCheckConfigurations.${n}` ||
                p.startsWith(`auditCheckConfigurations.${n}.`)
            )
        )
      return {
        written: enabled.join(', ') || 'nothing else',
        ...(off.length ? { left: `disabling ${off.join(', ')}` } : {})
      }
    }
  },
  warnings: (change) => {
    const off = checksTurnedOff(change)
    return off.length
      ? [`disables ${off.join(', ')}: AWS deletes the data collected for a disabled check`]
      : []
  },
  remove: () => Promise.resolve()
}
