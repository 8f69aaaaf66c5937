export const id = 690;
export const ids = [690];
export const modules = {

/***/ 13247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ firstLine),
  QB: () => (/* binding */ getOctokit),
  nG: () => (/* binding */ httpStatus),
  K: () => (/* binding */ repoFromEnv)
});

// UNUSED EXPORTS: DEFAULT_REST_POLICY

// EXTERNAL MODULE: ../main/node_modules/@actions/github/lib/github.js
var github = __webpack_require__(96823);
// EXTERNAL MODULE: ../main/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(82743);
// EXTERNAL MODULE: ../main/node_modules/bottleneck/light.js
var light = __webpack_require__(78115);
;// CONCATENATED MODULE: ../main/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
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
var errors = __webpack_require__(37406);
;// CONCATENATED MODULE: ./src/adapters/github.ts




const DEFAULT_REST_POLICY = { retries: 3, maxWaitSeconds: 120, msPerSecond: 1000 };
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (read by @actions/github
 * when the bundle loads) unless `baseUrl` is given.
 */
function getOctokit(token, { baseUrl, policy = DEFAULT_REST_POLICY } = {}) {
    if (!token)
        throw new errors/* UserError */.yo("No GitHub token: set the 'github-token' input (default: github.token).");
    const waitOrGiveUp = (kind) => (retryAfter, options, octokit, retryCount) => {
        const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
        octokit.log.warn(`ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
            (waits
                ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
                : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`));
        return waits;
    };
    return github/* getOctokit */.Q(token, {
        ...(baseUrl ? { baseUrl } : {}),
        retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
        throttle: {
            retryAfterBaseValue: policy.msPerSecond,
            onRateLimit: waitOrGiveUp('primary'),
            onSecondaryRateLimit: waitOrGiveUp('secondary'),
        },
    }, dist_bundle/* retry */.L, throttling);
}
/** owner/repo of the current run, from GITHUB_REPOSITORY. */
function repoFromEnv(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* UserError */.yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (text.split('\n', 1)[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').slice(0, 200);
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 14509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readJobSteps),
/* harmony export */   f: () => (/* binding */ stepOutcome)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37406);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13247);


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

/***/ 56752:
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44448);
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

/***/ 83579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ DETERMINISTIC_TYPES),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93482);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type, lane, branchKind, attempt } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    const unsure = input.confidence === 'low';
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        if (unsure) {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
            };
    }
    // Deterministic: the change is the likely cause.
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    // The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
    // type needs a re-run that saw the same failure, not merely a later attempt.
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const base = { maxAttempts, backoffSeconds: budget.backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ }),

/***/ 95681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ parseStickyBody),
/* harmony export */   Sj: () => (/* binding */ renderStickyBody),
/* harmony export */   X0: () => (/* binding */ mergeSections),
/* harmony export */   Zl: () => (/* binding */ isStickyComment),
/* harmony export */   f5: () => (/* binding */ renderCommentSection)
/* harmony export */ });
/* unused harmony exports STICKY_MARKER, encodeJobKey, mergeSection */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87523);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21093);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14756);
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
/**
 * A job key made safe inside an HTML comment and unambiguous: characters outside `[A-Za-z0-9_./-]` are
 * percent-encoded (so is `%`), and `--` (which would end the comment) is broken up.
 */
function encodeJobKey(key) {
    // Cut by characters before encoding, so an encoded key never ends inside a percent sequence.
    const encoded = [...key]
        .slice(0, 100)
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
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const render = () => [
        STICKY_MARKER,
        TITLE,
        '',
        ...current.map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`),
    ].join('\n');
    const cutNote = `_Cut to fit GitHub's ${_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMIT_CHARS */ .iW.toLocaleString('en-US')}-character comment limit: the job summary has all of it._`;
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
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : cutNote;
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
/** One job's section of the sticky comment, from its report. */
function renderCommentSection(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const head = [`${icon} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const lines = [`#### ${head.join(' · ')}`, ''];
    for (const f of report.failures.slice(0, 10)) {
        const c = f.classification;
        const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.step, { max: 100 })}`;
        const decision = f.decision ? `: ${f.decision.strategy}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(f.decision.reason, 300)}` : '';
        lines.push(`- ${what}${decision}`);
        if (c?.evidence)
            lines.push(`  - evidence (line ${c.evidence.line}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(c.evidence.text, { max: 300 })}`);
    }
    if (report.failures.length > 10)
        lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
    if (report.failures.length === 0) {
        const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
        lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
    }
    if (report.flaky)
        lines.push('- flagged **flaky**: the same commit passed after this failure before');
    const saved = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .timeSaved */ .jU)(report).reduce((sum, s) => sum + s.ms, 0);
    if (saved > 0)
        lines.push(`- time saved: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(saved)}`);
    const links = [
        ...(report.jobUrl ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)('job summary', report.jobUrl)] : []),
        ...(report.runUrl
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
            : []),
    ];
    if (links.length > 0)
        lines.push('', links.join(' · '));
    if ((report.decision ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .strongestDecision */ .uc)(report.failures))?.strategy === 'manual') {
        lines.push('', '<details><summary>Post-mortem (prefilled: needs a person)</summary>', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPostMortem */ .R)(report), '', '</details>');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 87523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 21093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ stagesFromRecords),
/* harmony export */   eG: () => (/* binding */ timeSpent),
/* harmony export */   jU: () => (/* binding */ timeSaved),
/* harmony export */   uc: () => (/* binding */ strongestDecision)
/* harmony export */ });
const ms = (iso) => {
    if (!iso)
        return undefined;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? undefined : t;
};
/**
 * Stage views from the action's own records, in start order. Stages completed by an earlier attempt are
 * `resumed` (their record says skipped and the stage is in `completedStages`); `previousDurations` gives
 * how long they took then (stage -> ms; from the checkpoint manifests or the previous plan).
 */
function stagesFromRecords(records, completedStages = [], previousDurations = {}) {
    const done = new Set(completedStages);
    return [...records]
        .sort((a, b) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0))
        .map((r) => {
        const start = ms(r.startedAt);
        const end = ms(r.completedAt);
        const resumed = r.outcome === 'skipped' && r.stage !== undefined && done.has(r.stage);
        const previous = r.stage !== undefined ? previousDurations[r.stage] : undefined;
        return {
            name: r.stage || r.step,
            kind: r.kind,
            outcome: r.outcome,
            ...(r.startedAt ? { startedAt: r.startedAt } : {}),
            ...(start !== undefined && end !== undefined && end >= start ? { durationMs: end - start } : {}),
            attempts: r.attempts.map((a) => ({
                attempt: a.attempt,
                startedAt: a.startedAt,
                durationMs: a.durationMs,
                ...(a.exitCode !== undefined ? { exitCode: a.exitCode } : {}),
                ...(a.signal ? { signal: a.signal } : {}),
                ...(a.timedOut ? { timedOut: true } : {}),
                ...(a.classification ? { failureType: a.classification.type } : {}),
            })),
            ...(resumed ? { resumed: true } : {}),
            ...(previous !== undefined ? { previousDurationMs: previous } : {}),
            ...(r.checkpointId ? { checkpointId: r.checkpointId } : {}),
        };
    });
}
/**
 * Time the job did not spend thanks to recovery:
 * - a stage skipped by resume saves what it took when it last ran;
 * - a stage that passed after in-step retries saves the job re-run it would otherwise have needed: every
 *   stage before it would run again (estimated as the time from job start to the stage's start).
 */
function timeSaved(report) {
    const saved = [];
    const jobStart = ms(report.startedAt) ?? Math.min(...report.stages.map((s) => ms(s.startedAt) ?? Infinity));
    for (const stage of report.stages) {
        if (stage.resumed && stage.previousDurationMs !== undefined && stage.previousDurationMs > 0) {
            saved.push({ what: `resume skipped stage ${stage.name}`, ms: stage.previousDurationMs, how: 'resume' });
        }
        if (stage.outcome === 'success' && stage.attempts.length > 1 && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart) {
                saved.push({
                    what: `in-step retry of ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-in-step',
                });
            }
        }
    }
    return saved;
}
/** Wall time of the job so far, and the part of it spent in failed attempts (lost to failures). */
function timeSpent(report) {
    const start = ms(report.startedAt);
    const end = ms(report.finishedAt);
    let failedAttemptsMs = 0;
    for (const stage of report.stages) {
        stage.attempts.forEach((a, i) => {
            const isLastOfSuccess = stage.outcome === 'success' && i === stage.attempts.length - 1;
            if (!isLastOfSuccess)
                failedAttemptsMs += Math.max(0, a.durationMs);
        });
    }
    return {
        ...(start !== undefined && end !== undefined && end >= start ? { totalMs: end - start } : {}),
        failedAttemptsMs,
    };
}
const STRATEGY_WEIGHT = { skip: 0, retry: 1, resume: 2, rollback: 3, manual: 4 };
/** The decision that speaks for the whole job: the one that needs the most from people. */
function strongestDecision(failures) {
    let best;
    for (const f of failures) {
        if (f.decision && (!best || STRATEGY_WEIGHT[f.decision.strategy] > STRATEGY_WEIGHT[best.strategy]))
            best = f.decision;
    }
    return best;
}


/***/ }),

/***/ 14756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ renderPostMortem),
  B: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var report_markdown = __webpack_require__(87523);
// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(21093);
;// CONCATENATED MODULE: ./src/core/report/timeline.ts
/** A Mermaid gantt chart of the job's attempts: one section per stage, one bar per attempt. */

const MAX_BARS = 60;
/**
 * The fenced ```mermaid block, or '' when there is nothing timed to show. Times are epoch milliseconds
 * (`dateFormat x`); a failed attempt is `crit`, a passed one `done`, a stage resumed from an earlier
 * attempt a milestone.
 */
function renderTimeline(stages, title = 'Attempts') {
    const lines = [];
    let bars = 0;
    let omitted = 0;
    for (const stage of stages) {
        const section = [];
        if (stage.resumed) {
            const at = Date.parse(stage.startedAt ?? '');
            if (!Number.isNaN(at))
                section.push(`    resumed from an earlier attempt :milestone, ${at}, ${at + 1}`);
        }
        stage.attempts.forEach((a, i) => {
            const start = Date.parse(a.startedAt);
            if (Number.isNaN(start))
                return;
            const failed = !(stage.outcome === 'success' && i === stage.attempts.length - 1);
            const why = failed
                ? a.timedOut
                    ? 'timeout'
                    : (a.failureType ?? (a.exitCode !== undefined ? `exit ${a.exitCode}` : 'failed'))
                : 'ok';
            const end = start + Math.max(1, Math.round(a.durationMs));
            section.push(`    attempt ${a.attempt} ${(0,report_markdown/* mermaidLabel */._b)(why, 30)} :${failed ? 'crit' : 'done'}, ${start}, ${end}`);
        });
        if (section.length === 0)
            continue;
        if (bars + section.length > MAX_BARS) {
            omitted += section.length;
            continue;
        }
        bars += section.length;
        lines.push(`    section ${(0,report_markdown/* mermaidLabel */._b)(stage.name)}`, ...section);
    }
    if (bars === 0)
        return '';
    const head = [
        '```mermaid',
        'gantt',
        `    title ${(0,report_markdown/* mermaidLabel */._b)(title)}`,
        '    dateFormat x',
        '    axisFormat %H:%M:%S',
    ];
    const out = [...head, ...lines, '```'];
    if (omitted > 0)
        out.push('', `_${omitted} more attempts not drawn._`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY) and the manual post-mortem. Everything derived from logs, step
 * names, branches or commits goes through the escaping helpers; `warnings` are ci-recovery's own markdown.
 */



const OUTCOME_ICON = { success: '✅', failure: '❌', skipped: '⏭️' };
/** The job summary markdown, under `limitBytes` (cut with a note when it would not fit). */
function renderSummary(report, options = {}) {
    const limit = options.limitBytes ?? report_markdown/* STEP_SUMMARY_LIMIT_BYTES */.Wm;
    const parts = [heading(report), contextLines(report)];
    if (report.warnings.length > 0)
        parts.push(warningsBlock(report.warnings));
    const decision = report.decision ?? (0,model/* strongestDecision */.uc)(report.failures);
    if (decision) {
        parts.push(`### Decision\n\n**${decision.strategy}** (rule ${(0,report_markdown/* codeSpan */.SS)(decision.rule, { max: 80 })}): ${(0,report_markdown/* escapeText */.X1)(decision.reason, 500)}` +
            (report.flaky
                ? '\n\nThis failure is **flaky**: the same commit passed after it before (ledger).'
                : ''));
    }
    if (report.failures.length > 0)
        parts.push(`### Failures\n\n${failuresTable(report.failures)}\n\n${evidenceLines(report.failures)}`);
    if (report.stages.length > 0)
        parts.push(`### Stages\n\n${stagesTable(report.stages)}`);
    parts.push(timeBlock(report));
    const timeline = renderTimeline(report.stages, `${report.job} attempt ${report.attempt}`);
    if (timeline)
        parts.push(`### Timeline\n\n${timeline}`);
    if (decision?.strategy === 'manual')
        parts.push(renderPostMortem(report));
    const markdown = `${parts.join('\n\n')}\n`;
    const note = `> [!NOTE]\n> This summary was cut to fit GitHub's ${formatBytes(limit)} step summary limit${report.jobUrl ? `; the job log has the rest: ${(0,report_markdown/* link */.nf)('job log', report.jobUrl)}` : ''}.`;
    return (0,report_markdown/* truncateMarkdown */.o4)(markdown, limit, note, report_markdown/* utf8Bytes */.dy);
}
function heading(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const recovered = report.conclusion === 'success' && report.stages.some((s) => s.attempts.length > 1 || s.resumed);
    const state = report.conclusion === 'success'
        ? recovered
            ? 'recovered'
            : 'passed'
        : report.conclusion === 'cancelled'
            ? 'cancelled'
            : 'failed';
    return `## ${icon} ci-recovery: ${(0,report_markdown/* escapeText */.X1)(report.job, 120)} ${state} (attempt ${report.attempt})`;
}
function contextLines(report) {
    const lines = [];
    if (report.lane)
        lines.push(`**Lane:** ${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 300)}`);
    const where = [];
    if (report.runId !== undefined)
        where.push((0,report_markdown/* link */.nf)(`run ${report.runId}, attempt ${report.attempt}`, report.runUrl));
    if (report.jobUrl)
        where.push((0,report_markdown/* link */.nf)('job log', report.jobUrl));
    if (report.sha)
        where.push(`commit ${(0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12))}`);
    if (report.branch)
        where.push(`branch ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}`);
    if (report.prNumber !== undefined)
        where.push(`PR #${report.prNumber}`);
    if (where.length > 0)
        lines.push(`**Run:** ${where.join(' · ')}`);
    return lines.join('  \n');
}
function warningsBlock(warnings) {
    return ['> [!WARNING]', ...warnings.map((w) => `> ${w.replace(/\n/g, ' ')}`)].join('\n');
}
function failuresTable(failures) {
    const rows = failures.map((f) => {
        const c = f.classification;
        const step = (0,report_markdown/* codeSpan */.SS)(f.stage && f.stage !== f.step ? `${f.step} [${f.stage}]` : f.step, {
            inTable: true,
            max: 120,
        });
        const exit = f.signal
            ? `signal ${(0,report_markdown/* escapeText */.X1)(f.signal, 20)}`
            : f.exitCode !== undefined
                ? `exit ${f.exitCode}`
                : f.conclusion && f.conclusion !== 'failure'
                    ? f.conclusion
                    : '';
        const decision = f.decision
            ? `${f.decision.strategy} (${(0,report_markdown/* codeSpan */.SS)(f.decision.rule, { inTable: true, max: 60 })})`
            : '–';
        return `| ${step} | ${c ? `**${c.type}**` : 'not classified'} | ${c?.confidence ?? '–'} | ${c ? (0,report_markdown/* codeSpan */.SS)(c.rule, { inTable: true, max: 60 }) : '–'} | ${f.attempts ?? '–'} | ${exit || '–'} | ${decision} |`;
    });
    return [
        '| Step | Type | Confidence | Rule | Attempts | Exit | Decision |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The decisive line of each failure, verbatim in a code span (never markup). */
function evidenceLines(failures) {
    const lines = failures.map((f) => {
        const e = f.classification?.evidence;
        const name = (0,report_markdown/* codeSpan */.SS)(f.step, { max: 80 });
        if (!e || e.text.trim() === '')
            return `- ${name}: no decisive line found`;
        return `- ${name}, evidence (line ${e.line}): ${(0,report_markdown/* codeSpan */.SS)(e.text, { max: 400 })}`;
    });
    return `**Evidence**\n\n${lines.join('\n')}`;
}
function stagesTable(stages) {
    const rows = stages.map((s) => {
        const outcome = s.resumed
            ? `${OUTCOME_ICON.skipped} resumed${s.previousDurationMs !== undefined ? ` (took ${(0,report_markdown/* formatDuration */.a3)(s.previousDurationMs)} before)` : ''}`
            : `${OUTCOME_ICON[s.outcome]} ${s.outcome}`;
        const failedTypes = [
            ...new Set(s.attempts.map((a) => (a.timedOut ? 'timeout' : a.failureType)).filter((t) => t !== undefined)),
        ];
        const attempts = s.attempts.length === 0
            ? '0'
            : `${s.attempts.length}${failedTypes.length > 0 ? ` (${failedTypes.join(', ')})` : ''}`;
        return `| ${(0,report_markdown/* codeSpan */.SS)(s.name, { inTable: true, max: 80 })} | ${s.kind} | ${outcome} | ${attempts} | ${s.durationMs !== undefined ? (0,report_markdown/* formatDuration */.a3)(s.durationMs) : '–'} |`;
    });
    return ['| Stage | Kind | Outcome | Attempts | Duration |', '|---|---|---|---|---|', ...rows].join('\n');
}
function timeBlock(report) {
    const spent = (0,model/* timeSpent */.eG)(report);
    const saved = (0,model/* timeSaved */.jU)(report);
    const lines = [];
    if (spent.totalMs !== undefined) {
        lines.push(`- Spent: ${(0,report_markdown/* formatDuration */.a3)(spent.totalMs)} in this job attempt, ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)} of it in failed attempts.`);
    }
    else {
        lines.push(`- Spent in failed attempts: ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)}.`);
    }
    if (saved.length === 0) {
        lines.push('- Saved: nothing this time (no stage was resumed or recovered in-step).');
    }
    else {
        const total = saved.reduce((sum, s) => sum + s.ms, 0);
        lines.push(`- Saved: about **${(0,report_markdown/* formatDuration */.a3)(total)}**`);
        for (const s of saved)
            lines.push(`  - ${(0,report_markdown/* escapeText */.X1)(s.what, 200)}: ${(0,report_markdown/* formatDuration */.a3)(s.ms)}`);
    }
    return `### Time\n\n${lines.join('\n')}`;
}
function formatBytes(n) {
    return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
/**
 * The post-mortem for a failure ci-recovery hands to a person (strategy `manual`): what is known,
 * prefilled, and blanks for what only a person can say.
 */
function renderPostMortem(report) {
    const failure = report.failures.find((f) => f.decision?.strategy === 'manual') ?? report.failures[0];
    const lines = ['### Post-mortem (needs a person)', ''];
    if (failure) {
        const c = failure.classification;
        const what = [`step ${(0,report_markdown/* codeSpan */.SS)(failure.step, { max: 120 })}`];
        if (failure.stage && failure.stage !== failure.step)
            what.push(`stage ${(0,report_markdown/* codeSpan */.SS)(failure.stage, { max: 80 })}`);
        if (failure.exitCode !== undefined)
            what.push(`exit code ${failure.exitCode}`);
        if (failure.signal)
            what.push(`signal ${(0,report_markdown/* escapeText */.X1)(failure.signal, 20)}`);
        lines.push(`- **What failed:** ${what.join(', ')}`);
        lines.push(`- **Failure type:** ${c ? `${c.type} (${c.confidence} confidence, rule ${(0,report_markdown/* codeSpan */.SS)(c.rule, { max: 80 })})` : 'not classified'}`);
        lines.push(`- **Evidence:** ${c?.evidence ? `line ${c.evidence.line}: ${(0,report_markdown/* codeSpan */.SS)(c.evidence.text, { max: 400 })}` : 'no decisive line found'}`);
        if (failure.decision) {
            lines.push(`- **Why a person:** ${(0,report_markdown/* escapeText */.X1)(failure.decision.reason, 400)} (rule ${(0,report_markdown/* codeSpan */.SS)(failure.decision.rule, { max: 80 })})`);
        }
    }
    else {
        lines.push('- **What failed:** no failed step was identified');
    }
    lines.push(`- **Lane:** ${report.lane ? `${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 200)}` : 'unknown'}`);
    const inStep = failure?.attempts !== undefined ? `, ${failure.attempts} in-step attempt(s) of the failing step` : '';
    lines.push(`- **Attempts:** job attempt ${report.attempt}${report.runId !== undefined ? ` of run ${report.runId}` : ''}${inStep}`);
    lines.push(`- **Commit:** ${report.sha ? (0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12)) : 'unknown'}${report.branch ? ` on ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}` : ''}` +
        `; last good commit: ${report.lastGoodSha ? (0,report_markdown/* codeSpan */.SS)(report.lastGoodSha.slice(0, 12)) : 'unknown'}`);
    const links = Object.entries({
        ...(report.runUrl ? { run: report.runUrl } : {}),
        ...(report.jobUrl ? { 'job log': report.jobUrl } : {}),
        ...(failure?.url ? { step: failure.url } : {}),
        ...(report.links ?? {}),
    }).map(([name, url]) => (0,report_markdown/* link */.nf)(name, url));
    if (links.length > 0)
        lines.push(`- **Links:** ${links.join(' · ')}`);
    lines.push('', '| To fill in | Answer |', '|---|---|', '| Root cause | _ |', '| Caused by this change? (yes / no / unsure) | _ |', '| Fix or follow-up (link) | _ |', '| Owner | _ |', '| Should ci-recovery have decided otherwise? | _ |');
    return lines.join('\n');
}


/***/ })

};
