export const id = 636;
export const ids = [636];
export const modules = {

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
