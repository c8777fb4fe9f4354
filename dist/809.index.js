export const id = 809;
export const ids = [809];
export const modules = {

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditHeadline: () => (/* binding */ auditHeadline),
/* harmony export */   auditOutputs: () => (/* binding */ auditOutputs),
/* harmony export */   renderAuditMarkdown: () => (/* binding */ renderAuditMarkdown),
/* harmony export */   renderAuditText: () => (/* binding */ renderAuditText)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76716);



const SETTLED = { met: '✅ met', missed: '❌ missed', pending: '⏳ pending' };
function auditHeadline(o) {
    const fresh = o.baseline.fresh.length;
    const missed = o.settled.filter((s) => s.settlement.verdict === 'missed').length;
    const parts = [
        fresh ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(fresh, 'new non-compliant finding')}` : 'no new non-compliance',
        ...(missed ? [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(missed, 'missed expectation')}`] : [])
    ];
    return `ddac audit ${o.failed ? 'failed' : 'passed'}: ${parts.join(', ')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(o.checks.length, 'check')}, task ${o.run.taskId}, ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(o.run.elapsedMs)})`;
}
function renderAuditMarkdown(o) {
    const out = [`## ${o.failed ? '❌' : '✅'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(auditHeadline(o))}\n`];
    out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Check', 'Result', 'Resources', 'Non-compliant'], o.run.checks.map((c) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(c.checkName),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.status),
        String(c.total),
        String(c.nonCompliant)
    ])));
    if (o.baseline.findings.length > 0)
        out.push('### Findings\n', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Severity', 'Check', 'Resource', 'Reason', 'Status'], o.baseline.findings.map((f) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.severity),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.checkName),
            f.resource ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(f.resource) : '',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.reason),
            f.expectedBy
                ? `expected: simulation ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.expectedBy)}`
                : f.acceptedBy
                    ? `accepted until ${f.acceptedBy.expires}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.acceptedBy.reason)}`
                    : f.suppressed
                        ? 'suppressed in the account'
                        : '**new**'
        ])));
    if (o.settled.length > 0)
        out.push('### Pending expectations\n', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Simulation', 'Run', 'Check', 'Result', 'Detail'], o.settled.map((s) => [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.pending.simulation),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.pending.runId),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.pending.checkName),
            SETTLED[s.settlement.verdict],
            s.settlement.verdict === 'met'
                ? `finding ${s.settlement.findingIds.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(', ')}`
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.settlement.detail)
        ])));
    const stale = [
        ...o.baseline.expired.map((a) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.checkName)}${a.resource ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.resource)}` : ''} expired on ${a.expires}: its findings count again`),
        ...o.baseline.unused.map((a) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.checkName)}${a.resource ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.resource)}` : ''} matched no finding: drop it from acceptedFindings?`)
    ];
    if (stale.length > 0)
        out.push('### Accepted findings to review\n', stale.join('\n') + '\n');
    return out.join('\n');
}
function renderAuditText(o) {
    const lines = [auditHeadline(o)];
    for (const f of o.baseline.fresh)
        lines.push(`  new: ${f.severity} ${f.checkName} ${f.resource}${f.reason ? `: ${f.reason}` : ''}`);
    for (const s of o.settled)
        lines.push(`  ${s.settlement.verdict}: ${s.pending.simulation} (${s.pending.runId}) ${s.pending.checkName}`);
    return lines.join('\n');
}
function auditOutputs(o) {
    return {
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.Result]: o.failed ? 'failed' : 'passed',
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.AuditTaskId]: o.run.taskId,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.NewFindings]: o.baseline.fresh.length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.AcceptedFindings]: o.baseline.findings.filter((f) => f.acceptedBy).length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.SettledExpectations]: o.settled.filter((s) => s.settlement.verdict !== 'pending')
            .length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Outputs */ .tY.ExpectationsPending]: o.settled.filter((s) => s.settlement.verdict === 'pending')
            .length
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
