/**
 * The pure Detect evaluation over a stepped clock. Scale 300 makes AWS's 5-minute period one second, so
 * `durationSeconds: 300` is a 1 s window here and two days of silence are 576 s.
 */
import { describe, expect, test } from '@jest/globals'
import type { Behavior } from '@aws-sdk/client-iot'
import { evaluate, type ProfileInput } from '../../../src/local/detect/evaluate.js'
import { foldSamples, scaledTiming, type DetectTiming } from '../../../src/local/detect/windows.js'
import type { CloudMetric, MetricSample } from '../../../src/local/store/cloud-metrics.js'
import { emptyDetectRecords, type DetectRecords } from '../../../src/local/store/detect-records.js'
import type { ViolationEventRecord, ViolationRecord } from '../../../src/local/store/records.js'

const SECOND = 1000

/** An account's worth of Detect state, driven like the engine drives it. */
class Fleet {
  records: DetectRecords = emptyDetectRecords()
  violations = new Map<string, ViolationRecord>()
  events: ViolationEventRecord[] = []
  private ids = 0
  constructor(
    public profiles: ProfileInput[],
    readonly timing: DetectTiming = scaledTiming(300)
  ) {}

  send(thing: string, metric: CloudMetric, at: number, ...values: number[]): void {
    const samples: MetricSample[] = values.map((value) => ({ thingName: thing, metric, at, value }))
    foldSamples(this.records, samples, this.timing)
  }

  evaluateAt(now: number): ViolationEventRecord[] {
    const r = evaluate({
      now,
      timing: this.timing,
      profiles: this.profiles,
      records: this.records,
      violations: this.violations,
      newId: () => `v${++this.ids}`
    })
    this.records = r.records
    for (const v of r.violations) this.violations.set(v.violationId, v)
    this.events.push(...r.events)
    return r.events
  }

  active(): ViolationRecord[] {
    return [...this.violations.values()].filter((v) => v.active)
  }
}

const kinds = (events: ViolationEventRecord[]): string[] =>
  events.map((e) => `${e.thingName}:${e.behavior.name}:${e.violationEventType}`)

const profile = (behaviors: Behavior[], things = ['t1']): ProfileInput => ({
  name: 'p',
  behaviors,
  things
})

const msgCount: Behavior = {
  name: 'flood',
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'less-than-equals', value: { count: 100 }, durationSeconds: 300 }
}

describe('STATIC criteria', () => {
  test('a count metric is summed over its window; the alarm clears on the next quiet window', () => {
    const f = new Fleet([profile([msgCount])])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-messages-sent', 100, ...Array<number>(150).fill(1))
    expect(f.evaluateAt(900)).toEqual([]) // the window has not ended
    const opened = f.evaluateAt(1000)
    expect(kinds(opened)).toEqual(['t1:flood:in-alarm'])
    expect(opened[0]).toMatchObject({ metricValue: { count: 150 }, violationEventTime: 1000 })
    expect(f.active()).toHaveLength(1)
    expect(f.active()[0]).toMatchObject({ thingName: 't1', lastViolationValue: { count: 150 } })
    // No traffic in the next window: a datapoint of 0, which conforms.
    const cleared = f.evaluateAt(2000)
    expect(kinds(cleared)).toEqual(['t1:flood:alarm-cleared'])
    expect(cleared[0]!.metricValue).toEqual({ count: 0 })
    expect(f.active()).toEqual([])
  })

  test('100 messages in the window (at the bound) trip nothing', () => {
    const f = new Fleet([profile([msgCount])])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-messages-sent', 500, ...Array<number>(100).fill(1))
    expect(f.evaluateAt(3000)).toEqual([])
  })

  test('durationSeconds 600 is a window of two periods', () => {
    const long = { ...msgCount, criteria: { ...msgCount.criteria, durationSeconds: 600 } }
    const f = new Fleet([profile([long])])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-messages-sent', 100, ...Array<number>(60).fill(1))
    f.send('t1', 'aws:num-messages-sent', 1100, ...Array<number>(60).fill(1))
    expect(f.evaluateAt(1500)).toEqual([])
    expect(kinds(f.evaluateAt(2000))).toEqual(['t1:flood:in-alarm'])
  })

  test('consecutive datapoints to alarm and to clear', () => {
    const b = {
      ...msgCount,
      criteria: {
        ...msgCount.criteria,
        consecutiveDatapointsToAlarm: 2,
        consecutiveDatapointsToClear: 3
      }
    }
    const f = new Fleet([profile([b])])
    f.evaluateAt(0)
    const flood = (w: number): void => f.send('t1', 'aws:num-messages-sent', w * 1000, 500)
    flood(0)
    expect(f.evaluateAt(1000)).toEqual([]) // one violating datapoint
    expect(f.evaluateAt(2000)).toEqual([]) // a normal one resets the streak
    flood(2)
    expect(f.evaluateAt(3000)).toEqual([])
    flood(3)
    expect(kinds(f.evaluateAt(4000))).toEqual(['t1:flood:in-alarm'])
    expect(f.evaluateAt(6000)).toEqual([]) // two normal datapoints
    flood(6)
    expect(f.evaluateAt(7000)).toEqual([]) // violating again: still in alarm, the clear streak restarts
    expect(f.violations.get('v1')!.lastViolationTime).toBe(7000)
    expect(kinds(f.evaluateAt(10_000))).toEqual(['t1:flood:alarm-cleared'])
  })

  test('message-byte-size is judged per message (detect-cloud-side-metrics: "each message")', () => {
    const size: Behavior = {
      name: 'max-size',
      metric: 'aws:message-byte-size',
      criteria: { comparisonOperator: 'less-than-equals', value: { count: 1024 } }
    }
    const f = new Fleet([profile([size], ['t1', 't2'])])
    f.evaluateAt(0)
    f.send('t1', 'aws:message-byte-size', 100, 100, 2000, 200)
    f.send('t2', 'aws:message-byte-size', 100, 900, 1000, 1024)
    const events = f.evaluateAt(1000)
    // t2's messages add up to more than 1024 but none is larger; t1's 2000-byte one alarms, the next clears.
    expect(kinds(events)).toEqual(['t1:max-size:in-alarm', 't1:max-size:alarm-cleared'])
    expect(events[0]!.metricValue).toEqual({ count: 2000 })
  })

  test('several profiles and behaviors are evaluated independently', () => {
    const auth: Behavior = {
      name: 'auth',
      metric: 'aws:num-authorization-failures',
      criteria: { comparisonOperator: 'less-than', value: { count: 5 }, durationSeconds: 300 }
    }
    const f = new Fleet([
      profile([msgCount, auth]),
      { name: 'q', behaviors: [auth], things: ['t1'] }
    ])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-authorization-failures', 10, 1, 1, 1, 1, 1)
    expect(kinds(f.evaluateAt(1000)).sort()).toEqual(['t1:auth:in-alarm', 't1:auth:in-alarm'])
    expect(new Set(f.active().map((v) => v.securityProfileName))).toEqual(new Set(['p', 'q']))
  })
})

describe('STATISTICAL criteria', () => {
  test("the percentile of the profile's things in the same window is the threshold", () => {
    const stat: Behavior = {
      name: 'top',
      metric: 'aws:num-messages-sent',
      criteria: {
        comparisonOperator: 'less-than-equals',
        statisticalThreshold: { statistic: 'p90' },
        durationSeconds: 300
      }
    }
    const things = Array.from({ length: 10 }, (_, i) => `t${i + 1}`)
    const f = new Fleet([profile([stat], things)])
    f.evaluateAt(0)
    things.forEach((t, i) => f.send(t, 'aws:num-messages-sent', 10, i + 1))
    // p90 of 1..10 is 9: only the thing that sent 10 is above it.
    expect(kinds(f.evaluateAt(1000))).toEqual(['t10:top:in-alarm'])
  })

  test('message-byte-size with a window compares the cumulative size', () => {
    const stat: Behavior = {
      name: 'bulk',
      metric: 'aws:message-byte-size',
      criteria: {
        comparisonOperator: 'less-than-equals',
        statisticalThreshold: { statistic: 'p50' },
        durationSeconds: 300
      }
    }
    const f = new Fleet([profile([stat], ['a', 'b', 'c'])])
    f.evaluateAt(0)
    f.send('a', 'aws:message-byte-size', 10, 100)
    f.send('b', 'aws:message-byte-size', 10, 100)
    f.send('c', 'aws:message-byte-size', 10, 60, 60) // 120 in all, no single message above 100
    expect(kinds(f.evaluateAt(1000))).toEqual(['c:bulk:in-alarm'])
  })
})

describe('alarm-invalidated', () => {
  const open = (): Fleet => {
    const f = new Fleet([profile([msgCount])])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-messages-sent', 10, 500)
    f.evaluateAt(1000)
    expect(f.active()).toHaveLength(1)
    return f
  }

  test('when the behavior is removed', () => {
    const f = open()
    f.profiles = [profile([])]
    const events = f.evaluateAt(1200)
    expect(kinds(events)).toEqual(['t1:flood:alarm-invalidated'])
    expect(events[0]!.metricValue).toBeUndefined()
    expect(f.active()).toEqual([])
    expect(f.records.alarms).toEqual({})
  })

  test('when the profile is deleted or no longer targets the thing', () => {
    const f = open()
    f.profiles = [profile([msgCount], [])]
    expect(kinds(f.evaluateAt(1200))).toEqual(['t1:flood:alarm-invalidated'])
    const g = open()
    g.profiles = []
    expect(kinds(g.evaluateAt(1200))).toEqual(['t1:flood:alarm-invalidated'])
    expect(g.records.evaluatedUntil).toEqual({})
  })

  test('when the thing has sent nothing for two days (scaled)', () => {
    const f = new Fleet([
      profile([
        { ...msgCount, criteria: { ...msgCount.criteria, consecutiveDatapointsToClear: 10 } }
      ])
    ])
    f.evaluateAt(0)
    f.send('t1', 'aws:num-messages-sent', 10, 500)
    f.evaluateAt(1000)
    // 9 quiet windows keep it in alarm (10 to clear); then silence past 576 s invalidates it.
    expect(f.evaluateAt(10_000)).toEqual([])
    expect(kinds(f.evaluateAt(10 + f.timing.invalidateAfterMs + SECOND))).toEqual([
      't1:flood:alarm-invalidated'
    ])
  })
})

test('a suppressed behavior still records its violation, and the violation keeps the flag', () => {
  const f = new Fleet([profile([{ ...msgCount, suppressAlerts: true }])])
  f.evaluateAt(0)
  f.send('t1', 'aws:num-messages-sent', 10, 500)
  f.evaluateAt(1000)
  expect(f.active()).toHaveLength(1)
  expect(f.active()[0]!.behavior.suppressAlerts).toBe(true)
})

test('periods are pruned once no window can reach them, per-message values once judged', () => {
  const size: Behavior = {
    name: 'max-size',
    metric: 'aws:message-byte-size',
    criteria: { comparisonOperator: 'less-than-equals', value: { count: 1024 } }
  }
  const f = new Fleet([profile([msgCount, size])])
  f.evaluateAt(0)
  for (let s = 0; s < 100; s++) {
    f.send('t1', 'aws:num-messages-sent', s * SECOND, 1)
    f.send('t1', 'aws:message-byte-size', s * SECOND, 10)
  }
  f.evaluateAt(100 * SECOND)
  // The longest live window is one period: that period and the one before it stay, for the boundary.
  const counts = Object.keys(f.records.buckets['t1\naws:num-messages-sent'] ?? {})
  expect(counts.length).toBeLessThanOrEqual(2)
  const sizes = Object.values(f.records.buckets['t1\naws:message-byte-size'] ?? {})
  expect(sizes.every((b) => b.values === undefined)).toBe(true)
  // A message in the open period keeps its value until that period is judged.
  f.send('t1', 'aws:message-byte-size', 100 * SECOND + 10, 2000)
  f.evaluateAt(100 * SECOND + 500)
  expect(f.records.buckets['t1\naws:message-byte-size']![String(100 * SECOND)]!.values).toEqual([
    2000
  ])
  expect(kinds(f.evaluateAt(101 * SECOND))).toEqual(['t1:max-size:in-alarm'])
})

test('criteria the data plane cannot give datapoints for are skipped, not an error', () => {
  const f = new Fleet([
    profile([
      {
        name: 'ports',
        metric: 'aws:num-messages-sent',
        criteria: { comparisonOperator: 'in-port-set', value: { ports: [1] } }
      },
      {
        name: 'no-value',
        metric: 'aws:num-messages-sent',
        criteria: { comparisonOperator: 'less-than', durationSeconds: 300 }
      },
      msgCount
    ])
  ])
  f.evaluateAt(0)
  f.send('t1', 'aws:num-messages-sent', 10, 500)
  expect(kinds(f.evaluateAt(1000))).toEqual(['t1:flood:in-alarm'])
})
