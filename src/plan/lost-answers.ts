/**
 * Writes whose answer was lost. A write can land in the account and its answer still fail (a 5xx from a
 * proxy or load balancer, a timeout, a reset connection); the SDK retries it, and the retry meets the first
 * attempt's own work: "already exists" for a create, a version conflict for an update that names the version
 * it read. Both are read back and accepted when the account holds what the file wants, for a create only
 * when the resource also carries this file's ownership tag. Anything else is a real conflict and stays one.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { adapterFor } from '../resources/adapters/index.js'
import { isRefusedUpdate } from '../aws/errors.js'
import { readOne } from '../resources/read.js'
import { fieldChanges } from './diff.js'
import type { ActualResource, Change } from '../resources/types.js'
import { isNamed } from '../util/errors.js'

/** The resource as read now, when its spec is what the change wants (compared as the read-back proof does). */
async function holding(iot: IoTClient, change: Change): Promise<ActualResource | undefined> {
  const adapter = adapterFor(change.kind)
  const found = await readOne(iot, adapter, change.name)
  if (!found || !change.desired) return undefined
  const differs = fieldChanges(
    adapter.comparable(found.spec),
    adapter.comparable(change.desired.spec)
  )
  return differs.length === 0 ? found : undefined
}

/**
 * After a create failed: the resource this file's own earlier attempt created, when that explains the
 * failure ("already exists", tagged as this file's, as intended); undefined when the failure stands.
 */
export async function ownCreate(
  iot: IoTClient,
  change: Change,
  identity: string,
  error: unknown
): Promise<ActualResource | undefined> {
  if (!isNamed(error, 'ResourceAlreadyExistsException')) return
  const found = await holding(iot, change)
  return found?.ownership.managedBy === identity ? found : undefined
}

/** After an update failed: whether it was a version conflict with an account that already holds the update. */
export async function updateHeld(iot: IoTClient, change: Change, error: unknown): Promise<boolean> {
  return isRefusedUpdate(error) && (await holding(iot, change)) !== undefined
}
