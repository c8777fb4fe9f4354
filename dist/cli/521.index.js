export const id = 521;
export const ids = [521];
export const modules = {

/***/ 34521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createIotClient: () => (/* binding */ createIotClient),
  isLoopback: () => (/* binding */ isLoopback),
  wasStopped: () => (/* binding */ wasStopped)
});

// UNUSED EXPORTS: LOCAL_CREDENTIALS, NotSentError

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var core_dist_cjs = __webpack_require__(90402);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(61279);
// EXTERNAL MODULE: ./src/model/quotas.ts
var model_quotas = __webpack_require__(60856);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(99378);
;// CONCATENATED MODULE: ./node_modules/p-throttle/index.js
const states = new WeakMap();
const signalThrottleds = new WeakMap(); // AbortSignal -> {throttleds: Set<WeakRef>, listener: Function}

const finalizationRegistry = new FinalizationRegistry(({signalWeakRef, weakReference}) => {
	const signal = signalWeakRef.deref();
	if (!signal) {
		return; // Signal already GC'd
	}

	const registration = signalThrottleds.get(signal);
	if (registration) {
		registration.throttleds.delete(weakReference);
		if (registration.throttleds.size === 0) {
			// Remove the abort listener when no throttleds remain
			signal.removeEventListener('abort', registration.listener);
			signalThrottleds.delete(signal);
		}
	}
});

function pThrottle({limit, interval, strict, signal, onDelay, weight}) {
	if (!Number.isFinite(limit)) {
		throw new TypeError('Expected `limit` to be a finite number');
	}

	if (!Number.isFinite(interval)) {
		throw new TypeError('Expected `interval` to be a finite number');
	}

	if (limit < 0) {
		throw new TypeError('Expected `limit` to be >= 0');
	}

	if (interval < 0) {
		throw new TypeError('Expected `interval` to be >= 0');
	}

	if (weight !== undefined && typeof weight !== 'function') {
		throw new TypeError('Expected `weight` to be a function');
	}

	if (weight && interval === 0) {
		throw new TypeError('The `weight` option cannot be used with `interval` of 0');
	}

	// TODO: Uncomment in next major version (breaking change)
	// The combination of strict mode with interval=0 doesn't enforce the limit correctly
	// (minSpacing becomes 0, allowing unlimited calls in the same millisecond).
	// For now, we allow it to avoid breaking existing code, but it should be rejected in v9.
	// if (strict && interval === 0) {
	// 	throw new TypeError('The `strict` option cannot be used with `interval` of 0');
	// }

	const state = {
		queue: new Map(),
		strictTicks: [],
		// Track windowed algorithm state so it can be reset on abort
		currentTick: 0,
		activeWeight: 0,
	};
	const strictCapacity = Math.max(limit, 1);

	// Helper: insert tick maintaining sorted order by time (for weighted strict mode)
	const insertTickSorted = tickRecord => {
		// Optimization: append if it belongs at the end (common case - O(1))
		if (state.strictTicks.length === 0 || tickRecord.time >= state.strictTicks.at(-1).time) {
			state.strictTicks.push(tickRecord);
		} else {
			// Insert at correct position (rare case - O(n))
			const insertIndex = state.strictTicks.findIndex(tick => tick.time > tickRecord.time);
			state.strictTicks.splice(insertIndex, 0, tickRecord);
		}
	};

	function windowedDelay(requestWeight) {
		const now = Date.now();

		if ((now - state.currentTick) > interval) {
			state.activeWeight = requestWeight;
			state.currentTick = now;
			return 0;
		}

		if (state.activeWeight + requestWeight <= limit) {
			state.activeWeight += requestWeight;
		} else {
			state.currentTick += interval;
			state.activeWeight = requestWeight;
		}

		return state.currentTick - now;
	}

	function weightedDelay(requestWeight, now, ticks) {
		// Check both the requested time and future reservations that would share a window with this call. A smaller call must not steal capacity already reserved for a later, heavier call.
		const findBlockingTick = time => {
			let windowStart = 0;
			let windowWeight = 0;

			for (const [index, tick] of ticks.entries()) {
				if (tick.time >= time + interval) {
					break;
				}

				windowWeight += tick.weight;
				const windowEnd = Math.max(time, tick.time);
				while (windowStart <= index && ticks[windowStart].time <= windowEnd - interval) {
					windowWeight -= ticks[windowStart].weight;
					windowStart++;
				}

				if (windowWeight + requestWeight > limit) {
					return ticks[windowStart];
				}
			}
		};

		let nextExecutionTime = now;
		let blockingTick = findBlockingTick(nextExecutionTime);
		while (blockingTick) {
			nextExecutionTime = blockingTick.time + interval;
			blockingTick = findBlockingTick(nextExecutionTime);
		}

		const tickRecord = {
			time: nextExecutionTime,
			weight: requestWeight,
			isExecuted: false,
		};
		insertTickSorted(tickRecord);
		return {delay: Math.max(0, nextExecutionTime - now), tickRecord};
	}

	function strictDelay(requestWeight) {
		const now = Date.now();

		// Clear the queue if there's a significant delay since the last execution
		if (state.strictTicks.length > 0 && now - state.strictTicks.at(-1).time > interval) {
			state.strictTicks.length = 0;
		}

		// For weighted throttling, use time-based sliding window
		if (weight) {
			// Remove ticks outside the current interval window
			while (state.strictTicks.length > 0 && now - state.strictTicks[0].time >= interval) {
				state.strictTicks.shift();
			}

			return weightedDelay(requestWeight, now, state.strictTicks);
		}

		// For non-weighted throttling, use count-based queue (original algorithm)
		// If the queue is not full (treat limit 0 as capacity 1 for seeding), add the current time and execute immediately
		if (state.strictTicks.length < strictCapacity) {
			state.strictTicks.push({time: now, weight: requestWeight});
			return {delay: 0};
		}

		// Calculate next execution time: must be after oldest + interval,
		// AND must be after the most recent to prevent multiple calls bunching up
		const oldestTime = state.strictTicks[0].time;
		const mostRecentTime = state.strictTicks.at(-1).time;
		const baseTime = oldestTime + interval;
		// Add minimum spacing to prevent bunching (except for interval=0)
		const minSpacing = interval > 0 ? Math.ceil(interval / strictCapacity) : 0;
		const nextExecutionTime = baseTime <= mostRecentTime ? mostRecentTime + minSpacing : baseTime;

		// Shift the queue and add a record for the new execution
		state.strictTicks.shift();
		const tickRecord = {time: nextExecutionTime, weight: requestWeight};
		state.strictTicks.push(tickRecord);

		// Calculate the delay for the current execution
		return {delay: Math.max(0, nextExecutionTime - now), tickRecord};
	}

	const getDelay = strict ? strictDelay : windowedDelay;

	return function_ => {
		const throttled = function (...arguments_) {
			if (!throttled.isEnabled) {
				return (async () => function_.apply(this, arguments_))();
			}

			let timeoutId;
			return new Promise((resolve, reject) => {
				// Calculate weight for this call
				let requestWeight = 1;
				if (weight) {
					try {
						requestWeight = weight(...arguments_);
					} catch (error) {
						reject(error);
						return;
					}

					// Validate weight
					if (!Number.isFinite(requestWeight) || requestWeight < 0) {
						reject(new TypeError('Expected `weight` to be a finite non-negative number'));
						return;
					}

					if (requestWeight > limit) {
						reject(new TypeError(`Expected \`weight\` (${requestWeight}) to be <= \`limit\` (${limit})`));
						return;
					}
				}

				const delayResult = getDelay(requestWeight);
				const delay = strict ? delayResult.delay : delayResult;
				let tickRecord = strict ? delayResult.tickRecord : undefined;

				const execute = () => {
					// Revalidate weighted calls at execution time to account for timer drift
					if (tickRecord) {
						const actualTime = Date.now();

						if (weight) {
							const index = state.strictTicks.indexOf(tickRecord);
							if (index !== -1) {
								state.strictTicks.splice(index, 1);
							}

							const executedTicks = state.strictTicks.filter(tick => tick.isExecuted);
							const updatedDelayResult = weightedDelay(requestWeight, actualTime, executedTicks);
							tickRecord = updatedDelayResult.tickRecord;

							if (updatedDelayResult.delay > 0) {
								state.queue.delete(timeoutId);
								timeoutId = setTimeout(execute, updatedDelayResult.delay);
								state.queue.set(timeoutId, reject);
								return;
							}

							tickRecord.isExecuted = true;
						} else {
							tickRecord.time = actualTime;
						}
					}

					try {
						resolve(function_.apply(this, arguments_));
					} catch (error) {
						reject(error);
					}

					state.queue.delete(timeoutId);
				};

				if (delay > 0) {
					timeoutId = setTimeout(execute, delay);
					state.queue.set(timeoutId, reject);
					try {
						onDelay?.(...arguments_);
					} catch {}
				} else {
					execute();
				}
			});
		};

		signal?.throwIfAborted();

		if (signal) {
			let registration = signalThrottleds.get(signal);
			if (!registration) {
				registration = {
					throttleds: new Set(),
					listener: null,
				};

				registration.listener = () => {
					for (const weakReference of registration.throttleds) {
						const function_ = weakReference.deref();
						if (!function_) {
							continue;
						}

						const functionState = states.get(function_);
						if (!functionState) {
							continue;
						}

						for (const timeout of functionState.queue.keys()) {
							clearTimeout(timeout);
							functionState.queue.get(timeout)(signal.reason);
						}

						functionState.queue.clear();
						functionState.strictTicks.length = 0;
						// Reset windowed state so subsequent calls are not artificially delayed
						functionState.currentTick = 0;
						functionState.activeWeight = 0;
					}

					signalThrottleds.delete(signal);
				};

				signalThrottleds.set(signal, registration);
				signal.addEventListener('abort', registration.listener, {once: true});
			}

			const weakReference = new WeakRef(throttled);
			registration.throttleds.add(weakReference);
			finalizationRegistry.register(throttled, {
				signalWeakRef: new WeakRef(signal),
				weakReference,
			});
		}

		throttled.isEnabled = true;

		Object.defineProperty(throttled, 'queueSize', {
			get() {
				return state.queue.size;
			},
		});

		states.set(throttled, state);

		return throttled;
	};
}

;// CONCATENATED MODULE: ./src/aws/rate-limit.ts


/** Operations not in the table (new ones) get the most common List/Describe quota. */
const DEFAULT_TPS = 10;
const pacings = new WeakMap();
function pacingOf(client) {
    return pacings.get(client);
}
function headerOf(response, name) {
    const headers = response
        ?.headers;
    return headers?.[name];
}
function addRateLimit(client, quotas) {
    const pacing = { paced: true, delayed: 0 };
    pacings.set(client, pacing);
    // Aborted when pacing ends: the calls still queued are let go at once.
    const stop = new AbortController();
    const gates = new Map();
    const gate = (operation) => {
        let g = gates.get(operation);
        if (!g) {
            g = pThrottle({
                limit: quotas[operation] ?? DEFAULT_TPS,
                interval: 1000,
                strict: true,
                signal: stop.signal,
                onDelay: () => void pacing.delayed++
            })(async () => undefined);
            gates.set(operation, g);
        }
        return g;
    };
    const learn = (response) => {
        if (pacing.paced && headerOf(response, model_quotas/* QUOTAS_HEADER */._) === 'none') {
            pacing.paced = false;
            stop.abort();
        }
    };
    client.middlewareStack.add((next, context) => async (args) => {
        // The gate only rejects when pacing ends; the call then goes at once.
        if (pacing.paced)
            await gate(String(context.commandName).replace(/Command$/, ''))().catch(() => undefined);
        try {
            const result = await next(args);
            learn(result.response);
            return result;
        }
        catch (e) {
            learn(e?.$response);
            throw e;
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacRateLimit' });
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(23609);
;// CONCATENATED MODULE: ./src/aws/retry.ts
/**
 * The SDK's standard retries, with changes for a tool that must converge under pressure: more attempts
 * (throttling and 5xx pass after backoff); no retries of LimitExceededException, which the SDK counts as
 * throttling although a quota (a 6th profile on one target) will not lift by waiting; a timed-out call
 * tried only once more, so an endpoint that never answers fails in about two timeouts, not eight; and the
 * SDK's retry quota kept per call instead of per client. That quota (500 tokens, 14 per retry) guards a
 * long-lived service against retry storms; ddac's calls run concurrently, so a burst of 5xx on 40 writes at
 * once used up a client-wide one and failed writes that their next attempt would have carried. Each call
 * keeps its bounded attempts and backoff, and the rate limiter paces every attempt.
 */

const MAX_ATTEMPTS = 8;
/** attempts of a call that timed out (a lost packet is worth one more try; a silent endpoint is not) */
const TIMEOUT_ATTEMPTS = 2;
class DdacRetryStrategy {
    maxAttempts;
    /** each call's own standard strategy, found by its current token */
    calls = new WeakMap();
    constructor(maxAttempts = MAX_ATTEMPTS) {
        this.maxAttempts = maxAttempts;
    }
    async acquireInitialRetryToken(scope) {
        const strategy = new retry.StandardRetryStrategy(this.maxAttempts);
        const token = await strategy.acquireInitialRetryToken(scope);
        this.calls.set(token, strategy);
        return token;
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const name = errorInfo.error?.name;
        if (name === 'LimitExceededException')
            throw errorInfo.error;
        if (name === 'TimeoutError' && token.getRetryCount() + 1 >= TIMEOUT_ATTEMPTS)
            throw errorInfo.error;
        const strategy = this.calls.get(token) ?? new retry.StandardRetryStrategy(this.maxAttempts);
        const next = await strategy.refreshRetryTokenForRetry(token, errorInfo);
        this.calls.set(next, strategy);
        return next;
    }
    recordSuccess(token) {
        this.calls.get(token)?.recordSuccess(token);
    }
}

// EXTERNAL MODULE: ./src/aws/timeouts.ts
var aws_timeouts = __webpack_require__(82653);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/aws/client.ts
/**
 * The AWS IoT client factory. Against a local endpoint (the emulator) the client signs with static dummy
 * credentials, so no real credentials are needed or looked up; elsewhere the SDK's default chain applies.
 * Every request has a connect and a response timeout, and a run that is stopped abandons the calls it no
 * longer waits for.
 */









const LOCAL_CREDENTIALS = { accessKeyId: 'AKIDDDACLOCAL', secretAccessKey: 'ddac-local' };
/** Is this URL on the loopback interface (where only an emulator can be)? */
function isLoopback(url) {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}
function createIotClient(options) {
    const local = options.local ?? (options.endpoint !== undefined && isLoopback(options.endpoint));
    const timeouts = { ...aws_timeouts/* DEFAULT_TIMEOUTS */.Rh, ...options.timeouts };
    const client = new dist_cjs/* IoTClient */.CgZ({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(local ? { credentials: LOCAL_CREDENTIALS } : {}),
        retryStrategy: new DdacRetryStrategy(),
        requestHandler: new StoppableHttpHandler(timeouts, options),
        ...options.config
    });
    (0,errors/* addErrorContext */.Xr)(client);
    if (options.pace ?? true)
        addRateLimit(client, model_quotas/* TPS_QUOTAS */.C);
    if (options.stop)
        addStopGate(client, options.stop);
    return client;
}
/** Thrown instead of sending a request once the run was asked to stop. */
class NotSentError extends Error {
    name = 'NotSentError';
}
/** The call ended because the run stopped: not sent, or abandoned in flight or between retries. */
function wasStopped(e) {
    return e instanceof NotSentError || (0,util_errors/* isNamed */.e)(e, 'AbortError');
}
function isRead(request) {
    return request.method === 'GET' || request.method === 'HEAD';
}
/**
 * Node's HTTP handler with the timeouts on, abandoning a call once the run no longer waits for it: a read
 * at the stop, a write at the abandon.
 */
class StoppableHttpHandler extends node_http_handler_dist_cjs.NodeHttpHandler {
    signals;
    constructor(timeouts, signals) {
        super({
            connectionTimeout: timeouts.connectMs,
            requestTimeout: timeouts.responseMs,
            // Without it the SDK only logs a warning when the response timeout passes.
            throwOnRequestTimeout: true,
            // The response timeout ends at the headers; this one catches a body that stops half-way.
            socketTimeout: timeouts.responseMs
        });
        this.signals = signals;
    }
    handle(request, options = {}) {
        const signal = isRead(request) ? this.signals.stop : this.signals.abandon;
        return super.handle(request, signal ? { ...options, abortSignal: signal } : options);
    }
}
/**
 * Checked right before each attempt goes out (after pacing, inside the retry loop); the stop also ends a
 * wait between retries (the SDK's retry loop watches the abort signal of the call's context).
 */
function addStopGate(client, stop) {
    client.middlewareStack.add((next, context) => async (args) => {
        (0,core_dist_cjs.getSmithyContext)(context).abortSignal ??= stop;
        return next(args);
    }, { step: 'initialize', priority: 'low', name: 'ddacStopRetries' });
    client.middlewareStack.add((next, context) => async (args) => {
        if (stop.aborted)
            throw new NotSentError(`${String(context.commandName)} not sent: the run was stopped`);
        return next(args);
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacStopGate' });
}


/***/ }),

/***/ 99378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ explainAwsError),
/* harmony export */   Ww: () => (/* binding */ isDetectUnavailable),
/* harmony export */   Xr: () => (/* binding */ addErrorContext),
/* harmony export */   Yo: () => (/* binding */ isRefusedUpdate)
/* harmony export */ });
/* harmony import */ var _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25391);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90333);



/**
 * Record which operation failed, and where it was sent, on the error itself, so messages can name the IAM
 * action and the endpoint.
 */
function addErrorContext(client) {
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            if (e && typeof e === 'object')
                e.operation ??= String(context.commandName).replace(/Command$/, '');
            throw e;
        }
    }, { step: 'initialize', priority: 'high', name: 'ddacErrorContext' });
    client.middlewareStack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            const r = args.request;
            if (e && typeof e === 'object' && r.hostname)
                e.endpoint ??=
                    `${r.protocol ?? 'https:'}//${r.hostname}${r.port ? `:${r.port}` : ''}`;
            throw e;
        }
    }, { step: 'finalizeRequest', priority: 'low', name: 'ddacErrorEndpoint' });
}
/** A timeout of the SDK's HTTP handler, in words: what did not answer, where, within how long. */
function explainTimeout(err, action) {
    const where = err.endpoint ?? 'the AWS IoT endpoint';
    const ms = /(\d+) ?ms/.exec(err.message ?? '')?.[1];
    const within = ms ? ` within ${Number(ms) / 1000} s` : '';
    const tries = (err.$metadata?.attempts ?? 1) > 1 ? ` (${err.$metadata.attempts} attempts)` : '';
    if (/establish a connection/.test(err.message ?? ''))
        return `could not connect to ${where}${within}${tries} for ${action}: check the endpoint and the network, or raise the connect timeout (--connect-timeout, input connect-timeout)`;
    return `${where} did not answer ${action}${within}${tries}: it accepts connections but does not respond; check the endpoint and the network, or raise the timeout (--timeout, input timeout)`;
}
/**
 * Detect is closed to new AWS customers since 2026-08-31. What AWS answers such an account is not documented;
 * ddac takes an UnauthorizedException that names Device Defender Detect as availability, never a plain IAM
 * denial (AccessDeniedException), whose message may mention a resource that happens to contain "detect".
 */
function isDetectUnavailable(e) {
    const err = e;
    return err?.name === 'UnauthorizedException' && /device defender detect/i.test(err.message ?? '');
}
/**
 * A stale `expectedVersion` refused the update itself, so nothing changed. (AttachSecurityProfile can
 * conflict too, but after the update went through.)
 */
function isRefusedUpdate(e) {
    const err = e;
    return err?.name === 'VersionConflictException' && /^Update/.test(err.operation ?? '');
}
function explainAwsError(e, words = _util_words_js__WEBPACK_IMPORTED_MODULE_2__/* .CLI_WORDS */ .xP) {
    if (!(e instanceof Error))
        return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(e, words);
    const err = e;
    const action = err.operation ? `iot:${err.operation}` : 'the IoT action';
    const message = err.message || err.name;
    if (isDetectUnavailable(e)) {
        return `AWS IoT Device Defender Detect is not available on this account (closed to new customers since 2026-08-31): ${message}. Audit keeps working; remove security profiles and custom metrics from the file or use an account that has Detect.`;
    }
    switch (err.name) {
        case 'TimeoutError':
            return explainTimeout(err, action);
        case 'AccessDeniedException':
        case 'UnauthorizedException':
            return `missing permission: allow ${action} for the role ddac runs as (${message})`;
        case 'CredentialsProviderError':
            return `no AWS credentials: configure them (for example aws-actions/configure-aws-credentials) or ${words.useLocal} to run against the emulator (${message})`;
        case 'ThrottlingException':
            return `${action} was throttled beyond the SDK's retries; the account is busy or another tool shares its quota (${message})`;
        case 'LimitExceededException':
            return `an AWS quota was reached by ${action}: ${message} (${_model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_0__/* .QUOTAS_SUMMARY */ .$o})`;
        case 'VersionConflictException':
            return `${action}: the resource changed since ddac read it (someone edited it meanwhile); nothing was overwritten. Run plan again to see the change, then apply (${message})`;
        case 'ResourceNotFoundException':
            return err.operation === 'AttachSecurityProfile'
                ? `a target does not exist: create the thing group first (${message})`
                : `${action}: not found (${message})`;
        default:
            return `${action} failed: ${err.name}: ${message}`;
    }
}


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


/***/ })

};
