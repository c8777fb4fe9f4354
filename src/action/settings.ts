/** The only module that reads action inputs: it turns them into typed, validated settings or throws. */
import * as core from '../github/actions-core.js'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { targetFrom, type IotTarget } from '../commands/target.js'
import { parseSeconds } from '../aws/timeouts.js'
import { DEFAULT_CONFIG_PATH } from '../config/file-format.js'
import { COMMANDS, COMMENT_MODES, Inputs, type Command, type CommentMode } from '../constants.js'
import { nameList, parseSelection, type Selection } from '../commands/selection.js'
import { gitHubRunId } from '../simulate/provision/marks.js'

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
  /** plan: where the plan goes (input `plan-file`, else a file of this step's own in RUNNER_TEMP) */
  planFile?: string
  /** apply: the plan to apply exactly (input `plan-file`) */
  savedPlan?: string
  /** apply: how long to wait for the account's lock (input `lock-timeout`) */
  lockTimeoutSeconds?: number
  /**
   * simulate and run: inputs `simulations`, `shard`; the run id of the workflow run; the ledger under
   * RUNNER_TEMP
   */
  simulate?: { simulations: string[]; shard?: string; runId?: string; ledgerFile?: string }
  /** cleanup: input `older-than` */
  cleanup?: { olderThan?: string }
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
  const planFile = core.getInput(Inputs.PlanFile)
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
    githubToken: core.getInput(Inputs.GitHubToken),
    ...(command === 'plan'
      ? { planFile: planFile || stepPlanFile(config, identity || config, env) }
      : {}),
    ...(command === 'apply' && planFile ? { savedPlan: planFile } : {}),
    ...lockTimeout(),
    ...(command === 'simulate' || command === 'run' ? { simulate: simulateSettings(env) } : {}),
    ...(command === 'cleanup'
      ? {
          cleanup: core.getInput(Inputs.OlderThan)
            ? { olderThan: core.getInput(Inputs.OlderThan) }
            : {}
        }
      : {})
  }
}

/** The shards of a matrix share the workflow run's id; the ledger lives in this job's RUNNER_TEMP. */
function simulateSettings(env: NodeJS.ProcessEnv): NonNullable<Settings['simulate']> {
  const simulations = nameList(core.getInput(Inputs.Simulations))
  const shard = core.getInput(Inputs.Shard)
  const runId = env.GITHUB_RUN_ID
    ? gitHubRunId(env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT)
    : undefined
  const step = (env.GITHUB_ACTION || 'simulate').replace(/[^\w.-]/g, '_')
  return {
    simulations,
    ...(shard ? { shard } : {}),
    ...(runId ? { runId } : {}),
    ...(env.RUNNER_TEMP
      ? { ledgerFile: path.join(env.RUNNER_TEMP, `ddac-ledger-${step}.jsonl`) }
      : {})
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

function lockTimeout(): { lockTimeoutSeconds?: number } {
  const value = core.getInput(Inputs.LockTimeout)
  if (value === '') return {}
  if (!/^\d{1,5}$/.test(value))
    throw new Error(
      `Input "${Inputs.LockTimeout}" is "${value}"; expected a whole number of seconds`
    )
  return { lockTimeoutSeconds: Number(value) }
}

/**
 * A plan file of this step's own: two plan steps in one job (two files, or one file twice) must not
 * overwrite each other's plan. GITHUB_ACTION names the step; the hash tells files apart without it.
 */
function stepPlanFile(config: string, identity: string, env: NodeJS.ProcessEnv): string {
  const step = (env.GITHUB_ACTION || 'plan').replace(/[^\w.-]/g, '_')
  const hash = createHash('sha256').update(`${config}\n${identity}`).digest('hex').slice(0, 8)
  return path.join(env.RUNNER_TEMP || tmpdir(), `ddac-plan-${step}-${hash}.json`)
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
