/**
 * bench/plan: a large profile file against the emulator with AWS's TPS quotas and 30 ms latency.
 *
 * Prints the no-op plan time and the apply-from-empty time as ratios to the quota floor, and the same
 * against a sequential one-call-at-a-time baseline measured in the same run. Target: ≤ 1.2× the floor.
 * The floor: AWS's token buckets start full, so the first second's worth of each operation goes at once and
 * the rest at the quota, (calls − quota) / quota; the slowest operation bounds the run. Last, the same no-op
 * plan through `--endpoint` at an emulator that does not throttle, which ddac does not pace.
 *
 *   npm run bench:plan
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import { createIotClient } from '../src/aws/client.js'
import { pacingOf } from '../src/aws/rate-limit.js'
import { applyCommand, planCommand } from '../src/commands/reconcile.js'
import type { ProfileFile } from '../src/config/file-format.js'
import { validateText } from '../src/config/validate.js'
import { startEmulator, type Emulator } from '../src/local/emulator.js'
import type { OperationName } from '../src/model/iot-model.js'
import { TPS_QUOTAS } from '../src/model/quotas.js'
import { stringify } from 'yaml'

const PROFILES = 100
const BEHAVIORS = 10
const GROUPS = 60 // 100 profiles × 3 targets, at most 5 profiles per group
const LATENCY_MS = 30
const ID = 'bench/ddac:device-defender.yml'

function largeFile(): ProfileFile {
  const metrics = [
    'aws:num-messages-sent',
    'aws:num-messages-received',
    'aws:num-authorization-failures',
    'aws:num-connection-attempts',
    'aws:num-disconnects'
  ]
  const file = {
    version: 1,
    customMetrics: Array.from({ length: 100 }, (_, i) => ({
      metricName: `metric_${i}`,
      metricType: 'number',
      tags: [{ Key: 'team', Value: 'iot' }]
    })),
    dimensions: Array.from({ length: 10 }, (_, i) => ({
      name: `topics_${i}`,
      type: 'TOPIC_FILTER',
      stringValues: [`fleet/${i}/#`]
    })),
    mitigationActions: Array.from({ length: 100 }, (_, i) => ({
      actionName: `quarantine_${i}`,
      roleArn: 'arn:aws:iam::123456789012:role/mitigation',
      actionParams: { addThingsToThingGroupParams: { thingGroupNames: [`quarantine_${i}`] } },
      tags: [{ Key: 'team', Value: 'iot' }]
    })),
    securityProfiles: Array.from({ length: PROFILES }, (_, i) => ({
      securityProfileName: `profile_${i}`,
      securityProfileDescription: `profile ${i} of the bench fleet`,
      targets: [0, 20, 40].map((k) => `group_${(i + k) % GROUPS}`),
      behaviors: Array.from({ length: BEHAVIORS }, (_, j) => ({
        name: `behavior_${j}`,
        metric: metrics[j % metrics.length],
        criteria: {
          comparisonOperator: 'greater-than',
          value: { count: 100 + j },
          durationSeconds: 300,
          consecutiveDatapointsToAlarm: 1,
          consecutiveDatapointsToClear: 1
        }
      })),
      tags: [
        { Key: 'team', Value: 'iot' },
        { Key: 'fleet', Value: `fleet_${i % 10}` }
      ]
    })),
    auditConfiguration: {
      roleArn: 'arn:aws:iam::123456789012:role/audit',
      auditCheckConfigurations: {
        DEVICE_CERTIFICATE_SHARED_CHECK: { enabled: true },
        LOGGING_DISABLED_CHECK: { enabled: true },
        CONFLICTING_CLIENT_IDS_CHECK: { enabled: true }
      }
    },
    scheduledAudits: Array.from({ length: 5 }, (_, i) => ({
      scheduledAuditName: `audit_${i}`,
      frequency: 'DAILY',
      targetCheckNames: ['DEVICE_CERTIFICATE_SHARED_CHECK']
    }))
  }
  const r = validateText('bench.yml', stringify(file))
  if (!r.profile)
    throw new Error(`bench file is invalid: ${JSON.stringify(r.problems.slice(0, 3))}`)
  return r.profile
}

/** One call at a time, as a naive script would make them. */
function sequential(client: IoTClient): void {
  let queue = Promise.resolve()
  client.middlewareStack.add(
    (next) => (args) => {
      const run = queue.then(() => next(args))
      queue = run.then(
        () => undefined,
        () => undefined
      )
      return run
    },
    { step: 'initialize', priority: 'high', name: 'benchSequential' }
  )
}

interface Measure {
  seconds: number
  floor: number
  bound: string
  calls: number
  throttled: number
}

async function measure(emu: Emulator, fn: () => Promise<unknown>): Promise<Measure> {
  const before = emu.requests().length
  const start = performance.now()
  await fn()
  const seconds = (performance.now() - start) / 1000
  const requests = emu.requests().slice(before)
  const perOp = new Map<string, number>()
  for (const r of requests) if (!r.error) perOp.set(r.operation, (perOp.get(r.operation) ?? 0) + 1)
  let floor = 0
  let bound = ''
  for (const [op, n] of perOp) {
    const q = TPS_QUOTAS[op as OperationName]
    const t = Math.max(0, n - q) / q
    if (t > floor) [floor, bound] = [t, `${op} ${n} calls @ ${q}/s`]
  }
  return {
    seconds,
    floor,
    bound,
    calls: requests.length,
    throttled: requests.filter((r) => r.error === 'ThrottlingException').length
  }
}

async function scenario(
  kind: 'ddac' | 'sequential',
  file: ProfileFile
): Promise<{ apply: Measure; plan: Measure }> {
  const emu = await startEmulator({ throttle: true, latencyMs: LATENCY_MS })
  const iot = createIotClient({
    endpoint: emu.endpoint,
    region: emu.region,
    local: true,
    pace: kind === 'ddac'
  })
  if (kind === 'sequential') sequential(iot)
  const input = { iot, profile: file, identity: ID, prune: false }
  try {
    const apply = await measure(emu, async () => {
      const out = await applyCommand(input)
      if (!out.converged)
        throw new Error(
          `${kind} apply did not converge: ${JSON.stringify(out.result.failed.slice(0, 2))}`
        )
    })
    const plan = await measure(emu, async () => {
      const { plan: p } = await planCommand(input)
      if (p.changes.length) throw new Error(`${kind} no-op plan has ${p.changes.length} changes`)
    })
    return { apply, plan }
  } finally {
    iot.destroy()
    await emu.stop()
  }
}

const fmt = (n: number): string => n.toFixed(1)

const file = largeFile()
console.log(
  `bench/plan: ${PROFILES} profiles × ${BEHAVIORS} behaviors, 3 targets each (${GROUPS} groups), 100 mitigation actions, 100 custom metrics, 10 dimensions, 5 scheduled audits`
)
console.log(
  `emulator: AWS TPS quotas enforced, ${LATENCY_MS} ms latency per call; node ${process.version}\n`
)
const ddac = await scenario('ddac', file)
const seq = await scenario('sequential', file)
const rows: [string, Measure, Measure][] = [
  ['no-op plan', ddac.plan, seq.plan],
  ['apply from empty', ddac.apply, seq.apply]
]
console.log(
  '| run | ddac s | quota floor s (bound) | ddac / floor | sequential s | sequential / floor | sequential / ddac | calls (throttled) ddac · seq |'
)
console.log('|---|---:|---|---:|---:|---:|---:|---|')
for (const [name, d, s] of rows) {
  console.log(
    `| ${name} | ${fmt(d.seconds)} | ${fmt(d.floor)} (${d.bound}) | ${(d.seconds / d.floor).toFixed(2)}× | ${fmt(s.seconds)} | ${(s.seconds / s.floor).toFixed(2)}× | ${(s.seconds / d.seconds).toFixed(1)}× | ${d.calls} (${d.throttled}) · ${s.calls} (${s.throttled}) |`
  )
}
const worst = Math.max(...rows.map(([, d]) => d.seconds / d.floor))
console.log(
  `\ntarget ≤ 1.20× the quota floor: ${worst <= 1.2 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}×)`
)

/** No throttling, no latency: what `ddac local` without flags is, reached through --endpoint. */
async function unthrottled(file: ProfileFile): Promise<{ seconds: number; delayed: number }> {
  const emu = await startEmulator()
  const iot = createIotClient({ endpoint: emu.endpoint, region: emu.region })
  try {
    const input = { iot, profile: file, identity: ID, prune: false }
    await applyCommand(input)
    const start = performance.now()
    await planCommand(input)
    return { seconds: (performance.now() - start) / 1000, delayed: pacingOf(iot)?.delayed ?? 0 }
  } finally {
    iot.destroy()
    await emu.stop()
  }
}

const open = await unthrottled(file)
console.log(
  `no-op plan through --endpoint at ddac local without --throttle: ${open.seconds.toFixed(2)} s, ${open.delayed} paced waits`
)
