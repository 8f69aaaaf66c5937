export const id = 972;
export const ids = [972];
export const modules = {

/***/ 76972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseJobEnv: () => (/* binding */ parseJobEnv)
/* harmony export */ });
/* harmony import */ var _job_start_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45955);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95909);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44448);
/**
 * The job's environment as one typed value. The runner, ci-recovery's own earlier steps and the user set
 * these variables; this is the only place that knows their names and fallbacks. Entry points call
 * `readJobEnv()` (adapters/job-env.ts) once and pass the value down.
 */



const nonEmpty = (value) => (value ? value : undefined);
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Reads `env` (the process's, in production). `fallback` supplies what a laptop has instead. */
function parseJobEnv(env, fallback) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    const job = env.GITHUB_JOB ?? '';
    // The hidden inputs every ci-recovery action declares: `${{ strategy.job-index }}`, `${{ toJSON(matrix) }}`.
    const { identity, legName } = (0,_job_start_js__WEBPACK_IMPORTED_MODULE_0__/* .jobIdentity */ .Kv)(job, {
        jobIndex: env['INPUT_JOB-INDEX'] ?? '',
        matrix: env.INPUT_MATRIX ?? '',
    });
    const lane = env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LANE_ENV */ .FD] ?? '';
    const optional = {
        owner: owner && repo ? owner : undefined,
        repo: owner && repo ? repo : undefined,
        legName,
        runnerOs: nonEmpty(env.RUNNER_OS),
        runnerTempSet: nonEmpty(env.RUNNER_TEMP),
        sha: nonEmpty(env.GITHUB_SHA),
        ref: nonEmpty(env.GITHUB_REF),
        refName: nonEmpty(env.GITHUB_REF_NAME),
        baseRef: nonEmpty(env.GITHUB_BASE_REF),
        eventName: nonEmpty(env.GITHUB_EVENT_NAME),
        eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
        retentionDays: positiveInt(env.GITHUB_RETENTION_DAYS),
    };
    return {
        actions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || fallback.cwd,
        runnerTemp: env.RUNNER_TEMP || fallback.tmpdir,
        debug: env.RUNNER_DEBUG === '1',
        repository,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job,
        identity,
        ...definedOnly(optional),
        files: definedOnly({
            output: nonEmpty(env.GITHUB_OUTPUT),
            env: nonEmpty(env.GITHUB_ENV),
            path: nonEmpty(env.GITHUB_PATH),
            state: nonEmpty(env.GITHUB_STATE),
            summary: nonEmpty(env.GITHUB_STEP_SUMMARY),
        }),
        runtime: definedOnly({
            token: nonEmpty(env.ACTIONS_RUNTIME_TOKEN),
            resultsUrl: nonEmpty(env.ACTIONS_RESULTS_URL),
            maxArtifactCount: positiveInt(env.ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT),
        }),
        recovery: {
            ...definedOnly({
                lane: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .LANES */ .Ci.includes(lane) ? lane : undefined,
                configJson: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_ENV */ .RN]),
                lastCheckpoint: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_ENV */ .wp]),
                resumedFrom: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_FROM_ENV */ .vg]),
            }),
            completedStages: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStages */ .lj)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLETED_STAGES_ENV */ .Q3]),
        },
    };
}
/** Drops undefined members, so optional fields are absent rather than present-and-undefined. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
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
