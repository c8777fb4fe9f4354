/** What apply came to: the plan it carried out, what each change did, and the read-back that proves it. */
import type { Plan } from '../resources/types.js'
import type { ApplyResult } from './apply.js'

export interface ApplyOutcome {
  plan: Plan
  result: ApplyResult
  /** why apply refused the plan without changing anything (conflicts, blocked changes) */
  refused?: string[]
  /** the diff between the file and the resources read back after apply: empty when they match */
  verification?: Plan
  converged: boolean
}
