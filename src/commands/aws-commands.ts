/**
 * Everything run.ts needs that loads the AWS SDK, in one module it imports on demand: validate and the
 * action's post step never evaluate the SDK.
 */
export { applyCommand, planCommand } from './reconcile.js'
export { importCommand, renderProfileYaml } from './import.js'
export { statusCommand } from './status.js'
export { refusals } from '../plan/diff.js'
export { hasChanges, planCounts, renderPlanMarkdown, renderPlanText } from '../report/plan.js'
export {
  applyFailures,
  applyProof,
  cancelledBeforeChanges,
  renderApplyMarkdown,
  renderApplyText
} from '../report/apply.js'
export { wasStopped } from '../aws/client.js'
export { loadPlan } from '../plan/saved.js'
