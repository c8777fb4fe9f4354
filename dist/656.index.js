export const id = 656;
export const ids = [656,465];
export const modules = {

/***/ 70656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: recordLedger

// EXTERNAL MODULE: ./src/github/actions-core.ts + 4 modules
var actions_core = __webpack_require__(27918);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/config/identity.ts
var identity = __webpack_require__(70270);
// EXTERNAL MODULE: ./src/config/validate.ts + 17 modules
var validate = __webpack_require__(97015);
// EXTERNAL MODULE: ./src/report/validation.ts
var validation = __webpack_require__(47715);
;// CONCATENATED MODULE: ./src/util/signals.ts
/** The runner sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later: report before that. */
const GRACE_MS = 5_000;
async function stoppable(fn, graceMs = GRACE_MS) {
    const stop = new AbortController();
    const abandon = new AbortController();
    let grace;
    let count = 0;
    const onSignal = (signal) => {
        count++;
        if (count === 1) {
            stop.abort(signal);
            grace = setTimeout(() => abandon.abort(signal), graceMs);
            grace.unref();
        }
        else if (count === 2)
            abandon.abort(signal);
        else
            process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        return await fn({ stop: stop.signal, abandon: abandon.signal });
    }
    finally {
        clearTimeout(grace);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

;// CONCATENATED MODULE: ./src/commands/registry.ts
// The `satisfies` keeps this list and COMMANDS the same set: a missing or an extra name does not compile.
const REGISTRY = {
    validate: () => __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 96527)),
    plan: () => __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 78458)),
    apply: () => __webpack_require__.e(/* import() */ 165).then(__webpack_require__.bind(__webpack_require__, 86165)),
    import: () => __webpack_require__.e(/* import() */ 708).then(__webpack_require__.bind(__webpack_require__, 16708)),
    status: () => __webpack_require__.e(/* import() */ 568).then(__webpack_require__.bind(__webpack_require__, 86568)),
    simulate: () => __webpack_require__.e(/* import() */ 425).then(__webpack_require__.bind(__webpack_require__, 99187)),
    run: () => __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 6828)),
    audit: () => __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 62662)),
    cleanup: () => __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 9549))
};
async function loadSpec(command) {
    return (await REGISTRY[command]()).spec;
}

// EXTERNAL MODULE: ./src/commands/target.ts
var target = __webpack_require__(16465);
;// CONCATENATED MODULE: ./src/commands/run.ts






/**
 * Run a command. A stoppable one (plan, apply) given no `signal` stops on SIGINT/SIGTERM itself and still
 * reports; given one (a test, a front end with its own), it stops on that.
 */
async function runCommand(opts) {
    const spec = await loadSpec(opts.command);
    const how = spec.needs.stoppable;
    // A command that is not stoppable is not gated by a signal either: it just ends with the process.
    if (!how)
        return runSpec(spec, { ...opts, signal: undefined, abandon: undefined });
    if (opts.signal)
        return runSpec(spec, withAbandon(opts, how));
    return stoppable((s) => runSpec(spec, withAbandon({ ...opts, signal: s.stop, abandon: s.abandon }, how)));
}
/** A run that only reads has no write to wait for: its stop abandons everything in flight. */
function withAbandon(opts, how) {
    return how === 'reads' && opts.signal ? { ...opts, abandon: opts.signal } : opts;
}
async function runSpec(spec, opts) {
    const ctx = {};
    if (spec.needs.file) {
        const file = await needFile(opts, spec.needs.file);
        if ('report' in file)
            return file.report;
        if (file.profile)
            ctx.profile = file.profile;
        // Only a file that must be valid marks resources (status reads it for names alone).
        if (file.profile && spec.needs.file === 'valid')
            ctx.identity = (0,identity/* identityOf */.cu)(opts, file.profile);
    }
    if (!spec.needs.account)
        return spec.report(await spec.run(opts, ctx), opts, ctx);
    // A missing region fails here, before the AWS SDK loads.
    (0,target/* resolveRegion */.Z)(opts.target, opts.region);
    const signals = {
        ...(opts.signal ? { stop: opts.signal } : {}),
        ...(opts.abandon ? { abandon: opts.abandon } : {})
    };
    return (0,target.withIot)(opts.target, opts.region, async (session) => {
        const inSession = { ...ctx, session };
        try {
            return await spec.report(await spec.run(opts, inSession), opts, inSession);
        }
        catch (e) {
            if (spec.cancelled && opts.signal?.aborted && (await stoppedBy(e)))
                return spec.cancelled(opts, String(opts.signal.reason ?? 'stop'));
            throw e;
        }
    }, signals);
}
/** The file a command needs, validated once; a report instead when it cannot be used. */
async function needFile(opts, need) {
    const result = await (0,validate/* validateFile */.n)(opts.config);
    if (need === 'if-present') {
        // No file is fine; one with warnings only is used as it is.
        if (result.problems.some((p) => p.rule === 'file/not-found'))
            return {};
        if (result.profile)
            return { profile: result.profile };
    }
    if (result.profile && !(opts.failOnWarnings && result.warnings > 0)) {
        if (result.warnings)
            opts.log(`${opts.config}: ${result.warnings} warning(s); run validate to see them`);
        return { profile: result.profile };
    }
    const report = (0,validation/* validationReport */.qW)(result, opts.failOnWarnings);
    return {
        report: { ...report, failure: `${report.failure ?? (0,validation/* headline */.Pl)(result)}: nothing was sent to AWS` }
    };
}
/** Stopped by a signal, perhaps under an error that explains it (a read that was abandoned). */
async function stoppedBy(e) {
    const { wasStopped } = await Promise.all(/* import() */[__webpack_require__.e(907), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 34521));
    for (let x = e; x instanceof Error; x = x.cause)
        if (wasStopped(x))
            return true;
    return false;
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/config/problems.ts
var config_problems = __webpack_require__(34968);
;// CONCATENATED MODULE: ./src/github/annotations.ts
/** File-anchored annotations for the problems of a profile file. */


/** GitHub shows at most 10 annotations of each severity per step; the rest go to the summary and log. */
const MAX_ANNOTATIONS_PER_SEVERITY = 10;
function annotate(problems) {
    for (const severity of ['error', 'warning']) {
        const emit = severity === 'error' ? actions_core/* error */.z3 : actions_core/* warning */.$e;
        for (const p of problems
            .filter((x) => x.severity === severity)
            .slice(0, MAX_ANNOTATIONS_PER_SEVERITY)) {
            emit(p.message, {
                title: `${(0,config_problems/* formatPath */.jV)(p.path)} [${p.rule}]`,
                file: p.file,
                startLine: p.line,
                startColumn: p.column
            });
        }
    }
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/trim-markdown.ts
/**
 * Cut Markdown to a length without breaking what follows it: the cut falls on a line boundary, a code fence
 * left open is closed (or the rest of the page would render as code) and so is every open `<details>`, and
 * a notice says how many lines were cut. Pure.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
function advance(open, line) {
    const m = FENCE.exec(line);
    if (open.fence) {
        const closes = m && m[1][0] === open.fence.char && m[1].length >= open.fence.length && line.trim() === m[1];
        return closes ? { details: open.details } : open;
    }
    if (m)
        return { ...open, fence: { char: m[1][0], length: m[1].length } };
    const opened = line.match(/<details[\s>]/gi)?.length ?? 0;
    const closed = line.match(/<\/details>/gi)?.length ?? 0;
    return { details: Math.max(0, open.details + opened - closed) };
}
function closers(open) {
    return ((open.fence ? `${open.fence.char.repeat(open.fence.length)}\n` : '') +
        '</details>\n'.repeat(open.details));
}
/**
 * `markdown` when it fits in `max` characters; otherwise its longest head of whole lines that fits with the
 * closers and `notice(linesCut)`. Only the notice is left when not even one line fits.
 */
function trimMarkdown(markdown, max, notice) {
    if (markdown.length <= max)
        return markdown;
    const lines = markdown.split('\n');
    const cut = (kept, open) => `${lines.slice(0, kept).join('\n')}\n${closers(open)}\n${notice(lines.length - kept)}\n`;
    // Lengths are added up rather than each candidate built, so a 200 kB report is cut in linear time.
    let best;
    let open = { details: 0 };
    let used = 0;
    for (let kept = 1; kept < lines.length; kept++) {
        used += lines[kept - 1].length + 1;
        if (used > max)
            break;
        open = advance(open, lines[kept - 1]);
        if (used + closers(open).length + notice(lines.length - kept).length + 2 <= max)
            best = { kept, open };
    }
    return best ? cut(best.kept, best.open) : `${notice(lines.length)}\n`;
}

;// CONCATENATED MODULE: ./src/github/comment-body.ts
/**
 * The body of the sticky pull-request comment, one per profile file. Each command owns a section, delimited
 * by hidden markers, so a command replaces its own section and keeps the others (validate and plan today;
 * later commands add theirs). A section made for an earlier commit is kept but folded and labelled as such.
 * The body stays under GitHub's limit: the largest sections are trimmed first, each pointing at the job
 * summary of the run that made it. Pure.
 */


/** GitHub refuses a longer comment body ("Body is too long (maximum is 65536 characters)", HTTP 422). */
const COMMENT_LIMIT = 65_536;
/** JSON inside an HTML comment: without `<` and `>`, no value can end the comment early. */
function comment_body_hidden(value) {
    return JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
}
/** The first line of the file's comment; finding it is how the comment is found again. */
function fileMarker(identity) {
    return `<!-- ddac:file ${comment_body_hidden(identity)} -->`;
}
const SECTION = /<!-- ddac:section (\{.*?\}) -->\n([\s\S]*?)\n<!-- ddac:end -->/g;
const SECTION_END = '<!-- ddac:end -->';
/** A report that quotes our own marker (a name in the file, say) must not end its section early. */
function defuse(markdown) {
    return markdown.replaceAll('<!-- ddac:', '<!-- ddac\u200b:').trimEnd();
}
/** The sections of a body this module wrote; anything else in it is dropped. */
function parseSections(body) {
    const sections = [];
    for (const m of body.matchAll(SECTION)) {
        try {
            const meta = JSON.parse(m[1]);
            if (typeof meta.command !== 'string')
                continue;
            sections.push({
                command: meta.command,
                ...(typeof meta.sha === 'string' ? { sha: meta.sha } : {}),
                ...(typeof meta.run === 'string' ? { runUrl: meta.run } : {}),
                markdown: m[2].trimEnd()
            });
        }
        catch {
            // a marker edited by hand: its section is dropped, the comment is rewritten
        }
    }
    return sections;
}
const comment_body_short = (sha) => sha.slice(0, 7);
/** A report with nothing to act on keeps its heading in view and folds the rest, so the others stand out. */
function foldBody(markdown) {
    const [first, ...rest] = markdown.trimEnd().split('\n');
    const body = rest.join('\n').trim();
    if (!first?.startsWith('#') || !body)
        return markdown;
    return `${first}\n\n<details><summary>Details</summary>\n\n${body}\n\n</details>\n`;
}
function renderSection(s, headSha) {
    const meta = comment_body_hidden({ command: s.command, sha: s.sha, run: s.runUrl });
    const body = `<!-- ddac:section ${meta} -->\n${s.markdown}\n\n${SECTION_END}\n`;
    if (!headSha || !s.sha || s.sha === headSha)
        return body;
    const from = s.runUrl ? `<a href="${s.runUrl}">${comment_body_short(s.sha)}</a>` : comment_body_short(s.sha);
    return `<details><summary>⏳ <b>${s.command}</b> from an earlier commit (${from}); not run for <code>${comment_body_short(headSha)}</code></summary>\n\n${body}\n</details>\n`;
}
function trimNotice(s) {
    const where = s.runUrl ? `the [job summary](${s.runUrl})` : 'the job summary';
    return (lines) => `> [!NOTE]\n> Trimmed to fit a pull-request comment: ${lines} more lines of ${(0,markdown/* code */.aY)(s.command)} are in ${where}.`;
}
/** Shares of `budget`, smallest first: a section that needs less than an equal share leaves the rest. */
function allocate(sizes, budget) {
    const shares = new Array(sizes.length).fill(0);
    const bySize = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size);
    let left = budget;
    bySize.forEach(({ size, i }, n) => {
        shares[i] = Math.min(size, Math.floor(left / (bySize.length - n)));
        left -= shares[i];
    });
    return shares;
}
function composeComment(input) {
    const limit = input.limit ?? COMMENT_LIMIT;
    const section = { ...input.section, markdown: defuse(input.section.markdown) };
    const rank = (command) => {
        const i = input.order.indexOf(command);
        return i < 0 ? input.order.length : i;
    };
    const sections = [
        ...parseSections(input.previous ?? '').filter((s) => s.command !== section.command),
        section
    ].sort((a, b) => rank(a.command) - rank(b.command));
    const render = (all) => {
        const head = `${fileMarker(input.identity)}\n<sub>🛡️ ddac · ${(0,markdown/* code */.aY)(input.file)}</sub>\n\n`;
        const link = section.runUrl ? ` in [this run](${section.runUrl})` : '';
        const made = section.sha ? ` for ${(0,markdown/* code */.aY)(comment_body_short(section.sha))}` : '';
        const foot = `\n<sub>Updated${made}${link}; its job summary has the full report. One comment per profile file, edited on every run.</sub>\n`;
        return head + all.map((s) => renderSection(s, section.sha)).join('\n') + foot;
    };
    const whole = render(sections);
    if (whole.length <= limit)
        return whole;
    const overhead = render(sections.map((s) => ({ ...s, markdown: '' }))).length;
    const shares = allocate(sections.map((s) => s.markdown.length), limit - overhead);
    const trimmed = render(sections.map((s, i) => ({
        ...s,
        markdown: trimMarkdown(s.markdown, shares[i], trimNotice(s))
    })));
    if (trimmed.length <= limit)
        return trimmed;
    // Only when the sections are so many that not even their notices fit: keep the notices alone.
    return render(sections.map((s) => ({ ...s, markdown: trimNotice(s)(s.markdown.split('\n').length) })));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/event.ts
/**
 * The pull request a run belongs to, from the runner's environment and event payload. Read here rather than
 * through @actions/github's context so that runs outside a pull request never load Octokit.
 */


const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The pull request of a pull_request or pull_request_target run; undefined for any other event. */
function pullRequestOf(env = process.env) {
    if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    if (!env.GITHUB_EVENT_PATH)
        throw new Error(`GITHUB_EVENT_PATH is not set for a ${env.GITHUB_EVENT_NAME} event`);
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch (e) {
        throw new Error(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(0,errors/* errorMessage */.g)(e)}`, {
            cause: e
        });
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number')
        throw new Error(`the ${env.GITHUB_EVENT_NAME} event payload has no pull_request.number`);
    const [owner, repo] = repository(payload, env);
    const sha = payload.pull_request?.head?.sha;
    return { owner, repo, number, ...(typeof sha === 'string' ? { headSha: sha } : {}) };
}
function repository(payload, env) {
    const { name, owner } = payload.repository ?? {};
    if (typeof name === 'string' && typeof owner?.login === 'string')
        return [owner.login, name];
    const [o, r] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!o || !r)
        throw new Error('neither the event payload nor GITHUB_REPOSITORY names the repository');
    return [o, r];
}
/** The run's page, where its job summary is; undefined outside Actions. */
function runUrlOf(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
/** REST names an app's account `name[bot]` of type Bot; GraphQL's viewer is `name`, a Bot. */
const sameAuthor = (a, b) => a.bot === b.bot && a.login.replace(/\[bot\]$/, '') === b.login.replace(/\[bot\]$/, '');
async function viewer(octokit) {
    const { viewer: v } = await octokit.graphql('query { viewer { login __typename } }');
    return { login: v.login, bot: v.__typename === 'Bot' };
}
async function findComment(octokit, target, marker) {
    let me;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100
    });
    for await (const { data } of pages) {
        for (const c of data) {
            if (!c.body?.startsWith(marker) || !c.user)
                continue;
            me ??= await viewer(octokit);
            if (sameAuthor({ login: c.user.login, bot: c.user.type === 'Bot' }, me))
                return { id: c.id, body: c.body };
        }
    }
    return undefined;
}
/**
 * `render` gets the current body (undefined when there is no comment yet) and returns the new one. Without
 * `create`, only an existing comment is updated.
 */
async function upsertComment(octokit, target, marker, render, { create }) {
    const found = await findComment(octokit, target, marker);
    const where = { owner: target.owner, repo: target.repo };
    if (found) {
        const { data } = await octokit.rest.issues.updateComment({
            ...where,
            comment_id: found.id,
            body: render(found.body)
        });
        return { action: 'updated', url: data.html_url };
    }
    if (!create)
        return { action: 'skipped' };
    const { data } = await octokit.rest.issues.createComment({
        ...where,
        issue_number: target.issueNumber,
        body: render(undefined)
    });
    return { action: 'created', url: data.html_url };
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts
/**
 * The step's report as the sticky pull-request comment of its profile file. Best effort: the job summary
 * already holds the report, so nothing here fails the step. A fork's read-only token, a missing permission
 * or an API outage is a warning.
 */






/** The commands whose report goes into the comment. */
const COMMENT_COMMANDS = new Set([
    'validate',
    'plan',
    'simulate',
    'run'
]);
/** `on-change` posts only such reports: a problem in the file, a failure, or a change to the account. */
function needsAttention(report) {
    return (!report.ok ||
        report.problems.length > 0 ||
        report.outputs[constants/* Outputs */.tY.HasChanges] === true ||
        report.outputs[constants/* Outputs */.tY.Drift] === true);
}
/** Posts or updates the comment; returns its URL, or undefined when there is none. */
async function commentOnPullRequest(req, env = process.env) {
    if (req.comment === 'never' || !COMMENT_COMMANDS.has(req.command))
        return undefined;
    let pr;
    try {
        pr = pullRequestOf(env);
    }
    catch (e) {
        actions_core/* warning */.$e(`No pull-request comment: ${(0,errors/* errorMessage */.g)(e)}`);
        return undefined;
    }
    if (!pr)
        return undefined;
    if (!req.githubToken) {
        actions_core/* warning */.$e(`No pull-request comment: input "${constants/* Inputs */.G0.GitHubToken}" is empty. The job summary has the report.`);
        return undefined;
    }
    const attention = needsAttention(req.report);
    try {
        const { githubClient } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702));
        const runUrl = runUrlOf(env);
        const result = await upsertComment(githubClient(req.githubToken, (line) => actions_core/* info */.pq(line)), { owner: pr.owner, repo: pr.repo, issueNumber: pr.number }, fileMarker(req.identity), (previous) => composeComment({
            identity: req.identity,
            file: req.config,
            ...(previous === undefined ? {} : { previous }),
            section: {
                command: req.command,
                ...(pr.headSha ? { sha: pr.headSha } : {}),
                ...(runUrl ? { runUrl } : {}),
                markdown: attention ? req.report.markdown : foldBody(req.report.markdown)
            },
            order: constants/* COMMANDS */.Lo
        }), { create: req.comment === 'always' || attention });
        if (result.action === 'skipped')
            actions_core/* info */.pq(`pull request #${pr.number}: no changes or problems, so no comment (comment: on-change)`);
        else
            actions_core/* info */.pq(`pull request #${pr.number}: comment ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (e) {
        actions_core/* warning */.$e(failureText(e, pr));
        return undefined;
    }
}
function failureText(e, pr) {
    const status = e.status;
    const what = `Could not comment on pull request #${pr.number}`;
    if (status === 403 || status === 404)
        return (`${what} (${status}: ${(0,errors/* errorMessage */.g)(e)}): the token may not write to it. A pull request from a fork ` +
            `gets a read-only token; otherwise give the job "permissions: pull-requests: write". ` +
            `The job summary has the full report.`);
    return `${what}: ${(0,errors/* errorMessage */.g)(e)}. The job summary has the full report.`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/github/limits.ts
/**
 * What GitHub takes from a step: an output of at most 1 MB and a job summary of at most 1 MiB (a larger
 * summary is dropped with an error). Reports are cut to fit, saying so; the full list of problems goes to a
 * file in RUNNER_TEMP, whose path is an output.
 */




/** Under both 1 MB (an output) and 1 MiB (a summary), with room for the note that says it was cut. */
const MAX_MARKDOWN_BYTES = 1_000_000;
/** The Markdown cut at a line under `maxBytes`, its open code block closed, with a note where it ends. */
function capMarkdown(markdown, maxBytes = MAX_MARKDOWN_BYTES) {
    if (Buffer.byteLength(markdown) <= maxBytes)
        return markdown;
    const note = `\n\n> ✂️ This report was cut at ${Math.floor(maxBytes / 1000)} kB, the most GitHub shows; the step's log holds all of it.\n`;
    const budget = maxBytes - Buffer.byteLength(note) - 4; // room to close a code block
    // Cut by bytes, then back to a whole line (a cut character would be invalid UTF-8).
    let kept = Buffer.from(markdown)
        .subarray(0, budget)
        .toString('utf8')
        .replace(/\uFFFD*$/, '');
    kept = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')));
    const fences = kept.match(/^\s*```/gm)?.length ?? 0;
    return `${kept}${fences % 2 === 1 ? '\n```' : ''}${note}`;
}
/** Every problem as JSON in a file of its own (two steps of one job never share it); returns its path. */
async function writeProblemsFile(problems, dir) {
    const file = external_node_path_default().join(dir, `ddac-problems-${(0,external_node_crypto_.randomUUID)()}.json`);
    await (0,promises_.writeFile)(file, JSON.stringify(problems.map(validation/* problemRecord */.Dv)));
    return file;
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/** The job summary. Writing it is best effort: a missing summary file is a warning, never a failure. */


async function writeSummary(markdown) {
    try {
        await actions_core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (e) {
        actions_core/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.g)(e)}`);
    }
}

// EXTERNAL MODULE: ./src/action/settings.ts + 2 modules
var action_settings = __webpack_require__(67776);
// EXTERNAL MODULE: ./src/util/words.ts
var words = __webpack_require__(90333);
;// CONCATENATED MODULE: ./src/action/main.ts
/** The action's main step: inputs → command → report. Only this function turns errors into a failed step. */












/** Where the post step finds what to remove if this step never finishes its teardown: names, never keys. */
function recordLedger(e) {
    actions_core/* saveState */.LZ(constants/* State */.Uw.Ledger, e.file);
    actions_core/* saveState */.LZ(constants/* State */.Uw.RunId, e.runId);
    actions_core/* saveState */.LZ(constants/* State */.Uw.TornDown, String(e.tornDown));
}
async function run() {
    try {
        const settings = (0,action_settings.getSettings)();
        // A cancelled run (SIGINT, then SIGTERM 7.5 s later) stops plan and apply, which still report below;
        // apply gives the writes in flight a few seconds to finish (commands/run.ts). The others just end.
        const report = await runCommand(commandOptions(settings, (line) => actions_core/* info */.pq(line)));
        actions_core/* info */.pq(report.text);
        annotate(report.problems);
        const markdown = capMarkdown(report.markdown);
        await writeSummary(markdown);
        const commentUrl = await commentOnPullRequest({
            ...settings,
            identity: report.identity ?? settings.identity ?? (0,identity/* defaultIdentity */.yY)(settings.config),
            report
        });
        for (const [name, value] of Object.entries(report.outputs))
            actions_core/* setOutput */.uH(name, value);
        if (report.problems.length > 0)
            actions_core/* setOutput */.uH(constants/* Outputs */.tY.ProblemsFile, await writeProblemsFile(report.problems, process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)()));
        actions_core/* setOutput */.uH(constants/* Outputs */.tY.Markdown, markdown);
        if (commentUrl)
            actions_core/* setOutput */.uH(constants/* Outputs */.tY.CommentUrl, commentUrl);
        if (!report.ok)
            actions_core/* setFailed */.C1(report.failure ?? 'ddac failed');
    }
    catch (e) {
        actions_core/* setFailed */.C1((0,errors/* errorMessage */.g)(e, words/* ACTION_WORDS */.dC));
    }
}
/** The command's own options, from the inputs. */
function commandOptions(s, log) {
    const common = {
        config: s.config,
        target: s.target,
        ...(s.region ? { region: s.region } : {}),
        ...(s.identity ? { identity: s.identity } : {}),
        failOnWarnings: s.failOnWarnings,
        log
    };
    const reconcile = { ...common, prune: s.prune, adopt: s.adopt };
    switch (s.command) {
        case 'validate':
        case 'status':
            return { command: s.command, ...common };
        case 'plan':
            return { command: 'plan', ...reconcile, ...(s.planFile ? { planFile: s.planFile } : {}) };
        case 'apply':
            return {
                command: 'apply',
                ...reconcile,
                ...(s.savedPlan ? { savedPlan: s.savedPlan } : {}),
                ...(s.lockTimeoutSeconds !== undefined ? { lockTimeoutSeconds: s.lockTimeoutSeconds } : {})
            };
        case 'import':
            return {
                command: 'import',
                ...common,
                output: s.importFile,
                ...(s.selection ? { selection: s.selection } : {})
            };
        case 'simulate':
            return { command: 'simulate', ...common, ...s.simulate, onLedger: recordLedger };
        case 'run':
            return {
                command: 'run',
                ...reconcile,
                ...(s.lockTimeoutSeconds !== undefined ? { lockTimeoutSeconds: s.lockTimeoutSeconds } : {}),
                ...s.simulate,
                onLedger: recordLedger
            };
        case 'audit':
            return { command: 'audit', ...common };
        case 'cleanup':
            return { command: 'cleanup', ...common, ...s.cleanup };
    }
}


/***/ }),

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

/***/ 97840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/** Durations as the profile file writes them (`250ms`, `5s`, `2m`, `1h`: the schema's DURATION_PATTERN). */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Milliseconds, or undefined for anything that is not such a duration. */
function parseDuration(text) {
    const m = typeof text === 'string' ? /^(\d+)(ms|s|m|h)$/.exec(text) : null;
    return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined;
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

/***/ 70270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   yY: () => (/* binding */ defaultIdentity)
/* harmony export */ });
/* unused harmony export repositoryOf */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The identity that marks what a profile file manages (tag `ddac:managed-by`): `<owner>/<repo>:<path in the
 * repository>`. It must come out the same in Actions and on a laptop, or a local plan against the account
 * would see every resource as managed by another file. So the path is taken from the repository root (not the
 * working directory or the workspace), and outside Actions the repository comes from the `origin` remote.
 */



function defaultIdentity(config, env = process.env, git = readGit) {
    const file = realFile(config);
    // In Actions GITHUB_REPOSITORY names the repository: one git call fewer at every start.
    const { root, origin } = git(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), !env.GITHUB_REPOSITORY);
    const repository = env.GITHUB_REPOSITORY ||
        (origin && repositoryOf(origin)) ||
        node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(root ?? process.cwd());
    const inRepo = root ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file) : node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(config);
    return `${repository}:${inRepo.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/')}`;
}
/** The identity of a file's resources: the flag or input, else the file's `identity:`, else its path form. */
function identityOf(given, profile) {
    return given.identity ?? profile.identity ?? defaultIdentity(given.config);
}
/** `owner/repo` from the remote URL forms git accepts: https, ssh, scp-like, with or without `.git`. */
function repositoryOf(url) {
    const m = /[:/]([^/:]+)\/([^/:]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The absolute path with symlinks resolved as git resolves its root (macOS /var → /private/var). */
function realFile(config) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(config);
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs)), node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(abs));
    }
    catch {
        return abs;
    }
}
function readGit(dir, withOrigin) {
    const root = repositoryRoot(dir);
    if (!root)
        return {};
    let origin;
    if (withOrigin) {
        try {
            origin = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', root, 'remote', 'get-url', 'origin'], {
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore'],
                timeout: 5000
            }).trim();
        }
        catch {
            // no remote, or no git at all
        }
    }
    return { root, ...(origin ? { origin } : {}) };
}
/**
 * The nearest folder up from `dir` holding `.git` (a directory, or the file of a worktree or submodule):
 * what `git rev-parse --show-toplevel` answers, without starting git at every run (cold start) and without
 * its refusal of a checkout another user owns (a container job's workspace).
 */
function repositoryRoot(dir) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(d, '.git')))
            return d;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(d) === d)
            return undefined;
    }
}


/***/ }),

/***/ 25490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ criteriaType),
/* harmony export */   p: () => (/* binding */ inventory)
/* harmony export */ });
/** The API's BehaviorCriteriaType of a behavior (NONE: no criteria, the metric is only retained). */
function criteriaType(b) {
    if (!b.criteria)
        return 'NONE';
    if (b.criteria.mlDetectionConfig)
        return 'MACHINE_LEARNING';
    if (b.criteria.statisticalThreshold)
        return 'STATISTICAL';
    return 'STATIC';
}
function inventory(file) {
    return {
        profiles: (file.securityProfiles ?? []).map((p) => {
            const behaviors = {
                MACHINE_LEARNING: 0,
                STATISTICAL: 0,
                STATIC: 0,
                NONE: 0
            };
            for (const b of p.behaviors ?? [])
                behaviors[criteriaType(b)]++;
            return { name: p.securityProfileName, targets: p.targets ?? [], behaviors };
        }),
        customMetrics: (file.customMetrics ?? []).map((m) => ({
            name: m.metricName,
            type: m.metricType
        })),
        dimensions: (file.dimensions ?? []).map((d) => ({
            name: d.name,
            values: d.stringValues?.length ?? 0
        })),
        mitigationActions: (file.mitigationActions ?? []).map((a) => ({
            name: a.actionName,
            action: Object.keys(a.actionParams ?? {})[0]?.replace(/Params$/, '') ?? ''
        })),
        auditChecks: file.auditConfiguration
            ? Object.entries(file.auditConfiguration.auditCheckConfigurations ?? {})
                .filter(([, c]) => c.enabled)
                .map(([name]) => name)
            : undefined,
        scheduledAudits: (file.scheduledAudits ?? []).map((s) => ({
            name: s.scheduledAuditName,
            frequency: s.frequency,
            checks: s.targetCheckNames?.length ?? 0
        })),
        simulations: (file.simulations ?? []).map((s) => ({
            name: s.name,
            scenario: s.scenario,
            things: s.things ?? 1,
            expects: describeExpectation(s.expect)
        }))
    };
}
function describeExpectation(e) {
    if (!e)
        return 'nothing (traffic only)';
    const parts = [];
    if (e.violations)
        parts.push(e.violations.map((v) => `${v.securityProfileName}/${v.behaviorName}`).join(', ') + ' alarm');
    if (e.noViolations)
        parts.push('no violations');
    if (e.auditFindings)
        parts.push(e.auditFindings.map((f) => f.checkName).join(', ') + ' finding');
    if (e.timeout)
        parts.push(`within ${e.timeout}`);
    return parts.join('; ') || 'nothing (traffic only)';
}


/***/ }),

/***/ 34968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   rg: () => (/* binding */ byPosition),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/** `securityProfiles[0].behaviors[2].criteria` — the path form people read and search for. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (IDENTIFIER.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out === '' ? '(document)' : out;
}
function error(rule, path, message, at) {
    return { severity: 'error', rule, path, message, ...(at ? { at } : {}) };
}
function warning(rule, path, message, at) {
    return { severity: 'warning', rule, path, message, ...(at ? { at } : {}) };
}
function byPosition(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
/** `device-defender.yml:12:9 error securityProfiles[0].name: …` — one line per problem, as compilers print. */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column} ${p.severity} ${formatPath(p.path)}: ${p.message} [${p.rule}]`;
}


/***/ }),

/***/ 96489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ indexFile),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   jO: () => (/* binding */ entries),
/* harmony export */   ld: () => (/* binding */ items),
/* harmony export */   sA: () => (/* binding */ isObj)
/* harmony export */ });
function isObj(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function str(x) {
    return typeof x === 'string' ? x : undefined;
}
/** The object items of a list with their paths. */
function items(list, path) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item, index) => isObj(item) ? [{ item, path: [...path, index], index }] : []);
}
function entries(file, key) {
    return items(file[key], [key]);
}
function indexFile(data) {
    const file = isObj(data) ? data : {};
    const customMetrics = new Map();
    const dimensions = new Set();
    const external = isObj(file.external) ? file.external : {};
    for (const n of Array.isArray(external.customMetrics) ? external.customMetrics : [])
        if (typeof n === 'string')
            customMetrics.set(n, undefined);
    for (const n of Array.isArray(external.dimensions) ? external.dimensions : [])
        if (typeof n === 'string')
            dimensions.add(n);
    for (const { item } of entries(file, 'customMetrics')) {
        const name = str(item.metricName);
        if (name)
            customMetrics.set(name, str(item.metricType));
    }
    for (const { item } of entries(file, 'dimensions')) {
        const name = str(item.name);
        if (name)
            dimensions.add(name);
    }
    const profiles = new Map();
    for (const { item, path } of entries(file, 'securityProfiles')) {
        const name = str(item.securityProfileName);
        if (!name || profiles.has(name))
            continue;
        const behaviors = new Map();
        for (const { item: b } of items(item.behaviors, [])) {
            const bn = str(b.name);
            if (bn && !behaviors.has(bn))
                behaviors.set(bn, b);
        }
        profiles.set(name, { path, item, behaviors });
    }
    let enabledChecks;
    if (isObj(file.auditConfiguration)) {
        enabledChecks = new Set();
        const checks = file.auditConfiguration.auditCheckConfigurations;
        if (isObj(checks))
            for (const [name, c] of Object.entries(checks))
                if (isObj(c) && c.enabled === true)
                    enabledChecks.add(name);
    }
    return { file, customMetrics, dimensions, profiles, enabledChecks };
}


/***/ }),

/***/ 30956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VJ: () => (/* binding */ checkTargets),
/* harmony export */   hD: () => (/* binding */ targetKey)
/* harmony export */ });
/* harmony import */ var _file_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42748);
/* harmony import */ var _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25391);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34968);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96489);
/** Security profile targets: their form, duplicates, and the quota of 5 profiles per target. */





const GROUP_NAME = /^[a-zA-Z0-9:_-]{1,128}$/;
const TARGET_ARN = /^arn:aws[a-z-]*:iot:[a-z0-9-]+:\d{12}:(thinggroup\/[a-zA-Z0-9:_-]{1,128}|all\/(registered-things|unregistered-things|things))$/;
/**
 * The target a reference means, independent of how it is written: `anom_group` and
 * `arn:aws:iot:…:thinggroup/anom_group` are one target. Undefined when the reference is malformed.
 */
function targetKey(ref) {
    if (_file_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCOUNT_TARGETS */ .rX.includes(ref))
        return ref;
    if (ref.startsWith('arn:')) {
        const m = TARGET_ARN.exec(ref);
        return m ? m[1] : undefined;
    }
    if (ref.startsWith('all/'))
        return undefined;
    return GROUP_NAME.test(ref) ? `thinggroup/${ref}` : undefined;
}
function checkTargets(index) {
    const problems = [];
    const byTarget = new Map();
    for (const { item, path } of (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .entries */ .jO)(index.file, 'securityProfiles')) {
        if (!Array.isArray(item.targets))
            continue;
        const name = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(item.securityProfileName) ?? `securityProfiles[${String(path[1])}]`;
        const mine = new Set();
        item.targets.forEach((ref, i) => {
            const tPath = [...path, 'targets', i];
            if (typeof ref !== 'string')
                return;
            const key = targetKey(ref);
            if (!key) {
                problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('target/format', tPath, `"${ref}" is not a target: use a thing group name, ${_file_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ACCOUNT_TARGETS */ .rX.join(', ')}, or an ARN such as arn:aws:iot:<region>:<account>:thinggroup/<name>`));
                return;
            }
            if (mine.has(key)) {
                problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('target/duplicate', tPath, `"${ref}" names a target this profile already lists`));
                return;
            }
            mine.add(key);
            const list = byTarget.get(key) ?? [];
            list.push({ profile: name, path: tPath });
            byTarget.set(key, list);
        });
    }
    for (const [key, list] of byTarget) {
        if (list.length <= _model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PROFILES_PER_TARGET */ .Sg)
            continue;
        const names = list.map((l) => l.profile).join(', ');
        for (const extra of list.slice(_model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PROFILES_PER_TARGET */ .Sg)) {
            problems.push((0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('target/quota', extra.path, `${key} would have ${list.length} security profiles (${names}); a target takes at most ${_model_resource_quotas_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PROFILES_PER_TARGET */ .Sg}`));
        }
    }
    return problems;
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   Ew: () => (/* binding */ SCHEMA_ID),
/* harmony export */   Qh: () => (/* binding */ INT32_MIN),
/* harmony export */   Y1: () => (/* binding */ ignoredMembers),
/* harmony export */   go: () => (/* binding */ INT32_MAX)
/* harmony export */ });
/* unused harmony export buildProfileSchema */
/* harmony import */ var _model_catalog_audit_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52230);
/* harmony import */ var _model_catalog_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87788);
/* harmony import */ var _file_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42748);
/* harmony import */ var _model_iot_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79065);
/**
 * The JSON Schema of the profile file, generated from the AWS IoT API model: every resource entry is its
 * Create request shape (required members, lengths, ranges, patterns, enums, docs) with a few annotations the
 * model lacks (audit check names, metric names). The same object validates files at run time and is
 * published as `schema/device-defender.schema.json` for editors.
 */




const SCHEMA_ID = 'https://raw.githubusercontent.com/ddac-dev/ddac/main/schema/device-defender.schema.json';
/** An Integer in the API model is 32-bit. */
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const DURATION_PATTERN = '^[0-9]+(ms|s|m|h)$';
/** Shapes whose model type is a bare string but whose values are a known set. */
const ANNOTATIONS = {
    AuditCheckName: { enum: _model_catalog_audit_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_CHECK_NAMES */ .Ss },
    BehaviorMetric: { examples: _model_catalog_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_METRICS */ .y6.map((m) => m.name) }
};
class SchemaBuilder {
    definitions = {};
    ref(shapeName) {
        if (!(shapeName in this.definitions)) {
            this.definitions[shapeName] = {}; // placeholder breaks recursion
            this.definitions[shapeName] = this.convert(shapeName);
        }
        return { $ref: `#/definitions/${shapeName}` };
    }
    /** A structure shape as an object schema, optionally without some members and with extra properties. */
    object(shapeName, omit = [], extra = {}) {
        const s = structure(shapeName);
        const properties = {};
        const required = [];
        for (const [member, spec] of Object.entries(s.members)) {
            if (omit.includes(member))
                continue;
            const doc = shapeDoc(shapeName, member);
            properties[member] = {
                ...this.ref(spec.t),
                ...(doc ? { description: doc } : {}),
                ...(spec.default !== undefined ? { default: spec.default } : {}),
                ...(spec.deprecated
                    ? { deprecated: true, description: `Deprecated: ${spec.deprecated} ${doc ?? ''}`.trim() }
                    : {})
            };
            if (spec.req)
                required.push(member);
        }
        Object.assign(properties, extra);
        const doc = shapeDoc(shapeName);
        return {
            type: 'object',
            ...(doc ? { description: doc } : {}),
            properties,
            ...(required.length ? { required } : {}),
            additionalProperties: false
        };
    }
    convert(name) {
        const s = shape(name);
        const annotation = ANNOTATIONS[name] ?? {};
        switch (s.type) {
            case 'structure':
                return this.object(name);
            case 'list':
                return { type: 'array', items: this.ref(s.member), ...bounds(s, 'Items') };
            case 'map': {
                const key = shape(s.key);
                const keyEnum = key.type === 'enum' ? key.values : ANNOTATIONS[s.key]?.enum;
                if (keyEnum) {
                    // Known keys as properties, so editors offer them and unknown ones get a "did you mean".
                    const value = this.ref(s.value);
                    return {
                        type: 'object',
                        properties: Object.fromEntries(keyEnum.map((k) => [k, value])),
                        additionalProperties: false,
                        ...bounds(s, 'Properties')
                    };
                }
                return {
                    type: 'object',
                    propertyNames: this.keySchema(s.key),
                    additionalProperties: this.ref(s.value),
                    ...bounds(s, 'Properties')
                };
            }
            case 'string':
                return {
                    type: 'string',
                    ...bounds(s, 'Length'),
                    ...(s.pattern ? { pattern: jsPattern(s.pattern) } : {}),
                    ...annotation
                };
            case 'enum':
                return { type: 'string', enum: s.values };
            case 'integer':
                return { type: 'integer', ...range({ rmin: INT32_MIN, rmax: INT32_MAX, ...s }) };
            case 'long':
                // A Long past 2^53 would be sent rounded (JSON numbers are doubles here), then read back as equal.
                return {
                    type: 'integer',
                    ...range({ rmin: -Number.MAX_SAFE_INTEGER, rmax: Number.MAX_SAFE_INTEGER, ...s })
                };
            case 'double':
            case 'float':
                return { type: 'number', ...range(s) };
            case 'boolean':
                return { type: 'boolean' };
            case 'timestamp':
                return { type: 'number' };
        }
    }
    keySchema(name) {
        const s = shape(name);
        if (s.type === 'string')
            return { ...bounds(s, 'Length'), ...(s.pattern ? { pattern: jsPattern(s.pattern) } : {}) };
        return {};
    }
}
function bounds(s, suffix) {
    return {
        ...(s.min !== undefined && s.min > 0 ? { [`min${suffix}`]: s.min } : {}),
        ...(s.max !== undefined ? { [`max${suffix}`]: s.max } : {})
    };
}
function range(s) {
    return {
        ...(s.rmin !== undefined ? { minimum: s.rmin } : {}),
        ...(s.rmax !== undefined ? { maximum: s.rmax } : {})
    };
}
function simulationSchema(b) {
    const duration = (description) => ({
        type: 'string',
        pattern: DURATION_PATTERN,
        description
    });
    return {
        type: 'object',
        description: 'A device simulation: provision things, produce traffic, then check what Device Defender reports.',
        required: ['name', 'scenario'],
        additionalProperties: false,
        properties: {
            name: {
                type: 'string',
                pattern: '^[a-zA-Z0-9_-]{1,64}$',
                description: 'Unique name of the simulation.'
            },
            scenario: {
                type: 'string',
                enum: [...SCENARIOS],
                description: 'What the simulated devices do.'
            },
            things: {
                type: 'integer',
                minimum: 1,
                maximum: 1000,
                default: 1,
                description: 'Fleet size; each thing gets its own certificate (one process holds 1,000; shard larger fleets).'
            },
            thingGroup: {
                ...b.ref('ThingGroupName'),
                description: 'Thing group the simulated things join (a security profile target).'
            },
            topic: {
                type: 'string',
                minLength: 1,
                maxLength: 256,
                pattern: '^[^#+]+$',
                description: 'MQTT topic to publish on (no wildcards).'
            },
            messageSize: {
                type: 'integer',
                minimum: 0,
                maximum: 131072,
                description: 'Payload bytes per message (AWS IoT allows 128 KB).'
            },
            count: {
                type: 'integer',
                minimum: 1,
                maximum: 1000000,
                description: 'Messages (or connections) per thing.'
            },
            interval: duration('Time between one step and the next per thing (a message, a denied publish, a connection), e.g. 250ms.'),
            duration: duration('baseline: how long the steady traffic runs (default 5m).'),
            hold: duration('shared-certificate: how long the things stay connected together (default 5m; AWS records connections older than about 2 hours for its audit).'),
            expect: {
                type: 'object',
                additionalProperties: false,
                description: 'What must (or must not) happen.',
                properties: {
                    violations: {
                        type: 'array',
                        minItems: 1,
                        items: {
                            type: 'object',
                            required: ['securityProfileName', 'behaviorName'],
                            additionalProperties: false,
                            properties: {
                                securityProfileName: b.ref('SecurityProfileName'),
                                behaviorName: b.ref('BehaviorName'),
                                thingName: {
                                    type: 'string',
                                    minLength: 1,
                                    description: "One of the simulation's things, by number (1 is the first) or full name."
                                },
                                mitigationAction: {
                                    ...b.ref('MitigationActionName'),
                                    description: 'An ADD_THINGS_TO_THING_GROUP mitigation action of this file to run on the violations found; ddac checks the things land in its groups.'
                                }
                            }
                        }
                    },
                    noViolations: {
                        type: 'boolean',
                        description: 'A false-positive check: no behavior may alarm.'
                    },
                    auditFindings: {
                        type: 'array',
                        minItems: 1,
                        items: {
                            type: 'object',
                            required: ['checkName'],
                            additionalProperties: false,
                            properties: { checkName: b.ref('AuditCheckName') }
                        }
                    },
                    timeout: duration('How long to wait for the expectation, e.g. 20m.')
                }
            }
        }
    };
}
const IGNORED_DOC = 'Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored.';
/**
 * Members that `aws iot describe-…` prints, or a `--generate-cli-skeleton` holds, that the file does not set:
 * the ones AWS reports (ARNs, versions, dates) and the ones ddac fills in (idempotency tokens).
 */
function ignoredMembers(request, omit = []) {
    const describe = request.replace(/^(Create|Update)/, 'Describe').replace(/Request$/, 'Response');
    const taken = (0,_model_iot_model_js__WEBPACK_IMPORTED_MODULE_3__/* .structure */ .QK)(request).members;
    const reported = _model_iot_model_js__WEBPACK_IMPORTED_MODULE_3__/* .iotModel */ .OA.shapes[describe]
        ? Object.keys((0,_model_iot_model_js__WEBPACK_IMPORTED_MODULE_3__/* .structure */ .QK)(describe).members).filter((m) => !(m in taken))
        : [];
    return [...omit, ...reported];
}
function buildProfileSchema() {
    const b = new SchemaBuilder();
    const list = (items, description) => ({
        type: 'array',
        items,
        description
    });
    const properties = {
        $schema: { type: 'string' },
        version: { const: FILE_VERSION, description: 'Version of the profile file format.' },
        identity: {
            ...b.ref('TagValue'),
            type: 'string',
            minLength: 1,
            description: 'What marks the resources this file manages (their ddac:managed-by tag). Default: <owner>/<repo>:<path of the file>. import writes it, so the file plans the same wherever it is saved.'
        }
    };
    for (const kind of ENTRY_KINDS) {
        const extra = kind.key === 'securityProfiles'
            ? {
                targets: {
                    type: 'array',
                    description: `Where the profile is attached: thing group names, ${ACCOUNT_TARGETS.join(', ')}, or full target ARNs.`,
                    items: { type: 'string', minLength: 1, examples: [...ACCOUNT_TARGETS] }
                }
            }
            : {};
        const operation = kind.request.replace(/Request$/, '');
        const doc = `${kind.label}s, each as the ${operation} request takes it (${operationDoc(operation) ?? ''})`;
        const ignored = Object.fromEntries(ignoredMembers(kind.request, kind.omit).map((m) => [m, { description: IGNORED_DOC }]));
        properties[kind.key] = list(b.object(kind.request, kind.omit, { ...ignored, ...extra }), doc);
    }
    properties.auditConfiguration = {
        ...b.object(AUDIT_CONFIGURATION_REQUEST),
        description: 'The account audit configuration (account-wide): role, notification targets and enabled checks.'
    };
    properties.simulations = list(simulationSchema(b), 'Device simulations and the violations or findings they must produce.');
    properties.acceptedFindings = list({
        type: 'object',
        required: ['checkName', 'reason', 'expires'],
        additionalProperties: false,
        properties: {
            checkName: b.ref('AuditCheckName'),
            resource: {
                type: 'string',
                minLength: 1,
                description: 'The non-compliant resource the finding names (a certificate id, client id, policy name, role alias …); absent: every finding of the check.'
            },
            reason: { type: 'string', minLength: 1, description: 'Why this finding is accepted.' },
            expires: {
                type: 'string',
                pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
                description: 'The day (YYYY-MM-DD, UTC) after which the finding counts again.'
            }
        }
    }, 'Audit findings the team accepts for now: `audit` does not fail on them until they expire.');
    properties.external = {
        type: 'object',
        additionalProperties: false,
        description: 'Resources the file references but does not manage (created elsewhere).',
        properties: {
            customMetrics: { type: 'array', items: b.ref('MetricName') },
            dimensions: { type: 'array', items: b.ref('DimensionName') }
        }
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_ID,
        title: 'ddac profile file (AWS IoT Device Defender as code)',
        type: 'object',
        required: ['version'],
        additionalProperties: false,
        properties,
        definitions: Object.fromEntries(Object.entries(b.definitions).sort(([a], [b2]) => a.localeCompare(b2)))
    };
}


/***/ }),

/***/ 97015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ validateFile)
});

// UNUSED EXPORTS: validateText

// EXTERNAL MODULE: ./src/config/problems.ts
var config_problems = __webpack_require__(34968);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/config/json-source.ts
/**
 * A `.json` profile file is parsed as strict JSON, not as YAML (which would accept a trailing comma or a
 * comment that no JSON tool does), keeping each node's offset so later problems can name line:column.
 */

/** After the first syntax error the parser's further errors are its consequences: only that one is shown. */
function parseJson(text) {
    const errors = [];
    const tree = (0,main.parseTree)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false
    });
    if (errors.length > 0)
        return { problems: [describe(text, errors[0])] };
    if (!tree)
        return { problems: [{ offset: 0, rule: 'json/syntax', message: 'expected a JSON value' }] };
    const duplicates = duplicateKeys(tree);
    if (duplicates.length > 0)
        return { problems: duplicates };
    return {
        // The tree is checked strict JSON, which JSON.parse reads alike (and keeps `__proto__` an own key).
        data: JSON.parse(text),
        offsetOf: (path, at) => offsetOf(tree, path, at)
    };
}
const MESSAGES = {
    InvalidSymbol: 'this is not JSON: expected a value (a string in double quotes, a number, true, false, null, an object or an array)',
    InvalidNumberFormat: 'not a JSON number',
    PropertyNameExpected: 'expected a key in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected a colon (:) after the key',
    CommaExpected: 'expected a comma (,) between the items',
    CloseBraceExpected: 'expected } to close the object',
    CloseBracketExpected: 'expected ] to close the array',
    EndOfFileExpected: 'expected the end of the file after the top-level value (a JSON file holds one value)',
    InvalidCommentToken: 'comments are not allowed in JSON; remove it, or write the file as YAML (device-defender.yml), where # starts a comment',
    UnexpectedEndOfComment: 'comments are not allowed in JSON, and this one is not closed',
    UnexpectedEndOfString: 'the string is not closed: a double quote (") is missing',
    UnexpectedEndOfNumber: 'the number ends too early',
    InvalidUnicode: 'invalid \\u escape: it takes four hexadecimal digits',
    InvalidEscapeCharacter: 'invalid escape in a string: JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX',
    InvalidCharacter: 'a control character (such as a tab or line break) inside a string; write it as an escape (\\t, \\n)'
};
function describe(text, e) {
    const name = (0,main.printParseErrorCode)(e.error);
    // `{"a": 1, }`: the parser stops at the closer; the mistake is the comma before it.
    if ((name === 'PropertyNameExpected' || name === 'ValueExpected') &&
        /[}\]]/.test(text[e.offset] ?? '')) {
        const comma = text.slice(0, e.offset).trimEnd();
        if (comma.endsWith(','))
            return {
                offset: comma.length - 1,
                rule: 'json/trailing-comma',
                message: 'a comma after the last item: JSON allows none; remove it'
            };
    }
    if (name === 'InvalidCommentToken' || name === 'UnexpectedEndOfComment')
        return { offset: e.offset, rule: 'json/comment', message: MESSAGES[name] };
    return {
        offset: e.offset,
        rule: 'json/syntax',
        message: MESSAGES[name] ?? `invalid JSON (${name})`
    };
}
/** JSON allows a key twice (the last wins, silently); a profile file does not, as in YAML. */
function duplicateKeys(root) {
    const problems = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object') {
            const seen = new Set();
            for (const property of node.children ?? []) {
                const key = property.children?.[0];
                if (!key)
                    continue;
                const name = String(key.value);
                if (seen.has(name))
                    problems.push({
                        offset: key.offset,
                        rule: 'json/duplicate-key',
                        message: `duplicate key "${name}": a key may appear only once in an object`
                    });
                seen.add(name);
            }
        }
        stack.push(...(node.children ?? []));
    }
    return problems.sort((a, b) => a.offset - b.offset);
}
/** The deepest node of the path that exists: its key when `at` is key and the whole path exists. */
function offsetOf(root, path, at) {
    for (let n = path.length; n >= 0; n--) {
        const node = (0,main.findNodeAtLocation)(root, [...path.slice(0, n)]);
        if (!node)
            continue;
        if (n === path.length && at === 'key' && node.parent?.type === 'property')
            return node.parent.children?.[0]?.offset ?? node.offset;
        return node.offset;
    }
    return root.offset;
}

;// CONCATENATED MODULE: ./src/config/yaml-shape.ts
/** YAML that parses but has no JSON form a profile file could mean: unknown tags, collections as keys. */

/**
 * Tags the parser does not know (`!js/function`, `!!python/object`) would be dropped silently, the value
 * read as a plain string: a profile file takes none.
 */
function unknownTags(doc) {
    return doc.warnings
        .filter((w) => w.code === 'TAG_RESOLVE_FAILED')
        .map((w) => ({
        offset: w.pos[0],
        rule: 'yaml/tag',
        message: `${w.message
            .split('\n')[0]
            .replace(/^Unresolved tag: (.*)$/, 'the YAML tag $1 is unknown')
            .replace('tag:yaml.org,2002:', '!!')}; a profile file holds plain values (strings, numbers, true/false, lists, mappings): remove the tag`
    }));
}
/** A list or mapping used as a key (`? [a, b]`) has no JSON form; the parser would stringify it with a warning. */
function complexKeys(doc) {
    const problems = [];
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            const key = (0,dist/* isAlias */.Vj)(pair.key) ? pair.key.resolve(doc) : pair.key;
            if ((0,dist/* isMap */.jh)(key) || (0,dist/* isSeq */.oP)(key))
                problems.push({
                    offset: pair.key.range?.[0] ?? 0,
                    rule: 'yaml/complex-key',
                    message: `a ${(0,dist/* isMap */.jh)(key) ? 'mapping' : 'list'} used as a key; keys are names (plain strings)`
                });
        }
    });
    return problems;
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/config/suggest.ts

/** The closest candidate to a misspelt word, if one is close enough to be the likely intent. */
function closest(word, candidates) {
    let best;
    let bestScore = Infinity;
    const lower = word.toLowerCase();
    for (const c of candidates) {
        const score = (0,mod/* distance */.Io)(lower, c.toLowerCase());
        if (score < bestScore) {
            best = c;
            bestScore = score;
        }
    }
    if (best === undefined)
        return undefined;
    // Case-only differences and small edits are typos; anything further is a different word.
    const budget = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
    return bestScore <= budget ? best : undefined;
}
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : `; did you mean "${c}"?`;
}
/** `a, b or c` for short lists, a count for long ones. */
function oneOf(values, max = 12) {
    if (values.length <= max)
        return values.join(', ');
    return `${values.slice(0, max).join(', ')}, … (${values.length} in all)`;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/config/source.ts
/**
 * Parse the profile file (YAML 1.2, or strict JSON for a `.json` file) keeping every node's position, so any
 * problem found later, in the schema or the semantic rules, can name file:line:column.
 */





/** Larger than any real profile file (100 profiles × 100 behaviors is ~2 MB) and small enough to parse fast. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Anchors/aliases are fine for reuse; this bounds the expansion of an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 1000;
/** Real profile files nest about 10 levels; a nesting bomb of millions takes the parser minutes. */
const MAX_NESTING_DEPTH = 100;
/** A broken file can make the parser report thousands of follow-on errors; the first ones say enough. */
const MAX_PARSE_PROBLEMS = 20;
function parseSource(file, original) {
    // A lone CR ends a line (old Mac files; YAML 1.2 says so too): as LF, with every offset kept.
    const text = original.replace(/\r(?!\n)/g, '\n');
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_FILE_BYTES) {
        return fail(file, 1, 1, 'file/too-large', tooLarge(bytes));
    }
    if (text.trim() === '') {
        return fail(file, 1, 1, 'file/empty', 'the file is empty; it needs at least `version: 1`');
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        const { line, col } = linePos(text, nul);
        return fail(file, line, col, 'file/encoding', NUL_MESSAGE);
    }
    const scanned = scan(text);
    if (scanned.tooDeep !== undefined) {
        const { line, col } = linePos(text, scanned.tooDeep);
        return fail(file, line, col, 'yaml/too-deep', tooDeepMessage());
    }
    // A byte-order mark is no JSON whitespace: a space keeps the offsets.
    if (/\.json$/i.test(file))
        return parseJsonSource(file, text.replace(/^\uFEFF/, ' '));
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    // The parser makes an Error per problem, and garbage input has one per character: their stack traces are
    // never shown, so skip them. prettyErrors: false since formatting every error's context is quadratic on a
    // long broken line.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, {
            lineCounter,
            prettyErrors: false,
            // YAML 1.1's !!binary, !!set, !!omap, !!timestamp would become objects no API takes: unknown tags here.
            resolveKnownTags: false,
            uniqueKeys: true,
            version: '1.2'
        });
    }
    catch (e) {
        // Deeply nested input can exhaust the parser's stack.
        return fail(file, 1, 1, 'yaml/syntax', `the file cannot be parsed: ${(0,errors/* errorMessage */.g)(e)}`);
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
    if (doc.errors.length > 0) {
        return {
            problems: parseErrors(doc.errors).map((e) => {
                // The parser notices an unclosed quote only at the end of the file; point at where it opens.
                const unclosed = e.code === 'MISSING_CHAR' && /closing .?quote/.test(e.message);
                const pos = lineCounter.linePos(unclosed && scanned.openQuote !== undefined ? scanned.openQuote : e.pos[0]);
                return {
                    severity: 'error',
                    ...describeParseError(e),
                    path: [],
                    file,
                    line: pos.line,
                    column: pos.col
                };
            })
        };
    }
    if (doc.contents === null) {
        return fail(file, 1, 1, 'file/empty', 'the file holds only comments; it needs at least `version: 1`');
    }
    const aliasProblems = checkAliases(doc).map((p) => {
        const pos = lineCounter.linePos(p.offset);
        return {
            severity: 'error',
            rule: 'yaml/alias',
            path: [],
            message: p.message,
            file,
            line: pos.line,
            column: pos.col
        };
    });
    if (aliasProblems.length > 0)
        return { problems: aliasProblems };
    const shapeProblems = [...unknownTags(doc), ...complexKeys(doc)].map((p) => {
        const pos = lineCounter.linePos(p.offset);
        return { severity: 'error', path: [], ...p, file, line: pos.line, column: pos.col };
    });
    if (shapeProblems.length > 0)
        return { problems: shapeProblems.sort((a, b) => a.line - b.line || a.column - b.column) };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        return fail(file, 1, 1, 'yaml/alias-bomb', `aliases expand too much (${firstLine((0,errors/* errorMessage */.g)(e))}); write the entries out instead`);
    }
    return {
        source: { file, lineCounter, data, offsetOf: (path, at) => source_offsetOf(doc, path, at) },
        problems: []
    };
}
const NUL_MESSAGE = 'the file holds a NUL character, so it is not UTF-8 text (a UTF-16 file, or a binary one); save it as UTF-8';
function parseJsonSource(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    const parsed = parseJson(text);
    if ('problems' in parsed)
        return {
            problems: parsed.problems.slice(0, MAX_PARSE_PROBLEMS).map((p) => {
                const pos = lineCounter.linePos(p.offset);
                return {
                    severity: 'error',
                    rule: p.rule,
                    path: [],
                    message: p.message,
                    file,
                    line: pos.line,
                    column: pos.col
                };
            })
        };
    return {
        source: { file, lineCounter, data: parsed.data, offsetOf: parsed.offsetOf },
        problems: []
    };
}
/** A problem with the file as a whole, placed at its start. */
function fileProblem(file, rule, message) {
    return { severity: 'error', rule, path: [], message, file, line: 1, column: 1 };
}
function tooLarge(bytes) {
    return `the file is ${bytes} bytes; at most ${MAX_FILE_BYTES} are accepted`;
}
function fail(file, line, column, rule, message) {
    return { problems: [{ severity: 'error', rule, path: [], message, file, line, column }] };
}
/**
 * The parse errors worth showing: after the first syntax error the parser's further errors are mostly
 * consequences of it (one badly indented line of pasted JSON yields a hundred), so only that one is kept,
 * with the duplicate keys before it, which are independent findings. The parser reports the cause first.
 */
function parseErrors(errors) {
    const firstSyntax = errors.find((e) => e.code !== 'DUPLICATE_KEY');
    const kept = firstSyntax
        ? errors.filter((e) => e === firstSyntax || (e.code === 'DUPLICATE_KEY' && e.pos[0] < firstSyntax.pos[0]))
        : errors;
    return [...kept].sort((a, b) => a.pos[0] - b.pos[0]).slice(0, MAX_PARSE_PROBLEMS);
}
function describeParseError(e) {
    switch (e.code) {
        case 'DUPLICATE_KEY':
            return {
                rule: 'yaml/duplicate-key',
                message: 'duplicate key: a key may appear only once in a mapping'
            };
        case 'MULTIPLE_DOCS':
            return {
                rule: 'yaml/multiple-documents',
                message: 'a second YAML document starts here (after `---`); a profile file is one document, so merge them or remove the marker'
            };
        case 'RESOURCE_EXHAUSTION':
            return { rule: 'yaml/too-deep', message: tooDeepMessage() };
        default:
            return { rule: 'yaml/syntax', message: firstLine(e.message) };
    }
}
function tooDeepMessage() {
    return `the file nests more than ${MAX_NESTING_DEPTH} levels deep; a profile file needs about 10`;
}
/**
 * A quick pass over the text before parsing. `tooDeep`: where it first nests deeper than
 * MAX_NESTING_DEPTH, bounded from above by counting flow brackets outside quotes and comments, and the block
 * indicators (`- `, `? `) that open a line or follow a `key: ` on it; nesting through indentation needs
 * quadratic space, so the file size limit already bounds it. `openQuote`: where the first quoted scalar that
 * never closes begins.
 */
function scan(text) {
    let openQuote;
    let flow = 0;
    let indicators = 0;
    let lineStart = true;
    let nodeStart = true; // where a scalar may begin, so a quote opens a quoted scalar
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const next = text[i + 1] ?? '\n';
        if (c === '\n') {
            lineStart = nodeStart = true;
            indicators = 0;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r')
            continue;
        if (lineStart) {
            if ((c === '-' || c === '?') && /\s/.test(next)) {
                if (++indicators > MAX_NESTING_DEPTH)
                    return { tooDeep: i };
                continue;
            }
            lineStart = false;
        }
        if (c === '#' && /\s/.test(text[i - 1] ?? '\n')) {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
        }
        else if ((c === '"' || c === "'") && nodeStart) {
            // A quoted scalar: skip to its end ('' escapes a single quote, \ escapes in double quotes).
            const open = i;
            for (i++; i < text.length; i++) {
                if (c === '"' && text[i] === '\\')
                    i++;
                else if (text[i] === c) {
                    if (c === "'" && text[i + 1] === "'")
                        i++;
                    else
                        break;
                }
            }
            if (i >= text.length) {
                openQuote ??= open;
                i = open; // scan on as if it were a plain character, so the rest is still checked
            }
            nodeStart = false;
        }
        else if (c === ':' && (/\s/.test(next) || (flow > 0 && /[,\]}]/.test(next)))) {
            nodeStart = true;
            if (flow === 0)
                lineStart = true; // `key: - item` nests a level on the same line too
        }
        else if (c === '[' || c === '{') {
            if (++flow > MAX_NESTING_DEPTH)
                return { tooDeep: i };
            nodeStart = true;
        }
        else if (c === ']' || c === '}') {
            if (flow > 0)
                flow--;
            nodeStart = false;
        }
        else if (c === ',' && flow > 0) {
            nodeStart = true;
        }
        else if ((c === '&' || c === '!') && nodeStart) {
            while (i + 1 < text.length && !/\s/.test(text[i + 1]))
                i++; // an anchor or tag before the node
        }
        else {
            nodeStart = false;
        }
    }
    return openQuote === undefined ? {} : { openQuote };
}
function linePos(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, col: offset - start + 1 };
}
/**
 * Aliases that `toJS` cannot expand: one naming no anchor before it (a typo, or the anchor comes later), and
 * one inside the node it refers to (a recursive structure, which no profile file needs).
 */
function checkAliases(doc) {
    const problems = [];
    const anchors = new Map();
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node, path) {
            if ((0,dist/* isAlias */.Vj)(node)) {
                const target = anchors.get(node.source);
                const offset = node.range?.[0] ?? 0;
                if (!target) {
                    problems.push({
                        offset,
                        message: `alias *${node.source} refers to no anchor &${node.source} defined before it${didYouMean(node.source, anchors.keys())}`
                    });
                }
                else if (path.includes(target)) {
                    problems.push({
                        offset,
                        message: `alias *${node.source} is inside the node it refers to, which would make the file infinitely deep`
                    });
                }
            }
            else if (node.anchor) {
                anchors.set(node.anchor, node);
            }
        }
    });
    return problems;
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Place a problem in the file: the deepest node of its path that exists (the key or the value). */
function locate(source, problem) {
    const offset = source.offsetOf(problem.path, problem.at ?? 'value');
    const { line, col } = source.lineCounter.linePos(offset);
    return { ...problem, file: source.file, line, column: col };
}
function source_offsetOf(doc, path, at) {
    let node = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                return offset;
            const key = pair.key;
            const value = pair.value;
            if (last && at === 'key')
                return key.range?.[0] ?? offset;
            offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
            node = value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                return offset;
            offset = item.range?.[0] ?? offset;
            node = item;
        }
        else {
            return offset;
        }
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/config/read.ts
/**
 * Read the profile file as a pull request may have committed it: only a regular file, at most
 * MAX_FILE_BYTES actually read (a device or `/proc` file reports size 0 and never ends), never through a
 * symbolic link that leaves the workspace (its content could be echoed in errors and annotations), and as
 * UTF-8 text. Every refusal is a problem at the file's start, with no content of the file in it.
 */





async function readProfileFile(file, opts = {}) {
    const refuse = (rule, message) => ({
        problem: fileProblem(file, rule, message)
    });
    let real;
    try {
        real = await (0,promises_.realpath)(file);
    }
    catch (e) {
        return refuse(...openFailure(file, e));
    }
    const root = await (0,promises_.realpath)(opts.root ?? process.cwd()).catch(() => external_node_path_default().resolve(opts.root ?? '.'));
    if (real !== external_node_path_default().resolve(file) && !inside(real, root))
        return refuse('file/outside-workspace', `${file} is a symbolic link to ${real}, outside the workspace (${root}); ddac reads only files in the workspace, so commit the profile file itself`);
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
        handle = await (0,promises_.open)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return refuse(...openFailure(file, e));
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            return refuse('file/not-regular', notRegular(file, stat));
        // Kernel files pass as regular, report size 0 and hold the process's environment or memory.
        if (/^\/(proc|sys)\//.test(real))
            return refuse('file/not-regular', `${file} is a kernel file (${real}), not a profile file`);
        if (stat.size > MAX_FILE_BYTES)
            return refuse('file/too-large', tooLarge(stat.size));
        const bytes = await readCapped(handle, MAX_FILE_BYTES);
        if (bytes === undefined)
            return refuse('file/too-large', `the file holds more than ${MAX_FILE_BYTES} bytes; at most ${MAX_FILE_BYTES} are accepted`);
        return decode(file, bytes);
    }
    catch (e) {
        return refuse(...openFailure(file, e));
    }
    finally {
        await handle.close();
    }
}
/** Up to `cap` bytes, or undefined when the file holds more (its stat size can be 0 and wrong). */
async function readCapped(handle, cap) {
    const buffer = Buffer.allocUnsafe(cap + 1); // only the bytes read are returned
    let length = 0;
    while (length <= cap) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0)
            return buffer.subarray(0, length);
        length += bytesRead;
    }
    return undefined;
}
/** UTF-8 text, with a byte-order mark dropped; other encodings get a message that names them. */
function decode(file, bytes) {
    const refuse = (message) => ({
        problem: fileProblem(file, 'file/encoding', message)
    });
    const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return refuse(`the file is UTF-16 (it starts with a UTF-16 byte-order mark); profile files are UTF-8: save it as UTF-8 (in PowerShell, Out-File -Encoding utf8)`);
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const at = firstInvalidUtf8(bytes);
        const { line, col } = lineCol(bytes.subarray(0, at).toString('utf8'));
        return refuse(`the file is not UTF-8 text: the bytes at line ${line}, column ${col} are not valid UTF-8; save it as UTF-8`);
    }
    return { text: bytes.toString('utf8', utf8Bom ? 3 : 0) };
}
/** Where the first invalid sequence is: the first U+FFFD of a lenient decode that the file did not spell. */
function firstInvalidUtf8(bytes) {
    const text = bytes.toString('utf8');
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
        const at = Buffer.byteLength(text.slice(0, i));
        if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd))
            return at;
    }
    return 0;
}
function lineCol(prefix) {
    const lines = prefix.split(/\r\n|\r|\n/);
    return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}
function inside(file, root) {
    const rel = external_node_path_default().relative(root, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
}
function notRegular(file, stat) {
    const what = stat.isDirectory()
        ? 'a directory'
        : stat.isFIFO()
            ? 'a named pipe (FIFO)'
            : stat.isCharacterDevice() || stat.isBlockDevice()
                ? 'a device'
                : stat.isSocket()
                    ? 'a socket'
                    : 'not a regular file';
    return `${file} is ${what}; the config names a profile file such as device-defender.yml`;
}
function openFailure(file, e) {
    const code = e.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return [
            'file/not-found',
            `cannot read ${file}: no such file (set the config input or pass the path)`
        ];
    if (code === 'EISDIR')
        return [
            'file/not-regular',
            `${file} is a directory; the config names a profile file such as device-defender.yml`
        ];
    if (code === 'ELOOP')
        return ['file/not-found', `cannot read ${file}: its symbolic links loop`];
    const why = {
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        ENAMETOOLONG: 'the path is too long',
        EIO: 'an input/output error'
    };
    return [
        'file/unreadable',
        `cannot read ${file}: ${why[code ?? ''] ?? 'the system refused to read it'}`
    ];
}

// EXTERNAL MODULE: ./src/config/rules/context.ts
var context = __webpack_require__(96489);
;// CONCATENATED MODULE: ./src/config/rules/accepted-findings.ts
/** Accepted audit findings: a real day, a check that the file's audit configuration enables, one entry each. */


/** Whether `YYYY-MM-DD` names a day of the calendar (the schema checks the shape). */
function isCalendarDay(text) {
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
function checkAcceptedFindings(index) {
    const problems = [];
    const seen = new Set();
    for (const { item, path } of (0,context/* entries */.jO)(index.file, 'acceptedFindings')) {
        const expires = (0,context/* str */.gx)(item.expires);
        if (expires && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isCalendarDay(expires))
            problems.push((0,config_problems/* error */.z3)('accepted-finding/expires', [...path, 'expires'], `${expires} is not a day of the calendar`));
        const check = (0,context/* str */.gx)(item.checkName);
        if (check && index.enabledChecks && !index.enabledChecks.has(check))
            problems.push((0,config_problems/* warning */.$e)('accepted-finding/check-enabled', [...path, 'checkName'], `${check} is not enabled in auditConfiguration.auditCheckConfigurations, so it has no findings to accept`));
        const key = `${check}\u0000${(0,context/* str */.gx)(item.resource) ?? '*'}`;
        if (check && seen.has(key))
            problems.push((0,config_problems/* error */.z3)('accepted-finding/duplicate', path, `${check}${item.resource ? ` on ${String(item.resource)}` : ''} is accepted twice; keep one entry`, 'key'));
        seen.add(key);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/model/iot-model.ts + 3 modules
var iot_model = __webpack_require__(79065);
;// CONCATENATED MODULE: ./src/config/rules/arns.ts
/** Mitigation action parameters and the ARNs anywhere in the file (IAM roles, SNS topics). */



const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SNS_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}(\.fifo)?$/;
const ROLE_KEYS = new Set(['roleArn', 'roleArnForLogging']);
const SNS_KEYS = new Set(['alertTargetArn', 'targetArn', 'topicArn']);
function checkArns(index) {
    const problems = [];
    walk(index.file, [], (key, value, path) => {
        if (typeof value !== 'string' || path[0] === 'simulations')
            return;
        if (ROLE_KEYS.has(key) && !ROLE_ARN.test(value)) {
            problems.push((0,config_problems/* error */.z3)('arn/role', path, `"${value}" is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`));
        }
        else if (SNS_KEYS.has(key) && !SNS_ARN.test(value)) {
            problems.push((0,config_problems/* error */.z3)('arn/sns', path, `"${value}" is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)`));
        }
    });
    return problems;
}
function walk(node, path, visit) {
    if (Array.isArray(node))
        node.forEach((v, i) => walk(v, [...path, i], visit));
    else if ((0,context/* isObj */.sA)(node))
        for (const [k, v] of Object.entries(node)) {
            visit(k, v, [...path, k]);
            walk(v, [...path, k], visit);
        }
}
/** Which `actionParams` member makes which action type: the model's MitigationActionParams members. */
const PARAM_MEMBERS = Object.keys((0,iot_model/* structure */.QK)('MitigationActionParams').members);
function checkMitigationActions(index) {
    const problems = [];
    for (const { item, path } of (0,context/* entries */.jO)(index.file, 'mitigationActions')) {
        if (!(0,context/* isObj */.sA)(item.actionParams))
            continue;
        // In the file's order, so a second action is reported where it is written.
        const params = item.actionParams;
        const set = Object.keys(params).filter((m) => PARAM_MEMBERS.includes(m) && params[m] !== undefined);
        const pPath = [...path, 'actionParams'];
        if (set.length === 0) {
            problems.push((0,config_problems/* error */.z3)('mitigation/params', pPath, `actionParams sets no action; set exactly one of ${PARAM_MEMBERS.join(', ')}`, 'key'));
        }
        else if (set.length > 1) {
            problems.push((0,config_problems/* error */.z3)('mitigation/params', [...pPath, set[1]], `actionParams sets ${set.join(' and ')}; a mitigation action does one thing, so set exactly one`, 'key'));
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/model/catalog/audit-checks.ts
var audit_checks = __webpack_require__(52230);
;// CONCATENATED MODULE: ./src/config/rules/audit.ts
/** Audit configuration and scheduled audits: custom check configuration, enabled checks, schedules. */




/** Frequencies the model knows; any other value is reported by the schema (schema/enum), not again here. */
const FREQUENCIES = (0,iot_model/* enumValues */.UU)('AuditFrequency');
function checkAudit(index) {
    const problems = [];
    const config = index.file.auditConfiguration;
    if ((0,context/* isObj */.sA)(config)) {
        const path = ['auditConfiguration'];
        const checks = (0,context/* isObj */.sA)(config.auditCheckConfigurations)
            ? config.auditCheckConfigurations
            : undefined;
        if (!checks || index.enabledChecks?.size === 0) {
            problems.push((0,config_problems/* warning */.$e)('audit/no-enabled-check', checks ? [...path, 'auditCheckConfigurations'] : path, 'no audit check is enabled; AWS requires at least one enabled check the first time an account configures Audit', 'key'));
        }
        if (config.roleArn === undefined) {
            problems.push((0,config_problems/* warning */.$e)('audit/role', path, 'no roleArn: Audit needs a role that lets it read the account, unless one is already configured', 'key'));
        }
        for (const [name, c] of Object.entries(checks ?? {})) {
            if (!(0,context/* isObj */.sA)(c) || !(0,context/* isObj */.sA)(c.configuration))
                continue;
            const info = (0,audit_checks/* auditCheck */.EJ)(name);
            for (const key of Object.keys(c.configuration)) {
                const cPath = [...path, 'auditCheckConfigurations', name, 'configuration', key];
                if (info && info.config !== key) {
                    problems.push((0,config_problems/* error */.z3)('audit/check-configuration', cPath, `${name} ${info.config ? `takes only ${info.config}` : 'takes no custom configuration'}`, 'key'));
                }
                else {
                    const value = c.configuration[key];
                    if (typeof value === 'string' && !/^[1-9][0-9]*$/.test(value)) {
                        problems.push((0,config_problems/* error */.z3)('audit/check-configuration', cPath, `${key} is a number of days written as a string, e.g. "30"; found "${value}"`));
                    }
                }
            }
        }
    }
    for (const { item, path } of (0,context/* entries */.jO)(index.file, 'scheduledAudits')) {
        const written = (0,context/* str */.gx)(item.frequency);
        const frequency = written && FREQUENCIES.includes(written) ? written : undefined;
        const hasWeek = item.dayOfWeek !== undefined;
        const hasMonth = item.dayOfMonth !== undefined;
        if ((frequency === 'WEEKLY' || frequency === 'BIWEEKLY') && !hasWeek) {
            problems.push((0,config_problems/* error */.z3)('scheduled-audit/day', path, `a ${frequency} audit needs "dayOfWeek" (SUN … SAT)`, 'key'));
        }
        if (frequency === 'MONTHLY' && !hasMonth) {
            problems.push((0,config_problems/* error */.z3)('scheduled-audit/day', path, 'a MONTHLY audit needs "dayOfMonth" ("1" … "31" or "LAST")', 'key'));
        }
        if (frequency && frequency !== 'MONTHLY' && hasMonth) {
            problems.push((0,config_problems/* error */.z3)('scheduled-audit/day', [...path, 'dayOfMonth'], `dayOfMonth applies only to MONTHLY audits, not ${frequency}`, 'key'));
        }
        if (frequency && (frequency === 'DAILY' || frequency === 'MONTHLY') && hasWeek) {
            problems.push((0,config_problems/* error */.z3)('scheduled-audit/day', [...path, 'dayOfWeek'], `dayOfWeek applies only to WEEKLY and BIWEEKLY audits, not ${frequency}`, 'key'));
        }
        if (!Array.isArray(item.targetCheckNames))
            continue;
        item.targetCheckNames.forEach((name, i) => {
            if (typeof name !== 'string' || !(0,audit_checks/* auditCheck */.EJ)(name))
                return; // the schema reports unknown names
            const cPath = [...path, 'targetCheckNames', i];
            if (!index.enabledChecks) {
                problems.push((0,config_problems/* warning */.$e)('scheduled-audit/check-enabled', cPath, `the file has no auditConfiguration, so ddac cannot tell whether ${name} is enabled; a scheduled audit fails on disabled checks`));
            }
            else if (!index.enabledChecks.has(name)) {
                problems.push((0,config_problems/* error */.z3)('scheduled-audit/check-enabled', cPath, `${name} is not enabled in auditConfiguration.auditCheckConfigurations; enable it or drop it from this audit`));
            }
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/model/catalog/metrics.ts
var metrics = __webpack_require__(87788);
// EXTERNAL MODULE: ./src/model/resource-quotas.ts
var resource_quotas = __webpack_require__(25391);
;// CONCATENATED MODULE: ./src/config/rules/behaviors.ts
/**
 * Behavior rules the API model cannot express: which criteria fields go together, which value kind and
 * operators each metric takes, windows, ML Detect support, dimensions, and the metric-value quota.
 */







const VALUE_KINDS = ['count', 'cidrs', 'ports', 'number', 'numbers', 'strings'];
/** Operators the model knows; any other value is reported by the schema (schema/enum), not again here. */
const OPERATORS = (0,iot_model/* enumValues */.UU)('ComparisonOperator');
const ML_FORBIDDEN = [
    'comparisonOperator',
    'value',
    'durationSeconds',
    'statisticalThreshold'
];
/** Look a metric up: an AWS metric from the catalog, or a custom metric declared in the file or as external. */
function resolveMetric(index, metric, path) {
    if (metric.startsWith('aws:')) {
        const info = (0,metrics/* awsMetric */.so)(metric);
        if (info)
            return { info };
        return {
            problem: (0,config_problems/* error */.z3)('behavior/unknown-metric', path, `unknown metric "${metric}"${didYouMean(metric, metrics/* AWS_METRICS */.y6.map((m) => m.name)) ||
                `; AWS metrics are ${oneOf(metrics/* AWS_METRICS */.y6.map((m) => m.name), 20)}`}`)
        };
    }
    if (!index.customMetrics.has(metric)) {
        return {
            problem: (0,config_problems/* error */.z3)('reference/custom-metric', path, `custom metric "${metric}" is not declared: add it to customMetrics, or list it under external.customMetrics if another owner manages it${didYouMean(metric, index.customMetrics.keys())}`)
        };
    }
    const type = index.customMetrics.get(metric);
    return type === undefined ? {} : { info: (0,metrics/* customMetric */.oq)(metric, type) };
}
function checkBehaviors(index) {
    const problems = [];
    for (const { item: profile, path } of (0,context/* entries */.jO)(index.file, 'securityProfiles')) {
        let valueElements = 0;
        for (const { item: behavior, path: bPath } of (0,context/* items */.ld)(profile.behaviors, [
            ...path,
            'behaviors'
        ])) {
            problems.push(...checkBehavior(index, behavior, bPath));
            valueElements += countValues(behavior);
        }
        if (valueElements > resource_quotas/* MAX_METRIC_VALUES_PER_PROFILE */.Bt) {
            problems.push((0,config_problems/* error */.z3)('quota/metric-values', [...path, 'behaviors'], `the behaviors hold ${valueElements} metric values (counts, CIDRs, ports, numbers, strings); a profile may hold at most ${resource_quotas/* MAX_METRIC_VALUES_PER_PROFILE */.Bt}`, 'key'));
        }
        for (const { item: retained, path: rPath } of (0,context/* items */.ld)(profile.additionalMetricsToRetainV2, [
            ...path,
            'additionalMetricsToRetainV2'
        ])) {
            const metric = (0,context/* str */.gx)(retained.metric);
            if (metric) {
                const r = resolveMetric(index, metric, [...rPath, 'metric']);
                if (r.problem)
                    problems.push(r.problem);
                problems.push(...checkDimension(index, retained, rPath, r.info));
            }
        }
        if (Array.isArray(profile.additionalMetricsToRetain)) {
            problems.push((0,config_problems/* warning */.$e)('profile/deprecated-retain', [...path, 'additionalMetricsToRetain'], 'additionalMetricsToRetain is deprecated: ddac applies it as additionalMetricsToRetainV2 ([{ metric: … }]); write that instead', 'key'));
        }
    }
    return problems;
}
function checkBehavior(index, behavior, path) {
    const problems = [];
    const metric = (0,context/* str */.gx)(behavior.metric);
    const criteria = (0,context/* isObj */.sA)(behavior.criteria) ? behavior.criteria : undefined;
    const cPath = [...path, 'criteria'];
    if (!metric) {
        if (criteria)
            problems.push((0,config_problems/* error */.z3)('behavior/metric-required', path, 'a behavior with criteria needs "metric": the metric the criteria apply to'));
        return problems;
    }
    const { info, problem } = resolveMetric(index, metric, [...path, 'metric']);
    if (problem)
        problems.push(problem);
    problems.push(...checkDimension(index, behavior, path, info));
    if (!criteria) {
        if (behavior.criteria === undefined) {
            problems.push((0,config_problems/* warning */.$e)('behavior/no-criteria', path, `behavior "${(0,context/* str */.gx)(behavior.name) ?? ''}" has no criteria, so it never alarms; to keep the metric's data use additionalMetricsToRetainV2`));
        }
        return problems;
    }
    const has = (k) => criteria[k] !== undefined;
    if (has('mlDetectionConfig')) {
        if (info && !info.ml) {
            problems.push((0,config_problems/* error */.z3)('behavior/ml-metric', [...path, 'metric'], `ML Detect does not support ${metric}; it supports ${metrics/* ML_METRICS */.yj.join(', ')} and custom metrics of type number`));
        }
        for (const field of ML_FORBIDDEN) {
            if (has(field)) {
                problems.push((0,config_problems/* error */.z3)('behavior/ml-fields', [...cPath, field], `an ML Detect behavior takes only mlDetectionConfig and consecutiveDatapointsToAlarm/Clear; remove "${field}" (ML Detect learns the threshold itself)`, 'key'));
            }
        }
        return problems;
    }
    const statistical = has('statisticalThreshold');
    const isStatic = has('value');
    if (statistical && isStatic) {
        problems.push((0,config_problems/* error */.z3)('behavior/criteria-kind', cPath, 'set either "value" (a static threshold) or "statisticalThreshold" (a percentile), not both', 'key'));
        return problems;
    }
    if (!statistical && !isStatic) {
        problems.push((0,config_problems/* error */.z3)('behavior/criteria-kind', cPath, 'criteria need "value" (STATIC), "statisticalThreshold" (STATISTICAL) or "mlDetectionConfig" (ML Detect)', 'key'));
        return problems;
    }
    const operator = (0,context/* str */.gx)(criteria.comparisonOperator);
    if (!has('comparisonOperator')) {
        problems.push((0,config_problems/* error */.z3)('behavior/operator-required', cPath, `missing "comparisonOperator"${info ? `; ${metric} takes ${info.operators.join(', ')}` : ''}`, 'key'));
    }
    else if (info &&
        operator &&
        OPERATORS.includes(operator) &&
        !info.operators.includes(operator)) {
        problems.push((0,config_problems/* error */.z3)('behavior/operator', [...cPath, 'comparisonOperator'], `${metric} cannot be compared with "${operator}"; use one of ${info.operators.join(', ')}`));
    }
    if (statistical) {
        const threshold = criteria.statisticalThreshold;
        if ((0,context/* isObj */.sA)(threshold) && threshold.statistic === undefined) {
            problems.push((0,config_problems/* error */.z3)('behavior/statistic-required', [...cPath, 'statisticalThreshold'], 'missing "statistic": the percentile to compare with, e.g. p90', 'key'));
        }
        if (info && info.value !== 'count' && info.value !== 'number') {
            problems.push((0,config_problems/* error */.z3)('behavior/statistical-metric', [...cPath, 'statisticalThreshold'], `${metric} is a set of ${info.value}; a statistical threshold needs a numeric metric`, 'key'));
        }
        else if (!has('durationSeconds')) {
            problems.push((0,config_problems/* error */.z3)('behavior/duration-required', cPath, `a statistical threshold needs "durationSeconds" (one of ${metrics/* DURATIONS */.eh.join(', ')}): the window its percentiles are computed over`, 'key'));
        }
    }
    else {
        problems.push(...checkValue(criteria.value, [...cPath, 'value'], metric, info));
        if (info?.window === 'required' && !has('durationSeconds')) {
            problems.push((0,config_problems/* error */.z3)('behavior/duration-required', cPath, `${metric} is counted over a window: set "durationSeconds" to one of ${metrics/* DURATIONS */.eh.join(', ')}`, 'key'));
        }
        else if (info?.window === 'statistical' && has('durationSeconds')) {
            problems.push((0,config_problems/* warning */.$e)('behavior/duration-ignored', [...cPath, 'durationSeconds'], `${metric} is checked per message; durationSeconds only applies with a statisticalThreshold`, 'key'));
        }
    }
    if (has('durationSeconds')) {
        const d = criteria.durationSeconds;
        if (info?.window === 'none') {
            problems.push((0,config_problems/* error */.z3)('behavior/duration-not-applicable', [...cPath, 'durationSeconds'], `${metric} is a set comparison and takes no durationSeconds`, 'key'));
        }
        else if (typeof d === 'number' &&
            Number.isFinite(d) && // value/not-finite reports .inf
            !metrics/* DURATIONS */.eh.includes(d)) {
            problems.push((0,config_problems/* error */.z3)('behavior/duration', [...cPath, 'durationSeconds'], `durationSeconds ${d} is not a window AWS evaluates; use one of ${metrics/* DURATIONS */.eh.join(', ')}`));
        }
    }
    return problems;
}
function checkValue(value, path, metric, info) {
    if (!(0,context/* isObj */.sA)(value))
        return [];
    const set = VALUE_KINDS.filter((k) => value[k] !== undefined);
    if (set.length === 0) {
        return [
            (0,config_problems/* error */.z3)('behavior/value-kind', path, `the value is empty; ${info ? `${metric} is compared with value.${info.value}` : `set one of ${VALUE_KINDS.join(', ')}`}`, 'key')
        ];
    }
    if (set.length > 1) {
        return [
            (0,config_problems/* error */.z3)('behavior/value-kind', path, `the value sets ${set.join(' and ')}; set exactly one${info ? ` (${metric} is compared with value.${info.value})` : ''}`, 'key')
        ];
    }
    if (info && set[0] !== info.value) {
        return [
            (0,config_problems/* error */.z3)('behavior/value-kind', [...path, set[0]], `${metric} is compared with value.${info.value}, not value.${set[0]}`, 'key')
        ];
    }
    return [];
}
function checkDimension(index, behavior, path, info) {
    const dimension = behavior.metricDimension;
    if (!(0,context/* isObj */.sA)(dimension))
        return [];
    const dPath = [...path, 'metricDimension'];
    const problems = [];
    const name = (0,context/* str */.gx)(dimension.dimensionName);
    if (name && !index.dimensions.has(name)) {
        problems.push((0,config_problems/* error */.z3)('reference/dimension', [...dPath, 'dimensionName'], `dimension "${name}" is not declared: add it to dimensions, or list it under external.dimensions${didYouMean(name, index.dimensions)}`));
    }
    if (info?.side === 'custom') {
        problems.push((0,config_problems/* error */.z3)('behavior/dimension-metric', dPath, 'dimensions cannot be used with custom metrics', 'key'));
    }
    else if (info && !info.dimension) {
        problems.push((0,config_problems/* error */.z3)('behavior/dimension-metric', dPath, `${info.name} takes no dimension; topic filter dimensions apply to ${metrics/* DIMENSION_METRICS */.XN.join(', ')}`, 'key'));
    }
    return problems;
}
function countValues(behavior) {
    const criteria = (0,context/* isObj */.sA)(behavior.criteria) ? behavior.criteria : {};
    const value = (0,context/* isObj */.sA)(criteria.value) ? criteria.value : {};
    let n = 0;
    for (const k of VALUE_KINDS) {
        const v = value[k];
        if (Array.isArray(v))
            n += v.length;
        else if (v !== undefined)
            n += 1;
    }
    return n;
}

// EXTERNAL MODULE: ./src/config/file-format.ts
var file_format = __webpack_require__(42748);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/config/rules/ignored.ts
/** Keys pasted from describe output or a CLI skeleton that the file does not set: accepted, and said so. */




function checkIgnoredKeys(index) {
    const problems = [];
    for (const kind of file_format/* ENTRY_KINDS */.pf) {
        const ignored = (0,schema/* ignoredMembers */.Y1)(kind.request, kind.omit);
        for (const { item, path } of (0,context/* entries */.jO)(index.file, kind.key)) {
            for (const key of ignored.filter((k) => item[k] !== undefined)) {
                problems.push((0,config_problems/* warning */.$e)('entry/ignored-key', [...path, key], `"${key}" is set by ${kind.omit.includes(key) ? 'ddac' : 'AWS'}, not by the file; it is ignored (remove it to silence this)`, 'key'));
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/rules/names.ts
/** Names and counts across the file: unique names per kind, behavior names per profile, quotas, tags. */




/** Account quotas from the Device Defender quotas page (NOTES.md §11), kept in src/model. */
const QUOTAS = resource_quotas/* ACCOUNT_QUOTAS */.yo;

function checkNames(index) {
    const problems = [];
    for (const kind of file_format/* ENTRY_KINDS */.pf) {
        const list = (0,context/* entries */.jO)(index.file, kind.key);
        const first = new Map();
        for (const { item, path, index: i } of list) {
            const name = (0,context/* str */.gx)(item[kind.nameMember]);
            if (name === undefined)
                continue;
            const earlier = first.get(name);
            if (earlier !== undefined) {
                problems.push((0,config_problems/* error */.z3)('names/duplicate', [...path, kind.nameMember], `${kind.label} "${name}" is already declared at ${kind.key}[${earlier}]`));
            }
            else
                first.set(name, i);
            problems.push(...checkTags(item.tags, [...path, 'tags']));
        }
        const quota = kind.key in QUOTAS ? QUOTAS[kind.key] : undefined;
        if (quota && list.length > quota.max) {
            const make = quota.adjustable ? config_problems/* warning */.$e : config_problems/* error */.z3;
            problems.push(make(`quota/${kind.key}`, [kind.key], `${list.length} ${kind.label}s; an account may have ${quota.max}${quota.adjustable ? ' unless the quota was raised' : ' (not adjustable)'}`, 'key'));
        }
    }
    for (const { item, path } of (0,context/* entries */.jO)(index.file, 'customMetrics')) {
        const name = (0,context/* str */.gx)(item.metricName);
        if (name?.startsWith('aws:')) {
            problems.push((0,config_problems/* error */.z3)('custom-metric/name', [...path, 'metricName'], `custom metric names may not start with "aws:" (reserved for AWS metrics); rename "${name}"`));
        }
    }
    for (const { item, path } of (0,context/* entries */.jO)(index.file, 'securityProfiles')) {
        const seen = new Map();
        for (const { item: b, path: bPath, index: j } of (0,context/* items */.ld)(item.behaviors, [
            ...path,
            'behaviors'
        ])) {
            const name = (0,context/* str */.gx)(b.name);
            if (name === undefined)
                continue;
            const earlier = seen.get(name);
            if (earlier !== undefined) {
                problems.push((0,config_problems/* error */.z3)('names/duplicate-behavior', [...bPath, 'name'], `behavior "${name}" is already declared in this profile at behaviors[${earlier}]`));
            }
            else
                seen.set(name, j);
        }
    }
    const simulations = new Map();
    for (const { item, path, index: i } of (0,context/* entries */.jO)(index.file, 'simulations')) {
        const name = (0,context/* str */.gx)(item.name);
        if (name === undefined)
            continue;
        const earlier = simulations.get(name);
        if (earlier !== undefined)
            problems.push((0,config_problems/* error */.z3)('names/duplicate', [...path, 'name'], `simulation "${name}" is already declared at simulations[${earlier}]`));
        else
            simulations.set(name, i);
    }
    return problems;
}
function checkTags(tags, path) {
    const problems = [];
    const list = (0,context/* items */.ld)(tags, path);
    if (list.length > resource_quotas/* MAX_TAGS */.x3)
        problems.push((0,config_problems/* error */.z3)('tags/count', path, `${list.length} tags; a resource may have at most ${resource_quotas/* MAX_TAGS */.x3}`, 'key'));
    const seen = new Set();
    for (const { item, path: tPath } of list) {
        const key = (0,context/* str */.gx)(item.Key);
        if (key === undefined)
            continue;
        if (key.toLowerCase().startsWith('aws:')) {
            problems.push((0,config_problems/* error */.z3)('tags/reserved', [...tPath, 'Key'], `tag keys starting with "aws:" are reserved for AWS; rename "${key}"`));
        }
        if (seen.has(key))
            problems.push((0,config_problems/* error */.z3)('tags/duplicate', [...tPath, 'Key'], `tag "${key}" appears twice; a key takes one value`));
        seen.add(key);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(97840);
// EXTERNAL MODULE: ./src/config/rules/targets.ts
var rules_targets = __webpack_require__(30956);
;// CONCATENATED MODULE: ./src/config/rules/simulations.ts
/** Simulations: what they expect must exist in the file and be able to happen. */





/** Account targets under which every registered (simulated) thing is evaluated. */
const COVERS_ALL = new Set(['all/things', 'all/registered-things']);
/** The fields each scenario reads (besides name, scenario, things, thingGroup and expect). */
const SCENARIO_FIELDS = {
    anomaly: ['topic', 'messageSize', 'count', 'interval'],
    baseline: ['topic', 'messageSize', 'count', 'interval', 'duration'],
    'auth-failures': ['topic', 'count', 'interval'],
    'connection-churn': ['count', 'interval'],
    disconnects: ['count', 'interval'],
    'shared-certificate': ['hold']
};
const TRAFFIC_FIELDS = ['topic', 'messageSize', 'count', 'interval', 'duration', 'hold'];
/** AWS IoT caps one connection at 100 publishes per second. */
const MIN_PUBLISH_INTERVAL_MS = 10;
function checkSimulations(index) {
    const problems = [];
    for (const { item: sim, path } of (0,context/* entries */.jO)(index.file, 'simulations')) {
        const used = typeof sim.scenario === 'string' ? SCENARIO_FIELDS[sim.scenario] : undefined;
        for (const field of used
            ? TRAFFIC_FIELDS.filter((f) => sim[f] !== undefined && !used.includes(f))
            : [])
            problems.push((0,config_problems/* warning */.$e)('simulation/unused-field', [...path, field], `${field} does nothing for scenario ${String(sim.scenario)}; it reads ${used.join(', ')}`, 'key'));
        const every = (0,duration/* parseDuration */.E)(sim.interval);
        if (every !== undefined && every < MIN_PUBLISH_INTERVAL_MS && used?.includes('messageSize'))
            problems.push((0,config_problems/* warning */.$e)('simulation/publish-rate', [...path, 'interval'], `one publish every ${String(sim.interval)} is more than the 100 publishes per second AWS IoT allows one connection; AWS would throttle it`));
        const expect = (0,context/* isObj */.sA)(sim.expect) ? sim.expect : undefined;
        const things = typeof sim.things === 'number' ? sim.things : 1;
        if (sim.scenario === 'shared-certificate' && things < 2) {
            problems.push((0,config_problems/* error */.z3)('simulation/shared-certificate', sim.things === undefined ? path : [...path, 'things'], 'a shared-certificate simulation needs things: 2 or more (one certificate, several things connecting at once)', sim.things === undefined ? 'key' : 'value'));
        }
        if (!expect)
            continue;
        const ePath = [...path, 'expect'];
        if (Array.isArray(expect.violations) && expect.noViolations === true) {
            problems.push((0,config_problems/* error */.z3)('simulation/expect-conflict', [...ePath, 'noViolations'], 'expect either violations or noViolations, not both', 'key'));
        }
        const group = (0,context/* str */.gx)(sim.thingGroup);
        for (const { item: v, path: vPath } of (0,context/* items */.ld)(expect.violations, [...ePath, 'violations'])) {
            const profileName = (0,context/* str */.gx)(v.securityProfileName);
            const behaviorName = (0,context/* str */.gx)(v.behaviorName);
            if (!profileName)
                continue;
            const profile = index.profiles.get(profileName);
            if (!profile) {
                problems.push((0,config_problems/* error */.z3)('simulation/unknown-profile', [...vPath, 'securityProfileName'], `security profile "${profileName}" is not declared in securityProfiles${didYouMean(profileName, index.profiles.keys())}`));
                continue;
            }
            if (behaviorName) {
                const behavior = profile.behaviors.get(behaviorName);
                if (!behavior) {
                    problems.push((0,config_problems/* error */.z3)('simulation/unknown-behavior', [...vPath, 'behaviorName'], `profile "${profileName}" has no behavior "${behaviorName}"${didYouMean(behaviorName, profile.behaviors.keys())}`));
                }
                else if ((0,context/* isObj */.sA)(behavior.criteria) && behavior.criteria.mlDetectionConfig !== undefined) {
                    problems.push((0,config_problems/* warning */.$e)('simulation/ml-expectation', [...vPath, 'behaviorName'], `"${behaviorName}" is an ML Detect behavior: it alarms only once its model is ACTIVE (14 days and 25,000 datapoints per metric), so a fresh profile cannot meet this; expect a rules-based behavior in pull requests`));
                }
            }
            const mitigation = (0,context/* str */.gx)(v.mitigationAction);
            if (mitigation)
                problems.push(...checkMitigation(index, mitigation, [...vPath, 'mitigationAction']));
            const targets = Array.isArray(profile.item.targets)
                ? profile.item.targets.filter((t) => typeof t === 'string')
                : [];
            const keys = new Set(targets.map(rules_targets/* targetKey */.hD));
            const covered = [...keys].some((k) => k !== undefined && COVERS_ALL.has(k)) ||
                (group !== undefined && keys.has(`thinggroup/${group}`));
            if (!covered) {
                const where = group
                    ? `thing group "${group}"`
                    : 'the simulated things (the simulation names no thingGroup)';
                problems.push((0,config_problems/* error */.z3)('simulation/not-targeted', [...vPath, 'securityProfileName'], `security profile "${profileName}" is not attached to ${where}; its targets are ${targets.length ? targets.join(', ') : 'none'}, so it would never evaluate these devices`));
            }
        }
        (0,context/* items */.ld)(expect.auditFindings, [...ePath, 'auditFindings']).forEach(({ item: f, path: fPath }) => {
            const check = (0,context/* str */.gx)(f.checkName);
            if (!check)
                return;
            if (!index.enabledChecks) {
                problems.push((0,config_problems/* warning */.$e)('simulation/audit-check-enabled', [...fPath, 'checkName'], `the file has no auditConfiguration, so ddac cannot tell whether ${check} is enabled; an audit reports only enabled checks`));
            }
            else if (!index.enabledChecks.has(check)) {
                problems.push((0,config_problems/* error */.z3)('simulation/audit-check-enabled', [...fPath, 'checkName'], `${check} is not enabled in auditConfiguration.auditCheckConfigurations, so no audit would report it`));
            }
        });
    }
    return problems;
}
/** Detect runs only ADD_THINGS_TO_THING_GROUP actions on violations (dd-mitigation-actions.md). */
function checkMitigation(index, name, path) {
    const declared = (0,context/* entries */.jO)(index.file, 'mitigationActions').map(({ item }) => item);
    const action = declared.find((a) => a.actionName === name);
    if (!action)
        return [
            (0,config_problems/* error */.z3)('simulation/unknown-mitigation', path, `mitigation action "${name}" is not declared in mitigationActions${didYouMean(name, declared.flatMap((a) => (0,context/* str */.gx)(a.actionName) ?? []))}`)
        ];
    const params = (0,context/* isObj */.sA)(action.actionParams) ? action.actionParams : {};
    return params.addThingsToThingGroupParams === undefined
        ? [
            (0,config_problems/* error */.z3)('simulation/mitigation-type', path, `mitigation action "${name}" is not an ADD_THINGS_TO_THING_GROUP action, the only kind Detect runs on violations`)
        ]
        : [];
}

;// CONCATENATED MODULE: ./src/config/rules/values.ts
/**
 * Values the schema lets through but AWS cannot take or ddac cannot carry: infinite or NaN numbers
 * (`.inf`, `.nan`; JSON has neither), and ownership a file states twice: a `ddac:` tag (ddac's own
 * bookkeeping, which every apply would then rewrite) or a metric both declared and listed as external.
 */



/** The tag prefix ddac records ownership under (aws/tags.ts: ddac:managed-by, ddac:applied-hash). */
const DDAC_TAG_PREFIX = 'ddac:';
function checkValues(index) {
    return [...nonFinite(index.file, []), ...ddacTags(index), ...declaredAndExternal(index)];
}
function nonFinite(node, path) {
    if (typeof node === 'number')
        return Number.isFinite(node)
            ? []
            : [
                (0,config_problems/* error */.z3)('value/not-finite', path, `${Number.isNaN(node) ? 'not-a-number (.nan)' : 'an infinite number (.inf, or one past the largest double such as 1e400)'} is not a value AWS takes; write a finite number`)
            ];
    if (Array.isArray(node))
        return node.flatMap((v, i) => nonFinite(v, [...path, i]));
    if ((0,context/* isObj */.sA)(node))
        return Object.entries(node).flatMap(([k, v]) => nonFinite(v, [...path, k]));
    return [];
}
function ddacTags(index) {
    const problems = [];
    for (const kind of file_format/* ENTRY_KINDS */.pf)
        for (const { item, path } of (0,context/* entries */.jO)(index.file, kind.key))
            for (const { item: tag, path: tPath } of (0,context/* items */.ld)(item.tags, [...path, 'tags'])) {
                const name = (0,context/* str */.gx)(tag.Key);
                if (name?.toLowerCase().startsWith(DDAC_TAG_PREFIX))
                    problems.push((0,config_problems/* error */.z3)('tags/reserved', [...tPath, 'Key'], `tag keys starting with "ddac:" are ddac's own (it records which file manages a resource in them); rename "${name}"`));
            }
    return problems;
}
function declaredAndExternal(index) {
    const external = (0,context/* isObj */.sA)(index.file.external) ? index.file.external : {};
    const problems = [];
    const kinds = [
        { key: 'customMetrics', member: 'metricName', label: 'custom metric' },
        { key: 'dimensions', member: 'name', label: 'dimension' }
    ];
    for (const { key, member, label } of kinds) {
        const declared = new Map();
        for (const { item, index: i } of (0,context/* entries */.jO)(index.file, key)) {
            const name = (0,context/* str */.gx)(item[member]);
            if (name !== undefined && !declared.has(name))
                declared.set(name, i);
        }
        const listed = Array.isArray(external[key]) ? external[key] : [];
        listed.forEach((name, i) => {
            if (typeof name !== 'string' || !declared.has(name))
                return;
            problems.push((0,config_problems/* error */.z3)('external/declared', ['external', key, i], `${label} "${name}" is declared at ${key}[${declared.get(name)}] and listed as external; a resource is the file's or another owner's: remove one`));
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/rules/index.ts










const RULES = [
    checkNames,
    checkBehaviors,
    rules_targets/* checkTargets */.VJ,
    checkMitigationActions,
    checkArns,
    checkAudit,
    checkSimulations,
    checkAcceptedFindings,
    checkIgnoredKeys,
    checkValues
];
function checkRules(data) {
    const index = (0,context/* indexFile */.LV)(data);
    return RULES.flatMap((rule) => rule(index));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./generated/profile-validator.ts
// @ts-nocheck
/* eslint-disable */
// Generated by scripts/validator-code.ts from buildProfileSchema() (npm run bundle): do not edit.

const profile_validator_ucs2length = ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A;
const validate = validate21;
/* harmony default export */ const profile_validator = ((/* unused pure expression or super */ null && (validate21)));
const schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/ddac-dev/ddac/main/schema/device-defender.schema.json", "title": "ddac profile file (AWS IoT Device Defender as code)", "type": "object", "required": ["version"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Version of the profile file format." }, "identity": { "$ref": "#/definitions/TagValue", "type": "string", "minLength": 1, "description": "What marks the resources this file manages (their ddac:managed-by tag). Default: <owner>/<repo>:<path of the file>. import writes it, so the file plans the same wherever it is saved." }, "customMetrics": { "type": "array", "items": { "type": "object", "properties": { "metricName": { "$ref": "#/definitions/MetricName", "description": "The name of the custom metric." }, "displayName": { "$ref": "#/definitions/CustomMetricDisplayName", "description": "The friendly name in the console for the custom metric." }, "metricType": { "$ref": "#/definitions/CustomMetricType", "description": "The type of the custom metric." }, "tags": { "$ref": "#/definitions/TagList", "description": "Metadata that can be used to manage the custom metric." }, "clientRequestToken": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "metricArn": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "creationDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "lastModifiedDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." } }, "required": ["metricName", "metricType"], "additionalProperties": false }, "description": "custom metrics, each as the CreateCustomMetric request takes it (Use this API to define a Custom Metric published by your devices to Device Defender.)" }, "dimensions": { "type": "array", "items": { "type": "object", "properties": { "name": { "$ref": "#/definitions/DimensionName", "description": "A unique identifier for the dimension." }, "type": { "$ref": "#/definitions/DimensionType", "description": "Specifies the type of dimension." }, "stringValues": { "$ref": "#/definitions/DimensionStringValues", "description": "Specifies the value or list of values for the dimension." }, "tags": { "$ref": "#/definitions/TagList", "description": "Metadata that can be used to manage the dimension." }, "clientRequestToken": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "arn": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "creationDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "lastModifiedDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." } }, "required": ["name", "type", "stringValues"], "additionalProperties": false }, "description": "dimensions, each as the CreateDimension request takes it (Create a dimension that you can use to limit the scope of a metric used in a security profile for IoT Device Defender.)" }, "mitigationActions": { "type": "array", "items": { "type": "object", "properties": { "actionName": { "$ref": "#/definitions/MitigationActionName", "description": "A friendly name for the action." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The ARN of the IAM role that is used to apply the mitigation action." }, "actionParams": { "$ref": "#/definitions/MitigationActionParams", "description": "Defines the type of action and the parameters for that action." }, "tags": { "$ref": "#/definitions/TagList", "description": "Metadata that can be used to manage the mitigation action." }, "actionType": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "actionArn": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "actionId": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "creationDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "lastModifiedDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." } }, "required": ["actionName", "roleArn", "actionParams"], "additionalProperties": false }, "description": "mitigation actions, each as the CreateMitigationAction request takes it (Defines an action that can be applied to audit findings by using StartAuditMitigationActionsTask.)" }, "securityProfiles": { "type": "array", "items": { "type": "object", "properties": { "securityProfileName": { "$ref": "#/definitions/SecurityProfileName", "description": "The name you are giving to the security profile." }, "securityProfileDescription": { "$ref": "#/definitions/SecurityProfileDescription", "description": "A description of the security profile." }, "behaviors": { "$ref": "#/definitions/Behaviors", "description": "Specifies the behaviors that, when violated by a device (thing), cause an alert." }, "alertTargets": { "$ref": "#/definitions/AlertTargets", "description": "Specifies the destinations to which alerts are sent." }, "additionalMetricsToRetain": { "$ref": "#/definitions/AdditionalMetricsToRetainList", "description": "Deprecated: Use additionalMetricsToRetainV2. Please use CreateSecurityProfileRequest$additionalMetricsToRetainV2 instead.", "deprecated": true }, "additionalMetricsToRetainV2": { "$ref": "#/definitions/AdditionalMetricsToRetainV2List", "description": "A list of metrics whose data is retained (stored)." }, "tags": { "$ref": "#/definitions/TagList", "description": "Metadata that can be used to manage the security profile." }, "metricsExportConfig": { "$ref": "#/definitions/MetricsExportConfig", "description": "Specifies the MQTT topic and role ARN required for metric export." }, "securityProfileArn": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "version": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "creationDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "lastModifiedDate": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." }, "targets": { "type": "array", "description": "Where the profile is attached: thing group names, all/registered-things, all/unregistered-things, all/things, or full target ARNs.", "items": { "type": "string", "minLength": 1, "examples": ["all/registered-things", "all/unregistered-things", "all/things"] } } }, "required": ["securityProfileName"], "additionalProperties": false }, "description": "security profiles, each as the CreateSecurityProfile request takes it (Creates a Device Defender security profile.)" }, "scheduledAudits": { "type": "array", "items": { "type": "object", "properties": { "frequency": { "$ref": "#/definitions/AuditFrequency", "description": "How often the scheduled audit takes place, either DAILY, WEEKLY, BIWEEKLY or MONTHLY." }, "dayOfMonth": { "$ref": "#/definitions/DayOfMonth", "description": "The day of the month on which the scheduled audit takes place." }, "dayOfWeek": { "$ref": "#/definitions/DayOfWeek", "description": "The day of the week on which the scheduled audit takes place, either SUN, MON, TUE, WED, THU, FRI, or SAT." }, "targetCheckNames": { "$ref": "#/definitions/TargetAuditCheckNames", "description": "Which checks are performed during the scheduled audit." }, "scheduledAuditName": { "$ref": "#/definitions/ScheduledAuditName", "description": "The name you want to give to the scheduled audit." }, "tags": { "$ref": "#/definitions/TagList", "description": "Metadata that can be used to manage the scheduled audit." }, "scheduledAuditArn": { "description": "Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored." } }, "required": ["frequency", "targetCheckNames", "scheduledAuditName"], "additionalProperties": false }, "description": "scheduled audits, each as the CreateScheduledAudit request takes it (Creates a scheduled audit that is run at a specified time interval.)" }, "auditConfiguration": { "type": "object", "properties": { "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The Amazon Resource Name (ARN) of the role that grants permission to IoT to access information about your devices, policies, certificates, and other items as required when performing an audit." }, "auditNotificationTargetConfigurations": { "$ref": "#/definitions/AuditNotificationTargetConfigurations", "description": "Information about the targets to which audit notifications are sent." }, "auditCheckConfigurations": { "$ref": "#/definitions/AuditCheckConfigurations", "description": "Specifies which audit checks are enabled and disabled for this account." } }, "additionalProperties": false, "description": "The account audit configuration (account-wide): role, notification targets and enabled checks." }, "simulations": { "type": "array", "items": { "type": "object", "description": "A device simulation: provision things, produce traffic, then check what Device Defender reports.", "required": ["name", "scenario"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$", "description": "Unique name of the simulation." }, "scenario": { "type": "string", "enum": ["baseline", "anomaly", "auth-failures", "connection-churn", "disconnects", "shared-certificate"], "description": "What the simulated devices do." }, "things": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 1, "description": "Fleet size; each thing gets its own certificate (one process holds 1,000; shard larger fleets)." }, "thingGroup": { "$ref": "#/definitions/ThingGroupName", "description": "Thing group the simulated things join (a security profile target)." }, "topic": { "type": "string", "minLength": 1, "maxLength": 256, "pattern": "^[^#+]+$", "description": "MQTT topic to publish on (no wildcards)." }, "messageSize": { "type": "integer", "minimum": 0, "maximum": 131072, "description": "Payload bytes per message (AWS IoT allows 128 KB)." }, "count": { "type": "integer", "minimum": 1, "maximum": 1000000, "description": "Messages (or connections) per thing." }, "interval": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "description": "Time between one step and the next per thing (a message, a denied publish, a connection), e.g. 250ms." }, "duration": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "description": "baseline: how long the steady traffic runs (default 5m)." }, "hold": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "description": "shared-certificate: how long the things stay connected together (default 5m; AWS records connections older than about 2 hours for its audit)." }, "expect": { "type": "object", "additionalProperties": false, "description": "What must (or must not) happen.", "properties": { "violations": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["securityProfileName", "behaviorName"], "additionalProperties": false, "properties": { "securityProfileName": { "$ref": "#/definitions/SecurityProfileName" }, "behaviorName": { "$ref": "#/definitions/BehaviorName" }, "thingName": { "type": "string", "minLength": 1, "description": "One of the simulation's things, by number (1 is the first) or full name." }, "mitigationAction": { "$ref": "#/definitions/MitigationActionName", "description": "An ADD_THINGS_TO_THING_GROUP mitigation action of this file to run on the violations found; ddac checks the things land in its groups." } } } }, "noViolations": { "type": "boolean", "description": "A false-positive check: no behavior may alarm." }, "auditFindings": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["checkName"], "additionalProperties": false, "properties": { "checkName": { "$ref": "#/definitions/AuditCheckName" } } } }, "timeout": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "description": "How long to wait for the expectation, e.g. 20m." } } } } }, "description": "Device simulations and the violations or findings they must produce." }, "acceptedFindings": { "type": "array", "items": { "type": "object", "required": ["checkName", "reason", "expires"], "additionalProperties": false, "properties": { "checkName": { "$ref": "#/definitions/AuditCheckName" }, "resource": { "type": "string", "minLength": 1, "description": "The non-compliant resource the finding names (a certificate id, client id, policy name, role alias …); absent: every finding of the check." }, "reason": { "type": "string", "minLength": 1, "description": "Why this finding is accepted." }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "The day (YYYY-MM-DD, UTC) after which the finding counts again." } } }, "description": "Audit findings the team accepts for now: `audit` does not fail on them until they expire." }, "external": { "type": "object", "additionalProperties": false, "description": "Resources the file references but does not manage (created elsewhere).", "properties": { "customMetrics": { "type": "array", "items": { "$ref": "#/definitions/MetricName" } }, "dimensions": { "type": "array", "items": { "$ref": "#/definitions/DimensionName" } } } } }, "definitions": { "AdditionalMetricsToRetainList": { "type": "array", "items": { "$ref": "#/definitions/BehaviorMetric" } }, "AdditionalMetricsToRetainV2List": { "type": "array", "items": { "$ref": "#/definitions/MetricToRetain" } }, "AddThingsToThingGroupParams": { "type": "object", "description": "Parameters used when defining a mitigation action that move a set of things to a thing group.", "properties": { "thingGroupNames": { "$ref": "#/definitions/ThingGroupNames", "description": "The list of groups to which you want to add the things that triggered the mitigation action." }, "overrideDynamicGroups": { "$ref": "#/definitions/NullableBoolean", "description": "Specifies if this mitigation action can move the things that triggered the mitigation action even if they are part of one or more dynamic thing groups." } }, "required": ["thingGroupNames"], "additionalProperties": false }, "AlertTarget": { "type": "object", "description": "A structure containing the alert target ARN and the role ARN.", "properties": { "alertTargetArn": { "$ref": "#/definitions/AlertTargetArn", "description": "The Amazon Resource Name (ARN) of the notification target to which alerts are sent." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The ARN of the role that grants permission to send alerts to the notification target." } }, "required": ["alertTargetArn", "roleArn"], "additionalProperties": false }, "AlertTargetArn": { "type": "string" }, "AlertTargets": { "type": "object", "properties": { "SNS": { "$ref": "#/definitions/AlertTarget" } }, "additionalProperties": false }, "AuditCheckConfiguration": { "type": "object", "description": "Which audit checks are enabled and disabled for this account.", "properties": { "enabled": { "$ref": "#/definitions/Enabled", "description": "True if this audit check is enabled for this account.", "default": false }, "configuration": { "$ref": "#/definitions/CheckCustomConfiguration", "description": "A structure containing the configName and corresponding configValue for configuring audit checks." } }, "additionalProperties": false }, "AuditCheckConfigurations": { "type": "object", "properties": { "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CA_CERTIFICATE_EXPIRING_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CA_CERTIFICATE_KEY_QUALITY_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CONFLICTING_CLIENT_IDS_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_AGE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_EXPIRING_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_SHARED_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "LOGGING_DISABLED_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" } }, "additionalProperties": false }, "AuditCheckName": { "type": "string", "enum": ["AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", "CA_CERTIFICATE_EXPIRING_CHECK", "CA_CERTIFICATE_KEY_QUALITY_CHECK", "CONFLICTING_CLIENT_IDS_CHECK", "DEVICE_CERTIFICATE_AGE_CHECK", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK", "DEVICE_CERTIFICATE_SHARED_CHECK", "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK", "IOT_POLICY_OVERLY_PERMISSIVE_CHECK", "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK", "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK", "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", "LOGGING_DISABLED_CHECK", "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK", "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK", "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK"] }, "AuditFrequency": { "type": "string", "enum": ["DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY"] }, "AuditNotificationTarget": { "type": "object", "description": "Information about the targets to which audit notifications are sent.", "properties": { "targetArn": { "$ref": "#/definitions/TargetArn", "description": "The ARN of the target (SNS topic) to which audit notifications are sent." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The ARN of the role that grants permission to send notifications to the target." }, "enabled": { "$ref": "#/definitions/Enabled", "description": "True if notifications to the target are enabled.", "default": false } }, "additionalProperties": false }, "AuditNotificationTargetConfigurations": { "type": "object", "properties": { "SNS": { "$ref": "#/definitions/AuditNotificationTarget" } }, "additionalProperties": false }, "Behavior": { "type": "object", "description": "A Device Defender security profile behavior.", "properties": { "name": { "$ref": "#/definitions/BehaviorName", "description": "The name you've given to the behavior." }, "metric": { "$ref": "#/definitions/BehaviorMetric", "description": "What is measured by the behavior." }, "metricDimension": { "$ref": "#/definitions/MetricDimension", "description": "The dimension for a metric in your behavior." }, "criteria": { "$ref": "#/definitions/BehaviorCriteria", "description": "The criteria that determine if a device is behaving normally in regard to the metric." }, "suppressAlerts": { "$ref": "#/definitions/SuppressAlerts", "description": "Suppresses alerts." }, "exportMetric": { "$ref": "#/definitions/ExportMetric", "description": "Value indicates exporting metrics related to the behavior when it is true." } }, "required": ["name"], "additionalProperties": false }, "BehaviorCriteria": { "type": "object", "description": "The criteria by which the behavior is determined to be normal.", "properties": { "comparisonOperator": { "$ref": "#/definitions/ComparisonOperator", "description": "The operator that relates the thing measured (metric) to the criteria (containing a value or statisticalThreshold)." }, "value": { "$ref": "#/definitions/MetricValue", "description": "The value to be compared with the metric." }, "durationSeconds": { "$ref": "#/definitions/DurationSeconds", "description": "Use this to specify the time duration over which the behavior is evaluated, for those criteria that have a time dimension (for example, NUM_MESSAGES_SENT)." }, "consecutiveDatapointsToAlarm": { "$ref": "#/definitions/ConsecutiveDatapointsToAlarm", "description": "If a device is in violation of the behavior for the specified number of consecutive datapoints, an alarm occurs." }, "consecutiveDatapointsToClear": { "$ref": "#/definitions/ConsecutiveDatapointsToClear", "description": "If an alarm has occurred and the offending device is no longer in violation of the behavior for the specified number of consecutive datapoints, the alarm is cleared." }, "statisticalThreshold": { "$ref": "#/definitions/StatisticalThreshold", "description": "A statistical ranking (percentile)that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior." }, "mlDetectionConfig": { "$ref": "#/definitions/MachineLearningDetectionConfig", "description": "The configuration of an ML Detect" } }, "additionalProperties": false }, "BehaviorMetric": { "type": "string", "examples": ["aws:message-byte-size", "aws:num-messages-sent", "aws:num-messages-received", "aws:num-authorization-failures", "aws:num-connection-attempts", "aws:num-disconnects", "aws:disconnect-duration", "aws:source-ip-address", "aws:all-bytes-out", "aws:all-bytes-in", "aws:all-packets-out", "aws:all-packets-in", "aws:num-listening-tcp-ports", "aws:num-listening-udp-ports", "aws:num-established-tcp-connections", "aws:destination-ip-addresses", "aws:listening-tcp-ports", "aws:listening-udp-ports"] }, "BehaviorName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" }, "Behaviors": { "type": "array", "items": { "$ref": "#/definitions/Behavior" }, "maxItems": 100 }, "CACertificateUpdateAction": { "type": "string", "enum": ["DEACTIVATE"] }, "CheckCustomConfiguration": { "type": "object", "properties": { "CERT_AGE_THRESHOLD_IN_DAYS": { "$ref": "#/definitions/ConfigValue" }, "CERT_EXPIRATION_THRESHOLD_IN_DAYS": { "$ref": "#/definitions/ConfigValue" } }, "additionalProperties": false }, "Cidr": { "type": "string", "minLength": 2, "maxLength": 43, "pattern": "^[a-fA-F0-9:\\.\\/]+$" }, "Cidrs": { "type": "array", "items": { "$ref": "#/definitions/Cidr" } }, "ComparisonOperator": { "type": "string", "enum": ["less-than", "less-than-equals", "greater-than", "greater-than-equals", "in-cidr-set", "not-in-cidr-set", "in-port-set", "not-in-port-set", "in-set", "not-in-set"] }, "ConfidenceLevel": { "type": "string", "enum": ["LOW", "MEDIUM", "HIGH"] }, "ConfigValue": { "type": "string", "minLength": 1, "maxLength": 64 }, "ConsecutiveDatapointsToAlarm": { "type": "integer", "minimum": 1, "maximum": 10 }, "ConsecutiveDatapointsToClear": { "type": "integer", "minimum": 1, "maximum": 10 }, "CustomMetricDisplayName": { "type": "string", "maxLength": 128, "pattern": "^[\\x21-\\x7E\\x20]*$" }, "CustomMetricType": { "type": "string", "enum": ["string-list", "ip-address-list", "number-list", "number"] }, "DayOfMonth": { "type": "string", "pattern": "^([1-9]|[12][0-9]|3[01])$|^LAST$" }, "DayOfWeek": { "type": "string", "enum": ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] }, "DeviceCertificateUpdateAction": { "type": "string", "enum": ["DEACTIVATE"] }, "DimensionName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" }, "DimensionStringValue": { "type": "string", "minLength": 1, "maxLength": 256 }, "DimensionStringValues": { "type": "array", "items": { "$ref": "#/definitions/DimensionStringValue" }, "minItems": 1, "maxItems": 100 }, "DimensionType": { "type": "string", "enum": ["TOPIC_FILTER"] }, "DimensionValueOperator": { "type": "string", "enum": ["IN", "NOT_IN"] }, "DurationSeconds": { "type": "integer", "minimum": -2147483648, "maximum": 2147483647 }, "Enabled": { "type": "boolean" }, "EnableIoTLoggingParams": { "type": "object", "description": "Parameters used when defining a mitigation action that enable Amazon Web Services IoT Core logging.", "properties": { "roleArnForLogging": { "$ref": "#/definitions/RoleArn", "description": "The Amazon Resource Name (ARN) of the IAM role used for logging." }, "logLevel": { "$ref": "#/definitions/LogLevel", "description": "Specifies the type of information to be logged." } }, "required": ["roleArnForLogging", "logLevel"], "additionalProperties": false }, "EvaluationStatistic": { "type": "string", "pattern": "^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$" }, "ExportMetric": { "type": "boolean" }, "LogLevel": { "type": "string", "enum": ["DEBUG", "INFO", "ERROR", "WARN", "DISABLED"] }, "MachineLearningDetectionConfig": { "type": "object", "description": "The configuration of an ML Detect Security Profile.", "properties": { "confidenceLevel": { "$ref": "#/definitions/ConfidenceLevel", "description": "The sensitivity of anomalous behavior evaluation." } }, "required": ["confidenceLevel"], "additionalProperties": false }, "MetricDimension": { "type": "object", "description": "The dimension of a metric.", "properties": { "dimensionName": { "$ref": "#/definitions/DimensionName", "description": "A unique identifier for the dimension." }, "operator": { "$ref": "#/definitions/DimensionValueOperator", "description": "Defines how the dimensionValues of a dimension are interpreted." } }, "required": ["dimensionName"], "additionalProperties": false }, "MetricName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" }, "MetricsExportConfig": { "type": "object", "description": "Set configurations for metrics export.", "properties": { "mqttTopic": { "$ref": "#/definitions/MqttTopic", "description": "The MQTT topic that Device Defender Detect should publish messages to for metrics export." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "This role ARN has permission to publish MQTT messages, after which Device Defender Detect can assume the role and publish messages on your behalf." } }, "required": ["mqttTopic", "roleArn"], "additionalProperties": false }, "MetricToRetain": { "type": "object", "description": "The metric you want to retain.", "properties": { "metric": { "$ref": "#/definitions/BehaviorMetric", "description": "What is measured by the behavior." }, "metricDimension": { "$ref": "#/definitions/MetricDimension", "description": "The dimension of a metric." }, "exportMetric": { "$ref": "#/definitions/ExportMetric", "description": "The value indicates exporting metrics related to the MetricToRetain when it's true." } }, "required": ["metric"], "additionalProperties": false }, "MetricValue": { "type": "object", "description": "The value to be compared with the metric.", "properties": { "count": { "$ref": "#/definitions/UnsignedLong", "description": "If the comparisonOperator calls for a numeric value, use this to specify that numeric value to be compared with the metric." }, "cidrs": { "$ref": "#/definitions/Cidrs", "description": "If the comparisonOperator calls for a set of CIDRs, use this to specify that set to be compared with the metric." }, "ports": { "$ref": "#/definitions/Ports", "description": "If the comparisonOperator calls for a set of ports, use this to specify that set to be compared with the metric." }, "number": { "$ref": "#/definitions/Number", "description": "The numeral value of a metric." }, "numbers": { "$ref": "#/definitions/NumberList", "description": "The numeral values of a metric." }, "strings": { "$ref": "#/definitions/StringList", "description": "The string values of a metric." } }, "additionalProperties": false }, "MitigationActionName": { "type": "string", "maxLength": 128, "pattern": "^[a-zA-Z0-9_-]+$" }, "MitigationActionParams": { "type": "object", "description": "The set of parameters for this mitigation action.", "properties": { "updateDeviceCertificateParams": { "$ref": "#/definitions/UpdateDeviceCertificateParams", "description": "Parameters to define a mitigation action that changes the state of the device certificate to inactive." }, "updateCACertificateParams": { "$ref": "#/definitions/UpdateCACertificateParams", "description": "Parameters to define a mitigation action that changes the state of the CA certificate to inactive." }, "addThingsToThingGroupParams": { "$ref": "#/definitions/AddThingsToThingGroupParams", "description": "Parameters to define a mitigation action that moves devices associated with a certificate to one or more specified thing groups, typically for quarantine." }, "replaceDefaultPolicyVersionParams": { "$ref": "#/definitions/ReplaceDefaultPolicyVersionParams", "description": "Parameters to define a mitigation action that adds a blank policy to restrict permissions." }, "enableIoTLoggingParams": { "$ref": "#/definitions/EnableIoTLoggingParams", "description": "Parameters to define a mitigation action that enables Amazon Web Services IoT Core logging at a specified level of detail." }, "publishFindingToSnsParams": { "$ref": "#/definitions/PublishFindingToSnsParams", "description": "Parameters to define a mitigation action that publishes findings to Amazon Simple Notification Service (Amazon SNS." } }, "additionalProperties": false }, "MqttTopic": { "type": "string", "minLength": 1, "maxLength": 512 }, "NullableBoolean": { "type": "boolean" }, "Number": { "type": "number" }, "NumberList": { "type": "array", "items": { "$ref": "#/definitions/Number" } }, "PolicyTemplateName": { "type": "string", "enum": ["BLANK_POLICY"] }, "Port": { "type": "integer", "minimum": 0, "maximum": 65535 }, "Ports": { "type": "array", "items": { "$ref": "#/definitions/Port" } }, "PublishFindingToSnsParams": { "type": "object", "description": "Parameters to define a mitigation action that publishes findings to Amazon SNS.", "properties": { "topicArn": { "$ref": "#/definitions/SnsTopicArn", "description": "The ARN of the topic to which you want to publish the findings." } }, "required": ["topicArn"], "additionalProperties": false }, "ReplaceDefaultPolicyVersionParams": { "type": "object", "description": "Parameters to define a mitigation action that adds a blank policy to restrict permissions.", "properties": { "templateName": { "$ref": "#/definitions/PolicyTemplateName", "description": "The name of the template to be applied." } }, "required": ["templateName"], "additionalProperties": false }, "RoleArn": { "type": "string", "minLength": 20, "maxLength": 2048 }, "ScheduledAuditName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9_-]+$" }, "SecurityProfileDescription": { "type": "string", "maxLength": 1000, "pattern": "^[\\x21-\\x7E\\x20]*$" }, "SecurityProfileName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" }, "SnsTopicArn": { "type": "string", "maxLength": 350 }, "StatisticalThreshold": { "type": "object", "description": "A statistical ranking (percentile) that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.", "properties": { "statistic": { "$ref": "#/definitions/EvaluationStatistic", "description": "The percentile that resolves to a threshold value by which compliance with a behavior is determined." } }, "additionalProperties": false }, "StringList": { "type": "array", "items": { "$ref": "#/definitions/stringValue" } }, "stringValue": { "type": "string" }, "SuppressAlerts": { "type": "boolean" }, "Tag": { "type": "object", "description": "A set of key/value pairs that are used to manage the resource.", "properties": { "Key": { "$ref": "#/definitions/TagKey", "description": "The tag's key." }, "Value": { "$ref": "#/definitions/TagValue", "description": "The tag's value." } }, "required": ["Key"], "additionalProperties": false }, "TagKey": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" }, "TagList": { "type": "array", "items": { "$ref": "#/definitions/Tag" } }, "TagValue": { "type": "string", "maxLength": 256 }, "TargetArn": { "type": "string", "maxLength": 2048 }, "TargetAuditCheckNames": { "type": "array", "items": { "$ref": "#/definitions/AuditCheckName" } }, "ThingGroupName": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" }, "ThingGroupNames": { "type": "array", "items": { "$ref": "#/definitions/ThingGroupName" }, "minItems": 1, "maxItems": 10 }, "UnsignedLong": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "UpdateCACertificateParams": { "type": "object", "description": "Parameters to define a mitigation action that changes the state of the CA certificate to inactive.", "properties": { "action": { "$ref": "#/definitions/CACertificateUpdateAction", "description": "The action that you want to apply to the CA certificate." } }, "required": ["action"], "additionalProperties": false }, "UpdateDeviceCertificateParams": { "type": "object", "description": "Parameters to define a mitigation action that changes the state of the device certificate to inactive.", "properties": { "action": { "$ref": "#/definitions/DeviceCertificateUpdateAction", "description": "The action that you want to apply to the device certificate." } }, "required": ["action"], "additionalProperties": false } } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = profile_validator_ucs2length;
const schema7 = { "type": "string", "maxLength": 256 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 256) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema7, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.type, parentSchema: schema7, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
}
const schema8 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" };
const pattern0 = new RegExp("^[a-zA-Z0-9:_-]+$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema8, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema8, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern0.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9:_-]+$" + "\"", schema: "^[a-zA-Z0-9:_-]+$", parentSchema: schema8, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema8.type, parentSchema: schema8, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
}
const schema9 = { "type": "string", "maxLength": 128, "pattern": "^[\\x21-\\x7E\\x20]*$" };
const pattern1 = new RegExp("^[\\x21-\\x7E\\x20]*$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema9, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern1.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[\\x21-\\x7E\\x20]*$" }, message: "must match pattern \"" + "^[\\x21-\\x7E\\x20]*$" + "\"", schema: "^[\\x21-\\x7E\\x20]*$", parentSchema: schema9, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema9.type, parentSchema: schema9, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate26.errors = vErrors;
    return errors === 0;
}
const schema10 = { "type": "string", "enum": ["string-list", "ip-address-list", "number-list", "number"] };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema10.type, parentSchema: schema10, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((data === "string-list") || (data === "ip-address-list")) || (data === "number-list")) || (data === "number"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values", schema: schema10.enum, parentSchema: schema10, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate28.errors = vErrors;
    return errors === 0;
}
const schema11 = { "type": "array", "items": { "$ref": "#/definitions/Tag" } };
const schema12 = { "type": "object", "description": "A set of key/value pairs that are used to manage the resource.", "properties": { "Key": { "$ref": "#/definitions/TagKey", "description": "The tag's key." }, "Value": { "$ref": "#/definitions/TagValue", "description": "The tag's value." } }, "required": ["Key"], "additionalProperties": false };
const schema13 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" };
const pattern2 = new RegExp("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$", "u");
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern2.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" }, message: "must match pattern \"" + "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$" + "\"", schema: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$", parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate32.errors = vErrors;
    return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Key === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Key" }, message: "must have required property '" + "Key" + "'", schema: schema12.required, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "Key") || (key0 === "Value"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.Key !== undefined) {
            if (!(validate32(data.Key, { instancePath: instancePath + "/Key", parentData: data, parentDataProperty: "Key", rootData }))) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
            }
        }
        if (data.Value !== undefined) {
            if (!(validate22(data.Value, { instancePath: instancePath + "/Value", parentData: data, parentDataProperty: "Value", rootData }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate31.errors = vErrors;
    return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate31(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate30.errors = vErrors;
    return errors === 0;
}
const schema14 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern0.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9:_-]+$" + "\"", schema: "^[a-zA-Z0-9:_-]+$", parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate37.errors = vErrors;
    return errors === 0;
}
const schema15 = { "type": "string", "enum": ["TOPIC_FILTER"] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(data === "TOPIC_FILTER")) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate39.errors = vErrors;
    return errors === 0;
}
const schema16 = { "type": "array", "items": { "$ref": "#/definitions/DimensionStringValue" }, "minItems": 1, "maxItems": 100 };
const schema17 = { "type": "string", "minLength": 1, "maxLength": 256 };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 256) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema17, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate42.errors = vErrors;
    return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 100) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema16, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.length < 1) {
            const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate42(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate41.errors = vErrors;
    return errors === 0;
}
const schema18 = { "type": "string", "maxLength": 128, "pattern": "^[a-zA-Z0-9_-]+$" };
const pattern4 = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern4.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9_-]+$" + "\"", schema: "^[a-zA-Z0-9_-]+$", parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.type, parentSchema: schema18, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate46.errors = vErrors;
    return errors === 0;
}
const schema19 = { "type": "string", "minLength": 20, "maxLength": 2048 };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 2048) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 20) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 20 }, message: "must NOT have fewer than 20 characters", schema: 20, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.type, parentSchema: schema19, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate48.errors = vErrors;
    return errors === 0;
}
const schema20 = { "type": "object", "description": "The set of parameters for this mitigation action.", "properties": { "updateDeviceCertificateParams": { "$ref": "#/definitions/UpdateDeviceCertificateParams", "description": "Parameters to define a mitigation action that changes the state of the device certificate to inactive." }, "updateCACertificateParams": { "$ref": "#/definitions/UpdateCACertificateParams", "description": "Parameters to define a mitigation action that changes the state of the CA certificate to inactive." }, "addThingsToThingGroupParams": { "$ref": "#/definitions/AddThingsToThingGroupParams", "description": "Parameters to define a mitigation action that moves devices associated with a certificate to one or more specified thing groups, typically for quarantine." }, "replaceDefaultPolicyVersionParams": { "$ref": "#/definitions/ReplaceDefaultPolicyVersionParams", "description": "Parameters to define a mitigation action that adds a blank policy to restrict permissions." }, "enableIoTLoggingParams": { "$ref": "#/definitions/EnableIoTLoggingParams", "description": "Parameters to define a mitigation action that enables Amazon Web Services IoT Core logging at a specified level of detail." }, "publishFindingToSnsParams": { "$ref": "#/definitions/PublishFindingToSnsParams", "description": "Parameters to define a mitigation action that publishes findings to Amazon Simple Notification Service (Amazon SNS." } }, "additionalProperties": false };
const schema21 = { "type": "object", "description": "Parameters to define a mitigation action that changes the state of the device certificate to inactive.", "properties": { "action": { "$ref": "#/definitions/DeviceCertificateUpdateAction", "description": "The action that you want to apply to the device certificate." } }, "required": ["action"], "additionalProperties": false };
const schema22 = { "type": "string", "enum": ["DEACTIVATE"] };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.type, parentSchema: schema22, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(data === "DEACTIVATE")) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate52.errors = vErrors;
    return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.action === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema21.required, parentSchema: schema21, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "action")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.action !== undefined) {
            if (!(validate52(data.action, { instancePath: instancePath + "/action", parentData: data, parentDataProperty: "action", rootData }))) {
                vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate51.errors = vErrors;
    return errors === 0;
}
const schema23 = { "type": "object", "description": "Parameters to define a mitigation action that changes the state of the CA certificate to inactive.", "properties": { "action": { "$ref": "#/definitions/CACertificateUpdateAction", "description": "The action that you want to apply to the CA certificate." } }, "required": ["action"], "additionalProperties": false };
const schema24 = { "type": "string", "enum": ["DEACTIVATE"] };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.type, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(data === "DEACTIVATE")) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values", schema: schema24.enum, parentSchema: schema24, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate56.errors = vErrors;
    return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.action === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema23.required, parentSchema: schema23, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "action")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.action !== undefined) {
            if (!(validate56(data.action, { instancePath: instancePath + "/action", parentData: data, parentDataProperty: "action", rootData }))) {
                vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate55.errors = vErrors;
    return errors === 0;
}
const schema25 = { "type": "object", "description": "Parameters used when defining a mitigation action that move a set of things to a thing group.", "properties": { "thingGroupNames": { "$ref": "#/definitions/ThingGroupNames", "description": "The list of groups to which you want to add the things that triggered the mitigation action." }, "overrideDynamicGroups": { "$ref": "#/definitions/NullableBoolean", "description": "Specifies if this mitigation action can move the things that triggered the mitigation action even if they are part of one or more dynamic thing groups." } }, "required": ["thingGroupNames"], "additionalProperties": false };
const schema26 = { "type": "array", "items": { "$ref": "#/definitions/ThingGroupName" }, "minItems": 1, "maxItems": 10 };
const schema27 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern0.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9:_-]+$" + "\"", schema: "^[a-zA-Z0-9:_-]+$", parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.type, parentSchema: schema27, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
}
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 10) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.length < 1) {
            const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate61(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.type, parentSchema: schema26, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate60.errors = vErrors;
    return errors === 0;
}
const schema28 = { "type": "boolean" };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema28.type, parentSchema: schema28, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate64.errors = vErrors;
    return errors === 0;
}
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.thingGroupNames === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "thingGroupNames" }, message: "must have required property '" + "thingGroupNames" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "thingGroupNames") || (key0 === "overrideDynamicGroups"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.thingGroupNames !== undefined) {
            if (!(validate60(data.thingGroupNames, { instancePath: instancePath + "/thingGroupNames", parentData: data, parentDataProperty: "thingGroupNames", rootData }))) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
            }
        }
        if (data.overrideDynamicGroups !== undefined) {
            if (!(validate64(data.overrideDynamicGroups, { instancePath: instancePath + "/overrideDynamicGroups", parentData: data, parentDataProperty: "overrideDynamicGroups", rootData }))) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate59.errors = vErrors;
    return errors === 0;
}
const schema29 = { "type": "object", "description": "Parameters to define a mitigation action that adds a blank policy to restrict permissions.", "properties": { "templateName": { "$ref": "#/definitions/PolicyTemplateName", "description": "The name of the template to be applied." } }, "required": ["templateName"], "additionalProperties": false };
const schema30 = { "type": "string", "enum": ["BLANK_POLICY"] };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(data === "BLANK_POLICY")) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema30.enum }, message: "must be equal to one of the allowed values", schema: schema30.enum, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate68.errors = vErrors;
    return errors === 0;
}
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.templateName === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "templateName" }, message: "must have required property '" + "templateName" + "'", schema: schema29.required, parentSchema: schema29, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "templateName")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.templateName !== undefined) {
            if (!(validate68(data.templateName, { instancePath: instancePath + "/templateName", parentData: data, parentDataProperty: "templateName", rootData }))) {
                vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate67.errors = vErrors;
    return errors === 0;
}
const schema31 = { "type": "object", "description": "Parameters used when defining a mitigation action that enable Amazon Web Services IoT Core logging.", "properties": { "roleArnForLogging": { "$ref": "#/definitions/RoleArn", "description": "The Amazon Resource Name (ARN) of the IAM role used for logging." }, "logLevel": { "$ref": "#/definitions/LogLevel", "description": "Specifies the type of information to be logged." } }, "required": ["roleArnForLogging", "logLevel"], "additionalProperties": false };
const schema32 = { "type": "string", "enum": ["DEBUG", "INFO", "ERROR", "WARN", "DISABLED"] };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(((((data === "DEBUG") || (data === "INFO")) || (data === "ERROR")) || (data === "WARN")) || (data === "DISABLED"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate73.errors = vErrors;
    return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.roleArnForLogging === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roleArnForLogging" }, message: "must have required property '" + "roleArnForLogging" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.logLevel === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "logLevel" }, message: "must have required property '" + "logLevel" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "roleArnForLogging") || (key0 === "logLevel"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.roleArnForLogging !== undefined) {
            if (!(validate48(data.roleArnForLogging, { instancePath: instancePath + "/roleArnForLogging", parentData: data, parentDataProperty: "roleArnForLogging", rootData }))) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
            }
        }
        if (data.logLevel !== undefined) {
            if (!(validate73(data.logLevel, { instancePath: instancePath + "/logLevel", parentData: data, parentDataProperty: "logLevel", rootData }))) {
                vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate71.errors = vErrors;
    return errors === 0;
}
const schema33 = { "type": "object", "description": "Parameters to define a mitigation action that publishes findings to Amazon SNS.", "properties": { "topicArn": { "$ref": "#/definitions/SnsTopicArn", "description": "The ARN of the topic to which you want to publish the findings." } }, "required": ["topicArn"], "additionalProperties": false };
const schema34 = { "type": "string", "maxLength": 350 };
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 350) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 350 }, message: "must NOT have more than 350 characters", schema: 350, parentSchema: schema34, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate77.errors = vErrors;
    return errors === 0;
}
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.topicArn === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topicArn" }, message: "must have required property '" + "topicArn" + "'", schema: schema33.required, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "topicArn")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.topicArn !== undefined) {
            if (!(validate77(data.topicArn, { instancePath: instancePath + "/topicArn", parentData: data, parentDataProperty: "topicArn", rootData }))) {
                vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate76.errors = vErrors;
    return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((((((key0 === "updateDeviceCertificateParams") || (key0 === "updateCACertificateParams")) || (key0 === "addThingsToThingGroupParams")) || (key0 === "replaceDefaultPolicyVersionParams")) || (key0 === "enableIoTLoggingParams")) || (key0 === "publishFindingToSnsParams"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.updateDeviceCertificateParams !== undefined) {
            if (!(validate51(data.updateDeviceCertificateParams, { instancePath: instancePath + "/updateDeviceCertificateParams", parentData: data, parentDataProperty: "updateDeviceCertificateParams", rootData }))) {
                vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
                errors = vErrors.length;
            }
        }
        if (data.updateCACertificateParams !== undefined) {
            if (!(validate55(data.updateCACertificateParams, { instancePath: instancePath + "/updateCACertificateParams", parentData: data, parentDataProperty: "updateCACertificateParams", rootData }))) {
                vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                errors = vErrors.length;
            }
        }
        if (data.addThingsToThingGroupParams !== undefined) {
            if (!(validate59(data.addThingsToThingGroupParams, { instancePath: instancePath + "/addThingsToThingGroupParams", parentData: data, parentDataProperty: "addThingsToThingGroupParams", rootData }))) {
                vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
                errors = vErrors.length;
            }
        }
        if (data.replaceDefaultPolicyVersionParams !== undefined) {
            if (!(validate67(data.replaceDefaultPolicyVersionParams, { instancePath: instancePath + "/replaceDefaultPolicyVersionParams", parentData: data, parentDataProperty: "replaceDefaultPolicyVersionParams", rootData }))) {
                vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                errors = vErrors.length;
            }
        }
        if (data.enableIoTLoggingParams !== undefined) {
            if (!(validate71(data.enableIoTLoggingParams, { instancePath: instancePath + "/enableIoTLoggingParams", parentData: data, parentDataProperty: "enableIoTLoggingParams", rootData }))) {
                vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                errors = vErrors.length;
            }
        }
        if (data.publishFindingToSnsParams !== undefined) {
            if (!(validate76(data.publishFindingToSnsParams, { instancePath: instancePath + "/publishFindingToSnsParams", parentData: data, parentDataProperty: "publishFindingToSnsParams", rootData }))) {
                vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate50.errors = vErrors;
    return errors === 0;
}
const schema35 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema35, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern0.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9:_-]+$" + "\"", schema: "^[a-zA-Z0-9:_-]+$", parentSchema: schema35, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate82.errors = vErrors;
    return errors === 0;
}
const schema36 = { "type": "string", "maxLength": 1000, "pattern": "^[\\x21-\\x7E\\x20]*$" };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 1000) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1000 }, message: "must NOT have more than 1000 characters", schema: 1000, parentSchema: schema36, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern1.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[\\x21-\\x7E\\x20]*$" }, message: "must match pattern \"" + "^[\\x21-\\x7E\\x20]*$" + "\"", schema: "^[\\x21-\\x7E\\x20]*$", parentSchema: schema36, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate84.errors = vErrors;
    return errors === 0;
}
const schema37 = { "type": "array", "items": { "$ref": "#/definitions/Behavior" }, "maxItems": 100 };
const schema38 = { "type": "object", "description": "A Device Defender security profile behavior.", "properties": { "name": { "$ref": "#/definitions/BehaviorName", "description": "The name you've given to the behavior." }, "metric": { "$ref": "#/definitions/BehaviorMetric", "description": "What is measured by the behavior." }, "metricDimension": { "$ref": "#/definitions/MetricDimension", "description": "The dimension for a metric in your behavior." }, "criteria": { "$ref": "#/definitions/BehaviorCriteria", "description": "The criteria that determine if a device is behaving normally in regard to the metric." }, "suppressAlerts": { "$ref": "#/definitions/SuppressAlerts", "description": "Suppresses alerts." }, "exportMetric": { "$ref": "#/definitions/ExportMetric", "description": "Value indicates exporting metrics related to the behavior when it is true." } }, "required": ["name"], "additionalProperties": false };
const schema39 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9:_-]+$" };
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern0.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9:_-]+$" + "\"", schema: "^[a-zA-Z0-9:_-]+$", parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate88.errors = vErrors;
    return errors === 0;
}
const schema40 = { "type": "string", "examples": ["aws:message-byte-size", "aws:num-messages-sent", "aws:num-messages-received", "aws:num-authorization-failures", "aws:num-connection-attempts", "aws:num-disconnects", "aws:disconnect-duration", "aws:source-ip-address", "aws:all-bytes-out", "aws:all-bytes-in", "aws:all-packets-out", "aws:all-packets-in", "aws:num-listening-tcp-ports", "aws:num-listening-udp-ports", "aws:num-established-tcp-connections", "aws:destination-ip-addresses", "aws:listening-tcp-ports", "aws:listening-udp-ports"] };
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate90.errors = vErrors;
    return errors === 0;
}
const schema41 = { "type": "object", "description": "The dimension of a metric.", "properties": { "dimensionName": { "$ref": "#/definitions/DimensionName", "description": "A unique identifier for the dimension." }, "operator": { "$ref": "#/definitions/DimensionValueOperator", "description": "Defines how the dimensionValues of a dimension are interpreted." } }, "required": ["dimensionName"], "additionalProperties": false };
const schema42 = { "type": "string", "enum": ["IN", "NOT_IN"] };
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.type, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((data === "IN") || (data === "NOT_IN"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate94.errors = vErrors;
    return errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.dimensionName === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dimensionName" }, message: "must have required property '" + "dimensionName" + "'", schema: schema41.required, parentSchema: schema41, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "dimensionName") || (key0 === "operator"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.dimensionName !== undefined) {
            if (!(validate37(data.dimensionName, { instancePath: instancePath + "/dimensionName", parentData: data, parentDataProperty: "dimensionName", rootData }))) {
                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                errors = vErrors.length;
            }
        }
        if (data.operator !== undefined) {
            if (!(validate94(data.operator, { instancePath: instancePath + "/operator", parentData: data, parentDataProperty: "operator", rootData }))) {
                vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate92.errors = vErrors;
    return errors === 0;
}
const schema43 = { "type": "object", "description": "The criteria by which the behavior is determined to be normal.", "properties": { "comparisonOperator": { "$ref": "#/definitions/ComparisonOperator", "description": "The operator that relates the thing measured (metric) to the criteria (containing a value or statisticalThreshold)." }, "value": { "$ref": "#/definitions/MetricValue", "description": "The value to be compared with the metric." }, "durationSeconds": { "$ref": "#/definitions/DurationSeconds", "description": "Use this to specify the time duration over which the behavior is evaluated, for those criteria that have a time dimension (for example, NUM_MESSAGES_SENT)." }, "consecutiveDatapointsToAlarm": { "$ref": "#/definitions/ConsecutiveDatapointsToAlarm", "description": "If a device is in violation of the behavior for the specified number of consecutive datapoints, an alarm occurs." }, "consecutiveDatapointsToClear": { "$ref": "#/definitions/ConsecutiveDatapointsToClear", "description": "If an alarm has occurred and the offending device is no longer in violation of the behavior for the specified number of consecutive datapoints, the alarm is cleared." }, "statisticalThreshold": { "$ref": "#/definitions/StatisticalThreshold", "description": "A statistical ranking (percentile)that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior." }, "mlDetectionConfig": { "$ref": "#/definitions/MachineLearningDetectionConfig", "description": "The configuration of an ML Detect" } }, "additionalProperties": false };
const schema44 = { "type": "string", "enum": ["less-than", "less-than-equals", "greater-than", "greater-than-equals", "in-cidr-set", "not-in-cidr-set", "in-port-set", "not-in-port-set", "in-set", "not-in-set"] };
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((((((data === "less-than") || (data === "less-than-equals")) || (data === "greater-than")) || (data === "greater-than-equals")) || (data === "in-cidr-set")) || (data === "not-in-cidr-set")) || (data === "in-port-set")) || (data === "not-in-port-set")) || (data === "in-set")) || (data === "not-in-set"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate98.errors = vErrors;
    return errors === 0;
}
const schema45 = { "type": "object", "description": "The value to be compared with the metric.", "properties": { "count": { "$ref": "#/definitions/UnsignedLong", "description": "If the comparisonOperator calls for a numeric value, use this to specify that numeric value to be compared with the metric." }, "cidrs": { "$ref": "#/definitions/Cidrs", "description": "If the comparisonOperator calls for a set of CIDRs, use this to specify that set to be compared with the metric." }, "ports": { "$ref": "#/definitions/Ports", "description": "If the comparisonOperator calls for a set of ports, use this to specify that set to be compared with the metric." }, "number": { "$ref": "#/definitions/Number", "description": "The numeral value of a metric." }, "numbers": { "$ref": "#/definitions/NumberList", "description": "The numeral values of a metric." }, "strings": { "$ref": "#/definitions/StringList", "description": "The string values of a metric." } }, "additionalProperties": false };
const schema46 = { "type": "integer", "minimum": 0, "maximum": 9007199254740991 };
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.type, parentSchema: schema46, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data > 9007199254740991 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991", schema: 9007199254740991, parentSchema: schema46, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data < 0 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema46, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    validate101.errors = vErrors;
    return errors === 0;
}
const schema47 = { "type": "array", "items": { "$ref": "#/definitions/Cidr" } };
const schema48 = { "type": "string", "minLength": 2, "maxLength": 43, "pattern": "^[a-fA-F0-9:\\.\\/]+$" };
const pattern9 = new RegExp("^[a-fA-F0-9:\\.\\/]+$", "u");
function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 43) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 43 }, message: "must NOT have more than 43 characters", schema: 43, parentSchema: schema48, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 2) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema48, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern9.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-fA-F0-9:\\.\\/]+$" }, message: "must match pattern \"" + "^[a-fA-F0-9:\\.\\/]+$" + "\"", schema: "^[a-fA-F0-9:\\.\\/]+$", parentSchema: schema48, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate104.errors = vErrors;
    return errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate104(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.type, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate103.errors = vErrors;
    return errors === 0;
}
const schema49 = { "type": "array", "items": { "$ref": "#/definitions/Port" } };
const schema50 = { "type": "integer", "minimum": 0, "maximum": 65535 };
function validate108(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.type, parentSchema: schema50, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data > 65535 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema50, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data < 0 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema50, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    validate108.errors = vErrors;
    return errors === 0;
}
function validate107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate108(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema49.type, parentSchema: schema49, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate107.errors = vErrors;
    return errors === 0;
}
const schema51 = { "type": "number" };
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(typeof data == "number")) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema51.type, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate111.errors = vErrors;
    return errors === 0;
}
const schema52 = { "type": "array", "items": { "$ref": "#/definitions/Number" } };
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate111(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.type, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate113.errors = vErrors;
    return errors === 0;
}
const schema53 = { "type": "array", "items": { "$ref": "#/definitions/stringValue" } };
const schema54 = { "type": "string" };
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate117.errors = vErrors;
    return errors === 0;
}
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate117(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema53.type, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate116.errors = vErrors;
    return errors === 0;
}
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((((((key0 === "count") || (key0 === "cidrs")) || (key0 === "ports")) || (key0 === "number")) || (key0 === "numbers")) || (key0 === "strings"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.count !== undefined) {
            if (!(validate101(data.count, { instancePath: instancePath + "/count", parentData: data, parentDataProperty: "count", rootData }))) {
                vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
                errors = vErrors.length;
            }
        }
        if (data.cidrs !== undefined) {
            if (!(validate103(data.cidrs, { instancePath: instancePath + "/cidrs", parentData: data, parentDataProperty: "cidrs", rootData }))) {
                vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
                errors = vErrors.length;
            }
        }
        if (data.ports !== undefined) {
            if (!(validate107(data.ports, { instancePath: instancePath + "/ports", parentData: data, parentDataProperty: "ports", rootData }))) {
                vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
                errors = vErrors.length;
            }
        }
        if (data.number !== undefined) {
            if (!(validate111(data.number, { instancePath: instancePath + "/number", parentData: data, parentDataProperty: "number", rootData }))) {
                vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
                errors = vErrors.length;
            }
        }
        if (data.numbers !== undefined) {
            if (!(validate113(data.numbers, { instancePath: instancePath + "/numbers", parentData: data, parentDataProperty: "numbers", rootData }))) {
                vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
                errors = vErrors.length;
            }
        }
        if (data.strings !== undefined) {
            if (!(validate116(data.strings, { instancePath: instancePath + "/strings", parentData: data, parentDataProperty: "strings", rootData }))) {
                vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate100.errors = vErrors;
    return errors === 0;
}
const schema55 = { "type": "integer", "minimum": -2147483648, "maximum": 2147483647 };
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema55.type, parentSchema: schema55, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data > 2147483647 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647", schema: 2147483647, parentSchema: schema55, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data < -2147483648 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2147483648 }, message: "must be >= -2147483648", schema: -2147483648, parentSchema: schema55, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    validate121.errors = vErrors;
    return errors === 0;
}
const schema56 = { "type": "integer", "minimum": 1, "maximum": 10 };
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema56.type, parentSchema: schema56, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data > 10 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema56, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data < 1 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema56, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    validate123.errors = vErrors;
    return errors === 0;
}
const schema57 = { "type": "integer", "minimum": 1, "maximum": 10 };
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!((typeof data == "number") && (!(data % 1) && !isNaN(data)))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.type, parentSchema: schema57, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (typeof data == "number") {
        if (data > 10 || isNaN(data)) {
            const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema57, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data < 1 || isNaN(data)) {
            const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema57, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    validate125.errors = vErrors;
    return errors === 0;
}
const schema58 = { "type": "object", "description": "A statistical ranking (percentile) that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.", "properties": { "statistic": { "$ref": "#/definitions/EvaluationStatistic", "description": "The percentile that resolves to a threshold value by which compliance with a behavior is determined." } }, "additionalProperties": false };
const schema59 = { "type": "string", "pattern": "^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$" };
const pattern10 = new RegExp("^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$", "u");
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (!pattern10.test(data)) {
            const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$" }, message: "must match pattern \"" + "^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$" + "\"", schema: "^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$", parentSchema: schema59, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate128.errors = vErrors;
    return errors === 0;
}
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "statistic")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.statistic !== undefined) {
            if (!(validate128(data.statistic, { instancePath: instancePath + "/statistic", parentData: data, parentDataProperty: "statistic", rootData }))) {
                vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate127.errors = vErrors;
    return errors === 0;
}
const schema60 = { "type": "object", "description": "The configuration of an ML Detect Security Profile.", "properties": { "confidenceLevel": { "$ref": "#/definitions/ConfidenceLevel", "description": "The sensitivity of anomalous behavior evaluation." } }, "required": ["confidenceLevel"], "additionalProperties": false };
const schema61 = { "type": "string", "enum": ["LOW", "MEDIUM", "HIGH"] };
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(((data === "LOW") || (data === "MEDIUM")) || (data === "HIGH"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema61.enum }, message: "must be equal to one of the allowed values", schema: schema61.enum, parentSchema: schema61, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate132.errors = vErrors;
    return errors === 0;
}
function validate131(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.confidenceLevel === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "confidenceLevel" }, message: "must have required property '" + "confidenceLevel" + "'", schema: schema60.required, parentSchema: schema60, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "confidenceLevel")) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.confidenceLevel !== undefined) {
            if (!(validate132(data.confidenceLevel, { instancePath: instancePath + "/confidenceLevel", parentData: data, parentDataProperty: "confidenceLevel", rootData }))) {
                vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate131.errors = vErrors;
    return errors === 0;
}
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((((((key0 === "comparisonOperator") || (key0 === "value")) || (key0 === "durationSeconds")) || (key0 === "consecutiveDatapointsToAlarm")) || (key0 === "consecutiveDatapointsToClear")) || (key0 === "statisticalThreshold")) || (key0 === "mlDetectionConfig"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.comparisonOperator !== undefined) {
            if (!(validate98(data.comparisonOperator, { instancePath: instancePath + "/comparisonOperator", parentData: data, parentDataProperty: "comparisonOperator", rootData }))) {
                vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
                errors = vErrors.length;
            }
        }
        if (data.value !== undefined) {
            if (!(validate100(data.value, { instancePath: instancePath + "/value", parentData: data, parentDataProperty: "value", rootData }))) {
                vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
                errors = vErrors.length;
            }
        }
        if (data.durationSeconds !== undefined) {
            if (!(validate121(data.durationSeconds, { instancePath: instancePath + "/durationSeconds", parentData: data, parentDataProperty: "durationSeconds", rootData }))) {
                vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                errors = vErrors.length;
            }
        }
        if (data.consecutiveDatapointsToAlarm !== undefined) {
            if (!(validate123(data.consecutiveDatapointsToAlarm, { instancePath: instancePath + "/consecutiveDatapointsToAlarm", parentData: data, parentDataProperty: "consecutiveDatapointsToAlarm", rootData }))) {
                vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
                errors = vErrors.length;
            }
        }
        if (data.consecutiveDatapointsToClear !== undefined) {
            if (!(validate125(data.consecutiveDatapointsToClear, { instancePath: instancePath + "/consecutiveDatapointsToClear", parentData: data, parentDataProperty: "consecutiveDatapointsToClear", rootData }))) {
                vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
                errors = vErrors.length;
            }
        }
        if (data.statisticalThreshold !== undefined) {
            if (!(validate127(data.statisticalThreshold, { instancePath: instancePath + "/statisticalThreshold", parentData: data, parentDataProperty: "statisticalThreshold", rootData }))) {
                vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
                errors = vErrors.length;
            }
        }
        if (data.mlDetectionConfig !== undefined) {
            if (!(validate131(data.mlDetectionConfig, { instancePath: instancePath + "/mlDetectionConfig", parentData: data, parentDataProperty: "mlDetectionConfig", rootData }))) {
                vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate97.errors = vErrors;
    return errors === 0;
}
const schema62 = { "type": "boolean" };
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.type, parentSchema: schema62, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate136.errors = vErrors;
    return errors === 0;
}
const schema63 = { "type": "boolean" };
function validate138(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema63.type, parentSchema: schema63, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate138.errors = vErrors;
    return errors === 0;
}
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema38.required, parentSchema: schema38, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "name") || (key0 === "metric")) || (key0 === "metricDimension")) || (key0 === "criteria")) || (key0 === "suppressAlerts")) || (key0 === "exportMetric"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            if (!(validate88(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }))) {
                vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
                errors = vErrors.length;
            }
        }
        if (data.metric !== undefined) {
            if (!(validate90(data.metric, { instancePath: instancePath + "/metric", parentData: data, parentDataProperty: "metric", rootData }))) {
                vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                errors = vErrors.length;
            }
        }
        if (data.metricDimension !== undefined) {
            if (!(validate92(data.metricDimension, { instancePath: instancePath + "/metricDimension", parentData: data, parentDataProperty: "metricDimension", rootData }))) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
            }
        }
        if (data.criteria !== undefined) {
            if (!(validate97(data.criteria, { instancePath: instancePath + "/criteria", parentData: data, parentDataProperty: "criteria", rootData }))) {
                vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
                errors = vErrors.length;
            }
        }
        if (data.suppressAlerts !== undefined) {
            if (!(validate136(data.suppressAlerts, { instancePath: instancePath + "/suppressAlerts", parentData: data, parentDataProperty: "suppressAlerts", rootData }))) {
                vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
                errors = vErrors.length;
            }
        }
        if (data.exportMetric !== undefined) {
            if (!(validate138(data.exportMetric, { instancePath: instancePath + "/exportMetric", parentData: data, parentDataProperty: "exportMetric", rootData }))) {
                vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate87.errors = vErrors;
    return errors === 0;
}
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 100) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema37, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate87(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate86.errors = vErrors;
    return errors === 0;
}
const schema64 = { "type": "object", "properties": { "SNS": { "$ref": "#/definitions/AlertTarget" } }, "additionalProperties": false };
const schema65 = { "type": "object", "description": "A structure containing the alert target ARN and the role ARN.", "properties": { "alertTargetArn": { "$ref": "#/definitions/AlertTargetArn", "description": "The Amazon Resource Name (ARN) of the notification target to which alerts are sent." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The ARN of the role that grants permission to send alerts to the notification target." } }, "required": ["alertTargetArn", "roleArn"], "additionalProperties": false };
const schema66 = { "type": "string" };
function validate144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate144.errors = vErrors;
    return errors === 0;
}
function validate143(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.alertTargetArn === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alertTargetArn" }, message: "must have required property '" + "alertTargetArn" + "'", schema: schema65.required, parentSchema: schema65, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.roleArn === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roleArn" }, message: "must have required property '" + "roleArn" + "'", schema: schema65.required, parentSchema: schema65, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "alertTargetArn") || (key0 === "roleArn"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema65, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.alertTargetArn !== undefined) {
            if (!(validate144(data.alertTargetArn, { instancePath: instancePath + "/alertTargetArn", parentData: data, parentDataProperty: "alertTargetArn", rootData }))) {
                vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
                errors = vErrors.length;
            }
        }
        if (data.roleArn !== undefined) {
            if (!(validate48(data.roleArn, { instancePath: instancePath + "/roleArn", parentData: data, parentDataProperty: "roleArn", rootData }))) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema65.type, parentSchema: schema65, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate143.errors = vErrors;
    return errors === 0;
}
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "SNS")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.SNS !== undefined) {
            if (!(validate143(data.SNS, { instancePath: instancePath + "/SNS", parentData: data, parentDataProperty: "SNS", rootData }))) {
                vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate142.errors = vErrors;
    return errors === 0;
}
const schema67 = { "type": "array", "items": { "$ref": "#/definitions/BehaviorMetric" } };
function validate149(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate90(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.type, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate149.errors = vErrors;
    return errors === 0;
}
const schema68 = { "type": "array", "items": { "$ref": "#/definitions/MetricToRetain" } };
const schema69 = { "type": "object", "description": "The metric you want to retain.", "properties": { "metric": { "$ref": "#/definitions/BehaviorMetric", "description": "What is measured by the behavior." }, "metricDimension": { "$ref": "#/definitions/MetricDimension", "description": "The dimension of a metric." }, "exportMetric": { "$ref": "#/definitions/ExportMetric", "description": "The value indicates exporting metrics related to the MetricToRetain when it's true." } }, "required": ["metric"], "additionalProperties": false };
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.metric === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property '" + "metric" + "'", schema: schema69.required, parentSchema: schema69, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "metric") || (key0 === "metricDimension")) || (key0 === "exportMetric"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.metric !== undefined) {
            if (!(validate90(data.metric, { instancePath: instancePath + "/metric", parentData: data, parentDataProperty: "metric", rootData }))) {
                vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
                errors = vErrors.length;
            }
        }
        if (data.metricDimension !== undefined) {
            if (!(validate92(data.metricDimension, { instancePath: instancePath + "/metricDimension", parentData: data, parentDataProperty: "metricDimension", rootData }))) {
                vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                errors = vErrors.length;
            }
        }
        if (data.exportMetric !== undefined) {
            if (!(validate138(data.exportMetric, { instancePath: instancePath + "/exportMetric", parentData: data, parentDataProperty: "exportMetric", rootData }))) {
                vErrors = vErrors === null ? validate138.errors : vErrors.concat(validate138.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate153.errors = vErrors;
    return errors === 0;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate153(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.type, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate152.errors = vErrors;
    return errors === 0;
}
const schema70 = { "type": "object", "description": "Set configurations for metrics export.", "properties": { "mqttTopic": { "$ref": "#/definitions/MqttTopic", "description": "The MQTT topic that Device Defender Detect should publish messages to for metrics export." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "This role ARN has permission to publish MQTT messages, after which Device Defender Detect can assume the role and publish messages on your behalf." } }, "required": ["mqttTopic", "roleArn"], "additionalProperties": false };
const schema71 = { "type": "string", "minLength": 1, "maxLength": 512 };
function validate161(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 512) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema71, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema71, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.type, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate161.errors = vErrors;
    return errors === 0;
}
function validate160(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.mqttTopic === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mqttTopic" }, message: "must have required property '" + "mqttTopic" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.roleArn === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "roleArn" }, message: "must have required property '" + "roleArn" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((key0 === "mqttTopic") || (key0 === "roleArn"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.mqttTopic !== undefined) {
            if (!(validate161(data.mqttTopic, { instancePath: instancePath + "/mqttTopic", parentData: data, parentDataProperty: "mqttTopic", rootData }))) {
                vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
                errors = vErrors.length;
            }
        }
        if (data.roleArn !== undefined) {
            if (!(validate48(data.roleArn, { instancePath: instancePath + "/roleArn", parentData: data, parentDataProperty: "roleArn", rootData }))) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate160.errors = vErrors;
    return errors === 0;
}
const schema72 = { "type": "string", "enum": ["DAILY", "WEEKLY", "BIWEEKLY", "MONTHLY"] };
function validate165(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.type, parentSchema: schema72, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((data === "DAILY") || (data === "WEEKLY")) || (data === "BIWEEKLY")) || (data === "MONTHLY"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema72.enum }, message: "must be equal to one of the allowed values", schema: schema72.enum, parentSchema: schema72, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate165.errors = vErrors;
    return errors === 0;
}
const schema73 = { "type": "string", "pattern": "^([1-9]|[12][0-9]|3[01])$|^LAST$" };
const pattern11 = new RegExp("^([1-9]|[12][0-9]|3[01])$|^LAST$", "u");
function validate167(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (!pattern11.test(data)) {
            const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^([1-9]|[12][0-9]|3[01])$|^LAST$" }, message: "must match pattern \"" + "^([1-9]|[12][0-9]|3[01])$|^LAST$" + "\"", schema: "^([1-9]|[12][0-9]|3[01])$|^LAST$", parentSchema: schema73, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.type, parentSchema: schema73, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate167.errors = vErrors;
    return errors === 0;
}
const schema74 = { "type": "string", "enum": ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] };
function validate169(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.type, parentSchema: schema74, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(((((((data === "SUN") || (data === "MON")) || (data === "TUE")) || (data === "WED")) || (data === "THU")) || (data === "FRI")) || (data === "SAT"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema74.enum }, message: "must be equal to one of the allowed values", schema: schema74.enum, parentSchema: schema74, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate169.errors = vErrors;
    return errors === 0;
}
const schema75 = { "type": "array", "items": { "$ref": "#/definitions/AuditCheckName" } };
const schema76 = { "type": "string", "enum": ["AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", "CA_CERTIFICATE_EXPIRING_CHECK", "CA_CERTIFICATE_KEY_QUALITY_CHECK", "CONFLICTING_CLIENT_IDS_CHECK", "DEVICE_CERTIFICATE_AGE_CHECK", "DEVICE_CERTIFICATE_EXPIRING_CHECK", "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK", "DEVICE_CERTIFICATE_SHARED_CHECK", "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK", "IOT_POLICY_OVERLY_PERMISSIVE_CHECK", "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK", "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK", "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", "LOGGING_DISABLED_CHECK", "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK", "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK", "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK"] };
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.type, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!(((((((((((((((((data === "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK") || (data === "CA_CERTIFICATE_EXPIRING_CHECK")) || (data === "CA_CERTIFICATE_KEY_QUALITY_CHECK")) || (data === "CONFLICTING_CLIENT_IDS_CHECK")) || (data === "DEVICE_CERTIFICATE_AGE_CHECK")) || (data === "DEVICE_CERTIFICATE_EXPIRING_CHECK")) || (data === "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK")) || (data === "DEVICE_CERTIFICATE_SHARED_CHECK")) || (data === "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK")) || (data === "IOT_POLICY_OVERLY_PERMISSIVE_CHECK")) || (data === "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK")) || (data === "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK")) || (data === "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK")) || (data === "LOGGING_DISABLED_CHECK")) || (data === "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK")) || (data === "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK")) || (data === "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema76.enum }, message: "must be equal to one of the allowed values", schema: schema76.enum, parentSchema: schema76, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate172.errors = vErrors;
    return errors === 0;
}
function validate171(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate172(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema75.type, parentSchema: schema75, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate171.errors = vErrors;
    return errors === 0;
}
const schema77 = { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[a-zA-Z0-9_-]+$" };
function validate175(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 128) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema77, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema77, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!pattern4.test(data)) {
            const err2 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9_-]+$" + "\"", schema: "^[a-zA-Z0-9_-]+$", parentSchema: schema77, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema77.type, parentSchema: schema77, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate175.errors = vErrors;
    return errors === 0;
}
const schema78 = { "type": "object", "properties": { "SNS": { "$ref": "#/definitions/AuditNotificationTarget" } }, "additionalProperties": false };
const schema79 = { "type": "object", "description": "Information about the targets to which audit notifications are sent.", "properties": { "targetArn": { "$ref": "#/definitions/TargetArn", "description": "The ARN of the target (SNS topic) to which audit notifications are sent." }, "roleArn": { "$ref": "#/definitions/RoleArn", "description": "The ARN of the role that grants permission to send notifications to the target." }, "enabled": { "$ref": "#/definitions/Enabled", "description": "True if notifications to the target are enabled.", "default": false } }, "additionalProperties": false };
const schema80 = { "type": "string", "maxLength": 2048 };
function validate181(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 2048) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema80, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema80.type, parentSchema: schema80, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate181.errors = vErrors;
    return errors === 0;
}
const schema81 = { "type": "boolean" };
function validate184(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "boolean") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema81.type, parentSchema: schema81, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate184.errors = vErrors;
    return errors === 0;
}
function validate180(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((key0 === "targetArn") || (key0 === "roleArn")) || (key0 === "enabled"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.targetArn !== undefined) {
            if (!(validate181(data.targetArn, { instancePath: instancePath + "/targetArn", parentData: data, parentDataProperty: "targetArn", rootData }))) {
                vErrors = vErrors === null ? validate181.errors : vErrors.concat(validate181.errors);
                errors = vErrors.length;
            }
        }
        if (data.roleArn !== undefined) {
            if (!(validate48(data.roleArn, { instancePath: instancePath + "/roleArn", parentData: data, parentDataProperty: "roleArn", rootData }))) {
                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                errors = vErrors.length;
            }
        }
        if (data.enabled !== undefined) {
            if (!(validate184(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData }))) {
                vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate180.errors = vErrors;
    return errors === 0;
}
function validate179(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "SNS")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.SNS !== undefined) {
            if (!(validate180(data.SNS, { instancePath: instancePath + "/SNS", parentData: data, parentDataProperty: "SNS", rootData }))) {
                vErrors = vErrors === null ? validate180.errors : vErrors.concat(validate180.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate179.errors = vErrors;
    return errors === 0;
}
const schema82 = { "type": "object", "properties": { "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CA_CERTIFICATE_EXPIRING_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CA_CERTIFICATE_KEY_QUALITY_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "CONFLICTING_CLIENT_IDS_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_AGE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_EXPIRING_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "DEVICE_CERTIFICATE_SHARED_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "LOGGING_DISABLED_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" }, "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK": { "$ref": "#/definitions/AuditCheckConfiguration" } }, "additionalProperties": false };
const schema83 = { "type": "object", "description": "Which audit checks are enabled and disabled for this account.", "properties": { "enabled": { "$ref": "#/definitions/Enabled", "description": "True if this audit check is enabled for this account.", "default": false }, "configuration": { "$ref": "#/definitions/CheckCustomConfiguration", "description": "A structure containing the configName and corresponding configValue for configuring audit checks." } }, "additionalProperties": false };
const schema84 = { "type": "object", "properties": { "CERT_AGE_THRESHOLD_IN_DAYS": { "$ref": "#/definitions/ConfigValue" }, "CERT_EXPIRATION_THRESHOLD_IN_DAYS": { "$ref": "#/definitions/ConfigValue" } }, "additionalProperties": false };
const schema85 = { "type": "string", "minLength": 1, "maxLength": 64 };
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (func3(data) > 64) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema85, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (func3(data) < 1) {
            const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema85, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema85.type, parentSchema: schema85, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate192.errors = vErrors;
    return errors === 0;
}
function validate191(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "CERT_AGE_THRESHOLD_IN_DAYS") || (key0 === "CERT_EXPIRATION_THRESHOLD_IN_DAYS"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.CERT_AGE_THRESHOLD_IN_DAYS !== undefined) {
            if (!(validate192(data.CERT_AGE_THRESHOLD_IN_DAYS, { instancePath: instancePath + "/CERT_AGE_THRESHOLD_IN_DAYS", parentData: data, parentDataProperty: "CERT_AGE_THRESHOLD_IN_DAYS", rootData }))) {
                vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
                errors = vErrors.length;
            }
        }
        if (data.CERT_EXPIRATION_THRESHOLD_IN_DAYS !== undefined) {
            if (!(validate192(data.CERT_EXPIRATION_THRESHOLD_IN_DAYS, { instancePath: instancePath + "/CERT_EXPIRATION_THRESHOLD_IN_DAYS", parentData: data, parentDataProperty: "CERT_EXPIRATION_THRESHOLD_IN_DAYS", rootData }))) {
                vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate191.errors = vErrors;
    return errors === 0;
}
function validate189(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "enabled") || (key0 === "configuration"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema83, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.enabled !== undefined) {
            if (!(validate184(data.enabled, { instancePath: instancePath + "/enabled", parentData: data, parentDataProperty: "enabled", rootData }))) {
                vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
                errors = vErrors.length;
            }
        }
        if (data.configuration !== undefined) {
            if (!(validate191(data.configuration, { instancePath: instancePath + "/configuration", parentData: data, parentDataProperty: "configuration", rootData }))) {
                vErrors = vErrors === null ? validate191.errors : vErrors.concat(validate191.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema83.type, parentSchema: schema83, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate189.errors = vErrors;
    return errors === 0;
}
function validate188(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func2.call(schema82.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK !== undefined) {
            if (!(validate189(data.AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK, { instancePath: instancePath + "/AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", parentData: data, parentDataProperty: "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.CA_CERTIFICATE_EXPIRING_CHECK !== undefined) {
            if (!(validate189(data.CA_CERTIFICATE_EXPIRING_CHECK, { instancePath: instancePath + "/CA_CERTIFICATE_EXPIRING_CHECK", parentData: data, parentDataProperty: "CA_CERTIFICATE_EXPIRING_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.CA_CERTIFICATE_KEY_QUALITY_CHECK !== undefined) {
            if (!(validate189(data.CA_CERTIFICATE_KEY_QUALITY_CHECK, { instancePath: instancePath + "/CA_CERTIFICATE_KEY_QUALITY_CHECK", parentData: data, parentDataProperty: "CA_CERTIFICATE_KEY_QUALITY_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.CONFLICTING_CLIENT_IDS_CHECK !== undefined) {
            if (!(validate189(data.CONFLICTING_CLIENT_IDS_CHECK, { instancePath: instancePath + "/CONFLICTING_CLIENT_IDS_CHECK", parentData: data, parentDataProperty: "CONFLICTING_CLIENT_IDS_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.DEVICE_CERTIFICATE_AGE_CHECK !== undefined) {
            if (!(validate189(data.DEVICE_CERTIFICATE_AGE_CHECK, { instancePath: instancePath + "/DEVICE_CERTIFICATE_AGE_CHECK", parentData: data, parentDataProperty: "DEVICE_CERTIFICATE_AGE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.DEVICE_CERTIFICATE_EXPIRING_CHECK !== undefined) {
            if (!(validate189(data.DEVICE_CERTIFICATE_EXPIRING_CHECK, { instancePath: instancePath + "/DEVICE_CERTIFICATE_EXPIRING_CHECK", parentData: data, parentDataProperty: "DEVICE_CERTIFICATE_EXPIRING_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.DEVICE_CERTIFICATE_KEY_QUALITY_CHECK !== undefined) {
            if (!(validate189(data.DEVICE_CERTIFICATE_KEY_QUALITY_CHECK, { instancePath: instancePath + "/DEVICE_CERTIFICATE_KEY_QUALITY_CHECK", parentData: data, parentDataProperty: "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.DEVICE_CERTIFICATE_SHARED_CHECK !== undefined) {
            if (!(validate189(data.DEVICE_CERTIFICATE_SHARED_CHECK, { instancePath: instancePath + "/DEVICE_CERTIFICATE_SHARED_CHECK", parentData: data, parentDataProperty: "DEVICE_CERTIFICATE_SHARED_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK !== undefined) {
            if (!(validate189(data.INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK, { instancePath: instancePath + "/INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK", parentData: data, parentDataProperty: "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.IOT_POLICY_OVERLY_PERMISSIVE_CHECK !== undefined) {
            if (!(validate189(data.IOT_POLICY_OVERLY_PERMISSIVE_CHECK, { instancePath: instancePath + "/IOT_POLICY_OVERLY_PERMISSIVE_CHECK", parentData: data, parentDataProperty: "IOT_POLICY_OVERLY_PERMISSIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK !== undefined) {
            if (!(validate189(data.IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK, { instancePath: instancePath + "/IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK", parentData: data, parentDataProperty: "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK !== undefined) {
            if (!(validate189(data.IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK, { instancePath: instancePath + "/IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK", parentData: data, parentDataProperty: "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK !== undefined) {
            if (!(validate189(data.IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK, { instancePath: instancePath + "/IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", parentData: data, parentDataProperty: "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.LOGGING_DISABLED_CHECK !== undefined) {
            if (!(validate189(data.LOGGING_DISABLED_CHECK, { instancePath: instancePath + "/LOGGING_DISABLED_CHECK", parentData: data, parentDataProperty: "LOGGING_DISABLED_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK !== undefined) {
            if (!(validate189(data.REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK, { instancePath: instancePath + "/REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK", parentData: data, parentDataProperty: "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK !== undefined) {
            if (!(validate189(data.REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK, { instancePath: instancePath + "/REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK", parentData: data, parentDataProperty: "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
        if (data.UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK !== undefined) {
            if (!(validate189(data.UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK, { instancePath: instancePath + "/UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", parentData: data, parentDataProperty: "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", rootData }))) {
                vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate188.errors = vErrors;
    return errors === 0;
}
const pattern13 = new RegExp("^[a-zA-Z0-9_-]{1,64}$", "u");
const pattern14 = new RegExp("^[^#+]+$", "u");
const pattern15 = new RegExp("^[0-9]+(ms|s|m|h)$", "u");
const pattern19 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/ddac-dev/ddac/main/schema/device-defender.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema6.required, parentSchema: schema6, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema6.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            let data0 = data.$schema;
            if (typeof data0 !== "string") {
                const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.$schema.type, parentSchema: schema6.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data1 = data.version;
            if (1 !== data1) {
                const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema6.properties.version, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.identity !== undefined) {
            let data2 = data.identity;
            if (!(validate22(data2, { instancePath: instancePath + "/identity", parentData: data, parentDataProperty: "identity", rootData }))) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
            }
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err4 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.identity, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.identity.type, parentSchema: schema6.properties.identity, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.customMetrics !== undefined) {
            let data3 = data.customMetrics;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.metricName === undefined) {
                            const err6 = { instancePath: instancePath + "/customMetrics/" + i0, schemaPath: "#/properties/customMetrics/items/required", keyword: "required", params: { missingProperty: "metricName" }, message: "must have required property '" + "metricName" + "'", schema: schema6.properties.customMetrics.items.required, parentSchema: schema6.properties.customMetrics.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data4.metricType === undefined) {
                            const err7 = { instancePath: instancePath + "/customMetrics/" + i0, schemaPath: "#/properties/customMetrics/items/required", keyword: "required", params: { missingProperty: "metricType" }, message: "must have required property '" + "metricType" + "'", schema: schema6.properties.customMetrics.items.required, parentSchema: schema6.properties.customMetrics.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                        for (const key1 in data4) {
                            if (!((((((((key1 === "metricName") || (key1 === "displayName")) || (key1 === "metricType")) || (key1 === "tags")) || (key1 === "clientRequestToken")) || (key1 === "metricArn")) || (key1 === "creationDate")) || (key1 === "lastModifiedDate"))) {
                                const err8 = { instancePath: instancePath + "/customMetrics/" + i0, schemaPath: "#/properties/customMetrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.customMetrics.items, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data4.metricName !== undefined) {
                            if (!(validate24(data4.metricName, { instancePath: instancePath + "/customMetrics/" + i0 + "/metricName", parentData: data4, parentDataProperty: "metricName", rootData }))) {
                                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data4.displayName !== undefined) {
                            if (!(validate26(data4.displayName, { instancePath: instancePath + "/customMetrics/" + i0 + "/displayName", parentData: data4, parentDataProperty: "displayName", rootData }))) {
                                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data4.metricType !== undefined) {
                            if (!(validate28(data4.metricType, { instancePath: instancePath + "/customMetrics/" + i0 + "/metricType", parentData: data4, parentDataProperty: "metricType", rootData }))) {
                                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data4.tags !== undefined) {
                            if (!(validate30(data4.tags, { instancePath: instancePath + "/customMetrics/" + i0 + "/tags", parentData: data4, parentDataProperty: "tags", rootData }))) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err9 = { instancePath: instancePath + "/customMetrics/" + i0, schemaPath: "#/properties/customMetrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.customMetrics.items.type, parentSchema: schema6.properties.customMetrics.items, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/customMetrics", schemaPath: "#/properties/customMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.customMetrics.type, parentSchema: schema6.properties.customMetrics, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.dimensions !== undefined) {
            let data9 = data.dimensions;
            if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data10 = data9[i1];
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.name === undefined) {
                            const err11 = { instancePath: instancePath + "/dimensions/" + i1, schemaPath: "#/properties/dimensions/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema6.properties.dimensions.items.required, parentSchema: schema6.properties.dimensions.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data10.type === undefined) {
                            const err12 = { instancePath: instancePath + "/dimensions/" + i1, schemaPath: "#/properties/dimensions/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema6.properties.dimensions.items.required, parentSchema: schema6.properties.dimensions.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        if (data10.stringValues === undefined) {
                            const err13 = { instancePath: instancePath + "/dimensions/" + i1, schemaPath: "#/properties/dimensions/items/required", keyword: "required", params: { missingProperty: "stringValues" }, message: "must have required property '" + "stringValues" + "'", schema: schema6.properties.dimensions.items.required, parentSchema: schema6.properties.dimensions.items, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        for (const key2 in data10) {
                            if (!((((((((key2 === "name") || (key2 === "type")) || (key2 === "stringValues")) || (key2 === "tags")) || (key2 === "clientRequestToken")) || (key2 === "arn")) || (key2 === "creationDate")) || (key2 === "lastModifiedDate"))) {
                                const err14 = { instancePath: instancePath + "/dimensions/" + i1, schemaPath: "#/properties/dimensions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.dimensions.items, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data10.name !== undefined) {
                            if (!(validate37(data10.name, { instancePath: instancePath + "/dimensions/" + i1 + "/name", parentData: data10, parentDataProperty: "name", rootData }))) {
                                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data10.type !== undefined) {
                            if (!(validate39(data10.type, { instancePath: instancePath + "/dimensions/" + i1 + "/type", parentData: data10, parentDataProperty: "type", rootData }))) {
                                vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data10.stringValues !== undefined) {
                            if (!(validate41(data10.stringValues, { instancePath: instancePath + "/dimensions/" + i1 + "/stringValues", parentData: data10, parentDataProperty: "stringValues", rootData }))) {
                                vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data10.tags !== undefined) {
                            if (!(validate30(data10.tags, { instancePath: instancePath + "/dimensions/" + i1 + "/tags", parentData: data10, parentDataProperty: "tags", rootData }))) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/dimensions/" + i1, schemaPath: "#/properties/dimensions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.dimensions.items.type, parentSchema: schema6.properties.dimensions.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/dimensions", schemaPath: "#/properties/dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.dimensions.type, parentSchema: schema6.properties.dimensions, data: data9 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.mitigationActions !== undefined) {
            let data15 = data.mitigationActions;
            if (Array.isArray(data15)) {
                const len2 = data15.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data16 = data15[i2];
                    if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                        if (data16.actionName === undefined) {
                            const err17 = { instancePath: instancePath + "/mitigationActions/" + i2, schemaPath: "#/properties/mitigationActions/items/required", keyword: "required", params: { missingProperty: "actionName" }, message: "must have required property '" + "actionName" + "'", schema: schema6.properties.mitigationActions.items.required, parentSchema: schema6.properties.mitigationActions.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        if (data16.roleArn === undefined) {
                            const err18 = { instancePath: instancePath + "/mitigationActions/" + i2, schemaPath: "#/properties/mitigationActions/items/required", keyword: "required", params: { missingProperty: "roleArn" }, message: "must have required property '" + "roleArn" + "'", schema: schema6.properties.mitigationActions.items.required, parentSchema: schema6.properties.mitigationActions.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        if (data16.actionParams === undefined) {
                            const err19 = { instancePath: instancePath + "/mitigationActions/" + i2, schemaPath: "#/properties/mitigationActions/items/required", keyword: "required", params: { missingProperty: "actionParams" }, message: "must have required property '" + "actionParams" + "'", schema: schema6.properties.mitigationActions.items.required, parentSchema: schema6.properties.mitigationActions.items, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        for (const key3 in data16) {
                            if (!(func2.call(schema6.properties.mitigationActions.items.properties, key3))) {
                                const err20 = { instancePath: instancePath + "/mitigationActions/" + i2, schemaPath: "#/properties/mitigationActions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.mitigationActions.items, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data16.actionName !== undefined) {
                            if (!(validate46(data16.actionName, { instancePath: instancePath + "/mitigationActions/" + i2 + "/actionName", parentData: data16, parentDataProperty: "actionName", rootData }))) {
                                vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data16.roleArn !== undefined) {
                            if (!(validate48(data16.roleArn, { instancePath: instancePath + "/mitigationActions/" + i2 + "/roleArn", parentData: data16, parentDataProperty: "roleArn", rootData }))) {
                                vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data16.actionParams !== undefined) {
                            if (!(validate50(data16.actionParams, { instancePath: instancePath + "/mitigationActions/" + i2 + "/actionParams", parentData: data16, parentDataProperty: "actionParams", rootData }))) {
                                vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data16.tags !== undefined) {
                            if (!(validate30(data16.tags, { instancePath: instancePath + "/mitigationActions/" + i2 + "/tags", parentData: data16, parentDataProperty: "tags", rootData }))) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err21 = { instancePath: instancePath + "/mitigationActions/" + i2, schemaPath: "#/properties/mitigationActions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.mitigationActions.items.type, parentSchema: schema6.properties.mitigationActions.items, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/mitigationActions", schemaPath: "#/properties/mitigationActions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.mitigationActions.type, parentSchema: schema6.properties.mitigationActions, data: data15 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.securityProfiles !== undefined) {
            let data21 = data.securityProfiles;
            if (Array.isArray(data21)) {
                const len3 = data21.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data22 = data21[i3];
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.securityProfileName === undefined) {
                            const err23 = { instancePath: instancePath + "/securityProfiles/" + i3, schemaPath: "#/properties/securityProfiles/items/required", keyword: "required", params: { missingProperty: "securityProfileName" }, message: "must have required property '" + "securityProfileName" + "'", schema: schema6.properties.securityProfiles.items.required, parentSchema: schema6.properties.securityProfiles.items, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        for (const key4 in data22) {
                            if (!(func2.call(schema6.properties.securityProfiles.items.properties, key4))) {
                                const err24 = { instancePath: instancePath + "/securityProfiles/" + i3, schemaPath: "#/properties/securityProfiles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.securityProfiles.items, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data22.securityProfileName !== undefined) {
                            if (!(validate82(data22.securityProfileName, { instancePath: instancePath + "/securityProfiles/" + i3 + "/securityProfileName", parentData: data22, parentDataProperty: "securityProfileName", rootData }))) {
                                vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.securityProfileDescription !== undefined) {
                            if (!(validate84(data22.securityProfileDescription, { instancePath: instancePath + "/securityProfiles/" + i3 + "/securityProfileDescription", parentData: data22, parentDataProperty: "securityProfileDescription", rootData }))) {
                                vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.behaviors !== undefined) {
                            if (!(validate86(data22.behaviors, { instancePath: instancePath + "/securityProfiles/" + i3 + "/behaviors", parentData: data22, parentDataProperty: "behaviors", rootData }))) {
                                vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.alertTargets !== undefined) {
                            if (!(validate142(data22.alertTargets, { instancePath: instancePath + "/securityProfiles/" + i3 + "/alertTargets", parentData: data22, parentDataProperty: "alertTargets", rootData }))) {
                                vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.additionalMetricsToRetain !== undefined) {
                            if (!(validate149(data22.additionalMetricsToRetain, { instancePath: instancePath + "/securityProfiles/" + i3 + "/additionalMetricsToRetain", parentData: data22, parentDataProperty: "additionalMetricsToRetain", rootData }))) {
                                vErrors = vErrors === null ? validate149.errors : vErrors.concat(validate149.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.additionalMetricsToRetainV2 !== undefined) {
                            if (!(validate152(data22.additionalMetricsToRetainV2, { instancePath: instancePath + "/securityProfiles/" + i3 + "/additionalMetricsToRetainV2", parentData: data22, parentDataProperty: "additionalMetricsToRetainV2", rootData }))) {
                                vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.tags !== undefined) {
                            if (!(validate30(data22.tags, { instancePath: instancePath + "/securityProfiles/" + i3 + "/tags", parentData: data22, parentDataProperty: "tags", rootData }))) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.metricsExportConfig !== undefined) {
                            if (!(validate160(data22.metricsExportConfig, { instancePath: instancePath + "/securityProfiles/" + i3 + "/metricsExportConfig", parentData: data22, parentDataProperty: "metricsExportConfig", rootData }))) {
                                vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data22.targets !== undefined) {
                            let data31 = data22.targets;
                            if (Array.isArray(data31)) {
                                const len4 = data31.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                    let data32 = data31[i4];
                                    if (typeof data32 === "string") {
                                        if (func3(data32) < 1) {
                                            const err25 = { instancePath: instancePath + "/securityProfiles/" + i3 + "/targets/" + i4, schemaPath: "#/properties/securityProfiles/items/properties/targets/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.securityProfiles.items.properties.targets.items, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err25];
                                            }
                                            else {
                                                vErrors.push(err25);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err26 = { instancePath: instancePath + "/securityProfiles/" + i3 + "/targets/" + i4, schemaPath: "#/properties/securityProfiles/items/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.securityProfiles.items.properties.targets.items.type, parentSchema: schema6.properties.securityProfiles.items.properties.targets.items, data: data32 };
                                        if (vErrors === null) {
                                            vErrors = [err26];
                                        }
                                        else {
                                            vErrors.push(err26);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err27 = { instancePath: instancePath + "/securityProfiles/" + i3 + "/targets", schemaPath: "#/properties/securityProfiles/items/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.securityProfiles.items.properties.targets.type, parentSchema: schema6.properties.securityProfiles.items.properties.targets, data: data31 };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/securityProfiles/" + i3, schemaPath: "#/properties/securityProfiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.securityProfiles.items.type, parentSchema: schema6.properties.securityProfiles.items, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/securityProfiles", schemaPath: "#/properties/securityProfiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.securityProfiles.type, parentSchema: schema6.properties.securityProfiles, data: data21 };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.scheduledAudits !== undefined) {
            let data33 = data.scheduledAudits;
            if (Array.isArray(data33)) {
                const len5 = data33.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    let data34 = data33[i5];
                    if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        if (data34.frequency === undefined) {
                            const err30 = { instancePath: instancePath + "/scheduledAudits/" + i5, schemaPath: "#/properties/scheduledAudits/items/required", keyword: "required", params: { missingProperty: "frequency" }, message: "must have required property '" + "frequency" + "'", schema: schema6.properties.scheduledAudits.items.required, parentSchema: schema6.properties.scheduledAudits.items, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                        if (data34.targetCheckNames === undefined) {
                            const err31 = { instancePath: instancePath + "/scheduledAudits/" + i5, schemaPath: "#/properties/scheduledAudits/items/required", keyword: "required", params: { missingProperty: "targetCheckNames" }, message: "must have required property '" + "targetCheckNames" + "'", schema: schema6.properties.scheduledAudits.items.required, parentSchema: schema6.properties.scheduledAudits.items, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                        if (data34.scheduledAuditName === undefined) {
                            const err32 = { instancePath: instancePath + "/scheduledAudits/" + i5, schemaPath: "#/properties/scheduledAudits/items/required", keyword: "required", params: { missingProperty: "scheduledAuditName" }, message: "must have required property '" + "scheduledAuditName" + "'", schema: schema6.properties.scheduledAudits.items.required, parentSchema: schema6.properties.scheduledAudits.items, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        for (const key5 in data34) {
                            if (!(((((((key5 === "frequency") || (key5 === "dayOfMonth")) || (key5 === "dayOfWeek")) || (key5 === "targetCheckNames")) || (key5 === "scheduledAuditName")) || (key5 === "tags")) || (key5 === "scheduledAuditArn"))) {
                                const err33 = { instancePath: instancePath + "/scheduledAudits/" + i5, schemaPath: "#/properties/scheduledAudits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.scheduledAudits.items, data: data34 };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data34.frequency !== undefined) {
                            if (!(validate165(data34.frequency, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/frequency", parentData: data34, parentDataProperty: "frequency", rootData }))) {
                                vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data34.dayOfMonth !== undefined) {
                            if (!(validate167(data34.dayOfMonth, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/dayOfMonth", parentData: data34, parentDataProperty: "dayOfMonth", rootData }))) {
                                vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data34.dayOfWeek !== undefined) {
                            if (!(validate169(data34.dayOfWeek, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/dayOfWeek", parentData: data34, parentDataProperty: "dayOfWeek", rootData }))) {
                                vErrors = vErrors === null ? validate169.errors : vErrors.concat(validate169.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data34.targetCheckNames !== undefined) {
                            if (!(validate171(data34.targetCheckNames, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/targetCheckNames", parentData: data34, parentDataProperty: "targetCheckNames", rootData }))) {
                                vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data34.scheduledAuditName !== undefined) {
                            if (!(validate175(data34.scheduledAuditName, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/scheduledAuditName", parentData: data34, parentDataProperty: "scheduledAuditName", rootData }))) {
                                vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data34.tags !== undefined) {
                            if (!(validate30(data34.tags, { instancePath: instancePath + "/scheduledAudits/" + i5 + "/tags", parentData: data34, parentDataProperty: "tags", rootData }))) {
                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/scheduledAudits/" + i5, schemaPath: "#/properties/scheduledAudits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.scheduledAudits.items.type, parentSchema: schema6.properties.scheduledAudits.items, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/scheduledAudits", schemaPath: "#/properties/scheduledAudits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.scheduledAudits.type, parentSchema: schema6.properties.scheduledAudits, data: data33 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.auditConfiguration !== undefined) {
            let data41 = data.auditConfiguration;
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key6 in data41) {
                    if (!(((key6 === "roleArn") || (key6 === "auditNotificationTargetConfigurations")) || (key6 === "auditCheckConfigurations"))) {
                        const err36 = { instancePath: instancePath + "/auditConfiguration", schemaPath: "#/properties/auditConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.auditConfiguration, data: data41 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                if (data41.roleArn !== undefined) {
                    if (!(validate48(data41.roleArn, { instancePath: instancePath + "/auditConfiguration/roleArn", parentData: data41, parentDataProperty: "roleArn", rootData }))) {
                        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
                        errors = vErrors.length;
                    }
                }
                if (data41.auditNotificationTargetConfigurations !== undefined) {
                    if (!(validate179(data41.auditNotificationTargetConfigurations, { instancePath: instancePath + "/auditConfiguration/auditNotificationTargetConfigurations", parentData: data41, parentDataProperty: "auditNotificationTargetConfigurations", rootData }))) {
                        vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
                        errors = vErrors.length;
                    }
                }
                if (data41.auditCheckConfigurations !== undefined) {
                    if (!(validate188(data41.auditCheckConfigurations, { instancePath: instancePath + "/auditConfiguration/auditCheckConfigurations", parentData: data41, parentDataProperty: "auditCheckConfigurations", rootData }))) {
                        vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err37 = { instancePath: instancePath + "/auditConfiguration", schemaPath: "#/properties/auditConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.auditConfiguration.type, parentSchema: schema6.properties.auditConfiguration, data: data41 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
        }
        if (data.simulations !== undefined) {
            let data45 = data.simulations;
            if (Array.isArray(data45)) {
                const len6 = data45.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    let data46 = data45[i6];
                    if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                        if (data46.name === undefined) {
                            const err38 = { instancePath: instancePath + "/simulations/" + i6, schemaPath: "#/properties/simulations/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema6.properties.simulations.items.required, parentSchema: schema6.properties.simulations.items, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (data46.scenario === undefined) {
                            const err39 = { instancePath: instancePath + "/simulations/" + i6, schemaPath: "#/properties/simulations/items/required", keyword: "required", params: { missingProperty: "scenario" }, message: "must have required property '" + "scenario" + "'", schema: schema6.properties.simulations.items.required, parentSchema: schema6.properties.simulations.items, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        for (const key7 in data46) {
                            if (!(func2.call(schema6.properties.simulations.items.properties, key7))) {
                                const err40 = { instancePath: instancePath + "/simulations/" + i6, schemaPath: "#/properties/simulations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.simulations.items, data: data46 };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        if (data46.name !== undefined) {
                            let data47 = data46.name;
                            if (typeof data47 === "string") {
                                if (!pattern13.test(data47)) {
                                    const err41 = { instancePath: instancePath + "/simulations/" + i6 + "/name", schemaPath: "#/properties/simulations/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]{1,64}$" }, message: "must match pattern \"" + "^[a-zA-Z0-9_-]{1,64}$" + "\"", schema: "^[a-zA-Z0-9_-]{1,64}$", parentSchema: schema6.properties.simulations.items.properties.name, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err41];
                                    }
                                    else {
                                        vErrors.push(err41);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err42 = { instancePath: instancePath + "/simulations/" + i6 + "/name", schemaPath: "#/properties/simulations/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.name.type, parentSchema: schema6.properties.simulations.items.properties.name, data: data47 };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        if (data46.scenario !== undefined) {
                            let data48 = data46.scenario;
                            if (typeof data48 !== "string") {
                                const err43 = { instancePath: instancePath + "/simulations/" + i6 + "/scenario", schemaPath: "#/properties/simulations/items/properties/scenario/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.scenario.type, parentSchema: schema6.properties.simulations.items.properties.scenario, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                            if (!((((((data48 === "baseline") || (data48 === "anomaly")) || (data48 === "auth-failures")) || (data48 === "connection-churn")) || (data48 === "disconnects")) || (data48 === "shared-certificate"))) {
                                const err44 = { instancePath: instancePath + "/simulations/" + i6 + "/scenario", schemaPath: "#/properties/simulations/items/properties/scenario/enum", keyword: "enum", params: { allowedValues: schema6.properties.simulations.items.properties.scenario.enum }, message: "must be equal to one of the allowed values", schema: schema6.properties.simulations.items.properties.scenario.enum, parentSchema: schema6.properties.simulations.items.properties.scenario, data: data48 };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data46.things !== undefined) {
                            let data49 = data46.things;
                            if (!((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49)))) {
                                const err45 = { instancePath: instancePath + "/simulations/" + i6 + "/things", schemaPath: "#/properties/simulations/items/properties/things/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.simulations.items.properties.things.type, parentSchema: schema6.properties.simulations.items.properties.things, data: data49 };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                            if (typeof data49 == "number") {
                                if (data49 > 1000 || isNaN(data49)) {
                                    const err46 = { instancePath: instancePath + "/simulations/" + i6 + "/things", schemaPath: "#/properties/simulations/items/properties/things/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000 }, message: "must be <= 1000", schema: 1000, parentSchema: schema6.properties.simulations.items.properties.things, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                                if (data49 < 1 || isNaN(data49)) {
                                    const err47 = { instancePath: instancePath + "/simulations/" + i6 + "/things", schemaPath: "#/properties/simulations/items/properties/things/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.simulations.items.properties.things, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data46.thingGroup !== undefined) {
                            if (!(validate61(data46.thingGroup, { instancePath: instancePath + "/simulations/" + i6 + "/thingGroup", parentData: data46, parentDataProperty: "thingGroup", rootData }))) {
                                vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data46.topic !== undefined) {
                            let data51 = data46.topic;
                            if (typeof data51 === "string") {
                                if (func3(data51) > 256) {
                                    const err48 = { instancePath: instancePath + "/simulations/" + i6 + "/topic", schemaPath: "#/properties/simulations/items/properties/topic/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema6.properties.simulations.items.properties.topic, data: data51 };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                                if (func3(data51) < 1) {
                                    const err49 = { instancePath: instancePath + "/simulations/" + i6 + "/topic", schemaPath: "#/properties/simulations/items/properties/topic/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.simulations.items.properties.topic, data: data51 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                                if (!pattern14.test(data51)) {
                                    const err50 = { instancePath: instancePath + "/simulations/" + i6 + "/topic", schemaPath: "#/properties/simulations/items/properties/topic/pattern", keyword: "pattern", params: { pattern: "^[^#+]+$" }, message: "must match pattern \"" + "^[^#+]+$" + "\"", schema: "^[^#+]+$", parentSchema: schema6.properties.simulations.items.properties.topic, data: data51 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err51 = { instancePath: instancePath + "/simulations/" + i6 + "/topic", schemaPath: "#/properties/simulations/items/properties/topic/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.topic.type, parentSchema: schema6.properties.simulations.items.properties.topic, data: data51 };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data46.messageSize !== undefined) {
                            let data52 = data46.messageSize;
                            if (!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))) {
                                const err52 = { instancePath: instancePath + "/simulations/" + i6 + "/messageSize", schemaPath: "#/properties/simulations/items/properties/messageSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.simulations.items.properties.messageSize.type, parentSchema: schema6.properties.simulations.items.properties.messageSize, data: data52 };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                            if (typeof data52 == "number") {
                                if (data52 > 131072 || isNaN(data52)) {
                                    const err53 = { instancePath: instancePath + "/simulations/" + i6 + "/messageSize", schemaPath: "#/properties/simulations/items/properties/messageSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 131072 }, message: "must be <= 131072", schema: 131072, parentSchema: schema6.properties.simulations.items.properties.messageSize, data: data52 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                                if (data52 < 0 || isNaN(data52)) {
                                    const err54 = { instancePath: instancePath + "/simulations/" + i6 + "/messageSize", schemaPath: "#/properties/simulations/items/properties/messageSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema6.properties.simulations.items.properties.messageSize, data: data52 };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data46.count !== undefined) {
                            let data53 = data46.count;
                            if (!((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53)))) {
                                const err55 = { instancePath: instancePath + "/simulations/" + i6 + "/count", schemaPath: "#/properties/simulations/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema6.properties.simulations.items.properties.count.type, parentSchema: schema6.properties.simulations.items.properties.count, data: data53 };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                            if (typeof data53 == "number") {
                                if (data53 > 1000000 || isNaN(data53)) {
                                    const err56 = { instancePath: instancePath + "/simulations/" + i6 + "/count", schemaPath: "#/properties/simulations/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1000000 }, message: "must be <= 1000000", schema: 1000000, parentSchema: schema6.properties.simulations.items.properties.count, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                                if (data53 < 1 || isNaN(data53)) {
                                    const err57 = { instancePath: instancePath + "/simulations/" + i6 + "/count", schemaPath: "#/properties/simulations/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema6.properties.simulations.items.properties.count, data: data53 };
                                    if (vErrors === null) {
                                        vErrors = [err57];
                                    }
                                    else {
                                        vErrors.push(err57);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data46.interval !== undefined) {
                            let data54 = data46.interval;
                            if (typeof data54 === "string") {
                                if (!pattern15.test(data54)) {
                                    const err58 = { instancePath: instancePath + "/simulations/" + i6 + "/interval", schemaPath: "#/properties/simulations/items/properties/interval/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: "must match pattern \"" + "^[0-9]+(ms|s|m|h)$" + "\"", schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema6.properties.simulations.items.properties.interval, data: data54 };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err59 = { instancePath: instancePath + "/simulations/" + i6 + "/interval", schemaPath: "#/properties/simulations/items/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.interval.type, parentSchema: schema6.properties.simulations.items.properties.interval, data: data54 };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                        if (data46.duration !== undefined) {
                            let data55 = data46.duration;
                            if (typeof data55 === "string") {
                                if (!pattern15.test(data55)) {
                                    const err60 = { instancePath: instancePath + "/simulations/" + i6 + "/duration", schemaPath: "#/properties/simulations/items/properties/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: "must match pattern \"" + "^[0-9]+(ms|s|m|h)$" + "\"", schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema6.properties.simulations.items.properties.duration, data: data55 };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err61 = { instancePath: instancePath + "/simulations/" + i6 + "/duration", schemaPath: "#/properties/simulations/items/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.duration.type, parentSchema: schema6.properties.simulations.items.properties.duration, data: data55 };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        if (data46.hold !== undefined) {
                            let data56 = data46.hold;
                            if (typeof data56 === "string") {
                                if (!pattern15.test(data56)) {
                                    const err62 = { instancePath: instancePath + "/simulations/" + i6 + "/hold", schemaPath: "#/properties/simulations/items/properties/hold/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: "must match pattern \"" + "^[0-9]+(ms|s|m|h)$" + "\"", schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema6.properties.simulations.items.properties.hold, data: data56 };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err63 = { instancePath: instancePath + "/simulations/" + i6 + "/hold", schemaPath: "#/properties/simulations/items/properties/hold/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.hold.type, parentSchema: schema6.properties.simulations.items.properties.hold, data: data56 };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data46.expect !== undefined) {
                            let data57 = data46.expect;
                            if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                for (const key8 in data57) {
                                    if (!((((key8 === "violations") || (key8 === "noViolations")) || (key8 === "auditFindings")) || (key8 === "timeout"))) {
                                        const err64 = { instancePath: instancePath + "/simulations/" + i6 + "/expect", schemaPath: "#/properties/simulations/items/properties/expect/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.simulations.items.properties.expect, data: data57 };
                                        if (vErrors === null) {
                                            vErrors = [err64];
                                        }
                                        else {
                                            vErrors.push(err64);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.violations !== undefined) {
                                    let data58 = data57.violations;
                                    if (Array.isArray(data58)) {
                                        if (data58.length < 1) {
                                            const err65 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations", schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations, data: data58 };
                                            if (vErrors === null) {
                                                vErrors = [err65];
                                            }
                                            else {
                                                vErrors.push(err65);
                                            }
                                            errors++;
                                        }
                                        const len7 = data58.length;
                                        for (let i7 = 0; i7 < len7; i7++) {
                                            let data59 = data58[i7];
                                            if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                                                if (data59.securityProfileName === undefined) {
                                                    const err66 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7, schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/required", keyword: "required", params: { missingProperty: "securityProfileName" }, message: "must have required property '" + "securityProfileName" + "'", schema: schema6.properties.simulations.items.properties.expect.properties.violations.items.required, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items, data: data59 };
                                                    if (vErrors === null) {
                                                        vErrors = [err66];
                                                    }
                                                    else {
                                                        vErrors.push(err66);
                                                    }
                                                    errors++;
                                                }
                                                if (data59.behaviorName === undefined) {
                                                    const err67 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7, schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/required", keyword: "required", params: { missingProperty: "behaviorName" }, message: "must have required property '" + "behaviorName" + "'", schema: schema6.properties.simulations.items.properties.expect.properties.violations.items.required, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items, data: data59 };
                                                    if (vErrors === null) {
                                                        vErrors = [err67];
                                                    }
                                                    else {
                                                        vErrors.push(err67);
                                                    }
                                                    errors++;
                                                }
                                                for (const key9 in data59) {
                                                    if (!((((key9 === "securityProfileName") || (key9 === "behaviorName")) || (key9 === "thingName")) || (key9 === "mitigationAction"))) {
                                                        const err68 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7, schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items, data: data59 };
                                                        if (vErrors === null) {
                                                            vErrors = [err68];
                                                        }
                                                        else {
                                                            vErrors.push(err68);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data59.securityProfileName !== undefined) {
                                                    if (!(validate82(data59.securityProfileName, { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7 + "/securityProfileName", parentData: data59, parentDataProperty: "securityProfileName", rootData }))) {
                                                        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
                                                        errors = vErrors.length;
                                                    }
                                                }
                                                if (data59.behaviorName !== undefined) {
                                                    if (!(validate88(data59.behaviorName, { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7 + "/behaviorName", parentData: data59, parentDataProperty: "behaviorName", rootData }))) {
                                                        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
                                                        errors = vErrors.length;
                                                    }
                                                }
                                                if (data59.thingName !== undefined) {
                                                    let data62 = data59.thingName;
                                                    if (typeof data62 === "string") {
                                                        if (func3(data62) < 1) {
                                                            const err69 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7 + "/thingName", schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/properties/thingName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items.properties.thingName, data: data62 };
                                                            if (vErrors === null) {
                                                                vErrors = [err69];
                                                            }
                                                            else {
                                                                vErrors.push(err69);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err70 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7 + "/thingName", schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/properties/thingName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.expect.properties.violations.items.properties.thingName.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items.properties.thingName, data: data62 };
                                                        if (vErrors === null) {
                                                            vErrors = [err70];
                                                        }
                                                        else {
                                                            vErrors.push(err70);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data59.mitigationAction !== undefined) {
                                                    if (!(validate46(data59.mitigationAction, { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7 + "/mitigationAction", parentData: data59, parentDataProperty: "mitigationAction", rootData }))) {
                                                        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
                                                        errors = vErrors.length;
                                                    }
                                                }
                                            }
                                            else {
                                                const err71 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations/" + i7, schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.simulations.items.properties.expect.properties.violations.items.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations.items, data: data59 };
                                                if (vErrors === null) {
                                                    vErrors = [err71];
                                                }
                                                else {
                                                    vErrors.push(err71);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err72 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/violations", schemaPath: "#/properties/simulations/items/properties/expect/properties/violations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.simulations.items.properties.expect.properties.violations.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.violations, data: data58 };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.noViolations !== undefined) {
                                    let data64 = data57.noViolations;
                                    if (typeof data64 !== "boolean") {
                                        const err73 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/noViolations", schemaPath: "#/properties/simulations/items/properties/expect/properties/noViolations/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema6.properties.simulations.items.properties.expect.properties.noViolations.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.noViolations, data: data64 };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.auditFindings !== undefined) {
                                    let data65 = data57.auditFindings;
                                    if (Array.isArray(data65)) {
                                        if (data65.length < 1) {
                                            const err74 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings", schemaPath: "#/properties/simulations/items/properties/expect/properties/auditFindings/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema6.properties.simulations.items.properties.expect.properties.auditFindings, data: data65 };
                                            if (vErrors === null) {
                                                vErrors = [err74];
                                            }
                                            else {
                                                vErrors.push(err74);
                                            }
                                            errors++;
                                        }
                                        const len8 = data65.length;
                                        for (let i8 = 0; i8 < len8; i8++) {
                                            let data66 = data65[i8];
                                            if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                                if (data66.checkName === undefined) {
                                                    const err75 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings/" + i8, schemaPath: "#/properties/simulations/items/properties/expect/properties/auditFindings/items/required", keyword: "required", params: { missingProperty: "checkName" }, message: "must have required property '" + "checkName" + "'", schema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.items.required, parentSchema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.items, data: data66 };
                                                    if (vErrors === null) {
                                                        vErrors = [err75];
                                                    }
                                                    else {
                                                        vErrors.push(err75);
                                                    }
                                                    errors++;
                                                }
                                                for (const key10 in data66) {
                                                    if (!(key10 === "checkName")) {
                                                        const err76 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings/" + i8, schemaPath: "#/properties/simulations/items/properties/expect/properties/auditFindings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.items, data: data66 };
                                                        if (vErrors === null) {
                                                            vErrors = [err76];
                                                        }
                                                        else {
                                                            vErrors.push(err76);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                if (data66.checkName !== undefined) {
                                                    if (!(validate172(data66.checkName, { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings/" + i8 + "/checkName", parentData: data66, parentDataProperty: "checkName", rootData }))) {
                                                        vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
                                                        errors = vErrors.length;
                                                    }
                                                }
                                            }
                                            else {
                                                const err77 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings/" + i8, schemaPath: "#/properties/simulations/items/properties/expect/properties/auditFindings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.items.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.items, data: data66 };
                                                if (vErrors === null) {
                                                    vErrors = [err77];
                                                }
                                                else {
                                                    vErrors.push(err77);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err78 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/auditFindings", schemaPath: "#/properties/simulations/items/properties/expect/properties/auditFindings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.simulations.items.properties.expect.properties.auditFindings.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.auditFindings, data: data65 };
                                        if (vErrors === null) {
                                            vErrors = [err78];
                                        }
                                        else {
                                            vErrors.push(err78);
                                        }
                                        errors++;
                                    }
                                }
                                if (data57.timeout !== undefined) {
                                    let data68 = data57.timeout;
                                    if (typeof data68 === "string") {
                                        if (!pattern15.test(data68)) {
                                            const err79 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/timeout", schemaPath: "#/properties/simulations/items/properties/expect/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: "must match pattern \"" + "^[0-9]+(ms|s|m|h)$" + "\"", schema: "^[0-9]+(ms|s|m|h)$", parentSchema: schema6.properties.simulations.items.properties.expect.properties.timeout, data: data68 };
                                            if (vErrors === null) {
                                                vErrors = [err79];
                                            }
                                            else {
                                                vErrors.push(err79);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err80 = { instancePath: instancePath + "/simulations/" + i6 + "/expect/timeout", schemaPath: "#/properties/simulations/items/properties/expect/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.simulations.items.properties.expect.properties.timeout.type, parentSchema: schema6.properties.simulations.items.properties.expect.properties.timeout, data: data68 };
                                        if (vErrors === null) {
                                            vErrors = [err80];
                                        }
                                        else {
                                            vErrors.push(err80);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err81 = { instancePath: instancePath + "/simulations/" + i6 + "/expect", schemaPath: "#/properties/simulations/items/properties/expect/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.simulations.items.properties.expect.type, parentSchema: schema6.properties.simulations.items.properties.expect, data: data57 };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err82 = { instancePath: instancePath + "/simulations/" + i6, schemaPath: "#/properties/simulations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.simulations.items.type, parentSchema: schema6.properties.simulations.items, data: data46 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err83 = { instancePath: instancePath + "/simulations", schemaPath: "#/properties/simulations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.simulations.type, parentSchema: schema6.properties.simulations, data: data45 };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
        }
        if (data.acceptedFindings !== undefined) {
            let data69 = data.acceptedFindings;
            if (Array.isArray(data69)) {
                const len9 = data69.length;
                for (let i9 = 0; i9 < len9; i9++) {
                    let data70 = data69[i9];
                    if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                        if (data70.checkName === undefined) {
                            const err84 = { instancePath: instancePath + "/acceptedFindings/" + i9, schemaPath: "#/properties/acceptedFindings/items/required", keyword: "required", params: { missingProperty: "checkName" }, message: "must have required property '" + "checkName" + "'", schema: schema6.properties.acceptedFindings.items.required, parentSchema: schema6.properties.acceptedFindings.items, data: data70 };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                        if (data70.reason === undefined) {
                            const err85 = { instancePath: instancePath + "/acceptedFindings/" + i9, schemaPath: "#/properties/acceptedFindings/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema6.properties.acceptedFindings.items.required, parentSchema: schema6.properties.acceptedFindings.items, data: data70 };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                        if (data70.expires === undefined) {
                            const err86 = { instancePath: instancePath + "/acceptedFindings/" + i9, schemaPath: "#/properties/acceptedFindings/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema6.properties.acceptedFindings.items.required, parentSchema: schema6.properties.acceptedFindings.items, data: data70 };
                            if (vErrors === null) {
                                vErrors = [err86];
                            }
                            else {
                                vErrors.push(err86);
                            }
                            errors++;
                        }
                        for (const key11 in data70) {
                            if (!((((key11 === "checkName") || (key11 === "resource")) || (key11 === "reason")) || (key11 === "expires"))) {
                                const err87 = { instancePath: instancePath + "/acceptedFindings/" + i9, schemaPath: "#/properties/acceptedFindings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.acceptedFindings.items, data: data70 };
                                if (vErrors === null) {
                                    vErrors = [err87];
                                }
                                else {
                                    vErrors.push(err87);
                                }
                                errors++;
                            }
                        }
                        if (data70.checkName !== undefined) {
                            if (!(validate172(data70.checkName, { instancePath: instancePath + "/acceptedFindings/" + i9 + "/checkName", parentData: data70, parentDataProperty: "checkName", rootData }))) {
                                vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data70.resource !== undefined) {
                            let data72 = data70.resource;
                            if (typeof data72 === "string") {
                                if (func3(data72) < 1) {
                                    const err88 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/resource", schemaPath: "#/properties/acceptedFindings/items/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.acceptedFindings.items.properties.resource, data: data72 };
                                    if (vErrors === null) {
                                        vErrors = [err88];
                                    }
                                    else {
                                        vErrors.push(err88);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err89 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/resource", schemaPath: "#/properties/acceptedFindings/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.acceptedFindings.items.properties.resource.type, parentSchema: schema6.properties.acceptedFindings.items.properties.resource, data: data72 };
                                if (vErrors === null) {
                                    vErrors = [err89];
                                }
                                else {
                                    vErrors.push(err89);
                                }
                                errors++;
                            }
                        }
                        if (data70.reason !== undefined) {
                            let data73 = data70.reason;
                            if (typeof data73 === "string") {
                                if (func3(data73) < 1) {
                                    const err90 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/reason", schemaPath: "#/properties/acceptedFindings/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema6.properties.acceptedFindings.items.properties.reason, data: data73 };
                                    if (vErrors === null) {
                                        vErrors = [err90];
                                    }
                                    else {
                                        vErrors.push(err90);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err91 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/reason", schemaPath: "#/properties/acceptedFindings/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.acceptedFindings.items.properties.reason.type, parentSchema: schema6.properties.acceptedFindings.items.properties.reason, data: data73 };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        if (data70.expires !== undefined) {
                            let data74 = data70.expires;
                            if (typeof data74 === "string") {
                                if (!pattern19.test(data74)) {
                                    const err92 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/expires", schemaPath: "#/properties/acceptedFindings/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"", schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema6.properties.acceptedFindings.items.properties.expires, data: data74 };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err93 = { instancePath: instancePath + "/acceptedFindings/" + i9 + "/expires", schemaPath: "#/properties/acceptedFindings/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema6.properties.acceptedFindings.items.properties.expires.type, parentSchema: schema6.properties.acceptedFindings.items.properties.expires, data: data74 };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err94 = { instancePath: instancePath + "/acceptedFindings/" + i9, schemaPath: "#/properties/acceptedFindings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.acceptedFindings.items.type, parentSchema: schema6.properties.acceptedFindings.items, data: data70 };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err95 = { instancePath: instancePath + "/acceptedFindings", schemaPath: "#/properties/acceptedFindings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.acceptedFindings.type, parentSchema: schema6.properties.acceptedFindings, data: data69 };
                if (vErrors === null) {
                    vErrors = [err95];
                }
                else {
                    vErrors.push(err95);
                }
                errors++;
            }
        }
        if (data.external !== undefined) {
            let data75 = data.external;
            if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                for (const key12 in data75) {
                    if (!((key12 === "customMetrics") || (key12 === "dimensions"))) {
                        const err96 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema6.properties.external, data: data75 };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data75.customMetrics !== undefined) {
                    let data76 = data75.customMetrics;
                    if (Array.isArray(data76)) {
                        const len10 = data76.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                            if (!(validate24(data76[i10], { instancePath: instancePath + "/external/customMetrics/" + i10, parentData: data76, parentDataProperty: i10, rootData }))) {
                                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err97 = { instancePath: instancePath + "/external/customMetrics", schemaPath: "#/properties/external/properties/customMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.external.properties.customMetrics.type, parentSchema: schema6.properties.external.properties.customMetrics, data: data76 };
                        if (vErrors === null) {
                            vErrors = [err97];
                        }
                        else {
                            vErrors.push(err97);
                        }
                        errors++;
                    }
                }
                if (data75.dimensions !== undefined) {
                    let data78 = data75.dimensions;
                    if (Array.isArray(data78)) {
                        const len11 = data78.length;
                        for (let i11 = 0; i11 < len11; i11++) {
                            if (!(validate37(data78[i11], { instancePath: instancePath + "/external/dimensions/" + i11, parentData: data78, parentDataProperty: i11, rootData }))) {
                                vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err98 = { instancePath: instancePath + "/external/dimensions", schemaPath: "#/properties/external/properties/dimensions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema6.properties.external.properties.dimensions.type, parentSchema: schema6.properties.external.properties.dimensions, data: data78 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err99 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.properties.external.type, parentSchema: schema6.properties.external, data: data75 };
                if (vErrors === null) {
                    vErrors = [err99];
                }
                else {
                    vErrors.push(err99);
                }
                errors++;
            }
        }
    }
    else {
        const err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema6.type, parentSchema: schema6, data };
        if (vErrors === null) {
            vErrors = [err100];
        }
        else {
            vErrors.push(err100);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/config/pattern-words.ts
/** Schema patterns said in words, for error messages. */

/**
 * What each pattern in the schema asks for, in words: people should not have to read a regular expression.
 * Keyed by the pattern's source as the schema holds it (a test checks that every pattern has words).
 */
const PATTERN_WORDS = {
    [schema/* DURATION_PATTERN */.Cq]: 'a duration: a whole number and a unit, ms, s, m or h, with no space (e.g. 250ms, 90s, 20m, 1h)',
    '^[a-zA-Z0-9:_-]+$': 'a name of letters, digits, colons, underscores and hyphens only (no spaces)',
    '^[a-zA-Z0-9_-]+$': 'a name of letters, digits, underscores and hyphens only (no spaces)',
    '^[a-zA-Z0-9_-]{1,64}$': 'a name of 1 to 64 letters, digits, underscores and hyphens (no spaces)',
    '^([1-9]|[12][0-9]|3[01])$|^LAST$': 'a day of the month: 1 to 31, or LAST',
    '^(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)$': 'a percentile Device Defender computes: p0, p0.1, p0.01, p1, p10, p50, p90, p99, p99.9, p99.99 or p100',
    '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$': 'letters, digits, spaces and the characters _ . : / = + - @ only',
    '^[\\x21-\\x7E\\x20]*$': 'printable ASCII characters only',
    '^[^#+]+$': 'an MQTT topic without the wildcards # and +',
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a day written YYYY-MM-DD (e.g. 2027-03-31)',
    '^[a-fA-F0-9:\\.\\/]+$': 'an IP address or CIDR block (e.g. 10.0.0.0/8)'
};
function patternWords(pattern) {
    return PATTERN_WORDS[String(pattern)] ?? `text matching the pattern ${String(pattern)}`;
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts





/** Ajv's code for the schema, compiled at build time (scripts/validator-code.ts): no run compiles it. */
const schema_check_validate = validate;
function checkSchema(data) {
    if (schema_check_validate(data))
        return [];
    const problems = [];
    const seen = new Set();
    for (const e of schema_check_validate.errors ?? []) {
        const p = toProblem(e, data);
        if (!p)
            continue;
        const key = `${(0,config_problems/* formatPath */.jV)(p.path)}|${p.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push(p);
    }
    return problems;
}
/** JSON pointer → path, with array indexes as numbers (so `[2]` prints as an index, not a key). */
function toPath(pointer, data) {
    const path = [];
    let node = data;
    if (pointer === '')
        return path;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (Array.isArray(node)) {
            path.push(Number(seg));
            node = node[Number(seg)];
        }
        else {
            path.push(seg);
            node = node?.[seg];
        }
    }
    return path;
}
function valueAt(data, path) {
    let node = data;
    for (const seg of path)
        node = node?.[seg];
    return node;
}
function schema_check_describe(value) {
    if (value === null)
        return 'null (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    return `${typeof value} ${String(value)}`;
}
function toProblem(e, data) {
    const path = toPath(e.instancePath, data);
    const value = valueAt(data, path);
    const params = e.params;
    const schema = e.parentSchema;
    // value/not-finite says what is wrong with `.inf` or `.nan`; a range or type error on it would only echo it.
    if (typeof value === 'number' && !Number.isFinite(value))
        return undefined;
    if (e.propertyName !== undefined && e.keyword !== 'propertyNames') {
        // A map key broke the key shape's rules (e.g. a tag key pattern).
        return (0,config_problems/* error */.z3)(`schema/key`, [...path, e.propertyName], e.keyword === 'pattern'
            ? `key ${JSON.stringify(e.propertyName)} is not valid; expected ${patternWords(params.pattern)}`
            : `key ${JSON.stringify(e.propertyName)} ${e.message ?? 'is not allowed'}`, 'key');
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(schema?.properties ?? {});
            const hint = key === '<<'
                ? '; merge keys are YAML 1.1, and profile files are YAML 1.2: write the keys out, or reuse a whole mapping with an alias'
                : didYouMean(key, allowed) || (allowed.length ? `; allowed keys: ${oneOf(allowed)}` : '');
            return (0,config_problems/* error */.z3)('schema/unknown-key', [...path, key], `unknown key "${key}"${hint}`, 'key');
        }
        case 'required': {
            const missing = String(params.missingProperty);
            return (0,config_problems/* error */.z3)('schema/required', path, `missing required key "${missing}"`, 'key');
        }
        case 'type': {
            const expected = String(params.type);
            const hint = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
                ? ` (quote it: "${String(value)}")`
                : path.length === 0
                    ? '; a profile file is a mapping that starts with `version: 1`, with lists such as securityProfiles under it'
                    : '';
            return (0,config_problems/* error */.z3)('schema/type', path, `expected ${article(expected)}, found ${schema_check_describe(value)}${hint}`);
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = didYouMean(String(value), allowed);
            return (0,config_problems/* error */.z3)('schema/enum', path, `${schema_check_describe(value)} is not allowed${hint ? `${hint} Allowed:` : '; expected one of'} ${oneOf(allowed, 20)}`);
        }
        case 'const':
            return (0,config_problems/* error */.z3)('schema/const', path, `${schema_check_describe(value)} is not supported; expected ${JSON.stringify(params.allowedValue)}`);
        case 'pattern':
            return (0,config_problems/* error */.z3)('schema/pattern', path, `${schema_check_describe(value)} is not valid; expected ${patternWords(params.pattern)}`);
        case 'minLength':
            return (0,config_problems/* error */.z3)('schema/length', path, `${schema_check_describe(value)} is too short; at least ${String(params.limit)} characters`);
        case 'maxLength':
            return (0,config_problems/* error */.z3)('schema/length', path, `is ${value.length} characters long; at most ${String(params.limit)} allowed`);
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return (0,config_problems/* error */.z3)('schema/range', path, rangeMessage(value, params));
        case 'minItems':
            return (0,config_problems/* error */.z3)('schema/items', path, `has ${value.length} items; at least ${String(params.limit)} needed`);
        case 'maxItems':
            return (0,config_problems/* error */.z3)('schema/items', path, `has ${value.length} items; at most ${String(params.limit)} allowed`);
        case 'minProperties':
        case 'maxProperties':
            return (0,config_problems/* error */.z3)('schema/items', path, `has ${Object.keys(value).length} entries; ${e.message ?? ''}`);
        case 'propertyNames':
            return undefined; // reported by the inner error, which carries the key
        default:
            return (0,config_problems/* error */.z3)(`schema/${e.keyword}`, path, e.message ?? 'is not valid');
    }
}
/** The bounds ddac adds to the model's integers say what they are, in words. */
function rangeMessage(value, params) {
    const limit = Number(params.limit);
    // A value past 2^53 is already rounded: printing it would show a number the file does not hold.
    const shown = typeof value === 'number' && Math.abs(value) <= Number.MAX_SAFE_INTEGER
        ? String(value)
        : 'the number';
    if (Math.abs(limit) === Number.MAX_SAFE_INTEGER)
        return `${shown} is too ${limit > 0 ? 'large' : 'small'} to be sent exactly: AWS takes a 64-bit integer here, and ddac carries integers exactly from -9007199254740991 to 9007199254740991 (2^53 - 1)`;
    if (limit === schema/* INT32_MAX */.go || limit === schema/* INT32_MIN */.Qh)
        return `${shown} is out of range: AWS takes a 32-bit integer here, from -2147483648 to 2147483647`;
    return `${shown} is out of range; it must be ${String(params.comparison)} ${String(params.limit)}`;
}
function article(type) {
    const names = {
        string: 'a string',
        integer: 'an integer',
        number: 'a number',
        boolean: 'true or false',
        array: 'a list',
        object: 'a mapping',
        null: 'null'
    };
    return names[type] ?? type;
}

;// CONCATENATED MODULE: ./src/config/validate.ts





function validateText(file, text) {
    const parsed = parseSource(file, text);
    if (!parsed.source)
        return result(file, parsed.problems);
    const source = parsed.source;
    const problems = [...checkSchema(source.data), ...checkRules(source.data)].map((p) => locate(source, p));
    return result(file, problems, source.data);
}
async function validateFile(file, opts = {}) {
    const read = await readProfileFile(file, opts);
    if ('problem' in read)
        return result(file, [read.problem]);
    return validateText(file, read.text);
}
function result(file, problems, data) {
    const sorted = [...problems].sort(config_problems/* byPosition */.rg);
    const errors = sorted.filter((p) => p.severity === 'error').length;
    return {
        file,
        problems: sorted,
        errors,
        warnings: sorted.length - errors,
        ...(errors === 0 && data ? { profile: data } : {})
    };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small Markdown helpers shared by the renderers (GitHub-flavoured: tables, details). */
/** Escape what would break a table cell or start unwanted formatting. */
function cell(text) {
    return text
        .replaceAll('\\', '\\\\')
        .replaceAll('|', '\\|')
        .replaceAll('\n', ' ')
        .replaceAll('<', '&lt;');
}
function code(text) {
    return `\`${text.replaceAll('`', "'")}\``;
}
function table(header, rows) {
    if (rows.length === 0)
        return '';
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** A fenced code block whose fence no backtick run in the body can close. */
function fenced(lang, body) {
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${body}\n${fence}\n`;
}
/**
 * Text cut in the middle to at most `max` characters, both ends kept (an ARN's service and its name). For table
 * cells and code lines: GitHub cannot wrap a code span without spaces, and scrolls a code block sideways.
 */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    const head = Math.ceil((max - 1) * 0.6);
    return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}


/***/ }),

/***/ 47715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ problemRecord),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   qW: () => (/* binding */ validationReport)
/* harmony export */ });
/* unused harmony exports MAX_SUMMARY_PROBLEMS, MAX_OUTPUT_PROBLEMS, MAX_OUTPUT_PROBLEMS_BYTES, problemsOutput, renderValidationMarkdown, renderInventoryMarkdown, renderValidationText */
/* harmony import */ var _config_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34968);
/* harmony import */ var _config_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25490);
/* harmony import */ var _config_file_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42748);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);





/** Rows of problems a summary lists before pointing at the log (a step summary may hold 1 MiB). */
const MAX_SUMMARY_PROBLEMS = 200;
/** The `problems` output lists this many at most, in this many bytes (an output takes 1 MB). */
const MAX_OUTPUT_PROBLEMS = 100;
const MAX_OUTPUT_PROBLEMS_BYTES = 100_000;
/** The record the `problems` output and the problems file hold for each problem. */
function problemRecord(p) {
    const { file, line, column, severity, rule, path, message } = p;
    return { file, line, column, severity, rule, path, message };
}
/** The first problems that fit the `problems` output, as JSON, and how many were left out. */
function problemsOutput(problems) {
    const records = [];
    let bytes = 2;
    for (const p of problems.slice(0, MAX_OUTPUT_PROBLEMS)) {
        const record = JSON.stringify(problemRecord(p));
        bytes += Buffer.byteLength(record) + 1;
        if (bytes > MAX_OUTPUT_PROBLEMS_BYTES)
            break;
        records.push(record);
    }
    return { json: `[${records.join(',')}]`, omitted: problems.length - records.length };
}
function headline(r) {
    if (r.errors > 0)
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(r.errors, 'error')}${r.warnings ? `, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(r.warnings, 'warning')}` : ''} in ${r.file}`;
    return `${r.file} is valid${r.warnings ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(r.warnings, 'warning')})` : ''}`;
}
/** The report of a validation: failed on errors, and on warnings when `failOnWarnings`. */
function validationReport(r, failOnWarnings) {
    const problems = problemsOutput(r.problems);
    const failed = r.errors > 0 || (failOnWarnings && r.warnings > 0);
    return {
        ok: !failed,
        ...(failed
            ? { failure: r.errors > 0 ? headline(r) : `${headline(r)}, and fail-on-warnings is set` }
            : {}),
        text: renderValidationText(r),
        markdown: renderValidationMarkdown(r),
        problems: r.problems,
        outputs: {
            [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Valid]: r.errors === 0,
            [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Errors]: r.errors,
            [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Warnings]: r.warnings,
            // Capped: a broken file can have 100,000 problems, and an output takes 1 MB (the action writes all to a file).
            [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.Problems]: problems.json,
            [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .Outputs */ .tY.ProblemsOmitted]: problems.omitted
        }
    };
}
function renderValidationMarkdown(r) {
    const icon = r.errors > 0 ? '❌' : r.warnings > 0 ? '⚠️' : '✅';
    const parts = [`## ${icon} ddac validate: ${headline(r)}\n`];
    if (r.profile)
        parts.push(renderInventoryMarkdown((0,_config_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .inventory */ .p)(r.profile)));
    if (r.problems.length > 0)
        parts.push(renderProblemsMarkdown(r.problems));
    else
        parts.push('No problems found. Nothing was sent to AWS.\n');
    return parts.join('\n');
}
function renderProblemsMarkdown(problems) {
    const shown = problems.slice(0, MAX_SUMMARY_PROBLEMS);
    const rows = shown.map((p) => [
        p.severity === 'error' ? '❌ error' : '⚠️ warning',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${p.file}:${p.line}:${p.column}`),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_config_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPath */ .jV)(p.path)),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(p.message),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(p.rule)
    ]);
    const more = problems.length - shown.length;
    return (`### Problems\n\n` +
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['', 'Where', 'Path', 'Problem', 'Rule'], rows) +
        (more > 0 ? `\n…and ${more} more; the log lists every problem.\n` : ''));
}
function renderInventoryMarkdown(inv) {
    const out = ['### What the file declares\n'];
    out.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Kind', 'Count'], [
        ['Security profiles', String(inv.profiles.length)],
        ['Behaviors (ML / static / statistical)', behaviorCounts(inv)],
        ['Custom metrics', String(inv.customMetrics.length)],
        ['Dimensions', String(inv.dimensions.length)],
        ['Mitigation actions', String(inv.mitigationActions.length)],
        ['Audit checks enabled', inv.auditChecks ? String(inv.auditChecks.length) : 'not managed'],
        ['Scheduled audits', String(inv.scheduledAudits.length)],
        ['Simulations (checked, not run)', String(inv.simulations.length)]
    ]));
    if (inv.profiles.length) {
        out.push('\n#### Security profiles\n\n' +
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Profile', 'Targets', 'ML', 'Static', 'Statistical'], inv.profiles.map((p) => [
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(p.name),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(p.targets.join(', ') || '(none: not attached)'),
                String(p.behaviors.MACHINE_LEARNING),
                String(p.behaviors.STATIC),
                String(p.behaviors.STATISTICAL)
            ])));
    }
    const lists = [
        ['Custom metrics', inv.customMetrics.map((m) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(m.name)} (${m.type})`)],
        [
            'Dimensions',
            inv.dimensions.map((d) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(d.name)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(d.values, 'topic filter')})`)
        ],
        ['Mitigation actions', inv.mitigationActions.map((a) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.name)} (${a.action})`)],
        ['Audit checks enabled', (inv.auditChecks ?? []).map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)],
        [
            'Scheduled audits',
            inv.scheduledAudits.map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.name)} (${s.frequency}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(s.checks, 'check')})`)
        ]
    ];
    for (const [title, items] of lists)
        if (items.length)
            out.push(`\n**${title}:** ${items.join(', ')}\n`);
    if (inv.simulations.length) {
        out.push('\n#### Simulations\n\nChecked only: `validate` does not run them; `simulate` does.\n\n' +
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Simulation', 'Scenario', 'Things', 'Expects'], inv.simulations.map((s) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.name), s.scenario, String(s.things), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(s.expects)])));
    }
    return out.join('');
}
function behaviorCounts(inv) {
    const sum = (k) => inv.profiles.reduce((n, p) => n + p.behaviors[k], 0);
    return `${sum('MACHINE_LEARNING')} / ${sum('STATIC')} / ${sum('STATISTICAL')}`;
}
/** The terminal form: problems as compilers print them, then what the file declares. */
function renderValidationText(r) {
    const lines = r.problems.map(_config_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .Vw);
    if (r.profile) {
        const inv = (0,_config_inventory_js__WEBPACK_IMPORTED_MODULE_3__/* .inventory */ .p)(r.profile);
        if (lines.length)
            lines.push('');
        lines.push(`${r.file} declares:`);
        for (const p of inv.profiles) {
            const kinds = [
                p.behaviors.MACHINE_LEARNING && `${p.behaviors.MACHINE_LEARNING} ML`,
                p.behaviors.STATIC && `${p.behaviors.STATIC} static`,
                p.behaviors.STATISTICAL && `${p.behaviors.STATISTICAL} statistical`
            ].filter(Boolean);
            lines.push(`  security profile ${p.name}: ${kinds.join(', ') || 'no'} behaviors → ${p.targets.join(', ') || '(not attached)'}`);
        }
        const listed = ['customMetrics', 'dimensions', 'mitigationActions', 'scheduledAudits'];
        for (const key of listed)
            if (inv[key].length)
                lines.push(`  ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(inv[key].length, (0,_config_file_format_js__WEBPACK_IMPORTED_MODULE_0__/* .entryKind */ .FY)(key).label)}`);
        if (inv.auditChecks)
            lines.push(`  audit configuration: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(inv.auditChecks.length, 'check')} enabled (${inv.auditChecks.join(', ')})`);
        for (const s of inv.simulations)
            lines.push(`  simulation ${s.name} (${s.scenario}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(s.things, 'thing')}): expects ${s.expects} (checked, not run)`);
    }
    lines.push('', headline(r));
    return lines.join('\n') + '\n';
}


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


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isNamed),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90333);

/** The message of anything thrown, with its remedy named in the front end's words. */
function errorMessage(e, words = _words_js__WEBPACK_IMPORTED_MODULE_0__/* .CLI_WORDS */ .xP) {
    if (e instanceof _words_js__WEBPACK_IMPORTED_MODULE_0__/* .RemedyError */ .By)
        return e.say(words);
    return e instanceof Error ? e.message : String(e);
}
/** Whether `e` is an error of this name (the AWS SDK names its service errors by their shape). */
function isNamed(e, name) {
    return e?.name === name;
}


/***/ }),

/***/ 90333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ RemedyError),
/* harmony export */   dC: () => (/* binding */ ACTION_WORDS),
/* harmony export */   xP: () => (/* binding */ CLI_WORDS)
/* harmony export */ });
const CLI_WORDS = {
    setRegion: 'pass --region',
    useLocal: 'use --local',
    localOrEndpoint: '--local / --endpoint'
};
const ACTION_WORDS = {
    setRegion: 'set the `region` input',
    useLocal: 'use `target: local`',
    localOrEndpoint: '`target: local` / `endpoint`'
};
/** An error whose remedy is a setting; its plain message is in CLI words. */
class RemedyError extends Error {
    say;
    name = 'RemedyError';
    constructor(say, options) {
        super(say(CLI_WORDS), options);
        this.say = say;
    }
}


/***/ })

};
