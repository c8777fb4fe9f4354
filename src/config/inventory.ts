/** What a valid profile file declares, counted for summaries (pure). */
import type { Behavior } from '@aws-sdk/client-iot'
import type { Expectation, ProfileFile } from './file-format.js'

export type CriteriaType = 'MACHINE_LEARNING' | 'STATISTICAL' | 'STATIC' | 'NONE'

/** The API's BehaviorCriteriaType of a behavior (NONE: no criteria, the metric is only retained). */
export function criteriaType(b: Behavior): CriteriaType {
  if (!b.criteria) return 'NONE'
  if (b.criteria.mlDetectionConfig) return 'MACHINE_LEARNING'
  if (b.criteria.statisticalThreshold) return 'STATISTICAL'
  return 'STATIC'
}

export interface Inventory {
  profiles: { name: string; targets: string[]; behaviors: Record<CriteriaType, number> }[]
  customMetrics: { name: string; type: string }[]
  dimensions: { name: string; values: number }[]
  mitigationActions: { name: string; action: string }[]
  auditChecks: string[] | undefined
  scheduledAudits: { name: string; frequency: string; checks: number }[]
  simulations: { name: string; scenario: string; things: number; expects: string }[]
}

export function inventory(file: ProfileFile): Inventory {
  return {
    profiles: (file.securityProfiles ?? []).map((p) => {
      const behaviors: Record<CriteriaType, number> = {
        MACHINE_LEARNING: 0,
        STATISTICAL: 0,
        STATIC: 0,
        NONE: 0
      }
      for (const b of p.behaviors ?? []) behaviors[criteriaType(b)]++
      return { name: p.securityProfileName!, targets: p.targets ?? [], behaviors }
    }),
    customMetrics: (file.customMetrics ?? []).map((m) => ({
      name: m.metricName!,
      type: m.metricType!
    })),
    dimensions: (file.dimensions ?? []).map((d) => ({
      name: d.name!,
      values: d.stringValues?.length ?? 0
    })),
    mitigationActions: (file.mitigationActions ?? []).map((a) => ({
      name: a.actionName!,
      action: Object.keys(a.actionParams ?? {})[0]?.replace(/Params$/, '') ?? ''
    })),
    auditChecks: file.auditConfiguration
      ? Object.entries(file.auditConfiguration.auditCheckConfigurations ?? {})
          .filter(([, c]) => c.enabled)
          .map(([name]) => name)
      : undefined,
    scheduledAudits: (file.scheduledAudits ?? []).map((s) => ({
      name: s.scheduledAuditName!,
      frequency: s.frequency!,
      checks: s.targetCheckNames?.length ?? 0
    })),
    simulations: (file.simulations ?? []).map((s) => ({
      name: s.name,
      scenario: s.scenario,
      things: s.things ?? 1,
      expects: describeExpectation(s.expect)
    }))
  }
}

function describeExpectation(e: Expectation | undefined): string {
  if (!e) return 'nothing (traffic only)'
  const parts: string[] = []
  if (e.violations)
    parts.push(
      e.violations.map((v) => `${v.securityProfileName}/${v.behaviorName}`).join(', ') + ' alarm'
    )
  if (e.noViolations) parts.push('no violations')
  if (e.auditFindings) parts.push(e.auditFindings.map((f) => f.checkName).join(', ') + ' finding')
  if (e.timeout) parts.push(`within ${e.timeout}`)
  return parts.join('; ') || 'nothing (traffic only)'
}
