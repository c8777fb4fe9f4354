export const id = 104;
export const ids = [104];
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
