/**
 * `ddac local`: start the emulator, print one JSON line with its endpoint, account, region, broker address and
 * where its CA certificate is served (for scripts to read), and serve until stopped; with a data directory
 * the account is saved before exit.
 */
import { once } from 'node:events'
import { isIP } from 'node:net'
import { EMULATOR_CA_PATH } from '../model/emulator-paths.js'
import { startEmulator, type EmulatorOptions } from './emulator.js'

/** 127.0.0.0/8, ::1 and localhost reach only this machine. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true
  return isIP(host) === 4 && host.startsWith('127.')
}

export interface ServeIo {
  out: (text: string) => void
  err: (text: string) => void
}

export async function serveLocal(
  options: EmulatorOptions,
  io: ServeIo,
  stop: AbortSignal
): Promise<void> {
  const host = options.host ?? '127.0.0.1'
  if (!isLoopback(host))
    io.err(
      `ddac local: warning: listening on ${host}, ${host === '0.0.0.0' || host === '::' ? 'every network interface' : 'an address other machines can reach'}: ` +
        'anyone who reaches it can read and change the emulated account without credentials; use 127.0.0.1 unless you mean it\n'
    )
  // `ddac local` serves MQTT and evaluates audits; tests of the bare emulator choose.
  const emulator = await startEmulator({ broker: true, audit: true, ...options })
  const { endpoint, account, region, broker } = emulator
  const dataEndpoint = broker ? `${broker.host}:${broker.port}` : undefined
  const caUrl = `${endpoint}${EMULATOR_CA_PATH}`
  io.out(
    JSON.stringify({
      endpoint,
      account,
      region,
      ...(dataEndpoint ? { dataEndpoint } : {}),
      caUrl
    }) + '\n'
  )
  io.err(
    `ddac local: AWS IoT control plane of account ${account} in ${region} at ${endpoint}` +
      `${dataEndpoint ? `, MQTT (mutual TLS, the CA at ${caUrl}) at ${dataEndpoint}` : ''}` +
      `${options.dataDir ? `, saved in ${options.dataDir}` : ' (in memory)'}; stop with Ctrl-C\n`
  )
  if (!stop.aborted) await once(stop, 'abort')
  await emulator.stop()
  io.err('ddac local: stopped\n')
}
