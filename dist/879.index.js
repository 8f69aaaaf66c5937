export const id = 879;
export const ids = [879];
export const modules = {

/***/ 16879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/adapters/job-ports.ts
var job_ports = __webpack_require__(66702);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(62201);
// EXTERNAL MODULE: ./src/core/prepare.ts
var prepare = __webpack_require__(99652);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
;// CONCATENATED MODULE: ./src/phases/main.ts
/**
 * Main, after checkout: loads the config, decides the lane, and on a re-run attempt restores the latest
 * checkpoint of the previous attempt. Gathers through ports, decides in core/prepare.ts, then writes
 * state, outputs and job-wide variables. The lane never fails the job (an unreadable change is STANDARD);
 * a bad config and a failed restore throw, with the reason.
 */





async function main(settings, env, ports, now) {
    const { runner } = ports;
    const log = runner.log;
    const { jobId, ...kept } = settings;
    const savedStart = runner.getState(state_keys/* STATE_JOB_START */.DF);
    const start = (0,job_start/* jobStartOf */.t)(savedStart, env, jobId, now);
    // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
    runner.saveState(state_keys/* STATE_SETTINGS */.cy, JSON.stringify(kept));
    if (!savedStart)
        runner.saveState(state_keys/* STATE_JOB_START */.DF, JSON.stringify(start));
    // The default path also accepts the .yaml spelling; an explicit one is taken as given.
    const { config, file } = await ports.files.loadConfig(settings.configPath === config_defaults/* CONFIG_FILE */.g2 ? undefined : settings.configPath);
    log.info(file ? `ci-recovery: loaded ${file}` : `ci-recovery: no ${settings.configPath}, using defaults`);
    const context = await ports.files.runContext();
    const lane = (0,prepare/* laneFromInput */.lK)(settings.lane) ?? (await laneOfTheChange(settings, context, config, ports));
    log.info(`ci-recovery: lane ${lane.lane} (${lane.reason})`);
    const resumed = await resumeIfWanted(settings, start, ports);
    const prepared = {
        start,
        lane,
        ...(file ? { configFile: file } : {}),
        resumed,
        env: (0,prepare/* laterStepsEnv */.Hc)(lane.lane, config, resumed),
    };
    writeResults(prepared, runner);
    return prepared;
}
/** The change from git, completed by the pull request through the API; unreadable is STANDARD, warned. */
async function laneOfTheChange(settings, context, config, ports) {
    try {
        const base = (0,prepare/* changeBase */.s1)(settings.baseRef, context);
        const fromGit = base
            ? await ports.git.change(base)
            : { unknownBecause: 'no base branch to compare with' };
        const fromApi = ports.github && context.pr ? await ports.github.pullChange(context.pr.number) : undefined;
        return (0,prepare/* laneOfChange */.A8)((0,prepare/* mergeChange */.re)(fromGit, fromApi), context, config.lanes);
    }
    catch (error) {
        const lane = (0,prepare/* laneWhenUnreadable */.kr)((0,errors/* errorMessage */.gJ)(error));
        ports.runner.log.warning(`ci-recovery: lane STANDARD: ${lane.reason}`);
        return lane;
    }
}
/** Restoring before actions/checkout would be wiped by it, and the stages would still skip themselves. */
async function resumeIfWanted(settings, start, ports) {
    const none = { resumed: false, completedStages: [] };
    if (!(0,prepare/* wantsResume */.Tm)(settings, start))
        return none;
    const problem = await ports.resume.checkoutProblem();
    if (problem) {
        ports.runner.log.warning(`ci-recovery: not resuming: ${problem}`);
        return none;
    }
    const { resumed, resumeFrom, store, completedStages } = await ports.resume.resume({
        runId: start.runId,
        attempt: start.attempt,
        job: start.identity,
    });
    return { resumed, completedStages, ...(resumeFrom ? { resumeFrom } : {}), ...(store ? { store } : {}) };
}
function writeResults(prepared, runner) {
    const { lane, resumed } = prepared;
    runner.saveState(state_keys/* STATE_LANE */.Xh, JSON.stringify({ lane: lane.lane, reason: lane.reason }));
    runner.setOutput('lane', lane.lane);
    runner.setOutput('attempt', String(prepared.start.attempt));
    runner.setOutput('resumed', String(resumed.resumed));
    runner.setOutput('resume-from', resumed.resumeFrom ?? '');
    runner.setOutput('completed-stages', resumed.completedStages.join(','));
    runner.setOutput('config-file', prepared.configFile ?? '');
    runner.setOutput('checkpoint-id', resumed.resumeFrom ?? '');
    for (const [name, value] of Object.entries(prepared.env))
        runner.exportVariable(name, value);
}

;// CONCATENATED MODULE: ./src/actions/main.ts







function readSettings() {
    const lane = inputs/* input */.h.string('lane').trim().toUpperCase();
    if (lane && !types/* LANES */.Ci.includes(lane)) {
        throw new errors/* UserError */.yo(`Input 'lane' must be one of ${types/* LANES */.Ci.join(', ')} or empty, got '${lane}'.`);
    }
    return {
        configPath: inputs/* input */.h.string('config') || '.github/ci-recovery.yml',
        store: inputs/* input */.h.string('store') || 'artifact',
        resume: inputs/* input */.h.bool('resume'),
        lane: (lane || undefined),
        baseRef: inputs/* input */.h.string('base-ref') || undefined,
        comment: inputs/* input */.h.bool('comment'),
        jobId: inputs/* input */.h.string('job-id'),
    };
}
/** Main: config, lane and resume (phases/main.ts). A bad config or a failed restore fails the step. */
async function run() {
    try {
        const settings = readSettings();
        const token = inputs/* input */.h.string('github-token');
        const env = (0,job_env/* readJobEnv */.l)();
        const log = logger/* runnerPort */.Ql.log;
        await main(settings, env, {
            runner: logger/* runnerPort */.Ql,
            files: (0,job_ports/* jobFilesPort */.y2)(env),
            git: (0,job_ports/* gitPort */.WA)(env),
            ...(token ? { github: (0,job_ports/* githubPort */.Fu)(token, env, log) } : {}),
            resume: (0,job_ports/* resumePort */.R2)(settings.store, token, env, log),
        }, new Date());
    }
    catch (error) {
        logger/* runnerPort */.Ql.setFailed(`ci-recovery: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 28000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67667);


/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
async function readRunContext(env) {
    let event = {};
    if (env.eventPath) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.eventPath, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .p)(env, event);
}


/***/ }),

/***/ 48463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ firstLine),
  QB: () => (/* binding */ getOctokit),
  nG: () => (/* binding */ httpStatus),
  K: () => (/* binding */ repoFromEnv)
});

// UNUSED EXPORTS: DEFAULT_REST_POLICY

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

/***/ 66702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ githubPort),
/* harmony export */   R2: () => (/* binding */ resumePort),
/* harmony export */   WA: () => (/* binding */ gitPort),
/* harmony export */   Y0: () => (/* binding */ jobStorePort),
/* harmony export */   y2: () => (/* binding */ jobFilesPort)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28000);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48463);
/* harmony import */ var _jobs_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3463);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68329);





function jobFilesPort(env) {
    return {
        loadConfig: (file) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z)(env.workspace, file),
        effectiveConfig: () => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k)(env),
        runContext: () => (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .readRunContext */ .$)(env),
        records: () => (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecords */ .T3)((0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .recordsDir */ .Ap)(env)),
    };
}
function gitPort(env) {
    return {
        async change(base) {
            const { gitChange } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(964), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 40026));
            return gitChange(env.workspace, base);
        },
    };
}
/** The REST API with `token` (non-empty), on the run's repository. */
function githubPort(token, env, logger) {
    const octokit = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .QB)(token);
    return {
        async pullChange(pr) {
            const repo = (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(env);
            const { pullRequestChange } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(964), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 40026));
            return pullRequestChange(octokit, repo, pr);
        },
        jobSteps: (jobId) => (0,_jobs_api_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobSteps */ .X)(octokit, (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(env), jobId),
        async upsertComment(pr, jobKey, section) {
            const { upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(91), __webpack_require__.e(517)]).then(__webpack_require__.bind(__webpack_require__, 89517));
            return upsertStickyComment(octokit, (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(env), pr, jobKey, section, logger);
        },
    };
}
function jobStorePort(env, logger) {
    return {
        async restoreLedger(place) {
            const { ledgerDirIn, restoreLedger } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(830), __webpack_require__.e(168), __webpack_require__.e(647), __webpack_require__.e(942), __webpack_require__.e(472), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 58919));
            return (await restoreLedger({ ...place, dir: ledgerDirIn(env.runnerTemp) }, logger)).ledger;
        },
        async saveLedger(ledger, place) {
            const { ledgerDirIn, saveLedger } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(830), __webpack_require__.e(168), __webpack_require__.e(647), __webpack_require__.e(942), __webpack_require__.e(472), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 58919));
            await saveLedger(ledger, { ...place, dir: ledgerDirIn(env.runnerTemp) }, logger);
        },
        async uploadPlan(plan) {
            const { uploadPlan } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(830), __webpack_require__.e(168), __webpack_require__.e(747), __webpack_require__.e(647), __webpack_require__.e(942), __webpack_require__.e(683), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 87580));
            await uploadPlan(plan, logger, { tempDir: env.runnerTemp });
        },
    };
}
/** Resume from the checkpoint store `store` (the `store` input); the checkpoint code loads on first use. */
function resumePort(store, token, env, logger) {
    return {
        async checkoutProblem() {
            const { checkoutProblem } = await Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 97682));
            return checkoutProblem(env.workspace, env.repository);
        },
        async resume(previous) {
            const { defaultManifestCache, openStore, resumeFromPreviousAttempt } = await Promise.all(/* import() */[__webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 97682));
            const opened = await openStore(store, {
                token,
                runId: previous.runId,
                ...(0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFromEnv */ .K)(env),
                cwd: env.workspace,
            });
            const manifestCache = defaultManifestCache(env);
            const result = await resumeFromPreviousAttempt({
                store: opened,
                ...previous,
                workspace: env.workspace,
                logger,
                ...(manifestCache ? { manifestCache } : {}),
            });
            return { ...result, store: opened.spec };
        },
    };
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

/***/ 67667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ branchKind),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from the job's environment and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.ref ?? '';
    const context = {
        eventName: env.eventName ?? '',
        ref,
        sha: env.sha ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
        // A new branch's push has an all-zero 'before': no usable base.
        ...(payload.before && !/^0+$/.test(payload.before) ? { before: payload.before } : {}),
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


/***/ }),

/***/ 99652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ laneOfChange),
/* harmony export */   Hc: () => (/* binding */ laterStepsEnv),
/* harmony export */   Tm: () => (/* binding */ wantsResume),
/* harmony export */   kr: () => (/* binding */ laneWhenUnreadable),
/* harmony export */   lK: () => (/* binding */ laneFromInput),
/* harmony export */   re: () => (/* binding */ mergeChange),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);


/** The lane the input forces, if any. */
function laneFromInput(lane) {
    return lane ? { lane, reason: "set by the 'lane' input" } : undefined;
}
/** The lane when the change could not be read at all: the change is taken as unknown. */
function laneWhenUnreadable(why) {
    return { lane: 'STANDARD', reason: `the change could not be read (${why})` };
}
/** The ref the change is measured against: the input, else the PR's base, the push's before, the default branch. */
function changeBase(baseRef, context) {
    return baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch;
}
/** The change as git saw it, completed by the API's (labels; the files when git could not tell). */
function mergeChange(git, api) {
    if (git.files)
        return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
    if (!api)
        return git;
    if (api.files)
        return api;
    return {
        ...api,
        unknownBecause: `${git.unknownBecause ?? 'git could not tell'}; ${api.unknownBecause ?? ''}`,
    };
}
/** The lane of the change, with the labels of the event's pull request added to the change's own. */
function laneOfChange(change, context, rules) {
    return (0,_lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .decideLane */ .XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, rules);
}
/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
function wantsResume(settings, start) {
    return settings.resume && start.attempt > 1;
}
/** The job-wide variables main leaves for later steps (GITHUB_ENV). */
function laterStepsEnv(lane, config, resumed) {
    return {
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LANE_ENV */ .FD]: lane,
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_ENV */ .RN]: JSON.stringify(config),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLETED_STAGES_ENV */ .Q3]: resumed.completedStages.join(','),
        ...(resumed.resumeFrom
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_ENV */ .wp]: resumed.resumeFrom, [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_FROM_ENV */ .vg]: resumed.resumeFrom }
            : {}),
        ...(resumed.resumeFrom && resumed.store ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]: resumed.store } : {}),
    };
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
