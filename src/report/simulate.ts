/** The `simulate` report: a line and a table row per simulation, the teardown's outcome, and the outputs. */
import type { SimulationResult, SimulationsOutcome } from '../simulate/run-simulations.js'
import { Outputs } from '../constants.js'
import { plural } from './markdown.js'
import { formatDuration } from './progress.js'
import type { CommandOutputs } from './report.js'

const rate = (r: number): string => (r >= 10 ? r.toFixed(0) : r.toFixed(2))
const shardText = (o: SimulationsOutcome): string =>
  o.shard ? ` (shard ${o.shard.index}/${o.shard.count})` : ''

/** Why the step fails, if it does: an error, a stop, or resources teardown could not remove. */
export function simulateFailure(o: SimulationsOutcome): string | undefined {
  if (o.error) return `simulation failed: ${o.error}`
  if (o.cancelled) return 'simulation cancelled'
  // A few things that never connect are counted as errors; a simulation none of whose things connected
  // sent nothing, so it proves nothing.
  const unconnected = o.results.filter((r) => r.things > 0 && r.connections === 0)
  if (unconnected.length)
    return `${unconnected.map((r) => `${r.name}: none of its ${plural(r.things, 'thing')} connected`).join('; ')} (the log says why)`
  if (o.teardown.failures.length)
    return `teardown left ${o.teardown.failures.length} resource(s); \`ddac cleanup\` removes them`
  return undefined
}

function teardownText(o: SimulationsOutcome): string {
  return o.teardown.failures.length
    ? `teardown removed ${o.teardown.removed}, could not remove ${o.teardown.failures.length}:\n${o.teardown.failures.map((f) => `  - ${f}`).join('\n')}`
    : `teardown removed all ${o.teardown.removed} resource(s) of run ${o.runId}`
}

export function renderSimulateText(o: SimulationsOutcome): string {
  const lines = [`ddac simulate: run ${o.runId}${shardText(o)}`]
  for (const r of o.results)
    lines.push(
      `${r.name} (${r.scenario}): ${plural(r.things, 'thing')}, ${r.connections} connected, ${r.messages} messages (${r.acked} acknowledged), ${r.bytes} bytes, ${r.denials} denials, ${r.reconnects} reconnects, ${rate(r.achievedRate)}/s of ${rate(r.askedRate)}/s asked, ${formatDuration(r.durationMs)}${r.errors ? `, ${r.errors} error${r.errors === 1 ? '' : 's'}` : ''}${r.stopped ? `, ${r.stopped} not sent (stopped)` : ''}`
    )
  if (o.results.length === 0) lines.push('no simulation ran')
  if (o.error) lines.push(`error: ${o.error}`)
  if (o.cancelled) lines.push('cancelled: nothing more was sent')
  lines.push(teardownText(o))
  return lines.join('\n') + '\n'
}

/** Bytes as a reader sizes them up: 400 kB, 1.2 MB. */
function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1e6) return `${Math.round(bytes / 100) / 10} kB`
  return `${Math.round(bytes / 1e5) / 10} MB`
}

// Eight columns, so the table fits a pull-request comment's width without scrolling sideways.
const row = (r: SimulationResult): string =>
  `| ${r.name} (${r.scenario}) | ${r.connections} of ${r.things} | ${r.acked} of ${r.messages} | ${size(r.bytes)} | ${r.denials} / ${r.reconnects} | ${rate(r.achievedRate)} of ${rate(r.askedRate)} | ${formatDuration(r.durationMs)} | ${r.errors} |`

/** `failed`: the step fails for more than its traffic (a missed expectation), so its headline says so too. */
export function renderSimulateMarkdown(
  o: SimulationsOutcome,
  failed = simulateFailure(o) !== undefined
): string {
  const parts = [`## ddac simulate ${failed ? '❌' : '✅'} run \`${o.runId}\`${shardText(o)}`, '']
  if (o.results.length) {
    parts.push(
      '| simulation | connected | acked | bytes | denials / reconnects | per second | time | errors |',
      '|---|--:|--:|--:|--:|--:|--:|--:|',
      ...o.results.map(row),
      ''
    )
  } else parts.push('No simulation ran.', '')
  if (o.error) parts.push(`**Error:** ${o.error}`, '')
  if (o.cancelled) parts.push('**Cancelled:** nothing more was sent.', '')
  parts.push(
    o.teardown.failures.length
      ? `**Teardown** removed ${o.teardown.removed} resource(s) and could not remove ${o.teardown.failures.length}; \`ddac cleanup\` retries them:\n\n${o.teardown.failures.map((f) => `- ${f}`).join('\n')}`
      : `**Teardown** removed all ${o.teardown.removed} resource(s) the run created.`,
    ''
  )
  return parts.join('\n')
}

export function simulateOutputs(o: SimulationsOutcome): CommandOutputs {
  return {
    [Outputs.RunId]: o.runId,
    [Outputs.SimulationResults]: JSON.stringify(o.results),
    [Outputs.TeardownFailures]: o.teardown.failures.length,
    ...(o.cancelled ? { [Outputs.Cancelled]: true } : {})
  }
}
