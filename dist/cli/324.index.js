export const id = 324;
export const ids = [324];
export const modules = {

/***/ 71324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveLocal: () => (/* binding */ serveLocal)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_emulator_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29003);
/* harmony import */ var _emulator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90325);
/**
 * `ddac local`: start the emulator, print one JSON line with its endpoint, account, region, broker address and
 * where its CA certificate is served (for scripts to read), and serve until stopped; with a data directory
 * the account is saved before exit.
 */




/** 127.0.0.0/8, ::1 and localhost reach only this machine. */
function isLoopback(host) {
    if (host === 'localhost' || host === '::1')
        return true;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 4 && host.startsWith('127.');
}
async function serveLocal(options, io, stop) {
    const host = options.host ?? '127.0.0.1';
    if (!isLoopback(host))
        io.err(`ddac local: warning: listening on ${host}, ${host === '0.0.0.0' || host === '::' ? 'every network interface' : 'an address other machines can reach'}: ` +
            'anyone who reaches it can read and change the emulated account without credentials; use 127.0.0.1 unless you mean it\n');
    // `ddac local` serves MQTT and evaluates audits; tests of the bare emulator choose.
    const emulator = await (0,_emulator_js__WEBPACK_IMPORTED_MODULE_2__.startEmulator)({ broker: true, audit: true, ...options });
    const { endpoint, account, region, broker } = emulator;
    const dataEndpoint = broker ? `${broker.host}:${broker.port}` : undefined;
    const caUrl = `${endpoint}${_model_emulator_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EMULATOR_CA_PATH */ .Z}`;
    io.out(JSON.stringify({
        endpoint,
        account,
        region,
        ...(dataEndpoint ? { dataEndpoint } : {}),
        caUrl
    }) + '\n');
    io.err(`ddac local: AWS IoT control plane of account ${account} in ${region} at ${endpoint}` +
        `${dataEndpoint ? `, MQTT (mutual TLS, the CA at ${caUrl}) at ${dataEndpoint}` : ''}` +
        `${options.dataDir ? `, saved in ${options.dataDir}` : ' (in memory)'}; stop with Ctrl-C\n`);
    if (!stop.aborted)
        await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(stop, 'abort');
    await emulator.stop();
    io.err('ddac local: stopped\n');
}


/***/ })

};
