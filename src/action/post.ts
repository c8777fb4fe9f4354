/**
 * The action's post step (runs after the job, also on failure or cancellation). Commands that create
 * simulation resources record them for it; validate creates none, so there is nothing to remove.
 */
import * as core from '../github/actions-core.js'

export async function post(): Promise<void> {
  core.debug('post: no simulation resources were recorded by this step')
}
