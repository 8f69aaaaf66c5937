export const id = 955;
export const ids = [955];
export const modules = {

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
