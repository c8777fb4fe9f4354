/**
 * Tags, keyed by resource ARN. Create operations take initial tags; after that tags change only through
 * TagResource/UntagResource, never through an Update (AWS's own CloudFormation handlers rely on this).
 */
import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  Tag,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse
} from '@aws-sdk/client-iot'
import { invalid, limitExceeded, notFound } from '../control-plane/api-error.js'
import { paginate } from '../control-plane/paging.js'
import type { AccountData, AccountState } from './account.js'
import type { HandlerTable, Valid } from './handler.js'

/** Tags per resource (the CloudFormation schemas of these resources cap them at 50). */
export const MAX_TAGS = 50

/** ARN resource types TagResource accepts, and where each kind is kept. */
const TAGGABLE: Record<string, (data: AccountData) => Map<string, unknown>> = {
  securityprofile: (d) => d.securityProfiles,
  custommetric: (d) => d.customMetrics,
  dimension: (d) => d.dimensions,
  mitigationaction: (d) => d.mitigationActions,
  scheduledaudit: (d) => d.scheduledAudits,
  thinggroup: (d) => d.thingGroups,
  policy: (d) => d.policies
}

/** The ARN of an existing taggable resource, or the error AWS answers with. */
function taggable(state: AccountState, arn: string): string {
  const resource = state.resourceOf(arn)
  const slash = resource?.indexOf('/') ?? -1
  if (resource === undefined || slash < 0)
    throw invalid(`${arn} is not an ARN of this account's AWS IoT resources`)
  const kind = TAGGABLE[resource.slice(0, slash)]
  if (!kind) throw invalid(`Resources of type ${resource.slice(0, slash)} cannot be tagged`)
  if (!kind(state.data).has(resource.slice(slash + 1)))
    throw notFound(`The resource ${arn} does not exist`)
  return arn
}

function checkKeys(tags: readonly { Key: string }[]): void {
  const reserved = tags.find((t) => t.Key.toLowerCase().startsWith('aws:'))
  if (reserved) throw invalid(`Tag keys starting with aws: are reserved: ${reserved.Key}`)
}

/**
 * A resource's tags as a Map while they change: a tag key is user data, and `__proto__` or `constructor` is
 * a tag like any other in AWS. They are kept as an object of own properties, the form snapshots take.
 */
function tagsOf(state: AccountState, arn: string): Map<string, string> {
  return new Map(Object.entries(state.data.tags.get(arn) ?? {}))
}

function store(state: AccountState, arn: string, tags: Map<string, string>): void {
  state.data.tags.set(arn, Object.fromEntries(tags))
}

function merge(state: AccountState, arn: string, tags: readonly Valid<Tag>[]): void {
  checkKeys(tags)
  const current = tagsOf(state, arn)
  for (const t of tags) current.set(t.Key, t.Value ?? '')
  if (current.size > MAX_TAGS) throw limitExceeded(`A resource can have at most ${MAX_TAGS} tags`)
  store(state, arn, current)
}

/** Check the tags a Create call carries before anything is created. */
export function checkInitialTags(tags: readonly Valid<Tag>[] | undefined): void {
  if (!tags) return
  checkKeys(tags)
  if (new Set(tags.map((t) => t.Key)).size > MAX_TAGS)
    throw limitExceeded(`A resource can have at most ${MAX_TAGS} tags`)
}

/** Tags given to a Create call (checked with checkInitialTags first). */
export function setInitialTags(
  state: AccountState,
  arn: string,
  tags: readonly Valid<Tag>[] | undefined
): void {
  if (tags?.length) merge(state, arn, tags)
}

/** Forget the tags of a deleted resource. */
export function dropTags(state: AccountState, arn: string): void {
  state.data.tags.delete(arn)
}

export const tagHandlers = {
  TagResource(state: AccountState, input: Valid<TagResourceRequest>): TagResourceResponse {
    merge(state, taggable(state, input.resourceArn), input.tags)
    return {}
  },

  UntagResource(state: AccountState, input: Valid<UntagResourceRequest>): UntagResourceResponse {
    const arn = taggable(state, input.resourceArn)
    const current = tagsOf(state, arn)
    for (const key of input.tagKeys) current.delete(key)
    store(state, arn, current)
    return {}
  },

  ListTagsForResource(
    state: AccountState,
    input: Valid<ListTagsForResourceRequest>
  ): ListTagsForResourceResponse {
    const arn = taggable(state, input.resourceArn)
    const tags = [...tagsOf(state, arn)]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([Key, Value]) => ({ Key, Value }))
    const page = paginate('ListTagsForResource', tags, (t) => t.Key, input.nextToken, MAX_TAGS)
    return { tags: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
