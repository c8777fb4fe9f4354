/** ML Detect's lifecycle and the stand-in model, through the pure evaluation with a stepped clock. */
import { describe, expect, test } from '@jest/globals'
import type { Behavior } from '@aws-sdk/client-iot'
import { evaluate } from '../../../src/local/detect/evaluate.js'
import { anomalyThreshold } from '../../../src/local/detect/ml-model.js'
import { foldSamples, scaledTiming } from '../../../src/local/detect/windows.js'
import { emptyDetectRecords } from '../../../src/local/store/detect-records.js'
import type { ViolationEventRecord, ViolationRecord } from '../../../src/local/store/records.js'

// One-second periods; a model needs 20 datapoints over 10 s, and expires after 100 s without data.
const timing = scaledTiming(300, {
  mlMinDatapoints: 20,
  mlMinTrainingMs: 10_000,
  mlRetentionMs: 100_000
})
const ml = (name: string, confidenceLevel: 'LOW' | 'MEDIUM' | 'HIGH'): Behavior => ({
  name,
  metric: 'aws:num-messages-sent',
  criteria: { mlDetectionConfig: { confidenceLevel } }
})
const behaviors = [ml('low', 'LOW'), ml('medium', 'MEDIUM'), ml('high', 'HIGH')]
const things = ['a', 'b']

function fleet(clock = timing) {
  let records = emptyDetectRecords()
  const violations = new Map<string, ViolationRecord>()
  const events: ViolationEventRecord[] = []
  let n = 0
  return {
    get records() {
      return records
    },
    events,
    /** each thing sends `count` messages in the period starting at `second` */
    send(second: number, count: (thing: string) => number) {
      for (const t of things)
        foldSamples(
          records,
          Array.from({ length: count(t) }, () => ({
            thingName: t,
            metric: 'aws:num-messages-sent' as const,
            at: second * 1000 + 10,
            value: 1
          })),
          clock
        )
    },
    at(second: number) {
      const r = evaluate({
        now: second * 1000,
        timing: clock,
        profiles: [{ name: 'p', behaviors, things }],
        records,
        violations,
        newId: () => `v${++n}`
      })
      records = r.records
      for (const v of r.violations) violations.set(v.violationId, v)
      events.push(...r.events)
      return r.events
    }
  }
}

test('the stand-in thresholds: mean + 2, 4 and 8 spreads, spread at least a quarter of the mean and 1', () => {
  expect(anomalyThreshold({ mean: 10, stddev: 1 }, 'LOW')).toBe(15)
  expect(anomalyThreshold({ mean: 10, stddev: 1 }, 'MEDIUM')).toBe(20)
  expect(anomalyThreshold({ mean: 10, stddev: 1 }, 'HIGH')).toBe(30)
  expect(anomalyThreshold({ mean: 10, stddev: 5 }, 'LOW')).toBe(20)
  expect(anomalyThreshold({ mean: 0, stddev: 0 }, 'HIGH')).toBe(8)
})

describe('model lifecycle', () => {
  test('PENDING_BUILD with a growing percentage, ACTIVE after the minimums, then a flood alarms at LOW, not HIGH', () => {
    const f = fleet()
    f.at(0)
    expect(f.records.models['p/low']).toMatchObject({
      status: 'PENDING_BUILD',
      collectionPercentage: 0
    })
    // Steady traffic with a little jitter: 9 to 11 messages per period per thing, 2 datapoints per period.
    for (let s = 0; s < 5; s++) {
      f.send(s, (t) => (t === 'a' ? 9 : 11))
      f.at(s + 1)
    }
    expect(f.records.models['p/low']).toMatchObject({
      status: 'PENDING_BUILD',
      datapoints: 10,
      collectionPercentage: 50
    })
    expect(f.records.models['p/low']!.trainingStartedAt).toBe(1000)
    // A flood during training alarms nowhere: a model that is not built does not judge.
    f.send(5, () => 500)
    expect(f.at(6)).toEqual([])
    for (let s = 6; s < 11; s++) {
      f.send(s, (t) => (t === 'a' ? 9 : 11))
      f.at(s + 1)
    }
    // 20 datapoints over 10 s since the first (at 1 s): built at 11 s, before that window trains it.
    for (const b of ['low', 'medium', 'high'])
      expect(f.records.models[`p/${b}`]).toMatchObject({
        status: 'ACTIVE',
        collectionPercentage: 100,
        builtAt: 11_000
      })
    // The training flood is in the model (mean 59): a flood has to stand out from that.
    const model = f.records.models['p/low']!.model!
    expect(model.mean).toBeCloseTo((18 * 10 + 2 * 500) / 20, 5)
    // stddev ≈ 151, so LOW alarms above ≈ 361, MEDIUM above ≈ 662, HIGH above ≈ 1265.
    expect(anomalyThreshold(model, 'LOW')).toBeLessThan(500)
    expect(anomalyThreshold(model, 'MEDIUM')).toBeGreaterThan(500)
    const flood = 500
    f.send(12, (t) => (t === 'a' ? flood : 10))
    const events = f.at(13)
    expect(events.map((e) => `${e.thingName}:${e.behavior.name}:${e.violationEventType}`)).toEqual([
      'a:low:in-alarm'
    ])
    expect(events[0]).toMatchObject({
      metricValue: { count: flood },
      violationEventAdditionalInfo: { confidenceLevel: expect.any(String) }
    })
    // Back to normal: cleared.
    f.send(13, () => 10)
    expect(f.at(14).every((e) => e.violationEventType === 'alarm-cleared')).toBe(true)
  })

  test('a model that never gets enough data expires after the retention period', () => {
    // A quiet fleet's windows are datapoints (of 0) too, so this one asks for more than it can get.
    const f = fleet({ ...timing, mlMinDatapoints: 1_000_000 })
    f.at(0)
    f.send(0, () => 1)
    f.at(50)
    expect(f.records.models['p/high']).toMatchObject({ status: 'PENDING_BUILD', datapoints: 100 })
    expect(f.records.models['p/high']!.collectionPercentage).toBe(0.01)
    f.at(111)
    expect(f.records.models['p/high']!.status).toBe('EXPIRED')
  })

  test('an active model with no datapoints for the retention period expires', () => {
    const f = fleet()
    f.at(0)
    for (let s = 0; s < 12; s++) {
      f.send(s, () => 10)
      f.at(s + 1)
    }
    expect(f.records.models['p/low']!.status).toBe('ACTIVE')
    // Quiet things still give datapoints (0 messages) for two days (576 s here)...
    f.at(62)
    expect(f.records.models['p/low']!.status).toBe('ACTIVE')
    // ...after which they give none, and the model is discontinued once the retention period has passed.
    f.at(12 + 576 + 101)
    expect(f.records.models['p/low']!.status).toBe('EXPIRED')
  })
})
