export const id = 638;
export const ids = [638,6340,3640];
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

/***/ 67667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ isCommitId),
/* harmony export */   lD: () => (/* binding */ branchKind),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from the job's environment and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.ref ?? '';
    const before = payload.before;
    const context = {
        eventName: env.eventName ?? '',
        ref,
        sha: env.sha ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
        // A new branch's push has an all-zero 'before': no usable base. Anything but a commit id (SHA-1 or
        // SHA-256) is no base either: it would reach git as a revision expression.
        ...(typeof before === 'string' && isCommitId(before) && !/^0+$/.test(before) ? { before } : {}),
    };
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number') {
        const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name;
        const headRepo = pr.head?.repo?.full_name;
        context.pr = {
            number: pr.number,
            baseRef: pr.base?.ref ?? '',
            ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
            ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
            labels: (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== ''),
            fromFork: headRepo === undefined || headRepo !== baseRepo,
        };
        if (env.headRef)
            context.branch = env.headRef;
    }
    return context;
}
function branchKind(context) {
    if (context.pr)
        return 'pr';
    if (context.branch && context.defaultBranch && context.branch === context.defaultBranch)
        return 'default';
    return 'other';
}
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256). */
function isCommitId(value) {
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value);
}


/***/ }),

/***/ 55587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DEFAULT_LANE_RULES)
/* harmony export */ });
const DEFAULT_LANE_RULES = {
    docs: [
        '**/*.md',
        '**/*.mdx',
        '**/*.rst',
        '**/*.adoc',
        '**/*.txt',
        'docs/**',
        'doc/**',
        '**/LICENSE*',
        '**/CODEOWNERS',
        '**/.github/ISSUE_TEMPLATE/**',
        '!**/requirements*.txt',
        '!**/CMakeLists.txt',
    ],
    heavy: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/Cargo.lock',
        '**/go.sum',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/requirements*.txt',
        '.github/workflows/**',
        '.github/actions/**',
        '**/action.yml',
        '**/Dockerfile*',
        '**/docker-compose*.yml',
        '**/Makefile',
        '**/CMakeLists.txt',
        '**/*.gradle',
        '**/*.gradle.kts',
        '**/pom.xml',
        '**/*.tf',
        '**/terraform/**',
        '**/infra/**',
        '**/migrations/**',
        '**/db/migrate/**',
    ],
    heavyLabels: ['ci:heavy', 'heavy'],
    docsLabels: ['ci:docs'],
    heavyDiffLines: 2000,
};


/***/ })

};
