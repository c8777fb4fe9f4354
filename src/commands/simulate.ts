/**
 * `simulate`: run the file's simulations (input `simulations`, default all) on freshly provisioned things,
 * wait for what they expect while their things still exist, tear down what the run created whatever happens,
 * and report a result per simulation and per expectation. The action records the ledger's place
 * (`onLedger`) so its post step can finish a teardown the main step never reached.
 */
import { DescribeEndpointCommand } from '@aws-sdk/client-iot'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ProfileFile } from '../config/file-format.js'
import type { BrokerAddress, ConnectionFactory } from '../simulate/mqtt/connection.js'
import { brokerAddress, emulatorCa, pemCertificates } from '../simulate/mqtt/endpoint.js'
import { Ledger } from '../simulate/provision/ledger.js'
import { newRunId, parseShard } from '../simulate/provision/marks.js'
import { chooseSimulations, runSimulations } from '../simulate/run-simulations.js'
import type { SimulationRun, Verification } from '../report/verification.js'
import type { FleetScope } from '../simulate/run-simulations.js'
import { errorMessage } from '../util/errors.js'
import type { WaitClock } from '../verify/wait.js'
import type { IotSession } from './target.js'

export interface SimulateOptions {
  profile: ProfileFile
  /** what marks the file's resources: pending audit expectations are recorded under it */
  identity: string
  /** wait for the simulations' `expect:` before teardown (default true) */
  verify?: boolean
  /** names of the file's simulations; empty: all */
  simulations?: readonly string[]
  /** `i/n`: this matrix job's share of each simulation's things */
  shard?: string
  /** the run id shared by a matrix's shards (`gh<run>a<attempt>`); default a fresh one */
  runId?: string
  /** where the ledger is written (default: the temp folder) */
  ledgerFile?: string
  /** told where the ledger is before anything is created, and when teardown finished */
  onLedger?: (event: { file: string; runId: string; tornDown: boolean }) => void
  log: (line: string) => void
  signal?: AbortSignal
  /** where devices connect (tests, or a broker of your own); default: the account's ATS endpoint */
  broker?: BrokerAddress
  /** the CA (PEM file) devices trust at the account's data endpoint (`--ca-file`): a broker of your own */
  caFile?: string
  connect?: ConnectionFactory
  now?: () => number
  /** verification's clock (tests); default the wall clock */
  clock?: WaitClock
}

/**
 * The account's data endpoint and the CA its devices trust: the one in `caFile` (a broker of your own), the
 * in-process emulator's (`--local`), the one a running `ddac local` serves (a loopback `--endpoint`, which
 * also tells its time scale), or for AWS none (its certificate is checked against the system trust store,
 * port 8883).
 */
async function brokerOf(
  session: IotSession,
  caFile?: string
): Promise<{ address: BrokerAddress; timeScale?: number }> {
  const remote =
    !caFile && !session.localCaPem && session.local && session.endpoint
      ? await emulatorCa(session.endpoint)
      : undefined
  const caPem = caFile
    ? pemCertificates(await readCaFile(caFile), caFile)
    : (session.localCaPem ?? remote?.caPem)
  const out = await session.client.send(
    new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })
  )
  return {
    address: brokerAddress(out.endpointAddress!, caPem),
    ...(remote?.timeScale ? { timeScale: remote.timeScale } : {})
  }
}

async function readCaFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw new Error(`--ca-file ${file} cannot be read: ${errorMessage(e)}`, { cause: e })
  }
}

export async function simulateCommand(
  opts: SimulateOptions,
  session: IotSession
): Promise<SimulationRun> {
  const simulations = chooseSimulations(opts.profile.simulations ?? [], opts.simulations ?? [])
  const shard = opts.shard ? parseShard(opts.shard) : undefined
  const runId = opts.runId ?? newRunId()
  const file = opts.ledgerFile ?? path.join(tmpdir(), `ddac-ledger-${runId}.jsonl`)
  const ledger = new Ledger(runId, file)
  opts.onLedger?.({ file, runId, tornDown: false })
  // Loaded here: only simulate pays for the native MQTT binding.
  const connect = opts.connect ?? (await import('../simulate/mqtt/crt-connection.js')).crtConnection
  const expecting = simulations.some((s) => s.expect)
  let verification: Verification | undefined
  let verifyError: unknown
  let target = session
  const outcome = await runSimulations({
    iot: session.client,
    teardownIot: session.control,
    simulations,
    runId,
    ledger,
    broker: async () => {
      if (opts.broker) return opts.broker
      const found = await brokerOf(session, opts.caFile)
      // A ddac local behind --endpoint runs Detect scaled too: verify as --local does.
      if (found.timeScale && session.timeScale === undefined)
        target = { ...session, timeScale: found.timeScale }
      return found.address
    },
    connect,
    log: opts.log,
    ...(shard ? { shard } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...((opts.verify ?? true) && expecting
      ? {
          beforeTeardown: async (scopes: ReadonlyMap<string, FleetScope>, began: number) => {
            try {
              verification = await verify(opts, target, runId, scopes, began)
            } catch (e) {
              verifyError = e
            }
          }
        }
      : {})
  })
  if (outcome.teardown.failures.length === 0) opts.onLedger?.({ file, runId, tornDown: true })
  // Thrown once the run's resources are gone, so a failed wait never leaves things behind.
  if (verifyError !== undefined)
    throw new Error(`verification failed: ${errorMessage(verifyError)}`, { cause: verifyError })
  return { simulations: outcome, ...(verification ? { verification } : {}) }
}

/**
 * Against an emulator (in-process, or a ddac local that told its scale) Detect and Audit run scaled
 * (session.timeScale), so the waits shrink alike and an audit started here settles the shared-certificate
 * check; against AWS they last as long as AWS's.
 */
async function verify(
  opts: SimulateOptions,
  session: IotSession,
  runId: string,
  scopes: ReadonlyMap<string, FleetScope>,
  trafficStartedAt: number
): Promise<Verification> {
  // One after the other: jest's ESM loader fails on concurrent imports that share a module.
  const { verifyRun } = await import('../verify/verify-run.js')
  const { realClock } = await import('../verify/wait.js')
  const clock = opts.clock ?? realClock
  const timeScale = session.timeScale ?? 1
  const startedAt = clock.now()
  opts.log(
    `verifying ${scopes.size} simulation(s)' expectations${timeScale > 1 ? ` at ${timeScale}× AWS's time` : ''}`
  )
  const result = await verifyRun({
    iot: session.client,
    profile: opts.profile,
    scopes,
    target: session.timeScale !== undefined ? 'emulator' : 'aws',
    identity: opts.identity,
    runId,
    clock,
    startedAt: trafficStartedAt,
    log: opts.log,
    timeScale,
    ...(opts.signal ? { signal: opts.signal } : {})
  })
  return { result, startedAt, endedAt: clock.now(), timeScale }
}
