export const id = 613;
export const ids = [613,104];
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

/***/ 89613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupCommand: () => (/* binding */ cleanupCommand)
});

// UNUSED EXPORTS: DEFAULT_OLDER_THAN, olderThanMs

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
;// CONCATENATED MODULE: ./src/report/cleanup.ts
const what = (o) => o.found === 0
    ? `no leftovers of simulation runs older than ${o.olderThan}`
    : `${o.found} leftover resource(s) of ${o.runs.length} run(s) older than ${o.olderThan}`;
function renderCleanupText(o) {
    const lines = [`ddac cleanup: ${what(o)}`];
    if (o.runs.length)
        lines.push(`runs: ${o.runs.join(', ')}`);
    for (const r of o.resources)
        lines.push(`  ${o.dryRun ? 'would remove' : 'removed'} ${r}`);
    if (o.found && !o.dryRun)
        lines.push(`removed ${o.removed}, failed ${o.failures.length}`);
    for (const f of o.failures)
        lines.push(`  could not remove ${f}`);
    return lines.join('\n') + '\n';
}
function renderCleanupMarkdown(o) {
    const parts = [`## ddac cleanup ${o.failures.length ? '⚠️' : '✅'} ${what(o)}`, ''];
    if (o.runs.length)
        parts.push(`Runs: ${o.runs.map((r) => `\`${r}\``).join(', ')}`, '');
    if (o.resources.length)
        parts.push(`| ${o.dryRun ? 'would remove' : 'removed'} |`, '|---|', ...o.resources.map((r) => `| ${r} |`), '');
    if (o.failures.length)
        parts.push('Could not remove:', '', ...o.failures.map((f) => `- ${f}`), '');
    return parts.join('\n');
}
function cleanupOutputs(o) {
    return { removed: o.removed, 'cleanup-failures': o.failures.length };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(68268);
// EXTERNAL MODULE: ./src/simulate/provision/marks.ts
var marks = __webpack_require__(80520);
;// CONCATENATED MODULE: ./src/simulate/provision/cleanup.ts
/**
 * `ddac cleanup --older-than`: find what simulation runs left behind (a killed runner, a post step that never
 * ran) by the marks every run puts on what it creates, and turn it into ledger entries for teardown. Only
 * resources that carry a run id's marks and are older than the bound are touched: a run in progress keeps its
 * things, and nothing unmarked is ever a candidate.
 */




const tagsOf = async (iot, resourceArn) => {
    const out = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn })));
    return new Map((out?.tags ?? []).map((t) => [t.Key, t.Value ?? '']));
};
/** A certificate is this run's when its subject names one of the run's things (set from the CSR). */
async function isRunCertificate(iot, certificateArn, runId) {
    const id = certificateArn.slice(certificateArn.lastIndexOf('/') + 1);
    const out = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeCertificateCommand */.iIX({ certificateId: id })));
    const pem = out?.certificateDescription?.certificatePem;
    if (!pem)
        return undefined;
    const cn = /(?:^|\n)CN=([^\n]+)/.exec(new external_node_crypto_.X509Certificate(pem).subject)?.[1];
    return cn && (0,marks/* runIdOf */.SR)(cn) === runId ? id : undefined;
}
async function findLeftovers(iot, options) {
    const cutoff = Math.floor(((options.now ?? Date.now()) - options.olderThanMs) / 1000);
    const old = (created) => created !== undefined && Number(created) <= cutoff;
    const runs = new Set();
    const entries = [];
    const things = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListThings */.rR8)({ client: iot }, {}), (p) => p.things);
    for (const t of things) {
        const runId = t.attributes?.[marks/* RUN_ATTRIBUTE */.BE];
        if (!runId || !marks/* RUN_ID_PATTERN */.z6.test(runId) || (0,marks/* runIdOf */.SR)(t.thingName) !== runId)
            continue;
        if (!old(t.attributes?.[marks/* CREATED_ATTRIBUTE */.g1]))
            continue;
        runs.add(runId);
        const principals = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListThingPrincipals */.fAD)({ client: iot }, { thingName: t.thingName }), (p) => p.principals);
        for (const arn of principals) {
            const id = await isRunCertificate(iot, arn, runId);
            if (id && !entries.some((e) => e.kind === 'certificate' && e.id === id))
                entries.push({ kind: 'certificate', id, arn });
        }
        entries.push({ kind: 'thing', name: t.thingName });
    }
    const policies = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListPolicies */.ebv)({ client: iot }, {}), (p) => p.policies);
    for (const p of policies) {
        const runId = (0,marks/* runIdOf */.SR)(p.policyName ?? '');
        if (!p.policyName?.startsWith(marks/* NAME_PREFIX */.ve) || !runId)
            continue;
        const tags = await tagsOf(iot, p.policyArn);
        if (tags.get(marks/* RUN_TAG */.R2) !== runId || !old(tags.get(marks/* CREATED_TAG */.Mb)))
            continue;
        runs.add(runId);
        entries.push({ kind: 'policy', name: p.policyName });
    }
    // Groups keep the file's names, so only their tags tell a run's own from the user's.
    const groups = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListThingGroups */.sXr)({ client: iot }, {}), (p) => p.thingGroups);
    for (const g of groups) {
        const tags = await tagsOf(iot, g.groupArn);
        const runId = tags.get(marks/* RUN_TAG */.R2);
        if (!runId || !marks/* RUN_ID_PATTERN */.z6.test(runId) || !old(tags.get(marks/* CREATED_TAG */.Mb)))
            continue;
        runs.add(runId);
        entries.push({ kind: 'thingGroup', name: g.groupName });
    }
    return { runs: [...runs].sort(), entries };
}

// EXTERNAL MODULE: ./src/simulate/provision/teardown.ts
var teardown = __webpack_require__(21104);
;// CONCATENATED MODULE: ./src/simulate/provision/remove-leftovers.ts


function describeEntry(e) {
    switch (e.kind) {
        case 'certificate':
            return `certificate ${e.id}`;
        case 'membership':
            return `${e.thing} in thing group ${e.group}`;
        case 'thingGroup':
            return `thing group ${e.name}`;
        default:
            return `${e.kind} ${e.name}`;
    }
}
async function removeLeftovers(options) {
    const found = await findLeftovers(options.iot, {
        olderThanMs: options.olderThanMs,
        ...(options.now !== undefined ? { now: options.now } : {})
    });
    const dryRun = options.dryRun ?? false;
    const result = dryRun ? { removed: 0, failures: [] } : await (0,teardown.teardown)(options.iot, found.entries);
    return {
        olderThan: options.olderThan,
        dryRun,
        runs: found.runs,
        found: found.entries.length,
        resources: found.entries.map(describeEntry),
        ...result
    };
}

;// CONCATENATED MODULE: ./src/commands/cleanup.ts
/** `cleanup --older-than 2h`: remove what simulation runs that never reached teardown left, by their marks. */



const DEFAULT_OLDER_THAN = '2h';
function olderThanMs(text) {
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined)
        throw new Error(`older-than "${text}" is not a duration such as 30m or 2h`);
    return ms;
}
async function cleanupCommand(opts, session) {
    const olderThan = opts.olderThan ?? DEFAULT_OLDER_THAN;
    const ms = olderThanMs(olderThan);
    opts.log(`looking for simulation leftovers older than ${olderThan}`);
    const outcome = await removeLeftovers({
        iot: session.client,
        olderThan,
        olderThanMs: ms,
        ...(opts.dryRun ? { dryRun: true } : {}),
        ...(opts.now !== undefined ? { now: opts.now } : {})
    });
    return {
        ok: outcome.failures.length === 0,
        ...(outcome.failures.length
            ? { failure: `could not remove ${outcome.failures.length} leftover(s)` }
            : {}),
        text: renderCleanupText(outcome),
        markdown: renderCleanupMarkdown(outcome),
        problems: [],
        outputs: cleanupOutputs(outcome)
    };
}


/***/ }),

/***/ 21104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   teardown: () => (/* binding */ teardown)
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
