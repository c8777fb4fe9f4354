/**
 * The broker address of a DescribeEndpoint answer, and the CA devices trust there. AWS answers a bare host name
 * (devices dial port 8883, its certificate checked against the system trust store); the local emulator's broker
 * listens on a free port and answers `host:port` instead (a stand-in AWS never sends), under its own CA.
 */
import { EMULATOR_CA_PATH, EMULATOR_TIME_SCALE_HEADER } from '../../model/emulator-paths.js'
import { errorMessage } from '../../util/errors.js'
import type { BrokerAddress } from './connection.js'

export const AWS_MQTT_PORT = 8883

export function brokerAddress(endpointAddress: string, caPem?: string): BrokerAddress {
  const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(endpointAddress)
  const host = match ? match[1]!.replace(/^\[|\]$/g, '') : endpointAddress
  const port = match ? Number(match[2]) : AWS_MQTT_PORT
  return { host, port, ...(caPem === undefined ? {} : { caPem }) }
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** The certificates of a PEM text (a key or anything else in it is left out: devices need only the CA). */
export function pemCertificates(text: string, from: string): string {
  const certificates = text.match(PEM_CERTIFICATE)
  if (!certificates)
    throw new Error(`${from} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`)
  return certificates.join('\n') + '\n'
}

/**
 * The CA of a running ddac emulator (`ddac local`), which it serves on EMULATOR_CA_PATH: its broker's server
 * certificate chains to it. The answer also tells the emulator's time scale. Another emulator does not serve
 * it; the error says what to pass instead.
 */
export async function emulatorCa(
  endpoint: string,
  timeoutMs = 10_000
): Promise<{ caPem: string; timeScale?: number }> {
  const url = new URL(EMULATOR_CA_PATH, endpoint).href
  const remedy = `simulate needs the CA of the broker at ${endpoint} to trust it: pass --ca-file PATH (its CA certificate, PEM)`
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  } catch (e) {
    throw new Error(`${url} did not answer (${errorMessage(e)}); ${remedy}`, { cause: e })
  }
  if (!response.ok)
    throw new Error(`${url} answered ${response.status}, so it is not ddac local; ${remedy}`)
  const scale = Number(response.headers.get(EMULATOR_TIME_SCALE_HEADER))
  return {
    caPem: pemCertificates(await response.text(), url),
    ...(Number.isFinite(scale) && scale >= 1 ? { timeScale: scale } : {})
  }
}
