/** Input, output and state names of the action; `action.yml` declares exactly these (a test keeps them in step). */
export const Inputs = {
  Command: 'command',
  Config: 'config',
  FailOnWarnings: 'fail-on-warnings',
  Target: 'target',
  Endpoint: 'endpoint',
  Region: 'region',
  Prune: 'prune',
  Adopt: 'adopt',
  Identity: 'identity',
  ImportFile: 'import-file',
  Kinds: 'kinds',
  Comment: 'comment',
  GitHubToken: 'github-token',
  PlanFile: 'plan-file',
  LockTimeout: 'lock-timeout',
  Timeout: 'timeout',
  ConnectTimeout: 'connect-timeout',
  Simulations: 'simulations',
  Shard: 'shard',
  OlderThan: 'older-than'
} as const

export const Outputs = {
  Valid: 'valid',
  Errors: 'errors',
  Warnings: 'warnings',
  Problems: 'problems',
  ProblemsOmitted: 'problems-omitted',
  ProblemsFile: 'problems-file',
  HasChanges: 'has-changes',
  ToCreate: 'to-create',
  ToUpdate: 'to-update',
  ToDelete: 'to-delete',
  Drift: 'drift',
  Plan: 'plan',
  Converged: 'converged',
  Cancelled: 'cancelled',
  Profile: 'profile',
  ModelsActive: 'models-active',
  ModelsTotal: 'models-total',
  ActiveViolations: 'active-violations',
  Markdown: 'markdown',
  CommentUrl: 'comment-url',
  RunId: 'run-id',
  SimulationResults: 'simulation-results',
  TeardownFailures: 'teardown-failures',
  Removed: 'removed',
  CleanupFailures: 'cleanup-failures',
  Result: 'result',
  Expectations: 'expectations',
  ExpectationsMet: 'expectations-met',
  ExpectationsMissed: 'expectations-missed',
  ExpectationsForbidden: 'expectations-forbidden',
  ExpectationsPending: 'expectations-pending',
  ExpectationsNotCheckable: 'expectations-not-checkable',
  AuditTaskId: 'audit-task-id',
  NewFindings: 'new-findings',
  AcceptedFindings: 'accepted-findings',
  SettledExpectations: 'settled-expectations'
} as const
export type OutputName = (typeof Outputs)[keyof typeof Outputs]

export const State = {
  IsPost: 'isPost',
  /** simulate: the ledger file (under RUNNER_TEMP) and run id, for the post step; never keys */
  Ledger: 'ledger',
  RunId: 'runId',
  /** simulate: 'true' once the main step's teardown removed everything */
  TornDown: 'tornDown'
} as const

/** The commands, in report order; commands/registry.ts has one spec for each (tsc checks both ways). */
export const COMMANDS = [
  'validate',
  'plan',
  'apply',
  'import',
  'status',
  'simulate',
  'run',
  'audit',
  'cleanup'
] as const
export type Command = (typeof COMMANDS)[number]

/** Input `comment`: when the pull-request comment is posted (an existing one is always updated). */
export const COMMENT_MODES = ['always', 'on-change', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
