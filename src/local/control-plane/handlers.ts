/**
 * The one handler table, keyed by every operation of the model: its type fails to compile when an operation
 * has no handler, so adding an operation to the model extract means adding an entry in a family module.
 */
import { auditHandlers } from '../state/audit.js'
import { certificateHandlers } from '../state/certificates.js'
import { customMetricHandlers } from '../state/custom-metrics.js'
import { dimensionHandlers } from '../state/dimensions.js'
import type { HandlerTable } from '../state/handler.js'
import { mitigationActionHandlers } from '../state/mitigation-actions.js'
import { policyHandlers } from '../state/policies.js'
import { securityProfileHandlers } from '../state/security-profiles.js'
import { tagHandlers } from '../state/tags.js'
import { thingGroupHandlers } from '../state/thing-groups.js'
import { thingHandlers } from '../state/things.js'
import { violationHandlers } from '../state/violations.js'

export const HANDLERS: HandlerTable = {
  ...securityProfileHandlers,
  ...violationHandlers,
  ...tagHandlers,
  ...customMetricHandlers,
  ...dimensionHandlers,
  ...mitigationActionHandlers,
  ...auditHandlers,
  ...thingHandlers,
  ...thingGroupHandlers,
  ...certificateHandlers,
  ...policyHandlers
}

/** Operations that only read: their requests never change the account, so nothing is persisted after them. */
export function isReadOnly(operation: string): boolean {
  return /^(List|Describe|Get|Validate)/.test(operation)
}
