/** Dimensions (TOPIC_FILTER): the topic filters change in place; the type is fixed at creation. */
import { randomUUID } from 'node:crypto'
import {
  CreateDimensionCommand,
  DeleteDimensionCommand,
  DescribeDimensionCommand,
  paginateListDimensions,
  UpdateDimensionCommand,
  type DimensionType
} from '@aws-sdk/client-iot'
import { compact, sorted, tagList, tagMap } from '../normalize.js'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import { fileEntry, listedAs, withoutUndefined, type Adapter } from './adapter.js'

export const dimensionAdapter: Adapter = {
  kind: 'dimension',
  ...listedAs('dimensions'),
  service: 'detect',
  taggable: true,
  fromFile: (file) =>
    (file.dimensions ?? []).map((d) => ({
      kind: 'dimension',
      name: d.name!,
      spec: withoutUndefined({ type: d.type, stringValues: d.stringValues }),
      tags: tagMap(d.tags)
    })),
  toEntry: (r) => fileEntry('dimensions', r),
  comparable: (spec) =>
    compact({ type: spec.type, stringValues: sorted(spec.stringValues as string[] | undefined) }),

  list: (iot) => collect(paginateListDimensions({ client: iot }, {}), (p) => p.dimensionNames),
  async read(iot, name) {
    const d = await unlessNotFound(iot.send(new DescribeDimensionCommand({ name })))
    return (
      d && {
        kind: 'dimension',
        name,
        arn: d.arn,
        spec: withoutUndefined({ type: d.type, stringValues: d.stringValues })
      }
    )
  },
  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateDimensionCommand({
        name: desired.name,
        // One token per create, sent again by each SDK retry of it: a retry of a create that landed
        // returns that resource instead of "already exists".
        clientRequestToken: randomUUID(),
        type: desired.spec.type as DimensionType,
        stringValues: desired.spec.stringValues as string[],
        tags: tagList(tags)
      })
    )
    return out.arn
  },
  async update(iot, change) {
    if (change.fields.length === 0) return
    await iot.send(
      new UpdateDimensionCommand({
        name: change.name,
        stringValues: change.desired!.spec.stringValues as string[]
      })
    )
  },
  async remove(iot, change) {
    await iot.send(new DeleteDimensionCommand({ name: change.name }))
  },
  blockers: (desired, actual) =>
    desired.spec.type !== actual.spec.type
      ? [
          `the dimension type cannot change from ${String(actual.spec.type)}; use a new dimension name`
        ]
      : []
}
