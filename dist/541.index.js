export const id = 541;
export const ids = [541];
export const modules = {

/***/ 52541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importCommand: () => (/* binding */ importCommand),
/* harmony export */   renderProfileYaml: () => (/* binding */ renderProfileYaml)
/* harmony export */ });
/* unused harmony exports sharedIdentity, profileFromResources */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _resources_adapters_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37043);
/* harmony import */ var _resources_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48017);
/* harmony import */ var _config_file_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42748);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90131);





// Kept apart so reading the action's inputs does not load the AWS SDK.

/**
 * The identity the imported resources are managed by, when they agree on one: written into the file, so it
 * plans as theirs wherever it is saved (the default identity follows the file's path). Unmanaged resources
 * have none; the file's own identity adopts them.
 */
function sharedIdentity(resources) {
    const owners = new Set(resources.map((r) => r.ownership.managedBy).filter((m) => m !== undefined));
    return owners.size === 1 ? [...owners][0] : undefined;
}
function profileFromResources(resources) {
    const identity = sharedIdentity(resources);
    const file = { version: _config_file_format_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_VERSION */ .sb, ...(identity ? { identity } : {}) };
    for (const adapter of _resources_adapters_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ADAPTERS */ .R2) {
        const mine = resources
            .filter((r) => r.kind === adapter.kind)
            .sort((a, b) => a.name.localeCompare(b.name));
        if (mine.length === 0)
            continue;
        Object.assign(file, (0,_resources_adapters_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fileMembers */ .gY)(adapter, mine));
    }
    return file;
}
async function importCommand(input) {
    const actual = await (0,_resources_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readAccount */ .GM)(input.iot, {
        ...(input.kinds ? { kinds: input.kinds } : {}),
        ...(input.names ? { names: input.names } : {})
    });
    return profileFromResources(actual.resources);
}
function renderProfileYaml(file, origin) {
    return `# yaml-language-server: $schema=${_config_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_ID */ .Ew}\n# Imported by ddac from ${origin}.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(file, { lineWidth: 0 })}`;
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
