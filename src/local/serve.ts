/**
 * `ddac local`: start the emulator, print one JSON line with its endpoint, account and region (for scripts
 * to read), and serve until stopped; with a data directory the account is saved before exit.
 */
import { once } from 'node:events'
import { startEmulator, type EmulatorOptions } from './emulator.js'

export interface ServeIo {
  out: (text: string) => void
  err: (text: string) => void
}

export async function serveLocal(
  options: EmulatorOptions,
  io: ServeIo,
  stop: AbortSignal
): Promise<void> {
  const emulator = await startEmulator(options)
  const { endpoint, account, region } = emulator
  io.out(JSON.stringify({ endpoint, account, region }) + '\n')
  io.err(
    `ddac local: AWS IoT control plane of account ${account} in ${region} at ${endpoint}` +
      `${options.dataDir ? `, saved in ${options.dataDir}` : ' (in memory)'}; stop with Ctrl-C\n`
  )
  if (!stop.aborted) await once(stop, 'abort')
  await emulator.stop()
  io.err('ddac local: stopped\n')
}
