export const id = 828;
export const ids = [828,165,425];
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

/***/ 86165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _report_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18991);
/* harmony import */ var _account_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49439);
/** apply: make the account match the file (or a saved plan), then read it back and prove it. */




const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'writes' },
    run: async (opts, ctx) => {
        const { identity, session } = ctx;
        // Loaded here, after the file and the region were checked: the AWS SDK comes with it.
        // One after the other: jest's ESM loader fails on concurrent imports that share a module.
        const { applyCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(521), __webpack_require__.e(141)]).then(__webpack_require__.bind(__webpack_require__, 7141));
        const { loadPlan } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(520)]).then(__webpack_require__.bind(__webpack_require__, 20520));
        const saved = opts.savedPlan ? await loadPlan(opts.savedPlan) : undefined;
        opts.log(`applying ${opts.savedPlan ? `the plan ${opts.savedPlan} of ` : ''}${opts.config} to ${(0,_account_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .whereOf */ .de)(session)} as ${identity}`);
        opts.signal?.addEventListener('abort', () => opts.log(`${String(opts.signal?.reason ?? 'stop')}: finishing the calls in flight, starting nothing more`));
        opts.abandon?.addEventListener('abort', () => opts.log(`${String(opts.abandon?.reason ?? 'stop')}: no longer waiting for the calls in flight; the next plan shows whether they landed`));
        const applying = (0,_report_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .progressReporter */ .xZ)('apply', opts.log);
        return applyCommand({
            ...(0,_account_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .reconcileBase */ .IQ)(opts, ctx),
            onApply: (p) => applying(p.done, p.total),
            lease: {
                iot: session.control,
                waitMs: (opts.lockTimeoutSeconds ?? 0) * 1000,
                onWait: (h) => opts.log(`waiting up to ${opts.lockTimeoutSeconds} s for the apply lock of ${h.identity} (${h.process}, since ${h.since})`)
            },
            ...(saved ? { saved } : {}),
            ...(opts.signal ? { signal: opts.signal } : {})
        });
    },
    report: async (outcome, opts, { identity }) => {
        const { applyFailures, applyProof, renderApplyMarkdown, renderApplyText } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 91618));
        const failures = applyFailures(outcome);
        return {
            ok: outcome.converged,
            ...(outcome.converged ? {} : { failure: failures[0] ?? applyProof(outcome, opts.config) }),
            text: renderApplyText(outcome, opts.config),
            markdown: renderApplyMarkdown(outcome, opts.config),
            problems: [],
            outputs: {
                ...(await (0,_account_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .planOutputs */ .iS)(outcome.plan)),
                [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Converged]: outcome.converged,
                ...(outcome.result.cancelled ? { [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Cancelled]: true } : {})
            },
            ...(identity ? { identity } : {})
        };
    },
    cancelled: (_opts, reason) => (0,_account_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelledReport */ .uz)('apply', reason)
});


/***/ }),

/***/ 6828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49439);
/* harmony import */ var _apply_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86165);
/* harmony import */ var _simulate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99187);
/**
 * run: the whole loop as one command: validate (the runner's `file: 'valid'`), plan and apply the file, run
 * its simulations, wait for what they expect, report, and tear down. Apply's writes get their grace period on
 * a stop; the simulations then stop at once and still tear down.
 */




const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'writes' },
    run: async (opts, ctx) => {
        const applied = await _apply_js__WEBPACK_IMPORTED_MODULE_1__.spec.run(opts, ctx);
        if (!applied.converged || opts.signal?.aborted) {
            opts.log(`${opts.signal?.aborted ? 'stopped' : 'apply did not converge'}: no simulation ran`);
            return { applied };
        }
        return { applied, simulated: await (0,_simulate_js__WEBPACK_IMPORTED_MODULE_2__.simulateIn)(opts, ctx) };
    },
    report: async ({ applied, simulated }, opts, ctx) => {
        const { runResult } = await __webpack_require__.e(/* import() */ 773).then(__webpack_require__.bind(__webpack_require__, 81154));
        const { RESULT_SIGN } = await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 88219));
        const applyReport = await _apply_js__WEBPACK_IMPORTED_MODULE_1__.spec.report(applied, opts, ctx);
        const sim = simulated ? await (0,_simulate_js__WEBPACK_IMPORTED_MODULE_2__.simulateReport)(simulated, ctx) : undefined;
        const result = applyReport.ok && simulated ? runResult(simulated) : 'failed';
        return combined(applyReport, sim, { result, sign: RESULT_SIGN[result] }, ctx);
    },
    cancelled: (opts, reason) => _apply_js__WEBPACK_IMPORTED_MODULE_1__.spec.cancelled(opts, reason)
});
/** The loop's result first, then the simulations and expectations, then what apply did (folded). */
function combined(applied, sim, { result, sign }, ctx) {
    const failure = applied.ok ? sim?.failure : applied.failure;
    const headline = `ddac run ${sign} ${result}${failure ? `: ${failure}` : ''}`;
    const applyLine = applied.markdown.split('\n', 1)[0].replace(/^#+\s*/, '');
    return {
        ok: applied.ok && (sim?.ok ?? false),
        ...(failure ? { failure } : {}),
        text: `${applied.text}\n${sim?.text ?? ''}${headline}\n`,
        markdown: [
            `## ${headline}\n`,
            sim
                ? sim.markdown.replace(/^## /, '### ')
                : `No simulation ran${applied.ok ? ': the run was stopped' : ': apply did not converge'}.\n`,
            `<details${applied.ok ? '' : ' open'}><summary>Apply: ${applyLine}</summary>\n`,
            applied.markdown.replace(/^## .*\n/, ''),
            '</details>\n'
        ].join('\n'),
        problems: [],
        outputs: { ...applied.outputs, ...sim?.outputs, [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Result]: result },
        ...(ctx.identity ? { identity: ctx.identity } : {})
    };
}


/***/ }),

/***/ 99187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   simulateIn: () => (/* binding */ simulateIn),
/* harmony export */   simulateReport: () => (/* binding */ simulateReport),
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49439);

/** Run the simulations in a session the runner opened (also `run`'s second half). */
async function simulateIn(opts, { profile, identity, session }) {
    const { simulateCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(631), __webpack_require__.e(878)]).then(__webpack_require__.bind(__webpack_require__, 66878));
    const { signal, log, simulations, shard, runId, ledgerFile, onLedger, broker, connect, caFile } = opts;
    return simulateCommand({
        profile: profile,
        identity: identity,
        log,
        ...(simulations ? { simulations } : {}),
        ...(shard ? { shard } : {}),
        ...(runId ? { runId } : {}),
        ...(ledgerFile ? { ledgerFile } : {}),
        ...(onLedger ? { onLedger } : {}),
        ...(broker ? { broker } : {}),
        ...(caFile ? { caFile } : {}),
        ...(connect ? { connect } : {}),
        ...(opts.verify !== undefined ? { verify: opts.verify } : {}),
        ...(opts.clock ? { clock: opts.clock } : {}),
        ...(signal ? { signal } : {})
    }, session);
}
/** The report of a simulate run, with its expectations. */
async function simulateReport(run, { profile }) {
    const { renderRunMarkdown, renderRunText, runFailure, runOutputs } = await __webpack_require__.e(/* import() */ 154).then(__webpack_require__.bind(__webpack_require__, 81154));
    const failure = runFailure(run);
    return {
        ok: failure === undefined,
        ...(failure ? { failure } : {}),
        text: renderRunText(run),
        markdown: renderRunMarkdown(profile, run),
        problems: [],
        outputs: runOutputs(run)
    };
}
const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'reads' },
    run: simulateIn,
    report: (run, _opts, ctx) => simulateReport(run, ctx)
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
