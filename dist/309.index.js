export const id = 309;
export const ids = [309];
export const modules = {

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


/***/ })

};
