/** cleanup: remove what simulation runs older than a bound left behind, found by their run marks only. */
import type { Report } from '../../report/report.js'
import type { CleanupOptions as RunCleanup } from '../cleanup.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export type CleanupOptions = CommonOptions & Pick<RunCleanup, 'olderThan' | 'dryRun' | 'now'>

export const spec = defineCommand({
  needs: { account: true },
  run: async (opts: CleanupOptions, { session }): Promise<Report> => {
    const { cleanupCommand } = await import('../cleanup.js')
    return cleanupCommand(
      {
        log: opts.log,
        ...(opts.olderThan ? { olderThan: opts.olderThan } : {}),
        ...(opts.dryRun ? { dryRun: true } : {}),
        ...(opts.now !== undefined ? { now: opts.now } : {})
      },
      session!
    )
  },
  report: (report) => report
})
