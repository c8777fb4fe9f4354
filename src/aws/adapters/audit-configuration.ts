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
import type { Change, ResourceState } from '../../plan/types.js'
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

/** Role, notification targets and every check the file enables (repeating an enabled check is harmless). */
function enable(iot: IoTClient, desired: ResourceState): Promise<unknown> {
  const checks = enabledChecks(checksOf(desired.spec))
  return iot.send(
    new UpdateAccountAuditConfigurationCommand(
      withoutUndefined({
        roleArn: desired.spec.roleArn as string | undefined,
        auditNotificationTargetConfigurations: desired.spec
          .auditNotificationTargetConfigurations as
          Record<string, AuditNotificationTarget> | undefined,
        auditCheckConfigurations: Object.keys(checks).length ? checks : undefined
      })
    )
  )
}

/** The checks this change turns off: changed in the diff and not enabled by the file. */
function disable(iot: IoTClient, change: Change): Promise<unknown> {
  const enabled = enabledChecks(checksOf(change.desired!.spec))
  const changed = new Set(
    change.fields
      .map((f) => /^auditCheckConfigurations\.([A-Z_]+)/.exec(f.path)?.[1])
      .filter((n) => n !== undefined)
  )
  const off = [...changed].filter((n) => !(n in enabled))
  if (off.length === 0) return Promise.resolve()
  return iot.send(
    new UpdateAccountAuditConfigurationCommand({
      auditCheckConfigurations: Object.fromEntries(off.map((n) => [n, { enabled: false }]))
    })
  )
}

export const auditConfigurationAdapter: Adapter & {
  finish(iot: IoTClient, change: Change): Promise<unknown>
} = {
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
      auditNotificationTargetConfigurations: Object.fromEntries(
        Object.entries(
          (spec.auditNotificationTargetConfigurations as
            Record<string, AuditNotificationTarget> | undefined) ?? {}
        ).map(([k, t]) => [k, { ...t, enabled: t.enabled ?? false }])
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
  async create(iot, desired) {
    await enable(iot, desired)
    return undefined
  },
  async update(iot, change) {
    await enable(iot, change.desired!)
  },
  finish: disable,
  warnings: (change) => {
    const enabled = enabledChecks(checksOf(change.desired?.spec ?? {}))
    const off = change.fields
      .map((f) => /^auditCheckConfigurations\.([A-Z_]+)$/.exec(f.path)?.[1])
      .filter((n): n is string => n !== undefined && !(n in enabled))
    return off.length
      ? [`disables ${off.join(', ')}: AWS deletes the data collected for a disabled check`]
      : []
  },
  remove: () => Promise.resolve()
}
