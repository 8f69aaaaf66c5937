export const id = 1858;
export const ids = [1858];
export const modules = {

/***/ 81858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52439);
/* harmony import */ var _adapters_job_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12461);
/* harmony import */ var _adapters_job_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57527);
/* harmony import */ var _adapters_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74810);
/* harmony import */ var _phases_pre_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23213);






/** Pre: records the job's start (phases/pre.ts). It must stay light, and it never fails the job. */
async function run() {
    try {
        const env = (0,_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_1__/* .readJobEnv */ .l)();
        const token = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.string('github-token');
        await (0,_phases_pre_js__WEBPACK_IMPORTED_MODULE_3__/* .pre */ .A)({ jobId: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .h.string('job-id') }, env, { runner: _adapters_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerPort */ .Ql, jobName: (jobId) => (0,_adapters_job_name_js__WEBPACK_IMPORTED_MODULE_4__/* .readJobName */ .Z)(env, token, jobId) }, new Date());
    }
    catch (error) {
        _adapters_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerPort */ .Ql.log.warning(`ci-recovery pre: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ }),

/***/ 52439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85993);



/** Five days in minutes: the longest a job may run, on a self-hosted runner. */
const MAX_MINUTES = 7200;
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
    /** A whole number in decimal digits (not '0x10', '1e3'); undefined when empty (the default applies). */
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(value, { min, max });
        if (n === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a whole number ${(0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeRange */ .h2)({ min, max })}, in decimal digits, got '${value}'.`);
        return n;
    },
    /**
     * A positive number of minutes, fractions allowed (0.5 is 30 s), at most five days (a self-hosted
     * job's own limit: '1e308' is no limit, not a time); undefined when empty.
     */
    minutes(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveDecimal */ .hs)(value, MAX_MINUTES);
        if (n === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a positive number of minutes up to ${MAX_MINUTES} (e.g. 30 or 0.5), got '${value}'.`);
        return n;
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


/***/ }),

/***/ 57527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readJobName)
/* harmony export */ });
const TIMEOUT_MS = 10_000;
async function readJobName(env, token, jobId, signal) {
    if (!token || !env.repository || !/^\d+$/.test(jobId))
        return undefined;
    const response = await fetch(`${env.apiUrl}/repos/${env.repository}/actions/jobs/${jobId}`, {
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${token}`,
            'x-github-api-version': '2022-11-28',
        },
        signal: signal
            ? AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), signal])
            : AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok)
        throw new Error(`the jobs API answered ${response.status} for job ${jobId}`);
    const { name } = (await response.json());
    return typeof name === 'string' && name !== '' ? name : undefined;
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);


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
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


/***/ }),

/***/ 23213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ pre)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_job_start_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62201);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);
/**
 * Pre, at job set-up before checkout: records when and where the job started, for main and post. It must
 * stay light (no artifact, cache or Azure code) and never touches the workspace.
 */



async function pre(settings, env, ports, now) {
    const { runner } = ports;
    const start = (0,_core_job_start_js__WEBPACK_IMPORTED_MODULE_0__/* .jobStartFromEnv */ .tN)(env, settings.jobId, now);
    const identity = await calledIdentity(settings, env, ports);
    if (identity !== start.identity) {
        start.identity = identity;
        runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_IDENTITY_ENV */ .tR, identity);
    }
    runner.saveState(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_JOB_START */ .DF, JSON.stringify(start));
    runner.log.info(`ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`);
    return start;
}
/**
 * The identity of a job in a called workflow, from its caller's part of the jobs API name; the job's own
 * otherwise, or when the name cannot be read (warned: callers of one workflow would then share checkpoints).
 */
async function calledIdentity(settings, env, ports) {
    if (!(0,_core_job_start_js__WEBPACK_IMPORTED_MODULE_0__/* .inCalledWorkflow */ .G9)(env.workflowRef ?? '', env.jobWorkflow ?? '') || !settings.jobId)
        return env.identity;
    const name = await ports.jobName(settings.jobId).catch((error) => {
        ports.runner.log.warning(`ci-recovery: this job runs in a called workflow, and its name could not be read from the jobs API (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); grant 'actions: read', or callers of this workflow share checkpoints as '${env.identity}'.`);
        return undefined;
    });
    return name ? (0,_core_job_start_js__WEBPACK_IMPORTED_MODULE_0__/* .calledJobIdentity */ .LB)(env.identity, name) : env.identity;
}


/***/ })

};
