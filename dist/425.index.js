export const id = 425;
export const ids = [425];
export const modules = {

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
    const { simulateCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(631), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 77510));
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


/***/ })

};
