export const id = 309;
export const ids = [309,3640];
export const modules = {

/***/ 56893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ answerData)
/* harmony export */ });
/* harmony import */ var content_type__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62372);
/* harmony import */ var json_with_bigint__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78429);
/**
 * The body of a successful API answer, read as @octokit/request's `getResponseData` reads it, but a JSON body
 * parsed with `JSON.parse`: Octokit's own parse (json-with-bigint's) revives every value to find integers past
 * Number.MAX_SAFE_INTEGER, ~25 times JSON.parse's time, milliseconds of main's and post's CPU on a green job
 * (issue 67). Such an integer takes a run of 16 digits or more: a body holding one still goes to that parse and
 * keeps its BigInts. bindCalls (github.ts) asks Octokit for the raw body and hands it here.
 */


const LONG_DIGITS = /\d{16}/;
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
        try {
            return LONG_DIGITS.test(text) ? (0,json_with_bigint__WEBPACK_IMPORTED_MODULE_1__/* .JSONParse */ .Q)(text) : JSON.parse(text);
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
/** One request; resolves at the response's head. `signal` aborts it, and later the body's download. */
function send(url, method, headers, body, signal) {
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

/***/ 50309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RestError: () => (/* binding */ RestError),
/* harmony export */   lightClient: () => (/* binding */ lightClient),
/* harmony export */   restClient: () => (/* binding */ restClient),
/* harmony export */   routeUrl: () => (/* binding */ routeUrl)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _answer_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56893);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3640);
/* harmony import */ var _rest_call_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58193);
/* harmony import */ var _rest_fetch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32681);
/* harmony import */ var _rest_pages_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25641);
/* harmony import */ var _rest_routes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37603);
/**
 * The REST client of main and post (issue 67: a green job's own cost): the GETs a job's stages make (the pull
 * request and its files, the job's steps, the run's jobs, the PR's comments, the token's user) are sent here
 * over rest-fetch.ts, under the same push-back policy as Octokit's plugins give (rest-call.ts `RestPolicy`),
 * with errors shaped as Octokit's (`status`, `response.headers`, GitHub's message and documentation link), so
 * jobs-api.ts, changed-files.ts and sticky-comment.ts read them alike. Octokit (~160 KB, ~15 ms of CPU to load
 * and build, each stage) loads only for what writes (the sticky comment's create, update, delete) or asks
 * GraphQL: `full`, built on the first such call. With a proxy named, `restClient` gives Octokit itself
 * (github.ts: @actions/github's proxy-aware fetch, which honours `NO_PROXY`).
 */
// A pause ends (rejecting) when the call's signal aborts: a call given up holds no timer.







/** The statuses Octokit's retry plugin never retries: the answer will not change. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/** The route a light method sends, for paginate. */
const ROUTE = Symbol('route');
/** A refused call, as Octokit's RequestError carries it: the status, GitHub's answer, the request without its token. */
class RestError extends Error {
    status;
    response;
    request;
    name = 'HttpError';
    constructor(message, status, response, request) {
        super(message);
        this.status = status;
        this.response = response;
        this.request = request;
    }
}
/** As @octokit/request words a refusal: GitHub's message, its errors, ` - <documentation url>`. */
function errorMessage(data) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return 'Unknown error';
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const d = data;
        const suffix = 'documentation_url' in d ? ` - ${String(d.documentation_url)}` : '';
        const errors = Array.isArray(d.errors) ? `: ${d.errors.map((v) => JSON.stringify(v)).join(', ')}` : '';
        return `${String(d.message)}${errors}${suffix}`;
    }
    return `Unknown error: ${JSON.stringify(data)}`;
}
/** `GET /repos/{owner}/{repo}` with `params`: the URL, the rest of them its query, as Octokit's endpoint builds it. */
function routeUrl(baseUrl, template, params) {
    const rest = { ...params };
    const path = template.replace(/\{(\w+)\}/g, (_, name) => {
        const value = rest[name];
        delete rest[name];
        return encodeURIComponent(String(value));
    });
    const query = Object.entries(rest)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join('&');
    return `${baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
}
/** The wait a rate-limit answer asks for (as Octokit's throttling reads it), and which limit; else undefined. */
function rateLimit(error) {
    if (error.status !== 403 && error.status !== 429)
        return undefined;
    const headers = error.response?.headers ?? {};
    if (/\bsecondary rate\b/i.test(error.message))
        return { kind: 'secondary', seconds: Number(headers['retry-after']) || 60 };
    const data = error.response?.data;
    const limited = Array.isArray(data?.errors) && data.errors.some((e) => e?.type === 'RATE_LIMITED');
    if (headers['x-ratelimit-remaining'] !== '0' && !limited)
        return undefined;
    // No reset named reads as 0, as Octokit's `~~` does: retried at once, not given up as "NaN s".
    const resetMs = Math.trunc(Number(headers['x-ratelimit-reset']) || 0) * 1000;
    return { kind: 'primary', seconds: Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0) };
}
const fetchGet = (0,_rest_fetch_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFetch */ .v)(() => Promise.reject(new TypeError('fetch failed: a GET has no body to stream')));
/** One try: the answer, or a RestError (a refusal, or the network's failure as Octokit's status 500). */
async function sendOnce(s, url, signal) {
    const headers = {
        accept: 'application/vnd.github.v3+json',
        authorization: `token ${s.token}`,
        'user-agent': `${s.userAgent ? `${s.userAgent} ` : ''}ci-recovery`,
    };
    let response;
    try {
        response = await fetchGet(url, { method: 'GET', headers, signal });
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        const cause = error.cause;
        const message = cause instanceof Error ? cause.message : error.message;
        throw new RestError(message, 500, undefined, { method: 'GET', url });
    }
    response.bodyAsNodeStream();
    const answer = { status: response.status, url: response.url, headers: {}, data: '' };
    for (const [name, value] of response.headers)
        answer.headers[name] = value;
    answer.data = await (0,_answer_body_js__WEBPACK_IMPORTED_MODULE_1__/* .answerData */ .p)(response.body, answer.headers['content-type']);
    if (answer.status >= 200 && answer.status < 300)
        return answer;
    const message = answer.status === 304 ? 'Not modified' : errorMessage(answer.data);
    throw new RestError(message, answer.status, answer, { method: 'GET', url });
}
/** A GET under the policy: rate limits waited out (moving the call's limit), a 5xx or the network retried. */
async function getWithPolicy(s, url, what, limit) {
    const { policy } = s;
    for (let retry = 0;; retry++) {
        try {
            return await sendOnce(s, url, limit.signal);
        }
        catch (error) {
            if (!(error instanceof RestError))
                throw error;
            const limited = rateLimit(error);
            if (limited) {
                const waits = retry < policy.retries && limited.seconds <= policy.maxWaitSeconds;
                const message = `ci-recovery: GitHub's ${limited.kind} rate limit on ${what}: ` +
                    (waits
                        ? `waiting ${limited.seconds} s (retry ${retry + 1} of ${policy.retries})`
                        : `giving up (${retry} retries made, reset in ${limited.seconds} s)`);
                // Given up, the call fails at once, as RestPolicy says (Octokit's retry plugin tries a 429 it gave
                // up on three more times, 14 s of pauses for a limit that resets later still).
                if (!waits) {
                    s.logger.warning(message);
                    throw error;
                }
                s.logger.info(message);
                // A wait GitHub asked for is not the server hanging: the call's time limit moves by it.
                limit.extend(limited.seconds * policy.msPerSecond);
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(limited.seconds * policy.msPerSecond, undefined, { signal: limit.signal });
            }
            else if (!DO_NOT_RETRY.includes(error.status) && retry < policy.retries) {
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)((retry + 1) ** 2 * policy.msPerSecond, undefined, { signal: limit.signal });
            }
            else
                throw error;
        }
    }
}
/** One GET call from its first try to its answer, within the policy's time limit. */
function call(s, template, params, url) {
    const { request, ...rest } = params;
    const what = `GET ${url ?? template}`;
    const target = url ?? routeUrl(s.baseUrl, template, rest);
    return (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_3__/* .limitCall */ .mG)(what, s.policy.callTimeoutMs, request?.signal, (limit) => getWithPolicy(s, target, what, limit));
}
/**
 * A page's items, as Octokit's paginate reads them: the array, or the one array of a `total_count` answer;
 * none for an empty or `null` body.
 */
function itemsOf(data) {
    if (Array.isArray(data))
        return data;
    if (typeof data !== 'object' || data === null)
        return [];
    const arrays = Object.values(data).filter(Array.isArray);
    return arrays[0] ?? [];
}
/** The most pages one listing of this client follows, unless its caller says fewer (rest-pages.ts listPages). */
const MAX_PAGES = 100;
async function* pages(s, method, params) {
    const template = method[ROUTE];
    if (!template)
        throw new TypeError('paginate: not a method of this client');
    const query = { ...params };
    delete query.request;
    // Each link checked before it is asked: no token off the API's origin, no page twice, so many at most.
    const guard = new _rest_pages_js__WEBPACK_IMPORTED_MODULE_5__/* .PageGuard */ .f8(`paginate GET ${template}`, s.baseUrl, MAX_PAGES);
    guard.seen(routeUrl(s.baseUrl, template, query));
    let url;
    do {
        const answer = await call(s, template, params, url);
        yield { ...answer, data: itemsOf(answer.data) };
        url = guard.next(answer.headers.link);
    } while (url);
}
/**
 * The client: the GET routes of REST_ROUTES sent here, every other method and GraphQL by `full` (Octokit,
 * loaded at its first such call, its GraphQL off the write spacing: github.ts `unspaced`).
 */
function lightClient(settings, full) {
    const rest = {};
    for (const [scope, methods] of Object.entries(_rest_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .REST_ROUTES */ .O)) {
        const built = (rest[scope] = {});
        for (const [name, route] of Object.entries(methods)) {
            const [verb, template] = route.split(' ');
            built[name] =
                verb === 'GET'
                    ? Object.assign((params = {}) => call(settings, template, params), { [ROUTE]: template })
                    : async (params) => {
                        const { client } = await full();
                        const scoped = client.rest[scope];
                        return scoped[name](params);
                    };
        }
    }
    const paginate = Object.assign(async (method, params = {}) => {
        const items = [];
        for await (const page of pages(settings, method, params))
            items.push(...page.data);
        return items;
    }, { iterator: (method, params = {}) => pages(settings, method, params) });
    const graphql = async (query, parameters) => (await full()).unspaced.graphql(query, parameters);
    return { rest, paginate, graphql, [_rest_pages_js__WEBPACK_IMPORTED_MODULE_5__/* .BASE_URL */ .C1]: settings.baseUrl };
}
/**
 * The REST client of main and post: with no proxy named, the light one (rest-light.ts: a green job's GETs
 * without Octokit, which loads at the first write); behind a proxy, Octokit with @actions/github's fetch.
 */
async function restClient(token, logger, { baseUrl, policy }) {
    const settings = { ...(baseUrl ? { baseUrl } : {}), ...(policy ? { policy } : {}), logger };
    const octokit = async () => (await Promise.all(/* import() */[__webpack_require__.e(4620), __webpack_require__.e(8463)]).then(__webpack_require__.bind(__webpack_require__, 48463))).getOctokit(token, settings);
    const env = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_2__.restEnv)();
    if (env.proxied)
        return octokit();
    if (!token)
        return octokit(); // Octokit's refusal, in its words
    let full;
    return lightClient({
        token,
        baseUrl: baseUrl ?? env.apiUrl,
        ...(env.userAgent ? { userAgent: env.userAgent } : {}),
        policy: policy ?? _rest_call_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REST_POLICY */ .es,
        logger,
    }, () => (full ??= octokit().then((client) => ({ client, unspaced: (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_3__/* .unspaced */ .y8)(client) }))));
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


/***/ })

};
