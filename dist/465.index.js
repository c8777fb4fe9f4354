export const id = 465;
export const ids = [465];
export const modules = {

/***/ 82653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ DEFAULT_TIMEOUTS),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   jd: () => (/* binding */ timeoutsFrom)
/* harmony export */ });
/** The timeouts of each AWS request, apart from the client so the CLI's flags load no SDK. */
/** An IoT control-plane call answers in well under a second; these catch an endpoint that never does. */
const DEFAULT_TIMEOUTS = { connectMs: 10_000, responseMs: 30_000 };
/** A timeout in seconds from a flag or an input: a positive number. */
function parseSeconds(value, what) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
        throw new Error(`${what} is "${value}"; expected a number of seconds above 0, such as 30 or 2.5`);
    return n;
}
/** Timeouts from seconds (flags, inputs); only those given. */
function timeoutsFrom(seconds) {
    return {
        ...(seconds.timeout !== undefined ? { responseMs: seconds.timeout * 1000 } : {}),
        ...(seconds.connectTimeout !== undefined ? { connectMs: seconds.connectTimeout * 1000 } : {})
    };
}


/***/ }),

/***/ 16465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ targetFrom),
/* harmony export */   Z: () => (/* binding */ resolveRegion),
/* harmony export */   withIot: () => (/* binding */ withIot)
/* harmony export */ });
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90333);
/* harmony import */ var _aws_timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82653);


/** The region a command uses: the flag, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1 for emulators. */
function resolveRegion(target, region, env = process.env) {
    const chosen = region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (chosen)
        return chosen;
    if (target.kind === 'aws')
        throw new _util_words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By((w) => `No AWS region: ${w.setRegion} or set AWS_REGION (or ${w.useLocal} to try without AWS)`);
    return 'us-east-1';
}
/**
 * Parse the `--local` / `--endpoint` pair and the timeouts in seconds (or the action's `target`, `endpoint`,
 * `timeout` and `connect-timeout` inputs).
 */
function targetFrom(options) {
    const timeouts = (0,_aws_timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .timeoutsFrom */ .jd)(options);
    return { ...where(options), ...(Object.keys(timeouts).length ? { timeouts } : {}) };
}
function where(options) {
    if (options.local && options.endpoint)
        throw new _util_words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By((w) => `Choose the local emulator or an endpoint, not both (${w.localOrEndpoint})`);
    if (options.local)
        return { kind: 'local' };
    if (options.endpoint) {
        let url;
        try {
            url = new URL(options.endpoint);
        }
        catch {
            throw new Error(`The endpoint ${options.endpoint} is not a URL (e.g. http://127.0.0.1:4566)`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`The endpoint ${options.endpoint} must be an http or https URL`);
        return { kind: 'endpoint', url: options.endpoint };
    }
    return { kind: 'aws' };
}
/** Run `fn` with an IoT client for the target; an in-process emulator lives exactly as long as `fn`. */
async function withIot(target, region, fn, signals = {}) {
    const resolved = resolveRegion(target, region);
    // Loaded on demand, like the emulator: reading settings and validating never evaluate the AWS SDK.
    const { createIotClient, isLoopback } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(521), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 34521));
    const emulator = target.kind === 'local' ? await startLocal(target, resolved) : undefined;
    const endpoint = emulator?.endpoint ?? (target.kind === 'endpoint' ? target.url : undefined);
    const timeouts = target.timeouts ? { timeouts: target.timeouts } : {};
    const options = {
        endpoint,
        region: resolved,
        // An idle in-process emulator needs no pacing; one enforcing AWS quotas does.
        ...(emulator
            ? { local: true, pace: target.kind === 'local' && target.emulator?.throttle === true }
            : {})
    };
    const client = createIotClient({ ...options, ...signals, ...timeouts });
    // Timeouts but no stop: the lease must be released, and teardown must run, after a cancel.
    const control = createIotClient({ ...options, ...timeouts });
    try {
        return await fn({
            client,
            control,
            region: resolved,
            endpoint,
            local: emulator !== undefined || (endpoint !== undefined && isLoopback(endpoint)),
            ...(emulator
                ? { localCaPem: emulator.caCertificatePem, timeScale: emulator.detect.timing.scale }
                : {})
        });
    }
    finally {
        client.destroy();
        control.destroy();
        await emulator?.stop();
    }
}
/** The in-process emulator of `--local`, with its broker and its Audit engine. */
async function startLocal(target, region) {
    // Loaded on demand: commands that never emulate do not load the CA's X.509 stack.
    const { startEmulator } = await Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(814), __webpack_require__.e(769), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 43910));
    return startEmulator({ region, broker: true, audit: true, ...target.emulator });
}


/***/ })

};
