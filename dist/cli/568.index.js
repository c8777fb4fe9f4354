export const id = 568;
export const ids = [568];
export const modules = {

/***/ 49439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Checks a spec's types where it is written, so its options and outcome flow through to the registry. */
function defineCommand(spec) {
    return spec;
}


/***/ }),

/***/ 86568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ status_spec)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/status.ts

function metricValue(v) {
    if (!v)
        return '';
    const [k, value] = Object.entries(v).find(([, x]) => x !== undefined) ?? [];
    return k ? `${k}: ${Array.isArray(value) ? value.join(', ') : String(value)}` : '';
}
function when(d) {
    return d ? d.toISOString().replace(/\.\d+Z$/, 'Z') : '';
}
function percent(n) {
    return `${(n ?? 0).toFixed(1)}%`;
}
function statusHeadline(r) {
    const active = r.training.filter((t) => t.modelStatus === 'ACTIVE').length;
    return `${active} of ${(0,markdown/* plural */.LS)(r.training.length, 'ML model')} active, ${(0,markdown/* plural */.LS)(r.violations.length, 'active violation')}, ${(0,markdown/* plural */.LS)(r.events.length, 'violation event')} in the last 24 hours`;
}
/** Bars per chart: beyond this a chart is split, so each stays as tall as a screen. */
const BARS_PER_CHART = 25;
/** Characters of a behavior name on the chart's axis; the table's # column names the behavior whole. */
const LABEL_CHARS = 28;
/**
 * Mermaid bar charts of training progress: how far each model is from its first build. Horizontal, so every
 * label reads on its own line however many behaviors there are; labels carry the table's row number.
 */
function trainingChart(r) {
    if (r.training.length === 0)
        return '';
    const rows = r.training.map((t, i) => ({
        label: `"${i + 1}. ${(0,markdown/* shorten */.ml)(t.behaviorName ?? '', LABEL_CHARS).replaceAll('"', "'")}"`,
        value: t.modelStatus === 'ACTIVE' ? 100 : (t.datapointsCollectionPercentage ?? 0)
    }));
    const charts = [];
    for (let start = 0; start < rows.length; start += BARS_PER_CHART) {
        const part = rows.slice(start, start + BARS_PER_CHART);
        const range = rows.length > BARS_PER_CHART ? ` (${start + 1}–${start + part.length} of ${rows.length})` : '';
        charts.push([
            '```mermaid',
            '---',
            'config:',
            '  xyChart:',
            `    height: ${80 + 28 * part.length}`,
            '---',
            'xychart-beta horizontal',
            `  title "ML Detect training: datapoints collected (%)${range}"`,
            `  x-axis [${part.map((p) => p.label).join(', ')}]`,
            '  y-axis "collected (%)" 0 --> 100',
            `  bar [${part.map((p) => p.value).join(', ')}]`,
            '```',
            ''
        ].join('\n'));
    }
    return charts.join('\n');
}
function missingNote(r) {
    return r.missing.length ? `Not in the account (run apply first): ${r.missing.join(', ')}\n` : '';
}
function renderStatusMarkdown(r) {
    const out = [`## ddac status: ${statusHeadline(r)}\n`];
    if (r.missing.length)
        out.push(`> [!NOTE]\n> ${missingNote(r)}`);
    if (r.training.length) {
        out.push('### ML Detect models\n');
        out.push((0,markdown/* table */.tp)(
        // Few, narrow columns: the table must fit a comment's width with 20 behaviors and long names.
        ['#', 'Behavior (profile)', 'Model', 'Datapoints collected', 'Collecting since'], r.training.map((t, i) => [
            String(i + 1),
            `${(0,markdown/* code */.aY)(t.behaviorName ?? '')} (${(0,markdown/* code */.aY)(t.securityProfileName ?? '')})`,
            t.modelStatus ?? '',
            percent(t.datapointsCollectionPercentage),
            when(t.trainingDataCollectionStartDate).slice(0, 10)
        ])));
        out.push('\nA model needs 14 days and 25,000 datapoints per metric before it is ACTIVE and alarms.\n');
        out.push(trainingChart(r));
    }
    out.push('### Active violations\n');
    out.push(r.violations.length
        ? (0,markdown/* table */.tp)(['Thing', 'Profile', 'Behavior', 'Last value', 'Since', 'Verification'], r.violations.map((v) => [
            (0,markdown/* code */.aY)(v.thingName ?? ''),
            (0,markdown/* code */.aY)(v.securityProfileName ?? ''),
            (0,markdown/* code */.aY)(v.behavior?.name ?? ''),
            (0,markdown/* cell */.Hn)(metricValue(v.lastViolationValue)),
            when(v.violationStartTime),
            v.verificationState ?? ''
        ]))
        : 'None.\n');
    out.push(`### Violation events since ${when(r.since)}\n`);
    out.push(r.events.length
        ? (0,markdown/* table */.tp)(['Time', 'Event', 'Thing', 'Profile', 'Behavior', 'Value'], r.events.map((e) => [
            when(e.violationEventTime),
            EVENT[e.violationEventType ?? ''] ?? e.violationEventType ?? '',
            (0,markdown/* code */.aY)(e.thingName ?? ''),
            (0,markdown/* code */.aY)(e.securityProfileName ?? ''),
            (0,markdown/* code */.aY)(e.behavior?.name ?? ''),
            (0,markdown/* cell */.Hn)(metricValue(e.metricValue))
        ]))
        : 'None.\n');
    return out.join('\n');
}
const EVENT = {
    'in-alarm': '🔴 in alarm',
    'alarm-cleared': '🟢 cleared',
    'alarm-invalidated': '⚪ invalidated'
};
function renderStatusText(r) {
    const lines = [];
    for (const t of r.training) {
        lines.push(`model  ${t.securityProfileName}/${t.behaviorName}: ${t.modelStatus} (${percent(t.datapointsCollectionPercentage)} of datapoints collected)`);
    }
    for (const v of r.violations) {
        lines.push(`alarm  ${v.thingName} violates ${v.securityProfileName}/${v.behavior?.name} since ${when(v.violationStartTime)} (${metricValue(v.lastViolationValue)})`);
    }
    for (const e of r.events) {
        lines.push(`event  ${when(e.violationEventTime)} ${e.violationEventType} ${e.thingName} ${e.securityProfileName}/${e.behavior?.name} (${metricValue(e.metricValue)})`);
    }
    if (r.missing.length)
        lines.push(missingNote(r).trimEnd());
    lines.push('', statusHeadline(r));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/commands/spec.ts
var spec = __webpack_require__(49439);
;// CONCATENATED MODULE: ./src/commands/specs/status.ts
/** status: ML Detect model training and active violations of the file's profiles (all without a file). */



const status_spec = (0,spec/* defineCommand */.N)({
    needs: { file: 'if-present', account: true },
    run: async (opts, { profile, session }) => {
        const { statusCommand } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(190)]).then(__webpack_require__.bind(__webpack_require__, 18190));
        if (!profile)
            opts.log(`${opts.config} not found: reporting every security profile in the account`);
        const names = profile && (profile.securityProfiles ?? []).map((p) => p.securityProfileName);
        return statusCommand({
            iot: session.client,
            ...(names ? { securityProfileNames: names } : {})
        });
    },
    report: (report) => ({
        ok: true,
        text: renderStatusText(report),
        markdown: renderStatusMarkdown(report),
        problems: [],
        outputs: {
            [constants/* Outputs */.tY.ModelsActive]: report.training.filter((t) => t.modelStatus === 'ACTIVE').length,
            [constants/* Outputs */.tY.ModelsTotal]: report.training.length,
            [constants/* Outputs */.tY.ActiveViolations]: report.violations.length
        }
    })
});


/***/ })

};
