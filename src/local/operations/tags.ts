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
import { MAX_TAGS } from '../../model/resource-quotas.js'
import { invalid, limitExceeded, notFound } from './api-error.js'
import type { Store } from '../store/store.js'
import type { HandlerTable, OperationContext, Valid } from './context.js'
import { byName } from '../../util/order.js'

/** ARN resource types TagResource accepts, and where each kind is kept. */
const TAGGABLE: Record<string, (data: Store) => Map<string, unknown>> = {
  securityprofile: (d) => d.securityProfiles,
  custommetric: (d) => d.customMetrics,
  dimension: (d) => d.dimensions,
  mitigationaction: (d) => d.mitigationActions,
  scheduledaudit: (d) => d.scheduledAudits,
  thinggroup: (d) => d.thingGroups,
  policy: (d) => d.policies
}

/** The ARN of an existing taggable resource, or the error AWS answers with. */
function taggable(ctx: OperationContext, arn: string): string {
  const resource = ctx.resourceOf(arn)
  const slash = resource?.indexOf('/') ?? -1
  if (resource === undefined || slash < 0)
    throw invalid(`${arn} is not an ARN of this account's AWS IoT resources`)
  const kind = TAGGABLE[resource.slice(0, slash)]
  if (!kind) throw invalid(`Resources of type ${resource.slice(0, slash)} cannot be tagged`)
  if (!kind(ctx.store).has(resource.slice(slash + 1)))
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
function tagsOf(ctx: OperationContext, arn: string): Map<string, string> {
  return new Map(Object.entries(ctx.store.tags.get(arn) ?? {}))
}

function store(ctx: OperationContext, arn: string, tags: Map<string, string>): void {
  ctx.store.tags.set(arn, Object.fromEntries(tags))
}

function merge(ctx: OperationContext, arn: string, tags: readonly Valid<Tag>[]): void {
  checkKeys(tags)
  const current = tagsOf(ctx, arn)
  for (const t of tags) current.set(t.Key, t.Value ?? '')
  if (current.size > MAX_TAGS) throw limitExceeded(`A resource can have at most ${MAX_TAGS} tags`)
  store(ctx, arn, current)
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
  ctx: OperationContext,
  arn: string,
  tags: readonly Valid<Tag>[] | undefined
): void {
  if (tags?.length) merge(ctx, arn, tags)
}

export const tagHandlers = {
  TagResource(ctx: OperationContext, input: Valid<TagResourceRequest>): TagResourceResponse {
    merge(ctx, taggable(ctx, input.resourceArn), input.tags)
    return {}
  },

  UntagResource(ctx: OperationContext, input: Valid<UntagResourceRequest>): UntagResourceResponse {
    const arn = taggable(ctx, input.resourceArn)
    const current = tagsOf(ctx, arn)
    for (const key of input.tagKeys) current.delete(key)
    store(ctx, arn, current)
    return {}
  },

  ListTagsForResource(
    ctx: OperationContext,
    input: Valid<ListTagsForResourceRequest>
  ): ListTagsForResourceResponse {
    const arn = taggable(ctx, input.resourceArn)
    const tags = [...tagsOf(ctx, arn)]
      .sort(([a], [b]) => byName(a, b))
      .map(([Key, Value]) => ({ Key, Value }))
    const page = ctx.page(tags, (t) => t.Key, input.nextToken, MAX_TAGS)
    return { tags: page.items, nextToken: page.next }
  }
} satisfies Partial<HandlerTable>
