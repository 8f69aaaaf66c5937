export const id = 137;
export const ids = [137];
export const modules = {

/***/ 78283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5730);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54653);
/* harmony import */ var _adapters_job_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47531);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33600);
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31938);
/** The `checkpoint/` sub-action: reads its inputs and the job, and runs the checkpoint phase (phases/checkpoint.ts). */





/** Fills `seen` in the order the step reports a bad input with (see checkpointPhase). */
function readInputs(seen) {
    seen.ifNoFilesFound = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.choice('if-no-files-found', _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_3__/* .IF_NO_FILES_FOUND */ .LS);
    seen.stage = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('stage');
    return Object.assign(seen, {
        ifNoFilesFound: seen.ifNoFilesFound,
        stage: seen.stage,
        paths: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.list('paths'),
        exclude: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.list('exclude'),
        store: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('store'),
        token: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('github-token'),
        retentionDays: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.int('retention-days', { min: 1, max: 90 }),
        level: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.int('compression-level', { min: 1, max: 19 }),
        name: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('name'),
        full: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.bool('full'),
    });
}
async function run() {
    const env = (0,_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_2__/* .readJobEnv */ .l)();
    const result = await (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .checkpointPhase */ .Q)(readInputs, env, (0,_adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .stepPorts */ .F)(env));
    if (result.failed)
        process.exitCode = 1;
}


/***/ }),

/***/ 5730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stepPorts)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52317);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19858);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61158);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69920);




function stepPorts(env) {
    return {
        runner: (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointRunner */ .DJ)(env),
        workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i,
        records: { write: async (record) => void (await (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRecord */ .rh)((0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsDir */ .Ap)(), record)) },
        config: async () => (await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k)()).checkpoint,
        openStore: _job_js__WEBPACK_IMPORTED_MODULE_2__/* .openJobStore */ .nH,
        now: () => new Date(),
    };
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


/***/ })

};
