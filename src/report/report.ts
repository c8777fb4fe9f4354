/** What a command comes to, in the form every front end prints its own way (CLI text or JSON, the action's step). */
import type { LocatedProblem } from '../config/problems.js'
import type { OutputName } from '../constants.js'

export type OutputValue = string | number | boolean

/** The step outputs a command sets: only names of the Outputs table, which action.yml declares. */
export type CommandOutputs = Partial<Record<OutputName, OutputValue>>

export interface Report {
  ok: boolean
  /** why the step fails (set when ok is false) */
  failure?: string
  text: string
  markdown: string
  outputs: CommandOutputs
  /** problems anchored in the profile file (annotations) */
  problems: LocatedProblem[]
  /** what marks the file's resources, once the file was read (validate, plan, apply) */
  identity?: string
}
