/**
 * The action's main step for `simulate`, as main.ts runs it (settings from INPUT_*, the ledger recorded in
 * action state), with one difference: the devices connect to the broker named in DDAC_TEST_BROKER (a JSON
 * file: host, port, caPem), because the emulator has no broker of its own yet. Bundled by the SIGKILL test.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { recordLedger } from '../../src/action/main.js'
import { getSettings } from '../../src/action/settings.js'
import { runCommand } from '../../src/commands/run.js'

const settings = getSettings()
const broker = JSON.parse(readFileSync(process.env.DDAC_TEST_BROKER!, 'utf8')) as {
  host: string
  port: number
  caPem: string
}
const report = await runCommand({
  command: 'simulate',
  config: settings.config,
  target: settings.target,
  ...(settings.region ? { region: settings.region } : {}),
  failOnWarnings: settings.failOnWarnings,
  log: (line) => core.info(line),
  ...settings.simulate!,
  onLedger: recordLedger,
  broker
})
core.info(report.text)
