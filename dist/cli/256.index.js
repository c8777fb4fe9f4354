export const id = 256;
export const ids = [256];
export const modules = {

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


/***/ })

};
