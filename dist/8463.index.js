export const id = 8463;
export const ids = [8463];
export const modules = {

/***/ 48463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CallAbandonedError: () => (/* reexport */ rest_call/* CallAbandonedError */.Nx),
  CallTimeoutError: () => (/* reexport */ rest_call/* CallTimeoutError */.c2),
  DEFAULT_REST_POLICY: () => (/* reexport */ rest_call/* DEFAULT_REST_POLICY */.es),
  firstLine: () => (/* reexport */ github_plain.firstLine),
  getOctokit: () => (/* binding */ getOctokit),
  httpStatus: () => (/* reexport */ github_plain.httpStatus),
  refusalOf: () => (/* reexport */ github_plain.refusalOf),
  repoFromEnv: () => (/* reexport */ github_plain.repoFromEnv),
  unspaced: () => (/* reexport */ rest_call/* unspaced */.y8)
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
// EXTERNAL MODULE: ./src/adapters/answer-body.ts
var answer_body = __webpack_require__(56893);
// EXTERNAL MODULE: ./src/adapters/rest-fetch.ts
var rest_fetch = __webpack_require__(32681);
// EXTERNAL MODULE: ./src/adapters/github-plain.ts
var github_plain = __webpack_require__(3640);
// EXTERNAL MODULE: ./src/adapters/rest-call.ts
var rest_call = __webpack_require__(58193);
// EXTERNAL MODULE: ./src/adapters/rest-routes.ts
var rest_routes = __webpack_require__(37603);
// EXTERNAL MODULE: ./src/adapters/undici-lazy.ts
var undici_lazy = __webpack_require__(91257);
;// CONCATENATED MODULE: ./src/adapters/github.ts













/**
 * @actions/github's client (Octokit with its REST methods and pagination) plus the retry and throttling
 * plugins, built here from the same packages: @actions/github loads undici and its proxy code (~1 MB of
 * the bundle, most of a phase's start-up) and parses the event payload at import, whatever the job. The REST
 * methods are those ci-recovery calls (rest-routes.ts), not the plugin's table of every endpoint.
 */
const GitHubClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * With no proxy named, a fetch over node:http(s) (rest-fetch.ts), which the cache service's transport loads
 * anyway: undici's fetch, compiled and run for a few API calls, cost main and post ~20 ms of CPU each. With a
 * proxy, @actions/github's proxy-aware fetch itself (undici's, `HTTP(S)_PROXY` and `NO_PROXY` as the toolkit
 * reads them).
 */
function restFetch() {
    if (!(0,github_plain.restEnv)().proxied)
        return callBound((0,rest_fetch/* nodeFetch */.v)(undici_lazy.fetch));
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
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (as @actions/github does)
 * unless `baseUrl` is given. Its messages (rate-limit waits, Octokit's own) go to `logger`, never straight
 * to the console.
 */
function getOctokit(token, { baseUrl, policy = rest_call/* DEFAULT_REST_POLICY */.es, logger, }) {
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
    const { userAgent, apiUrl } = (0,github_plain.restEnv)();
    const options = {
        baseUrl: baseUrl ?? apiUrl,
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
    rest_call/* readTwins */.gp.set(octokit, () => {
        if (!twin) {
            twin = new ReadClient(options);
            bindCalls(twin, policy.callTimeoutMs);
        }
        return twin;
    });
    return octokit;
}
const ReadClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L);
const callClocks = new external_node_async_hooks_.AsyncLocalStorage();
/** Each call's clock by the signal bindCalls hands its fetch, which the plugins pass on with its options. */
const clocksBySignal = new WeakMap();
/** The clock of the call whose options hold `signal`; the async context's when the signal is not one of ours. */
function clockOf(signal) {
    return (signal && clocksBySignal.get(signal)) || callClocks.getStore();
}
/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included (limitCall:
 * the outermost request hook aborts the fetch, the body's download too, and rejects). Octokit hooks added
 * after the plugins wrap them.
 */
function bindCalls(octokit, ms) {
    octokit.hook.wrap('request', async (request, options) => {
        // Each call its own `request` options: Octokit hands every call the one object of the client's
        // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
        // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
        // The hooks inside this one get this same `options` object, so it is replaced here, in place.
        options.request = { ...options.request };
        const what = `${options.method} ${String(options.url)}`;
        // Unless the caller asked for the body raw, it is read here (answer-body.ts: JSON without Octokit's reviver).
        const parseHere = options.request?.parseSuccessResponseBody !== false;
        return (0,rest_call/* limitCall */.mG)(what, ms, options.request?.signal, async ({ signal, extend }) => {
            const clock = { extend, signal, readsAnswer: parseHere };
            // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
            // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
            // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
            // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
            options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
            clocksBySignal.set(signal, clock);
            return callClocks.run(clock, async () => {
                const response = await request({ ...options, request: { ...options.request, signal } });
                if (parseHere)
                    response.data = await (0,answer_body/* answerData */.p)(response.data, response.headers['content-type']);
                return response;
            });
        });
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
