export const id = 9517;
export const ids = [9517,7091];
export const modules = {

/***/ 89517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isNoWritePermission: () => (/* binding */ isNoWritePermission),
/* harmony export */   readSticky: () => (/* binding */ readSticky),
/* harmony export */   tokenIdentity: () => (/* binding */ tokenIdentity),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47091);
/* harmony import */ var _core_api_refusal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48022);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3640);
/* harmony import */ var _rest_call_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58193);
/* harmony import */ var _rest_pages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25641);
/**
 * The sticky PR comment through the REST API: find ours (the marker, written by the token's identity), merge this job's section into it, and
 * converge when racing jobs or runs created duplicates (keep the oldest, fold the others' sections into
 * it, delete them). Never throws: a token that may not comment (fork PR, read-only token) yields
 * `degraded`, so the caller writes the summary only and says the supervisor will comment.
 */







/**
 * Reads the PR's comments. `ahead`: post starts it beside its other reads, before it knows what it will
 * write, and asks who the token is at once too (off the write spacing), which every write but a PR's first
 * needs. `'if-sticky'` (a green job's post, which mostly finds no comment to mark fixed): asks it as soon as
 * the read finds a sticky comment, two requests saved when there is none. A writer that reads when it
 * writes asks only once a sticky comment is there.
 */
function readSticky(octokit, repo, prNumber, ahead = false) {
    if (ahead === true)
        void tokenIdentity(octokit);
    const started = Date.now();
    return listComments(octokit, repo, prNumber).then((comments) => {
        if (ahead === 'if-sticky' && comments.some((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.isStickyComment)(c.body)))
            void tokenIdentity(octokit);
        return { comments, readMs: Date.now() - started };
    });
}
/** The longest wait before a verifying read, however slow the API answered. */
const settleWaitCapMs = 10_000;
async function upsertStickyComment(octokit, repo, prNumber, jobKey, section, logger, options = {}) {
    const ours = typeof section === 'string' ? { key: jobKey, body: section } : { ...section, key: jobKey };
    const settleMs = options.settleMs ?? 700;
    const maxRounds = options.maxRounds ?? 6;
    const result = { status: 'unchanged', removedDuplicates: 0 };
    const render = (sections) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.renderStickyBody)((0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.mergeSections)(sections, [ours]), options.limit !== undefined ? { limit: options.limit } : {});
    // Sections of other writers seen in any round, so a racing writer's stale overwrite is healed.
    let seen = [];
    let wroteAny = false;
    let confirmed = false;
    let wait = settleMs;
    let racing = Promise.resolve(true);
    let alone = false;
    try {
        for (let round = 0; round < maxRounds; round++) {
            const read = round === 0 && options.firstRead
                ? await options.firstRead
                : await readSticky(octokit, repo, prNumber);
            const { readMs } = read;
            let comments = await ownSticky(octokit, read.comments);
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.parseStickyBody)(c.body ?? ''));
            if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey))
                return result;
            // Asked once the first read is in (a writer that wrote after it is still in progress now), and only
            // by a writer that will write: it runs beside the write.
            if (round === 0 && options.othersWriting)
                racing = options.othersWriting().catch(() => true);
            seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.mergeSections)(seen, ...parsed);
            let desired = render(seen);
            // The read ahead was made while post did other work: a job's post may have added its section since and
            // ended, and overwriting from the read ahead would lose that section for good (no writer is left to put
            // it back). So the comment about to be overwritten is read again first: one request, made only when
            // there is something to write.
            let stale = round === 0 && options.firstRead !== undefined;
            const keep = comments[0];
            if (stale && keep && keep.body !== desired) {
                const fresh = await getComment(octokit, repo, keep.id);
                if (fresh) {
                    comments = [fresh, ...comments.slice(1)];
                    seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.mergeSections)(seen, (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.parseStickyBody)(fresh.body ?? ''));
                    desired = render(seen);
                    stale = false;
                }
            }
            const writeStarted = Date.now();
            if (await writeDesired(octokit, repo, prNumber, comments, desired, result, logger)) {
                // Let a racing writer land, then read again to verify (and heal) the result. A writer that read
                // before our write landed may still be sending its stale body, for as long as a read and a write
                // take it: wait at least twice the slower of our own, so a loaded machine, a slow API or writes
                // queued by the throttling stretch the wait with that window instead of reading inside it.
                const writeMs = Date.now() - writeStarted;
                wroteAny = true;
                confirmed = false;
                wait = Math.min(settleWaitCapMs, Math.max(settleMs, 2 * readMs, 2 * writeMs));
                alone = !(await racing);
                // No writer beside us: nothing can overwrite this write. But a read ahead that found no comment to
                // read again missed one a writer created and left after it, which ours may now duplicate, and no
                // writer is left to fold it back: one read now, with no wait, is the truth.
                if (alone && !stale)
                    break;
                if (alone)
                    wait = 0;
            }
            else if (!wroteAny || confirmed || alone) {
                break;
            }
            else {
                // Our section is there: look once more after another wait before leaving, since a stale body sent
                // late would overwrite it after we left, and no writer would be left to heal it.
                confirmed = true;
            }
            if (round === maxRounds - 1)
                break;
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(wait * (1 + Math.random()));
        }
        if (result.status === 'updated')
            logger.info(`ci-recovery: updated the PR comment ${result.url ?? ''}`);
        if (result.removedDuplicates > 0)
            logger.info(`ci-recovery: removed ${result.removedDuplicates} duplicate PR comment(s)`);
        return result;
    }
    catch (error) {
        return failure(error, logger, result);
    }
}
/**
 * One round's write: creates the comment, or brings the first one to `desired` and deletes the duplicates.
 * Records what it did in `result`; says whether it wrote anything.
 */
async function writeDesired(octokit, repo, prNumber, comments, desired, result, logger) {
    const keep = comments[0];
    if (!keep) {
        const { data } = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: prNumber,
            body: desired,
        });
        Object.assign(result, { status: 'created', commentId: data.id, url: data.html_url });
        // The comment we made is by the token's identity: the verifying reads need not ask who that is.
        if (data.user?.login && !identities.has(octokit))
            identities.set(octokit, Promise.resolve({ login: data.user.login, type: data.user.type }));
        logger.info(`ci-recovery: created the PR comment ${data.html_url}`);
        return true;
    }
    let wrote = false;
    result.commentId = keep.id;
    result.url = keep.html_url;
    if (keep.body !== desired) {
        // A comment that vanished under us (deleted by a person) is simply looked for again next round.
        if ((await updateComment(octokit, repo, keep.id, desired)) && result.status !== 'created')
            result.status = 'updated';
        wrote = true;
    }
    for (const duplicate of comments.slice(1)) {
        await deleteComment(octokit, repo, duplicate.id);
        result.removedDuplicates++;
        wrote = true;
    }
    return wrote;
}
function hasSection(parsed, jobKey) {
    const id = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.encodeJobKey)(jobKey);
    return parsed.some((sections) => sections.some((s) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.encodeJobKey)(s.key) === id));
}
const identities = new WeakMap();
/**
 * Who the token writes as. `GET /user` answers for a person's token; an installation token (GITHUB_TOKEN,
 * a GitHub App's) gets 403 there, and GraphQL's `viewer` names the app's bot; when neither answers, the
 * token is taken for GITHUB_TOKEN, whose comments are `github-actions[bot]`'s. Asked once per client.
 */
function tokenIdentity(octokit) {
    let identity = identities.get(octokit);
    if (!identity) {
        // Asked ahead and not awaited: an answer in a shape the types do not promise must not reject.
        identity = askIdentity(octokit).catch(() => _core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.ACTIONS_BOT);
        identities.set(octokit, identity);
    }
    return identity;
}
async function askIdentity(octokit) {
    // Both questions at once: one round trip. GraphQL's is a read, asked off Octokit's write spacing, which
    // would otherwise hold this job's first write a second behind it (and stretch every settling wait).
    const [user, viewer] = await Promise.allSettled([
        octokit.rest.users.getAuthenticated(),
        (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_5__/* .unspaced */ .y8)(octokit).graphql('query { viewer { login } }'),
    ]);
    if (user.status === 'fulfilled' && user.value.data.login)
        return { login: user.value.data.login, type: user.value.data.type };
    const login = viewer.status === 'fulfilled' ? viewer.value.viewer?.login : undefined;
    // GET /user refused it: an installation token, whose identity is a bot (GraphQL may omit "[bot]").
    if (login)
        return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, type: 'Bot' };
    // Neither answered: GITHUB_TOKEN.
    return _core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.ACTIONS_BOT;
}
/** 10,000 comments: past them the sticky comment is not looked for (the light client's own most, too). */
const COMMENT_PAGES = 100;
async function listComments(octokit, repo, prNumber) {
    return (0,_rest_pages_js__WEBPACK_IMPORTED_MODULE_6__/* .listAll */ ._w)(octokit, octokit.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 }, { listing: `listing the comments of #${prNumber}`, maxPages: COMMENT_PAGES });
}
/**
 * Our sticky comments among the PR's (the marker, by our identity), oldest first; others' are never touched.
 * Who the token is gets asked only when some comment carries the marker (a PR's first comment needs no
 * identity), unless post asked it ahead beside its first read (readSticky). Its GraphQL question goes off
 * Octokit's write spacing, so it never holds the write after it.
 */
async function ownSticky(octokit, comments) {
    if (!comments.some((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.isStickyComment)(c.body)))
        return [];
    const self = await tokenIdentity(octokit);
    return comments
        .filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.isOwnStickyComment)(c, self))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
/** The comment as it is now; undefined when it no longer exists (deleted by a racing writer or a person). */
async function getComment(octokit, repo, id) {
    try {
        return (await octokit.rest.issues.getComment({ ...repo, comment_id: id })).data;
    }
    catch (error) {
        if ((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error) === 404)
            return undefined;
        throw error;
    }
}
/** false when the comment no longer exists (deleted by a racing writer or a person). */
async function updateComment(octokit, repo, id, body) {
    try {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        return true;
    }
    catch (error) {
        if ((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error) === 404)
            return false;
        throw error;
    }
}
async function deleteComment(octokit, repo, id) {
    try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    }
    catch (error) {
        if ((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error) !== 404)
            throw error; // already deleted by a racing writer
    }
}
/** Is this the answer GitHub gives a token that may not write here (fork PR, read-only permissions)? */
function isNoWritePermission(error) {
    return (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error) === 403 && (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_3__/* .refusalKind */ .lU)((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.refusalOf)(error), 'comments:write') === 'permission';
}
function failure(error, logger, partial) {
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
    if (isNoWritePermission(error)) {
        const reason = 'this token may not comment on the pull request (a fork PR, or `pull-requests: write` not granted): ' +
            'the summary has the report, and the supervisor workflow will post the comment';
        logger.notice(`ci-recovery: ${reason}.`);
        return { ...partial, status: 'degraded', reason };
    }
    logger.warning(`ci-recovery: could not update the PR comment (${(0,_github_plain_js__WEBPACK_IMPORTED_MODULE_4__.httpStatus)(error) ?? 'no status'}): ${message}`);
    return { ...partial, status: 'failed', reason: message };
}


/***/ }),

/***/ 47091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   STICKY_MARKER: () => (/* binding */ STICKY_MARKER),
/* harmony export */   encodeJobKey: () => (/* binding */ encodeJobKey),
/* harmony export */   isOwnStickyComment: () => (/* binding */ isOwnStickyComment),
/* harmony export */   isStickyComment: () => (/* binding */ isStickyComment),
/* harmony export */   mergeSection: () => (/* binding */ mergeSection),
/* harmony export */   mergeSections: () => (/* binding */ mergeSections),
/* harmony export */   parseStickyBody: () => (/* binding */ parseStickyBody),
/* harmony export */   renderStickyBody: () => (/* binding */ renderStickyBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34201);
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
 * characters (65,536) by cutting the longest sections first (the oldest among equals). A section cut
 * hard keeps its heading (which job, its verdict), and a note under the title says what was cut; only
 * when even the headings do not fit are sections left out, the passed ones first.
 */
function renderStickyBody(sections, options = {}) {
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const text = (s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`;
    const sizes = current.map((s) => text(s).length);
    let dropped = 0;
    const note = () => {
        // Counted from the bodies: a section an earlier writer cut is read back with its mark.
        const stubs = current.filter((s) => isStub(s.body)).length;
        if (stubs + dropped === 0)
            return '';
        // Sections an earlier writer left out are not in the body to count: say only that some were.
        const what = [
            ...(stubs > 0 ? [`${stubs} job section(s) to their heading`] : []),
            ...(dropped > 0 ? ['some job sections left out, passed ones first'] : []),
        ];
        return `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: ${what.join(', and ')}; each job's summary has all of it._`;
    };
    // What rendering would measure, without building it: a 256-job matrix would build it hundreds of times.
    const size = () => {
        const head = note();
        const sections = sizes.reduce((a, b) => a + b, 0);
        return STICKY_MARKER.length + TITLE.length + 2 + (head ? head.length + 2 : 0) + current.length + sections;
    };
    const cutNote = `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: the job summary has all of it._`;
    // A section an earlier writer already cut to its heading cannot be cut again (its mark would pile up).
    const cut = new Set(current.flatMap((s, i) => (isStub(s.body) ? [i] : [])));
    while (size() > limit) {
        const index = pickToCut(current, cut);
        if (index === undefined)
            break;
        const section = current[index];
        const target = section.body.length - (size() - limit);
        // Each section is cut once: to exactly what fits, or to its heading alone when too little would remain.
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : stubOf(section.body);
        sizes[index] = text(section).length;
        cut.add(index);
    }
    // Only possible with hundreds of jobs: leave out whole sections, the passed ones first, then the others
    // that did not fail (cancelled, skipped), then the first.
    while (size() > limit && current.length > 0) {
        const passed = current.findIndex((s) => s.body.startsWith('#### \u2705'));
        const index = passed >= 0
            ? passed
            : Math.max(0, current.findIndex((s) => !s.body.startsWith('#### \u274c')));
        current.splice(index, 1);
        sizes.splice(index, 1);
        dropped++;
    }
    const head = note();
    return [STICKY_MARKER, TITLE, '', ...(head ? [head, ''] : []), ...current.map(text)].join('\n');
}
/** Ends a section cut to its heading: one line, so whoever renders the comment next still counts it. */
const STUB_MARK = ' \u00b7 _cut_';
/** A section's first line when it is a heading (which job, its verdict), marked as cut. */
function stubOf(body) {
    if (isStub(body))
        return body;
    const first = body.split('\n', 1)[0] ?? '';
    return `${/^#{1,6} /.test(first) && first.length <= 400 ? first : '####'}${STUB_MARK}`;
}
const isStub = (body) => body.endsWith(STUB_MARK) && !body.includes('\n');
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


/***/ })

};
