export const id = 458;
export const ids = [458];
export const modules = {

/***/ 7749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ reconcileBase),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   iS: () => (/* binding */ planOutputs),
/* harmony export */   uz: () => (/* binding */ cancelledReport)
/* harmony export */ });
/* unused harmony export readProgress */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _report_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18991);


/** `http://127.0.0.1:4566 (us-east-1)` or `AWS us-east-1`: where the log says the command goes. */
function whereOf({ endpoint, region }) {
    return endpoint ? `${endpoint} (${region})` : `AWS ${region}`;
}
/** Totals grow as each kind is listed; the line says how far the read is among what is known so far. */
function readProgress(log) {
    const reading = (0,_report_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .progressReporter */ .xZ)('reading the account', log);
    const seen = new Map();
    return (e) => {
        seen.set(e.kind, e);
        const sum = (k) => [...seen.values()].reduce((n, x) => n + x[k], 0);
        reading(sum('read'), sum('total'), false);
    };
}
/** What plan and apply both hand the reconciler: the session's client, the file, and the read's progress. */
function reconcileBase(opts, { profile, identity, session }) {
    return {
        iot: session.client,
        profile: profile,
        identity: identity,
        prune: opts.prune,
        adopt: opts.adopt ?? false,
        onRead: readProgress(opts.log)
    };
}
/** The outputs plan and apply share. */
async function planOutputs(plan) {
    const { hasChanges, planCounts } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 2187));
    const counts = planCounts(plan);
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.HasChanges]: hasChanges(plan),
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ToCreate]: counts.create,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ToUpdate]: counts.update,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ToDelete]: counts.delete,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Drift]: counts.drift > 0
    };
}
/** A plan or apply that a signal stopped before it had a plan: nothing was changed. */
async function cancelledReport(command, reason) {
    const { cancelledBeforeChanges } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 91618));
    const { text, markdown, failure } = cancelledBeforeChanges(command, reason);
    return {
        ok: false,
        failure,
        text,
        markdown,
        problems: [],
        outputs: {
            [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Cancelled]: true,
            ...(command === 'apply' ? { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Converged]: false } : {})
        }
    };
}


/***/ }),

/***/ 49439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Checks a spec's types where it is written, so its options and outcome flow through to the registry. */
function defineCommand(spec) {
    return spec;
}


/***/ }),

/***/ 78458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/* harmony import */ var _account_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7749);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49439);
/** plan: read the account, diff it against the file, and show what apply would change (read-only). */





const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'reads' },
    run: async (opts, ctx) => {
        const { identity, session } = ctx;
        // Loaded here, after the file and the region were checked: the AWS SDK comes with it.
        const { planCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(521), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 7141));
        opts.log(`planning ${opts.config} against ${(0,_account_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .whereOf */ .de)(session)} as ${identity}`);
        // Only plan asks AWS to check behaviors: apply's writes are checked by AWS as they are made.
        const { plan, basis } = await planCommand({
            ...(0,_account_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .reconcileBase */ .IQ)(opts, ctx),
            checkBehaviors: true,
            reportLock: true
        });
        if (opts.planFile) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(opts.planFile), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(opts.planFile, JSON.stringify({ ...plan, basis }, null, 2));
        }
        return plan;
    },
    report: async (plan, opts, { identity }) => {
        const { refusals } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 89256));
        const { renderPlanMarkdown, renderPlanText } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 2187));
        // A plan apply would refuse fails here already, so a pull-request gate shows it before the merge.
        const refused = refusals(plan);
        return {
            ok: refused.length === 0,
            ...(refused.length ? { failure: `apply would refuse this plan: ${refused.join('; ')}` } : {}),
            text: renderPlanText(plan),
            markdown: renderPlanMarkdown(plan),
            problems: [],
            outputs: {
                ...(await (0,_account_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .planOutputs */ .iS)(plan)),
                ...(opts.planFile ? { [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.Plan]: opts.planFile } : {})
            },
            ...(identity ? { identity } : {})
        };
    },
    cancelled: (_opts, reason) => (0,_account_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelledReport */ .uz)('plan', reason)
});


/***/ }),

/***/ 18991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xZ: () => (/* binding */ progressReporter)
/* harmony export */ });
/* unused harmony export progressLine */
/* harmony import */ var _util_duration_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76716);
/** Progress lines for long work: phase, how far, how long left. Rate-limited so logs stay readable. */


/** `apply: 12/40 (30%), 4s elapsed, ~9s left` */
function progressLine(phase, done, total, elapsedMs) {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const left = done > 0 && done < total ? `, ~${(0,_util_duration_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)((elapsedMs / done) * (total - done))} left` : '';
    return `${phase}: ${done}/${total} (${pct}%), ${(0,_util_duration_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(elapsedMs)} elapsed${left}`;
}
/**
 * A reporter that prints at most every `everyMs`, and the final step always. `final` defaults to
 * done === total; pass false where the total still grows (a read that lists kinds one after another).
 */
function progressReporter(phase, log, clock = Date.now, everyMs = 2000) {
    const start = clock();
    let last = clock();
    return (done, total, final = done >= total) => {
        const now = clock();
        if (!final && now - last < everyMs)
            return;
        last = now;
        log(progressLine(phase, done, total, now - start));
    };
}


/***/ }),

/***/ 76716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** A duration as people read it in progress lines and reports: `45s`, `3m`, `3m 5s`. */
function formatDuration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return s % 60 ? `${m}m ${s % 60}s` : `${m}m`;
}


/***/ })

};
