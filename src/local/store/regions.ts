/**
 * The emulated account across regions. AWS scopes an account's IoT resources by region, so each region a
 * client signs its requests for (the SigV4 credential scope) gets its own store, made on first use;
 * unsigned requests go to the home region (`--region`). All regions share the account id, CA and clock.
 */
import type { AccountSnapshot, Store } from './store.js'

/** More than AWS has, and few enough that stray signatures cannot grow the emulator without bound. */
const MAX_REGIONS = 64

export class Regions {
  private readonly states = new Map<string, Store>()

  constructor(
    readonly home: string,
    private readonly create: (region: string) => Store,
    /** the error for one region too many (the operations layer's LimitExceededException) */
    private readonly tooMany: (message: string) => Error = (m) => new Error(m)
  ) {
    this.get(home)
  }

  /** The account's store in this region (the home region when undefined). */
  get(region: string = this.home): Store {
    let state = this.states.get(region)
    if (!state) {
      if (this.states.size >= MAX_REGIONS)
        throw this.tooMany(
          `The emulator already holds ${MAX_REGIONS} regions; ${region} is one too many`
        )
      state = this.create(region)
      this.states.set(region, state)
    }
    return state
  }

  /** Restore saved regions (each snapshot names its own). */
  restore(snapshots: readonly AccountSnapshot[]): void {
    for (const s of snapshots) this.get(s.region).restore(s)
  }

  /** Every region's store, the home region first. */
  all(): Store[] {
    return [...this.states.values()]
  }

  /** Every region's snapshot, the home region first. */
  snapshots(): AccountSnapshot[] {
    return [...this.states.values()].map((s) => s.snapshot())
  }
}
