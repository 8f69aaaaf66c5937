export const id = 1453;
export const ids = [1453];
export const modules = {

/***/ 66702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ githubPort),
/* harmony export */   R2: () => (/* binding */ resumePort),
/* harmony export */   S7: () => (/* binding */ warnAnd),
/* harmony export */   WA: () => (/* binding */ gitPort),
/* harmony export */   y2: () => (/* binding */ jobFilesPort)
/* harmony export */ });
/* harmony import */ var _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79716);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98835);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28000);
/* harmony import */ var _runner_adapters_checkout_head_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41646);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85094);
/* harmony import */ var _rest_call_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58193);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68329);







function jobFilesPort(env) {
    return {
        loadConfig: (file) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(env.workspace, file),
        effectiveConfig: () => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveConfig */ .k3)(env),
        saveEffectiveConfig: (config) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeEffectiveConfig */ .ze)(env.runnerTemp, config),
        saveChangedFiles: (files) => (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeChangedFiles */ .Bh)(env.runnerTemp, files),
        runContext: () => (0,_event_js__WEBPACK_IMPORTED_MODULE_2__.readRunContext)(env),
        checkoutHead: () => (0,_runner_adapters_checkout_head_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceHead */ .k)(env.workspace),
        records: () => (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .readRecords */ .T3)((0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .recordsDir */ .Ap)(env)),
    };
}
/** Git in the workspace; with `bound`, main's deadline and its logger, the change gives up and warns. */
function gitPort(env, bound) {
    const read = async (base, opts, signal) => {
        const { gitChange } = await __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 40026));
        return gitChange(env.workspace, base, { ...opts, ...(signal ? { signal } : {}) });
    };
    return {
        change: (base, opts = {}) => bound
            ? bound.deadline.run('reading the change with git', _deadline_js__WEBPACK_IMPORTED_MODULE_4__.MAIN_LIMITS.gitMs, (signal) => read(base, opts, signal), warnAnd(bound.logger, (reason) => ({ unknownBecause: reason })))
            : read(base, opts),
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
    const bounded = (what, work, fallback, limitMs = _deadline_js__WEBPACK_IMPORTED_MODULE_4__.POST_LIMITS.githubMs) => deadline
        ? deadline.run(what, limitMs, (signal) => (0,_rest_call_js__WEBPACK_IMPORTED_MODULE_5__/* .endCallsWith */ .LC)(signal, () => work(signal)), warnAnd(logger, fallback))
        : work();
    return {
        pullChange: (pr) => bounded(`reading the files of pull request #${pr}`, async (signal) => {
            const { octokit, repo } = await connect();
            const { pullRequestChange } = await __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 40026));
            return pullRequestChange(octokit, repo, pr, signal);
        }, (reason) => ({ unknownBecause: reason }), _deadline_js__WEBPACK_IMPORTED_MODULE_4__.MAIN_LIMITS.githubMs),
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
            const read = connect().then(async ({ octokit, repo }) => (await Promise.all(/* import() */[__webpack_require__.e(9517), __webpack_require__.e(8001)]).then(__webpack_require__.bind(__webpack_require__, 89517))).readSticky(octokit, repo, pr, identity));
            read.catch(() => undefined); // awaited by upsertComment, whose failure path reports it
            ahead = { pr, read };
        },
        upsertComment: (pr, jobKey, section, options = {}) => bounded('the PR comment', async () => {
            const { octokit, repo } = await connect();
            const { upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(9517), __webpack_require__.e(8001)]).then(__webpack_require__.bind(__webpack_require__, 89517));
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
/** Logs a give-up as a warning, then answers with the fallback. */
const warnAnd = (logger, fallback) => (reason) => {
    logger.warning(`ci-recovery: ${reason}.`);
    return fallback(reason);
};
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
                ? deadline.run("reading the run's record of its checkpoints", _deadline_js__WEBPACK_IMPORTED_MODULE_4__.MAIN_LIMITS.artifactsMs, work, (reason) => ({
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
                legValues: env.legValues,
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

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ compilesGlobs),
/* harmony export */   XS: () => (/* binding */ decideLane),
/* harmony export */   wz: () => (/* binding */ loadGlobs)
/* harmony export */ });
/* unused harmony exports requiredText, globList */
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55587);

/**
 * The text every match of `glob` contains, when it is made of plain characters, `*` and `/` alone (what
 * picomatch reads literally, between its wildcards); undefined for any other glob.
 */
function requiredText(glob) {
    if (!/^[\w.\-/*]+$/.test(glob))
        return undefined;
    // picomatch drops a leading `./` and reads `.` and `..` segments its own way: no literal text to require.
    if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(glob))
        return undefined;
    return glob.split(/[*/]+/).filter(Boolean);
}
async function loadGlobs() {
    return (await __webpack_require__.e(/* import() */ 4006).then(__webpack_require__.t.bind(__webpack_require__, 14006, 23))).default;
}
/** A glob as it is matched: one without a slash matches a base name at any depth, like .gitignore. */
const patternOf = (glob) => (glob.includes('/') ? glob : `**/${glob}`);
/** Whether `file` may match the glob whose required text is `needs` (undefined: any file may). */
const mayMatch = (needs, file) => !needs || needs.every((text) => file.includes(text));
/** A file as the globs see it: forward slashes, no leading `./`. */
const normalize = (file) => file.replace(/\\/g, '/').replace(/^\.\//, '');
/**
 * A glob's test, compiled at its first use by a file that holds its required text: picomatch compiles each
 * glob into a regular expression (~0.1 ms each, ~5 ms of main's CPU for the default lane rules' 39 on
 * every job, issue 67), and most globs cannot match a given file (Cargo.lock's glob, a path without that
 * name). The answer is picomatch's either way.
 */
function lazyGlob(glob, compile) {
    const pattern = patternOf(glob);
    const needs = requiredText(pattern);
    let test;
    return (file) => {
        if (!mayMatch(needs, file))
            return false;
        if (!compile)
            throw new Error(`the lane glob '${glob}' is to be compiled, and picomatch was not loaded`);
        test ??= compile(pattern, { dot: true, basename: false });
        return test(file);
    };
}
/**
 * Whether deciding the lane of `files` compiles some glob of `rules`: whether some file holds a glob's
 * required text (or a glob has none). When it does not, `decideLane` needs no compiler.
 */
function compilesGlobs(files, rules) {
    if (!files)
        return false;
    const needs = [...rules.heavy, ...rules.docs].map((g) => requiredText(patternOf(g.replace(/^!/, ''))));
    return files.some((file) => needs.some((n) => mayMatch(n, normalize(file))));
}
/**
 * Compiles a glob list into a test: some positive glob matches and no `!` glob does. `compile` may be left
 * out where `compilesGlobs` says no glob is compiled for the files tested.
 */
function globList(globs, compile) {
    const include = globs
        .filter((g) => !g.startsWith('!'))
        .map((g) => ({ glob: g, test: lazyGlob(g, compile) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => lazyGlob(g.slice(1), compile));
    return (file) => {
        const normalized = normalize(file);
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
/** The lane; `compile` may be left out where `compilesGlobs` says the change's files compile no glob. */
function decideLane(change, rules, compile) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
        return { lane: 'STANDARD', reason: unknown };
    }
    const heavy = globList(rules.heavy, compile);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs, compile);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 99652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ laneOfChange),
/* harmony export */   C8: () => (/* binding */ REPORT_WHEN),
/* harmony export */   Hc: () => (/* binding */ laterStepsEnv),
/* harmony export */   Tm: () => (/* binding */ wantsResume),
/* harmony export */   er: () => (/* binding */ parseReportWhen),
/* harmony export */   kr: () => (/* binding */ laneWhenUnreadable),
/* harmony export */   lK: () => (/* binding */ laneFromInput),
/* harmony export */   re: () => (/* binding */ mergeChange),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80095);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);



const REPORT_WHEN = ['on-failure', 'always', 'never'];
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be on-failure (the default: only when something failed or was recovered), always or never, got '${value}'.`);
}
/** The lane the input forces, if any. */
function laneFromInput(lane) {
    return lane ? { lane, reason: "set by the 'lane' input" } : undefined;
}
/** The lane when the change could not be read at all: the change is taken as unknown. */
function laneWhenUnreadable(why) {
    return { lane: 'STANDARD', reason: `the change could not be read (${why})` };
}
/** The ref the change is measured against: the input, else the PR's base, the push's before, the default branch. */
function changeBase(baseRef, context) {
    return baseRef ?? context.pr?.baseRef ?? context.before ?? context.defaultBranch;
}
/** The change as git saw it, completed by the API's (labels; the files when git could not tell). */
function mergeChange(git, api) {
    if (git.files)
        return { ...git, ...(api?.labels ? { labels: api.labels } : {}) };
    if (!api)
        return git;
    if (api.files)
        return api;
    return {
        ...api,
        unknownBecause: `${git.unknownBecause ?? 'git could not tell'}; ${api.unknownBecause ?? ''}`,
    };
}
/**
 * The lane of the change, with the labels of the event's pull request added to the change's own; `compile`
 * may be left out where `compilesGlobs` (lanes.ts) says the change's files compile no glob.
 */
function laneOfChange(change, context, rules, compile) {
    return (0,_lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .decideLane */ .XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, rules, compile);
}
/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
function wantsResume(settings, start) {
    return settings.resume && start.attempt > 1;
}
/**
 * The job-wide variables main leaves for later steps (GITHUB_ENV). The effective config goes by the path
 * of the file main wrote it to (`configFile`; none when that failed, and later steps read the workspace's).
 */
function laterStepsEnv(lane, configFile, resumed, checkoutHead) {
    return {
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LANE_ENV */ .FD]: lane,
        ...(checkoutHead ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECKOUT_HEAD_ENV */ .Sk]: checkoutHead } : {}),
        ...(configFile ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE_ENV */ .K1]: configFile } : {}),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPLETED_STAGES_ENV */ .Q3]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESTORED_STAGES_ENV */ .D8]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_DURATIONS_ENV */ .TM]: JSON.stringify(resumed.stageDurations ?? {}),
        ...(resumed.resumeFrom
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_ENV */ .wp]: resumed.resumeFrom, [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_FROM_ENV */ .vg]: resumed.resumeFrom }
            : {}),
        ...(resumed.resumeFrom && resumed.cost ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_COST_ENV */ .SL]: JSON.stringify(resumed.cost) } : {}),
        ...(resumed.resumeFrom && resumed.store
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]: resumed.store, [_state_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .RESUMED_STORE_ENV */ .O_]: resumed.store }
            : {}),
    };
}


/***/ }),

/***/ 41646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ workspaceHead)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67667);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);
/**
 * The commit the workspace's clone has checked out (its HEAD), read from `.git` as git does for the common
 * layouts (a detached sha, a loose ref, packed-refs), else from `git rev-parse`. Main reads it once after
 * actions/checkout and leaves it for later steps: a checkpoint records the commit its job started from,
 * and a resume restores only into a job that started from the same one (checkpoint/adapters/resume.ts).
 * The files are opened as planted files may be (regular-file.ts): a FIFO or a link falls back to git.
 */






const REF = /^refs\/[A-Za-z0-9._/-]+$/;
/** HEAD's commit sha in `workspace`, or undefined where there is no clone (or git cannot tell). */
async function workspaceHead(workspace) {
    const gitDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, '.git');
    // no .git: no clone here (a root outside the workspace), and no git process started to find one above
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(gitDir).catch(() => undefined)))
        return undefined;
    const fromFiles = await headFromFiles(gitDir).catch(
    // a layout the files do not tell (a worktree's .git file, reftable, a planted FIFO): git says, below
    () => undefined);
    if (fromFiles)
        return fromFiles;
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
            cwd: workspace,
            timeout: 10_000,
        });
        const sha = stdout.trim();
        return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    catch {
        // not a clone, no commit yet, or no git: no commit to record or compare
        return undefined;
    }
}
/** The fast path: a `.git` directory whose HEAD is a sha or a ref in a loose file or packed-refs. */
async function headFromFiles(gitDir) {
    const head = (await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'HEAD'))).trim();
    if ((0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(head))
        return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref || !REF.test(ref) || ref.split('/').includes('..'))
        return undefined;
    const loose = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, ref)).then((t) => t.trim(), 
    // no loose ref: packed-refs holds it, or git decides below
    () => undefined);
    if (loose !== undefined)
        return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(loose) ? loose : undefined;
    const packed = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'packed-refs'));
    for (const line of packed.split('\n')) {
        const [sha, name] = line.split(' ');
        if (name === ref && sha !== undefined && (0,_core_event_js__WEBPACK_IMPORTED_MODULE_5__/* .isCommitId */ .jh)(sha))
            return sha;
    }
    return undefined;
}


/***/ })

};
