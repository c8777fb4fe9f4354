/** Accepted audit findings: a real day, a check that the file's audit configuration enables, one entry each. */
import { error, warning, type Problem } from '../problems.js'
import { entries, str, type FileIndex } from './context.js'

/** Whether `YYYY-MM-DD` names a day of the calendar (the schema checks the shape). */
export function isCalendarDay(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text
}

export function checkAcceptedFindings(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const { item, path } of entries(index.file, 'acceptedFindings')) {
    const expires = str(item.expires)
    if (expires && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isCalendarDay(expires))
      problems.push(
        error(
          'accepted-finding/expires',
          [...path, 'expires'],
          `${expires} is not a day of the calendar`
        )
      )
    const check = str(item.checkName)
    if (check && index.enabledChecks && !index.enabledChecks.has(check))
      problems.push(
        warning(
          'accepted-finding/check-enabled',
          [...path, 'checkName'],
          `${check} is not enabled in auditConfiguration.auditCheckConfigurations, so it has no findings to accept`
        )
      )
    const key = `${check}\u0000${str(item.resource) ?? '*'}`
    if (check && seen.has(key))
      problems.push(
        error(
          'accepted-finding/duplicate',
          path,
          `${check}${item.resource ? ` on ${String(item.resource)}` : ''} is accepted twice; keep one entry`,
          'key'
        )
      )
    seen.add(key)
  }
  return problems
}
