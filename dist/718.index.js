export const id = 718;
export const ids = [718];
export const modules = {

/***/ 27718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27918);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The action's post step (runs after the job, also on failure or cancellation). A `simulate` main step that
 * was killed, crashed or cancelled before its teardown finished left a ledger: remove what it lists. Without
 * one there is nothing to do, and nothing more is loaded (the SDK only when there is something to remove).
 * Failures here are warnings: `ddac cleanup` retries what is left.
 */



async function post() {
    const file = _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.Ledger);
    if (!file || _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .State */ .Uw.TornDown) === 'true') {
        _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('post: no simulation resources are left to remove');
        return;
    }
    try {
        const { existsSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
        if (!existsSync(file))
            return _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`post: the simulation ledger ${file} is gone`);
        const { readLedger } = await __webpack_require__.e(/* import() */ 485).then(__webpack_require__.bind(__webpack_require__, 44485));
        const { runId, entries } = readLedger(file);
        if (entries.length === 0)
            return _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`post: run ${runId} created nothing`);
        _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`post: run ${runId} did not finish its teardown; removing ${entries.length} resource(s)`);
        const settings = (await __webpack_require__.e(/* import() */ 776).then(__webpack_require__.bind(__webpack_require__, 67776))).getSettings();
        const { withIot } = await __webpack_require__.e(/* import() */ 465).then(__webpack_require__.bind(__webpack_require__, 16465));
        const { teardown } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 21104));
        const result = await withIot(settings.target, settings.region, (s) => teardown(s.control, entries));
        if (result.failures.length)
            _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`post: could not remove ${result.failures.length} resource(s) of run ${runId} (\`ddac cleanup\` retries them):\n${result.failures.join('\n')}`);
        else
            _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`post: removed all ${result.removed} resource(s) of run ${runId}`);
    }
    catch (e) {
        _github_actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`post: teardown failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(e)}`);
    }
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isNamed),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90333);

/** The message of anything thrown, with its remedy named in the front end's words. */
function errorMessage(e, words = _words_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_WORDS */ .xP) {
    if (e instanceof _words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By)
        return e.say(words);
    return e instanceof Error ? e.message : String(e);
}
/** Whether `e` is an error of this name (the AWS SDK names its service errors by their shape). */
function isNamed(e, name) {
    return e?.name === name;
}


/***/ }),

/***/ 90333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ RemedyError),
/* harmony export */   dC: () => (/* binding */ ACTION_WORDS),
/* harmony export */   xP: () => (/* binding */ CLI_WORDS)
/* harmony export */ });
const CLI_WORDS = {
    setRegion: 'pass --region',
    useLocal: 'use --local',
    localOrEndpoint: '--local / --endpoint'
};
const ACTION_WORDS = {
    setRegion: 'set the `region` input',
    useLocal: 'use `target: local`',
    localOrEndpoint: '`target: local` / `endpoint`'
};
/** An error whose remedy is a setting; its plain message is in CLI words. */
class RemedyError extends Error {
    say;
    name = 'RemedyError';
    constructor(say, options) {
        super(say(CLI_WORDS), options);
        this.say = say;
    }
}


/***/ })

};
