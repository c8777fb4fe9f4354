/** The job summary. Writing it is best effort: a missing summary file is a warning, never a failure. */
import * as core from './actions-core.js'
import { errorMessage } from '../util/errors.js'

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorMessage(e)}`)
  }
}
