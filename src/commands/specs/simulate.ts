/**
 * simulate: provision the file's simulations, send their traffic over MQTT, and always tear down what the run
 * created (commands/simulate.ts). A stop gates the run, never its teardown, which uses the session's control
 * client; the action records the ledger so its post step finishes a teardown a kill cut short.
 */
import type { Report } from '../../report/report.js'
import type { SimulateOptions as RunSimulation } from '../simulate.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export type SimulateOptions = CommonOptions &
  Pick<
    RunSimulation,
    'simulations' | 'shard' | 'runId' | 'ledgerFile' | 'onLedger' | 'broker' | 'caFile' | 'connect'
  >

export const spec = defineCommand({
  needs: { file: 'valid', account: true, stoppable: 'reads' },
  run: async (opts: SimulateOptions, { profile, session }): Promise<Report> => {
    const { simulateCommand } = await import('../simulate.js')
    return simulateCommand(
      {
        profile: profile!,
        log: opts.log,
        ...(opts.simulations ? { simulations: opts.simulations } : {}),
        ...(opts.shard ? { shard: opts.shard } : {}),
        ...(opts.runId ? { runId: opts.runId } : {}),
        ...(opts.ledgerFile ? { ledgerFile: opts.ledgerFile } : {}),
        ...(opts.onLedger ? { onLedger: opts.onLedger } : {}),
        ...(opts.broker ? { broker: opts.broker } : {}),
        ...(opts.caFile ? { caFile: opts.caFile } : {}),
        ...(opts.connect ? { connect: opts.connect } : {}),
        ...(opts.signal ? { signal: opts.signal } : {})
      },
      session!
    )
  },
  report: (report) => report
})
