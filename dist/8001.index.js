export const id = 8001;
export const ids = [8001,3640];
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
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
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
    return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sliceWhole */ .eo)(flat, max - 1).trimEnd()}\u2026`;
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
        const kept = [...lines.slice(0, lo), `${chars.slice(0, n).join('')}\u2026`];
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
