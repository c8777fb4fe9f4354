/**
 * Thing groups that security profiles target. ddac creates a missing one (tagged as managed) so a profile can
 * be attached; a group that exists is the fleet's and is used as it is: never tagged, changed or deleted.
 */
import { CreateThingGroupCommand, DescribeThingGroupCommand } from '@aws-sdk/client-iot'
import { targetKey } from '../../config/rules/targets.js'
import { tagList } from '../normalize.js'
import { unlessNotFound } from '../../aws/paginate.js'
import type { Adapter } from './adapter.js'

export const thingGroupAdapter: Adapter = {
  kind: 'thingGroup',
  label: 'thing group',
  service: 'iot',
  taggable: true,
  discover: false,
  adopt: false,
  fromFile: (file) => {
    const names = new Set<string>()
    for (const p of file.securityProfiles ?? []) {
      for (const t of p.targets ?? []) {
        const key = targetKey(t)
        if (key?.startsWith('thinggroup/')) names.add(key.slice('thinggroup/'.length))
      }
    }
    return [...names].sort().map((name) => ({ kind: 'thingGroup', name, spec: {}, tags: {} }))
  },
  toEntry: (r) => ({ thingGroupName: r.name }),
  comparable: () => ({}),
  list: () => Promise.resolve([]),
  async read(iot, name) {
    const d = await unlessNotFound(
      iot.send(new DescribeThingGroupCommand({ thingGroupName: name }))
    )
    return d && { kind: 'thingGroup', name, arn: d.thingGroupArn, spec: {} }
  },
  async create(iot, desired, tags) {
    const out = await iot.send(
      new CreateThingGroupCommand({ thingGroupName: desired.name, tags: tagList(tags) })
    )
    return out.thingGroupArn
  },
  update: () => Promise.resolve(),
  remove: () => Promise.resolve()
}
