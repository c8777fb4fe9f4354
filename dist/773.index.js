export const id = 773;
export const ids = [773,219];
export const modules = {

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

/***/ 81154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderRunMarkdown: () => (/* binding */ renderRunMarkdown),
  renderRunText: () => (/* binding */ renderRunText),
  runFailure: () => (/* binding */ runFailure),
  runOutputs: () => (/* binding */ runOutputs),
  runResult: () => (/* binding */ runResult)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/verify/wait.ts
var wait = __webpack_require__(25636);
// EXTERNAL MODULE: ./src/report/expectations.ts
var expectations = __webpack_require__(88219);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/util/duration-text.ts
var duration_text = __webpack_require__(76716);
;// CONCATENATED MODULE: ./src/report/simulate.ts



const rate = (r) => (r >= 10 ? r.toFixed(0) : r.toFixed(2));
const shardText = (o) => o.shard ? ` (shard ${o.shard.index}/${o.shard.count})` : '';
/** Why the step fails, if it does: an error, a stop, or resources teardown could not remove. */
function simulateFailure(o) {
    if (o.error)
        return `simulation failed: ${o.error}`;
    if (o.cancelled)
        return 'simulation cancelled';
    // A few things that never connect are counted as errors; a simulation none of whose things connected
    // sent nothing, so it proves nothing.
    const unconnected = o.results.filter((r) => r.things > 0 && r.connections === 0);
    if (unconnected.length)
        return `${unconnected.map((r) => `${r.name}: none of its ${(0,markdown/* plural */.LS)(r.things, 'thing')} connected`).join('; ')} (the log says why)`;
    if (o.teardown.failures.length)
        return `teardown left ${o.teardown.failures.length} resource(s); \`ddac cleanup\` removes them`;
    return undefined;
}
function teardownText(o) {
    return o.teardown.failures.length
        ? `teardown removed ${o.teardown.removed}, could not remove ${o.teardown.failures.length}:\n${o.teardown.failures.map((f) => `  - ${f}`).join('\n')}`
        : `teardown removed all ${o.teardown.removed} resource(s) of run ${o.runId}`;
}
function renderSimulateText(o) {
    const lines = [`ddac simulate: run ${o.runId}${shardText(o)}`];
    for (const r of o.results)
        lines.push(`${r.name} (${r.scenario}): ${(0,markdown/* plural */.LS)(r.things, 'thing')}, ${r.connections} connected, ${r.messages} messages (${r.acked} acknowledged), ${r.bytes} bytes, ${r.denials} denials, ${r.reconnects} reconnects, ${rate(r.achievedRate)}/s of ${rate(r.askedRate)}/s asked, ${(0,duration_text/* formatDuration */.a)(r.durationMs)}${r.errors ? `, ${r.errors} error${r.errors === 1 ? '' : 's'}` : ''}${r.stopped ? `, ${r.stopped} not sent (stopped)` : ''}`);
    if (o.results.length === 0)
        lines.push('no simulation ran');
    if (o.error)
        lines.push(`error: ${o.error}`);
    if (o.cancelled)
        lines.push('cancelled: nothing more was sent');
    lines.push(teardownText(o));
    return lines.join('\n') + '\n';
}
/** Bytes as a reader sizes them up: 400 kB, 1.2 MB. */
function size(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    if (bytes < 1e6)
        return `${Math.round(bytes / 100) / 10} kB`;
    return `${Math.round(bytes / 1e5) / 10} MB`;
}
// Eight columns, so the table fits a pull-request comment's width without scrolling sideways.
const row = (r) => `| ${r.name} (${r.scenario}) | ${r.connections} of ${r.things} | ${r.acked} of ${r.messages} | ${size(r.bytes)} | ${r.denials} / ${r.reconnects} | ${rate(r.achievedRate)} of ${rate(r.askedRate)} | ${(0,duration_text/* formatDuration */.a)(r.durationMs)} | ${r.errors} |`;
/** `failed`: the step fails for more than its traffic (a missed expectation), so its headline says so too. */
function renderSimulateMarkdown(o, failed = simulateFailure(o) !== undefined) {
    const parts = [`## ddac simulate ${failed ? '❌' : '✅'} run \`${o.runId}\`${shardText(o)}`, ''];
    if (o.results.length) {
        parts.push('| simulation | connected | acked | bytes | denials / reconnects | per second | time | errors |', '|---|--:|--:|--:|--:|--:|--:|--:|', ...o.results.map(row), '');
    }
    else
        parts.push('No simulation ran.', '');
    if (o.error)
        parts.push(`**Error:** ${o.error}`, '');
    if (o.cancelled)
        parts.push('**Cancelled:** nothing more was sent.', '');
    parts.push(o.teardown.failures.length
        ? `**Teardown** removed ${o.teardown.removed} resource(s) and could not remove ${o.teardown.failures.length}; \`ddac cleanup\` retries them:\n\n${o.teardown.failures.map((f) => `- ${f}`).join('\n')}`
        : `**Teardown** removed all ${o.teardown.removed} resource(s) the run created.`, '');
    return parts.join('\n');
}
function simulateOutputs(o) {
    return {
        [constants/* Outputs */.tY.RunId]: o.runId,
        [constants/* Outputs */.tY.SimulationResults]: JSON.stringify(o.results),
        [constants/* Outputs */.tY.TeardownFailures]: o.teardown.failures.length,
        ...(o.cancelled ? { [constants/* Outputs */.tY.Cancelled]: true } : {})
    };
}

;// CONCATENATED MODULE: ./src/report/timeline.ts

/** Mermaid task names end at `:`; keep them short and free of its syntax. */
const timeline_name = (text) => text.replace(/[:#;]/g, ' ').slice(0, 60);
function renderTimelineMermaid(traffic, outcomes, 
/** ms after the run's start when verification began and ended */
verify) {
    if (traffic.length === 0)
        return '';
    const at = (ms) => Math.max(0, Math.round(ms));
    const span = Math.max(verify.endMs, ...traffic.map((t) => t.endMs));
    const lines = ['gantt', '  dateFormat x', ...axis(span), '  section traffic'];
    for (const t of traffic)
        lines.push(`  ${timeline_name(t.simulation)} : ${at(t.startMs)}, ${at(Math.max(t.endMs, t.startMs + 1))}`);
    lines.push('  section expectations');
    outcomes.forEach((o, i) => {
        const id = `e${i + 1}`;
        const text = timeline_name((0,wait/* label */.Pf)(o));
        if (o.seenAfterMs !== undefined) {
            const tag = o.verdict === 'forbidden' ? 'crit, milestone' : 'milestone';
            lines.push(`  ${text} : ${tag}, ${id}, ${at(verify.startMs + o.seenAfterMs)}, 0`);
        }
        else {
            const tag = o.verdict === 'missed' ? 'crit' : o.verdict === 'met' ? 'done' : 'active';
            lines.push(`  ${text} : ${tag}, ${id}, ${at(verify.startMs)}, ${at(Math.max(verify.endMs, verify.startMs + 1))}`);
        }
    });
    return '```mermaid\n' + lines.join('\n') + '\n```\n';
}
/** Ticks at a round interval that leaves room for at most about 8 labels, so none overlap. */
const TICKS = [
    [5_000, '5second'],
    [10_000, '10second'],
    [15_000, '15second'],
    [30_000, '30second'],
    [60_000, '1minute'],
    [120_000, '2minute'],
    [300_000, '5minute'],
    [600_000, '10minute'],
    [900_000, '15minute'],
    [1_800_000, '30minute'],
    [3_600_000, '1hour'],
    [7_200_000, '2hour'],
    [21_600_000, '6hour']
];
function axis(spanMs) {
    const [, tick] = TICKS.find(([ms]) => spanMs / ms <= 8) ?? TICKS[TICKS.length - 1];
    return [`  axisFormat ${spanMs < 3_600_000 ? '%M:%S' : '%H:%M'}`, `  tickInterval ${tick}`];
}

;// CONCATENATED MODULE: ./src/report/verification.ts







/** Why the step fails: the traffic's own failure first, then a missed or forbidden expectation. */
function runFailure(run) {
    const traffic = simulateFailure(run.simulations);
    if (traffic)
        return traffic;
    const outcomes = run.verification?.result.outcomes ?? [];
    if ((0,expectations/* verdictOf */.Vj)(outcomes) !== 'failed')
        return undefined;
    const bad = outcomes.filter((o) => o.verdict === 'missed' || o.verdict === 'forbidden');
    const first = bad[0];
    return `${(0,markdown/* plural */.LS)(bad.length, 'expectation')} not met: ${(0,wait/* label */.Pf)(first)} ${first.verdict === 'forbidden' ? 'saw something forbidden' : 'missed'} (${first.detail})`;
}
/** passed / failed / pending, as the `result` output says it. */
function runResult(run) {
    if (simulateFailure(run.simulations))
        return 'failed';
    return (0,expectations/* verdictOf */.Vj)(run.verification?.result.outcomes ?? []);
}
function renderRunText(run) {
    const v = run.verification;
    if (!v)
        return renderSimulateText(run.simulations);
    return `${renderSimulateText(run.simulations)}expectations (${runResult(run)}):\n${(0,expectations/* renderExpectationsText */.bt)(v.result.outcomes)}\n${laterText(v)}`;
}
function laterText(v) {
    const pending = v.result.pending;
    if (pending.length === 0)
        return '';
    return `${(0,markdown/* plural */.LS)(pending.length, 'expectation')} recorded for a later \`ddac audit\` (${pending.map((p) => `${p.simulation} ${p.checkName}`).join(', ')})\n`;
}
function renderRunMarkdown(profile, run) {
    const parts = [renderSimulateMarkdown(run.simulations, runFailure(run) !== undefined)];
    const v = run.verification;
    if (!v)
        return parts.join('\n');
    const outcomes = v.result.outcomes;
    const counts = (0,expectations/* expectationCounts */.jj)(outcomes);
    const result = runResult(run);
    parts.push(`**Verification ${expectations.RESULT_SIGN[result]} ${result}:** ${counts.met} met, ${counts.missed} missed, ${counts.forbidden} forbidden seen, ${counts.pending} pending, ${counts['not-checkable']} not checkable, after ${(0,duration_text/* formatDuration */.a)(v.endedAt - v.startedAt)} of waiting (${(0,markdown/* plural */.LS)(v.result.polls, 'poll')}).`, '');
    if (v.timeScale > 1)
        parts.push(`> On the emulator at ${v.timeScale}× AWS's time: Detect's 5-minute window lasts ${(0,duration_text/* formatDuration */.a)(300_000 / v.timeScale)} here.`, '');
    parts.push((0,expectations/* renderExpectationsMarkdown */.ny)(outcomes), '');
    const t0 = Math.min(v.startedAt, ...run.simulations.results.map((r) => r.startedAt));
    const timeline = renderTimelineMermaid(run.simulations.results.map((r) => ({
        simulation: r.name,
        startMs: r.startedAt - t0,
        endMs: r.endedAt - t0
    })), outcomes, { startMs: v.startedAt - t0, endMs: v.endedAt - t0 });
    if (timeline)
        parts.push('<details><summary>Timeline</summary>\n', timeline, '</details>', '');
    for (const m of v.result.mitigations)
        parts.push(`- Mitigation ${(0,markdown/* code */.aY)(m.actionName)}: ${m.status}${m.notMitigated.length ? `, ${(0,markdown/* plural */.LS)(m.notMitigated.length, 'thing')} outside ${m.groups.join(', ')}` : ''}`);
    if (v.result.mitigations.length)
        parts.push('');
    if (v.result.pending.length)
        parts.push(`⏳ ${laterText(v).replace(/\n$/, '')}: the check only sees connections some hours old.`, '');
    parts.push((0,expectations/* renderCoverageMarkdown */.Sf)((0,expectations/* coverage */.vk)(profile, outcomes, v.result.last.models)), '');
    return parts.join('\n');
}
function runOutputs(run) {
    const outputs = {
        ...simulateOutputs(run.simulations),
        [constants/* Outputs */.tY.Result]: runResult(run)
    };
    const v = run.verification;
    if (!v)
        return outputs;
    const counts = (0,expectations/* expectationCounts */.jj)(v.result.outcomes);
    return {
        ...outputs,
        [constants/* Outputs */.tY.Expectations]: JSON.stringify(v.result.outcomes.map((o) => ({
            ...o.expected,
            verdict: o.verdict,
            detail: o.detail,
            ...(o.seenAfterMs !== undefined ? { seenAfterMs: o.seenAfterMs } : {})
        }))),
        [constants/* Outputs */.tY.ExpectationsMet]: counts.met,
        [constants/* Outputs */.tY.ExpectationsMissed]: counts.missed,
        [constants/* Outputs */.tY.ExpectationsForbidden]: counts.forbidden,
        [constants/* Outputs */.tY.ExpectationsPending]: counts.pending,
        [constants/* Outputs */.tY.ExpectationsNotCheckable]: counts['not-checkable']
    };
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
