export const id = 100;
export const ids = [100];
export const modules = {

/***/ 68268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Fo: () => (/* binding */ collect),
/* harmony export */   eu: () => (/* binding */ allSettledOrThrow)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Every item of every page of an SDK paginator. */
async function collect(pages, items) {
    const out = [];
    for await (const page of pages)
        out.push(...(items(page) ?? []));
    return out;
}
/** A describe call whose ResourceNotFoundException means "absent". */
async function unlessNotFound(call) {
    try {
        return await call;
    }
    catch (e) {
        if ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNamed */ .e)(e, 'ResourceNotFoundException'))
            return undefined;
        throw e;
    }
}
/**
 * Like Promise.all, but rejects only once every promise has settled: a failure must not leave requests in
 * flight after the caller moved on (or after an in-process emulator stopped under them).
 */
async function allSettledOrThrow(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
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

/***/ 58100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditAndSettle: () => (/* binding */ auditAndSettle)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18907);
/* harmony import */ var _audit_baseline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44996);
/* harmony import */ var _audit_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66250);
/* harmony import */ var _pending_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9598);
/* harmony import */ var _simulate_provision_marks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80520);
/**
 * What `audit` does: run the configured checks on demand, judge the findings against the file's accepted
 * baseline, and settle the expectations earlier simulations left pending (met ones and missed ones leave the
 * account; the rest wait for the next audit). It fails on new non-compliance and on missed expectations.
 */





/** The checks to run: the file's enabled checks, else the account's. */
async function checksToRun(o) {
    const fromFile = Object.entries(o.profile.auditConfiguration?.auditCheckConfigurations ?? {})
        .filter(([, c]) => c.enabled)
        .map(([name]) => name);
    if (fromFile.length > 0)
        return fromFile.sort();
    const account = await o.iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DescribeAccountAuditConfigurationCommand */ .z9O({}));
    const enabled = Object.entries(account.auditCheckConfigurations ?? {})
        .filter(([, c]) => c.enabled)
        .map(([name]) => name);
    if (enabled.length === 0)
        throw new Error('no audit check is enabled, in the file or the account: enable checks in auditConfiguration.auditCheckConfigurations and apply');
    return enabled.sort();
}
async function auditAndSettle(o) {
    const checks = await checksToRun(o);
    const run = await (0,_audit_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAudit */ .b)({
        iot: o.iot,
        checks,
        clock: o.clock,
        log: o.log,
        ...(o.signal ? { signal: o.signal } : {}),
        ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
        ...(o.firstPollMs !== undefined ? { firstPollMs: o.firstPollMs } : {})
    });
    if (run.status !== 'COMPLETED')
        throw new Error(`audit task ${run.taskId} ended ${run.status} after ${Math.round(run.elapsedMs / 1000)}s: nothing was settled`);
    const seen = run.findings.map(_audit_baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .seenFinding */ .ZP);
    const settled = [];
    for (const pending of await (0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .listPending */ ._g)(o.iot, o.identity)) {
        // only checks this audit ran can settle a pending expectation
        const s = checks.includes(pending.checkName)
            ? (0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .settlement */ .W9)(pending, seen, o.clock.now())
            : notRun(pending);
        if (s.verdict !== 'pending')
            await (0,_pending_js__WEBPACK_IMPORTED_MODULE_1__/* .forgetPending */ .rE)(o.iot, pending);
        settled.push({ pending, settlement: s });
    }
    // A finding a simulation caused (it names the run's things) is not new non-compliance: ddac caused it on
    // purpose, and the audit after the one that settled it sees the same connections again.
    const expectedBy = new Map();
    for (const f of seen) {
        const runId = f.names.map(_simulate_provision_marks_js__WEBPACK_IMPORTED_MODULE_2__/* .runIdOf */ .SR).find((r) => r !== undefined);
        if (runId)
            expectedBy.set(f.findingId, `of run ${runId}`);
    }
    for (const s of settled)
        if (s.settlement.verdict === 'met')
            for (const id of s.settlement.findingIds)
                expectedBy.set(id, `${s.pending.simulation} (run ${s.pending.runId})`);
    const today = new Date(o.clock.now()).toISOString().slice(0, 10);
    const baseline = (0,_audit_baseline_js__WEBPACK_IMPORTED_MODULE_4__/* .compareWithBaseline */ .$_)(run.findings, o.profile.acceptedFindings ?? [], today, (id) => expectedBy.get(id));
    return {
        checks,
        run,
        baseline,
        settled,
        failed: baseline.fresh.length > 0 || settled.some((s) => s.settlement.verdict === 'missed')
    };
}
const notRun = (p) => ({
    verdict: 'pending',
    detail: `${p.checkName} is not enabled, so this audit could not settle it`
});


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


/***/ })

};
