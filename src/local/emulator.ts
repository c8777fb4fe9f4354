/**
 * The embedded emulator of the AWS IoT control plane: `startEmulator()` serves one account on localhost for
 * the real `@aws-sdk/client-iot`, in-memory or backed by a data directory. Tests, `ddac local` and `--local`
 * all start it through this function.
 *
 * For tests and the data plane it also hands out the seams: `store(region)` (records, relation queries,
 * `transaction`/`commit`, which persist like an HTTP write), `onChange(listener)` (committed change events
 * of every region), `clock` (the clock service) and `engines` (register Detect / Audit engines).
 */
import type { AddressInfo } from 'node:net'
import { functionClock, realClock, scaledClock, type Clock } from './clock/clock.js'
import { accountView } from './data-plane/account-view.js'
import { startBroker, type Broker } from './data-plane/broker.js'
import { AuditEngine, DEFAULT_TASK_DURATION_MS, SHARED_CERTIFICATE_LAG_MS } from './audit/engine.js'
import { permissiveness } from './data-plane/policy/permissiveness.js'
import { DetectEngine } from './detect/engine.js'
import { DEFAULT_TIME_SCALE, scaledTiming, type DetectTiming } from './detect/windows.js'
import { Faults, type FaultOptions } from './http/faults.js'
import { createControlPlane, type RequestRecord } from './http/server.js'
import { ApiError } from './operations/api-error.js'
import type { Engines } from './operations/context.js'
import { CertificateAuthority } from './pki/ca.js'
import { coalesced, loadState, StateFile } from './store/persist.js'
import { Regions } from './store/regions.js'
import type { MetricSample } from './store/cloud-metrics.js'
import { Store, type AccountSnapshot, type ChangeListener } from './store/store.js'

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
  /**
   * emulated time: a clock service (clock/clock.ts: real, scaled, stepped), or a function of epoch
   * milliseconds for creation and modification dates (timers then run in wall time); default: wall time
   */
  clock?: Clock | (() => number)
  /**
   * run emulated time this many times faster than the wall clock (`ddac local --clock-scale`); with a data
   * directory it continues from the emulated time saved there. Ignored when `clock` is given.
   */
  clockScale?: number
  /** engines to register from the start (more can be set on `engines` later) */
  engines?: Engines
  detect?: DetectOptions
  /** evaluate audits (the audit engine, at Detect's time scale); otherwise tasks complete at once, empty */
  audit?: boolean
  /**
   * serve the MQTT data plane (mutual TLS, the emulator's CA) and answer DescribeEndpoint with its address;
   * `port` 0 (the default) picks a free one
   */
  broker?: boolean | { port?: number }
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
  /** the region's store (default: home): relation queries, and `transaction` for changes not made over HTTP */
  store(region?: string): Store
  /** subscribe to committed changes in every region (made since subscribing); returns the unsubscribe */
  onChange(listener: ChangeListener): () => void
  /** the clock service operations and engines use */
  clock: Clock
  /** the registered engines: set `engines.audit` / `engines.detect` to plug one in */
  engines: Engines
  /** the MQTT broker, when started (`broker` option): `host:port` is what DescribeEndpoint answers */
  broker?: Pick<Broker, 'host' | 'port' | 'connected' | 'totals'>
  /** the home region's Detect engine */
  detect: {
    timing: DetectTiming
    /** the data plane's metric samples (the broker's, or a test's) */
    record(samples: readonly MetricSample[]): void
    /** evaluate now (the timer does this every period unless `stepped`), then commit */
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
  const ownClock = typeof options.clock !== 'object'
  const clock: Clock =
    typeof options.clock === 'function'
      ? functionClock(options.clock)
      : (options.clock ??
        (options.clockScale !== undefined && options.clockScale !== 1
          ? scaledClock(options.clockScale, { start: saved?.clockNow })
          : realClock()))
  // The data plane listens before the account exists, so DescribeEndpoint can name its port.
  const host = options.host ?? '127.0.0.1'
  const broker: Broker | undefined = options.broker
    ? await startBroker({
        account: accountView(
          () => regions.get(),
          clock,
          (samples: readonly MetricSample[]) => detect.record(samples)
        ),
        caPem: ca.certificatePem,
        server: await ca.issueServerCertificate(),
        host,
        port: typeof options.broker === 'object' ? (options.broker.port ?? 0) : 0
      })
    : undefined
  const dataEndpoint: string | undefined =
    options.dataEndpoint ??
    (broker ? `${host.includes(':') ? `[${host}]` : host}:${broker.port}` : undefined)
  const file = options.dataDir ? new StateFile(options.dataDir) : undefined
  // Every region's commit saves the whole data directory: one file holds every region.
  const save = file
    ? coalesced(() => {
        const [home, ...others] = regions.snapshots()
        return file.save({
          ca: ca.snapshot(),
          account: home!,
          regions: others,
          clockNow: clock.now()
        })
      })
    : undefined
  const listeners = new Set<ChangeListener>()
  // Detect runs in the home region, where the data plane's things live.
  const timing = scaledTiming(
    options.detect?.timeScale ?? DEFAULT_TIME_SCALE,
    options.detect?.timing
  )
  const engines: Engines = { ...options.engines }
  if (options.audit && !engines.audit)
    engines.audit = new AuditEngine({
      // the same scale as Detect: AWS's 2-hour look-back and a task's minutes shrink alike
      lookbackLagMs: SHARED_CERTIFICATE_LAG_MS / timing.scale,
      taskDurationMs: DEFAULT_TASK_DURATION_MS / timing.scale,
      policyAnalysis: (document, scope) => permissiveness(document, scope).overlyPermissive
    })
  const regions: Regions = new Regions(
    region,
    (r) => {
      const store = new Store({ account, region: r, persist: save })
      store.onChange((changes) => {
        for (const listener of listeners) listener(changes)
      })
      engines.audit?.watchRegion?.({ store, clock })
      return store
    },
    (message) => new ApiError('LimitExceededException', message)
  )
  if (saved) regions.restore([saved.account, ...(saved.regions ?? [])])
  else if (options.initialState) regions.restore([options.initialState])
  await save?.()

  const home = regions.get()
  const detect = new DetectEngine(home, clock, timing)
  const evaluate = async (): Promise<void> => {
    detect.tick()
    await home.commit()
  }
  // A change of profiles, targets, things or groups is evaluated at once, so removed alarms are invalidated.
  const RELEVANT = new Set(['securityProfiles', 'profileTargets', 'things', 'thingGroups'])
  home.onChange((changes) => {
    if (changes.some((c) => RELEVANT.has(c.kind))) detect.tick()
  })
  // An idle account (no thing ever reported, nothing in alarm) is left alone: its state does not change with
  // time alone, so a data directory is not rewritten every period. A failed save is retried by the next commit.
  const idle = (): boolean =>
    Object.keys(home.detect?.seen ?? {}).length === 0 &&
    ![...home.violations.values()].some((v) => v.active)
  const timer = options.detect?.stepped
    ? undefined
    : setInterval(() => {
        if (!idle()) void evaluate().catch(() => undefined)
      }, timing.periodMs).unref()

  const { server, requests } = createControlPlane({
    regions,
    services: { clock, ca, dataEndpoint, engines },
    timeScale: timing.scale,
    faults: new Faults(options),
    checkOutputs: options.checkOutputs,
    host
  })
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
    store: (r) => regions.get(r),
    onChange: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    clock,
    engines,
    ...(broker
      ? {
          broker: {
            host: broker.host,
            port: broker.port,
            connected: broker.connected,
            totals: broker.totals
          }
        }
      : {}),
    detect: {
      timing,
      record: (samples) => detect.record(samples),
      evaluate
    },
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(timer)
        await broker?.stop()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await Promise.all([engines.audit?.stop?.(), engines.detect?.stop?.()])
        if (ownClock) clock.dispose()
        await save?.()
      })())
  }
}
