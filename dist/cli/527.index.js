export const id = 527;
export const ids = [527];
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

/***/ 96527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spec: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _config_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70270);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80742);
/* harmony import */ var _report_validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47715);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49439);
/** validate: schema and semantic checks of the file, offline. */




const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    needs: {},
    run: async (opts) => {
        const result = await (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateFile */ .n)(opts.config);
        return { result, ...(result.profile ? { identity: (0,_config_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(opts, result.profile) } : {}) };
    },
    report: ({ result, identity }, opts) => ({
        ...(0,_report_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validationReport */ .qW)(result, opts.failOnWarnings),
        ...(identity ? { identity } : {})
    })
});


/***/ })

};
