export const id = 7727;
export const ids = [7727,5094];
export const modules = {

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/checkpoint/load.ts
var load = __webpack_require__(79716);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/prepare.ts
var prepare = __webpack_require__(99652);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/adapters/deadline.ts
var adapters_deadline = __webpack_require__(85094);
// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/runner/adapters/job-env.ts
var job_env = __webpack_require__(13302);
// EXTERNAL MODULE: ./src/adapters/job-ports.ts
var job_ports = __webpack_require__(66702);
// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var logger = __webpack_require__(42927);
;// CONCATENATED MODULE: ./src/adapters/job-name.ts
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

// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(62201);
// EXTERNAL MODULE: ./src/core/lanes.ts
var lanes = __webpack_require__(57668);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/phases/main.ts
/**
 * Main, after checkout: loads the config, decides the lane, and on a re-run attempt restores the latest
 * checkpoint of the previous attempt. Gathers through ports, decides in core/prepare.ts, then writes
 * state, outputs and job-wide variables. The lane never fails the job (an unreadable change is STANDARD);
 * a bad config and a failed restore throw, with the reason.
 */







async function main(settings, env, ports, now) {
    const { runner } = ports;
    const log = runner.log;
    const { jobId, ...kept } = settings;
    // No stage of ours runs at the job's set-up (a whole Node start per job): main's start is recorded, and
    // post counts the job's times from the jobs API's start of the job, else says they count from here.
    const start = (0,job_start/* jobStartFromEnv */.tN)(env, jobId, now);
    // Post reads these instead of its own inputs (actions/runner#2800); the token is not kept in state.
    runner.saveState(state_keys/* STATE_SETTINGS */.cy, JSON.stringify(kept));
    runner.saveState(state_keys/* STATE_JOB_START */.DF, JSON.stringify(start));
    log.info(`ci-recovery: job ${start.legName ?? (start.job || '?')} (checkpoints as '${start.identity || '?'}') of run ${start.runId || '?'}, attempt ${start.attempt}`);
    // The default path also accepts the .yaml spelling; an explicit one is taken as given.
    const { config, file } = await ports.files.loadConfig(settings.configPath === config_defaults/* CONFIG_FILE */.g2 ? undefined : settings.configPath);
    log.info(file ? `ci-recovery: loaded ${file}` : `ci-recovery: no ${settings.configPath}, using defaults`);
    const context = await ports.files.runContext();
    // No flaky-test history here: the first `run/` step whose test fails restores it, else post when a step
    // recorded tests (adapters/test-history-store.ts). A green job makes none of its round trips.
    const lane = (0,prepare/* laneFromInput */.lK)(settings.lane) ?? (await laneOfTheChange(settings, context, config, ports));
    log.info(`ci-recovery: lane ${lane.lane} (${(0,core_text/* inert */.tJ)(lane.reason)})`);
    // The commit the job starts from: what its checkpoints record as built from, and a resume compares.
    const checkoutHead = await ports.files.checkoutHead();
    const resumed = await resumeIfWanted(settings, start, ports);
    const savedConfig = await ports.files.saveEffectiveConfig(config).catch((error) => {
        log.warning(`ci-recovery: could not save the effective config for later steps (${(0,errors/* errorMessage */.gJ)(error)}); they read ${file ?? 'the defaults'} again.`);
        return undefined;
    });
    const prepared = {
        start,
        lane,
        ...(file ? { configFile: file } : {}),
        resumed,
        env: (0,prepare/* laterStepsEnv */.Hc)(lane.lane, savedConfig, resumed, checkoutHead),
    };
    writeResults(prepared, runner);
    return prepared;
}
/** The change from git, completed by the pull request through the API; unreadable is STANDARD, warned. */
async function laneOfTheChange(settings, context, config, ports) {
    try {
        const base = (0,prepare/* changeBase */.s1)(settings.baseRef, context);
        // git and the API answer apart: the API's round trips overlap git's process, not follow it.
        const reading = ports.github && context.pr ? ports.github.pullChange(context.pr.number) : undefined;
        // Where git's one diff is refused (actions/checkout's default depth-1 clone of a pull request has no base
        // branch), git's search for it (fetches, deepening) ends once the API has listed the files as git would
        // (no renames, the whole list) against the same base (no `base-ref` of the user's). An API that does not
        // answer leaves git searching, as before.
        const listed = new AbortController();
        const enough = reading && !settings.baseRef ? { enough: listed.signal } : {};
        const [fromGit, fromApi] = await Promise.all([
            base ? ports.git.change(base, enough) : { unknownBecause: 'no base branch to compare with' },
            reading?.then((api) => {
                if (api.files && api.notAsGit === undefined)
                    listed.abort();
                return api;
            }),
        ]);
        const change = (0,prepare/* mergeChange */.re)(fromGit, fromApi);
        // run/ steps never re-run a test the change added or edited: they read its files from here.
        if (change.files)
            await ports.files.saveChangedFiles(change.files).catch((error) => {
                ports.runner.log.warning(`ci-recovery: could not save the changed files for run/ steps: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
        // picomatch (~60 KB) loads only for a change whose files may match a lane glob: most hold none.
        const compile = (0,lanes/* compilesGlobs */.OJ)(change.files, config.lanes) ? await (0,lanes/* loadGlobs */.wz)() : undefined;
        return (0,prepare/* laneOfChange */.A8)(change, context, config.lanes, compile);
    }
    catch (error) {
        const lane = (0,prepare/* laneWhenUnreadable */.kr)((0,errors/* errorMessage */.gJ)(error));
        ports.runner.log.warning(`ci-recovery: lane STANDARD: ${(0,core_text/* inert */.tJ)(lane.reason)}`);
        return lane;
    }
}
/** Restoring before actions/checkout would be wiped by it, and the stages would still skip themselves. */
async function resumeIfWanted(settings, start, ports) {
    const none = { resumed: false, completedStages: [] };
    if (!(0,prepare/* wantsResume */.Tm)(settings, start))
        return none;
    const problem = await ports.resume.checkoutProblem();
    if (problem) {
        ports.runner.log.warning(`ci-recovery: not resuming: ${(0,core_text/* inert */.tJ)(problem)}`);
        return none;
    }
    const previous = { runId: start.runId, attempt: start.attempt, job: start.identity };
    // Only what this run wrote is resumed from: a checkpoint no record of the run names never is.
    const named = await ports.resume.namedCheckpoints(previous);
    if ('unreadable' in named) {
        ports.runner.log.warning(`ci-recovery: not resuming: the run's record of the checkpoints its earlier attempts saved cannot be read (${(0,core_text/* inert */.tJ)(named.unreadable)}), and a checkpoint no such record names is never resumed from. Every stage runs again.`);
        return none;
    }
    const got = await ports.resume.resume(previous, named.trusted);
    const { resumed, resumeFrom, store } = got;
    // A stage name from a manifest reaches outputs and every later step: one that is not a valid stage name
    // (a line break, a command) is refused, never printed.
    const { valid: completedStages, refused } = (0,core_text/* validStages */.g_)(got.completedStages);
    if (refused > 0)
        ports.runner.log.warning(`ci-recovery: ${refused} completed stage name(s) of the resumed checkpoint are not valid stage names: refused (not printed); those stages run again.`);
    const stageDurations = got.stageDurations
        ? Object.fromEntries(Object.entries(got.stageDurations).filter(([s]) => completedStages.includes(s)))
        : undefined;
    return {
        resumed,
        completedStages,
        ...(stageDurations ? { stageDurations } : {}),
        ...(got.cost ? { cost: got.cost } : {}),
        ...(resumeFrom ? { resumeFrom } : {}),
        ...(store ? { store } : {}),
    };
}
function writeResults(prepared, runner) {
    const { lane, resumed } = prepared;
    runner.saveState(state_keys/* STATE_LANE */.Xh, JSON.stringify({ lane: lane.lane, reason: lane.reason }));
    runner.setOutput('lane', lane.lane);
    runner.setOutput('attempt', String(prepared.start.attempt));
    runner.setOutput('resumed', String(resumed.resumed));
    runner.setOutput('resume-from', resumed.resumeFrom ?? '');
    runner.setOutput('completed-stages', resumed.completedStages.join(','));
    runner.setOutput('config-file', prepared.configFile ?? '');
    runner.setOutput('checkpoint-id', resumed.resumeFrom ?? '');
    for (const [name, value] of Object.entries(prepared.env))
        runner.exportVariable(name, value);
}

;// CONCATENATED MODULE: ./src/phases/job-identity.ts
/**
 * The job's identity, first thing in main: the name its checkpoints, resume and plan go by. In a called
 * (reusable) workflow it gets its caller's part, read from the jobs API's name, and is exported for the job's
 * later steps (run/, checkpoint/, restore/ and post parse the same environment). Main runs it before it
 * builds the ports that name checkpoints.
 */



/** `env` with the job's identity, exported for later steps when it is not the environment's own. */
async function identifyJob(jobId, env, ports) {
    const identity = await calledIdentity(jobId, env, ports);
    if (identity === env.identity)
        return env;
    ports.runner.exportVariable(state_keys/* JOB_IDENTITY_ENV */.tR, identity);
    return { ...env, identity };
}
/**
 * The identity of a job in a called workflow, from its caller's part of the jobs API name; the job's own
 * otherwise, or when the name cannot be read (warned: callers of one workflow would then share checkpoints).
 */
async function calledIdentity(jobId, env, ports) {
    if (!(0,job_start/* inCalledWorkflow */.G9)(env.workflowRef ?? '', env.jobWorkflow ?? '') || !jobId)
        return env.identity;
    const name = await ports.jobName(jobId).catch((error) => {
        ports.runner.log.warning(`ci-recovery: this job runs in a called workflow, and its name could not be read from the jobs API (${(0,errors/* errorMessage */.gJ)(error)}); grant 'actions: read', or callers of this workflow share checkpoints as '${env.identity}'.`);
        return undefined;
    });
    return name ? (0,job_start/* calledJobIdentity */.LB)(env.identity, name) : env.identity;
}

;// CONCATENATED MODULE: ./src/actions/main.ts












function readSettings() {
    const lane = inputs/* input */.h.string('lane').trim().toUpperCase();
    if (lane && !types/* LANES */.Ci.includes(lane)) {
        throw new errors/* UserError */.yo(`Input 'lane' must be one of ${types/* LANES */.Ci.join(', ')} or empty, got '${lane}'.`);
    }
    return {
        configPath: inputs/* input */.h.given('config', ''),
        store: inputs/* input */.h.given('store', ''),
        resume: inputs/* input */.h.bool('resume'),
        lane: (lane || undefined),
        baseRef: inputs/* input */.h.string('base-ref') || undefined,
        comment: (0,prepare/* parseReportWhen */.er)('comment', inputs/* input */.h.given('comment', '')),
        summary: (0,prepare/* parseReportWhen */.er)('summary', inputs/* input */.h.given('summary', '')),
        jobId: inputs/* input */.h.string('job-id'),
    };
}
/**
 * The job's identity first (phases/job-identity.ts): the ports below name checkpoints by it. The jobs API's
 * call (a job in a called workflow only) is under main's deadline; given up, it warns with the reason.
 */
async function identified(env, jobId, token, deadline) {
    const jobName = (id) => deadline.run("reading the job's name from the jobs API", adapters_deadline.MAIN_LIMITS.jobNameMs, (signal) => readJobName(env, token, id, signal), (reason) => {
        throw new Error(reason);
    });
    return identifyJob(jobId, env, { runner: logger/* runnerPort */.Ql, jobName });
}
/**
 * Main: config, lane and resume (phases/main.ts). A bad config or a failed restore fails the step; a
 * service that does not answer within main's budget does not: the lane is STANDARD, nothing resumes.
 */
async function run() {
    const jobEnv = (0,job_env/* readJobEnv */.l)();
    const log = logger/* runnerPort */.Ql.log;
    const deadline = (0,adapters_deadline.phaseDeadline)(adapters_deadline.MAIN_BUDGET, jobEnv.budgetSeconds.main);
    try {
        const settings = readSettings();
        const token = inputs/* input */.h.string('github-token');
        const env = await identified(jobEnv, settings.jobId, token, deadline);
        await main(settings, env, {
            runner: logger/* runnerPort */.Ql,
            files: (0,job_ports/* jobFilesPort */.y2)(env),
            git: (0,job_ports/* gitPort */.WA)(env, { deadline, logger: log }),
            ...(token ? { github: (0,job_ports/* githubPort */.Fu)(token, env, log, { deadline }) } : {}),
            resume: (0,job_ports/* resumePort */.R2)(settings.store, token, env, log, deadline),
        }, new Date());
    }
    catch (error) {
        logger/* runnerPort */.Ql.setFailed(`ci-recovery: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    // An abandoned call may still hold a socket or a git process, and with it this process: end here.
    if (deadline.abandoned.length > 0)
        process.exit(process.exitCode ?? 0);
    (await load/* load */.H.storeGuard()).endIfStoreGaveUp();
}


/***/ }),

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
