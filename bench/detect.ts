/**
 * bench/detect: the emulator's Detect engine on a large fleet, measured in one run.
 *
 * 1,000 things under one profile with the six rules-based behaviors of the cloud-side metrics and two ML
 * behaviors, each thing sending 10 messages a period (20 samples: count and size) and one in ten flooding.
 * Prints how fast the data plane's append folds samples, how long one evaluation period takes as a share of
 * the period at `ddac local`'s default scale (5 s), and the size of the state `--data-dir` saves.
 * Target: an evaluation well under 10 % of the period, so the engine never falls behind its clock.
 *
 *   npm run bench:detect      (BENCH_THINGS=n, default 1000; BENCH_PERIODS=n, default 20)
 */
import type { Behavior } from '@aws-sdk/client-iot'
import { evaluate } from '../src/local/detect/evaluate.js'
import { DEFAULT_TIME_SCALE, foldSamples, scaledTiming } from '../src/local/detect/windows.js'
import type { MetricSample } from '../src/local/store/cloud-metrics.js'
import { emptyDetectRecords } from '../src/local/store/detect-records.js'
import type { ViolationRecord } from '../src/local/store/records.js'

const THINGS = Number(process.env.BENCH_THINGS ?? 1000)
const PERIODS = Number(process.env.BENCH_PERIODS ?? 20)
const timing = scaledTiming(DEFAULT_TIME_SCALE)

const rule = (name: string, metric: string, max: number): Behavior => ({
  name,
  metric,
  criteria: { comparisonOperator: 'less-than-equals', value: { count: max }, durationSeconds: 300 }
})
const behaviors: Behavior[] = [
  {
    name: 'size',
    metric: 'aws:message-byte-size',
    criteria: { comparisonOperator: 'less-than-equals', value: { count: 1024 } }
  },
  rule('sent', 'aws:num-messages-sent', 100),
  rule('received', 'aws:num-messages-received', 100),
  rule('auth', 'aws:num-authorization-failures', 5),
  rule('connects', 'aws:num-connection-attempts', 10),
  rule('disconnects', 'aws:num-disconnects', 5),
  {
    name: 'ml-sent',
    metric: 'aws:num-messages-sent',
    criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' } }
  },
  {
    name: 'ml-size',
    metric: 'aws:message-byte-size',
    criteria: { mlDetectionConfig: { confidenceLevel: 'HIGH' } }
  }
]
const things = Array.from({ length: THINGS }, (_, i) => `thing-${i}`)
const profiles = [{ name: 'bench', behaviors, things }]

let records = emptyDetectRecords()
const violations = new Map<string, ViolationRecord>()
let ids = 0
let now = Math.ceil(Date.now() / timing.periodMs) * timing.periodMs
let foldMs = 0
let samplesFolded = 0
const evalMs: number[] = []
let events = 0

for (let p = 0; p < PERIODS; p++) {
  const samples: MetricSample[] = []
  things.forEach((thing, i) => {
    const flood = i % 10 === 0 && p % 4 === 3
    for (let m = 0; m < (flood ? 150 : 10); m++) {
      const at = now + m
      samples.push({ thingName: thing, metric: 'aws:num-messages-sent', at, value: 1 })
      samples.push({
        thingName: thing,
        metric: 'aws:message-byte-size',
        at,
        value: flood ? 2000 : 100
      })
    }
  })
  let t = performance.now()
  for (const s of samples) foldSamples(records, [s], timing) // one call per sample, as the broker appends
  foldMs += performance.now() - t
  samplesFolded += samples.length
  now += timing.periodMs
  t = performance.now()
  const r = evaluate({ now, timing, profiles, records, violations, newId: () => `v${++ids}` })
  evalMs.push(performance.now() - t)
  records = r.records
  for (const v of r.violations) violations.set(v.violationId, v)
  events += r.events.length
}

const sorted = [...evalMs].sort((a, b) => a - b)
const median = sorted[Math.floor(sorted.length / 2)]!
const worst = sorted.at(-1)!
const bytes = Buffer.byteLength(JSON.stringify(records))
console.log(`things ${THINGS}, behaviors ${behaviors.length}, periods ${PERIODS}, events ${events}`)
console.log(`append: ${Math.round(samplesFolded / (foldMs / 1000)).toLocaleString('en')} samples/s`)
console.log(
  `evaluation: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms per period = ` +
    `${((median / timing.periodMs) * 100).toFixed(2)} % (worst ${((worst / timing.periodMs) * 100).toFixed(2)} %) of the ${timing.periodMs} ms period`
)
console.log(`state saved with --data-dir: ${(bytes / 1024).toFixed(0)} KiB`)
