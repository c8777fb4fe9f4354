/** Render the status report: a training table and chart, the active violations and the recent events. Pure. */
import type {
  ActiveViolation,
  BehaviorModelTrainingSummary,
  MetricValue,
  ViolationEvent
} from '@aws-sdk/client-iot'
import { cell, code, plural, shorten, table } from './markdown.js'

export interface StatusReport {
  training: BehaviorModelTrainingSummary[]
  violations: ActiveViolation[]
  /** violation events (in-alarm, alarm-cleared, alarm-invalidated) since `since`, newest first */
  events: ViolationEvent[]
  since: Date
  /** profiles the file names that the account does not have (not applied yet) */
  missing: string[]
}

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

/** Bars per chart: beyond this a chart is split, so each stays as tall as a screen. */
export const BARS_PER_CHART = 25
/** Characters of a behavior name on the chart's axis; the table's # column names the behavior whole. */
const LABEL_CHARS = 28

/**
 * Mermaid bar charts of training progress: how far each model is from its first build. Horizontal, so every
 * label reads on its own line however many behaviors there are; labels carry the table's row number.
 */
export function trainingChart(r: StatusReport): string {
  if (r.training.length === 0) return ''
  const rows = r.training.map((t, i) => ({
    label: `"${i + 1}. ${shorten(t.behaviorName ?? '', LABEL_CHARS).replaceAll('"', "'")}"`,
    value: t.modelStatus === 'ACTIVE' ? 100 : (t.datapointsCollectionPercentage ?? 0)
  }))
  const charts: string[] = []
  for (let start = 0; start < rows.length; start += BARS_PER_CHART) {
    const part = rows.slice(start, start + BARS_PER_CHART)
    const range =
      rows.length > BARS_PER_CHART ? ` (${start + 1}–${start + part.length} of ${rows.length})` : ''
    charts.push(
      [
        '```mermaid',
        '---',
        'config:',
        '  xyChart:',
        `    height: ${80 + 28 * part.length}`,
        '---',
        'xychart-beta horizontal',
        `  title "ML Detect training: datapoints collected (%)${range}"`,
        `  x-axis [${part.map((p) => p.label).join(', ')}]`,
        '  y-axis "collected (%)" 0 --> 100',
        `  bar [${part.map((p) => p.value).join(', ')}]`,
        '```',
        ''
      ].join('\n')
    )
  }
  return charts.join('\n')
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
        // Few, narrow columns: the table must fit a comment's width with 20 behaviors and long names.
        ['#', 'Behavior (profile)', 'Model', 'Datapoints collected', 'Collecting since'],
        r.training.map((t, i) => [
          String(i + 1),
          `${code(t.behaviorName ?? '')} (${code(t.securityProfileName ?? '')})`,
          t.modelStatus ?? '',
          percent(t.datapointsCollectionPercentage),
          when(t.trainingDataCollectionStartDate).slice(0, 10)
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
