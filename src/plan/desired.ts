import { ADAPTERS } from '../resources/adapters/index.js'
import type { ProfileFile } from '../config/file-format.js'
import type { DesiredState } from '../resources/types.js'

/** The desired state a valid profile file declares, for the identity that manages it. */
export function desiredState(file: ProfileFile, identity: string): DesiredState {
  return { identity, resources: ADAPTERS.flatMap((a) => a.fromFile(file)) }
}
