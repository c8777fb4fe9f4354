export const id = 391;
export const ids = [391];
export const modules = {

/***/ 25391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ QUOTAS_SUMMARY),
/* harmony export */   Bt: () => (/* binding */ MAX_METRIC_VALUES_PER_PROFILE),
/* harmony export */   FH: () => (/* binding */ MAX_GROUP_DEPTH),
/* harmony export */   Sg: () => (/* binding */ MAX_PROFILES_PER_TARGET),
/* harmony export */   Uh: () => (/* binding */ MAX_RUNNING_DETECT_TASKS),
/* harmony export */   rX: () => (/* binding */ ACCOUNT_TARGETS),
/* harmony export */   u: () => (/* binding */ MAX_POLICIES_PER_TARGET),
/* harmony export */   v5: () => (/* binding */ MAX_GROUPS_PER_THING),
/* harmony export */   x3: () => (/* binding */ MAX_TAGS),
/* harmony export */   yL: () => (/* binding */ MAX_RUNNING_AUDITS),
/* harmony export */   yo: () => (/* binding */ ACCOUNT_QUOTAS),
/* harmony export */   yt: () => (/* binding */ MAX_POLICY_CHARS)
/* harmony export */ });
/**
 * AWS IoT resource quotas and the account-level security profile targets: one home for these facts, read by
 * the profile file's validation (src/config), the client's error messages (src/aws) and the emulator
 * (src/local). Sources: the Device Defender and AWS IoT Core quotas pages (NOTES.md §11).
 */
/** The fixed account-level targets of a security profile; thing groups are the other kind. */
const ACCOUNT_TARGETS = [
    'all/registered-things',
    'all/unregistered-things',
    'all/things'
];
/** Per-account counts of Device Defender resources. */
const ACCOUNT_QUOTAS = {
    customMetrics: { max: 100, adjustable: true, code: 'L-53A90E98' },
    dimensions: { max: 10, adjustable: false, code: 'L-8B5F47E6' },
    mitigationActions: { max: 100, adjustable: false, code: 'L-1A084077' },
    scheduledAudits: { max: 5, adjustable: false, code: 'L-0D30EFBA' }
};
/** Security profiles per target, thing group or account target (L-FF03CD81, not adjustable). */
const MAX_PROFILES_PER_TARGET = 5;
/** Behavior metric value elements per profile (L-971FA845, not adjustable). */
const MAX_METRIC_VALUES_PER_PROFILE = 1000;
/** On-demand audits in progress at once (L-1EF777B4). */
const MAX_RUNNING_AUDITS = 10;
/** Detect mitigation tasks running at once. */
const MAX_RUNNING_DETECT_TASKS = 5;
/** Tags per resource (the CloudFormation schemas of these resources cap them at 50; the API rejects more). */
const MAX_TAGS = 50;
/** Policies per certificate or thing group, and a policy document's size without whitespace (IoT Core). */
const MAX_POLICIES_PER_TARGET = 10;
const MAX_POLICY_CHARS = 2048;
/** Thing groups per thing, and the depth of a group hierarchy (IoT Core). */
const MAX_GROUPS_PER_THING = 10;
const MAX_GROUP_DEPTH = 7;
/** The Device Defender quotas in one sentence, for error messages. */
const QUOTAS_SUMMARY = `Device Defender quotas: ${MAX_PROFILES_PER_TARGET} security profiles per target, ` +
    `${ACCOUNT_QUOTAS.customMetrics.max} custom metrics, ${ACCOUNT_QUOTAS.dimensions.max} dimensions, ` +
    `${ACCOUNT_QUOTAS.mitigationActions.max} mitigation actions, ${ACCOUNT_QUOTAS.scheduledAudits.max} scheduled audits`;


/***/ })

};
