/**
 * One `simulate` run: for each chosen simulation of the file, provision its fleet (ledger first), connect and
 * run its scenario's traffic with progress lines, then tear down everything the run created, always: after
 * success, after an error part-way, and after a stop. Clients, the connection factory, the broker address and
 * the clock come from the caller.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import type { Scenario, SimulationEntry } from '../config/file-format.js'
import { runFleet, type FleetProgress, type FleetResult } from './fleet.js'
import type { BrokerAddress, ConnectionFactory } from './mqtt/connection.js'
import type { Ledger } from './provision/ledger.js'
import type { Shard } from './provision/marks.js'
import { provisionFleet } from './provision/provision.js'
import { teardown, type TeardownResult } from './provision/teardown.js'
import { DEFAULT_TOPIC, trafficFor } from './scenarios.js'
import { errorMessage } from '../util/errors.js'

export interface SimulationResult {
  name: string
  scenario: Scenario
  things: number
  /** things that connected at least once */
  connections: number
  /** steps made (publishes, connects) and acknowledged */
  messages: number
  acked: number
  bytes: number
  denials: number
  reconnects: number
  /** steps per second per thing */
  askedRate: number
  achievedRate: number
  durationMs: number
  /** connect failures and failed steps */
  errors: number
  /** planned steps not made because the run was stopped */
  stopped: number
  /** when its traffic began and ended (epoch ms, on the run's clock) */
  startedAt: number
  endedAt: number
}

/** What one simulation created that verification matches findings and violations to. */
export interface FleetScope {
  things: readonly string[]
  certificateIds: readonly string[]
}

export interface SimulationsOutcome {
  runId: string
  shard?: Shard
  results: SimulationResult[]
  teardown: TeardownResult
  /** why the run ended early (an error), if it did */
  error?: string
  /** stopped by the signal (a cancelled job, Ctrl-C) */
  cancelled: boolean
}

export interface RunSimulationsOptions {
  /** provisions and runs; may be gated by the stop signal */
  iot: IoTClient
  /** removes: a client the stop does not gate, so teardown still runs after a cancel */
  teardownIot: IoTClient
  simulations: readonly SimulationEntry[]
  runId: string
  shard?: Shard
  ledger: Ledger
  /** where the devices connect (AWS's ATS endpoint, or the emulator's broker) */
  broker: () => Promise<BrokerAddress>
  connect: ConnectionFactory
  log: (line: string) => void
  now?: () => number
  signal?: AbortSignal
  /** at most one progress line this often (default 5 s) */
  progressEveryMs?: number
  /**
   * called once every simulation's traffic ran, before teardown: Device Defender reports violations on
   * things, so expectations are checked while the run's things still exist. Not called after an error or a
   * stop; it reports its own failures (it must not throw).
   */
  beforeTeardown?: (
    scopes: ReadonlyMap<string, FleetScope>,
    /** when the first simulation's traffic began */
    trafficStartedAt: number
  ) => Promise<void>
}

/** Pick the file's simulations by name (all when `names` is empty); an unknown name is an error. */
export function chooseSimulations(
  all: readonly SimulationEntry[],
  names: readonly string[]
): SimulationEntry[] {
  if (names.length === 0) return [...all]
  const unknown = names.filter((n) => !all.some((s) => s.name === n))
  if (unknown.length)
    throw new Error(
      `No simulation named ${unknown.join(', ')} in the file; it has ${all.map((s) => s.name).join(', ') || 'none'}`
    )
  return all.filter((s) => names.includes(s.name))
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`

/** `message-flood sending: 120/500, 24.0/s, 0 errors, ~16s left` */
export function progressText(name: string, p: FleetProgress): string {
  const rate = p.rate > 0 ? `, ${p.rate.toFixed(1)}/s` : ''
  const left = p.leftMs !== undefined ? `, ~${seconds(p.leftMs)} left` : ''
  return `${name} ${p.phase}: ${p.done}/${p.total}${rate}, ${p.errors} error${p.errors === 1 ? '' : 's'}${left}`
}

export function resultOf(
  sim: SimulationEntry,
  fleet: FleetResult,
  span: { startedAt: number; endedAt: number }
): SimulationResult {
  return {
    ...span,
    name: sim.name,
    scenario: sim.scenario,
    things: fleet.things,
    connections: fleet.connected,
    messages: fleet.sent,
    acked: fleet.acked,
    bytes: fleet.bytes,
    denials: fleet.denied,
    reconnects: fleet.reconnects,
    askedRate: fleet.askedRate,
    achievedRate: fleet.achievedRate,
    durationMs: fleet.durationMs,
    errors: fleet.connectFailures.size + fleet.failed,
    stopped: fleet.stopped
  }
}

export async function runSimulations(options: RunSimulationsOptions): Promise<SimulationsOutcome> {
  const { log, ledger, runId } = options
  const now = options.now ?? Date.now
  const results: SimulationResult[] = []
  const scopes = new Map<string, FleetScope>()
  let error: string | undefined
  try {
    const broker = await options.broker()
    for (const sim of options.simulations) {
      if (options.signal?.aborted) break
      log(`${sim.name}: provisioning ${sim.things ?? 1} thing(s) as run ${runId}`)
      const fleet = await provisionFleet({
        iot: options.iot,
        runId,
        ledger,
        now,
        fleet: {
          // The shards of a matrix share the run id: each names its own policy and things.
          name:
            options.shard && options.shard.count > 1
              ? `${sim.name}-s${options.shard.index}of${options.shard.count}`
              : sim.name,
          things: sim.things ?? 1,
          sharedCertificate: sim.scenario === 'shared-certificate',
          topic: sim.topic ?? DEFAULT_TOPIC,
          ...(sim.thingGroup ? { thingGroup: sim.thingGroup } : {})
        },
        ...(options.shard ? { shard: options.shard } : {})
      })
      scopes.set(sim.name, {
        things: fleet.devices.map((d) => d.clientId),
        certificateIds: fleet.certificateIds
      })
      let last = -Infinity
      const startedAt = now()
      const every = options.progressEveryMs ?? 5000
      const outcome = await runFleet({
        devices: fleet.devices,
        broker,
        connect: options.connect,
        traffic: trafficFor(sim),
        now,
        progressEveryMs: Math.min(every, 1000),
        onProgress: (p) => {
          if (now() - last < every) return
          last = now()
          log(progressText(sim.name, p))
        },
        ...(options.signal ? { signal: options.signal } : {})
      })
      results.push(resultOf(sim, outcome, { startedAt, endedAt: now() }))
      log(
        `${sim.name}: ${outcome.sent} sent, ${outcome.acked} acknowledged, ${outcome.connectFailures.size} connect failure(s) in ${seconds(outcome.durationMs)}`
      )
    }
  } catch (e) {
    error = errorMessage(e)
    log(`simulation stopped by an error: ${error}`)
  }
  if (!error && !options.signal?.aborted && options.beforeTeardown)
    await options.beforeTeardown(scopes, results[0]?.startedAt ?? now())
  // Every error above is caught, so teardown runs whatever happened; its own failures are reported, not thrown.
  log(`removing what run ${runId} created (${ledger.list().length} resource(s))`)
  const removed = await teardown(options.teardownIot, ledger.list()).catch((e): TeardownResult => ({
    removed: 0,
    failures: [errorMessage(e)]
  }))
  return {
    runId,
    ...(options.shard ? { shard: options.shard } : {}),
    results,
    teardown: removed,
    ...(error ? { error } : {}),
    cancelled: options.signal?.aborted ?? false
  }
}
