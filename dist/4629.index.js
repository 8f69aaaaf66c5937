export const id = 4629;
export const ids = [4629,3640];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ refusalOf),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);


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

/***/ 44629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CallAbandonedError: () => (/* binding */ CallAbandonedError),
  CallTimeoutError: () => (/* binding */ CallTimeoutError),
  DEFAULT_REST_POLICY: () => (/* binding */ DEFAULT_REST_POLICY),
  firstLine: () => (/* reexport */ github_plain/* firstLine */.TM),
  getOctokit: () => (/* binding */ getOctokit),
  httpStatus: () => (/* reexport */ github_plain/* httpStatus */.nG),
  refusalOf: () => (/* reexport */ github_plain/* refusalOf */.Of),
  repoFromEnv: () => (/* reexport */ github_plain.repoFromEnv),
  unspaced: () => (/* binding */ unspaced)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 10 modules
var dist_src = __webpack_require__(20708);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/content-type/dist/index.js
var dist = __webpack_require__(62372);
// EXTERNAL MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
var json_with_bigint = __webpack_require__(78429);
;// CONCATENATED MODULE: ./src/adapters/answer-body.ts
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
    const { type, parameters } = (0,dist/* parse */.qg)(contentType);
    const charset = parameters.charset?.toLowerCase();
    if (type === 'application/json' || type === 'application/scim+json') {
        const text = bytes.toString('utf8');
        try {
            return LONG_DIGITS.test(text) ? (0,json_with_bigint/* JSONParse */.Q)(text) : JSON.parse(text);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/adapters/rest-fetch.ts
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
    agents ??= { http: new (external_node_http_default()).Agent({ keepAlive: true }), https: new (external_node_https_default()).Agent({ keepAlive: true }) };
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
/** Why an aborted call fails: the signal's reason, as fetch rejects with it, else an AbortError. */
const abortError = (signal) => signal.reason instanceof Error
    ? signal.reason
    : new DOMException('This operation was aborted', 'AbortError');
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
        const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
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
        return external_node_stream_.Readable.toWeb(this.#stream);
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

;// CONCATENATED MODULE: ./src/adapters/rest-routes.ts
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

// EXTERNAL MODULE: ./src/adapters/undici-lazy.ts
var undici_lazy = __webpack_require__(91257);
// EXTERNAL MODULE: ./src/adapters/github-plain.ts
var github_plain = __webpack_require__(3640);
;// CONCATENATED MODULE: ./src/adapters/github.ts










const DEFAULT_REST_POLICY = {
    retries: 3,
    maxWaitSeconds: 120,
    msPerSecond: 1000,
    callTimeoutMs: 30_000,
};
/**
 * @actions/github's client (Octokit with its REST methods and pagination) plus the retry and throttling
 * plugins, built here from the same packages: @actions/github loads undici and its proxy code (~1 MB of
 * the bundle, most of a phase's start-up) and parses the event payload at import, whatever the job. The REST
 * methods are those ci-recovery calls (rest-routes.ts), not the plugin's table of every endpoint.
 */
const GitHubClient = dist_src/* Octokit */.E.plugin(restRoutes, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * With no proxy named, a fetch over node:http(s) (rest-fetch.ts), which the cache service's transport loads
 * anyway: undici's fetch, compiled and run for a few API calls, cost main and post ~20 ms of CPU each. With a
 * proxy, @actions/github's proxy-aware fetch itself (undici's, `HTTP(S)_PROXY` and `NO_PROXY` as the toolkit
 * reads them).
 */
function restFetch() {
    const env = process.env;
    if (!env.https_proxy && !env.HTTPS_PROXY && !env.http_proxy && !env.HTTP_PROXY)
        return callBound(nodeFetch(undici_lazy.fetch));
    let proxied;
    return callBound(async (url, init) => {
        proxied ??= Promise.all(/* import() */[__webpack_require__.e(3665), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 43665)).then((utils) => utils.defaults.request?.fetch);
        return (await proxied)(url, init);
    });
}
/**
 * `fetch` ended by the time limit of the call it serves (bindCalls): the plugins' scheduling drops the
 * signal the call hands Octokit, so without this a call given up left its fetch, and its socket, open, and
 * the socket kept the process alive after the phase was done (issue 42: main ran on for 20 minutes).
 */
function callBound(base) {
    return async (url, init) => {
        // The call's own signal, which bindCalls puts in its options: the context's clock may be another
        // call's, as the throttling's scheduler runs a call queued beside another in that one's context.
        const signal = init?.signal ?? callClocks.getStore()?.signal;
        const response = await base(url, signal && !init?.signal ? { ...init, signal } : init);
        // bindCalls reads this answer's body itself, by iterating it: rest-fetch's body need not be a web stream.
        if (signal && clocksBySignal.get(signal)?.readsAnswer)
            response.bodyAsNodeStream?.();
        return response;
    };
}
/** As @actions/github tags a runner's calls: the orchestration id in the user agent, when the runner sets one. */
function orchestrationUserAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (as @actions/github does)
 * unless `baseUrl` is given. Its messages (rate-limit waits, Octokit's own) go to `logger`, never straight
 * to the console.
 */
function getOctokit(token, { baseUrl, policy = DEFAULT_REST_POLICY, logger, }) {
    if (!token)
        throw new errors/* UserError */.yo("No GitHub token: set the 'github-token' input (default: github.token).");
    const waitOrGiveUp = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
        // A wait GitHub asked for is not the server hanging: the call's time limit moves by it. The call is
        // found by its signal: the async context may be another call's (the throttling's scheduler).
        if (waits)
            clockOf(options.request?.signal)?.extend(retryAfter * policy.msPerSecond);
        const message = `ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
            (waits
                ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
                : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`);
        // A wait is news; giving up is a warning (the caller then reports the failed call in its own words).
        if (waits)
            logger.info(message);
        else
            logger.warning(message);
        return waits;
    };
    const userAgent = orchestrationUserAgent();
    const options = {
        baseUrl: baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        auth: `token ${token}`,
        ...(userAgent ? { userAgent } : {}),
        request: { fetch: restFetch() },
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
        retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
        throttle: {
            retryAfterBaseValue: policy.msPerSecond,
            onRateLimit: waitOrGiveUp('primary'),
            onSecondaryRateLimit: waitOrGiveUp('secondary'),
        },
    };
    const octokit = new GitHubClient(options);
    bindCalls(octokit, policy.callTimeoutMs);
    // The same client without the throttling's write spacing, built on first use, for reads Octokit's
    // throttling takes for writes (a GraphQL query).
    let twin;
    readTwins.set(octokit, () => {
        if (!twin) {
            twin = new ReadClient(options);
            bindCalls(twin, policy.callTimeoutMs);
        }
        return twin;
    });
    return octokit;
}
const ReadClient = dist_src/* Octokit */.E.plugin(restRoutes, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L);
const readTwins = new WeakMap();
/**
 * `octokit` for a read that its throttling would queue as a write (POST /graphql): Octokit spaces writes
 * a second apart (GitHub's advice for content-creating requests), which a query creates nothing to need.
 * A client not made by getOctokit is returned as it is.
 */
function unspaced(octokit) {
    return readTwins.get(octokit)?.() ?? octokit;
}
/** A call that ran out of its time: not retried (by the retry plugin, which skips these statuses). */
class CallTimeoutError extends Error {
    status = 408;
    constructor(what, ms) {
        super(`GitHub did not answer ${what} within ${Math.round(ms / 1000)} s`);
        this.name = 'CallTimeoutError';
    }
}
/** A call its caller stopped waiting for (a phase's budget spent, a question no longer needed). */
class CallAbandonedError extends Error {
    constructor(what) {
        super(`${what} was abandoned before GitHub answered: its caller stopped waiting`);
        this.name = 'CallAbandonedError';
    }
}
const callClocks = new external_node_async_hooks_.AsyncLocalStorage();
/** Each call's clock by the signal bindCalls hands its fetch, which the plugins pass on with its options. */
const clocksBySignal = new WeakMap();
/** The clock of the call whose options hold `signal`; the async context's when the signal is not one of ours. */
function clockOf(signal) {
    return (signal && clocksBySignal.get(signal)) || callClocks.getStore();
}
/** A call's timer this much past due means the process was starved, not that GitHub said nothing. */
const STARVED_MS = 100;
/** How long a starved call's answer, if it came, is given to be read before the timer looks again. */
const STARVED_GRANT_MS = 250;
/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included: the
 * outermost request hook aborts the fetch (the body's download too) and rejects. Octokit hooks added after
 * the plugins wrap them.
 */
function bindCalls(octokit, ms) {
    octokit.hook.wrap('request', async (request, options) => {
        // Each call its own `request` options: Octokit hands every call the one object of the client's
        // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
        // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
        // The hooks inside this one get this same `options` object, so it is replaced here, in place.
        options.request = { ...options.request };
        const what = `${options.method} ${String(options.url)}`;
        const controller = new AbortController();
        let endsAt = Date.now() + ms;
        let timer;
        let expire = () => undefined;
        const expired = new Promise((_, reject) => {
            expire = reject;
        });
        let forgiven = 0;
        const arm = () => {
            clearTimeout(timer);
            const due = endsAt;
            timer = setTimeout(() => {
                // Fired late: this process did not run meanwhile (a loaded runner), and an answer that came in
                // that time is still unread. Give it a short while to be read (again while the timer keeps
                // firing late, up to one limit's worth in all), not the whole time lost: the phase's budget
                // would end the call first, and say less.
                const late = Date.now() - due;
                if (late > STARVED_MS && forgiven < ms) {
                    const grant = Math.min(late, STARVED_GRANT_MS, ms - forgiven);
                    forgiven += grant;
                    endsAt = Date.now() + grant;
                    arm();
                    return;
                }
                controller.abort();
                expire(new CallTimeoutError(what, ms));
            }, Math.max(0, endsAt - Date.now()));
        };
        arm();
        const clock = {
            extend: (wait) => {
                endsAt += wait;
                arm();
            },
            signal: controller.signal,
            // Unless the caller asked for the body raw.
            readsAnswer: options.request?.parseSuccessResponseBody !== false,
        };
        const given = options.request?.signal;
        const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
        // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
        // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
        // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
        // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
        // The body of a successful answer is read here (answer-body.ts: JSON without Octokit's reviver).
        const parseHere = clock.readsAnswer;
        options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
        clocksBySignal.set(signal, clock);
        try {
            return await Promise.race([
                callClocks.run(clock, async () => {
                    const response = await request({ ...options, request: { ...options.request, signal } });
                    if (parseHere)
                        response.data = await answerData(response.data, response.headers['content-type']);
                    return response;
                }),
                expired,
            ]);
        }
        catch (error) {
            if (controller.signal.aborted)
                throw new CallTimeoutError(what, ms);
            // Octokit reports a fetch its caller aborted as a bare 'Unknown Error': say which call, and why.
            throw given?.aborted ? new CallAbandonedError(what) : error;
        }
        finally {
            clearTimeout(timer);
        }
    });
}
// What callers of the client need without it: the run's repository, an error's status and message.



/***/ }),

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   realUndici: () => (/* binding */ realUndici)
/* harmony export */ });
let loading;
/** The real undici, in a chunk of its own that no process loads before this call. */
function realUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(4398), __webpack_require__.e(6752)]).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}
/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    /** The real agent. */
    agent() {
        this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
        return this.#agent;
    }
}
let fetching;
/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone() {
    fetching ??= __webpack_require__.e(/* import() */ 4398).then(__webpack_require__.t.bind(__webpack_require__, 54398, 23)).then((m) => m.fetch);
    return fetching;
}
/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
async function fetch(input, init) {
    const given = init?.dispatcher;
    if (!(given instanceof ProxyAgent))
        return (await fetchAlone())(input, init);
    return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
}


/***/ })

};
