export const id = 7091;
export const ids = [7091];
export const modules = {

/***/ 72133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ costBudgetMs),
/* harmony export */   aE: () => (/* binding */ checkpointPays),
/* harmony export */   it: () => (/* binding */ estimateCostMs),
/* harmony export */   sd: () => (/* binding */ workSkipped),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports CHECKPOINT_WHEN, PAYS_FACTOR, ESTIMATE, stagesGained */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/**
 * Whether a `run/` stage's checkpoint can pay for itself (config `checkpoint.when: pays`, the default). A
 * checkpoint costs every green job; it gains only when a resume starts from it, and then it skips the
 * stages completed before it, less those the job's last checkpoint already lets a resume skip (without this
 * one, a resume starts from that one). So it is taken when that work is at least PAYS_FACTOR times what the
 * checkpoint costs, each timed from this job (the stage ledger, the durations a resumed checkpoint
 * recorded) or, for the cost with no checkpoint of this job timed yet, estimated from the paths' size.
 * Pure: the figures come in, the verdict and its one log line go out.
 */

const CHECKPOINT_WHEN = (/* unused pure expression or super */ null && (['pays', 'always']));
/**
 * Three times the cost: a resume pays the save back once, then its own restore, which measures at
 * 0.9-1.7x the save (bench:checkpoint, issue 67), and a third for the noise of timing on a shared
 * machine. Below that, a lost runner is better served by running the stages again.
 */
const PAYS_FACTOR = 3;
/** What the estimate takes a checkpoint to cost, per byte and per file, with a floor for the store. */
const ESTIMATE = {
    /** Bytes a second of a path packed with tar and zstd -3, which the stage waits for (vercel/ms: ~100 MB/s). */
    packedBytesPerSecond: 100e6,
    /** Bytes a second of a keyed path compared by content with its entry (sha256, about a second a GB). */
    keyedBytesPerSecond: 1e9,
    /** A file's lstat, open and tar header. */
    msPerFile: 0.05,
    /** Loading the engine and the store's round trips, whatever the size. */
    fixedMs: 200,
};
/** The estimated cost of checkpointing paths of this size (see ESTIMATE). */
function estimateCostMs(size) {
    const packed = Math.max(0, size.bytes - size.keyedBytes);
    return (ESTIMATE.fixedMs +
        (packed / ESTIMATE.packedBytesPerSecond) * 1000 +
        (size.keyedBytes / ESTIMATE.keyedBytesPerSecond) * 1000 +
        size.files * ESTIMATE.msPerFile);
}
/**
 * The stages a resume from this checkpoint skips that it would not skip without it: those the job's last
 * checkpoint does not hold, and its own stage (a second step of a name it holds ran after it), else all.
 */
function stagesGained(facts) {
    const { since } = facts;
    if (!since)
        return facts.completed;
    return facts.completed.filter((s) => s === since.stage || !since.holds.includes(s));
}
/** The work this checkpoint lets a resume skip (stagesGained): the timed durations, and those not timed. */
function workSkipped(facts) {
    let ms = 0;
    const untimed = [];
    for (const stage of stagesGained(facts)) {
        const d = facts.durations[stage];
        if (d === undefined || !Number.isFinite(d) || d < 0)
            untimed.push(stage);
        else
            ms += d;
    }
    return { ms, untimed };
}
/** The cost past which a checkpoint cannot pay: a size walk may stop there. */
const costBudgetMs = (skipMs) => skipMs / PAYS_FACTOR;
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** `1.0 GB`, `216.6 MB`, `64 KB`, `22 B`. */
function formatBytes(bytes) {
    if (bytes >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (bytes >= 1e6)
        return `${(bytes / 1e6).toFixed(1)} MB`;
    if (bytes >= 1e3)
        return `${Math.round(bytes / 1e3)} KB`;
    return `${Math.round(bytes)} B`;
}
function describeCost(cost) {
    if (cost.from === 'measured')
        return `${seconds(cost.ms)} (what the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(cost.stage)}' cost this job${cost.bytes !== undefined ? `, ${formatBytes(cost.bytes)}` : ''})`;
    const { size } = cost;
    const keyed = size.keyedBytes > 0 ? `, ${formatBytes(size.keyedBytes)} of it keyed` : '';
    const atLeast = size.partial ? 'at least ' : '';
    return `${atLeast}${seconds(cost.ms)} (estimated from the paths' ${atLeast}${formatBytes(size.bytes)} in ${size.files} files${keyed}: no checkpoint of this job timed yet)`;
}
/** Decides, and says why in one line. `always` takes every checkpoint, as before `pays` existed. */
function checkpointPays(facts, when = 'pays') {
    const head = `ci-recovery: checkpoint before stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.stage)}'`;
    const { ms: skipMs, untimed } = workSkipped(facts);
    const gained = stagesGained(facts);
    const timed = gained
        .filter((s) => !untimed.includes(s))
        .slice(0, 10)
        .map((s) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)} ${seconds(facts.durations[s])}`);
    // Said only when it leaves stages out: the earlier checkpoint already skips those.
    const beyond = gained.length < facts.completed.length
        ? ` more than the checkpoint before '${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.since.stage)}' does`
        : '';
    const skips = `a resume from it skips ${seconds(skipMs)} of work${beyond}${timed.length ? ` (${timed.join(', ')})` : ''}`;
    if (when === 'always')
        return { take: true, skipMs, line: `${head} taken: checkpoint.when is 'always'.` };
    if (facts.completed.length === 0)
        return {
            take: false,
            skipMs,
            line: `${head} skipped: no stage completed before it, so a resume from it would skip no work.`,
        };
    if (untimed.length > 0)
        return {
            take: true,
            skipMs,
            line: `${head} taken: stage(s) ${untimed
                .slice(0, 10)
                .map((s) => `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(s)}'`)
                .join(', ')} not timed, so whether it pays cannot be told; ${skips}.`,
        };
    if (!facts.cost || (facts.cost.from === 'estimate' && facts.cost.size.unknown))
        return {
            take: true,
            skipMs,
            line: `${head} taken: its cost is not known${facts.cost?.from === 'estimate' ? ` (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(facts.cost.size.unknown)})` : ''}; ${skips}.`,
        };
    const ratio = skipMs / Math.max(1, facts.cost.ms);
    if (facts.cost.from === 'estimate' && facts.cost.size.capped && ratio >= PAYS_FACTOR)
        return {
            take: true,
            skipMs,
            line: `${head} taken: ${skips}, and its cost is ${describeCost(facts.cost)}; the walk stops at ${facts.cost.size.files} files, so whether it pays cannot be told.`,
        };
    const take = ratio >= PAYS_FACTOR;
    const verdict = `${take ? 'taken' : 'skipped'}: ${skips}, ${ratio.toFixed(1)}x its cost of ${describeCost(facts.cost)}; taken from ${PAYS_FACTOR}x (checkpoint.when: always takes every one)`;
    return { take, skipMs, line: `${head} ${verdict}.` };
}


/***/ }),

/***/ 47091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ parseStickyBody),
/* harmony export */   PX: () => (/* binding */ isOwnStickyComment),
/* harmony export */   Sj: () => (/* binding */ renderStickyBody),
/* harmony export */   X0: () => (/* binding */ mergeSections),
/* harmony export */   Zl: () => (/* binding */ isStickyComment),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   f$: () => (/* binding */ encodeJobKey),
/* harmony export */   f5: () => (/* binding */ renderCommentSection)
/* harmony export */ });
/* unused harmony exports STICKY_MARKER, mergeSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(327);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63247);
/* harmony import */ var _time_saved_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75419);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64143);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73054);
/**
 * The sticky PR comment: one comment per PR, found by a hidden marker, with one section per job delimited
 * by hidden markers so every job of a run (and the supervisor) updates only its own part. Pure.
 */







const STICKY_MARKER = '<!-- ci-recovery:sticky -->';
const TITLE = '### ci-recovery';
/** Is this comment body ours? (The marker starts the body; a quote of it in a reply does not count.) */
function isStickyComment(body) {
    return typeof body === 'string' && body.trimStart().startsWith(STICKY_MARKER);
}
/** The identity GitHub writes GITHUB_TOKEN's comments under: the default when no other is known. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * Is this comment our sticky comment? The marker alone is not enough: anyone may post a comment that
 * starts with it (forged sections, links, mentions). Only a comment written by the token's own identity
 * is ours; a bot's login (`<slug>[bot]`) counts only on an account of type Bot.
 */
function isOwnStickyComment(comment, self) {
    const author = comment.user;
    if (!isStickyComment(comment.body) || !author?.login)
        return false;
    if (author.login.toLowerCase() !== self.login.toLowerCase())
        return false;
    return !self.login.endsWith('[bot]') || author.type === 'Bot';
}
/** Keys longer than this (in characters) are kept as their start and a digest of the whole. */
const MAX_KEY_CHARS = 100;
const KEPT_KEY_CHARS = 80;
/**
 * A key of at most MAX_KEY_CHARS characters that still tells apart every job: two matrix legs whose names
 * share their first 100 characters (long matrix values) would otherwise write one section, each erasing
 * the other's report. A long key keeps its start, readable, and a digest of the whole.
 */
function boundedKey(key) {
    const chars = [...key];
    if (chars.length <= MAX_KEY_CHARS)
        return key;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
    return `${chars.slice(0, KEPT_KEY_CHARS).join('')}.${digest}`;
}
/**
 * A job key made safe inside an HTML comment and unambiguous: characters outside `[A-Za-z0-9_./-]` are
 * percent-encoded (so is `%`), `--` (which would end the comment) is broken up, and a long key is
 * bounded without losing what tells it apart (boundedKey).
 */
function encodeJobKey(key) {
    // Bounded by characters before encoding, so an encoded key never ends inside a percent sequence.
    const encoded = [...boundedKey(key)]
        .map((ch) => /^[A-Za-z0-9_./-]$/.test(ch)
        ? ch
        : [...Buffer.from(ch, 'utf8')]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''))
        .join('');
    return encoded.replace(/--/g, '-%2D') || '_';
}
function decodeJobKey(encoded) {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        // not percent-encoded after all: shown as it is
        return encoded;
    }
}
const openMarker = (s) => `<!-- ci-recovery:job:${encodeJobKey(s.key)}${s.runId !== undefined ? ` run=${s.runId}` : ''}${s.attempt !== undefined ? ` attempt=${s.attempt}` : ''} -->`;
const closeMarker = (s) => `<!-- /ci-recovery:job:${encodeJobKey(s.key)} -->`;
const SECTION_RE = /<!-- ci-recovery:job:([A-Za-z0-9_./%-]+)(?: run=(\d+))?(?: attempt=(\d+))? -->\n([\s\S]*?)\n?<!-- \/ci-recovery:job:\1 -->/g;
/** The job sections of a sticky comment body, in order; anything outside them is ignored. */
function parseStickyBody(body) {
    const sections = [];
    for (const m of body.matchAll(SECTION_RE)) {
        const [, key = '', run, attempt, text = ''] = m;
        sections.push({
            key: decodeJobKey(key),
            body: text,
            ...(run !== undefined ? { runId: Number(run) } : {}),
            ...(attempt !== undefined ? { attempt: Number(attempt) } : {}),
        });
    }
    return sections;
}
/** Is `a` from a later run or attempt than `b`? Unknown versions count as newest (caller's write wins). */
function newerOrSame(a, b) {
    if (a.runId === undefined || b.runId === undefined)
        return true;
    if (a.runId !== b.runId)
        return a.runId > b.runId;
    return (a.attempt ?? 0) >= (b.attempt ?? 0);
}
/**
 * Union of section lists by key, keeping first-seen order. For a key in several lists the newest run/
 * attempt wins, and among equals the later list wins (pass lists oldest first).
 */
function mergeSections(...lists) {
    // Keyed by the encoded form: the identity the markers carry.
    const byKey = new Map();
    for (const list of lists) {
        for (const s of list) {
            const id = encodeJobKey(s.key);
            const existing = byKey.get(id);
            if (!existing || newerOrSame(s, existing))
                byKey.set(id, s);
        }
    }
    return [...byKey.values()];
}
/** Strip anything in a section body that would look like our markers. */
function neutralize(body) {
    return body.replace(/<!--\s*\/?\s*ci-recovery:/g, '&lt;!-- ci-recovery:');
}
/**
 * The full comment body: marker, title, then each section between its markers; kept under `limit`
 * characters (65,536) by cutting the longest sections first (the oldest among equals) with a note.
 */
function renderStickyBody(sections, options = {}) {
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const render = () => [
        STICKY_MARKER,
        TITLE,
        '',
        ...current.map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`),
    ].join('\n');
    const cutNote = `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: the job summary has all of it._`;
    const stubbed = new Set();
    let body = render();
    while (body.length > limit) {
        const index = pickToCut(current, stubbed);
        if (index === undefined)
            break;
        const section = current[index];
        const excess = body.length - limit;
        const target = section.body.length - excess;
        // Each section is cut once: to exactly what fits, or to the note alone when too little would remain.
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : cutNote;
        stubbed.add(index);
        body = render();
    }
    // Only possible with hundreds of jobs: drop the oldest sections whole.
    while (body.length > limit && current.length > 0) {
        current.shift();
        body = render();
    }
    return body;
}
/**
 * `n` with its thousands grouped by commas, as `toLocaleString('en-US')` writes it: by hand, because that call's
 * first use sets up ICU's number formatting, 25-50 ms of CPU in every post that writes a comment.
 */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
/** The longest section not yet reduced to a stub; among equals the oldest run/attempt, then the first. */
function pickToCut(sections, stubbed) {
    let best;
    sections.forEach((s, i) => {
        if (stubbed.has(i))
            return;
        const b = best === undefined ? undefined : sections[best];
        if (!b || s.body.length > b.body.length || (s.body.length === b.body.length && !newerOrSame(s, b)))
            best = i;
    });
    return best;
}
/** Put `section` into an existing sticky body (replacing that job's section, keeping the others). */
function mergeSection(existingBody, section, options = {}) {
    const existing = existingBody ? parseStickyBody(existingBody) : [];
    return renderStickyBody(mergeSections(existing, [section]), options);
}
/** One job's section of the sticky comment, from its report. */
function renderCommentSection(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const head = [`${icon} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const lines = [`#### ${head.join(' · ')}`, ''];
    for (const f of report.failures.slice(0, 10)) {
        const c = f.classification;
        const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSpan */ .SS)(f.step, { max: 100 })}`;
        const decision = f.decision ? `: ${f.decision.strategy}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeText */ .X1)(f.decision.reason, 300)}` : '';
        lines.push(`- ${what}${decision}`);
        if (c?.evidence)
            lines.push(`  - evidence (${(0,_types_js__WEBPACK_IMPORTED_MODULE_6__/* .evidencePlace */ .ZV)(c.evidence)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSpan */ .SS)(c.evidence.text, { max: 300 })}`);
    }
    if (report.failures.length > 10)
        lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
    if (report.tests?.tests.length)
        lines.push(...(0,_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .testsCommentLines */ .St)(report.tests));
    for (const f of (report.skipped ?? []).slice(0, 10)) {
        const type = f.classification ? `**${f.classification.type}**` : 'unclassified';
        const rule = f.decision ? ` by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSpan */ .SS)(f.decision.rule, { max: 80 })}` : '';
        lines.push(`- ${type} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeSpan */ .SS)(f.step, { max: 100 })} **skipped**${rule}: the job went on`);
    }
    if (report.failures.length === 0) {
        const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
        lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
    }
    if (report.flaky && !report.failures.every((f) => f.flakyTests))
        lines.push('- flagged **flaky**: the same commit passed after this failure before');
    const saved = (0,_time_saved_js__WEBPACK_IMPORTED_MODULE_3__/* .timeSavedNote */ .Xk)(report);
    if (saved)
        lines.push(saved);
    const links = [
        ...(report.jobUrl ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)('job summary', report.jobUrl)] : []),
        ...(report.runUrl
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .link */ .nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
            : []),
    ];
    if (links.length > 0)
        lines.push('', links.join(' · '));
    if ((report.decision ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .strongestDecision */ .uc)(report.failures))?.strategy === 'manual') {
        lines.push('', '<details><summary>Post-mortem (prefilled: needs a person)</summary>', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPostMortem */ .Rt)(report), '', '</details>');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/**
 * Markdown helpers for text that comes from logs, step names and commit messages: it must never turn into
 * markup, links, HTML or @-mentions in a job summary or a PR comment.
 */
/** Limits of the places we write to. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
// Control characters (C0 except tab/newline, DEL, C1) and bidi overrides, which can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** One line: control characters dropped, whitespace runs collapsed, cut to `max` characters with an ellipsis. */
function oneLine(text, max = 300) {
    const flat = text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
/**
 * Plain text that renders literally: HTML is entity-encoded, markdown punctuation backslash-escaped, and
 * `@` followed by a zero-width space so a log line never mentions a person or team.
 */
function escapeText(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * A fenced code block holding `text` verbatim: the fence is longer than any run of backticks inside, so a
 * value (a job name, a commit subject) cannot close it and write markup after it.
 */
function codeBlock(text, lang = '') {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/**
 * An inline code span holding `text` verbatim (a code span renders no markup, links, HTML or mentions).
 * In a table cell GitHub still splits on `|`, so `inTable` escapes it (GFM renders `\|` in a cell as `|`).
 */
function codeSpan(text, { max = 300, inTable = false } = {}) {
    let body = oneLine(text, max);
    if (body === '')
        return '';
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Mermaid labels allow no `:` `;` `#` or quotes; keep a safe readable subset. */
function mermaidLabel(text, max = 60) {
    const safe = oneLine(text, max)
        .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return safe === '' ? 'step' : safe;
}
/** `1h 2m`, `3m 04s`, `12.3s`, `850ms`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    if (h > 0)
        return `${h}h ${m}m`;
    return `${m}m ${String(s).padStart(2, '0')}s`;
}
/** A markdown link whose label is escaped; only http(s) URLs become links. */
function link(label, url) {
    const text = escapeText(label, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return text;
    return `[${text}](${url})`;
}
/**
 * Cut `markdown` so it fits `limit` (measured by `measure`), at a line boundary, closing a code fence or
 * a `<details>` block the cut left open, and ending with `note`. Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, limit, note, measure = (s) => s.length) {
    if (measure(markdown) <= limit)
        return markdown;
    const tail = `\n\n${note}\n`;
    const lines = markdown.split('\n');
    // Binary search on the number of whole lines kept; closers are part of the measured text.
    let lo = 0;
    let hi = lines.length;
    const build = (n) => {
        const kept = lines.slice(0, n);
        return kept.join('\n') + closers(kept) + tail;
    };
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(build(mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const out = build(lo);
    if (measure(out) > limit) {
        // Even the note alone does not fit: hard cut (should only happen with absurd limits).
        return sliceToFit(note, limit, measure);
    }
    // A very long next line (rare: our lines are short) is kept in part rather than dropped whole; the
    // blank line before the note ends its paragraph, so a cut code span cannot run on.
    const next = lines[lo];
    if (next === undefined || limit - measure(out) < 200)
        return out;
    const chars = [...next];
    const partial = (n) => {
        const kept = [...lines.slice(0, lo), `${chars.slice(0, n).join('')}…`];
        return kept.join('\n') + closers(kept) + tail;
    };
    let a = 0;
    let b = chars.length;
    while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if (measure(partial(mid)) <= limit)
            a = mid;
        else
            b = mid - 1;
    }
    return a > 0 ? partial(a) : out;
}
/** What a cut at the end of `lines` must append to leave no open fence or details block. */
function closers(lines) {
    let inFence = false;
    let fence = '';
    let openDetails = 0;
    for (const line of lines) {
        const m = /^\s*(`{3,}|~{3,})/.exec(line);
        if (m?.[1]) {
            if (!inFence) {
                inFence = true;
                fence = m[1];
            }
            else if (m[1].startsWith(fence)) {
                inFence = false;
            }
            continue;
        }
        if (inFence)
            continue;
        openDetails += (line.match(/<details>/g) ?? []).length;
        openDetails -= (line.match(/<\/details>/g) ?? []).length;
    }
    let out = '';
    if (inFence)
        out += `\n${fence}`;
    for (let i = 0; i < Math.max(0, openDetails); i++)
        out += '\n\n</details>';
    return out;
}
function sliceToFit(text, limit, measure) {
    let chars = [...text];
    while (chars.length > 0 && measure(chars.join('')) > limit)
        chars = chars.slice(0, Math.floor(chars.length * 0.9));
    return chars.join('');
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ stagesFromRecords),
/* harmony export */   eG: () => (/* binding */ timeSpent),
/* harmony export */   jU: () => (/* binding */ timeSaved),
/* harmony export */   uc: () => (/* binding */ strongestDecision)
/* harmony export */ });
/* harmony import */ var _skip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75772);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42363);


const ms = (iso) => {
    if (!iso)
        return undefined;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? undefined : t;
};
/**
 * Stage views from the action's own records, in start order. Stages completed by an earlier attempt are
 * `resumed` (their record says skipped and the stage is in `completedStages`); `previousDurations` gives
 * how long they took then (stage -> ms; from the checkpoint manifests or the previous plan).
 */
function stagesFromRecords(records, completedStages = [], previousDurations = {}) {
    const done = new Set(completedStages);
    return [...records]
        .sort((a, b) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0))
        .map((r) => {
        const start = ms(r.startedAt);
        const end = ms(r.completedAt);
        const resumed = r.outcome === 'skipped' && r.stage !== undefined && done.has(r.stage);
        const previous = r.stage !== undefined ? previousDurations[r.stage] : undefined;
        return {
            name: r.stage || r.step,
            kind: r.kind,
            outcome: r.outcome,
            ...(r.startedAt ? { startedAt: r.startedAt } : {}),
            ...(start !== undefined && end !== undefined && end >= start ? { durationMs: end - start } : {}),
            attempts: r.attempts.map((a) => ({
                attempt: a.attempt,
                startedAt: a.startedAt,
                durationMs: a.durationMs,
                ...(a.exitCode !== undefined ? { exitCode: a.exitCode } : {}),
                ...(a.signal ? { signal: a.signal } : {}),
                ...(a.timedOut ? { timedOut: true } : {}),
                ...(a.classification ? { failureType: a.classification.type } : {}),
            })),
            ...(resumed ? { resumed: true } : {}),
            ...(resumed && previous !== undefined ? { previousDurationMs: previous } : {}),
            ...(r.checkpointId ? { checkpointId: r.checkpointId } : {}),
            ...checkpointCost(r),
            ...flakyCount(r),
            ...((0,_skip_js__WEBPACK_IMPORTED_MODULE_1__/* .isSkippedFailure */ .F9)(r) ? { policySkipped: true } : {}),
        };
    });
}
/** A record's checkpoint cost, when it is a number a step could have written. */
function checkpointCost(r) {
    const count = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (!r.checkpointId || !count(r.checkpointMs))
        return {};
    return {
        checkpointMs: r.checkpointMs,
        ...(count(r.checkpointBytes) ? { checkpointBytes: r.checkpointBytes } : {}),
    };
}
function flakyCount(r) {
    const n = (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_0__/* .testOutcomesOf */ .Tr)(r.tests).filter((o) => o.outcome === 'flaky' && !o.quarantined).length;
    return n > 0 ? { flakyTests: n } : {};
}
/**
 * Time the job did not spend thanks to recovery:
 * - a stage skipped by resume saves what it took when it last ran;
 * - a stage that passed after in-step retries saves the job re-run it would otherwise have needed: every
 *   stage before it would run again (estimated as the time from job start to the stage's start);
 * - so does a stage that passed because its flaky tests passed on a re-run of themselves alone.
 */
function timeSaved(report) {
    const saved = [];
    const jobStart = ms(report.startedAt) ?? Math.min(...report.stages.map((s) => ms(s.startedAt) ?? Infinity));
    for (const stage of report.stages) {
        if (stage.resumed && stage.previousDurationMs !== undefined && stage.previousDurationMs > 0) {
            saved.push({ what: `resume skipped stage ${stage.name}`, ms: stage.previousDurationMs, how: 'resume' });
        }
        const testsRetried = stage.attempts.length === 1 && (stage.flakyTests ?? 0) > 0;
        if (stage.outcome === 'success' && testsRetried && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart)
                saved.push({
                    // The step's own re-run it also spared is not counted: the records carry no per-test durations.
                    what: `test-level retry of ${stage.flakyTests} flaky test(s) in ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-tests',
                });
        }
        if (stage.outcome === 'success' && stage.attempts.length > 1 && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart) {
                saved.push({
                    what: `in-step retry of ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-in-step',
                });
            }
        }
    }
    return saved;
}
/** Wall time of the job so far, and the part of it spent in failed attempts (lost to failures). */
function timeSpent(report) {
    const start = ms(report.startedAt);
    const end = ms(report.finishedAt);
    let failedAttemptsMs = 0;
    for (const stage of report.stages) {
        stage.attempts.forEach((a, i) => {
            const isLastOfSuccess = stage.outcome === 'success' && i === stage.attempts.length - 1;
            if (!isLastOfSuccess)
                failedAttemptsMs += Math.max(0, a.durationMs);
        });
    }
    return {
        ...(start !== undefined && end !== undefined && end >= start ? { totalMs: end - start } : {}),
        failedAttemptsMs,
    };
}
const STRATEGY_WEIGHT = { skip: 0, retry: 1, resume: 2, rollback: 3, manual: 4 };
/** The decision that speaks for the whole job: the one that needs the most from people. */
function strongestDecision(failures) {
    let best;
    for (const f of failures) {
        if (f.decision && (!best || STRATEGY_WEIGHT[f.decision.strategy] > STRATEGY_WEIGHT[best.strategy]))
            best = f.decision;
    }
    return best;
}


/***/ }),

/***/ 64143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rt: () => (/* binding */ renderPostMortem),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_LINE_END_BYTES

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var report_markdown = __webpack_require__(34201);
// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(327);
// EXTERNAL MODULE: ./src/core/report/tests.ts
var tests = __webpack_require__(63247);
// EXTERNAL MODULE: ./src/core/report/time-saved.ts
var time_saved = __webpack_require__(75419);
;// CONCATENATED MODULE: ./src/core/report/timeline.ts
/** A Mermaid gantt chart of the job's attempts: one section per stage, one bar per attempt. */

const MAX_BARS = 60;
/**
 * The fenced ```mermaid block, or '' when there is nothing timed to show. Times are epoch milliseconds
 * (`dateFormat x`); a failed attempt is `crit`, a passed one `done`, a stage resumed from an earlier
 * attempt a milestone.
 */
function renderTimeline(stages, title = 'Attempts') {
    const lines = [];
    let bars = 0;
    let omitted = 0;
    for (const stage of stages) {
        const section = [];
        if (stage.resumed) {
            const at = Date.parse(stage.startedAt ?? '');
            if (!Number.isNaN(at))
                section.push(`    resumed from an earlier attempt :milestone, ${at}, ${at + 1}`);
        }
        stage.attempts.forEach((a, i) => {
            const start = Date.parse(a.startedAt);
            if (Number.isNaN(start))
                return;
            const failed = !(stage.outcome === 'success' && i === stage.attempts.length - 1);
            const why = failed
                ? a.timedOut
                    ? 'timeout'
                    : (a.failureType ?? (a.exitCode !== undefined ? `exit ${a.exitCode}` : 'failed'))
                : 'ok';
            const end = start + Math.max(1, Math.round(a.durationMs));
            section.push(`    attempt ${a.attempt} ${(0,report_markdown/* mermaidLabel */._b)(why, 30)} :${failed ? 'crit' : 'done'}, ${start}, ${end}`);
        });
        if (section.length === 0)
            continue;
        if (bars + section.length > MAX_BARS) {
            omitted += section.length;
            continue;
        }
        bars += section.length;
        lines.push(`    section ${(0,report_markdown/* mermaidLabel */._b)(stage.name)}`, ...section);
    }
    if (bars === 0)
        return '';
    const head = [
        '```mermaid',
        'gantt',
        `    title ${(0,report_markdown/* mermaidLabel */._b)(title)}`,
        '    dateFormat x',
        '    axisFormat %H:%M:%S',
    ];
    const out = [...head, ...lines, '```'];
    if (omitted > 0)
        out.push('', `_${omitted} more attempts not drawn._`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY) and the manual post-mortem. Everything derived from logs, step
 * names, branches or commits goes through the escaping helpers; `warnings` are ci-recovery's own markdown.
 */






const OUTCOME_ICON = { success: '✅', failure: '❌', skipped: '⏭️' };
/** The most bytes the line end after a summary takes (CRLF). */
const SUMMARY_LINE_END_BYTES = 2;
/** The job summary markdown, under `limitBytes` with its line end (cut with a note when it would not fit). */
function renderSummary(report, options = {}) {
    const limit = options.limitBytes ?? report_markdown/* STEP_SUMMARY_LIMIT_BYTES */.Wm;
    const parts = [heading(report), contextLines(report)];
    if (report.warnings.length > 0)
        parts.push(warningsBlock(report.warnings));
    const decision = report.decision ?? (0,model/* strongestDecision */.uc)(report.failures);
    if (decision) {
        parts.push(`### Decision\n\n**${decision.strategy}** (rule ${(0,report_markdown/* codeSpan */.SS)(decision.rule, { max: 80 })}): ${(0,report_markdown/* escapeText */.X1)(decision.reason, 500)}` +
            flakyNote(report));
    }
    if (report.failures.length > 0)
        parts.push(`### Failures\n\n${failuresTable(report.failures)}\n\n${evidenceLines(report.failures)}`);
    if (report.skipped?.length)
        parts.push(skippedBlock(report.skipped));
    if (report.tests?.tests.length)
        parts.push((0,tests/* renderTestsBlock */.RB)(report.tests));
    if (report.stages.length > 0)
        parts.push(`### Stages\n\n${stagesTable(report.stages)}`);
    parts.push(timeBlock(report));
    const timeline = renderTimeline(report.stages, `${report.job} attempt ${report.attempt}`);
    if (timeline)
        parts.push(`### Timeline\n\n${timeline}`);
    if (decision?.strategy === 'manual')
        parts.push(renderPostMortem(report));
    const markdown = `${parts.join('\n\n')}\n`;
    const note = `> [!NOTE]\n> This summary was cut to fit GitHub's ${formatBytes(limit)} step summary limit${report.jobUrl ? `; the job log has the rest: ${(0,report_markdown/* link */.nf)('job log', report.jobUrl)}` : ''}.`;
    // Room for the line end the runner adapter appends (`appendSummary`, up to 2 bytes on Windows): the file
    // must stay within the limit, not just this text.
    return (0,report_markdown/* truncateMarkdown */.o4)(markdown, limit - SUMMARY_LINE_END_BYTES, note, report_markdown/* utf8Bytes */.dy);
}
function flakyNote(report) {
    if (report.failures.length > 0 && report.failures.every((f) => f.flakyTests))
        return '\n\nThis failure is **flaky**: every failed test is known flaky from the test history (see Tests).';
    return report.flaky
        ? '\n\nThis failure is **flaky**: the same commit passed after it before (ledger).'
        : '';
}
function heading(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const recovered = report.conclusion === 'success' &&
        report.stages.some((s) => s.attempts.length > 1 || s.resumed || (s.flakyTests ?? 0) > 0);
    const state = report.conclusion === 'success'
        ? recovered
            ? 'recovered'
            : report.skipped?.length
                ? 'passed, with skipped failures'
                : 'passed'
        : report.conclusion === 'cancelled'
            ? 'cancelled'
            : 'failed';
    return `## ${icon} ci-recovery: ${(0,report_markdown/* escapeText */.X1)(report.job, 120)} ${state} (attempt ${report.attempt})`;
}
function contextLines(report) {
    const lines = [];
    if (report.lane)
        lines.push(`**Lane:** ${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 300)}`);
    const where = [];
    if (report.runId !== undefined)
        where.push((0,report_markdown/* link */.nf)(`run ${report.runId}, attempt ${report.attempt}`, report.runUrl));
    if (report.jobUrl)
        where.push((0,report_markdown/* link */.nf)('job log', report.jobUrl));
    if (report.sha)
        where.push(`commit ${(0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12))}`);
    if (report.branch)
        where.push(`branch ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}`);
    if (report.prNumber !== undefined)
        where.push(`PR #${report.prNumber}`);
    if (where.length > 0)
        lines.push(`**Run:** ${where.join(' · ')}`);
    return lines.join('  \n');
}
/**
 * Warnings are sentences of ours that name steps, stages and files (a pull request names those): they are
 * plain text, escaped like any other, never markup.
 */
function warningsBlock(warnings) {
    return ['> [!WARNING]', ...warnings.map((w) => `> ${(0,report_markdown/* escapeText */.X1)(w, 1000)}`)].join('\n');
}
function failuresTable(failures) {
    const rows = failures.map((f) => {
        const c = f.classification;
        const step = (0,report_markdown/* codeSpan */.SS)(f.stage && f.stage !== f.step ? `${f.step} [${f.stage}]` : f.step, {
            inTable: true,
            max: 120,
        });
        const exit = f.signal
            ? `signal ${(0,report_markdown/* escapeText */.X1)(f.signal, 20)}`
            : f.exitCode !== undefined
                ? `exit ${f.exitCode}`
                : f.conclusion && f.conclusion !== 'failure'
                    ? f.conclusion
                    : '';
        const decision = f.decision
            ? `${f.decision.strategy} (${(0,report_markdown/* codeSpan */.SS)(f.decision.rule, { inTable: true, max: 60 })})`
            : '–';
        return `| ${step} | ${c ? `**${c.type}**` : 'not classified'} | ${c?.confidence ?? '–'} | ${c ? (0,report_markdown/* codeSpan */.SS)(c.rule, { inTable: true, max: 60 }) : '–'} | ${f.attempts ?? '–'} | ${exit || '–'} | ${decision} |`;
    });
    return [
        '| Step | Type | Confidence | Rule | Attempts | Exit | Decision |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The decisive line of each failure, verbatim in a code span (never markup). */
function evidenceLines(failures) {
    const lines = failures.map((f) => {
        const e = f.classification?.evidence;
        const name = (0,report_markdown/* codeSpan */.SS)(f.step, { max: 80 });
        if (!e || e.text.trim() === '')
            return `- ${name}: no decisive line found`;
        return `- ${name}, evidence (${(0,types/* evidencePlace */.ZV)(e)}): ${(0,report_markdown/* codeSpan */.SS)(e.text, { max: 400 })}`;
    });
    return `**Evidence**\n\n${lines.join('\n')}`;
}
/** Failures a policy rule let pass: the job went on and may be green, but nothing is hidden. */
function skippedBlock(skipped) {
    return ('### Skipped failures\n\n' +
        'A policy rule (`strategy: skip`) let these failures pass: their steps ended with a warning and the job went on.\n\n' +
        `${failuresTable(skipped)}\n\n${evidenceLines(skipped)}`);
}
function stagesTable(stages) {
    const rows = stages.map((s) => {
        const outcome = s.resumed
            ? `${OUTCOME_ICON.skipped} resumed${s.previousDurationMs !== undefined ? ` (took ${(0,report_markdown/* formatDuration */.a3)(s.previousDurationMs)} before)` : ''}`
            : s.policySkipped
                ? `${OUTCOME_ICON.skipped} failed, skipped by policy`
                : `${OUTCOME_ICON[s.outcome]} ${s.outcome}`;
        const failedTypes = [
            ...new Set(s.attempts.map((a) => (a.timedOut ? 'timeout' : a.failureType)).filter((t) => t !== undefined)),
        ];
        const attempts = s.attempts.length === 0
            ? '0'
            : `${s.attempts.length}${failedTypes.length > 0 ? ` (${failedTypes.join(', ')})` : ''}`;
        return `| ${(0,report_markdown/* codeSpan */.SS)(s.name, { inTable: true, max: 80 })} | ${s.kind} | ${outcome} | ${attempts} | ${s.durationMs !== undefined ? (0,report_markdown/* formatDuration */.a3)(s.durationMs) : '–'} |`;
    });
    return ['| Stage | Kind | Outcome | Attempts | Duration |', '|---|---|---|---|---|', ...rows].join('\n');
}
function timeBlock(report) {
    const spent = (0,model/* timeSpent */.eG)(report);
    const lines = [];
    if (spent.totalMs !== undefined) {
        // Counted from ci-recovery's step (the jobs API gave no start of the job), it must not read as the job's.
        const since = report.startedFrom === 'step'
            ? "since ci-recovery's step began in this job attempt (the job's own start was not read from the jobs API: the steps before it are not counted)"
            : 'in this job attempt';
        lines.push(`- Spent: ${(0,report_markdown/* formatDuration */.a3)(spent.totalMs)} ${since}, ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)} of it in failed attempts.`);
    }
    else {
        lines.push(`- Spent in failed attempts: ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)}.`);
    }
    lines.push(...(0,time_saved/* timeSavedLines */.qD)(report));
    lines.push(...(0,time_saved/* checkpointLines */.mt)(report));
    return `### Time\n\n${lines.join('\n')}`;
}
function formatBytes(n) {
    return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
/**
 * The post-mortem for a failure ci-recovery hands to a person (strategy `manual`): what is known,
 * prefilled, and blanks for what only a person can say.
 */
function renderPostMortem(report) {
    const failure = report.failures.find((f) => f.decision?.strategy === 'manual') ?? report.failures[0];
    const lines = ['### Post-mortem (needs a person)', ''];
    if (failure) {
        const c = failure.classification;
        const what = [`step ${(0,report_markdown/* codeSpan */.SS)(failure.step, { max: 120 })}`];
        if (failure.stage && failure.stage !== failure.step)
            what.push(`stage ${(0,report_markdown/* codeSpan */.SS)(failure.stage, { max: 80 })}`);
        if (failure.exitCode !== undefined)
            what.push(`exit code ${failure.exitCode}`);
        if (failure.signal)
            what.push(`signal ${(0,report_markdown/* escapeText */.X1)(failure.signal, 20)}`);
        lines.push(`- **What failed:** ${what.join(', ')}`);
        lines.push(`- **Failure type:** ${c ? `${c.type} (${c.confidence} confidence, rule ${(0,report_markdown/* codeSpan */.SS)(c.rule, { max: 80 })})` : 'not classified'}`);
        lines.push(`- **Evidence:** ${c?.evidence ? `${(0,types/* evidencePlace */.ZV)(c.evidence)}: ${(0,report_markdown/* codeSpan */.SS)(c.evidence.text, { max: 400 })}` : 'no decisive line found'}`);
        if (failure.decision) {
            lines.push(`- **Why a person:** ${(0,report_markdown/* escapeText */.X1)(failure.decision.reason, 400)} (rule ${(0,report_markdown/* codeSpan */.SS)(failure.decision.rule, { max: 80 })})`);
        }
    }
    else {
        lines.push('- **What failed:** no failed step was identified');
    }
    lines.push(`- **Lane:** ${report.lane ? `${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 200)}` : 'unknown'}`);
    const inStep = failure?.attempts !== undefined ? `, ${failure.attempts} in-step attempt(s) of the failing step` : '';
    lines.push(`- **Attempts:** job attempt ${report.attempt}${report.runId !== undefined ? ` of run ${report.runId}` : ''}${inStep}`);
    lines.push(`- **Commit:** ${report.sha ? (0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12)) : 'unknown'}${report.branch ? ` on ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}` : ''}` +
        `; last good commit: ${report.lastGoodSha ? (0,report_markdown/* codeSpan */.SS)(report.lastGoodSha.slice(0, 12)) : 'unknown'}`);
    const links = Object.entries({
        ...(report.runUrl ? { run: report.runUrl } : {}),
        ...(report.jobUrl ? { 'job log': report.jobUrl } : {}),
        ...(failure?.url ? { step: failure.url } : {}),
        ...(report.links ?? {}),
    }).map(([name, url]) => (0,report_markdown/* link */.nf)(name, url));
    if (links.length > 0)
        lines.push(`- **Links:** ${links.join(' · ')}`);
    lines.push('', '| To fill in | Answer |', '|---|---|', '| Root cause | _ |', '| Caused by this change? (yes / no / unsure) | _ |', '| Fix or follow-up (link) | _ |', '| Owner | _ |', '| Should ci-recovery have decided otherwise? | _ |');
    return lines.join('\n');
}


/***/ }),

/***/ 63247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ renderTestsBlock),
/* harmony export */   St: () => (/* binding */ testsCommentLines),
/* harmony export */   VM: () => (/* binding */ testViews)
/* harmony export */ });
/* unused harmony exports MAX_TEST_VIEWS, historyWords */
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36630);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42363);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71018);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34201);




/** Tests shown at most (the rest are counted). */
const MAX_TEST_VIEWS = 50;
/** The failed and flaky tests of the job's `run/` steps, failed first; `more` counts those left out. */
function testViews(records, history) {
    const all = [];
    for (const r of records) {
        if (r.kind !== 'run')
            continue;
        for (const o of (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_0__/* .testOutcomesOf */ .Tr)(r.tests)) {
            if (o.outcome === 'passed')
                continue;
            const key = (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .testKey */ .S)(o.id);
            const known = history ? (0,_test_history_js__WEBPACK_IMPORTED_MODULE_1__/* .knowledgeOf */ .a$)(history, key) : undefined;
            const window = history?.tests.find((t) => t.key === key)?.observations.length;
            all.push({
                key,
                step: r.stage ?? r.step,
                outcome: o.outcome,
                retries: o.retries,
                ...(o.changed ? { changed: true } : {}),
                ...(o.quarantined ? { quarantined: true } : {}),
                ...(o.arrival ? { arrival: true } : {}),
                ...(known ? { known } : {}),
                ...(window ? { window } : {}),
            });
        }
    }
    const rank = (t) => (t.outcome === 'failed' && !t.quarantined ? 0 : 1);
    const sorted = all.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);
    return {
        tests: sorted.slice(0, MAX_TEST_VIEWS).map((x) => x.t),
        more: Math.max(0, all.length - MAX_TEST_VIEWS),
    };
}
const day = (iso) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeText */ .X1)(iso.slice(0, 10), 10);
/** What the history knew, in words (escaped markdown). */
function historyWords(t) {
    if (t.changed)
        return 'changed by this change: never retried as flaky';
    const k = t.known;
    if (!k)
        return 'new to the history';
    if (k.broken)
        return 'broken: failed on every run over more than one commit';
    const flips = `flipped ${k.flips} time${k.flips === 1 ? '' : 's'}${t.window ? ` in its last ${t.window} run(s)` : ''}`;
    // Outcomes that changed with the commit: the code moved, not a flake (never retried or quarantined as one).
    if (k.unstable)
        return `unstable across commits, not flaky (${flips}, never on one commit)`;
    if (!k.flaky)
        return `seen before, not flaky (${flips})`;
    const seen = k.firstSeen && k.lastSeen ? `, first seen ${day(k.firstSeen)}, last seen ${day(k.lastSeen)}` : '';
    const flakes = k.flakes ? `, ${k.flakes} same-commit flake${k.flakes === 1 ? '' : 's'}` : '';
    return `**flaky**: ${flips}${flakes}${seen}`;
}
function outcomeWords(t) {
    // Early flake detection: failed and passed in the repeats of the change's own tests.
    if (t.arrival)
        return `**flaky on arrival** (failed and passed in repeats of the change's tests)${t.outcome === 'failed' ? ', failed' : ''}`;
    if (t.quarantined)
        return `${t.outcome === 'flaky' ? 'flaky' : 'failed'}, quarantined (did not fail the step)`;
    if (t.outcome === 'flaky')
        return `retried and passed (${t.retries} re-run${t.retries === 1 ? '' : 's'})`;
    return t.retries > 0 ? `failed, ${t.retries} re-run${t.retries === 1 ? '' : 's'} failed too` : 'failed';
}
/** The summary's Tests section. */
function renderTestsBlock(views) {
    const rows = views.tests.map((t) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(t.key, { inTable: true, max: 200 })} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(t.step, { inTable: true, max: 60 })} | ${outcomeWords(t)} | ${historyWords(t)} |`);
    const more = views.more > 0 ? `\n\nAnd ${views.more} more (the job log has them all).` : '';
    return (['### Tests', '', '| Test | Step | Outcome | History |', '|---|---|---|---|', ...rows].join('\n') + more);
}
/** The sticky comment's lines: failed tests, those retried and passed, and the known flakes, at most 10. */
function testsCommentLines(views) {
    const shown = views.tests.slice(0, 10);
    const lines = shown.map((t) => `- test ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(t.key, { max: 150 })}: ${outcomeWords(t)}; ${historyWords(t)}`);
    const rest = views.tests.length - shown.length + views.more;
    if (rest > 0)
        lines.push(`- and ${rest} more test(s) (see the job summary)`);
    return lines;
}


/***/ }),

/***/ 75419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ renderResumeOutlook),
/* harmony export */   Xk: () => (/* binding */ timeSavedNote),
/* harmony export */   mt: () => (/* binding */ checkpointLines),
/* harmony export */   qD: () => (/* binding */ timeSavedLines),
/* harmony export */   rL: () => (/* binding */ resumeOutlook)
/* harmony export */ });
/* unused harmony exports spentWhole, savedOverview */
/* harmony import */ var _checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72133);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(327);



/** What a share of the spent time is of: the job, or (its start unknown) the time since ci-recovery's step. */
function spentWhole(report) {
    return report.startedFrom === 'step' ? "the time since ci-recovery's step began" : 'the job';
}
function savedOverview(report) {
    const items = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .timeSaved */ .jU)(report);
    const totalMs = items.reduce((sum, s) => sum + s.ms, 0);
    const spentMs = (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .timeSpent */ .eG)(report).totalMs;
    const unmeasured = report.stages
        .filter((s) => s.resumed && (s.previousDurationMs === undefined || s.previousDurationMs <= 0))
        .map((s) => s.name);
    return {
        items,
        totalMs,
        ...(spentMs !== undefined ? { spentMs } : {}),
        ...(spentMs !== undefined && totalMs > 0 ? { share: totalMs / (totalMs + spentMs) } : {}),
        unmeasured,
    };
}
const percent = (share) => `${Math.round(share * 100)}%`;
/** The "Saved" lines of the summary's Time block (markdown list items). */
function timeSavedLines(report) {
    const o = savedOverview(report);
    const lines = [];
    if (o.items.length === 0 && o.unmeasured.length === 0) {
        return ['- Saved: nothing this time (no stage was resumed or recovered in-step).'];
    }
    if (o.items.length > 0) {
        const of = o.share !== undefined && o.spentMs !== undefined
            ? `, ${percent(o.share)} of ${spentWhole(report)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.totalMs + o.spentMs)} without recovery, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.spentMs)} with it)`
            : '';
        lines.push(`- Saved: about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.totalMs)}**${of}`);
        for (const s of o.items) {
            const source = s.how === 'resume' ? ' (its duration in the earlier attempt)' : '';
            lines.push(`  - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(s.what, 200)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.ms)}${source}`);
        }
    }
    if (o.unmeasured.length > 0) {
        const names = o.unmeasured.slice(0, 20).map((n) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(n, { max: 80 }));
        lines.push(`- ${o.items.length > 0 ? 'Also resumed' : 'Saved: resumed'} ${names.join(', ')}, not counted: the checkpoint did not record how long ${o.unmeasured.length > 1 ? 'they' : 'it'} took in the earlier attempt.`);
    }
    return lines;
}
/**
 * What the checkpoints cost and what they saved, for the summary of a resumed job: the checkpoint it
 * resumed from (what its save took and its archive's bytes, from its manifest) and this attempt's own
 * (what each step waited on one, and its bytes), against the stages the resume skipped with the seconds
 * they took when they ran. Nothing for a job that resumed nothing.
 */
function checkpointLines(report) {
    const resumed = report.stages.filter((s) => s.resumed);
    const from = report.resumedCheckpoint;
    if (!from && resumed.length === 0)
        return [];
    const taken = report.stages.filter((s) => s.checkpointMs !== undefined);
    const costMs = (from?.ms ?? 0) + taken.reduce((sum, s) => sum + s.checkpointMs, 0);
    const bytes = (from?.bytes ?? 0) + taken.reduce((sum, s) => sum + (s.checkpointBytes ?? 0), 0);
    const parts = [
        ...(from
            ? [
                `the one resumed from (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(from.id, { max: 120 })}) took ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(from.ms)} to save, ${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(from.bytes)}`,
            ]
            : []),
        ...(taken.length > 0
            ? [
                `this attempt's ${taken
                    .slice(0, 20)
                    .map((s) => `before ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s.name, { max: 80 })} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.checkpointMs)}${s.checkpointBytes !== undefined ? `, ${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(s.checkpointBytes)}` : ''}`)
                    .join('; ')}`,
            ]
            : []),
    ];
    const lines = [
        `- Checkpoints cost about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(costMs)}** and **${(0,_checkpoint_pays_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}**${parts.length ? `: ${parts.join('; ')}` : ''}.`,
    ];
    const timed = resumed.filter((s) => (s.previousDurationMs ?? 0) > 0);
    const savedMs = timed.reduce((sum, s) => sum + s.previousDurationMs, 0);
    const stages = resumed
        .slice(0, 20)
        .map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s.name, { max: 80 })} (${(s.previousDurationMs ?? 0) > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.previousDurationMs) : 'not timed'})`);
    lines.push(resumed.length > 0
        ? `- Checkpoints saved about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(savedMs)}**: the resume skipped ${stages.join(', ')}, as long as they took when they ran${costMs > 0 && savedMs > 0 ? ` (${(savedMs / costMs).toFixed(1)}x what the checkpoints cost)` : ''}.`
        : '- Checkpoints saved nothing: no stage was skipped (their files were gone, or the resumed stages ran again).');
    return lines;
}
/** One line for the sticky comment, or undefined when nothing measurable was saved. */
function timeSavedNote(report) {
    const o = savedOverview(report);
    if (o.totalMs <= 0)
        return undefined;
    const resumed = o.items.filter((s) => s.how === 'resume').length;
    const tests = o.items.filter((s) => s.how === 'retry-tests').length;
    const retried = o.items.length - resumed - tests;
    const how = [
        ...(resumed > 0 ? [`${resumed} stage(s) skipped by resume`] : []),
        ...(retried > 0 ? [`${retried} in-step retr${retried > 1 ? 'ies' : 'y'}`] : []),
        ...(tests > 0 ? [`flaky tests retried alone in ${tests} step(s)`] : []),
    ].join(', ');
    return `- time saved: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.totalMs)}${o.share !== undefined ? ` (${percent(o.share)} of ${spentWhole(report)})` : ''}: ${how}`;
}
function resumeOutlook(plan) {
    const names = plan.resumableStages ?? [];
    if (names.length === 0)
        return undefined;
    const durations = plan.stageDurations ?? {};
    const stages = names.map((name) => Object.hasOwn(durations, name) ? { name, ms: durations[name] } : { name });
    const ms = stages.reduce((sum, s) => sum + (s.ms ?? 0), 0);
    const share = plan.jobMs !== undefined && plan.jobMs > 0 ? Math.min(1, ms / plan.jobMs) : undefined;
    return {
        stages,
        ms,
        ...(plan.jobMs !== undefined ? { jobMs: plan.jobMs } : {}),
        ...(share !== undefined && ms > 0 ? { share } : {}),
    };
}
/** One markdown line: what the re-run of `job` skips. */
function renderResumeOutlook(job, o) {
    const stages = o.stages
        .slice(0, 20)
        .map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(s.name, { max: 80 })}${s.ms !== undefined ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(s.ms)})` : ''}`)
        .join(', ');
    const of = o.share !== undefined && o.jobMs !== undefined
        ? `, ${percent(o.share)} of the failed attempt's ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.jobMs)}`
        : '';
    const total = o.ms > 0 ? `: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(o.ms)} saved${of}` : '';
    return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(job, 120)}: the re-run resumes from its checkpoint and skips ${stages}${total}`;
}


/***/ }),

/***/ 75772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ isSkippedFailure),
/* harmony export */   He: () => (/* binding */ skipsFailure),
/* harmony export */   aR: () => (/* binding */ skippedMessage)
/* harmony export */ });
/** Does the policy's decision let this failure pass? */
function skipsFailure(failure) {
    const { classification, decision } = failure;
    return (decision?.strategy === 'skip' &&
        decision.rule !== 'cancelled-skip' &&
        classification?.type !== 'cancelled' &&
        failure.fileCommandError === undefined);
}
/** A `run/` step's record of a failure it let pass: shown by post, never counted as the job's failure. */
function isSkippedFailure(record) {
    return (record.kind === 'run' &&
        record.outcome === 'failure' &&
        skipsFailure({
            ...(record.classification ? { classification: record.classification } : {}),
            ...(record.decision ? { decision: record.decision } : {}),
        }));
}
/** The warning the step ends with instead of its error. */
function skippedMessage(failure, decision) {
    return `${failure} The policy skips this failure (${decision.rule}): the step passes and the job goes on; the failure is shown in the job's summary.`;
}


/***/ })

};
