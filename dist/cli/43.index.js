export const id = 43;
export const ids = [43];
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

/***/ 37043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R2: () => (/* binding */ ADAPTERS),
  fA: () => (/* binding */ adapterFor),
  gY: () => (/* binding */ fileMembers),
  tG: () => (/* binding */ kindsOf),
  my: () => (/* binding */ usesService)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iot/dist-cjs/index.js
var dist_cjs = __webpack_require__(18907);
// EXTERNAL MODULE: ./src/resources/normalize.ts
var normalize = __webpack_require__(90990);
// EXTERNAL MODULE: ./src/aws/paginate.ts
var paginate = __webpack_require__(68268);
// EXTERNAL MODULE: ./src/config/file-format.ts
var file_format = __webpack_require__(42748);
;// CONCATENATED MODULE: ./src/resources/adapters/adapter.ts


function withoutUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/** What the file contract already says of a listed kind (its key and label), so adapters do not restate it. */
function listedAs(key) {
    return { fileKey: key, label: (0,file_format/* entryKind */.FY)(key).label };
}
/** A profile file entry from a resource: its name member, the spec, then anything extra, then its tags. */
function fileEntry(key, r, extra = {}) {
    return {
        [(0,file_format/* entryKind */.FY)(key).nameMember]: r.name,
        ...r.spec,
        ...extra,
        ...(Object.keys(r.tags).length ? { tags: (0,normalize/* tagList */.Tw)(r.tags) } : {})
    };
}

;// CONCATENATED MODULE: ./src/resources/adapters/audit-configuration.ts
/**
 * The account audit configuration: one per account and region, no ARN, no tags. One file owns it: the one whose
 * identity the marker thing group's ownership tags name (see MARKER_GROUP). Checks are enabled before
 * scheduled audits change and disabled after, since AWS refuses to disable a check a scheduled audit still uses.
 */




const ACCOUNT = 'account';
/**
 * Where the audit configuration's owner is recorded, since it takes no tags: an empty thing group of this
 * name in the same account and region, carrying the `ddac:managed-by` and `ddac:applied-hash` tags. A thing
 * group costs nothing, survives until deleted, and plan reads it with the read-only IoT permissions it already
 * has (DescribeThingGroup, ListTagsForResource). Deleting the group, or its tags, releases the configuration.
 */
const MARKER_GROUP = 'ddac-audit-configuration';
const MARKER_DESCRIPTION = 'Records which ddac profile file owns the Device Defender audit configuration of this account and region (tags ddac:managed-by, ddac:applied-hash). Keep it empty.';
function checksOf(spec) {
    return spec.auditCheckConfigurations ?? {};
}
/** Enabled checks only: a disabled check and an absent one mean the same to AWS. */
function enabledChecks(checks) {
    return (0,normalize/* dict */.jd)(Object.entries(checks).filter(([, c]) => c.enabled === true));
}
/**
 * Checks the file does not list keep their account state, unless prune is on (then they are disabled):
 * disabling a check deletes the data collected for it, so it is never a side effect of omission alone.
 */
function completeAuditChecks(desired, actual, prune) {
    const listed = checksOf(desired.spec);
    const kept = Object.keys(enabledChecks(checksOf(actual?.spec ?? {}))).filter((name) => !Object.hasOwn(listed, name));
    if (prune || kept.length === 0)
        return { desired, kept: [] };
    const checks = (0,normalize/* dict */.jd)([
        ...Object.entries(listed),
        ...kept.map((name) => [name, (0,normalize/* own */.ZV)(checksOf(actual.spec), name)])
    ]);
    return {
        desired: { ...desired, spec: { ...desired.spec, auditCheckConfigurations: checks } },
        kept
    };
}
/** The entries of a map member (checks, notification targets) that a change touches. */
function changedKeys(fields, member) {
    const keys = fields.map((f) => f.path.startsWith(`${member}.`) ? f.path.slice(member.length + 1).split('.')[0] : undefined);
    return [...new Set(keys.filter((k) => k !== undefined))];
}
function targetsOf(spec) {
    return spec.auditNotificationTargetConfigurations ?? {};
}
/**
 * Role, notification targets and every check the file enables (repeating an enabled check is harmless).
 * The update merges, so a notification target the file dropped is sent again as disabled.
 */
function enable(iot, desired, fields) {
    const checks = enabledChecks(checksOf(desired.spec));
    const wanted = targetsOf(desired.spec);
    const dropped = changedKeys(fields, 'auditNotificationTargetConfigurations')
        .filter((type) => !(0,normalize/* own */.ZV)(wanted, type)?.enabled)
        .map((type) => {
        const before = fields.find((f) => f.path === `auditNotificationTargetConfigurations.${type}`)?.before;
        return [
            type,
            { ...before, ...(0,normalize/* own */.ZV)(wanted, type), enabled: false }
        ];
    });
    const targets = (0,normalize/* dict */.jd)([...Object.entries(wanted), ...dropped]);
    return iot.send(new dist_cjs/* UpdateAccountAuditConfigurationCommand */.TfQ(withoutUndefined({
        roleArn: desired.spec.roleArn,
        auditNotificationTargetConfigurations: Object.keys(targets).length ? targets : undefined,
        auditCheckConfigurations: Object.keys(checks).length ? checks : undefined
    })));
}
/** Checks this change turns off: touched by the diff and not enabled by the file. */
function checksTurnedOff(change) {
    const enabled = enabledChecks(checksOf(change.desired?.spec ?? {}));
    return changedKeys(change.fields, 'auditCheckConfigurations').filter((n) => !Object.hasOwn(enabled, n));
}
/**
 * Why disabling checks would fail: AWS refuses to disable a check a scheduled audit still runs, and these
 * scheduled audits (as the account holds them once the plan is applied) still name some.
 */
function checksStillScheduled(change, audits) {
    const off = new Set(checksTurnedOff(change));
    return audits.flatMap((a) => {
        const used = (a.spec.targetCheckNames ?? []).filter((n) => off.has(n));
        return used.length
            ? [
                `disabling ${used.join(', ')} would fail: the scheduled audit ${a.name} still runs ${used.length > 1 ? 'them' : 'it'} (AWS refuses); remove ${used.length > 1 ? 'them' : 'it'} from its targetCheckNames or delete it first`
            ]
            : [];
    });
}
function disable(iot, change) {
    const off = checksTurnedOff(change);
    if (off.length === 0)
        return Promise.resolve();
    return iot.send(new dist_cjs/* UpdateAccountAuditConfigurationCommand */.TfQ({
        auditCheckConfigurations: (0,normalize/* dict */.jd)(off.map((n) => [n, { enabled: false }]))
    }));
}
const auditConfigurationAdapter = {
    kind: 'auditConfiguration',
    label: 'audit configuration',
    service: 'audit',
    singleton: true,
    // Its ownership tags are the marker group's: `read` returns that group's ARN as the resource's.
    taggable: true,
    fromFile: (file) => file.auditConfiguration
        ? [
            {
                kind: 'auditConfiguration',
                name: ACCOUNT,
                spec: withoutUndefined({ ...file.auditConfiguration }),
                tags: {}
            }
        ]
        : [],
    toEntry: (r) => ({ ...r.spec, auditCheckConfigurations: enabledChecks(checksOf(r.spec)) }),
    // An account that never enabled a check imports no configuration.
    toFile: ([r]) => {
        const entry = auditConfigurationAdapter.toEntry(r);
        return Object.keys(checksOf(entry)).length ? { auditConfiguration: entry } : {};
    },
    complete: (desired, actual, prune) => {
        const { desired: completed, kept } = completeAuditChecks(desired, actual, prune);
        return {
            desired: completed,
            notes: kept.length
                ? [
                    `audit checks enabled in the account but not in the file are kept (prune would disable them): ${kept.join(', ')}`
                ]
                : []
        };
    },
    blockedBy: (change, after) => checksStillScheduled(change, after('scheduledAudit')),
    comparable: (spec) => (0,normalize/* compact */.oE)({
        roleArn: spec.roleArn,
        // A disabled target, like a disabled check, means the same to AWS as an absent one.
        auditNotificationTargetConfigurations: (0,normalize/* dict */.jd)(Object.entries(targetsOf(spec)).filter(([, t]) => t.enabled === true)),
        auditCheckConfigurations: enabledChecks(checksOf(spec))
    }),
    list: () => Promise.resolve([ACCOUNT]),
    async read(iot) {
        const d = await iot.send(new dist_cjs/* DescribeAccountAuditConfigurationCommand */.z9O({}));
        const marker = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeThingGroupCommand */.Qli({ thingGroupName: MARKER_GROUP })));
        return {
            kind: 'auditConfiguration',
            name: ACCOUNT,
            ...(marker?.thingGroupArn ? { arn: marker.thingGroupArn } : {}),
            spec: withoutUndefined({
                roleArn: d.roleArn,
                auditNotificationTargetConfigurations: d.auditNotificationTargetConfigurations,
                auditCheckConfigurations: d.auditCheckConfigurations
            })
        };
    },
    // Never reached in practice (every account has an audit configuration to read), kept for the interface.
    async create(iot, desired) {
        await enable(iot, desired, []);
        return undefined;
    },
    async update(iot, change) {
        await enable(iot, change.desired, change.fields);
    },
    async createMarker(iot, tags) {
        const out = await iot.send(new dist_cjs/* CreateThingGroupCommand */.t$B({
            thingGroupName: MARKER_GROUP,
            thingGroupProperties: { thingGroupDescription: MARKER_DESCRIPTION },
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        return out.thingGroupArn;
    },
    ownerRecordedOn: `the tags of the thing group ${MARKER_GROUP}; delete the group or its ddac: tags to hand it over`,
    // AWS refuses to disable a check a scheduled audit still runs.
    finish: {
        after: ['scheduledAudit'],
        run: disable,
        steps: (change) => {
            const off = checksTurnedOff(change);
            const enabled = change.fields
                .map((f) => f.path)
                .filter((p) => !off.some((n) => p === `auditCheckConfigurations.${n}` ||
                p.startsWith(`auditCheckConfigurations.${n}.`)));
            return {
                written: enabled.join(', ') || 'nothing else',
                ...(off.length ? { left: `disabling ${off.join(', ')}` } : {})
            };
        }
    },
    warnings: (change) => {
        const off = checksTurnedOff(change);
        return off.length
            ? [`disables ${off.join(', ')}: AWS deletes the data collected for a disabled check`]
            : [];
    },
    remove: () => Promise.resolve()
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/resources/adapters/custom-metric.ts
/** Custom metrics: only the display name changes in place; the type is fixed at creation. */





const customMetricAdapter = {
    kind: 'customMetric',
    ...listedAs('customMetrics'),
    service: 'detect',
    taggable: true,
    fromFile: (file) => (file.customMetrics ?? []).map((m) => ({
        kind: 'customMetric',
        name: m.metricName,
        spec: withoutUndefined({ displayName: m.displayName, metricType: m.metricType }),
        tags: (0,normalize/* tagMap */.lD)(m.tags)
    })),
    toEntry: (r) => fileEntry('customMetrics', r),
    comparable: (spec) => (0,normalize/* compact */.oE)({ displayName: spec.displayName, metricType: spec.metricType }),
    list: (iot) => (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListCustomMetrics */.UN6)({ client: iot }, {}), (p) => p.metricNames),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeCustomMetricCommand */.kVV({ metricName: name })));
        return (d && {
            kind: 'customMetric',
            name,
            arn: d.metricArn,
            spec: withoutUndefined({ displayName: d.displayName, metricType: d.metricType })
        });
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateCustomMetricCommand */.Vhr({
            metricName: desired.name,
            // One token per create, sent again by each SDK retry of it: a retry of a create that landed
            // returns that resource instead of "already exists".
            clientRequestToken: (0,external_node_crypto_.randomUUID)(),
            displayName: desired.spec.displayName,
            metricType: desired.spec.metricType,
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        return out.metricArn;
    },
    async update(iot, change) {
        if (change.fields.length === 0)
            return;
        await iot.send(new dist_cjs/* UpdateCustomMetricCommand */.YnF({
            metricName: change.name,
            displayName: change.desired.spec.displayName ?? ''
        }));
    },
    async remove(iot, change) {
        await iot.send(new dist_cjs/* DeleteCustomMetricCommand */.ajO({ metricName: change.name }));
    },
    blockers: (desired, actual) => desired.spec.metricType !== actual.spec.metricType
        ? [
            `metricType cannot change from ${String(actual.spec.metricType)} to ${String(desired.spec.metricType)}: AWS fixes it at creation; use a new metric name`
        ]
        : []
};

;// CONCATENATED MODULE: ./src/resources/adapters/dimension.ts
/** Dimensions (TOPIC_FILTER): the topic filters change in place; the type is fixed at creation. */





const dimensionAdapter = {
    kind: 'dimension',
    ...listedAs('dimensions'),
    service: 'detect',
    taggable: true,
    fromFile: (file) => (file.dimensions ?? []).map((d) => ({
        kind: 'dimension',
        name: d.name,
        spec: withoutUndefined({ type: d.type, stringValues: d.stringValues }),
        tags: (0,normalize/* tagMap */.lD)(d.tags)
    })),
    toEntry: (r) => fileEntry('dimensions', r),
    comparable: (spec) => (0,normalize/* compact */.oE)({ type: spec.type, stringValues: (0,normalize/* sorted */.IP)(spec.stringValues) }),
    list: (iot) => (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListDimensions */.LjP)({ client: iot }, {}), (p) => p.dimensionNames),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeDimensionCommand */.tgi({ name })));
        return (d && {
            kind: 'dimension',
            name,
            arn: d.arn,
            spec: withoutUndefined({ type: d.type, stringValues: d.stringValues })
        });
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateDimensionCommand */.yyI({
            name: desired.name,
            // One token per create, sent again by each SDK retry of it: a retry of a create that landed
            // returns that resource instead of "already exists".
            clientRequestToken: (0,external_node_crypto_.randomUUID)(),
            type: desired.spec.type,
            stringValues: desired.spec.stringValues,
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        return out.arn;
    },
    async update(iot, change) {
        if (change.fields.length === 0)
            return;
        await iot.send(new dist_cjs/* UpdateDimensionCommand */.bdJ({
            name: change.name,
            stringValues: change.desired.spec.stringValues
        }));
    },
    async remove(iot, change) {
        await iot.send(new dist_cjs/* DeleteDimensionCommand */.pNs({ name: change.name }));
    },
    blockers: (desired, actual) => desired.spec.type !== actual.spec.type
        ? [
            `the dimension type cannot change from ${String(actual.spec.type)}; use a new dimension name`
        ]
        : []
};

;// CONCATENATED MODULE: ./src/resources/adapters/mitigation-action.ts
/** Mitigation actions: role and parameters change in place; the kind of action is fixed at creation. */




function actionKind(spec) {
    return Object.keys(spec.actionParams ?? {})[0];
}
const mitigationActionAdapter = {
    kind: 'mitigationAction',
    ...listedAs('mitigationActions'),
    // Detect and Audit both start them; kept with Audit, which every account has.
    service: 'audit',
    taggable: true,
    fromFile: (file) => (file.mitigationActions ?? []).map((a) => ({
        kind: 'mitigationAction',
        name: a.actionName,
        spec: withoutUndefined({ roleArn: a.roleArn, actionParams: a.actionParams }),
        tags: (0,normalize/* tagMap */.lD)(a.tags)
    })),
    toEntry: (r) => fileEntry('mitigationActions', r),
    comparable: (spec) => {
        const params = spec.actionParams;
        const group = params?.addThingsToThingGroupParams;
        return (0,normalize/* compact */.oE)({
            roleArn: spec.roleArn,
            actionParams: group
                ? {
                    ...params,
                    addThingsToThingGroupParams: {
                        ...group,
                        thingGroupNames: (0,normalize/* sorted */.IP)(group.thingGroupNames),
                        overrideDynamicGroups: group.overrideDynamicGroups ?? false
                    }
                }
                : params
        });
    },
    list: async (iot) => (await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListMitigationActions */.GD6)({ client: iot }, {}), (p) => p.actionIdentifiers)).map((a) => a.actionName),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeMitigationActionCommand */.mvN({ actionName: name })));
        return (d && {
            kind: 'mitigationAction',
            name,
            arn: d.actionArn,
            spec: withoutUndefined({ roleArn: d.roleArn, actionParams: d.actionParams })
        });
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateMitigationActionCommand */.f9_({
            actionName: desired.name,
            roleArn: desired.spec.roleArn,
            actionParams: desired.spec.actionParams,
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        return out.actionArn;
    },
    async update(iot, change) {
        if (change.fields.length === 0)
            return;
        const spec = change.desired.spec;
        await iot.send(new dist_cjs/* UpdateMitigationActionCommand */.YEQ({
            actionName: change.name,
            roleArn: spec.roleArn,
            actionParams: spec.actionParams
        }));
    },
    async remove(iot, change) {
        await iot.send(new dist_cjs/* DeleteMitigationActionCommand */.c1W({ actionName: change.name }));
    },
    blockers: (desired, actual) => actionKind(desired.spec) !== actionKind(actual.spec)
        ? [
            `the action cannot change from ${String(actionKind(actual.spec))} to ${String(actionKind(desired.spec))}; use a new action name`
        ]
        : []
};

;// CONCATENATED MODULE: ./src/resources/adapters/scheduled-audit.ts
/** Scheduled audits: frequency, day and checks change in place. */





const SPEC = (s) => ({
    frequency: s.frequency,
    dayOfMonth: s.dayOfMonth,
    dayOfWeek: s.dayOfWeek,
    targetCheckNames: s.targetCheckNames
});
const scheduledAuditAdapter = {
    kind: 'scheduledAudit',
    ...listedAs('scheduledAudits'),
    service: 'audit',
    // Its checks must be enabled first: AWS refuses a scheduled audit of a disabled check.
    uses: {
        kinds: ['auditConfiguration'],
        of: () => [{ kind: 'auditConfiguration', name: ACCOUNT }]
    },
    taggable: true,
    fromFile: (file) => (file.scheduledAudits ?? []).map((a) => ({
        kind: 'scheduledAudit',
        name: a.scheduledAuditName,
        spec: withoutUndefined({
            frequency: a.frequency,
            dayOfMonth: a.dayOfMonth,
            dayOfWeek: a.dayOfWeek,
            targetCheckNames: a.targetCheckNames
        }),
        tags: (0,normalize/* tagMap */.lD)(a.tags)
    })),
    toEntry: (r) => fileEntry('scheduledAudits', r),
    comparable: (spec) => (0,normalize/* compact */.oE)({ ...spec, targetCheckNames: (0,normalize/* sorted */.IP)(spec.targetCheckNames) }),
    list: async (iot) => (await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListScheduledAudits */.V1r)({ client: iot }, {}), (p) => p.scheduledAudits)).map((a) => a.scheduledAuditName),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeScheduledAuditCommand */.fYb({ scheduledAuditName: name })));
        return (d && {
            kind: 'scheduledAudit',
            name,
            arn: d.scheduledAuditArn,
            spec: withoutUndefined({
                frequency: d.frequency,
                dayOfMonth: d.dayOfMonth,
                dayOfWeek: d.dayOfWeek,
                targetCheckNames: d.targetCheckNames
            })
        });
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateScheduledAuditCommand */.u4h({
            scheduledAuditName: desired.name,
            ...SPEC(desired.spec),
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        return out.scheduledAuditArn;
    },
    async update(iot, change) {
        if (change.fields.length === 0)
            return;
        await iot.send(new dist_cjs/* UpdateScheduledAuditCommand */.Jhr({
            scheduledAuditName: change.name,
            ...SPEC(change.desired.spec)
        }));
    },
    async remove(iot, change) {
        await iot.send(new dist_cjs/* DeleteScheduledAuditCommand */.toI({ scheduledAuditName: change.name }));
    }
};

// EXTERNAL MODULE: ./src/config/rules/targets.ts
var targets = __webpack_require__(30956);
;// CONCATENATED MODULE: ./src/resources/adapters/security-profile.ts
/** Security profiles: behaviors and alert targets via Create/Update, targets via Attach/Detach, tags via ARN. */





const SPEC_MEMBERS = [
    'securityProfileDescription',
    'behaviors',
    'alertTargets',
    'additionalMetricsToRetainV2',
    'metricsExportConfig'
];
/** List members UpdateSecurityProfile only clears with a delete flag (an empty list is ignored). */
const DELETE_FLAGS = {
    behaviors: 'deleteBehaviors',
    alertTargets: 'deleteAlertTargets',
    additionalMetricsToRetainV2: 'deleteAdditionalMetricsToRetain',
    metricsExportConfig: 'deleteMetricsExportConfig'
};
function normalizeBehavior(b) {
    const c = b.criteria;
    return {
        metric: b.metric,
        metricDimension: b.metricDimension && {
            dimensionName: b.metricDimension.dimensionName,
            operator: b.metricDimension.operator ?? 'IN'
        },
        criteria: c && {
            ...c,
            consecutiveDatapointsToAlarm: c.consecutiveDatapointsToAlarm ?? 1,
            consecutiveDatapointsToClear: c.consecutiveDatapointsToClear ?? 1,
            value: c.value && {
                ...c.value,
                cidrs: (0,normalize/* sorted */.IP)(c.value.cidrs),
                ports: (0,normalize/* sorted */.IP)(c.value.ports),
                numbers: (0,normalize/* sorted */.IP)(c.value.numbers),
                strings: (0,normalize/* sorted */.IP)(c.value.strings)
            }
        },
        suppressAlerts: b.suppressAlerts ?? false,
        exportMetric: b.exportMetric ?? false
    };
}
/** The deprecated metric-name list becomes V2 entries, the form AWS keeps and ddac compares. */
function retained(p) {
    const v1 = (p.additionalMetricsToRetain ?? []).map((metric) => ({ metric }));
    const v2 = p.additionalMetricsToRetainV2 ?? [];
    const all = [
        ...v2,
        ...v1.filter((m) => !v2.some((x) => x.metric === m.metric && !x.metricDimension))
    ];
    return all.length ? all : undefined;
}
function retainedKey(m) {
    return m.metricDimension ? `${m.metric}@${m.metricDimension.dimensionName}` : m.metric;
}
/** The target ARN for a target key, in the partition, region and account of the profile's own ARN. */
function targetArn(profileArn, key) {
    const [arn, partition, service, region, account] = profileArn.split(':');
    return [arn, partition, service, region, account, key].join(':');
}
/** What an ML model learns from: the metric and its dimension, compared the way the diff compares them. */
function measured(b) {
    const n = normalizeBehavior(b);
    return { metric: n.metric, metricDimension: n.metricDimension };
}
function isMl(b) {
    return b?.criteria?.mlDetectionConfig !== undefined;
}
/** What a reviewer must know about ML Detect models this change touches. */
function mlWarnings(desired, actual) {
    const before = new Map((actual?.spec.behaviors ?? []).map((b) => [b.name, b]));
    const after = new Map((desired?.spec.behaviors ?? []).map((b) => [b.name, b]));
    const restart = [];
    const dropped = [];
    for (const [name, old] of before) {
        if (!isMl(old))
            continue;
        const now = after.get(name);
        if (!now || !isMl(now))
            dropped.push(name);
        else if ((0,normalize/* stableJson */._Y)(measured(now)) !== (0,normalize/* stableJson */._Y)(measured(old)))
            restart.push(name);
    }
    const out = [];
    if (restart.length)
        out.push(`ML Detect training starts over for ${restart.join(', ')}: a new metric or dimension needs 14 days and 25,000 datapoints again`);
    if (dropped.length)
        out.push(`the trained ML model of ${dropped.join(', ')} is discarded; adding the behavior back starts 14 days of training`);
    return out;
}
/** The custom metrics and dimensions a behavior or retained metric measures (aws: metrics are built in). */
function measuredBy(u) {
    return [
        ...(u.metric && !u.metric.startsWith('aws:')
            ? [{ kind: 'customMetric', name: u.metric }]
            : []),
        ...(u.metricDimension?.dimensionName
            ? [{ kind: 'dimension', name: u.metricDimension.dimensionName }]
            : [])
    ];
}
/** What a profile change needs to exist first: its metrics and dimensions, and the groups it attaches to. */
function references(change) {
    const spec = change.desired?.spec;
    const uses = [
        ...(spec?.behaviors ?? []),
        ...(spec?.additionalMetricsToRetainV2 ?? [])
    ];
    return [
        ...uses.flatMap(measuredBy),
        ...change.targets.attach
            .filter((t) => t.startsWith('thinggroup/'))
            .map((t) => ({ kind: 'thingGroup', name: t.slice('thinggroup/'.length) }))
    ];
}
const securityProfileAdapter = {
    kind: 'securityProfile',
    ...listedAs('securityProfiles'),
    service: 'detect',
    uses: { kinds: ['customMetric', 'dimension', 'thingGroup'], of: references },
    taggable: true,
    fromFile: (file) => (file.securityProfiles ?? []).map((p) => ({
        kind: 'securityProfile',
        name: p.securityProfileName,
        spec: withoutUndefined({
            ...Object.fromEntries(SPEC_MEMBERS.map((m) => [m, p[m]])),
            additionalMetricsToRetainV2: retained(p)
        }),
        tags: (0,normalize/* tagMap */.lD)(p.tags),
        targets: (0,normalize/* sorted */.IP)((p.targets ?? []).map((t) => (0,targets/* targetKey */.hD)(t) ?? t))
    })),
    toEntry: (r) => fileEntry('securityProfiles', r, r.targets?.length ? { targets: r.targets.map((t) => t.replace(/^thinggroup\//, '')) } : {}),
    comparable: (spec) => (0,normalize/* compact */.oE)({
        securityProfileDescription: spec.securityProfileDescription,
        behaviors: (0,normalize/* keyBy */.pY)(spec.behaviors, (b) => b.name, normalizeBehavior),
        alertTargets: spec.alertTargets,
        additionalMetricsToRetainV2: (0,normalize/* keyBy */.pY)(spec.additionalMetricsToRetainV2, retainedKey, (m) => ({
            ...m,
            exportMetric: m.exportMetric ?? false
        })),
        metricsExportConfig: spec.metricsExportConfig
    }),
    list: async (iot) => (await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListSecurityProfiles */.CmG)({ client: iot }, {}), (p) => p.securityProfileIdentifiers)).map((id) => id.name),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeSecurityProfileCommand */.CMs({ securityProfileName: name })));
        if (!d)
            return undefined;
        const targets = await (0,paginate/* collect */.Fo)((0,dist_cjs/* paginateListTargetsForSecurityProfile */.snh)({ client: iot }, { securityProfileName: name }), (p) => p.securityProfileTargets);
        return {
            kind: 'securityProfile',
            name,
            arn: d.securityProfileArn,
            version: d.version,
            spec: withoutUndefined({
                securityProfileDescription: d.securityProfileDescription,
                behaviors: d.behaviors,
                alertTargets: d.alertTargets,
                additionalMetricsToRetainV2: d.additionalMetricsToRetainV2,
                metricsExportConfig: d.metricsExportConfig
            }),
            // The target key is what follows the account in the ARN: thinggroup/<name> or all/<things>.
            targets: (0,normalize/* sorted */.IP)(targets.map((t) => t.arn.split(':').slice(5).join(':')))
        };
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateSecurityProfileCommand */.fhZ({
            securityProfileName: desired.name,
            ...desired.spec,
            tags: (0,normalize/* tagList */.Tw)(tags)
        }));
        const arn = out.securityProfileArn;
        for (const key of desired.targets ?? []) {
            await iot.send(new dist_cjs/* AttachSecurityProfileCommand */.iQQ({
                securityProfileName: desired.name,
                securityProfileTargetArn: targetArn(arn, key)
            }));
        }
        return arn;
    },
    async update(iot, change) {
        const desired = change.desired;
        if (change.fields.length > 0) {
            // Update leaves omitted members alone and ignores empty lists: clearing one takes its delete flag.
            const request = {
                securityProfileName: desired.name,
                securityProfileDescription: desired.spec.securityProfileDescription ?? '',
                expectedVersion: change.actual?.version
            };
            for (const [member, flag] of Object.entries(DELETE_FLAGS)) {
                if ((0,normalize/* compact */.oE)({ v: desired.spec[member] }).v === undefined)
                    request[flag] = true;
                else
                    request[member] = desired.spec[member];
            }
            await iot.send(new dist_cjs/* UpdateSecurityProfileCommand */.uWq(request));
        }
        const arn = change.actual.arn;
        for (const key of change.targets.attach) {
            await iot.send(new dist_cjs/* AttachSecurityProfileCommand */.iQQ({
                securityProfileName: desired.name,
                securityProfileTargetArn: targetArn(arn, key)
            }));
        }
        for (const key of change.targets.detach) {
            await iot.send(new dist_cjs/* DetachSecurityProfileCommand */._vV({
                securityProfileName: desired.name,
                securityProfileTargetArn: targetArn(arn, key)
            }));
        }
    },
    async remove(iot, change) {
        await iot.send(new dist_cjs/* DeleteSecurityProfileCommand */.kii({
            securityProfileName: change.name,
            expectedVersion: change.actual?.version
        }));
    },
    warnings: (change, actual) => mlWarnings(change.desired, actual),
    async checkWithAws(iot, change, createdByPlan) {
        if (change.action === 'update' && !change.fields.some((f) => f.path.startsWith('behaviors')))
            return [];
        // What the plan creates is not there for AWS to see yet; the offline rules checked those behaviors.
        const behaviors = (change.desired?.spec.behaviors ?? []).filter((b) => !measuredBy(b).some(createdByPlan));
        if (behaviors.length === 0)
            return [];
        const r = await iot.send(new dist_cjs/* ValidateSecurityProfileBehaviorsCommand */.sqL({ behaviors }));
        return r.valid
            ? []
            : (r.validationErrors ?? []).map((e) => `AWS rejects its behaviors: ${e.errorMessage}`);
    }
};

;// CONCATENATED MODULE: ./src/resources/adapters/thing-group.ts
/**
 * Thing groups that security profiles target. ddac creates a missing one (tagged as managed) so a profile can
 * be attached; a group that exists is the fleet's and is used as it is: never tagged, changed or deleted.
 */




const thingGroupAdapter = {
    kind: 'thingGroup',
    label: 'thing group',
    service: 'iot',
    taggable: true,
    discover: false,
    adopt: false,
    fromFile: (file) => {
        const names = new Set();
        for (const p of file.securityProfiles ?? []) {
            for (const t of p.targets ?? []) {
                const key = (0,targets/* targetKey */.hD)(t);
                if (key?.startsWith('thinggroup/'))
                    names.add(key.slice('thinggroup/'.length));
            }
        }
        return [...names].sort().map((name) => ({ kind: 'thingGroup', name, spec: {}, tags: {} }));
    },
    toEntry: (r) => ({ thingGroupName: r.name }),
    comparable: () => ({}),
    list: () => Promise.resolve([]),
    async read(iot, name) {
        const d = await (0,paginate/* unlessNotFound */.CA)(iot.send(new dist_cjs/* DescribeThingGroupCommand */.Qli({ thingGroupName: name })));
        return d && { kind: 'thingGroup', name, arn: d.thingGroupArn, spec: {} };
    },
    async create(iot, desired, tags) {
        const out = await iot.send(new dist_cjs/* CreateThingGroupCommand */.t$B({ thingGroupName: desired.name, tags: (0,normalize/* tagList */.Tw)(tags) }));
        return out.thingGroupArn;
    },
    update: () => Promise.resolve(),
    remove: () => Promise.resolve()
};

;// CONCATENATED MODULE: ./src/resources/adapters/index.ts







const ADAPTERS = [
    thingGroupAdapter,
    customMetricAdapter,
    dimensionAdapter,
    mitigationActionAdapter,
    securityProfileAdapter,
    auditConfigurationAdapter,
    scheduledAuditAdapter
];
function adapterFor(kind) {
    const a = ADAPTERS.find((x) => x.kind === kind);
    if (!a)
        throw new Error(`no adapter for ${kind}`);
    return a;
}
/** The kinds that belong to a service (Detect is closed to accounts opened after 2026-08-31). */
function kindsOf(service) {
    return ADAPTERS.filter((a) => a.service === service).map((a) => a.kind);
}
/** Whether any of these resources belongs to the service. */
function usesService(resources, service) {
    return resources.some((r) => adapterFor(r.kind).service === service);
}
/** The profile file's members for the resources of one kind, as import writes them. */
function fileMembers(adapter, resources) {
    if (adapter.toFile)
        return adapter.toFile(resources);
    // A kind without a list of its own (thing groups) is implied by other entries (the profiles' targets).
    return adapter.fileKey ? { [adapter.fileKey]: resources.map((r) => adapter.toEntry(r)) } : {};
}


/***/ }),

/***/ 90990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ bare),
/* harmony export */   IP: () => (/* binding */ sorted),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   _Y: () => (/* binding */ stableJson),
/* harmony export */   jd: () => (/* binding */ dict),
/* harmony export */   lD: () => (/* binding */ tagMap),
/* harmony export */   oE: () => (/* binding */ compact),
/* harmony export */   pY: () => (/* binding */ keyBy)
/* harmony export */ });
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1204);
/** Helpers that put a spec into the form a diff compares: what AWS fills in or reorders must not show as a change. */

/**
 * A record keyed by user data (names, tag keys). It has no prototype, so `__proto__`, `constructor` or
 * `toString` is a key like any other: assigning it stores it, reading a missing one is undefined, `in` is true
 * only for what was stored.
 */
function dict(entries = []) {
    const out = Object.create(null);
    for (const [k, v] of entries)
        out[k] = v;
    return out;
}
/** The value stored under `key` itself, never one inherited from Object.prototype. */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** A deep copy whose objects are all dicts, for code that looks keys up with `in` or `[]` (microdiff). */
function bare(value) {
    if (Array.isArray(value))
        return value.map(bare);
    if (value !== null && typeof value === 'object')
        return dict(Object.entries(value).map(([k, v]) => [k, bare(v)]));
    return value;
}
function isEmpty(v) {
    if (v === undefined || v === null || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (typeof v === 'object')
        return Object.keys(v).length === 0;
    return false;
}
/**
 * Drop undefined/null/''/[]/{} members recursively: AWS omits what the file leaves empty and vice versa. Objects
 * come back as dicts, so a compared form keyed by names is safe for any name.
 */
function compact(value) {
    if (Array.isArray(value))
        return value.map(compact).filter((v) => !isEmpty(v));
    if (value !== null && typeof value === 'object') {
        const out = dict();
        for (const [k, v] of Object.entries(value)) {
            const c = compact(v);
            if (!isEmpty(c))
                out[k] = c;
        }
        return out;
    }
    return value;
}
/** A list of named items as a map, so items are matched by name, not by position. */
function keyBy(list, key, map = (x) => x) {
    return dict((list ?? []).map((item) => [key(item), map(item)]));
}
/** An unordered list in a stable order. */
function sorted(list) {
    if (!list)
        return undefined;
    return [...list].sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byName */ .n)(String(a), String(b)));
}
/** Tags as a map; the API speaks `[{Key, Value}]`. */
function tagMap(tags) {
    return dict((tags ?? []).filter((t) => t.Key !== undefined).map((t) => [t.Key, t.Value ?? '']));
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** JSON with object keys sorted, so equal values hash equally whatever order AWS returns them in. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_0__/* .byName */ .n)(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ byName)
/* harmony export */ });
/**
 * Names in code-unit order, the one comparator for names and keys: stable on every machine (a locale's
 * order is not), and the order AWS pages and JSON keys come in.
 */
function byName(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
