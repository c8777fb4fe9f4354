/** Tags by ARN, and the two tags that record ddac's ownership of a resource. */
import {
  paginateListTagsForResource,
  TagResourceCommand,
  UntagResourceCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { tagList } from '../plan/normalize.js'
import type { Ownership } from '../plan/types.js'

/** The identity of the file that manages a resource. */
export const MANAGED_BY_TAG = 'ddac:managed-by'
/** Hash of the state ddac last applied, so a later plan can tell drift from file changes. */
export const APPLIED_HASH_TAG = 'ddac:applied-hash'

export async function readTags(iot: IoTClient, arn: string): Promise<Record<string, string>> {
  const tags: Record<string, string> = {}
  for await (const page of paginateListTagsForResource({ client: iot }, { resourceArn: arn })) {
    for (const t of page.tags ?? []) tags[t.Key!] = t.Value ?? ''
  }
  return tags
}

/** User tags apart from ddac's ownership tags. */
export function splitOwnership(all: Record<string, string>): {
  tags: Record<string, string>
  ownership: Ownership
} {
  const { [MANAGED_BY_TAG]: managedBy, [APPLIED_HASH_TAG]: appliedHash, ...tags } = all
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
