/** Audit configuration and scheduled audits: custom check configuration, enabled checks, schedules. */
import { auditCheck } from '../../model/catalog/audit-checks.js'
import { enumValues } from '../../model/iot-model.js'
import { error, warning, type Problem } from '../problems.js'
import { entries, isObj, str, type FileIndex } from './context.js'

/** Frequencies the model knows; any other value is reported by the schema (schema/enum), not again here. */
const FREQUENCIES: readonly string[] = enumValues('AuditFrequency')

export function checkAudit(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  const config = index.file.auditConfiguration
  if (isObj(config)) {
    const path = ['auditConfiguration']
    const checks = isObj(config.auditCheckConfigurations)
      ? config.auditCheckConfigurations
      : undefined
    if (!checks || index.enabledChecks?.size === 0) {
      problems.push(
        warning(
          'audit/no-enabled-check',
          checks ? [...path, 'auditCheckConfigurations'] : path,
          'no audit check is enabled; AWS requires at least one enabled check the first time an account configures Audit',
          'key'
        )
      )
    }
    if (config.roleArn === undefined) {
      problems.push(
        warning(
          'audit/role',
          path,
          'no roleArn: Audit needs a role that lets it read the account, unless one is already configured',
          'key'
        )
      )
    }
    for (const [name, c] of Object.entries(checks ?? {})) {
      if (!isObj(c) || !isObj(c.configuration)) continue
      const info = auditCheck(name)
      for (const key of Object.keys(c.configuration)) {
        const cPath = [...path, 'auditCheckConfigurations', name, 'configuration', key]
        if (info && info.config !== key) {
          problems.push(
            error(
              'audit/check-configuration',
              cPath,
              `${name} ${info.config ? `takes only ${info.config}` : 'takes no custom configuration'}`,
              'key'
            )
          )
        } else {
          const value = c.configuration[key]
          if (typeof value === 'string' && !/^[1-9][0-9]*$/.test(value)) {
            problems.push(
              error(
                'audit/check-configuration',
                cPath,
                `${key} is a number of days written as a string, e.g. "30"; found "${value}"`
              )
            )
          }
        }
      }
    }
  }
  for (const { item, path } of entries(index.file, 'scheduledAudits')) {
    const written = str(item.frequency)
    const frequency = written && FREQUENCIES.includes(written) ? written : undefined
    const hasWeek = item.dayOfWeek !== undefined
    const hasMonth = item.dayOfMonth !== undefined
    if ((frequency === 'WEEKLY' || frequency === 'BIWEEKLY') && !hasWeek) {
      problems.push(
        error(
          'scheduled-audit/day',
          path,
          `a ${frequency} audit needs "dayOfWeek" (SUN … SAT)`,
          'key'
        )
      )
    }
    if (frequency === 'MONTHLY' && !hasMonth) {
      problems.push(
        error(
          'scheduled-audit/day',
          path,
          'a MONTHLY audit needs "dayOfMonth" ("1" … "31" or "LAST")',
          'key'
        )
      )
    }
    if (frequency && frequency !== 'MONTHLY' && hasMonth) {
      problems.push(
        error(
          'scheduled-audit/day',
          [...path, 'dayOfMonth'],
          `dayOfMonth applies only to MONTHLY audits, not ${frequency}`,
          'key'
        )
      )
    }
    if (frequency && (frequency === 'DAILY' || frequency === 'MONTHLY') && hasWeek) {
      problems.push(
        error(
          'scheduled-audit/day',
          [...path, 'dayOfWeek'],
          `dayOfWeek applies only to WEEKLY and BIWEEKLY audits, not ${frequency}`,
          'key'
        )
      )
    }
    if (!Array.isArray(item.targetCheckNames)) continue
    item.targetCheckNames.forEach((name: unknown, i: number) => {
      if (typeof name !== 'string' || !auditCheck(name)) return // the schema reports unknown names
      const cPath = [...path, 'targetCheckNames', i]
      if (!index.enabledChecks) {
        problems.push(
          warning(
            'scheduled-audit/check-enabled',
            cPath,
            `the file has no auditConfiguration, so ddac cannot tell whether ${name} is enabled; a scheduled audit fails on disabled checks`
          )
        )
      } else if (!index.enabledChecks.has(name)) {
        problems.push(
          error(
            'scheduled-audit/check-enabled',
            cPath,
            `${name} is not enabled in auditConfiguration.auditCheckConfigurations; enable it or drop it from this audit`
          )
        )
      }
    })
  }
  return problems
}
