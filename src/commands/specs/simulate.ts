/**
 * simulate: provision the file's simulations, send their traffic over MQTT, check what they expect, and always
 * tear down what the run created (commands/simulate.ts). A stop gates the run, never its teardown, which uses
 * the session's control client; the action records the ledger so its post step finishes a teardown a kill cut
 * short.
 */
import type { Report } from '../../report/report.js'
import type { SimulationRun } from '../../report/verification.js'
import type { SimulateOptions as RunSimulation } from '../simulate.js'
import { defineCommand, type CommonOptions, type Context } from '../spec.js'

export type SimulateOptions = CommonOptions &
  Pick<
    RunSimulation,
    | 'simulations'
    | 'shard'
    | 'runId'
    | 'ledgerFile'
    | 'onLedger'
    | 'broker'
    | 'caFile'
    | 'connect'
    | 'verify'
    | 'clock'
  >

/** Run the simulations in a session the runner opened (also `run`'s second half). */
export async function simulateIn(
  opts: SimulateOptions,
  { profile, identity, session }: Context
): Promise<SimulationRun> {
  const { simulateCommand } = await import('../simulate.js')
  const { signal, log, simulations, shard, runId, ledgerFile, onLedger, broker, connect, caFile } =
    opts
  return simulateCommand(
    {
      profile: profile!,
      identity: identity!,
      log,
      ...(simulations ? { simulations } : {}),
      ...(shard ? { shard } : {}),
      ...(runId ? { runId } : {}),
      ...(ledgerFile ? { ledgerFile } : {}),
      ...(onLedger ? { onLedger } : {}),
      ...(broker ? { broker } : {}),
      ...(caFile ? { caFile } : {}),
      ...(connect ? { connect } : {}),
      ...(opts.verify !== undefined ? { verify: opts.verify } : {}),
      ...(opts.clock ? { clock: opts.clock } : {}),
      ...(signal ? { signal } : {})
    },
    session!
  )
}

/** The report of a simulate run, with its expectations. */
export async function simulateReport(run: SimulationRun, { profile }: Context): Promise<Report> {
  const { renderRunMarkdown, renderRunText, runFailure, runOutputs } =
    await import('../../report/verification.js')
  const failure = runFailure(run)
  return {
    ok: failure === undefined,
    ...(failure ? { failure } : {}),
    text: renderRunText(run),
    markdown: renderRunMarkdown(profile!, run),
    problems: [],
    outputs: runOutputs(run)
  }
}

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'reads' },
  run: simulateIn,
  report: (run, _opts, ctx) => simulateReport(run, ctx)
})
