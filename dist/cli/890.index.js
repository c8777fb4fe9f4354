export const id = 890;
export const ids = [890];
export const modules = {

/***/ 4143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createIotClient: () => (/* binding */ createIotClient),
  isLoopback: () => (/* binding */ isLoopback),
  th: () => (/* binding */ wasStopped)
});

// UNUSED EXPORTS: LOCAL_CREDENTIALS, NotSentError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var core_dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/model/quotas.ts
var model_quotas = __webpack_require__(856);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/p-throttle/index.js
var p_throttle = __webpack_require__(5992);
;// CONCATENATED MODULE: ./src/aws/rate-limit.ts


/** Operations not in the table (new ones) get the most common List/Describe quota. */
const DEFAULT_TPS = 10;
const pacings = new WeakMap();
function pacingOf(client) {
    return pacings.get(client);
}
function headerOf(response, name) {
    const headers = response
        ?.headers;
    return headers?.[name];
}
function addRateLimit(client, quotas) {
    const pacing = { paced: true, delayed: 0 };
    pacings.set(client, pacing);
    // Aborted when pacing ends: the calls still queued are let go at once.
    const stop = new AbortController();
    const gates = new Map();
    const gate = (operation) => {
        let g = gates.get(operation);
        if (!g) {
            g = (0,p_throttle/* default */.A)({
                limit: quotas[operation] ?? DEFAULT_TPS,
                interval: 1000,
                strict: true,
                signal: stop.signal,
                onDelay: () => void pacing.delayed++
            })(async () => undefined);
            gates.set(operation, g);
        }
        return g;
    };
    const learn = (response) => {
        if (pacing.paced && headerOf(response, model_quotas/* QUOTAS_HEADER */._) === 'none') {
            pacing.paced = false;
            stop.abort();
        }
    };
    client.middlewareStack.add((next, context) => async (args) => {
        // The gate only rejects when pacing ends; the call then goes at once.
        if (pacing.paced)
            await gate(String(context.commandName).replace(/Command$/, ''))().catch(() => undefined);
        try {
            const result = await next(args);
            learn(result.response);
            return result;
        }
        catch (e) {
            learn(e?.$response);
            throw e;
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacRateLimit' });
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/retry.ts
/**
 * The SDK's standard retries, with changes for a tool that must converge under pressure: more attempts
 * (throttling and 5xx pass after backoff); no retries of LimitExceededException, which the SDK counts as
 * throttling although a quota (a 6th profile on one target) will not lift by waiting; a timed-out call
 * tried only once more, so an endpoint that never answers fails in about two timeouts, not eight; and the
 * SDK's retry quota kept per call instead of per client. That quota (500 tokens, 14 per retry) guards a
 * long-lived service against retry storms; ddac's calls run concurrently, so a burst of 5xx on 40 writes at
 * once used up a client-wide one and failed writes that their next attempt would have carried. Each call
 * keeps its bounded attempts and backoff, and the rate limiter paces every attempt.
 */

const MAX_ATTEMPTS = 8;
/** attempts of a call that timed out (a lost packet is worth one more try; a silent endpoint is not) */
const TIMEOUT_ATTEMPTS = 2;
class DdacRetryStrategy {
    maxAttempts;
    /** each call's own standard strategy, found by its current token */
    calls = new WeakMap();
    constructor(maxAttempts = MAX_ATTEMPTS) {
        this.maxAttempts = maxAttempts;
    }
    async acquireInitialRetryToken(scope) {
        const strategy = new retry.StandardRetryStrategy(this.maxAttempts);
        const token = await strategy.acquireInitialRetryToken(scope);
        this.calls.set(token, strategy);
        return token;
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const name = errorInfo.error?.name;
        if (name === 'LimitExceededException')
            throw errorInfo.error;
        if (name === 'TimeoutError' && token.getRetryCount() + 1 >= TIMEOUT_ATTEMPTS)
            throw errorInfo.error;
        const strategy = this.calls.get(token) ?? new retry.StandardRetryStrategy(this.maxAttempts);
        const next = await strategy.refreshRetryTokenForRetry(token, errorInfo);
        this.calls.set(next, strategy);
        return next;
    }
    recordSuccess(token) {
        this.calls.get(token)?.recordSuccess(token);
    }
}

// EXTERNAL MODULE: ./src/aws/timeouts.ts
var aws_timeouts = __webpack_require__(2653);
;// CONCATENATED MODULE: ./src/aws/client.ts
/**
 * The AWS IoT client factory. Against a local endpoint (the emulator) the client signs with static dummy
 * credentials, so no real credentials are needed or looked up; elsewhere the SDK's default chain applies.
 * Every request has a connect and a response timeout, and a run that is stopped abandons the calls it no
 * longer waits for.
 */








const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDDDACLOCAL', secretAccessKey: 'ddac-local' };
/** Is this URL on the loopback interface (where only an emulator can be)? */
function isLoopback(url) {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}
function createIotClient(options) {
    const local = options.local ?? (options.endpoint !== undefined && isLoopback(options.endpoint));
    const timeouts = { ...aws_timeouts/* DEFAULT_TIMEOUTS */.Rh, ...options.timeouts };
    const client = new dist_cjs/* IoTClient */.CgZ({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(local ? { credentials: LOCAL_CREDENTIALS } : {}),
        retryStrategy: new DdacRetryStrategy(),
        requestHandler: new StoppableHttpHandler(timeouts, options),
        ...options.config
    });
    (0,errors/* addErrorContext */.Xr)(client);
    if (options.pace ?? true)
        addRateLimit(client, model_quotas/* TPS_QUOTAS */.C);
    if (options.stop)
        addStopGate(client, options.stop);
    return client;
}
/** Thrown instead of sending a request once the run was asked to stop. */
class NotSentError extends Error {
    name = 'NotSentError';
}
/** The call ended because the run stopped: not sent, or abandoned in flight or between retries. */
function wasStopped(e) {
    return e instanceof NotSentError || e?.name === 'AbortError';
}
function isRead(request) {
    return request.method === 'GET' || request.method === 'HEAD';
}
/**
 * Node's HTTP handler with the timeouts on, abandoning a call once the run no longer waits for it: a read
 * at the stop, a write at the abandon.
 */
class StoppableHttpHandler extends node_http_handler_dist_cjs.NodeHttpHandler {
    signals;
    constructor(timeouts, signals) {
        super({
            connectionTimeout: timeouts.connectMs,
            requestTimeout: timeouts.responseMs,
            // Without it the SDK only logs a warning when the response timeout passes.
            throwOnRequestTimeout: true,
            // The response timeout ends at the headers; this one catches a body that stops half-way.
            socketTimeout: timeouts.responseMs
        });
        this.signals = signals;
    }
    handle(request, options = {}) {
        const signal = isRead(request) ? this.signals.stop : this.signals.abandon;
        return super.handle(request, signal ? { ...options, abortSignal: signal } : options);
    }
}
/**
 * Checked right before each attempt goes out (after pacing, inside the retry loop); the stop also ends a
 * wait between retries (the SDK's retry loop watches the abort signal of the call's context).
 */
function addStopGate(client, stop) {
    client.middlewareStack.add((next, context) => async (args) => {
        (0,core_dist_cjs.getSmithyContext)(context).abortSignal ??= stop;
        return next(args);
    }, { step: 'initialize', priority: 'low', name: 'ddacStopRetries' });
    client.middlewareStack.add((next, context) => async (args) => {
        if (stop.aborted)
            throw new NotSentError(`${String(context.commandName)} not sent: the run was stopped`);
        return next(args);
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacStopGate' });
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyCommand: () => (/* reexport */ applyCommand),
  applyFailures: () => (/* reexport */ applyFailures),
  applyProof: () => (/* reexport */ applyProof),
  cancelledBeforeChanges: () => (/* reexport */ cancelledBeforeChanges),
  hasChanges: () => (/* reexport */ hasChanges),
  importCommand: () => (/* reexport */ commands_import/* importCommand */.LB),
  loadPlan: () => (/* reexport */ loadPlan),
  planCommand: () => (/* reexport */ planCommand),
  planCounts: () => (/* reexport */ planCounts),
  refusals: () => (/* reexport */ refusals),
  renderApplyMarkdown: () => (/* reexport */ renderApplyMarkdown),
  renderApplyText: () => (/* reexport */ renderApplyText),
  renderPlanMarkdown: () => (/* reexport */ renderPlanMarkdown),
  renderPlanText: () => (/* reexport */ renderPlanText),
  renderProfileYaml: () => (/* reexport */ commands_import/* renderProfileYaml */.F),
  statusCommand: () => (/* reexport */ statusCommand),
  wasStopped: () => (/* reexport */ client/* wasStopped */.th)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/util/words.ts
var words = __webpack_require__(333);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(8907);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(8268);
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
const isNamed = (e, name) => e?.name === name;
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
            if (!isNamed(e, 'ResourceAlreadyExistsException'))
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
            if (!isNamed(e, 'VersionConflictException') && !isNamed(e, 'ResourceNotFoundException'))
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
            if (isNamed(e, 'VersionConflictException') || isNamed(e, 'ResourceNotFoundException')) {
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
                if (isNamed(e, 'VersionConflictException'))
                    return undefined; // taken over after it expired
                return `the lock ${name} could not be released (${(0,errors/* explainAwsError */.Ni)(e)}); it expires at ${current.expires}`;
            }
        }
    };
}

// EXTERNAL MODULE: ./src/resources/read.ts
var read = __webpack_require__(8017);
;// CONCATENATED MODULE: ./src/resources/validate-behaviors.ts
/**
 * AWS's own check of the behaviors a plan would write (ValidateSecurityProfileBehaviors), so a pull request
 * sees what CreateSecurityProfile or UpdateSecurityProfile would reject before the merge: things the file
 * alone cannot tell, such as an operator that does not suit the type of an external custom metric.
 */


/** Behaviors to check: on profiles the plan writes, minus those using a metric or dimension it creates. */
function behaviorsToCheck(plan) {
    const created = (kind) => new Set(plan.changes.filter((c) => c.kind === kind && c.action === 'create').map((c) => c.name));
    // AWS cannot see what the same plan creates yet; the offline rules checked those behaviors.
    const newMetrics = created('customMetric');
    const newDimensions = created('dimension');
    const out = new Map();
    for (const c of plan.changes) {
        if (c.kind !== 'securityProfile' || c.action === 'delete')
            continue;
        if (c.action === 'update' && !c.fields.some((f) => f.path.startsWith('behaviors')))
            continue;
        const behaviors = (c.desired?.spec.behaviors ?? []).filter((b) => !newMetrics.has(b.metric ?? '') &&
            !newDimensions.has(b.metricDimension?.dimensionName ?? ''));
        if (behaviors.length)
            out.set(c, behaviors);
    }
    return out;
}
async function checkBehaviorsWithAws(iot, plan) {
    const rejected = new Map();
    const notes = new Set();
    await Promise.all([...behaviorsToCheck(plan)].map(async ([change, behaviors]) => {
        try {
            const r = await iot.send(new dist_cjs/* ValidateSecurityProfileBehaviorsCommand */.sqL({ behaviors }));
            if (!r.valid)
                rejected.set(change, (r.validationErrors ?? []).map((e) => `AWS rejects its behaviors: ${e.errorMessage}`));
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

// EXTERNAL MODULE: ./src/resources/adapters/index.ts + 6 modules
var adapters = __webpack_require__(147);
// EXTERNAL MODULE: ./src/aws/client.ts + 2 modules
var client = __webpack_require__(4143);
// EXTERNAL MODULE: ./src/resources/tags.ts
var tags = __webpack_require__(8831);
// EXTERNAL MODULE: ./node_modules/microdiff/dist/index.js
var dist = __webpack_require__(1159);
// EXTERNAL MODULE: ./src/resources/adapters/audit-configuration.ts
var audit_configuration = __webpack_require__(7694);
// EXTERNAL MODULE: ./src/resources/normalize.ts
var normalize = __webpack_require__(990);
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
    const diffs = (0,dist/* default */.A)((0,normalize/* bare */.$B)(before), (0,normalize/* bare */.$B)(after)).flatMap((d) => {
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
function diff(desired, actual, opts) {
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
    for (const adapter of adapters/* ADAPTERS */.R) {
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
        if (adapter.kind === 'auditConfiguration')
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
    const audit = plan.changes.find((c) => c.kind === 'auditConfiguration');
    if (audit)
        audit.blockers.push(...(0,audit_configuration/* checksStillScheduled */.L$)(audit, scheduledAfter(plan, desired, actual)));
    return plan;
}
/** The scheduled audits once the plan is applied: the file's as it declares them, others as they are. */
function scheduledAfter(plan, desired, actual) {
    const deleted = new Set(plan.changes
        .filter((c) => c.kind === 'scheduledAudit' && c.action === 'delete')
        .map((c) => c.name));
    const mine = desired.resources.filter((r) => r.kind === 'scheduledAudit');
    const declared = new Set(mine.map((r) => r.name));
    return [
        ...mine,
        ...actual.resources.filter((r) => r.kind === 'scheduledAudit' && !declared.has(r.name) && !deleted.has(r.name))
    ];
}
function compare(wanted, found, identity, opts) {
    let desired = wanted;
    const notes = [];
    if (wanted.kind === 'auditConfiguration') {
        const completed = (0,audit_configuration/* completeAuditChecks */.kl)(wanted, found, opts.prune);
        desired = completed.desired;
        if (completed.kept.length)
            notes.push(`audit checks enabled in the account but not in the file are kept (prune would disable them): ${completed.kept.join(', ')}`);
    }
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
    const adapter = (0,adapters/* adapterFor */.f)(desired.kind);
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
        ...plan.changes.flatMap((c) => c.blockers.map((b) => `${(0,adapters/* adapterFor */.f)(c.kind).label} ${c.name}: ${b}`)),
        ...plan.conflicts.map((c) => {
            const { label, ownerRecordedOn } = (0,adapters/* adapterFor */.f)(c.kind);
            const where = ownerRecordedOn ? ` (recorded on ${ownerRecordedOn})` : '';
            return `${label} ${c.name} is managed by ${c.managedBy}, not by ${plan.identity}${where}`;
        })
    ];
}

;// CONCATENATED MODULE: ./src/plan/lost-answers.ts




/** The resource as read now, when its spec is what the change wants (compared as the read-back proof does). */
async function holding(iot, change) {
    const adapter = (0,adapters/* adapterFor */.f)(change.kind);
    const found = await (0,read/* readOne */.J)(iot, adapter, change.name);
    if (!found || !change.desired)
        return undefined;
    const differs = fieldChanges(adapter.comparable(found.spec), adapter.comparable(change.desired.spec));
    return differs.length === 0 ? found : undefined;
}
/**
 * After a create failed: the resource this file's own earlier attempt created, when that explains the
 * failure ("already exists", tagged as this file's, as intended); undefined when the failure stands.
 */
async function ownCreate(iot, change, identity, error) {
    if (error?.name !== 'ResourceAlreadyExistsException')
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
/** Custom metrics and dimensions a security profile spec refers to. */
function references(spec) {
    const metrics = new Set();
    const dimensions = new Set();
    const uses = [
        ...(spec?.behaviors ?? []),
        ...(spec?.additionalMetricsToRetainV2 ?? [])
    ];
    for (const u of uses) {
        if (u.metric && !u.metric.startsWith('aws:'))
            metrics.add(u.metric);
        if (u.metricDimension?.dimensionName)
            dimensions.add(u.metricDimension.dimensionName);
    }
    return { metrics, dimensions };
}
/** What each change must wait for. */
function dependencies(plan) {
    const deps = new Map();
    const all = [...plan.changes, ...plan.ownershipUpdates];
    const of = (kind, action) => plan.changes.filter((c) => c.kind === kind && (action === 'delete') === (c.action === 'delete'));
    for (const c of all) {
        const d = [];
        if (c.kind === 'securityProfile' && c.action !== 'delete') {
            const refs = references(c.desired?.spec);
            d.push(...of('customMetric', 'upsert').filter((m) => refs.metrics.has(m.name)));
            d.push(...of('dimension', 'upsert').filter((m) => refs.dimensions.has(m.name)));
            d.push(...of('thingGroup', 'upsert').filter((g) => c.targets.attach.includes(`thinggroup/${g.name}`)));
        }
        if (c.kind === 'scheduledAudit' && c.action !== 'delete')
            d.push(...of('auditConfiguration', 'upsert'));
        if ((c.kind === 'customMetric' || c.kind === 'dimension') && c.action === 'delete') {
            d.push(...plan.changes.filter((p) => p.kind === 'securityProfile'));
        }
        deps.set(c, d);
    }
    return deps;
}
async function applyOne(iot, change, identity, written = {}) {
    const adapter = (0,adapters/* adapterFor */.f)(change.kind);
    const desired = change.desired;
    if (change.action === 'delete') {
        // Gone already is deleted: some deletes answer "not found" when a retry follows one that landed.
        await (0,paginate/* unlessNotFound */.CA)(adapter.remove(iot, change));
        return undefined;
    }
    const hash = stateHash(adapter.comparable(desired.spec), desired);
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
    const adapter = (0,adapters/* adapterFor */.f)(change.kind);
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
    const adapter = (0,adapters/* adapterFor */.f)(change.kind);
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
    return (0,read/* readOne */.J)(iot, (0,adapters/* adapterFor */.f)(change.kind), change.name);
}
async function applyPlan(iot, plan, onProgress, signal) {
    const refused = refusals(plan);
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
                    if ((0,client/* wasStopped */.th)(e)) {
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
        const finish = (0,adapters/* adapterFor */.f)(change.kind).finish;
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
            const adapter = (0,adapters/* adapterFor */.f)(change.kind);
            if (adapter.taggable && arn)
                await (0,tags/* setTags */.Wt)(iot, arn, (0,tags/* ownershipTags */.dt)(plan.identity, stateHash(adapter.comparable(change.desired.spec), change.desired)));
            const after = await readBack(iot, change);
            result.readBack = result.readBack.filter((r) => !(r.kind === change.kind && r.name === change.name));
            if (after)
                result.readBack.push(after);
        }
        catch (e) {
            unapply(change);
            if ((0,client/* wasStopped */.th)(e))
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
    return { identity, resources: adapters/* ADAPTERS */.R.flatMap((a) => a.fromFile(file)) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/plan/saved.ts
/**
 * Saved plans: `plan --out` records, next to the plan, what it was made from (the file's desired state and
 * what it read of the account), so `apply --plan` can apply exactly that plan, and refuse it when the file or
 * the account is no longer what the reviewer saw. Digests rather than copies: the file holds nothing the plan
 * itself does not show, and no credentials or endpoints at all.
 */




const digest = (value) => (0,external_node_crypto_.createHash)('sha256').update((0,normalize/* stableJson */._Y)(value)).digest('hex').slice(0, 16);
const byKey = (a, b) => {
    const x = `${a.kind}/${a.name}`;
    const y = `${b.kind}/${b.name}`;
    return x < y ? -1 : x > y ? 1 : 0;
};
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
    const label = (d) => `${(0,adapters/* adapterFor */.f)(d.kind).label} ${d.name}`;
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
    const all = (p) => (0,normalize/* stableJson */._Y)([...p.changes, ...p.ownershipUpdates].map(effect));
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
        text = await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new Error(`cannot read the saved plan ${file}: ${e.message}; make one with ddac plan --out ${file}`, { cause: e });
    }
    let plan;
    try {
        plan = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`the saved plan ${file} is not JSON (${e.message})`, { cause: e });
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

;// CONCATENATED MODULE: ./src/plan/target-arns.ts
const ARN = /^arn:([^:]+):iot:([^:]*):(\d{12}):(.+)$/;
/** Why each ARN target of the file cannot be this account's, in the plan's region; empty when all can. */
function foreignTargets(file, actual, region) {
    const arns = new Map(); // thing group name → its ARN here
    let account;
    for (const r of actual.resources) {
        const m = r.arn ? ARN.exec(r.arn) : null;
        if (!m)
            continue;
        account ??= m[3];
        if (r.kind === 'thingGroup')
            arns.set(r.name, r.arn);
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
            const here = group === undefined ? undefined : arns.get(group);
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

// EXTERNAL MODULE: ./src/resources/types.ts
var types = __webpack_require__(5020);
;// CONCATENATED MODULE: ./src/commands/reconcile.ts











/** Kinds that belong to Detect, which accounts opened after 2026-08-31 do not have. */
const DETECT_KINDS = ['securityProfile', 'customMetric', 'dimension'];
/** Read what the plan needs; an account without Detect still plans its audit resources. */
async function readFor(input, desired) {
    // Kinds ddac does not discover (thing groups) are read by the names the file uses.
    const names = {
        thingGroup: desired.resources.filter((r) => r.kind === 'thingGroup').map((r) => r.name)
    };
    const kinds = types/* RESOURCE_KINDS */.p.filter((k) => k !== 'auditConfiguration' || input.profile.auditConfiguration !== undefined);
    try {
        return {
            actual: await (0,read/* readAccount */.G)(input.iot, { kinds, names, onProgress: input.onRead }),
            notes: []
        };
    }
    catch (e) {
        const usesDetect = Boolean(input.profile.securityProfiles?.length ||
            input.profile.customMetrics?.length ||
            input.profile.dimensions?.length);
        if (!(0,errors/* isDetectUnavailable */.Ww)(e) || usesDetect)
            throw new words/* RemedyError */.By((w) => (0,errors/* explainAwsError */.Ni)(e, w), { cause: e });
        const actual = await (0,read/* readAccount */.G)(input.iot, {
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
    const plan = diff(desired, actual, { prune: input.prune, adopt: input.adopt ?? false });
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
        basis: planBasis(desired, actual, await input.iot.config.region())
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
        return `the apply lock could not be read: ${e instanceof Error ? e.message : String(e)}`;
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
        ...(input.saved ? staleness(input.saved, fresh.plan, fresh.basis) : []),
        ...refusals(plan)
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
    const verification = diff(desired, afterApply(actual, plan, result), { prune: input.prune });
    const converged = verification.changes.length === 0 && verification.ownershipUpdates.length === 0;
    return { plan, result, verification, converged };
}

// EXTERNAL MODULE: ./src/commands/import.ts + 1 modules
var commands_import = __webpack_require__(9112);
;// CONCATENATED MODULE: ./src/commands/status.ts
/**
 * status: ML Detect model training per behavior, the active violations (the seed's steps 2 and 3), and the
 * violation events of the last day, so an alarm that fired and cleared overnight is not missed.
 */


/** How far back status lists violation events: a day, the cadence of a nightly check. */
const EVENTS_WINDOW_MS = 24 * 60 * 60 * 1000;
async function statusCommand({ iot, securityProfileNames, now = () => new Date() }) {
    const endTime = now();
    const since = new Date(endTime.getTime() - EVENTS_WINDOW_MS);
    // No names: every profile in the account. An empty list: none (a file without profiles).
    const profiles = securityProfileNames
        ? [...securityProfileNames]
        : [undefined];
    const perProfile = await (0,paginate/* allSettledOrThrow */.eu)(profiles.map(async (securityProfileName) => {
        const filter = securityProfileName ? { securityProfileName } : {};
        try {
            // One after the other: a profile that does not exist fails the first call, and nothing is left in flight.
            const training = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateGetBehaviorModelTrainingSummaries */.veq)({ client: iot }, filter), (p) => p.summaries);
            const violations = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListActiveViolations */.aro)({ client: iot }, { ...filter, listSuppressedAlerts: true }), (p) => p.activeViolations);
            const events = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListViolationEvents */.utS)({ client: iot }, { ...filter, startTime: since, endTime, listSuppressedAlerts: true }), (p) => p.violationEvents);
            return { training, violations, events, missing: [] };
        }
        catch (e) {
            if (securityProfileName && e instanceof dist_cjs/* ResourceNotFoundException */.lBX) {
                return { training: [], violations: [], events: [], missing: [securityProfileName] };
            }
            throw e;
        }
    }));
    return {
        training: perProfile.flatMap((p) => p.training),
        violations: perProfile.flatMap((p) => p.violations),
        events: perProfile
            .flatMap((p) => p.events)
            .sort((a, b) => (b.violationEventTime?.getTime() ?? 0) - (a.violationEventTime?.getTime() ?? 0)),
        since,
        missing: perProfile.flatMap((p) => p.missing)
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js + 1 modules
var array = __webpack_require__(8965);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/report/plan-diff.ts
/**
 * One change as a reviewer reads it, in the file's own YAML: a new resource as the file states it, an update
 * as `-` old and `+` new lines under their parent keys, a delete as its name. Lines are fitted to a width so a
 * rendered summary never scrolls sideways. Pure.
 */





/** Collections src/plan/diff.ts keys by item (`behaviors[name]`): the member naming an item, and its key. */
const ITEMS = {
    behaviors: { member: 'name', key: (b) => String(b.name) },
    additionalMetricsToRetainV2: {
        member: 'metric',
        key: (m) => {
            const dimension = m.metricDimension?.dimensionName;
            return dimension ? `${String(m.metric)}@${dimension}` : String(m.metric);
        }
    }
};
const memberOf = (collection) => ITEMS[collection ?? '']?.member ?? 'name';
function segments(path) {
    return [...path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((m) => m[1] !== undefined ? { key: m[1], item: true } : { key: m[2], item: false });
}
/** YAML lines of a value, fitted to `width`; tags as one flow map per line, as the file's examples write them. */
function yamlLines(value, width) {
    const doc = new yaml_dist/* Document */.yo(value);
    const tags = (0,yaml_dist/* isMap */.jh)(doc.contents) ? doc.contents.get('tags', true) : undefined;
    if ((0,yaml_dist/* isSeq */.oP)(tags))
        for (const t of tags.items)
            if ((0,yaml_dist/* isMap */.jh)(t))
                t.flow = true;
    const text = doc.toString({ lineWidth: Number.isFinite(width) ? Math.max(width, 40) : 0 });
    return fitText(text.trimEnd().split('\n'), width);
}
const pad = (depth) => '  '.repeat(depth);
/** The item of a keyed collection as the file lists it: its name member first. */
function asItem(collection, key, value) {
    return { [memberOf(collection)]: key, ...value };
}
const ABSENT = Symbol('absent');
/** What the file says at a path; ABSENT when the parent is there and the key is not (a default fills it). */
function inFile(spec, segs) {
    let node = spec;
    for (const [i, s] of segs.entries()) {
        if (node === null || typeof node !== 'object')
            return undefined;
        if (s.item) {
            const items = ITEMS[segs[i - 1]?.key ?? ''];
            node = Array.isArray(node)
                ? node.find((x) => items?.key(x) === s.key)
                : undefined;
        }
        else if (i === segs.length - 1 && !Object.hasOwn(node, s.key))
            return ABSENT;
        else
            node = node[s.key];
    }
    return node;
}
function fragment(segs, value, width) {
    const leaf = segs[segs.length - 1];
    const depth = segs.length - 1;
    const doc = leaf.item ? [asItem(segs[depth - 1]?.key, leaf.key, value)] : { [leaf.key]: value };
    return yamlLines(doc, width - depth * 2).map((l) => pad(depth) + l);
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Every path to a leaf of a value (lists are leaves: they are compared whole). */
function leaves(v, at = []) {
    if (!isObject(v))
        return at.length ? [at] : [];
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...at, k]));
}
function without(v, path) {
    const [head, ...rest] = path;
    const copy = { ...v };
    if (rest.length && isObject(copy[head]))
        copy[head] = without(copy[head], rest);
    else
        delete copy[head];
    return copy;
}
/**
 * A removed item as the account held it, without what the comparison fills in when it is not said (a leaf is
 * such a default when the item compares the same without it): the defaults AWS stores are not news.
 */
function withoutDefaults(c, segs, value) {
    const collection = segs.at(-2)?.key;
    if (!collection || !isObject(value))
        return value;
    const key = segs.at(-1).key;
    const adapter = (0,adapters/* adapterFor */.f)(c.kind);
    const compared = (v) => (0,normalize/* stableJson */._Y)(adapter.comparable({ [collection]: [asItem(collection, key, v)] })[collection]?.[key]);
    const whole = compared(value);
    let out = value;
    for (const leaf of leaves(value)) {
        const shorter = without(out, leaf);
        if (compared(shorter) === whole)
            out = shorter;
    }
    return out;
}
/** The `-`/`+` lines of one field under its parent keys, unchanged lines of a list kept as context. */
function fieldLines(f, c, width) {
    const segs = segments(f.path);
    const item = segs.at(-1).item;
    const said = c.desired ? inFile(c.desired.spec, segs) : undefined;
    // A new item shows as the file states it, a removed one without the defaults the comparison fills in.
    const after = item && isObject(said) ? said : f.after;
    const before = f.before === undefined
        ? []
        : fragment(segs, item && f.after === undefined ? withoutDefaults(c, segs, f.before) : f.before, width);
    const added = f.after === undefined ? [] : fragment(segs, after, width);
    if (said === ABSENT && added.length === 1 && !isObject(f.after))
        added[0] += '  # AWS default';
    const out = [];
    for (const part of (0,array/* diffArrays */.E)(before, added)) {
        const sign = part.added ? '+' : part.removed ? '-' : ' ';
        for (const text of part.value)
            out.push({ sign, text });
    }
    return out;
}
/** Context lines for the parent keys a field sits under that the previous field did not share. */
function parentLines(segs, previous) {
    const parents = segs.slice(0, -1);
    let shared = 0;
    while (shared < parents.length &&
        shared < previous.length &&
        parents[shared].key === previous[shared].key &&
        parents[shared].item === previous[shared].item)
        shared++;
    return parents.slice(shared).map((s, i) => {
        const depth = shared + i;
        const text = s.item ? `- ${memberOf(parents[depth - 1]?.key)}: ${s.key}` : `${s.key}:`;
        return { sign: ' ', text: pad(depth) + text };
    });
}
const targetName = (key) => key.replace(/^thinggroup\//, '');
function listLines(name, removed, added, kept = []) {
    if (removed.length + added.length === 0)
        return [];
    return [
        { sign: ' ', text: `${name}:` },
        ...kept.map((t) => ({ sign: ' ', text: `  - ${t}` })),
        ...removed.map((t) => ({ sign: '-', text: `  - ${t}` })),
        ...added.map((t) => ({ sign: '+', text: `  - ${t}` }))
    ];
}
const tagText = (Key, Value) => (0,yaml_dist/* stringify */.As)({ Key, Value }, { collectionStyle: 'flow', lineWidth: 0 }).trim();
/** Every line of one change; `width` caps each line (Infinity: no cap, for a terminal). */
function diffLines(c, width = Infinity) {
    const adapter = (0,adapters/* adapterFor */.f)(c.kind);
    if (c.action === 'delete') {
        const [member, name] = Object.entries(adapter.toEntry({ kind: c.kind, name: c.name, spec: {}, tags: {} }))[0] ?? ['name', c.name];
        return fit([{ sign: '-', text: `${member}: ${String(name)}` }], width);
    }
    if (c.action === 'create' && c.desired)
        return yamlLines(adapter.toEntry(c.desired), width).map((text) => ({ sign: '+', text }));
    const out = [];
    let previous = [];
    for (const f of c.fields) {
        const segs = segments(f.path);
        out.push(...parentLines(segs, previous), ...fieldLines(f, c, width));
        previous = segs.slice(0, -1);
    }
    out.push(...listLines('targets', c.targets.detach.map(targetName), c.targets.attach.map(targetName), (c.desired?.targets ?? []).filter((t) => !c.targets.attach.includes(t)).map(targetName)), ...listLines('tags', c.tags.filter((t) => t.before !== undefined).map((t) => tagText(t.key, t.before)), c.tags.filter((t) => t.after !== undefined).map((t) => tagText(t.key, t.after))));
    if (out.length === 0)
        out.push({
            sign: ' ',
            text: "# only ddac's ownership tags (ddac:managed-by, ddac:applied-hash)"
        });
    return fit(out, width);
}
/**
 * Lines longer than `width`: a `key: value` puts its value on the next line (still YAML), and what is still
 * too long is shortened in the middle (the log and the plan JSON hold it whole).
 */
function fitText(lines, width) {
    if (!Number.isFinite(width))
        return lines;
    return lines.flatMap((l) => {
        if (l.length <= width)
            return [l];
        const m = /^(\s*(?:- )?)([^\s:#'"][^:]*):\s+(\S.*)$/.exec(l);
        if (!m)
            return [(0,markdown/* shorten */.ml)(l, width)];
        return [`${m[1]}${m[2]}:`, (0,markdown/* shorten */.ml)(`${' '.repeat(m[1].length + 2)}${m[3]}`, width)];
    });
}
function fit(lines, width) {
    return lines.flatMap((l) => fitText([l.text], width).map((text) => ({ sign: l.sign, text })));
}
function diffText(lines, indent = '') {
    return lines.map((l) => `${indent}${l.sign} ${l.text}`.trimEnd()).join('\n');
}

;// CONCATENATED MODULE: ./src/report/plan.ts
/** Render a plan for reviewers: the Markdown of the summary and PR comment, and the terminal text. Pure. */




function planCounts(plan) {
    const n = (a) => plan.changes.filter((c) => c.action === a).length;
    const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined).length;
    return {
        create: n('create'),
        update: n('update'),
        delete: n('delete'),
        unchanged: plan.unchanged,
        drift: plan.changes.filter((c) => c.origin === 'drift' || c.origin === 'both').length,
        refused: plan.conflicts.length + plan.changes.filter((c) => c.blockers.length > 0).length,
        foreign,
        unmanaged: plan.unmanaged.length - foreign
    };
}
function hasChanges(plan) {
    return plan.changes.length > 0;
}
/** Why apply refuses, counted: "1 resource managed by another file, 1 change blocked". */
function refusedBecause(plan) {
    const blocked = plan.changes.filter((c) => c.blockers.length > 0).length;
    return [
        ...(plan.conflicts.length
            ? [(0,markdown/* plural */.LS)(plan.conflicts.length, 'resource') + ' managed by another file']
            : []),
        ...(blocked ? [`${(0,markdown/* plural */.LS)(blocked, 'change')} blocked`] : [])
    ].join(', ');
}
function planHeadline(plan) {
    const c = planCounts(plan);
    const what = hasChanges(plan)
        ? `${c.create} to create, ${c.update} to update, ${c.delete} to delete (${c.unchanged} unchanged)`
        : c.refused
            ? `nothing else differs (${(0,markdown/* plural */.LS)(c.unchanged, 'resource')} checked)`
            : `no changes: the account matches the file (${(0,markdown/* plural */.LS)(c.unchanged, 'resource')} checked)`;
    return c.refused ? `refused (${refusedBecause(plan)}): ${what}` : what;
}
/** A job summary holds 1 MiB per step and a PR comment 65,536 characters; past this the diff goes to the log. */
const MAX_DETAILS_CHARS = 200_000;
const SYMBOL = { create: '+', update: '~', delete: '-' };
const ICON = { create: '🟢 create', update: '🔵 update', delete: '🔴 delete' };
function value(v) {
    const s = v === undefined ? '(none)' : JSON.stringify(v);
    return s.length > 1000 ? `${s.slice(0, 997)}...` : s;
}
function fieldLine(f, action) {
    if (action === 'create' || f.before === undefined)
        return `+ ${f.path}: ${value(f.after)}`;
    if (f.after === undefined)
        return `- ${f.path}: ${value(f.before)}`;
    return `~ ${f.path}: ${value(f.before)} → ${value(f.after)}`;
}
/** One line per difference (`+` added, `-` removed, `~` changed), values as compact JSON: for logs and tests. */
function changeLines(c) {
    const lines = c.fields.map((f) => fieldLine(f, c.action));
    for (const t of c.targets.attach)
        lines.push(`+ target ${t}`);
    for (const t of c.targets.detach)
        lines.push(`- target ${t}`);
    for (const t of c.tags) {
        if (t.before === undefined)
            lines.push(`+ tag ${t.key}=${t.after ?? ''}`);
        else if (t.after === undefined)
            lines.push(`- tag ${t.key}=${t.before}`);
        else
            lines.push(`~ tag ${t.key}: ${t.before} → ${t.after}`);
    }
    if (lines.length === 0 && c.action === 'update')
        lines.push('~ ownership tags (ddac:managed-by, ddac:applied-hash)');
    return lines;
}
/** The column a diff line may reach in a summary or comment before GitHub would scroll it sideways. */
const MARKDOWN_WIDTH = 80;
function summaryOf(c) {
    const parts = [];
    if (c.action === 'delete')
        return 'deleted';
    if (c.action === 'create' && c.fields.length === 0 && c.tags.length === 0)
        return 'new';
    if (c.fields.length)
        parts.push((0,markdown/* plural */.LS)(c.fields.length, 'field'));
    if (c.targets.attach.length || c.targets.detach.length)
        parts.push(`targets +${c.targets.attach.length}/-${c.targets.detach.length}`);
    if (c.tags.length)
        parts.push((0,markdown/* plural */.LS)(c.tags.length, 'tag'));
    return parts.join(', ') || 'ownership tags';
}
const ORIGIN = {
    file: 'file',
    drift: '⚠️ drift',
    both: '⚠️ file + drift',
    interrupted: '⚠️ an earlier apply stopped part-way',
    unknown: 'not applied by ddac before',
    untracked: 'file or account (not tracked for this kind)',
    adopts: '⚠️ adopts (differs): made outside ddac'
};
/** Why one change cannot be applied, if it cannot: another file manages the resource, or it is blocked. */
function refusalOf(plan, c) {
    const owner = plan.conflicts.find((x) => x.kind === c.kind && x.name === c.name)?.managedBy;
    if (owner)
        return `managed by ${owner}`;
    return c.blockers.length ? 'blocked' : undefined;
}
/** Names longer than this are shortened in the table (the details below name them whole). */
const NAME_CELL = 40;
/** What a console edit changed: the fields, then targets and tags (changed through their own APIs). */
function driftedParts(c) {
    return [
        ...c.fields.map((f) => (0,markdown/* code */.aY)(f.path)),
        ...(c.targets.attach.length + c.targets.detach.length ? ['targets'] : []),
        ...(c.tags.length ? ['tags'] : [])
    ];
}
/** A change's diff is open by default when it is this short and the plan has few changes; else collapsed. */
const OPEN_LINES = 30;
const OPEN_CHANGES = 10;
function planIcon(plan) {
    return planCounts(plan).refused ? '⛔' : hasChanges(plan) ? '📋' : '✅';
}
function resourceList(items) {
    return items
        .map((u) => `- ${(0,adapters/* adapterFor */.f)(u.kind).label} ${(0,markdown/* code */.aY)(u.name)}${u.managedBy ? ` (managed by ${(0,markdown/* code */.aY)(u.managedBy)})` : ''}`)
        .join('\n');
}
function renderPlanMarkdown(plan, heading = `## ${planIcon(plan)} ddac plan: ${planHeadline(plan)}`) {
    const out = [`${heading}\n`];
    const warnings = plan.changes.flatMap((c) => c.warnings.map((w) => `${(0,adapters/* adapterFor */.f)(c.kind).label} ${(0,markdown/* code */.aY)(c.name)}: ${w}`));
    const blockers = refusals(plan);
    if (blockers.length)
        out.push(`> [!CAUTION]\n> apply refuses this plan; nothing is changed until these are resolved:\n${blockers.map((b) => `> - ${b}`).join('\n')}\n`);
    if (warnings.length)
        out.push(`> [!WARNING]\n${warnings.map((w) => `> - ${w}`).join('\n')}\n`);
    if (plan.ownershipUpdates.length) {
        out.push(`> [!NOTE]\n> apply records that this file manages ${(0,markdown/* plural */.LS)(plan.ownershipUpdates.length, 'resource')} that already match it (tags only): ${plan.ownershipUpdates.map((c) => (0,markdown/* code */.aY)(c.name)).join(', ')}\n`);
    }
    if (plan.notes.length)
        out.push(`> [!NOTE]\n${plan.notes.map((n) => `> - ${n}`).join('\n')}\n`);
    if (hasChanges(plan)) {
        out.push((0,markdown/* table */.tp)(['', 'Kind', 'Name', 'Changes', 'Origin'], plan.changes.map((c) => {
            const refused = refusalOf(plan, c);
            return [
                ICON[c.action],
                (0,adapters/* adapterFor */.f)(c.kind).label,
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(c.name, NAME_CELL)),
                `${summaryOf(c)}${refused ? ` — ⛔ refused: ${(0,markdown/* cell */.Hn)(refused)}` : ''}`,
                ORIGIN[c.origin]
            ];
        })));
        const details = plan.changes.map((c) => {
            const lines = diffLines(c, MARKDOWN_WIDTH);
            const open = lines.length <= OPEN_LINES && plan.changes.length <= OPEN_CHANGES ? ' open' : '';
            return `\n<details${open}><summary>${SYMBOL[c.action]} ${(0,adapters/* adapterFor */.f)(c.kind).label} <code>${(0,markdown/* cell */.Hn)(c.name)}</code></summary>\n\n${(0,markdown/* fenced */.OF)('diff', diffText(lines))}</details>\n`;
        });
        const size = details.reduce((n, d) => n + d.length, 0);
        out.push(...(size <= MAX_DETAILS_CHARS
            ? details
            : [
                `\nThe per-resource diff (${size} characters) is too large for a summary; the log and the plan JSON hold all of it.\n`
            ]));
    }
    const drift = plan.changes.filter((c) => c.origin === 'drift' || c.origin === 'both');
    if (drift.length) {
        out.push(`\n### Drift\nChanged in the account since ddac applied the file (console or API edits); apply puts the file's state back:\n\n` +
            drift
                .map((c) => `- ${(0,adapters/* adapterFor */.f)(c.kind).label} ${(0,markdown/* code */.aY)(c.name)}: ${driftedParts(c).join(', ') || summaryOf(c)}`)
                .join('\n') +
            '\n');
    }
    if (plan.orphans.length) {
        out.push(`\n### Managed by this file but no longer in it\nKept: apply deletes them only with prune.\n\n${resourceList(plan.orphans)}\n`);
    }
    const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined);
    const unmanaged = plan.unmanaged.filter((u) => u.managedBy === undefined);
    if (foreign.length)
        out.push(`\n<details><summary>Managed by another file, ignored (${foreign.length})</summary>\n\n${resourceList(foreign)}\n</details>\n`);
    if (unmanaged.length)
        out.push(`\n<details><summary>Unmanaged, ignored (${unmanaged.length})</summary>\n\n${resourceList(unmanaged)}\n</details>\n`);
    return out.join('\n');
}
const TEXT_ORIGIN = {
    drift: '  (drift)',
    both: '  (drift)',
    interrupted: '  (an earlier apply stopped part-way; apply finishes it)',
    adopts: '  (adopts (differs): made outside ddac, overwritten only with adopt)'
};
/** At most this many names on one line of the terminal plan; the rest are counted. */
const NAMES_PER_LINE = 10;
function renderPlanText(plan) {
    const lines = [];
    for (const c of plan.changes) {
        const refused = refusalOf(plan, c);
        lines.push(`${SYMBOL[c.action]} ${c.action} ${(0,adapters/* adapterFor */.f)(c.kind).label} ${c.name}${TEXT_ORIGIN[c.origin] ?? ''}${refused ? `  [refused: ${refused}]` : ''}`);
        lines.push(diffText(diffLines(c), '    '));
        for (const w of c.warnings)
            lines.push(`    ! ${w}`);
    }
    for (const r of refusals(plan))
        lines.push(`✗ apply refuses: ${r}`);
    for (const o of plan.orphans)
        lines.push(`· ${(0,adapters/* adapterFor */.f)(o.kind).label} ${o.name}: left the file; kept (apply --prune deletes it)`);
    const counts = planCounts(plan);
    if (counts.foreign) {
        const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined);
        const named = foreign
            .slice(0, NAMES_PER_LINE)
            .map((u) => `${(0,adapters/* adapterFor */.f)(u.kind).label} ${u.name} (${u.managedBy})`);
        const more = foreign.length - named.length;
        lines.push(`· ${(0,markdown/* plural */.LS)(counts.foreign, 'resource')} managed by another file, ignored: ${named.join(', ')}${more ? `, and ${more} more` : ''}`);
    }
    if (counts.unmanaged)
        lines.push(`· ${(0,markdown/* plural */.LS)(counts.unmanaged, 'unmanaged resource')} ignored`);
    for (const n of plan.notes)
        lines.push(`· ${n}`);
    if (plan.ownershipUpdates.length)
        lines.push(`· ${(0,markdown/* plural */.LS)(plan.ownershipUpdates.length, 'matching resource')} will be tagged as managed by this file`);
    lines.push('', `Plan: ${planHeadline(plan)}.`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/apply.ts
/** Render what apply did: the outcome first, what failed or was left, then the plan it carried out. Pure. */


/**
 * What became of each planned change, each counted once: applied, failed, unfinished (started and stopped
 * part-way) or not started. Ownership-only updates are not planned changes and are not counted.
 */
function tally({ plan, result }) {
    const planned = (c) => !c.ownershipOnly;
    return {
        applied: result.applied.filter(planned),
        failed: result.failed.filter((f) => planned(f.change)).length,
        unfinished: result.unfinished.filter(planned),
        notStarted: result.skipped.filter(planned),
        planned: plan.changes.length
    };
}
/** What apply did, in the past tense: counts by action, then what failed or was not attempted. */
function appliedHeadline(o) {
    const t = tally(o);
    const count = (action) => t.applied.filter((c) => c.action === action).length;
    const parts = [
        `${count('create')} created, ${count('update')} updated, ${count('delete')} deleted`,
        ...(t.failed ? [`${t.failed} failed`] : []),
        ...(o.result.cancelled
            ? [
                `cancelled with ${t.unfinished.length} not finished and ${t.notStarted.length} not started (of ${t.planned} planned)`
            ]
            : [
                ...(t.unfinished.length ? [`${t.unfinished.length} not finished`] : []),
                ...(t.notStarted.length ? [`${t.notStarted.length} not attempted`] : [])
            ])
    ];
    return `${o.converged ? '✅' : '❌'} ddac apply: ${parts.join(', ')}`;
}
/** Why the account does not match: the refusals, or each failed change with its explained error. */
function applyFailures({ refused, result }) {
    return [
        ...(refused ?? []),
        ...result.failed.map((f) => `${(0,adapters/* adapterFor */.f)(f.change.kind).label} ${f.change.name}: ${f.error}`)
    ];
}
/** The planned changes apply did not make, by label, for the next apply (or a person) to pick up. */
function applyLeft(o) {
    const t = tally(o);
    const line = (c, why) => `${(0,adapters/* adapterFor */.f)(c.kind).label} ${c.name} (${c.action}): ${why}`;
    return [
        ...t.unfinished.map((c) => line(c, 'not finished, the next plan shows where it stands')),
        ...t.notStarted.map((c) => line(c, 'not started'))
    ];
}
/** The one line that says whether the account now matches the file. */
function applyProof(o, config) {
    if (o.refused)
        return '❌ Apply refused the plan; nothing was changed.';
    const t = tally(o);
    if (o.result.cancelled)
        return `❌ Cancelled: ${t.applied.length} applied, ${t.failed} failed, ${t.unfinished.length} not finished, ${t.notStarted.length} not started; nothing more was sent after the signal, and the next apply carries on from here.`;
    if (o.converged)
        return `✅ Re-read after apply: the account matches ${config} (zero changes).`;
    if (o.verification)
        return `❌ Re-read after apply still differs: ${planHeadline(o.verification)}.`;
    const unfinished = t.unfinished.length ? `, ${t.unfinished.length} not finished` : '';
    return `❌ Apply stopped: ${o.result.failed.length} failed${unfinished}, ${t.notStarted.length} not attempted.`;
}
function listed(title, items) {
    return items.length ? `\n${title}:\n${items.map((f) => `- ${f}`).join('\n')}\n` : '';
}
function outcomeLists(o) {
    return (listed('Failed', applyFailures(o)) +
        listed(`Left for the next apply (${applyLeft(o).length})`, applyLeft(o)));
}
function renderApplyText(o, config) {
    return `${renderPlanText(o.plan)}${outcomeLists(o)}\n${applyProof(o, config)}\n`;
}
/** The outcome first: a reader of the summary should not scroll past the diff to learn it. */
function renderApplyMarkdown(o, config) {
    return [
        `## ${appliedHeadline(o)}\n`,
        `${applyProof(o, config)}\n${outcomeLists(o)}`,
        renderPlanMarkdown(o.plan, `### What apply set out to do: ${planHeadline(o.plan)}`),
        o.verification && !o.converged
            ? renderPlanMarkdown(o.verification, `### ❌ Still different after apply: ${planHeadline(o.verification)}`)
            : ''
    ].join('\n');
}
/** A plan or apply stopped by a signal while it read the account: no plan yet, nothing changed. */
function cancelledBeforeChanges(command, signal) {
    const failure = `${command} cancelled (${signal}) while reading the account: nothing was changed`;
    return {
        failure,
        text: `❌ ddac ${failure}\n`,
        markdown: `## ❌ ddac ${command}: cancelled (${signal}) while reading the account\n\nNothing was changed; no plan was made. Run ${command} again.\n`
    };
}

;// CONCATENATED MODULE: ./src/commands/aws-commands.ts
/**
 * Everything run.ts needs that loads the AWS SDK, in one module it imports on demand: validate and the
 * action's post step never evaluate the SDK.
 */










/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ TPS_QUOTAS),
/* harmony export */   _: () => (/* binding */ QUOTAS_HEADER)
/* harmony export */ });
/**
 * The response header on every answer of ddac's emulator: `enforced` when it throttles at these quotas
 * (`ddac local --throttle`), `none` when it never throttles, so ddac's client need not pace itself there.
 */
const QUOTAS_HEADER = 'x-ddac-quotas';
/**
 * API rate quotas (requests per second, not adjustable). Device Defender operations: the AWS General
 * Reference page iot_device_defender.html (NOTES.md §11): Create/Update/Delete/Attach/Detach/Validate 10,
 * Describe* 25, scheduled audits and the account audit configuration 5, List* 10. The registry operations
 * come from the AWS IoT Core quotas page (iot-core.html, "API throttling limits"), which NOTES.md does not
 * copy: those values are UNVERIFIED here.
 */
const TPS_QUOTAS = {
    CreateSecurityProfile: 10,
    UpdateSecurityProfile: 10,
    DescribeSecurityProfile: 25,
    DeleteSecurityProfile: 10,
    ListSecurityProfiles: 10,
    ListSecurityProfilesForTarget: 10,
    AttachSecurityProfile: 10,
    DetachSecurityProfile: 10,
    ListTargetsForSecurityProfile: 10,
    ValidateSecurityProfileBehaviors: 10,
    GetBehaviorModelTrainingSummaries: 10,
    ListActiveViolations: 10,
    ListViolationEvents: 10,
    PutVerificationStateOnViolation: 10,
    CreateMitigationAction: 10,
    DescribeMitigationAction: 25,
    UpdateMitigationAction: 10,
    DeleteMitigationAction: 10,
    ListMitigationActions: 10,
    StartDetectMitigationActionsTask: 10,
    DescribeDetectMitigationActionsTask: 25,
    ListDetectMitigationActionsExecutions: 10,
    StartOnDemandAuditTask: 10,
    DescribeAuditTask: 25,
    ListAuditTasks: 10,
    ListAuditFindings: 10,
    DescribeAccountAuditConfiguration: 5,
    UpdateAccountAuditConfiguration: 5,
    CreateScheduledAudit: 5,
    UpdateScheduledAudit: 5,
    DescribeScheduledAudit: 5,
    DeleteScheduledAudit: 5,
    ListScheduledAudits: 5,
    CreateCustomMetric: 10,
    DescribeCustomMetric: 25,
    UpdateCustomMetric: 10,
    DeleteCustomMetric: 10,
    ListCustomMetrics: 10,
    CreateDimension: 10,
    DescribeDimension: 25,
    UpdateDimension: 10,
    DeleteDimension: 10,
    ListDimensions: 10,
    TagResource: 10,
    UntagResource: 10,
    ListTagsForResource: 10,
    // AWS IoT Core registry and security operations (UNVERIFIED, see above)
    DescribeEndpoint: 10,
    CreateThing: 100,
    DescribeThing: 350,
    DeleteThing: 100,
    ListThings: 10,
    CreateThingGroup: 25,
    DescribeThingGroup: 100,
    DeleteThingGroup: 25,
    UpdateThingGroup: 25,
    ListThingGroups: 10,
    ListThingsInThingGroup: 25,
    ListThingGroupsForThing: 100,
    AddThingToThingGroup: 100,
    RemoveThingFromThingGroup: 100,
    CreateKeysAndCertificate: 10,
    CreateCertificateFromCsr: 10,
    DescribeCertificate: 10,
    UpdateCertificate: 10,
    DeleteCertificate: 10,
    ListCertificates: 10,
    AttachThingPrincipal: 15,
    DetachThingPrincipal: 15,
    ListThingPrincipals: 10,
    ListPrincipalThings: 10,
    CreatePolicy: 10,
    GetPolicy: 15,
    DeletePolicy: 10,
    ListPolicies: 10,
    AttachPolicy: 15,
    DetachPolicy: 15,
    ListTargetsForPolicy: 10,
    ListAttachedPolicies: 15
};


/***/ })

};
