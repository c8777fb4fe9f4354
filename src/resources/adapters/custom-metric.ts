/** Custom metrics: only the display name changes in place; the type is fixed at creation. */
import { randomUUID } from 'node:crypto'
import {
  CreateCustomMetricCommand,
  DeleteCustomMetricCommand,
  DescribeCustomMetricCommand,
  paginateListCustomMetrics,
  UpdateCustomMetricCommand,
  type CustomMetricType
} from '@aws-sdk/client-iot'
import { compact, tagList, tagMap } from '../normalize.js'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import { fileEntry, listedAs, withoutUndefined, type Adapter } from './adapter.js'

export const customMetricAdapter: Adapter = {
  kind: 'customMetric',
  ...listedAs('customMetrics'),
  service: 'detect',
  taggable: true,
  fromFile: (file) =>
    (file.customMetrics ?? []).map((m) => ({
      kind: 'customMetric',
      name: m.metricName!,
      spec: withoutUndefined({ displayName: m.displayName, metricType: m.metricType }),
      tags: tagMap(m.tags)
    })),
  toEntry: (r) => fileEntry('customMetrics', r),
  comparable: (spec) => compact({ displayName: spec.displayName, metricType: spec.metricType }),

  list: (iot) => collect(paginateListCustomMetrics({ client: iot }, {}), (p) => p.metricNames),
  async read(iot, name) {
    const d = await unlessNotFound(iot.send(new DescribeCustomMetricCommand({ metricName: name })))
    return (
      d && {
        kind: 'customMetric',
        name,
        arn: d.metricArn,
        spec: withoutUndefined({ displayName: d.displayName, metricType: d.metricType })
      }
    )
  },
  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateCustomMetricCommand({
        metricName: desired.name,
        // One token per create, sent again by each SDK retry of it: a retry of a create that landed
        // returns that resource instead of "already exists".
        clientRequestToken: randomUUID(),
        displayName: desired.spec.displayName as string | undefined,
        metricType: desired.spec.metricType as CustomMetricType,
        tags: tagList(tags)
      })
    )
    return out.metricArn
  },
  async update(iot, change) {
    if (change.fields.length === 0) return
    await iot.send(
      new UpdateCustomMetricCommand({
        metricName: change.name,
        displayName: (change.desired!.spec.displayName as string | undefined) ?? ''
      })
    )
  },
  async remove(iot, change) {
    await iot.send(new DeleteCustomMetricCommand({ metricName: change.name }))
  },
  blockers: (desired, actual) =>
    desired.spec.metricType !== actual.spec.metricType
      ? [
          `metricType cannot change from ${String(actual.spec.metricType)} to ${String(desired.spec.metricType)}: AWS fixes it at creation; use a new metric name`
        ]
      : []
}
