export const id = 750;
export const ids = [750];
export const modules = {

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startEmulator: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: DEFAULT_ACCOUNT, DEFAULT_REGION

// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/local/ca.ts
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
        const notBefore = new Date(Date.now() - 60_000);
        const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber: serialNumber(),
            subject: 'CN=AWS IoT Certificate',
            issuer: this.certificate.subject,
            notBefore,
            notAfter: DEVICE_NOT_AFTER,
            signingAlgorithm: CA_ALGORITHM,
            publicKey: keys.publicKey,
            signingKey: this.key,
            extensions: [
                new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
                new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
                new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.clientAuth]),
                await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
                await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(this.certificate)
            ]
        });
        const pkcs8 = Buffer.from(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
        const privateKeyPem = (0,external_node_crypto_.createPrivateKey)({ key: pkcs8, format: 'der', type: 'pkcs8' })
            .export({ type: 'pkcs1', format: 'pem' })
            .toString();
        return {
            certificateId: certificateId(certificate.rawData),
            certificatePem: certificate.toString('pem') + '\n',
            publicKeyPem: pem('PUBLIC KEY', await external_node_crypto_.webcrypto.subtle.exportKey('spki', keys.publicKey)),
            privateKeyPem,
            notBefore,
            notAfter: DEVICE_NOT_AFTER
        };
    }
    /** A device certificate for a PKCS#10 request (CreateCertificateFromCsr): the key stays with the device. */
    async signRequest(csrPem) {
        const csr = new x509_cjs/* Pkcs10CertificateRequest */.lt(csrPem);
        if (!(await csr.verify()))
            throw new Error('the certificate signing request is not signed by its key');
        const publicKey = await csr.publicKey.export();
        const notBefore = new Date(Date.now() - 60_000);
        const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber: serialNumber(),
            subject: csr.subject,
            issuer: this.certificate.subject,
            notBefore,
            notAfter: DEVICE_NOT_AFTER,
            signingAlgorithm: CA_ALGORITHM,
            publicKey,
            signingKey: this.key,
            extensions: [
                new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
                new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
                new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.clientAuth]),
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
    /**
     * A TLS server certificate for a local broker. aws-crt checks the name it dials against the SANs (a mismatch
     * shows up as a 10–20 s hang, not an error), so it names localhost and the loopback addresses.
     */
    async issueServerCertificate(names = ['localhost', '127.0.0.1', '::1']) {
        const keys = await external_node_crypto_.webcrypto.subtle.generateKey(CA_ALGORITHM, true, ['sign', 'verify']);
        const now = Date.now();
        const certificate = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber: serialNumber(),
            subject: `CN=${names[0] ?? 'localhost'}`,
            issuer: this.certificate.subject,
            notBefore: new Date(now - 60_000),
            notAfter: new Date(now + 365 * 86_400_000),
            signingAlgorithm: CA_ALGORITHM,
            publicKey: keys.publicKey,
            signingKey: this.key,
            extensions: [
                new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
                new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.digitalSignature, true),
                new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.serverAuth]),
                new x509_cjs/* SubjectAlternativeNameExtension */.Wx(names.map((n) => ((0,external_node_net_.isIP)(n) ? { type: 'ip', value: n } : { type: 'dns', value: n })))
            ]
        });
        return {
            certificatePem: certificate.toString('pem') + '\n',
            privateKeyPem: pem('PRIVATE KEY', await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey))
        };
    }
}
/** AWS IoT's certificate id: the SHA-256 of the certificate's DER encoding, in hex. */
function certificateId(der) {
    return (0,external_node_crypto_.createHash)('sha256').update(new Uint8Array(der)).digest('hex');
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/model/iot-model.ts + 3 modules
var iot_model = __webpack_require__(9065);
;// CONCATENATED MODULE: ./src/local/control-plane/api-error.ts
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

;// CONCATENATED MODULE: ./src/local/control-plane/codec.ts


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

// EXTERNAL MODULE: ./src/model/catalog/audit-checks.ts
var audit_checks = __webpack_require__(2230);
;// CONCATENATED MODULE: ./src/local/control-plane/paging.ts
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
function decode(operation, raw) {
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
        const { after } = decode(operation, token);
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

;// CONCATENATED MODULE: ./src/local/state/account.ts
/**
 * One emulated AWS account in one region: every resource the control plane holds, ARNs in AWS form, the
 * clock, and the JSON snapshot used for persistence and for tests that inspect the whole account.
 * Resource families keep their semantics in sibling modules; this file only holds the data.
 */

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
function emptyData() {
    const data = { violationEvents: [] };
    for (const key of MAP_KEYS)
        data[key] = new Map();
    return data;
}
class AccountState {
    account;
    region;
    ca;
    dataEndpoint;
    data = emptyData();
    clock;
    constructor(options) {
        this.account = options.account;
        this.region = options.region;
        this.ca = options.ca;
        this.dataEndpoint = options.dataEndpoint;
        this.clock = options.clock ?? Date.now;
    }
    now() {
        return this.clock();
    }
    uuid() {
        return (0,external_node_crypto_.randomUUID)();
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
    snapshot() {
        const data = {};
        for (const [key, value] of Object.entries(this.data))
            data[key] = value instanceof Map ? Object.fromEntries(value) : value;
        return structuredClone({
            account: this.account,
            region: this.region,
            data: data
        });
    }
    restore(snapshot) {
        if (snapshot.account !== this.account || snapshot.region !== this.region)
            throw new Error(`the saved state is for account ${snapshot.account} in ${snapshot.region}, not ${this.account} in ${this.region}`);
        const data = emptyData();
        const saved = structuredClone(snapshot.data);
        for (const [key, value] of Object.entries(saved)) {
            ;
            data[key] = MAP_KEYS.includes(key)
                ? new Map(Object.entries(value))
                : value;
        }
        this.data = data;
    }
}
/** The record under `key`, or the error `missing()` builds. */
function must(map, key, missing) {
    const value = map.get(key);
    if (value === undefined)
        throw missing();
    return value;
}

;// CONCATENATED MODULE: ./src/local/state/tags.ts


/** Tags per resource (the CloudFormation schemas of these resources cap them at 50). */
const MAX_TAGS = 50;
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
function taggable(state, arn) {
    const resource = state.resourceOf(arn);
    const slash = resource?.indexOf('/') ?? -1;
    if (resource === undefined || slash < 0)
        throw invalid(`${arn} is not an ARN of this account's AWS IoT resources`);
    const kind = TAGGABLE[resource.slice(0, slash)];
    if (!kind)
        throw invalid(`Resources of type ${resource.slice(0, slash)} cannot be tagged`);
    if (!kind(state.data).has(resource.slice(slash + 1)))
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
function tagsOf(state, arn) {
    return new Map(Object.entries(state.data.tags.get(arn) ?? {}));
}
function store(state, arn, tags) {
    state.data.tags.set(arn, Object.fromEntries(tags));
}
function merge(state, arn, tags) {
    checkKeys(tags);
    const current = tagsOf(state, arn);
    for (const t of tags)
        current.set(t.Key, t.Value ?? '');
    if (current.size > MAX_TAGS)
        throw limitExceeded(`A resource can have at most ${MAX_TAGS} tags`);
    store(state, arn, current);
}
/** Check the tags a Create call carries before anything is created. */
function checkInitialTags(tags) {
    if (!tags)
        return;
    checkKeys(tags);
    if (new Set(tags.map((t) => t.Key)).size > MAX_TAGS)
        throw limitExceeded(`A resource can have at most ${MAX_TAGS} tags`);
}
/** Tags given to a Create call (checked with checkInitialTags first). */
function setInitialTags(state, arn, tags) {
    if (tags?.length)
        merge(state, arn, tags);
}
/** Forget the tags of a deleted resource. */
function dropTags(state, arn) {
    state.data.tags.delete(arn);
}
const tagHandlers = {
    TagResource(state, input) {
        merge(state, taggable(state, input.resourceArn), input.tags);
        return {};
    },
    UntagResource(state, input) {
        const arn = taggable(state, input.resourceArn);
        const current = tagsOf(state, arn);
        for (const key of input.tagKeys)
            current.delete(key);
        store(state, arn, current);
        return {};
    },
    ListTagsForResource(state, input) {
        const arn = taggable(state, input.resourceArn);
        const tags = [...tagsOf(state, arn)]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([Key, Value]) => ({ Key, Value }));
        const page = paginate('ListTagsForResource', tags, (t) => t.Key, input.nextToken, MAX_TAGS);
        return { tags: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/state/audit.ts





/** Scheduled audits (L-0D30EFBA) and on-demand audits in progress (L-1EF777B4) per account. */
const MAX_SCHEDULED_AUDITS = 5;
const MAX_RUNNING_AUDITS = 10;
const auditArn = (state, name) => state.arn(`scheduledaudit/${name}`);
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function scheduled(state, name) {
    return must(state.data.scheduledAudits, name, () => notFound(`The scheduled audit ${name} does not exist`));
}
function enabledChecks(state) {
    const checks = state.data.auditConfiguration?.checks ?? {};
    return new Set(Object.keys(checks).filter((c) => checks[c].enabled));
}
function checkTargets(state, names) {
    const enabled = enabledChecks(state);
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
    DescribeAccountAuditConfiguration(state, _input) {
        const config = state.data.auditConfiguration;
        const checks = Object.fromEntries(audit_checks/* AUDIT_CHECK_NAMES */.Ss.map((n) => [n, { enabled: false }]));
        return {
            roleArn: config?.roleArn,
            auditNotificationTargetConfigurations: config?.notificationTargets ?? {},
            auditCheckConfigurations: { ...checks, ...config?.checks }
        };
    },
    UpdateAccountAuditConfiguration(state, input) {
        const updates = input.auditCheckConfigurations ?? {};
        for (const [name, c] of Object.entries(updates))
            checkConfiguration(name, c);
        const current = state.data.auditConfiguration;
        if (!current && !Object.values(updates).some((c) => c.enabled))
            throw invalid('The first audit configuration must enable at least one audit check');
        const checks = { ...current?.checks, ...updates };
        for (const a of state.data.scheduledAudits.values())
            for (const name of a.targetCheckNames)
                if (!checks[name]?.enabled)
                    throw invalid(`The audit check ${name} is used by the scheduled audit ${a.name}`);
        state.data.auditConfiguration = {
            roleArn: input.roleArn ?? current?.roleArn,
            notificationTargets: {
                ...current?.notificationTargets,
                ...input.auditNotificationTargetConfigurations
            },
            checks
        };
        return {};
    },
    CreateScheduledAudit(state, input) {
        const name = input.scheduledAuditName;
        const arn = auditArn(state, name);
        if (state.data.scheduledAudits.has(name))
            throw alreadyExists(`The scheduled audit ${name} already exists`, name, arn);
        const record = {
            name,
            frequency: input.frequency,
            dayOfMonth: input.dayOfMonth,
            dayOfWeek: input.dayOfWeek,
            targetCheckNames: input.targetCheckNames
        };
        checkSchedule(record);
        checkTargets(state, record.targetCheckNames);
        if (state.data.scheduledAudits.size >= MAX_SCHEDULED_AUDITS)
            throw limitExceeded(`An account can have at most ${MAX_SCHEDULED_AUDITS} scheduled audits`);
        checkInitialTags(input.tags);
        state.data.scheduledAudits.set(name, record);
        setInitialTags(state, arn, input.tags);
        return { scheduledAuditArn: arn };
    },
    UpdateScheduledAudit(state, input) {
        const current = scheduled(state, input.scheduledAuditName);
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
        checkTargets(state, next.targetCheckNames);
        state.data.scheduledAudits.set(next.name, next);
        return { scheduledAuditArn: auditArn(state, next.name) };
    },
    DescribeScheduledAudit(state, input) {
        const a = scheduled(state, input.scheduledAuditName);
        return {
            scheduledAuditName: a.name,
            scheduledAuditArn: auditArn(state, a.name),
            frequency: a.frequency,
            dayOfMonth: a.dayOfMonth,
            dayOfWeek: a.dayOfWeek,
            targetCheckNames: a.targetCheckNames
        };
    },
    /** Unlike most Device Defender deletes, this one models ResourceNotFoundException. */
    DeleteScheduledAudit(state, input) {
        const a = scheduled(state, input.scheduledAuditName);
        state.data.scheduledAudits.delete(a.name);
        dropTags(state, auditArn(state, a.name));
        return {};
    },
    ListScheduledAudits(state, input) {
        const audits = [...state.data.scheduledAudits.values()].sort((a, b) => byName(a.name, b.name));
        const op = 'ListScheduledAudits';
        const page = paginate(op, audits, (a) => a.name, input.nextToken, pageSize(op, input.maxResults));
        return {
            scheduledAudits: page.items.map((a) => ({
                scheduledAuditName: a.name,
                scheduledAuditArn: auditArn(state, a.name),
                frequency: a.frequency,
                dayOfMonth: a.dayOfMonth,
                dayOfWeek: a.dayOfWeek
            })),
            nextToken: page.next
        };
    },
    StartOnDemandAuditTask(state, input) {
        checkTargets(state, input.targetCheckNames);
        const running = [...state.data.auditTasks.values()].filter((t) => t.taskStatus === 'IN_PROGRESS');
        if (running.length >= MAX_RUNNING_AUDITS)
            throw limitExceeded(`At most ${MAX_RUNNING_AUDITS} on-demand audits can be in progress`);
        const taskId = state.uuid().replaceAll('-', '');
        const counts = { totalResourcesCount: 0, nonCompliantResourcesCount: 0 };
        state.data.auditTasks.set(taskId, {
            taskId,
            taskType: 'ON_DEMAND_AUDIT_TASK',
            taskStatus: 'COMPLETED',
            taskStartTime: state.now(),
            checks: Object.fromEntries(input.targetCheckNames.map((c) => [c, { checkRunStatus: 'COMPLETED_COMPLIANT', ...counts }]))
        });
        return { taskId };
    },
    DescribeAuditTask(state, input) {
        const t = must(state.data.auditTasks, input.taskId, () => notFound(`The audit task ${input.taskId} does not exist`));
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
    ListAuditTasks(state, input) {
        const from = input.startTime.getTime();
        const to = input.endTime.getTime();
        const tasks = [...state.data.auditTasks.values()]
            .filter((t) => t.taskStartTime >= from && t.taskStartTime <= to)
            .filter((t) => input.taskType === undefined || t.taskType === input.taskType)
            .filter((t) => input.taskStatus === undefined || t.taskStatus === input.taskStatus)
            .sort((a, b) => byName(a.taskId, b.taskId));
        const op = 'ListAuditTasks';
        const page = paginate(op, tasks, (t) => t.taskId, input.nextToken, pageSize(op, input.maxResults));
        return {
            tasks: page.items.map((t) => ({
                taskId: t.taskId,
                taskStatus: t.taskStatus,
                taskType: t.taskType
            })),
            nextToken: page.next
        };
    },
    ListAuditFindings(state, input) {
        const byTime = input.startTime !== undefined || input.endTime !== undefined;
        if ((input.taskId !== undefined) === byTime)
            throw invalid('Give either taskId or startTime and endTime, not both');
        if (byTime && (input.startTime === undefined || input.endTime === undefined))
            throw invalid('startTime and endTime go together');
        const from = input.startTime?.getTime() ?? -Infinity;
        const to = input.endTime?.getTime() ?? Infinity;
        const findings = [...state.data.auditFindings.values()]
            .filter((f) => input.taskId === undefined || f.taskId === input.taskId)
            .filter((f) => f.findingTime >= from && f.findingTime <= to)
            .filter((f) => input.checkName === undefined || f.checkName === input.checkName)
            .filter((f) => input.listSuppressedFindings || !f.isSuppressed)
            .sort((a, b) => byName(a.findingId, b.findingId));
        const op = 'ListAuditFindings';
        const page = paginate(op, findings, (f) => f.findingId, input.nextToken, pageSize(op, input.maxResults));
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
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/local/state/things.ts





const things_byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function thing(state, name) {
    return must(state.data.things, name, () => notFound(`The thing ${name} does not exist`));
}
/** `name` or the name in `arn`, whichever the caller gave. */
function nameOrArn(state, name, arn, kind) {
    if (name !== undefined)
        return name;
    const resource = arn === undefined ? undefined : state.resourceOf(arn);
    if (resource?.startsWith(`${kind}/`))
        return resource.slice(kind.length + 1);
    throw invalid(`Give the ${kind === 'thing' ? 'thing' : 'thing group'} by name or by ARN`);
}
const thingSummary = (state, t) => ({
    thingName: t.name,
    thingTypeName: t.thingTypeName,
    thingArn: state.arn(`thing/${t.name}`),
    attributes: t.attributes,
    version: t.version
});
const thingHandlers = {
    CreateThing(state, input) {
        const name = input.thingName;
        if (input.thingTypeName !== undefined)
            throw notFound(`The thing type ${input.thingTypeName} does not exist`);
        if (input.billingGroupName !== undefined)
            throw notFound(`The billing group ${input.billingGroupName} does not exist`);
        const attributes = { ...input.attributePayload?.attributes };
        const existing = state.data.things.get(name);
        const arn = state.arn(`thing/${name}`);
        if (existing) {
            if (!(0,external_node_util_.isDeepStrictEqual)(existing.attributes, attributes))
                throw alreadyExists(`The thing ${name} already exists with a different configuration`, name, arn);
            return { thingName: name, thingArn: arn, thingId: existing.id };
        }
        const id = state.uuid();
        state.data.things.set(name, { name, id, attributes, version: 1, groups: [], principals: {} });
        return { thingName: name, thingArn: arn, thingId: id };
    },
    DescribeThing(state, input) {
        const t = thing(state, input.thingName);
        return { ...thingSummary(state, t), defaultClientId: t.name, thingId: t.id };
    },
    DeleteThing(state, input) {
        const t = state.data.things.get(input.thingName);
        if (!t)
            return {};
        if (input.expectedVersion !== undefined && input.expectedVersion !== t.version)
            throw versionConflict(`The thing ${t.name} is at version ${t.version}, not ${input.expectedVersion}`);
        if (Object.keys(t.principals).length > 0)
            throw invalid(`Cannot delete the thing ${t.name}: detach its principals first`);
        state.data.things.delete(t.name);
        return {};
    },
    ListThings(state, input) {
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
        const things = [...state.data.things.values()]
            .filter(matches)
            .sort((a, b) => things_byName(a.name, b.name));
        const op = 'ListThings';
        const page = paginate(op, things, (t) => t.name, input.nextToken, pageSize(op, input.maxResults));
        return { things: page.items.map((t) => thingSummary(state, t)), nextToken: page.next };
    },
    /** The same account-specific address on every call, as AWS answers after the first. */
    DescribeEndpoint(state, input) {
        const type = input.endpointType ?? 'iot:Data';
        const prefix = (0,external_node_crypto_.createHash)('sha256')
            .update(`${state.account}:${state.region}`)
            .digest('hex')
            .slice(0, 14);
        const region = state.region;
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
        return { endpointAddress: data && state.dataEndpoint ? state.dataEndpoint : address };
    }
};

;// CONCATENATED MODULE: ./src/local/state/certificates.ts




/** Statuses UpdateCertificate may set; the others belong to transfer and registration flows. */
const SETTABLE = ['ACTIVE', 'INACTIVE', 'REVOKED'];
const certificateArn = (state, id) => state.arn(`cert/${id}`);
function certificate(state, id) {
    return must(state.data.certificates, id, () => notFound(`The certificate ${id} does not exist`));
}
/** The certificate a principal ARN names; only X.509 certificates are principals in this emulator. */
function certificateOfPrincipal(state, principal) {
    const resource = state.resourceOf(principal);
    if (!resource?.startsWith('cert/'))
        throw invalid(`${principal} is not a certificate ARN of this account`);
    return certificate(state, resource.slice('cert/'.length));
}
/** Things a certificate is attached to. */
function thingsOfCertificate(state, arn) {
    return [...state.data.things.values()].filter((t) => arn in t.principals).map((t) => t.name);
}
const stateError = (message) => new ApiError('CertificateStateException', message);
const certificates_byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Sort key in creation order: fixed-width milliseconds, then the id for certificates made together. */
const creationKey = (c) => `${String(c.creationDate).padStart(15, '0')}|${c.certificateId}`;
const certificateHandlers = {
    /** Signs the device's own key: the private key never reaches the service. */
    async CreateCertificateFromCsr(state, input) {
        let issued;
        try {
            issued = await state.ca.signRequest(input.certificateSigningRequest);
        }
        catch (e) {
            throw invalid(`The certificate signing request is not valid: ${e instanceof Error ? e.message : String(e)}`);
        }
        const now = state.now();
        state.data.certificates.set(issued.certificateId, {
            certificateId: issued.certificateId,
            certificatePem: issued.certificatePem,
            status: input.setAsActive ? 'ACTIVE' : 'INACTIVE',
            creationDate: now,
            lastModifiedDate: now,
            validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
        });
        return {
            certificateArn: certificateArn(state, issued.certificateId),
            certificateId: issued.certificateId,
            certificatePem: issued.certificatePem
        };
    },
    async CreateKeysAndCertificate(state, input) {
        const issued = await state.ca.issueDeviceCertificate();
        const now = state.now();
        state.data.certificates.set(issued.certificateId, {
            certificateId: issued.certificateId,
            certificatePem: issued.certificatePem,
            status: input.setAsActive ? 'ACTIVE' : 'INACTIVE',
            creationDate: now,
            lastModifiedDate: now,
            validity: { notBefore: issued.notBefore.getTime(), notAfter: issued.notAfter.getTime() }
        });
        return {
            certificateArn: certificateArn(state, issued.certificateId),
            certificateId: issued.certificateId,
            certificatePem: issued.certificatePem,
            keyPair: { PublicKey: issued.publicKeyPem, PrivateKey: issued.privateKeyPem }
        };
    },
    DescribeCertificate(state, input) {
        const c = certificate(state, input.certificateId);
        return {
            certificateDescription: {
                certificateArn: certificateArn(state, c.certificateId),
                certificateId: c.certificateId,
                status: c.status,
                certificatePem: c.certificatePem,
                ownedBy: state.account,
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
    UpdateCertificate(state, input) {
        const c = certificate(state, input.certificateId);
        if (!SETTABLE.includes(input.newStatus))
            throw invalid(`newStatus ${input.newStatus} cannot be set by UpdateCertificate; use ${SETTABLE.join(', ')}`);
        if (c.status === 'REVOKED' && input.newStatus !== 'REVOKED')
            throw stateError(`The certificate ${c.certificateId} is revoked and cannot become ${input.newStatus}`);
        if (c.status !== input.newStatus) {
            c.status = input.newStatus;
            c.lastModifiedDate = state.now();
        }
        return {};
    },
    DeleteCertificate(state, input) {
        const c = certificate(state, input.certificateId);
        const arn = certificateArn(state, c.certificateId);
        if (c.status === 'ACTIVE')
            throw stateError(`The certificate ${c.certificateId} is ACTIVE: set it INACTIVE before deleting it`);
        const things = thingsOfCertificate(state, arn);
        if (things.length)
            throw new ApiError('DeleteConflictException', `The certificate ${c.certificateId} is attached to the things ${things.join(', ')}: detach it first`);
        const policies = [...state.data.policyTargets]
            .filter(([, t]) => t.includes(arn))
            .map(([p]) => p);
        if (policies.length && !input.forceDelete)
            throw new ApiError('DeleteConflictException', `The certificate ${c.certificateId} has the policies ${policies.join(', ')} attached: detach them or set forceDelete`);
        for (const p of policies)
            state.data.policyTargets.set(p, state.data.policyTargets.get(p).filter((t) => t !== arn));
        state.data.certificates.delete(c.certificateId);
        return {};
    },
    ListCertificates(state, input) {
        const descending = !input.ascendingOrder;
        const certs = [...state.data.certificates.values()].sort((a, b) => descending ? certificates_byName(creationKey(b), creationKey(a)) : certificates_byName(creationKey(a), creationKey(b)));
        const op = 'ListCertificates';
        const page = paginate(op, certs, creationKey, input.marker, pageSize(op, input.pageSize), descending);
        return {
            certificates: page.items.map((c) => ({
                certificateArn: certificateArn(state, c.certificateId),
                certificateId: c.certificateId,
                status: c.status,
                certificateMode: 'DEFAULT',
                creationDate: new Date(c.creationDate)
            })),
            nextMarker: page.next
        };
    },
    AttachThingPrincipal(state, input) {
        const t = thing(state, input.thingName);
        certificateOfPrincipal(state, input.principal);
        const type = input.thingPrincipalType ?? 'NON_EXCLUSIVE_THING';
        const others = thingsOfCertificate(state, input.principal).filter((n) => n !== t.name);
        const exclusive = others.find((n) => state.data.things.get(n).principals[input.principal] === 'EXCLUSIVE_THING');
        if (exclusive)
            throw invalid(`The principal is attached exclusively to the thing ${exclusive}`);
        if (type === 'EXCLUSIVE_THING' && others.length)
            throw invalid(`The principal is already attached to ${others.join(', ')}: it cannot be exclusive to ${t.name}`);
        t.principals[input.principal] = type;
        return {};
    },
    DetachThingPrincipal(state, input) {
        delete thing(state, input.thingName).principals[input.principal];
        return {};
    },
    ListThingPrincipals(state, input) {
        const principals = Object.keys(thing(state, input.thingName).principals).sort(certificates_byName);
        const op = 'ListThingPrincipals';
        const page = paginate(op, principals, (p) => p, input.nextToken, pageSize(op, input.maxResults));
        return { principals: page.items, nextToken: page.next };
    },
    ListPrincipalThings(state, input) {
        certificateOfPrincipal(state, input.principal);
        const things = thingsOfCertificate(state, input.principal).sort(certificates_byName);
        const op = 'ListPrincipalThings';
        const page = paginate(op, things, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { things: page.items, nextToken: page.next };
    }
};

// EXTERNAL MODULE: ./src/model/catalog/metrics.ts
var metrics = __webpack_require__(7788);
;// CONCATENATED MODULE: ./src/local/state/behavior-rules.ts

function metricInfo(state, metric) {
    if (metric.startsWith('aws:'))
        return (0,metrics/* awsMetric */.so)(metric) ?? `${metric} is not a supported metric`;
    const custom = state.data.customMetrics.get(metric);
    if (!custom)
        return `The custom metric ${metric} does not exist`;
    return (0,metrics/* customMetric */.oq)(metric, custom.metricType);
}
function checkBehavior(state, b) {
    const where = `Behavior ${b.name}`;
    const dimension = b.metricDimension?.dimensionName;
    if (dimension !== undefined && !state.data.dimensions.has(dimension))
        return `${where}: the dimension ${dimension} does not exist`;
    if (b.metric === undefined)
        return undefined;
    const info = metricInfo(state, b.metric);
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
function behaviorErrors(state, behaviors) {
    const errors = [];
    const seen = new Set();
    for (const b of behaviors) {
        if (seen.has(b.name))
            errors.push(`Behavior names must be unique: ${b.name} appears twice`);
        seen.add(b.name);
        const problem = checkBehavior(state, b);
        if (problem)
            errors.push(problem);
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/local/state/thing-groups.ts







/** Thing groups per thing, and the depth of a group hierarchy (AWS IoT Core quotas). */
const MAX_GROUPS_PER_THING = 10;
const MAX_GROUP_DEPTH = 7;
function group(state, name) {
    return must(state.data.thingGroups, name, () => notFound(`The thing group ${name} does not exist`));
}
/** A group's ancestors, nearest first. */
function ancestors(state, name) {
    const chain = [];
    let parent = state.data.thingGroups.get(name)?.parentGroupName;
    while (parent !== undefined) {
        chain.push(parent);
        parent = state.data.thingGroups.get(parent)?.parentGroupName;
    }
    return chain;
}
/** Every group below `name`, at any depth. */
function descendantGroups(state, name) {
    const children = [...state.data.thingGroups.values()]
        .filter((g) => g.parentGroupName === name)
        .map((g) => g.name);
    return children.flatMap((c) => [c, ...descendantGroups(state, c)]);
}
const root = (state, name) => ancestors(state, name).at(-1) ?? name;
const groupSummary = (state, name) => ({
    groupName: name,
    groupArn: state.arn(`thinggroup/${name}`)
});
const thingGroupHandlers = {
    CreateThingGroup(state, input) {
        const name = input.thingGroupName;
        const arn = state.arn(`thinggroup/${name}`);
        const parent = input.parentGroupName;
        const properties = input.thingGroupProperties ?? {};
        const existing = state.data.thingGroups.get(name);
        if (existing) {
            if (existing.parentGroupName !== parent ||
                !(0,external_node_util_.isDeepStrictEqual)(existing.properties, properties))
                throw alreadyExists(`The thing group ${name} already exists with a different configuration`, name, arn);
            return { thingGroupName: name, thingGroupArn: arn, thingGroupId: existing.id };
        }
        if (parent !== undefined) {
            if (!state.data.thingGroups.has(parent))
                throw invalid(`The parent thing group ${parent} does not exist`);
            if (ancestors(state, parent).length + 2 > MAX_GROUP_DEPTH)
                throw invalid(`A thing group hierarchy can be at most ${MAX_GROUP_DEPTH} levels deep`);
        }
        checkInitialTags(input.tags);
        const id = state.uuid();
        state.data.thingGroups.set(name, {
            name,
            id,
            parentGroupName: parent,
            properties,
            version: 1,
            creationDate: state.now()
        });
        setInitialTags(state, arn, input.tags);
        return { thingGroupName: name, thingGroupArn: arn, thingGroupId: id };
    },
    DescribeThingGroup(state, input) {
        const g = group(state, input.thingGroupName);
        return {
            thingGroupName: g.name,
            thingGroupId: g.id,
            thingGroupArn: state.arn(`thinggroup/${g.name}`),
            version: g.version,
            thingGroupProperties: g.properties,
            thingGroupMetadata: {
                parentGroupName: g.parentGroupName,
                rootToParentThingGroups: ancestors(state, g.name)
                    .reverse()
                    .map((a) => groupSummary(state, a)),
                creationDate: new Date(g.creationDate)
            }
        };
    },
    /**
     * Each update is a new version, so `expectedVersion` makes it a compare-and-swap. The description is
     * replaced when given; attributes are replaced, or merged with `merge` (an empty value removes one).
     * UNVERIFIED: whether AWS clears a description the update leaves out (kept here).
     */
    UpdateThingGroup(state, input) {
        const g = group(state, input.thingGroupName);
        if (input.expectedVersion !== undefined && input.expectedVersion !== g.version)
            throw versionConflict(`The thing group ${g.name} is at version ${g.version}, not ${input.expectedVersion}`);
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
        return { version: g.version };
    },
    /** Idempotent (ResourceNotFound is not modeled); profiles and policies attached to the group go with it. */
    DeleteThingGroup(state, input) {
        const g = state.data.thingGroups.get(input.thingGroupName);
        if (!g)
            return {};
        if (input.expectedVersion !== undefined && input.expectedVersion !== g.version)
            throw versionConflict(`The thing group ${g.name} is at version ${g.version}, not ${input.expectedVersion}`);
        if (descendantGroups(state, g.name).length > 0)
            throw invalid(`Cannot delete the thing group ${g.name}: it has child groups`);
        const arn = state.arn(`thinggroup/${g.name}`);
        state.data.thingGroups.delete(g.name);
        for (const t of state.data.things.values())
            t.groups = t.groups.filter((n) => n !== g.name);
        forgetTarget(state, arn);
        for (const [policy, targets] of state.data.policyTargets)
            state.data.policyTargets.set(policy, targets.filter((t) => t !== arn));
        dropTags(state, arn);
        return {};
    },
    /**
     * Without parentGroup every group is listed (UNVERIFIED whether AWS lists only root groups then); with it,
     * its children, or all its descendants when recursive.
     */
    ListThingGroups(state, input) {
        let names = [...state.data.thingGroups.keys()];
        if (input.parentGroup !== undefined) {
            group(state, input.parentGroup);
            names = input.recursive
                ? descendantGroups(state, input.parentGroup)
                : names.filter((n) => state.data.thingGroups.get(n).parentGroupName === input.parentGroup);
        }
        if (input.namePrefixFilter !== undefined)
            names = names.filter((n) => n.startsWith(input.namePrefixFilter));
        names.sort(things_byName);
        const op = 'ListThingGroups';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { thingGroups: page.items.map((n) => groupSummary(state, n)), nextToken: page.next };
    },
    AddThingToThingGroup(state, input) {
        const g = group(state, nameOrArn(state, input.thingGroupName, input.thingGroupArn, 'thinggroup'));
        const t = thing(state, nameOrArn(state, input.thingName, input.thingArn, 'thing'));
        if (t.groups.includes(g.name))
            return {};
        if (t.groups.length >= MAX_GROUPS_PER_THING)
            throw invalid(`The thing ${t.name} is already in ${MAX_GROUPS_PER_THING} thing groups, the most allowed`);
        const sameTree = t.groups.find((n) => root(state, n) === root(state, g.name));
        if (sameTree)
            throw invalid(`The thing ${t.name} is already in ${sameTree}, a group of the same hierarchy as ${g.name}`);
        t.groups.push(g.name);
        return {};
    },
    RemoveThingFromThingGroup(state, input) {
        const g = group(state, nameOrArn(state, input.thingGroupName, input.thingGroupArn, 'thinggroup'));
        const t = thing(state, nameOrArn(state, input.thingName, input.thingArn, 'thing'));
        t.groups = t.groups.filter((n) => n !== g.name);
        return {};
    },
    ListThingsInThingGroup(state, input) {
        const g = group(state, input.thingGroupName);
        const groups = new Set([g.name, ...(input.recursive ? descendantGroups(state, g.name) : [])]);
        const names = [...state.data.things.values()]
            .filter((t) => t.groups.some((n) => groups.has(n)))
            .map((t) => t.name)
            .sort(things_byName);
        const op = 'ListThingsInThingGroup';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { things: page.items, nextToken: page.next };
    },
    ListThingGroupsForThing(state, input) {
        const names = [...thing(state, input.thingName).groups].sort(things_byName);
        const op = 'ListThingGroupsForThing';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { thingGroups: page.items.map((n) => groupSummary(state, n)), nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/state/security-profiles.ts






/** Security profiles per target (quota L-FF03CD81, not adjustable). */
const MAX_PROFILES_PER_TARGET = 5;
const ACCOUNT_TARGETS = ['all/registered-things', 'all/unregistered-things', 'all/things'];
const profileArn = (state, name) => state.arn(`securityprofile/${name}`);
function profile(state, name) {
    return must(state.data.securityProfiles, name, () => notFound(`The security profile ${name} does not exist`));
}
function checkVersion(record, expected) {
    if (expected !== undefined && expected !== record.version)
        throw versionConflict(`The security profile ${record.name} is at version ${record.version}, not the expected version ${expected}`);
}
function checkBehaviors(state, behaviors) {
    const errors = behaviorErrors(state, behaviors);
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
function describe(state, r) {
    return {
        securityProfileName: r.name,
        securityProfileArn: profileArn(state, r.name),
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
function targetResource(state, arn) {
    const resource = state.resourceOf(arn);
    if (resource !== undefined && ACCOUNT_TARGETS.includes(resource))
        return resource;
    if (resource?.startsWith('thinggroup/')) {
        const group = resource.slice('thinggroup/'.length);
        if (!state.data.thingGroups.has(group))
            throw notFound(`The thing group ${group} does not exist`);
        return resource;
    }
    throw invalid(`${arn} is not a security profile target: use a thing group ARN or ${ACCOUNT_TARGETS.map((t) => state.arn(t)).join(', ')}`);
}
function profilesOf(state, targetArn) {
    return [...state.data.profileTargets]
        .filter(([, targets]) => targets.includes(targetArn))
        .map(([name]) => name);
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
function profilesUsing(state, use) {
    return [...state.data.securityProfiles.values()]
        .filter((r) => use.metric !== undefined ? usesMetric(r, use.metric) : usesDimension(r, use.dimension))
        .map((r) => r.name);
}
/** Detach every profile from a target that is going away (a deleted thing group). */
function forgetTarget(state, targetArn) {
    for (const [name, targets] of state.data.profileTargets)
        state.data.profileTargets.set(name, targets.filter((t) => t !== targetArn));
}
const security_profiles_byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const securityProfileHandlers = {
    CreateSecurityProfile(state, input) {
        const name = input.securityProfileName;
        const arn = profileArn(state, name);
        if (state.data.securityProfiles.has(name))
            throw alreadyExists(`The security profile ${name} already exists`, name, arn);
        checkBehaviors(state, input.behaviors ?? []);
        checkInitialTags(input.tags);
        const now = state.now();
        state.data.securityProfiles.set(name, {
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
        state.data.profileTargets.set(name, []);
        setInitialTags(state, arn, input.tags);
        return { securityProfileName: name, securityProfileArn: arn };
    },
    UpdateSecurityProfile(state, input) {
        const r = profile(state, input.securityProfileName);
        checkVersion(r, input.expectedVersion);
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
            checkBehaviors(state, input.behaviors);
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
        next.lastModifiedDate = state.now();
        state.data.securityProfiles.set(r.name, next);
        return describe(state, next);
    },
    DescribeSecurityProfile(state, input) {
        return describe(state, profile(state, input.securityProfileName));
    },
    /** Idempotent: a missing profile is not an error (the operation does not model ResourceNotFound). */
    DeleteSecurityProfile(state, input) {
        const r = state.data.securityProfiles.get(input.securityProfileName);
        if (!r)
            return {};
        checkVersion(r, input.expectedVersion);
        state.data.securityProfiles.delete(r.name);
        state.data.profileTargets.delete(r.name);
        for (const [id, v] of state.data.violations)
            if (v.securityProfileName === r.name)
                state.data.violations.delete(id);
        dropTags(state, profileArn(state, r.name));
        return {};
    },
    ListSecurityProfiles(state, input) {
        const { dimensionName, metricName } = input;
        if (dimensionName !== undefined && metricName !== undefined)
            throw invalid('dimensionName and metricName cannot be used in the same request');
        if (dimensionName !== undefined && !state.data.dimensions.has(dimensionName))
            throw notFound(`The dimension ${dimensionName} does not exist`);
        if (metricName !== undefined && !state.data.customMetrics.has(metricName))
            throw notFound(`The custom metric ${metricName} does not exist`);
        const names = [...state.data.securityProfiles.values()]
            .filter((r) => dimensionName === undefined || usesDimension(r, dimensionName))
            .filter((r) => metricName === undefined || usesMetric(r, metricName))
            .map((r) => r.name)
            .sort(security_profiles_byName);
        const op = 'ListSecurityProfiles';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return {
            securityProfileIdentifiers: page.items.map((name) => ({
                name,
                arn: profileArn(state, name)
            })),
            nextToken: page.next
        };
    },
    AttachSecurityProfile(state, input) {
        const r = profile(state, input.securityProfileName);
        const target = input.securityProfileTargetArn;
        targetResource(state, target);
        const targets = state.data.profileTargets.get(r.name) ?? [];
        if (targets.includes(target))
            return {};
        if (profilesOf(state, target).length >= MAX_PROFILES_PER_TARGET)
            throw limitExceeded(`The target ${target} already has ${MAX_PROFILES_PER_TARGET} security profiles attached, the most allowed`);
        state.data.profileTargets.set(r.name, [...targets, target]);
        return {};
    },
    DetachSecurityProfile(state, input) {
        const r = profile(state, input.securityProfileName);
        const targets = state.data.profileTargets.get(r.name) ?? [];
        state.data.profileTargets.set(r.name, targets.filter((t) => t !== input.securityProfileTargetArn));
        return {};
    },
    ListTargetsForSecurityProfile(state, input) {
        const r = profile(state, input.securityProfileName);
        const targets = [...(state.data.profileTargets.get(r.name) ?? [])].sort(security_profiles_byName);
        const op = 'ListTargetsForSecurityProfile';
        const page = paginate(op, targets, (t) => t, input.nextToken, pageSize(op, input.maxResults));
        return { securityProfileTargets: page.items.map((arn) => ({ arn })), nextToken: page.next };
    },
    ListSecurityProfilesForTarget(state, input) {
        const target = input.securityProfileTargetArn;
        const resource = targetResource(state, target);
        const arns = [target];
        if (input.recursive && resource.startsWith('thinggroup/'))
            for (const g of descendantGroups(state, resource.slice('thinggroup/'.length)))
                arns.push(state.arn(`thinggroup/${g}`));
        const mappings = arns
            .flatMap((arn) => profilesOf(state, arn).map((name) => ({ name, arn })))
            .sort((a, b) => security_profiles_byName(`${a.name}\n${a.arn}`, `${b.name}\n${b.arn}`));
        const op = 'ListSecurityProfilesForTarget';
        const page = paginate(op, mappings, (m) => `${m.name}\n${m.arn}`, input.nextToken, pageSize(op, input.maxResults));
        return {
            securityProfileTargetMappings: page.items.map((m) => ({
                securityProfileIdentifier: { name: m.name, arn: profileArn(state, m.name) },
                target: { arn: m.arn }
            })),
            nextToken: page.next
        };
    },
    ValidateSecurityProfileBehaviors(state, input) {
        const errors = behaviorErrors(state, input.behaviors);
        return {
            valid: errors.length === 0,
            validationErrors: errors.map((errorMessage) => ({ errorMessage }))
        };
    }
};

;// CONCATENATED MODULE: ./src/local/state/custom-metrics.ts





/** Custom metrics per account (quota L-53A90E98, default 100). */
const MAX_CUSTOM_METRICS = 100;
const metricArn = (state, name) => state.arn(`custommetric/${name}`);
function metric(state, name) {
    return must(state.data.customMetrics, name, () => notFound(`The custom metric ${name} does not exist`));
}
function custom_metrics_describe(state, m) {
    return {
        metricName: m.name,
        metricArn: metricArn(state, m.name),
        metricType: m.metricType,
        displayName: m.displayName,
        creationDate: new Date(m.creationDate),
        lastModifiedDate: new Date(m.lastModifiedDate)
    };
}
const customMetricHandlers = {
    CreateCustomMetric(state, input) {
        const name = input.metricName;
        const arn = metricArn(state, name);
        const existing = state.data.customMetrics.get(name);
        if (existing) {
            if (existing.clientRequestToken === input.clientRequestToken)
                return { metricName: name, metricArn: arn };
            throw alreadyExists(`The custom metric ${name} already exists`, name, arn);
        }
        if (name.startsWith('aws:'))
            throw invalid('Custom metric names cannot start with aws:');
        if (state.data.customMetrics.size >= MAX_CUSTOM_METRICS)
            throw limitExceeded(`An account can have at most ${MAX_CUSTOM_METRICS} custom metrics`);
        checkInitialTags(input.tags);
        const now = state.now();
        state.data.customMetrics.set(name, {
            name,
            displayName: input.displayName,
            metricType: input.metricType,
            clientRequestToken: input.clientRequestToken,
            creationDate: now,
            lastModifiedDate: now
        });
        setInitialTags(state, arn, input.tags);
        return { metricName: name, metricArn: arn };
    },
    DescribeCustomMetric(state, input) {
        return custom_metrics_describe(state, metric(state, input.metricName));
    },
    UpdateCustomMetric(state, input) {
        const m = metric(state, input.metricName);
        m.displayName = input.displayName;
        m.lastModifiedDate = state.now();
        return custom_metrics_describe(state, m);
    },
    DeleteCustomMetric(state, input) {
        const name = input.metricName;
        if (!state.data.customMetrics.has(name))
            return {};
        const users = profilesUsing(state, { metric: name });
        if (users.length)
            throw invalid(`The custom metric ${name} is used by the security profiles ${users.join(', ')}`);
        state.data.customMetrics.delete(name);
        dropTags(state, metricArn(state, name));
        return {};
    },
    ListCustomMetrics(state, input) {
        const names = [...state.data.customMetrics.keys()].sort();
        const op = 'ListCustomMetrics';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { metricNames: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/state/dimensions.ts





/** Metric dimensions per account (quota L-8B5F47E6, NOTES.md §11). */
const MAX_DIMENSIONS = 10;
const dimensionArn = (state, name) => state.arn(`dimension/${name}`);
function dimension(state, name) {
    return must(state.data.dimensions, name, () => notFound(`The dimension ${name} does not exist`));
}
function dimensions_describe(state, d) {
    return {
        name: d.name,
        arn: dimensionArn(state, d.name),
        type: d.type,
        stringValues: d.stringValues,
        creationDate: new Date(d.creationDate),
        lastModifiedDate: new Date(d.lastModifiedDate)
    };
}
const dimensionHandlers = {
    CreateDimension(state, input) {
        const name = input.name;
        const arn = dimensionArn(state, name);
        const existing = state.data.dimensions.get(name);
        if (existing) {
            if (existing.clientRequestToken === input.clientRequestToken)
                return { name, arn };
            throw alreadyExists(`The dimension ${name} already exists`, name, arn);
        }
        if (state.data.dimensions.size >= MAX_DIMENSIONS)
            throw limitExceeded(`An account can have at most ${MAX_DIMENSIONS} dimensions`);
        checkInitialTags(input.tags);
        const now = state.now();
        state.data.dimensions.set(name, {
            name,
            type: input.type,
            stringValues: input.stringValues,
            clientRequestToken: input.clientRequestToken,
            creationDate: now,
            lastModifiedDate: now
        });
        setInitialTags(state, arn, input.tags);
        return { name, arn };
    },
    DescribeDimension(state, input) {
        return dimensions_describe(state, dimension(state, input.name));
    },
    UpdateDimension(state, input) {
        const d = dimension(state, input.name);
        d.stringValues = input.stringValues;
        d.lastModifiedDate = state.now();
        return dimensions_describe(state, d);
    },
    DeleteDimension(state, input) {
        const name = input.name;
        if (!state.data.dimensions.has(name))
            return {};
        const users = profilesUsing(state, { dimension: name });
        if (users.length)
            throw invalid(`The dimension ${name} is used by the security profiles ${users.join(', ')}`);
        state.data.dimensions.delete(name);
        dropTags(state, dimensionArn(state, name));
        return {};
    },
    ListDimensions(state, input) {
        const names = [...state.data.dimensions.keys()].sort();
        const op = 'ListDimensions';
        const page = paginate(op, names, (n) => n, input.nextToken, pageSize(op, input.maxResults));
        return { dimensionNames: page.items, nextToken: page.next };
    }
};

;// CONCATENATED MODULE: ./src/local/state/mitigation-actions.ts




/** Mitigation actions per account (quota L-1A084077). */
const MAX_MITIGATION_ACTIONS = 100;
/** Detect mitigation tasks running at once (NOTES.md §11). */
const MAX_RUNNING_DETECT_TASKS = 5;
const ACTION_TYPES = {
    updateDeviceCertificateParams: 'UPDATE_DEVICE_CERTIFICATE',
    updateCACertificateParams: 'UPDATE_CA_CERTIFICATE',
    addThingsToThingGroupParams: 'ADD_THINGS_TO_THING_GROUP',
    replaceDefaultPolicyVersionParams: 'REPLACE_DEFAULT_POLICY_VERSION',
    enableIoTLoggingParams: 'ENABLE_IOT_LOGGING',
    publishFindingToSnsParams: 'PUBLISH_FINDING_TO_SNS'
};
const actionArn = (state, name) => state.arn(`mitigationaction/${name}`);
function action(state, name) {
    return must(state.data.mitigationActions, name, () => notFound(`The mitigation action ${name} does not exist`));
}
/** The action type its parameters imply; exactly one kind of parameters is allowed. */
function actionType(params) {
    const kinds = Object.keys(params).filter((k) => params[k] !== undefined);
    if (kinds.length !== 1)
        throw invalid(`actionParams must hold exactly one of ${Object.keys(ACTION_TYPES).join(', ')}; it holds ${kinds.length}`);
    return ACTION_TYPES[kinds[0]];
}
const mitigationActionHandlers = {
    CreateMitigationAction(state, input) {
        const name = input.actionName;
        const arn = actionArn(state, name);
        const existing = state.data.mitigationActions.get(name);
        if (existing)
            throw alreadyExists(`The mitigation action ${name} already exists`, existing.id, arn);
        const type = actionType(input.actionParams);
        if (state.data.mitigationActions.size >= MAX_MITIGATION_ACTIONS)
            throw limitExceeded(`An account can have at most ${MAX_MITIGATION_ACTIONS} mitigation actions`);
        checkInitialTags(input.tags);
        const now = state.now();
        const id = state.uuid();
        state.data.mitigationActions.set(name, {
            name,
            id,
            roleArn: input.roleArn,
            actionParams: input.actionParams,
            actionType: type,
            creationDate: now,
            lastModifiedDate: now
        });
        setInitialTags(state, arn, input.tags);
        return { actionArn: arn, actionId: id };
    },
    DescribeMitigationAction(state, input) {
        const a = action(state, input.actionName);
        return {
            actionName: a.name,
            actionType: a.actionType,
            actionArn: actionArn(state, a.name),
            actionId: a.id,
            roleArn: a.roleArn,
            actionParams: a.actionParams,
            creationDate: new Date(a.creationDate),
            lastModifiedDate: new Date(a.lastModifiedDate)
        };
    },
    UpdateMitigationAction(state, input) {
        const a = action(state, input.actionName);
        if (input.actionParams) {
            const type = actionType(input.actionParams);
            if (type !== a.actionType)
                throw invalid(`The action type of ${a.name} is ${a.actionType}; it cannot become ${type}`);
            a.actionParams = input.actionParams;
        }
        if (input.roleArn !== undefined)
            a.roleArn = input.roleArn;
        a.lastModifiedDate = state.now();
        return { actionArn: actionArn(state, a.name), actionId: a.id };
    },
    DeleteMitigationAction(state, input) {
        if (state.data.mitigationActions.delete(input.actionName))
            dropTags(state, actionArn(state, input.actionName));
        return {};
    },
    ListMitigationActions(state, input) {
        const actions = [...state.data.mitigationActions.values()]
            .filter((a) => input.actionType === undefined || a.actionType === input.actionType)
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const op = 'ListMitigationActions';
        const page = paginate(op, actions, (a) => a.name, input.nextToken, pageSize(op, input.maxResults));
        return {
            actionIdentifiers: page.items.map((a) => ({
                actionName: a.name,
                actionArn: actionArn(state, a.name),
                creationDate: new Date(a.creationDate)
            })),
            nextToken: page.next
        };
    },
    StartDetectMitigationActionsTask(state, input) {
        const id = input.taskId;
        if (state.data.detectMitigationTasks.has(id))
            throw new ApiError('TaskAlreadyExistsException', `The task ${id} already exists`);
        if (!input.target.violationIds?.length && input.target.securityProfileName === undefined)
            throw invalid('target needs violationIds or a securityProfileName');
        const profile = input.target.securityProfileName;
        if (profile !== undefined && !state.data.securityProfiles.has(profile))
            throw invalid(`The security profile ${profile} does not exist`);
        for (const name of input.actions)
            if (!state.data.mitigationActions.has(name))
                throw invalid(`The mitigation action ${name} does not exist`);
        const running = [...state.data.detectMitigationTasks.values()].filter((t) => t.taskStatus === 'IN_PROGRESS');
        if (running.length >= MAX_RUNNING_DETECT_TASKS)
            throw limitExceeded(`At most ${MAX_RUNNING_DETECT_TASKS} Detect mitigation tasks can run at once`);
        const now = state.now();
        const range = input.violationEventOccurrenceRange;
        state.data.detectMitigationTasks.set(id, {
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
            suppressedAlertsIncluded: input.includeSuppressedAlerts ?? false
        });
        return { taskId: id };
    },
    DescribeDetectMitigationActionsTask(state, input) {
        const t = must(state.data.detectMitigationTasks, input.taskId, () => notFound(`The task ${input.taskId} does not exist`));
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
                    .map((n) => state.data.mitigationActions.get(n))
                    .filter((a) => a !== undefined)
                    .map((a) => ({
                    name: a.name,
                    id: a.id,
                    roleArn: a.roleArn,
                    actionParams: a.actionParams
                })),
                taskStatistics: { actionsExecuted: 0, actionsSkipped: 0, actionsFailed: 0 }
            }
        };
    },
    /** No action has executed until the Detect engine records violations to act on. */
    ListDetectMitigationActionsExecutions(_state, _input) {
        return { actionsExecutions: [] };
    }
};

;// CONCATENATED MODULE: ./src/local/state/policies.ts





/** Policies per certificate or thing group, and document size without whitespace (AWS IoT Core quotas). */
const MAX_POLICIES_PER_TARGET = 10;
const MAX_POLICY_CHARS = 2048;
const policyArn = (state, name) => state.arn(`policy/${name}`);
const policies_byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function policy(state, name) {
    return must(state.data.policies, name, () => notFound(`The policy ${name} does not exist`));
}
const malformed = (message) => new ApiError('MalformedPolicyException', message);
/** The checks AWS makes on a document: JSON, statements with an effect, actions and resources, size. */
function checkDocument(document) {
    if (document.replace(/\s/g, '').length > MAX_POLICY_CHARS)
        throw malformed(`A policy document can have at most ${MAX_POLICY_CHARS} characters besides whitespace`);
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
function target(state, arn) {
    const resource = state.resourceOf(arn);
    if (resource?.startsWith('thinggroup/')) {
        const group = resource.slice('thinggroup/'.length);
        if (!state.data.thingGroups.has(group))
            throw notFound(`The thing group ${group} does not exist`);
        return arn;
    }
    if (resource?.startsWith('cert/')) {
        certificateOfPrincipal(state, arn);
        return arn;
    }
    throw invalid(`${arn} is not a certificate or thing group ARN of this account`);
}
function policiesOf(state, targetArn) {
    return [...state.data.policyTargets].filter(([, t]) => t.includes(targetArn)).map(([p]) => p);
}
/** Targets whose policies apply to `arn` too: a group's ancestors; a certificate's things' groups. */
function inheritedTargets(state, arn) {
    const resource = state.resourceOf(arn);
    const groups = resource.startsWith('cert/')
        ? thingsOfCertificate(state, arn).flatMap((t) => state.data.things.get(t).groups)
        : [resource.slice('thinggroup/'.length)];
    const chain = new Set();
    for (let g of groups) {
        if (!resource.startsWith('cert/'))
            g = state.data.thingGroups.get(g)?.parentGroupName ?? '';
        while (g) {
            chain.add(state.arn(`thinggroup/${g}`));
            g = state.data.thingGroups.get(g)?.parentGroupName ?? '';
        }
    }
    return [...chain];
}
const policyHandlers = {
    CreatePolicy(state, input) {
        const name = input.policyName;
        const arn = policyArn(state, name);
        if (state.data.policies.has(name))
            throw alreadyExists(`The policy ${name} already exists`, name, arn);
        checkDocument(input.policyDocument);
        checkInitialTags(input.tags);
        const now = state.now();
        state.data.policies.set(name, {
            name,
            document: input.policyDocument,
            creationDate: now,
            lastModifiedDate: now,
            generationId: state.uuid()
        });
        state.data.policyTargets.set(name, []);
        setInitialTags(state, arn, input.tags);
        return {
            policyName: name,
            policyArn: arn,
            policyDocument: input.policyDocument,
            policyVersionId: '1'
        };
    },
    GetPolicy(state, input) {
        const p = policy(state, input.policyName);
        return {
            policyName: p.name,
            policyArn: policyArn(state, p.name),
            policyDocument: p.document,
            defaultVersionId: '1',
            creationDate: new Date(p.creationDate),
            lastModifiedDate: new Date(p.lastModifiedDate),
            generationId: p.generationId
        };
    },
    DeletePolicy(state, input) {
        const p = policy(state, input.policyName);
        const targets = state.data.policyTargets.get(p.name) ?? [];
        if (targets.length)
            throw new ApiError('DeleteConflictException', `The policy ${p.name} is attached to ${targets.length} target(s): detach it first`);
        state.data.policies.delete(p.name);
        state.data.policyTargets.delete(p.name);
        dropTags(state, policyArn(state, p.name));
        return {};
    },
    ListPolicies(state, input) {
        const key = (p) => `${String(p.creationDate).padStart(15, '0')}|${p.name}`;
        const descending = !input.ascendingOrder;
        const policies = [...state.data.policies.values()].sort((a, b) => descending ? policies_byName(key(b), key(a)) : policies_byName(key(a), key(b)));
        const op = 'ListPolicies';
        const page = paginate(op, policies, key, input.marker, pageSize(op, input.pageSize), descending);
        return {
            policies: page.items.map((p) => ({
                policyName: p.name,
                policyArn: policyArn(state, p.name)
            })),
            nextMarker: page.next
        };
    },
    AttachPolicy(state, input) {
        const p = policy(state, input.policyName);
        const arn = target(state, input.target);
        const targets = state.data.policyTargets.get(p.name) ?? [];
        if (targets.includes(arn))
            return {};
        if (policiesOf(state, arn).length >= MAX_POLICIES_PER_TARGET)
            throw limitExceeded(`${arn} already has ${MAX_POLICIES_PER_TARGET} policies attached, the most allowed`);
        state.data.policyTargets.set(p.name, [...targets, arn]);
        return {};
    },
    /** Detaching what is not attached is not an error (the operation does not model ResourceNotFound). */
    DetachPolicy(state, input) {
        const targets = state.data.policyTargets.get(input.policyName);
        if (targets)
            state.data.policyTargets.set(input.policyName, targets.filter((t) => t !== input.target));
        return {};
    },
    ListTargetsForPolicy(state, input) {
        const p = policy(state, input.policyName);
        const targets = [...(state.data.policyTargets.get(p.name) ?? [])].sort(policies_byName);
        const op = 'ListTargetsForPolicy';
        const page = paginate(op, targets, (t) => t, input.marker, pageSize(op, input.pageSize));
        return { targets: page.items, nextMarker: page.next };
    },
    ListAttachedPolicies(state, input) {
        const arn = target(state, input.target);
        const arns = [arn, ...(input.recursive ? inheritedTargets(state, arn) : [])];
        const names = [...new Set(arns.flatMap((a) => policiesOf(state, a)))].sort(policies_byName);
        const op = 'ListAttachedPolicies';
        const page = paginate(op, names, (n) => n, input.marker, pageSize(op, input.pageSize));
        return {
            policies: page.items.map((n) => ({ policyName: n, policyArn: policyArn(state, n) })),
            nextMarker: page.next
        };
    }
};

;// CONCATENATED MODULE: ./src/local/state/violations.ts


function criteriaType(v) {
    const c = v.behavior.criteria;
    if (c?.mlDetectionConfig)
        return 'MACHINE_LEARNING';
    if (c?.statisticalThreshold)
        return 'STATISTICAL';
    return 'STATIC';
}
function matches(v, f) {
    return ((f.thingName === undefined || v.thingName === f.thingName) &&
        (f.securityProfileName === undefined || v.securityProfileName === f.securityProfileName) &&
        (f.behaviorCriteriaType === undefined || criteriaType(v) === f.behaviorCriteriaType) &&
        (f.listSuppressedAlerts === true || !v.behavior.suppressAlerts) &&
        (f.verificationState === undefined || v.verificationState === f.verificationState));
}
function checkProfile(state, name) {
    if (name !== undefined && !state.data.securityProfiles.has(name))
        throw notFound(`The security profile ${name} does not exist`);
}
const date = (ms) => ms === undefined ? undefined : new Date(ms);
const eventKey = (e) => `${String(e.violationEventTime).padStart(15, '0')}|${e.violationId}|${e.violationEventType}`;
const violationHandlers = {
    GetBehaviorModelTrainingSummaries(state, input) {
        checkProfile(state, input.securityProfileName);
        const summaries = [...state.data.securityProfiles.values()]
            .filter((p) => input.securityProfileName === undefined || p.name === input.securityProfileName)
            .flatMap((p) => (p.behaviors ?? [])
            .filter((b) => b.criteria?.mlDetectionConfig)
            .map((b) => ({
            profile: p.name,
            behavior: b.name,
            model: state.data.detect?.models[`${p.name}/${b.name}`]
        })))
            .sort((a, b) => (`${a.profile}/${a.behavior}` < `${b.profile}/${b.behavior}` ? -1 : 1));
        const op = 'GetBehaviorModelTrainingSummaries';
        const page = paginate(op, summaries, (s) => `${s.profile}/${s.behavior}`, input.nextToken, pageSize(op, input.maxResults));
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
    ListActiveViolations(state, input) {
        checkProfile(state, input.securityProfileName);
        const active = [...state.data.violations.values()]
            .filter((v) => v.active && matches(v, input))
            .sort((a, b) => (a.violationId < b.violationId ? -1 : 1));
        const op = 'ListActiveViolations';
        const page = paginate(op, active, (v) => v.violationId, input.nextToken, pageSize(op, input.maxResults));
        return {
            activeViolations: page.items.map((v) => ({
                violationId: v.violationId,
                thingName: v.thingName,
                securityProfileName: v.securityProfileName,
                behavior: v.behavior,
                lastViolationValue: v.lastViolationValue,
                violationEventAdditionalInfo: v.violationEventAdditionalInfo,
                verificationState: v.verificationState,
                verificationStateDescription: v.verificationStateDescription,
                lastViolationTime: v.lastViolationTime === undefined ? undefined : new Date(v.lastViolationTime),
                violationStartTime: new Date(v.violationStartTime)
            })),
            nextToken: page.next
        };
    },
    ListViolationEvents(state, input) {
        const from = input.startTime.getTime();
        const to = input.endTime.getTime();
        const verification = (e) => state.data.violations.get(e.violationId)?.verificationState;
        const events = state.data.violationEvents
            .filter((e) => e.violationEventTime >= from && e.violationEventTime <= to)
            .filter((e) => matches({ ...e, verificationState: verification(e) }, input))
            .sort((a, b) => (eventKey(a) < eventKey(b) ? -1 : 1));
        const op = 'ListViolationEvents';
        const page = paginate(op, events, eventKey, input.nextToken, pageSize(op, input.maxResults));
        return {
            violationEvents: page.items.map((e) => ({
                violationId: e.violationId,
                thingName: e.thingName,
                securityProfileName: e.securityProfileName,
                behavior: e.behavior,
                metricValue: e.metricValue,
                violationEventAdditionalInfo: e.violationEventAdditionalInfo,
                violationEventType: e.violationEventType,
                verificationState: verification(e),
                verificationStateDescription: state.data.violations.get(e.violationId)
                    ?.verificationStateDescription,
                violationEventTime: new Date(e.violationEventTime)
            })),
            nextToken: page.next
        };
    },
    PutVerificationStateOnViolation(state, input) {
        const v = state.data.violations.get(input.violationId);
        if (!v)
            throw invalid(`The violation ${input.violationId} does not exist`);
        v.verificationState = input.verificationState;
        v.verificationStateDescription = input.verificationStateDescription;
        return {};
    }
};

;// CONCATENATED MODULE: ./src/local/control-plane/handlers.ts
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
    ...policyHandlers
};
/** Operations that only read: their requests never change the account, so nothing is persisted after them. */
function isReadOnly(operation) {
    return /^(List|Describe|Get|Validate)/.test(operation);
}

;// CONCATENATED MODULE: ./src/local/control-plane/request-guard.ts
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

;// CONCATENATED MODULE: ./src/local/control-plane/router.ts
/**
 * Routes from the model's URI templates. Matching is on the raw path and labels are decoded only after a
 * match: the SDK sends a label such as a thing group ARN as one segment with `/` encoded as `%2F`, so decoding
 * first would split it and route the request to the wrong operation.
 */


function compile(operation, method, uri) {
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
            return compile(op, spec.method, spec.uri);
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
            labels[segment.label] = router_decode(part, segment.label);
        }
    }
    return labels;
}
function router_decode(raw, label) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        throw invalid(`The value of ${label} in the path is not valid percent-encoding`);
    }
}

;// CONCATENATED MODULE: ./src/local/control-plane/validate.ts
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
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
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
                if (!isObject(value))
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
        if (!isObject(value))
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

// EXTERNAL MODULE: ./src/model/quotas.ts
var quotas = __webpack_require__(856);
;// CONCATENATED MODULE: ./src/local/regions.ts
/**
 * The emulated account across regions. AWS scopes an account's IoT resources by region, so each region a
 * client signs its requests for (the SigV4 credential scope) gets its own account state, made on first use;
 * unsigned requests go to the home region (`--region`). All regions share the account id, CA and clock.
 */

/** AWS's region names: us-east-1, eu-central-1, us-gov-west-1, ap-southeast-5… */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
/** More than AWS has, and few enough that stray signatures cannot grow the emulator without bound. */
const MAX_REGIONS = 64;
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
class Regions {
    home;
    create;
    states = new Map();
    constructor(home, create) {
        this.home = home;
        this.create = create;
        this.get(home);
    }
    /** The account's state in this region (the home region when undefined). */
    get(region = this.home) {
        let state = this.states.get(region);
        if (!state) {
            if (this.states.size >= MAX_REGIONS)
                throw new ApiError('LimitExceededException', `The emulator already holds ${MAX_REGIONS} regions; ${region} is one too many`);
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
    /** Every region's snapshot, the home region first. */
    snapshots() {
        return [...this.states.values()].map((s) => s.snapshot());
    }
}

;// CONCATENATED MODULE: ./src/local/control-plane/server.ts
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
async function operate(options, req, route, query) {
    const { operation } = route;
    const spec = iot_model/* iotModel */.OA.operations[operation];
    const body = await readBody(req);
    await options.faults.before(operation);
    const wire = bindRequest(spec, route.labels, query, req.headers, body);
    validateInput(spec.input, wire);
    const handler = HANDLERS[operation];
    const account = options.regions.get(signedRegion(req.headers.authorization));
    const result = await handler(account, handlerInput(spec.input, wire));
    const output = wireOutput(spec.output, result);
    if (options.checkOutputs && spec.output) {
        const problems = violations(spec.output, output);
        if (problems.length)
            throw new ApiError('InternalFailureException', `Emulator output breaks the model: ${problems.join('; ')}`);
    }
    if (!isReadOnly(operation))
        await options.afterChange?.();
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
                const route = router.match(req.method ?? 'GET', rawPath);
                operation = route.operation;
                labels = route.labels;
                const output = await operate(options, req, route, query);
                record({ operation, status: 200, labels });
                send(res, 200, output);
            }
            catch (e) {
                const error = e instanceof ApiError
                    ? e
                    : new ApiError('InternalFailureException', e instanceof Error ? e.message : String(e));
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

function criteria_criteriaType(criteria) {
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

// EXTERNAL MODULE: ./src/local/detect/windows.ts
var windows = __webpack_require__(8826);
;// CONCATENATED MODULE: ./src/local/detect/evaluate.ts




const NUMERIC_OPERATORS = new Set(metrics/* NUMERIC_OPERATORS */.M0);
/** How a window's datapoints are judged: undefined when they cannot be (no fleet yet, a model not built). */
function verdictFor(behavior, fleet, model) {
    const criteria = behavior.criteria ?? {};
    switch (criteria_criteriaType(criteria)) {
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
            const length = (0,windows/* windowMs */.$b)(behavior, timing);
            const aligned = (at) => Math.floor(at / length) * length;
            let start = Math.max(records.evaluatedUntil[key] ?? aligned(now), aligned(earliest));
            const ml = criteria_criteriaType(behavior.criteria) === 'MACHINE_LEARNING';
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
                    values: (0,windows/* datapointsIn */.T1)(records, t, behavior, start, length, timing)
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
    const longest = Math.max(timing.periodMs, ...input.profiles.flatMap((p) => p.behaviors.map((b) => (0,windows/* windowMs */.$b)(b, timing))));
    const horizon = now - longest - timing.periodMs;
    const keepFrom = Math.min(horizon, ...Object.values(records.evaluatedUntil));
    const valuesFrom = Math.min(now, ...input.profiles.flatMap((p) => p.behaviors
        .filter(windows/* perMessage */.j)
        .map((b) => records.evaluatedUntil[`${p.name}/${b.name}`] ?? now)));
    for (const [thing, seen] of Object.entries(records.seen))
        if (seen.last < earliest - longest)
            delete records.seen[thing];
    return {
        records: (0,windows/* prunePeriods */.JV)(records, keepFrom, valuesFrom),
        violations: [...changed.values()],
        events
    };
}

;// CONCATENATED MODULE: ./src/local/detect/engine.ts
/**
 * The Detect engine of one emulated account: it takes the data plane's metric samples, and on each tick (every
 * evaluation period, and after each control-plane change, so removed behaviors and targets are invalidated at
 * once) evaluates every profile against the things it applies to, recording violations and events where the
 * read operations find them (`data.violations`, `data.violationEvents`, `data.detect.models`).
 */




/** AWS's violation ids are 32 hex digits. */
const violationId = () => (0,external_node_crypto_.randomUUID)().replaceAll('-', '');
class DetectEngine {
    account;
    timing;
    constructor(account, timing) {
        this.account = account;
        this.timing = timing;
    }
    get records() {
        return (this.account.data.detect ??= emptyDetectRecords());
    }
    /** The data plane's append: samples count from their own timestamps. */
    record(samples) {
        (0,windows/* foldSamples */.FQ)(this.records, samples, this.timing);
    }
    /** Evaluate at the account's clock; true when a violation or event was recorded. */
    tick() {
        const data = this.account.data;
        const result = evaluate({
            now: this.account.now(),
            timing: this.timing,
            profiles: this.profiles(),
            records: this.records,
            violations: data.violations,
            newId: violationId
        });
        data.detect = result.records;
        for (const v of result.violations)
            data.violations.set(v.violationId, v);
        data.violationEvents.push(...result.events);
        return result.violations.length + result.events.length > 0;
    }
    /** Each profile with the reporting things it applies to: its target groups (and their subgroups) or account targets. */
    profiles() {
        const data = this.account.data;
        const reporting = Object.keys(this.records.seen);
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
            const resource = this.account.resourceOf(target);
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
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/distribution/uniformFloat64.js
var uniformFloat64 = __webpack_require__(8460);
// EXTERNAL MODULE: ./node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var xoroshiro128plus = __webpack_require__(9821);
;// CONCATENATED MODULE: ./src/local/faults.ts
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/words.ts
var util_words = __webpack_require__(333);
;// CONCATENATED MODULE: ./src/util/errors.ts

/** The message of anything thrown, with its remedy named in the front end's words. */
function errorMessage(e, words = util_words/* CLI_WORDS */.xP) {
    if (e instanceof util_words/* RemedyError */.By)
        return e.say(words);
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/local/persist.ts
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
function loadState(dataDir) {
    const file = external_node_path_default().join(dataDir, STATE_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new Error(`cannot read the emulator's state file ${file}: ${errorMessage(e)}`, {
            cause: e
        });
    }
    const corrupted = (why, cause) => new Error(`${file} is not a ddac local state file (${why}); move it away to start with an empty account`, { cause });
    let saved;
    try {
        saved = JSON.parse(text);
    }
    catch (e) {
        throw corrupted(errorMessage(e), e);
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
    const regions = new Regions(region, (r) => new AccountState({
        account,
        region: r,
        ca,
        dataEndpoint: options.dataEndpoint,
        clock: options.clock
    }));
    if (saved)
        regions.restore([saved.account, ...(saved.regions ?? [])]);
    else if (options.initialState)
        regions.restore([options.initialState]);
    const file = options.dataDir ? new StateFile(options.dataDir) : undefined;
    const save = file
        ? () => {
            const [home, ...others] = regions.snapshots();
            return file.save({ ca: ca.snapshot(), account: home, regions: others });
        }
        : undefined;
    await save?.();
    // Detect runs in the home region, where the data plane's things live.
    const timing = (0,windows/* scaledTiming */.nL)(options.detect?.timeScale ?? windows/* DEFAULT_TIME_SCALE */.D4, options.detect?.timing);
    const detect = new DetectEngine(regions.get(), timing);
    // Saved when something changed: new samples, or an evaluation that recorded violations.
    let unsaved = false;
    const evaluate = async () => {
        if (detect.tick())
            unsaved = true;
        if (!unsaved)
            return;
        unsaved = false;
        await save?.();
    };
    // A failed save on the timer is not lost: the state stays unsaved and the next control-plane change reports it.
    const timer = options.detect?.stepped
        ? undefined
        : setInterval(() => void evaluate().catch(() => {
            unsaved = true;
        }), timing.periodMs).unref();
    const { server, requests } = createControlPlane({
        regions,
        faults: new Faults(options),
        checkOutputs: options.checkOutputs,
        // A change of profiles, targets or groups is evaluated at once, so removed alarms are invalidated.
        afterChange: async () => {
            detect.tick();
            unsaved = false;
            await save?.();
        },
        host: options.host ?? '127.0.0.1'
    });
    const host = options.host ?? '127.0.0.1';
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
        detect: {
            timing,
            record: (samples) => {
                detect.record(samples);
                unsaved = true;
            },
            evaluate
        },
        stop: () => (stopped ??= (async () => {
            clearInterval(timer);
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            await save?.();
        })())
    };
}


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
