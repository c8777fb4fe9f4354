/**
 * `simulate`: run the file's simulations (input `simulations`, default all) on freshly provisioned things,
 * tear down what the run created whatever happens, and report a result per simulation. The action records the
 * ledger's place (`onLedger`) so its post step can finish a teardown the main step never reached.
 */
import { DescribeEndpointCommand } from '@aws-sdk/client-iot'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ProfileFile } from '../config/file-format.js'
import type { BrokerAddress, ConnectionFactory } from '../simulate/mqtt/connection.js'
import { brokerAddress } from '../simulate/mqtt/endpoint.js'
import { Ledger } from '../simulate/provision/ledger.js'
import { newRunId, parseShard } from '../simulate/provision/marks.js'
import { chooseSimulations, runSimulations } from '../simulate/run-simulations.js'
import {
  renderSimulateMarkdown,
  renderSimulateText,
  simulateFailure,
  simulateOutputs
} from '../report/simulate.js'
import type { Report } from '../report/report.js'
import type { IotSession } from './target.js'

export interface SimulateOptions {
  profile: ProfileFile
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
  connect?: ConnectionFactory
  now?: () => number
}

/**
 * The account's data endpoint: AWS's on port 8883, its server certificate checked against the system trust
 * store; the in-process emulator's broker with the emulator's CA.
 */
async function brokerOf(session: IotSession): Promise<BrokerAddress> {
  if (session.local && !session.localCaPem)
    throw new Error(
      'simulate needs an MQTT broker: run it against AWS, or with --local (the emulator started for the run)'
    )
  const out = await session.client.send(
    new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })
  )
  return brokerAddress(out.endpointAddress!, session.localCaPem)
}

export async function simulateCommand(opts: SimulateOptions, session: IotSession): Promise<Report> {
  const simulations = chooseSimulations(opts.profile.simulations ?? [], opts.simulations ?? [])
  const shard = opts.shard ? parseShard(opts.shard) : undefined
  const runId = opts.runId ?? newRunId()
  const file = opts.ledgerFile ?? path.join(tmpdir(), `ddac-ledger-${runId}.jsonl`)
  const ledger = new Ledger(runId, file)
  opts.onLedger?.({ file, runId, tornDown: false })
  // Loaded here: only simulate pays for the native MQTT binding.
  const connect = opts.connect ?? (await import('../simulate/mqtt/crt-connection.js')).crtConnection
  const outcome = await runSimulations({
    iot: session.client,
    teardownIot: session.control,
    simulations,
    runId,
    ledger,
    broker: () => (opts.broker ? Promise.resolve(opts.broker) : brokerOf(session)),
    connect,
    log: opts.log,
    ...(shard ? { shard } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.now ? { now: opts.now } : {})
  })
  if (outcome.teardown.failures.length === 0) opts.onLedger?.({ file, runId, tornDown: true })
  const failure = simulateFailure(outcome)
  return {
    ok: failure === undefined,
    ...(failure ? { failure } : {}),
    text: renderSimulateText(outcome),
    markdown: renderSimulateMarkdown(outcome),
    problems: [],
    outputs: simulateOutputs(outcome)
  }
}
