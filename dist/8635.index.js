export const id = 8635;
export const ids = [8635];
export const modules = {

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
        const { gitChange } = await Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(6340)]).then(__webpack_require__.bind(__webpack_require__, 40026));
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
    const connect = () => (client ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(4556), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 50309)), __webpack_require__.e(/* import() */ 3640).then(__webpack_require__.bind(__webpack_require__, 3640))]).then(async ([light, plain]) => ({
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
            const { pullRequestChange } = await Promise.all(/* import() */[__webpack_require__.e(26), __webpack_require__.e(6340)]).then(__webpack_require__.bind(__webpack_require__, 40026));
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
            const read = connect().then(async ({ octokit, repo }) => (await __webpack_require__.e(/* import() */ 8956).then(__webpack_require__.bind(__webpack_require__, 78956))).readSticky(octokit, repo, pr, identity));
            read.catch(() => undefined); // awaited by upsertComment, whose failure path reports it
            ahead = { pr, read };
        },
        upsertComment: (pr, jobKey, section, options = {}) => bounded('the PR comment', async () => {
            const { octokit, repo } = await connect();
            const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 8956).then(__webpack_require__.bind(__webpack_require__, 78956));
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _api_refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48022);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73054);
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36630);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71018);
/* harmony import */ var _test_history_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42363);






/** The lane main saved in state; else the one the job's environment carries; else STANDARD, said why. */
function laneFromState(state, envLane) {
    try {
        const saved = JSON.parse(state);
        if (_types_js__WEBPACK_IMPORTED_MODULE_4__/* .LANES */ .Ci.includes(saved.lane ?? ''))
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Input '${name}' must be on-failure (the default: only when something failed or was recovered), always or never, got '${value}'.`);
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
                `the token may not comment on PRs (${result.reason ?? 'read-only'}): ${_api_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .PERMISSION_FIXES */ .wW['comments:write']}, or let the supervisor workflow comment`,
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
        const outcomes = (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_3__/* .testOutcomesOf */ .Tr)(record.tests);
        if (outcomes.length > 0)
            next = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_2__/* .recordTestOutcomes */ .dg)(next, outcomes, where, (o) => (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .testKey */ .S)(o.id));
    }
    return { history: next, changed: (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeTestHistory */ .VB)(next) !== (0,_test_history_read_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeTestHistory */ .VB)(history) };
}


/***/ })

};
