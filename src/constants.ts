/** Input, output and state names of the action; `action.yml` declares exactly these (a test keeps them in step). */
export const Inputs = {
  Command: 'command',
  Config: 'config',
  FailOnWarnings: 'fail-on-warnings',
  Target: 'target',
  Endpoint: 'endpoint'
} as const

export const Outputs = {
  Valid: 'valid',
  Errors: 'errors',
  Warnings: 'warnings',
  Problems: 'problems'
} as const

export const State = {
  IsPost: 'isPost'
} as const

export const COMMANDS = ['validate'] as const
export type Command = (typeof COMMANDS)[number]
