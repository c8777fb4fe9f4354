/** The semantic rules the API model does not carry (NOTES.md §9–11), run together over one file. */
import type { Problem } from '../problems.js'
import { checkAcceptedFindings } from './accepted-findings.js'
import { checkArns, checkMitigationActions } from './arns.js'
import { checkAudit } from './audit.js'
import { checkBehaviors } from './behaviors.js'
import { indexFile, type Rule } from './context.js'
import { checkIgnoredKeys } from './ignored.js'
import { checkNames } from './names.js'
import { checkSimulations } from './simulations.js'
import { checkTargets } from './targets.js'
import { checkValues } from './values.js'

const RULES: readonly Rule[] = [
  checkNames,
  checkBehaviors,
  checkTargets,
  checkMitigationActions,
  checkArns,
  checkAudit,
  checkSimulations,
  checkAcceptedFindings,
  checkIgnoredKeys,
  checkValues
]

export function checkRules(data: unknown): Problem[] {
  const index = indexFile(data)
  return RULES.flatMap((rule) => rule(index))
}
