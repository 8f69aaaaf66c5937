export const id = 29;
export const ids = [29];
export const modules = {

/***/ 58029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(93038);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(45955);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(44448);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(54653);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(37200);
// EXTERNAL MODULE: ./src/core/lanes.ts
var lanes = __webpack_require__(69570);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(49666);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(95909);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(52317);
// EXTERNAL MODULE: ./src/adapters/changed-files.ts
var changed_files = __webpack_require__(784);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(67090);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(13247);
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
        const { checkoutProblem, openStore, resumeFromPreviousAttempt } = await Promise.all(/* import() */[__webpack_require__.e(158), __webpack_require__.e(591)]).then(__webpack_require__.bind(__webpack_require__, 60972));
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

/***/ 67090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99857);


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

/***/ 54653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ legInputs),
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93038);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37406);


/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
    },
    required(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    bool(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be true or false, got '${value}'.`);
    },
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    },
    /** A positive number of minutes, fractions allowed (0.5 is 30 s); undefined when empty. */
    minutes(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!(Number.isFinite(parsed) && parsed > 0))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a positive number of minutes (e.g. 30 or 0.5), got '${value}'.`);
        return parsed;
    },
    /** One of `choices` (case-insensitive); the message lists them. */
    choice(name, choices) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        const found = choices.find((c) => c === value);
        if (found === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be one of ${choices.join(', ')}, got '${value}'.`);
        return found;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};
/**
 * The hidden inputs every ci-recovery action declares to tell matrix legs apart (defaults
 * `${{ strategy.job-index }}` and `${{ toJSON(matrix) }}`), read from `env` so the sub-actions' shared
 * job context can take them from the step's environment.
 */
function legInputs(env = process.env) {
    return { jobIndex: env['INPUT_JOB-INDEX'] ?? '', matrix: env.INPUT_MATRIX ?? '' };
}


/***/ }),

/***/ 37200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93038);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
};


/***/ }),

/***/ 93038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   lj: () => (/* binding */ runner),
/* harmony export */   nl: () => (/* binding */ inertJson)
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
/**
 * Could the runner read a line of this text as a workflow command? It splits output at `\r` as well as
 * `\n`, trims each line and takes one that starts with `::`; the older `##[command]` form is found
 * anywhere in a line.
 */
const COMMAND_LIKE = /(^|[\r\n])[^\S\r\n]*::|##\[/;
/**
 * Text we print that may carry paths, file names or log lines (anything a pull request controls), made
 * inert for the runner: text that could hold a workflow command is wrapped in a `::stop-commands::` block
 * whose token nobody can guess, so it is shown exactly as it is and never acted on. Every plain print of
 * ours goes through this (annotations and groups escape their data instead).
 */
function inertText(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    const token = `ci-recovery-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${token}::`;
}
/**
 * JSON for stdout that the runner cannot act on and that parses to the same value: JSON escapes line
 * breaks inside strings, so only the `##[` form can occur, and `\u0023` spells its second `#`.
 */
function inertJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}
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
        process.stdout.write(`${inertText(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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

/***/ 37406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
}
/**
 * A command line that cannot be run as written (unknown verb or option, a missing or malformed value,
 * options that exclude each other): the CLI's exit code 2. Fixing it means changing the arguments; any
 * other failure, however much the user's doing, is exit code 1.
 */
class UsageError extends UserError {
    name = 'UsageError';
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

/***/ 99857:
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

/***/ 45955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   Xf: () => (/* binding */ parseJobStart),
/* harmony export */   tN: () => (/* binding */ jobStartFromEnv)
/* harmony export */ });
/**
 * Every leg of a matrix shares GITHUB_JOB, and `job.check_run_id` changes with each attempt, so neither
 * can find a leg's own checkpoints of an earlier attempt. `strategy.job-index` is stable across attempts
 * and differs per leg. Job keys cannot hold a '.', so `build.leg1` never meets another job's key.
 */
function jobIdentity(jobKey, leg) {
    const matrix = parseMatrix(leg?.matrix);
    const index = leg?.jobIndex?.trim() ?? '';
    if (!matrix || !/^\d+$/.test(index))
        return { identity: jobKey };
    const values = Object.values(matrix).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return { identity: `${jobKey}.leg${index}`, legName: `${jobKey} (${values.join(', ')})` };
}
function parseMatrix(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            Object.keys(value).length > 0
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function jobStartFromEnv(env, jobId, now, leg) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const job = env.GITHUB_JOB ?? '';
    const { identity, legName } = jobIdentity(job, leg);
    return {
        startedAt: now.toISOString(),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        job,
        identity,
        ...(legName ? { legName } : {}),
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
            identity: value.identity ?? value.job ?? '',
            ...(value.legName ? { legName: value.legName } : {}),
            ...(value.jobId ? { jobId: value.jobId } : {}),
        };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 95909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   FD: () => (/* binding */ LANE_ENV),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   RN: () => (/* binding */ CONFIG_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages),
/* harmony export */   vg: () => (/* binding */ RESUMED_FROM_ENV),
/* harmony export */   wp: () => (/* binding */ LAST_CHECKPOINT_ENV)
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
/** Job-wide: the checkpoint main resumed from; run/ steps check its files are still in the workspace. */
const RESUMED_FROM_ENV = 'CI_RECOVERY_RESUMED_FROM';
/** Job-wide: this job's newest checkpoint, the parent of the next incremental one. */
const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';
/** Job-wide: the lane main decided. */
const LANE_ENV = 'CI_RECOVERY_LANE';
/** Job-wide: the effective config main loaded, as JSON. */
const CONFIG_ENV = 'CI_RECOVERY_CONFIG';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 44448:
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
