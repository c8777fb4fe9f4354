/**
 * AWS's own check of what a plan would write (for security profiles, ValidateSecurityProfileBehaviors), so a
 * pull request sees what CreateSecurityProfile or UpdateSecurityProfile would reject before the merge: things
 * the file alone cannot tell, such as an operator that does not suit the type of an external custom metric.
 * Each adapter that AWS can check says how (`checkWithAws`); this file only runs them and handles a role that
 * may not ask.
 */
import type { IoTClient } from '@aws-sdk/client-iot'
import type { Change, Plan } from './types.js'
import { explainAwsError } from '../aws/errors.js'
import { adapterFor } from './adapters/index.js'
import type { Reference } from './adapters/adapter.js'

export interface BehaviorCheck {
  /** what AWS rejects, per change */
  rejected: Map<Change, string[]>
  notes: string[]
}

export async function checkBehaviorsWithAws(iot: IoTClient, plan: Plan): Promise<BehaviorCheck> {
  const created = new Set(
    plan.changes.filter((c) => c.action === 'create').map((c) => `${c.kind}/${c.name}`)
  )
  const createdByPlan = (r: Reference): boolean => created.has(`${r.kind}/${r.name}`)
  const rejected = new Map<Change, string[]>()
  const notes = new Set<string>()
  await Promise.all(
    plan.changes.map(async (change) => {
      const check = adapterFor(change.kind).checkWithAws
      if (!check || change.action === 'delete') return
      try {
        const problems = await check(iot, change, createdByPlan)
        if (problems.length) rejected.set(change, problems)
      } catch (e) {
        const name = (e as { name?: string }).name
        if (name !== 'AccessDeniedException' && name !== 'UnauthorizedException') throw e
        // A read-only plan role may lack it; the plan still stands, AWS checks again on apply.
        notes.add(`behaviors were not checked by AWS: ${explainAwsError(e)}`)
      }
    })
  )
  return { rejected, notes: [...notes] }
}
