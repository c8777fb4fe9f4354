export const id = 533;
export const ids = [533];
export const modules = {

/***/ 99378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ explainAwsError),
/* harmony export */   Ww: () => (/* binding */ isDetectUnavailable),
/* harmony export */   Xr: () => (/* binding */ addErrorContext),
/* harmony export */   Yo: () => (/* binding */ isRefusedUpdate)
/* harmony export */ });
/* harmony import */ var _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25391);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90333);



/**
 * Record which operation failed, and where it was sent, on the error itself, so messages can name the IAM
 * action and the endpoint.
 */
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
    client.middlewareStack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            const r = args.request;
            if (e && typeof e === 'object' && r.hostname)
                e.endpoint ??=
                    `${r.protocol ?? 'https:'}//${r.hostname}${r.port ? `:${r.port}` : ''}`;
            throw e;
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacErrorEndpoint' });
}
/** A timeout of the SDK's HTTP handler, in words: what did not answer, where, within how long. */
function explainTimeout(err, action) {
    const where = err.endpoint ?? 'the AWS IoT endpoint';
    const ms = /(\d+) ?ms/.exec(err.message ?? '')?.[1];
    const within = ms ? ` within ${Number(ms) / 1000} s` : '';
    const tries = (err.$metadata?.attempts ?? 1) > 1 ? ` (${err.$metadata.attempts} attempts)` : '';
    if (/establish a connection/.test(err.message ?? ''))
        return `could not connect to ${where}${within}${tries} for ${action}: check the endpoint and the network, or raise the connect timeout (--connect-timeout, input connect-timeout)`;
    return `${where} did not answer ${action}${within}${tries}: it accepts connections but does not respond; check the endpoint and the network, or raise the timeout (--timeout, input timeout)`;
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
function explainAwsError(e, words = _util_words_js__WEBPACK_IMPORTED_MODULE_2__/* .CLI_WORDS */ .xP) {
    if (!(e instanceof Error))
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e, words);
    const err = e;
    const action = err.operation ? `iot:${err.operation}` : 'the IoT action';
    const message = err.message || err.name;
    if (isDetectUnavailable(e)) {
        return `AWS IoT Device Defender Detect is not available on this account (closed to new customers since 2026-08-31): ${message}. Audit keeps working; remove security profiles and custom metrics from the file or use an account that has Detect.`;
    }
    switch (err.name) {
        case 'TimeoutError':
            return explainTimeout(err, action);
        case 'AccessDeniedException':
        case 'UnauthorizedException':
            return `missing permission: allow ${action} for the role ddac runs as (${message})`;
        case 'CredentialsProviderError':
            return `no AWS credentials: configure them (for example aws-actions/configure-aws-credentials) or ${words.useLocal} to run against the emulator (${message})`;
        case 'ThrottlingException':
            return `${action} was throttled beyond the SDK's retries; the account is busy or another tool shares its quota (${message})`;
        case 'LimitExceededException':
            return `an AWS quota was reached by ${action}: ${message} (${_model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTAS_SUMMARY */ .$o})`;
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

/***/ 68268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   eu: () => (/* binding */ allSettledOrThrow)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Every item of every page of an SDK paginator. */
async function collect(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}
/** A describe call whose ResourceNotFoundException means "absent". */
async function unlessNotFound(call) {
    try {
        return await call;
    }
    catch (e) {
        if ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamed */ .e)(e, 'ResourceNotFoundException'))
            return undefined;
        throw e;
    }
}
/**
 * Like Promise.all, but rejects only once every promise has settled: a failure must not leave requests in
 * flight after the caller moved on (or after an in-process emulator stopped under them).
 */
async function allSettledOrThrow(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
}


/***/ }),

/***/ 40533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ping: () => (/* binding */ ping)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18907);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99378);
/* harmony import */ var _paginate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68268);
/**
 * Reach the AWS IoT control plane the way every command will and say what answered: the data endpoint, and
 * how many security profiles the account has (null on an account without Device Defender Detect).
 */



async function ping(client) {
    const { endpointAddress } = await client.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__/* .DescribeEndpointCommand */ .CX3({ endpointType: 'iot:Data-ATS' }));
    try {
        const profiles = await (0,_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__/* .paginateListSecurityProfiles */ .CmG)({ client }, {}), (p) => p.securityProfileIdentifiers);
        return { dataEndpoint: endpointAddress, securityProfiles: profiles.length };
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isDetectUnavailable */ .Ww)(e))
            return { dataEndpoint: endpointAddress, securityProfiles: null };
        throw e;
    }
}


/***/ })

};
