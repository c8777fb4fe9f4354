/**
 * The one handler table, keyed by every operation of the model: its type fails to compile when an operation
 * has no handler, so adding an operation to the model extract means adding an entry in a family module.
 */
import { auditHandlers } from './audit.js'
import { certificateHandlers } from './certificates.js'
import { customMetricHandlers } from './custom-metrics.js'
import { dimensionHandlers } from './dimensions.js'
import type { HandlerTable } from './context.js'
import { loggingHandlers } from './logging.js'
import { mitigationActionHandlers } from './mitigation-actions.js'
import { policyHandlers } from './policies.js'
import { securityProfileHandlers } from './security-profiles.js'
import { tagHandlers } from './tags.js'
import { thingGroupHandlers } from './thing-groups.js'
import { thingHandlers } from './things.js'
import { violationHandlers } from './violations.js'

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
  ...policyHandlers,
  ...loggingHandlers
}

/** Operations that only read: their requests never change the account, so nothing is persisted after them. */
export function isReadOnly(operation: string): boolean {
  return /^(List|Describe|Get|Validate)/.test(operation)
}
