export const id = 7253;
export const ids = [7253,6630];
export const modules = {

/***/ 85094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ phaseDeadline),
/* harmony export */   BR: () => (/* binding */ SUPERVISE_BUDGET),
/* harmony export */   SY: () => (/* binding */ POST_LIMITS),
/* harmony export */   Up: () => (/* binding */ MAIN_BUDGET),
/* harmony export */   X1: () => (/* binding */ MAIN_LIMITS),
/* harmony export */   XV: () => (/* binding */ POST_BUDGET)
/* harmony export */ });
/* unused harmony export Deadline */
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

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
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

/***/ 66702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ githubPort),
/* harmony export */   R2: () => (/* binding */ resumePort),
/* harmony export */   WA: () => (/* binding */ gitPort),
/* harmony export */   Y0: () => (/* binding */ jobStorePort),
/* harmony export */   y2: () => (/* binding */ jobFilesPort)
/* harmony export */ });
/* harmony import */ var _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79716);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98835);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28000);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32558);
/* harmony import */ var _core_test_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71018);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85094);
/* harmony import */ var _rest_call_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58193);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68329);








function jobFilesPort(env) {
    return {
        loadConfig: (file) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(env.workspace, file),
        effectiveConfig: () => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveConfig */ .k3)(env),
        saveEffectiveConfig: (config) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeEffectiveConfig */ .ze)(env.runnerTemp, config),
        saveChangedFiles: (files) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeChangedFiles */ .Bh)(env.runnerTemp, files),
        runContext: () => (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunContext */ .$)(env),
        records: () => (0,_records_js__WEBPACK_IMPORTED_MODULE_7__/* .readRecords */ .T3)((0,_records_js__WEBPACK_IMPORTED_MODULE_7__/* .recordsDir */ .Ap)(env)),
    };
}
/** Git in the workspace; with `bound`, main's deadline and its logger, the change gives up and warns. */
function gitPort(env, bound) {
    const read = async (base, signal) => {
        const { gitChange } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 40026));
        return gitChange(env.workspace, base, signal ? { signal } : {});
    };
    return {
        change: (base) => bound
            ? bound.deadline.run('reading the change with git', _deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .MAIN_LIMITS */ .X1.gitMs, (signal) => read(base, signal), warnAnd(bound.logger, (reason) => ({ unknownBecause: reason })))
            : read(base),
    };
}
/** The REST API with `token` (non-empty), on the run's repository. */
function githubPort(token, env, logger, options = {}) {
    const { deadline, baseUrl, policy } = options;
    let client;
    const connect = () => (client ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(1796), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 50309)), __webpack_require__.e(/* import() */ 3640).then(__webpack_require__.bind(__webpack_require__, 3640))]).then(async ([light, plain]) => ({
        octokit: await light.restClient(token, logger, {
            ...(baseUrl ? { baseUrl } : {}),
            ...(policy ? { policy } : {}),
        }),
        repo: plain.repoFromEnv(env),
    })));
    // `work` is handed the signal of the deadline's give-up, and every REST call it makes ends with it
    // (endCallsWith: the comment's reads and writes too), letting go of its socket then.
    const bounded = (what, work, fallback, limitMs = _deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .POST_LIMITS */ .SY.githubMs) => deadline
        ? deadline.run(what, limitMs, (signal) => (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_6__/* .endCallsWith */ .LC)(signal, () => work(signal)), warnAnd(logger, fallback))
        : work();
    return {
        pullChange: (pr) => bounded(`reading the files of pull request #${pr}`, async (signal) => {
            const { octokit, repo } = await connect();
            const { pullRequestChange } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 40026));
            return pullRequestChange(octokit, repo, pr, signal);
        }, (reason) => ({ unknownBecause: reason }), _deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .MAIN_LIMITS */ .X1.githubMs),
        jobSteps: (jobId) => bounded("reading the job's steps", async (signal) => {
            const { octokit, repo } = await connect();
            const { readJobSteps } = await __webpack_require__.e(/* import() */ 3463).then(__webpack_require__.bind(__webpack_require__, 3463));
            return readJobSteps(octokit, repo, jobId, signal);
        }, (reason) => ({ ok: false, reason })),
        attemptJobs: (runId, attempt) => bounded("reading the run attempt's jobs", async (signal) => {
            const { octokit, repo } = await connect();
            const { readAttemptJobs } = await __webpack_require__.e(/* import() */ 3463).then(__webpack_require__.bind(__webpack_require__, 3463));
            return readAttemptJobs(octokit, repo, runId, attempt, signal);
        }, (reason) => ({ ok: false, reason })),
        ...commentCalls(connect, bounded, env, logger),
    };
}
/** The sticky comment's calls: its first read started ahead (prefetchComment), then the write. */
/** How long post asks whether another job writes the comment before assuming one does. */
const OTHERS_WRITING_MS = 2_000;
function commentCalls(connect, bounded, env, logger) {
    // The comment's first read, started ahead by prefetchComment: the PR it is of, and the read.
    let ahead;
    return {
        prefetchComment: (pr, options = {}) => {
            if (ahead)
                return;
            const identity = options.identityAhead === false ? 'if-sticky' : true;
            const read = connect().then(async ({ octokit, repo }) => (await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(9517)]).then(__webpack_require__.bind(__webpack_require__, 89517))).readSticky(octokit, repo, pr, identity));
            read.catch(() => undefined); // awaited by upsertComment, whose failure path reports it
            ahead = { pr, read };
        },
        upsertComment: (pr, jobKey, section, options = {}) => bounded('the PR comment', async () => {
            const { octokit, repo } = await connect();
            const { upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(9517)]).then(__webpack_require__.bind(__webpack_require__, 89517));
            const settle = env.commentSettleMs !== undefined ? { settleMs: env.commentSettleMs } : {};
            const { writer, ...rest } = options;
            const firstRead = ahead?.pr === pr ? { firstRead: ahead.read } : {};
            ahead = undefined;
            const racing = writer
                ? {
                    // A hint, not worth post's time: past its limit a rival is assumed (the comment settles
                    // as it always did), and the call given up lets post end with it.
                    othersWriting: () => bounded('asking the Actions API whether another job writes the comment', async () => (await __webpack_require__.e(/* import() */ 3463).then(__webpack_require__.bind(__webpack_require__, 3463))).othersWriting(octokit, repo, writer), () => true, OTHERS_WRITING_MS),
                }
                : {};
            return upsertStickyComment(octokit, repo, pr, jobKey, section, logger, {
                ...settle,
                ...rest,
                ...racing,
                ...firstRead,
            });
        }, (reason) => ({ status: 'failed', removedDuplicates: 0, reason })),
    };
}
const modeOf = (env) => env.cacheMode !== undefined ? { cacheMode: env.cacheMode } : {};
const room = (env) => ({
    runnerTemp: env.runnerTemp,
    ...modeOf(env),
});
/** Logs a give-up as a warning, then answers with the fallback. */
const warnAnd = (logger, fallback) => (reason) => {
    logger.warning(`ci-recovery: ${reason}.`);
    return fallback(reason);
};
function jobStorePort(env, logger, deadline) {
    const bounded = (what, work, fallback) => deadline ? deadline.run(what, _deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .POST_LIMITS */ .SY.storeMs, work, warnAnd(logger, fallback)) : work();
    return {
        restoreLedger: (place) => bounded('restoring the ledger', async () => {
            const { ledgerDirIn, restoreLedger } = await __webpack_require__.e(/* import() */ 8919).then(__webpack_require__.bind(__webpack_require__, 58919));
            // The job's cache mode rides along: with `none` or `write-only` the runner forbids reads, so none is sent.
            return (await restoreLedger({ ...place, ...modeOf(env), dir: ledgerDirIn(env.runnerTemp) }, logger))
                .ledger;
        }, () => (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(place.branch)),
        saveLedger: (ledger, place) => bounded('saving the ledger', async () => {
            const { ledgerDirIn, saveLedger } = await __webpack_require__.e(/* import() */ 8919).then(__webpack_require__.bind(__webpack_require__, 58919));
            await saveLedger(ledger, {
                ...place,
                dir: ledgerDirIn(env.runnerTemp),
                ...modeOf(env),
            }, logger);
        }, () => undefined),
        loadTestHistory: (place) => bounded('restoring the flaky-test history', async () => {
            const { loadTestHistory } = await __webpack_require__.e(/* import() */ 4427).then(__webpack_require__.bind(__webpack_require__, 54427));
            return loadTestHistory(place, room(env), logger);
        }, () => (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyTestHistory */ .AO)(place.branch)),
        saveTestHistory: (history, place) => bounded('saving the flaky-test history', async () => {
            const { saveTestHistory } = await __webpack_require__.e(/* import() */ 4427).then(__webpack_require__.bind(__webpack_require__, 54427));
            await saveTestHistory(history, place, room(env), logger);
        }, () => undefined),
        dropCheckpoints: (ids, place) => bounded("deleting the green attempt's checkpoints", async () => {
            const { dropRunCheckpoints } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.artifactCleanup();
            return dropRunCheckpoints(ids, place);
        }, () => ({ deleted: 0, bytes: 0, kept: ids.length, error: 'given up at the time limit' })),
        preparePlan: () => {
            // a head start only: uploadPlan imports it again and reports its own failure
            __webpack_require__.e(/* import() */ 6663).then(__webpack_require__.bind(__webpack_require__, 36663)).then((m) => m.prepareUpload(), () => undefined);
        },
        uploadPlan: (plan) => bounded('uploading the recovery plan', async () => {
            const { uploadPlan } = await __webpack_require__.e(/* import() */ 6663).then(__webpack_require__.bind(__webpack_require__, 36663));
            await uploadPlan(plan, logger);
        }, () => undefined),
    };
}
/**
 * Resume from the checkpoint store `store` (the `store` input); the checkpoint code loads on first use.
 * With `deadline`, the artifact store is given up when main's budget runs out while a call waits on it.
 */
function resumePort(store, token, env, logger, deadline) {
    return {
        async checkoutProblem() {
            const { checkoutProblem } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.engine();
            return checkoutProblem(env.workspace, env.repository);
        },
        async namedCheckpoints(previous) {
            // The run's artifacts are written by its own jobs alone: every checkpoint found there is the run's.
            if (store === 'artifact')
                return { trusted: (await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 93248))).RUN_ARTIFACTS };
            const work = async () => {
                const { readTrustRecords } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.trustRecords();
                return readTrustRecords({ token, ...previous, owner: env.owner ?? '', repo: env.repo ?? '' });
            };
            return deadline
                ? deadline.run("reading the run's record of its checkpoints", _deadline_js__WEBPACK_IMPORTED_MODULE_5__/* .MAIN_LIMITS */ .X1.artifactsMs, work, (reason) => ({
                    unreadable: reason,
                }))
                : work();
        },
        async resume(previous, trusted) {
            const { defaultManifestCache, openStore, restoreJournals, resumeFromPreviousAttempt } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.engine();
            const { repoFromEnv } = await __webpack_require__.e(/* import() */ 3640).then(__webpack_require__.bind(__webpack_require__, 3640));
            const opened = await openStore(store, {
                token,
                runId: previous.runId,
                ...repoFromEnv(env),
                cwd: env.workspace,
                ...(deadline ? { guard: await budgetedGuard(env, deadline) } : {}),
            });
            const manifestCache = defaultManifestCache(env);
            const journalDir = restoreJournals(env);
            const keyedStore = deadline ? await budgetedKeyedStore(opened, env, deadline) : undefined;
            const result = await resumeFromPreviousAttempt({
                store: opened,
                ...previous,
                trusted,
                ...(keyedStore ? { keyedStore } : {}),
                workspace: env.workspace,
                logger,
                ...(manifestCache ? { manifestCache } : {}),
                ...(journalDir ? { journalDir } : {}),
            });
            return { ...result, store: opened.spec };
        },
    };
}
/**
 * The keyed entries' store of `store` (the cache service on a runner), given up like the artifact store when
 * `deadline` runs out: a keyed entry a resume downloads is part of main's work.
 */
async function budgetedKeyedStore(store, env, deadline) {
    const { CacheKeyedStore, keyedStoreFor } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.keyedStore();
    const keyed = keyedStoreFor(store, env);
    if (keyed instanceof CacheKeyedStore)
        keyed.guard.endBy(deadline.endsAtMs, deadline.spentReason('the keyed entries download'));
    return keyed;
}
/** The artifact store's stall watchdog, which also gives the store up when `deadline` runs out. */
async function budgetedGuard(env, deadline) {
    const { artifactServiceGuard } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__/* .load */ .H.storeGuard();
    return artifactServiceGuard(env).endBy(deadline.endsAtMs, deadline.spentReason('the checkpoint download'));
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T3: () => (/* binding */ readRecords),
  Ap: () => (/* binding */ recordsDir),
  ez: () => (/* binding */ recordsPort)
});

// UNUSED EXPORTS: writeRecord

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/records.ts
/** Directory of the records under RUNNER_TEMP. */
const RECORDS_SUBDIR = 'ci-recovery/records';
/** `<epoch-ms>-<stage>.json`, with the stage made safe for a file name. */
function recordFileName(record, now = Date.now()) {
    const name = (record.stage || record.step || 'step').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    return `${now}-${name}.json`;
}
/** Narrow an unknown JSON value to a StepRecord; anything malformed is dropped, never trusted. */
function isStepRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const r = value;
    return ((r.kind === 'run' || r.kind === 'checkpoint' || r.kind === 'restore') &&
        typeof r.step === 'string' &&
        typeof r.startedAt === 'string' &&
        typeof r.completedAt === 'string' &&
        (r.outcome === 'success' || r.outcome === 'failure' || r.outcome === 'skipped') &&
        Array.isArray(r.attempts));
}

;// CONCATENATED MODULE: ./src/adapters/records.ts



/** `$RUNNER_TEMP/ci-recovery/records` (the OS temp dir outside the runner). */
function recordsDir(env) {
    return external_node_path_default().join(env.runnerTemp, RECORDS_SUBDIR);
}
/** The records port of a step: records go where post reads them. */
function recordsPort(env) {
    const dir = recordsDir(env);
    return { write: async (record) => void (await writeRecord(dir, record)) };
}
/** Writes one record atomically (temp file + rename), so post never reads half a file. Returns its path. */
async function writeRecord(dir, record) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, recordFileName(record));
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(record, null, 2) + '\n');
    await (0,promises_.rename)(tmp, file);
    return file;
}
/** Every well-formed record in the directory, oldest first; a missing directory means no records. */
async function readRecords(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        // no records directory yet: no step has written a record
        return [];
    }
    const records = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
            const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8'));
            if (isStepRecord(parsed))
                records.push({ at: Number.parseInt(name, 10) || 0, name, record: parsed });
        }
        catch {
            // A corrupt record is skipped: reporting never fails the job.
        }
    }
    return records.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map((r) => r.record);
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

/***/ 97328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ needsPlan),
/* harmony export */   Jw: () => (/* binding */ jobsApiAccess),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   aw: () => (/* binding */ summaryMode),
/* harmony export */   eD: () => (/* binding */ noteComment),
/* harmony export */   er: () => (/* binding */ parseReportWhen),
/* harmony export */   ig: () => (/* binding */ laneFromState),
/* harmony export */   iw: () => (/* binding */ updatedTestHistory),
/* harmony export */   kC: () => (/* binding */ reportSettings),
/* harmony export */   ni: () => (/* binding */ worthReporting),
/* harmony export */   yE: () => (/* binding */ commentAction)
/* harmony export */ });
/* unused harmony export REPORT_WHEN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _api_refusal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48022);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36630);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71018);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42363);






/** The lane main saved in state; else the one the job's environment carries; else STANDARD, said why. */
function laneFromState(state, envLane) {
    try {
        const saved = JSON.parse(state);
        if (_types_js__WEBPACK_IMPORTED_MODULE_3__/* .LANES */ .Ci.includes(saved.lane ?? ''))
            return { lane: saved.lane, reason: saved.reason ?? '' };
    }
    catch {
        // main did not run (or failed before deciding): fall through.
    }
    return envLane
        ? { lane: envLane, reason: 'from the job environment' }
        : { lane: 'STANDARD', reason: 'main did not decide a lane, so the change is taken as unknown' };
}
const REPORT_WHEN = ['on-failure', 'always', 'never'];
const QUIET = { comment: 'on-failure', summary: 'on-failure' };
/**
 * An input of `on-failure | always | never` (its default is in action.yml). 'true' and 'false', the
 * `comment` input's values before it took these, still mean always and never.
 */
function parseReportWhen(name, value) {
    const v = value.trim().toLowerCase();
    if (v === 'true')
        return 'always';
    if (v === 'false')
        return 'never';
    if (REPORT_WHEN.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input '${name}' must be on-failure (the default: only when something failed or was recovered), always or never, got '${value}'.`);
}
/** Main's `comment` and `summary` settings from state; quiet on green when main did not run. */
function reportSettings(settingsState) {
    try {
        const kept = JSON.parse(settingsState || '{}');
        const read = (v, fallback) => v === true
            ? 'always'
            : v === false
                ? 'never'
                : REPORT_WHEN.includes(v)
                    ? v
                    : fallback;
        return { comment: read(kept.comment, QUIET.comment), summary: read(kept.summary, QUIET.summary) };
    }
    catch {
        // a setting that cannot be read leaves the reporting quiet, never fails the job
        return QUIET;
    }
}
/**
 * Something a person may want to hear of: a failure, a cancel, a failure a policy skipped, or a recovery
 * (a retry that passed, a resume, a flaky or quarantined test).
 */
function worthReporting(report) {
    return (report.conclusion !== 'success' ||
        report.failures.length > 0 ||
        (report.skipped?.length ?? 0) > 0 ||
        // A test that failed, was retried alone and passed, or was quarantined: a recovery to hear of.
        (report.tests?.tests.length ?? 0) > 0 ||
        report.stages.some((s) => s.attempts.length > 1 || s.resumed === true));
}
/**
 * The job summary post writes: the full report, one line (green, nothing recovered, and nothing that
 * limits what the report knows), or none. A warning (no token, no jobs API) keeps the full summary: a
 * failure the report cannot see must not pass as a quiet green.
 */
function summaryMode(when, eventful, warnings = 0) {
    if (when === 'never')
        return 'none';
    return when === 'always' || eventful || warnings > 0 ? 'full' : 'line';
}
/** The jobs API is read when there is a client and a job id; else why not (a warning for the report). */
function jobsApiAccess(hasClient, jobIdText, 
/** Why the job was not found among its run attempt's jobs either (phases/post.ts jobIdOfRunner). */
notFoundBecause) {
    const jobId = Number(jobIdText);
    if (!hasClient)
        return {
            read: false,
            warning: "no GitHub token, so the jobs API was not read: pass 'github-token' with 'actions: read'; reporting from ci-recovery's own records",
        };
    if (!Number.isInteger(jobId) || jobId <= 0)
        return {
            read: false,
            warning: `the job id is unknown (input 'job-id', default job.check_run_id, which GitHub Enterprise Server does not offer)${notFoundBecause ? ` and the job was not found among its run attempt's jobs: ${notFoundBecause}` : ''}, so the jobs API was not read; reporting from ci-recovery's own records`,
        };
    return { read: true, jobId };
}
/** The run attempt's page, when the repository and run are known. */
function runUrl(serverUrl, repo, start) {
    return repo && start.runId
        ? `${serverUrl}/${repo}/actions/runs/${start.runId}/attempts/${start.attempt}`
        : undefined;
}
/**
 * The sticky comment: none off a pull request or when switched off; on-failure, a green job with nothing
 * recovered only turns its earlier section (if any) to fixed; the supervisor's for a fork (or without a
 * token), whose token cannot comment; else this job writes it.
 */
function commentAction(context, when, hasClient, eventful) {
    if (!context.pr || when === 'never')
        return { action: 'none' };
    const fixed = when === 'on-failure' && !eventful;
    // A green fork PR: nothing for the supervisor to say, and the job's token could not update it.
    if (fixed && (context.pr.fromFork || !hasClient))
        return { action: 'none' };
    if (context.pr.fromFork || !hasClient)
        return {
            action: 'supervisor',
            warning: 'this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment',
        };
    return { action: 'write', pr: context.pr.number, fixed };
}
/** What the report says of the sticky comment written: a link, or why the token could not comment. */
function noteComment(report, result) {
    if (result.status === 'degraded')
        return {
            ...report,
            warnings: [
                ...report.warnings,
                `the token may not comment on PRs (${result.reason ?? 'read-only'}): ${_api_refusal_js__WEBPACK_IMPORTED_MODULE_0__/* .PERMISSION_FIXES */ .wW['comments:write']}, or let the supervisor workflow comment`,
            ],
        };
    if (result.url)
        return { ...report, links: { ...report.links, 'PR comment': result.url } };
    return report;
}
/** The supervisor reads plans only of failed runs; a green job leaves no artifact behind. */
function needsPlan(report) {
    return report.conclusion !== 'success';
}
/**
 * The flaky-test history with this job's outcomes (every `run/` step's `tests`), and whether they changed
 * it: a job that met no failed test and no test the history knows leaves it as it was, and saves nothing.
 */
function updatedTestHistory(history, records, where) {
    let next = history;
    for (const record of records) {
        if (record.kind !== 'run')
            continue;
        const outcomes = (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_2__/* .testOutcomesOf */ .Tr)(record.tests);
        if (outcomes.length > 0)
            next = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_1__/* .recordTestOutcomes */ .dg)(next, outcomes, where, (o) => (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .testKey */ .S)(o.id));
    }
    return { history: next, changed: (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeTestHistory */ .VB)(next) !== (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeTestHistory */ .VB)(history) };
}


/***/ }),

/***/ 36630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ TEST_RUNNERS),
/* harmony export */   S: () => (/* binding */ testKey)
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
