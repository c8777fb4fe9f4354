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
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49439);

const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'reads' },
    run: async (opts, { profile, session }) => {
        const { simulateCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(631), __webpack_require__.e(330)]).then(__webpack_require__.bind(__webpack_require__, 16330));
        return simulateCommand({
            profile: profile,
            log: opts.log,
            ...(opts.simulations ? { simulations: opts.simulations } : {}),
            ...(opts.shard ? { shard: opts.shard } : {}),
            ...(opts.runId ? { runId: opts.runId } : {}),
            ...(opts.ledgerFile ? { ledgerFile: opts.ledgerFile } : {}),
            ...(opts.onLedger ? { onLedger: opts.onLedger } : {}),
            ...(opts.broker ? { broker: opts.broker } : {}),
            ...(opts.connect ? { connect: opts.connect } : {}),
            ...(opts.signal ? { signal: opts.signal } : {})
        }, session);
    },
    report: (report) => report
});


/***/ })

};
