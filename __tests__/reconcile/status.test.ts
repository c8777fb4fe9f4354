/** status: ML training per behavior, active violations and the last day's violation events, for the file's profiles. */
import { describe, expect, test } from '@jest/globals'
import { applyCommand } from '../../src/commands/reconcile.js'
import { statusCommand } from '../../src/commands/status.js'
import { renderStatusMarkdown, renderStatusText } from '../../src/report/status.js'
import { account, ID, profile } from './helpers.js'

const file = profile(`
version: 1
securityProfiles:
  - securityProfileName: ML_Detect_profile
    targets: [anom_group]
    behaviors:
      - { name: sent-ml, metric: aws:num-messages-sent, criteria: { mlDetectionConfig: { confidenceLevel: HIGH } } }
      - { name: size-ml, metric: aws:message-byte-size, criteria: { mlDetectionConfig: { confidenceLevel: LOW } } }
      - { name: big, metric: aws:message-byte-size, criteria: { comparisonOperator: greater-than, value: { count: 10 } } }
`)

const NOW = new Date('2026-11-27T06:00:00Z')
const HOUR = 3_600_000

describe('status', () => {
  test("reports ML training per behavior and no violations for the file's profiles", async () => {
    const a = await account()
    try {
      await applyCommand({ iot: a.iot, profile: file, identity: ID, prune: false })
      const report = await statusCommand({
        iot: a.iot,
        securityProfileNames: ['ML_Detect_profile', 'not_applied_yet']
      })
      expect(report.training.map((t) => [t.behaviorName, t.modelStatus])).toEqual([
        ['sent-ml', 'PENDING_BUILD'],
        ['size-ml', 'PENDING_BUILD']
      ])
      expect(report.violations).toEqual([])
      expect(report.events).toEqual([])
      expect(report.missing).toEqual(['not_applied_yet'])
    } finally {
      await a.close()
    }
  })

  test('lists active violations and the violation events of the last 24 hours, newest first', async () => {
    // An account whose Detect has recorded an alarm on `big` that fired, cleared and fired again.
    const setup = await account()
    await applyCommand({ iot: setup.iot, profile: file, identity: ID, prune: false })
    const snapshot = setup.emu.state()
    await setup.close()
    const big = (
      snapshot.data.securityProfiles.ML_Detect_profile as { behaviors: { name: string }[] }
    ).behaviors.find((b) => b.name === 'big')!
    const at = (hoursAgo: number): number => NOW.getTime() - hoursAgo * HOUR
    const event = (id: string, type: string, hoursAgo: number, bytes: number) => ({
      violationId: id,
      thingName: 'anom_thing_1',
      securityProfileName: 'ML_Detect_profile',
      behavior: big,
      violationEventType: type,
      violationEventTime: at(hoursAgo),
      metricValue: { count: bytes }
    })
    snapshot.data.violations = {
      'v-2': {
        violationId: 'v-2',
        thingName: 'anom_thing_1',
        securityProfileName: 'ML_Detect_profile',
        behavior: big,
        violationStartTime: at(2),
        lastViolationTime: at(1),
        lastViolationValue: { count: 4096 },
        active: true
      }
    } as never
    snapshot.data.violationEvents = [
      event('v-0', 'in-alarm', 30, 2048), // older than a day: not listed
      event('v-1', 'in-alarm', 5, 2048),
      event('v-1', 'alarm-cleared', 4, 8),
      event('v-2', 'in-alarm', 2, 4096)
    ] as never
    const b = await account({ initialState: snapshot })
    try {
      const report = await statusCommand({
        iot: b.iot,
        securityProfileNames: ['ML_Detect_profile'],
        now: () => NOW
      })
      expect(report.violations.map((v) => [v.violationId, v.behavior?.name])).toEqual([
        ['v-2', 'big']
      ])
      expect(
        report.events.map((e) => [e.violationId, e.violationEventType, e.violationEventTime])
      ).toEqual([
        ['v-2', 'in-alarm', new Date(at(2))],
        ['v-1', 'alarm-cleared', new Date(at(4))],
        ['v-1', 'in-alarm', new Date(at(5))]
      ])
      const markdown = renderStatusMarkdown(report)
      expect(markdown).toContain('1 active violation, 3 violation events in the last 24 hours')
      expect(markdown).toContain('### Violation events since 2026-11-26T06:00:00Z')
      expect(markdown).toContain(
        '| 2026-11-27T02:00:00Z | 🟢 cleared | `anom_thing_1` | `ML_Detect_profile` | `big` | count: 8 |'
      )
      expect(renderStatusText(report)).toContain(
        'event  2026-11-27T01:00:00Z in-alarm anom_thing_1 ML_Detect_profile/big (count: 2048)'
      )
    } finally {
      await b.close()
    }
  })
})
