/** The only module that reads action inputs: it turns them into typed, validated settings or throws. */
import * as core from '@actions/core'
import path from 'node:path'
import { targetFrom, type IotTarget } from './aws/target.js'
import { parseSeconds } from './aws/timeouts.js'
import { DEFAULT_CONFIG_PATH } from './config/file-format.js'
import { COMMANDS, Inputs, type Command } from './constants.js'
import { defaultIdentity } from './identity.js'
import { parseSelection, type Selection } from './commands/import.js'

export interface Settings {
  command: Command
  /** the profile file, relative to the workspace when it lies inside it (annotations need that form) */
  config: string
  failOnWarnings: boolean
  /** where commands that talk to AWS IoT go (inputs `target` and `endpoint`) */
  target: IotTarget
  region?: string
  prune: boolean
  /** marks what this file manages (default: repository and config path) */
  identity: string
  /** import: the file to write */
  importFile: string
  /** import: only these kinds and names */
  selection?: Selection
}

export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const command = (core.getInput(Inputs.Command) || 'validate') as Command
  if (!COMMANDS.includes(command)) {
    throw new Error(
      `Input "${Inputs.Command}" is "${command}"; expected one of ${COMMANDS.join(', ')}`
    )
  }
  const config = workspaceRelative(
    core.getInput(Inputs.Config) || DEFAULT_CONFIG_PATH,
    env.GITHUB_WORKSPACE
  )
  const region = core.getInput(Inputs.Region)
  return {
    command,
    config,
    failOnWarnings: booleanInput(Inputs.FailOnWarnings),
    target: iotTarget(),
    ...(region ? { region } : {}),
    prune: booleanInput(Inputs.Prune),
    identity: core.getInput(Inputs.Identity) || defaultIdentity(config, env),
    importFile: core.getInput(Inputs.ImportFile) || config,
    ...(core.getInput(Inputs.Kinds)
      ? { selection: parseSelection(core.getInput(Inputs.Kinds)) }
      : {})
  }
}

function iotTarget(): IotTarget {
  const target = core.getInput(Inputs.Target) || 'aws'
  if (target !== 'aws' && target !== 'local')
    throw new Error(`Input "${Inputs.Target}" is "${target}"; expected aws or local`)
  return targetFrom({
    local: target === 'local',
    endpoint: core.getInput(Inputs.Endpoint) || undefined,
    timeout: secondsInput(Inputs.Timeout),
    connectTimeout: secondsInput(Inputs.ConnectTimeout)
  })
}

function secondsInput(name: string): number | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : parseSeconds(value, `Input "${name}"`)
}

/** Like core.getBooleanInput, but an unset input (a local run without action.yml defaults) is false. */
function booleanInput(name: string): boolean {
  return core.getInput(name) === '' ? false : core.getBooleanInput(name)
}

function workspaceRelative(file: string, workspace: string | undefined): string {
  if (!path.isAbsolute(file) || !workspace) return path.normalize(file)
  const rel = path.relative(workspace, file)
  return rel.startsWith('..') ? file : rel
}
