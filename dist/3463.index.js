export const id = 3463;
export const ids = [3463,3640];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   restEnv: () => (/* binding */ restEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);


/**
 * What the REST clients (github.ts, rest-light.ts) read of the process's environment: the API's address
 * (GITHUB_API_URL, as @actions/github reads it), the runner's orchestration id for the user agent (as
 * @actions/github tags a runner's calls), and whether a proxy is named (`HTTP(S)_PROXY`).
 */
function restEnv() {
    const env = process.env;
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return {
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
        proxied: Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY),
    };
}
/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(text)
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
        .slice(0, 200);
}
/** What GitHub answered to a refused call: status, first line of its message, headers (for core/api-refusal). */
function refusalOf(error) {
    const status = httpStatus(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? error.response : undefined;
    const headers = typeof response === 'object' &&
        response !== null &&
        'headers' in response &&
        typeof response.headers === 'object'
        ? response.headers
        : undefined;
    return {
        ...(status !== undefined ? { status } : {}),
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)),
        ...(headers ? { headers } : {}),
    };
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   othersWriting: () => (/* binding */ othersWriting),
/* harmony export */   readAttemptJobs: () => (/* binding */ readAttemptJobs),
/* harmony export */   readJobSteps: () => (/* binding */ readJobSteps),
/* harmony export */   stepOutcome: () => (/* binding */ stepOutcome)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_api_refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48022);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3640);



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
        const status = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(error);
        const said = notPermission(error, `reading job ${jobId}`);
        if (said !== undefined)
            return { ok: false, reason: `${said} Falling back to ci-recovery's own records` };
        if (status === 403 || status === 404) {
            return {
                ok: false,
                reason: `the jobs API answered ${status} for job ${jobId}: grant the workflow 'permissions: actions: read' ` +
                    `(and pass 'github-token' if you override it); falling back to ci-recovery's own records`,
            };
        }
        return {
            ok: false,
            reason: `the jobs API could not be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); falling back to ci-recovery's own records`,
        };
    }
}
/** A refusal that is a bad token or a rate limit, not a missing permission: said as such; else undefined. */
function notPermission(error, doing) {
    const refusal = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_1__.refusalOf)(error);
    const kind = (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_0__/* .refusalKind */ .lU)(refusal, 'actions:read');
    if (kind !== 'bad-credentials' && kind !== 'rate-limit')
        return undefined;
    return (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_0__/* .explainRefusal */ .GC)(refusal, doing, 'actions:read')?.message ?? '';
}
/** A run attempt has at most a few hundred jobs (a matrix is capped at 256): ten pages of 100 hold them. */
const MAX_JOB_PAGES = 10;
/**
 * The jobs of a run attempt (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs`,
 * every page), with the runner each runs on: where the job's id is unknown (GHES) it is found among them.
 */
async function readAttemptJobs(octokit, repo, runId, attempt, signal) {
    try {
        // Page by page, not octokit.paginate: paginate drops the request's signal, so an aborted read would
        // hang on to its socket (and the process) until the call's own limit.
        const jobs = [];
        for (let page = 1; page <= MAX_JOB_PAGES; page++) {
            const { data } = await octokit.rest.actions.listJobsForWorkflowRunAttempt({
                ...repo,
                run_id: runId,
                attempt_number: attempt,
                per_page: 100,
                page,
                ...(signal ? { request: { signal } } : {}),
            });
            jobs.push(...data.jobs);
            if (data.jobs.length < 100 || jobs.length >= data.total_count)
                break;
        }
        return {
            ok: true,
            jobs: jobs.map((j) => ({ id: j.id, name: j.name, status: j.status, runnerName: j.runner_name })),
        };
    }
    catch (error) {
        const status = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_1__.httpStatus)(error);
        const said = notPermission(error, `reading the jobs of run ${runId} attempt ${attempt}`);
        if (said !== undefined)
            return { ok: false, reason: said };
        return {
            ok: false,
            reason: status === 403 || status === 404
                ? `the jobs API answered ${status} for run ${runId} attempt ${attempt}: grant the workflow 'permissions: actions: read'`
                : `the jobs of run ${runId} attempt ${attempt} could not be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})`,
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
/**
 * Whether a writer of the sticky comment could be racing this job: another job of its run attempt in
 * progress, or another run of the repository in progress (another workflow's jobs, a supervisor). Read
 * from the Actions API, two reads at once; a job queued or waiting is seconds from any post, and a read
 * that fails counts as a racer (the comment then waits and looks again, as it always did). The API shows
 * a job that just ended as still in progress for a moment: that errs on the side of waiting.
 */
async function othersWriting(octokit, repo, writer, withinMs) {
    // Its caller bounds it (adapters/job-ports.ts) or gives `withinMs`; whatever ends it, neither read is
    // left open.
    const controller = new AbortController();
    const timer = withinMs !== undefined ? setTimeout(() => controller.abort(), withinMs) : undefined;
    try {
        const request = { signal: controller.signal };
        const [runs, jobs] = await Promise.all([
            octokit.rest.actions.listWorkflowRunsForRepo({
                ...repo,
                status: 'in_progress',
                per_page: 100,
                request,
            }),
            readAttemptJobs(octokit, repo, writer.runId, writer.attempt, controller.signal),
        ]);
        const listed = runs.data.workflow_runs;
        if (runs.data.total_count > listed.length)
            return true;
        if (listed.some((r) => r.id !== writer.runId))
            return true;
        if (!jobs.ok)
            return true;
        const running = jobs.jobs.filter((j) => j.status === 'in_progress');
        // A writer that does not know its job's id is one of them: it is alone when it is the only one (none
        // shown in progress means the API has not caught up with it, so nothing is known).
        if (writer.jobId === undefined)
            return running.length !== 1;
        return running.some((j) => j.id !== writer.jobId);
    }
    catch {
        // not known: assume a rival, so the comment settles as it always did
        return true;
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}


/***/ })

};
