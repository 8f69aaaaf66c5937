export const id = 706;
export const ids = [706];
export const modules = {

/***/ 26706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(85512);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(62201);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./src/core/lanes.ts
var lanes = __webpack_require__(57668);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(29838);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/changed-files.ts
var changed_files = __webpack_require__(40026);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(48463);
;// CONCATENATED MODULE: ./src/adapters/prepare-job.ts








/**
 * Main's work: config, lane, and resume on a re-run. The lane never fails the job (unknown change ->
 * STANDARD); a bad config and a failed restore do, with the reason.
 */
async function prepareJob(opts) {
    const { settings, start, token, workspace, env, logger } = opts;
    // The default path also accepts the .yaml spelling; an explicit one is taken as given.
    const { config, file } = await (0,config_file/* loadConfig */.Z)(workspace, settings.configPath === core_config/* CONFIG_FILE */.g2 ? undefined : settings.configPath);
    logger.info(file ? `ci-recovery: loaded ${file}` : `ci-recovery: no ${settings.configPath}, using defaults`);
    const context = await (0,adapters_event/* readRunContext */.$)(env);
    let lane;
    let laneReason;
    if (settings.lane) {
        lane = settings.lane;
        laneReason = "set by the 'lane' input";
    }
    else {
        try {
            const octokit = token ? (0,github/* getOctokit */.QB)(token) : undefined;
            const change = await (0,changed_files/* readChange */.pm)({
                cwd: workspace,
                base: settings.baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch,
                ...(octokit ? { octokit, repo: (0,github/* repoFromEnv */.K)(env) } : {}),
                ...(context.pr ? { pr: context.pr.number } : {}),
            });
            ({ lane, reason: laneReason } = (0,lanes/* decideLane */.XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, config.lanes));
        }
        catch (error) {
            lane = 'STANDARD';
            laneReason = `the change could not be read (${(0,errors/* errorMessage */.gJ)(error)})`;
            logger.warning(`ci-recovery: lane STANDARD: ${laneReason}`);
        }
    }
    logger.info(`ci-recovery: lane ${lane} (${laneReason})`);
    let resumed = false;
    let resumeFrom;
    let completedStages = [];
    if (settings.resume && start.attempt > 1) {
        const { checkoutProblem, openStore, resumeFromPreviousAttempt } = await Promise.all(/* import() */[__webpack_require__.e(524), __webpack_require__.e(530)]).then(__webpack_require__.bind(__webpack_require__, 16530));
        // Restoring before actions/checkout would be wiped by it, and the stages would still skip themselves.
        const problem = await checkoutProblem(workspace, env.GITHUB_REPOSITORY ?? '');
        if (problem)
            logger.warning(`ci-recovery: not resuming: ${problem}`);
        else {
            const store = await openStore(settings.store, {
                token,
                runId: start.runId,
                ...(0,github/* repoFromEnv */.K)(env),
                cwd: workspace,
            });
            const result = await resumeFromPreviousAttempt({
                store,
                runId: start.runId,
                attempt: start.attempt,
                job: start.identity,
                workspace,
                logger,
            });
            ({ resumed, completedStages } = result);
            resumeFrom = result.resumeFrom;
        }
    }
    const jobEnv = {
        CI_RECOVERY_LANE: lane,
        CI_RECOVERY_CONFIG: JSON.stringify(config),
        [state_keys/* COMPLETED_STAGES_ENV */.Q3]: completedStages.join(','),
    };
    if (resumeFrom) {
        jobEnv.CI_RECOVERY_LAST_CHECKPOINT = resumeFrom;
        jobEnv[state_keys/* RESUMED_FROM_ENV */.vg] = resumeFrom;
    }
    return {
        lane,
        laneReason,
        ...(file ? { configFile: file } : {}),
        resumed,
        ...(resumeFrom ? { resumeFrom } : {}),
        completedStages,
        env: jobEnv,
    };
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
    };
}
/**
 * Runs after checkout: loads the config, decides the lane, and on a re-run attempt restores the latest
 * checkpoint of the previous attempt. A bad config or a failed restore fails the step; nothing else does.
 */
async function run() {
    try {
        const settings = readSettings();
        const start = (0,job_start/* parseJobStart */.Xf)(runner/* runner */.lj.getState(state_keys/* STATE_JOB_START */.DF)) ??
            (0,job_start/* jobStartFromEnv */.tN)(process.env, inputs/* input */.h.string('job-id'), new Date(), (0,inputs/* legInputs */.c)());
        // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
        runner/* runner */.lj.saveState(state_keys/* STATE_SETTINGS */.cy, JSON.stringify(settings));
        if (!runner/* runner */.lj.getState(state_keys/* STATE_JOB_START */.DF))
            runner/* runner */.lj.saveState(state_keys/* STATE_JOB_START */.DF, JSON.stringify(start));
        const prepared = await prepareJob({
            settings,
            start,
            token: inputs/* input */.h.string('github-token'),
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            env: process.env,
            logger: logger/* runnerLogger */.hB,
        });
        runner/* runner */.lj.saveState(state_keys/* STATE_LANE */.Xh, JSON.stringify({ lane: prepared.lane, reason: prepared.laneReason }));
        runner/* runner */.lj.setOutput('lane', prepared.lane);
        runner/* runner */.lj.setOutput('attempt', String(start.attempt));
        runner/* runner */.lj.setOutput('resumed', String(prepared.resumed));
        runner/* runner */.lj.setOutput('resume-from', prepared.resumeFrom ?? '');
        runner/* runner */.lj.setOutput('completed-stages', prepared.completedStages.join(','));
        runner/* runner */.lj.setOutput('config-file', prepared.configFile ?? '');
        runner/* runner */.lj.setOutput('checkpoint-id', prepared.resumeFrom ?? '');
        for (const [name, value] of Object.entries(prepared.env))
            runner/* runner */.lj.exportVariable(name, value);
    }
    catch (error) {
        runner/* runner */.lj.setFailed(`ci-recovery: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 40026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pm: () => (/* binding */ readChange)
/* harmony export */ });
/* unused harmony exports API_FILE_LIMIT, gitChange, apiChange */
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(964);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48463);
/**
 * What a change touches, for the lane: the files changed against the merge base with the base branch (git,
 * deepening a shallow clone as far as needed, within bounds), else the pull request's files from the REST API
 * (which lists at most 3,000), plus the PR's labels. Anything that cannot be known is left undefined, which
 * the lane decision reads as STANDARD.
 */



/** The PR files API returns at most this many files. */
const API_FILE_LIMIT = 3000;
/** Deepening steps tried before giving up on the merge base (depth doubles each time: 50 .. 6400). */
const DEEPEN_STEPS = 8;
async function tryGit(git, args) {
    try {
        return (await git.raw(args)).trim();
    }
    catch {
        return undefined;
    }
}
/** A commit for the base: itself, its remote-tracking branch, or fetched from origin (shallow). */
async function resolveBase(git, base) {
    const branch = base.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
    const candidates = base.startsWith('origin/') ? [base] : [`origin/${branch}`, base];
    for (const ref of candidates) {
        const sha = await tryGit(git, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (sha)
            return sha;
    }
    if (/^[0-9a-f]{7,40}$/i.test(base)) {
        await tryGit(git, ['fetch', '--no-tags', '--depth=1', 'origin', base]);
        return tryGit(git, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
    }
    await tryGit(git, [
        'fetch',
        '--no-tags',
        '--depth=1',
        'origin',
        `+refs/heads/${branch}:refs/remotes/origin/${branch}`,
    ]);
    return tryGit(git, ['rev-parse', '--verify', '--quiet', `origin/${branch}^{commit}`]);
}
/** The merge base of HEAD and base, deepening a shallow clone until it appears (bounded). */
async function mergeBase(git, base) {
    let depth = 50;
    for (let step = 0;; step++) {
        const found = await tryGit(git, ['merge-base', 'HEAD', base]);
        if (found)
            return found;
        const shallow = await tryGit(git, ['rev-parse', '--is-shallow-repository']);
        if (shallow !== 'true' || step >= DEEPEN_STEPS)
            return undefined;
        // Deepens every shallow tip: HEAD's history and the base branch's.
        if ((await tryGit(git, ['fetch', '--no-tags', `--deepen=${depth}`, 'origin'])) === undefined)
            return undefined;
        depth *= 2;
    }
}
/**
 * Files and changed lines between the merge base with `base` and HEAD; when git cannot tell, no files and
 * the reason.
 */
async function gitChange(cwd, base) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: cwd });
    if ((await tryGit(git, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return { unknownBecause: `${cwd} is not a git work tree` };
    const baseSha = await resolveBase(git, base);
    if (!baseSha)
        return { unknownBecause: `the base '${base}' is not a known commit or branch here, nor on origin` };
    const from = await mergeBase(git, baseSha);
    if (!from)
        return {
            unknownBecause: `no merge base with '${base}' (unrelated history, or deeper than the clone could be deepened)`,
        };
    const numstat = await tryGit(git, ['diff', '--numstat', '--no-renames', '-z', from, 'HEAD']);
    if (numstat === undefined)
        return { unknownBecause: `git diff against '${base}' failed` };
    const files = [];
    let changedLines = 0;
    // -z: "added\tdeleted\tpath\0" per file; binary files show "-".
    for (const entry of numstat.split('\0')) {
        const match = /^(\d+|-)\t(\d+|-)\t(.+)$/s.exec(entry.replace(/^\n/, ''));
        if (!match)
            continue;
        changedLines += (Number(match[1]) || 0) + (Number(match[2]) || 0);
        files.push(match[3] ?? '');
    }
    return { files, changedLines };
}
/** The PR's files (up to the API's 3,000), its size and labels. */
async function apiChange(octokit, repo, pr) {
    const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pr });
    const files = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pr,
        per_page: 100,
    })) {
        for (const file of page.data)
            files.push(file.filename);
        if (files.length >= API_FILE_LIMIT)
            break;
    }
    const change = {
        changedLines: pull.additions + pull.deletions,
        labels: pull.labels.map((l) => l.name),
    };
    // Past the API's limit the list is incomplete: the files are unknown (the size still counts).
    if (pull.changed_files <= API_FILE_LIMIT)
        change.files = files.slice(0, API_FILE_LIMIT);
    else
        change.unknownBecause = `pull request #${pr} changes ${pull.changed_files} files, more than the API lists (${API_FILE_LIMIT})`;
    return change;
}
async function readChange(options) {
    const { cwd, base, octokit, repo, pr } = options;
    const git = base
        ? await gitChange(cwd, base)
        : { unknownBecause: 'no base branch to compare with' };
    let api;
    if (octokit && repo && pr !== undefined) {
        try {
            api = await apiChange(octokit, repo, pr);
        }
        catch (error) {
            // With the files from git the API only adds labels; without them its failure is why they are unknown.
            const status = (0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
            api = {
                unknownBecause: `pull request #${pr} could not be read through the API (${status ? `${status}: ` : ''}${(0,_github_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))})`,
            };
        }
    }
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
async function readRunContext(env = process.env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
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

/***/ 67667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ branchKind),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from env values and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.GITHUB_REF ?? '';
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref,
        sha: env.GITHUB_SHA ?? '',
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
        if (env.GITHUB_HEAD_REF)
            context.branch = env.GITHUB_HEAD_REF;
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

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ BRANCH_KINDS),
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   ZF: () => (/* binding */ TRANSIENT_TYPES),
/* harmony export */   fs: () => (/* binding */ FAILURE_TYPES)
/* harmony export */ });
/** Shared vocabulary of ci-recovery. Pure types and constants: safe to import from any phase. */
const FAILURE_TYPES = [
    'test',
    'build',
    'quality-gate',
    'dependency',
    'network',
    'git',
    'timeout',
    'resource',
    'infrastructure',
    'cancelled',
    'config',
    'unknown',
];
/** Types whose cause is outside the change: the same commit may pass when tried again. */
const TRANSIENT_TYPES = [
    'network',
    'infrastructure',
    'git',
    'timeout',
    'resource',
];
const LANES = ['DOCS', 'STANDARD', 'HEAVY'];
const STRATEGIES = ['retry', 'resume', 'skip', 'rollback', 'manual'];
const BRANCH_KINDS = ['default', 'pr', 'other'];


/***/ })

};
