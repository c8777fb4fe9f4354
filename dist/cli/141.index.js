export const id = 141;
export const ids = [141,256,520];
export const modules = {

/***/ 7141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyCommand: () => (/* binding */ applyCommand),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/util/words.ts
var words = __webpack_require__(90333);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(68268);
;// CONCATENATED MODULE: ./src/resources/lease.ts
/**
 * The lease that serializes applies to one account and region, kept in the account itself so every runner and
 * laptop sees the same one: a thing group `ddac-lock-<region>` whose description records the holder. AWS
 * offers two atomic steps that make it safe: CreateThingGroup fails when the group exists with other
 * properties (each holder's description is unique), and UpdateThingGroup / DeleteThingGroup with
 * `expectedVersion` fail when someone wrote in between. So of two applies starting together exactly one
 * creates it; of two taking over an expired lease exactly one wins the update; a lease is renewed while apply
 * runs and released at its end only by the holder it still names.
 */








/** How often a waiting apply looks whether the lease is free. */
const WAIT_POLL_MS = 2000;
/** How long a lease lasts unless renewed: a holder that died (kill -9, a lost runner) blocks no longer. */
const LEASE_TTL_MS = 5 * 60_000;
/** Thrown when another apply holds the lease: nothing was read or changed. */
class LeaseHeldError extends Error {
    lockName;
    holder;
    name = 'LeaseHeldError';
    constructor(lockName, holder, waitedMs = 0) {
        const waited = waitedMs > 0 ? ` (waited ${Math.round(waitedMs / 1000)} s)` : '';
        super(`apply is locked by ${holder.identity} (${holder.process}) since ${holder.since}, until ${holder.expires} unless it is renewed${waited}; nothing was changed. Run apply again once it has finished; a lock whose holder is gone expires by itself, or delete the thing group ${lockName}.`);
        this.lockName = lockName;
        this.holder = holder;
    }
}
async function lockName(iot) {
    return `ddac-lock-${await iot.config.region()}`;
}
/** The run, host and process that apply runs in: what a blocked colleague needs to find it. */
function processDescription(env = process.env) {
    const run = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `run ${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}, `
        : '';
    return `${run}host ${(0,external_node_os_.hostname)()} pid ${process.pid}`;
}
/**
 * This machine, as far as process ids mean the same process: the host name and, on Linux, the pid namespace
 * (containers on one host may share a name but not their processes).
 */
function machine() {
    let ns = '';
    try {
        ns = ` ${(0,external_node_fs_.readlinkSync)('/proc/self/ns/pid')}`;
    }
    catch {
        // not Linux: the host name alone
    }
    return `${(0,external_node_os_.hostname)()}${ns}`;
}
/** A holder on this machine whose process has ended (a second Ctrl-C, kill -9) holds nothing any more. */
function gone(holder) {
    if (holder.host !== machine() || holder.pid === process.pid)
        return false;
    try {
        process.kill(holder.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** The description holds the record as JSON, ASCII only (the model allows printable ASCII and spaces). */
function properties(holder) {
    const json = JSON.stringify({ ddacLock: 1, ...holder }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { thingGroupDescription: json };
}
function parse(description) {
    try {
        const r = JSON.parse(description ?? '');
        const fields = [r.identity, r.process, r.host, r.since, r.expires, r.token];
        return r.ddacLock === 1 && fields.every((f) => typeof f === 'string') && Number.isInteger(r.pid)
            ? r
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The lease as the account has it now, if any (plan reports it; it never takes one). */
async function readLease(iot, signal) {
    const name = await lockName(iot);
    const group = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeThingGroupCommand */.Qli({ thingGroupName: name }), signal ? { abortSignal: signal } : {}));
    if (!group)
        return undefined;
    const holder = parse(group.thingGroupProperties?.thingGroupDescription);
    if (!holder)
        throw new Error(`the thing group ${name} exists but is not a ddac lock; ddac keeps its apply lock under that name, so rename or delete that group`);
    return { name, holder, version: group.version ?? 0 };
}
/**
 * Take the lease, or throw LeaseHeldError naming the holder. An expired lease, or one whose process on this
 * machine has ended, is taken over with a version check, so two takers cannot both win. While held, the lease
 * is renewed every fifth of its time.
 */
async function acquireLease(iot, opts) {
    const name = await lockName(iot);
    const start = Date.now();
    const deadline = start + (opts.waitMs ?? 0);
    try {
        for (let waited = false;; waited = true) {
            try {
                return await take(iot, name, opts);
            }
            catch (e) {
                const left = deadline - Date.now();
                if (!(e instanceof LeaseHeldError))
                    throw e;
                if (left <= 0)
                    throw waited ? new LeaseHeldError(name, e.holder, Date.now() - start) : e;
                if (!waited)
                    opts.onWait?.(e.holder);
                await (0,promises_.setTimeout)(Math.min(WAIT_POLL_MS, left), undefined, { signal: opts.signal });
            }
        }
    }
    catch (e) {
        if (opts.signal?.aborted)
            throw new Error(`stopped while waiting for the apply lock ${name}; nothing was changed`, {
                cause: e
            });
        if (!e?.$metadata)
            throw e; // ours: held, or not a lease
        throw new Error(`could not take the apply lock ${name}: ${(0,errors/* explainAwsError */.Ni)(e)}; nothing was changed`, { cause: e });
    }
}
async function take(iot, name, opts) {
    const ttl = opts.ttlMs ?? LEASE_TTL_MS;
    const now = opts.now ?? Date.now;
    const iso = (ms) => new Date(ms).toISOString();
    const start = now();
    const holder = {
        identity: opts.identity,
        process: processDescription(opts.env),
        host: machine(),
        pid: process.pid,
        since: iso(start),
        expires: iso(start + ttl),
        token: (0,external_node_crypto_.randomUUID)()
    };
    let version;
    // Taking is abandoned at once on a stop: a lease whose create landed all the same is taken over by the next
    // apply on this machine (its process is gone) or once it expires.
    const abort = opts.signal ? { abortSignal: opts.signal } : {};
    // A few rounds: the lease may be released or taken over between our calls.
    for (let round = 0; round < 5 && version === undefined; round++) {
        try {
            await iot.send(new dist_cjs/* CreateThingGroupCommand */.t$B({
                thingGroupName: name,
                thingGroupProperties: properties(holder)
            }), abort);
            version = 1;
            break;
        }
        catch (e) {
            if (!(0,util_errors/* isNamed */.e)(e, 'ResourceAlreadyExistsException'))
                throw e;
        }
        const current = await readLease(iot, opts.signal);
        if (!current)
            continue; // released meanwhile
        if (current.holder.token === holder.token) {
            version = current.version; // our own create, whose answer was lost and retried
            break;
        }
        if (Date.parse(current.holder.expires) > now() && !gone(current.holder))
            throw new LeaseHeldError(name, current.holder);
        try {
            const out = await iot.send(new dist_cjs/* UpdateThingGroupCommand */.mME({
                thingGroupName: name,
                thingGroupProperties: properties(holder),
                expectedVersion: current.version
            }), abort);
            version = out.version;
        }
        catch (e) {
            if (!(0,util_errors/* isNamed */.e)(e, 'VersionConflictException') && !(0,util_errors/* isNamed */.e)(e, 'ResourceNotFoundException'))
                throw e;
        }
    }
    if (version === undefined)
        throw new Error(`could not take the lock ${name}: it changed hands on every try; run apply again`);
    return held(opts.keepWith ?? iot, name, holder, version, ttl, now);
}
function held(iot, name, holder, version, ttl, now) {
    const lost = new AbortController();
    let current = holder;
    const renew = async () => {
        const next = { ...current, expires: new Date(now() + ttl).toISOString() };
        try {
            const out = await iot.send(new dist_cjs/* UpdateThingGroupCommand */.mME({
                thingGroupName: name,
                thingGroupProperties: properties(next),
                expectedVersion: version
            }));
            version = out.version ?? version + 1;
            current = next;
        }
        catch (e) {
            if ((0,util_errors/* isNamed */.e)(e, 'VersionConflictException') || (0,util_errors/* isNamed */.e)(e, 'ResourceNotFoundException')) {
                // A retry after a renewal whose answer was lost conflicts with that renewal: still ours.
                const read = await readLease(iot).catch(() => undefined);
                if (read?.holder.token === current.token) {
                    version = read.version;
                    current = read.holder;
                }
                else
                    lost.abort(`the lock ${name} was taken over or deleted while apply ran`);
            }
            else if (Date.parse(current.expires) <= now())
                lost.abort(`the lock ${name} expired: it could not be renewed (${(0,errors/* explainAwsError */.Ni)(e)})`);
            // Otherwise (throttled, a network fault) the next renewal tries again.
        }
    };
    let renewing = Promise.resolve();
    const timer = setInterval(() => {
        if (!lost.signal.aborted)
            renewing = renewing.then(renew);
    }, ttl / 5);
    timer.unref();
    return {
        get holder() {
            return current;
        },
        lost: lost.signal,
        async release() {
            clearInterval(timer);
            await renewing;
            if (lost.signal.aborted)
                return String(lost.signal.reason);
            try {
                // Only the holder deletes, and only its own version: a lease taken over since stays.
                const now = await readLease(iot);
                if (now?.holder.token !== current.token)
                    return undefined;
                await iot.send(new dist_cjs/* DeleteThingGroupCommand */.uxv({ thingGroupName: name, expectedVersion: now.version }));
                return undefined;
            }
            catch (e) {
                if ((0,util_errors/* isNamed */.e)(e, 'VersionConflictException'))
                    return undefined; // taken over after it expired
                return `the lock ${name} could not be released (${(0,errors/* explainAwsError */.Ni)(e)}); it expires at ${current.expires}`;
            }
        }
    };
}

// EXTERNAL MODULE: ./src/resources/read.ts
var read = __webpack_require__(48017);
// EXTERNAL MODULE: ./src/resources/adapters/index.ts + 8 modules
var adapters = __webpack_require__(37043);
;// CONCATENATED MODULE: ./src/resources/validate-behaviors.ts


async function checkBehaviorsWithAws(iot, plan) {
    const created = new Set(plan.changes.filter((c) => c.action === 'create').map((c) => `${c.kind}/${c.name}`));
    const createdByPlan = (r) => created.has(`${r.kind}/${r.name}`);
    const rejected = new Map();
    const notes = new Set();
    await Promise.all(plan.changes.map(async (change) => {
        const check = (0,adapters/* adapterFor */.fA)(change.kind).checkWithAws;
        if (!check || change.action === 'delete')
            return;
        try {
            const problems = await check(iot, change, createdByPlan);
            if (problems.length)
                rejected.set(change, problems);
        }
        catch (e) {
            const name = e.name;
            if (name !== 'AccessDeniedException' && name !== 'UnauthorizedException')
                throw e;
            // A read-only plan role may lack it; the plan still stands, AWS checks again on apply.
            notes.add(`behaviors were not checked by AWS: ${(0,errors/* explainAwsError */.Ni)(e)}`);
        }
    }));
    return { rejected, notes: [...notes] };
}

// EXTERNAL MODULE: ./src/aws/client.ts + 3 modules
var client = __webpack_require__(34521);
// EXTERNAL MODULE: ./src/resources/tags.ts
var tags = __webpack_require__(1212);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __webpack_require__(89256);
// EXTERNAL MODULE: ./src/resources/normalize.ts
var normalize = __webpack_require__(90990);
;// CONCATENATED MODULE: ./src/plan/lost-answers.ts





/** The resource as read now, when its spec is what the change wants (compared as the read-back proof does). */
async function holding(iot, change) {
    const adapter = (0,adapters/* adapterFor */.fA)(change.kind);
    const found = await (0,read/* readOne */.JF)(iot, adapter, change.name);
    if (!found || !change.desired)
        return undefined;
    const differs = (0,diff/* fieldChanges */.wV)(adapter.comparable(found.spec), adapter.comparable(change.desired.spec));
    return differs.length === 0 ? found : undefined;
}
/**
 * After a create failed: the resource this file's own earlier attempt created, when that explains the
 * failure ("already exists", tagged as this file's, as intended); undefined when the failure stands.
 */
async function ownCreate(iot, change, identity, error) {
    if (!(0,util_errors/* isNamed */.e)(error, 'ResourceAlreadyExistsException'))
        return;
    const found = await holding(iot, change);
    return found?.ownership.managedBy === identity ? found : undefined;
}
/** After an update failed: whether it was a version conflict with an account that already holds the update. */
async function updateHeld(iot, change, error) {
    return (0,errors/* isRefusedUpdate */.Yo)(error) && (await holding(iot, change)) !== undefined;
}

;// CONCATENATED MODULE: ./src/plan/apply.ts









class PlanRefusedError extends Error {
}
/**
 * What each change must wait for, as the adapters declare it: an upsert for the upserts of what it refers to,
 * a delete for every change of a kind that can refer to it (one of them may stop using it).
 */
function dependencies(plan) {
    const deps = new Map();
    const refersTo = (c, p) => ((0,adapters/* adapterFor */.fA)(c.kind).uses?.of(c) ?? []).some((r) => r.kind === p.kind && r.name === p.name);
    const canReferTo = (p, c) => (0,adapters/* adapterFor */.fA)(p.kind).uses?.kinds.includes(c.kind) ?? false;
    for (const c of [...plan.changes, ...plan.ownershipUpdates]) {
        deps.set(c, c.action === 'delete'
            ? plan.changes.filter((p) => canReferTo(p, c))
            : plan.changes.filter((p) => p.action !== 'delete' && refersTo(c, p)));
    }
    return deps;
}
async function applyOne(iot, change, identity, written = {}) {
    const adapter = (0,adapters/* adapterFor */.fA)(change.kind);
    const desired = change.desired;
    if (change.action === 'delete') {
        // Gone already is deleted: some deletes answer "not found" when a retry follows one that landed.
        await (0,paginate/* unlessNotFound */.CA)(adapter.remove(iot, change));
        return undefined;
    }
    const hash = (0,diff/* stateHash */.ml)(adapter.comparable(desired.spec), desired);
    if (change.action === 'create') {
        // A profile with targets is confirmed once they are attached, so an interrupted create re-plans.
        const confirmLater = (desired.targets?.length ?? 0) > 0;
        const owner = confirmLater
            ? (0,tags/* applyingTags */.UV)(identity, undefined, hash)
            : (0,tags/* ownershipTags */.dt)(identity, hash);
        let arn;
        try {
            arn = await adapter.create(iot, desired, adapter.taggable
                ? (0,normalize/* dict */.jd)([...Object.entries(desired.tags), ...Object.entries(owner)])
                : (0,normalize/* dict */.jd)());
        }
        catch (e) {
            const own = await ownCreate(iot, change, identity, e);
            if (!own)
                throw e;
            // This apply's own create landed and its answer was lost: do what the create did not get to.
            arn = own.arn;
            const attach = (desired.targets ?? []).filter((t) => !(own.targets ?? []).includes(t));
            await adapter.update(iot, {
                ...change,
                fields: [],
                targets: { attach, detach: [] },
                actual: own
            });
        }
        if (confirmLater && arn)
            await (0,tags/* setTags */.Wt)(iot, arn, (0,tags/* ownershipTags */.dt)(identity, hash));
    }
    else
        await applyUpdate(iot, change, identity, hash, written);
    return readBack(iot, change);
}
/**
 * An update, then its tags. A kind that records ownership on a marker (the audit configuration) gets the
 * marker on its first update; a kind with a second step (finish) is confirmed only once that step has run.
 */
async function applyUpdate(iot, change, identity, hash, written) {
    const adapter = (0,adapters/* adapterFor */.fA)(change.kind);
    let arn = change.actual?.arn;
    const marker = arn === undefined && adapter.createMarker !== undefined;
    if (marker)
        arn = await adapter.createMarker(iot, change.ownershipOnly ? (0,tags/* ownershipTags */.dt)(identity, hash) : (0,tags/* applyingTags */.UV)(identity, undefined, hash));
    if (!change.ownershipOnly) {
        await markedUpdate(iot, change, identity, hash, arn, marker);
        written.what = `the ${adapter.label} itself was written, its tags were not (the next plan finishes it)`;
    }
    if (!adapter.taggable || !arn)
        return;
    await (0,tags/* removeTags */._M)(iot, arn, change.tags.filter((t) => t.after === undefined).map((t) => t.key));
    const set = change.tags
        .filter((t) => t.after !== undefined)
        .map((t) => [t.key, t.after]);
    const later = !change.ownershipOnly && adapter.finish?.steps(change).left !== undefined;
    const confirm = later ? (0,normalize/* dict */.jd)() : (0,tags/* ownershipTags */.dt)(identity, hash);
    await (0,tags/* setTags */.Wt)(iot, arn, (0,normalize/* dict */.jd)([...set, ...Object.entries(confirm)]));
}
/**
 * An update marked as in progress first, so a plan after a failure part-way says so instead of calling it a
 * console edit. A version conflict is accepted when the account holds the update already (its own first
 * attempt landed); otherwise it was refused for someone else's edit and changed nothing: the mark comes off,
 * and the edit that caused it shows as drift.
 */
async function markedUpdate(iot, change, identity, hash, arn, alreadyMarked) {
    const adapter = (0,adapters/* adapterFor */.fA)(change.kind);
    const before = change.actual?.ownership ?? {};
    const marked = adapter.taggable && arn !== undefined;
    if (marked && !alreadyMarked)
        await (0,tags/* setTags */.Wt)(iot, arn, (0,tags/* applyingTags */.UV)(identity, before.appliedHash, hash));
    try {
        await adapter.update(iot, change);
    }
    catch (e) {
        if (await updateHeld(iot, change, e)) {
            await adapter.update(iot, { ...change, fields: [] }); // the rest: targets
            return;
        }
        if (marked && (0,errors/* isRefusedUpdate */.Yo)(e))
            await (0,tags/* restoreOwnership */.o0)(iot, arn, before).catch(() => { });
        throw e;
    }
}
function readBack(iot, change) {
    return (0,read/* readOne */.JF)(iot, (0,adapters/* adapterFor */.fA)(change.kind), change.name);
}
async function applyPlan(iot, plan, onProgress, signal) {
    const refused = (0,diff.refusals)(plan);
    if (refused.length)
        throw new PlanRefusedError(`apply refuses this plan:\n- ${refused.join('\n- ')}`);
    const result = { applied: [], failed: [], unfinished: [], skipped: [], readBack: [] };
    const deps = dependencies(plan);
    const total = deps.size;
    const running = new Map();
    const run = (change) => {
        let p = running.get(change);
        if (!p) {
            p = (async () => {
                const ok = await Promise.all((deps.get(change) ?? []).map(run));
                if (!ok.every(Boolean) || signal?.aborted) {
                    result.skipped.push(change);
                    return false;
                }
                const written = {};
                try {
                    const after = await applyOne(iot, change, plan.identity, written);
                    if (after)
                        result.readBack.push(after);
                    result.applied.push(change);
                    onProgress?.({ done: result.applied.length + result.failed.length, total, change });
                    return true;
                }
                catch (e) {
                    if ((0,client.wasStopped)(e)) {
                        result.unfinished.push(change); // stopped part-way; the next apply carries on
                        return false;
                    }
                    const error = (0,errors/* explainAwsError */.Ni)(e) + (written.what ? `; ${written.what}` : '');
                    result.failed.push({ change, error });
                    onProgress?.({ done: result.applied.length + result.failed.length, total, change, error });
                    return false;
                }
            })();
            running.set(change, p);
        }
        return p;
    };
    await Promise.all([...deps.keys()].map(run));
    if (signal?.aborted)
        result.cancelled = true;
    await finishSteps(iot, plan, result, signal);
    return result;
}
/**
 * Second steps of applied changes, each once the changes it waits for have applied. A change whose second
 * step does not run or fails is no longer applied: it counts once, as unfinished or failed.
 */
async function finishSteps(iot, plan, result, signal) {
    const unapply = (change) => {
        result.applied = result.applied.filter((c) => c !== change);
    };
    for (const change of plan.changes) {
        const finish = (0,adapters/* adapterFor */.fA)(change.kind).finish;
        if (!finish || change.action === 'delete' || !result.applied.includes(change))
            continue;
        const { written, left } = finish.steps(change);
        if (left === undefined)
            continue;
        const waited = plan.changes.filter((c) => finish.after.includes(c.kind));
        if (signal?.aborted || !waited.every((c) => result.applied.includes(c))) {
            unapply(change);
            result.unfinished.push(change); // half done: the next plan shows the rest
            continue;
        }
        try {
            await finish.run(iot, change);
            // Now the whole change is in: record it (the update left it marked as in progress).
            const arn = result.readBack.find((r) => r.kind === change.kind && r.name === change.name)?.arn ??
                change.actual?.arn;
            const adapter = (0,adapters/* adapterFor */.fA)(change.kind);
            if (adapter.taggable && arn)
                await (0,tags/* setTags */.Wt)(iot, arn, (0,tags/* ownershipTags */.dt)(plan.identity, (0,diff/* stateHash */.ml)(adapter.comparable(change.desired.spec), change.desired)));
            const after = await readBack(iot, change);
            result.readBack = result.readBack.filter((r) => !(r.kind === change.kind && r.name === change.name));
            if (after)
                result.readBack.push(after);
        }
        catch (e) {
            unapply(change);
            if ((0,client.wasStopped)(e))
                result.unfinished.push(change);
            else
                result.failed.push({
                    change,
                    error: `${left} failed: ${(0,errors/* explainAwsError */.Ni)(e)}; already written: ${written} (the next plan shows what is left)`
                });
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/desired.ts

/** The desired state a valid profile file declares, for the identity that manages it. */
function desiredState(file, identity) {
    return { identity, resources: adapters/* ADAPTERS */.R2.flatMap((a) => a.fromFile(file)) };
}

// EXTERNAL MODULE: ./src/plan/saved.ts
var saved = __webpack_require__(20520);
;// CONCATENATED MODULE: ./src/plan/target-arns.ts
const ARN = /^arn:([^:]+):iot:([^:]*):(\d{12}):(.+)$/;
/** Why each ARN target of the file cannot be this account's, in the plan's region; empty when all can. */
function foreignTargets(file, actual, region) {
    const arns = new Map(); // what follows the account in an ARN (thinggroup/<name>) → the ARN here
    let account;
    for (const r of actual.resources) {
        const m = r.arn ? ARN.exec(r.arn) : null;
        if (!m)
            continue;
        account ??= m[3];
        arns.set(m[4], r.arn);
    }
    const problems = [];
    for (const p of file.securityProfiles ?? []) {
        for (const target of p.targets ?? []) {
            const m = ARN.exec(target);
            if (!m)
                continue;
            const [, , targetRegion, targetAccount, resource] = m;
            const group = resource.startsWith('thinggroup/')
                ? resource.slice('thinggroup/'.length)
                : undefined;
            const here = group === undefined ? undefined : arns.get(resource);
            const where = `security profile ${p.securityProfileName}: target ${target}`;
            if (targetRegion !== region)
                problems.push(`${where} is in ${targetRegion}, but this plan is for ${region}; a profile targets groups of its own region`);
            else if (here !== undefined && here !== target)
                problems.push(`${where} is not the thing group ${group} of this account (${here}); write the group's name, or plan against account ${targetAccount}`);
            else if (here === undefined && account !== undefined && account !== targetAccount)
                problems.push(`${where} is in account ${targetAccount}, but this plan is for account ${account}; a profile targets groups of its own account`);
            else if (here === undefined && account === undefined)
                problems.push(`${where}: the account holds nothing yet that shows its account id, so ddac cannot tell whether the ARN is this account's; write ${group ?? resource} instead of the ARN`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/commands/reconcile.ts












/** Kinds that belong to Detect, which accounts opened after 2026-08-31 do not have. */
const DETECT_KINDS = (0,adapters/* kindsOf */.tG)('detect');
/** Read what the plan needs; an account without Detect still plans its audit resources. */
async function readFor(input, desired) {
    const { kinds, names } = (0,read/* readScope */.hx)(desired);
    try {
        return {
            actual: await (0,read/* readAccount */.GM)(input.iot, { kinds, names, onProgress: input.onRead }),
            notes: []
        };
    }
    catch (e) {
        const usesDetect = (0,adapters/* usesService */.my)(desired.resources, 'detect');
        if (!(0,errors/* isDetectUnavailable */.Ww)(e) || usesDetect)
            throw new words/* RemedyError */.By((w) => (0,errors/* explainAwsError */.Ni)(e, w), { cause: e });
        const actual = await (0,read/* readAccount */.GM)(input.iot, {
            kinds: kinds.filter((k) => !DETECT_KINDS.includes(k)),
            onProgress: input.onRead
        });
        return {
            actual,
            notes: [
                'Device Defender Detect is not available on this account; audit resources were planned, Detect ones skipped'
            ]
        };
    }
}
async function planCommand(input) {
    const desired = desiredState(input.profile, input.identity);
    const [{ actual, notes }, held] = await Promise.all([
        readFor(input, desired),
        input.reportLock ? lockNote(input.iot) : undefined
    ]);
    const foreign = foreignTargets(input.profile, actual, await input.iot.config.region());
    if (foreign.length)
        throw new Error(`the plan is refused: ${foreign.join('; ')}`);
    const plan = (0,diff/* diff */.Ui)(desired, actual, { prune: input.prune, adopt: input.adopt ?? false });
    plan.notes.push(...notes, ...(held ? [held] : []));
    if (input.checkBehaviors) {
        const checked = await checkBehaviorsWithAws(input.iot, plan);
        for (const [change, problems] of checked.rejected)
            change.blockers.push(...problems);
        plan.notes.push(...checked.notes);
    }
    return {
        plan,
        actual,
        desired,
        basis: (0,saved/* planBasis */.y)(desired, actual, await input.iot.config.region())
    };
}
/** A lock another apply holds, in words; a plan still runs whatever the lock says. */
async function lockNote(iot) {
    try {
        const lease = await readLease(iot);
        if (!lease)
            return undefined;
        const { identity, process, since, expires } = lease.holder;
        return Date.parse(expires) > Date.now()
            ? `apply is locked by ${identity} (${process}) since ${since}: an apply started now is refused until that one ends (the lock expires at ${expires} unless renewed)`
            : `an expired apply lock of ${identity} (${process}, since ${since}) is left in the account; the next apply takes it over`;
    }
    catch (e) {
        return `the apply lock could not be read: ${(0,util_errors/* errorMessage */.g)(e)}`;
    }
}
/** The account after apply: what was read before, with every changed resource replaced by its read-back. */
function afterApply(before, plan, result) {
    const key = (r) => `${r.kind}/${r.name}`;
    const touched = new Set([...plan.changes, ...plan.ownershipUpdates].map(key));
    return {
        resources: [...before.resources.filter((r) => !touched.has(key(r))), ...result.readBack]
    };
}
/**
 * Take the account's lease, then plan and apply under it, so an apply of another file that claims the same
 * names either runs wholly before or after this one or is refused. The lease goes at the end, also after a
 * failure or a cancel.
 */
async function applyCommand(input) {
    const { iot: keepWith, ...leaseOptions } = input.lease ?? {};
    // Taken with the run's client, so a signal stops a stalled take; kept with one a stop does not gate.
    const lease = await acquireLease(input.iot, {
        identity: input.identity,
        ...leaseOptions,
        ...(keepWith ? { keepWith } : {}),
        ...(input.signal ? { signal: input.signal } : {})
    });
    let outcome;
    try {
        const signal = input.signal ? AbortSignal.any([input.signal, lease.lost]) : lease.lost;
        outcome = await applyHeld({ ...input, signal });
        return outcome;
    }
    finally {
        const note = await lease.release();
        if (note)
            outcome?.plan.notes.push(note);
    }
}
async function applyHeld(input) {
    const fresh = await planCommand(input);
    const { actual, desired } = fresh;
    // A saved plan is applied as it was saved, once the account and file are shown to be what it saw.
    const plan = input.saved ?? fresh.plan;
    const refused = [
        ...(input.saved ? (0,saved/* staleness */.T)(input.saved, fresh.plan, fresh.basis) : []),
        ...(0,diff.refusals)(plan)
    ];
    if (refused.length)
        return {
            plan,
            result: { applied: [], failed: [], unfinished: [], skipped: [], readBack: [] },
            converged: false,
            refused
        };
    const result = await applyPlan(input.iot, plan, input.onApply, input.signal);
    if (result.failed.length || result.unfinished.length || result.skipped.length)
        return { plan, result, converged: false };
    const verification = (0,diff/* diff */.Ui)(desired, afterApply(actual, plan, result), { prune: input.prune });
    const converged = verification.changes.length === 0 && verification.ownershipUpdates.length === 0;
    return { plan, result, verification, converged };
}


/***/ }),

/***/ 89256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ui: () => (/* binding */ diff_diff),
  wV: () => (/* binding */ fieldChanges),
  refusals: () => (/* binding */ refusals),
  ml: () => (/* binding */ stateHash)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./node_modules/microdiff/dist/index.js
const richTypes = ["Date", "RegExp", "String", "Number"];
const temporalTypes = Object.getOwnPropertyNames(globalThis.Temporal || {});
function diff(obj, newObj, options = { cyclesFix: true }, _stack = []) {
    let diffs = [];
    const isObjArray = Array.isArray(obj);
    for (const key in obj) {
        const value = obj[key];
        const path = isObjArray ? +key : key;
        if (!(key in newObj)) {
            diffs.push({
                type: "REMOVE",
                path: [path],
                oldValue: value,
            });
            continue;
        }
        const newValue = newObj[key];
        const areCompatibleObjects = typeof value === "object" &&
            typeof newValue === "object" &&
            Array.isArray(value) === Array.isArray(newValue);
        // Only compute for non-null objects — primitives and null skip this
        // entirely since Object.getPrototypeOf is expensive to call on every key
        const objConstructor = areCompatibleObjects && value
            ? Object.getPrototypeOf(value)?.constructor?.name
            : undefined;
        if (value &&
            newValue &&
            areCompatibleObjects &&
            !richTypes.includes(objConstructor) &&
            !temporalTypes.includes(objConstructor) &&
            (!options.cyclesFix || !_stack.includes(value))) {
            // Recurse into objects and arrays
            if (options.cyclesFix) {
                _stack.push(value);
            }
            const subDiffs = diff(value, newValue, options, _stack);
            if (options.cyclesFix) {
                _stack.pop();
            }
            for (const subDiff of subDiffs) {
                subDiff.path.unshift(path);
                diffs.push(subDiff);
            }
        }
        else if (!(Object.is(value, newValue) ||
            (temporalTypes.includes(objConstructor) &&
                String(value) === String(newValue)) ||
            (richTypes.includes(objConstructor) &&
                (isNaN(value) ? value + "" === newValue + "" : +value === +newValue)))) {
            diffs.push({
                path: [path],
                type: "CHANGE",
                value: newValue,
                oldValue: value,
            });
        }
    }
    const isNewObjArray = Array.isArray(newObj);
    for (const key in newObj) {
        if (!(key in obj)) {
            diffs.push({
                type: "CREATE",
                path: [isNewObjArray ? +key : key],
                value: newObj[key],
            });
        }
    }
    return diffs;
}

// EXTERNAL MODULE: ./src/resources/adapters/index.ts + 8 modules
var adapters = __webpack_require__(37043);
// EXTERNAL MODULE: ./src/resources/normalize.ts
var normalize = __webpack_require__(90990);
;// CONCATENATED MODULE: ./src/plan/diff.ts
/**
 * diff(desired, actual) → Plan: pure. Resources are matched by kind and name, compared in their normalised
 * form (so an applied file plans to zero), and classified by ownership: managed by this file, by another
 * file, or by nobody (never touched).
 */




/** Collections whose members are matched by name; their keys print as `behaviors[name]`. */
const KEYED = new Set(['behaviors', 'additionalMetricsToRetainV2']);
/** Maps whose entries are listed one by one when the whole map appears or goes (audit checks: one line each). */
const ITEMISED = new Set([
    ...KEYED,
    'auditCheckConfigurations',
    'auditNotificationTargetConfigurations'
]);
function renderPath(path) {
    let out = '';
    path.forEach((seg, i) => {
        if (typeof seg === 'number' || (i === 1 && KEYED.has(String(path[0]))))
            out += `[${seg}]`;
        else
            out += out === '' ? seg : `.${seg}`;
    });
    return out;
}
/** Field-level differences; a changed list is shown whole rather than element by element. */
function fieldChanges(before, after) {
    const seen = new Map();
    // microdiff looks keys up with `in` and `[]`: on dicts, a behavior named `constructor` is not inherited.
    const diffs = diff((0,normalize/* bare */.$B)(before), (0,normalize/* bare */.$B)(after)).flatMap((d) => {
        // A whole named collection added or removed reads better item by item.
        const whole = d.path.length === 1 && ITEMISED.has(String(d.path[0])) && d.type !== 'CHANGE';
        if (!whole)
            return [d];
        const items = (d.type === 'CREATE' ? d.value : d.oldValue);
        return Object.keys(items).map((k) => ({ ...d, path: [d.path[0], k] }));
    });
    for (const d of diffs) {
        const cut = d.path.findIndex((seg) => typeof seg === 'number');
        const path = cut === -1 ? d.path : d.path.slice(0, cut);
        const key = renderPath(path);
        if (seen.has(key))
            continue;
        const at = (o) => path.reduce((x, seg) => x !== null && typeof x === 'object'
            ? (0,normalize/* own */.ZV)(x, String(seg))
            : undefined, o);
        seen.set(key, { path: key, before: at(before), after: at(after) });
    }
    return [...seen.values()];
}
function tagChanges(before, after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys
        .filter((k) => (0,normalize/* own */.ZV)(before, k) !== (0,normalize/* own */.ZV)(after, k))
        .map((key) => ({ key, before: (0,normalize/* own */.ZV)(before, key), after: (0,normalize/* own */.ZV)(after, key) }));
}
/** What ddac records as "last applied": the compared spec, user tags and targets. */
function stateHash(comparable, r) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update((0,normalize/* stableJson */._Y)({ spec: comparable, tags: r.tags, targets: r.targets ?? [] }))
        .digest('hex')
        .slice(0, 16);
}
function origin(own, desiredHash, actualHash) {
    let recorded = own.appliedHash;
    if (own.applyingHash !== undefined) {
        // An apply stopped part-way: the account is at its start, at its end, or somewhere between.
        if (actualHash === own.applyingHash)
            recorded = own.applyingHash;
        else if (actualHash !== own.appliedHash)
            return 'interrupted';
    }
    if (!recorded)
        return 'unknown';
    const fileChanged = desiredHash !== recorded;
    const accountChanged = actualHash !== recorded;
    if (fileChanged && accountChanged)
        return 'both';
    if (accountChanged)
        return 'drift';
    return 'file';
}
function change(c) {
    return {
        origin: 'file',
        fields: [],
        tags: [],
        targets: { attach: [], detach: [] },
        warnings: [],
        blockers: [],
        ...c
    };
}
function diff_diff(desired, actual, opts) {
    const plan = {
        formatVersion: 1,
        identity: desired.identity,
        prune: opts.prune,
        changes: [],
        unmanaged: [],
        orphans: [],
        conflicts: [],
        unchanged: 0,
        notes: [],
        ownershipUpdates: []
    };
    const deletes = [];
    for (const adapter of adapters/* ADAPTERS */.R2) {
        const mine = desired.resources.filter((r) => r.kind === adapter.kind);
        const theirs = new Map(actual.resources.filter((r) => r.kind === adapter.kind).map((r) => [r.name, r]));
        for (const wanted of mine) {
            const found = theirs.get(wanted.name);
            theirs.delete(wanted.name);
            const managedBy = found?.ownership.managedBy;
            if (found && adapter.adopt === false) {
                plan.unchanged++; // someone else's resource, used as it is
                continue;
            }
            if (found && adapter.taggable && managedBy && managedBy !== desired.identity) {
                plan.conflicts.push({ kind: adapter.kind, name: wanted.name, managedBy });
                // Still diffed, so the reviewer sees what the file would change; the conflict makes apply refuse it.
                const { change: c } = compare(wanted, found, desired.identity, opts);
                if (c && !c.ownershipOnly)
                    plan.changes.push(c);
                continue;
            }
            const { change: c, notes } = compare(wanted, found, desired.identity, opts);
            plan.notes.push(...notes);
            if (c?.ownershipOnly)
                plan.ownershipUpdates.push(c);
            else if (c)
                plan.changes.push(c);
            if (!c || c.ownershipOnly)
                plan.unchanged++;
        }
        if (adapter.singleton)
            continue; // account-wide: never deleted, only reconfigured
        for (const other of theirs.values()) {
            if (other.ownership.managedBy !== desired.identity) {
                plan.unmanaged.push({
                    kind: other.kind,
                    name: other.name,
                    ...(other.ownership.managedBy ? { managedBy: other.ownership.managedBy } : {})
                });
            }
            else if (!opts.prune) {
                plan.orphans.push({ kind: other.kind, name: other.name });
            }
            else {
                const removal = change({
                    kind: other.kind,
                    name: other.name,
                    action: 'delete',
                    actual: { arn: other.arn, version: other.version, ownership: other.ownership }
                });
                removal.warnings.push(`${adapter.label} ${other.name} left the file and is deleted (prune)`, ...(adapter.warnings?.(removal, other) ?? []));
                deletes.push(removal);
            }
        }
    }
    // Deletes come last, dependents (profiles) before what they used (metrics, dimensions).
    plan.changes.push(...deletes.reverse());
    const after = (kind) => resourcesAfter(plan, desired, actual, kind);
    for (const c of plan.changes)
        c.blockers.push(...((0,adapters/* adapterFor */.fA)(c.kind).blockedBy?.(c, after) ?? []));
    return plan;
}
/** The resources of a kind once the plan is applied: the file's as it declares them, others as they are. */
function resourcesAfter(plan, desired, actual, kind) {
    const deleted = new Set(plan.changes.filter((c) => c.kind === kind && c.action === 'delete').map((c) => c.name));
    const mine = desired.resources.filter((r) => r.kind === kind);
    const declared = new Set(mine.map((r) => r.name));
    return [
        ...mine,
        ...actual.resources.filter((r) => r.kind === kind && !declared.has(r.name) && !deleted.has(r.name))
    ];
}
function compare(wanted, found, identity, opts) {
    // A kind may complete the file's state from the account first (audit checks the file does not list).
    const { desired, notes } = (0,adapters/* adapterFor */.fA)(wanted.kind).complete?.(wanted, found, opts.prune) ?? {
        desired: wanted,
        notes: []
    };
    const change = changeOf(desired, found, identity, opts.adopt ?? false);
    return change ? { change, notes } : { notes };
}
/** Nothing a person set: no fields, tags or targets (the audit configuration of an account that never used Audit). */
function blank(comparable, found) {
    return (Object.keys(comparable).length === 0 &&
        Object.keys(found.tags).length === 0 &&
        (found.targets ?? []).length === 0);
}
function changeOf(desired, found, identity, adopt) {
    const adapter = (0,adapters/* adapterFor */.fA)(desired.kind);
    const warnings = [];
    const after = adapter.comparable(desired.spec);
    if (!found) {
        const created = change({
            kind: desired.kind,
            name: desired.name,
            action: 'create',
            fields: fieldChanges({}, after),
            tags: tagChanges({}, desired.tags),
            targets: { attach: desired.targets ?? [], detach: [] },
            warnings,
            desired
        });
        created.warnings.push(...(adapter.warnings?.(created, undefined) ?? []));
        return created;
    }
    const before = adapter.comparable(found.spec);
    const fields = fieldChanges(before, after);
    const tags = tagChanges(found.tags, desired.tags);
    const targets = {
        attach: (desired.targets ?? []).filter((t) => !(found.targets ?? []).includes(t)),
        detach: (found.targets ?? []).filter((t) => !(desired.targets ?? []).includes(t))
    };
    const desiredHash = stateHash(after, desired);
    const actualHash = stateHash(before, found);
    const ownershipCurrent = !adapter.taggable ||
        (found.ownership.managedBy === identity &&
            found.ownership.appliedHash === desiredHash &&
            found.ownership.applyingHash === undefined);
    const differs = fields.length > 0 || tags.length > 0 || targets.attach.length > 0 || targets.detach.length > 0;
    if (!differs && ownershipCurrent)
        return undefined;
    const blockers = adapter.blockers?.(desired, found) ?? [];
    // Made outside ddac and different from the file: overwriting someone's work is a decision, not a side effect.
    const adopting = adapter.taggable && !found.ownership.managedBy;
    const overwrites = adopting && differs && !blank(before, found);
    if (overwrites && !adopt)
        blockers.push(`exists, managed by no file, and differs from the file: apply overwrites it only when adoption is asked for (input adopt, --adopt)`);
    if (adopting)
        warnings.push(overwrites
            ? `adopts the existing ${adapter.label} and overwrites it with the file's state: from now on this file manages it`
            : `adopts the existing ${adapter.label}: from now on this file manages it`);
    const updated = change({
        kind: desired.kind,
        name: desired.name,
        action: 'update',
        ownershipOnly: !differs,
        origin: !adapter.taggable
            ? 'untracked'
            : overwrites
                ? 'adopts'
                : differs
                    ? origin(found.ownership, desiredHash, actualHash)
                    : 'file',
        fields,
        tags,
        targets,
        warnings,
        blockers,
        desired,
        actual: { arn: found.arn, version: found.version, ownership: found.ownership }
    });
    updated.warnings.push(...(adapter.warnings?.(updated, found) ?? []));
    return updated;
}
/** Why apply would refuse a plan: blocked changes and resources another file manages. */
function refusals(plan) {
    return [
        ...plan.changes.flatMap((c) => c.blockers.map((b) => `${(0,adapters/* adapterFor */.fA)(c.kind).label} ${c.name}: ${b}`)),
        ...plan.conflicts.map((c) => {
            const { label, ownerRecordedOn } = (0,adapters/* adapterFor */.fA)(c.kind);
            const where = ownerRecordedOn ? ` (recorded on ${ownerRecordedOn})` : '';
            return `${label} ${c.name} is managed by ${c.managedBy}, not by ${plan.identity}${where}`;
        })
    ];
}


/***/ }),

/***/ 20520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ staleness),
/* harmony export */   loadPlan: () => (/* binding */ loadPlan),
/* harmony export */   y: () => (/* binding */ planBasis)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _resources_adapters_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37043);
/* harmony import */ var _resources_normalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90990);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1204);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/**
 * Saved plans: `plan --out` records, next to the plan, what it was made from (the file's desired state and
 * what it read of the account), so `apply --plan` can apply exactly that plan, and refuse it when the file or
 * the account is no longer what the reviewer saw. Digests rather than copies: the file holds nothing the plan
 * itself does not show, and no credentials or endpoints at all.
 */






const digest = (value) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_resources_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .stableJson */ ._Y)(value)).digest('hex').slice(0, 16);
const byKey = (a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_5__/* .byName */ .n)(`${a.kind}/${a.name}`, `${b.kind}/${b.name}`);
function planBasis(desired, actual, region) {
    const declared = new Set(desired.resources.map((r) => `${r.kind}/${r.name}`));
    return {
        region,
        file: desired.resources.map(({ kind, name, ...r }) => ({ kind, name, digest: digest(r) })),
        account: actual.resources
            .filter((r) => declared.has(`${r.kind}/${r.name}`) || r.ownership.managedBy === desired.identity)
            .map(({ kind, name, ...r }) => ({ kind, name, digest: digest(r) }))
            .sort(byKey)
    };
}
/** What differs between two lists of digests, in words: `security profile X changed`. */
function differences(then, now, gone) {
    const key = (d) => `${d.kind}/${d.name}`;
    const before = new Map(then.map((d) => [key(d), d]));
    const after = new Map(now.map((d) => [key(d), d]));
    const label = (d) => `${(0,_resources_adapters_index_js__WEBPACK_IMPORTED_MODULE_2__/* .adapterFor */ .fA)(d.kind).label} ${d.name}`;
    return [
        ...now.filter((d) => !before.has(key(d))).map((d) => `${label(d)} appeared`),
        ...then.filter((d) => !after.has(key(d))).map((d) => `${label(d)} ${gone}`),
        ...now
            .filter((d) => before.has(key(d)) && before.get(key(d)).digest !== d.digest)
            .map((d) => `${label(d)} changed`)
    ];
}
/** What apply sends for a change; warnings and blockers are the plan's commentary, not its effect. */
const effect = (c) => ({
    kind: c.kind,
    name: c.name,
    action: c.action,
    fields: c.fields,
    tags: c.tags,
    targets: c.targets,
    desired: c.desired,
    actual: c.actual
});
/**
 * Why a saved plan may not be applied now, given a fresh plan and basis of the same file and account: empty
 * when the saved plan is exactly what apply would do.
 */
function staleness(saved, fresh, basis) {
    const then = saved.basis;
    if (saved.identity !== fresh.identity)
        return [`the plan was made for ${saved.identity}; this apply runs as ${fresh.identity}`];
    if (saved.prune !== fresh.prune)
        return [
            `the plan was made ${saved.prune ? 'with' : 'without'} prune; run apply ${saved.prune ? 'with' : 'without'} it too`
        ];
    if (then.region !== basis.region)
        return [`the plan was made for region ${then.region}; this apply runs in ${basis.region}`];
    const file = differences(then.file, basis.file, 'left the file');
    if (file.length)
        return [`the file changed since the plan was made: ${file.join(', ')}; plan again`];
    const account = differences(then.account, basis.account, 'is gone');
    if (account.length)
        return [
            `the account changed since the plan was made: ${account.join(', ')}; plan again and review the new plan`
        ];
    const all = (p) => (0,_resources_normalize_js__WEBPACK_IMPORTED_MODULE_4__/* .stableJson */ ._Y)([...p.changes, ...p.ownershipUpdates].map(effect));
    if (all(saved) !== all(fresh))
        return [
            'this ddac plans the same file and account differently from the ddac that made the plan; plan again with this version'
        ];
    return [];
}
/** Read a plan written by `plan --out`; throws with what to do when the file is not one. */
async function loadPlan(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new Error(`cannot read the saved plan ${file}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(e)}; make one with ddac plan --out ${file}`, { cause: e });
    }
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`the saved plan ${file} is not JSON (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(e)})`, { cause: e });
    }
    const b = plan.basis;
    if (plan.formatVersion !== 1 ||
        !Array.isArray(plan.changes) ||
        !Array.isArray(plan.ownershipUpdates) ||
        !b ||
        typeof b.region !== 'string' ||
        !Array.isArray(b.file) ||
        !Array.isArray(b.account))
        throw new Error(`${file} is not a saved plan of this ddac (make one with ddac plan --out ${file})`);
    return plan;
}


/***/ }),

/***/ 48017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ readAccount),
/* harmony export */   JF: () => (/* binding */ readOne),
/* harmony export */   hx: () => (/* binding */ readScope)
/* harmony export */ });
/* harmony import */ var _adapters_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37043);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68268);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1212);



/**
 * What a plan of this file reads: every kind, but a singleton (the audit configuration) only when the file
 * states it; kinds that are not discovered (thing groups) by the names the file uses.
 */
function readScope(desired) {
    const stated = (kind) => desired.resources.filter((r) => r.kind === kind).map((r) => r.name);
    return {
        kinds: _adapters_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ADAPTERS */ .R2.filter((a) => !a.singleton || stated(a.kind).length > 0).map((a) => a.kind),
        names: Object.fromEntries(_adapters_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ADAPTERS */ .R2.filter((a) => a.discover === false).map((a) => [a.kind, stated(a.kind)]))
    };
}
/** One resource with its tags split into user tags and ownership; undefined when it does not exist. */
async function readOne(iot, adapter, name) {
    const r = await adapter.read(iot, name);
    if (!r)
        return undefined;
    // Tags matter only where ddac may own the resource; groups it never adopts are not asked.
    const all = adapter.taggable && adapter.adopt !== false && r.arn ? await (0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .readTags */ .g$)(iot, r.arn) : {};
    return { ...r, ...(0,_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .splitOwnership */ .SS)(all) };
}
async function readKind(iot, adapter, opts) {
    const wanted = opts.names?.[adapter.kind];
    const names = wanted ? [...wanted] : adapter.discover === false ? [] : await adapter.list(iot);
    let read = 0;
    const resources = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .allSettledOrThrow */ .eu)(names.map(async (name) => {
        const r = await readOne(iot, adapter, name);
        opts.onProgress?.({ kind: adapter.kind, read: ++read, total: names.length });
        return r;
    }));
    return resources.filter((r) => r !== undefined);
}
async function readAccount(iot, opts = {}) {
    const adapters = _adapters_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ADAPTERS */ .R2.filter((a) => !opts.kinds || opts.kinds.includes(a.kind));
    const perKind = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_1__/* .allSettledOrThrow */ .eu)(adapters.map((a) => readKind(iot, a, opts)));
    return { resources: perKind.flat() };
}


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ splitOwnership),
/* harmony export */   UV: () => (/* binding */ applyingTags),
/* harmony export */   Wt: () => (/* binding */ setTags),
/* harmony export */   _M: () => (/* binding */ removeTags),
/* harmony export */   dt: () => (/* binding */ ownershipTags),
/* harmony export */   g$: () => (/* binding */ readTags),
/* harmony export */   o0: () => (/* binding */ restoreOwnership)
/* harmony export */ });
/* unused harmony exports MANAGED_BY_TAG, APPLIED_HASH_TAG */
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18907);
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90990);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68268);
/** Tags by ARN, and the two tags that record ddac's ownership of a resource. */



/** The identity of the file that manages a resource. */
const MANAGED_BY_TAG = 'ddac:managed-by';
/**
 * Hash of the state ddac last applied, so a later plan can tell drift from file changes. While an apply
 * changes a resource it holds `<from>..<to>`, so one that stops part-way is not mistaken for a console edit.
 */
const APPLIED_HASH_TAG = 'ddac:applied-hash';
const IN_PROGRESS = '..';
async function readTags(iot, arn) {
    return (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .tagMap */ .lD)(await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__/* .paginateListTagsForResource */ .mGo)({ client: iot }, { resourceArn: arn }), (p) => p.tags));
}
/** User tags apart from ddac's ownership tags and AWS's own (`aws:…`, which no one may set or remove). */
function splitOwnership(all) {
    const managedBy = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(all, MANAGED_BY_TAG);
    const appliedHash = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(all, APPLIED_HASH_TAG);
    const tags = (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .jd)(Object.entries(all).filter(([k]) => k !== MANAGED_BY_TAG && k !== APPLIED_HASH_TAG && !k.toLowerCase().startsWith('aws:')));
    const [from, to] = appliedHash?.includes(IN_PROGRESS)
        ? appliedHash.split(IN_PROGRESS, 2)
        : [appliedHash, undefined];
    return {
        tags,
        ownership: {
            ...(managedBy ? { managedBy } : {}),
            ...(from ? { appliedHash: from } : {}),
            ...(to ? { applyingHash: to } : {})
        }
    };
}
function ownershipTags(identity, hash) {
    return (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .dict */ .jd)([
        [MANAGED_BY_TAG, identity],
        [APPLIED_HASH_TAG, hash]
    ]);
}
/** The tags that mark an apply from the recorded state to `hash` as started and not yet confirmed. */
function applyingTags(identity, recorded, hash) {
    return ownershipTags(identity, hashValue({ appliedHash: recorded, applyingHash: hash }));
}
/** Puts ownership tags back as a read found them (after a write that was refused). */
async function restoreOwnership(iot, arn, ownership) {
    const hash = hashValue(ownership);
    const kept = {
        ...(ownership.managedBy ? { [MANAGED_BY_TAG]: ownership.managedBy } : {}),
        ...(hash ? { [APPLIED_HASH_TAG]: hash } : {})
    };
    await removeTags(iot, arn, [MANAGED_BY_TAG, APPLIED_HASH_TAG].filter((k) => !(k in kept)));
    await setTags(iot, arn, kept);
}
/** The applied-hash tag's value for an ownership record: what `splitOwnership` reads back. */
function hashValue({ appliedHash, applyingHash }) {
    return applyingHash === undefined
        ? appliedHash
        : `${appliedHash ?? ''}${IN_PROGRESS}${applyingHash}`;
}
async function setTags(iot, arn, tags) {
    if (Object.keys(tags).length)
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__/* .TagResourceCommand */ .eqU({ resourceArn: arn, tags: (0,_normalize_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw)(tags) }));
}
async function removeTags(iot, arn, keys) {
    if (keys.length)
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_2__/* .UntagResourceCommand */ .RP$({ resourceArn: arn, tagKeys: keys }));
}


/***/ })

};
