export const id = 187;
export const ids = [187,256];
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


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hasChanges: () => (/* binding */ hasChanges),
  planCounts: () => (/* binding */ planCounts),
  MM: () => (/* binding */ planHeadline),
  renderPlanMarkdown: () => (/* binding */ renderPlanMarkdown),
  renderPlanText: () => (/* binding */ renderPlanText)
});

// UNUSED EXPORTS: MARKDOWN_WIDTH, MAX_DETAILS_CHARS, changeLines

// EXTERNAL MODULE: ./src/resources/adapters/index.ts + 8 modules
var adapters = __webpack_require__(37043);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __webpack_require__(89256);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/resources/normalize.ts
var normalize = __webpack_require__(90990);
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
    const doc = new dist/* Document */.yo(value);
    const tags = (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get('tags', true) : undefined;
    if ((0,dist/* isSeq */.oP)(tags))
        for (const t of tags.items)
            if ((0,dist/* isMap */.jh)(t))
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
    const adapter = (0,adapters/* adapterFor */.fA)(c.kind);
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
    for (const part of diffArrays(before, added)) {
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
const tagText = (Key, Value) => (0,dist/* stringify */.As)({ Key, Value }, { collectionStyle: 'flow', lineWidth: 0 }).trim();
/** Every line of one change; `width` caps each line (Infinity: no cap, for a terminal). */
function diffLines(c, width = Infinity) {
    const adapter = (0,adapters/* adapterFor */.fA)(c.kind);
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
        .map((u) => `- ${(0,adapters/* adapterFor */.fA)(u.kind).label} ${(0,markdown/* code */.aY)(u.name)}${u.managedBy ? ` (managed by ${(0,markdown/* code */.aY)(u.managedBy)})` : ''}`)
        .join('\n');
}
function renderPlanMarkdown(plan, heading = `## ${planIcon(plan)} ddac plan: ${planHeadline(plan)}`) {
    const out = [`${heading}\n`];
    const warnings = plan.changes.flatMap((c) => c.warnings.map((w) => `${(0,adapters/* adapterFor */.fA)(c.kind).label} ${(0,markdown/* code */.aY)(c.name)}: ${w}`));
    const blockers = (0,diff.refusals)(plan);
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
                (0,adapters/* adapterFor */.fA)(c.kind).label,
                (0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(c.name, NAME_CELL)),
                `${summaryOf(c)}${refused ? ` — ⛔ refused: ${(0,markdown/* cell */.Hn)(refused)}` : ''}`,
                ORIGIN[c.origin]
            ];
        })));
        const details = plan.changes.map((c) => {
            const lines = diffLines(c, MARKDOWN_WIDTH);
            const open = lines.length <= OPEN_LINES && plan.changes.length <= OPEN_CHANGES ? ' open' : '';
            return `\n<details${open}><summary>${SYMBOL[c.action]} ${(0,adapters/* adapterFor */.fA)(c.kind).label} <code>${(0,markdown/* cell */.Hn)(c.name)}</code></summary>\n\n${(0,markdown/* fenced */.OF)('diff', diffText(lines))}</details>\n`;
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
                .map((c) => `- ${(0,adapters/* adapterFor */.fA)(c.kind).label} ${(0,markdown/* code */.aY)(c.name)}: ${driftedParts(c).join(', ') || summaryOf(c)}`)
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
        lines.push(`${SYMBOL[c.action]} ${c.action} ${(0,adapters/* adapterFor */.fA)(c.kind).label} ${c.name}${TEXT_ORIGIN[c.origin] ?? ''}${refused ? `  [refused: ${refused}]` : ''}`);
        lines.push(diffText(diffLines(c), '    '));
        for (const w of c.warnings)
            lines.push(`    ! ${w}`);
    }
    for (const r of (0,diff.refusals)(plan))
        lines.push(`✗ apply refuses: ${r}`);
    for (const o of plan.orphans)
        lines.push(`· ${(0,adapters/* adapterFor */.fA)(o.kind).label} ${o.name}: left the file; kept (apply --prune deletes it)`);
    const counts = planCounts(plan);
    if (counts.foreign) {
        const foreign = plan.unmanaged.filter((u) => u.managedBy !== undefined);
        const named = foreign
            .slice(0, NAMES_PER_LINE)
            .map((u) => `${(0,adapters/* adapterFor */.fA)(u.kind).label} ${u.name} (${u.managedBy})`);
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


/***/ })

};
