/**
 * When a scheduled audit is due: DAILY every day, WEEKLY on its dayOfWeek, BIWEEKLY on its dayOfWeek at
 * least two weeks after its last run, MONTHLY on its dayOfMonth ("LAST", or a day the month lacks, is the
 * month's last day, as the CreateScheduledAudit documentation says). Days are UTC days.
 */
import type { Millis } from '../clock/clock.js'
import type { ScheduledAuditRecord } from '../store/records.js'
import { DAY_MS } from './finding.js'

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

/** The start (00:00 UTC) of the day after the one `t` falls in. */
export const nextDayStart = (t: Millis): Millis => Math.floor(t / DAY_MS) * DAY_MS + DAY_MS

function lastDayOfMonth(d: Date): number {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
}

/** Whether `audit` runs on the UTC day starting at `dayStart`, given the start of its last run. */
export function isDue(
  audit: Pick<ScheduledAuditRecord, 'frequency' | 'dayOfWeek' | 'dayOfMonth'>,
  dayStart: Millis,
  lastRun: Millis | undefined
): boolean {
  const day = new Date(dayStart)
  switch (audit.frequency) {
    case 'DAILY':
      return true
    case 'WEEKLY':
      return WEEKDAYS[day.getUTCDay()] === audit.dayOfWeek
    case 'BIWEEKLY':
      return (
        WEEKDAYS[day.getUTCDay()] === audit.dayOfWeek &&
        (lastRun === undefined || dayStart - lastRun >= 13 * DAY_MS)
      )
    case 'MONTHLY': {
      const last = lastDayOfMonth(day)
      const wanted = audit.dayOfMonth === 'LAST' ? last : Math.min(Number(audit.dayOfMonth), last)
      return day.getUTCDate() === wanted
    }
    default:
      return false
  }
}
