export const id = 143;
export const ids = [143];
export const modules = {

/***/ 4143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ NotSentError),
  createIotClient: () => (/* binding */ createIotClient),
  isLoopback: () => (/* binding */ isLoopback)
});

// UNUSED EXPORTS: LOCAL_CREDENTIALS

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./src/model/quotas.ts
var model_quotas = __webpack_require__(856);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/p-throttle/index.js
var p_throttle = __webpack_require__(5992);
;// CONCATENATED MODULE: ./src/aws/rate-limit.ts


/** Operations not in the table (new ones) get the most common List/Describe quota. */
const DEFAULT_TPS = 10;
const pacings = new WeakMap();
function pacingOf(client) {
    return pacings.get(client);
}
function headerOf(response, name) {
    const headers = response
        ?.headers;
    return headers?.[name];
}
function addRateLimit(client, quotas) {
    const pacing = { paced: true, delayed: 0 };
    pacings.set(client, pacing);
    // Aborted when pacing ends: the calls still queued are let go at once.
    const stop = new AbortController();
    const gates = new Map();
    const gate = (operation) => {
        let g = gates.get(operation);
        if (!g) {
            g = (0,p_throttle/* default */.A)({
                limit: quotas[operation] ?? DEFAULT_TPS,
                interval: 1000,
                strict: true,
                signal: stop.signal,
                onDelay: () => void pacing.delayed++
            })(async () => undefined);
            gates.set(operation, g);
        }
        return g;
    };
    const learn = (response) => {
        if (pacing.paced && headerOf(response, model_quotas/* QUOTAS_HEADER */._) === 'none') {
            pacing.paced = false;
            stop.abort();
        }
    };
    client.middlewareStack.add((next, context) => async (args) => {
        // The gate only rejects when pacing ends; the call then goes at once.
        if (pacing.paced)
            await gate(String(context.commandName).replace(/Command$/, ''))().catch(() => undefined);
        try {
            const result = await next(args);
            learn(result.response);
            return result;
        }
        catch (e) {
            learn(e?.$response);
            throw e;
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacRateLimit' });
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/retry.ts
/**
 * The SDK's standard retries, with two changes for a tool that must converge under pressure: more attempts
 * (throttling and 5xx pass after backoff), and no retries of LimitExceededException, which the SDK counts
 * as throttling although a quota (a 6th profile on one target) will not lift by waiting.
 */

const MAX_ATTEMPTS = 8;
class DdacRetryStrategy extends retry.StandardRetryStrategy {
    constructor(maxAttempts = MAX_ATTEMPTS) {
        super(maxAttempts);
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        if (errorInfo.error?.name === 'LimitExceededException')
            throw errorInfo.error;
        return super.refreshRetryTokenForRetry(token, errorInfo);
    }
}

;// CONCATENATED MODULE: ./src/aws/client.ts
/**
 * The AWS IoT client factory. Against a local endpoint (the emulator) the client signs with static dummy
 * credentials, so no real credentials are needed or looked up; elsewhere the SDK's default chain applies.
 */





const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDDDACLOCAL', secretAccessKey: 'ddac-local' };
/** Is this URL on the loopback interface (where only an emulator can be)? */
function isLoopback(url) {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}
function createIotClient(options) {
    const local = options.local ?? (options.endpoint !== undefined && isLoopback(options.endpoint));
    const client = new dist_cjs/* IoTClient */.CgZ({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(local ? { credentials: LOCAL_CREDENTIALS } : {}),
        retryStrategy: new DdacRetryStrategy(),
        ...options.config
    });
    (0,errors/* addErrorContext */.Xr)(client);
    if (options.pace ?? true)
        addRateLimit(client, model_quotas/* TPS_QUOTAS */.C);
    if (options.stop)
        addStopGate(client, options.stop);
    return client;
}
/** Thrown instead of sending a request once the run was asked to stop. */
class NotSentError extends Error {
    name = 'NotSentError';
}
/** Checked right before each attempt goes out (after pacing, inside the retry loop). */
function addStopGate(client, stop) {
    client.middlewareStack.add((next, context) => async (args) => {
        if (stop.aborted)
            throw new NotSentError(`${String(context.commandName)} not sent: the run was stopped`);
        return next(args);
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacStopGate' });
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ explainAwsError),
/* harmony export */   Ww: () => (/* binding */ isDetectUnavailable),
/* harmony export */   Xr: () => (/* binding */ addErrorContext),
/* harmony export */   Yo: () => (/* binding */ isRefusedUpdate)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5846);

/** Record which operation failed on the error itself, so messages can name the IAM action. */
function addErrorContext(client) {
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            if (e && typeof e === 'object')
                e.operation ??= String(context.commandName).replace(/Command$/, '');
            throw e;
        }
    }, { step: 'initialize', priority: 'high', name: 'ddacErrorContext' });
}
/**
 * Detect is closed to new AWS customers since 2026-08-31. What AWS answers such an account is not documented;
 * ddac takes an UnauthorizedException that names Device Defender Detect as availability, never a plain IAM
 * denial (AccessDeniedException), whose message may mention a resource that happens to contain "detect".
 */
function isDetectUnavailable(e) {
    const err = e;
    return err?.name === 'UnauthorizedException' && /device defender detect/i.test(err.message ?? '');
}
/**
 * A stale `expectedVersion` refused the update itself, so nothing changed. (AttachSecurityProfile can
 * conflict too, but after the update went through.)
 */
function isRefusedUpdate(e) {
    const err = e;
    return err?.name === 'VersionConflictException' && /^Update/.test(err.operation ?? '');
}
function explainAwsError(e, words = _words_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_WORDS */ .xP) {
    if (!(e instanceof Error))
        return String(e);
    const err = e;
    const action = err.operation ? `iot:${err.operation}` : 'the IoT action';
    const message = err.message || err.name;
    if (isDetectUnavailable(e)) {
        return `AWS IoT Device Defender Detect is not available on this account (closed to new customers since 2026-08-31): ${message}. Audit keeps working; remove security profiles and custom metrics from the file or use an account that has Detect.`;
    }
    switch (err.name) {
        case 'AccessDeniedException':
        case 'UnauthorizedException':
            return `missing permission: allow ${action} for the role ddac runs as (${message})`;
        case 'CredentialsProviderError':
            return `no AWS credentials: configure them (for example aws-actions/configure-aws-credentials) or ${words.useLocal} to run against the emulator (${message})`;
        case 'ThrottlingException':
            return `${action} was throttled beyond the SDK's retries; the account is busy or another tool shares its quota (${message})`;
        case 'LimitExceededException':
            return `an AWS quota was reached by ${action}: ${message} (Device Defender quotas: 5 security profiles per target, 100 custom metrics, 10 dimensions, 100 mitigation actions, 5 scheduled audits)`;
        case 'VersionConflictException':
            return `${action}: the resource changed since ddac read it (someone edited it meanwhile); nothing was overwritten. Run plan again to see the change, then apply (${message})`;
        case 'ResourceNotFoundException':
            return err.operation === 'AttachSecurityProfile'
                ? `a target does not exist: create the thing group first (${message})`
                : `${action}: not found (${message})`;
        default:
            return `${action} failed: ${err.name}: ${message}`;
    }
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TPS_QUOTAS),
/* harmony export */   _: () => (/* binding */ QUOTAS_HEADER)
/* harmony export */ });
/**
 * The response header on every answer of ddac's emulator: `enforced` when it throttles at these quotas
 * (`ddac local --throttle`), `none` when it never throttles, so ddac's client need not pace itself there.
 */
const QUOTAS_HEADER = 'x-ddac-quotas';
/**
 * API rate quotas (requests per second, not adjustable). Device Defender operations: the AWS General
 * Reference page iot_device_defender.html (NOTES.md §11): Create/Update/Delete/Attach/Detach/Validate 10,
 * Describe* 25, scheduled audits and the account audit configuration 5, List* 10. The registry operations
 * come from the AWS IoT Core quotas page (iot-core.html, "API throttling limits"), which NOTES.md does not
 * copy: those values are UNVERIFIED here.
 */
const TPS_QUOTAS = {
    CreateSecurityProfile: 10,
    UpdateSecurityProfile: 10,
    DescribeSecurityProfile: 25,
    DeleteSecurityProfile: 10,
    ListSecurityProfiles: 10,
    ListSecurityProfilesForTarget: 10,
    AttachSecurityProfile: 10,
    DetachSecurityProfile: 10,
    ListTargetsForSecurityProfile: 10,
    ValidateSecurityProfileBehaviors: 10,
    GetBehaviorModelTrainingSummaries: 10,
    ListActiveViolations: 10,
    ListViolationEvents: 10,
    PutVerificationStateOnViolation: 10,
    CreateMitigationAction: 10,
    DescribeMitigationAction: 25,
    UpdateMitigationAction: 10,
    DeleteMitigationAction: 10,
    ListMitigationActions: 10,
    StartDetectMitigationActionsTask: 10,
    DescribeDetectMitigationActionsTask: 25,
    ListDetectMitigationActionsExecutions: 10,
    StartOnDemandAuditTask: 10,
    DescribeAuditTask: 25,
    ListAuditTasks: 10,
    ListAuditFindings: 10,
    DescribeAccountAuditConfiguration: 5,
    UpdateAccountAuditConfiguration: 5,
    CreateScheduledAudit: 5,
    UpdateScheduledAudit: 5,
    DescribeScheduledAudit: 5,
    DeleteScheduledAudit: 5,
    ListScheduledAudits: 5,
    CreateCustomMetric: 10,
    DescribeCustomMetric: 25,
    UpdateCustomMetric: 10,
    DeleteCustomMetric: 10,
    ListCustomMetrics: 10,
    CreateDimension: 10,
    DescribeDimension: 25,
    UpdateDimension: 10,
    DeleteDimension: 10,
    ListDimensions: 10,
    TagResource: 10,
    UntagResource: 10,
    ListTagsForResource: 10,
    // AWS IoT Core registry and security operations (UNVERIFIED, see above)
    DescribeEndpoint: 10,
    CreateThing: 100,
    DescribeThing: 350,
    DeleteThing: 100,
    ListThings: 10,
    CreateThingGroup: 25,
    DescribeThingGroup: 100,
    DeleteThingGroup: 25,
    UpdateThingGroup: 25,
    ListThingGroups: 10,
    ListThingsInThingGroup: 25,
    ListThingGroupsForThing: 100,
    AddThingToThingGroup: 100,
    RemoveThingFromThingGroup: 100,
    CreateKeysAndCertificate: 10,
    DescribeCertificate: 10,
    UpdateCertificate: 10,
    DeleteCertificate: 10,
    ListCertificates: 10,
    AttachThingPrincipal: 15,
    DetachThingPrincipal: 15,
    ListThingPrincipals: 10,
    ListPrincipalThings: 10,
    CreatePolicy: 10,
    GetPolicy: 15,
    DeletePolicy: 10,
    ListPolicies: 10,
    AttachPolicy: 15,
    DetachPolicy: 15,
    ListTargetsForPolicy: 10,
    ListAttachedPolicies: 15
};


/***/ })

};
