export const id = 708;
export const ids = [708];
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

/***/ 16708:
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
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49439);
/** import: write a profile file from what the account has now (read-only). */




const spec = (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .N)({
    needs: { account: true },
    run: async (opts, { session }) => {
        const { importCommand, renderProfileYaml } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(43), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 52541));
        const { client, region, endpoint } = session;
        const file = await importCommand({ iot: client, ...opts.selection });
        const yaml = renderProfileYaml(file, `${endpoint ?? 'AWS'} ${region} on ${new Date().toISOString().slice(0, 10)}`);
        if (opts.output) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(opts.output)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(opts.output, yaml);
        }
        return { file, yaml };
    },
    report: ({ file, yaml }, opts) => {
        const counted = Object.entries(file)
            .filter(([, v]) => Array.isArray(v))
            .map(([k, v]) => `${v.length} ${k}`);
        const summary = `imported ${counted.join(', ') || 'nothing'}${file.auditConfiguration ? ' and the audit configuration' : ''}`;
        return {
            ok: true,
            text: opts.output ? `${summary} into ${opts.output}\n` : yaml,
            markdown: `## ddac import: ${summary}\n\n\`\`\`yaml\n${yaml}\`\`\`\n`,
            problems: [],
            outputs: { ...(opts.output ? { [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.Profile]: opts.output } : {}) }
        };
    }
});


/***/ })

};
