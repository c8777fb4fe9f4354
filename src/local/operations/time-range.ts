/**
 * The time range of the operations that take one (ListAuditTasks, ListAuditFindings, ListViolationEvents,
 * ListDetectMitigationActionsExecutions, StartDetectMitigationActionsTask's violationEventOccurrenceRange):
 * startTime and endTime both inclusive; a bound not given leaves that side open.
 */
import type { Millis } from '../clock/clock.js'

export function inTimeRange(range: {
  startTime?: Date
  endTime?: Date
}): (time: Millis) => boolean {
  const from = range.startTime?.getTime() ?? -Infinity
  const to = range.endTime?.getTime() ?? Infinity
  return (time) => time >= from && time <= to
}
