/** Scheduled audits: frequency, day and checks change in place. */
import {
  CreateScheduledAuditCommand,
  DeleteScheduledAuditCommand,
  DescribeScheduledAuditCommand,
  paginateListScheduledAudits,
  UpdateScheduledAuditCommand,
  type AuditFrequency,
  type DayOfWeek
} from '@aws-sdk/client-iot'
import { compact, sorted, tagList, tagMap } from '../normalize.js'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import { fileEntry, listedAs, withoutUndefined, type Adapter } from './adapter.js'
import { ACCOUNT } from './audit-configuration.js'

const SPEC = (
  s: Record<string, unknown>
): {
  frequency: AuditFrequency
  dayOfMonth?: string
  dayOfWeek?: DayOfWeek
  targetCheckNames: string[]
} => ({
  frequency: s.frequency as AuditFrequency,
  dayOfMonth: s.dayOfMonth as string | undefined,
  dayOfWeek: s.dayOfWeek as DayOfWeek | undefined,
  targetCheckNames: s.targetCheckNames as string[]
})

export const scheduledAuditAdapter: Adapter = {
  kind: 'scheduledAudit',
  ...listedAs('scheduledAudits'),
  service: 'audit',
  // Its checks must be enabled first: AWS refuses a scheduled audit of a disabled check.
  uses: {
    kinds: ['auditConfiguration'],
    of: () => [{ kind: 'auditConfiguration', name: ACCOUNT }]
  },
  taggable: true,
  fromFile: (file) =>
    (file.scheduledAudits ?? []).map((a) => ({
      kind: 'scheduledAudit',
      name: a.scheduledAuditName!,
      spec: withoutUndefined({
        frequency: a.frequency,
        dayOfMonth: a.dayOfMonth,
        dayOfWeek: a.dayOfWeek,
        targetCheckNames: a.targetCheckNames
      }),
      tags: tagMap(a.tags)
    })),
  toEntry: (r) => fileEntry('scheduledAudits', r),
  comparable: (spec) =>
    compact({ ...spec, targetCheckNames: sorted(spec.targetCheckNames as string[] | undefined) }),

  list: async (iot) =>
    (await collect(paginateListScheduledAudits({ client: iot }, {}), (p) => p.scheduledAudits)).map(
      (a) => a.scheduledAuditName!
    ),
  async read(iot, name) {
    const d = await unlessNotFound(
      iot.send(new DescribeScheduledAuditCommand({ scheduledAuditName: name }))
    )
    return (
      d && {
        kind: 'scheduledAudit',
        name,
        arn: d.scheduledAuditArn,
        spec: withoutUndefined({
          frequency: d.frequency,
          dayOfMonth: d.dayOfMonth,
          dayOfWeek: d.dayOfWeek,
          targetCheckNames: d.targetCheckNames
        })
      }
    )
  },
  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateScheduledAuditCommand({
        scheduledAuditName: desired.name,
        ...SPEC(desired.spec),
        tags: tagList(tags)
      })
    )
    return out.scheduledAuditArn
  },
  async update(iot, change) {
    if (change.fields.length === 0) return
    await iot.send(
      new UpdateScheduledAuditCommand({
        scheduledAuditName: change.name,
        ...SPEC(change.desired!.spec)
      })
    )
  },
  async remove(iot, change) {
    await iot.send(new DeleteScheduledAuditCommand({ scheduledAuditName: change.name }))
  }
}
