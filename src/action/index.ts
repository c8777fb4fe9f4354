/**
 * Action entry point: one bundle serves the main and the post step (told apart by saved state). Each step
 * loads only its own code: the post step is nearly empty, and the main step loads the AWS SDK only for
 * commands that talk to AWS (see commands/run.ts).
 */
import * as core from '../github/actions-core.js'
import { State } from '../constants.js'

if (core.getState(State.IsPost) === 'true') {
  const { post } = await import('./post.js')
  await post()
} else {
  core.saveState(State.IsPost, 'true')
  const { run } = await import('./main.js')
  await run()
}
