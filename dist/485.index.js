export const id = 485;
export const ids = [485];
export const modules = {

/***/ 44485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Ledger),
/* harmony export */   readLedger: () => (/* binding */ readLedger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The ledger of what a run created, written before each resource is used (for named resources, before it is
 * even created), so a crash, a kill or a cancelled job leaves a record that teardown, the action's post step
 * and `ddac cleanup` can finish from. One JSON object per line, appended: a killed writer loses at most the
 * line it was writing. It holds names and ids only, never keys.
 */

class Ledger {
    runId;
    file;
    entries = [];
    constructor(runId, 
    /** where the ledger is kept; in memory only when absent */
    file, startedAt = Date.now()) {
        this.runId = runId;
        this.file = file;
        this.write({ kind: 'run', runId, startedAt });
    }
    add(entry) {
        this.entries.push(entry);
        this.write(entry);
    }
    list() {
        return this.entries;
    }
    write(line) {
        if (this.file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.file, JSON.stringify(line) + '\n', { mode: 0o600 });
    }
}
/** Read a ledger file back (the post step, cleanup); a torn last line is ignored. */
function readLedger(file) {
    const entries = [];
    let runId;
    for (const line of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n')) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (parsed.kind === 'run')
            runId = parsed.runId;
        else
            entries.push(parsed);
    }
    return { ...(runId ? { runId } : {}), entries };
}


/***/ })

};
