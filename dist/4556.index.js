export const id = 4556;
export const ids = [4556,3640,2372];
export const modules = {

/***/ 56893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ answerData)
/* harmony export */ });
/* harmony import */ var content_type__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62372);
/**
 * The body of a successful API answer, read as @octokit/request's `getResponseData` reads it, but a JSON body
 * parsed with `JSON.parse`: Octokit's own parse (json-with-bigint's) revives every value to find integers past
 * Number.MAX_SAFE_INTEGER, ~25 times JSON.parse's time, milliseconds of main's and post's CPU on a green job
 * (issue 67). Such an integer is a number of 16 digits or more: a body holding one still goes to that parse,
 * loaded then, and keeps its BigInts. bindCalls (github.ts) asks Octokit for the raw body and hands it here.
 */

/**
 * A number of 16 digits or more where a JSON value can start: first, or after `[`, `:` or `,` (JSON's
 * whitespace between). A run of digits inside a string is no number: a commit id holding 16 of them (one
 * id in ~185; the all-zero id of a branch's creation) no longer sends the body to the slow parse.
 */
const LONG_INTEGER = /(?:^|[[:,])[\t\n\r ]*-?\d{16}/;
/** `body` as Octokit's `data`: JSON parsed, text as a string, anything else as an ArrayBuffer. */
async function answerData(body, contentType) {
    // A 204, 205 or HEAD answer: Octokit's `data` is already its empty string.
    if (!isAsyncIterable(body))
        return body;
    const bytes = await readAll(body);
    if (!contentType)
        return bytes.toString('utf8');
    // Read by the package Octokit reads it with: the same type, the same charset, the same refusal of a bad header.
    const { type, parameters } = (0,content_type__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(contentType);
    const charset = parameters.charset?.toLowerCase();
    if (type === 'application/json' || type === 'application/scim+json') {
        const text = bytes.toString('utf8');
        const parse = LONG_INTEGER.test(text) ? await bigIntParse() : JSON.parse;
        try {
            return parse(text);
        }
        catch {
            // Not JSON after all: the text, as Octokit gives it (its own parse's catch).
            return text;
        }
    }
    // `application/octet-stream` is binary even with a (misleading) `charset=utf-8`, as Octokit reads it.
    if (type.startsWith('text/') || (charset === 'utf-8' && type !== 'application/octet-stream'))
        return bytes.toString('utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
/** json-with-bigint's parse (Octokit's), loaded for the rare body that needs it: ~20 KB main and post skip. */
async function bigIntParse() {
    const { JSONParse } = await __webpack_require__.e(/* import() */ 8429).then(__webpack_require__.bind(__webpack_require__, 78429));
    return (text) => JSONParse(text);
}
function isAsyncIterable(body) {
    return typeof body === 'object' && body !== null && Symbol.asyncIterator in body;
}
async function readAll(body) {
    const chunks = [];
    for await (const chunk of body)
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return Buffer.concat(chunks);
}


/***/ }),

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

/***/ 32681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ nodeFetch)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The REST client's `fetch` when no proxy is named: over `node:http`/`node:https`, which the cache service's
 * transport (`@actions/http-client`) loads in main and post anyway, not undici's fetch, whose 0.6 MB chunk
 * main and post otherwise compile and run for a handful of API calls (issue 67: a green job's own cost).
 * It does what Octokit's fetch wrapper (@octokit/request's `fetchWrapper`) asks of a fetch, as undici's does:
 * the same request headers, redirects followed (the credentials dropped when one leaves the origin), a gzip
 * or deflate body decoded, `signal` ending the request and the body's download alike, and a response with
 * `status`, `statusText`, `url`, `headers` (iterable, `get`), `text()`, `json()`, `arrayBuffer()` and `body`
 * (a web stream, for `parseSuccessResponseBody: false`). Not Node's `Response`: that global loads Node's own
 * undici. A body this does not know (a stream) goes to `fallback`.
 */



/** Follows at most this many redirects, as the fetch standard does. */
const MAX_REDIRECTS = 20;
/** Headers a cross-origin redirect drops (fetch's "request-body-header" and credentials rules). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
let agents;
/** One keep-alive agent per scheme: a phase's calls share a connection. Idle sockets never hold the process. */
function agentFor(protocol) {
    agents ??= { http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true }), https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true }) };
    return protocol === 'https:' ? agents.https : agents.http;
}
/** What undici's fetch adds to a request that does not set them (github-client.test compares the two). */
function requestHeaders(given, body) {
    const headers = {};
    for (const [name, value] of Object.entries((given ?? {})))
        headers[name.toLowerCase()] = String(value);
    headers.accept ??= '*/*';
    headers['accept-language'] ??= '*';
    headers['sec-fetch-mode'] ??= 'cors';
    headers['user-agent'] ??= 'undici';
    headers['accept-encoding'] ??= 'gzip, deflate';
    if (body)
        headers['content-length'] = String(body.length);
    return headers;
}
function bodyBytes(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return Buffer.from(body);
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    return 'other';
}
/**
 * Why an aborted call fails: the signal's reason, as fetch rejects with it, else an AbortError. An Error of
 * this realm: @octokit/request retries what is no `Error` to it as an unknown failure, and in a vm context (jest)
 * the signal's DOMException, Node's own, is not one.
 */
const abortError = (signal) => signal.reason instanceof Error
    ? signal.reason
    : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
/** The fetch; `fallback` serves a body it does not take (a stream, form data). */
function nodeFetch(fallback) {
    return async (input, init = {}) => {
        const bytes = bodyBytes(init.body);
        const plainHeaders = !init.headers || Object.getPrototypeOf(init.headers) === Object.prototype;
        if (bytes === 'other' || !plainHeaders || typeof input !== 'string')
            return fallback(input, init);
        const signal = init.signal ?? undefined;
        if (signal?.aborted)
            throw abortError(signal);
        let url = new URL(input);
        let method = (init.method ?? 'GET').toUpperCase();
        let body = bytes;
        let headers = requestHeaders(init.headers, body);
        for (let redirects = 0;; redirects++) {
            const res = await send(url, method, headers, body, signal);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (![301, 302, 303, 307, 308].includes(status) || !location || init.redirect === 'manual')
                return new NodeResponse(res, url.href, method); // what Octokit reads of one
            res.resume();
            if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
                throw new TypeError(`fetch failed: redirect ${init.redirect === 'error' ? 'refused' : 'count exceeded'}`);
            const next = new URL(location, url);
            // As fetch: a 303, or a 301/302 after a POST, becomes a GET without a body.
            if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('content-')));
            }
            if (next.origin !== url.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIALS.includes(name)));
            url = next;
        }
    };
}
/**
 * Tries on a kept-alive connection that breaks before any answer: each such failure is the server having
 * closed the idle connection as the request went out (its keep-alive limit; the agent drops idle sockets a
 * second before the limit a server announces, which a busy event loop can miss), so the request never
 * reached it. Node's documentation of `request.reusedSocket` retries these; undici does too.
 */
const REUSED_SOCKET_TRIES = 3;
/** The errors of requests reset on a kept-alive connection before any answer (see REUSED_SOCKET_TRIES). */
const staleResets = new WeakSet();
/** One request (sendOnce), tried again where a kept-alive connection was reset before any answer. */
async function send(...request) {
    for (let tries = 1;; tries++) {
        try {
            return await sendOnce(...request);
        }
        catch (error) {
            if (!staleResets.has(error) || tries >= REUSED_SOCKET_TRIES)
                throw error;
        }
    }
}
/** One request; resolves at the response's head. `signal` aborts it, and later the body's download. */
function sendOnce(url, method, headers, body, signal) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return Promise.reject(new TypeError(`fetch failed: unsupported scheme ${url.protocol}`));
    return new Promise((resolve, reject) => {
        const lib = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        const req = lib.request(url, { method, headers, agent: agentFor(url.protocol) });
        const onAbort = () => {
            const error = abortError(signal);
            req.destroy(error);
            reject(error);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', (error) => {
            signal?.removeEventListener('abort', onAbort);
            // Reset before any answer on a connection kept alive from an earlier call (an abort has its own error).
            if (req.reusedSocket && error.code === 'ECONNRESET' && !signal?.aborted)
                staleResets.add(error);
            reject(error);
        });
        req.on('response', (res) => {
            signal?.removeEventListener('abort', onAbort);
            // Swallowed: a body never read (Octokit reads none of a 204) must not crash the process when its
            // connection breaks; a reader still gets the error, through its own iterator.
            res.on('error', () => undefined);
            if (signal) {
                // The body's download ends with the call too; the listener goes with the body.
                const onBodyAbort = () => {
                    res.destroy(abortError(signal));
                };
                signal.addEventListener('abort', onBodyAbort, { once: true });
                res.once('close', () => signal.removeEventListener('abort', onBodyAbort));
            }
            resolve(res);
        });
        req.end(body);
    });
}
/** The response headers as fetch's `Headers` reads them: lower-case names, in order, repeated values joined. */
class NodeHeaders {
    #map;
    constructor(res) {
        const entries = Object.entries(res.headers).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.join(', ') : String(value),
        ]);
        this.#map = new Map(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    get(name) {
        return this.#map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.#map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.#map.entries();
    }
}
/** The part of fetch's `Response` Octokit reads. */
class NodeResponse {
    url;
    status;
    statusText;
    headers;
    #stream;
    #used = false;
    #nodeBody = false;
    constructor(res, url, method) {
        this.url = url;
        this.status = res.statusCode ?? 0;
        this.statusText = res.statusMessage ?? '';
        this.headers = new NodeHeaders(res);
        // No body by HTTP's rules: read to its end now, so the connection goes back to the pool.
        if (method === 'HEAD' || [204, 205, 304].includes(this.status))
            res.resume();
        this.#stream = decoded(res, this.headers.get('content-encoding'));
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    get bodyUsed() {
        return this.#used;
    }
    /**
     * `body` as the Node stream itself, for a reader that only iterates it (the REST client's own read of an
     * answer, answer-body.ts): a web stream's first use compiles Node's web streams, milliseconds of a phase.
     */
    bodyAsNodeStream() {
        this.#nodeBody = true;
        return this;
    }
    /** The body as a web stream, as fetch gives it (or as a Node stream: bodyAsNodeStream). */
    get body() {
        this.#used = true;
        if (this.#nodeBody)
            return this.#stream;
        return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(this.#stream);
    }
    async arrayBuffer() {
        const bytes = await this.#bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    async text() {
        return (await this.#bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async #bytes() {
        if (this.#used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.#used = true;
        const chunks = [];
        for await (const chunk of this.#stream)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
}
/** The body, decoded as undici's fetch decodes it (the encodings it asks for). */
function decoded(res, encoding) {
    const coding = encoding?.trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== 'deflate')
        return res;
    // node:zlib is loaded by the first encoded body only: the API answers a job's few calls unencoded.
    const { createGunzip, createInflate } = process.getBuiltinModule('node:zlib');
    return pipeOn(res, coding === 'deflate' ? createInflate() : createGunzip());
}
/** `res` into `through`; an error of either (an abort among them) ends the other. */
function pipeOn(res, through) {
    res.on('error', (error) => through.destroy(error));
    through.on('error', () => res.destroy());
    return res.pipe(through);
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

/***/ 37603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ REST_ROUTES),
/* harmony export */   v: () => (/* binding */ restRoutes)
/* harmony export */ });
const REST_ROUTES = {
    actions: {
        getJobForWorkflowRun: 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}',
        getWorkflowRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
        listJobsForWorkflowRunAttempt: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
        listWorkflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        listWorkflowRunsForRepo: 'GET /repos/{owner}/{repo}/actions/runs',
        reRunJobForWorkflowRun: 'POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun',
        reRunWorkflow: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun',
        reRunWorkflowFailedJobs: 'POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs',
    },
    checks: {
        listAnnotations: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    },
    git: {
        createRef: 'POST /repos/{owner}/{repo}/git/refs',
        deleteRef: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
        getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    },
    issues: {
        addLabels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
        getComment: 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
        listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        listEvents: 'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
        updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    },
    pulls: {
        create: 'POST /repos/{owner}/{repo}/pulls',
        get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        list: 'GET /repos/{owner}/{repo}/pulls',
        listCommits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
        listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    },
    repos: {
        get: 'GET /repos/{owner}/{repo}',
        getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
        listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    },
    users: {
        getAuthenticated: 'GET /user',
    },
};
/**
 * An Octokit plugin giving `octokit.rest` the methods of REST_ROUTES, built on first use of each scope. Typed
 * from the table, so a call to a method it lacks does not compile (github.ts's `Octokit` carries this type).
 */
function restRoutes(octokit) {
    const rest = {};
    for (const [scope, methods] of Object.entries(REST_ROUTES)) {
        const built = {};
        for (const [name, route] of Object.entries(methods)) {
            const [method, url] = route.split(' ');
            let fn;
            Object.defineProperty(built, name, {
                enumerable: true,
                get: () => (fn ??= octokit.request.defaults({ method, url })),
            });
        }
        rest[scope] = built;
    }
    return { rest };
}


/***/ }),

/***/ 62372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qg: () => (/* binding */ parse)
/* harmony export */ });
/* unused harmony exports isTypeValid, isTokenValid, format */
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map

/***/ })

};
