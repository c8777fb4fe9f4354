/** The only module that reads action inputs: it turns them into typed, validated settings or throws. */
import * as core from '@actions/core'
import path from 'node:path'
import { targetFrom, type IotTarget } from './aws/target.js'
import { DEFAULT_CONFIG_PATH } from './config/file-format.js'
import { COMMANDS, COMMENT_MODES, Inputs, type Command, type CommentMode } from './constants.js'
import { parseSelection, type Selection } from './commands/selection.js'

export interface Settings {
  command: Command
  /** the profile file, relative to the workspace when it lies inside it (annotations need that form) */
  config: string
  failOnWarnings: boolean
  /** where commands that talk to AWS IoT go (inputs `target` and `endpoint`) */
  target: IotTarget
  region?: string
  prune: boolean
  /** take over unmanaged resources that differ from the file, overwriting them */
  adopt: boolean
  /** marks what this file manages (unset: the file's `identity:`, else repository and config path) */
  identity?: string
  /** import: the file to write */
  importFile: string
  /** import: only these kinds and names */
  selection?: Selection
  /** when to post the pull-request comment */
  comment: CommentMode
  /** posts the pull-request comment; never logged */
  githubToken: string
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
  const identity = core.getInput(Inputs.Identity)
  return {
    command,
    config,
    failOnWarnings: booleanInput(Inputs.FailOnWarnings),
    target: iotTarget(),
    ...(region ? { region } : {}),
    prune: booleanInput(Inputs.Prune),
    adopt: booleanInput(Inputs.Adopt),
    ...(identity ? { identity } : {}),
    importFile: core.getInput(Inputs.ImportFile) || config,
    ...(core.getInput(Inputs.Kinds)
      ? { selection: parseSelection(core.getInput(Inputs.Kinds)) }
      : {}),
    comment: commentMode(),
    githubToken: core.getInput(Inputs.GitHubToken)
  }
}

function commentMode(): CommentMode {
  const mode = (core.getInput(Inputs.Comment) || 'always') as CommentMode
  if (!COMMENT_MODES.includes(mode))
    throw new Error(
      `Input "${Inputs.Comment}" is "${mode}"; expected one of ${COMMENT_MODES.join(', ')}`
    )
  return mode
}

function iotTarget(): IotTarget {
  const target = core.getInput(Inputs.Target) || 'aws'
  if (target !== 'aws' && target !== 'local')
    throw new Error(`Input "${Inputs.Target}" is "${target}"; expected aws or local`)
  return targetFrom({
    local: target === 'local',
    endpoint: core.getInput(Inputs.Endpoint) || undefined
  })
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
