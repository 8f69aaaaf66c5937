export const id = 9517;
export const ids = [9517,3640,7091];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   restEnv: () => (/* binding */ restEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


/**
 * What the REST clients (github.ts, rest-light.ts) read of the process's environment: the API's address
 * (GITHUB_API_URL, as @actions/github reads it), the runner's orchestration id for the user agent (as
 * @actions/github tags a runner's calls), and whether a proxy is named (`HTTP(S)_PROXY`).
 */
function restEnv() {
    const env = process.env;
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return {
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
        proxied: Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY),
    };
}
/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(text)
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
        .slice(0, 200);
}
/** What GitHub answered to a refused call: status, first line of its message, headers (for core/api-refusal). */
function refusalOf(error) {
    const status = httpStatus(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? error.response : undefined;
    const headers = typeof response === 'object' &&
        response !== null &&
        'headers' in response &&
        typeof response.headers === 'object'
        ? response.headers
        : undefined;
    return {
        ...(status !== undefined ? { status } : {}),
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)),
        ...(headers ? { headers } : {}),
    };
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 25641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ BASE_URL),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   f8: () => (/* binding */ PageGuard),
/* harmony export */   pN: () => (/* binding */ listPages),
/* harmony export */   rL: () => (/* binding */ listFirst)
/* harmony export */ });
/* unused harmony exports PageRefusedError, PageCapError */
/** The base URL a light client (rest-light.ts) pages under; Octokit's methods carry theirs (`endpoint`). */
const BASE_URL = Symbol('base URL');
/** A listing's `link` GitHub gave that ci-recovery did not follow: the listing fails rather than end short. */
class PageRefusedError extends Error {
    name = 'PageRefusedError';
    /** As a bad answer from upstream: core/api-refusal reads no permission or rate limit into it. */
    status = 502;
    constructor(listing, why) {
        super(`${listing}: the next page ${why}; it was not asked`);
    }
}
/**
 * The page past a listing's most, refused: the pages before it were read whole, so a caller that can act on
 * part of a listing, knowing it is part, keeps them (listFirst).
 */
class PageCapError extends PageRefusedError {
}
/**
 * The pages of one listing: its pages' URLs, so that a `link` back to one is refused, and how many. Only the
 * origin is ever told of a refused link: the header is GitHub's (or a proxy's) text, not ours to echo.
 */
class PageGuard {
    listing;
    baseUrl;
    maxPages;
    asked = new Set();
    pages = 1;
    constructor(listing, baseUrl, maxPages) {
        this.listing = listing;
        this.baseUrl = baseUrl;
        this.maxPages = maxPages;
    }
    /** A page asked (its URL, or the URL its answer came from). */
    seen(url) {
        if (url)
            this.asked.add(new URL(url, this.baseUrl).href);
    }
    /**
     * The absolute URL of the page after one whose `link` header is `link` (undefined: it was the last), a
     * relative link joined to the base URL as Octokit joins it (GHES's `/api/v3` kept). Throws a
     * PageRefusedError for a link off the base URL's origin, one to a page asked already, or past `maxPages`.
     */
    next(link) {
        const found = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
        if (found === undefined)
            return undefined;
        // Octokit's endpoint expands a URI template (`{x}`, `:name`) in what it is handed: what is checked here
        // would not be what it asks.
        if (/[{}]/.test(found) || /:[a-z]\w+/.test(found.replace(/^https?:/i, '')))
            throw this.refuse('is a URI template, not a URL');
        let next;
        try {
            next = new URL(/^http/.test(found) ? found : `${this.baseUrl.replace(/\/$/, '')}${found}`);
        }
        catch {
            throw this.refuse('is no URL');
        }
        const origin = new URL(this.baseUrl).origin;
        if (next.origin !== origin)
            throw this.refuse(`is on another origin (${next.origin}), not the API's (${origin})`);
        if (this.asked.has(next.href))
            throw this.refuse('was asked already: the link loops back');
        if (this.pages >= this.maxPages)
            throw new PageCapError(this.listing, `is past ${this.maxPages} pages, this listing's most`);
        this.pages++;
        this.asked.add(next.href);
        return next.href;
    }
    refuse(why) {
        return new PageRefusedError(this.listing, why);
    }
}
/** The base URL `method` asks under: the light client's, or the one in the Octokit method's defaults. */
function baseUrlOf(client, method) {
    const light = client[BASE_URL];
    if (typeof light === 'string')
        return light;
    const octokit = method.endpoint?.DEFAULTS?.baseUrl;
    if (typeof octokit === 'string')
        return octokit;
    throw new TypeError('pages: a method with no base URL');
}
/**
 * The pages of `method`'s listing, one array of items each, through the client's own paginate (its retries,
 * rate-limit waits and each page's time limit), every `link` checked by a PageGuard before it is asked.
 * `limit.signal` goes with every page: Octokit's iterator hands each page's request only its method, URL
 * and headers, so the signal is put back by the method it calls.
 */
async function* listPages(client, method, params, limit) {
    const guard = new PageGuard(limit.listing, baseUrlOf(client, method), limit.maxPages);
    const { signal } = limit;
    const signed = (o = {}) => ({ ...o, request: { ...o.request, signal } });
    // Object.assign keeps what paginate reads of a method: Octokit's `endpoint`, the light client's route.
    const asked = signal ? Object.assign((o) => method(signed(o)), method) : method;
    const pages = client.paginate.iterator(asked, (signal ? signed(params) : params));
    for await (const page of pages) {
        guard.seen(page.url);
        yield page.data;
        guard.next(page.headers.link);
    }
}
/** Every item of `method`'s listing (listPages), in order. */
async function listAll(client, method, params, limit) {
    const items = [];
    for await (const page of listPages(client, method, params, limit))
        items.push(...page);
    return items;
}
/**
 * The items of a listing's first `limit.maxPages` pages, and whether it goes on past them (its next page, its
 * link checked as any other, not asked). Any other refusal or error fails the listing, as listAll does.
 */
async function listFirst(client, method, params, limit) {
    const items = [];
    try {
        for await (const page of listPages(client, method, params, limit))
            items.push(...page);
    }
    catch (error) {
        if (error instanceof PageCapError)
            return { items, more: true };
        throw error;
    }
    return { items, more: false };
}


/***/ }),

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
    // Sections of other writers seen in any round, so a racing writer's stale overwrite is healed.
    let seen = [];
    let wroteAny = false;
    let confirmed = false;
    let wait = settleMs;
    let racing = Promise.resolve(true);
    try {
        for (let round = 0; round < maxRounds; round++) {
            const read = round === 0 && options.firstRead
                ? await options.firstRead
                : await readSticky(octokit, repo, prNumber);
            const { readMs } = read;
            const comments = await ownSticky(octokit, read.comments);
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.parseStickyBody)(c.body ?? ''));
            if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey))
                return result;
            // Asked once the first read is in (a writer that wrote after it is still in progress now), and only
            // by a writer that will write: it runs beside the write.
            if (round === 0 && options.othersWriting)
                racing = options.othersWriting().catch(() => true);
            seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.mergeSections)(seen, ...parsed);
            const desired = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.renderStickyBody)((0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_2__.mergeSections)(seen, [ours]), options.limit !== undefined ? { limit: options.limit } : {});
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
                if (!(await racing))
                    break; // no writer beside us: nothing can overwrite this write
            }
            else if (!wroteAny || confirmed) {
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

/***/ 48022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   Oq: () => (/* binding */ GITHUB_MAX_RUN_ATTEMPTS),
/* harmony export */   lU: () => (/* binding */ refusalKind),
/* harmony export */   wW: () => (/* binding */ PERMISSION_FIXES)
/* harmony export */ });
/* unused harmony exports GITHUB_RERUN_WINDOW_DAYS, isRateLimited */
/**
 * Why GitHub refused a REST call, and what to tell the user. A 401 is a bad or expired token, a 403 is
 * one of several things (a missing permission, a rate limit, a re-run GitHub no longer allows, a
 * repository setting), and each needs a different fix: "grant permissions" is right for only one of them.
 */
/** What to change when GitHub refuses a call, by what the call needed. */
const PERMISSION_FIXES = {
    'metadata:read': '',
    'actions:read': "grant the supervisor job 'permissions: actions: read' (to read runs, jobs and logs)",
    'actions:write': "grant the supervisor job 'permissions: actions: write' (to re-run jobs)",
    'checks:read': "grant the supervisor job 'permissions: checks: read' (to read annotations)",
    'contents:read': "grant the supervisor job 'permissions: contents: read' (to read the workflow file, which says which jobs deploy)",
    'contents:write': "grant the supervisor job 'permissions: contents: write' (to push the revert branch)",
    'pull-requests:write': "grant the supervisor job 'permissions: pull-requests: write' (to open the revert PR and comment)",
    'pull-requests:read': "grant the supervisor job 'permissions: pull-requests: read' (to find the pull request)",
    'comments:write': "grant the job 'permissions: pull-requests: write' (to comment on a pull request; 'issues: write' also allows it)",
};
/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
const GITHUB_MAX_RUN_ATTEMPTS = 50;
/** GitHub re-runs a run for 30 days after it started (docs: "Re-running workflows and jobs"). */
const GITHUB_RERUN_WINDOW_DAYS = 30;
const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;
/** The wording GitHub answers a re-run of a run older than 30 days with (seen by cli/cli#9989). */
const RERUN_TOO_OLD = /created over a month ago|older than 30 days/i;
const RERUN_TOO_MANY = /maximum number of (?:re-?runs|attempts)|re-?run limit|more than 50 (?:times|attempts)/i;
/** A rate limit, known by its headers (the wording alone is not required: a 403 may carry only them). */
function isRateLimited(refusal) {
    const headers = refusal.headers ?? {};
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0')
        return true;
    if (headers['retry-after'] !== undefined)
        return true;
    return /rate limit/i.test(refusal.message);
}
/** Which refusal this is; 'other' is not a refusal at all (a 5xx, a network error, a 422...). */
function refusalKind(refusal, needs, rerun) {
    const { status, message } = refusal;
    if (ACTIONS_MAY_NOT_CREATE_PRS.test(message))
        return 'actions-may-not-create-prs';
    if (status === 401)
        return 'bad-credentials';
    if ((status === 403 || status === 429) && isRateLimited(refusal))
        return 'rate-limit';
    if (status === 403 && rerun) {
        if (RERUN_TOO_OLD.test(message) || isPastRerunWindow(rerun))
            return 'rerun-too-old';
        if (RERUN_TOO_MANY.test(message) || (rerun.latestAttempt ?? 0) >= GITHUB_MAX_RUN_ATTEMPTS)
            return 'rerun-too-many';
    }
    const refusedWrite = status === 404 && /Not Found/i.test(message) && needs.endsWith('write');
    if (status === 403 || refusedWrite)
        return needs === 'metadata:read' ? 'metadata' : 'permission';
    return 'other';
}
function isPastRerunWindow({ runCreatedAt, now = new Date() }) {
    if (!runCreatedAt)
        return false;
    const created = Date.parse(runCreatedAt);
    return Number.isFinite(created) && now.getTime() - created > GITHUB_RERUN_WINDOW_DAYS * 86_400_000;
}
/**
 * The message for a refused call, or undefined when it is not a refusal (the caller keeps the error).
 * `doing` says what ci-recovery was doing ("re-running run 42"); `said` is GitHub's first line.
 */
function explainRefusal(refusal, doing, needs, rerun) {
    const kind = refusalKind(refusal, needs, rerun);
    const said = `GitHub answered ${refusal.status ?? 'no status'} (${refusal.message})`;
    switch (kind) {
        case 'other':
            return undefined;
        case 'actions-may-not-create-prs':
            return {
                kind,
                message: `${doing}: GitHub Actions is not permitted to create or approve pull requests. Turn on Settings > Actions > General > ` +
                    "Workflow permissions > 'Allow GitHub Actions to create and approve pull requests' (for an organization, first in " +
                    "Organization settings > Actions > General), or pass a GitHub App or fine-grained token with 'pull-requests: write' as 'github-token'.",
            };
        case 'bad-credentials':
            return {
                kind,
                message: `${doing}: ${said}: the token is invalid or expired, not short of a permission. Pass a valid token as ` +
                    "'github-token' (the default github.token expires when its job ends; a personal or App token may have been revoked or expired).",
            };
        case 'rate-limit':
            return {
                kind,
                message: `${doing}: ${said}: ${rateLimitText(refusal)}; this is not a permission problem.`,
            };
        case 'rerun-too-old':
            return {
                kind,
                message: `${doing}: ${said}: GitHub re-runs a workflow run only within ${GITHUB_RERUN_WINDOW_DAYS} days of its start; re-run it by pushing a new commit or dispatching the workflow. No permission is missing.`,
            };
        case 'rerun-too-many':
            return {
                kind,
                message: `${doing}: ${said}: GitHub allows at most ${GITHUB_MAX_RUN_ATTEMPTS} attempts of a workflow run; start a new run (push or dispatch). No permission is missing.`,
            };
        case 'metadata':
            return {
                kind,
                message: `${doing}: ${said}: this call needs only 'metadata: read', which every token with access to the repository has: the token cannot see this repository (a token for another repository, or a fine-grained token not given this one).`,
            };
        case 'permission':
            return { kind, message: `${doing}: ${said}: ${PERMISSION_FIXES[needs]}.` };
    }
}
function rateLimitText({ headers = {} }) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0' && Number.isFinite(reset) && reset > 0) {
        return `GitHub's API rate limit is spent until ${new Date(reset * 1000).toISOString()}`;
    }
    const after = headers['retry-after'];
    if (after !== undefined)
        return `GitHub's secondary rate limit asks to wait ${after} s before trying again`;
    return "GitHub's API rate limit was reached";
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
 * characters (65,536) by cutting the longest sections first (the oldest among equals) with a note.
 */
function renderStickyBody(sections, options = {}) {
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const render = () => [
        STICKY_MARKER,
        TITLE,
        '',
        ...current.map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`),
    ].join('\n');
    const cutNote = `_Cut to fit GitHub's ${thousands(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_LIMIT_CHARS */ .iW)}-character comment limit: the job summary has all of it._`;
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
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : cutNote;
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


/***/ })

};
