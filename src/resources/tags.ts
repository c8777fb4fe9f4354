/** Tags by ARN, and the two tags that record ddac's ownership of a resource. */
import {
  paginateListTagsForResource,
  TagResourceCommand,
  UntagResourceCommand,
  type IoTClient
} from '@aws-sdk/client-iot'
import { dict, own, tagList, tagMap } from './normalize.js'
import { collect } from '../aws/paginate.js'
import type { Ownership } from './types.js'

/** The identity of the file that manages a resource. */
export const MANAGED_BY_TAG = 'ddac:managed-by'
/**
 * Hash of the state ddac last applied, so a later plan can tell drift from file changes. While an apply
 * changes a resource it holds `<from>..<to>`, so one that stops part-way is not mistaken for a console edit.
 */
export const APPLIED_HASH_TAG = 'ddac:applied-hash'
const IN_PROGRESS = '..'

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
  const managedBy = own(all, MANAGED_BY_TAG)
  const appliedHash = own(all, APPLIED_HASH_TAG)
  const tags = dict(
    Object.entries(all).filter(
      ([k]) => k !== MANAGED_BY_TAG && k !== APPLIED_HASH_TAG && !k.toLowerCase().startsWith('aws:')
    )
  )
  const [from, to] = appliedHash?.includes(IN_PROGRESS)
    ? appliedHash.split(IN_PROGRESS, 2)
    : [appliedHash, undefined]
  return {
    tags,
    ownership: {
      ...(managedBy ? { managedBy } : {}),
      ...(from ? { appliedHash: from } : {}),
      ...(to ? { applyingHash: to } : {})
    }
  }
}

export function ownershipTags(identity: string, hash: string): Record<string, string> {
  return dict([
    [MANAGED_BY_TAG, identity],
    [APPLIED_HASH_TAG, hash]
  ])
}

/** The tags that mark an apply from the recorded state to `hash` as started and not yet confirmed. */
export function applyingTags(
  identity: string,
  recorded: string | undefined,
  hash: string
): Record<string, string> {
  return ownershipTags(identity, hashValue({ appliedHash: recorded, applyingHash: hash })!)
}

/** Puts ownership tags back as a read found them (after a write that was refused). */
export async function restoreOwnership(
  iot: IoTClient,
  arn: string,
  ownership: Ownership
): Promise<void> {
  const hash = hashValue(ownership)
  const kept = {
    ...(ownership.managedBy ? { [MANAGED_BY_TAG]: ownership.managedBy } : {}),
    ...(hash ? { [APPLIED_HASH_TAG]: hash } : {})
  }
  await removeTags(
    iot,
    arn,
    [MANAGED_BY_TAG, APPLIED_HASH_TAG].filter((k) => !(k in kept))
  )
  await setTags(iot, arn, kept)
}

/** The applied-hash tag's value for an ownership record: what `splitOwnership` reads back. */
function hashValue({ appliedHash, applyingHash }: Ownership): string | undefined {
  return applyingHash === undefined
    ? appliedHash
    : `${appliedHash ?? ''}${IN_PROGRESS}${applyingHash}`
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
