export const id = 5603;
export const ids = [5603,6630,4249,2363,5094,4744];
export const modules = {

/***/ 85094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Deadline: () => (/* binding */ Deadline),
/* harmony export */   MAIN_BUDGET: () => (/* binding */ MAIN_BUDGET),
/* harmony export */   MAIN_LIMITS: () => (/* binding */ MAIN_LIMITS),
/* harmony export */   POST_BUDGET: () => (/* binding */ POST_BUDGET),
/* harmony export */   POST_LIMITS: () => (/* binding */ POST_LIMITS),
/* harmony export */   SUPERVISE_BUDGET: () => (/* binding */ SUPERVISE_BUDGET),
/* harmony export */   phaseDeadline: () => (/* binding */ phaseDeadline)
/* harmony export */ });
/**
 * Time limits for what reporting and recording ask of services: each operation gets its own limit and
 * the phase a budget for all of them. An operation past its limit is abandoned (its fallback answers),
 * and the deadline remembers it, so the entry point can end the process instead of waiting on a socket
 * that a hung service holds open.
 */
class Deadline {
    budgetMs;
    phase;
    now;
    endsAt;
    /** Operations given up on: their sockets may still be open. */
    abandoned = [];
    /** The abandoned work itself, for a caller that can wait for it (a test, before it ends). */
    leftovers = [];
    constructor(budgetMs, 
    /** Whose budget, and the variable that sets it, for the warnings: `post`, CI_RECOVERY_POST_BUDGET_SECONDS. */
    phase = POST_BUDGET, now = Date.now) {
        this.budgetMs = budgetMs;
        this.phase = phase;
        this.now = now;
        this.endsAt = now() + budgetMs;
    }
    /** The wall-clock time (ms since the epoch) the budget runs out. */
    get endsAtMs() {
        return this.endsAt;
    }
    /** Why a call was cut short by the budget rather than by its own limit, naming what to set. */
    spentReason(what) {
        return `${what} was abandoned: ${this.phase.name}'s time budget of ${Math.round(this.budgetMs / 1000)} s is spent (${this.phase.setting} sets it)`;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    /**
     * `work` within `limitMs` and the budget left, else `fallback(reason)`. `work` is expected never to
     * throw (the ports warn and carry on); if it does, the error passes.
     */
    async run(what, limitMs, 
    /** Given a signal that aborts when the call is given up (a child process can be ended with it). */
    work, fallback, 
    /** The variable that sets `limitMs`, named when the call runs out of it. */
    limitSetting) {
        const ms = Math.min(limitMs, this.remainingMs());
        // Nothing is started once the budget is spent: a call begun only to be abandoned would hold a socket.
        if (ms === 0)
            return fallback(this.spentReason(what));
        const seconds = Math.round(ms / 1000);
        let timer;
        const late = new Promise((resolve) => {
            // Node fires a timer longer than 2^31-1 ms at once: a budget set that large waits that long instead.
            timer = setTimeout(() => resolve('late'), Math.min(ms, 2 ** 31 - 1));
            timer.unref();
        });
        const abandon = new AbortController();
        try {
            const working = work(abandon.signal);
            const result = await Promise.race([working, late]);
            if (result !== 'late')
                return result;
            abandon.abort();
            this.abandoned.push(what);
            // the call was abandoned: its later failure is no one's to report, only its end is awaited
            this.leftovers.push(working.catch(() => undefined));
            return fallback(ms < limitMs
                ? this.spentReason(what)
                : `${what} did not finish within ${seconds} s; given up so the job goes on` +
                    (limitSetting ? ` (${limitSetting} sets this limit)` : ''));
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Resolves once every abandoned operation has ended (an entry point exits instead of waiting). */
    async settled() {
        await Promise.all(this.leftovers);
    }
}
/** A phase's deadline: its budget from the job's environment (`seconds`), else the phase's default. */
function phaseDeadline(phase, seconds) {
    return new Deadline(seconds ? seconds * 1000 : phase.defaultMs, phase);
}
/** Limits of post's reporting: seconds per service call, a few minutes for the whole phase. */
const POST_LIMITS = {
    /** Reading the job's steps, or writing the sticky comment (several REST calls, each bounded too). */
    githubMs: 60_000,
    /** A cache or artifact upload or download (ledger, plan). */
    storeMs: 45_000,
};
const POST_BUDGET = {
    name: 'post',
    setting: 'CI_RECOVERY_POST_BUDGET_SECONDS',
    defaultMs: 150_000,
};
/**
 * Limits of main, which the user's steps wait for. The lane's reads (git, the PR's files) take seconds;
 * the rest of the budget is the resume's, whose store transfers may take minutes for a large checkpoint
 * (the store's stall watchdog already ends a silent one after a minute). Ten minutes stops a store that
 * trickles bytes, or a long row of slow answers, from holding the job much longer than a full re-run's
 * set-up would; a job whose checkpoints take longer to download sets CI_RECOVERY_MAIN_BUDGET_SECONDS.
 */
const MAIN_LIMITS = {
    /** The job's name from the jobs API, when main does pre's work (a local action runs no pre). */
    jobNameMs: 10_000,
    /** The change since the base, from git (its commands already stop after 30 s without output). */
    gitMs: 60_000,
    /** The pull request's files through the API (one REST call per 100 files, each bounded). */
    githubMs: 60_000,
    /** The run's record of its checkpoints: one artifact listing and a download per earlier attempt. */
    artifactsMs: 60_000,
};
const MAIN_BUDGET = {
    name: 'main',
    setting: 'CI_RECOVERY_MAIN_BUDGET_SECONDS',
    defaultMs: 600_000,
};
/**
 * The budget of the supervisor, a job of its own after the run: it reads every failed job's log and
 * annotations (each REST call bounded), so its budget is larger than post's. Fifteen minutes covers a run
 * of many failed jobs with room to spare, and runs out before the reusable workflow's job is stopped
 * (its timeout-minutes input, 20 by default, set-up and checkouts included), so the supervisor says what it
 * gave up on. The reusable workflow passes its budget-seconds input (900 by default) as the setting.
 */
const SUPERVISE_BUDGET = {
    name: 'the supervisor',
    setting: 'CI_RECOVERY_SUPERVISE_BUDGET_SECONDS',
    defaultMs: 900_000,
};


/***/ }),

/***/ 28000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readRunContext: () => (/* binding */ readRunContext)
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
            // no event file, or not JSON (a laptop, a test): the event is empty
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .pO)(env, event);
}


/***/ }),

/***/ 58193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ endCallsWith),
/* harmony export */   Nx: () => (/* binding */ CallAbandonedError),
/* harmony export */   c2: () => (/* binding */ CallTimeoutError),
/* harmony export */   es: () => (/* binding */ DEFAULT_REST_POLICY),
/* harmony export */   gp: () => (/* binding */ readTwins),
/* harmony export */   mG: () => (/* binding */ limitCall),
/* harmony export */   y8: () => (/* binding */ unspaced)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A REST call's time limit, shared by the Octokit client (github.ts) and the light reader of a green job's
 * GETs (rest-light.ts), and the push-back policy both follow. No client here: importing this loads no Octokit.
 */

const DEFAULT_REST_POLICY = {
    retries: 3,
    maxWaitSeconds: 120,
    msPerSecond: 1000,
    callTimeoutMs: 30_000,
};
/** A call that ran out of its time: not retried (by the retry plugin, which skips these statuses). */
class CallTimeoutError extends Error {
    status = 408;
    constructor(what, ms) {
        super(`GitHub did not answer ${what} within ${Math.round(ms / 1000)} s`);
        this.name = 'CallTimeoutError';
    }
}
/** A call its caller stopped waiting for (a phase's budget spent, a question no longer needed). */
class CallAbandonedError extends Error {
    constructor(what) {
        super(`${what} was abandoned before GitHub answered: its caller stopped waiting`);
        this.name = 'CallAbandonedError';
    }
}
/** The signal of the work each call is made for (endCallsWith), found in the call's async context. */
const callers = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * `work` with every REST call made within it, however deep (a port's call is several, through the sticky
 * comment's or the revert PR's code and Octokit's paginate), ended when `signal` aborts, as a call handed
 * that signal is: work its phase's budget gave up lets go of its sockets then, not at each call's own limit.
 * Within other such work, the calls end with either's signal.
 */
function endCallsWith(signal, work) {
    const outer = callers.getStore();
    return callers.run(outer ? AbortSignal.any([outer, signal]) : signal, work);
}
/** The call's own signal and that of the work it is made in (endCallsWith), as one; either alone; or none. */
function callerSignal(given) {
    const scoped = callers.getStore();
    if (!scoped || scoped === given)
        return given;
    return given ? AbortSignal.any([given, scoped]) : scoped;
}
/** A call's timer this much past due means the process was starved, not that GitHub said nothing. */
const STARVED_MS = 100;
/** How long a starved call's answer, if it came, is given to be read before the timer looks again. */
const STARVED_GRANT_MS = 250;
/**
 * `run` ended within `ms` plus the rate-limit waits it asks for (`extend`), its retries included: the
 * signal aborts the fetch (the body's download too) and the call rejects with a CallTimeoutError, or a
 * CallAbandonedError when its caller's signal (`own`, or the work's: endCallsWith) aborted it.
 */
async function limitCall(what, ms, own, run) {
    const given = callerSignal(own);
    const controller = new AbortController();
    let endsAt = Date.now() + ms;
    let timer;
    let expire = () => undefined;
    const expired = new Promise((_, reject) => {
        expire = reject;
    });
    let forgiven = 0;
    const arm = () => {
        clearTimeout(timer);
        const due = endsAt;
        timer = setTimeout(() => {
            // Fired late: this process did not run meanwhile (a loaded runner), and an answer that came in
            // that time is still unread. Give it a short while to be read (again while the timer keeps
            // firing late, up to one limit's worth in all), not the whole time lost: the phase's budget
            // would end the call first, and say less.
            const late = Date.now() - due;
            if (late > STARVED_MS && forgiven < ms) {
                const grant = Math.min(late, STARVED_GRANT_MS, ms - forgiven);
                forgiven += grant;
                endsAt = Date.now() + grant;
                arm();
                return;
            }
            controller.abort();
            expire(new CallTimeoutError(what, ms));
        }, Math.max(0, endsAt - Date.now()));
    };
    arm();
    const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
    const extend = (wait) => {
        endsAt += wait;
        arm();
    };
    try {
        return await Promise.race([run({ signal, extend }), expired]);
    }
    catch (error) {
        if (controller.signal.aborted)
            throw new CallTimeoutError(what, ms);
        // Octokit reports a fetch its caller aborted as a bare 'Unknown Error': say which call, and why.
        throw given?.aborted ? new CallAbandonedError(what) : error;
    }
    finally {
        clearTimeout(timer);
    }
}
/** Each client of getOctokit (github.ts) and its twin without the write spacing, built on first use. */
const readTwins = new WeakMap();
/**
 * `octokit` for a read that its throttling would queue as a write (POST /graphql): Octokit spaces writes
 * a second apart (GitHub's advice for content-creating requests), which a query creates nothing to need.
 * A client not made by getOctokit (rest-light.ts's: its GraphQL goes unspaced already) is returned as it is.
 */
function unspaced(octokit) {
    return readTwins.get(octokit)?.() ?? octokit;
}


/***/ }),

/***/ 48022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   Oq: () => (/* binding */ GITHUB_MAX_RUN_ATTEMPTS),
/* harmony export */   lU: () => (/* binding */ refusalKind),
/* harmony export */   wW: () => (/* binding */ PERMISSION_FIXES)
/* harmony export */ });
/* unused harmony exports GITHUB_RERUN_WINDOW_DAYS, isRateLimited */
/**
 * Why GitHub refused a REST call, and what to tell the user. A 401 is a bad or expired token, a 403 is
 * one of several things (a missing permission, a rate limit, a re-run GitHub no longer allows, a
 * repository setting), and each needs a different fix: "grant permissions" is right for only one of them.
 */
/** What to change when GitHub refuses a call, by what the call needed. */
const PERMISSION_FIXES = {
    'metadata:read': '',
    'actions:read': "grant the supervisor job 'permissions: actions: read' (to read runs, jobs and logs)",
    'actions:write': "grant the supervisor job 'permissions: actions: write' (to re-run jobs)",
    'checks:read': "grant the supervisor job 'permissions: checks: read' (to read annotations)",
    'contents:read': "grant the supervisor job 'permissions: contents: read' (to read the workflow file, which says which jobs deploy)",
    'contents:write': "grant the supervisor job 'permissions: contents: write' (to push the revert branch)",
    'pull-requests:write': "grant the supervisor job 'permissions: pull-requests: write' (to open the revert PR and comment)",
    'pull-requests:read': "grant the supervisor job 'permissions: pull-requests: read' (to find the pull request)",
    'comments:write': "grant the job 'permissions: pull-requests: write' (to comment on a pull request; 'issues: write' also allows it)",
};
/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
const GITHUB_MAX_RUN_ATTEMPTS = 50;
/** GitHub re-runs a run for 30 days after it started (docs: "Re-running workflows and jobs"). */
const GITHUB_RERUN_WINDOW_DAYS = 30;
const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;
/** The wording GitHub answers a re-run of a run older than 30 days with (seen by cli/cli#9989). */
const RERUN_TOO_OLD = /created over a month ago|older than 30 days/i;
const RERUN_TOO_MANY = /maximum number of (?:re-?runs|attempts)|re-?run limit|more than 50 (?:times|attempts)/i;
/** A rate limit, known by its headers (the wording alone is not required: a 403 may carry only them). */
function isRateLimited(refusal) {
    const headers = refusal.headers ?? {};
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0')
        return true;
    if (headers['retry-after'] !== undefined)
        return true;
    return /rate limit/i.test(refusal.message);
}
/** Which refusal this is; 'other' is not a refusal at all (a 5xx, a network error, a 422...). */
function refusalKind(refusal, needs, rerun) {
    const { status, message } = refusal;
    if (ACTIONS_MAY_NOT_CREATE_PRS.test(message))
        return 'actions-may-not-create-prs';
    if (status === 401)
        return 'bad-credentials';
    if ((status === 403 || status === 429) && isRateLimited(refusal))
        return 'rate-limit';
    if (status === 403 && rerun) {
        if (RERUN_TOO_OLD.test(message) || isPastRerunWindow(rerun))
            return 'rerun-too-old';
        if (RERUN_TOO_MANY.test(message) || (rerun.latestAttempt ?? 0) >= GITHUB_MAX_RUN_ATTEMPTS)
            return 'rerun-too-many';
    }
    const refusedWrite = status === 404 && /Not Found/i.test(message) && needs.endsWith('write');
    if (status === 403 || refusedWrite)
        return needs === 'metadata:read' ? 'metadata' : 'permission';
    return 'other';
}
function isPastRerunWindow({ runCreatedAt, now = new Date() }) {
    if (!runCreatedAt)
        return false;
    const created = Date.parse(runCreatedAt);
    return Number.isFinite(created) && now.getTime() - created > GITHUB_RERUN_WINDOW_DAYS * 86_400_000;
}
/**
 * The message for a refused call, or undefined when it is not a refusal (the caller keeps the error).
 * `doing` says what ci-recovery was doing ("re-running run 42"); `said` is GitHub's first line.
 */
function explainRefusal(refusal, doing, needs, rerun) {
    const kind = refusalKind(refusal, needs, rerun);
    const said = `GitHub answered ${refusal.status ?? 'no status'} (${refusal.message})`;
    switch (kind) {
        case 'other':
            return undefined;
        case 'actions-may-not-create-prs':
            return {
                kind,
                message: `${doing}: GitHub Actions is not permitted to create or approve pull requests. Turn on Settings > Actions > General > ` +
                    "Workflow permissions > 'Allow GitHub Actions to create and approve pull requests' (for an organization, first in " +
                    "Organization settings > Actions > General), or pass a GitHub App or fine-grained token with 'pull-requests: write' as 'github-token'.",
            };
        case 'bad-credentials':
            return {
                kind,
                message: `${doing}: ${said}: the token is invalid or expired, not short of a permission. Pass a valid token as ` +
                    "'github-token' (the default github.token expires when its job ends; a personal or App token may have been revoked or expired).",
            };
        case 'rate-limit':
            return {
                kind,
                message: `${doing}: ${said}: ${rateLimitText(refusal)}; this is not a permission problem.`,
            };
        case 'rerun-too-old':
            return {
                kind,
                message: `${doing}: ${said}: GitHub re-runs a workflow run only within ${GITHUB_RERUN_WINDOW_DAYS} days of its start; re-run it by pushing a new commit or dispatching the workflow. No permission is missing.`,
            };
        case 'rerun-too-many':
            return {
                kind,
                message: `${doing}: ${said}: GitHub allows at most ${GITHUB_MAX_RUN_ATTEMPTS} attempts of a workflow run; start a new run (push or dispatch). No permission is missing.`,
            };
        case 'metadata':
            return {
                kind,
                message: `${doing}: ${said}: this call needs only 'metadata: read', which every token with access to the repository has: the token cannot see this repository (a token for another repository, or a fine-grained token not given this one).`,
            };
        case 'permission':
            return { kind, message: `${doing}: ${said}: ${PERMISSION_FIXES[needs]}.` };
    }
}
function rateLimitText({ headers = {} }) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0' && Number.isFinite(reset) && reset > 0) {
        return `GitHub's API rate limit is spent until ${new Date(reset * 1000).toISOString()}`;
    }
    const after = headers['retry-after'];
    if (after !== undefined)
        return `GitHub's secondary rate limit asks to wait ${after} s before trying again`;
    return "GitHub's API rate limit was reached";
}


/***/ }),

/***/ 95939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   QU: () => (/* binding */ latestPlans),
/* harmony export */   g8: () => (/* binding */ parsePlanArtifactName),
/* harmony export */   nU: () => (/* binding */ planArtifactName),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, PLAN_ARTIFACT_PREFIX */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);

const PLAN_SCHEMA_VERSION = 1;
const PLAN_ARTIFACT_PREFIX = 'ci-recovery-plan-';
const MAX_STEPS = 20;
const MAX_TEXT = 500;
const MAX_STAGES = 100;
/** Build a plan, bounded in size (at most 20 steps, strings cut to 500 characters). */
function buildPlan(input, now = new Date()) {
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        ...input,
        jobKey: input.jobKey ?? input.job,
        failedSteps: input.failedSteps.slice(0, MAX_STEPS).map(boundStep),
        completedStages: input.completedStages.slice(0, MAX_STAGES).map((s) => cut(s)),
        checkpoints: input.checkpoints.slice(-MAX_STAGES),
        ...(input.laneReason !== undefined ? { laneReason: cut(input.laneReason) } : {}),
        ...(input.resumableStages
            ? { resumableStages: input.resumableStages.slice(0, MAX_STAGES).map((s) => cut(s)) }
            : {}),
        ...(input.flakyTests ? { flakyTests: input.flakyTests.slice(0, MAX_STEPS).map((s) => cut(s)) } : {}),
        createdAt: input.createdAt ?? now.toISOString(),
    };
    return plan;
}
function boundStep(step) {
    const c = step.classification;
    return {
        ...step,
        name: cut(step.name),
        ...(step.stage !== undefined ? { stage: cut(step.stage) } : {}),
        ...(c
            ? {
                classification: {
                    ...c,
                    rule: cut(c.rule),
                    ...(c.evidence ? { evidence: { line: c.evidence.line, text: cut(c.evidence.text) } } : {}),
                },
            }
            : {}),
        ...(step.decision
            ? {
                decision: {
                    strategy: step.decision.strategy,
                    rule: cut(step.decision.rule),
                    reason: cut(step.decision.reason),
                    ...(step.decision.maxAttempts !== undefined ? { maxAttempts: step.decision.maxAttempts } : {}),
                    ...(step.decision.backoffSeconds !== undefined
                        ? { backoffSeconds: step.decision.backoffSeconds }
                        : {}),
                },
            }
            : {}),
    };
}
const cut = (s, max = MAX_TEXT) => (s.length > max ? s.slice(0, max) : s);
/** Artifact name of a job attempt's plan: `ci-recovery-plan-<job>-a<attempt>` (attempt-qualified: re-runs share a run). */
function planArtifactName(jobKey, attempt) {
    const safe = jobKey
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${PLAN_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/**
 * Parse `ci-recovery-plan-<job>-a<attempt>` back, with or without the `-r<n>` of a fresh name (a refused
 * finalize keeps the first name reserved for the attempt); undefined for any other artifact.
 */
function parsePlanArtifactName(name) {
    const m = /^ci-recovery-plan-(.+)-a(\d+)(?:-r\d+)?$/.exec(name);
    if (!m?.[1] || !m[2])
        return undefined;
    return { jobKey: m[1], attempt: Number(m[2]) };
}
/** Validate an uploaded plan (untrusted). Throws an Error naming the first bad field. */
function parsePlan(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`recovery plan is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
        });
    }
    const v = obj(value, 'plan');
    if (v.schemaVersion !== PLAN_SCHEMA_VERSION)
        throw new Error(`recovery plan: unsupported schemaVersion ${String(v.schemaVersion)}`);
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        repo: str(v.repo, 'repo'),
        runId: int(v.runId, 'runId'),
        attempt: int(v.attempt, 'attempt'),
        job: str(v.job, 'job'),
        jobKey: str(v.jobKey ?? v.job, 'jobKey'),
        conclusion: oneOf(v.conclusion, ['success', 'failure', 'cancelled'], 'conclusion'),
        failedSteps: arr(v.failedSteps, 'failedSteps')
            .slice(0, MAX_STEPS)
            .map((s, i) => parseStep(s, `failedSteps[${i}]`)),
        completedStages: arr(v.completedStages, 'completedStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `completedStages[${i}]`)),
        checkpoints: arr(v.checkpoints, 'checkpoints')
            .slice(-MAX_STAGES)
            .map((c, i) => {
            const o = obj(c, `checkpoints[${i}]`);
            return {
                id: str(o.id, `checkpoints[${i}].id`),
                stage: str(o.stage, `checkpoints[${i}].stage`),
                ...(o.attempt !== undefined ? { attempt: int(o.attempt, `checkpoints[${i}].attempt`) } : {}),
            };
        }),
        createdAt: str(v.createdAt, 'createdAt'),
    };
    if (v.jobId !== undefined)
        plan.jobId = int(v.jobId, 'jobId');
    if (v.lane !== undefined)
        plan.lane = oneOf(v.lane, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LANES */ .Ci, 'lane');
    if (v.laneReason !== undefined)
        plan.laneReason = str(v.laneReason, 'laneReason');
    if (v.prNumber !== undefined)
        plan.prNumber = int(v.prNumber, 'prNumber');
    if (v.headSha !== undefined) {
        plan.headSha = str(v.headSha, 'headSha');
        if (!/^[0-9a-f]{7,64}$/i.test(plan.headSha))
            throw new Error('recovery plan: headSha is not a commit id');
    }
    if (v.branch !== undefined)
        plan.branch = str(v.branch, 'branch');
    if (v.flaky !== undefined) {
        if (typeof v.flaky !== 'boolean')
            throw new Error('recovery plan: flaky is not true or false');
        plan.flaky = v.flaky;
    }
    if (v.stageDurations !== undefined) {
        const d = obj(v.stageDurations, 'stageDurations');
        plan.stageDurations = Object.fromEntries(Object.entries(d)
            .slice(0, MAX_STAGES)
            .map(([k, ms]) => [cut(k), nonNegative(ms, `stageDurations.${k}`)]));
    }
    if (v.resumableStages !== undefined)
        plan.resumableStages = arr(v.resumableStages, 'resumableStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `resumableStages[${i}]`));
    if (v.jobMs !== undefined)
        plan.jobMs = nonNegative(v.jobMs, 'jobMs');
    if (v.flakyTests !== undefined)
        plan.flakyTests = arr(v.flakyTests, 'flakyTests')
            .slice(0, MAX_STEPS)
            .map((s, i) => str(s, `flakyTests[${i}]`));
    return plan;
}
function parseStep(value, where) {
    const o = obj(value, where);
    const step = {
        name: str(o.name, `${where}.name`),
        source: oneOf(o.source, ['record', 'jobs-api'], `${where}.source`),
    };
    if (o.stage !== undefined)
        step.stage = str(o.stage, `${where}.stage`);
    if (o.conclusion !== undefined) {
        step.conclusion = oneOf(o.conclusion, ['success', 'failure', 'cancelled', 'skipped', 'unknown'], `${where}.conclusion`);
    }
    if (o.exitCode !== undefined)
        step.exitCode = int(o.exitCode, `${where}.exitCode`, -2_147_483_648);
    if (o.signal !== undefined)
        step.signal = str(o.signal, `${where}.signal`, 20);
    if (o.attempts !== undefined)
        step.attempts = int(o.attempts, `${where}.attempts`);
    if (o.classification !== undefined) {
        const c = obj(o.classification, `${where}.classification`);
        step.classification = {
            type: oneOf(c.type, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_TYPES */ .fs, `${where}.classification.type`),
            confidence: oneOf(c.confidence, ['high', 'medium', 'low'], `${where}.classification.confidence`),
            retryable: c.retryable === true,
            rule: str(c.rule, `${where}.classification.rule`),
        };
        if (c.evidence !== undefined) {
            const e = obj(c.evidence, `${where}.classification.evidence`);
            step.classification.evidence = {
                line: int(e.line, `${where}.classification.evidence.line`),
                text: str(e.text, `${where}.classification.evidence.text`),
            };
        }
    }
    if (o.decision !== undefined) {
        const d = obj(o.decision, `${where}.decision`);
        step.decision = {
            strategy: oneOf(d.strategy, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL, `${where}.decision.strategy`),
            rule: str(d.rule, `${where}.decision.rule`),
            reason: str(d.reason, `${where}.decision.reason`),
        };
        if (d.maxAttempts !== undefined)
            step.decision.maxAttempts = int(d.maxAttempts, `${where}.decision.maxAttempts`);
        if (d.backoffSeconds !== undefined)
            step.decision.backoffSeconds = nonNegative(d.backoffSeconds, `${where}.decision.backoffSeconds`);
    }
    return step;
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be an object`);
    return v;
}
function arr(v, where) {
    if (!Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be a list`);
    return v;
}
function str(v, where, max = MAX_TEXT) {
    if (typeof v !== 'string')
        throw new Error(`recovery plan: ${where} must be a string`);
    return cut(v, max);
}
function int(v, where, min = 0) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
        throw new Error(`recovery plan: ${where} must be a whole number`);
    return v;
}
function nonNegative(v, where) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new Error(`recovery plan: ${where} must be a number >= 0`);
    return v;
}
function oneOf(v, allowed, where) {
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new Error(`recovery plan: ${where} must be one of ${allowed.join(', ')}`);
    }
    return v;
}
/** The newest attempt's plan per job key. */
function latestPlans(plans) {
    const byJob = new Map();
    for (const p of plans) {
        const seen = byJob.get(p.jobKey);
        if (!seen || p.attempt > seen.attempt)
            byJob.set(p.jobKey, p);
    }
    return [...byJob.values()];
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DETERMINISTIC_TYPES, ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}
/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input) {
    const { type, retryable, attempt } = input;
    if (retryable !== true || !DETERMINISTIC_TYPES.includes(type))
        return undefined;
    return {
        strategy: 'retry',
        rule: 'classified-retryable-retry-once',
        reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
        attemptCap: attempt + 1,
    };
}
/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input, budget) {
    const { type, lane } = input;
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'network-not-transient',
            reason: 'the network failure is one a retry meets again (a certificate the client refused: a CA the runner lacks, an intercepting proxy, an expired certificate)',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        // The machine went away (every infrastructure rule says so): a new attempt of the job runs on another
        // machine, which waiting does not bring sooner. Inside a step (a Docker daemon not up yet), time may cure it.
        const noWait = type === 'infrastructure' && !input.inStep ? { noWait: true } : {};
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
                ...noWait,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
            ...noWait,
        };
    }
    if (type === 'resource' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'resource-not-transient',
            reason: "the limit is the job's own (a ulimit it set, its container's settings), not the machine's: a retry would hit it alike",
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
            noWait: true,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
                noWait: true,
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
                noWait: true,
            };
    }
    return undefined;
}
/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input) {
    const { type, branchKind, attempt } = input;
    if (input.flaky && input.flakyTests?.length) {
        const n = input.flakyTests.length;
        return {
            strategy: 'retry',
            rule: 'flaky-tests-retry-once',
            reason: `${n === 1 ? 'the only failed test is' : `all ${n} failed tests are`} known flaky (the test history saw ${n === 1 ? 'it' : 'them'} fail and pass with no change to ${n === 1 ? 'its' : 'their'} file): retry once, at once`,
            // One re-run: a known flake that fails twice running is worth a person's look.
            attemptCap: 2,
            noWait: true,
        };
    }
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    return defaultBranchVerdict(input);
}
/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input) {
    const { type, attempt } = input;
    const unsure = input.confidence === 'low';
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
    const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict, budget, lane) {
    return !verdict.noWait || budget.backoffSeconds !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUDGETS */ .Dm[lane].backoffSeconds;
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ }),

/***/ 84712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wm: () => (/* reexport */ markdown/* STEP_SUMMARY_LIMIT_BYTES */.Wm),
  gX: () => (/* reexport */ annotationsFor),
  DV: () => (/* reexport */ markdown/* codeBlock */.DV),
  SS: () => (/* reexport */ markdown/* codeSpan */.SS),
  X1: () => (/* reexport */ markdown/* escapeText */.X1),
  a3: () => (/* reexport */ markdown/* formatDuration */.a3),
  nf: () => (/* reexport */ markdown/* link */.nf),
  Hh: () => (/* reexport */ load),
  TN: () => (/* reexport */ markdown/* oneLine */.TN),
  C2: () => (/* reexport */ renderFixedSection),
  NI: () => (/* reexport */ renderSummaryLine),
  cP: () => (/* reexport */ model/* stagesFromRecords */.cP),
  uc: () => (/* reexport */ model/* strongestDecision */.uc),
  VM: () => (/* reexport */ tests/* testViews */.VM),
  o4: () => (/* reexport */ markdown/* truncateMarkdown */.o4),
  dy: () => (/* reexport */ markdown/* utf8Bytes */.dy)
});

// UNUSED EXPORTS: COMMENT_LIMIT_CHARS, MAX_TEST_VIEWS, historyWords, mermaidLabel, renderTestsBlock, testsCommentLines, timeSaved, timeSpent

// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(327);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/report/quiet.ts
/**
 * What post writes on a green job that had nothing to recover: one line of summary, and, where this job's
 * section of the sticky comment reported a failure before, that section turned to fixed. Pure.
 */

/** The job summary of a quiet green job: one line. */
function renderSummaryLine(report) {
    const lane = report.lane ? `, ${report.lane.lane} lane` : '';
    return `\u2705 ci-recovery: ${(0,markdown/* escapeText */.X1)(report.job, 120)} passed (attempt ${report.attempt}${lane}): nothing failed, nothing to recover.\n`;
}
/** This job's section of the sticky comment once a later attempt or run of it passed. */
function renderFixedSection(report) {
    const head = [`\u2705 **${(0,markdown/* escapeText */.X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const where = report.runUrl
        ? (0,markdown/* link */.nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)
        : undefined;
    return [
        `#### ${head.join(' \u00b7 ')}`,
        '',
        `- **fixed**: passes now${where ? ` (${where})` : ''}; the failure reported here before is gone`,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/core/report/annotations.ts
/**
 * Annotations on the evidence: one per failure, for `core.error/warning/notice` (post writes them; the
 * runner adapter keeps a step within GitHub's 10 per level and counts the rest, core/annotation-budget.ts).
 */


/**
 * A failure a person must act on (manual, rollback, or no decision) is an error; one ci-recovery handles
 * (retry, resume) a warning; a skipped one a notice. Messages are plain text (annotations render none).
 */
function annotationsFor(report) {
    return report.failures.map((f) => ({
        level: level(f),
        title: (0,markdown/* oneLine */.TN)(`ci-recovery: ${f.classification?.type ?? 'unclassified'} failure in ${f.step}`, 200),
        message: message(f, report.flaky === true),
    }));
}
function level(f) {
    const strategy = f.decision?.strategy;
    if (strategy === 'retry' || strategy === 'resume')
        return 'warning';
    if (strategy === 'skip')
        return 'notice';
    return 'error';
}
function message(f, flaky) {
    const parts = [];
    const e = f.classification?.evidence;
    parts.push(e ? `Evidence (${(0,types/* evidencePlace */.ZV)(e)}): ${(0,markdown/* oneLine */.TN)(e.text, 400)}` : 'No decisive line found.');
    if (f.classification)
        parts.push(`Type ${f.classification.type}, ${f.classification.confidence} confidence (rule ${f.classification.rule}).`);
    if (f.decision)
        parts.push(`Decision: ${f.decision.strategy} (rule ${f.decision.rule}): ${(0,markdown/* oneLine */.TN)(f.decision.reason, 300)}.`);
    if (flaky)
        parts.push('Flaky: the same commit passed after this failure before.');
    return parts.join('\n');
}

// EXTERNAL MODULE: ./src/core/report/tests.ts
var tests = __webpack_require__(63247);
;// CONCATENATED MODULE: ./src/core/report/load.ts
/**
 * The report's renderers and the sticky comment's codec, loaded on first use: the wing's second door,
 * beside index.ts (as the checkpoint engine's load.ts). A green job's post writes one summary line and
 * annotations from the light parts index.ts exports, and never loads these (~25 KB, node:crypto with the
 * comment's codec). index.ts exports the same `load`.
 */
const load = {
    /** The full job summary and the post-mortem (with the timeline and the time saved). */
    summary: () => __webpack_require__.e(/* import() */ 4143).then(__webpack_require__.bind(__webpack_require__, 64143)),
    /** A job's section of the sticky comment. */
    commentSection: () => Promise.all(/* import() */[__webpack_require__.e(4143), __webpack_require__.e(7533)]).then(__webpack_require__.bind(__webpack_require__, 87533)),
    /** The sticky comment's body: its marker, sections, parse and render. */
    comment: () => __webpack_require__.e(/* import() */ 7091).then(__webpack_require__.bind(__webpack_require__, 47091)),
    /** What the checkpoints cost and saved, in lines and a note. */
    timeSaved: () => __webpack_require__.e(/* import() */ 5419).then(__webpack_require__.bind(__webpack_require__, 75419)),
};

;// CONCATENATED MODULE: ./src/core/report/index.ts
/**
 * Report rendering (job summary, post-mortem, annotations, sticky comment), pure; the wing's door. It exports
 * the light parts a green job's post and the assessment use (the report's model, markdown escaping, the
 * quiet one-line summary, annotations, the tests' views) and, in `load`, the renderers only an eventful job
 * needs (load.ts). Import the wing through here, never its files; the supervisor, which always renders,
 * takes its renderers statically from renderers.ts, and the sticky comment's reader and writer its codec
 * from comment.ts. The lint holds it.
 */








/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/**
 * Markdown helpers for text that comes from logs, step names and commit messages: it must never turn into
 * markup, links, HTML or @-mentions in a job summary or a PR comment.
 */

/** Limits of the places we write to. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
// Control characters (C0 except tab/newline, DEL, C1) and bidi overrides, which can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** One line: control characters dropped, whitespace runs collapsed, cut to `max` characters with an ellipsis. */
function oneLine(text, max = 300) {
    const flat = text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sliceWhole */ .eo)(flat, max - 1).trimEnd()}\u2026`;
}
/**
 * Plain text that renders literally: HTML is entity-encoded, markdown punctuation backslash-escaped, and
 * `@` followed by a zero-width space so a log line never mentions a person or team.
 */
function escapeText(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * A fenced code block holding `text` verbatim: the fence is longer than any run of backticks inside, so a
 * value (a job name, a commit subject) cannot close it and write markup after it.
 */
function codeBlock(text, lang = '') {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/**
 * An inline code span holding `text` verbatim (a code span renders no markup, links, HTML or mentions).
 * In a table cell GitHub still splits on `|`, so `inTable` escapes it (GFM renders `\|` in a cell as `|`).
 */
function codeSpan(text, { max = 300, inTable = false } = {}) {
    let body = oneLine(text, max);
    if (body === '')
        return '';
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Mermaid labels allow no `:` `;` `#` or quotes; keep a safe readable subset. */
function mermaidLabel(text, max = 60) {
    const safe = oneLine(text, max)
        .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return safe === '' ? 'step' : safe;
}
/** `1h 2m`, `3m 04s`, `12.3s`, `850ms`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    if (h > 0)
        return `${h}h ${m}m`;
    return `${m}m ${String(s).padStart(2, '0')}s`;
}
/** A markdown link whose label is escaped; only http(s) URLs become links. */
function link(label, url) {
    const text = escapeText(label, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return text;
    return `[${text}](${url})`;
}
/**
 * Cut `markdown` so it fits `limit` (measured by `measure`), at a line boundary, closing a code fence or
 * a `<details>` block the cut left open, and ending with `note`. Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, limit, note, measure = (s) => s.length) {
    if (measure(markdown) <= limit)
        return markdown;
    const tail = `\n\n${note}\n`;
    const lines = markdown.split('\n');
    // Binary search on the number of whole lines kept; closers are part of the measured text.
    let lo = 0;
    let hi = lines.length;
    const build = (n) => {
        const kept = lines.slice(0, n);
        return kept.join('\n') + closers(kept) + tail;
    };
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(build(mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const out = build(lo);
    if (measure(out) > limit) {
        // Even the note alone does not fit: hard cut (should only happen with absurd limits).
        return sliceToFit(note, limit, measure);
    }
    // A very long next line (rare: our lines are short) is kept in part rather than dropped whole; the
    // blank line before the note ends its paragraph, so a cut code span cannot run on.
    const next = lines[lo];
    if (next === undefined || limit - measure(out) < 200)
        return out;
    const chars = [...next];
    const partial = (n) => {
        const kept = [...lines.slice(0, lo), `${chars.slice(0, n).join('')}\u2026`];
        return kept.join('\n') + closers(kept) + tail;
    };
    let a = 0;
    let b = chars.length;
    while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if (measure(partial(mid)) <= limit)
            a = mid;
        else
            b = mid - 1;
    }
    return a > 0 ? partial(a) : out;
}
/** What a cut at the end of `lines` must append to leave no open fence or details block. */
function closers(lines) {
    let inFence = false;
    let fence = '';
    let openDetails = 0;
    for (const line of lines) {
        const m = /^\s*(`{3,}|~{3,})/.exec(line);
        if (m?.[1]) {
            if (!inFence) {
                inFence = true;
                fence = m[1];
            }
            else if (m[1].startsWith(fence)) {
                inFence = false;
            }
            continue;
        }
        if (inFence)
            continue;
        openDetails += (line.match(/<details>/g) ?? []).length;
        openDetails -= (line.match(/<\/details>/g) ?? []).length;
    }
    let out = '';
    if (inFence)
        out += `\n${fence}`;
    for (let i = 0; i < Math.max(0, openDetails); i++)
        out += '\n\n</details>';
    return out;
}
function sliceToFit(text, limit, measure) {
    let chars = [...text];
    while (chars.length > 0 && measure(chars.join('')) > limit)
        chars = chars.slice(0, Math.floor(chars.length * 0.9));
    return chars.join('');
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ stagesFromRecords),
/* harmony export */   eG: () => (/* binding */ timeSpent),
/* harmony export */   jU: () => (/* binding */ timeSaved),
/* harmony export */   uc: () => (/* binding */ strongestDecision)
/* harmony export */ });
/* harmony import */ var _skip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75772);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42363);


const ms = (iso) => {
    if (!iso)
        return undefined;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? undefined : t;
};
/**
 * Stage views from the action's own records, in start order. Stages completed by an earlier attempt are
 * `resumed` (their record says skipped and the stage is in `completedStages`); `previousDurations` gives
 * how long they took then (stage -> ms; from the checkpoint manifests or the previous plan).
 */
function stagesFromRecords(records, completedStages = [], previousDurations = {}) {
    const done = new Set(completedStages);
    return [...records]
        .sort((a, b) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0))
        .map((r) => {
        const start = ms(r.startedAt);
        const end = ms(r.completedAt);
        const resumed = r.outcome === 'skipped' && r.stage !== undefined && done.has(r.stage);
        const previous = r.stage !== undefined ? previousDurations[r.stage] : undefined;
        return {
            name: r.stage || r.step,
            kind: r.kind,
            outcome: r.outcome,
            ...(r.startedAt ? { startedAt: r.startedAt } : {}),
            ...(start !== undefined && end !== undefined && end >= start ? { durationMs: end - start } : {}),
            attempts: r.attempts.map((a) => ({
                attempt: a.attempt,
                startedAt: a.startedAt,
                durationMs: a.durationMs,
                ...(a.exitCode !== undefined ? { exitCode: a.exitCode } : {}),
                ...(a.signal ? { signal: a.signal } : {}),
                ...(a.timedOut ? { timedOut: true } : {}),
                ...(a.classification ? { failureType: a.classification.type } : {}),
            })),
            ...(resumed ? { resumed: true } : {}),
            ...(resumed && previous !== undefined ? { previousDurationMs: previous } : {}),
            ...(r.checkpointId ? { checkpointId: r.checkpointId } : {}),
            ...checkpointCost(r),
            ...flakyCount(r),
            ...((0,_skip_js__WEBPACK_IMPORTED_MODULE_1__/* .isSkippedFailure */ .F9)(r) ? { policySkipped: true } : {}),
        };
    });
}
/** A record's checkpoint cost, when it is a number a step could have written. */
function checkpointCost(r) {
    const count = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    if (!r.checkpointId || !count(r.checkpointMs))
        return {};
    return {
        checkpointMs: r.checkpointMs,
        ...(count(r.checkpointBytes) ? { checkpointBytes: r.checkpointBytes } : {}),
    };
}
function flakyCount(r) {
    const n = (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_0__/* .testOutcomesOf */ .Tr)(r.tests).filter((o) => o.outcome === 'flaky' && !o.quarantined).length;
    return n > 0 ? { flakyTests: n } : {};
}
/**
 * Time the job did not spend thanks to recovery:
 * - a stage skipped by resume saves what it took when it last ran;
 * - a stage that passed after in-step retries saves the job re-run it would otherwise have needed: every
 *   stage before it would run again (estimated as the time from job start to the stage's start);
 * - so does a stage that passed because its flaky tests passed on a re-run of themselves alone.
 */
function timeSaved(report) {
    const saved = [];
    const jobStart = ms(report.startedAt) ?? Math.min(...report.stages.map((s) => ms(s.startedAt) ?? Infinity));
    for (const stage of report.stages) {
        if (stage.resumed && stage.previousDurationMs !== undefined && stage.previousDurationMs > 0) {
            saved.push({ what: `resume skipped stage ${stage.name}`, ms: stage.previousDurationMs, how: 'resume' });
        }
        const testsRetried = stage.attempts.length === 1 && (stage.flakyTests ?? 0) > 0;
        if (stage.outcome === 'success' && testsRetried && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart)
                saved.push({
                    // The step's own re-run it also spared is not counted: the records carry no per-test durations.
                    what: `test-level retry of ${stage.flakyTests} flaky test(s) in ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-tests',
                });
        }
        if (stage.outcome === 'success' && stage.attempts.length > 1 && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart) {
                saved.push({
                    what: `in-step retry of ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-in-step',
                });
            }
        }
    }
    return saved;
}
/** Wall time of the job so far, and the part of it spent in failed attempts (lost to failures). */
function timeSpent(report) {
    const start = ms(report.startedAt);
    const end = ms(report.finishedAt);
    let failedAttemptsMs = 0;
    for (const stage of report.stages) {
        stage.attempts.forEach((a, i) => {
            const isLastOfSuccess = stage.outcome === 'success' && i === stage.attempts.length - 1;
            if (!isLastOfSuccess)
                failedAttemptsMs += Math.max(0, a.durationMs);
        });
    }
    return {
        ...(start !== undefined && end !== undefined && end >= start ? { totalMs: end - start } : {}),
        failedAttemptsMs,
    };
}
const STRATEGY_WEIGHT = { skip: 0, retry: 1, resume: 2, rollback: 3, manual: 4 };
/** The decision that speaks for the whole job: the one that needs the most from people. */
function strongestDecision(failures) {
    let best;
    for (const f of failures) {
        if (f.decision && (!best || STRATEGY_WEIGHT[f.decision.strategy] > STRATEGY_WEIGHT[best.strategy]))
            best = f.decision;
    }
    return best;
}


/***/ }),

/***/ 63247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ renderTestsBlock),
/* harmony export */   St: () => (/* binding */ testsCommentLines),
/* harmony export */   VM: () => (/* binding */ testViews)
/* harmony export */ });
/* unused harmony exports MAX_TEST_VIEWS, historyWords */
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36630);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42363);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71018);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34201);




/** Tests shown at most (the rest are counted). */
const MAX_TEST_VIEWS = 50;
/** The failed and flaky tests of the job's `run/` steps, failed first; `more` counts those left out. */
function testViews(records, history) {
    const all = [];
    for (const r of records) {
        if (r.kind !== 'run')
            continue;
        for (const o of (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_0__/* .testOutcomesOf */ .Tr)(r.tests)) {
            if (o.outcome === 'passed')
                continue;
            const key = (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .testKey */ .S8)(o.id);
            const known = history ? (0,_test_history_js__WEBPACK_IMPORTED_MODULE_1__.knowledgeOf)(history, key) : undefined;
            const window = history?.tests.find((t) => t.key === key)?.observations.length;
            all.push({
                key,
                step: r.stage ?? r.step,
                outcome: o.outcome,
                retries: o.retries,
                ...(o.changed ? { changed: true } : {}),
                ...(o.quarantined ? { quarantined: true } : {}),
                ...(o.arrival ? { arrival: true } : {}),
                ...(o.failedAgain && o.outcome === 'failed' ? { failedAgain: true } : {}),
                ...(known ? { known } : {}),
                ...(window ? { window } : {}),
            });
        }
    }
    const rank = (t) => (t.outcome === 'failed' && !t.quarantined ? 0 : 1);
    const sorted = all.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);
    return {
        tests: sorted.slice(0, MAX_TEST_VIEWS).map((x) => x.t),
        more: Math.max(0, all.length - MAX_TEST_VIEWS),
    };
}
const day = (iso) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeText */ .X1)(iso.slice(0, 10), 10);
/** What the history knew, in words (escaped markdown). */
function historyWords(t) {
    if (t.changed)
        return 'changed by this change: never retried as flaky';
    const k = t.known;
    if (!k)
        return 'new to the history';
    if (k.broken)
        return 'broken: failed on every run over more than one commit';
    const flips = `flipped ${k.flips} time${k.flips === 1 ? '' : 's'}${t.window ? ` in its last ${t.window} run(s)` : ''}`;
    // Outcomes that changed with the commit: the code moved, not a flake (never retried or quarantined as one).
    if (k.unstable)
        return `unstable across commits, not flaky (${flips}, never on one commit)`;
    if (!k.flaky)
        return `seen before, not flaky (${flips})`;
    const seen = k.firstSeen && k.lastSeen ? `, first seen ${day(k.firstSeen)}, last seen ${day(k.lastSeen)}` : '';
    const flakes = k.flakes ? `, ${k.flakes} same-commit flake${k.flakes === 1 ? '' : 's'}` : '';
    return `**flaky**: ${flips}${flakes}${seen}`;
}
function outcomeWords(t) {
    // Early flake detection: failed and passed in the repeats of the change's own tests.
    if (t.arrival)
        return `**flaky on arrival** (failed and passed in repeats of the change's tests)${t.outcome === 'failed' ? ', failed' : ''}`;
    if (t.quarantined)
        return `${t.outcome === 'flaky' ? 'flaky' : 'failed'}, quarantined (did not fail the step)`;
    if (t.failedAgain)
        return `failed: passed on ${t.retries} re-run${t.retries === 1 ? '' : 's'} of itself, then failed again in the step's run after ${t.retries === 1 ? 'it' : 'them'} (not flaky)`;
    if (t.outcome === 'flaky')
        return `retried and passed (${t.retries} re-run${t.retries === 1 ? '' : 's'})`;
    return t.retries > 0 ? `failed, ${t.retries} re-run${t.retries === 1 ? '' : 's'} failed too` : 'failed';
}
/** The summary's Tests section. */
function renderTestsBlock(views) {
    const rows = views.tests.map((t) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(t.key, { inTable: true, max: 200 })} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(t.step, { inTable: true, max: 60 })} | ${outcomeWords(t)} | ${historyWords(t)} |`);
    const more = views.more > 0 ? `\n\nAnd ${views.more} more (the job log has them all).` : '';
    return (['### Tests', '', '| Test | Step | Outcome | History |', '|---|---|---|---|', ...rows].join('\n') + more);
}
/** The sticky comment's lines: failed tests, those retried and passed, and the known flakes, at most 10. */
function testsCommentLines(views) {
    const shown = views.tests.slice(0, 10);
    const lines = shown.map((t) => `- test ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(t.key, { max: 150 })}: ${outcomeWords(t)}; ${historyWords(t)}`);
    const rest = views.tests.length - shown.length + views.more;
    if (rest > 0)
        lines.push(`- and ${rest} more test(s) (see the job summary)`);
    return lines;
}


/***/ }),

/***/ 75772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ isSkippedFailure),
/* harmony export */   He: () => (/* binding */ skipsFailure),
/* harmony export */   aR: () => (/* binding */ skippedMessage)
/* harmony export */ });
/** Does the policy's decision let this failure pass? */
function skipsFailure(failure) {
    const { classification, decision } = failure;
    return (decision?.strategy === 'skip' &&
        decision.rule !== 'cancelled-skip' &&
        classification?.type !== 'cancelled' &&
        failure.fileCommandError === undefined);
}
/** A `run/` step's record of a failure it let pass: shown by post, never counted as the job's failure. */
function isSkippedFailure(record) {
    return (record.kind === 'run' &&
        record.outcome === 'failure' &&
        skipsFailure({
            ...(record.classification ? { classification: record.classification } : {}),
            ...(record.decision ? { decision: record.decision } : {}),
        }));
}
/** The warning the step ends with instead of its error. */
function skippedMessage(failure, decision) {
    return `${failure} The policy skips this failure (${decision.rule}): the step passes and the job goes on; the failure is shown in the job's summary.`;
}


/***/ }),

/***/ 42363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ testOutcomesOf),
/* harmony export */   VB: () => (/* binding */ serializeTestHistory),
/* harmony export */   ie: () => (/* binding */ parseTestHistory)
/* harmony export */ });
/* unused harmony export MAX_HISTORY_CHARS */
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36630);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71018);
/**
 * What other jobs wrote about tests, read without trusting it: the flaky-test history's stored form (a JSON
 * document a pull request's run may have written) and a step record's test outcomes. Never throws; anything
 * odd is dropped and the bounds hold. Pure.
 */


/** A stored history larger than this is not read (the cap keeps a hostile entry from costing the job). */
const MAX_HISTORY_CHARS = 8_000_000;
/**
 * The stored form, never over what `parseTestHistory` reads: a full history (2,000 tests x 20 observations,
 * each naming its branch) of a long branch name outgrows MAX_HISTORY_CHARS, and the next job would start
 * a new one. Whole tests are dropped, the one seen longest ago first (as `bounded` drops them): a test kept
 * keeps its whole window, in which its flips are counted.
 */
function serializeTestHistory(history) {
    const text = `${JSON.stringify(history)}\n`;
    if (text.length <= MAX_HISTORY_CHARS)
        return text;
    let over = text.length - MAX_HISTORY_CHARS;
    const dropped = new Set();
    for (const i of (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.evictionOrder)(history.tests)) {
        if (over <= 0)
            break;
        dropped.add(i);
        // The test's text and its comma.
        over -= JSON.stringify(history.tests[i]).length + 1;
    }
    return `${JSON.stringify({ ...history, tests: history.tests.filter((_, i) => !dropped.has(i)) })}\n`;
}
const OUTCOMES = ['passed', 'failed', 'flaky'];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const shortString = (v) => typeof v === 'string' && v.length > 0 && v.length <= _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD;
const count = (v) => Number.isSafeInteger(v) && v >= 0;
/**
 * One stored observation; `branch` labels one an old document kept without its branch. A missing or empty
 * commit is kept as unknown (''): it still counts in the test's story, never as flake evidence.
 */
function observationOf(v, branch) {
    if (!isObject(v))
        return undefined;
    const { sha, runId, attempt, outcome, at, fileDigest, changed, passedInStep } = v;
    if (!(shortString(sha) || sha === undefined || sha === '') || !count(runId) || !count(attempt))
        return undefined;
    if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome))
        return undefined;
    if (typeof at !== 'string' || !ISO_TIME.test(at))
        return undefined;
    const seenOn = shortString(v.branch) ? v.branch : branch;
    return {
        sha: sha ?? '',
        ...(seenOn ? { branch: seenOn } : {}),
        runId,
        attempt,
        outcome: outcome,
        at,
        ...(shortString(fileDigest) ? { fileDigest } : {}),
        ...(changed === true ? { changed: true } : {}),
        ...(passedInStep === true && outcome === 'flaky' ? { passedInStep: true } : {}),
    };
}
/**
 * A stored history, read without trusting it (a pull request's run may have written its branch's entry).
 * Never throws: a missing, corrupt, oversized or future-version document gives an empty history and a
 * `problem` to say; malformed tests and observations are dropped one by one; the bounds hold.
 */
function parseTestHistory(text, branch, bounds = {}) {
    const empty = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.emptyTestHistory)(branch);
    if (text === undefined || text.trim() === '')
        return { history: empty };
    if (text.length > MAX_HISTORY_CHARS)
        return {
            history: empty,
            problem: `test history is over ${MAX_HISTORY_CHARS} characters: starting a new one`,
        };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // the problem is returned and told: a new history starts
        return { history: empty, problem: 'test history is not valid JSON: starting a new one' };
    }
    if (!isObject(value) || value.version !== _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION || !Array.isArray(value.tests))
        return { history: empty, problem: 'test history has an unknown format or version: starting a new one' };
    const tests = [];
    const seen = new Set();
    let dropped = 0;
    // Read without a branch (a step's view of the job's history): the document's own names are kept.
    const own = branch || (shortString(value.branch) ? value.branch : '');
    const base = shortString(value.base) ? value.base : undefined;
    for (const t of value.tests) {
        const raw = isObject(t) && Array.isArray(t.observations) ? t.observations : undefined;
        if (!isObject(t) || !shortString(t.key) || !raw || seen.has(t.key)) {
            dropped++;
            continue;
        }
        const observations = raw
            .map((o) => observationOf(o, own))
            .filter((o) => o !== undefined);
        dropped += raw.length - observations.length;
        seen.add(t.key);
        tests.push({ key: t.key, observations });
    }
    const history = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.bounded)({ version: _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION, branch: own, ...(base ? { base } : {}), tests }, bounds);
    return {
        history,
        ...(dropped > 0 ? { problem: `test history: dropped ${dropped} malformed record(s)` } : {}),
    };
}
/** Outcomes post may trust from a step record (written by `run/`, in RUNNER_TEMP): anything odd is dropped. */
function testOutcomesOf(value) {
    if (!Array.isArray(value))
        return [];
    const outcomes = [];
    for (const v of value.slice(0, 10_000)) {
        if (!isObject(v) || !isObject(v.id) || typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome))
            continue;
        const { runner, suite, name, params } = v.id;
        // mocha's console names no file: its test is keyed by its full title (suite ''), as its re-run selects
        // and keys it. Kept, a shared one too (`sharedName`: assess must see its failure; recordTestOutcomes and
        // onlyKnownFlaky skip it); node's console key without a file is still dropped.
        const titleOnly = suite === '' && runner === 'mocha';
        if (!_test_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RUNNERS */ .Ln.includes(runner) ||
            !(shortString(suite) || titleOnly) ||
            !shortString(name))
            continue;
        if (params !== undefined && (typeof params !== 'string' || params.length > _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD))
            continue;
        outcomes.push({
            id: {
                runner: runner,
                suite,
                name,
                ...(params !== undefined ? { params } : {}),
            },
            outcome: v.outcome,
            retries: count(v.retries) ? v.retries : 0,
            ...(v.changed === true ? { changed: true } : {}),
            ...(v.quarantined === true ? { quarantined: true } : {}),
            ...(v.arrival === true ? { arrival: true } : {}),
            ...(v.sharedName === true ? { sharedName: true } : {}),
            ...(v.passedInStep === true && v.outcome === 'flaky' ? { passedInStep: true } : {}),
            ...(v.failedAgain === true && v.outcome === 'failed' && typeof v.retries === 'number' && v.retries > 0
                ? { failedAgain: true }
                : {}),
        });
    }
    return outcomes;
}


/***/ }),

/***/ 36630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ titleKeyed),
/* harmony export */   Ln: () => (/* binding */ TEST_RUNNERS),
/* harmony export */   S8: () => (/* binding */ testKey)
/* harmony export */ });
/**
 * A test's identity, stable across runs and machines: the runner that ran it, the file or class that holds
 * it, its name, and its parameters when the runner names them apart (pytest's `[1-2]`, JUnit's `[1]`).
 * Everything test recovery keeps (the re-run list, the flaky history, the quarantine list) is keyed by
 * `testKey`. Pure.
 */
/** The runners test recovery knows by name; a report of another writer is `junit`. */
const TEST_RUNNERS = [
    'jest',
    'vitest',
    'pytest',
    'go',
    'cargo',
    'nextest',
    'gradle',
    'maven',
    'rspec',
    'phpunit',
    'dotnet',
    'mocha',
    'node',
    'junit',
];
/** One line per test: `runner:suite::name[params]`; the key every store of test facts uses. */
function testKey(id) {
    return `${id.runner}:${id.suite}::${id.name}${id.params === undefined ? '' : `[${id.params}]`}`;
}
/**
 * A key that names no file (suite ''; mocha's console keys a test by its full title): two jobs' or steps' tests
 * of one title share it in the branch's history, which one step's output cannot tell apart. Its history is learnt
 * and reported, but never vouches for a test: never quarantinable by it, never known flaky to a retry.
 */
function titleKeyed(id) {
    return id.suite === '';
}


/***/ }),

/***/ 42927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64984);


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


/***/ })

};
