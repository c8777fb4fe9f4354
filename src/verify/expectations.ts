/**
 * What a simulation's `expect:` asks for, one entry per thing to check, tied to the run's own things so that
 * another run's (or a real device's) violations never satisfy or break this one.
 */
import type { BehaviorCriteriaType } from '@aws-sdk/client-iot'
import type { SimulationEntry } from '../config/file-format.js'
import { parseDuration } from '../config/duration.js'

export interface ViolationExpected {
  kind: 'violation'
  simulation: string
  securityProfileName: string
  behaviorName: string
  /** one of the simulation's things, by its full name or its number (`1` is the first) */
  thingName?: string
  /** MACHINE_LEARNING expectations cannot be checked while the behavior's model is not ACTIVE */
  criteriaType?: BehaviorCriteriaType
  /** an ADD_THINGS_TO_THING_GROUP action to run on the violations found */
  mitigationAction?: string
}

/** A false-positive check: none of the simulation's things may be in alarm for any behavior. */
export interface QuietExpected {
  kind: 'no-violations'
  simulation: string
}

export interface FindingExpected {
  kind: 'audit-finding'
  simulation: string
  checkName: string
}

export type Expected = ViolationExpected | QuietExpected | FindingExpected

/** AWS evaluates cloud-side metrics over 5-minute windows at least; 20 minutes leaves room for a few. */
export const DEFAULT_TIMEOUT_MS = 20 * 60_000

export interface SimulationExpectations {
  simulation: string
  timeoutMs: number
  expected: Expected[]
}

/** Flatten a simulation's `expect:` block; criteria types come from the file's behaviors. */
export function expectationsOf(
  sim: SimulationEntry,
  criteriaOf: (profile: string, behavior: string) => BehaviorCriteriaType | undefined
): SimulationExpectations {
  const e = sim.expect ?? {}
  const expected: Expected[] = [
    ...(e.violations ?? []).map((v): ViolationExpected => ({
      kind: 'violation',
      simulation: sim.name,
      securityProfileName: v.securityProfileName,
      behaviorName: v.behaviorName,
      ...(v.thingName !== undefined ? { thingName: v.thingName } : {}),
      ...(v.mitigationAction !== undefined ? { mitigationAction: v.mitigationAction } : {}),
      ...withCriteria(criteriaOf(v.securityProfileName, v.behaviorName))
    })),
    ...(e.noViolations ? [{ kind: 'no-violations' as const, simulation: sim.name }] : []),
    ...(e.auditFindings ?? []).map((f): FindingExpected => ({
      kind: 'audit-finding',
      simulation: sim.name,
      checkName: f.checkName
    }))
  ]
  return {
    simulation: sim.name,
    timeoutMs: parseDuration(e.timeout) ?? DEFAULT_TIMEOUT_MS,
    expected
  }
}

function withCriteria(t: BehaviorCriteriaType | undefined): {
  criteriaType?: BehaviorCriteriaType
} {
  return t ? { criteriaType: t } : {}
}

/** Whether `thing` (a full thing name of the run) is the one an expectation names. */
export function namesThing(wanted: string, thing: string): boolean {
  if (wanted === thing) return true
  return /^\d{1,4}$/.test(wanted) && thing.endsWith(`-${wanted.padStart(4, '0')}`)
}

/** The audit checks the simulations expect findings of, each once. */
export function expectedChecks(sims: readonly SimulationExpectations[]): string[] {
  return [
    ...new Set(
      sims.flatMap((s) =>
        s.expected.flatMap((e) => (e.kind === 'audit-finding' ? [e.checkName] : []))
      )
    )
  ]
}
