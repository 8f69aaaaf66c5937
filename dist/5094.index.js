export const id = 5094;
export const ids = [5094];
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


/***/ })

};
