/**
 * The account audit configuration: one per account and region, no ARN, no tags. The file owns it when it has
 * an `auditConfiguration` section. Checks are enabled before scheduled audits change and disabled after, since
 * AWS refuses to disable a check a scheduled audit still uses.
 */
import {
  DescribeAccountAuditConfigurationCommand,
  UpdateAccountAuditConfigurationCommand,
  type AuditCheckConfiguration,
  type AuditNotificationTarget,
  type IoTClient
} from '@aws-sdk/client-iot'
import { compact } from '../../plan/normalize.js'
import type { Change, FieldChange, ResourceState } from '../../plan/types.js'
import { withoutUndefined, type Adapter } from './adapter.js'

export const ACCOUNT = 'account'

type Checks = Record<string, AuditCheckConfiguration>

function checksOf(spec: Record<string, unknown>): Checks {
  return (spec.auditCheckConfigurations as Checks | undefined) ?? {}
}

/** Enabled checks only: a disabled check and an absent one mean the same to AWS. */
function enabledChecks(checks: Checks): Checks {
  return Object.fromEntries(Object.entries(checks).filter(([, c]) => c.enabled === true))
}

/**
 * Checks the file does not list keep their account state, unless prune is on (then they are disabled):
 * disabling a check deletes the data collected for it, so it is never a side effect of omission alone.
 */
export function completeAuditChecks(
  desired: ResourceState,
  actual: ResourceState | undefined,
  prune: boolean
): { desired: ResourceState; kept: string[] } {
  const listed = checksOf(desired.spec)
  const kept = Object.keys(enabledChecks(checksOf(actual?.spec ?? {}))).filter(
    (name) => !(name in listed)
  )
  if (prune || kept.length === 0) return { desired, kept: [] }
  const checks = {
    ...listed,
    ...Object.fromEntries(kept.map((name) => [name, checksOf(actual!.spec)[name]!]))
  }
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
    .filter((type) => !wanted[type]?.enabled)
    .map((type) => {
      const before = fields.find(
        (f) => f.path === `auditNotificationTargetConfigurations.${type}`
      )?.before
      return [
        type,
        { ...(before as AuditNotificationTarget | undefined), ...wanted[type], enabled: false }
      ]
    })
  const targets = { ...wanted, ...Object.fromEntries(dropped) }
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
  return changedKeys(change.fields, 'auditCheckConfigurations').filter((n) => !(n in enabled))
}

function disable(iot: IoTClient, change: Change): Promise<unknown> {
  const off = checksTurnedOff(change)
  if (off.length === 0) return Promise.resolve()
  return iot.send(
    new UpdateAccountAuditConfigurationCommand({
      auditCheckConfigurations: Object.fromEntries(off.map((n) => [n, { enabled: false }]))
    })
  )
}

export const auditConfigurationAdapter: Adapter = {
  kind: 'auditConfiguration',
  label: 'audit configuration',
  taggable: false,
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
  comparable: (spec) =>
    compact({
      roleArn: spec.roleArn,
      // A disabled target, like a disabled check, means the same to AWS as an absent one.
      auditNotificationTargetConfigurations: Object.fromEntries(
        Object.entries(targetsOf(spec)).filter(([, t]) => t.enabled === true)
      ),
      auditCheckConfigurations: enabledChecks(checksOf(spec))
    }),

  list: () => Promise.resolve([ACCOUNT]),
  async read(iot) {
    const d = await iot.send(new DescribeAccountAuditConfigurationCommand({}))
    return {
      kind: 'auditConfiguration',
      name: ACCOUNT,
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
  // AWS refuses to disable a check a scheduled audit still runs.
  finish: { after: ['scheduledAudit'], run: disable },
  warnings: (change) => {
    const off = checksTurnedOff(change)
    return off.length
      ? [`disables ${off.join(', ')}: AWS deletes the data collected for a disabled check`]
      : []
  },
  remove: () => Promise.resolve()
}
