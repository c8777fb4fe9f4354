/**
 * Pure judgement of expectations against what Device Defender reported so far: each expectation is met,
 * missed, forbidden seen, pending (settled by a later audit), not checkable (an ML model that is not ACTIVE),
 * or still waiting. Only the run's own things and certificates count.
 */
import {
  namesThing,
  type Expected,
  type SimulationExpectations,
  type ViolationExpected
} from './expectations.js'

export interface SeenViolation {
  violationId: string
  thingName: string
  securityProfileName: string
  behaviorName: string
  eventType: 'in-alarm' | 'alarm-cleared' | 'alarm-invalidated'
  /** epoch ms */
  at: number
}

export interface ModelState {
  securityProfileName: string
  behaviorName: string
  status: string
  datapointsPercent?: number
}

export interface SeenFinding {
  findingId: string
  checkName: string
  at: number
  /** every certificate id and client id the finding names (non-compliant and related resources) */
  names: string[]
}

export interface Observation {
  violations: SeenViolation[]
  models: ModelState[]
  findings: SeenFinding[]
}

/** What a simulation created: only these count as evidence. */
export interface SimulationScope {
  things: readonly string[]
  certificateIds: readonly string[]
}

export type Verdict = 'met' | 'missed' | 'forbidden' | 'pending' | 'not-checkable' | 'waiting'

export interface Outcome {
  expected: Expected
  verdict: Verdict
  /** one line a reviewer reads */
  detail: string
  /** ms after the start of verification that the evidence appeared */
  seenAfterMs?: number
  /** things or findings that decided it */
  evidence: string[]
}

export interface JudgeContext {
  scopes: ReadonlyMap<string, SimulationScope>
  startedAt: number
  now: number
  /** expectations AWS cannot confirm in this run (the shared-certificate check's look-back) */
  settlesLater: (e: Expected) => boolean
}

export const isFinal = (o: Outcome): boolean => o.verdict !== 'waiting'

/** Whether an in-alarm violation is the one an expectation names (its profile, behavior, and thing if given). */
export function alarmFor(e: ViolationExpected, v: SeenViolation): boolean {
  return (
    v.eventType === 'in-alarm' &&
    v.securityProfileName === e.securityProfileName &&
    v.behaviorName === e.behaviorName &&
    (e.thingName === undefined || namesThing(e.thingName, v.thingName))
  )
}

const key = (profile: string, behavior: string): string => `${profile}\u0000${behavior}`

export function judge(
  sims: readonly SimulationExpectations[],
  seen: Observation,
  ctx: JudgeContext
): Outcome[] {
  const models = new Map(seen.models.map((m) => [key(m.securityProfileName, m.behaviorName), m]))
  const first = sims.flatMap((s) =>
    s.expected.map((e) => judgeOne(e, s.timeoutMs, seen, models, ctx))
  )
  // An ML expectation whose model is not ACTIVE cannot be seen: once nothing else is left to wait for (or its
  // deadline passed) it is reported as not checkable, never as passed.
  const othersDone = first.every((o) => isFinal(o) || untrained(o, models))
  return first.map((o) =>
    o.verdict === 'waiting' && untrained(o, models) && othersDone ? notCheckable(o, models) : o
  )
}

function judgeOne(
  e: Expected,
  timeoutMs: number,
  seen: Observation,
  models: ReadonlyMap<string, ModelState>,
  ctx: JudgeContext
): Outcome {
  const scope = ctx.scopes.get(e.simulation) ?? { things: [], certificateIds: [] }
  const things = new Set(scope.things)
  const late = ctx.now - ctx.startedAt >= timeoutMs
  const alarms = seen.violations.filter(
    (v) => v.eventType === 'in-alarm' && things.has(v.thingName)
  )
  const after = (at: number): number => Math.max(0, at - ctx.startedAt)
  switch (e.kind) {
    case 'violation': {
      const hits = alarms.filter((v) => alarmFor(e, v))
      if (hits.length > 0) {
        const firstAt = Math.min(...hits.map((h) => h.at))
        const things = [...new Set(hits.map((h) => h.thingName))]
        return {
          expected: e,
          verdict: 'met',
          detail: `in alarm on ${things.length} of ${scope.things.length} thing(s)`,
          seenAfterMs: after(firstAt),
          evidence: things
        }
      }
      const outcome: Outcome = {
        expected: e,
        verdict: 'waiting',
        detail: 'not seen yet',
        evidence: []
      }
      if (!late) return outcome
      return untrained(outcome, models)
        ? notCheckable(outcome, models)
        : { ...outcome, verdict: 'missed', detail: `not seen within ${minutes(timeoutMs)}` }
    }
    case 'no-violations': {
      if (alarms.length > 0) {
        const firstAt = Math.min(...alarms.map((h) => h.at))
        const names = [...new Set(alarms.map((v) => `${v.securityProfileName}/${v.behaviorName}`))]
        return {
          expected: e,
          verdict: 'forbidden',
          detail: `in alarm: ${names.join(', ')}`,
          seenAfterMs: after(firstAt),
          evidence: [...new Set(alarms.map((v) => v.thingName))]
        }
      }
      return late
        ? { expected: e, verdict: 'met', detail: `quiet for ${minutes(timeoutMs)}`, evidence: [] }
        : { expected: e, verdict: 'waiting', detail: 'quiet so far', evidence: [] }
    }
    case 'audit-finding': {
      const ours = new Set([...scope.things, ...scope.certificateIds])
      const hits = seen.findings.filter(
        (f) => f.checkName === e.checkName && f.names.some((n) => ours.has(n))
      )
      if (hits.length > 0)
        return {
          expected: e,
          verdict: 'met',
          detail: `${hits.length} finding(s)`,
          seenAfterMs: after(Math.min(...hits.map((h) => h.at))),
          evidence: hits.map((h) => h.findingId)
        }
      if (ctx.settlesLater(e))
        return {
          expected: e,
          verdict: 'pending',
          detail: 'AWS audits connections some hours old: a later `audit` settles it',
          evidence: []
        }
      return late
        ? {
            expected: e,
            verdict: 'missed',
            detail: `no finding within ${minutes(timeoutMs)}`,
            evidence: []
          }
        : { expected: e, verdict: 'waiting', detail: 'no finding yet', evidence: [] }
    }
  }
}

function untrained(o: Outcome, models: ReadonlyMap<string, ModelState>): boolean {
  const e = o.expected
  if (e.kind !== 'violation' || e.criteriaType !== 'MACHINE_LEARNING') return false
  return models.get(key(e.securityProfileName, e.behaviorName))?.status !== 'ACTIVE'
}

function notCheckable(o: Outcome, models: ReadonlyMap<string, ModelState>): Outcome {
  const e = o.expected
  const m =
    e.kind === 'violation' ? models.get(key(e.securityProfileName, e.behaviorName)) : undefined
  const status = m
    ? `${m.status}${m.datapointsPercent !== undefined ? `, ${m.datapointsPercent}% of its datapoints` : ''}`
    : 'not reported'
  return { ...o, verdict: 'not-checkable', detail: `its ML model is not ACTIVE (${status})` }
}

const minutes = (ms: number): string =>
  ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.round(ms / 1000)}s`
