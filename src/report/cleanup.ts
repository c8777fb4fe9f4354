/** The `cleanup` report: which runs' leftovers were found, what was removed, what could not be. */
import type { CleanupOutcome } from '../simulate/provision/remove-leftovers.js'

const what = (o: CleanupOutcome): string =>
  o.found === 0
    ? `no leftovers of simulation runs older than ${o.olderThan}`
    : `${o.found} leftover resource(s) of ${o.runs.length} run(s) older than ${o.olderThan}`

export function renderCleanupText(o: CleanupOutcome): string {
  const lines = [`ddac cleanup: ${what(o)}`]
  if (o.runs.length) lines.push(`runs: ${o.runs.join(', ')}`)
  for (const r of o.resources) lines.push(`  ${o.dryRun ? 'would remove' : 'removed'} ${r}`)
  if (o.found && !o.dryRun) lines.push(`removed ${o.removed}, failed ${o.failures.length}`)
  for (const f of o.failures) lines.push(`  could not remove ${f}`)
  return lines.join('\n') + '\n'
}

export function renderCleanupMarkdown(o: CleanupOutcome): string {
  const parts = [`## ddac cleanup ${o.failures.length ? '⚠️' : '✅'} ${what(o)}`, '']
  if (o.runs.length) parts.push(`Runs: ${o.runs.map((r) => `\`${r}\``).join(', ')}`, '')
  if (o.resources.length)
    parts.push(
      `| ${o.dryRun ? 'would remove' : 'removed'} |`,
      '|---|',
      ...o.resources.map((r) => `| ${r} |`),
      ''
    )
  if (o.failures.length) parts.push('Could not remove:', '', ...o.failures.map((f) => `- ${f}`), '')
  return parts.join('\n')
}

export function cleanupOutputs(o: CleanupOutcome): Record<string, number | boolean> {
  return { removed: o.removed, 'cleanup-failures': o.failures.length }
}
