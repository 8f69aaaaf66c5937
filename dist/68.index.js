export const id = 68;
export const ids = [68];
export const modules = {

/***/ 48463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ firstLine),
  QB: () => (/* binding */ getOctokit),
  nG: () => (/* binding */ httpStatus),
  K: () => (/* binding */ repoFromEnv)
});

// UNUSED EXPORTS: CallTimeoutError, DEFAULT_REST_POLICY

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
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
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/adapters/github.ts






const DEFAULT_REST_POLICY = {
    retries: 3,
    maxWaitSeconds: 120,
    msPerSecond: 1000,
    callTimeoutMs: 30_000,
};
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (read by @actions/github
 * when the bundle loads) unless `baseUrl` is given.
 */
function getOctokit(token, { baseUrl, policy = DEFAULT_REST_POLICY } = {}) {
    if (!token)
        throw new errors/* UserError */.yo("No GitHub token: set the 'github-token' input (default: github.token).");
    const waitOrGiveUp = (kind) => (retryAfter, options, octokit, retryCount) => {
        const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
        // A wait GitHub asked for is not the server hanging: the call's time limit moves by it.
        if (waits)
            callClocks.getStore()?.extend(retryAfter * policy.msPerSecond);
        octokit.log.warn(`ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
            (waits
                ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
                : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`));
        return waits;
    };
    const octokit = github/* getOctokit */.Q(token, {
        ...(baseUrl ? { baseUrl } : {}),
        retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
        throttle: {
            retryAfterBaseValue: policy.msPerSecond,
            onRateLimit: waitOrGiveUp('primary'),
            onSecondaryRateLimit: waitOrGiveUp('secondary'),
        },
    }, dist_bundle/* retry */.L, throttling);
    bindCalls(octokit, policy.callTimeoutMs);
    return octokit;
}
/** A call that ran out of its time: not retried (by the retry plugin, which skips these statuses). */
class CallTimeoutError extends Error {
    status = 408;
    constructor(what, ms) {
        super(`GitHub did not answer ${what} within ${Math.round(ms / 1000)} s`);
        this.name = 'CallTimeoutError';
    }
}
const callClocks = new external_node_async_hooks_.AsyncLocalStorage();
/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included: the
 * outermost request hook aborts the fetch (the body's download too) and rejects. Octokit hooks added after
 * the plugins wrap them.
 */
function bindCalls(octokit, ms) {
    octokit.hook.wrap('request', async (request, options) => {
        const what = `${options.method} ${String(options.url)}`;
        const controller = new AbortController();
        let endsAt = Date.now() + ms;
        let timer;
        let expire = () => undefined;
        const expired = new Promise((_, reject) => {
            expire = reject;
        });
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
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
        };
        const given = options.request?.signal;
        const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
        try {
            return await Promise.race([
                callClocks.run(clock, () => request({ ...options, request: { ...options.request, signal } })),
                expired,
            ]);
        }
        catch (error) {
            throw controller.signal.aborted ? new CallTimeoutError(what, ms) : error;
        }
        finally {
            clearTimeout(timer);
        }
    });
}
/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,core_text/* firstLine */.T)(text)
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
        .slice(0, 200);
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 3463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readJobSteps),
/* harmony export */   f: () => (/* binding */ stepOutcome)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48463);


/**
 * The steps of a job as the jobs REST API reports them (readable while the job runs; its logs are not).
 * Never throws: a missing permission or an outage comes back as a reason that names the fix.
 */
async function readJobSteps(octokit, repo, jobId) {
    try {
        const { data } = await octokit.rest.actions.getJobForWorkflowRun({ ...repo, job_id: jobId });
        const steps = (data.steps ?? []).map(stepOutcome);
        return { ok: true, steps, jobName: data.name, ...(data.html_url ? { htmlUrl: data.html_url } : {}) };
    }
    catch (error) {
        const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(error);
        if (status === 401 || status === 403 || status === 404) {
            return {
                ok: false,
                reason: `the jobs API answered ${status} for job ${jobId}: grant the workflow 'permissions: actions: read' ` +
                    `(and pass 'github-token' if you override it); falling back to ci-recovery's own records`,
            };
        }
        return {
            ok: false,
            reason: `the jobs API could not be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}); falling back to ci-recovery's own records`,
        };
    }
}
function stepOutcome(s) {
    return {
        name: s.name,
        number: s.number,
        conclusion: toConclusion(s.status, s.conclusion),
        ...(s.started_at ? { startedAt: s.started_at } : {}),
        ...(s.completed_at ? { completedAt: s.completed_at } : {}),
    };
}
function toConclusion(status, conclusion) {
    if (status !== 'completed')
        return 'unknown';
    switch (conclusion) {
        case 'success':
        case 'failure':
        case 'cancelled':
        case 'skipped':
            return conclusion;
        default:
            return 'unknown';
    }
}


/***/ }),

/***/ 32558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ wasReverted),
/* harmony export */   CE: () => (/* binding */ serializeLedger),
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   O5: () => (/* binding */ recordRevert),
/* harmony export */   SR: () => (/* binding */ lastGoodSha),
/* harmony export */   Up: () => (/* binding */ recordOutcome),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   hY: () => (/* binding */ revertsToday),
/* harmony export */   lj: () => (/* binding */ ledgerKey),
/* harmony export */   pD: () => (/* binding */ ledgerKeyPrefix),
/* harmony export */   s8: () => (/* binding */ isFlaky),
/* harmony export */   vH: () => (/* binding */ failureSignature)
/* harmony export */ });
/* unused harmony exports LEDGER_VERSION, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_REVERTS, normalizeEvidence, attemptsFor, branchSlug, LEDGER_KEY_BASE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/**
 * The ledger: a small JSON history per branch, carried across runs (the adapter keeps it with
 * @actions/cache), used for caps (reverts per day, attempts per run) and to flag flaky failures (the same
 * commit passed after a failure with the same signature). Pure; parsing never throws.
 */


const LEDGER_VERSION = 1;
const DEFAULT_MAX_ENTRIES = 500;
const DEFAULT_MAX_REVERTS = 100;
function emptyLedger(branch) {
    return { version: LEDGER_VERSION, branch, entries: [], reverts: [] };
}
/**
 * Evidence normalized so the same failure on another run or machine gets the same signature: lowercase,
 * with numbers, hex ids, temp paths, quoted values and whitespace runs folded.
 */
function normalizeEvidence(text) {
    return text
        .toLowerCase()
        .replace(/\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:\.\d+)?z?\b/g, '<time>')
        .replace(/(?:\/tmp|\/var\/folders|[a-z]:\\users\\[^\\\s]+\\appdata\\local\\temp|\/home\/runner\/work\/_temp)[^\s'"]*/g, '<tmp>')
        .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/g, '<hex>')
        .replace(/\d+(?:\.\d+)?/g, '<n>')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Stable id of a failure: type + normalized evidence, sha-256, 16 hex characters. */
function failureSignature(type, evidence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${type}\n${normalizeEvidence(evidence ?? '')}`)
        .digest('hex')
        .slice(0, 16);
}
/** Append an entry (replacing one for the same run, attempt and job), keeping the last `maxEntries`. */
function recordOutcome(ledger, entry, maxEntries = DEFAULT_MAX_ENTRIES) {
    const entries = ledger.entries.filter((e) => !(e.runId === entry.runId && e.attempt === entry.attempt && e.job === entry.job));
    entries.push(entry);
    return { ...ledger, entries: entries.slice(-maxEntries) };
}
function recordRevert(ledger, revert, maxReverts = DEFAULT_MAX_REVERTS) {
    const reverts = ledger.reverts.filter((r) => r.sha !== revert.sha);
    reverts.push(revert);
    return { ...ledger, reverts: reverts.slice(-maxReverts) };
}
/**
 * Flaky: a failure with this signature was recorded for this commit, and the same job passed on the same
 * commit after it. `job` narrows to one job (a pass of another job proves nothing).
 */
function isFlaky(ledger, signature, sha, job) {
    const entries = ledger.entries;
    for (let i = 0; i < entries.length; i++) {
        const failure = entries[i];
        if (failure.outcome !== 'failure' || failure.signature !== signature || failure.sha !== sha)
            continue;
        if (job !== undefined && failure.job !== job)
            continue;
        for (let j = i + 1; j < entries.length; j++) {
            const later = entries[j];
            if (later.outcome === 'success' && later.sha === sha && later.job === failure.job)
                return true;
        }
    }
    return false;
}
/** Reverts made on the UTC day of `now` (for the daily cap). */
function revertsToday(ledger, now = new Date()) {
    const day = now.toISOString().slice(0, 10);
    return ledger.reverts.filter((r) => r.at.slice(0, 10) === day).length;
}
/** Has this commit been reverted already? (Dedupe: never a second revert of the same culprit.) */
function wasReverted(ledger, sha) {
    return ledger.reverts.some((r) => r.sha === sha);
}
/** The highest attempt of `runId` recorded (optionally for one job); 0 when none. */
function attemptsFor(ledger, runId, job) {
    return ledger.entries
        .filter((e) => e.runId === runId && (job === undefined || e.job === job))
        .reduce((max, e) => Math.max(max, e.attempt), 0);
}
/** The latest commit on which `job` (or every recorded job of a run, when omitted) passed. */
function lastGoodSha(ledger, job) {
    for (let i = ledger.entries.length - 1; i >= 0; i--) {
        const e = ledger.entries[i];
        if (e.outcome === 'success' && (job === undefined || e.job === job))
            return e.sha;
    }
    return undefined;
}
function serializeLedger(ledger) {
    return `${JSON.stringify(ledger, null, 1)}\n`;
}
/**
 * Parse a stored ledger. Never throws: a missing, corrupt or future-version file gives an empty ledger
 * and a `problem` to warn about; malformed entries are dropped one by one.
 */
function parseLedger(text, branch) {
    if (text === undefined || text.trim() === '')
        return { ledger: emptyLedger(branch) };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return {
            ledger: emptyLedger(branch),
            problem: `ledger is not valid JSON (${error instanceof Error ? error.message : 'parse error'}): starting a new one`,
        };
    }
    if (!isObject(value) || value.version !== LEDGER_VERSION) {
        return {
            ledger: emptyLedger(branch),
            problem: `ledger has an unknown format or version: starting a new one`,
        };
    }
    const entries = Array.isArray(value.entries) ? value.entries.filter(isEntry) : [];
    const reverts = Array.isArray(value.reverts) ? value.reverts.filter(isRevert) : [];
    const dropped = (Array.isArray(value.entries) ? value.entries.length : 0) -
        entries.length +
        (Array.isArray(value.reverts) ? value.reverts.length : 0) -
        reverts.length;
    return {
        ledger: { version: LEDGER_VERSION, branch, entries, reverts },
        ...(dropped > 0 ? { problem: `ledger: dropped ${dropped} malformed record(s)` } : {}),
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isEntry(v) {
    return (isObject(v) &&
        Number.isInteger(v.runId) &&
        Number.isInteger(v.attempt) &&
        typeof v.sha === 'string' &&
        typeof v.job === 'string' &&
        typeof v.at === 'string' &&
        (v.outcome === 'success' || v.outcome === 'failure' || v.outcome === 'cancelled') &&
        (v.failureType === undefined || _types_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILURE_TYPES */ .fs.includes(v.failureType)) &&
        (v.signature === undefined || typeof v.signature === 'string'));
}
function isRevert(v) {
    return (isObject(v) &&
        typeof v.at === 'string' &&
        typeof v.sha === 'string' &&
        (v.pr === undefined || Number.isInteger(v.pr)) &&
        (v.revertSha === undefined || typeof v.revertSha === 'string'));
}
/**
 * Branch name as a cache-key part: readable slug plus a hash of the full name, so `main` and `main-x` can
 * never share a key prefix.
 */
function branchSlug(branch) {
    const name = branch.replace(/^refs\/heads\//, '');
    const readable = name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `${readable || 'branch'}.${hash}`;
}
const LEDGER_KEY_BASE = 'ci-recovery-ledger-';
/** Prefix every ledger key of a branch starts with (restore by prefix). */
function ledgerKeyPrefix(branch) {
    return `${LEDGER_KEY_BASE}${branchSlug(branch)}-`;
}
/** A new key per run attempt (cache keys are immutable); `job` keeps jobs of one run from colliding. */
function ledgerKey(branch, runId, attempt, job) {
    const suffix = job ? `-${job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}` : '';
    return `${ledgerKeyPrefix(branch)}${runId}-${attempt}${suffix}`;
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine)
/* harmony export */ });
/** The first line of a message (the whole text when it has one line). */
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}


/***/ })

};
