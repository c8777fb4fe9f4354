/**
 * The lease that serializes applies to one account and region, kept in the account itself so every runner and
 * laptop sees the same one: a thing group `ddac-lock-<region>` whose description records the holder. AWS
 * offers two atomic steps that make it safe: CreateThingGroup fails when the group exists with other
 * properties (each holder's description is unique), and UpdateThingGroup / DeleteThingGroup with
 * `expectedVersion` fail when someone wrote in between. So of two applies starting together exactly one
 * creates it; of two taking over an expired lease exactly one wins the update; a lease is renewed while apply
 * runs and released at its end only by the holder it still names.
 */
import {
  CreateThingGroupCommand,
  DeleteThingGroupCommand,
  DescribeThingGroupCommand,
  UpdateThingGroupCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { randomUUID } from 'node:crypto'
import { readlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { explainAwsError } from '../aws/errors.js'
import { unlessNotFound } from '../aws/paginate.js'
import { isNamed } from '../util/errors.js'

/** How often a waiting apply looks whether the lease is free. */
const WAIT_POLL_MS = 2000

/** How long a lease lasts unless renewed: a holder that died (kill -9, a lost runner) blocks no longer. */
export const LEASE_TTL_MS = 5 * 60_000

export interface LeaseHolder {
  /** the identity of the file being applied */
  identity: string
  /** where it runs: the workflow run, host and process */
  process: string
  /** the machine and process, to tell on that machine whether the holder still runs */
  host: string
  pid: number
  /** ISO times */
  since: string
  expires: string
  /** tells this holder from another of the same identity and process */
  token: string
}

export interface LeaseOptions {
  identity: string
  ttlMs?: number
  /** wait this long for a lease another apply holds (default 0: refuse at once) */
  waitMs?: number
  /** told once when apply starts to wait */
  onWait?: (holder: LeaseHolder) => void
  /** ends a wait (a cancelled run): nothing was changed */
  signal?: AbortSignal
  /**
   * the client the lease is renewed and released with, once taken (default: the one it is taken with): one a
   * stop does not gate, so a cancelled apply still gives the lease back, while taking it stays stoppable
   */
  keepWith?: IoTClient
  /** epoch milliseconds (tests step it) */
  now?: () => number
  env?: NodeJS.ProcessEnv
}

export interface Lease {
  holder: LeaseHolder
  /** aborted when the lease was lost (taken over after it expired, or deleted by hand) */
  lost: AbortSignal
  /** stop renewing and delete the lease if it still names this holder; a note when that failed */
  release(): Promise<string | undefined>
}

/** Thrown when another apply holds the lease: nothing was read or changed. */
export class LeaseHeldError extends Error {
  override name = 'LeaseHeldError'
  constructor(
    readonly lockName: string,
    readonly holder: LeaseHolder,
    waitedMs = 0
  ) {
    const waited = waitedMs > 0 ? ` (waited ${Math.round(waitedMs / 1000)} s)` : ''
    super(
      `apply is locked by ${holder.identity} (${holder.process}) since ${holder.since}, until ${holder.expires} unless it is renewed${waited}; nothing was changed. Run apply again once it has finished; a lock whose holder is gone expires by itself, or delete the thing group ${lockName}.`
    )
  }
}

export async function lockName(iot: IoTClient): Promise<string> {
  return `ddac-lock-${await iot.config.region()}`
}

/** The run, host and process that apply runs in: what a blocked colleague needs to find it. */
export function processDescription(env: NodeJS.ProcessEnv = process.env): string {
  const run =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `run ${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}, `
      : ''
  return `${run}host ${hostname()} pid ${process.pid}`
}

/**
 * This machine, as far as process ids mean the same process: the host name and, on Linux, the pid namespace
 * (containers on one host may share a name but not their processes).
 */
function machine(): string {
  let ns = ''
  try {
    ns = ` ${readlinkSync('/proc/self/ns/pid')}`
  } catch {
    // not Linux: the host name alone
  }
  return `${hostname()}${ns}`
}

/** A holder on this machine whose process has ended (a second Ctrl-C, kill -9) holds nothing any more. */
function gone(holder: LeaseHolder): boolean {
  if (holder.host !== machine() || holder.pid === process.pid) return false
  try {
    process.kill(holder.pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** The description holds the record as JSON, ASCII only (the model allows printable ASCII and spaces). */
function properties(holder: LeaseHolder): { thingGroupDescription: string } {
  const json = JSON.stringify({ ddacLock: 1, ...holder }).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return { thingGroupDescription: json }
}

function parse(description: string | undefined): LeaseHolder | undefined {
  try {
    const r = JSON.parse(description ?? '') as Partial<LeaseHolder> & { ddacLock?: number }
    const fields = [r.identity, r.process, r.host, r.since, r.expires, r.token]
    return r.ddacLock === 1 && fields.every((f) => typeof f === 'string') && Number.isInteger(r.pid)
      ? (r as LeaseHolder)
      : undefined
  } catch {
    return undefined
  }
}

/** The lease as the account has it now, if any (plan reports it; it never takes one). */
export async function readLease(
  iot: IoTClient,
  signal?: AbortSignal
): Promise<{ name: string; holder: LeaseHolder; version: number } | undefined> {
  const name = await lockName(iot)
  const group = await unlessNotFound(
    iot.send(
      new DescribeThingGroupCommand({ thingGroupName: name }),
      signal ? { abortSignal: signal } : {}
    )
  )
  if (!group) return undefined
  const holder = parse(group.thingGroupProperties?.thingGroupDescription)
  if (!holder)
    throw new Error(
      `the thing group ${name} exists but is not a ddac lock; ddac keeps its apply lock under that name, so rename or delete that group`
    )
  return { name, holder, version: group.version ?? 0 }
}

/**
 * Take the lease, or throw LeaseHeldError naming the holder. An expired lease, or one whose process on this
 * machine has ended, is taken over with a version check, so two takers cannot both win. While held, the lease
 * is renewed every fifth of its time.
 */
export async function acquireLease(iot: IoTClient, opts: LeaseOptions): Promise<Lease> {
  const name = await lockName(iot)
  const start = Date.now()
  const deadline = start + (opts.waitMs ?? 0)
  try {
    for (let waited = false; ; waited = true) {
      try {
        return await take(iot, name, opts)
      } catch (e) {
        const left = deadline - Date.now()
        if (!(e instanceof LeaseHeldError)) throw e
        if (left <= 0) throw waited ? new LeaseHeldError(name, e.holder, Date.now() - start) : e
        if (!waited) opts.onWait?.(e.holder)
        await sleep(Math.min(WAIT_POLL_MS, left), undefined, { signal: opts.signal })
      }
    }
  } catch (e) {
    if (opts.signal?.aborted)
      throw new Error(`stopped while waiting for the apply lock ${name}; nothing was changed`, {
        cause: e
      })
    if (!(e as { $metadata?: unknown })?.$metadata) throw e // ours: held, or not a lease
    throw new Error(
      `could not take the apply lock ${name}: ${explainAwsError(e)}; nothing was changed`,
      { cause: e }
    )
  }
}

async function take(iot: IoTClient, name: string, opts: LeaseOptions): Promise<Lease> {
  const ttl = opts.ttlMs ?? LEASE_TTL_MS
  const now = opts.now ?? Date.now
  const iso = (ms: number): string => new Date(ms).toISOString()
  const start = now()
  const holder: LeaseHolder = {
    identity: opts.identity,
    process: processDescription(opts.env),
    host: machine(),
    pid: process.pid,
    since: iso(start),
    expires: iso(start + ttl),
    token: randomUUID()
  }
  let version: number | undefined
  // Taking is abandoned at once on a stop: a lease whose create landed all the same is taken over by the next
  // apply on this machine (its process is gone) or once it expires.
  const abort = opts.signal ? { abortSignal: opts.signal } : {}
  // A few rounds: the lease may be released or taken over between our calls.
  for (let round = 0; round < 5 && version === undefined; round++) {
    try {
      await iot.send(
        new CreateThingGroupCommand({
          thingGroupName: name,
          thingGroupProperties: properties(holder)
        }),
        abort
      )
      version = 1
      break
    } catch (e) {
      if (!isNamed(e, 'ResourceAlreadyExistsException')) throw e
    }
    const current = await readLease(iot, opts.signal)
    if (!current) continue // released meanwhile
    if (current.holder.token === holder.token) {
      version = current.version // our own create, whose answer was lost and retried
      break
    }
    if (Date.parse(current.holder.expires) > now() && !gone(current.holder))
      throw new LeaseHeldError(name, current.holder)
    try {
      const out = await iot.send(
        new UpdateThingGroupCommand({
          thingGroupName: name,
          thingGroupProperties: properties(holder),
          expectedVersion: current.version
        }),
        abort
      )
      version = out.version
    } catch (e) {
      if (!isNamed(e, 'VersionConflictException') && !isNamed(e, 'ResourceNotFoundException'))
        throw e
    }
  }
  if (version === undefined)
    throw new Error(
      `could not take the lock ${name}: it changed hands on every try; run apply again`
    )
  return held(opts.keepWith ?? iot, name, holder, version, ttl, now)
}

function held(
  iot: IoTClient,
  name: string,
  holder: LeaseHolder,
  version: number,
  ttl: number,
  now: () => number
): Lease {
  const lost = new AbortController()
  let current = holder
  const renew = async (): Promise<void> => {
    const next = { ...current, expires: new Date(now() + ttl).toISOString() }
    try {
      const out = await iot.send(
        new UpdateThingGroupCommand({
          thingGroupName: name,
          thingGroupProperties: properties(next),
          expectedVersion: version
        })
      )
      version = out.version ?? version + 1
      current = next
    } catch (e) {
      if (isNamed(e, 'VersionConflictException') || isNamed(e, 'ResourceNotFoundException')) {
        // A retry after a renewal whose answer was lost conflicts with that renewal: still ours.
        const read = await readLease(iot).catch(() => undefined)
        if (read?.holder.token === current.token) {
          version = read.version
          current = read.holder
        } else lost.abort(`the lock ${name} was taken over or deleted while apply ran`)
      } else if (Date.parse(current.expires) <= now())
        lost.abort(`the lock ${name} expired: it could not be renewed (${explainAwsError(e)})`)
      // Otherwise (throttled, a network fault) the next renewal tries again.
    }
  }
  let renewing: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    if (!lost.signal.aborted) renewing = renewing.then(renew)
  }, ttl / 5)
  timer.unref()
  return {
    get holder() {
      return current
    },
    lost: lost.signal,
    async release() {
      clearInterval(timer)
      await renewing
      if (lost.signal.aborted) return String(lost.signal.reason)
      try {
        // Only the holder deletes, and only its own version: a lease taken over since stays.
        const now = await readLease(iot)
        if (now?.holder.token !== current.token) return undefined
        await iot.send(
          new DeleteThingGroupCommand({ thingGroupName: name, expectedVersion: now.version })
        )
        return undefined
      } catch (e) {
        if (isNamed(e, 'VersionConflictException')) return undefined // taken over after it expired
        return `the lock ${name} could not be released (${explainAwsError(e)}); it expires at ${current.expires}`
      }
    }
  }
}
