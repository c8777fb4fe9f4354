export const id = 549;
export const ids = [549];
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

/***/ 9549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49439);

const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    needs: { account: true },
    run: async (opts, { session }) => {
        const { cleanupCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 89613));
        return cleanupCommand({
            log: opts.log,
            ...(opts.olderThan ? { olderThan: opts.olderThan } : {}),
            ...(opts.dryRun ? { dryRun: true } : {}),
            ...(opts.now !== undefined ? { now: opts.now } : {})
        }, session);
    },
    report: (report) => report
});


/***/ })

};
