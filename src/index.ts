/** Action entry point: one bundle serves the main and the post step (told apart by saved state). */
import * as core from '@actions/core'
import { State } from './constants.js'
import { run } from './main.js'
import { post } from './post.js'

if (core.getState(State.IsPost) === 'true') {
  await post()
} else {
  core.saveState(State.IsPost, 'true')
  await run()
}
