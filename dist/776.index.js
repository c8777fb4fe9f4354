export const id = 776;
export const ids = [776,465,391];
export const modules = {

/***/ 67776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getSettings: () => (/* binding */ getSettings)
});

// EXTERNAL MODULE: ./src/github/actions-core.ts + 4 modules
var actions_core = __webpack_require__(27918);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/commands/target.ts
var commands_target = __webpack_require__(16465);
// EXTERNAL MODULE: ./src/aws/timeouts.ts
var timeouts = __webpack_require__(82653);
// EXTERNAL MODULE: ./src/config/file-format.ts
var file_format = __webpack_require__(42748);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/resources/types.ts
/** The data that flows from the file and the account into a plan, and the plan itself (JSON-serialisable). */
const RESOURCE_KINDS = [
    'thingGroup',
    'customMetric',
    'dimension',
    'mitigationAction',
    'securityProfile',
    'auditConfiguration',
    'scheduledAudit'
];

;// CONCATENATED MODULE: ./src/commands/selection.ts
/** What a command is told to work on: import's `kinds` (input and `--kinds`), and lists of names. */

/** `securityProfile/ML_Detect_profile, customMetric` → the kinds to import and the names within them. */
function parseSelection(raw) {
    const selection = { kinds: [], names: {} };
    for (const item of raw.split(/[\s,]+/).filter(Boolean)) {
        const [kind, name] = item.split('/', 2);
        if (!RESOURCE_KINDS.includes(kind)) {
            throw new Error(`"${kind}" is not a kind ddac imports; use ${RESOURCE_KINDS.join(', ')} (optionally kind/name)`);
        }
        const k = kind;
        if (!selection.kinds.includes(k))
            selection.kinds.push(k);
        if (name)
            (selection.names[k] ??= []).push(name);
    }
    return selection;
}
/** `message-flood, churn,` → the names, trimmed (input `simulations`, `--simulations`). */
function nameList(raw) {
    return raw
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./src/simulate/provision/marks.ts
var marks = __webpack_require__(80520);
;// CONCATENATED MODULE: ./src/action/settings.ts
/** The only module that reads action inputs: it turns them into typed, validated settings or throws. */










function getSettings(env = process.env) {
    const command = (actions_core/* getInput */.V4(constants/* Inputs */.G0.Command) || 'validate');
    if (!constants/* COMMANDS */.Lo.includes(command)) {
        throw new Error(`Input "${constants/* Inputs */.G0.Command}" is "${command}"; expected one of ${constants/* COMMANDS */.Lo.join(', ')}`);
    }
    const config = workspaceRelative(actions_core/* getInput */.V4(constants/* Inputs */.G0.Config) || file_format/* DEFAULT_CONFIG_PATH */.Bi, env.GITHUB_WORKSPACE);
    const region = actions_core/* getInput */.V4(constants/* Inputs */.G0.Region);
    const identity = actions_core/* getInput */.V4(constants/* Inputs */.G0.Identity);
    const planFile = actions_core/* getInput */.V4(constants/* Inputs */.G0.PlanFile);
    return {
        command,
        config,
        failOnWarnings: booleanInput(constants/* Inputs */.G0.FailOnWarnings),
        target: iotTarget(),
        ...(region ? { region } : {}),
        prune: booleanInput(constants/* Inputs */.G0.Prune),
        adopt: booleanInput(constants/* Inputs */.G0.Adopt),
        ...(identity ? { identity } : {}),
        importFile: actions_core/* getInput */.V4(constants/* Inputs */.G0.ImportFile) || config,
        ...(actions_core/* getInput */.V4(constants/* Inputs */.G0.Kinds)
            ? { selection: parseSelection(actions_core/* getInput */.V4(constants/* Inputs */.G0.Kinds)) }
            : {}),
        comment: commentMode(),
        githubToken: actions_core/* getInput */.V4(constants/* Inputs */.G0.GitHubToken),
        ...(command === 'plan'
            ? { planFile: planFile || stepPlanFile(config, identity || config, env) }
            : {}),
        ...(command === 'apply' && planFile ? { savedPlan: planFile } : {}),
        ...lockTimeout(),
        ...(command === 'simulate' || command === 'run' ? { simulate: simulateSettings(env) } : {}),
        ...(command === 'cleanup'
            ? {
                cleanup: actions_core/* getInput */.V4(constants/* Inputs */.G0.OlderThan)
                    ? { olderThan: actions_core/* getInput */.V4(constants/* Inputs */.G0.OlderThan) }
                    : {}
            }
            : {})
    };
}
/** The shards of a matrix share the workflow run's id; the ledger lives in this job's RUNNER_TEMP. */
function simulateSettings(env) {
    const simulations = nameList(actions_core/* getInput */.V4(constants/* Inputs */.G0.Simulations));
    const shard = actions_core/* getInput */.V4(constants/* Inputs */.G0.Shard);
    const runId = env.GITHUB_RUN_ID
        ? (0,marks/* gitHubRunId */.a$)(env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT)
        : undefined;
    const step = (env.GITHUB_ACTION || 'simulate').replace(/[^\w.-]/g, '_');
    return {
        simulations,
        ...(shard ? { shard } : {}),
        ...(runId ? { runId } : {}),
        ...(env.RUNNER_TEMP
            ? { ledgerFile: external_node_path_default().join(env.RUNNER_TEMP, `ddac-ledger-${step}.jsonl`) }
            : {})
    };
}
function commentMode() {
    const mode = (actions_core/* getInput */.V4(constants/* Inputs */.G0.Comment) || 'always');
    if (!constants/* COMMENT_MODES */.p8.includes(mode))
        throw new Error(`Input "${constants/* Inputs */.G0.Comment}" is "${mode}"; expected one of ${constants/* COMMENT_MODES */.p8.join(', ')}`);
    return mode;
}
function lockTimeout() {
    const value = actions_core/* getInput */.V4(constants/* Inputs */.G0.LockTimeout);
    if (value === '')
        return {};
    if (!/^\d{1,5}$/.test(value))
        throw new Error(`Input "${constants/* Inputs */.G0.LockTimeout}" is "${value}"; expected a whole number of seconds`);
    return { lockTimeoutSeconds: Number(value) };
}
/**
 * A plan file of this step's own: two plan steps in one job (two files, or one file twice) must not
 * overwrite each other's plan. GITHUB_ACTION names the step; the hash tells files apart without it.
 */
function stepPlanFile(config, identity, env) {
    const step = (env.GITHUB_ACTION || 'plan').replace(/[^\w.-]/g, '_');
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${config}\n${identity}`).digest('hex').slice(0, 8);
    return external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `ddac-plan-${step}-${hash}.json`);
}
function iotTarget() {
    const target = actions_core/* getInput */.V4(constants/* Inputs */.G0.Target) || 'aws';
    if (target !== 'aws' && target !== 'local')
        throw new Error(`Input "${constants/* Inputs */.G0.Target}" is "${target}"; expected aws or local`);
    return (0,commands_target/* targetFrom */.C)({
        local: target === 'local',
        endpoint: actions_core/* getInput */.V4(constants/* Inputs */.G0.Endpoint) || undefined,
        timeout: secondsInput(constants/* Inputs */.G0.Timeout),
        connectTimeout: secondsInput(constants/* Inputs */.G0.ConnectTimeout)
    });
}
function secondsInput(name) {
    const value = actions_core/* getInput */.V4(name);
    return value === '' ? undefined : (0,timeouts/* parseSeconds */.fL)(value, `Input "${name}"`);
}
/** Like core.getBooleanInput, but an unset input (a local run without action.yml defaults) is false. */
function booleanInput(name) {
    return actions_core/* getInput */.V4(name) === '' ? false : actions_core/* getBooleanInput */.Vt(name);
}
function workspaceRelative(file, workspace) {
    if (!external_node_path_default().isAbsolute(file) || !workspace)
        return external_node_path_default().normalize(file);
    const rel = external_node_path_default().relative(workspace, file);
    return rel.startsWith('..') ? file : rel;
}


/***/ }),

/***/ 82653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ DEFAULT_TIMEOUTS),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   jd: () => (/* binding */ timeoutsFrom)
/* harmony export */ });
/** The timeouts of each AWS request, apart from the client so the CLI's flags load no SDK. */
/** An IoT control-plane call answers in well under a second; these catch an endpoint that never does. */
const DEFAULT_TIMEOUTS = { connectMs: 10_000, responseMs: 30_000 };
/** A timeout in seconds from a flag or an input: a positive number. */
function parseSeconds(value, what) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
        throw new Error(`${what} is "${value}"; expected a number of seconds above 0, such as 30 or 2.5`);
    return n;
}
/** Timeouts from seconds (flags, inputs); only those given. */
function timeoutsFrom(seconds) {
    return {
        ...(seconds.timeout !== undefined ? { responseMs: seconds.timeout * 1000 } : {}),
        ...(seconds.connectTimeout !== undefined ? { connectMs: seconds.connectTimeout * 1000 } : {})
    };
}


/***/ }),

/***/ 16465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ targetFrom),
/* harmony export */   Z: () => (/* binding */ resolveRegion),
/* harmony export */   withIot: () => (/* binding */ withIot)
/* harmony export */ });
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90333);
/* harmony import */ var _aws_timeouts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82653);


/** The region a command uses: the flag, then AWS_REGION / AWS_DEFAULT_REGION, then us-east-1 for emulators. */
function resolveRegion(target, region, env = process.env) {
    const chosen = region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (chosen)
        return chosen;
    if (target.kind === 'aws')
        throw new _util_words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By((w) => `No AWS region: ${w.setRegion} or set AWS_REGION (or ${w.useLocal} to try without AWS)`);
    return 'us-east-1';
}
/**
 * Parse the `--local` / `--endpoint` pair and the timeouts in seconds (or the action's `target`, `endpoint`,
 * `timeout` and `connect-timeout` inputs).
 */
function targetFrom(options) {
    const timeouts = (0,_aws_timeouts_js__WEBPACK_IMPORTED_MODULE_1__/* .timeoutsFrom */ .jd)(options);
    return { ...where(options), ...(Object.keys(timeouts).length ? { timeouts } : {}) };
}
function where(options) {
    if (options.local && options.endpoint)
        throw new _util_words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By((w) => `Choose the local emulator or an endpoint, not both (${w.localOrEndpoint})`);
    if (options.local)
        return { kind: 'local' };
    if (options.endpoint) {
        let url;
        try {
            url = new URL(options.endpoint);
        }
        catch {
            throw new Error(`The endpoint ${options.endpoint} is not a URL (e.g. http://127.0.0.1:4566)`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`The endpoint ${options.endpoint} must be an http or https URL`);
        return { kind: 'endpoint', url: options.endpoint };
    }
    return { kind: 'aws' };
}
/** Run `fn` with an IoT client for the target; an in-process emulator lives exactly as long as `fn`. */
async function withIot(target, region, fn, signals = {}) {
    const resolved = resolveRegion(target, region);
    // Loaded on demand, like the emulator: reading settings and validating never evaluate the AWS SDK.
    const { createIotClient, isLoopback } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(521), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 34521));
    const emulator = target.kind === 'local' ? await startLocal(target, resolved) : undefined;
    const endpoint = emulator?.endpoint ?? (target.kind === 'endpoint' ? target.url : undefined);
    const timeouts = target.timeouts ? { timeouts: target.timeouts } : {};
    const options = {
        endpoint,
        region: resolved,
        // An idle in-process emulator needs no pacing; one enforcing AWS quotas does.
        ...(emulator
            ? { local: true, pace: target.kind === 'local' && target.emulator?.throttle === true }
            : {})
    };
    const client = createIotClient({ ...options, ...signals, ...timeouts });
    // Timeouts but no stop: the lease must be released, and teardown must run, after a cancel.
    const control = createIotClient({ ...options, ...timeouts });
    try {
        return await fn({
            client,
            control,
            region: resolved,
            endpoint,
            local: emulator !== undefined || (endpoint !== undefined && isLoopback(endpoint)),
            ...(emulator
                ? { localCaPem: emulator.caCertificatePem, timeScale: emulator.detect.timing.scale }
                : {})
        });
    }
    finally {
        client.destroy();
        control.destroy();
        await emulator?.stop();
    }
}
/** The in-process emulator of `--local`, with its broker and its Audit engine. */
async function startLocal(target, region) {
    // Loaded on demand: commands that never emulate do not load the CA's X.509 stack.
    const { startEmulator } = await Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(814), __webpack_require__.e(769), __webpack_require__.e(910)]).then(__webpack_require__.bind(__webpack_require__, 43910));
    return startEmulator({ region, broker: true, audit: true, ...target.emulator });
}


/***/ }),

/***/ 42748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   pf: () => (/* binding */ ENTRY_KINDS),
/* harmony export */   rX: () => (/* reexport safe */ _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__.rX),
/* harmony export */   sb: () => (/* binding */ FILE_VERSION)
/* harmony export */ });
/* unused harmony exports AUDIT_CONFIGURATION_REQUEST, SCENARIOS */
/* harmony import */ var _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25391);

const FILE_VERSION = 1;
const DEFAULT_CONFIG_PATH = 'device-defender.yml';
const ENTRY_KINDS = [
    {
        key: 'customMetrics',
        request: 'CreateCustomMetricRequest',
        nameMember: 'metricName',
        omit: ['clientRequestToken'],
        label: 'custom metric'
    },
    {
        key: 'dimensions',
        request: 'CreateDimensionRequest',
        nameMember: 'name',
        omit: ['clientRequestToken'],
        label: 'dimension'
    },
    {
        key: 'mitigationActions',
        request: 'CreateMitigationActionRequest',
        nameMember: 'actionName',
        omit: [],
        label: 'mitigation action'
    },
    {
        key: 'securityProfiles',
        request: 'CreateSecurityProfileRequest',
        nameMember: 'securityProfileName',
        omit: [],
        label: 'security profile'
    },
    {
        key: 'scheduledAudits',
        request: 'CreateScheduledAuditRequest',
        nameMember: 'scheduledAuditName',
        omit: [],
        label: 'scheduled audit'
    }
];
function entryKind(key) {
    return ENTRY_KINDS.find((k) => k.key === key);
}
const AUDIT_CONFIGURATION_REQUEST = 'UpdateAccountAuditConfigurationRequest';
const SCENARIOS = (/* unused pure expression or super */ null && ([
    'baseline',
    'anomaly',
    'auth-failures',
    'connection-churn',
    'disconnects',
    'shared-certificate'
]));
/** Fixed account-level targets (src/model); thing groups are named or given as ARNs. */



/***/ }),

/***/ 25391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ QUOTAS_SUMMARY),
/* harmony export */   Bt: () => (/* binding */ MAX_METRIC_VALUES_PER_PROFILE),
/* harmony export */   FH: () => (/* binding */ MAX_GROUP_DEPTH),
/* harmony export */   Sg: () => (/* binding */ MAX_PROFILES_PER_TARGET),
/* harmony export */   Uh: () => (/* binding */ MAX_RUNNING_DETECT_TASKS),
/* harmony export */   rX: () => (/* binding */ ACCOUNT_TARGETS),
/* harmony export */   u: () => (/* binding */ MAX_POLICIES_PER_TARGET),
/* harmony export */   v5: () => (/* binding */ MAX_GROUPS_PER_THING),
/* harmony export */   x3: () => (/* binding */ MAX_TAGS),
/* harmony export */   yL: () => (/* binding */ MAX_RUNNING_AUDITS),
/* harmony export */   yo: () => (/* binding */ ACCOUNT_QUOTAS),
/* harmony export */   yt: () => (/* binding */ MAX_POLICY_CHARS)
/* harmony export */ });
/**
 * AWS IoT resource quotas and the account-level security profile targets: one home for these facts, read by
 * the profile file's validation (src/config), the client's error messages (src/aws) and the emulator
 * (src/local). Sources: the Device Defender and AWS IoT Core quotas pages (NOTES.md §11).
 */
/** The fixed account-level targets of a security profile; thing groups are the other kind. */
const ACCOUNT_TARGETS = [
    'all/registered-things',
    'all/unregistered-things',
    'all/things'
];
/** Per-account counts of Device Defender resources. */
const ACCOUNT_QUOTAS = {
    customMetrics: { max: 100, adjustable: true, code: 'L-53A90E98' },
    dimensions: { max: 10, adjustable: false, code: 'L-8B5F47E6' },
    mitigationActions: { max: 100, adjustable: false, code: 'L-1A084077' },
    scheduledAudits: { max: 5, adjustable: false, code: 'L-0D30EFBA' }
};
/** Security profiles per target, thing group or account target (L-FF03CD81, not adjustable). */
const MAX_PROFILES_PER_TARGET = 5;
/** Behavior metric value elements per profile (L-971FA845, not adjustable). */
const MAX_METRIC_VALUES_PER_PROFILE = 1000;
/** On-demand audits in progress at once (L-1EF777B4). */
const MAX_RUNNING_AUDITS = 10;
/** Detect mitigation tasks running at once. */
const MAX_RUNNING_DETECT_TASKS = 5;
/** Tags per resource (the CloudFormation schemas of these resources cap them at 50; the API rejects more). */
const MAX_TAGS = 50;
/** Policies per certificate or thing group, and a policy document's size without whitespace (IoT Core). */
const MAX_POLICIES_PER_TARGET = 10;
const MAX_POLICY_CHARS = 2048;
/** Thing groups per thing, and the depth of a group hierarchy (IoT Core). */
const MAX_GROUPS_PER_THING = 10;
const MAX_GROUP_DEPTH = 7;
/** The Device Defender quotas in one sentence, for error messages. */
const QUOTAS_SUMMARY = `Device Defender quotas: ${MAX_PROFILES_PER_TARGET} security profiles per target, ` +
    `${ACCOUNT_QUOTAS.customMetrics.max} custom metrics, ${ACCOUNT_QUOTAS.dimensions.max} dimensions, ` +
    `${ACCOUNT_QUOTAS.mitigationActions.max} mitigation actions, ${ACCOUNT_QUOTAS.scheduledAudits.max} scheduled audits`;


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
/* harmony export */   a$: () => (/* binding */ gitHubRunId),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   g1: () => (/* binding */ CREATED_ATTRIBUTE),
/* harmony export */   iz: () => (/* binding */ simulationPrefix),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   ve: () => (/* binding */ NAME_PREFIX),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
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


/***/ })

};
