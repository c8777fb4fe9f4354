/** Render the status report: a training table and chart, the active violations and the recent events. Pure. */
import type { MetricValue } from '@aws-sdk/client-iot'
import type { StatusReport } from '../commands/status.js'
import { cell, code, plural, table } from './markdown.js'

function metricValue(v: MetricValue | undefined): string {
  if (!v) return ''
  const [k, value] = Object.entries(v).find(([, x]) => x !== undefined) ?? []
  return k ? `${k}: ${Array.isArray(value) ? value.join(', ') : String(value)}` : ''
}

function when(d: Date | undefined): string {
  return d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : ''
}

function percent(n: number | undefined): string {
  return `${(n ?? 0).toFixed(1)}%`
}

export function statusHeadline(r: StatusReport): string {
  const active = r.training.filter((t) => t.modelStatus === 'ACTIVE').length
  return `${active} of ${plural(r.training.length, 'ML model')} active, ${plural(r.violations.length, 'active violation')}, ${plural(r.events.length, 'violation event')} in the last 24 hours`
}

/** A Mermaid bar chart of training progress: how far each model is from its first build. */
export function trainingChart(r: StatusReport): string {
  if (r.training.length === 0) return ''
  const label = (t: (typeof r.training)[number]): string =>
    `"${(t.behaviorName ?? '').replaceAll('"', "'")}"`
  return [
    '```mermaid',
    'xychart-beta',
    '  title "ML Detect training: datapoints collected (%)"',
    `  x-axis [${r.training.map(label).join(', ')}]`,
    '  y-axis "collected" 0 --> 100',
    `  bar [${r.training.map((t) => (t.modelStatus === 'ACTIVE' ? 100 : (t.datapointsCollectionPercentage ?? 0))).join(', ')}]`,
    '```',
    ''
  ].join('\n')
}

function missingNote(r: StatusReport): string {
  return r.missing.length ? `Not in the account (run apply first): ${r.missing.join(', ')}\n` : ''
}

export function renderStatusMarkdown(r: StatusReport): string {
  const out = [`## ddac status: ${statusHeadline(r)}\n`]
  if (r.missing.length) out.push(`> [!NOTE]\n> ${missingNote(r)}`)
  if (r.training.length) {
    out.push('### ML Detect models\n')
    out.push(
      table(
        ['Profile', 'Behavior', 'Model', 'Datapoints collected', 'Collecting since'],
        r.training.map((t) => [
          code(t.securityProfileName ?? ''),
          code(t.behaviorName ?? ''),
          t.modelStatus ?? '',
          percent(t.datapointsCollectionPercentage),
          when(t.trainingDataCollectionStartDate)
        ])
      )
    )
    out.push(
      '\nA model needs 14 days and 25,000 datapoints per metric before it is ACTIVE and alarms.\n'
    )
    out.push(trainingChart(r))
  }
  out.push('### Active violations\n')
  out.push(
    r.violations.length
      ? table(
          ['Thing', 'Profile', 'Behavior', 'Last value', 'Since', 'Verification'],
          r.violations.map((v) => [
            code(v.thingName ?? ''),
            code(v.securityProfileName ?? ''),
            code(v.behavior?.name ?? ''),
            cell(metricValue(v.lastViolationValue)),
            when(v.violationStartTime),
            v.verificationState ?? ''
          ])
        )
      : 'None.\n'
  )
  out.push(`### Violation events since ${when(r.since)}\n`)
  out.push(
    r.events.length
      ? table(
          ['Time', 'Event', 'Thing', 'Profile', 'Behavior', 'Value'],
          r.events.map((e) => [
            when(e.violationEventTime),
            EVENT[e.violationEventType ?? ''] ?? e.violationEventType ?? '',
            code(e.thingName ?? ''),
            code(e.securityProfileName ?? ''),
            code(e.behavior?.name ?? ''),
            cell(metricValue(e.metricValue))
          ])
        )
      : 'None.\n'
  )
  return out.join('\n')
}

const EVENT: Record<string, string> = {
  'in-alarm': '🔴 in alarm',
  'alarm-cleared': '🟢 cleared',
  'alarm-invalidated': '⚪ invalidated'
}

export function renderStatusText(r: StatusReport): string {
  const lines: string[] = []
  for (const t of r.training) {
    lines.push(
      `model  ${t.securityProfileName}/${t.behaviorName}: ${t.modelStatus} (${percent(t.datapointsCollectionPercentage)} of datapoints collected)`
    )
  }
  for (const v of r.violations) {
    lines.push(
      `alarm  ${v.thingName} violates ${v.securityProfileName}/${v.behavior?.name} since ${when(v.violationStartTime)} (${metricValue(v.lastViolationValue)})`
    )
  }
  for (const e of r.events) {
    lines.push(
      `event  ${when(e.violationEventTime)} ${e.violationEventType} ${e.thingName} ${e.securityProfileName}/${e.behavior?.name} (${metricValue(e.metricValue)})`
    )
  }
  if (r.missing.length) lines.push(missingNote(r).trimEnd())
  lines.push('', statusHeadline(r))
  return lines.join('\n') + '\n'
}
