/** Mitigation actions: role and parameters change in place; the kind of action is fixed at creation. */
import {
  CreateMitigationActionCommand,
  DeleteMitigationActionCommand,
  DescribeMitigationActionCommand,
  paginateListMitigationActions,
  UpdateMitigationActionCommand,
  type MitigationActionParams
} from '@aws-sdk/client-iot'
import { compact, sorted, tagList, tagMap } from '../normalize.js'
import { collect, unlessNotFound } from '../../aws/paginate.js'
import { fileEntry, listedAs, withoutUndefined, type Adapter } from './adapter.js'

function actionKind(spec: Record<string, unknown>): string | undefined {
  return Object.keys((spec.actionParams as object | undefined) ?? {})[0]
}

export const mitigationActionAdapter: Adapter = {
  kind: 'mitigationAction',
  ...listedAs('mitigationActions'),
  // Detect and Audit both start them; kept with Audit, which every account has.
  service: 'audit',
  taggable: true,
  fromFile: (file) =>
    (file.mitigationActions ?? []).map((a) => ({
      kind: 'mitigationAction',
      name: a.actionName!,
      spec: withoutUndefined({ roleArn: a.roleArn, actionParams: a.actionParams }),
      tags: tagMap(a.tags)
    })),
  toEntry: (r) => fileEntry('mitigationActions', r),
  comparable: (spec) => {
    const params = spec.actionParams as MitigationActionParams | undefined
    const group = params?.addThingsToThingGroupParams
    return compact({
      roleArn: spec.roleArn,
      actionParams: group
        ? {
            ...params,
            addThingsToThingGroupParams: {
              ...group,
              thingGroupNames: sorted(group.thingGroupNames),
              overrideDynamicGroups: group.overrideDynamicGroups ?? false
            }
          }
        : params
    })
  },

  list: async (iot) =>
    (
      await collect(paginateListMitigationActions({ client: iot }, {}), (p) => p.actionIdentifiers)
    ).map((a) => a.actionName!),
  async read(iot, name) {
    const d = await unlessNotFound(
      iot.send(new DescribeMitigationActionCommand({ actionName: name }))
    )
    return (
      d && {
        kind: 'mitigationAction',
        name,
        arn: d.actionArn,
        spec: withoutUndefined({ roleArn: d.roleArn, actionParams: d.actionParams })
      }
    )
  },
  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateMitigationActionCommand({
        actionName: desired.name,
        roleArn: desired.spec.roleArn as string,
        actionParams: desired.spec.actionParams as MitigationActionParams,
        tags: tagList(tags)
      })
    )
    return out.actionArn
  },
  async update(iot, change) {
    if (change.fields.length === 0) return
    const spec = change.desired!.spec
    await iot.send(
      new UpdateMitigationActionCommand({
        actionName: change.name,
        roleArn: spec.roleArn as string,
        actionParams: spec.actionParams as MitigationActionParams
      })
    )
  },
  async remove(iot, change) {
    await iot.send(new DeleteMitigationActionCommand({ actionName: change.name }))
  },
  blockers: (desired, actual) =>
    actionKind(desired.spec) !== actionKind(actual.spec)
      ? [
          `the action cannot change from ${String(actionKind(actual.spec))} to ${String(actionKind(desired.spec))}; use a new action name`
        ]
      : []
}
