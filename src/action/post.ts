/**
 * The action's post step (runs after the job, also on failure or cancellation). A `simulate` main step that
 * was killed, crashed or cancelled before its teardown finished left a ledger: remove what it lists. Without
 * one there is nothing to do, and nothing more is loaded (the SDK only when there is something to remove).
 * Failures here are warnings: `ddac cleanup` retries what is left.
 */
import * as core from '../github/actions-core.js'
import { State } from '../constants.js'
import { errorMessage } from '../util/errors.js'

export async function post(): Promise<void> {
  const file = core.getState(State.Ledger)
  if (!file || core.getState(State.TornDown) === 'true') {
    core.debug('post: no simulation resources are left to remove')
    return
  }
  try {
    const { existsSync } = await import('node:fs')
    if (!existsSync(file)) return core.warning(`post: the simulation ledger ${file} is gone`)
    const { readLedger } = await import('../simulate/provision/ledger.js')
    const { runId, entries } = readLedger(file)
    if (entries.length === 0) return core.info(`post: run ${runId} created nothing`)
    core.info(
      `post: run ${runId} did not finish its teardown; removing ${entries.length} resource(s)`
    )
    const settings = (await import('./settings.js')).getSettings()
    const { withIot } = await import('../commands/target.js')
    const { teardown } = await import('../simulate/provision/teardown.js')
    const result = await withIot(settings.target, settings.region, (s) =>
      teardown(s.control, entries)
    )
    if (result.failures.length)
      core.warning(
        `post: could not remove ${result.failures.length} resource(s) of run ${runId} (\`ddac cleanup\` retries them):\n${result.failures.join('\n')}`
      )
    else core.info(`post: removed all ${result.removed} resource(s) of run ${runId}`)
  } catch (e) {
    core.warning(`post: teardown failed: ${errorMessage(e)}`)
  }
}
