/** Every resource kind ddac manages, dependencies first: the order plans list changes in. */
import type { ResourceKind } from '../types.js'
import type { Adapter } from './adapter.js'
import { auditConfigurationAdapter } from './audit-configuration.js'
import { customMetricAdapter } from './custom-metric.js'
import { dimensionAdapter } from './dimension.js'
import { mitigationActionAdapter } from './mitigation-action.js'
import { scheduledAuditAdapter } from './scheduled-audit.js'
import { securityProfileAdapter } from './security-profile.js'
import { thingGroupAdapter } from './thing-group.js'

export const ADAPTERS: readonly Adapter[] = [
  thingGroupAdapter,
  customMetricAdapter,
  dimensionAdapter,
  mitigationActionAdapter,
  securityProfileAdapter,
  auditConfigurationAdapter,
  scheduledAuditAdapter
]

export function adapterFor(kind: ResourceKind): Adapter {
  const a = ADAPTERS.find((x) => x.kind === kind)
  if (!a) throw new Error(`no adapter for ${kind}`)
  return a
}
