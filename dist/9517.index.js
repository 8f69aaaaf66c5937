export const id = 9517;
export const ids = [9517,3640];
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);


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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(text)
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
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)),
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
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47091);
/* harmony import */ var _core_api_refusal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48022);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3640);
/* harmony import */ var _rest_call_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58193);
/* harmony import */ var _rest_pages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25641);
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
        if (ahead === 'if-sticky' && comments.some((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isStickyComment */ .Zl)(c.body)))
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
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStickyBody */ .PI)(c.body ?? ''));
            if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey))
                return result;
            // Asked once the first read is in (a writer that wrote after it is still in progress now), and only
            // by a writer that will write: it runs beside the write.
            if (round === 0 && options.othersWriting)
                racing = options.othersWriting().catch(() => true);
            seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, ...parsed);
            const desired = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStickyBody */ .Sj)((0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, [ours]), options.limit !== undefined ? { limit: options.limit } : {});
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
    const id = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(jobKey);
    return parsed.some((sections) => sections.some((s) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(s.key) === id));
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
        identity = askIdentity(octokit).catch(() => _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIONS_BOT */ .aX);
        identities.set(octokit, identity);
    }
    return identity;
}
async function askIdentity(octokit) {
    // Both questions at once: one round trip. GraphQL's is a read, asked off Octokit's write spacing, which
    // would otherwise hold this job's first write a second behind it (and stretch every settling wait).
    const [user, viewer] = await Promise.allSettled([
        octokit.rest.users.getAuthenticated(),
        (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_4__/* .unspaced */ .y8)(octokit).graphql('query { viewer { login } }'),
    ]);
    if (user.status === 'fulfilled' && user.value.data.login)
        return { login: user.value.data.login, type: user.value.data.type };
    const login = viewer.status === 'fulfilled' ? viewer.value.viewer?.login : undefined;
    // GET /user refused it: an installation token, whose identity is a bot (GraphQL may omit "[bot]").
    if (login)
        return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, type: 'Bot' };
    // Neither answered: GITHUB_TOKEN.
    return _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIONS_BOT */ .aX;
}
/** 10,000 comments: past them the sticky comment is not looked for (the light client's own most, too). */
const COMMENT_PAGES = 100;
async function listComments(octokit, repo, prNumber) {
    return (0,_rest_pages_js__WEBPACK_IMPORTED_MODULE_5__/* .listAll */ ._w)(octokit, octokit.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 }, { listing: `listing the comments of #${prNumber}`, maxPages: COMMENT_PAGES });
}
/**
 * Our sticky comments among the PR's (the marker, by our identity), oldest first; others' are never touched.
 * Who the token is gets asked only when some comment carries the marker (a PR's first comment needs no
 * identity), unless post asked it ahead beside its first read (readSticky). Its GraphQL question goes off
 * Octokit's write spacing, so it never holds the write after it.
 */
async function ownSticky(octokit, comments) {
    if (!comments.some((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isStickyComment */ .Zl)(c.body)))
        return [];
    const self = await tokenIdentity(octokit);
    return comments
        .filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnStickyComment */ .PX)(c, self))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
/** false when the comment no longer exists (deleted by a racing writer or a person). */
async function updateComment(octokit, repo, id, body) {
    try {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        return true;
    }
    catch (error) {
        if ((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_3__.httpStatus)(error) === 404)
            return false;
        throw error;
    }
}
async function deleteComment(octokit, repo, id) {
    try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    }
    catch (error) {
        if ((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_3__.httpStatus)(error) !== 404)
            throw error; // already deleted by a racing writer
    }
}
/** Is this the answer GitHub gives a token that may not write here (fork PR, read-only permissions)? */
function isNoWritePermission(error) {
    return (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_3__.httpStatus)(error) === 403 && (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_2__/* .refusalKind */ .lU)((0,_github_plain_js__WEBPACK_IMPORTED_MODULE_3__.refusalOf)(error), 'comments:write') === 'permission';
}
function failure(error, logger, partial) {
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error);
    if (isNoWritePermission(error)) {
        const reason = 'this token may not comment on the pull request (a fork PR, or `pull-requests: write` not granted): ' +
            'the summary has the report, and the supervisor workflow will post the comment';
        logger.notice(`ci-recovery: ${reason}.`);
        return { ...partial, status: 'degraded', reason };
    }
    logger.warning(`ci-recovery: could not update the PR comment (${(0,_github_plain_js__WEBPACK_IMPORTED_MODULE_3__.httpStatus)(error) ?? 'no status'}): ${message}`);
    return { ...partial, status: 'failed', reason: message };
}


/***/ })

};
