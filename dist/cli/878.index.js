export const id = 878;
export const ids = [878];
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

/***/ 66878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulateCommand: () => (/* binding */ simulateCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/emulator-paths.ts
var emulator_paths = __webpack_require__(29003);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/simulate/mqtt/endpoint.ts
/**
 * The broker address of a DescribeEndpoint answer, and the CA devices trust there. AWS answers a bare host name
 * (devices dial port 8883, its certificate checked against the system trust store); the local emulator's broker
 * listens on a free port and answers `host:port` instead (a stand-in AWS never sends), under its own CA.
 */


const AWS_MQTT_PORT = 8883;
function brokerAddress(endpointAddress, caPem) {
    const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5})$/.exec(endpointAddress);
    const host = match ? match[1].replace(/^\[|\]$/g, '') : endpointAddress;
    const port = match ? Number(match[2]) : AWS_MQTT_PORT;
    return { host, port, ...(caPem === undefined ? {} : { caPem }) };
}
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** The certificates of a PEM text (a key or anything else in it is left out: devices need only the CA). */
function pemCertificates(text, from) {
    const certificates = text.match(PEM_CERTIFICATE);
    if (!certificates)
        throw new Error(`${from} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    return certificates.join('\n') + '\n';
}
/**
 * The CA of a running ddac emulator (`ddac local`), which it serves on EMULATOR_CA_PATH: its broker's server
 * certificate chains to it. The answer also tells the emulator's time scale. Another emulator does not serve
 * it; the error says what to pass instead.
 */
async function emulatorCa(endpoint, timeoutMs = 10_000) {
    const url = new URL(emulator_paths/* EMULATOR_CA_PATH */.Z, endpoint).href;
    const remedy = `simulate needs the CA of the broker at ${endpoint} to trust it: pass --ca-file PATH (its CA certificate, PEM)`;
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (e) {
        throw new Error(`${url} did not answer (${(0,errors/* errorMessage */.g)(e)}); ${remedy}`, { cause: e });
    }
    if (!response.ok)
        throw new Error(`${url} answered ${response.status}, so it is not ddac local; ${remedy}`);
    const scale = Number(response.headers.get(emulator_paths/* EMULATOR_TIME_SCALE_HEADER */.p));
    return {
        caPem: pemCertificates(await response.text(), url),
        ...(Number.isFinite(scale) && scale >= 1 ? { timeScale: scale } : {})
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/simulate/provision/ledger.ts
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
            (0,external_node_fs_.appendFileSync)(this.file, JSON.stringify(line) + '\n', { mode: 0o600 });
    }
}
/** Read a ledger file back (the post step, cleanup); a torn last line is ignored. */
function readLedger(file) {
    const entries = [];
    let runId;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
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

// EXTERNAL MODULE: ./src/simulate/provision/marks.ts
var marks = __webpack_require__(80520);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./src/simulate/pacing.ts
/**
 * Pacing for a whole fleet from one timer. Each thing's sends have absolute due times (`start + k × interval`),
 * so a late tick catches up instead of drifting; sleeping after each publish loses the acknowledgement round
 * trip on every message, and a timer per thing drifts because Node re-arms it from when its callback ran
 * (bench/simulate.ts measures the two side by side).
 */
/** Start times spread evenly over one interval, so a fleet does not send in bursts. */
function spreadStarts(things, intervalMs, t0) {
    return Array.from({ length: things }, (_, i) => t0 + Math.floor((i * intervalMs) / things));
}
/** The pacing state of one fleet: which sends are due now, per stream, in due order. */
class Pacer {
    streams;
    sent;
    constructor(streams) {
        this.streams = streams;
        this.sent = streams.map(() => 0);
    }
    /** Due time of stream i's next send, or undefined once it has sent all. */
    nextDue(i) {
        const s = this.streams[i];
        const k = this.sent[i];
        return k < s.count ? s.startAt + k * s.intervalMs : undefined;
    }
    /**
     * Take the sends due at `now` for the streams `ready` allows (a thing at its cap of unacknowledged publishes
     * waits; its sends stay due and go out when it is ready again). Returns [stream, sequence] pairs.
     */
    take(now, ready = () => Infinity) {
        const out = [];
        for (let i = 0; i < this.streams.length; i++) {
            let room = ready(i);
            for (let due = this.nextDue(i); due !== undefined && due <= now && room > 0; room--) {
                out.push([i, this.sent[i]]);
                this.sent[i]++;
                due = this.nextDue(i);
            }
        }
        return out;
    }
    /** The earliest due time of any stream with sends left (undefined when all are done). */
    earliest() {
        let min;
        for (let i = 0; i < this.streams.length; i++) {
            const d = this.nextDue(i);
            if (d !== undefined && (min === undefined || d < min))
                min = d;
        }
        return min;
    }
    done() {
        return this.earliest() === undefined;
    }
    /** Sends taken so far, over all streams. */
    taken() {
        return this.sent.reduce((a, b) => a + b, 0);
    }
    planned() {
        return this.streams.reduce((a, s) => a + s.count, 0);
    }
}
/** Achieved rate of one thing from its send times, against the asked rate: the relative error. */
function rateError(sendTimes, intervalMs) {
    if (sendTimes.length < 2)
        return undefined;
    const span = sendTimes[sendTimes.length - 1] - sendTimes[0];
    if (span <= 0)
        return undefined;
    const achieved = (sendTimes.length - 1) / span;
    const asked = 1 / intervalMs;
    return Math.abs(achieved - asked) / asked;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/simulate/mqtt/tunnel.ts
/**
 * A local HTTP CONNECT proxy that the device client dials through, so the runner can drop a device's TCP
 * connection without an MQTT DISCONNECT: the `disconnects` scenario, which AWS counts as
 * `aws:num-disconnects`. TLS stays end to end (the proxy only relays bytes), so this works against AWS as
 * against the emulator. Each device names itself in Proxy-Authorization (user = client id). The proxy relays
 * only to the one broker it was made for, on 127.0.0.1 only.
 */



class DropTunnel {
    server;
    target;
    live = new Map();
    blocked = new Set();
    constructor(server, target) {
        this.server = server;
        this.target = target;
        server.on('connect', (req, client, head) => this.relay(req, client, head));
    }
    static async start(target) {
        const server = (0,external_node_http_.createServer)((_req, res) => res.writeHead(405).end());
        server.listen(0, '127.0.0.1');
        await (0,external_node_events_.once)(server, 'listening');
        return new DropTunnel(server, target);
    }
    get port() {
        return this.server.address().port;
    }
    /** Close the device's connections at the TCP level, and refuse new ones until `allow`. */
    cut(clientId) {
        this.blocked.add(clientId);
        const sockets = this.live.get(clientId) ?? new Set();
        for (const s of sockets)
            s.destroy();
        this.live.delete(clientId);
        return sockets.size;
    }
    allow(clientId) {
        this.blocked.delete(clientId);
    }
    close() {
        for (const sockets of this.live.values())
            for (const s of sockets)
                s.destroy();
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
    relay(req, client, head) {
        const clientId = userOf(req.headers['proxy-authorization']);
        const [host, port] = splitHostPort(req.url ?? '');
        if (!clientId ||
            this.blocked.has(clientId) ||
            port !== this.target.port ||
            host !== this.target.host) {
            client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
            return;
        }
        const upstream = (0,external_node_net_.connect)(port, host, () => {
            client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
            if (head.length)
                upstream.write(head);
            upstream.pipe(client);
            client.pipe(upstream);
            const sockets = this.live.get(clientId) ?? new Set();
            sockets.add(client);
            this.live.set(clientId, sockets);
            const close = () => {
                sockets.delete(client);
                upstream.destroy();
                client.destroy();
            };
            client.once('close', close);
            upstream.once('close', close);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
    }
}
function userOf(header) {
    const m = /^Basic\s+(.+)$/i.exec(header ?? '');
    if (!m)
        return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString();
    const colon = decoded.indexOf(':');
    return colon < 0 ? decoded : decoded.slice(0, colon);
}
function splitHostPort(authority) {
    const i = authority.lastIndexOf(':');
    return [authority.slice(0, i).replace(/^\[|\]$/g, ''), Number(authority.slice(i + 1))];
}

;// CONCATENATED MODULE: ./src/simulate/traffic.ts
/** Persistent connections for the whole run, or one per step. */
const persistent = (t) => t.kind === 'publish' || t.kind === 'denied-publish' || t.kind === 'hold';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The topic a denied publish goes to: outside the one topic the run's policy allows. */
const deniedTopic = (topic) => `${topic}/ddac-denied`;
async function untilUp(thing, deadlineMs) {
    const end = Date.now() + deadlineMs;
    while (!thing.up && Date.now() < end)
        await sleep(20);
}
/** One step of the traffic on one thing. Resolves when it is settled; failures are counted, not thrown. */
async function step(ctx, thing) {
    const c = thing.counters;
    const t = ctx.traffic;
    try {
        switch (t.kind) {
            case 'publish':
                await thing.connection.publish(t.topic, ctx.payload);
                c.acked++;
                return;
            case 'denied-publish':
                // A broker that closes the connection on a denial (AWS) must be back before the next attempt counts.
                await untilUp(thing, 10_000);
                c.denied++;
                await thing.connection.publish(deniedTopic(t.topic), ctx.payload).catch(() => undefined);
                return;
            case 'churn': {
                const conn = await ctx.connect(thing.credentials, ctx.broker, {});
                await conn.connect();
                c.connects++;
                await conn.disconnect();
                c.acked++;
                return;
            }
            case 'drop': {
                const tunnel = ctx.tunnel;
                const id = thing.credentials.clientId;
                tunnel.allow(id);
                const conn = await ctx.connect(thing.credentials, ctx.broker, { tunnelPort: tunnel.port });
                await conn.connect();
                c.connects++;
                c.drops += tunnel.cut(id) > 0 ? 1 : 0;
                // The client would reconnect through the (now refusing) tunnel: stop it without a DISCONNECT on the wire.
                await conn.disconnect().catch(() => undefined);
                c.acked++;
                return;
            }
            case 'hold':
                return;
        }
    }
    catch {
        c.failed++;
    }
}

;// CONCATENATED MODULE: ./src/simulate/fleet.ts
/**
 * Runs one scenario's traffic on a whole fleet from one process: connects every thing where the traffic keeps
 * a connection (a bounded number of connects in flight), paces all steps from one timer with absolute due
 * times, caps the unsettled steps per thing, counts what the broker accepted, dropped and resent, and always
 * disconnects.
 */





const fleet_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isSleep = (t) => t.kind === 'hold';
async function runFleet(options) {
    const now = options.now ?? Date.now;
    const { traffic } = options;
    const started = now();
    const report = progressThrottle(options, now);
    const things = options.devices.map((credentials) => ({
        credentials,
        up: false,
        inflight: 0,
        sendTimes: [],
        counters: {
            clientId: credentials.clientId,
            sent: 0,
            acked: 0,
            failed: 0,
            connects: 0,
            drops: 0,
            denied: 0,
            interruptions: 0,
            reconnects: 0
        }
    }));
    const failures = new Map();
    const limit = (0,p_limit/* default */.A)(options.connectConcurrency ?? 50);
    if (persistent(traffic))
        await connectAll(options, things, failures, limit, report);
    const live = persistent(traffic) ? things.filter((t) => t.connection) : things;
    const tunnel = traffic.kind === 'drop' ? await DropTunnel.start(options.broker) : undefined;
    const ctx = {
        traffic,
        broker: options.broker,
        connect: options.connect,
        payload: new Uint8Array(traffic.kind === 'publish' ? traffic.messageSize : 16).fill(0x41),
        ...(tunnel ? { tunnel } : {})
    };
    const sendStart = now();
    const [count, intervalMs] = isSleep(traffic) ? [0, 1000] : [traffic.count, traffic.intervalMs];
    const pacer = new Pacer(spreadStarts(live.length, intervalMs, sendStart).map((startAt) => ({
        startAt,
        count,
        intervalMs
    })));
    const maxInflight = traffic.kind === 'publish' ? (options.maxInflight ?? 10) : 1;
    const pending = new Set();
    let errors = failures.size;
    try {
        if (isSleep(traffic))
            await hold(traffic.holdMs, now, options.signal, report);
        while (!pacer.done() && !options.signal?.aborted) {
            const t = now();
            for (const [i] of pacer.take(t, (i) => maxInflight - live[i].inflight)) {
                const thing = live[i];
                thing.inflight++;
                thing.counters.sent++;
                thing.sendTimes.push(t);
                const failedBefore = thing.counters.failed;
                const p = step(ctx, thing).finally(() => {
                    thing.inflight--;
                    errors += thing.counters.failed - failedBefore;
                    pending.delete(p);
                });
                pending.add(p);
            }
            const sent = pacer.taken();
            const elapsed = (now() - sendStart) / 1000;
            const rate = elapsed > 0 ? sent / elapsed : 0;
            const left = pacer.planned() - sent;
            report('sending', sent, pacer.planned(), rate, errors, rate > 0 ? (left / rate) * 1000 : undefined);
            const next = pacer.earliest();
            await fleet_sleep(next === undefined ? 0 : Math.max(1, Math.min(options.tickMs ?? 5, next - now())));
        }
        report('settling', pacer.taken() - pending.size, pacer.taken(), 0, errors);
        await Promise.allSettled([...pending]);
    }
    finally {
        await tunnel?.close();
    }
    const sendingMs = now() - sendStart;
    let disconnected = 0;
    const connectedThings = things.filter((t) => t.connection);
    await Promise.all(connectedThings.map((t) => limit(async () => {
        await t.connection.disconnect().catch(() => undefined);
        report('disconnecting', ++disconnected, connectedThings.length, 0, errors);
    })));
    return {
        ...summarize(things, failures, pacer, traffic),
        durationMs: now() - started,
        sendingMs
    };
}
async function connectAll(options, things, failures, limit, report) {
    let connected = 0;
    await Promise.all(things.map((thing) => limit(async () => {
        if (options.signal?.aborted)
            return;
        try {
            const c = await options.connect(thing.credentials, options.broker, {
                interrupted: () => {
                    thing.up = false;
                    thing.counters.interruptions++;
                },
                resumed: () => {
                    thing.up = true;
                    thing.counters.reconnects++;
                }
            });
            await c.connect();
            thing.connection = c;
            thing.up = true;
            thing.counters.connects++;
            connected++;
        }
        catch (e) {
            failures.set(thing.credentials.clientId, (0,errors/* errorMessage */.g)(e));
        }
        report('connecting', connected + failures.size, things.length, 0, failures.size);
    })));
}
async function hold(holdMs, now, signal, report) {
    const end = now() + holdMs;
    while (now() < end && !signal?.aborted) {
        report('holding', holdMs - (end - now()), holdMs, 0, 0, end - now());
        await fleet_sleep(Math.min(250, Math.max(1, end - now())));
    }
}
function summarize(things, connectFailures, pacer, traffic) {
    const intervalMs = isSleep(traffic) ? 1000 : traffic.intervalMs;
    const perThing = things.map((t) => {
        const err = rateError(t.sendTimes, intervalMs);
        return err === undefined ? { ...t.counters } : { ...t.counters, rateError: err };
    });
    const sum = (k) => perThing.reduce((n, t) => n + t[k], 0);
    const errors = perThing.flatMap((t) => (t.rateError === undefined ? [] : [t.rateError]));
    const achieved = things.flatMap((t) => t.sendTimes.length > 1
        ? [((t.sendTimes.length - 1) * 1000) / (t.sendTimes.at(-1) - t.sendTimes[0])]
        : []);
    const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    return {
        things: things.length,
        connected: things.filter((t) => t.counters.connects > 0).length,
        connectFailures,
        planned: pacer.planned(),
        sent: sum('sent'),
        acked: sum('acked'),
        failed: sum('failed'),
        connects: sum('connects'),
        drops: sum('drops'),
        denied: sum('denied'),
        interruptions: sum('interruptions'),
        reconnects: sum('reconnects'),
        bytes: traffic.kind === 'publish' ? sum('acked') * traffic.messageSize : 0,
        askedRate: 1000 / intervalMs,
        achievedRate: mean(achieved),
        rateErrorMean: mean(errors),
        rateErrorMax: errors.length ? Math.max(...errors) : 0,
        perThing,
        stopped: pacer.planned() - pacer.taken()
    };
}
/** Progress at most every `progressEveryMs`, and always at a phase's end. */
function progressThrottle(options, now) {
    const every = options.progressEveryMs ?? 1000;
    let last = -Infinity;
    return (phase, done, total, rate, errors, leftMs) => {
        if (!options.onProgress)
            return;
        const t = now();
        if (done < total && t - last < every)
            return;
        last = t;
        options.onProgress({
            phase,
            done,
            total,
            rate,
            errors,
            ...(leftMs === undefined ? {} : { leftMs })
        });
    };
}

// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(68268);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(80477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/simulate/keys.ts
/**
 * Device keys made in memory: an EC P-256 key and a PKCS#10 request for CreateCertificateFromCsr, so the private
 * key never travels over the API (CreateKeysAndCertificate would return an AWS-made RSA key in its answer) and
 * never reaches disk. EC keys take tens of microseconds where RSA-2048 takes about 100 ms each.
 */



const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
function pem(label, der) {
    const b64 = Buffer.from(der).toString('base64');
    return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g).join('\n')}\n-----END ${label}-----\n`;
}
async function makeDeviceKey(thingName) {
    const keys = await external_node_crypto_.webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const csr = await x509_cjs/* Pkcs10CertificateRequestGenerator */.UX.create({
        name: `CN=${thingName}`,
        keys,
        signingAlgorithm: ALGORITHM
    });
    return {
        privateKeyPem: pem('PRIVATE KEY', await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
        csrPem: csr.toString('pem') + '\n'
    };
}

;// CONCATENATED MODULE: ./src/simulate/provision/provision.ts
/**
 * Provision one simulation's fleet: a least-privilege policy, the thing group if the file names one that is
 * missing, and per thing a thing, an EC key and CSR made in memory, a certificate from CreateCertificateFromCsr
 * (one shared by all things for `shared-certificate`), the policy on the certificate, the certificate on the
 * thing, and the group membership. Each resource is in the ledger before it is used.
 */





/**
 * Connect only as this simulation's things, publish and receive only on its topic. AWS caps a policy document
 * at 2,048 characters, so the client ids are one pattern, not a list: the prefix and a 4-digit index (`?`
 * matches one character; `*` would also admit another simulation whose name extends this one's, `flood-2`).
 */
function fleetPolicy(runId, fleet) {
    const topic = fleet.topic;
    return JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Action: 'iot:Connect',
                Resource: `arn:aws:iot:*:*:client/${(0,marks/* simulationPrefix */.iz)(runId, fleet.name)}-????`
            },
            {
                Effect: 'Allow',
                Action: ['iot:Publish', 'iot:Receive'],
                Resource: `arn:aws:iot:*:*:topic/${topic}`
            },
            { Effect: 'Allow', Action: 'iot:Subscribe', Resource: `arn:aws:iot:*:*:topicfilter/${topic}` }
        ]
    });
}
async function certificate(iot, ledger, subject) {
    const key = await makeDeviceKey(subject);
    const out = await iot.send(new dist_cjs/* CreateCertificateFromCsrCommand */.JAx({
        certificateSigningRequest: key.csrPem,
        setAsActive: true
    }));
    const cert = { id: out.certificateId, arn: out.certificateArn };
    ledger.add({ kind: 'certificate', ...cert });
    return { ...cert, pem: out.certificatePem, privateKeyPem: key.privateKeyPem };
}
async function provisionFleet(options) {
    const { iot, runId, fleet, ledger } = options;
    const now = options.now ?? Date.now;
    const policyName = (0,marks/* policyName */.ct)(runId, fleet.name);
    ledger.add({ kind: 'policy', name: policyName });
    await iot.send(new dist_cjs/* CreatePolicyCommand */.Mrm({
        policyName,
        policyDocument: fleetPolicy(runId, fleet),
        tags: (0,marks/* runTags */.He)(runId, now())
    }));
    let createdGroup;
    if (fleet.thingGroup) {
        const existing = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeThingGroupCommand */.Qli({ thingGroupName: fleet.thingGroup })));
        if (!existing) {
            ledger.add({ kind: 'thingGroup', name: fleet.thingGroup });
            await iot.send(new dist_cjs/* CreateThingGroupCommand */.t$B({
                thingGroupName: fleet.thingGroup,
                tags: (0,marks/* runTags */.He)(runId, now())
            }));
            createdGroup = fleet.thingGroup;
        }
    }
    const shared = fleet.sharedCertificate
        ? await certificate(iot, ledger, `${(0,marks/* simulationPrefix */.iz)(runId, fleet.name)}-shared`)
        : undefined;
    if (shared)
        await iot.send(new dist_cjs/* AttachPolicyCommand */.FL3({ policyName, target: shared.arn }));
    const limit = (0,p_limit/* default */.A)(options.concurrency ?? 10);
    const indices = (0,marks/* shardIndices */.CI)(fleet.things, options.shard);
    let done = 0;
    // Every started thing finishes (or fails) before a failure is reported, so the ledger is complete.
    const devices = await (0,paginate/* allSettledOrThrow */.eu)(indices.map((i) => limit(async () => {
        const name = (0,marks/* thingName */.I7)(runId, fleet.name, i);
        ledger.add({ kind: 'thing', name });
        await iot.send(new dist_cjs/* CreateThingCommand */.E1H({
            thingName: name,
            attributePayload: {
                attributes: {
                    [marks/* RUN_ATTRIBUTE */.BE]: runId,
                    [marks/* CREATED_ATTRIBUTE */.g1]: String(Math.floor(now() / 1000))
                }
            }
        }));
        const cert = shared ?? (await certificate(iot, ledger, name));
        if (!shared)
            await iot.send(new dist_cjs/* AttachPolicyCommand */.FL3({ policyName, target: cert.arn }));
        await iot.send(new dist_cjs/* AttachThingPrincipalCommand */.dj0({ thingName: name, principal: cert.arn }));
        if (fleet.thingGroup) {
            ledger.add({ kind: 'membership', group: fleet.thingGroup, thing: name });
            await iot.send(new dist_cjs/* AddThingToThingGroupCommand */.LsR({ thingGroupName: fleet.thingGroup, thingName: name }));
        }
        options.onProgress?.(++done, indices.length);
        return {
            clientId: name,
            certificatePem: cert.pem,
            privateKeyPem: cert.privateKeyPem,
            certificateId: cert.id
        };
    })));
    return {
        simulation: fleet.name,
        policyName,
        devices: devices.map(({ certificateId: _id, ...d }) => d),
        certificateIds: [...new Set(devices.map((d) => d.certificateId))],
        ...(createdGroup ? { createdGroup } : {})
    };
}

// EXTERNAL MODULE: ./src/simulate/provision/teardown.ts
var teardown = __webpack_require__(21104);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/simulate/scenarios.ts
/**
 * A simulation entry of the profile file → the traffic its scenario produces, with the defaults a field left
 * out takes. Each scenario moves the cloud-side metric it names:
 * anomaly → message-byte-size and num-messages-sent; baseline → steady, small, slow messages (false-positive
 * checks, ML training); auth-failures → num-authorization-failures; connection-churn →
 * num-connection-attempts; disconnects → num-disconnects; shared-certificate → the audit's
 * DEVICE_CERTIFICATE_SHARED_CHECK.
 */

const DEFAULT_TOPIC = 'ddac/sim';
const MINUTE = 60_000;
/** Defaults per scenario; AWS reconnects take about a second, so per-connection steps are seconds apart. */
const SCENARIO_DEFAULTS = {
    anomaly: { messageSize: 2048, count: 100, intervalMs: 1000 },
    baseline: { messageSize: 64, count: 30, intervalMs: 10_000, durationMs: 5 * MINUTE },
    'auth-failures': { messageSize: 16, count: 10, intervalMs: 5000 },
    'connection-churn': { messageSize: 0, count: 20, intervalMs: 5000 },
    disconnects: { messageSize: 0, count: 10, intervalMs: 5000 },
    'shared-certificate': { messageSize: 0, count: 0, intervalMs: 0, holdMs: 5 * MINUTE }
};
/** `250ms`, `5s`, `2m`, `1h` → milliseconds (the schema allows only these forms). */
function durationMs(text) {
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined)
        throw new Error(`"${text}" is not a duration such as 250ms, 5s, 2m or 1h`);
    return ms;
}
function trafficFor(sim) {
    const d = SCENARIO_DEFAULTS[sim.scenario];
    const intervalMs = sim.interval ? durationMs(sim.interval) : d.intervalMs;
    const topic = sim.topic ?? DEFAULT_TOPIC;
    switch (sim.scenario) {
        case 'anomaly':
            return {
                kind: 'publish',
                topic,
                messageSize: sim.messageSize ?? d.messageSize,
                count: sim.count ?? d.count,
                intervalMs
            };
        case 'baseline': {
            const runFor = sim.duration ? durationMs(sim.duration) : d.durationMs;
            const count = sim.count ?? Math.max(1, Math.floor(runFor / intervalMs));
            return {
                kind: 'publish',
                topic,
                messageSize: sim.messageSize ?? d.messageSize,
                count,
                intervalMs
            };
        }
        case 'auth-failures':
            return { kind: 'denied-publish', topic, count: sim.count ?? d.count, intervalMs };
        case 'connection-churn':
            return { kind: 'churn', count: sim.count ?? d.count, intervalMs };
        case 'disconnects':
            return { kind: 'drop', count: sim.count ?? d.count, intervalMs };
        case 'shared-certificate':
            return { kind: 'hold', holdMs: sim.hold ? durationMs(sim.hold) : d.holdMs };
    }
}

;// CONCATENATED MODULE: ./src/simulate/run-simulations.ts





/** Pick the file's simulations by name (all when `names` is empty); an unknown name is an error. */
function chooseSimulations(all, names) {
    if (names.length === 0)
        return [...all];
    const unknown = names.filter((n) => !all.some((s) => s.name === n));
    if (unknown.length)
        throw new Error(`No simulation named ${unknown.join(', ')} in the file; it has ${all.map((s) => s.name).join(', ') || 'none'}`);
    return all.filter((s) => names.includes(s.name));
}
const seconds = (ms) => `${Math.round(ms / 1000)}s`;
/** `message-flood sending: 120/500, 24.0/s, 0 errors, ~16s left` */
function progressText(name, p) {
    const rate = p.rate > 0 ? `, ${p.rate.toFixed(1)}/s` : '';
    const left = p.leftMs !== undefined ? `, ~${seconds(p.leftMs)} left` : '';
    return `${name} ${p.phase}: ${p.done}/${p.total}${rate}, ${p.errors} error${p.errors === 1 ? '' : 's'}${left}`;
}
function resultOf(sim, fleet, span) {
    return {
        ...span,
        name: sim.name,
        scenario: sim.scenario,
        things: fleet.things,
        connections: fleet.connected,
        messages: fleet.sent,
        acked: fleet.acked,
        bytes: fleet.bytes,
        denials: fleet.denied,
        reconnects: fleet.reconnects,
        askedRate: fleet.askedRate,
        achievedRate: fleet.achievedRate,
        durationMs: fleet.durationMs,
        errors: fleet.connectFailures.size + fleet.failed,
        stopped: fleet.stopped
    };
}
async function runSimulations(options) {
    const { log, ledger, runId } = options;
    const now = options.now ?? Date.now;
    const results = [];
    const scopes = new Map();
    let error;
    try {
        const broker = await options.broker();
        for (const sim of options.simulations) {
            if (options.signal?.aborted)
                break;
            log(`${sim.name}: provisioning ${sim.things ?? 1} thing(s) as run ${runId}`);
            const fleet = await provisionFleet({
                iot: options.iot,
                runId,
                ledger,
                now,
                fleet: {
                    // The shards of a matrix share the run id: each names its own policy and things.
                    name: options.shard && options.shard.count > 1
                        ? `${sim.name}-s${options.shard.index}of${options.shard.count}`
                        : sim.name,
                    things: sim.things ?? 1,
                    sharedCertificate: sim.scenario === 'shared-certificate',
                    topic: sim.topic ?? DEFAULT_TOPIC,
                    ...(sim.thingGroup ? { thingGroup: sim.thingGroup } : {})
                },
                ...(options.shard ? { shard: options.shard } : {})
            });
            scopes.set(sim.name, {
                things: fleet.devices.map((d) => d.clientId),
                certificateIds: fleet.certificateIds
            });
            let last = -Infinity;
            const startedAt = now();
            const every = options.progressEveryMs ?? 5000;
            const outcome = await runFleet({
                devices: fleet.devices,
                broker,
                connect: options.connect,
                traffic: trafficFor(sim),
                now,
                progressEveryMs: Math.min(every, 1000),
                onProgress: (p) => {
                    if (now() - last < every)
                        return;
                    last = now();
                    log(progressText(sim.name, p));
                },
                ...(options.signal ? { signal: options.signal } : {})
            });
            results.push(resultOf(sim, outcome, { startedAt, endedAt: now() }));
            log(`${sim.name}: ${outcome.sent} sent, ${outcome.acked} acknowledged, ${outcome.connectFailures.size} connect failure(s) in ${seconds(outcome.durationMs)}`);
        }
    }
    catch (e) {
        error = (0,errors/* errorMessage */.g)(e);
        log(`simulation stopped by an error: ${error}`);
    }
    if (!error && !options.signal?.aborted && options.beforeTeardown)
        await options.beforeTeardown(scopes, results[0]?.startedAt ?? now());
    // Every error above is caught, so teardown runs whatever happened; its own failures are reported, not thrown.
    log(`removing what run ${runId} created (${ledger.list().length} resource(s))`);
    const removed = await (0,teardown/* teardown */.z)(options.teardownIot, ledger.list()).catch((e) => ({
        removed: 0,
        failures: [(0,errors/* errorMessage */.g)(e)]
    }));
    return {
        runId,
        ...(options.shard ? { shard: options.shard } : {}),
        results,
        teardown: removed,
        ...(error ? { error } : {}),
        cancelled: options.signal?.aborted ?? false
    };
}

;// CONCATENATED MODULE: ./src/commands/simulate.ts
/**
 * `simulate`: run the file's simulations (input `simulations`, default all) on freshly provisioned things,
 * wait for what they expect while their things still exist, tear down what the run created whatever happens,
 * and report a result per simulation and per expectation. The action records the ledger's place
 * (`onLedger`) so its post step can finish a teardown the main step never reached.
 */









/**
 * The account's data endpoint and the CA its devices trust: the one in `caFile` (a broker of your own), the
 * in-process emulator's (`--local`), the one a running `ddac local` serves (a loopback `--endpoint`, which
 * also tells its time scale), or for AWS none (its certificate is checked against the system trust store,
 * port 8883).
 */
async function brokerOf(session, caFile) {
    const remote = !caFile && !session.localCaPem && session.local && session.endpoint
        ? await emulatorCa(session.endpoint)
        : undefined;
    const caPem = caFile
        ? pemCertificates(await readCaFile(caFile), caFile)
        : (session.localCaPem ?? remote?.caPem);
    const out = await session.client.send(new dist_cjs/* DescribeEndpointCommand */.CX3({ endpointType: 'iot:Data-ATS' }));
    return {
        address: brokerAddress(out.endpointAddress, caPem),
        ...(remote?.timeScale ? { timeScale: remote.timeScale } : {})
    };
}
async function readCaFile(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new Error(`--ca-file ${file} cannot be read: ${(0,errors/* errorMessage */.g)(e)}`, { cause: e });
    }
}
async function simulateCommand(opts, session) {
    const simulations = chooseSimulations(opts.profile.simulations ?? [], opts.simulations ?? []);
    const shard = opts.shard ? (0,marks/* parseShard */.uK)(opts.shard) : undefined;
    const runId = opts.runId ?? (0,marks/* newRunId */.F$)();
    const file = opts.ledgerFile ?? external_node_path_default().join((0,external_node_os_.tmpdir)(), `ddac-ledger-${runId}.jsonl`);
    const ledger = new Ledger(runId, file);
    opts.onLedger?.({ file, runId, tornDown: false });
    // Loaded here: only simulate pays for the native MQTT binding.
    const connect = opts.connect ?? (await __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 36250))).crtConnection;
    const expecting = simulations.some((s) => s.expect);
    let verification;
    let verifyError;
    let target = session;
    const outcome = await runSimulations({
        iot: session.client,
        teardownIot: session.control,
        simulations,
        runId,
        ledger,
        broker: async () => {
            if (opts.broker)
                return opts.broker;
            const found = await brokerOf(session, opts.caFile);
            // A ddac local behind --endpoint runs Detect scaled too: verify as --local does.
            if (found.timeScale && session.timeScale === undefined)
                target = { ...session, timeScale: found.timeScale };
            return found.address;
        },
        connect,
        log: opts.log,
        ...(shard ? { shard } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.now ? { now: opts.now } : {}),
        ...((opts.verify ?? true) && expecting
            ? {
                beforeTeardown: async (scopes, began) => {
                    try {
                        verification = await verify(opts, target, runId, scopes, began);
                    }
                    catch (e) {
                        verifyError = e;
                    }
                }
            }
            : {})
    });
    if (outcome.teardown.failures.length === 0)
        opts.onLedger?.({ file, runId, tornDown: true });
    // Thrown once the run's resources are gone, so a failed wait never leaves things behind.
    if (verifyError !== undefined)
        throw new Error(`verification failed: ${(0,errors/* errorMessage */.g)(verifyError)}`, { cause: verifyError });
    return { simulations: outcome, ...(verification ? { verification } : {}) };
}
/**
 * Against an emulator (in-process, or a ddac local that told its scale) Detect and Audit run scaled
 * (session.timeScale), so the waits shrink alike and an audit started here settles the shared-certificate
 * check; against AWS they last as long as AWS's.
 */
async function verify(opts, session, runId, scopes, trafficStartedAt) {
    // One after the other: jest's ESM loader fails on concurrent imports that share a module.
    const { verifyRun } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 7799));
    const { realClock } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.bind(__webpack_require__, 25636));
    const clock = opts.clock ?? realClock;
    const timeScale = session.timeScale ?? 1;
    const startedAt = clock.now();
    opts.log(`verifying ${scopes.size} simulation(s)' expectations${timeScale > 1 ? ` at ${timeScale}× AWS's time` : ''}`);
    const result = await verifyRun({
        iot: session.client,
        profile: opts.profile,
        scopes,
        target: session.timeScale !== undefined ? 'emulator' : 'aws',
        identity: opts.identity,
        runId,
        clock,
        startedAt: trafficStartedAt,
        log: opts.log,
        timeScale,
        ...(opts.signal ? { signal: opts.signal } : {})
    });
    return { result, startedAt, endedAt: clock.now(), timeScale };
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

/***/ 80520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ RUN_ATTRIBUTE),
/* harmony export */   CI: () => (/* binding */ shardIndices),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   He: () => (/* binding */ runTags),
/* harmony export */   I7: () => (/* binding */ thingName),
/* harmony export */   Mb: () => (/* binding */ CREATED_TAG),
/* harmony export */   R2: () => (/* binding */ RUN_TAG),
/* harmony export */   SR: () => (/* binding */ runIdOf),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   g1: () => (/* binding */ CREATED_ATTRIBUTE),
/* harmony export */   iz: () => (/* binding */ simulationPrefix),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   ve: () => (/* binding */ NAME_PREFIX),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
/* unused harmony export gitHubRunId */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a run marks what it creates, so teardown, the post step and `ddac cleanup` find it and nothing else:
 * names start with `ddac-<run id>-`, things carry the attributes `ddac_run` / `ddac_created`, policies and
 * thing groups the tags `ddac:run` / `ddac:created`, and each certificate's subject is its thing's name.
 */

const RUN_ATTRIBUTE = 'ddac_run';
const CREATED_ATTRIBUTE = 'ddac_created';
const RUN_TAG = 'ddac:run';
const CREATED_TAG = 'ddac:created';
/** Every name a run gives starts with this. */
const NAME_PREFIX = 'ddac-';
/** `r` + UTC yyyymmddhhmm + 6 hex digits: sortable, short enough for names, unique across runners. */
function newRunId(now = new Date()) {
    const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 12);
    return `r${stamp}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
/**
 * In GitHub Actions the run id is the workflow run's (`gh<run id>a<attempt>`), so the shards of a matrix share
 * it; each shard still provisions, runs and removes only its own things.
 */
function gitHubRunId(runId, attempt = '1') {
    if (!/^\d+$/.test(runId) || !/^\d+$/.test(attempt))
        throw new Error(`GITHUB_RUN_ID "${runId}" / GITHUB_RUN_ATTEMPT "${attempt}" are not numbers`);
    return `gh${runId}a${attempt}`;
}
const RUN_ID_PATTERN = /^(r\d{12}[0-9a-f]{6}|gh\d{1,20}a\d{1,5})$/;
function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
        throw new Error(`shard "${text}" is not i/n with 1 ≤ i ≤ n, e.g. 2/4 for the second of four matrix jobs`);
    return { index, count };
}
/** The thing indices of a fleet that one shard runs: every n-th, so names never collide across shards. */
function shardIndices(things, shard = { index: 1, count: 1 }) {
    return Array.from({ length: things }, (_, i) => i).filter((i) => i % shard.count === shard.index - 1);
}
/** A simulation name as it may appear inside a thing name ([a-zA-Z0-9:_-], bounded). */
function slug(name) {
    return name.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 40);
}
function simulationPrefix(runId, simulation) {
    return `${NAME_PREFIX}${runId}-${slug(simulation)}`;
}
function thingName(runId, simulation, index) {
    return `${simulationPrefix(runId, simulation)}-${String(index).padStart(4, '0')}`;
}
function policyName(runId, simulation) {
    return `${simulationPrefix(runId, simulation)}-policy`;
}
/** The run id a ddac name carries, if any. */
function runIdOf(name) {
    const m = /^ddac-(r\d{12}[0-9a-f]{6}|gh\d{1,20}a\d{1,5})-/.exec(name);
    return m?.[1];
}
const runTags = (runId, createdAt) => [
    { Key: RUN_TAG, Value: runId },
    { Key: CREATED_TAG, Value: String(Math.floor(createdAt / 1000)) }
];


/***/ }),

/***/ 21104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ teardown)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18907);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70370);
/* harmony import */ var _aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68268);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * Remove what a run created, from its ledger, in reverse order: certificates (policies and things detached,
 * deactivated, deleted), group memberships, things, policies, then the groups the run created. Each step reads
 * the account rather than trusting the ledger alone (a crash may have stopped between two calls), a resource
 * already gone counts as removed, and a failure is reported and does not stop the rest.
 */




const isNotFound = (e) => (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNamed */ .e)(e, 'ResourceNotFoundException');
async function teardown(iot, entries, options = {}) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)(options.concurrency ?? 10);
    const result = { removed: 0, failures: [] };
    const total = entries.length;
    let done = 0;
    const step = async (label, work) => {
        try {
            await work();
            result.removed++;
        }
        catch (e) {
            if (isNotFound(e))
                result.removed++;
            else
                result.failures.push(`${label}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e)}`);
        }
        options.onProgress?.(++done, total);
    };
    const each = async (kind, label, work) => {
        const of = entries.filter((e) => e.kind === kind);
        await Promise.all(of.map((e) => limit(() => step(label(e), () => work(e)))));
    };
    await each('certificate', (c) => `certificate ${c.id}`, async (c) => {
        const policies = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .paginateListAttachedPolicies */ .AcV)({ client: iot }, { target: c.arn, recursive: false }), (p) => p.policies);
        for (const p of policies)
            await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DetachPolicyCommand */ .$dF({ policyName: p.policyName, target: c.arn }));
        const things = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .paginateListPrincipalThings */ .PwP)({ client: iot }, { principal: c.arn }), (p) => p.things);
        for (const thingName of things)
            await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DetachThingPrincipalCommand */ .Txh({ thingName, principal: c.arn }));
        // A certificate revoked meanwhile (by hand, or a mitigation) cannot become INACTIVE and need not.
        await iot
            .send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .UpdateCertificateCommand */ .Csq({ certificateId: c.id, newStatus: 'INACTIVE' }))
            .catch((e) => {
            if (!(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNamed */ .e)(e, 'CertificateStateException'))
                throw e;
        });
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DeleteCertificateCommand */ .Uub({ certificateId: c.id }));
    });
    await each('membership', (m) => `${m.thing} in thing group ${m.group}`, async (m) => {
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .RemoveThingFromThingGroupCommand */ .rV_({ thingGroupName: m.group, thingName: m.thing }));
    });
    await each('thing', (t) => `thing ${t.name}`, async (t) => {
        // A principal the ledger missed (a crash between attach and record) would block the delete.
        const principals = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .paginateListThingPrincipals */ .fAD)({ client: iot }, { thingName: t.name }), (p) => p.principals);
        for (const principal of principals)
            await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DetachThingPrincipalCommand */ .Txh({ thingName: t.name, principal }));
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DeleteThingCommand */ .xFK({ thingName: t.name }));
    });
    await each('policy', (p) => `policy ${p.name}`, async (p) => {
        const targets = await (0,_aws_paginate_js__WEBPACK_IMPORTED_MODULE_0__/* .collect */ .Fo)((0,_aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .paginateListTargetsForPolicy */ .BH1)({ client: iot }, { policyName: p.name }), (page) => page.targets);
        for (const target of targets)
            await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DetachPolicyCommand */ .$dF({ policyName: p.name, target }));
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DeletePolicyCommand */ .Z6J({ policyName: p.name }));
    });
    await each('thingGroup', (g) => `thing group ${g.name}`, async (g) => {
        await iot.send(new _aws_sdk_client_iot__WEBPACK_IMPORTED_MODULE_3__/* .DeleteThingGroupCommand */ .uxv({ thingGroupName: g.name }));
    });
    return result;
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
