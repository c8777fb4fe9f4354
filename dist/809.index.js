export const id = 809;
export const ids = [809,219,636];
export const modules = {

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditHeadline: () => (/* binding */ auditHeadline),
/* harmony export */   auditOutputs: () => (/* binding */ auditOutputs),
/* harmony export */   renderAuditMarkdown: () => (/* binding */ renderAuditMarkdown),
/* harmony export */   renderAuditText: () => (/* binding */ renderAuditText)
/* harmony export */ });
/* harmony import */ var _expectations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88219);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76716);




function auditHeadline(o) {
    const fresh = o.baseline.fresh.length;
    const missed = o.settled.filter((s) => s.settlement.verdict === 'missed').length;
    const parts = [
        fresh ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(fresh, 'new non-compliant finding')}` : 'no new non-compliance',
        ...(missed ? [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(missed, 'missed expectation')}`] : [])
    ];
    return `ddac audit ${o.failed ? 'failed' : 'passed'}: ${parts.join(', ')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(o.checks.length, 'check')}, task ${o.run.taskId}, ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(o.run.elapsedMs)})`;
}
function checkResult(c) {
    const of = `${c.nonCompliant} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.total, 'resource')}`;
    if (c.status === 'COMPLETED_COMPLIANT')
        return `✅ compliant (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(c.total, 'resource')})`;
    if (c.status === 'COMPLETED_NON_COMPLIANT')
        return `❌ ${of} non-compliant`;
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.status)} (${of} non-compliant)`;
}
function renderAuditMarkdown(o) {
    const out = [`## ${o.failed ? '❌' : '✅'} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(auditHeadline(o))}\n`];
    // Two columns each: check names are long unbreakable words, and a comment is about 780 px wide.
    out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Check', 'Result'], o.run.checks.map((c) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c.checkName), checkResult(c)])));
    if (o.baseline.findings.length > 0)
        out.push('### Findings\n', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Finding', 'Status'], o.baseline.findings.map((f) => [
            `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(f.severity)}** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.checkName)}${f.resource ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.resource)}` : ''}<br>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(f.reason)}`,
            f.expectedBy
                ? `expected: simulation ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(f.expectedBy)}`
                : f.acceptedBy
                    ? `accepted until ${f.acceptedBy.expires}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(f.acceptedBy.reason)}`
                    : f.suppressed
                        ? 'suppressed in the account'
                        : '**new**'
        ])));
    if (o.settled.length > 0)
        out.push('### Pending expectations\n', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Expectation', 'Result'], o.settled.map((s) => [
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(s.pending.simulation)} (run ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.pending.runId)})<br>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.pending.checkName)}`,
            `${_expectations_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_SIGN */ .QS[s.settlement.verdict]}: ${s.settlement.verdict === 'met'
                ? `finding ${s.settlement.findingIds.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(', ')}`
                : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(s.settlement.detail)}`
        ])));
    const stale = [
        ...o.baseline.expired.map((a) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.checkName)}${a.resource ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.resource)}` : ''} expired on ${a.expires}: its findings count again`),
        ...o.baseline.unused.map((a) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.checkName)}${a.resource ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.resource)}` : ''} matched no finding: drop it from acceptedFindings?`)
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
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Result]: o.failed ? 'failed' : 'passed',
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.AuditTaskId]: o.run.taskId,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.NewFindings]: o.baseline.fresh.length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.AcceptedFindings]: o.baseline.findings.filter((f) => f.acceptedBy).length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.SettledExpectations]: o.settled.filter((s) => s.settlement.verdict !== 'pending')
            .length,
        [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.ExpectationsPending]: o.settled.filter((s) => s.settlement.verdict === 'pending')
            .length
    };
}


/***/ }),

/***/ 88219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ VERDICT_SIGN),
/* harmony export */   RESULT_SIGN: () => (/* binding */ RESULT_SIGN),
/* harmony export */   Sf: () => (/* binding */ renderCoverageMarkdown),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   bt: () => (/* binding */ renderExpectationsText),
/* harmony export */   jj: () => (/* binding */ expectationCounts),
/* harmony export */   ny: () => (/* binding */ renderExpectationsMarkdown),
/* harmony export */   vk: () => (/* binding */ coverage)
/* harmony export */ });
/* harmony import */ var _verify_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25636);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76716);



/** A verdict as a reviewer scans it (audit settlements use the same words). */
const VERDICT_SIGN = {
    met: '✅ met',
    missed: '❌ missed',
    forbidden: '⛔ forbidden seen',
    pending: '⏳ pending',
    'not-checkable': '➖ not checkable',
    waiting: '… waiting'
};
const RESULT_SIGN = { passed: '✅', failed: '❌', pending: '⏳' };
/** Whether these outcomes let the step pass: nothing missed and nothing forbidden seen. */
function verdictOf(outcomes) {
    if (outcomes.some((o) => o.verdict === 'missed' || o.verdict === 'forbidden'))
        return 'failed';
    return outcomes.some((o) => o.verdict === 'pending') ? 'pending' : 'passed';
}
function expectationCounts(outcomes) {
    const counts = {
        met: 0,
        missed: 0,
        forbidden: 0,
        pending: 0,
        'not-checkable': 0,
        waiting: 0
    };
    for (const o of outcomes)
        counts[o.verdict]++;
    return counts;
}
function expectationText(o) {
    const e = o.expected;
    if (e.kind === 'violation')
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${e.securityProfileName}/${e.behaviorName}`)} in alarm${e.thingName ? ` on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.thingName)}` : ''}`;
    if (e.kind === 'no-violations')
        return 'no behavior in alarm';
    return `audit finding ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(e.checkName)}`;
}
function renderExpectationsMarkdown(outcomes) {
    if (outcomes.length === 0)
        return '';
    const rows = outcomes.map((o) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(o.expected.simulation),
        expectationText(o),
        VERDICT_SIGN[o.verdict],
        o.seenAfterMs !== undefined ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(o.seenAfterMs) : '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(o.detail)
    ]);
    return `### Expectations\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Simulation', 'Expected', 'Result', 'Seen after', 'Detail'], rows)}`;
}
function renderExpectationsText(outcomes) {
    return outcomes
        .map((o) => `${VERDICT_SIGN[o.verdict]}: ${(0,_verify_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .label */ .Pf)(o)}${o.seenAfterMs !== undefined ? ` (after ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(o.seenAfterMs)})` : ''}: ${o.detail}`)
        .join('\n');
}
/**
 * A behavior is proven to fire by a simulation whose expectation on it was met, and proven quiet by a
 * simulation that expected no violations, stayed quiet, and ran in a group the profile targets. An ML
 * behavior cannot alarm before its model is ACTIVE, so quiet then proves nothing: `models` says which are.
 */
function coverage(profile, outcomes, models = []) {
    const status = new Map(models.map((m) => [`${m.securityProfileName}/${m.behaviorName}`, m.status]));
    const groupOf = new Map((profile.simulations ?? []).map((s) => [s.name, s.thingGroup]));
    const quiet = outcomes.filter((o) => o.expected.kind === 'no-violations' && o.verdict === 'met');
    return (profile.securityProfiles ?? []).flatMap((p) => {
        const targets = p.targets ?? [];
        const covers = (sim) => {
            const group = groupOf.get(sim);
            return (targets.includes('all/things') ||
                targets.includes('all/registered-things') ||
                (group !== undefined &&
                    targets.some((t) => t === group || t.endsWith(`:thinggroup/${group}`))));
        };
        return (p.behaviors ?? []).map((b) => {
            const model = b.criteria?.mlDetectionConfig
                ? (status.get(`${p.securityProfileName}/${b.name}`) ?? 'PENDING_BUILD')
                : 'ACTIVE';
            return {
                securityProfileName: p.securityProfileName ?? '',
                behaviorName: b.name ?? '',
                firedBy: outcomes
                    .filter((o) => o.verdict === 'met' &&
                    o.expected.kind === 'violation' &&
                    o.expected.securityProfileName === p.securityProfileName &&
                    o.expected.behaviorName === b.name)
                    .map((o) => o.expected.simulation),
                quietUnder: model === 'ACTIVE' ? quiet.map((o) => o.expected.simulation).filter(covers) : [],
                ...(model === 'ACTIVE' ? {} : { model })
            };
        });
    });
}
function renderCoverageMarkdown(rows) {
    if (rows.length === 0)
        return '';
    const fired = rows.filter((r) => r.firedBy.length > 0).length;
    const quiet = rows.filter((r) => r.quietUnder.length > 0).length;
    const untested = rows.filter((r) => r.firedBy.length === 0 && r.quietUnder.length === 0).length;
    const list = (names) => names.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn).join(', ') || '—';
    return [
        `### Behavior coverage: ${fired} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(rows.length, 'behavior')} proven to fire, ${quiet} proven quiet, ${untested} not tested\n`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Profile', 'Behavior', 'Proven to fire by', 'Proven quiet by'], rows.map((r) => r.firedBy.length === 0 && r.quietUnder.length === 0
            ? [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.securityProfileName),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.behaviorName),
                '**not tested**',
                r.model ? `**not tested** (model ${r.model})` : '**not tested**'
            ]
            : [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.securityProfileName), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(r.behaviorName), list(r.firedBy), list(r.quietUnder)]))
    ].join('\n');
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


/***/ }),

/***/ 16422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z_: () => (/* binding */ namesThing),
/* harmony export */   _o: () => (/* binding */ expectedChecks),
/* harmony export */   xR: () => (/* binding */ expectationsOf)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97840);

/** AWS evaluates cloud-side metrics over 5-minute windows at least; 20 minutes leaves room for a few. */
const DEFAULT_TIMEOUT_MS = 20 * 60_000;
/** Flatten a simulation's `expect:` block; criteria types come from the file's behaviors. */
function expectationsOf(sim, criteriaOf) {
    const e = sim.expect ?? {};
    const expected = [
        ...(e.violations ?? []).map((v) => ({
            kind: 'violation',
            simulation: sim.name,
            securityProfileName: v.securityProfileName,
            behaviorName: v.behaviorName,
            ...(v.thingName !== undefined ? { thingName: v.thingName } : {}),
            ...(v.mitigationAction !== undefined ? { mitigationAction: v.mitigationAction } : {}),
            ...withCriteria(criteriaOf(v.securityProfileName, v.behaviorName))
        })),
        ...(e.noViolations ? [{ kind: 'no-violations', simulation: sim.name }] : []),
        ...(e.auditFindings ?? []).map((f) => ({
            kind: 'audit-finding',
            simulation: sim.name,
            checkName: f.checkName
        }))
    ];
    return {
        simulation: sim.name,
        timeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(e.timeout) ?? DEFAULT_TIMEOUT_MS,
        expected
    };
}
function withCriteria(t) {
    return t ? { criteriaType: t } : {};
}
/** Whether `thing` (a full thing name of the run) is the one an expectation names. */
function namesThing(wanted, thing) {
    if (wanted === thing)
        return true;
    return /^\d{1,4}$/.test(wanted) && thing.endsWith(`-${wanted.padStart(4, '0')}`);
}
/** The audit checks the simulations expect findings of, each once. */
function expectedChecks(sims) {
    return [
        ...new Set(sims.flatMap((s) => s.expected.flatMap((e) => (e.kind === 'audit-finding' ? [e.checkName] : []))))
    ];
}


/***/ }),

/***/ 47746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   nL: () => (/* binding */ alarmFor)
/* harmony export */ });
/* harmony import */ var _expectations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16422);
/**
 * Pure judgement of expectations against what Device Defender reported so far: each expectation is met,
 * missed, forbidden seen, pending (settled by a later audit), not checkable (an ML model that is not ACTIVE),
 * or still waiting. Only the run's own things and certificates count.
 */

const isFinal = (o) => o.verdict !== 'waiting';
/** Whether an in-alarm violation is the one an expectation names (its profile, behavior, and thing if given). */
function alarmFor(e, v) {
    return (v.eventType === 'in-alarm' &&
        v.securityProfileName === e.securityProfileName &&
        v.behaviorName === e.behaviorName &&
        (e.thingName === undefined || (0,_expectations_js__WEBPACK_IMPORTED_MODULE_0__/* .namesThing */ .Z_)(e.thingName, v.thingName)));
}
const key = (profile, behavior) => `${profile}\u0000${behavior}`;
function judge(sims, seen, ctx) {
    const models = new Map(seen.models.map((m) => [key(m.securityProfileName, m.behaviorName), m]));
    const first = sims.flatMap((s) => s.expected.map((e) => judgeOne(e, s.timeoutMs, seen, models, ctx)));
    // An ML expectation whose model is not ACTIVE cannot be seen: once nothing else is left to wait for (or its
    // deadline passed) it is reported as not checkable, never as passed.
    const othersDone = first.every((o) => isFinal(o) || untrained(o, models));
    return first.map((o) => o.verdict === 'waiting' && untrained(o, models) && othersDone ? notCheckable(o, models) : o);
}
function judgeOne(e, timeoutMs, seen, models, ctx) {
    const scope = ctx.scopes.get(e.simulation) ?? { things: [], certificateIds: [] };
    const things = new Set(scope.things);
    const late = ctx.now - ctx.startedAt >= timeoutMs;
    const alarms = seen.violations.filter((v) => v.eventType === 'in-alarm' && things.has(v.thingName));
    const after = (at) => Math.max(0, at - ctx.startedAt);
    switch (e.kind) {
        case 'violation': {
            const hits = alarms.filter((v) => alarmFor(e, v));
            if (hits.length > 0) {
                const firstAt = Math.min(...hits.map((h) => h.at));
                const things = [...new Set(hits.map((h) => h.thingName))];
                return {
                    expected: e,
                    verdict: 'met',
                    detail: `in alarm on ${things.length} of ${scope.things.length} thing(s)`,
                    seenAfterMs: after(firstAt),
                    evidence: things
                };
            }
            const outcome = {
                expected: e,
                verdict: 'waiting',
                detail: 'not seen yet',
                evidence: []
            };
            if (!late)
                return outcome;
            return untrained(outcome, models)
                ? notCheckable(outcome, models)
                : { ...outcome, verdict: 'missed', detail: `not seen within ${minutes(timeoutMs)}` };
        }
        case 'no-violations': {
            if (alarms.length > 0) {
                const firstAt = Math.min(...alarms.map((h) => h.at));
                const names = [...new Set(alarms.map((v) => `${v.securityProfileName}/${v.behaviorName}`))];
                return {
                    expected: e,
                    verdict: 'forbidden',
                    detail: `in alarm: ${names.join(', ')}`,
                    seenAfterMs: after(firstAt),
                    evidence: [...new Set(alarms.map((v) => v.thingName))]
                };
            }
            return late
                ? { expected: e, verdict: 'met', detail: `quiet for ${minutes(timeoutMs)}`, evidence: [] }
                : { expected: e, verdict: 'waiting', detail: 'quiet so far', evidence: [] };
        }
        case 'audit-finding': {
            const ours = new Set([...scope.things, ...scope.certificateIds]);
            const hits = seen.findings.filter((f) => f.checkName === e.checkName && f.names.some((n) => ours.has(n)));
            if (hits.length > 0)
                return {
                    expected: e,
                    verdict: 'met',
                    detail: `${hits.length} finding(s)`,
                    seenAfterMs: after(Math.min(...hits.map((h) => h.at))),
                    evidence: hits.map((h) => h.findingId)
                };
            if (ctx.settlesLater(e))
                return {
                    expected: e,
                    verdict: 'pending',
                    detail: 'AWS audits connections some hours old: a later `audit` settles it',
                    evidence: []
                };
            return late
                ? {
                    expected: e,
                    verdict: 'missed',
                    detail: `no finding within ${minutes(timeoutMs)}`,
                    evidence: []
                }
                : { expected: e, verdict: 'waiting', detail: 'no finding yet', evidence: [] };
        }
    }
}
function untrained(o, models) {
    const e = o.expected;
    if (e.kind !== 'violation' || e.criteriaType !== 'MACHINE_LEARNING')
        return false;
    return models.get(key(e.securityProfileName, e.behaviorName))?.status !== 'ACTIVE';
}
function notCheckable(o, models) {
    const e = o.expected;
    const m = e.kind === 'violation' ? models.get(key(e.securityProfileName, e.behaviorName)) : undefined;
    const status = m
        ? `${m.status}${m.datapointsPercent !== undefined ? `, ${m.datapointsPercent}% of its datapoints` : ''}`
        : 'not reported';
    return { ...o, verdict: 'not-checkable', detail: `its ML model is not ACTIVE (${status})` };
}
const minutes = (ms) => ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.round(ms / 1000)}s`;


/***/ }),

/***/ 25636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   realClock: () => (/* binding */ realClock),
/* harmony export */   w5: () => (/* binding */ waitForExpectations)
/* harmony export */ });
/* unused harmony export progress */
/* harmony import */ var _util_duration_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76716);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47746);
/**
 * Waiting for expectations: poll what Device Defender reports, judge, print progress, and stop as soon as
 * every expectation is decided or something forbidden appears (the run fails either way), or at the last
 * deadline. Polls back off, so a long wait stays far inside the List* quotas (src/model/quotas.ts: 10/s).
 */


/** Wall-clock time, for AWS: a stop ends a sleep early. */
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    })
};
async function waitForExpectations(o) {
    const startedAt = o.clock.now();
    const timeouts = new Map(o.sims.map((s) => [s.simulation, s.timeoutMs]));
    const lastDeadline = startedAt + Math.max(0, ...o.sims.map((s) => s.timeoutMs));
    let pause = o.firstPollMs ?? 5000;
    const maxPause = o.maxPollMs ?? 60_000;
    const every = o.progressEveryMs ?? 10_000;
    let said = { decided: -1, at: -Infinity };
    for (let polls = 1;; polls++) {
        const seen = await o.observe();
        const now = o.clock.now();
        const outcomes = (0,_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .judge */ .S4)(o.sims, seen, {
            scopes: o.scopes,
            startedAt,
            now,
            settlesLater: o.settlesLater
        });
        const decided = outcomes.filter(_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR).length;
        if (decided !== said.decided || now - said.at >= every) {
            o.log(progress(outcomes, seen, now - startedAt, lastDeadline - now));
            said = { decided, at: now };
        }
        const done = (ended) => ({
            outcomes: ended === 'decided' ? outcomes : outcomes.map((x) => closeWaiting(x, ended)),
            polls,
            elapsedMs: now - startedAt,
            ended,
            last: seen
        });
        if (outcomes.some((x) => x.verdict === 'forbidden'))
            return done('forbidden');
        if (outcomes.every(_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR))
            return done('decided');
        if (now >= lastDeadline)
            return done('deadline');
        if (o.signal?.aborted)
            return done('stopped');
        // wake at the next deadline of something still waited for, so a quiet check ends when it is due
        const due = outcomes
            .filter((x) => !(0,_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(x))
            .map((x) => startedAt + (timeouts.get(x.expected.simulation) ?? 0))
            .filter((t) => t > now);
        await o.clock.sleep(Math.min(pause, Math.min(lastDeadline, ...due) - now), o.signal);
        if (o.signal?.aborted) {
            // one last look, so what was already reported is not lost to the stop
            pause = 0;
            continue;
        }
        pause = Math.min(maxPause, pause * 1.5);
    }
}
function closeWaiting(x, ended) {
    if (x.verdict !== 'waiting')
        return x;
    const why = {
        forbidden: 'not seen before waiting stopped (something forbidden was seen)',
        stopped: 'not seen before the run was stopped',
        deadline: 'not seen before the deadline',
        decided: ''
    }[ended];
    return { ...x, verdict: 'missed', detail: why };
}
/** `verify: 2/4 decided (1 met, 1 forbidden); waiting: flood/big-messages; models: ml 40%; 3m 5s elapsed, ~12m left` */
function progress(outcomes, seen, elapsedMs, leftMs) {
    const decided = outcomes.filter(_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR);
    const counts = new Map();
    for (const x of decided)
        counts.set(x.verdict, (counts.get(x.verdict) ?? 0) + 1);
    const tally = [...counts].map(([v, n]) => `${n} ${v}`).join(', ');
    const waiting = outcomes.filter((x) => !(0,_judge_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinal */ .dR)(x)).map((x) => label(x));
    const training = seen.models
        .filter((m) => m.status !== 'ACTIVE')
        .map((m) => `${m.behaviorName} ${m.status}${m.datapointsPercent !== undefined ? ` ${m.datapointsPercent}%` : ''}`);
    return [
        `verify: ${decided.length}/${outcomes.length} decided${tally ? ` (${tally})` : ''}`,
        waiting.length
            ? `waiting: ${waiting.slice(0, 3).join(', ')}${waiting.length > 3 ? ', …' : ''}`
            : '',
        training.length ? `models: ${training.slice(0, 3).join(', ')}` : '',
        `${(0,_util_duration_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(elapsedMs)} elapsed${leftMs > 0 && waiting.length ? `, ≤${(0,_util_duration_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(leftMs)} left` : ''}`
    ]
        .filter(Boolean)
        .join('; ');
}
function label(x) {
    const e = x.expected;
    if (e.kind === 'violation')
        return `${e.simulation}: ${e.securityProfileName}/${e.behaviorName}`;
    if (e.kind === 'no-violations')
        return `${e.simulation}: quiet`;
    return `${e.simulation}: ${e.checkName}`;
}


/***/ })

};
