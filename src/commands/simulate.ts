/**
 * `simulate`: run the file's simulations (input `simulations`, default all) on freshly provisioned things,
 * tear down what the run created whatever happens, and report a result per simulation. The action records the
 * ledger's place (`onLedger`) so its post step can finish a teardown the main step never reached.
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
import {
  renderSimulateMarkdown,
  renderSimulateText,
  simulateFailure,
  simulateOutputs
} from '../report/simulate.js'
import type { Report } from '../report/report.js'
import { errorMessage } from '../util/errors.js'
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
  /** the CA (PEM file) devices trust at the account's data endpoint (`--ca-file`): a broker of your own */
  caFile?: string
  connect?: ConnectionFactory
  now?: () => number
}

/**
 * The account's data endpoint and the CA its devices trust: the one in `caFile` (a broker of your own), the
 * in-process emulator's (`--local`), the one a running `ddac local` serves (a loopback `--endpoint`), or for
 * AWS none (its certificate is checked against the system trust store, port 8883).
 */
async function brokerOf(session: IotSession, caFile?: string): Promise<BrokerAddress> {
  const caPem = caFile
    ? pemCertificates(await readCaFile(caFile), caFile)
    : (session.localCaPem ??
      (session.local && session.endpoint ? await emulatorCa(session.endpoint) : undefined))
  const out = await session.client.send(
    new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })
  )
  return brokerAddress(out.endpointAddress!, caPem)
}

async function readCaFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    throw new Error(`--ca-file ${file} cannot be read: ${errorMessage(e)}`, { cause: e })
  }
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
    broker: () => (opts.broker ? Promise.resolve(opts.broker) : brokerOf(session, opts.caFile)),
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
