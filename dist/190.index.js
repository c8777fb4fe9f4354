export const id = 190;
export const ids = [190];
export const modules = {

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

/***/ 18190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* unused harmony export EVENTS_WINDOW_MS */
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18907);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68268);
/**
 * status: ML Detect model training per behavior, the active violations (the seed's steps 2 and 3), and the
 * violation events of the last day, so an alarm that fired and cleared overnight is not missed.
 */


/** How far back status lists violation events: a day, the cadence of a nightly check. */
const EVENTS_WINDOW_MS = 24 * 60 * 60 * 1000;
async function statusCommand({ iot, securityProfileNames, now = () => new Date() }) {
    const endTime = now();
    const since = new Date(endTime.getTime() - EVENTS_WINDOW_MS);
    // No names: every profile in the account. An empty list: none (a file without profiles).
    const profiles = securityProfileNames
        ? [...securityProfileNames]
        : [undefined];
    const perProfile = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .allSettledOrThrow */ .eu)(profiles.map(async (securityProfileName) => {
        const filter = securityProfileName ? { securityProfileName } : {};
        try {
            // One after the other: a profile that does not exist fails the first call, and nothing is left in flight.
            const training = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .paginateGetBehaviorModelTrainingSummaries */ .veq)({ client: iot }, filter), (p) => p.summaries);
            const violations = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .paginateListActiveViolations */ .aro)({ client: iot }, { ...filter, listSuppressedAlerts: true }), (p) => p.activeViolations);
            const events = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .paginateListViolationEvents */ .utS)({ client: iot }, { ...filter, startTime: since, endTime, listSuppressedAlerts: true }), (p) => p.violationEvents);
            return { training, violations, events, missing: [] };
        }
        catch (e) {
            if (securityProfileName && e instanceof _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .ResourceNotFoundException */ .lBX) {
                return { training: [], violations: [], events: [], missing: [securityProfileName] };
            }
            throw e;
        }
    }));
    return {
        training: perProfile.flatMap((p) => p.training),
        violations: perProfile.flatMap((p) => p.violations),
        events: perProfile
            .flatMap((p) => p.events)
            .sort((a, b) => (b.violationEventTime?.getTime() ?? 0) - (a.violationEventTime?.getTime() ?? 0)),
        since,
        missing: perProfile.flatMap((p) => p.missing)
    };
}


/***/ })

};
