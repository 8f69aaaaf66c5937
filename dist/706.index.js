export const id = 706;
export const ids = [706,838];
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
// EXTERNAL MODULE: ./src/adapters/github.ts
var github = __webpack_require__(92401);
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
            laneReason = `the change could not be read (${(0,errors/* errorMessage */.g)(error)})`;
            logger.warning(`ci-recovery: lane STANDARD: ${laneReason}`);
        }
    }
    logger.info(`ci-recovery: lane ${lane} (${laneReason})`);
    let resumed = false;
    let resumeFrom;
    let completedStages = [];
    if (settings.resume && start.attempt > 1) {
        const { openStore, resumeFromPreviousAttempt } = await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.bind(__webpack_require__, 72924));
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
            job: start.job,
            workspace,
            logger,
        });
        ({ resumed, completedStages } = result);
        resumeFrom = result.resumeFrom;
    }
    const jobEnv = {
        CI_RECOVERY_LANE: lane,
        CI_RECOVERY_CONFIG: JSON.stringify(config),
        [state_keys/* COMPLETED_STAGES_ENV */.Q3]: completedStages.join(','),
    };
    if (resumeFrom)
        jobEnv.CI_RECOVERY_LAST_CHECKPOINT = resumeFrom;
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
        throw new errors/* UserError */.y(`Input 'lane' must be one of ${types/* LANES */.Ci.join(', ')} or empty, got '${lane}'.`);
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
        const start = (0,job_start/* parseJobStart */.X)(runner/* runner */.l.getState(state_keys/* STATE_JOB_START */.DF)) ??
            (0,job_start/* jobStartFromEnv */.t)(process.env, inputs/* input */.h.string('job-id'), new Date());
        // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
        runner/* runner */.l.saveState(state_keys/* STATE_SETTINGS */.cy, JSON.stringify(settings));
        if (!runner/* runner */.l.getState(state_keys/* STATE_JOB_START */.DF))
            runner/* runner */.l.saveState(state_keys/* STATE_JOB_START */.DF, JSON.stringify(start));
        const prepared = await prepareJob({
            settings,
            start,
            token: inputs/* input */.h.string('github-token'),
            workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            env: process.env,
            logger: logger/* runnerLogger */.h,
        });
        runner/* runner */.l.saveState(state_keys/* STATE_LANE */.Xh, JSON.stringify({ lane: prepared.lane, reason: prepared.laneReason }));
        runner/* runner */.l.setOutput('lane', prepared.lane);
        runner/* runner */.l.setOutput('attempt', String(start.attempt));
        runner/* runner */.l.setOutput('resumed', String(prepared.resumed));
        runner/* runner */.l.setOutput('resume-from', prepared.resumeFrom ?? '');
        runner/* runner */.l.setOutput('completed-stages', prepared.completedStages.join(','));
        runner/* runner */.l.setOutput('config-file', prepared.configFile ?? '');
        runner/* runner */.l.setOutput('checkpoint-id', prepared.resumeFrom ?? '');
        for (const [name, value] of Object.entries(prepared.env))
            runner/* runner */.l.exportVariable(name, value);
    }
    catch (error) {
        runner/* runner */.l.setFailed(`ci-recovery: ${(0,errors/* errorMessage */.g)(error)}`);
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
/** Files and changed lines between the merge base with `base` and HEAD; undefined when git cannot tell. */
async function gitChange(cwd, base) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_0__/* .simpleGit */ .Lp)({ baseDir: cwd });
    if ((await tryGit(git, ['rev-parse', '--is-inside-work-tree'])) !== 'true')
        return undefined;
    const baseSha = await resolveBase(git, base);
    if (!baseSha)
        return undefined;
    const from = await mergeBase(git, baseSha);
    if (!from)
        return undefined;
    const numstat = await tryGit(git, ['diff', '--numstat', '--no-renames', '-z', from, 'HEAD']);
    if (numstat === undefined)
        return undefined;
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
    return change;
}
async function readChange(options) {
    const { cwd, base, octokit, repo, pr } = options;
    const git = base ? await gitChange(cwd, base) : undefined;
    let api;
    if (octokit && repo && pr !== undefined) {
        try {
            api = await apiChange(octokit, repo, pr);
        }
        catch (error) {
            // With the files from git, the API only adds labels: not worth failing for.
            if (!git)
                throw error;
        }
    }
    if (git)
        return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
    return api ?? {};
}


/***/ }),

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   k: () => (/* binding */ effectiveConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);



const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the root action's
 * `config` input) replaces the default locations.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 29838));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/**
 * The effective config for a sub-action: what main exported in CI_RECOVERY_CONFIG, else the file in the
 * workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env = process.env) {
    const fromMain = env.CI_RECOVERY_CONFIG ? (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(env.CI_RECOVERY_CONFIG) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.GITHUB_WORKSPACE || process.cwd())).config;
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

/***/ 92401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   QB: () => (/* binding */ getOctokit),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** The REST client; honours GITHUB_API_URL (read by @actions/github when the bundle loads). */
function getOctokit(token) {
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y("No GitHub token: set the 'github-token' input (default: github.token).");
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token);
}
/** owner/repo of the current run, from GITHUB_REPOSITORY. */
function repoFromEnv(env = process.env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ }),

/***/ 52439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name);
    },
    required(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name);
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    bool(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' must be true or false, got '${value}'.`);
    },
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* unused harmony export RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);

const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .l.endGroup();
        }
    },
};
/** Keeps every record in memory; for tests, and for the CLI's --json mode. */
class RecordingLogger {
    records = [];
    debug(message) {
        this.records.push({ level: 'debug', message });
    }
    info(message) {
        this.records.push({ level: 'info', message });
    }
    notice(message, where) {
        this.records.push({ level: 'notice', message, where });
    }
    warning(message, where) {
        this.records.push({ level: 'warning', message, where });
    }
    error(message, where) {
        this.records.push({ level: 'error', message, where });
    }
    async group(_name, fn) {
        return fn();
    }
    messages(level) {
        return this.records.filter((r) => r.level === level).map((r) => r.message);
    }
}


/***/ }),

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's protocol for a node action: inputs and state from env, file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and stdout workflow commands, byte for byte as
 * @actions/core writes them (a test holds the two to the same output).
 *
 * Why not @actions/core itself: it loads its OIDC client (http-client, undici) at import. An ncc bundle
 * holding only `core.saveState` took 126 ms to run against 49 ms for `node -e 0` (Node 24, 20 runs), ~75 ms
 * of start-up, nearly pre's whole 80 ms budget; and every `run/` attempt would pay it too. Libraries that
 * bring @actions/core along (artifact, cache, github) load it in their own lazy chunks.
 */



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotation(where) {
    return {
        title: where?.title,
        file: where?.file,
        line: where?.startLine,
        endLine: where?.endLine,
        col: where?.startColumn,
        endColumn: where?.endColumn,
    };
}
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = process.env[fileEnv];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    return true;
}
const runner = {
    /** The input's value, trimmed; '' when unset (defaults come from action.yml through the runner). */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    getState(name) {
        return process.env[`STATE_${name}`] ?? '';
    },
    saveState(name, value) {
        if (!fileCommand('GITHUB_STATE', name, value))
            issue('save-state', { name }, value);
    },
    setOutput(name, value) {
        if (!fileCommand('GITHUB_OUTPUT', name, value)) {
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
            issue('set-output', { name }, value);
        }
    },
    exportVariable(name, value) {
        process.env[name] = value;
        if (!fileCommand('GITHUB_ENV', name, value))
            issue('set-env', { name }, value);
    },
    /** Appends markdown to the job summary (the runner caps a step's summary at 1 MiB). */
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is only available in GitHub Actions.');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    },
    /** Registers a secret: the runner masks it in every later log line. */
    setSecret(value) {
        issue('add-mask', {}, value);
    },
    info(message) {
        process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    },
    debug(message) {
        issue('debug', {}, message);
    },
    notice(message, where) {
        issue('notice', annotation(where), message);
    },
    warning(message, where) {
        issue('warning', annotation(where), message);
    },
    error(message, where) {
        issue('error', annotation(where), message);
    },
    startGroup(name) {
        issue('group', {}, name);
    },
    endGroup() {
        issue('endgroup', {}, '');
    },
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, message);
    },
};


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_BUDGETS */
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */

const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 30, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
function camelize(value) {
    if (Array.isArray(value))
        return value.map(camelize);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [
        k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        camelize(v),
    ]));
}
/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
function mergeConfig(partial) {
    const p = (isObject(partial) ? partial : {});
    const budgets = (p.budgets ?? {});
    return {
        lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
        policy: Array.isArray(p.policy)
            ? p.policy.map((r) => ({ ...r, when: r.when ?? {} }))
            : [],
        budgets: {
            DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
            STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
            HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
        },
        checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
        revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
        ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 29838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g2: () => (/* reexport */ config_defaults/* CONFIG_FILE */.g2),
  PV: () => (/* reexport */ config_defaults/* DEFAULT_CONFIG */.PV),
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: DEFAULT_BUDGETS, DEFAULT_REVERT_CONFIG, camelize, closest, configFromJson, isObject, mergeConfig

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/ci-recovery.schema.json
const ci_recovery_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/ci-recovery/ci-recovery/schema/ci-recovery.schema.json","title":"ci-recovery configuration (.github/ci-recovery.yml)","description":"How ci-recovery decides lanes, which failures it retries, resumes or reverts, its budgets per lane, checkpoints, reverts and the ledger. Every key is optional: what you leave out keeps its default.","type":"object","additionalProperties":false,"definitions":{"failureType":{"type":"string","enum":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"]},"lane":{"type":"string","enum":["DOCS","STANDARD","HEAVY"]},"branchKind":{"type":"string","enum":["default","pr","other"]},"strategy":{"type":"string","enum":["retry","resume","skip","rollback","manual"]},"globs":{"type":"array","items":{"type":"string","minLength":1}},"budget":{"type":"object","additionalProperties":false,"properties":{"max-attempts":{"description":"Attempts allowed in total (the first run included) before a person has to look.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Wait before the second attempt; doubles for each later attempt (at most 10 minutes).","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Time limit of one attempt of a run/ step; the whole process tree is killed when it is reached.","type":"number","exclusiveMinimum":0,"maximum":4320},"checkpoint":{"description":"Take a checkpoint of checkpoint.paths before each run/ step in this lane.","type":"boolean"}}}},"properties":{"lanes":{"description":"How the lane of a change is decided. DOCS only if every changed file matches \'docs\'; HEAVY if any file matches \'heavy\', a heavy label is set, or the diff is large; STANDARD otherwise.","type":"object","additionalProperties":false,"properties":{"docs":{"description":"Globs of documentation files (picomatch; a glob without a slash matches the base name anywhere; \'!glob\' excludes). Replaces the default list.","$ref":"#/definitions/globs"},"heavy":{"description":"Globs of files that make a change HEAVY (lockfiles, build and CI config, infra, migrations); \'!glob\' excludes. Replaces the default list.","$ref":"#/definitions/globs"},"heavy-labels":{"description":"PR labels that make a change HEAVY.","type":"array","items":{"type":"string"}},"docs-labels":{"description":"PR labels that make a change DOCS.","type":"array","items":{"type":"string"}},"heavy-diff-lines":{"description":"A diff with more changed lines than this is HEAVY.","type":"integer","minimum":0}}},"policy":{"description":"Rules tried before the defaults, in order; the first whose \'when\' matches decides.","type":"array","items":{"type":"object","additionalProperties":false,"required":["strategy"],"properties":{"name":{"description":"Shown as the deciding rule in outputs, summaries and \'ci-recovery plan\'.","type":"string","minLength":1},"when":{"description":"Conditions; all given must hold. Leave one out to match anything.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Failure type, or a list of them.","anyOf":[{"$ref":"#/definitions/failureType"},{"type":"array","items":{"$ref":"#/definitions/failureType"}}]},"lane":{"description":"Lane, or a list of lanes.","anyOf":[{"$ref":"#/definitions/lane"},{"type":"array","items":{"$ref":"#/definitions/lane"}}]},"branch":{"description":"Branch kind: default, pr or other (or a list).","anyOf":[{"$ref":"#/definitions/branchKind"},{"type":"array","items":{"$ref":"#/definitions/branchKind"}}]},"attempt-below":{"description":"Matches while the failed attempt number is below this.","type":"integer","minimum":1}}},"strategy":{"description":"What to do: retry, resume (from the last checkpoint), skip, rollback (revert PR on the default branch) or manual.","$ref":"#/definitions/strategy"},"reason":{"description":"Why, in words; shown with the decision.","type":"string"},"max-attempts":{"description":"Overrides the lane\'s max-attempts for failures this rule matches.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Overrides the lane\'s backoff-seconds.","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Overrides the lane\'s timeout-minutes.","type":"number","exclusiveMinimum":0,"maximum":4320}}}},"budgets":{"description":"Budgets per lane.","type":"object","additionalProperties":false,"properties":{"DOCS":{"description":"Budget of DOCS changes.","$ref":"#/definitions/budget"},"STANDARD":{"description":"Budget of STANDARD changes.","$ref":"#/definitions/budget"},"HEAVY":{"description":"Budget of HEAVY changes.","$ref":"#/definitions/budget"}}},"checkpoint":{"description":"Checkpoints of the workspace.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Paths (globs) to checkpoint, relative to the workspace.","$ref":"#/definitions/globs"},"retention-days":{"description":"Days a checkpoint is kept.","type":"integer","minimum":1,"maximum":90},"store":{"description":"\'artifact\' (the run\'s artifacts) or \'dir:PATH\' (a local directory).","type":"string","pattern":"^(artifact|dir:.+)$"}}},"revert":{"description":"Automatic reverts of commits that broke the default branch.","type":"object","additionalProperties":false,"properties":{"mode":{"description":"\'pr\' opens a draft revert pull request; \'push\' pushes the revert to the default branch.","type":"string","enum":["pr","push"]},"daily-cap":{"description":"At most this many reverts per day; 0 turns reverts off.","type":"integer","minimum":0},"opt-out-marker":{"description":"A commit message containing this is never reverted automatically.","type":"string","minLength":1},"kill-switch-label":{"description":"This label on the pull request, applied by a writer, stops a revert.","type":"string","minLength":1}}},"ledger":{"description":"Per-branch history kept with the Actions cache (caps, flaky failures).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Keep the ledger.","type":"boolean"}}}}}');
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */






let validator;
function validate() {
    validator ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false }).compile(ci_recovery_schema_namespaceObject);
    return validator;
}
/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`.
 */
function parseConfig(text, file = config_defaults/* CONFIG_FILE */.g2) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.y(doc.errors
            .slice(0, 5)
            .map((e) => `${at(e.pos[0])}: invalid YAML: ${firstLine(e.message)}; ${yamlFix(e.code)}`)
            .join('\n'));
    }
    const value = doc.toJS();
    if (value === null || value === undefined)
        return (0,config_defaults/* mergeConfig */.R2)({});
    if (!(0,config_defaults/* isObject */.Gv)(value)) {
        throw new errors/* UserError */.y(`${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`);
    }
    const check = validate();
    if (!check(value))
        throw new errors/* UserError */.y(describeErrors(check.errors ?? [], doc, at).join('\n'));
    return (0,config_defaults/* mergeConfig */.R2)((0,config_defaults/* camelize */.PT)(value));
}
function firstLine(message) {
    return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
function yamlFix(code) {
    if (code === 'DUPLICATE_KEY')
        return 'keep one of the two keys';
    if (code === 'TAB_AS_INDENT')
        return 'indent with spaces, not tabs';
    if (code.includes('INDENT'))
        return 'indent nested keys consistently with spaces';
    if (code.includes('QUOTE') || code.includes('SCALAR'))
        return 'quote the value or close the quote';
    return 'fix the YAML syntax (indentation, a missing colon, or an unclosed bracket or quote)';
}
// ---- mapping schema errors to positions and advice ----
const FIX_BY_TYPE = {
    integer: 'a whole number, e.g. 3',
    number: 'a number, e.g. 10',
    boolean: 'true or false',
    string: 'a text value',
    array: 'a list, e.g. [a, b] or one "- item" per line',
    object: 'a mapping of keys ("key: value" on indented lines)',
};
function pathSegments(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function displayPath(segments) {
    let out = '';
    for (const s of segments)
        out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
    return out || 'the top level';
}
function nodeAt(doc, segments) {
    for (let n = segments.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node))
            return node;
    }
    return undefined;
}
function keyNodeAt(doc, segments, key) {
    const map = nodeAt(doc, segments);
    if (!(0,dist/* isMap */.jh)(map))
        return map;
    const pair = map.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair && (0,dist/* isNode */.Ll)(pair.key) ? pair.key : map;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest candidate, if it is close enough to be what was meant. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
function quoteList(values) {
    return values.map((v) => String(v)).join(', ');
}
/** Enum values of an `anyOf: [{$ref enum}, {array of $ref enum}]` pair in our schema. */
function anyOfValues(branches) {
    const defs = ci_recovery_schema_namespaceObject.definitions;
    const resolve = (s) => {
        const ref = s?.$ref;
        return ref ? defs[ref.replace('#/definitions/', '')] : s;
    };
    const first = Array.isArray(branches) ? resolve(branches[0]) : undefined;
    return first?.enum ?? [];
}
function describeErrors(errors, doc, at) {
    const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    // In "X or a list of X", the enum branch also reports a list value as not-an-X: drop that one.
    const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null));
    // A value that fails both branches of "X or a list of X" at the same place: say it once, from the anyOf.
    const kept = concrete.filter((e) => e.keyword !== 'type' ||
        !concrete.some((o) => o !== e && o.keyword !== 'type' && (o.instancePath + '/').startsWith(e.instancePath + '/')));
    const lines = new Map();
    const add = (segments, node, text) => {
        const key = displayPath(segments) + text;
        if (!lines.has(key))
            lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
    };
    const seenTypePaths = new Set();
    for (const e of kept) {
        const segments = pathSegments(e.instancePath);
        const where = displayPath(segments);
        const params = e.params;
        const parent = e.parentSchema;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(params.additionalProperty);
                const allowed = Object.keys(parent?.properties ?? {});
                const guess = closest(key, allowed);
                add([...segments, key], keyNodeAt(doc, segments, key), `unknown key '${key}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
                    (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`));
                break;
            }
            case 'enum': {
                const allowed = params.allowedValues ?? [];
                const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
                add(segments, nodeAt(doc, segments), `${JSON.stringify(e.data)} is not allowed for ${where}; ` +
                    (guess
                        ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
                        : `write one of: ${quoteList(allowed)}`) +
                    (anyOfAt.has(e.instancePath) ? ' (or a list of them)' : ''));
                break;
            }
            case 'required': {
                const missing = String(params.missingProperty);
                const hint = missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
                add(segments, nodeAt(doc, segments), `${where} has no '${missing}'; add '${missing}:'${hint}`);
                break;
            }
            case 'type': {
                const anyOf = errors.find((o) => o.keyword === 'anyOf' && o.instancePath === e.instancePath);
                if (anyOf) {
                    if (seenTypePaths.has(e.instancePath))
                        break;
                    seenTypePaths.add(e.instancePath);
                    add(segments, nodeAt(doc, segments), `${where} must be one value or a list of values, got ${JSON.stringify(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`);
                    break;
                }
                const expected = String(params.type);
                add(segments, nodeAt(doc, segments), `${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${JSON.stringify(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`);
                break;
            }
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'exclusiveMaximum':
                add(segments, nodeAt(doc, segments), `${where} is out of range, got ${JSON.stringify(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`);
                break;
            default:
                add(segments, nodeAt(doc, segments), `${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${JSON.stringify(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`);
        }
    }
    return [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text);
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
}
/** The message of any thrown value, so a non-Error throw never slips through as a pass. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
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

/***/ 62201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseJobStart),
/* harmony export */   t: () => (/* binding */ jobStartFromEnv)
/* harmony export */ });
function jobStartFromEnv(env, jobId, now) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
        startedAt: now.toISOString(),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        job: env.GITHUB_JOB ?? '',
        ...(jobId ? { jobId } : {}),
    };
}
/** Parses pre's state; undefined when pre did not run (e.g. a local action, where pre is skipped). */
function parseJobStart(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.startedAt !== 'string' || typeof value.attempt !== 'number')
            return undefined;
        return {
            startedAt: value.startedAt,
            runId: value.runId ?? '',
            attempt: value.attempt,
            job: value.job ?? '',
            ...(value.jobId ? { jobId: value.jobId } : {}),
        };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ DEFAULT_LANE_RULES),
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */

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
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const options = { dot: true, basename: false };
    const compile = (glob) => 
    // A glob without a slash matches a base name at any depth, like .gitignore.
    picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.includes('/') ? glob : `**/${glob}`, options);
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: compile(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (changed files unknown)` };
        return { lane: 'STANDARD', reason: 'changed files unknown' };
    }
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 80095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages)
/* harmony export */ });
/** Keys of the root action's state, shared by pre, main and post (exported to later stages as STATE_<key>). */
const STATE_JOB_START = 'job-start';
const STATE_SETTINGS = 'settings';
const STATE_LANE = 'lane';
/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
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
