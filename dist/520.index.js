export const id = 520;
export const ids = [520];
export const modules = {

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


/***/ })

};
