/**
 * The operation context and the shape of an API handler: a function of the context and the validated,
 * SDK-typed input that returns the SDK-typed output or throws an ApiError. Modules export partial tables;
 * handlers.ts joins them into one table keyed by every operation of the model.
 *
 * The context gives a handler the services (made per request by the emulator, for the region it acts in):
 * - `store`: the region's records, relation queries and cascades (store/store.ts);
 * - `clock`: emulated time and timers (clock/clock.ts); `now()` is `clock.now()`;
 * - `ca`: the emulator's certificate authority; `account`, `region`, `dataEndpoint`;
 * - `engines`: the Detect and Audit engines registered with the emulator, each possibly absent: an
 *   operation keeps AWS-shaped default behaviour without them (StartOnDemandAuditTask completes the task at
 *   once with no findings when no audit engine is registered);
 * - `page(items, sortKey, token, maxResults)`: one page of an operation's results (paging.ts).
 * Engines are written below this layer, so they see only `EngineServices` (store + clock), never this type.
 */
import type { Page } from './paging.js'
import type { OperationName } from '../../model/iot-model.js'
import type { Clock, Millis } from '../clock/clock.js'
import type { CertificateAuthority } from '../pki/ca.js'
import type { AuditTaskRecord, Store } from '../store/store.js'

/** What an engine may use: the region's store and the clock. */
export interface EngineServices {
  store: Store
  clock: Clock
}

/**
 * The audit engine's part in StartOnDemandAuditTask: the task is recorded IN_PROGRESS with its checks, then
 * handed over; the engine evaluates the checks, writes findings, completes the task and commits.
 */
export interface AuditEngine {
  startTask(task: AuditTaskRecord, services: EngineServices): void
  /** told of each region's store as the emulator makes it, to run that region's scheduled audits */
  watchRegion?(services: EngineServices): void
  /** called when the emulator stops: cancel timers, finish writes */
  stop?(): void | Promise<void>
}

/**
 * The Detect engine runs beside the operations: it reads `emulator.store(region)` (profilesForThing, the
 * metric samples), follows `emulator.onChange`, raises violations in a `store.transaction` from its clock
 * timers. Operations only need to know whether one is registered.
 */
export interface DetectEngine {
  /** called when the emulator stops: cancel timers, finish writes */
  stop?(): void | Promise<void>
}

export interface Engines {
  audit?: AuditEngine
  detect?: DetectEngine
}

export interface OperationContext {
  readonly operation: OperationName
  readonly store: Store
  readonly clock: Clock
  readonly ca: CertificateAuthority
  readonly account: string
  readonly region: string
  /** host name DescribeEndpoint returns for the data endpoint types */
  readonly dataEndpoint: string | undefined
  readonly engines: Readonly<Engines>
  now(): Millis
  uuid(): string
  /** `arn:aws:iot:{region}:{account}:{resource}` */
  arn(resource: string): string
  /** The resource part of one of this account's IoT ARNs, or undefined for any other ARN. */
  resourceOf(arn: string): string | undefined
  /**
   * One page of this operation's results: `items` in the order returned, `sortKey` increasing along it
   * (decreasing with `descending`); `maxResults` is the caller's page size, or the model's default.
   */
  page<T>(
    items: readonly T[],
    sortKey: (item: T) => string,
    token: string | undefined,
    maxResults: number | undefined,
    descending?: boolean
  ): Page<T>
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>

/**
 * An SDK input type after model validation: members the model requires are present (the SDK types them as
 * `X | undefined`, since it cannot know the caller validated), at every depth.
 */
export type Valid<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Valid<U>[]
    : T extends object
      ? { [K in RequiredKeys<T>]: Valid<NonNullable<T[K]>> } & {
          [K in OptionalKeys<T>]?: Valid<NonNullable<T[K]>>
        }
      : T

/** `input: never` accepts handlers of every input type; the control plane validated the input first. */
export type Handler = (ctx: OperationContext, input: never) => unknown

export type HandlerTable = { [K in OperationName]: Handler }
