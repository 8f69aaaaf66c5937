export const id = 7899;
export const ids = [7899];
export const modules = {

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   GW: () => (/* binding */ problemsOf),
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
 * A UserError of several problems, one a line (a config file's, each with its file:line:col): a terminal
 * shows each on its own line, while text echoed into one problem (a key, a value) stays on it.
 */
class ProblemsError extends UserError {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
/**
 * A ProblemsError's lines, else undefined. By shape, not `instanceof`: a bundle chunk may hold its own copy
 * of this module, and so of the class.
 */
function problemsOf(error) {
    const problems = error instanceof Error ? error.problems : undefined;
    return Array.isArray(problems) && problems.every((p) => typeof p === 'string') ? problems : undefined;
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
        // not serialisable (a cycle, a BigInt): its string will do
        return String(error);
    }
}


/***/ }),

/***/ 67667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jh: () => (/* binding */ isCommitId),
/* harmony export */   lD: () => (/* binding */ branchKind),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from the job's environment and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.ref ?? '';
    const before = payload.before;
    const context = {
        eventName: env.eventName ?? '',
        ref,
        sha: env.sha ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
        // A new branch's push has an all-zero 'before': no usable base. Anything but a commit id (SHA-1 or
        // SHA-256) is no base either: it would reach git as a revision expression.
        ...(typeof before === 'string' && isCommitId(before) && !/^0+$/.test(before) ? { before } : {}),
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
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256). */
function isCommitId(value) {
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(value);
}


/***/ }),

/***/ 30538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lf: () => (/* binding */ cacheWritable),
/* harmony export */   U8: () => (/* binding */ parseJobEnv),
/* harmony export */   Uv: () => (/* binding */ definedOnly),
/* harmony export */   nU: () => (/* binding */ cacheAccess),
/* harmony export */   zP: () => (/* binding */ cacheReadable)
/* harmony export */ });
/* unused harmony exports SUBREAPERS, isGhes, parseCachePaths */
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67667);
/* harmony import */ var _job_start_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62201);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80095);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/**
 * The job's environment as one typed value. The runner, ci-recovery's own earlier steps and the user set
 * these variables; this is the only place that knows their names and fallbacks. Entry points call
 * `readJobEnv()` (runner/adapters/job-env.ts) once and pass the value down.
 */




/** What may make a `run/` command's process a child subreaper (`off`: nothing). */
const SUBREAPERS = ['perl', 'python3', 'off'];
const nonEmpty = (value) => (value ? value : undefined);
/** A full commit id (event.ts isCommitId), else undefined. */
const commitSha = (value) => value !== undefined && (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .isCommitId */ .jh)(value.trim()) ? value.trim() : undefined;
/** Decimal digits only: Number() would also read '0x10' as 16 and '1e3' as 1000. */
function positiveInt(value) {
    const n = Number(value);
    return value && /^\d+$/.test(value.trim()) && n > 0 ? n : undefined;
}
/** The job's optional facts, each absent when its variable is not set. */
function optionalFields(env, repository, legName) {
    return {
        owner: repository?.owner,
        repo: repository?.repo,
        legName,
        runnerOs: nonEmpty(env.RUNNER_OS),
        runnerName: nonEmpty(env.RUNNER_NAME),
        runnerTempSet: nonEmpty(env.RUNNER_TEMP),
        stepId: nonEmpty(env.GITHUB_ACTION),
        cacheMode: nonEmpty(env.ACTIONS_CACHE_MODE),
        home: nonEmpty(env.HOME),
        toolCache: nonEmpty(env.RUNNER_TOOL_CACHE),
        sha: nonEmpty(env.GITHUB_SHA),
        ref: nonEmpty(env.GITHUB_REF),
        refName: nonEmpty(env.GITHUB_REF_NAME),
        baseRef: nonEmpty(env.GITHUB_BASE_REF),
        headRef: nonEmpty(env.GITHUB_HEAD_REF),
        eventName: nonEmpty(env.GITHUB_EVENT_NAME),
        eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
        retentionDays: positiveInt(env.GITHUB_RETENTION_DAYS),
        workflowRef: nonEmpty(env.GITHUB_WORKFLOW_REF),
        jobWorkflow: nonEmpty(env['INPUT_JOB-WORKFLOW']),
    };
}
/** Reads `env` (the process's, in production). `fallback` supplies what a laptop has instead. */
function parseJobEnv(env, fallback) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    const job = env.GITHUB_JOB ?? '';
    // The hidden inputs every ci-recovery action declares: `${{ strategy.job-index }}`, `${{ toJSON(matrix) }}`.
    const { identity: own, legName, legValues, } = (0,_job_start_js__WEBPACK_IMPORTED_MODULE_1__/* .jobIdentity */ .Kv)(job, {
        jobIndex: env['INPUT_JOB-INDEX'] ?? '',
        matrix: env.INPUT_MATRIX ?? '',
    });
    // Pre's identity for a job in a called workflow; it only ever extends this job's own.
    const exported = env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_IDENTITY_ENV */ .tR] ?? '';
    const identity = exported.startsWith(`${own}.via-`) ? exported : own;
    const lane = env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LANE_ENV */ .FD] ?? '';
    const optional = optionalFields(env, owner && repo ? { owner, repo } : undefined, legName);
    return {
        actions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || fallback.cwd,
        runnerTemp: env.RUNNER_TEMP || fallback.tmpdir,
        debug: env.RUNNER_DEBUG === '1',
        repository,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        ghes: isGhes(env.GITHUB_SERVER_URL || 'https://github.com'),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job,
        identity,
        ...definedOnly({ legValues }),
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
            cacheUrl: nonEmpty(env.ACTIONS_CACHE_URL),
            maxArtifactCount: positiveInt(env.ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT),
        }),
        ...definedOnly({ storeStallSeconds: positiveInt(env.CI_RECOVERY_STORE_STALL_SECONDS) }),
        ...definedOnly({ commentSettleMs: positiveInt(env.CI_RECOVERY_COMMENT_SETTLE_MS) }),
        ...definedOnly({ subreaper: SUBREAPERS.find((s) => s === env.CI_RECOVERY_SUBREAPER?.trim()) }),
        budgetSeconds: definedOnly({
            main: positiveInt(env.CI_RECOVERY_MAIN_BUDGET_SECONDS),
            post: positiveInt(env.CI_RECOVERY_POST_BUDGET_SECONDS),
            supervise: positiveInt(env.CI_RECOVERY_SUPERVISE_BUDGET_SECONDS),
        }),
        recovery: {
            ...definedOnly({
                lane: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .LANES */ .Ci.includes(lane) ? lane : undefined,
                configFile: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE_ENV */ .K1]),
                lastCheckpoint: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_ENV */ .wp]),
                lastCheckpointStore: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]),
                resumedFrom: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_FROM_ENV */ .vg]),
                resumedStore: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_STORE_ENV */ .O_]),
                resumedCost: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .parseResumedCost */ .En)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_COST_ENV */ .SL]),
                checkoutHead: commitSha(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_HEAD_ENV */ .Sk]),
            }),
            completedStages: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStages */ .lj)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPLETED_STAGES_ENV */ .Q3]),
            restoredStages: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStages */ .lj)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESTORED_STAGES_ENV */ .D8]),
            attemptStages: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStages */ .lj)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTEMPT_STAGES_ENV */ .sT]),
            stageDurations: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStageDurations */ .Rl)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_DURATIONS_ENV */ .TM]),
            cachePaths: parseCachePaths(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CACHE_PATHS_ENV */ .yr]),
        },
    };
}
/** Drops undefined members, so optional fields are absent rather than present-and-undefined. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * Is this GitHub Enterprise Server? As the toolkit decides it (actions/toolkit packages/cache/src/internal/
 * config.ts `isGhes`): any host but github.com, a GHE.com tenant (`*.ghe.com`) or `*.localhost`. GHES has no
 * `job.check_run_id` nor `job.workflow_*`, and older artifact (v3) and cache (v1) services.
 */
function isGhes(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.trim().toLowerCase();
    }
    catch {
        // not a URL: not GitHub.com
        return false;
    }
    return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}
/**
 * What the runner's `ACTIONS_CACHE_MODE` lets this job do with the cache. The runner (v2.336.0,
 * `HandlerL0.cs` tests) sets `none`, `read`, `write` or `write-only`; @actions/cache 6.3.0 refuses reads
 * under `none` and `write-only` and writes under `none` and `read` (docs/runner-model.md). Unset (an older
 * runner, GHES) or another value: both, as the toolkit then does; whether a save was refused is then
 * known only from the service's answer.
 */
function cacheAccess(mode) {
    switch ((mode ?? '').trim().toLowerCase()) {
        case 'none':
            return { read: false, write: false, known: true };
        case 'read':
            return { read: true, write: false, known: true };
        case 'write-only':
            return { read: false, write: true, known: true };
        case 'write':
            return { read: true, write: true, known: true };
        default:
            return { read: true, write: true, known: false };
    }
}
/** May this job write the cache? Not under `none` or `read` (cacheAccess). */
function cacheWritable(mode) {
    return cacheAccess(mode).write;
}
/** May this job read the cache? Not under `none` or `write-only` (cacheAccess). */
function cacheReadable(mode) {
    return cacheAccess(mode).read;
}
/** The job's declared cache paths (stage -> entries), from the job-wide variable; malformed is empty. */
function parseCachePaths(value) {
    if (!value)
        return {};
    try {
        const raw = JSON.parse(value);
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
            return {};
        return Object.fromEntries(Object.entries(raw)
            .filter((e) => Array.isArray(e[1]) && e[1].every((p) => typeof p === 'string'))
            .slice(0, 100));
    }
    catch {
        // a matrix that is not JSON names no leg
        return {};
    }
}


/***/ }),

/***/ 62201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ inCalledWorkflow),
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   LB: () => (/* binding */ calledJobIdentity),
/* harmony export */   NU: () => (/* binding */ reportStart),
/* harmony export */   t: () => (/* binding */ jobStartOf),
/* harmony export */   tN: () => (/* binding */ jobStartFromEnv),
/* harmony export */   zn: () => (/* binding */ otherLegOfJob)
/* harmony export */ });
/* unused harmony export parseJobStart */
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
    return {
        identity: `${jobKey}.leg${index}`,
        legName: `${jobKey} (${values.join(', ')})`,
        legValues: JSON.stringify(sortedKeys(matrix)),
    };
}
/** `value` with every object's keys in order: the same values make the same JSON, whatever order they came in. */
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys(value[k])]));
}
/** A leg's part of a job identity: `.leg<index>`, before any `.via-<caller>` (a job key holds no '.'). */
const LEG = /\.leg(\d+)(?=\.via-|$)/;
/** Whether identities `a` and `b` are two different legs of one matrix job. */
function otherLegOfJob(a, b) {
    const la = LEG.exec(a);
    const lb = LEG.exec(b);
    return la !== null && lb !== null && la[1] !== lb[1] && a.replace(LEG, '') === b.replace(LEG, '');
}
/**
 * Whether the job is defined in a called (reusable) workflow: `job.workflow_repository` and
 * `job.workflow_file_path` (the file that defines the job, the hidden input `job-workflow` joins them as
 * `repo/path`) name another file than the run's own workflow (GITHUB_WORKFLOW_REF,
 * `owner/repo/.github/workflows/ci.yml@ref`). Unknown (an empty input) is false.
 */
function inCalledWorkflow(workflowRef, jobWorkflow) {
    const job = jobWorkflow.trim();
    if (!/^[^/]+\/[^/]+\/.+/.test(job))
        return false;
    const run = workflowRef.replace(/@.*$/, '');
    return run !== '' && run !== job;
}
/**
 * The identity of a job in a called workflow. GITHUB_JOB there is the called job's key, the same for every
 * caller of the workflow (actions/runner#2577), so two callers would share checkpoints, plan artifact names
 * and resume. The jobs API names such a job `<caller> / <called>` (`<a> / <b> / <called>` when nested), which
 * differs per caller and stays the same across attempts; its caller part is added to the identity.
 */
function calledJobIdentity(identity, apiJobName) {
    const cut = apiJobName.lastIndexOf(' / ');
    if (cut <= 0)
        return identity;
    const slug = apiJobName
        .slice(0, cut)
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
    return slug ? `${identity}.via-${slug}` : identity;
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
        // state that is not JSON is no state: the job's start is unknown
        return undefined;
    }
}
/** The job's start as the environment tells it (the leg from the hidden inputs, already in `env`). */
function jobStartFromEnv(env, jobId, now) {
    return {
        startedAt: now.toISOString(),
        runId: env.runId,
        attempt: env.attempt,
        job: env.job,
        identity: env.identity,
        ...(env.legName ? { legName: env.legName } : {}),
        ...(jobId ? { jobId } : {}),
    };
}
/** Main's record of the job from state, else the one the environment gives (main did not run). */
function jobStartOf(state, env, jobId, now) {
    return parseJobStart(state) ?? jobStartFromEnv(env, jobId, now);
}
/** Parses main's state; undefined when main did not run or wrote none. */
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
        // state that is not JSON is no state: the job's start is unknown
        return undefined;
    }
}
/**
 * The jobs API's `started_at` is an ISO 8601 date-time (`2019-08-08T08:00:00-07:00`, GitHub's REST schema
 * `job`): only that form is read, since Date.parse also reads '1' or 'x 12' as dates in 2001.
 */
const API_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/**
 * A job runs at most 5 days (docs.github.com, "Usage limits for self-hosted runners", job execution time;
 * 6 hours on GitHub's runners): a start further before ci-recovery's step is not this job's.
 */
const LONGEST_JOB_MS = 5 * 24 * 3_600_000;
/**
 * The start a report counts the job's times from: the jobs API's `started_at` of this job (GitHub's own,
 * read by post anyway), else when ci-recovery's step began, marked so that no duration counted from it is
 * shown as the job's. A `started_at` after that step's start (a clock apart, an answer about another
 * attempt), longer before it than a job runs, or not a date-time, cannot be the job's and is not taken.
 */
function reportStart(stepStartedAt, apiStartedAt) {
    const api = typeof apiStartedAt === 'string' && API_DATE_TIME.test(apiStartedAt) ? Date.parse(apiStartedAt) : NaN;
    const step = Date.parse(stepStartedAt);
    if (Number.isFinite(api) && (!Number.isFinite(step) || (api <= step && step - api <= LONGEST_JOB_MS)))
        return { startedAt: new Date(api).toISOString() };
    return { startedAt: stepStartedAt, fromStep: true };
}


/***/ }),

/***/ 85993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h2: () => (/* binding */ wholeRange),
/* harmony export */   hs: () => (/* binding */ positiveDecimal),
/* harmony export */   rD: () => (/* binding */ wholeNumber)
/* harmony export */ });
/**
 * Numbers as users write them in inputs and on a command line, read one strict way: decimal digits
 * only. `Number()` reads '' and '  ' as 0 (`--retention-days ''` from an unset variable deleted every
 * checkpoint), '0x10' as 16 and '1e308' as a number so large it meant no limit: each of those is a
 * mistake, which the callers report naming the input or option and what is allowed (wholeRange).
 */
const WHOLE = /^[0-9]+$/;
const DECIMAL = /^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;
/** `text` as a whole number in `range`; undefined when it is not one (empty, blank, '0x10', '1e3', '-1'). */
function wholeNumber(text, range) {
    const n = WHOLE.test(text) ? Number(text) : NaN;
    return n >= range.min && n <= range.max ? n : undefined;
}
/** `text` as a positive decimal number up to `max` (fractions allowed: '0.5'); undefined when not one. */
function positiveDecimal(text, max) {
    const n = DECIMAL.test(text) ? Number(text) : NaN;
    return n > 0 && n <= max ? n : undefined;
}
/** 'from 1 to 90', or 'from 1' when there is no real upper bound. */
function wholeRange({ min, max }) {
    return max >= Number.MAX_SAFE_INTEGER ? `from ${min}` : `from ${min} to ${max}`;
}


/***/ }),

/***/ 80095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ RESTORED_STAGES_ENV),
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   En: () => (/* binding */ parseResumedCost),
/* harmony export */   FD: () => (/* binding */ LANE_ENV),
/* harmony export */   K1: () => (/* binding */ CONFIG_FILE_ENV),
/* harmony export */   OA: () => (/* binding */ durationsOfStages),
/* harmony export */   O_: () => (/* binding */ RESUMED_STORE_ENV),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   Rl: () => (/* binding */ parseStageDurations),
/* harmony export */   SL: () => (/* binding */ RESUMED_COST_ENV),
/* harmony export */   Sk: () => (/* binding */ CHECKOUT_HEAD_ENV),
/* harmony export */   TM: () => (/* binding */ STAGE_DURATIONS_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages),
/* harmony export */   mp: () => (/* binding */ LAST_CHECKPOINT_STORE_ENV),
/* harmony export */   sT: () => (/* binding */ ATTEMPT_STAGES_ENV),
/* harmony export */   tR: () => (/* binding */ JOB_IDENTITY_ENV),
/* harmony export */   vg: () => (/* binding */ RESUMED_FROM_ENV),
/* harmony export */   wp: () => (/* binding */ LAST_CHECKPOINT_ENV),
/* harmony export */   yr: () => (/* binding */ CACHE_PATHS_ENV)
/* harmony export */ });
/** Keys of the root action's state, written by main for post (exported to later stages as STATE_<key>). */
const STATE_JOB_START = 'job-start';
const STATE_SETTINGS = 'settings';
const STATE_LANE = 'lane';
/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';
/**
 * Job-wide: the stages main restored from an earlier attempt's checkpoint (set once, by main). Only these
 * may be skipped: a stage completed in this attempt is never a reason to skip a later step of its name.
 */
const RESTORED_STAGES_ENV = 'CI_RECOVERY_RESTORED_STAGES';
/** Job-wide: the stages `run/` steps of this attempt have passed or skipped so far (run/ appends). */
const ATTEMPT_STAGES_ENV = 'CI_RECOVERY_ATTEMPT_STAGES';
/** Job-wide: the checkpoint main resumed from; run/ steps check its files are still in the workspace. */
const RESUMED_FROM_ENV = 'CI_RECOVERY_RESUMED_FROM';
/** Job-wide: this job's newest checkpoint, the parent of the next incremental one. */
const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';
/** Job-wide: the store that checkpoint is in (its spec); a parent is only ever taken from the same store. */
const LAST_CHECKPOINT_STORE_ENV = 'CI_RECOVERY_LAST_CHECKPOINT_STORE';
/** Job-wide: the job's identity when main extended it for a called workflow (`<job>.via-<caller>`). */
const JOB_IDENTITY_ENV = 'CI_RECOVERY_JOB_IDENTITY';
/** Job-wide: the lane main decided. */
const LANE_ENV = 'CI_RECOVERY_LANE';
/**
 * Job-wide: the path of the file (in RUNNER_TEMP) holding the effective config main loaded, as JSON. Not the
 * JSON itself: a config may reach 256 KiB, and Linux refuses any one environment string over 128 KiB
 * (MAX_ARG_STRLEN), so every later step of the job would fail to start (E2BIG).
 */
const CONFIG_FILE_ENV = 'CI_RECOVERY_CONFIG_FILE';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Job-wide: how long each completed stage took (JSON, stage -> ms), carried like the completed stages:
 * run/ adds a stage's passing attempt, a checkpoint records them in its manifest, and main's resume
 * exports those of the earlier attempt, so post can say what skipping them saved.
 */
const STAGE_DURATIONS_ENV = 'CI_RECOVERY_STAGE_DURATIONS';
/** At most this many stages' durations are carried (a job has a few dozen at most). */
const MAX_STAGE_DURATIONS = 200;
/** Stage durations from the variable or a manifest: anything malformed is dropped, never thrown. */
function parseStageDurations(value) {
    let raw = value;
    if (typeof value === 'string') {
        try {
            raw = JSON.parse(value);
        }
        catch {
            // state that is not JSON is no state
            return {};
        }
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return {};
    const kept = Object.entries(raw)
        .filter((e) => e[0] !== '' && e[0].length <= 200 && typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0)
        .slice(0, MAX_STAGE_DURATIONS)
        .map(([stage, ms]) => [stage, Math.round(ms)]);
    return Object.fromEntries(kept);
}
/** The durations of `stages` only (those a checkpoint or a resume vouches for). */
function durationsOfStages(durations, stages) {
    return Object.fromEntries(stages.filter((s) => Object.hasOwn(durations, s)).map((s) => [s, durations[s]]));
}
/**
 * Job-wide: the paths outside the workspace each completed stage filled (JSON, stage -> `cache-paths`
 * entries); later checkpoints save them as roots (checkpoint/core/outside.ts).
 */
const CACHE_PATHS_ENV = 'CI_RECOVERY_CACHE_PATHS';
/** Job-wide: what the checkpoint main resumed from cost to save (JSON `{ms, bytes}`, from its manifest), for post's summary. */
const RESUMED_COST_ENV = 'CI_RECOVERY_RESUMED_COST';
/** `{ms, bytes}` whole non-negative numbers, else undefined: a later step may have written anything. */
function parseResumedCost(value) {
    if (!value)
        return undefined;
    try {
        const raw = JSON.parse(value);
        const count = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
        return count(raw.ms) && count(raw.bytes) ? { ms: raw.ms, bytes: raw.bytes } : undefined;
    }
    catch {
        // not JSON: read as no cost recorded
        return undefined;
    }
}
/**
 * The commit main found checked out after actions/checkout (the job's start; checkout-head.ts): what a
 * checkpoint records as built from, and what a resume compares.
 */
const CHECKOUT_HEAD_ENV = 'CI_RECOVERY_CHECKOUT_HEAD';
/** Job-wide: the store (its spec) of the checkpoint main resumed from; a run/ step restores its roots. */
const RESUMED_STORE_ENV = 'CI_RECOVERY_RESUMED_STORE';


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ stageNameProblem),
/* harmony export */   Lg: () => (/* binding */ checkedStageName),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   cB: () => (/* binding */ stopCommandsBlock),
/* harmony export */   eo: () => (/* binding */ sliceWhole),
/* harmony export */   g_: () => (/* binding */ validStages),
/* harmony export */   ri: () => (/* binding */ withoutCredentials),
/* harmony export */   tJ: () => (/* binding */ inert),
/* harmony export */   wi: () => (/* binding */ inertLines),
/* harmony export */   xU: () => (/* binding */ commandLike)
/* harmony export */ });
/* unused harmony export MAX_STAGE_NAME */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Text from outside (a store, a manifest, a log, a pull request, a test report, an argument) made inert
 * before it reaches a log line, an output, the summary, a comment or a terminal. The runner reads a line
 * that starts with `::` (after blanks) and `##[` anywhere in a line as a workflow command, and splits at
 * `\r` as well as `\n`; a terminal obeys escape sequences. `inert` is the one function such text goes
 * through; `inertLines` keeps the line breaks of a block, and `stopCommandsBlock` wraps a long block so the
 * runner shows it and obeys nothing in it.
 */

/**
 * The first `n` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair (an emoji):
 * half a character becomes U+FFFD in a file and a lone escape in the JSON of an API call.
 */
function sliceWhole(text, n) {
    const end = Math.max(0, n);
    const last = text.charCodeAt(end - 1);
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}
/** The first line of a message (the whole text when it has one line). */
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}
/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional and invisible
 * formatting characters that make a terminal show other text than is there.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeControl(ch) {
    return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** One line's command forms defused: a leading `::` becomes `\::`, and `##[` becomes `##\[`. */
function defuseLine(line) {
    return line.replace(/^(\s*)::/, '$1\\::').replace(/##\[/g, '##\\[');
}
/**
 * `text` as one inert line: newlines, carriage returns, tabs and every other control or formatting
 * character escaped (`\n`, `\u001b`), a leading `::` and any `##[` defused. Printable text is unchanged.
 */
function inert(text) {
    return defuseLine(text.replace(CONTROL, escapeControl));
}
/** A block of text made inert line by line: its `\n` line breaks kept, everything else as `inert`. */
function inertLines(text) {
    return text
        .split('\n')
        .map((line) => inert(line.endsWith('\r') ? line.slice(0, -1) : line))
        .join('\n');
}
/**
 * Could the runner read a line of this text as a workflow command? It splits output at `\r` as well as
 * `\n`, trims each line and takes one that starts with `::`; the older `##[command]` form is found
 * anywhere in a line. Its trim is .NET's, which also drops NEL (U+0085), a character JavaScript's `\s`
 * does not hold.
 */
function commandLike(text) {
    return /(^|[\r\n])(?:[^\S\r\n]|\u0085)*::|##\[/.test(text);
}
/**
 * A long block shown as it is: between `::stop-commands::<token>` and `::<token>::` the runner obeys no
 * command. `token` must be one nobody can guess (a random one per block, made by the caller), and `eol`
 * the line break of the stream.
 */
function stopCommandsBlock(text, token, eol = '\n') {
    return `::stop-commands::${token}${eol}${text}${eol}::${token}::`;
}
/** At most this long: a stage name is a word or a few, never a paragraph. */
const MAX_STAGE_NAME = 100;
/**
 * Why `name` is not a valid stage name (the `stage` inputs' and `--stage`'s rules), or undefined: one line
 * of at most 100 characters, no control or formatting character, no comma (completed stages travel
 * comma-separated), no leading or trailing blank, and nothing the runner could read as a command.
 */
function stageNameProblem(name) {
    if (name.trim() === '')
        return 'it is empty';
    if (name.length > MAX_STAGE_NAME)
        return `it is longer than ${MAX_STAGE_NAME} characters`;
    if (name.replace(CONTROL, '') !== name)
        return 'it holds a line break or another control or formatting character';
    if (name.includes(','))
        return 'it holds a comma (completed stages are listed comma-separated)';
    if (name !== name.trim())
        return 'it starts or ends with a blank';
    if (commandLike(name))
        return "it starts with '::' or holds '##[' (the runner's workflow commands)";
    return undefined;
}
/**
 * `name` when it is a valid stage name; else a UserError that names where it came from (`where`: the
 * input or the option) and says why, echoing the name only inert.
 */
function checkedStageName(name, where) {
    const problem = stageNameProblem(name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${where} '${inert(name)}' is not a valid stage name: ${problem}. Write one line of at most ${MAX_STAGE_NAME} characters without commas, e.g. 'build'.`);
    return name;
}
/** The valid stage names of a list, and how many were refused (they are never printed). */
function validStages(stages) {
    const valid = stages.filter((s) => stageNameProblem(s) === undefined);
    return { valid, refused: stages.length - valid.length };
}
/**
 * A path as one safe log line: a name from a checkpoint or a workspace may hold a newline followed by
 * `::error::` (a workflow command the runner would obey) or terminal escapes, so control characters are
 * shown escaped (`\n`, `\u001b`) and a backslash doubled, as JSON would. So are the characters a reader
 * cannot see: format characters (a zero-width joiner makes `.g\u200cit` read as `.git`, a bidi override
 * reorders what follows) and the line and paragraph separators.
 */
function printablePath(path) {
    if (!UNPRINTABLE.test(path))
        return path;
    return JSON.stringify(path)
        .slice(1, -1)
        .replace(ESCAPED_BEYOND_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|\p{Cf}/u;
/** What JSON.stringify leaves as it is, and a log line must not. */
const ESCAPED_BEYOND_JSON = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;
/**
 * Credentials a log line can carry, by their shape: a URL's password (`https://x-access-token:\u2026@host`, up to
 * the last `@` before the path), a token in a query string or a header (`Authorization`, `PRIVATE-TOKEN`,
 * `X-Api-Key`, a cookie, npm's `_authToken=`), a JWT, and tokens whose prefix says what they are (GitHub's
 * `ghp_`/`ghs_`/`github_pat_`, npm's, GitLab's, Slack's, an AWS key id). The runner masks only the secrets it
 * was given, and only in its own log: what we quote from a command's output goes to a PR comment and artifacts
 * unmasked. A value must look like a token (8 characters or more, not `undefined` or `null`): a line whose
 * cause is the token's absence keeps its words.
 */
const TOKEN_VALUE = String.raw `(?!(?:undefined|null)\b)[A-Za-z0-9._~+/=-]{8,}`;
const CREDENTIALS = [
    [/\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*):[^\s/?#'"]+@/gi, '$1:***@'],
    [
        new RegExp(String.raw `([?&](?:access_token|token|api[_-]?key|apikey|key|secret|password|passwd|pwd|auth|sig|signature)=)[^&\s'"#]{4,}`, 'gi'),
        '$1***',
    ],
    [
        new RegExp(String.raw `\b((?:authorization|proxy-authorization):\s*(?:(?:bearer|token|basic|aws4-hmac-sha256)\s+)?)${TOKEN_VALUE}`, 'gi'),
        '$1***',
    ],
    [
        new RegExp(String.raw `\b((?:private-token|x-api-key|x-auth-token|x-access-token|api-key|cookie|set-cookie):\s*)${TOKEN_VALUE}`, 'gi'),
        '$1***',
    ],
    [new RegExp(String.raw `(_auth(?:Token)?\s*=\s*)${TOKEN_VALUE}`, 'g'), '$1***'],
    [
        /\b(?:eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,}|npm_[A-Za-z0-9]{30,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[0-9A-Z]{16})\b/g,
        '***',
    ],
];
/** `text` with every credential `CREDENTIALS` knows by its shape replaced by `***`; other text unchanged. */
function withoutCredentials(text) {
    return CREDENTIALS.reduce((out, [shape, by]) => out.replace(shape, by), text);
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ BRANCH_KINDS),
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   ZF: () => (/* binding */ TRANSIENT_TYPES),
/* harmony export */   ZV: () => (/* binding */ evidencePlace),
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
/** Where evidence was read, as a sentence says it: `line 12`, or `from its test reports` for line 0. */
function evidencePlace(e) {
    return e.line > 0 ? `line ${e.line}` : 'from its test reports';
}


/***/ }),

/***/ 13302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readJobEnv)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30538);


/** The process's job environment; entry points read it once and pass it down. Reads no file. */
function readJobEnv() {
    return (0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJobEnv */ .U8)(process.env, { cwd: process.cwd(), tmpdir: node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir() });
}


/***/ }),

/***/ 64984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jw: () => (/* binding */ guardWorkflowCommands),
  nl: () => (/* binding */ inertJson),
  UJ: () => (/* binding */ inertText),
  lj: () => (/* binding */ runner)
});

// UNUSED EXPORTS: closeAnnotations, resetAnnotationBudget

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/core/annotation-budget.ts
/**
 * GitHub keeps at most 10 annotations of each level (error, warning, notice) per step and cuts each
 * message at 4,096 characters (actions/runner `ExecutionContext.cs`, `_maxCountPerIssueType`,
 * `_maxIssueMessageLength`); the 11th warning of a step is only a log line. So a step of ours keeps 9 of
 * each level as annotations, writes the rest to its log, and spends the 10th on saying how many more
 * there are and where to read them.
 */

const MAX_ANNOTATIONS_PER_LEVEL = 10;
const MAX_ANNOTATION_CHARS = 4096;
const PLURAL = { error: 'errors', warning: 'warnings', notice: 'notices' };
/** A message as the runner would keep it: cut at 4,096 characters, with a mark that it was cut. */
function cutAnnotation(message) {
    if (message.length <= MAX_ANNOTATION_CHARS)
        return message;
    const mark = ' [\u2026cut: the full text is in this step\u2019s log]';
    return (0,core_text/* sliceWhole */.eo)(message, MAX_ANNOTATION_CHARS - mark.length) + mark;
}
/** Counts one step's annotations and decides which stay annotations. */
class annotation_budget_AnnotationBudget {
    kept = { error: 0, warning: 0, notice: 0 };
    spilled = { error: 0, warning: 0, notice: 0 };
    /** An annotation while fewer than 9 of its level are kept; after that, a log line only. */
    admit(level, message) {
        if (this.kept[level] < MAX_ANNOTATIONS_PER_LEVEL - 1) {
            this.kept[level]++;
            return { annotate: true, message: cutAnnotation(message) };
        }
        this.spilled[level]++;
        return { annotate: false };
    }
    /**
     * The step's final error (its failure): always an annotation, the last slot of its level, so it also
     * says how many errors went to the log only.
     */
    admitFinal(message) {
        const more = this.spilled.error;
        this.spilled.error = 0;
        this.kept.error++;
        return cutAnnotation(more > 0 ? `${message} (${spilledText('error', more)})` : message);
    }
    /** The annotation that closes each level that spilled: how many more, and where they are. */
    closing() {
        return Object.keys(this.spilled)
            .filter((level) => this.spilled[level] > 0)
            .map((level) => {
            const message = `ci-recovery: ${spilledText(level, this.spilled[level])}`;
            this.spilled[level] = 0;
            return { level, message };
        });
    }
    /** How many annotations of `level` went to the log only so far (not yet closed). */
    spilledCount(level) {
        return this.spilled[level];
    }
}
function spilledText(level, count) {
    const noun = count === 1 ? level : PLURAL[level];
    return (`${count} more ${noun} of this step are in its log (GitHub keeps ${MAX_ANNOTATIONS_PER_LEVEL} ` +
        `annotations of each level per step); the job summary has the full report`);
}

;// CONCATENATED MODULE: ./src/runner/adapters/runner.ts
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
/** Whether printed text is guarded: on a runner always; the CLI turns it off on a laptop's terminal. */
let guarded = true;
/**
 * Off a runner (GITHUB_ACTIONS is not 'true') nothing reads workflow commands, so the CLI prints text as
 * it is instead of in `::stop-commands::` blocks a person would have to read past.
 */
function guardWorkflowCommands(onRunner) {
    guarded = onRunner;
}
/**
 * A token nobody can guess, from the Web Crypto global (Node 20 and later), which loads its module when first
 * asked: importing node:crypto cost ~5 ms of every CLI start, and a start off a runner, or whose output holds
 * no command, never makes a token.
 */
const randomUUID = () => globalThis.crypto.randomUUID();
/**
 * Text we print that may carry paths, file names or log lines (anything a pull request controls), made
 * inert for the runner: text that could hold a workflow command is wrapped in a `::stop-commands::` block
 * whose token nobody can guess, so it is shown exactly as it is and never acted on. Every plain print of
 * ours goes through this (annotations and groups escape their data instead).
 */
function inertText(text) {
    if (!guarded || !(0,core_text/* commandLike */.xU)(text))
        return text;
    return (0,core_text/* stopCommandsBlock */.cB)(text, `ci-recovery-${randomUUID()}`, external_node_os_.EOL);
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
/** This process is one step: its annotations count against the step's limits (core/annotation-budget.ts). */
let budget = new annotation_budget_AnnotationBudget();
let closingArmed = false;
/** Beyond the step's 9th of a level, the annotation becomes a log line; the 10th says how many at exit. */
function annotate(level, message, where) {
    const admitted = budget.admit(level, message);
    if (admitted.annotate) {
        issue(level, annotation(where), admitted.message);
        return;
    }
    const titled = where?.title ? `${where.title}: ${message}` : message;
    process.stdout.write(`${inertText(`${level}: ${titled}`)}${external_node_os_.EOL}`);
    if (!closingArmed) {
        closingArmed = true;
        process.once('exit', closeAnnotations);
    }
}
/**
 * Writes the annotation that closes each level that spilled. Called at exit (a synchronous write, as an
 * exit handler must), or at once by a caller that ends the step itself.
 */
function closeAnnotations() {
    for (const { level, message } of budget.closing())
        issue(level, {}, message);
}
/** A fresh count, as for a new step: for tests, which run many "steps" in one process. */
function resetAnnotationBudget() {
    budget = new AnnotationBudget();
}
/** The file of a file command (GITHUB_OUTPUT, GITHUB_ENV, ...); undefined off a runner. */
const commandFile = (fileEnv) => process.env[fileEnv] || undefined;
function sizeOf(file) {
    try {
        return (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return undefined; // not there yet: the append creates it
    }
}
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = commandFile(fileEnv);
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    const before = sizeOf(file);
    try {
        (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
    }
    catch (error) {
        // A short write (a full disk) leaves a heredoc open, and the runner fails the step on the file: take it back.
        if (before !== undefined)
            try {
                (0,external_node_fs_.truncateSync)(file, before);
            }
            catch {
                // The file keeps the partial write: the error below says the write failed.
            }
        throw error;
    }
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
            process.stdout.write(external_node_os_.EOL);
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
        (0,external_node_fs_.appendFileSync)(file, `${markdown}${external_node_os_.EOL}`, { encoding: 'utf8' });
    },
    /** Registers a secret: the runner masks it in every later log line. */
    setSecret(value) {
        issue('add-mask', {}, value);
    },
    info(message) {
        process.stdout.write(`${inertText(message)}${external_node_os_.EOL}`);
    },
    debug(message) {
        issue('debug', {}, message);
    },
    notice(message, where) {
        annotate('notice', message, where);
    },
    warning(message, where) {
        annotate('warning', message, where);
    },
    error(message, where) {
        annotate('error', message, where);
    },
    startGroup(name) {
        issue('group', {}, name);
    },
    endGroup() {
        issue('endgroup', {}, '');
    },
    /** Ends the step with `code` (non-zero fails it); no annotation. */
    setExitCode(code) {
        process.exitCode = code;
    },
    /** Appends raw file-command text to GITHUB_ENV or GITHUB_PATH; nothing off a runner. */
    appendFileCommand(command, text) {
        const file = commandFile(command === 'env' ? 'GITHUB_ENV' : 'GITHUB_PATH');
        if (file)
            (0,external_node_fs_.appendFileSync)(file, text, { encoding: 'utf8' });
    },
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, budget.admitFinal(message));
    },
};


/***/ })

};
