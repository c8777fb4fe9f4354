/**
 * The embedded emulator of the AWS IoT control plane: `startEmulator()` serves one account on localhost for
 * the real `@aws-sdk/client-iot`, in-memory or backed by a data directory. Tests, `ddac local` and `--local`
 * all start it through this function.
 */
import type { AddressInfo } from 'node:net'
import { CertificateAuthority } from './ca.js'
import { createControlPlane, type RequestRecord } from './control-plane/server.js'
import { DetectEngine } from './detect/engine.js'
import { DEFAULT_TIME_SCALE, scaledTiming, type DetectTiming } from './detect/windows.js'
import { Faults, type FaultOptions } from './faults.js'
import { loadState, StateFile } from './persist.js'
import { Regions } from './regions.js'
import { AccountState, type AccountSnapshot } from './state/account.js'
import type { MetricSample } from './store/cloud-metrics.js'

export const DEFAULT_ACCOUNT = '123456789012'
export const DEFAULT_REGION = 'us-east-1'

export interface DetectOptions {
  /** AWS seconds per emulated second: windows, the two days of silence and ML's minimums are divided by it */
  timeScale?: number
  /** no timer: the caller evaluates with `detect.evaluate()` (tests that step the clock) */
  stepped?: boolean
  /** figures to use instead of the scaled AWS ones (tests: small ML minimums) */
  timing?: Partial<DetectTiming>
}

export interface EmulatorOptions extends FaultOptions {
  /** 0 (the default) picks a free port */
  port?: number
  /** default 127.0.0.1 */
  host?: string
  /** default 123456789012, or the account saved in dataDir */
  account?: string
  /** the home region, for unsigned requests (signed ones act in their own): default us-east-1, or dataDir's */
  region?: string
  /** keep the account here across restarts; in memory when absent */
  dataDir?: string
  /** host name DescribeEndpoint returns for iot:Data and iot:Data-ATS (the local broker, later) */
  dataEndpoint?: string
  /** answer 500 when an output breaks the model (for the emulator's own tests) */
  checkOutputs?: boolean
  /** start from this account state (in its region) instead of an empty account (for tests) */
  initialState?: AccountSnapshot
  /** epoch milliseconds for dates and Detect's windows (tests step it) */
  clock?: () => number
  detect?: DetectOptions
}

export interface Emulator {
  /** base URL for the SDK's `endpoint`, e.g. http://127.0.0.1:41234 */
  endpoint: string
  account: string
  /** the home region */
  region: string
  /** the CA that signs device certificates (PEM) */
  caCertificatePem: string
  /** a deep copy of the whole account in a region (default: home): for tests that prove what was (not) touched */
  state(region?: string): AccountSnapshot
  /** the latest requests, oldest first (operation, status, error name; with `labels`, the URI's resource names) */
  requests(options?: { labels?: boolean }): readonly RequestRecord[]
  /** the home region's Detect engine */
  detect: {
    timing: DetectTiming
    /** the data plane's metric samples (the broker's, or a test's) */
    record(samples: readonly MetricSample[]): void
    /** evaluate now (the timer does this every period unless `stepped`), then save */
    evaluate(): Promise<void>
  }
  /** stop serving; with a data directory, the state is saved first */
  stop(): Promise<void>
}

function pick(
  option: string | undefined,
  saved: string | undefined,
  fallback: string,
  what: string
): string {
  if (option !== undefined && saved !== undefined && option !== saved)
    throw new Error(`the data directory holds ${what} ${saved}, not ${option}`)
  return option ?? saved ?? fallback
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const saved = options.dataDir ? loadState(options.dataDir) : undefined
  const account = pick(options.account, saved?.account.account, DEFAULT_ACCOUNT, 'account')
  // A data directory holds every region; --region only chooses the home one.
  const region = options.region ?? saved?.account.region ?? DEFAULT_REGION
  const ca = saved
    ? await CertificateAuthority.restore(saved.ca)
    : await CertificateAuthority.create()
  const regions = new Regions(
    region,
    (r) =>
      new AccountState({
        account,
        region: r,
        ca,
        dataEndpoint: options.dataEndpoint,
        clock: options.clock
      })
  )
  if (saved) regions.restore([saved.account, ...(saved.regions ?? [])])
  else if (options.initialState) regions.restore([options.initialState])

  const file = options.dataDir ? new StateFile(options.dataDir) : undefined
  const save = file
    ? (): Promise<void> => {
        const [home, ...others] = regions.snapshots()
        return file.save({ ca: ca.snapshot(), account: home!, regions: others })
      }
    : undefined
  await save?.()

  // Detect runs in the home region, where the data plane's things live.
  const timing = scaledTiming(
    options.detect?.timeScale ?? DEFAULT_TIME_SCALE,
    options.detect?.timing
  )
  const detect = new DetectEngine(regions.get(), timing)
  // Saved when something changed: new samples, or an evaluation that recorded violations.
  let unsaved = false
  const evaluate = async (): Promise<void> => {
    if (detect.tick()) unsaved = true
    if (!unsaved) return
    unsaved = false
    await save?.()
  }
  // A failed save on the timer is not lost: the state stays unsaved and the next control-plane change reports it.
  const timer = options.detect?.stepped
    ? undefined
    : setInterval(
        () =>
          void evaluate().catch(() => {
            unsaved = true
          }),
        timing.periodMs
      ).unref()

  const { server, requests } = createControlPlane({
    regions,
    faults: new Faults(options),
    checkOutputs: options.checkOutputs,
    // A change of profiles, targets or groups is evaluated at once, so removed alarms are invalidated.
    afterChange: async () => {
      detect.tick()
      unsaved = false
      await save?.()
    },
    host: options.host ?? '127.0.0.1'
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host

  let stopped: Promise<void> | undefined
  return {
    endpoint: `http://${urlHost}:${port}`,
    account,
    region,
    caCertificatePem: ca.certificatePem,
    state: (r) => regions.get(r).snapshot(),
    requests: (options = {}) =>
      options.labels ? [...requests] : requests.map(({ labels: _labels, ...r }) => r),
    detect: {
      timing,
      record: (samples) => {
        detect.record(samples)
        unsaved = true
      },
      evaluate
    },
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(timer)
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await save?.()
      })())
  }
}
