/**
 * Names that are Object.prototype members (`__proto__`, `constructor`, `toString`) are names like any other:
 * applied, diffed and proved exactly, through the real SDK against the emulator.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSecurityProfileCommand,
  DescribeSecurityProfileCommand
} from '@aws-sdk/client-iot'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { changeLines } from '../../src/report/plan.js'
import { account, ID, profile, type Account } from './helpers.js'

const behavior = (name: string, count: number): string =>
  `      - { name: ${name}, metric: aws:message-byte-size, criteria: { comparisonOperator: greater-than, value: { count: ${count} } } }\n`

const FILE = (opts: { behaviors?: string; tags?: string } = {}): string => `version: 1
customMetrics:
  - { metricName: toString, metricType: number, tags: [{ Key: constructor, Value: m }] }
dimensions:
  - { name: __proto__, type: TOPIC_FILTER, stringValues: ['telemetry/#'], tags: [{ Key: __proto__, Value: d }] }
securityProfiles:
  - securityProfileName: constructor
    behaviors:
${opts.behaviors ?? behavior('__proto__', 5) + behavior('constructor', 6) + behavior('toString', 7)}    tags: ${opts.tags ?? '[{ Key: __proto__, Value: p }, { Key: toString, Value: s }]'}
`

let a: Account
beforeEach(async () => {
  a = await account()
})
afterEach(async () => a.close())

const arn = (resource: string): string => `arn:aws:iot:${a.emu.region}:${a.emu.account}:${resource}`
const input = (yaml: string) => ({ iot: a.iot, profile: profile(yaml), identity: ID, prune: false })
/** The user tags of a resource as AWS lists them, `key=value` (an object literal could not hold `__proto__`). */
const userTags = async (resource: string): Promise<string[]> => {
  const { tags } = await a.iot.send(new ListTagsForResourceCommand({ resourceArn: arn(resource) }))
  return (tags ?? []).filter((t) => !t.Key!.startsWith('ddac:')).map((t) => `${t.Key}=${t.Value}`)
}

describe('names that are Object.prototype members', () => {
  test('apply writes every tag and behavior so named, proves it, and plans to zero', async () => {
    const out = await applyCommand(input(FILE()))
    expect(out.result.failed).toEqual([])
    expect(out.converged).toBe(true)
    expect(await userTags('securityprofile/constructor')).toEqual(['__proto__=p', 'toString=s'])
    expect(await userTags('dimension/__proto__')).toEqual(['__proto__=d'])
    expect(await userTags('custommetric/toString')).toEqual(['constructor=m'])
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'constructor' })
    )
    expect(d.behaviors?.map((b) => b.name).sort()).toEqual(['__proto__', 'constructor', 'toString'])
    const again = await planCommand(input(FILE()))
    expect(again.plan.changes).toEqual([])
    expect(again.plan.ownershipUpdates).toEqual([])
  })

  test('a console edit of behavior __proto__ and a removed tag __proto__ are drift, line by line', async () => {
    await applyCommand(input(FILE()))
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'constructor' })
    )
    await a.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'constructor',
        behaviors: d.behaviors!.map((b) =>
          b.name === '__proto__' ? { ...b, criteria: { ...b.criteria, value: { count: 50 } } } : b
        )
      })
    )
    await a.iot.send(
      new UntagResourceCommand({
        resourceArn: arn('securityprofile/constructor'),
        tagKeys: ['__proto__']
      })
    )
    const { plan } = await planCommand(input(FILE()))
    expect(plan.changes.map((c) => [c.name, c.origin, changeLines(c)])).toEqual([
      [
        'constructor',
        'drift',
        ['~ behaviors[__proto__].criteria.value.count: 50 → 5', '+ tag __proto__=p']
      ]
    ])
    const out = await applyCommand(input(FILE()))
    expect(out.converged).toBe(true)
    expect(await userTags('securityprofile/constructor')).toEqual(['__proto__=p', 'toString=s'])
  })

  test('tags and behaviors named constructor or toString are added, changed and removed exactly', async () => {
    await applyCommand(input(FILE({ tags: '[{ Key: toString, Value: s }]' })))
    const next = FILE({
      behaviors: behavior('__proto__', 5) + behavior('toString', 8),
      tags: '[{ Key: constructor, Value: x }, { Key: toString, Value: t }]'
    })
    const { plan } = await planCommand(input(next))
    expect(plan.changes.map((c) => [c.name, changeLines(c)])).toEqual([
      [
        'constructor',
        [
          '- behaviors[constructor]: {"metric":"aws:message-byte-size","criteria":{"comparisonOperator":"greater-than","value":{"count":6},"consecutiveDatapointsToAlarm":1,"consecutiveDatapointsToClear":1},"suppressAlerts":false,"exportMetric":false}',
          '~ behaviors[toString].criteria.value.count: 7 → 8',
          '+ tag constructor=x',
          '~ tag toString: s → t'
        ]
      ]
    ])
    const out = await applyCommand(input(next))
    expect(out.converged).toBe(true)
    expect(await userTags('securityprofile/constructor')).toEqual(['constructor=x', 'toString=t'])
    const d = await a.iot.send(
      new DescribeSecurityProfileCommand({ securityProfileName: 'constructor' })
    )
    expect(d.behaviors?.map((b) => b.name).sort()).toEqual(['__proto__', 'toString'])
    // A tag this file never had is not found on Object.prototype either.
    await a.iot.send(
      new TagResourceCommand({
        resourceArn: arn('securityprofile/constructor'),
        tags: [{ Key: 'hasOwnProperty', Value: 'console' }]
      })
    )
    const drift = await planCommand(input(next))
    expect(drift.plan.changes.map((c) => changeLines(c))).toEqual([
      ['- tag hasOwnProperty=console']
    ])
  })

  test('the emulator keeps a tag __proto__ like any other, across a restart from its data directory', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-proto-'))
    const first = await account({ dataDir: dir })
    await applyCommand({ ...input(FILE()), iot: first.iot })
    await first.close()
    const again = await account({ dataDir: dir })
    try {
      const { tags } = await again.iot.send(
        new ListTagsForResourceCommand({ resourceArn: arn('securityprofile/constructor') })
      )
      expect(tags?.filter((t) => t.Key === '__proto__')).toEqual([{ Key: '__proto__', Value: 'p' }])
      expect((await planCommand({ ...input(FILE()), iot: again.iot })).plan.changes).toEqual([])
    } finally {
      await again.close()
    }
  })
})
