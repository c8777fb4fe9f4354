export const id = 662;
export const ids = [662];
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

/***/ 62662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49439);

const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    needs: { file: 'valid', account: true, stoppable: 'reads' },
    run: async (opts, { profile, identity, session }) => {
        const { auditAndSettle } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(100)]).then(__webpack_require__.bind(__webpack_require__, 58100));
        const { realClock } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.bind(__webpack_require__, 25636));
        // The emulator's audit tasks last AWS's minutes divided by its time scale; poll alike.
        const scale = session.timeScale ?? 1;
        return auditAndSettle({
            iot: session.client,
            profile: profile,
            identity: identity,
            clock: realClock,
            log: opts.log,
            ...(scale > 1 ? { firstPollMs: Math.max(50, 5000 / scale) } : {}),
            ...(opts.signal ? { signal: opts.signal } : {})
        });
    },
    report: async (outcome, _opts, { identity }) => {
        const { auditHeadline, auditOutputs, renderAuditMarkdown, renderAuditText } = await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 8809));
        return {
            ok: !outcome.failed,
            ...(outcome.failed ? { failure: auditHeadline(outcome) } : {}),
            text: renderAuditText(outcome),
            markdown: renderAuditMarkdown(outcome),
            problems: [],
            outputs: auditOutputs(outcome),
            ...(identity ? { identity } : {})
        };
    }
});


/***/ })

};
