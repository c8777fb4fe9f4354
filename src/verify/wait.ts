/**
 * Waiting for expectations: poll what Device Defender reports, judge, print progress, and stop as soon as
 * every expectation is decided or something forbidden appears (the run fails either way), or at the last
 * deadline. Polls back off, so a long wait stays far inside the List* quotas (src/model/quotas.ts: 10/s).
 */
import { formatDuration } from '../util/duration-text.js'
import type { SimulationExpectations } from './expectations.js'
import { isFinal, judge, type JudgeContext, type Observation, type Outcome } from './judge.js'

export interface WaitClock {
  now(): number
  /** resolves after `ms`, or early when `signal` aborts */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

/** Wall-clock time, for AWS: a stop ends a sleep early. */
export const realClock: WaitClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve()
      const done = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      signal?.addEventListener('abort', done, { once: true })
    })
}

export interface WaitOptions {
  sims: readonly SimulationExpectations[]
  observe: () => Promise<Observation>
  clock: WaitClock
  scopes: JudgeContext['scopes']
  settlesLater: JudgeContext['settlesLater']
  log: (line: string) => void
  signal?: AbortSignal
  /** first pause between polls, then ×1.5 up to `maxPollMs` (AWS: 5 s → 60 s; the emulator: scaled) */
  firstPollMs?: number
  maxPollMs?: number
  /** a progress line when something was decided, else at most this often on the clock (default 10 s) */
  progressEveryMs?: number
}

export interface WaitResult {
  outcomes: Outcome[]
  polls: number
  elapsedMs: number
  /** why waiting ended */
  ended: 'decided' | 'forbidden' | 'deadline' | 'stopped'
  /** what the last poll saw: the violations and models the outcomes were judged on */
  last: Observation
}

export async function waitForExpectations(o: WaitOptions): Promise<WaitResult> {
  const startedAt = o.clock.now()
  const timeouts = new Map(o.sims.map((s) => [s.simulation, s.timeoutMs]))
  const lastDeadline = startedAt + Math.max(0, ...o.sims.map((s) => s.timeoutMs))
  let pause = o.firstPollMs ?? 5000
  const maxPause = o.maxPollMs ?? 60_000
  const every = o.progressEveryMs ?? 10_000
  let said = { decided: -1, at: -Infinity }
  for (let polls = 1; ; polls++) {
    const seen = await o.observe()
    const now = o.clock.now()
    const outcomes = judge(o.sims, seen, {
      scopes: o.scopes,
      startedAt,
      now,
      settlesLater: o.settlesLater
    })
    const decided = outcomes.filter(isFinal).length
    if (decided !== said.decided || now - said.at >= every) {
      o.log(progress(outcomes, seen, now - startedAt, lastDeadline - now))
      said = { decided, at: now }
    }
    const done = (ended: WaitResult['ended']): WaitResult => ({
      outcomes: ended === 'decided' ? outcomes : outcomes.map((x) => closeWaiting(x, ended)),
      polls,
      elapsedMs: now - startedAt,
      ended,
      last: seen
    })
    if (outcomes.some((x) => x.verdict === 'forbidden')) return done('forbidden')
    if (outcomes.every(isFinal)) return done('decided')
    if (now >= lastDeadline) return done('deadline')
    if (o.signal?.aborted) return done('stopped')
    // wake at the next deadline of something still waited for, so a quiet check ends when it is due
    const due = outcomes
      .filter((x) => !isFinal(x))
      .map((x) => startedAt + (timeouts.get(x.expected.simulation) ?? 0))
      .filter((t) => t > now)
    await o.clock.sleep(Math.min(pause, Math.min(lastDeadline, ...due) - now), o.signal)
    if (o.signal?.aborted) {
      // one last look, so what was already reported is not lost to the stop
      pause = 0
      continue
    }
    pause = Math.min(maxPause, pause * 1.5)
  }
}

function closeWaiting(x: Outcome, ended: WaitResult['ended']): Outcome {
  if (x.verdict !== 'waiting') return x
  const why = {
    forbidden: 'not seen before waiting stopped (something forbidden was seen)',
    stopped: 'not seen before the run was stopped',
    deadline: 'not seen before the deadline',
    decided: ''
  }[ended]
  return { ...x, verdict: 'missed', detail: why }
}

/** `verify: 2/4 decided (1 met, 1 forbidden); waiting: flood/big-messages; models: ml 40%; 3m 5s elapsed, ~12m left` */
export function progress(
  outcomes: readonly Outcome[],
  seen: Observation,
  elapsedMs: number,
  leftMs: number
): string {
  const decided = outcomes.filter(isFinal)
  const counts = new Map<string, number>()
  for (const x of decided) counts.set(x.verdict, (counts.get(x.verdict) ?? 0) + 1)
  const tally = [...counts].map(([v, n]) => `${n} ${v}`).join(', ')
  const waiting = outcomes.filter((x) => !isFinal(x)).map((x) => label(x))
  const training = seen.models
    .filter((m) => m.status !== 'ACTIVE')
    .map(
      (m) =>
        `${m.behaviorName} ${m.status}${m.datapointsPercent !== undefined ? ` ${m.datapointsPercent}%` : ''}`
    )
  return [
    `verify: ${decided.length}/${outcomes.length} decided${tally ? ` (${tally})` : ''}`,
    waiting.length
      ? `waiting: ${waiting.slice(0, 3).join(', ')}${waiting.length > 3 ? ', …' : ''}`
      : '',
    training.length ? `models: ${training.slice(0, 3).join(', ')}` : '',
    `${formatDuration(elapsedMs)} elapsed${leftMs > 0 && waiting.length ? `, ≤${formatDuration(leftMs)} left` : ''}`
  ]
    .filter(Boolean)
    .join('; ')
}

export function label(x: Outcome): string {
  const e = x.expected
  if (e.kind === 'violation') return `${e.simulation}: ${e.securityProfileName}/${e.behaviorName}`
  if (e.kind === 'no-violations') return `${e.simulation}: quiet`
  return `${e.simulation}: ${e.checkName}`
}
