export const id = 799;
export const ids = [799,636];
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

/***/ 44996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   ZP: () => (/* binding */ seenFinding)
/* harmony export */ });
/* unused harmony export identifierNames */
/** Every name a resource identifier carries (certificate ids, client id, policy name and version …). */
function identifierNames(id) {
    if (!id)
        return [];
    const policy = id.policyVersionIdentifier;
    return [
        id.deviceCertificateId,
        id.caCertificateId,
        id.clientId,
        policy?.policyName,
        policy?.policyName && policy.policyVersionId
            ? `${policy.policyName}:${policy.policyVersionId}`
            : undefined,
        id.roleAliasArn,
        id.iamRoleArn,
        id.cognitoIdentityPoolId,
        id.account,
        id.deviceCertificateArn,
        id.issuerCertificateIdentifier?.issuerId
    ].filter((x) => typeof x === 'string' && x.length > 0);
}
/** The finding as verification sees it: every name in its non-compliant and related resources. */
function seenFinding(f) {
    return {
        findingId: f.findingId ?? '',
        checkName: f.checkName ?? '',
        at: f.findingTime?.getTime() ?? 0,
        names: [
            ...identifierNames(f.nonCompliantResource?.resourceIdentifier),
            ...(f.relatedResources ?? []).flatMap((r) => identifierNames(r.resourceIdentifier))
        ]
    };
}
/**
 * `today` is YYYY-MM-DD (UTC): an entry is accepted through its `expires` day. `expectedBy` names the
 * simulation that caused a finding on purpose: such a finding is never new non-compliance.
 */
function compareWithBaseline(findings, accepted, today, expectedBy = () => undefined) {
    const live = accepted.filter((a) => a.expires >= today);
    const used = new Set();
    const judged = findings.map((f) => {
        const names = identifierNames(f.nonCompliantResource?.resourceIdentifier);
        const by = live.find((a) => a.checkName === f.checkName && (a.resource === undefined || names.includes(a.resource)));
        if (by)
            used.add(by);
        const expected = expectedBy(f.findingId ?? '');
        return {
            findingId: f.findingId ?? '',
            checkName: f.checkName ?? '',
            severity: f.severity ?? 'UNKNOWN',
            resource: names[0] ?? f.nonCompliantResource?.resourceType ?? '',
            reason: f.reasonForNonCompliance ?? f.reasonForNonComplianceCode ?? '',
            suppressed: f.isSuppressed === true,
            ...(by ? { acceptedBy: by } : {}),
            ...(expected ? { expectedBy: expected } : {})
        };
    });
    return {
        findings: judged,
        fresh: judged.filter((j) => !j.acceptedBy && !j.suppressed && !j.expectedBy),
        expired: accepted.filter((a) => a.expires < today),
        unused: live.filter((a) => !used.has(a))
    };
}


/***/ }),

/***/ 66250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ runAudit)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18907);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68268);
/**
 * One on-demand audit, waited for: start it for the checks asked, follow DescribeAuditTask with progress
 * (checks done of all) and backoff, cancel it when the run is stopped or the deadline passes, then read its
 * findings. The same calls serve AWS and the emulator.
 */


const FINAL = new Set(['COMPLETED', 'FAILED', 'CANCELED']);
async function runAudit(o) {
    const started = o.clock.now();
    const { taskId } = await o.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .StartOnDemandAuditTaskCommand */ .sGY({ targetCheckNames: [...o.checks] }));
    if (!taskId)
        throw new Error('StartOnDemandAuditTask answered without a taskId');
    o.log(`audit: task ${taskId} started for ${o.checks.length} check(s)`);
    const deadline = started + (o.deadlineMs ?? 30 * 60_000);
    let pause = o.firstPollMs ?? 5000;
    for (;;) {
        const task = await o.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAuditTaskCommand */ .joS({ taskId }));
        const stats = task.taskStatistics ?? {};
        const now = o.clock.now();
        const total = stats.totalChecks ?? o.checks.length;
        const done = total - (stats.inProgressChecks ?? 0) - (stats.waitingForDataCollectionChecks ?? 0);
        o.log(`audit: ${done}/${total} checks done (${task.taskStatus ?? 'UNKNOWN'}), ${Math.round((now - started) / 1000)}s elapsed`);
        const checks = Object.entries(task.auditDetails ?? {}).map(([checkName, d]) => ({
            checkName,
            status: d.checkRunStatus ?? 'UNKNOWN',
            total: Number(d.totalResourcesCount ?? 0),
            nonCompliant: Number(d.nonCompliantResourcesCount ?? 0)
        }));
        if (task.taskStatus && FINAL.has(task.taskStatus))
            return {
                taskId,
                status: task.taskStatus,
                checks,
                findings: task.taskStatus === 'COMPLETED' ? await findingsOf(o.iot, taskId) : [],
                elapsedMs: now - started
            };
        if (now >= deadline || o.signal?.aborted) {
            // An audit left running would block the next on-demand one for these checks: cancel it.
            await o.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .CancelAuditTaskCommand */ .gv$({ taskId })).catch(() => undefined);
            return {
                taskId,
                status: o.signal?.aborted ? 'CANCELED' : 'TIMED_OUT',
                checks,
                findings: [],
                elapsedMs: now - started
            };
        }
        await o.clock.sleep(Math.min(pause, deadline - now), o.signal);
        pause = Math.min(o.maxPollMs ?? 30_000, pause * 1.5);
    }
}
function findingsOf(iot, taskId) {
    return (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .paginateListAuditFindings */ .bNl)({ client: iot }, { taskId, listSuppressedFindings: true }), (p) => p.findings);
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

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PQ: () => (/* binding */ recordPending),
/* harmony export */   RM: () => (/* binding */ SHARED_CHECK_LAG_MS),
/* harmony export */   W9: () => (/* binding */ settlement),
/* harmony export */   _g: () => (/* binding */ listPending),
/* harmony export */   rE: () => (/* binding */ forgetPending)
/* harmony export */ });
/* unused harmony exports PENDING_PREFIX, GIVE_UP_AFTER_MS */
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18907);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68268);
/**
 * Expectations AWS cannot confirm in the run that caused them: DEVICE_CERTIFICATE_SHARED_CHECK only looks at
 * connections made up to 2 hours before the audit (../shared/aws-iot-docs/audit-chk-device-cert-shared.md).
 * Such an expectation is kept in the account itself, as an empty thing group whose description holds it, so a
 * later `audit` run (a nightly schedule, another runner) settles it without GitHub artifacts. Thing groups
 * need no extra IAM permission beyond what apply's lease already uses.
 */


const PENDING_PREFIX = 'ddac-pending-';
/** AWS's look-back: connections younger than this are not in the check's window yet. */
const SHARED_CHECK_LAG_MS = 2 * 60 * 60_000;
/** After this long without a finding the expectation is missed: the audit had days to see it. */
const GIVE_UP_AFTER_MS = 3 * 24 * 60 * 60_000;
const groupName = (runId, simulation) => `${PENDING_PREFIX}${runId}-${simulation.replace(/[^a-zA-Z0-9_-]/g, '-')}`.slice(0, 128);
async function recordPending(iot, p) {
    const { lagMs = SHARED_CHECK_LAG_MS, ...rest } = p;
    const stored = {
        v: 1,
        ...rest,
        settleAfter: p.recordedAt + lagMs,
        giveUpAfter: p.recordedAt + GIVE_UP_AFTER_MS
    };
    const name = groupName(p.runId, p.simulation);
    const description = JSON.stringify(stored);
    if (description.length > 2028)
        throw new Error(`simulation ${p.simulation}: too many things to record its pending audit expectation (${description.length} characters, a thing group description holds 2028)`);
    await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .CreateThingGroupCommand */ .t$B({
        thingGroupName: name,
        thingGroupProperties: { thingGroupDescription: description },
        tags: [
            { Key: 'ddac:managed-by', Value: p.identity },
            { Key: 'ddac:pending', Value: p.checkName }
        ]
    }));
    return { name, ...stored };
}
/** Every pending expectation in the account (of one file's identity, when given). */
async function listPending(iot, identity) {
    const groups = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .paginateListThingGroups */ .sXr)({ client: iot, pageSize: 250 }, { namePrefixFilter: PENDING_PREFIX }), (p) => p.thingGroups);
    const names = groups.flatMap((g) => (g.groupName ? [g.groupName] : []));
    const found = [];
    for (const name of names) {
        const g = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .CA)(iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .DescribeThingGroupCommand */ .Qli({ thingGroupName: name })));
        const stored = parse(g?.thingGroupProperties?.thingGroupDescription);
        if (stored && (identity === undefined || stored.identity === identity))
            found.push({ name, ...stored });
    }
    return found;
}
function parse(text) {
    try {
        const s = JSON.parse(text ?? '');
        return s?.v === 1 && typeof s.checkName === 'string' && Array.isArray(s.certificateIds)
            ? s
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** Pure: what the findings of an audit say of a pending expectation at `now`. */
function settlement(p, findings, now) {
    const ours = new Set([...p.certificateIds, ...p.clientIds]);
    const hits = findings.filter((f) => f.checkName === p.checkName && f.names.some((n) => ours.has(n)));
    if (hits.length > 0)
        return { verdict: 'met', findingIds: hits.map((h) => h.findingId) };
    if (now < p.settleAfter)
        return {
            verdict: 'pending',
            detail: `an audit sees these connections from ${new Date(p.settleAfter).toISOString()}`
        };
    if (now >= p.giveUpAfter)
        return { verdict: 'missed', detail: `no ${p.checkName} finding in 3 days of audits` };
    return { verdict: 'pending', detail: `no ${p.checkName} finding yet` };
}
/** A settled expectation (met or missed) leaves the account; a pending one stays for the next audit. */
async function forgetPending(iot, p) {
    await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .CA)(iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_1__/* .DeleteThingGroupCommand */ .uxv({ thingGroupName: p.name })));
}


/***/ }),

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyRun: () => (/* binding */ verifyRun)
});

// EXTERNAL MODULE: ./src/config/inventory.ts
var inventory = __webpack_require__(25490);
// EXTERNAL MODULE: ./src/verify/audit-baseline.ts
var audit_baseline = __webpack_require__(44996);
// EXTERNAL MODULE: ./src/verify/audit-run.ts
var audit_run = __webpack_require__(66250);
// EXTERNAL MODULE: ./src/verify/expectations.ts
var expectations = __webpack_require__(16422);
// EXTERNAL MODULE: ./src/verify/judge.ts
var judge = __webpack_require__(47746);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(68268);
;// CONCATENATED MODULE: ./src/verify/mitigate.ts
/**
 * Mitigation on the violations a simulation caused: run the expectation's mitigation action on them
 * (StartDetectMitigationActionsTask), wait for the task, then check its effect on the account. Detect
 * supports one action type, ADD_THINGS_TO_THING_GROUP (../shared/aws-iot-docs/dd-mitigation-actions.md), so
 * the effect checked is that every violating thing is now in the action's groups.
 */


/** The API takes at most 25 violation ids per task (TargetViolationIdsForDetectMitigationActions). */
const IDS_PER_TASK = 25;
async function mitigate(o) {
    const action = await o.iot.send(new dist_cjs/* DescribeMitigationActionCommand */.mvN({ actionName: o.actionName }));
    const groups = action.actionParams?.addThingsToThingGroupParams?.thingGroupNames;
    if (!groups)
        throw new Error(`mitigation action ${o.actionName} is ${action.actionType ?? 'of no type'}: Detect runs only ADD_THINGS_TO_THING_GROUP actions on violations`);
    const ids = [...new Set(o.violations.map((v) => v.violationId))];
    const taskIds = [];
    for (let i = 0; i < ids.length; i += IDS_PER_TASK) {
        const taskId = `${o.taskPrefix}-${taskIds.length + 1}`.slice(0, 128);
        await o.iot.send(new dist_cjs/* StartDetectMitigationActionsTaskCommand */.MBl({
            taskId,
            target: { violationIds: ids.slice(i, i + IDS_PER_TASK) },
            actions: [o.actionName],
            includeSuppressedAlerts: true,
            clientRequestToken: taskId
        }));
        taskIds.push(taskId);
    }
    o.log(`mitigate: ${o.actionName} on ${ids.length} violation(s) in ${taskIds.length} task(s)`);
    const statuses = await Promise.all(taskIds.map((taskId) => finished(o, taskId)));
    const status = statuses.every((s) => s === 'SUCCESSFUL')
        ? 'SUCCESSFUL'
        : (statuses.find((s) => s !== 'SUCCESSFUL') ?? 'UNKNOWN');
    const things = [...new Set(o.violations.map((v) => v.thingName))];
    const notMitigated = [];
    for (const thingName of things) {
        const member = new Set((await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListThingGroupsForThing */.BgP)({ client: o.iot }, { thingName }), (p) => p.thingGroups)).flatMap((g) => (g.groupName ? [g.groupName] : [])));
        if (!groups.every((g) => member.has(g)))
            notMitigated.push(thingName);
    }
    return { actionName: o.actionName, taskIds, status, notMitigated, groups };
}
async function finished(o, taskId) {
    const deadline = o.clock.now() + (o.deadlineMs ?? 10 * 60_000);
    let pause = 1000;
    for (;;) {
        const { taskSummary } = await o.iot.send(new dist_cjs/* DescribeDetectMitigationActionsTaskCommand */.xh0({ taskId }));
        const status = taskSummary?.taskStatus ?? 'UNKNOWN';
        if (status !== 'IN_PROGRESS')
            return status;
        if (o.clock.now() >= deadline)
            return 'TIMED_OUT';
        if (o.signal?.aborted)
            return 'STOPPED';
        await o.clock.sleep(pause, o.signal);
        pause = Math.min(15_000, pause * 1.5);
    }
}

;// CONCATENATED MODULE: ./src/verify/observe.ts
/**
 * What Device Defender reported since verification began, read through the IoT API: violation events (with
 * suppressed alerts, since a suppressed behavior still violates), the training state of the ML models the
 * expectations name, and audit findings of the expected checks. The same calls serve AWS and the emulator.
 */




function accountObserver(iot, scope) {
    const expected = scope.sims.flatMap((s) => s.expected);
    const watchViolations = expected.some((e) => e.kind !== 'audit-finding');
    const mlProfiles = [
        ...new Set(expected.flatMap((e) => e.kind === 'violation' && e.criteriaType === 'MACHINE_LEARNING'
            ? [e.securityProfileName]
            : []))
    ];
    const checks = (0,expectations/* expectedChecks */._o)(scope.sims);
    const window = () => ({
        startTime: new Date(scope.since),
        endTime: new Date(scope.now())
    });
    return async () => {
        const [violations, models, findings] = await Promise.all([
            watchViolations
                ? (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListViolationEvents */.utS)({ client: iot, pageSize: 250 }, { ...window(), listSuppressedAlerts: true }), (p) => p.violationEvents)
                : Promise.resolve([]),
            Promise.all(mlProfiles.map((securityProfileName) => (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateGetBehaviorModelTrainingSummaries */.veq)({ client: iot }, { securityProfileName }), (p) => p.summaries))),
            Promise.all(checks.map((checkName) => (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListAuditFindings */.bNl)({ client: iot }, { ...window(), checkName, listSuppressedFindings: true }), (p) => p.findings)))
        ]);
        return {
            violations: violations.flatMap(toViolation),
            models: models.flat().map((m) => ({
                securityProfileName: m.securityProfileName ?? '',
                behaviorName: m.behaviorName ?? '',
                status: m.modelStatus ?? 'UNKNOWN',
                ...(m.datapointsCollectionPercentage !== undefined
                    ? { datapointsPercent: Math.round(m.datapointsCollectionPercentage) }
                    : {})
            })),
            findings: findings.flat().map(audit_baseline/* seenFinding */.ZP)
        };
    };
}
function toViolation(v) {
    const type = v.violationEventType;
    if (!v.violationId || !v.thingName || !v.securityProfileName || !v.behavior?.name || !type)
        return [];
    return [
        {
            violationId: v.violationId,
            thingName: v.thingName,
            securityProfileName: v.securityProfileName,
            behaviorName: v.behavior.name,
            eventType: type,
            at: v.violationEventTime?.getTime() ?? 0
        }
    ];
}

// EXTERNAL MODULE: ./src/verify/pending.ts
var verify_pending = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/verify/wait.ts
var wait = __webpack_require__(25636);
;// CONCATENATED MODULE: ./src/verify/verify-run.ts









const LATER = new Set(['DEVICE_CERTIFICATE_SHARED_CHECK']);
/**
 * On the emulator an audit of the shared-certificate check runs once the look-back has passed, so its
 * simulation waits at least that long plus a task's ten minutes (AWS time; both shrink with the scale).
 */
function deadlineOn(target, s) {
    const audits = s.expected.some((e) => e.kind === 'audit-finding' && LATER.has(e.checkName));
    return target === 'emulator' && audits
        ? Math.max(s.timeoutMs, verify_pending/* SHARED_CHECK_LAG_MS */.RM + 10 * 60_000)
        : s.timeoutMs;
}
async function verifyRun(o) {
    const criteria = (profile, behavior) => {
        const b = o.profile.securityProfiles
            ?.find((p) => p.securityProfileName === profile)
            ?.behaviors?.find((x) => x.name === behavior);
        return b ? (0,inventory/* criteriaType */.M)(b) : undefined;
    };
    const scale = o.timeScale ?? 1;
    const sims = (o.profile.simulations ?? [])
        .filter((s) => o.scopes.has(s.name) && s.expect)
        .map((s) => (0,expectations/* expectationsOf */.xR)(s, (p, b) => {
        const t = criteria(p, b);
        return t === 'NONE' ? undefined : t;
    }))
        .map((s) => ({ ...s, timeoutMs: deadlineOn(o.target, s) / scale }));
    const settlesLater = (e) => o.target === 'aws' && e.kind === 'audit-finding' && LATER.has(e.checkName);
    const observeAccount = accountObserver(o.iot, { sims, since: o.startedAt, now: o.clock.now });
    const observe = o.target === 'emulator' ? withEmulatorAudit(o, sims, observeAccount) : observeAccount;
    const waited = await (0,wait/* waitForExpectations */.w5)({
        sims,
        observe,
        clock: o.clock,
        scopes: o.scopes,
        settlesLater,
        log: o.log,
        ...(o.signal ? { signal: o.signal } : {}),
        progressEveryMs: Math.max(2000, 60_000 / scale),
        firstPollMs: o.firstPollMs ?? Math.max(50, 5000 / scale),
        maxPollMs: o.maxPollMs ?? Math.max(200, 60_000 / scale)
    });
    const mitigations = [];
    const outcomes = [];
    for (const x of waited.outcomes) {
        const e = x.expected;
        if (x.verdict !== 'met' || e.kind !== 'violation' || !e.mitigationAction) {
            outcomes.push(x);
            continue;
        }
        const things = new Set(x.evidence);
        const found = waited.last.violations.filter((v) => things.has(v.thingName) && (0,judge/* alarmFor */.nL)(e, v));
        const run = await mitigate({
            iot: o.iot,
            actionName: e.mitigationAction,
            violations: found,
            taskPrefix: `ddac-${o.runId}-${mitigations.length + 1}`,
            clock: o.clock,
            log: o.log,
            ...(o.signal ? { signal: o.signal } : {})
        });
        mitigations.push(run);
        outcomes.push(run.status === 'SUCCESSFUL' && run.notMitigated.length === 0
            ? {
                ...x,
                detail: `${x.detail}; ${e.mitigationAction} put them in ${run.groups.join(', ')}`
            }
            : {
                ...x,
                verdict: 'missed',
                detail: `${e.mitigationAction} ${run.status === 'SUCCESSFUL' ? `left ${run.notMitigated.length} thing(s) outside ${run.groups.join(', ')}` : `ended ${run.status}`}`
            });
    }
    const pending = [];
    for (const x of outcomes) {
        if (x.verdict !== 'pending' || x.expected.kind !== 'audit-finding')
            continue;
        const scope = o.scopes.get(x.expected.simulation);
        pending.push(await (0,verify_pending/* recordPending */.PQ)(o.iot, {
            identity: o.identity,
            runId: o.runId,
            simulation: x.expected.simulation,
            checkName: x.expected.checkName,
            certificateIds: [...scope.certificateIds],
            clientIds: [...scope.things],
            recordedAt: o.clock.now()
        }));
    }
    return { ...waited, outcomes, mitigations, pending };
}
/**
 * On the emulator an audit must run for its findings to exist: once the clock has passed the check's
 * look-back after the traffic ended, one on-demand audit of the expected checks runs, and its findings join
 * every later observation.
 */
function withEmulatorAudit(o, sims, observe) {
    const checks = (0,expectations/* expectedChecks */._o)(sims);
    let audited;
    // The traffic has ended when verification starts: from then on, once the look-back has passed, every
    // connection the simulations made is old enough for the audit to see.
    const auditAt = o.clock.now() + verify_pending/* SHARED_CHECK_LAG_MS */.RM / (o.timeScale ?? 1);
    return async () => {
        const seen = await observe();
        if (checks.length > 0 && !audited && o.clock.now() >= auditAt) {
            const run = await (0,audit_run/* runAudit */.b)({
                iot: o.iot,
                checks,
                clock: o.clock,
                log: o.log,
                ...(o.signal ? { signal: o.signal } : {})
            });
            audited = run.findings.map(audit_baseline/* seenFinding */.ZP);
        }
        if (!audited)
            return seen;
        // The account's findings list holds the audit's too once it completed: count each finding once.
        const listed = new Set(seen.findings.map((f) => f.findingId));
        return {
            ...seen,
            findings: [...seen.findings, ...audited.filter((f) => !listed.has(f.findingId))]
        };
    };
}


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
