/**
 * AWS IoT resource quotas and the account-level security profile targets: one home for these facts, read by
 * the profile file's validation (src/config), the client's error messages (src/aws) and the emulator
 * (src/local). Sources: the Device Defender and AWS IoT Core quotas pages (NOTES.md §11).
 */

/** The fixed account-level targets of a security profile; thing groups are the other kind. */
export const ACCOUNT_TARGETS = [
  'all/registered-things',
  'all/unregistered-things',
  'all/things'
] as const
export type AccountTarget = (typeof ACCOUNT_TARGETS)[number]

export interface ResourceQuota {
  max: number
  /** whether Service Quotas can raise it for an account */
  adjustable: boolean
  /** the Service Quotas code, where AWS publishes one */
  code?: string
}

/** Per-account counts of Device Defender resources. */
export const ACCOUNT_QUOTAS = {
  customMetrics: { max: 100, adjustable: true, code: 'L-53A90E98' },
  dimensions: { max: 10, adjustable: false, code: 'L-8B5F47E6' },
  mitigationActions: { max: 100, adjustable: false, code: 'L-1A084077' },
  scheduledAudits: { max: 5, adjustable: false, code: 'L-0D30EFBA' }
} as const satisfies Record<string, ResourceQuota>

/** Security profiles per target, thing group or account target (L-FF03CD81, not adjustable). */
export const MAX_PROFILES_PER_TARGET = 5
/** Behavior metric value elements per profile (L-971FA845, not adjustable). */
export const MAX_METRIC_VALUES_PER_PROFILE = 1000
/** On-demand audits in progress at once (L-1EF777B4). */
export const MAX_RUNNING_AUDITS = 10
/** Detect mitigation tasks running at once. */
export const MAX_RUNNING_DETECT_TASKS = 5
/** Tags per resource (the CloudFormation schemas of these resources cap them at 50; the API rejects more). */
export const MAX_TAGS = 50
/** Policies per certificate or thing group, and a policy document's size without whitespace (IoT Core). */
export const MAX_POLICIES_PER_TARGET = 10
export const MAX_POLICY_CHARS = 2048
/** Thing groups per thing, and the depth of a group hierarchy (IoT Core). */
export const MAX_GROUPS_PER_THING = 10
export const MAX_GROUP_DEPTH = 7

/** The Device Defender quotas in one sentence, for error messages. */
export const QUOTAS_SUMMARY =
  `Device Defender quotas: ${MAX_PROFILES_PER_TARGET} security profiles per target, ` +
  `${ACCOUNT_QUOTAS.customMetrics.max} custom metrics, ${ACCOUNT_QUOTAS.dimensions.max} dimensions, ` +
  `${ACCOUNT_QUOTAS.mitigationActions.max} mitigation actions, ${ACCOUNT_QUOTAS.scheduledAudits.max} scheduled audits`
