/** Every resource kind ddac manages, dependencies first: the order plans list changes in. */
import type { ResourceKind, ResourceState } from '../types.js'
import type { Adapter, Service } from './adapter.js'
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

/** The kinds that belong to a service (Detect is closed to accounts opened after 2026-08-31). */
export function kindsOf(service: Service): ResourceKind[] {
  return ADAPTERS.filter((a) => a.service === service).map((a) => a.kind)
}

/** Whether any of these resources belongs to the service. */
export function usesService(resources: readonly ResourceState[], service: Service): boolean {
  return resources.some((r) => adapterFor(r.kind).service === service)
}

/** The profile file's members for the resources of one kind, as import writes them. */
export function fileMembers(
  adapter: Adapter,
  resources: readonly ResourceState[]
): Record<string, unknown> {
  if (adapter.toFile) return adapter.toFile(resources)
  // A kind without a list of its own (thing groups) is implied by other entries (the profiles' targets).
  return adapter.fileKey ? { [adapter.fileKey]: resources.map((r) => adapter.toEntry(r)) } : {}
}
