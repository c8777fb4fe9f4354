/**
 * A simulation entry of the profile file → the traffic its scenario produces, with the defaults a field left
 * out takes. Each scenario moves the cloud-side metric it names:
 * anomaly → message-byte-size and num-messages-sent; baseline → steady, small, slow messages (false-positive
 * checks, ML training); auth-failures → num-authorization-failures; connection-churn →
 * num-connection-attempts; disconnects → num-disconnects; shared-certificate → the audit's
 * DEVICE_CERTIFICATE_SHARED_CHECK.
 */
import { parseDuration } from '../config/duration.js'
import type { Scenario, SimulationEntry } from '../config/file-format.js'
import type { Traffic } from './traffic.js'

export const DEFAULT_TOPIC = 'ddac/sim'

interface Defaults {
  messageSize: number
  count: number
  intervalMs: number
  durationMs?: number
  holdMs?: number
}

const MINUTE = 60_000
/** Defaults per scenario; AWS reconnects take about a second, so per-connection steps are seconds apart. */
export const SCENARIO_DEFAULTS: Readonly<Record<Scenario, Defaults>> = {
  anomaly: { messageSize: 2048, count: 100, intervalMs: 1000 },
  baseline: { messageSize: 64, count: 30, intervalMs: 10_000, durationMs: 5 * MINUTE },
  'auth-failures': { messageSize: 16, count: 10, intervalMs: 5000 },
  'connection-churn': { messageSize: 0, count: 20, intervalMs: 5000 },
  disconnects: { messageSize: 0, count: 10, intervalMs: 5000 },
  'shared-certificate': { messageSize: 0, count: 0, intervalMs: 0, holdMs: 5 * MINUTE }
}

/** `250ms`, `5s`, `2m`, `1h` → milliseconds (the schema allows only these forms). */
export function durationMs(text: string): number {
  const ms = parseDuration(text)
  if (ms === undefined) throw new Error(`"${text}" is not a duration such as 250ms, 5s, 2m or 1h`)
  return ms
}

export function trafficFor(sim: SimulationEntry): Traffic {
  const d = SCENARIO_DEFAULTS[sim.scenario]
  const intervalMs = sim.interval ? durationMs(sim.interval) : d.intervalMs
  const topic = sim.topic ?? DEFAULT_TOPIC
  switch (sim.scenario) {
    case 'anomaly':
      return {
        kind: 'publish',
        topic,
        messageSize: sim.messageSize ?? d.messageSize,
        count: sim.count ?? d.count,
        intervalMs
      }
    case 'baseline': {
      const runFor = sim.duration ? durationMs(sim.duration) : d.durationMs!
      const count = sim.count ?? Math.max(1, Math.floor(runFor / intervalMs))
      return {
        kind: 'publish',
        topic,
        messageSize: sim.messageSize ?? d.messageSize,
        count,
        intervalMs
      }
    }
    case 'auth-failures':
      return { kind: 'denied-publish', topic, count: sim.count ?? d.count, intervalMs }
    case 'connection-churn':
      return { kind: 'churn', count: sim.count ?? d.count, intervalMs }
    case 'disconnects':
      return { kind: 'drop', count: sim.count ?? d.count, intervalMs }
    case 'shared-certificate':
      return { kind: 'hold', holdMs: sim.hold ? durationMs(sim.hold) : d.holdMs! }
  }
}
