/**
 * The emulated account across regions. AWS scopes an account's IoT resources by region, so each region a
 * client signs its requests for (the SigV4 credential scope) gets its own account state, made on first use;
 * unsigned requests go to the home region (`--region`). All regions share the account id, CA and clock.
 */
import { ApiError } from './control-plane/api-error.js'
import type { AccountSnapshot, AccountState } from './state/account.js'

/** AWS's region names: us-east-1, eu-central-1, us-gov-west-1, ap-southeast-5… */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
/** More than AWS has, and few enough that stray signatures cannot grow the emulator without bound. */
const MAX_REGIONS = 64

/** The region of a SigV4 Authorization header (`Credential=AKID/20260101/eu-west-1/iot/aws4_request`). */
export function signedRegion(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined
  const m = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]*)\//.exec(authorization)
  if (!m) return undefined
  if (!REGION.test(m[1]!))
    throw new ApiError(
      'InvalidRequestException',
      `The request is signed for region "${m[1]!.slice(0, 40)}", which is not an AWS region name (e.g. eu-west-1)`
    )
  return m[1]
}

export class Regions {
  private readonly states = new Map<string, AccountState>()

  constructor(
    readonly home: string,
    private readonly create: (region: string) => AccountState
  ) {
    this.get(home)
  }

  /** The account's state in this region (the home region when undefined). */
  get(region: string = this.home): AccountState {
    let state = this.states.get(region)
    if (!state) {
      if (this.states.size >= MAX_REGIONS)
        throw new ApiError(
          'LimitExceededException',
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

  /** Every region's snapshot, the home region first. */
  snapshots(): AccountSnapshot[] {
    return [...this.states.values()].map((s) => s.snapshot())
  }
}
