/**
 * What custom metrics and dimensions share: named records that security profiles refer to, which AWS treats
 * alike. Create is idempotent for a repeated clientRequestToken (another token is ResourceAlreadyExists); an
 * account holds at most its quota of each; delete succeeds for a missing one but refuses one that security
 * profiles still use (the model's DeleteCustomMetric and DeleteDimension docs). Each kind's module keeps only
 * its own fields and the names its responses give them.
 */
import type { Tag } from '@aws-sdk/client-iot'
import { alreadyExists, invalid, limitExceeded, notFound } from './api-error.js'
import type { Page } from './paging.js'
import type { CustomMetricRecord, DimensionRecord, Store } from '../store/store.js'
import { must } from '../store/store.js'
import type { OperationContext, Valid } from './context.js'
import { profilesUsing } from './security-profiles.js'
import { checkInitialTags, setInitialTags } from './tags.js'
import { byName } from '../../util/order.js'

type Referenced = CustomMetricRecord | DimensionRecord

/** What the record holds beyond its name, token and dates: the kind's own fields. */
export type OwnFields<R extends Referenced> = Omit<
  R,
  'name' | 'clientRequestToken' | 'creationDate' | 'lastModifiedDate'
>

/** One kind of record that profiles refer to, and the operations every such kind answers alike. */
export class ReferencedKind<R extends Referenced> {
  constructor(
    private readonly kind: {
      /** the store's collection, for change events */
      collection: 'customMetrics' | 'dimensions'
      records(store: Store): Map<string, R>
      /** how messages name one: `custom metric` (its plural adds an s) */
      noun: string
      /** the ARN's resource type: `arn:…:{arnType}/{name}` */
      arnType: string
      /** the most an account may have */
      max: number
      /** what a profile's behaviors name it by */
      usedAs: 'metric' | 'dimension'
    }
  ) {}

  arn(ctx: OperationContext, name: string): string {
    return ctx.arn(`${this.kind.arnType}/${name}`)
  }

  get(ctx: OperationContext, name: string): R {
    return must(this.kind.records(ctx.store), name, () =>
      notFound(`The ${this.kind.noun} ${name} does not exist`)
    )
  }

  /** Create one (or answer again for a repeated clientRequestToken); returns its ARN. */
  create(
    ctx: OperationContext,
    input: { name: string; clientRequestToken?: string; tags?: Valid<Tag>[] },
    fields: OwnFields<R>
  ): string {
    const { name, clientRequestToken } = input
    const { noun, max } = this.kind
    const records = this.kind.records(ctx.store)
    const arn = this.arn(ctx, name)
    const existing = records.get(name)
    if (existing) {
      if (existing.clientRequestToken === clientRequestToken) return arn
      throw alreadyExists(`The ${noun} ${name} already exists`, name, arn)
    }
    if (records.size >= max) throw limitExceeded(`An account can have at most ${max} ${noun}s`)
    checkInitialTags(input.tags)
    const now = ctx.now()
    records.set(name, {
      name,
      ...fields,
      clientRequestToken,
      creationDate: now,
      lastModifiedDate: now
    } as R)
    setInitialTags(ctx, arn, input.tags)
    return arn
  }

  /** Change an existing one in place with `change`, as of now; returns it. */
  update(ctx: OperationContext, name: string, change: (record: R) => void): R {
    const r = this.get(ctx, name)
    change(r)
    r.lastModifiedDate = ctx.now()
    ctx.store.touch(this.kind.collection, r.name)
    return r
  }

  delete(ctx: OperationContext, name: string): void {
    const records = this.kind.records(ctx.store)
    if (!records.has(name)) return
    const users = profilesUsing(ctx, { [this.kind.usedAs]: name })
    if (users.length)
      throw invalid(
        `The ${this.kind.noun} ${name} is used by the security profiles ${users.join(', ')}`
      )
    records.delete(name)
    ctx.store.forgetResource(this.arn(ctx, name))
  }

  /** One page of the names, in code-unit order. */
  names(ctx: OperationContext, input: { nextToken?: string; maxResults?: number }): Page<string> {
    const names = [...this.kind.records(ctx.store).keys()].sort(byName)
    return ctx.page(names, (n) => n, input.nextToken, input.maxResults)
  }
}
