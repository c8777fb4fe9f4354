export const id = 910;
export const ids = [910];
export const modules = {

/***/ 43910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEmulator: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: DEFAULT_ACCOUNT, DEFAULT_REGION

;// CONCATENATED MODULE: ./src/local/clock/clock.ts
/**
 * The emulator's clock service: emulated time and timers keyed to it, so Detect's duration windows and
 * Audit's task completion can run at AWS's pace, faster, or under a test's control.
 *
 * API for the engines (Detect, Audit, the data plane):
 * - `now()`: emulated epoch milliseconds (creation dates, sample times, window ends);
 * - `setTimeout(fn, ms)` / `setInterval(fn, ms)`: `ms` of emulated time; they return a handle with
 *   `cancel()`. Callbacks may be async: a stepped clock awaits them, a running clock logs nothing and
 *   leaves a rejected callback to the caller (catch inside the callback);
 * - modes: `realClock()` (wall time), `scaledClock(factor)` (emulated time runs `factor`× faster than the
 *   wall clock, e.g. 60 turns a 5-minute window into 5 seconds), `steppedClock(start)` (time moves only
 *   when a test calls `advance(ms)`; due timers fire in due order, each awaited, with `now()` at their
 *   due time), and `functionClock(fn)` for the older `EmulatorOptions.clock: () => number` (timers in
 *   wall time);
 * - `dispose()` cancels every timer (the emulator calls it on stop for a clock it made itself).
 */
/** A clock whose emulated time is a function of wall time: timers are wall timers of the scaled delay. */
class RunningClock {
    mode;
    emulatedNow;
    factor;
    timers = new Set();
    constructor(mode, emulatedNow, 
    /** emulated ms per wall ms */
    factor) {
        this.mode = mode;
        this.emulatedNow = emulatedNow;
        this.factor = factor;
    }
    now() {
        return this.emulatedNow();
    }
    wall(ms) {
        return Math.max(0, ms / this.factor);
    }
    setTimeout(fn, ms) {
        const t = setTimeout(() => {
            this.timers.delete(t);
            void fn();
        }, this.wall(ms));
        t.unref(); // a pending timer alone does not keep a process (a test, `ddac local`) alive
        this.timers.add(t);
        return { cancel: () => (clearTimeout(t), this.timers.delete(t)) };
    }
    setInterval(fn, ms) {
        const t = setInterval(() => void fn(), Math.max(1, this.wall(ms)));
        t.unref();
        this.timers.add(t);
        return { cancel: () => (clearInterval(t), this.timers.delete(t)) };
    }
    dispose() {
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
    }
}
function realClock() {
    return new RunningClock('real', Date.now, 1);
}
/**
 * Emulated time starts at `start` (default: now) and runs `factor`× faster than the wall clock. A restart
 * continues from a saved emulated time by passing it as `start`.
 */
function scaledClock(factor, options = {}) {
    if (!(factor > 0) || !Number.isFinite(factor))
        throw new Error(`a clock scale must be a positive number, not ${factor}`);
    const wallStart = Date.now();
    const start = options.start ?? wallStart;
    return new RunningClock('scaled', () => start + Math.floor((Date.now() - wallStart) * factor), factor);
}
/** The older `clock: () => number` option: its time for dates, wall time for timers. */
function functionClock(now) {
    return new RunningClock('function', now, 1);
}
class Stepped {
    mode = 'stepped';
    time;
    seq = 0;
    timers = [];
    constructor(start) {
        this.time = start;
    }
    now() {
        return this.time;
    }
    add(fn, ms, every) {
        const timer = {
            due: this.time + Math.max(0, ms),
            seq: this.seq++,
            fn,
            every,
            cancelled: false
        };
        this.timers.push(timer);
        return { cancel: () => void (timer.cancelled = true) };
    }
    setTimeout(fn, ms) {
        return this.add(fn, ms);
    }
    setInterval(fn, ms) {
        if (!(ms > 0))
            throw new Error(`an interval must be longer than 0 ms, not ${ms}`);
        return this.add(fn, ms, ms);
    }
    /** The earliest live timer due by `until` (ties: the one set first). */
    next(until) {
        let best;
        for (const t of this.timers)
            if (!t.cancelled &&
                t.due <= until &&
                (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)))
                best = t;
        return best;
    }
    async advance(ms) {
        if (!(ms >= 0))
            throw new Error(`a stepped clock only moves forward, not by ${ms} ms`);
        const until = this.time + ms;
        for (let t = this.next(until); t; t = this.next(until)) {
            this.time = Math.max(this.time, t.due);
            if (t.every) {
                t.due += t.every;
                t.seq = this.seq++;
            }
            else
                t.cancelled = true;
            await t.fn();
        }
        this.time = until;
        // Forget fired and cancelled timers so a long test does not accumulate them.
        for (let i = this.timers.length - 1; i >= 0; i--)
            if (this.timers[i].cancelled)
                this.timers.splice(i, 1);
    }
    dispose() {
        for (const t of this.timers)
            t.cancelled = true;
        this.timers.length = 0;
    }
}
function steppedClock(start = Date.now()) {
    return new Stepped(start);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/local/data-plane/policy/context.ts
/**
 * What the broker knows about a connection when it asks for a decision, and the values of the policy variables
 * and condition keys drawn from it (AWS IoT developer guide, "AWS IoT Core policy variables": basic, thing and
 * X.509 certificate variables).
 */
const THING = 'iot:connection.thing.';
const ATTRIBUTE = /^iot:connection\.thing\.attributes\[(.+)\]$/i;
/**
 * The value of a policy variable or condition key, or undefined when it is not in the request context. Thing
 * variables resolve only when the certificate is attached to the thing named by the client id: otherwise AWS
 * leaves them unresolved and the statement that uses them does not match. `IsAttached` always resolves.
 */
function contextValue(key, ctx) {
    const lower = key.toLowerCase();
    if (lower === 'iot:clientid')
        return ctx.clientId;
    if (lower === 'aws:sourceip')
        return ctx.sourceIp;
    if (lower === 'iot:connection.thing.isattached')
        return String(ctx.thingIsAttached);
    if (lower.startsWith(THING)) {
        const thing = ctx.thingIsAttached && ctx.thingName !== undefined;
        if (!thing)
            return undefined;
        if (lower === 'iot:connection.thing.thingname')
            return ctx.thingName;
        if (lower === 'iot:connection.thing.thingtypename')
            return ctx.thingTypeName;
        const attribute = ATTRIBUTE.exec(key);
        // attribute names are case-sensitive, like the registry's
        return attribute ? ctx.thingAttributes?.[attribute[1]] : undefined;
    }
    if (lower.startsWith('iot:certificate.'))
        return ctx.certificate?.[key.slice('iot:certificate.'.length)];
    return undefined;
}

;// CONCATENATED MODULE: ./src/local/data-plane/policy/patterns.ts
/**
 * Matching of policy strings: `*` (any run of characters, `/` included) and `?` (one character) are the only
 * wildcards; MQTT's `+` and `#` are literal in a policy. `${…}` policy variables are replaced by the connection's
 * values, which match literally (a client id `a*` does not become a wildcard); `${*}`, `${?}` and `${$}` stand for
 * the literal characters.
 */

const VARIABLE = /\$\{([^}]*)\}/g;
const ESCAPES = { '*': '*', '?': '?', $: '$' };
const STAR = Symbol('*');
const ONE = Symbol('?');
function wildcards(text) {
    return [...text].map((c) => (c === '*' ? STAR : c === '?' ? ONE : c));
}
/**
 * Wildcard matching that backtracks only to the last `*`: O(pattern × value) at worst, where a regular
 * expression of many `*` can take polynomial time of high degree on a long topic (the broker asks per message).
 */
function globTest(tokens, value, ignoreCase) {
    const text = [...(ignoreCase ? value.toLowerCase() : value)];
    let p = 0;
    let t = 0;
    let star = -1;
    let mark = 0;
    while (t < text.length) {
        const token = tokens[p];
        if (p < tokens.length && (token === ONE || token === text[t])) {
            p++;
            t++;
        }
        else if (token === STAR) {
            star = p++;
            mark = t;
        }
        else if (star !== -1) {
            p = star + 1;
            t = ++mark;
        }
        else
            return false;
    }
    while (tokens[p] === STAR)
        p++;
    return p === tokens.length;
}
function matcher(tokens, ignoreCase) {
    const folded = ignoreCase
        ? tokens.map((t) => (typeof t === 'string' ? t.toLowerCase() : t))
        : tokens;
    return { test: (value) => globTest(folded, value, ignoreCase) };
}
/**
 * The matcher for a policy string, or undefined when a variable in it does not resolve (then the
 * string matches nothing). `variables: false` (a 2008-10-17 document) keeps `${…}` as literal text.
 */
function compilePattern(pattern, ctx, options) {
    // a pattern without variables compiles the same for every connection: the broker asks on every message
    const constant = !options.variables || !pattern.includes('${');
    const key = `${options.ignoreCase ? 'i' : 's'}${pattern}`;
    if (constant) {
        const cached = CONSTANTS.get(key);
        if (cached)
            return cached;
    }
    const compiled = compile(pattern, ctx, options);
    if (constant && compiled) {
        if (CONSTANTS.size >= CONSTANTS_MAX)
            CONSTANTS.clear();
        CONSTANTS.set(key, compiled);
    }
    return compiled;
}
/** memo of compiled variable-free patterns (a pure cache: same pattern, same expression) */
const CONSTANTS = new Map();
const CONSTANTS_MAX = 10_000;
function compile(pattern, ctx, options) {
    const tokens = [];
    let last = 0;
    if (options.variables) {
        for (const match of pattern.matchAll(VARIABLE)) {
            tokens.push(...wildcards(pattern.slice(last, match.index)));
            last = match.index + match[0].length;
            const name = match[1].trim();
            const value = ESCAPES[name] ?? (ctx ? contextValue(name, ctx) : undefined);
            if (value === undefined)
                return undefined;
            tokens.push(...value);
        }
    }
    tokens.push(...wildcards(pattern.slice(last)));
    return matcher(tokens, options.ignoreCase ?? false);
}
/** A policy string with its variables replaced, for the exact-match operators; undefined when one is unresolved. */
function substitute(text, ctx, variables) {
    if (!variables)
        return text;
    let unresolved = false;
    const out = text.replace(VARIABLE, (_, raw) => {
        const name = raw.trim();
        const value = ESCAPES[name] ?? contextValue(name, ctx);
        if (value === undefined)
            unresolved = true;
        return value ?? '';
    });
    return unresolved ? undefined : out;
}
function matchesAny(patterns, value, ctx, options) {
    return patterns.some((p) => compilePattern(p, ctx, options)?.test(value) ?? false);
}

;// CONCATENATED MODULE: ./src/local/data-plane/policy/conditions.ts
/**
 * Condition blocks, with IAM's semantics (IAM User Guide, "Condition element" and "condition operators"): every
 * operator and every key in a block must hold; a key holds when any of its values matches; the negated operators
 * hold when none matches. A key missing from the request fails a condition, except under a negated operator, an
 * `…IfExists` operator, or `Null`. An operator this evaluator does not know (the Date family, for one) makes the
 * statement not match, whatever its effect, as does a value whose policy variable does not resolve.
 */



function resolved(values, ctx, variables) {
    const out = values.map((v) => substitute(v, ctx, variables));
    return out.every((v) => v !== undefined) ? out : undefined;
}
function equalsAny(ignoreCase) {
    return (actual, expected, ctx, variables) => {
        const values = resolved(expected, ctx, variables);
        if (!values)
            return undefined;
        const fold = (s) => (ignoreCase ? s.toLowerCase() : s);
        return values.some((v) => fold(v) === fold(actual));
    };
}
const likeAny = (actual, expected, ctx, variables) => {
    const patterns = expected.map((p) => compilePattern(p, ctx, { variables }));
    if (patterns.some((p) => p === undefined))
        return undefined;
    return patterns.some((p) => p.test(actual));
};
function ipBlock(value) {
    const [address, prefix] = value.split('/');
    const family = (0,external_node_net_.isIP)(address);
    if (family === 0)
        return undefined;
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128))
        return undefined;
    const block = new external_node_net_.BlockList();
    block.addSubnet(address, bits, family === 4 ? 'ipv4' : 'ipv6');
    return block;
}
const inRange = (actual, expected) => {
    const family = (0,external_node_net_.isIP)(actual);
    if (family === 0)
        return false;
    return expected.some((range) => ipBlock(range)?.check(actual, family === 4 ? 'ipv4' : 'ipv6') ?? false);
};
function numeric(compare) {
    return (actual, expected) => {
        const a = Number(actual);
        return (!Number.isNaN(a) && expected.some((e) => !Number.isNaN(Number(e)) && compare(a, Number(e))));
    };
}
const bool = (actual, expected) => expected.some((e) => e.toLowerCase() === actual.toLowerCase());
/** the positive tests; `negated` operators hold where these do not */
const OPERATORS = {
    StringEquals: { test: equalsAny(false) },
    StringNotEquals: { test: equalsAny(false), negated: true },
    StringEqualsIgnoreCase: { test: equalsAny(true) },
    StringNotEqualsIgnoreCase: { test: equalsAny(true), negated: true },
    StringLike: { test: likeAny },
    StringNotLike: { test: likeAny, negated: true },
    // IAM treats ArnEquals like ArnLike: both take wildcards
    ArnEquals: { test: likeAny },
    ArnLike: { test: likeAny },
    ArnNotEquals: { test: likeAny, negated: true },
    ArnNotLike: { test: likeAny, negated: true },
    Bool: { test: bool },
    IpAddress: { test: inRange },
    NotIpAddress: { test: inRange, negated: true },
    NumericEquals: { test: numeric((a, b) => a === b) },
    NumericNotEquals: { test: numeric((a, b) => a === b), negated: true },
    NumericLessThan: { test: numeric((a, b) => a < b) },
    NumericLessThanEquals: { test: numeric((a, b) => a <= b) },
    NumericGreaterThan: { test: numeric((a, b) => a > b) },
    NumericGreaterThanEquals: { test: numeric((a, b) => a >= b) }
};
/** undefined for an operator this evaluator does not know */
function operatorHolds(name, keys, ctx, variables) {
    // every key here is single-valued, so ForAnyValue is the plain operator and ForAllValues holds when absent
    const set = /^(ForAnyValue|ForAllValues):/.exec(name)?.[1];
    const base = set ? name.slice(set.length + 1) : name;
    const ifExists = base.endsWith('IfExists');
    const operatorName = ifExists ? base.slice(0, -'IfExists'.length) : base;
    if (operatorName === 'Null') {
        return Object.entries(keys).every(([key, values]) => values.some((v) => (contextValue(key, ctx) === undefined) === (v.toLowerCase() === 'true')));
    }
    const operator = OPERATORS[operatorName];
    if (!operator)
        return undefined;
    for (const [key, expected] of Object.entries(keys)) {
        const actual = contextValue(key, ctx);
        if (actual === undefined) {
            if (ifExists || operator.negated || set === 'ForAllValues')
                continue;
            return false;
        }
        const matched = operator.test(actual, expected, ctx, variables);
        if (matched === undefined)
            return false;
        if (matched === Boolean(operator.negated))
            return false;
    }
    return true;
}
/** Whether the statement's condition block holds for this connection (an empty block always does). */
function conditionsHold(block, ctx, variables) {
    return Object.entries(block).every(([name, keys]) => operatorHolds(name, keys, ctx, variables) === true);
}
/** the operators the evaluator knows, for documentation and for the audit analysis */
const KNOWN_OPERATORS = [...Object.keys(OPERATORS), 'Null'];

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/local/data-plane/policy/document.ts
/**
 * An AWS IoT Core policy document, parsed once into statements the evaluator can match. A document that does not
 * parse grants nothing: CreatePolicy should have refused it (MalformedPolicyException), so the broker never
 * widens access because of a bad document.
 */

function stringList(value, field) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string'))
        throw new Error(`${field} must be a string or a non-empty list of strings`);
    return list;
}
function conditionBlock(value) {
    if (value === undefined)
        return {};
    if (!isObject(value))
        throw new Error('Condition must be an object');
    const block = {};
    for (const [operator, keys] of Object.entries(value)) {
        if (!isObject(keys))
            throw new Error(`Condition ${operator} must map condition keys to values`);
        block[operator] = {};
        for (const [key, values] of Object.entries(keys)) {
            // JSON true and 5 are the strings "true" and "5" to IAM
            const scalar = (v) => typeof v === 'boolean' || typeof v === 'number' ? String(v) : v;
            const list = Array.isArray(values) ? values.map(scalar) : scalar(values);
            block[operator][key] = stringList(list, `Condition ${operator} ${key}`);
        }
    }
    return block;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** exactly one of the two members, as the IAM grammar requires */
function oneOf(raw, plain, negated) {
    if ((raw[plain] === undefined) === (raw[negated] === undefined))
        throw new Error(`a statement needs exactly one of ${plain} and ${negated}`);
    return raw[plain] !== undefined
        ? [stringList(raw[plain], plain), false]
        : [stringList(raw[negated], negated), true];
}
function statement(raw, index) {
    if (!isObject(raw))
        throw new Error(`Statement ${index} must be an object`);
    if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny')
        throw new Error(`Statement ${index}: Effect must be "Allow" or "Deny"`);
    const [actions, notAction] = oneOf(raw, 'Action', 'NotAction');
    const [resources, notResource] = oneOf(raw, 'Resource', 'NotResource');
    return {
        index,
        ...(typeof raw.Sid === 'string' ? { sid: raw.Sid } : {}),
        effect: raw.Effect,
        actions,
        notAction,
        resources,
        notResource,
        condition: conditionBlock(raw.Condition)
    };
}
/** Parse a policy document; never throws (an unparsable document is `valid: false` and grants nothing). */
function parsePolicy(document, name) {
    const named = name === undefined ? {} : { name };
    try {
        const raw = JSON.parse(document);
        if (!isObject(raw))
            throw new Error('the document must be a JSON object');
        const list = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
        if (raw.Statement === undefined || list.length === 0)
            throw new Error('the document has no Statement');
        return {
            ...named,
            valid: true,
            variables: raw.Version === '2012-10-17',
            statements: list.map(statement)
        };
    }
    catch (error) {
        return {
            ...named,
            valid: false,
            error: (0,errors/* errorMessage */.g)(error),
            variables: false,
            statements: []
        };
    }
}

;// CONCATENATED MODULE: ./src/local/data-plane/policy/arns.ts
/**
 * The resource ARNs AWS IoT Core authorizes MQTT actions against ("AWS IoT Core policy actions"): Connect on the
 * client id, Publish / Receive / RetainPublish on the topic name, Subscribe on the topic filter exactly as the
 * client wrote it (its `+` and `#` included); the shadow and job-execution actions on the thing.
 */
function arn(scope, kind, name) {
    return `arn:aws:iot:${scope.region}:${scope.account}:${kind}/${name}`;
}
function clientArn(scope, clientId) {
    return arn(scope, 'client', clientId);
}
function topicArn(scope, topic) {
    return arn(scope, 'topic', topic);
}
function topicFilterArn(scope, filter) {
    return arn(scope, 'topicfilter', filter);
}
function thingArn(scope, thingName) {
    return arn(scope, 'thing', thingName);
}

;// CONCATENATED MODULE: ./src/local/data-plane/policy/evaluate.ts
/**
 * The authorization decision AWS IoT Core makes for every MQTT connect, publish, subscribe and receive: the
 * statements of all policies attached to the principal are pooled; an explicit Deny that matches wins over any
 * Allow; without a matching Allow the request is implicitly denied. Pure: the broker passes the policies and what
 * it knows about the connection.
 */





function applies(statement, policy, action, resource, ctx) {
    // action names are case-insensitive, resources are not
    const actionMatch = matchesAny(statement.actions, action, undefined, {
        variables: false,
        ignoreCase: true
    });
    if (actionMatch === statement.notAction)
        return false;
    const resourceMatch = matchesAny(statement.resources, resource, ctx, {
        variables: policy.variables
    });
    if (resourceMatch === statement.notResource)
        return false;
    return conditionsHold(statement.condition, ctx, policy.variables);
}
function ref(policy, policyIndex, statement) {
    return {
        policyIndex,
        ...(policy.name === undefined ? {} : { policyName: policy.name }),
        statementIndex: statement.index,
        ...(statement.sid === undefined ? {} : { sid: statement.sid })
    };
}
/**
 * Decide one request. `resource` is the ARN from `clientArn` / `topicArn` / `topicFilterArn`. An unparsable
 * document grants nothing (and denies nothing).
 */
function authorize(policies, action, resource, ctx) {
    let allow;
    for (const [policyIndex, input] of policies.entries()) {
        const policy = typeof input === 'string' ? parsePolicy(input) : input;
        for (const statement of policy.statements) {
            if (!applies(statement, policy, action, resource, ctx))
                continue;
            if (statement.effect === 'Deny')
                return { effect: 'explicit-deny', statement: ref(policy, policyIndex, statement) };
            allow ??= ref(policy, policyIndex, statement);
        }
    }
    return allow ? { effect: 'allow', statement: allow } : { effect: 'implicit-deny' };
}

;// CONCATENATED MODULE: ./src/local/data-plane/account-view.ts

function accountView(store, clock, record) {
    // Parsed once per document: the broker decides every publish with them.
    const parsed = new Map();
    const parse = (name, document) => {
        const hit = parsed.get(name);
        if (hit?.document === document)
            return hit.policy;
        const policy = parsePolicy(document, name);
        parsed.set(name, { document, policy });
        return policy;
    };
    const certArn = (s, id) => s.arn(`cert/${id}`);
    // Every publish, subscribe and receive asks which policies govern its certificate; the answer walks all
    // things and policy targets, so it is kept per certificate until a commit changes what it depends on.
    const governing = new Map();
    const DEPENDS_ON = new Set(['policies', 'policyTargets', 'things', 'thingGroups']);
    const certificateListeners = [];
    // The store is watched from the first connect on (the broker starts before the account exists).
    const watched = new WeakSet();
    const watch = (s) => {
        if (watched.has(s))
            return;
        watched.add(s);
        s.onChange((changes) => {
            if (changes.some((c) => DEPENDS_ON.has(c.kind)))
                governing.clear();
            for (const c of changes)
                if (c.kind === 'certificates')
                    for (const listener of certificateListeners)
                        listener(c.name);
        });
    };
    // A connection's record is saved like any other change (a commit persists with --data-dir).
    const commit = (s) => void s.commit().catch(() => undefined);
    return {
        get region() {
            return store().region;
        },
        get account() {
            return store().account;
        },
        now: () => clock.now(),
        certificateStatus: (id) => {
            const s = store();
            watch(s);
            return s.certificates.get(id)?.status;
        },
        thing: (name) => store().things.get(name),
        isAttached: (id, thingName) => {
            const s = store();
            return s.things.get(thingName)?.principals[certArn(s, id)] !== undefined;
        },
        policies: (id) => {
            const s = store();
            watch(s);
            let found = governing.get(id);
            if (!found) {
                found = s.policiesOfPrincipal(certArn(s, id)).flatMap((n) => {
                    const p = s.policies.get(n);
                    return p ? [parse(n, p.document)] : [];
                });
                governing.set(id, found);
            }
            return found;
        },
        record,
        opened: (c) => {
            const s = store();
            s.appendConnection(c);
            commit(s);
        },
        closed: (id, at, reason) => {
            const s = store();
            if (s.updateConnection(id, { disconnectedAt: at, disconnectReason: reason }))
                commit(s);
        },
        onCertificateChange: (listener) => void certificateListeners.push(listener)
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/aedes/aedes.js + 14 modules
var aedes_aedes = __webpack_require__(79245);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(80477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/local/pki/ca.ts
/**
 * The emulator's certificate authority: device certificates that CreateKeysAndCertificate hands out are
 * signed by it, so the local broker can later verify devices exactly as AWS IoT verifies its own.
 */
 // @peculiar/x509 (tsyringe) needs the Reflect polyfill before it loads



x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
const CA_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DEVICE_ALGORITHM = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256'
};
/** AWS IoT device certificates are valid until the end of 2049. */
const DEVICE_NOT_AFTER = new Date('2049-12-31T23:59:59Z');
function serialNumber() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = bytes[0] & 0x7f; // keep the DER integer positive
    return bytes.toString('hex');
}
function pem(label, der) {
    const b64 = Buffer.from(der).toString('base64');
    return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}
class CertificateAuthority {
    certificate;
    key;
    keyPem;
    constructor(certificate, key, keyPem) {
        this.certificate = certificate;
        this.key = key;
        this.keyPem = keyPem;
    }
    static async create(commonName = 'ddac emulator CA') {
        const keys = await external_node_crypto_.webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify']);
        const now = Date.now();
        const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
            serialNumber: serialNumber(),
            name: `CN=${commonName}, O=ddac`,
            notBefore: new Date(now - 60_000),
            notAfter: new Date(now + 20 * 365 * 86_400_000),
            signingAlgorithm: CA_ALGORITHM,
            keys,
            extensions: [
                new x509_cjs/* BasicConstraintsExtension */.WA(true, undefined, true),
                new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
                await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey)
            ]
        });
        const keyPem = pem('PRIVATE KEY', await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
        return new CertificateAuthority(certificate, keys.privateKey, keyPem);
    }
    static async restore(snapshot) {
        const der = (0,external_node_crypto_.createPrivateKey)(snapshot.privateKeyPem).export({ type: 'pkcs8', format: 'der' });
        const key = await external_node_crypto_.webcrypto.subtle.importKey('pkcs8', der, CA_ALGORITHM, true, ['sign']);
        return new CertificateAuthority(new x509_cjs/* X509Certificate */.yI(snapshot.certificatePem), key, snapshot.privateKeyPem);
    }
    get certificatePem() {
        return this.certificate.toString('pem') + '\n';
    }
    snapshot() {
        return { certificatePem: this.certificatePem, privateKeyPem: this.keyPem };
    }
    /** A fresh RSA 2048 key pair and a device certificate for it, as CreateKeysAndCertificate returns them. */
    async issueDeviceCertificate() {
        const keys = await external_node_crypto_.webcrypto.subtle.generateKey(DEVICE_ALGORITHM, true, ['sign', 'verify']);
        const issued = await this.signDevice(keys.publicKey, 'CN=AWS IoT Certificate', [
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey)
        ]);
        const pkcs8 = Buffer.from(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
        const privateKeyPem = (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' })
            .export({ type: 'pkcs1', format: 'pem' })
            .toString();
        return { ...issued, privateKeyPem };
    }
    /** A device certificate for a PKCS#10 request (CreateCertificateFromCsr): the key stays with the device. */
    async signRequest(csrPem) {
        const csr = new x509_cjs/* Pkcs10CertificateRequest */.lt(csrPem);
        if (!(await csr.verify()))
            throw new Error('the certificate signing request is not signed by its key');
        return this.signDevice(await csr.publicKey.export(), csr.subject, []);
    }
    /**
     * A TLS server certificate for a local broker. aws-crt checks the name it dials against the SANs (a mismatch
     * shows up as a 10–20 s hang, not an error), so it names localhost and the loopback addresses.
     */
    async issueServerCertificate(names = ['localhost', '127.0.0.1', '::1']) {
        const keys = await external_node_crypto_.webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify']);
        const now = Date.now();
        const certificate = await this.sign({
            subject: `CN=${names[0] ?? 'localhost'}`,
            publicKey: keys.publicKey,
            notBefore: new Date(now - 60_000),
            notAfter: new Date(now + 365 * 86_400_000),
            usage: x509_cjs/* ExtendedKeyUsage */.CD.serverAuth,
            extensions: [
                new x509_cjs/* SubjectAlternativeNameExtension */.Wx(names.map((n) => ((0,external_node_net_.isIP)(n) ? { type: 'ip', value: n } : { type: 'dns', value: n })))
            ]
        });
        return {
            certificatePem: certificate.toString('pem') + '\n',
            privateKeyPem: pem('PRIVATE KEY', await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
        };
    }
    /**
     * A device certificate for `publicKey`, valid from a minute ago (for clocks a little behind) to AWS's end
     * date; what both create operations answer, but the private key, which only one of them has.
     */
    async signDevice(publicKey, subject, extensions) {
        const notBefore = new Date(Date.now() - 60_000);
        const certificate = await this.sign({
            subject,
            publicKey,
            notBefore,
            notAfter: DEVICE_NOT_AFTER,
            usage: x509_cjs/* ExtendedKeyUsage */.CD.clientAuth,
            extensions: [
                ...extensions,
                await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(this.certificate)
            ]
        });
        return {
            certificateId: certificateId(certificate.rawData),
            certificatePem: certificate.toString('pem') + '\n',
            publicKeyPem: pem('PUBLIC KEY', await external_node_crypto_.webcrypto.subtle.exportKey('spki', publicKey)),
            notBefore,
            notAfter: DEVICE_NOT_AFTER
        };
    }
    /** A leaf certificate this CA signs: not a CA, for digital signatures, for one `usage`. */
    sign(leaf) {
        return x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber: serialNumber(),
            subject: leaf.subject,
            issuer: this.certificate.subject,
            notBefore: leaf.notBefore,
            notAfter: leaf.notAfter,
            signingAlgorithm: CA_ALGORITHM,
            publicKey: leaf.publicKey,
            signingKey: this.key,
            extensions: [
                new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
                new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
                new x509_cjs/* ExtendedKeyUsageExtension */.j6([leaf.usage]),
                ...leaf.extensions
            ]
        });
    }
}
/** AWS IoT's certificate id: the SHA-256 of the certificate's DER encoding, in hex. */
function certificateId(der) {
    return (0,external_node_crypto_.createHash)('sha256').update(new Uint8Array(der)).digest('hex');
}

;// CONCATENATED MODULE: ./src/local/data-plane/metering.ts
/** Samples wait at most this long (or this many) before they reach Detect. */
const BATCH = 500;
const zero = () => ({
    'aws:num-messages-sent': 0,
    'aws:num-messages-received': 0,
    'aws:message-byte-size': 0,
    'aws:num-authorization-failures': 0,
    'aws:num-connection-attempts': 0,
    'aws:num-disconnects': 0
});
class Meter {
    account;
    pending = [];
    scheduled = false;
    totals = new Map();
    constructor(account) {
        this.account = account;
    }
    add(thingName, metric, value = 1) {
        if (thingName === undefined)
            return;
        let t = this.totals.get(thingName);
        if (!t)
            this.totals.set(thingName, (t = zero()));
        t[metric] += value;
        this.pending.push({ thingName, metric, at: this.account.now(), value });
        if (this.pending.length >= BATCH)
            this.flush();
        else if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => this.flush());
        }
    }
    flush() {
        this.scheduled = false;
        if (this.pending.length === 0)
            return;
        const batch = this.pending;
        this.pending = [];
        this.account.record(batch);
    }
    attempt(thing) {
        this.add(thing, 'aws:num-connection-attempts');
    }
    denied(thing) {
        this.add(thing, 'aws:num-authorization-failures');
    }
    connected(s, sourcePort) {
        if (!s.ctx)
            return;
        const connectedAt = this.account.now();
        s.connectedAt = connectedAt;
        const record = {
            id: s.id,
            clientId: s.ctx.clientId,
            certificateId: s.certificateId,
            ...(s.ctx.thingName && s.ctx.thingIsAttached ? { thingName: s.ctx.thingName } : {}),
            sourceIp: s.ctx.sourceIp ?? '',
            sourcePort,
            connectedAt
        };
        this.account.opened(record);
    }
    published(thing, bytes) {
        this.add(thing, 'aws:num-messages-sent');
        this.add(thing, 'aws:message-byte-size', bytes);
    }
    received(thing) {
        this.add(thing, 'aws:num-messages-received');
    }
    disconnected(s, reason) {
        if (s.connectedAt === undefined)
            return; // never connected: the refused attempt was counted
        this.add(s.ctx?.clientId, 'aws:num-disconnects');
        this.account.closed(s.id, this.account.now(), reason);
        s.connectedAt = undefined;
    }
}

;// CONCATENATED MODULE: ./src/local/data-plane/broker.ts
/**
 * The emulator's data plane: an MQTT 3.1.1 broker (aedes) behind mutual TLS, as AWS IoT Core's: a client
 * presents a certificate the emulator's CA issued and the account holds ACTIVE; every connect, publish,
 * subscribe and receive is authorized by the policies that apply (policy/evaluate.ts); a denied connect is
 * refused and a denied publish or subscribe closes the connection, as AWS does for MQTT 3.1.1; a second
 * connection with a client id in use takes over and ends the first (MQTT-3.1.4-2); a certificate set
 * INACTIVE or REVOKED ends the connections it authenticated (AWS: "IoT disconnects all devices that used
 * that certificate"); and every cloud-side metric is counted per thing (metering.ts), for Detect to evaluate.
 */






const sessions = new WeakMap();
const sessionOf = (client) => sessions.get(client.conn);
const denial = (what) => Object.assign(new Error(`Not authorized: ${what}`), { returnCode: 5 });
async function startBroker(o) {
    const account = o.account;
    const meter = new Meter(account);
    const scope = () => ({
        region: account.region,
        account: account.account
    });
    const allowed = (s, action, resource) => !!s.ctx &&
        authorize(account.policies(s.certificateId), action, resource, s.ctx).effect === 'allow';
    // The connection of each client id, once aedes has registered it.
    const live = new Map();
    const end = (client, reason) => {
        const s = sessionOf(client);
        if (s)
            s.ending ??= reason;
    };
    const aedes = await aedes_aedes/* Aedes */.x.createBroker({
        authenticate: (client, _user, _password, done) => {
            const s = sessionOf(client);
            if (!s)
                return done(denial('no client certificate'), false);
            const clientId = client.id;
            const thing = account.thing(clientId);
            const attached = thing !== undefined && account.isAttached(s.certificateId, clientId);
            s.ctx = {
                clientId,
                ...(thing ? { thingName: clientId, thingAttributes: thing.attributes } : {}),
                ...(thing?.thingTypeName ? { thingTypeName: thing.thingTypeName } : {}),
                thingIsAttached: attached,
                certificateId: s.certificateId,
                sourceIp: client.conn.remoteAddress ?? '',
                ...scope()
            };
            meter.attempt(s.ctx.clientId);
            const status = account.certificateStatus(s.certificateId);
            if (status !== 'ACTIVE') {
                // unknown, deleted, INACTIVE or REVOKED: AWS refuses the connection
                return done(denial(`certificate ${status ?? 'unknown to the account'}`), false);
            }
            if (!allowed(s, 'iot:Connect', clientArn(scope(), clientId))) {
                meter.denied(s.ctx.clientId);
                return done(denial(`iot:Connect on client/${clientId}`), false);
            }
            meter.connected(s, client.conn.remotePort ?? 0);
            // aedes closes the connection this one takes over once it registers this one
            const previous = live.get(clientId);
            if (previous)
                end(previous, 'DUPLICATE_CLIENT_ID');
            done(null, true);
        },
        authorizePublish: (client, packet, done) => {
            const s = client && sessionOf(client);
            if (!s?.ctx)
                return done(new Error('not connected'));
            const topic = packet.topic;
            const ok = allowed(s, 'iot:Publish', topicArn(scope(), topic)) &&
                (!packet.retain || allowed(s, 'iot:RetainPublish', topicArn(scope(), topic)));
            if (!ok) {
                meter.denied(s.ctx.clientId);
                s.ending ??= 'AUTHORIZATION_FAILURE';
                return done(new Error(`Not authorized: iot:Publish on topic/${topic}`));
            }
            meter.published(s.ctx.clientId, Buffer.byteLength(packet.payload ?? ''));
            done(null);
        },
        authorizeSubscribe: (client, sub, done) => {
            const s = sessionOf(client);
            if (!s?.ctx)
                return done(new Error('not connected'));
            if (!allowed(s, 'iot:Subscribe', topicFilterArn(scope(), sub.topic))) {
                meter.denied(s.ctx.clientId);
                s.ending ??= 'AUTHORIZATION_FAILURE';
                return done(new Error(`Not authorized: iot:Subscribe on topicfilter/${sub.topic}`));
            }
            done(null, sub);
        },
        authorizeForward: (client, packet) => {
            const s = sessionOf(client);
            if (!s?.ctx)
                return null;
            if (!allowed(s, 'iot:Receive', topicArn(scope(), packet.topic))) {
                meter.denied(s.ctx.clientId);
                return null;
            }
            meter.received(s.ctx.clientId);
            return packet;
        }
    });
    aedes.on('clientDisconnect', (client) => {
        if (live.get(client.id) === client)
            live.delete(client.id);
        const s = sessionOf(client);
        // aedes marks a client that sent DISCONNECT (MQTT-3.14.4); any other end is a dropped connection
        const graceful = client._disconnected === true;
        if (s)
            meter.disconnected(s, s.ending ?? (graceful ? 'CLIENT_INITIATED_DISCONNECT' : 'CONNECTION_LOST'));
    });
    aedes.on('client', (client) => {
        live.set(client.id, client);
        client.on('error', () => undefined);
    });
    // AWS does this "within a few minutes" of UpdateCertificate (the emulator at the commit) and names no
    // reason for it; of its lifecycle events' reasons, the server's own disconnect fits.
    account.onCertificateChange((certificateId) => {
        if (account.certificateStatus(certificateId) === 'ACTIVE')
            return;
        for (const client of live.values())
            if (sessionOf(client)?.certificateId === certificateId) {
                end(client, 'SERVER_INITIATED_DISCONNECT');
                client.close();
            }
    });
    const server = (0,external_node_tls_.createServer)({
        key: o.server.privateKeyPem,
        cert: o.server.certificatePem,
        ca: [o.caPem],
        requestCert: true,
        rejectUnauthorized: true
    });
    server.on('secureConnection', (socket) => {
        const peer = socket.getPeerCertificate();
        if (!peer?.raw)
            return socket.destroy();
        sessions.set(socket, { id: (0,external_node_crypto_.randomUUID)(), certificateId: certificateId(peer.raw) });
        socket.on('error', () => undefined);
        aedes.handle(socket);
    });
    server.on('tlsClientError', () => undefined);
    const host = o.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(o.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    let stopped;
    return {
        host,
        port,
        connected: () => aedes.connectedClients,
        totals: (thing) => meter.totals.get(thing),
        stop: () => (stopped ??= (async () => {
            await new Promise((resolve) => aedes.close(() => resolve()));
            await new Promise((resolve) => server.close(() => resolve()));
            meter.flush();
        })())
    };
}

;// CONCATENATED MODULE: ./src/local/audit/finding.ts
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** checkRunStatus of a completed check */
function runStatus(result) {
    return result.findings.length ? 'COMPLETED_NON_COMPLIANT' : 'COMPLETED_COMPLIANT';
}
/** additionalInfo times: AWS sends epoch milliseconds as strings. */
const msString = (t) => String(Math.trunc(t));

;// CONCATENATED MODULE: ./src/local/audit/account-checks.ts

/** The guide's default: expiring within 30 days (CERT_EXPIRATION_THRESHOLD_IN_DAYS overrides it). */
const DEFAULT_EXPIRATION_THRESHOLD_DAYS = 30;
const inUse = (c) => c.status === 'ACTIVE' || c.status === 'PENDING_TRANSFER';
const certificate = (c) => ({
    resourceType: 'DEVICE_CERTIFICATE',
    resourceIdentifier: { deviceCertificateId: c.certificateId }
});
function deviceCertificateExpiring(certificates, now, thresholdDays = DEFAULT_EXPIRATION_THRESHOLD_DAYS) {
    const checked = certificates.filter(inUse);
    const findings = [];
    for (const c of checked) {
        const expiry = c.validity.notAfter;
        if (expiry > now + thresholdDays * DAY_MS)
            continue;
        const past = expiry <= now;
        findings.push({
            severity: 'MEDIUM',
            nonCompliantResource: {
                ...certificate(c),
                additionalInfo: { EXPIRATION_TIME: msString(expiry) }
            },
            reasonForNonCompliance: past ? 'Certificate has expired.' : 'Certificate is expiring.',
            reasonForNonComplianceCode: past
                ? 'CERTIFICATE_PAST_EXPIRATION'
                : 'CERTIFICATE_APPROACHING_EXPIRATION'
        });
    }
    return { totalResourcesCount: checked.length, findings };
}
/** `revokedByIssuer`: ids of the certificates their CA's revocation list names. */
function revokedDeviceCertificateStillActive(certificates, revokedByIssuer) {
    const checked = certificates.filter(inUse);
    return {
        totalResourcesCount: checked.length,
        findings: checked
            .filter((c) => revokedByIssuer.has(c.certificateId))
            .map((c) => ({
            severity: 'MEDIUM',
            nonCompliantResource: certificate(c),
            reasonForNonCompliance: 'Certificate is revoked by issuer but still active.',
            reasonForNonComplianceCode: 'CERTIFICATE_REVOKED_BY_ISSUER'
        }))
    };
}
/** Logging counts as enabled when v1 or v2 logs at some level; the check verifies both, as the guide says. */
function loggingDisabled(options, account) {
    const v1 = options?.v1 !== undefined && options.v1.logLevel !== 'DISABLED';
    const v2 = options?.v2 !== undefined &&
        !options.v2.disableAllLogs &&
        options.v2.defaultLogLevel !== 'DISABLED';
    return {
        totalResourcesCount: 1,
        findings: v1 || v2
            ? []
            : [
                {
                    severity: 'LOW',
                    nonCompliantResource: {
                        resourceType: 'ACCOUNT_SETTINGS',
                        resourceIdentifier: { account }
                    },
                    reasonForNonCompliance: 'Logging is disabled.',
                    reasonForNonComplianceCode: 'LOGGING_DISABLED'
                }
            ]
    };
}

;// CONCATENATED MODULE: ./src/local/audit/connection-checks.ts

/** Connections that were open at some time inside the window (an open one counts as open until `to`). */
function inWindow(connections, w) {
    return connections.filter((c) => c.connectedAt <= w.to && (c.disconnectedAt ?? Infinity) >= w.from);
}
function groupBy(items, key) {
    const groups = new Map();
    for (const c of items)
        groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
    return groups;
}
const overlap = (a, b, end) => a.connectedAt < Math.min(b.disconnectedAt ?? end, end) &&
    b.connectedAt < Math.min(a.disconnectedAt ?? end, end);
function clientResource(c) {
    const info = { CONNECTION_TIME: msString(c.connectedAt) };
    if (c.disconnectedAt !== undefined)
        info.DISCONNECTION_TIME = msString(c.disconnectedAt);
    return {
        resourceType: 'CLIENT_ID',
        resourceIdentifier: { clientId: c.clientId },
        additionalInfo: info
    };
}
/**
 * DEVICE_CERTIFICATE_SHARED_CHECK over `window`, which the engine ends the documented look-back lag
 * (2 hours on AWS) before the check runs, so a connection newer than that is not seen yet.
 */
function deviceCertificateShared(connections, window) {
    const byCert = groupBy(inWindow(connections, window), (c) => c.certificateId);
    const findings = [];
    for (const [certificateId, list] of byCert) {
        const sharing = list.filter((a) => list.some((b) => b.clientId !== a.clientId && overlap(a, b, window.to)));
        if (!sharing.length)
            continue;
        findings.push({
            severity: 'CRITICAL',
            nonCompliantResource: {
                resourceType: 'DEVICE_CERTIFICATE',
                resourceIdentifier: { deviceCertificateId: certificateId }
            },
            // Most recent first, as the guide says.
            relatedResources: [...sharing]
                .sort((a, b) => b.connectedAt - a.connectedAt)
                .map(clientResource),
            reasonForNonCompliance: 'Certificate shared by one or more devices.',
            reasonForNonComplianceCode: 'CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES'
        });
    }
    return { totalResourcesCount: byCert.size, findings };
}
/** CONFLICTING_CLIENT_IDS_CHECK: a client id one of whose connections was ended by a newer one with the same id. */
function conflictingClientIds(connections, window) {
    const byClient = groupBy(inWindow(connections, window), (c) => c.clientId);
    const findings = [];
    for (const [clientId, list] of byClient) {
        const knockedOff = list.filter((c) => c.disconnectReason === 'DUPLICATE_CLIENT_ID' &&
            c.disconnectedAt !== undefined &&
            c.disconnectedAt <= window.to);
        if (!knockedOff.length)
            continue;
        const principals = [...new Set(list.map((c) => c.certificateId))];
        findings.push({
            severity: 'HIGH',
            nonCompliantResource: { resourceType: 'CLIENT_ID', resourceIdentifier: { clientId } },
            relatedResources: principals.map((id) => {
                const ends = knockedOff.filter((c) => c.certificateId === id).map((c) => c.disconnectedAt);
                return {
                    resourceType: 'DEVICE_CERTIFICATE',
                    resourceIdentifier: { deviceCertificateId: id },
                    ...(ends.length && {
                        additionalInfo: { DISCONNECTION_TIME: msString(Math.max(...ends)) }
                    })
                };
            }),
            reasonForNonCompliance: 'Multiple connections use the same client ID.',
            reasonForNonComplianceCode: 'DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS'
        });
    }
    return { totalResourcesCount: byClient.size, findings };
}

;// CONCATENATED MODULE: ./src/local/audit/policy-checks.ts
const DATA_PLANE = [
    'iot:connect',
    'iot:publish',
    'iot:subscribe',
    'iot:receive',
    'iot:getthingshadow',
    'iot:updatethingshadow',
    'iot:deletethingshadow',
    'iot:describejobexecution',
    'iot:getpendingjobexecutions',
    'iot:startnextpendingjobexecution',
    'iot:updatejobexecution'
];
const list = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
/** IAM action patterns: `*` any run of characters, `?` one, case-insensitive. */
function matches(pattern, action) {
    const re = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${re.replaceAll('*', '.*').replaceAll('?', '.')}$`).test(action);
}
/** The resource part after the account (`client/…`, `topic/…`), or the whole string when it is not an ARN. */
function resourcePath(resource) {
    const parts = resource.split(':');
    return parts.length >= 6 ? parts.slice(5).join(':') : resource;
}
const isAttachedCondition = (s) => Object.values(s.Condition ?? {}).some((c) => Object.entries(c).some(([k, v]) => k.toLowerCase() === 'iot:connection.thing.isattached' && String(v) === 'true'));
/** A resource that reaches every device: a wildcard where the client, topic or thing name goes. */
function broadResource(resource, s) {
    const path = resourcePath(resource);
    if (path === '*' || resource === '*')
        return true;
    const [kind, ...rest] = path.split('/');
    const name = rest.join('/');
    if (!['client', 'topic', 'topicfilter', 'thing'].includes(kind))
        return false;
    if (name.startsWith('*') || name.startsWith('#') || name.startsWith('+'))
        return true;
    // `$aws/things/*/shadow/…` and `$aws/things/+/jobs/…` address every thing's shadow or jobs.
    if (/^\$aws\/things\/[*+#]/.test(name))
        return true;
    // The guide: client/${iot:ClientId} equals client/* unless the thing must be attached.
    return kind === 'client' && name === '${iot:ClientId}' && !isAttachedCondition(s);
}
function broadStatement(s) {
    if (s.Effect !== 'Allow')
        return false;
    const actions = list(s.Action);
    const dataPlane = DATA_PLANE.some((a) => actions.some((p) => matches(p, a)));
    return dataPlane && list(s.Resource).some((r) => broadResource(r, s));
}
/** A document the check cannot parse counts as compliant: AWS stored only documents it accepted. */
function statements(document) {
    try {
        const parsed = JSON.parse(document);
        return Array.isArray(parsed.Statement)
            ? parsed.Statement
            : parsed.Statement
                ? [parsed.Statement]
                : [];
    }
    catch {
        return [];
    }
}
/** The default analysis: some Allow statement grants a data-plane action on every device. */
const documentIsBroad = (document) => statements(document).some(broadStatement);
function iotPolicyOverlyPermissive(policies, isBroad = documentIsBroad) {
    return {
        totalResourcesCount: policies.length,
        findings: policies
            .filter((p) => isBroad(p.document))
            .map((p) => ({
            severity: 'CRITICAL',
            // The emulator keeps one version per policy, which GetPolicy reports as version 1.
            nonCompliantResource: {
                resourceType: 'IOT_POLICY',
                resourceIdentifier: {
                    policyVersionIdentifier: { policyName: p.name, policyVersionId: '1' }
                }
            },
            reasonForNonCompliance: 'Policy allows broad access to IoT data plane actions.',
            reasonForNonComplianceCode: 'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS'
        }))
    };
}

;// CONCATENATED MODULE: ./src/local/audit/evaluate.ts




/** On demand the connection checks read 31 days back; a scheduled audit reads since its last run. */
const ON_DEMAND_LOOKBACK_MS = 31 * DAY_MS;
function expirationThreshold(config) {
    const days = Number(config?.configuration?.CERT_EXPIRATION_THRESHOLD_IN_DAYS);
    return Number.isFinite(days) && days > 0 ? days : DEFAULT_EXPIRATION_THRESHOLD_DAYS;
}
function evaluateCheck(name, inputs, timing) {
    const from = timing.lastRun ?? timing.taskStartTime - ON_DEMAND_LOOKBACK_MS;
    switch (name) {
        case 'DEVICE_CERTIFICATE_SHARED_CHECK':
            // On demand: up to the lag before the check runs; scheduled: both ends the lag earlier.
            return timing.lastRun === undefined
                ? deviceCertificateShared(inputs.connections, {
                    from,
                    to: timing.now - timing.lookbackLagMs
                })
                : deviceCertificateShared(inputs.connections, {
                    from: from - timing.lookbackLagMs,
                    to: timing.taskStartTime - timing.lookbackLagMs
                });
        case 'CONFLICTING_CLIENT_IDS_CHECK':
            return conflictingClientIds(inputs.connections, { from, to: timing.taskStartTime });
        case 'IOT_POLICY_OVERLY_PERMISSIVE_CHECK':
            return iotPolicyOverlyPermissive(inputs.policies, inputs.overlyPermissive);
        case 'LOGGING_DISABLED_CHECK':
            return loggingDisabled(inputs.loggingOptions, inputs.account);
        case 'REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK':
            return revokedDeviceCertificateStillActive(inputs.certificates, inputs.revokedByIssuer);
        case 'DEVICE_CERTIFICATE_EXPIRING_CHECK':
            return deviceCertificateExpiring(inputs.certificates, timing.now, expirationThreshold(inputs.checkConfigurations[name]));
        default:
            return { totalResourcesCount: 0, findings: [] };
    }
}

;// CONCATENATED MODULE: ./src/local/audit/schedule.ts

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** The start (00:00 UTC) of the day after the one `t` falls in. */
const nextDayStart = (t) => Math.floor(t / DAY_MS) * DAY_MS + DAY_MS;
function lastDayOfMonth(d) {
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
}
/** Whether `audit` runs on the UTC day starting at `dayStart`, given the start of its last run. */
function isDue(audit, dayStart, lastRun) {
    const day = new Date(dayStart);
    switch (audit.frequency) {
        case 'DAILY':
            return true;
        case 'WEEKLY':
            return WEEKDAYS[day.getUTCDay()] === audit.dayOfWeek;
        case 'BIWEEKLY':
            return (WEEKDAYS[day.getUTCDay()] === audit.dayOfWeek &&
                (lastRun === undefined || dayStart - lastRun >= 13 * DAY_MS));
        case 'MONTHLY': {
            const last = lastDayOfMonth(day);
            const wanted = audit.dayOfMonth === 'LAST' ? last : Math.min(Number(audit.dayOfMonth), last);
            return day.getUTCDate() === wanted;
        }
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/local/audit/engine.ts
/**
 * The emulator's audit engine. StartOnDemandAuditTask records a task IN_PROGRESS and hands it here; after
 * `taskDurationMs` of emulated time the engine evaluates the checks over the store, writes the findings,
 * completes the task and commits (so findings persist with a data directory). A task canceled meanwhile
 * stays CANCELED. `watchRegion` starts the clock-driven scheduler: at each 00:00 UTC it starts a
 * SCHEDULED_AUDIT_TASK for every scheduled audit due that day.
 *
 * The engine is typed structurally against operations/context.ts's AuditEngine, since local/audit sits
 * below local/operations and must not import it.
 */




const DEFAULT_TASK_DURATION_MS = 10_000;
const SHARED_CERTIFICATE_LAG_MS = 2 * HOUR_MS;
class AuditEngine {
    duration;
    lag;
    policyAnalysis;
    schedulers = new Map();
    /** task id → its completion timer */
    pending = new Map();
    resumes = [];
    constructor(options = {}) {
        this.duration = options.taskDurationMs ?? DEFAULT_TASK_DURATION_MS;
        this.lag = options.lookbackLagMs ?? SHARED_CERTIFICATE_LAG_MS;
        this.policyAnalysis = options.policyAnalysis;
    }
    startTask(task, { store, clock }) {
        const timer = clock.setTimeout(async () => {
            this.pending.delete(task.taskId);
            try {
                await store.transaction(() => this.complete(store, task.taskId, clock.now()));
            }
            catch {
                // A failed commit (the data directory) must not take down the emulator's timer loop.
            }
        }, this.duration);
        this.pending.set(task.taskId, timer);
    }
    /**
     * Run scheduled audits of this region's store from the next 00:00 UTC on, and resume the tasks a data
     * directory kept IN_PROGRESS (their timers died with the previous process). The store is restored after
     * it is made, so resuming waits for the clock's first tick.
     */
    watchRegion({ store, clock }) {
        if (this.schedulers.has(store))
            return;
        this.resumes.push(clock.setTimeout(() => {
            for (const t of store.auditTasks.values())
                if (t.taskStatus === 'IN_PROGRESS' && !this.pending.has(t.taskId))
                    this.startTask(t, { store, clock });
        }, 0));
        const arm = () => {
            this.schedulers.set(store, clock.setTimeout(async () => {
                arm();
                try {
                    await store.transaction(() => this.startScheduled(store, clock));
                }
                catch {
                    // as above: the next day runs again
                }
            }, nextDayStart(clock.now()) - clock.now()));
        };
        arm();
    }
    /** Cancel schedulers and tasks not yet completed: a stopped emulator must not write its data directory. */
    stop() {
        for (const t of [...this.schedulers.values(), ...this.pending.values(), ...this.resumes])
            t.cancel();
        this.resumes.length = 0;
        this.schedulers.clear();
        this.pending.clear();
    }
    startScheduled(store, clock) {
        const now = clock.now();
        const dayStart = nextDayStart(now) - 86_400_000;
        for (const audit of store.scheduledAudits.values()) {
            if (!isDue(audit, dayStart, lastRun(store, audit.name, now)))
                continue;
            const task = {
                taskId: (0,external_node_crypto_.randomUUID)().replaceAll('-', ''),
                taskType: 'SCHEDULED_AUDIT_TASK',
                taskStatus: 'IN_PROGRESS',
                taskStartTime: now,
                scheduledAuditName: audit.name,
                checks: Object.fromEntries(audit.targetCheckNames.map((c) => [
                    c,
                    { checkRunStatus: 'IN_PROGRESS', totalResourcesCount: 0, nonCompliantResourcesCount: 0 }
                ]))
            };
            store.auditTasks.set(task.taskId, task);
            this.startTask(task, { store, clock });
        }
    }
    complete(store, taskId, now) {
        const task = store.auditTasks.get(taskId);
        if (task?.taskStatus !== 'IN_PROGRESS')
            return; // canceled, or gone
        const inputs = auditInputs(store, this.policyAnalysis);
        const timing = {
            taskStartTime: task.taskStartTime,
            now,
            lastRun: task.scheduledAuditName
                ? lastRun(store, task.scheduledAuditName, task.taskStartTime)
                : undefined,
            lookbackLagMs: this.lag
        };
        const checks = {};
        for (const name of Object.keys(task.checks)) {
            const result = evaluateCheck(name, inputs, timing);
            checks[name] = {
                checkRunStatus: runStatus(result),
                totalResourcesCount: result.totalResourcesCount,
                nonCompliantResourcesCount: result.findings.length
            };
            for (const f of result.findings) {
                const record = {
                    findingId: (0,external_node_crypto_.randomUUID)().replaceAll('-', ''),
                    taskId,
                    checkName: name,
                    taskStartTime: task.taskStartTime,
                    findingTime: now,
                    severity: f.severity,
                    nonCompliantResource: { ...f.nonCompliantResource },
                    relatedResources: f.relatedResources?.map((r) => ({ ...r })),
                    reasonForNonCompliance: f.reasonForNonCompliance,
                    reasonForNonComplianceCode: f.reasonForNonComplianceCode,
                    isSuppressed: false
                };
                store.auditFindings.set(record.findingId, record);
            }
        }
        store.auditTasks.set(taskId, { ...task, taskStatus: 'COMPLETED', checks });
    }
}
/** The start of the latest run of a scheduled audit before `before`. */
function lastRun(store, auditName, before) {
    let latest;
    for (const t of store.auditTasks.values())
        if (t.scheduledAuditName === auditName && t.taskStartTime < before)
            latest = Math.max(latest ?? -Infinity, t.taskStartTime);
    return latest;
}
function auditInputs(store, analysis) {
    const scope = { account: store.account, region: store.region };
    return {
        overlyPermissive: analysis && ((document) => analysis(document, scope)),
        account: store.account,
        certificates: [...store.certificates.values()],
        policies: [...store.policies.values()],
        connections: store.connections,
        loggingOptions: store.loggingOptions,
        revokedByIssuer: new Set(),
        checkConfigurations: store.auditConfiguration?.checks ?? {}
    };
}

;// CONCATENATED MODULE: ./src/local/data-plane/policy/permissiveness.ts
/**
 * The analysis behind the audit's IOT_POLICY_OVERLY_PERMISSIVE_CHECK (AWS IoT developer guide, "AWS IoT policies
 * overly permissive", /work/shared/aws-iot-docs/audit-chk-iot-policy-permissive.md): a device policy should reach
 * only that device's resources. The check flags a policy that lets one device
 * - connect with a client id that is not its own thing: `client/*`, or `client/${iot:ClientId}` without
 *   `iot:Connection.Thing.IsAttached` (the guide: "equivalent to the wildcard *");
 * - publish to, or subscribe to, another device's reserved shadow or job topics (`topic/$aws/things/*`,
 *   `topicfilter/$aws/things/+/shadow/update` whose `+` is literal and so lets the client subscribe with it,
 *   `topicfilter/#`, or any `*` resource);
 * - run the shadow or job-execution actions on another thing (`thing/*`).
 * Receive is never flagged: a device only receives what it may subscribe to.
 *
 * Rather than pattern-match the text, the policy is asked, through the evaluator, whether a probe device (an
 * attached thing `ddac-probe-self`, or a client whose certificate is attached to no thing of its client id) may
 * reach a resource of `ddac-probe-other`; the policy's own Deny statements and conditions count. A condition on a
 * key the probe lacks (aws:SourceIp) fails, so an IP-restricted Allow is not flagged.
 */

const OVERLY_PERMISSIVE_REASON = 'ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS';
const SELF = 'ddac-probe-self';
const OTHER = 'ddac-probe-other';
const SHADOW_AND_JOB_ACTIONS = [
    'iot:GetThingShadow',
    'iot:UpdateThingShadow',
    'iot:DeleteThingShadow',
    'iot:DescribeJobExecution',
    'iot:GetPendingJobExecutions',
    'iot:StartNextPendingJobExecution',
    'iot:UpdateJobExecution'
];
/** the requests of a device that reach beyond itself, each with the connection that makes it */
function probes(scope) {
    const base = { certificateId: 'ddac-probe', ...scope };
    const self = { ...base, clientId: SELF, thingName: SELF, thingIsAttached: true };
    // a certificate not attached to the thing its client id names: the client id is then anyone's
    const impostor = {
        ...base,
        clientId: OTHER,
        thingName: OTHER,
        thingIsAttached: false
    };
    const topics = [`$aws/things/${OTHER}/shadow/update`, `$aws/things/${OTHER}/jobs/get`];
    const filters = [...topics, `$aws/things/+/shadow/update`, '$aws/things/#', '#'];
    return [
        { action: 'iot:Connect', resource: clientArn(scope, OTHER), ctx: impostor },
        ...['iot:Publish', 'iot:RetainPublish'].flatMap((action) => topics.map((t) => ({ action, resource: topicArn(scope, t), ctx: self }))),
        ...filters.map((f) => ({
            action: 'iot:Subscribe',
            resource: topicFilterArn(scope, f),
            ctx: self
        })),
        ...SHADOW_AND_JOB_ACTIONS.map((action) => ({
            action,
            resource: thingArn(scope, OTHER),
            ctx: self
        }))
    ];
}
/**
 * Whether a policy document grants broad access to data-plane actions. `scope` is the account and region the
 * audit runs in, so that account-specific ARNs in the policy are weighed where they apply.
 */
function permissiveness(document, scope) {
    const policy = parsePolicy(document);
    const grants = [];
    for (const probe of probes(scope)) {
        const decision = authorize([policy], probe.action, probe.resource, probe.ctx);
        if (decision.effect !== 'allow')
            continue;
        const { statementIndex, sid } = decision.statement;
        grants.push({
            action: probe.action,
            resource: probe.resource,
            statementIndex,
            ...(sid ? { sid } : {})
        });
    }
    const allActionStatements = policy.statements
        .filter((s) => s.effect === 'Allow' &&
        !s.notAction &&
        s.actions.some((a) => a === '*' || a.toLowerCase() === 'iot:*'))
        .map((s) => s.index);
    return {
        valid: policy.valid,
        overlyPermissive: grants.length > 0,
        ...(grants.length > 0 ? { reasonCode: OVERLY_PERMISSIVE_REASON } : {}),
        grants,
        allActionStatements
    };
}

;// CONCATENATED MODULE: ./src/local/store/detect-records.ts
function emptyDetectRecords() {
    return { seen: {}, buckets: {}, evaluatedUntil: {}, alarms: {}, models: {} };
}

;// CONCATENATED MODULE: ./src/local/detect/criteria.ts
/**
 * Whether one datapoint meets a behavior's criteria. AWS's criteria describe how a device behaves NORMALLY
 * ("The criteria by which the behavior is determined to be normal", API reference BehaviorCriteria; the guide's
 * "Max Message Size … less-than-equals 1024" and the troubleshooting page's in-port-set example), so a
 * datapoint that does not meet them is a violation.
 */

function criteriaType(criteria) {
    if (criteria?.mlDetectionConfig)
        return 'MACHINE_LEARNING';
    if (criteria?.statisticalThreshold)
        return 'STATISTICAL';
    return 'STATIC';
}
/** The single number of a numeric datapoint or criteria value (`count` for AWS metrics, `number` for custom ones). */
function scalar(value) {
    return value?.count ?? value?.number;
}
function compare(operator, observed, bound) {
    switch (operator) {
        case 'less-than':
            return observed < bound;
        case 'less-than-equals':
            return observed <= bound;
        case 'greater-than':
            return observed > bound;
        case 'greater-than-equals':
            return observed >= bound;
        default:
            throw new Error(`the operator ${operator} does not compare numbers`);
    }
}
function cidrSet(cidrs) {
    const list = new external_node_net_.BlockList();
    for (const cidr of cidrs) {
        const [address, bits] = cidr.split('/');
        const family = (0,external_node_net_.isIP)(address ?? '') === 6 ? 'ipv6' : 'ipv4';
        if (bits === undefined)
            list.addAddress(address, family);
        else
            list.addSubnet(address, Number(bits), family);
    }
    return list;
}
const inCidrs = (list, ip) => (0,external_node_net_.isIP)(ip) !== 0 && list.check(ip, (0,external_node_net_.isIP)(ip) === 6 ? 'ipv6' : 'ipv4');
/**
 * Set operators: `in-…` is normal when every observed member is in the set, `not-in-…` when none is. An empty
 * observation always conforms (troubleshooting guide: "An empty list of ports or IP addresses is always
 * considered in conformity").
 */
function setConforms(inSet, observed, member) {
    return inSet ? observed.every(member) : !observed.some(member);
}
/**
 * Does `observed` meet `criteria`? `threshold` is the resolved statistical threshold for STATISTICAL criteria
 * (the percentile of the fleet's datapoints in the same window).
 */
function conforms(criteria, observed, threshold) {
    const op = criteria.comparisonOperator;
    if (op === undefined)
        throw new Error('the criteria have no comparisonOperator');
    const value = criteria.value ?? {};
    switch (op) {
        case 'in-cidr-set':
        case 'not-in-cidr-set': {
            const list = cidrSet(value.cidrs ?? []);
            return setConforms(op === 'in-cidr-set', observed.cidrs ?? [], (ip) => inCidrs(list, ip));
        }
        case 'in-port-set':
        case 'not-in-port-set': {
            const ports = new Set(value.ports ?? []);
            return setConforms(op === 'in-port-set', observed.ports ?? [], (p) => ports.has(p));
        }
        case 'in-set':
        case 'not-in-set': {
            const set = new Set(value.strings ?? value.numbers ?? []);
            const members = observed.strings ?? observed.numbers ?? [];
            return setConforms(op === 'in-set', members, (m) => set.has(m));
        }
        default: {
            const bound = threshold ?? scalar(value);
            const actual = scalar(observed);
            if (bound === undefined || actual === undefined)
                throw new Error(`the criteria or the datapoint has no number to compare with ${op}`);
            return compare(op, actual, bound);
        }
    }
}
/** The statistic `p99.9` as the percentile 99.9. */
function percentileOf(statistic) {
    const p = Number(statistic.replace(/^p/, ''));
    if (!Number.isFinite(p) || p < 0 || p > 100)
        throw new Error(`${statistic} is not a percentile`);
    return p;
}
/**
 * The nearest-rank percentile: the smallest datapoint that at least p % of the datapoints are at or below
 * (p0 is the smallest). Undefined for no datapoints.
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}

// EXTERNAL MODULE: ./src/model/catalog/metrics.ts
var metrics = __webpack_require__(87788);
;// CONCATENATED MODULE: ./src/local/detect/ml-model.ts
const CONFIDENCE_FACTOR = { LOW: 2, MEDIUM: 4, HIGH: 8 };
function newModel(now) {
    return {
        status: 'PENDING_BUILD',
        createdAt: now,
        datapoints: 0,
        collectionPercentage: 0,
        mean: 0,
        m2: 0
    };
}
/** The value above which a datapoint is anomalous at this confidence level. */
function anomalyThreshold(model, confidence) {
    const spread = Math.max(model.stddev, model.mean / 4, 1);
    return model.mean + CONFIDENCE_FACTOR[confidence] * spread;
}
/** Add training datapoints at `at` (pure); only a PENDING_BUILD model learns. */
function train(model, values, at, timing) {
    if (values.length === 0)
        return model;
    const next = { ...model, lastDatapointAt: at };
    if (model.status !== 'PENDING_BUILD')
        return next;
    next.trainingStartedAt ??= at;
    for (const v of values) {
        next.datapoints += 1;
        const delta = v - next.mean;
        next.mean += delta / next.datapoints;
        next.m2 += delta * (v - next.mean);
    }
    next.collectionPercentage = collectionPercentage(next.datapoints, timing);
    return next;
}
/**
 * Move the model along its lifecycle at `now`: build it once it has the minimum datapoints over the minimum
 * training time; expire it when a pending model has gone the retention period past the training time without
 * enough data, or an active one has had no datapoint for the retention period.
 */
function advance(model, now, timing) {
    if (model.status === 'PENDING_BUILD') {
        const since = model.trainingStartedAt ?? model.createdAt;
        if (model.datapoints >= timing.mlMinDatapoints && now - since >= timing.mlMinTrainingMs) {
            const stddev = Math.sqrt(model.datapoints > 1 ? model.m2 / (model.datapoints - 1) : 0);
            return { ...model, status: 'ACTIVE', model: { mean: model.mean, stddev }, builtAt: now };
        }
        if (now - model.createdAt > timing.mlMinTrainingMs + timing.mlRetentionMs)
            return { ...model, status: 'EXPIRED' };
        return model;
    }
    if (model.status === 'ACTIVE' &&
        now - (model.lastDatapointAt ?? model.builtAt) > timing.mlRetentionMs)
        return { ...model, status: 'EXPIRED' };
    return model;
}
/** Datapoints against the minimum, in percent with two decimals (AWS reports e.g. 35.46). */
function collectionPercentage(datapoints, timing) {
    return Math.min(100, Math.round((datapoints / timing.mlMinDatapoints) * 10_000) / 100);
}

;// CONCATENATED MODULE: ./src/local/detect/windows.ts
const SECOND = 1000;
const DAY = 86_400 * SECOND;
/** AWS's figures (developer guide: dd-detect-ml, device-defender-troubleshoot, limits-iot). */
const AWS_DETECT = {
    /** Detect evaluates cloud-side metrics in 5-minute periods; every durationSeconds is a multiple */
    periodMs: 300 * SECOND,
    /** "If the device doesn't publish any metrics for more than two days, … alarm-invalidated" */
    invalidateAfterMs: 2 * DAY,
    /** ML Detect: 14 days and 25,000 datapoints per metric before the first model */
    mlMinTrainingMs: 14 * DAY,
    mlMinDatapoints: 25_000,
    /** ML Detect retries a model that lacks data daily for 30 days, then discontinues it (EXPIRED) */
    mlRetentionMs: 30 * DAY
};
/** `ddac local` and `--local`: a 5-minute window lasts 5 s, ML Detect's 14 days of training 5.6 hours. */
const DEFAULT_TIME_SCALE = 60;
/** AWS's durations (and the ML datapoint minimum) divided by `scale`; 1 is AWS's own pace. */
function scaledTiming(scale, overrides = {}) {
    if (!(scale > 0))
        throw new Error(`the Detect time scale must be a positive number, not ${scale}`);
    return {
        scale,
        periodMs: AWS_DETECT.periodMs / scale,
        invalidateAfterMs: AWS_DETECT.invalidateAfterMs / scale,
        mlMinTrainingMs: AWS_DETECT.mlMinTrainingMs / scale,
        mlMinDatapoints: Math.ceil(AWS_DETECT.mlMinDatapoints / scale),
        mlRetentionMs: AWS_DETECT.mlRetentionMs / scale,
        ...overrides
    };
}
/**
 * Metrics whose datapoint is one message rather than a window's sum: "the maximum or minimum size (in bytes)
 * of each message" (detect-cloud-side-metrics, aws:message-byte-size). With a statistical threshold it takes a
 * window, and then the datapoint is the window's cumulative size (the same page's p90 example).
 */
const PER_MESSAGE = new Set(['aws:message-byte-size']);
const periodKey = (thing, metric) => `${thing}\n${metric}`;
/**
 * Fold samples into their periods and note when each thing reported, in place: this is the data plane's
 * append, called for every message, so it does not copy the records.
 */
function foldSamples(records, samples, timing) {
    for (const s of samples) {
        const start = String(Math.floor(s.at / timing.periodMs) * timing.periodMs);
        const periods = (records.buckets[periodKey(s.thingName, s.metric)] ??= {});
        const bucket = (periods[start] ??= { sum: 0 });
        bucket.sum += s.value;
        if (PER_MESSAGE.has(s.metric))
            (bucket.values ??= []).push(s.value);
        const seen = (records.seen[s.thingName] ??= { first: s.at, last: s.at });
        seen.first = Math.min(seen.first, s.at);
        seen.last = Math.max(seen.last, s.at);
    }
}
/** Whether a behavior's datapoints are single messages (else window sums). */
function perMessage(behavior) {
    return PER_MESSAGE.has(behavior.metric ?? '') && behavior.criteria?.durationSeconds === undefined;
}
/** A behavior's window: its durationSeconds scaled, in whole periods (one period when it has none). */
function windowMs(behavior, timing) {
    if (perMessage(behavior))
        return timing.periodMs;
    const seconds = behavior.criteria?.durationSeconds ?? timing.periodMs / SECOND;
    const periods = Math.max(1, Math.ceil((seconds * SECOND) / timing.scale / timing.periodMs));
    return periods * timing.periodMs;
}
/** The datapoints of one thing in [start, start + length): one window sum, or each message. */
function datapointsIn(records, thing, behavior, start, length, timing) {
    const periods = records.buckets[periodKey(thing, behavior.metric ?? '')] ?? {};
    const inWindow = Object.entries(periods)
        .filter(([s]) => Number(s) >= start && Number(s) < start + length)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, bucket]) => bucket);
    if (perMessage(behavior))
        return inWindow.flatMap((b) => b.values ?? []);
    // A reporting thing with no samples in the window counts 0 (so an alarm clears after the traffic stops);
    // before its first sample, or after two days of silence, it has no datapoint.
    const seen = records.seen[thing];
    if (!seen || seen.first >= start + length || seen.last < start - timing.invalidateAfterMs)
        return [];
    return [inWindow.reduce((sum, b) => sum + b.sum, 0)];
}
/**
 * Drop periods no window can reach again (before `keepFrom`), and the per-message values of periods every
 * per-message behavior has judged (before `valuesFrom`): window sums need only the sum.
 */
function prunePeriods(records, keepFrom, valuesFrom) {
    const buckets = {};
    for (const [key, periods] of Object.entries(records.buckets)) {
        const kept = {};
        for (const [start, bucket] of Object.entries(periods)) {
            if (Number(start) < keepFrom)
                continue;
            kept[start] = Number(start) < valuesFrom ? { sum: bucket.sum } : bucket;
        }
        if (Object.keys(kept).length > 0)
            buckets[key] = kept;
    }
    return { ...records, buckets };
}

;// CONCATENATED MODULE: ./src/local/detect/evaluate.ts




const NUMERIC_OPERATORS = new Set(metrics/* NUMERIC_OPERATORS */.M0);
/** How a window's datapoints are judged: undefined when they cannot be (no fleet yet, a model not built). */
function verdictFor(behavior, fleet, model) {
    const criteria = behavior.criteria ?? {};
    switch (criteriaType(criteria)) {
        case 'MACHINE_LEARNING': {
            if (model?.status !== 'ACTIVE' || !model.model)
                return undefined;
            const limit = anomalyThreshold(model.model, criteria.mlDetectionConfig.confidenceLevel);
            return (v) => v > limit;
        }
        case 'STATISTICAL': {
            if (!NUMERIC_OPERATORS.has(criteria.comparisonOperator ?? ''))
                return undefined;
            const threshold = percentile(fleet, percentileOf(criteria.statisticalThreshold.statistic));
            if (threshold === undefined)
                return undefined;
            return (v) => !conforms(criteria, { count: v }, threshold);
        }
        default:
            // Only numeric comparisons get datapoints (the data plane counts numbers); criteria the control plane
            // would refuse are skipped rather than failing every evaluation.
            if (!NUMERIC_OPERATORS.has(criteria.comparisonOperator ?? ''))
                return undefined;
            if (scalar(criteria.value) === undefined)
                return undefined;
            return (v) => !conforms(criteria, { count: v, number: v });
    }
}
const metricValue = (behavior, v) => behavior.metric?.startsWith('aws:') ? { count: v } : { number: v };
function evaluate(input) {
    const { now, timing } = input;
    const records = structuredClone(input.records);
    const changed = new Map();
    const events = [];
    const violation = (id) => {
        if (!changed.has(id)) {
            const v = input.violations.get(id);
            if (!v)
                return undefined;
            changed.set(id, structuredClone(v));
        }
        return changed.get(id);
    };
    const event = (v, type, at, value) => {
        events.push({
            violationId: v.violationId,
            thingName: v.thingName,
            securityProfileName: v.securityProfileName,
            behavior: v.behavior,
            violationEventType: type,
            violationEventTime: at,
            ...(value ? { metricValue: value } : {}),
            ...(v.violationEventAdditionalInfo
                ? { violationEventAdditionalInfo: v.violationEventAdditionalInfo }
                : {})
        });
    };
    const liveBehaviors = new Set();
    const liveAlarms = new Set();
    // Catching up after a long stop: windows older than the silence limit can change nothing.
    const earliest = now - timing.invalidateAfterMs;
    for (const profile of input.profiles) {
        const reporting = profile.things.filter((t) => (records.seen[t]?.last ?? -Infinity) >= earliest);
        for (const behavior of profile.behaviors) {
            const key = `${profile.name}/${behavior.name}`;
            liveBehaviors.add(key);
            for (const t of reporting)
                liveAlarms.add(`${key}/${t}`);
            const length = windowMs(behavior, timing);
            const aligned = (at) => Math.floor(at / length) * length;
            let start = Math.max(records.evaluatedUntil[key] ?? aligned(now), aligned(earliest));
            const ml = criteriaType(behavior.criteria) === 'MACHINE_LEARNING';
            let model = ml ? (records.models[key] ?? newModel(now)) : undefined;
            const toAlarm = behavior.criteria?.consecutiveDatapointsToAlarm ?? 1;
            const toClear = behavior.criteria?.consecutiveDatapointsToClear ?? 1;
            const judge = (thing, value, violating, at) => {
                const alarmKey = `${key}/${thing}`;
                const alarm = (records.alarms[alarmKey] ??= { inAlarm: false, streak: 0 });
                const observed = metricValue(behavior, value);
                if (violating && !alarm.inAlarm) {
                    if (++alarm.streak < toAlarm)
                        return;
                    const opened = {
                        violationId: input.newId(),
                        thingName: thing,
                        securityProfileName: profile.name,
                        behavior,
                        violationStartTime: at,
                        lastViolationTime: at,
                        lastViolationValue: observed,
                        active: true,
                        ...(ml
                            ? {
                                violationEventAdditionalInfo: {
                                    confidenceLevel: behavior.criteria.mlDetectionConfig.confidenceLevel
                                }
                            }
                            : {})
                    };
                    changed.set(opened.violationId, opened);
                    records.alarms[alarmKey] = { inAlarm: true, streak: 0, violationId: opened.violationId };
                    event(opened, 'in-alarm', at, observed);
                }
                else if (violating) {
                    alarm.streak = 0;
                    const open = violation(alarm.violationId);
                    if (open)
                        Object.assign(open, { behavior, lastViolationTime: at, lastViolationValue: observed });
                }
                else if (alarm.inAlarm) {
                    if (++alarm.streak < toClear)
                        return;
                    const open = violation(alarm.violationId);
                    if (open) {
                        open.active = false;
                        event(open, 'alarm-cleared', at, observed);
                    }
                    delete records.alarms[alarmKey];
                }
                else {
                    // A thing with no streak keeps no state: the saved state grows with alarms, not with the fleet.
                    delete records.alarms[alarmKey];
                }
            };
            for (; start + length <= now; start += length) {
                const end = start + length;
                const points = reporting.map((t) => ({
                    thing: t,
                    values: datapointsIn(records, t, behavior, start, length, timing)
                }));
                const fleet = points.flatMap((p) => p.values);
                if (model)
                    model = advance(model, end, timing);
                const verdict = verdictFor(behavior, fleet, model);
                if (verdict)
                    for (const p of points)
                        for (const v of p.values)
                            judge(p.thing, v, verdict(v), end);
                // The window trains the model after it is judged, so a model never judges its own training data.
                if (model)
                    model = train(model, fleet, end, timing);
            }
            records.evaluatedUntil[key] = start;
            if (model)
                records.models[key] = advance(model, now, timing);
        }
    }
    for (const [alarmKey, alarm] of Object.entries(records.alarms)) {
        if (liveAlarms.has(alarmKey))
            continue;
        const open = alarm.inAlarm ? violation(alarm.violationId) : undefined;
        if (open?.active) {
            open.active = false;
            event(open, 'alarm-invalidated', now);
        }
        delete records.alarms[alarmKey];
    }
    for (const key of Object.keys(records.evaluatedUntil))
        if (!liveBehaviors.has(key))
            delete records.evaluatedUntil[key];
    for (const key of Object.keys(records.models))
        if (!liveBehaviors.has(key))
            delete records.models[key];
    // Periods a live behavior's window can still reach; a behavior added later starts with a partial window.
    const longest = Math.max(timing.periodMs, ...input.profiles.flatMap((p) => p.behaviors.map((b) => windowMs(b, timing))));
    const horizon = now - longest - timing.periodMs;
    const keepFrom = Math.min(horizon, ...Object.values(records.evaluatedUntil));
    const valuesFrom = Math.min(now, ...input.profiles.flatMap((p) => p.behaviors
        .filter(perMessage)
        .map((b) => records.evaluatedUntil[`${p.name}/${b.name}`] ?? now)));
    for (const [thing, seen] of Object.entries(records.seen))
        if (seen.last < earliest - longest)
            delete records.seen[thing];
    return {
        records: prunePeriods(records, keepFrom, valuesFrom),
        violations: [...changed.values()],
        events
    };
}

;// CONCATENATED MODULE: ./src/local/detect/engine.ts
/**
 * The Detect engine of one emulated account: it takes the data plane's metric samples, and on each tick (every
 * evaluation period, and after each control-plane change, so removed behaviors and targets are invalidated at
 * once) evaluates every profile against the things it applies to, recording violations and events where the
 * read operations find them (the store's `violations`, `violationEvents` and `detect.models`).
 */




const EMPTY = JSON.stringify(emptyDetectRecords());
const isEmpty = (r) => JSON.stringify(r) === EMPTY;
/** AWS's violation ids are 32 hex digits. */
const violationId = () => (0,external_node_crypto_.randomUUID)().replaceAll('-', '');
class DetectEngine {
    store;
    clock;
    timing;
    constructor(store, clock, timing) {
        this.store = store;
        this.clock = clock;
        this.timing = timing;
    }
    get records() {
        return (this.store.detect ??= emptyDetectRecords());
    }
    /** The data plane's append: samples count from their own timestamps. */
    record(samples) {
        foldSamples(this.records, samples, this.timing);
        // folded in place: announce it, so the next commit saves it
        this.store.touch('detect', 'account');
    }
    /** Evaluate at the account's clock; true when a violation or event was recorded. */
    tick() {
        const data = this.store;
        const had = data.detect;
        const result = evaluate({
            now: this.clock.now(),
            timing: this.timing,
            profiles: this.profiles(had),
            records: had ?? emptyDetectRecords(),
            violations: data.violations,
            newId: violationId
        });
        // Announced only when it holds something: an account without traffic or ML behaviors has nothing to save.
        if (result.records !== had && !(had === undefined && isEmpty(result.records)))
            data.detect = result.records;
        for (const v of result.violations)
            data.violations.set(v.violationId, v);
        for (const e of result.events)
            data.appendViolationEvent(e);
        return result.violations.length + result.events.length > 0;
    }
    /** Each profile with the reporting things it applies to: its target groups (and their subgroups) or account targets. */
    profiles(records) {
        const data = this.store;
        const reporting = Object.keys(records?.seen ?? {});
        const groupsOf = (thing) => {
            const groups = new Set();
            for (const direct of data.things.get(thing)?.groups ?? []) {
                // A group's ancestors are targets of its things too; the guard stops a (corrupt) cycle.
                let g = direct;
                while (g !== undefined && !groups.has(g)) {
                    groups.add(g);
                    g = data.thingGroups.get(g)?.parentGroupName;
                }
            }
            return groups;
        };
        const memberships = new Map(reporting.map((t) => [t, groupsOf(t)]));
        const appliesTo = (target, thing) => {
            const resource = this.store.resourceOf(target);
            const registered = data.things.has(thing);
            if (resource === 'all/things')
                return true;
            if (resource === 'all/registered-things')
                return registered;
            if (resource === 'all/unregistered-things')
                return !registered;
            return resource?.startsWith('thinggroup/') === true
                ? memberships.get(thing).has(resource.slice('thinggroup/'.length))
                : false;
        };
        return [...data.securityProfiles.values()].map((p) => {
            const targets = data.profileTargets.get(p.name) ?? [];
            return {
                name: p.name,
                behaviors: p.behaviors ?? [],
                things: reporting.filter((t) => targets.some((target) => appliesTo(target, t)))
            };
        });
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
var uniformFloat64 = __webpack_require__(18460);
// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var xoroshiro128plus = __webpack_require__(19821);
// EXTERNAL MODULE: ./src/model/iot-model.ts + 3 modules
var iot_model = __webpack_require__(79065);
;// CONCATENATED MODULE: ./src/local/operations/api-error.ts
/** A modeled AWS IoT error: handlers throw it and the HTTP layer answers with the model's status for its name. */

class ApiError extends Error {
    code;
    fields;
    constructor(
    /** AccessDeniedException is IAM's answer, outside the IoT model, as AWS sends it for a missing permission */
    code, message, 
    /** extra body members, e.g. `resourceId` and `resourceArn` of ResourceAlreadyExistsException */
    fields = {}) {
        super(message);
        this.code = code;
        this.fields = fields;
        this.name = code;
    }
    get status() {
        if (this.code === 'UnknownOperationException')
            return 404;
        if (this.code === 'AccessDeniedException')
            return 403;
        return iot_model/* iotModel */.OA.errorStatus[this.code].status;
    }
}
const invalid = (message) => new ApiError('InvalidRequestException', message);
const notFound = (message) => new ApiError('ResourceNotFoundException', message);
const alreadyExists = (message, resourceId, resourceArn) => new ApiError('ResourceAlreadyExistsException', message, {
    resourceId,
    ...(resourceArn ? { resourceArn } : {})
});
const limitExceeded = (message) => new ApiError('LimitExceededException', message);
const versionConflict = (message) => new ApiError('VersionConflictException', message);
/**
 * The compare-and-swap of the operations that take `expectedVersion`: a record at another version is a
 * VersionConflictException; no expectedVersion always passes. `what` names the kind: `thing group`.
 */
function checkVersion(what, record, expected) {
    if (expected !== undefined && expected !== record.version)
        throw versionConflict(`The ${what} ${record.name} is at version ${record.version}, not the expected version ${expected}`);
}

// EXTERNAL MODULE: ./src/model/quotas.ts
var quotas = __webpack_require__(60856);
;// CONCATENATED MODULE: ./src/local/http/faults.ts
/**
 * What the emulator can do to a request before it reaches the account, for tests and benchmarks that need an
 * account under pressure: per-operation TPS quotas answered with ThrottlingException, added latency, and a
 * rate of injected 500/503 faults. All off by default, so a fresh emulator answers at once like an idle
 * account. Faults are injected before the handler runs: a failed request never changes state.
 */






/** Operations of Device Defender Detect (security profiles, their metrics, violations, ML models). */
const DETECT_OPERATION = /SecurityProfile|BehaviorModel|Violation|CustomMetric|Dimension|DetectMitigation/;
/** A token bucket holding one second of the quota, refilled continuously. */
class TokenBucket {
    rate;
    tokens;
    last;
    constructor(rate, now) {
        this.rate = rate;
        this.tokens = rate;
        this.last = now;
    }
    take(now) {
        this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
        this.last = now;
        if (this.tokens < 1)
            return false;
        this.tokens -= 1;
        return true;
    }
}
class Faults {
    options;
    now;
    buckets = new Map();
    rng;
    constructor(options = {}, now = () => performance.now()) {
        this.options = options;
        this.now = now;
        for (const [name, rate] of Object.entries({
            faultRate: options.faultRate ?? 0,
            throttleRate: options.throttleRate ?? 0
        })) {
            if (!(rate >= 0 && rate <= 1))
                throw new Error(`${name} must be between 0 and 1, not ${rate}`);
        }
        this.rng = (0,xoroshiro128plus/* xoroshiro128plus */.b)(options.seed ?? Date.now());
    }
    /** Does the emulator answer ThrottlingException past the quotas (what QUOTAS_HEADER tells clients)? */
    get enforcesQuotas() {
        return this.options.throttle === true;
    }
    /** Apply latency, then throttling, then injected faults; throws the modeled error to answer with. */
    async before(operation) {
        const jitter = this.options.jitterMs ? (0,uniformFloat64/* uniformFloat64 */.d)(this.rng) * this.options.jitterMs : 0;
        if (this.options.latencyMs || jitter)
            await (0,promises_.setTimeout)((this.options.latencyMs ?? 0) + jitter);
        if (this.options.deny?.includes(operation))
            throw new ApiError('AccessDeniedException', `User: arn:aws:iam::123456789012:user/ddac is not authorized to perform: iot:${operation}`);
        if (this.options.noDetect && DETECT_OPERATION.test(operation))
            throw new ApiError('UnauthorizedException', 'AWS IoT Device Defender Detect is not available for this account');
        if (this.options.throttle && !this.bucket(operation).take(this.now()))
            throw new ApiError('ThrottlingException', 'Rate exceeded');
        const throttleRate = this.options.throttleRate ?? 0;
        if (throttleRate > 0 && (0,uniformFloat64/* uniformFloat64 */.d)(this.rng) < throttleRate)
            throw new ApiError('ThrottlingException', 'Rate exceeded (injected)');
        const rate = this.options.faultRate ?? 0;
        if (rate > 0 && (0,uniformFloat64/* uniformFloat64 */.d)(this.rng) < rate) {
            if ((0,uniformFloat64/* uniformFloat64 */.d)(this.rng) < 0.5)
                throw new ApiError('InternalFailureException', 'Injected fault: internal failure');
            throw new ApiError('ServiceUnavailableException', 'Injected fault: service unavailable');
        }
    }
    bucket(operation) {
        let bucket = this.buckets.get(operation);
        if (!bucket) {
            bucket = new TokenBucket(this.options.quotas?.[operation] ?? quotas/* TPS_QUOTAS */.C[operation], this.now());
            this.buckets.set(operation, bucket);
        }
        return bucket;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/local/http/codec.ts


function parseScalar(shapeName, raw) {
    const s = (0,iot_model/* shape */.cW)(shapeName);
    switch (s.type) {
        case 'boolean':
            return raw === 'true' ? true : raw === 'false' ? false : raw;
        case 'integer':
        case 'long':
            return /^-?\d+$/.test(raw) ? Number(raw) : raw;
        case 'double':
        case 'float':
            return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
        case 'timestamp': {
            const ms = Date.parse(raw);
            return Number.isNaN(ms) ? raw : ms / 1000;
        }
        default:
            return raw;
    }
}
function parseQuery(shapeName, values) {
    const s = (0,iot_model/* shape */.cW)(shapeName);
    if (s.type === 'list')
        return values.map((v) => parseScalar(s.member, v));
    return parseScalar(shapeName, values[values.length - 1]);
}
function parseBody(body) {
    const text = body.toString('utf8').trim();
    if (text === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw invalid('Could not parse the request body as JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw invalid('The request body must be a JSON object');
    return parsed;
}
/** The operation's input as the wire carries it (timestamps as epoch seconds), before validation. */
function bindRequest(spec, labels, query, headers, body) {
    const input = {};
    const members = (0,iot_model/* structure */.QK)(spec.input).members;
    for (const name of spec.bindings.label ?? []) {
        // An empty segment cannot carry a value: treat it as missing so the member is reported as required.
        if (labels[name])
            input[name] = labels[name];
    }
    for (const [name, key] of Object.entries(spec.bindings.query ?? {})) {
        const values = query.getAll(key);
        if (values.length > 0)
            input[name] = parseQuery(members[name].t, values);
    }
    for (const [name, header] of Object.entries(spec.bindings.header ?? {})) {
        const value = headers[header.toLowerCase()];
        if (typeof value === 'string')
            input[name] = parseScalar(members[name].t, value);
    }
    const bodyMembers = spec.bindings.body ?? [];
    if (bodyMembers.length > 0) {
        const json = parseBody(body);
        for (const name of bodyMembers)
            if (json[name] !== undefined)
                input[name] = json[name];
    }
    // An empty body is a missing payload; `{}` is a payload with no members.
    if (spec.bindings.payload && body.toString('utf8').trim() !== '')
        input[spec.bindings.payload] = parseBody(body);
    return input;
}
/** Walk a value along its shape and convert timestamps with `convert`; other values are kept. */
function mapTimestamps(shapeName, value, convert) {
    if (value === undefined || value === null)
        return value;
    const s = (0,iot_model/* shape */.cW)(shapeName);
    switch (s.type) {
        case 'timestamp':
            return convert(value);
        case 'structure': {
            const out = {};
            const obj = value;
            for (const [name, member] of Object.entries(s.members)) {
                const v = mapTimestamps(member.t, obj[name], convert);
                if (v !== undefined)
                    out[name] = v;
            }
            return out;
        }
        case 'list':
            return value.map((v) => mapTimestamps(s.member, v, convert));
        case 'map':
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [
                k,
                mapTimestamps(s.value, v, convert)
            ]));
        default:
            return value;
    }
}
/** A validated wire input as handlers take it: timestamps become Date. */
function handlerInput(shapeName, wire) {
    return mapTimestamps(shapeName, wire, (v) => new Date(v * 1000));
}
/**
 * A handler's output as the wire carries it: only the output shape's members, timestamps as epoch seconds
 * with millisecond precision.
 */
function wireOutput(shapeName, output) {
    if (shapeName === null || output === undefined)
        return {};
    return mapTimestamps(shapeName, output, (v) => v instanceof Date ? v.getTime() / 1000 : v);
}

;// CONCATENATED MODULE: ./src/local/http/request-guard.ts
/**
 * The emulator takes no credentials, so it must not be reachable from a web page the user happens to open:
 * a browser sends an `Origin` header with every cross-site POST (CSRF), and a page that rebinds its own DNS
 * name to 127.0.0.1 still sends its name as `Host`. AWS SDKs and CLIs send neither, so both are refused.
 */

function hostname(hostHeader) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader);
    if (bracketed)
        return bracketed[1];
    const colon = hostHeader.lastIndexOf(':');
    // An unbracketed IPv6 literal has several colons and no port.
    return colon > 0 && hostHeader.indexOf(':') === colon ? hostHeader.slice(0, colon) : hostHeader;
}
/** Why the request is refused, or undefined for a local client. `boundHost` is the `--host` it listens on. */
function foreignRequest(req, boundHost) {
    const origin = req.headers.origin;
    if (origin !== undefined)
        return `ddac local refuses requests from web pages (Origin ${JSON.stringify(origin)}); call it from the AWS SDK or CLI`;
    const host = req.headers.host;
    if (host === undefined)
        return undefined;
    const name = hostname(host).toLowerCase();
    if (name === 'localhost' || (0,external_node_net_.isIP)(name) !== 0 || name === boundHost.toLowerCase())
        return undefined;
    return `ddac local answers only requests addressed to localhost or an IP address, not Host ${JSON.stringify(host)} (a DNS-rebinding page would send its own name)`;
}

;// CONCATENATED MODULE: ./src/local/http/router.ts
/**
 * Routes from the model's URI templates. Matching is on the raw path and labels are decoded only after a
 * match: the SDK sends a label such as a thing group ARN as one segment with `/` encoded as `%2F`, so decoding
 * first would split it and route the request to the wrong operation.
 */


function router_compile(operation, method, uri) {
    if (uri.includes('?') || uri.includes('+}'))
        throw new Error(`${operation}: query literals and greedy labels are not supported (${uri})`);
    const segments = uri
        .split('/')
        .slice(1)
        .map((s) => (s.startsWith('{') ? { label: s.slice(1, -1) } : { literal: s }));
    return { operation, method, segments, literals: segments.filter((s) => 'literal' in s).length };
}
class Router {
    routes;
    constructor(operations) {
        this.routes = operations
            .map((op) => {
            const spec = iot_model/* iotModel */.OA.operations[op];
            return router_compile(op, spec.method, spec.uri);
        })
            // The most specific template wins when several match (a literal beats a label).
            .sort((a, b) => b.literals - a.literals);
    }
    match(method, rawPath) {
        const parts = rawPath.split('/').slice(1);
        for (const route of this.routes) {
            if (route.method !== method || route.segments.length !== parts.length)
                continue;
            const labels = matchSegments(route.segments, parts);
            if (labels)
                return { operation: route.operation, labels };
        }
        throw new ApiError('UnknownOperationException', `No operation matches ${method} ${rawPath}`);
    }
}
function matchSegments(segments, parts) {
    const labels = {};
    for (const [i, segment] of segments.entries()) {
        const part = parts[i];
        if ('literal' in segment) {
            if (segment.literal !== part)
                return undefined;
        }
        else {
            labels[segment.label] = decode(part, segment.label);
        }
    }
    return labels;
}
function decode(raw, label) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        throw invalid(`The value of ${label} in the path is not valid percent-encoding`);
    }
}

;// CONCATENATED MODULE: ./src/local/http/validate.ts
/**
 * Input validation from the model's shapes: required members, lengths, list and map sizes, ranges, patterns,
 * enums and JSON types. Messages follow AWS's own form ("1 validation error detected: Value 'x' at 'path'
 * failed to satisfy constraint: Member must ..."), so each names the member that broke the rule.
 */


const MAX_SHOWN = 100;
const patterns = new Map();
function regex(pattern) {
    let re = patterns.get(pattern);
    if (!re) {
        re = new RegExp((0,iot_model/* jsPattern */.Az)(pattern), 'u');
        patterns.set(pattern, re);
    }
    return re;
}
function show(value) {
    if (value === undefined || value === null)
        return 'null';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text;
    return `'${cut}'`;
}
const validate_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Checker {
    errors = [];
    fail(value, path, constraint) {
        this.errors.push(`Value ${show(value)} at '${path}' failed to satisfy constraint: Member must ${constraint}`);
    }
    check(shapeName, value, path) {
        const s = (0,iot_model/* shape */.cW)(shapeName);
        switch (s.type) {
            case 'structure':
                return this.structure(s, value, path);
            case 'list':
                if (!Array.isArray(value))
                    return this.fail(value, path, 'be a list');
                this.size(s, value.length, value, path);
                value.forEach((v, i) => this.present(s.member, v, `${path}.${i + 1}.member`));
                return;
            case 'map':
                if (!validate_isObject(value))
                    return this.fail(value, path, 'be a map');
                this.size(s, Object.keys(value).length, value, path);
                for (const [k, v] of Object.entries(value)) {
                    this.check(s.key, k, `${path}.key`);
                    this.present(s.value, v, `${path}.${k}`);
                }
                return;
            case 'string':
                return this.string(s, value, path);
            case 'enum':
                if (typeof value !== 'string' || !s.values.includes(value))
                    this.fail(value, path, `satisfy enum value set: [${s.values.join(', ')}]`);
                return;
            case 'integer':
            case 'long':
            case 'double':
            case 'float':
                return this.number(s, value, path);
            case 'boolean':
                if (typeof value !== 'boolean')
                    this.fail(value, path, 'be a boolean');
                return;
            case 'timestamp':
                if (typeof value !== 'number' || !Number.isFinite(value))
                    this.fail(value, path, 'be a timestamp');
                return;
        }
    }
    /** A list element or map value: null is only allowed where the model says sparse, which it never does here. */
    present(shapeName, value, path) {
        if (value === null || value === undefined)
            this.fail(value, path, 'not be null');
        else
            this.check(shapeName, value, path);
    }
    structure(s, value, path) {
        if (!validate_isObject(value))
            return this.fail(value, path, 'be a structure');
        for (const [name, member] of Object.entries(s.members)) {
            const v = value[name];
            const at = path ? `${path}.${name}` : name;
            if (v === undefined || v === null) {
                if (member.req)
                    this.fail(v, at, 'not be null');
            }
            else
                this.check(member.t, v, at);
        }
    }
    size(s, n, value, path) {
        if (s.min !== undefined && n < s.min)
            this.fail(value, path, `have length greater than or equal to ${s.min}`);
        if (s.max !== undefined && n > s.max)
            this.fail(value, path, `have length less than or equal to ${s.max}`);
    }
    string(s, value, path) {
        if (typeof value !== 'string')
            return this.fail(value, path, 'be a string');
        this.size(s, [...value].length, value, path);
        if (s.pattern && !regex(s.pattern).test(value))
            this.fail(value, path, `satisfy regular expression pattern: ${s.pattern}`);
    }
    number(s, value, path) {
        const integral = s.type === 'integer' || s.type === 'long';
        if (typeof value !== 'number' ||
            !Number.isFinite(value) ||
            (integral && !Number.isInteger(value)))
            return this.fail(value, path, integral ? 'be an integer' : 'be a number');
        if (s.rmin !== undefined && value < s.rmin)
            this.fail(value, path, `have value greater than or equal to ${s.rmin}`);
        if (s.rmax !== undefined && value > s.rmax)
            this.fail(value, path, `have value less than or equal to ${s.rmax}`);
    }
}
/** Every violation of the shape's constraints in `value`, in AWS's wording. */
function violations(shapeName, value) {
    const checker = new Checker();
    checker.check(shapeName, value, '');
    return checker.errors;
}
/** Throw InvalidRequestException when the input breaks its shape's constraints. */
function validateInput(shapeName, input) {
    const errors = violations(shapeName, input);
    if (errors.length === 0)
        return;
    const n = errors.length;
    throw invalid(`${n} validation error${n === 1 ? '' : 's'} detected: ${errors.join('; ')}`);
}

// EXTERNAL MODULE: ./src/model/emulator-paths.ts
var emulator_paths = __webpack_require__(29003);
;// CONCATENATED MODULE: ./src/local/http/signed-region.ts
/** The region a request acts in: the SigV4 credential scope of its Authorization header. */

/** AWS's region names: us-east-1, eu-central-1, us-gov-west-1, ap-southeast-5… */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** The region of a SigV4 Authorization header (`Credential=AKID/20260101/eu-west-1/iot/aws4_request`). */
function signedRegion(authorization) {
    if (!authorization)
        return undefined;
    const m = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]*)\//.exec(authorization);
    if (!m)
        return undefined;
    if (!REGION.test(m[1]))
        throw new ApiError('InvalidRequestException', `The request is signed for region "${m[1].slice(0, 40)}", which is not an AWS region name (e.g. eu-west-1)`);
    return m[1];
}

// EXTERNAL MODULE: ./src/model/resource-quotas.ts
var resource_quotas = __webpack_require__(25391);
// EXTERNAL MODULE: ./src/model/catalog/audit-checks.ts
var audit_checks = __webpack_require__(52230);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/local/store/relations.ts

/** A group's ancestors, nearest first. */
function ancestorGroups(s, name) {
    const chain = [];
    let parent = s.thingGroups.get(name)?.parentGroupName;
    while (parent !== undefined && !chain.includes(parent)) {
        chain.push(parent);
        parent = s.thingGroups.get(parent)?.parentGroupName;
    }
    return chain;
}
/** Every group below `name`, at any depth, depth first. */
function descendantGroups(s, name) {
    const children = [...s.thingGroups.values()]
        .filter((g) => g.parentGroupName === name)
        .map((g) => g.name);
    return children.flatMap((c) => [c, ...descendantGroups(s, c)]);
}
/** Things in a group (with `recursive`, in its descendants too), sorted by name. */
function thingsOfGroup(s, group, options = {}) {
    const groups = new Set([group, ...(options.recursive ? descendantGroups(s, group) : [])]);
    return [...s.things.values()]
        .filter((t) => t.groups.some((n) => groups.has(n)))
        .map((t) => t.name)
        .sort(order/* byName */.n);
}
/** Names of the profiles attached to one target ARN, in creation order. */
function profilesOfTarget(s, targetArn) {
    return [...s.profileTargets]
        .filter(([, targets]) => targets.includes(targetArn))
        .map(([name]) => name);
}
/**
 * The security profiles that apply to a thing: those on its groups and their ancestors, on `all/things`,
 * and on `all/registered-things` (a thing in the registry) or `all/unregistered-things` (a client id that
 * names no thing). Sorted by profile name.
 */
function profilesForThing(s, thingName) {
    const thing = s.things.get(thingName);
    const account = (t) => s.arn(t);
    const targets = new Set([
        account('all/things'),
        account(thing ? 'all/registered-things' : 'all/unregistered-things')
    ]);
    for (const g of thing?.groups ?? [])
        for (const name of [g, ...ancestorGroups(s, g)])
            targets.add(s.arn(`thinggroup/${name}`));
    const applied = [];
    for (const [name, attached] of s.profileTargets) {
        const via = attached.filter((t) => targets.has(t));
        const profile = s.securityProfiles.get(name);
        if (via.length && profile)
            applied.push({ profile, via });
    }
    return applied.sort((a, b) => (0,order/* byName */.n)(a.profile.name, b.profile.name));
}
/** Principal ARNs attached to a thing, sorted. */
function principalsOfThing(s, thingName) {
    return Object.keys(s.things.get(thingName)?.principals ?? {}).sort(order/* byName */.n);
}
/** Things a principal (certificate ARN) is attached to, in registry order. */
function thingsOfPrincipal(s, principalArn) {
    return [...s.things.values()].filter((t) => principalArn in t.principals).map((t) => t.name);
}
/** Policies attached directly to a target (certificate ARN or thing group ARN), in creation order. */
function policiesOfTarget(s, targetArn) {
    return [...s.policyTargets].filter(([, t]) => t.includes(targetArn)).map(([p]) => p);
}
/**
 * Policies that govern a principal: those on the certificate and those on the groups (and their
 * ancestors) of the things it is attached to, each once, the certificate's first.
 */
function policiesOfPrincipal(s, principalArn) {
    const policies = new Set(policiesOfTarget(s, principalArn));
    for (const thing of thingsOfPrincipal(s, principalArn))
        for (const g of s.things.get(thing).groups)
            for (const name of [g, ...ancestorGroups(s, g)])
                for (const p of policiesOfTarget(s, s.arn(`thinggroup/${name}`)))
                    policies.add(p);
    return [...policies];
}
/** Remove `arn` from every list in a name → ARNs map, keeping lists that do not hold it untouched. */
function without(map, arn) {
    for (const [key, list] of map)
        if (list.includes(arn))
            map.set(key, list.filter((t) => t !== arn));
}
/**
 * What goes with a deleted resource: its tags, its place as a profile or policy target; for a thing group,
 * its things' memberships; for a security profile, its targets and violations; for a policy, its targets.
 * The operation decides whether the delete is allowed and deletes the record; this only cleans up.
 */
function forgetResource(s, arn) {
    const data = s;
    data.tags.delete(arn);
    without(data.profileTargets, arn);
    without(data.policyTargets, arn);
    const resource = s.resourceOf(arn) ?? '';
    const name = resource.slice(resource.indexOf('/') + 1);
    if (resource.startsWith('securityprofile/')) {
        data.profileTargets.delete(name);
        for (const [id, v] of data.violations)
            if (v.securityProfileName === name)
                data.violations.delete(id);
    }
    if (resource.startsWith('policy/'))
        data.policyTargets.delete(name);
    if (resource.startsWith('thinggroup/')) {
        // set() announces the change (an update of the thing).
        for (const t of [...data.things.values()])
            if (t.groups.includes(name))
                data.things.set(t.name, { ...t, groups: t.groups.filter((n) => n !== name) });
    }
}

;// CONCATENATED MODULE: ./src/local/store/store.ts


/** Metric samples kept per region: about 28 hours of one sample per second, far beyond Detect's 1-hour window. */
const MAX_METRIC_SAMPLES = 100_000;
/** Connection records kept per region: the shared-certificate check reads connections of the last hours. */
const MAX_CONNECTIONS = 10_000;
/** Violation events kept per region (ListViolationEvents reaches back at most 14 days on AWS). */
const MAX_VIOLATION_EVENTS = 100_000;
/** A Map that records its writes; construction and restore load it without recording. */
class Collection extends Map {
    kind;
    #track;
    constructor(kind, track) {
        super();
        this.kind = kind;
        this.#track = track;
    }
    set(key, value) {
        const op = this.has(key) ? 'update' : 'create';
        super.set(key, value);
        this.#track?.(this.kind, key, op);
        return this;
    }
    delete(key) {
        const had = super.delete(key);
        if (had)
            this.#track?.(this.kind, key, 'delete');
        return had;
    }
    clear() {
        for (const key of [...this.keys()])
            this.delete(key);
    }
    /** Replace the content without recording changes (restore). */
    load(entries) {
        super.clear();
        for (const [k, v] of entries)
            super.set(k, v);
    }
}
const MAP_KEYS = [
    'securityProfiles',
    'profileTargets',
    'tags',
    'customMetrics',
    'dimensions',
    'mitigationActions',
    'scheduledAudits',
    'auditTasks',
    'auditFindings',
    'detectMitigationTasks',
    'violations',
    'things',
    'thingGroups',
    'certificates',
    'policies',
    'policyTargets'
];
function bounded(list, max) {
    if (list.length > max)
        list.splice(0, list.length - max);
}
class Store {
    account;
    region;
    persist;
    pending = [];
    listeners = new Set();
    audit;
    detectRecords;
    logging;
    track = (kind, name, op) => void this.pending.push({ kind, name, op, region: this.region });
    collection(kind) {
        return new Collection(kind, this.track);
    }
    securityProfiles = this.collection('securityProfiles');
    /** profile name → target ARNs in attach order */
    profileTargets = this.collection('profileTargets');
    /** resource ARN → tags in the order set */
    tags = this.collection('tags');
    customMetrics = this.collection('customMetrics');
    dimensions = this.collection('dimensions');
    mitigationActions = this.collection('mitigationActions');
    scheduledAudits = this.collection('scheduledAudits');
    auditTasks = this.collection('auditTasks');
    auditFindings = this.collection('auditFindings');
    detectMitigationTasks = this.collection('detectMitigationTasks');
    violations = this.collection('violations');
    things = this.collection('things');
    thingGroups = this.collection('thingGroups');
    certificates = this.collection('certificates');
    policies = this.collection('policies');
    /** policy name → target ARNs (certificates, thing groups) */
    policyTargets = this.collection('policyTargets');
    events = [];
    samples = [];
    connectionList = [];
    constructor(options) {
        this.account = options.account;
        this.region = options.region;
        this.persist = options.persist;
    }
    /** undefined until the first UpdateAccountAuditConfiguration */
    get auditConfiguration() {
        return this.audit;
    }
    set auditConfiguration(value) {
        this.audit = value;
        this.track('auditConfiguration', 'account', 'update');
    }
    /** the Detect engine's state (periods, alarm streaks, ML models); undefined until it first runs */
    get detect() {
        return this.detectRecords;
    }
    set detect(value) {
        this.detectRecords = value;
        this.track('detect', 'account', 'update');
    }
    /** undefined until the first SetLoggingOptions / SetV2LoggingOptions */
    get loggingOptions() {
        return this.logging;
    }
    set loggingOptions(value) {
        this.logging = value;
        this.track('loggingOptions', 'account', 'update');
    }
    get violationEvents() {
        return this.events;
    }
    get metricSamples() {
        return this.samples;
    }
    get connections() {
        return this.connectionList;
    }
    /** `arn:aws:iot:{region}:{account}:{resource}` */
    arn(resource) {
        return `arn:aws:iot:${this.region}:${this.account}:${resource}`;
    }
    /** The resource part of one of this account's IoT ARNs, or undefined for any other ARN. */
    resourceOf(arn) {
        const prefix = this.arn('');
        return arn.startsWith(prefix) ? arn.slice(prefix.length) : undefined;
    }
    /** Announce a record changed in place (e.g. a version bump on an existing record). */
    touch(kind, name) {
        this.track(kind, name, 'update');
    }
    appendViolationEvent(event) {
        this.events.push(event);
        bounded(this.events, MAX_VIOLATION_EVENTS);
        this.track('violationEvents', event.violationId, 'append');
    }
    appendSamples(samples) {
        for (const s of samples) {
            this.samples.push(s);
            this.track('metricSamples', s.thingName, 'append');
        }
        bounded(this.samples, MAX_METRIC_SAMPLES);
    }
    /** Drop samples taken before `before` (Detect calls it with the start of its longest window). */
    pruneSamples(before) {
        const keep = this.samples.findIndex((s) => s.at >= before);
        this.samples.splice(0, keep < 0 ? this.samples.length : keep);
    }
    appendConnection(connection) {
        this.connectionList.push(connection);
        bounded(this.connectionList, MAX_CONNECTIONS);
        this.track('connections', connection.id, 'append');
    }
    /** Change a recorded connection (its disconnect); false when it was already dropped by retention. */
    updateConnection(id, change) {
        const c = this.connectionList.find((r) => r.id === id);
        if (!c)
            return false;
        Object.assign(c, change);
        this.track('connections', id, 'update');
        return true;
    }
    // Relation queries (relations.ts holds them as pure functions).
    profilesForThing(thingName) {
        return profilesForThing(this, thingName);
    }
    thingsOfGroup(group, options = {}) {
        return thingsOfGroup(this, group, options);
    }
    descendantGroups(group) {
        return descendantGroups(this, group);
    }
    ancestorGroups(group) {
        return ancestorGroups(this, group);
    }
    profilesOfTarget(targetArn) {
        return profilesOfTarget(this, targetArn);
    }
    principalsOfThing(thingName) {
        return principalsOfThing(this, thingName);
    }
    thingsOfPrincipal(principalArn) {
        return thingsOfPrincipal(this, principalArn);
    }
    policiesOfTarget(targetArn) {
        return policiesOfTarget(this, targetArn);
    }
    policiesOfPrincipal(principalArn) {
        return policiesOfPrincipal(this, principalArn);
    }
    /** The delete cascade: tags, profile and policy targets, group memberships of `arn`. */
    forgetResource(arn) {
        forgetResource(this, arn);
    }
    /** Subscribe to committed changes; returns the unsubscribe function. */
    onChange(listener) {
        this.listeners.add(listener);
        return () => void this.listeners.delete(listener);
    }
    /** Emit the changes since the last commit and persist (with a data directory). */
    async commit() {
        const changes = this.pending;
        this.pending = [];
        if (changes.length)
            for (const listener of this.listeners) {
                try {
                    listener(changes);
                }
                catch {
                    // A listener's failure must not fail the write that already happened.
                }
            }
        await this.persist?.();
    }
    /** Run `fn` and commit what it changed (also when it throws part way, since Maps changed in place). */
    async transaction(fn) {
        try {
            return await fn();
        }
        finally {
            await this.commit();
        }
    }
    snapshot() {
        const data = {};
        for (const key of MAP_KEYS)
            data[key] = Object.fromEntries(this[key]);
        data.violationEvents = this.events;
        if (this.audit)
            data.auditConfiguration = this.audit;
        if (this.logging)
            data.loggingOptions = this.logging;
        data.metricSamples = this.samples;
        data.connections = this.connectionList;
        if (this.detectRecords)
            data.detect = this.detectRecords;
        return structuredClone({
            account: this.account,
            region: this.region,
            data: data
        });
    }
    restore(snapshot) {
        if (snapshot.account !== this.account || snapshot.region !== this.region)
            throw new Error(`the saved state is for account ${snapshot.account} in ${snapshot.region}, not ${this.account} in ${this.region}`);
        const saved = structuredClone(snapshot.data);
        for (const key of MAP_KEYS)
            this[key].load(Object.entries(saved[key] ?? {}));
        this.events = saved.violationEvents ?? [];
        this.audit = saved.auditConfiguration;
        this.logging = saved.loggingOptions;
        this.samples = saved.metricSamples ?? [];
        this.connectionList = saved.connections ?? [];
        this.detectRecords = saved.detect;
        this.pending = [];
    }
}
/** The record under `key`, or the error `missing()` builds. */
function must(map, key, missing) {
    const value = map.get(key);
    if (value === undefined)
        throw missing();
    return value;
}

;// CONCATENATED MODULE: ./src/local/operations/tags.ts



/** ARN resource types TagResource accepts, and where each kind is kept. */
const TAGGABLE = {
    securityprofile: (d) => d.securityProfiles,
    custommetric: (d) => d.customMetrics,
    dimension: (d) => d.dimensions,
    mitigationaction: (d) => d.mitigationActions,
    scheduledaudit: (d) => d.scheduledAudits,
    thinggroup: (d) => d.thingGroups,
    policy: (d) => d.policies
};
/** The ARN of an existing taggable resource, or the error AWS answers with. */
function taggable(ctx, arn) {
    const resource = ctx.resourceOf(arn);
    const slash = resource?.indexOf('/') ?? -1;
    if (resource === undefined || slash < 0)
        throw invalid(`${arn} is not an ARN of this account's AWS IoT resources`);
    const kind = TAGGABLE[resource.slice(0, slash)];
    if (!kind)
        throw invalid(`Resources of type ${resource.slice(0, slash)} cannot be tagged`);
    if (!kind(ctx.store).has(resource.slice(slash + 1)))
        throw notFound(`The resource ${arn} does not exist`);
    return arn;
}
function checkKeys(tags) {
    const reserved = tags.find((t) => t.Key.toLowerCase().startsWith('aws:'));
    if (reserved)
        throw invalid(`Tag keys starting with aws: are reserved: ${reserved.Key}`);
}
/**
 * A resource's tags as a Map while they change: a tag key is user data, and `__proto__` or `constructor` is
 * a tag like any other in AWS. They are kept as an object of own properties, the form snapshots take.
 */
function tagsOf(ctx, arn) {
    return new Map(Object.entries(ctx.store.tags.get(arn) ?? {}));
}
function store(ctx, arn, tags) {
    ctx.store.tags.set(arn, Object.fromEntries(tags));
}
function merge(ctx, arn, tags) {
    checkKeys(tags);
    const current = tagsOf(ctx, arn);
    for (const t of tags)
        current.set(t.Key, t.Value ?? '');
    if (current.size > resource_quotas/* MAX_TAGS */.x3)
        throw limitExceeded(`A resource can have at most ${resource_quotas/* MAX_TAGS */.x3} tags`);
    store(ctx, arn, current);
}
/** Check the tags a Create call carries before anything is created. */
function checkInitialTags(tags) {
    if (!tags)
        return;
    checkKeys(tags);
    if (new Set(tags.map((t) => t.Key)).size > resource_quotas/* MAX_TAGS */.x3)
        throw limitExceeded(`A resource can have at most ${resource_quotas/* MAX_TAGS */.x3} tags`);
}
/** Tags given to a Create call (checked with checkInitialTags first). */
function setInitialTags(ctx, arn, tags) {
    if (tags?.length)
        merge(ctx, arn, tags);
}
const tagHandlers = {
    TagResource(ctx, input) {
        merge(ctx, taggable(ctx, input.resourceArn), input.tags);
        return {};
    },
    UntagResource(ctx, input) {
        const arn = taggable(ctx, input.resourceArn);
        const current = tagsOf(ctx, arn);
        for (const key of input.tagKeys)
            current.delete(key);
        store(ctx, arn, current);
        return {};
    },
    ListTagsForResource(ctx, input) {
        const arn = taggable(ctx, input.resourceArn);
        const tags = [...tagsOf(ctx, arn)]
            .sort(([a], [b]) => (0,order/* byName */.n)(a, b))
            .map(([Key, Value]) => ({ Key, Value }));
        const page = ctx.page(tags, (t) => t.Key, input.nextToken, resource_quotas/* MAX_TAGS */.x3);
        return { tags: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/time-range.ts
function inTimeRange(range) {
    const from = range.startTime?.getTime() ?? -Infinity;
    const to = range.endTime?.getTime() ?? Infinity;
    return (time) => time >= from && time <= to;
}

;// CONCATENATED MODULE: ./src/local/operations/audit.ts







const auditArn = (ctx, name) => ctx.arn(`scheduledaudit/${name}`);
function scheduled(ctx, name) {
    return must(ctx.store.scheduledAudits, name, () => notFound(`The scheduled audit ${name} does not exist`));
}
/** What ListScheduledAudits answers of an audit; DescribeScheduledAudit adds its checks. */
function auditSummary(ctx, a) {
    return {
        scheduledAuditName: a.name,
        scheduledAuditArn: auditArn(ctx, a.name),
        frequency: a.frequency,
        dayOfMonth: a.dayOfMonth,
        dayOfWeek: a.dayOfWeek
    };
}
function auditTask(ctx, taskId) {
    return must(ctx.store.auditTasks, taskId, () => notFound(`The audit task ${taskId} does not exist`));
}
/** Whether a finding's resource has every identifier field the ListAuditFindings filter gives. */
function sameResource(wanted, resource) {
    if (!wanted)
        return true;
    const id = (resource?.resourceIdentifier ?? {});
    return Object.entries(wanted).every(([k, v]) => JSON.stringify(id[k]) === JSON.stringify(v));
}
function enabledChecks(ctx) {
    const checks = ctx.store.auditConfiguration?.checks ?? {};
    return new Set(Object.keys(checks).filter((c) => checks[c].enabled));
}
function checkTargets(ctx, names) {
    const enabled = enabledChecks(ctx);
    for (const name of names) {
        if (!(0,audit_checks/* auditCheck */.EJ)(name))
            throw invalid(`${name} is not an audit check`);
        if (!enabled.has(name))
            throw invalid(`The audit check ${name} is not enabled for this account`);
    }
}
/** Which day fields a frequency takes: WEEKLY/BIWEEKLY a dayOfWeek, MONTHLY a dayOfMonth, DAILY none. */
function checkSchedule(r) {
    const weekly = r.frequency === 'WEEKLY' || r.frequency === 'BIWEEKLY';
    const monthly = r.frequency === 'MONTHLY';
    if (weekly !== (r.dayOfWeek !== undefined))
        throw invalid(`dayOfWeek is ${weekly ? 'required' : 'not allowed'} with frequency ${r.frequency}`);
    if (monthly !== (r.dayOfMonth !== undefined))
        throw invalid(`dayOfMonth is ${monthly ? 'required' : 'not allowed'} with frequency ${r.frequency}`);
}
function checkConfiguration(name, c) {
    const info = (0,audit_checks/* auditCheck */.EJ)(name);
    if (!info)
        throw invalid(`${name} is not an audit check`);
    for (const key of Object.keys(c.configuration ?? {}))
        if (key !== info.config)
            throw invalid(`The audit check ${name} does not take the setting ${key}`);
}
function statistics(t) {
    const runs = Object.values(t.checks).map((c) => c.checkRunStatus);
    const count = (s) => runs.filter((r) => r === s).length;
    return {
        totalChecks: runs.length,
        inProgressChecks: count('IN_PROGRESS'),
        waitingForDataCollectionChecks: count('WAITING_FOR_DATA_COLLECTION'),
        compliantChecks: count('COMPLETED_COMPLIANT'),
        nonCompliantChecks: count('COMPLETED_NON_COMPLIANT'),
        failedChecks: count('FAILED'),
        canceledChecks: count('CANCELED')
    };
}
const auditHandlers = {
    DescribeAccountAuditConfiguration(ctx, _input) {
        const config = ctx.store.auditConfiguration;
        const checks = Object.fromEntries(audit_checks/* AUDIT_CHECK_NAMES */.Ss.map((n) => [n, { enabled: false }]));
        return {
            roleArn: config?.roleArn,
            auditNotificationTargetConfigurations: config?.notificationTargets ?? {},
            auditCheckConfigurations: { ...checks, ...config?.checks }
        };
    },
    UpdateAccountAuditConfiguration(ctx, input) {
        const updates = input.auditCheckConfigurations ?? {};
        for (const [name, c] of Object.entries(updates))
            checkConfiguration(name, c);
        const current = ctx.store.auditConfiguration;
        if (!current && !Object.values(updates).some((c) => c.enabled))
            throw invalid('The first audit configuration must enable at least one audit check');
        const checks = { ...current?.checks, ...updates };
        for (const a of ctx.store.scheduledAudits.values())
            for (const name of a.targetCheckNames)
                if (!checks[name]?.enabled)
                    throw invalid(`The audit check ${name} is used by the scheduled audit ${a.name}`);
        ctx.store.auditConfiguration = {
            roleArn: input.roleArn ?? current?.roleArn,
            notificationTargets: {
                ...current?.notificationTargets,
                ...input.auditNotificationTargetConfigurations
            },
            checks
        };
        return {};
    },
    CreateScheduledAudit(ctx, input) {
        const name = input.scheduledAuditName;
        const arn = auditArn(ctx, name);
        if (ctx.store.scheduledAudits.has(name))
            throw alreadyExists(`The scheduled audit ${name} already exists`, name, arn);
        const record = {
            name,
            frequency: input.frequency,
            dayOfMonth: input.dayOfMonth,
            dayOfWeek: input.dayOfWeek,
            targetCheckNames: input.targetCheckNames
        };
        checkSchedule(record);
        checkTargets(ctx, record.targetCheckNames);
        if (ctx.store.scheduledAudits.size >= resource_quotas/* ACCOUNT_QUOTAS */.yo.scheduledAudits.max)
            throw limitExceeded(`An account can have at most ${resource_quotas/* ACCOUNT_QUOTAS */.yo.scheduledAudits.max} scheduled audits`);
        checkInitialTags(input.tags);
        ctx.store.scheduledAudits.set(name, record);
        setInitialTags(ctx, arn, input.tags);
        return { scheduledAuditArn: arn };
    },
    UpdateScheduledAudit(ctx, input) {
        const current = scheduled(ctx, input.scheduledAuditName);
        const next = { ...current };
        if (input.frequency !== undefined) {
            next.frequency = input.frequency;
            // A new frequency brings its own day fields; the old ones would contradict it.
            delete next.dayOfMonth;
            delete next.dayOfWeek;
        }
        if (input.dayOfMonth !== undefined)
            next.dayOfMonth = input.dayOfMonth;
        if (input.dayOfWeek !== undefined)
            next.dayOfWeek = input.dayOfWeek;
        if (input.targetCheckNames !== undefined)
            next.targetCheckNames = input.targetCheckNames;
        checkSchedule(next);
        checkTargets(ctx, next.targetCheckNames);
        ctx.store.scheduledAudits.set(next.name, next);
        return { scheduledAuditArn: auditArn(ctx, next.name) };
    },
    DescribeScheduledAudit(ctx, input) {
        const a = scheduled(ctx, input.scheduledAuditName);
        return { ...auditSummary(ctx, a), targetCheckNames: a.targetCheckNames };
    },
    /** Unlike most Device Defender deletes, this one models ResourceNotFoundException. */
    DeleteScheduledAudit(ctx, input) {
        const a = scheduled(ctx, input.scheduledAuditName);
        ctx.store.scheduledAudits.delete(a.name);
        ctx.store.forgetResource(auditArn(ctx, a.name));
        return {};
    },
    ListScheduledAudits(ctx, input) {
        const audits = [...ctx.store.scheduledAudits.values()].sort((a, b) => (0,order/* byName */.n)(a.name, b.name));
        const page = ctx.page(audits, (a) => a.name, input.nextToken, input.maxResults);
        return {
            scheduledAudits: page.items.map((a) => auditSummary(ctx, a)),
            nextToken: page.next
        };
    },
    StartOnDemandAuditTask(ctx, input) {
        checkTargets(ctx, input.targetCheckNames);
        const running = [...ctx.store.auditTasks.values()].filter((t) => t.taskStatus === 'IN_PROGRESS');
        if (running.length >= resource_quotas/* MAX_RUNNING_AUDITS */.yL)
            throw limitExceeded(`At most ${resource_quotas/* MAX_RUNNING_AUDITS */.yL} on-demand audits can be in progress`);
        const taskId = ctx.uuid().replaceAll('-', '');
        const counts = { totalResourcesCount: 0, nonCompliantResourcesCount: 0 };
        const engine = ctx.engines.audit;
        // With an audit engine the task starts IN_PROGRESS and the engine completes it; without one it
        // completes at once with no findings.
        const task = {
            taskId,
            taskType: 'ON_DEMAND_AUDIT_TASK',
            taskStatus: engine ? 'IN_PROGRESS' : 'COMPLETED',
            taskStartTime: ctx.now(),
            checks: Object.fromEntries(input.targetCheckNames.map((c) => [
                c,
                { checkRunStatus: engine ? 'IN_PROGRESS' : 'COMPLETED_COMPLIANT', ...counts }
            ]))
        };
        ctx.store.auditTasks.set(taskId, task);
        engine?.startTask(task, { store: ctx.store, clock: ctx.clock });
        return { taskId };
    },
    /** Only a task in progress can be canceled; its unfinished checks are canceled with it. */
    CancelAuditTask(ctx, input) {
        const t = auditTask(ctx, input.taskId);
        if (t.taskStatus !== 'IN_PROGRESS')
            throw invalid(`The audit task ${input.taskId} is ${t.taskStatus}, not IN_PROGRESS`);
        const checks = Object.fromEntries(Object.entries(t.checks).map(([name, c]) => [
            name,
            c.checkRunStatus === 'IN_PROGRESS' ? { ...c, checkRunStatus: 'CANCELED' } : c
        ]));
        ctx.store.auditTasks.set(t.taskId, { ...t, taskStatus: 'CANCELED', checks });
        return {};
    },
    DescribeAuditTask(ctx, input) {
        const t = auditTask(ctx, input.taskId);
        return {
            taskStatus: t.taskStatus,
            taskType: t.taskType,
            taskStartTime: new Date(t.taskStartTime),
            taskStatistics: statistics(t),
            scheduledAuditName: t.scheduledAuditName,
            auditDetails: Object.fromEntries(Object.entries(t.checks).map(([name, c]) => [
                name,
                {
                    checkRunStatus: c.checkRunStatus,
                    checkCompliant: c.checkRunStatus === 'COMPLETED_COMPLIANT',
                    totalResourcesCount: c.totalResourcesCount,
                    nonCompliantResourcesCount: c.nonCompliantResourcesCount,
                    suppressedNonCompliantResourcesCount: 0
                }
            ]))
        };
    },
    ListAuditTasks(ctx, input) {
        const within = inTimeRange(input);
        const tasks = [...ctx.store.auditTasks.values()]
            .filter((t) => within(t.taskStartTime))
            .filter((t) => input.taskType === undefined || t.taskType === input.taskType)
            .filter((t) => input.taskStatus === undefined || t.taskStatus === input.taskStatus)
            .sort((a, b) => (0,order/* byName */.n)(a.taskId, b.taskId));
        const page = ctx.page(tasks, (t) => t.taskId, input.nextToken, input.maxResults);
        return {
            tasks: page.items.map((t) => ({
                taskId: t.taskId,
                taskStatus: t.taskStatus,
                taskType: t.taskType
            })),
            nextToken: page.next
        };
    },
    ListAuditFindings(ctx, input) {
        const byTime = input.startTime !== undefined || input.endTime !== undefined;
        if ((input.taskId !== undefined) === byTime)
            throw invalid('Give either taskId or startTime and endTime, not both');
        if (byTime && (input.startTime === undefined || input.endTime === undefined))
            throw invalid('startTime and endTime go together');
        const within = inTimeRange(input);
        const findings = [...ctx.store.auditFindings.values()]
            .filter((f) => input.taskId === undefined || f.taskId === input.taskId)
            .filter((f) => within(f.findingTime))
            .filter((f) => input.checkName === undefined || f.checkName === input.checkName)
            .filter((f) => sameResource(input.resourceIdentifier, f.nonCompliantResource))
            .filter((f) => input.listSuppressedFindings || !f.isSuppressed)
            .sort((a, b) => (0,order/* byName */.n)(a.findingId, b.findingId));
        const page = ctx.page(findings, (f) => f.findingId, input.nextToken, input.maxResults);
        return {
            findings: page.items.map((f) => ({
                ...f,
                severity: f.severity,
                taskStartTime: new Date(f.taskStartTime),
                findingTime: new Date(f.findingTime)
            })),
            nextToken: page.next
        };
    }
};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/local/operations/things.ts





function thing(ctx, name) {
    return must(ctx.store.things, name, () => notFound(`The thing ${name} does not exist`));
}
/**
 * Change a thing's groups or principals in place and announce it (the store sees no `set` for an in-place
 * change); what the membership and principal operations answer once they change something.
 */
function changeThing(ctx, t, change) {
    change(t);
    ctx.store.touch('things', t.name);
    return {};
}
/** `name` or the name in `arn`, whichever the caller gave. */
function nameOrArn(ctx, name, arn, kind) {
    if (name !== undefined)
        return name;
    const resource = arn === undefined ? undefined : ctx.resourceOf(arn);
    if (resource?.startsWith(`${kind}/`))
        return resource.slice(kind.length + 1);
    throw invalid(`Give the ${kind === 'thing' ? 'thing' : 'thing group'} by name or by ARN`);
}
const thingSummary = (ctx, t) => ({
    thingName: t.name,
    thingTypeName: t.thingTypeName,
    thingArn: ctx.arn(`thing/${t.name}`),
    attributes: t.attributes,
    version: t.version
});
const thingHandlers = {
    CreateThing(ctx, input) {
        const name = input.thingName;
        if (input.thingTypeName !== undefined)
            throw notFound(`The thing type ${input.thingTypeName} does not exist`);
        if (input.billingGroupName !== undefined)
            throw notFound(`The billing group ${input.billingGroupName} does not exist`);
        const attributes = { ...input.attributePayload?.attributes };
        const existing = ctx.store.things.get(name);
        const arn = ctx.arn(`thing/${name}`);
        if (existing) {
            if (!(0,external_node_util_.isDeepStrictEqual)(existing.attributes, attributes))
                throw alreadyExists(`The thing ${name} already exists with a different configuration`, name, arn);
            return { thingName: name, thingArn: arn, thingId: existing.id };
        }
        const id = ctx.uuid();
        ctx.store.things.set(name, { name, id, attributes, version: 1, groups: [], principals: {} });
        return { thingName: name, thingArn: arn, thingId: id };
    },
    DescribeThing(ctx, input) {
        const t = thing(ctx, input.thingName);
        return { ...thingSummary(ctx, t), defaultClientId: t.name, thingId: t.id };
    },
    DeleteThing(ctx, input) {
        const t = ctx.store.things.get(input.thingName);
        if (!t)
            return {};
        checkVersion('thing', t, input.expectedVersion);
        if (Object.keys(t.principals).length > 0)
            throw invalid(`Cannot delete the thing ${t.name}: detach its principals first`);
        ctx.store.things.delete(t.name);
        return {};
    },
    ListThings(ctx, input) {
        const { attributeName, attributeValue, thingTypeName, usePrefixAttributeValue } = input;
        if (attributeValue !== undefined && attributeName === undefined)
            throw invalid('attributeValue needs attributeName');
        const matches = (t) => {
            if (thingTypeName !== undefined && t.thingTypeName !== thingTypeName)
                return false;
            if (attributeName === undefined)
                return true;
            // An attribute name is user data: `constructor` is one only when the thing has it.
            if (!Object.hasOwn(t.attributes, attributeName))
                return false;
            const v = t.attributes[attributeName];
            if (attributeValue === undefined)
                return true;
            return usePrefixAttributeValue ? v.startsWith(attributeValue) : v === attributeValue;
        };
        const things = [...ctx.store.things.values()]
            .filter(matches)
            .sort((a, b) => (0,order/* byName */.n)(a.name, b.name));
        const page = ctx.page(things, (t) => t.name, input.nextToken, input.maxResults);
        return { things: page.items.map((t) => thingSummary(ctx, t)), nextToken: page.next };
    },
    /** The same account-specific address on every call, as AWS answers after the first. */
    DescribeEndpoint(ctx, input) {
        const type = input.endpointType ?? 'iot:Data';
        const prefix = (0,external_node_crypto_.createHash)('sha256')
            .update(`${ctx.account}:${ctx.region}`)
            .digest('hex')
            .slice(0, 14);
        const region = ctx.region;
        const addresses = {
            'iot:Data': `${prefix}.iot.${region}.amazonaws.com`,
            'iot:Data-ATS': `${prefix}-ats.iot.${region}.amazonaws.com`,
            'iot:CredentialProvider': `${prefix}.credentials.iot.${region}.amazonaws.com`,
            'iot:Jobs': `${prefix}.jobs.iot.${region}.amazonaws.com`
        };
        const address = addresses[type];
        if (!address)
            throw invalid(`Unknown endpointType ${type}: use one of ${Object.keys(addresses).join(', ')}`);
        const data = type === 'iot:Data' || type === 'iot:Data-ATS';
        return { endpointAddress: data && ctx.dataEndpoint ? ctx.dataEndpoint : address };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/certificates.ts





/** Statuses UpdateCertificate may set; the others belong to transfer and registration flows. */
const SETTABLE = ['ACTIVE', 'INACTIVE', 'REVOKED'];
const certificateArn = (ctx, id) => ctx.arn(`cert/${id}`);
function certificates_certificate(ctx, id) {
    return must(ctx.store.certificates, id, () => notFound(`The certificate ${id} does not exist`));
}
/** The certificate a principal ARN names; only X.509 certificates are principals in this emulator. */
function certificateOfPrincipal(ctx, principal) {
    const resource = ctx.resourceOf(principal);
    if (!resource?.startsWith('cert/'))
        throw invalid(`${principal} is not a certificate ARN of this account`);
    return certificates_certificate(ctx, resource.slice('cert/'.length));
}
const stateError = (message) => new ApiError('CertificateStateException', message);
/** Sort key in creation order: fixed-width milliseconds, then the id for certificates made together. */
const creationKey = (c) => `${String(c.creationDate).padStart(15, '0')}|${c.certificateId}`;
/** Keep a certificate the CA issued, as ACTIVE or INACTIVE; what both create operations answer. */
function record(ctx, issued, active) {
    const now = ctx.now();
    ctx.store.certificates.set(issued.certificateId, {
        certificateId: issued.certificateId,
        certificatePem: issued.certificatePem,
        status: active ? 'ACTIVE' : 'INACTIVE',
        creationDate: now,
        lastModifiedDate: now,
        validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
    });
    return {
        certificateArn: certificateArn(ctx, issued.certificateId),
        certificateId: issued.certificateId,
        certificatePem: issued.certificatePem
    };
}
const certificateHandlers = {
    /** Signs the device's own key: the private key never reaches the service. */
    async CreateCertificateFromCsr(ctx, input) {
        let issued;
        try {
            issued = await ctx.ca.signRequest(input.certificateSigningRequest);
        }
        catch (e) {
            throw invalid(`The certificate signing request is not valid: ${(0,errors/* errorMessage */.g)(e)}`);
        }
        return record(ctx, issued, input.setAsActive === true);
    },
    async CreateKeysAndCertificate(ctx, input) {
        const issued = await ctx.ca.issueDeviceCertificate();
        return {
            ...record(ctx, issued, input.setAsActive === true),
            keyPair: { PublicKey: issued.publicKeyPem, PrivateKey: issued.privateKeyPem }
        };
    },
    DescribeCertificate(ctx, input) {
        const c = certificates_certificate(ctx, input.certificateId);
        return {
            certificateDescription: {
                certificateArn: certificateArn(ctx, c.certificateId),
                certificateId: c.certificateId,
                status: c.status,
                certificatePem: c.certificatePem,
                ownedBy: ctx.account,
                creationDate: new Date(c.creationDate),
                lastModifiedDate: new Date(c.lastModifiedDate),
                customerVersion: 1,
                generationId: `${c.lastModifiedDate}`,
                validity: {
                    notBefore: new Date(c.validity.notBefore),
                    notAfter: new Date(c.validity.notAfter)
                },
                certificateMode: 'DEFAULT'
            }
        };
    },
    UpdateCertificate(ctx, input) {
        const c = certificates_certificate(ctx, input.certificateId);
        if (!SETTABLE.includes(input.newStatus))
            throw invalid(`newStatus ${input.newStatus} cannot be set by UpdateCertificate; use ${SETTABLE.join(', ')}`);
        if (c.status === 'REVOKED' && input.newStatus !== 'REVOKED')
            throw stateError(`The certificate ${c.certificateId} is revoked and cannot become ${input.newStatus}`);
        if (c.status !== input.newStatus) {
            c.status = input.newStatus;
            c.lastModifiedDate = ctx.now();
            ctx.store.touch('certificates', c.certificateId);
        }
        return {};
    },
    DeleteCertificate(ctx, input) {
        const c = certificates_certificate(ctx, input.certificateId);
        const arn = certificateArn(ctx, c.certificateId);
        if (c.status === 'ACTIVE')
            throw stateError(`The certificate ${c.certificateId} is ACTIVE: set it INACTIVE before deleting it`);
        const things = ctx.store.thingsOfPrincipal(arn);
        if (things.length)
            throw new ApiError('DeleteConflictException', `The certificate ${c.certificateId} is attached to the things ${things.join(', ')}: detach it first`);
        const policies = ctx.store.policiesOfTarget(arn);
        if (policies.length && !input.forceDelete)
            throw new ApiError('DeleteConflictException', `The certificate ${c.certificateId} has the policies ${policies.join(', ')} attached: detach them or set forceDelete`);
        ctx.store.certificates.delete(c.certificateId);
        ctx.store.forgetResource(arn);
        return {};
    },
    ListCertificates(ctx, input) {
        const descending = !input.ascendingOrder;
        const certs = [...ctx.store.certificates.values()].sort((a, b) => descending ? (0,order/* byName */.n)(creationKey(b), creationKey(a)) : (0,order/* byName */.n)(creationKey(a), creationKey(b)));
        const page = ctx.page(certs, creationKey, input.marker, input.pageSize, descending);
        return {
            certificates: page.items.map((c) => ({
                certificateArn: certificateArn(ctx, c.certificateId),
                certificateId: c.certificateId,
                status: c.status,
                certificateMode: 'DEFAULT',
                creationDate: new Date(c.creationDate)
            })),
            nextMarker: page.next
        };
    },
    AttachThingPrincipal(ctx, input) {
        const t = thing(ctx, input.thingName);
        certificateOfPrincipal(ctx, input.principal);
        const type = input.thingPrincipalType ?? 'NON_EXCLUSIVE_THING';
        const others = ctx.store.thingsOfPrincipal(input.principal).filter((n) => n !== t.name);
        const exclusive = others.find((n) => ctx.store.things.get(n).principals[input.principal] === 'EXCLUSIVE_THING');
        if (exclusive)
            throw invalid(`The principal is attached exclusively to the thing ${exclusive}`);
        if (type === 'EXCLUSIVE_THING' && others.length)
            throw invalid(`The principal is already attached to ${others.join(', ')}: it cannot be exclusive to ${t.name}`);
        return changeThing(ctx, t, (t) => {
            t.principals[input.principal] = type;
        });
    },
    DetachThingPrincipal(ctx, input) {
        const t = thing(ctx, input.thingName);
        if (!(input.principal in t.principals))
            return {};
        return changeThing(ctx, t, (t) => delete t.principals[input.principal]);
    },
    ListThingPrincipals(ctx, input) {
        const principals = Object.keys(thing(ctx, input.thingName).principals).sort(order/* byName */.n);
        const page = ctx.page(principals, (p) => p, input.nextToken, input.maxResults);
        return { principals: page.items, nextToken: page.next };
    },
    ListPrincipalThings(ctx, input) {
        certificateOfPrincipal(ctx, input.principal);
        const things = ctx.store.thingsOfPrincipal(input.principal).sort(order/* byName */.n);
        const page = ctx.page(things, (n) => n, input.nextToken, input.maxResults);
        return { things: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/behavior-rules.ts

function metricInfo(ctx, metric) {
    if (metric.startsWith('aws:'))
        return (0,metrics/* awsMetric */.so)(metric) ?? `${metric} is not a supported metric`;
    const custom = ctx.store.customMetrics.get(metric);
    if (!custom)
        return `The custom metric ${metric} does not exist`;
    return (0,metrics/* customMetric */.oq)(metric, custom.metricType);
}
function checkBehavior(ctx, b) {
    const where = `Behavior ${b.name}`;
    const dimension = b.metricDimension?.dimensionName;
    if (dimension !== undefined && !ctx.store.dimensions.has(dimension))
        return `${where}: the dimension ${dimension} does not exist`;
    if (b.metric === undefined)
        return undefined;
    const info = metricInfo(ctx, b.metric);
    if (typeof info === 'string')
        return `${where}: ${info}`;
    const c = b.criteria;
    if (!c)
        return undefined;
    if (c.mlDetectionConfig) {
        if (!info.ml)
            return `${where}: ML Detect does not support the metric ${b.metric}`;
        if (c.comparisonOperator || c.value || c.statisticalThreshold || c.durationSeconds)
            return `${where}: an ML Detect behavior takes no operator, value, statistic or duration`;
        return undefined;
    }
    if (c.comparisonOperator && !info.operators.includes(c.comparisonOperator))
        return `${where}: the operator ${c.comparisonOperator} does not apply to ${b.metric} (use ${info.operators.join(', ')})`;
    const windowed = info.window === 'required' || (info.window === 'statistical' && c.statisticalThreshold);
    if (windowed && c.comparisonOperator && c.durationSeconds === undefined)
        return `${where}: the metric ${b.metric} requires criteria's duration field to be set`;
    return undefined;
}
/** Every problem of a behavior list, as ValidateSecurityProfileBehaviors reports them. */
function behaviorErrors(ctx, behaviors) {
    const errors = [];
    const seen = new Set();
    for (const b of behaviors) {
        if (seen.has(b.name))
            errors.push(`Behavior names must be unique: ${b.name} appears twice`);
        seen.add(b.name);
        const problem = checkBehavior(ctx, b);
        if (problem)
            errors.push(problem);
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/local/operations/security-profiles.ts






const profileArn = (ctx, name) => ctx.arn(`securityprofile/${name}`);
function profile(ctx, name) {
    return must(ctx.store.securityProfiles, name, () => notFound(`The security profile ${name} does not exist`));
}
function checkBehaviors(ctx, behaviors) {
    const errors = behaviorErrors(ctx, behaviors);
    if (errors.length)
        throw invalid(errors.join('; '));
}
/** The retained metrics from either form of the member (the deprecated one is a list of names). */
function retained(v1, v2) {
    if (v1?.length && v2?.length)
        throw invalid('Use additionalMetricsToRetainV2 or additionalMetricsToRetain, not both');
    if (v2?.length)
        return [...v2];
    if (v1?.length)
        return v1.map((metric) => ({ metric }));
    return undefined;
}
function describe(ctx, r) {
    return {
        securityProfileName: r.name,
        securityProfileArn: profileArn(ctx, r.name),
        securityProfileDescription: r.description,
        behaviors: r.behaviors,
        alertTargets: r.alertTargets,
        additionalMetricsToRetain: r.additionalMetricsToRetainV2?.map((m) => m.metric),
        additionalMetricsToRetainV2: r.additionalMetricsToRetainV2,
        metricsExportConfig: r.metricsExportConfig,
        version: r.version,
        creationDate: new Date(r.creationDate),
        lastModifiedDate: new Date(r.lastModifiedDate)
    };
}
/** The resource part of a target ARN after checking that it names something that can be a target. */
function targetResource(ctx, arn) {
    const resource = ctx.resourceOf(arn);
    if (resource !== undefined && resource_quotas/* ACCOUNT_TARGETS */.rX.includes(resource))
        return resource;
    if (resource?.startsWith('thinggroup/')) {
        const group = resource.slice('thinggroup/'.length);
        if (!ctx.store.thingGroups.has(group))
            throw notFound(`The thing group ${group} does not exist`);
        return resource;
    }
    throw invalid(`${arn} is not a security profile target: use a thing group ARN or ${resource_quotas/* ACCOUNT_TARGETS */.rX.map((t) => ctx.arn(t)).join(', ')}`);
}
function usesDimension(r, dimension) {
    return ((r.behaviors ?? []).some((b) => b.metricDimension?.dimensionName === dimension) ||
        (r.additionalMetricsToRetainV2 ?? []).some((m) => m.metricDimension?.dimensionName === dimension));
}
function usesMetric(r, metric) {
    return ((r.behaviors ?? []).some((b) => b.metric === metric) ||
        (r.additionalMetricsToRetainV2 ?? []).some((m) => m.metric === metric));
}
/** Names of the profiles that use a custom metric or a dimension (deletes of those check this). */
function profilesUsing(ctx, use) {
    return [...ctx.store.securityProfiles.values()]
        .filter((r) => use.metric !== undefined ? usesMetric(r, use.metric) : usesDimension(r, use.dimension))
        .map((r) => r.name);
}
const securityProfileHandlers = {
    CreateSecurityProfile(ctx, input) {
        const name = input.securityProfileName;
        const arn = profileArn(ctx, name);
        if (ctx.store.securityProfiles.has(name))
            throw alreadyExists(`The security profile ${name} already exists`, name, arn);
        checkBehaviors(ctx, input.behaviors ?? []);
        checkInitialTags(input.tags);
        const now = ctx.now();
        ctx.store.securityProfiles.set(name, {
            name,
            description: input.securityProfileDescription,
            behaviors: input.behaviors,
            alertTargets: input.alertTargets,
            additionalMetricsToRetainV2: retained(input.additionalMetricsToRetain, input.additionalMetricsToRetainV2),
            metricsExportConfig: input.metricsExportConfig,
            version: 1,
            creationDate: now,
            lastModifiedDate: now
        });
        ctx.store.profileTargets.set(name, []);
        setInitialTags(ctx, arn, input.tags);
        return { securityProfileName: name, securityProfileArn: arn };
    },
    UpdateSecurityProfile(ctx, input) {
        const r = profile(ctx, input.securityProfileName);
        checkVersion('security profile', r, input.expectedVersion);
        const clash = [
            ['deleteBehaviors', input.behaviors],
            ['deleteAlertTargets', input.alertTargets && Object.keys(input.alertTargets)],
            [
                'deleteAdditionalMetricsToRetain',
                input.additionalMetricsToRetainV2 ?? input.additionalMetricsToRetain
            ],
            ['deleteMetricsExportConfig', input.metricsExportConfig && [input.metricsExportConfig]]
        ].find(([flag, list]) => input[flag] && list?.length);
        if (clash)
            throw invalid(`${clash[0]} cannot be true when the same call sets what it deletes`);
        if (input.behaviors?.length)
            checkBehaviors(ctx, input.behaviors);
        const next = { ...r };
        if (input.securityProfileDescription !== undefined)
            next.description = input.securityProfileDescription;
        if (input.behaviors?.length)
            next.behaviors = input.behaviors;
        if (input.deleteBehaviors)
            delete next.behaviors;
        if (input.alertTargets && Object.keys(input.alertTargets).length)
            next.alertTargets = input.alertTargets;
        if (input.deleteAlertTargets)
            delete next.alertTargets;
        const metrics = retained(input.additionalMetricsToRetain, input.additionalMetricsToRetainV2);
        if (metrics)
            next.additionalMetricsToRetainV2 = metrics;
        if (input.deleteAdditionalMetricsToRetain)
            delete next.additionalMetricsToRetainV2;
        if (input.metricsExportConfig)
            next.metricsExportConfig = input.metricsExportConfig;
        if (input.deleteMetricsExportConfig)
            delete next.metricsExportConfig;
        next.version = r.version + 1;
        next.lastModifiedDate = ctx.now();
        ctx.store.securityProfiles.set(r.name, next);
        return describe(ctx, next);
    },
    DescribeSecurityProfile(ctx, input) {
        return describe(ctx, profile(ctx, input.securityProfileName));
    },
    /** Idempotent: a missing profile is not an error (the operation does not model ResourceNotFound). */
    DeleteSecurityProfile(ctx, input) {
        const r = ctx.store.securityProfiles.get(input.securityProfileName);
        if (!r)
            return {};
        checkVersion('security profile', r, input.expectedVersion);
        ctx.store.securityProfiles.delete(r.name);
        ctx.store.forgetResource(profileArn(ctx, r.name));
        return {};
    },
    ListSecurityProfiles(ctx, input) {
        const { dimensionName, metricName } = input;
        if (dimensionName !== undefined && metricName !== undefined)
            throw invalid('dimensionName and metricName cannot be used in the same request');
        if (dimensionName !== undefined && !ctx.store.dimensions.has(dimensionName))
            throw notFound(`The dimension ${dimensionName} does not exist`);
        if (metricName !== undefined && !ctx.store.customMetrics.has(metricName))
            throw notFound(`The custom metric ${metricName} does not exist`);
        const names = [...ctx.store.securityProfiles.values()]
            .filter((r) => dimensionName === undefined || usesDimension(r, dimensionName))
            .filter((r) => metricName === undefined || usesMetric(r, metricName))
            .map((r) => r.name)
            .sort(order/* byName */.n);
        const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults);
        return {
            securityProfileIdentifiers: page.items.map((name) => ({
                name,
                arn: profileArn(ctx, name)
            })),
            nextToken: page.next
        };
    },
    AttachSecurityProfile(ctx, input) {
        const r = profile(ctx, input.securityProfileName);
        const target = input.securityProfileTargetArn;
        targetResource(ctx, target);
        const targets = ctx.store.profileTargets.get(r.name) ?? [];
        if (targets.includes(target))
            return {};
        if (ctx.store.profilesOfTarget(target).length >= resource_quotas/* MAX_PROFILES_PER_TARGET */.Sg)
            throw limitExceeded(`The target ${target} already has ${resource_quotas/* MAX_PROFILES_PER_TARGET */.Sg} security profiles attached, the most allowed`);
        ctx.store.profileTargets.set(r.name, [...targets, target]);
        return {};
    },
    DetachSecurityProfile(ctx, input) {
        const r = profile(ctx, input.securityProfileName);
        const targets = ctx.store.profileTargets.get(r.name) ?? [];
        ctx.store.profileTargets.set(r.name, targets.filter((t) => t !== input.securityProfileTargetArn));
        return {};
    },
    ListTargetsForSecurityProfile(ctx, input) {
        const r = profile(ctx, input.securityProfileName);
        const targets = [...(ctx.store.profileTargets.get(r.name) ?? [])].sort(order/* byName */.n);
        const page = ctx.page(targets, (t) => t, input.nextToken, input.maxResults);
        return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.next };
    },
    ListSecurityProfilesForTarget(ctx, input) {
        const target = input.securityProfileTargetArn;
        const resource = targetResource(ctx, target);
        const arns = [target];
        if (input.recursive && resource.startsWith('thinggroup/'))
            for (const g of ctx.store.descendantGroups(resource.slice('thinggroup/'.length)))
                arns.push(ctx.arn(`thinggroup/${g}`));
        const mappings = arns
            .flatMap((arn) => ctx.store.profilesOfTarget(arn).map((name) => ({ name, arn })))
            .sort((a, b) => (0,order/* byName */.n)(`${a.name}\n${a.arn}`, `${b.name}\n${b.arn}`));
        const page = ctx.page(mappings, (m) => `${m.name}\n${m.arn}`, input.nextToken, input.maxResults);
        return {
            securityProfileTargetMappings: page.items.map((m) => ({
                securityProfileIdentifier: { name: m.name, arn: profileArn(ctx, m.name) },
                target: { arn: m.arn }
            })),
            nextToken: page.next
        };
    },
    ValidateSecurityProfileBehaviors(ctx, input) {
        const errors = behaviorErrors(ctx, input.behaviors);
        return {
            valid: errors.length === 0,
            validationErrors: errors.map((errorMessage) => ({ errorMessage }))
        };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/profile-references.ts





/** One kind of record that profiles refer to, and the operations every such kind answers alike. */
class ReferencedKind {
    kind;
    constructor(kind) {
        this.kind = kind;
    }
    arn(ctx, name) {
        return ctx.arn(`${this.kind.arnType}/${name}`);
    }
    get(ctx, name) {
        return must(this.kind.records(ctx.store), name, () => notFound(`The ${this.kind.noun} ${name} does not exist`));
    }
    /** Create one (or answer again for a repeated clientRequestToken); returns its ARN. */
    create(ctx, input, fields) {
        const { name, clientRequestToken } = input;
        const { noun, max } = this.kind;
        const records = this.kind.records(ctx.store);
        const arn = this.arn(ctx, name);
        const existing = records.get(name);
        if (existing) {
            if (existing.clientRequestToken === clientRequestToken)
                return arn;
            throw alreadyExists(`The ${noun} ${name} already exists`, name, arn);
        }
        if (records.size >= max)
            throw limitExceeded(`An account can have at most ${max} ${noun}s`);
        checkInitialTags(input.tags);
        const now = ctx.now();
        records.set(name, {
            name,
            ...fields,
            clientRequestToken,
            creationDate: now,
            lastModifiedDate: now
        });
        setInitialTags(ctx, arn, input.tags);
        return arn;
    }
    /** Change an existing one in place with `change`, as of now; returns it. */
    update(ctx, name, change) {
        const r = this.get(ctx, name);
        change(r);
        r.lastModifiedDate = ctx.now();
        ctx.store.touch(this.kind.collection, r.name);
        return r;
    }
    delete(ctx, name) {
        const records = this.kind.records(ctx.store);
        if (!records.has(name))
            return;
        const users = profilesUsing(ctx, { [this.kind.usedAs]: name });
        if (users.length)
            throw invalid(`The ${this.kind.noun} ${name} is used by the security profiles ${users.join(', ')}`);
        records.delete(name);
        ctx.store.forgetResource(this.arn(ctx, name));
    }
    /** One page of the names, in code-unit order. */
    names(ctx, input) {
        const names = [...this.kind.records(ctx.store).keys()].sort(order/* byName */.n);
        return ctx.page(names, (n) => n, input.nextToken, input.maxResults);
    }
}

;// CONCATENATED MODULE: ./src/local/operations/custom-metrics.ts



const CUSTOM_METRIC = new ReferencedKind({
    collection: 'customMetrics',
    records: (store) => store.customMetrics,
    noun: 'custom metric',
    arnType: 'custommetric',
    max: resource_quotas/* ACCOUNT_QUOTAS */.yo.customMetrics.max,
    usedAs: 'metric'
});
function custom_metrics_describe(ctx, m) {
    return {
        metricName: m.name,
        metricArn: CUSTOM_METRIC.arn(ctx, m.name),
        metricType: m.metricType,
        displayName: m.displayName,
        creationDate: new Date(m.creationDate),
        lastModifiedDate: new Date(m.lastModifiedDate)
    };
}
const customMetricHandlers = {
    CreateCustomMetric(ctx, input) {
        const name = input.metricName;
        // No record can have this prefix, so checking it first keeps a repeated create's answer unchanged.
        if (name.startsWith('aws:'))
            throw invalid('Custom metric names cannot start with aws:');
        const arn = CUSTOM_METRIC.create(ctx, { name, clientRequestToken: input.clientRequestToken, tags: input.tags }, { displayName: input.displayName, metricType: input.metricType });
        return { metricName: name, metricArn: arn };
    },
    DescribeCustomMetric(ctx, input) {
        return custom_metrics_describe(ctx, CUSTOM_METRIC.get(ctx, input.metricName));
    },
    UpdateCustomMetric(ctx, input) {
        const m = CUSTOM_METRIC.update(ctx, input.metricName, (r) => {
            r.displayName = input.displayName;
        });
        return custom_metrics_describe(ctx, m);
    },
    DeleteCustomMetric(ctx, input) {
        CUSTOM_METRIC.delete(ctx, input.metricName);
        return {};
    },
    ListCustomMetrics(ctx, input) {
        const page = CUSTOM_METRIC.names(ctx, input);
        return { metricNames: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/dimensions.ts


const DIMENSION = new ReferencedKind({
    collection: 'dimensions',
    records: (store) => store.dimensions,
    noun: 'dimension',
    arnType: 'dimension',
    max: resource_quotas/* ACCOUNT_QUOTAS */.yo.dimensions.max,
    usedAs: 'dimension'
});
function dimensions_describe(ctx, d) {
    return {
        name: d.name,
        arn: DIMENSION.arn(ctx, d.name),
        type: d.type,
        stringValues: d.stringValues,
        creationDate: new Date(d.creationDate),
        lastModifiedDate: new Date(d.lastModifiedDate)
    };
}
const dimensionHandlers = {
    CreateDimension(ctx, input) {
        const arn = DIMENSION.create(ctx, input, {
            type: input.type,
            stringValues: input.stringValues
        });
        return { name: input.name, arn };
    },
    DescribeDimension(ctx, input) {
        return dimensions_describe(ctx, DIMENSION.get(ctx, input.name));
    },
    UpdateDimension(ctx, input) {
        const d = DIMENSION.update(ctx, input.name, (r) => {
            r.stringValues = input.stringValues;
        });
        return dimensions_describe(ctx, d);
    },
    DeleteDimension(ctx, input) {
        DIMENSION.delete(ctx, input.name);
        return {};
    },
    ListDimensions(ctx, input) {
        const page = DIMENSION.names(ctx, input);
        return { dimensionNames: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/logging.ts
const loggingHandlers = {
    GetLoggingOptions(ctx, _input) {
        const v1 = ctx.store.loggingOptions?.v1;
        return v1 ? { roleArn: v1.roleArn, logLevel: v1.logLevel } : {};
    },
    SetLoggingOptions(ctx, input) {
        const p = input.loggingOptionsPayload;
        ctx.store.loggingOptions = {
            ...ctx.store.loggingOptions,
            v1: { roleArn: p.roleArn, logLevel: p.logLevel }
        };
    },
    GetV2LoggingOptions(ctx, _input) {
        const v2 = ctx.store.loggingOptions?.v2;
        if (!v2)
            return {};
        return {
            roleArn: v2.roleArn,
            defaultLogLevel: v2.defaultLogLevel,
            disableAllLogs: v2.disableAllLogs
        };
    },
    SetV2LoggingOptions(ctx, input) {
        const current = ctx.store.loggingOptions?.v2;
        ctx.store.loggingOptions = {
            ...ctx.store.loggingOptions,
            v2: {
                roleArn: input.roleArn ?? current?.roleArn,
                defaultLogLevel: input.defaultLogLevel ?? current?.defaultLogLevel,
                disableAllLogs: input.disableAllLogs ?? false
            }
        };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/thing-groups.ts







function group(ctx, name) {
    return must(ctx.store.thingGroups, name, () => notFound(`The thing group ${name} does not exist`));
}
const groupArn = (ctx, name) => ctx.arn(`thinggroup/${name}`);
const root = (ctx, name) => ctx.store.ancestorGroups(name).at(-1) ?? name;
const groupSummary = (ctx, name) => ({
    groupName: name,
    groupArn: groupArn(ctx, name)
});
/** The group and the thing of a membership change, each given by name or by ARN. */
function membership(ctx, input) {
    return {
        g: group(ctx, nameOrArn(ctx, input.thingGroupName, input.thingGroupArn, 'thinggroup')),
        t: thing(ctx, nameOrArn(ctx, input.thingName, input.thingArn, 'thing'))
    };
}
const thingGroupHandlers = {
    CreateThingGroup(ctx, input) {
        const name = input.thingGroupName;
        const arn = groupArn(ctx, name);
        const parent = input.parentGroupName;
        const properties = input.thingGroupProperties ?? {};
        const existing = ctx.store.thingGroups.get(name);
        if (existing) {
            if (existing.parentGroupName !== parent ||
                !(0,external_node_util_.isDeepStrictEqual)(existing.properties, properties))
                throw alreadyExists(`The thing group ${name} already exists with a different configuration`, name, arn);
            return { thingGroupName: name, thingGroupArn: arn, thingGroupId: existing.id };
        }
        if (parent !== undefined) {
            if (!ctx.store.thingGroups.has(parent))
                throw invalid(`The parent thing group ${parent} does not exist`);
            if (ctx.store.ancestorGroups(parent).length + 2 > resource_quotas/* MAX_GROUP_DEPTH */.FH)
                throw invalid(`A thing group hierarchy can be at most ${resource_quotas/* MAX_GROUP_DEPTH */.FH} levels deep`);
        }
        checkInitialTags(input.tags);
        const id = ctx.uuid();
        ctx.store.thingGroups.set(name, {
            name,
            id,
            parentGroupName: parent,
            properties,
            version: 1,
            creationDate: ctx.now()
        });
        setInitialTags(ctx, arn, input.tags);
        return { thingGroupName: name, thingGroupArn: arn, thingGroupId: id };
    },
    DescribeThingGroup(ctx, input) {
        const g = group(ctx, input.thingGroupName);
        return {
            thingGroupName: g.name,
            thingGroupId: g.id,
            thingGroupArn: groupArn(ctx, g.name),
            version: g.version,
            thingGroupProperties: g.properties,
            thingGroupMetadata: {
                parentGroupName: g.parentGroupName,
                rootToParentThingGroups: ctx.store
                    .ancestorGroups(g.name)
                    .reverse()
                    .map((a) => groupSummary(ctx, a)),
                creationDate: new Date(g.creationDate)
            }
        };
    },
    /**
     * Each update is a new version, so `expectedVersion` makes it a compare-and-swap. The description is
     * replaced when given; attributes are replaced, or merged with `merge` (an empty value removes one).
     * UNVERIFIED: whether AWS clears a description the update leaves out (kept here).
     */
    UpdateThingGroup(ctx, input) {
        const g = group(ctx, input.thingGroupName);
        checkVersion('thing group', g, input.expectedVersion);
        const { thingGroupDescription, attributePayload } = input.thingGroupProperties;
        const properties = { ...g.properties };
        if (thingGroupDescription !== undefined)
            properties.thingGroupDescription = thingGroupDescription;
        if (attributePayload?.attributes !== undefined) {
            const merged = attributePayload.merge
                ? { ...properties.attributePayload?.attributes, ...attributePayload.attributes }
                : { ...attributePayload.attributes };
            const attributes = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''));
            properties.attributePayload = { attributes };
        }
        g.properties = properties;
        g.version++;
        ctx.store.touch('thingGroups', g.name);
        return { version: g.version };
    },
    /** Idempotent (ResourceNotFound is not modeled); profiles and policies attached to the group go with it. */
    DeleteThingGroup(ctx, input) {
        const g = ctx.store.thingGroups.get(input.thingGroupName);
        if (!g)
            return {};
        checkVersion('thing group', g, input.expectedVersion);
        if (ctx.store.descendantGroups(g.name).length > 0)
            throw invalid(`Cannot delete the thing group ${g.name}: it has child groups`);
        ctx.store.thingGroups.delete(g.name);
        ctx.store.forgetResource(groupArn(ctx, g.name));
        return {};
    },
    /**
     * Without parentGroup every group is listed (UNVERIFIED whether AWS lists only root groups then); with it,
     * its children, or all its descendants when recursive.
     */
    ListThingGroups(ctx, input) {
        let names = [...ctx.store.thingGroups.keys()];
        if (input.parentGroup !== undefined) {
            group(ctx, input.parentGroup);
            names = input.recursive
                ? ctx.store.descendantGroups(input.parentGroup)
                : names.filter((n) => ctx.store.thingGroups.get(n).parentGroupName === input.parentGroup);
        }
        if (input.namePrefixFilter !== undefined)
            names = names.filter((n) => n.startsWith(input.namePrefixFilter));
        names.sort(order/* byName */.n);
        const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults);
        return { thingGroups: page.items.map((n) => groupSummary(ctx, n)), nextToken: page.next };
    },
    AddThingToThingGroup(ctx, input) {
        const { g, t } = membership(ctx, input);
        if (t.groups.includes(g.name))
            return {};
        if (t.groups.length >= resource_quotas/* MAX_GROUPS_PER_THING */.v5)
            throw invalid(`The thing ${t.name} is already in ${resource_quotas/* MAX_GROUPS_PER_THING */.v5} thing groups, the most allowed`);
        const sameTree = t.groups.find((n) => root(ctx, n) === root(ctx, g.name));
        if (sameTree)
            throw invalid(`The thing ${t.name} is already in ${sameTree}, a group of the same hierarchy as ${g.name}`);
        return changeThing(ctx, t, (t) => t.groups.push(g.name));
    },
    RemoveThingFromThingGroup(ctx, input) {
        const { g, t } = membership(ctx, input);
        if (!t.groups.includes(g.name))
            return {};
        return changeThing(ctx, t, (t) => {
            t.groups = t.groups.filter((n) => n !== g.name);
        });
    },
    ListThingsInThingGroup(ctx, input) {
        const g = group(ctx, input.thingGroupName);
        const names = ctx.store.thingsOfGroup(g.name, { recursive: input.recursive });
        const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults);
        return { things: page.items, nextToken: page.next };
    },
    ListThingGroupsForThing(ctx, input) {
        const names = [...thing(ctx, input.thingName).groups].sort(order/* byName */.n);
        const page = ctx.page(names, (n) => n, input.nextToken, input.maxResults);
        return { thingGroups: page.items.map((n) => groupSummary(ctx, n)), nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/detect-mitigation.ts



function targeted(ctx, input) {
    const t = input.target;
    const all = [...ctx.store.violations.values()];
    const chosen = t.violationIds?.length
        ? t.violationIds.flatMap((id) => ctx.store.violations.get(id) ?? [])
        : all.filter((v) => v.securityProfileName === t.securityProfileName &&
            (t.behaviorName === undefined || v.behavior.name === t.behaviorName));
    const range = input.violationEventOccurrenceRange;
    return chosen.filter((v) => (!input.includeOnlyActiveViolations || v.active) &&
        (input.includeSuppressedAlerts || !v.behavior.suppressAlerts) &&
        (!range || inTimeRange(range)(v.violationStartTime)));
}
/** One action on one violating thing. */
function execute(ctx, actionName, thingName) {
    const action = ctx.store.mitigationActions.get(actionName);
    const groups = action?.actionParams.addThingsToThingGroupParams?.thingGroupNames;
    if (!groups)
        return {
            status: 'FAILED',
            errorCode: 'InvalidRequestException',
            message: `${action?.actionType ?? 'This'} actions do not run on Detect violations; only ADD_THINGS_TO_THING_GROUP does`
        };
    if (!ctx.store.things.has(thingName))
        return { status: 'SKIPPED', message: `The thing ${thingName} no longer exists` };
    try {
        for (const thingGroupName of groups)
            thingGroupHandlers.AddThingToThingGroup(ctx, { thingGroupName, thingName });
        return { status: 'SUCCESSFUL' };
    }
    catch (e) {
        if (!(e instanceof ApiError))
            throw e;
        return { status: 'FAILED', errorCode: e.code, message: e.message };
    }
}
function executeDetectMitigation(ctx, input) {
    const out = [];
    for (const v of targeted(ctx, input))
        for (const actionName of input.actions) {
            const executionStartDate = ctx.now();
            const outcome = execute(ctx, actionName, v.thingName);
            out.push({
                taskId: input.taskId,
                violationId: v.violationId,
                actionName,
                thingName: v.thingName,
                executionStartDate,
                executionEndDate: ctx.now(),
                ...outcome
            });
        }
    return out;
}

;// CONCATENATED MODULE: ./src/local/operations/mitigation-actions.ts







const count = (xs, status) => (xs ?? []).filter((x) => x.status === status).length;
const ACTION_TYPES = {
    updateDeviceCertificateParams: 'UPDATE_DEVICE_CERTIFICATE',
    updateCACertificateParams: 'UPDATE_CA_CERTIFICATE',
    addThingsToThingGroupParams: 'ADD_THINGS_TO_THING_GROUP',
    replaceDefaultPolicyVersionParams: 'REPLACE_DEFAULT_POLICY_VERSION',
    enableIoTLoggingParams: 'ENABLE_IOT_LOGGING',
    publishFindingToSnsParams: 'PUBLISH_FINDING_TO_SNS'
};
const actionArn = (ctx, name) => ctx.arn(`mitigationaction/${name}`);
function action(ctx, name) {
    return must(ctx.store.mitigationActions, name, () => notFound(`The mitigation action ${name} does not exist`));
}
/** The action type its parameters imply; exactly one kind of parameters is allowed. */
function actionType(params) {
    const kinds = Object.keys(params).filter((k) => params[k] !== undefined);
    if (kinds.length !== 1)
        throw invalid(`actionParams must hold exactly one of ${Object.keys(ACTION_TYPES).join(', ')}; it holds ${kinds.length}`);
    return ACTION_TYPES[kinds[0]];
}
const mitigationActionHandlers = {
    CreateMitigationAction(ctx, input) {
        const name = input.actionName;
        const arn = actionArn(ctx, name);
        const existing = ctx.store.mitigationActions.get(name);
        if (existing)
            throw alreadyExists(`The mitigation action ${name} already exists`, existing.id, arn);
        const type = actionType(input.actionParams);
        if (ctx.store.mitigationActions.size >= resource_quotas/* ACCOUNT_QUOTAS */.yo.mitigationActions.max)
            throw limitExceeded(`An account can have at most ${resource_quotas/* ACCOUNT_QUOTAS */.yo.mitigationActions.max} mitigation actions`);
        checkInitialTags(input.tags);
        const now = ctx.now();
        const id = ctx.uuid();
        ctx.store.mitigationActions.set(name, {
            name,
            id,
            roleArn: input.roleArn,
            actionParams: input.actionParams,
            actionType: type,
            creationDate: now,
            lastModifiedDate: now
        });
        setInitialTags(ctx, arn, input.tags);
        return { actionArn: arn, actionId: id };
    },
    DescribeMitigationAction(ctx, input) {
        const a = action(ctx, input.actionName);
        return {
            actionName: a.name,
            actionType: a.actionType,
            actionArn: actionArn(ctx, a.name),
            actionId: a.id,
            roleArn: a.roleArn,
            actionParams: a.actionParams,
            creationDate: new Date(a.creationDate),
            lastModifiedDate: new Date(a.lastModifiedDate)
        };
    },
    UpdateMitigationAction(ctx, input) {
        const a = action(ctx, input.actionName);
        if (input.actionParams) {
            const type = actionType(input.actionParams);
            if (type !== a.actionType)
                throw invalid(`The action type of ${a.name} is ${a.actionType}; it cannot become ${type}`);
            a.actionParams = input.actionParams;
        }
        if (input.roleArn !== undefined)
            a.roleArn = input.roleArn;
        a.lastModifiedDate = ctx.now();
        ctx.store.touch('mitigationActions', a.name);
        return { actionArn: actionArn(ctx, a.name), actionId: a.id };
    },
    DeleteMitigationAction(ctx, input) {
        if (ctx.store.mitigationActions.delete(input.actionName))
            ctx.store.forgetResource(actionArn(ctx, input.actionName));
        return {};
    },
    ListMitigationActions(ctx, input) {
        const actions = [...ctx.store.mitigationActions.values()]
            .filter((a) => input.actionType === undefined || a.actionType === input.actionType)
            .sort((a, b) => (0,order/* byName */.n)(a.name, b.name));
        const page = ctx.page(actions, (a) => a.name, input.nextToken, input.maxResults);
        return {
            actionIdentifiers: page.items.map((a) => ({
                actionName: a.name,
                actionArn: actionArn(ctx, a.name),
                creationDate: new Date(a.creationDate)
            })),
            nextToken: page.next
        };
    },
    StartDetectMitigationActionsTask(ctx, input) {
        const id = input.taskId;
        if (ctx.store.detectMitigationTasks.has(id))
            throw new ApiError('TaskAlreadyExistsException', `The task ${id} already exists`);
        if (!input.target.violationIds?.length && input.target.securityProfileName === undefined)
            throw invalid('target needs violationIds or a securityProfileName');
        const profile = input.target.securityProfileName;
        if (profile !== undefined && !ctx.store.securityProfiles.has(profile))
            throw invalid(`The security profile ${profile} does not exist`);
        for (const name of input.actions)
            if (!ctx.store.mitigationActions.has(name))
                throw invalid(`The mitigation action ${name} does not exist`);
        const running = [...ctx.store.detectMitigationTasks.values()].filter((t) => t.taskStatus === 'IN_PROGRESS');
        if (running.length >= resource_quotas/* MAX_RUNNING_DETECT_TASKS */.Uh)
            throw limitExceeded(`At most ${resource_quotas/* MAX_RUNNING_DETECT_TASKS */.Uh} Detect mitigation tasks can run at once`);
        const now = ctx.now();
        const range = input.violationEventOccurrenceRange;
        const executions = executeDetectMitigation(ctx, input);
        ctx.store.detectMitigationTasks.set(id, {
            taskId: id,
            taskStatus: 'SUCCESSFUL',
            startTime: now,
            endTime: now,
            target: input.target,
            actions: input.actions,
            violationEventOccurrenceRange: range && {
                startTime: range.startTime.getTime(),
                endTime: range.endTime.getTime()
            },
            onlyActiveViolationsIncluded: input.includeOnlyActiveViolations ?? false,
            suppressedAlertsIncluded: input.includeSuppressedAlerts ?? false,
            executions
        });
        return { taskId: id };
    },
    DescribeDetectMitigationActionsTask(ctx, input) {
        const t = must(ctx.store.detectMitigationTasks, input.taskId, () => notFound(`The task ${input.taskId} does not exist`));
        const range = t.violationEventOccurrenceRange;
        return {
            taskSummary: {
                taskId: t.taskId,
                taskStatus: t.taskStatus,
                taskStartTime: new Date(t.startTime),
                taskEndTime: t.endTime === undefined ? undefined : new Date(t.endTime),
                target: t.target,
                violationEventOccurrenceRange: range && {
                    startTime: new Date(range.startTime),
                    endTime: new Date(range.endTime)
                },
                onlyActiveViolationsIncluded: t.onlyActiveViolationsIncluded,
                suppressedAlertsIncluded: t.suppressedAlertsIncluded,
                actionsDefinition: t.actions
                    .map((n) => ctx.store.mitigationActions.get(n))
                    .filter((a) => a !== undefined)
                    .map((a) => ({
                    name: a.name,
                    id: a.id,
                    roleArn: a.roleArn,
                    actionParams: a.actionParams
                })),
                taskStatistics: {
                    actionsExecuted: count(t.executions, 'SUCCESSFUL'),
                    actionsSkipped: count(t.executions, 'SKIPPED'),
                    actionsFailed: count(t.executions, 'FAILED')
                }
            }
        };
    },
    ListDetectMitigationActionsExecutions(ctx, input) {
        const within = inTimeRange(input);
        const all = [...ctx.store.detectMitigationTasks.values()]
            .flatMap((t) => t.executions ?? [])
            .filter((x) => (input.taskId === undefined || x.taskId === input.taskId) &&
            (input.violationId === undefined || x.violationId === input.violationId) &&
            (input.thingName === undefined || x.thingName === input.thingName) &&
            within(x.executionStartDate));
        const key = (x) => `${String(x.executionStartDate).padStart(15, '0')}|${x.taskId}|${x.violationId}|${x.actionName}`;
        all.sort((a, b) => (0,order/* byName */.n)(key(a), key(b)));
        const page = ctx.page(all, key, input.nextToken, input.maxResults);
        return {
            actionsExecutions: page.items.map((x) => ({
                ...x,
                executionStartDate: new Date(x.executionStartDate),
                executionEndDate: new Date(x.executionEndDate)
            })),
            nextToken: page.next
        };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/policies.ts






const policyArn = (ctx, name) => ctx.arn(`policy/${name}`);
function policy(ctx, name) {
    return must(ctx.store.policies, name, () => notFound(`The policy ${name} does not exist`));
}
const malformed = (message) => new ApiError('MalformedPolicyException', message);
/** The checks AWS makes on a document: JSON, statements with an effect, actions and resources, size. */
function checkDocument(document) {
    if (document.replace(/\s/g, '').length > resource_quotas/* MAX_POLICY_CHARS */.yt)
        throw malformed(`A policy document can have at most ${resource_quotas/* MAX_POLICY_CHARS */.yt} characters besides whitespace`);
    let parsed;
    try {
        parsed = JSON.parse(document);
    }
    catch {
        throw malformed('The policy document is not valid JSON');
    }
    const statements = parsed?.Statement;
    const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
    if (list.length === 0)
        throw malformed('The policy document has no Statement');
    for (const s of list) {
        if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
            throw malformed('Each statement needs Effect "Allow" or "Deny"');
        if (!s.Action)
            throw malformed('Each statement needs an Action');
        if (!s.Resource)
            throw malformed('Each statement needs a Resource');
    }
}
/** A policy target's ARN after checking that it exists: a certificate or a thing group. */
function target(ctx, arn) {
    const resource = ctx.resourceOf(arn);
    if (resource?.startsWith('thinggroup/')) {
        const group = resource.slice('thinggroup/'.length);
        if (!ctx.store.thingGroups.has(group))
            throw notFound(`The thing group ${group} does not exist`);
        return arn;
    }
    if (resource?.startsWith('cert/')) {
        certificateOfPrincipal(ctx, arn);
        return arn;
    }
    throw invalid(`${arn} is not a certificate or thing group ARN of this account`);
}
/** Targets whose policies apply to `arn` too: a group's ancestors; a certificate's things' groups. */
function inheritedTargets(ctx, arn) {
    const resource = ctx.resourceOf(arn);
    const groups = resource.startsWith('cert/')
        ? ctx.store.thingsOfPrincipal(arn).flatMap((t) => ctx.store.things.get(t).groups)
        : [resource.slice('thinggroup/'.length)];
    const chain = new Set();
    for (let g of groups) {
        if (!resource.startsWith('cert/'))
            g = ctx.store.thingGroups.get(g)?.parentGroupName ?? '';
        while (g) {
            chain.add(ctx.arn(`thinggroup/${g}`));
            g = ctx.store.thingGroups.get(g)?.parentGroupName ?? '';
        }
    }
    return [...chain];
}
const policyHandlers = {
    CreatePolicy(ctx, input) {
        const name = input.policyName;
        const arn = policyArn(ctx, name);
        if (ctx.store.policies.has(name))
            throw alreadyExists(`The policy ${name} already exists`, name, arn);
        checkDocument(input.policyDocument);
        checkInitialTags(input.tags);
        const now = ctx.now();
        ctx.store.policies.set(name, {
            name,
            document: input.policyDocument,
            creationDate: now,
            lastModifiedDate: now,
            generationId: ctx.uuid()
        });
        ctx.store.policyTargets.set(name, []);
        setInitialTags(ctx, arn, input.tags);
        return {
            policyName: name,
            policyArn: arn,
            policyDocument: input.policyDocument,
            policyVersionId: '1'
        };
    },
    GetPolicy(ctx, input) {
        const p = policy(ctx, input.policyName);
        return {
            policyName: p.name,
            policyArn: policyArn(ctx, p.name),
            policyDocument: p.document,
            defaultVersionId: '1',
            creationDate: new Date(p.creationDate),
            lastModifiedDate: new Date(p.lastModifiedDate),
            generationId: p.generationId
        };
    },
    DeletePolicy(ctx, input) {
        const p = policy(ctx, input.policyName);
        const targets = ctx.store.policyTargets.get(p.name) ?? [];
        if (targets.length)
            throw new ApiError('DeleteConflictException', `The policy ${p.name} is attached to ${targets.length} target(s): detach it first`);
        ctx.store.policies.delete(p.name);
        ctx.store.forgetResource(policyArn(ctx, p.name));
        return {};
    },
    ListPolicies(ctx, input) {
        const key = (p) => `${String(p.creationDate).padStart(15, '0')}|${p.name}`;
        const descending = !input.ascendingOrder;
        const policies = [...ctx.store.policies.values()].sort((a, b) => descending ? (0,order/* byName */.n)(key(b), key(a)) : (0,order/* byName */.n)(key(a), key(b)));
        const page = ctx.page(policies, key, input.marker, input.pageSize, descending);
        return {
            policies: page.items.map((p) => ({
                policyName: p.name,
                policyArn: policyArn(ctx, p.name)
            })),
            nextMarker: page.next
        };
    },
    AttachPolicy(ctx, input) {
        const p = policy(ctx, input.policyName);
        const arn = target(ctx, input.target);
        const targets = ctx.store.policyTargets.get(p.name) ?? [];
        if (targets.includes(arn))
            return {};
        if (ctx.store.policiesOfTarget(arn).length >= resource_quotas/* MAX_POLICIES_PER_TARGET */.u)
            throw limitExceeded(`${arn} already has ${resource_quotas/* MAX_POLICIES_PER_TARGET */.u} policies attached, the most allowed`);
        ctx.store.policyTargets.set(p.name, [...targets, arn]);
        return {};
    },
    /** Detaching what is not attached is not an error (the operation does not model ResourceNotFound). */
    DetachPolicy(ctx, input) {
        const targets = ctx.store.policyTargets.get(input.policyName);
        if (targets)
            ctx.store.policyTargets.set(input.policyName, targets.filter((t) => t !== input.target));
        return {};
    },
    ListTargetsForPolicy(ctx, input) {
        const p = policy(ctx, input.policyName);
        const targets = [...(ctx.store.policyTargets.get(p.name) ?? [])].sort(order/* byName */.n);
        const page = ctx.page(targets, (t) => t, input.marker, input.pageSize);
        return { targets: page.items, nextMarker: page.next };
    },
    ListAttachedPolicies(ctx, input) {
        const arn = target(ctx, input.target);
        const arns = [arn, ...(input.recursive ? inheritedTargets(ctx, arn) : [])];
        const names = [...new Set(arns.flatMap((a) => ctx.store.policiesOfTarget(a)))].sort(order/* byName */.n);
        const page = ctx.page(names, (n) => n, input.marker, input.pageSize);
        return {
            policies: page.items.map((n) => ({ policyName: n, policyArn: policyArn(ctx, n) })),
            nextMarker: page.next
        };
    }
};

;// CONCATENATED MODULE: ./src/local/operations/violations.ts



function violations_criteriaType(v) {
    const c = v.behavior.criteria;
    if (c?.mlDetectionConfig)
        return 'MACHINE_LEARNING';
    if (c?.statisticalThreshold)
        return 'STATISTICAL';
    return 'STATIC';
}
function violations_matches(v, f) {
    return ((f.thingName === undefined || v.thingName === f.thingName) &&
        (f.securityProfileName === undefined || v.securityProfileName === f.securityProfileName) &&
        (f.behaviorCriteriaType === undefined || violations_criteriaType(v) === f.behaviorCriteriaType) &&
        (f.listSuppressedAlerts === true || !v.behavior.suppressAlerts) &&
        (f.verificationState === undefined || v.verificationState === f.verificationState));
}
function checkProfile(ctx, name) {
    if (name !== undefined && !ctx.store.securityProfiles.has(name))
        throw notFound(`The security profile ${name} does not exist`);
}
const date = (ms) => ms === undefined ? undefined : new Date(ms);
const summaryKey = (s) => `${s.profile}/${s.behavior}`;
const eventKey = (e) => `${String(e.violationEventTime).padStart(15, '0')}|${e.violationId}|${e.violationEventType}`;
/**
 * What an active violation and a violation event both answer: whose it is, the behavior, and the verification
 * state, which is kept on the violation (`violation`: the record itself, or the one an event belongs to).
 */
function violationFields(r, violation) {
    return {
        violationId: r.violationId,
        thingName: r.thingName,
        securityProfileName: r.securityProfileName,
        behavior: r.behavior,
        violationEventAdditionalInfo: r.violationEventAdditionalInfo,
        verificationState: violation?.verificationState,
        verificationStateDescription: violation?.verificationStateDescription
    };
}
const violationHandlers = {
    GetBehaviorModelTrainingSummaries(ctx, input) {
        checkProfile(ctx, input.securityProfileName);
        const summaries = [...ctx.store.securityProfiles.values()]
            .filter((p) => input.securityProfileName === undefined || p.name === input.securityProfileName)
            .flatMap((p) => (p.behaviors ?? [])
            .filter((b) => b.criteria?.mlDetectionConfig)
            .map((b) => ({
            profile: p.name,
            behavior: b.name,
            model: ctx.store.detect?.models[`${p.name}/${b.name}`]
        })))
            .sort((a, b) => (0,order/* byName */.n)(summaryKey(a), summaryKey(b)));
        const page = ctx.page(summaries, summaryKey, input.nextToken, input.maxResults);
        return {
            // As AWS does, a model without data yet has no start date (dd-detect-ml-getting-started's output).
            summaries: page.items.map(({ profile, behavior, model }) => ({
                securityProfileName: profile,
                behaviorName: behavior,
                trainingDataCollectionStartDate: date(model?.trainingStartedAt),
                modelStatus: model?.status ?? 'PENDING_BUILD',
                datapointsCollectionPercentage: model?.collectionPercentage ?? 0,
                lastModelRefreshDate: date(model?.builtAt)
            })),
            nextToken: page.next
        };
    },
    ListActiveViolations(ctx, input) {
        checkProfile(ctx, input.securityProfileName);
        const active = [...ctx.store.violations.values()]
            .filter((v) => v.active && violations_matches(v, input))
            .sort((a, b) => (0,order/* byName */.n)(a.violationId, b.violationId));
        const page = ctx.page(active, (v) => v.violationId, input.nextToken, input.maxResults);
        return {
            activeViolations: page.items.map((v) => ({
                ...violationFields(v, v),
                lastViolationValue: v.lastViolationValue,
                lastViolationTime: date(v.lastViolationTime),
                violationStartTime: new Date(v.violationStartTime)
            })),
            nextToken: page.next
        };
    },
    ListViolationEvents(ctx, input) {
        const within = inTimeRange(input);
        const violation = (e) => ctx.store.violations.get(e.violationId);
        const events = ctx.store.violationEvents
            .filter((e) => within(e.violationEventTime))
            .filter((e) => violations_matches({ ...e, verificationState: violation(e)?.verificationState }, input))
            .sort((a, b) => (0,order/* byName */.n)(eventKey(a), eventKey(b)));
        const page = ctx.page(events, eventKey, input.nextToken, input.maxResults);
        return {
            violationEvents: page.items.map((e) => ({
                ...violationFields(e, violation(e)),
                metricValue: e.metricValue,
                violationEventType: e.violationEventType,
                violationEventTime: new Date(e.violationEventTime)
            })),
            nextToken: page.next
        };
    },
    PutVerificationStateOnViolation(ctx, input) {
        const v = ctx.store.violations.get(input.violationId);
        if (!v)
            throw invalid(`The violation ${input.violationId} does not exist`);
        v.verificationState = input.verificationState;
        v.verificationStateDescription = input.verificationStateDescription;
        ctx.store.touch('violations', v.violationId);
        return {};
    }
};

;// CONCATENATED MODULE: ./src/local/operations/handlers.ts
/**
 * The one handler table, keyed by every operation of the model: its type fails to compile when an operation
 * has no handler, so adding an operation to the model extract means adding an entry in a family module.
 */












const HANDLERS = {
    ...securityProfileHandlers,
    ...violationHandlers,
    ...tagHandlers,
    ...customMetricHandlers,
    ...dimensionHandlers,
    ...mitigationActionHandlers,
    ...auditHandlers,
    ...thingHandlers,
    ...thingGroupHandlers,
    ...certificateHandlers,
    ...policyHandlers,
    ...loggingHandlers
};
/** Operations that only read: their requests never change the account, so nothing is persisted after them. */
function isReadOnly(operation) {
    return /^(List|Describe|Get|Validate)/.test(operation);
}

;// CONCATENATED MODULE: ./src/local/operations/paging.ts
/**
 * Opaque paging tokens. A token names the operation and the sort key of the last item returned, so a page
 * after concurrent creates or deletes neither repeats nor skips what is left. Tokens are standard base64,
 * which also satisfies the `Marker` pattern of the marker/pageSize operations.
 */


/**
 * Page sizes when the caller sends none. The model only bounds them; AWS documents 25 for ListAuditFindings
 * and its other defaults are unpublished, so 25 is used throughout (capped by the model's maximum).
 */
const DEFAULT_PAGE_SIZE = 25;
function encode(token) {
    return Buffer.from(JSON.stringify(token)).toString('base64');
}
function paging_decode(operation, raw) {
    try {
        const token = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
        if (token.op === operation && typeof token.after === 'string')
            return token;
    }
    catch {
        // fall through
    }
    throw invalid('The pagination token is not valid');
}
/** The page size an operation uses: the caller's, or the default within the model's bounds. */
function pageSize(operation, requested) {
    if (typeof requested === 'number')
        return requested;
    const spec = iot_model/* iotModel */.OA.operations[operation];
    const member = spec.paginated?.pageSize;
    if (!member)
        return Number.MAX_SAFE_INTEGER;
    const s = (0,iot_model/* shape */.cW)(iot_model/* iotModel */.OA.shapes[spec.input].members[member].t);
    const max = 'rmax' in s && s.rmax !== undefined ? s.rmax : DEFAULT_PAGE_SIZE;
    return Math.min(DEFAULT_PAGE_SIZE, max);
}
/**
 * One page of `items`, which must already be in the order the operation returns them, with `sortKey`
 * increasing (or decreasing when `descending`) along that order.
 */
function paginate(operation, items, sortKey, token, size, descending = false) {
    let start = 0;
    if (token) {
        const { after } = paging_decode(operation, token);
        const beyond = (k) => (descending ? k < after : k > after);
        start = items.findIndex((item) => beyond(sortKey(item)));
        if (start < 0)
            start = items.length;
    }
    const page = items.slice(start, start + size);
    const more = start + size < items.length;
    return {
        items: page,
        ...(more ? { next: encode({ op: operation, after: sortKey(page[page.length - 1]) }) } : {})
    };
}

;// CONCATENATED MODULE: ./src/local/operations/make-context.ts
/** Builds the operation context a handler receives, from the emulator's services for one region. */


function operationContext(services, store, operation) {
    return {
        operation,
        store,
        clock: services.clock,
        ca: services.ca,
        account: store.account,
        region: store.region,
        dataEndpoint: services.dataEndpoint,
        engines: services.engines,
        now: () => services.clock.now(),
        uuid: () => (0,external_node_crypto_.randomUUID)(),
        arn: (resource) => store.arn(resource),
        resourceOf: (arn) => store.resourceOf(arn),
        page: (items, sortKey, token, maxResults, descending = false) => paginate(operation, items, sortKey, token, pageSize(operation, maxResults), descending)
    };
}

;// CONCATENATED MODULE: ./src/local/http/server.ts
/**
 * The restJson1 HTTP server: route from the model, apply faults, bind and validate the input, run the
 * operation's handler, answer with the model's output members or with a modeled error (status from the
 * model, `x-amzn-ErrorType` header, `{"message"}` body). Handlers run to completion one at a time on the
 * event loop, so each operation is atomic.
 */














/** Bodies beyond this are refused (the largest modeled member, a policy document, is ~400 KB). */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Recent requests kept for `requests()`: enough for any test, bounded for a long-running `ddac local`. */
const LOG_SIZE = 10_000;
const router = new Router(Object.keys(iot_model/* iotModel */.OA.operations));
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES)
                reject(new ApiError('InvalidRequestException', 'The body is too large'));
            else
                chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function send(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
        'x-amzn-RequestId': (0,external_node_crypto_.randomUUID)(),
        ...headers
    });
    res.end(text);
}
/** The CA certificate on EMULATOR_CA_PATH: not an AWS operation, so not in `requests()`. */
function sendCa(res, pem, head, timeScale) {
    res.writeHead(200, {
        'content-type': 'application/x-pem-file',
        'content-length': Buffer.byteLength(pem),
        ...(timeScale !== undefined ? { [emulator_paths/* EMULATOR_TIME_SCALE_HEADER */.p]: String(timeScale) } : {})
    });
    res.end(head ? undefined : pem);
}
async function operate(options, req, route, query) {
    const { operation } = route;
    const spec = iot_model/* iotModel */.OA.operations[operation];
    const body = await readBody(req);
    await options.faults.before(operation);
    const wire = bindRequest(spec, route.labels, query, req.headers, body);
    validateInput(spec.input, wire);
    const handler = HANDLERS[operation];
    const store = options.regions.get(signedRegion(req.headers.authorization));
    const ctx = operationContext(options.services, store, operation);
    const result = await handler(ctx, handlerInput(spec.input, wire));
    const output = wireOutput(spec.output, result);
    if (options.checkOutputs && spec.output) {
        const problems = violations(spec.output, output);
        if (problems.length)
            throw new ApiError('InternalFailureException', `Emulator output breaks the model: ${problems.join('; ')}`);
    }
    // The store's commit emits the change events and saves the data directory before the answer.
    if (!isReadOnly(operation))
        await store.commit();
    return output;
}
function createControlPlane(options) {
    const requests = [];
    const record = (r) => {
        requests.push(r);
        if (requests.length > LOG_SIZE)
            requests.splice(0, requests.length - LOG_SIZE);
    };
    const server = (0,external_node_http_.createServer)({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
        // On every answer, so ddac's client knows from its first call whether pacing is needed here.
        res.setHeader(quotas/* QUOTAS_HEADER */._, options.faults.enforcesQuotas ? 'enforced' : 'none');
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const rawPath = q < 0 ? url : url.slice(0, q);
        const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
        let operation = 'unknown';
        let labels;
        void (async () => {
            try {
                const refused = foreignRequest(req, options.host ?? '127.0.0.1');
                if (refused)
                    throw new ApiError('AccessDeniedException', refused);
                if (rawPath === emulator_paths/* EMULATOR_CA_PATH */.Z && (req.method === 'GET' || req.method === 'HEAD'))
                    return sendCa(res, options.services.ca.certificatePem, req.method === 'HEAD', options.timeScale);
                const route = router.match(req.method ?? 'GET', rawPath);
                operation = route.operation;
                labels = route.labels;
                const output = await operate(options, req, route, query);
                record({ operation, status: 200, labels });
                send(res, 200, output);
            }
            catch (e) {
                const error = e instanceof ApiError ? e : new ApiError('InternalFailureException', (0,errors/* errorMessage */.g)(e));
                record({
                    operation,
                    status: error.status,
                    error: error.code,
                    ...(labels ? { labels } : {})
                });
                send(res, error.status, { message: error.message, ...error.fields }, {
                    'x-amzn-ErrorType': error.code
                });
            }
        })();
    });
    return { server, requests };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/local/store/persist.ts
/**
 * The data directory of `ddac local --data-dir`: one JSON snapshot of the account and the CA, rewritten
 * atomically (temporary file, fsync, rename) after every change and before the change is acknowledged, so
 * a killed emulator restarts with every acknowledged write. The snapshot holds the CA's private key, so the
 * files are 0600 and a directory ddac creates is 0700.
 */





const STATE_FILE = 'emulator-state.json';
const FORMAT = 1;
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
/** `emulator-state.json.<pid>.<random>.tmp`: the writer's pid tells a dead writer's leftover from a live one's. */
const TEMP = new RegExp(`^${STATE_FILE.replace('.', '\\.')}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
/**
 * Coalesce saves: while one write runs, every further request shares the one write queued after it, which
 * snapshots when it starts. A caller's change is in the write its promise awaits, so HTTP still answers only
 * after its change is on disk, and a burst of data-plane commits costs two writes, not one per commit.
 */
function coalesced(write) {
    let running;
    let queued;
    const start = () => {
        running = write().finally(() => (running = undefined));
        return running;
    };
    return () => {
        if (queued)
            return queued;
        if (!running)
            return start();
        queued = running
            .catch(() => undefined)
            .then(() => {
            queued = undefined;
            return start();
        });
        return queued;
    };
}
function loadState(dataDir) {
    const file = external_node_path_default().join(dataDir, STATE_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new Error(`cannot read the emulator's state file ${file}: ${(0,errors/* errorMessage */.g)(e)}`, {
            cause: e
        });
    }
    const corrupted = (why, cause) => new Error(`${file} is not a ddac local state file (${why}); move it away to start with an empty account`, { cause });
    let saved;
    try {
        saved = JSON.parse(text);
    }
    catch (e) {
        throw corrupted((0,errors/* errorMessage */.g)(e), e);
    }
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
        throw corrupted('not a JSON object');
    if (saved.format !== FORMAT)
        throw new Error(`${file} has format ${String(saved.format)}, not ${FORMAT}`);
    if (typeof saved.account !== 'object' ||
        typeof saved.ca !== 'object' ||
        !saved.account ||
        !saved.ca)
        throw corrupted('its account or CA is missing');
    return saved;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: the process exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
/** Remove temporary files that a killed writer left; a running writer's (another emulator on the same directory) stay. */
function removeStaleTemps(dataDir) {
    for (const name of (0,external_node_fs_.readdirSync)(dataDir)) {
        const m = TEMP.exec(name);
        if (m && !alive(Number(m[1])))
            (0,external_node_fs_.rmSync)(external_node_path_default().join(dataDir, name), { force: true });
    }
}
/**
 * Written by hand rather than with write-file-atomic: that package reads CommonJS `__filename`, which the
 * ESM bundle in dist/ does not define.
 */
class StateFile {
    file;
    temp;
    queue = Promise.resolve();
    constructor(dataDir) {
        // A directory ddac creates is 0700; an existing one (the user's choice) keeps its mode, the files are 0600.
        (0,external_node_fs_.mkdirSync)(dataDir, { recursive: true, mode: DIR_MODE });
        removeStaleTemps(dataDir);
        this.file = external_node_path_default().join(dataDir, STATE_FILE);
        this.temp = `${this.file}.${process.pid}.${(0,external_node_crypto_.randomUUID)().slice(0, 8)}.tmp`;
    }
    /** Snapshot now, write in call order: a later state never loses to an earlier, slower write. */
    save(state) {
        const text = JSON.stringify({ format: FORMAT, ...state }) + '\n';
        this.queue = this.queue.catch(() => undefined).then(() => this.write(text));
        return this.queue;
    }
    async write(text) {
        // The mode applies when the file is created; chmod covers a temp file left by an older version.
        const handle = await (0,external_node_fs_promises_.open)(this.temp, 'w', FILE_MODE);
        try {
            await handle.chmod(FILE_MODE);
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,external_node_fs_promises_.rename)(this.temp, this.file);
    }
}

;// CONCATENATED MODULE: ./src/local/store/regions.ts
/** More than AWS has, and few enough that stray signatures cannot grow the emulator without bound. */
const MAX_REGIONS = 64;
class Regions {
    home;
    create;
    tooMany;
    states = new Map();
    constructor(home, create, 
    /** the error for one region too many (the operations layer's LimitExceededException) */
    tooMany = (m) => new Error(m)) {
        this.home = home;
        this.create = create;
        this.tooMany = tooMany;
        this.get(home);
    }
    /** The account's store in this region (the home region when undefined). */
    get(region = this.home) {
        let state = this.states.get(region);
        if (!state) {
            if (this.states.size >= MAX_REGIONS)
                throw this.tooMany(`The emulator already holds ${MAX_REGIONS} regions; ${region} is one too many`);
            state = this.create(region);
            this.states.set(region, state);
        }
        return state;
    }
    /** Restore saved regions (each snapshot names its own). */
    restore(snapshots) {
        for (const s of snapshots)
            this.get(s.region).restore(s);
    }
    /** Every region's store, the home region first. */
    all() {
        return [...this.states.values()];
    }
    /** Every region's snapshot, the home region first. */
    snapshots() {
        return [...this.states.values()].map((s) => s.snapshot());
    }
}

;// CONCATENATED MODULE: ./src/local/emulator.ts














const DEFAULT_ACCOUNT = '123456789012';
const DEFAULT_REGION = 'us-east-1';
function pick(option, saved, fallback, what) {
    if (option !== undefined && saved !== undefined && option !== saved)
        throw new Error(`the data directory holds ${what} ${saved}, not ${option}`);
    return option ?? saved ?? fallback;
}
async function startEmulator(options = {}) {
    const saved = options.dataDir ? loadState(options.dataDir) : undefined;
    const account = pick(options.account, saved?.account.account, DEFAULT_ACCOUNT, 'account');
    // A data directory holds every region; --region only chooses the home one.
    const region = options.region ?? saved?.account.region ?? DEFAULT_REGION;
    const ca = saved
        ? await CertificateAuthority.restore(saved.ca)
        : await CertificateAuthority.create();
    const ownClock = typeof options.clock !== 'object';
    const clock = typeof options.clock === 'function'
        ? functionClock(options.clock)
        : (options.clock ??
            (options.clockScale !== undefined && options.clockScale !== 1
                ? scaledClock(options.clockScale, { start: saved?.clockNow })
                : realClock()));
    // The data plane listens before the account exists, so DescribeEndpoint can name its port.
    const host = options.host ?? '127.0.0.1';
    const broker = options.broker
        ? await startBroker({
            account: accountView(() => regions.get(), clock, (samples) => detect.record(samples)),
            caPem: ca.certificatePem,
            server: await ca.issueServerCertificate(),
            host,
            port: typeof options.broker === 'object' ? (options.broker.port ?? 0) : 0
        })
        : undefined;
    const dataEndpoint = options.dataEndpoint ??
        (broker ? `${host.includes(':') ? `[${host}]` : host}:${broker.port}` : undefined);
    const file = options.dataDir ? new StateFile(options.dataDir) : undefined;
    // Every region's commit saves the whole data directory: one file holds every region.
    const save = file
        ? coalesced(() => {
            const [home, ...others] = regions.snapshots();
            return file.save({
                ca: ca.snapshot(),
                account: home,
                regions: others,
                clockNow: clock.now()
            });
        })
        : undefined;
    const listeners = new Set();
    // Detect runs in the home region, where the data plane's things live.
    const timing = scaledTiming(options.detect?.timeScale ?? DEFAULT_TIME_SCALE, options.detect?.timing);
    const engines = { ...options.engines };
    if (options.audit && !engines.audit)
        engines.audit = new AuditEngine({
            // the same scale as Detect: AWS's 2-hour look-back and a task's minutes shrink alike
            lookbackLagMs: SHARED_CERTIFICATE_LAG_MS / timing.scale,
            taskDurationMs: DEFAULT_TASK_DURATION_MS / timing.scale,
            policyAnalysis: (document, scope) => permissiveness(document, scope).overlyPermissive
        });
    const regions = new Regions(region, (r) => {
        const store = new Store({ account, region: r, persist: save });
        store.onChange((changes) => {
            for (const listener of listeners)
                listener(changes);
        });
        engines.audit?.watchRegion?.({ store, clock });
        return store;
    }, (message) => new ApiError('LimitExceededException', message));
    if (saved)
        regions.restore([saved.account, ...(saved.regions ?? [])]);
    else if (options.initialState)
        regions.restore([options.initialState]);
    await save?.();
    const home = regions.get();
    const detect = new DetectEngine(home, clock, timing);
    const evaluate = async () => {
        detect.tick();
        await home.commit();
    };
    // A change of profiles, targets, things or groups is evaluated at once, so removed alarms are invalidated.
    const RELEVANT = new Set(['securityProfiles', 'profileTargets', 'things', 'thingGroups']);
    home.onChange((changes) => {
        if (changes.some((c) => RELEVANT.has(c.kind)))
            detect.tick();
    });
    // An idle account (no thing ever reported, nothing in alarm) is left alone: its state does not change with
    // time alone, so a data directory is not rewritten every period. A failed save is retried by the next commit.
    const idle = () => Object.keys(home.detect?.seen ?? {}).length === 0 &&
        ![...home.violations.values()].some((v) => v.active);
    const timer = options.detect?.stepped
        ? undefined
        : setInterval(() => {
            if (!idle())
                void evaluate().catch(() => undefined);
        }, timing.periodMs).unref();
    const { server, requests } = createControlPlane({
        regions,
        services: { clock, ca, dataEndpoint, engines },
        timeScale: timing.scale,
        faults: new Faults(options),
        checkOutputs: options.checkOutputs,
        host
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const urlHost = host.includes(':') ? `[${host}]` : host;
    let stopped;
    return {
        endpoint: `http://${urlHost}:${port}`,
        account,
        region,
        caCertificatePem: ca.certificatePem,
        state: (r) => regions.get(r).snapshot(),
        requests: (options = {}) => options.labels ? [...requests] : requests.map(({ labels: _labels, ...r }) => r),
        store: (r) => regions.get(r),
        onChange: (listener) => {
            listeners.add(listener);
            return () => void listeners.delete(listener);
        },
        clock,
        engines,
        ...(broker
            ? {
                broker: {
                    host: broker.host,
                    port: broker.port,
                    connected: broker.connected,
                    totals: broker.totals
                }
            }
            : {}),
        detect: {
            timing,
            record: (samples) => detect.record(samples),
            evaluate
        },
        stop: () => (stopped ??= (async () => {
            clearInterval(timer);
            await broker?.stop();
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            await Promise.all([engines.audit?.stop?.(), engines.detect?.stop?.()]);
            if (ownClock)
                clock.dispose();
            await save?.();
        })())
    };
}


/***/ }),

/***/ 29003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ EMULATOR_CA_PATH),
/* harmony export */   p: () => (/* binding */ EMULATOR_TIME_SCALE_HEADER)
/* harmony export */ });
/**
 * What ddac's emulator serves besides the AWS IoT API, on paths AWS never uses (as LocalStack keeps its own
 * under `/_localstack/`). The README's `ddac local` section documents them.
 */
/**
 * GET: the emulator's CA certificate (PEM). Its broker's server certificate and every device certificate
 * the account issues chain to it, so MQTT clients trust it to reach the broker. Public: never a key.
 */
const EMULATOR_CA_PATH = '/_ddac/ca.pem';
/**
 * A response header of EMULATOR_CA_PATH: how many times faster than AWS the emulator's Detect and Audit run,
 * so a client at `--endpoint` scales its waits as `--local` does.
 */
const EMULATOR_TIME_SCALE_HEADER = 'x-ddac-time-scale';


/***/ }),

/***/ 60856:
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
    ListAttachedPolicies: 15,
    // UNVERIFIED, like the registry operations: CancelAuditTask as Device Defender's other writes.
    CancelAuditTask: 10,
    GetLoggingOptions: 2,
    SetLoggingOptions: 2,
    GetV2LoggingOptions: 2,
    SetV2LoggingOptions: 2
};


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * Names in code-unit order, the one comparator for names and keys: stable on every machine (a locale's
 * order is not), and the order AWS pages and JSON keys come in.
 */
function byName(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
