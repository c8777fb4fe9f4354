/**
 * AWS's own check of the behaviors a plan would write (ValidateSecurityProfileBehaviors), so a pull request
 * sees what CreateSecurityProfile or UpdateSecurityProfile would reject before the merge: things the file
 * alone cannot tell, such as an operator that does not suit the type of an external custom metric.
 */
import {
  ValidateSecurityProfileBehaviorsCommand,
  type Behavior,
  type IoTClient
} from '@aws-sdk/client-iot'
import type { Change, Plan } from './types.js'
import { explainAwsError } from '../aws/errors.js'

export interface BehaviorCheck {
  /** what AWS rejects, per security profile change */
  rejected: Map<Change, string[]>
  notes: string[]
}

/** Behaviors to check: on profiles the plan writes, minus those using a metric or dimension it creates. */
function behaviorsToCheck(plan: Plan): Map<Change, Behavior[]> {
  const created = (kind: Change['kind']): Set<string> =>
    new Set(plan.changes.filter((c) => c.kind === kind && c.action === 'create').map((c) => c.name))
  // AWS cannot see what the same plan creates yet; the offline rules checked those behaviors.
  const newMetrics = created('customMetric')
  const newDimensions = created('dimension')
  const out = new Map<Change, Behavior[]>()
  for (const c of plan.changes) {
    if (c.kind !== 'securityProfile' || c.action === 'delete') continue
    if (c.action === 'update' && !c.fields.some((f) => f.path.startsWith('behaviors'))) continue
    const behaviors = ((c.desired?.spec.behaviors as Behavior[] | undefined) ?? []).filter(
      (b) =>
        !newMetrics.has(b.metric ?? '') &&
        !newDimensions.has(b.metricDimension?.dimensionName ?? '')
    )
    if (behaviors.length) out.set(c, behaviors)
  }
  return out
}

export async function checkBehaviorsWithAws(iot: IoTClient, plan: Plan): Promise<BehaviorCheck> {
  const rejected = new Map<Change, string[]>()
  const notes = new Set<string>()
  await Promise.all(
    [...behaviorsToCheck(plan)].map(async ([change, behaviors]) => {
      try {
        const r = await iot.send(new ValidateSecurityProfileBehaviorsCommand({ behaviors }))
        if (!r.valid)
          rejected.set(
            change,
            (r.validationErrors ?? []).map((e) => `AWS rejects its behaviors: ${e.errorMessage}`)
          )
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
