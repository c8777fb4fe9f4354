/** Tags by ARN, and the two tags that record ddac's ownership of a resource. */
import {
  paginateListTagsForResource,
  TagResourceCommand,
  UntagResourceCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { tagList, tagMap } from '../plan/normalize.js'
import { collect } from './paginate.js'
import type { Ownership } from '../plan/types.js'

/** The identity of the file that manages a resource. */
export const MANAGED_BY_TAG = 'ddac:managed-by'
/** Hash of the state ddac last applied, so a later plan can tell drift from file changes. */
export const APPLIED_HASH_TAG = 'ddac:applied-hash'

export async function readTags(iot: IoTClient, arn: string): Promise<Record<string, string>> {
  return tagMap(
    await collect(paginateListTagsForResource({ client: iot }, { resourceArn: arn }), (p) => p.tags)
  )
}

/** User tags apart from ddac's ownership tags and AWS's own (`aws:…`, which no one may set or remove). */
export function splitOwnership(all: Record<string, string>): {
  tags: Record<string, string>
  ownership: Ownership
} {
  const { [MANAGED_BY_TAG]: managedBy, [APPLIED_HASH_TAG]: appliedHash, ...rest } = all
  const tags = Object.fromEntries(
    Object.entries(rest).filter(([k]) => !k.toLowerCase().startsWith('aws:'))
  )
  return {
    tags,
    ownership: { ...(managedBy ? { managedBy } : {}), ...(appliedHash ? { appliedHash } : {}) }
  }
}

export function ownershipTags(identity: string, hash: string): Record<string, string> {
  return { [MANAGED_BY_TAG]: identity, [APPLIED_HASH_TAG]: hash }
}

export async function setTags(
  iot: IoTClient,
  arn: string,
  tags: Record<string, string>
): Promise<void> {
  if (Object.keys(tags).length)
    await iot.send(new TagResourceCommand({ resourceArn: arn, tags: tagList(tags) }))
}

export async function removeTags(iot: IoTClient, arn: string, keys: string[]): Promise<void> {
  if (keys.length) await iot.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: keys }))
}
