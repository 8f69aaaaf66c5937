export const id = 484;
export const ids = [484];
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
// EXTERNAL MODULE: ./src/core/finish.ts
var finish = __webpack_require__(97328);
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
// EXTERNAL MODULE: ./src/core/prepare.ts
var prepare = __webpack_require__(99652);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/test-history.ts
var test_history = __webpack_require__(71018);
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
    // The history's restore waits on the cache service, the lane on git and the API: they overlap.
    const loadingTests = config.ledger.enabled && ports.tests
        ? ports.tests.loadTestHistory((0,test_history/* testHistoryPlace */.EA)(context, { ...start, job: start.identity }))
        : undefined;
    loadingTests?.catch(() => undefined); // awaited below
    const lane = (0,prepare/* laneFromInput */.lK)(settings.lane) ?? (await laneOfTheChange(settings, context, config, ports));
    log.info(`ci-recovery: lane ${lane.lane} (${(0,core_text/* inert */.tJ)(lane.reason)})`);
    const resumed = await resumeIfWanted(settings, start, ports);
    const savedConfig = await ports.files.saveEffectiveConfig(config).catch((error) => {
        log.warning(`ci-recovery: could not save the effective config for later steps (${(0,errors/* errorMessage */.gJ)(error)}); they read ${file ?? 'the defaults'} again.`);
        return undefined;
    });
    const tests = await loadingTests?.catch((error) => {
        log.warning(`ci-recovery: could not load the flaky-test history: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    });
    if (tests)
        log.info((0,test_history/* historySummaryLine */.hd)(tests));
    const prepared = {
        start,
        lane,
        ...(file ? { configFile: file } : {}),
        resumed,
        env: (0,prepare/* laterStepsEnv */.Hc)(lane.lane, savedConfig, resumed),
    };
    writeResults(prepared, runner);
    return prepared;
}
/** The change from git, completed by the pull request through the API; unreadable is STANDARD, warned. */
async function laneOfTheChange(settings, context, config, ports) {
    try {
        const base = (0,prepare/* changeBase */.s1)(settings.baseRef, context);
        // git and the API answer apart: the API's round trips overlap git's process, not follow it.
        const [fromGit, fromApi] = await Promise.all([
            base ? ports.git.change(base) : { unknownBecause: 'no base branch to compare with' },
            ports.github && context.pr ? ports.github.pullChange(context.pr.number) : undefined,
        ]);
        const change = (0,prepare/* mergeChange */.re)(fromGit, fromApi);
        // run/ steps never re-run a test the change added or edited: they read its files from here.
        if (change.files)
            await ports.files.saveChangedFiles(change.files).catch((error) => {
                ports.runner.log.warning(`ci-recovery: could not save the changed files for run/ steps: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
        return (0,prepare/* laneOfChange */.A8)(change, context, config.lanes);
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
        comment: (0,finish/* parseReportWhen */.er)('comment', inputs/* input */.h.given('comment', '')),
        summary: (0,finish/* parseReportWhen */.er)('summary', inputs/* input */.h.given('summary', '')),
        jobId: inputs/* input */.h.string('job-id'),
    };
}
/**
 * The job's identity first (phases/job-identity.ts): the ports below name checkpoints by it. The jobs API's
 * call (a job in a called workflow only) is under main's deadline; given up, it warns with the reason.
 */
async function identified(env, jobId, token, deadline) {
    const jobName = (id) => deadline.run("reading the job's name from the jobs API", adapters_deadline/* MAIN_LIMITS */.X1.jobNameMs, (signal) => readJobName(env, token, id, signal), (reason) => {
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
    const deadline = (0,adapters_deadline/* phaseDeadline */.A3)(adapters_deadline/* MAIN_BUDGET */.Up, jobEnv.budgetSeconds.main);
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
            tests: (0,job_ports/* jobStorePort */.Y0)(env, log, deadline),
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

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony exports requiredText, globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55587);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */


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
/**
 * A glob's test, compiled at its first use by a file that holds its required text: picomatch compiles each
 * glob into a regular expression (~0.1 ms each, ~5 ms of main's CPU for the default lane rules' 39 on
 * every job, issue 67), and most globs cannot match a given file (Cargo.lock's glob, a path without that
 * name). The answer is picomatch's either way.
 */
function lazyGlob(glob) {
    // A glob without a slash matches a base name at any depth, like .gitignore.
    const pattern = glob.includes('/') ? glob : `**/${glob}`;
    const needs = requiredText(pattern);
    let test;
    return (file) => {
        if (needs && !needs.every((text) => file.includes(text)))
            return false;
        test ??= picomatch__WEBPACK_IMPORTED_MODULE_1___default()(pattern, { dot: true, basename: false });
        return test(file);
    };
}
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: lazyGlob(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => lazyGlob(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
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
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
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
/* harmony export */   Hc: () => (/* binding */ laterStepsEnv),
/* harmony export */   Tm: () => (/* binding */ wantsResume),
/* harmony export */   kr: () => (/* binding */ laneWhenUnreadable),
/* harmony export */   lK: () => (/* binding */ laneFromInput),
/* harmony export */   re: () => (/* binding */ mergeChange),
/* harmony export */   s1: () => (/* binding */ changeBase)
/* harmony export */ });
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);


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
/** The lane of the change, with the labels of the event's pull request added to the change's own. */
function laneOfChange(change, context, rules) {
    return (0,_lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .decideLane */ .XS)({ ...change, labels: [...(change.labels ?? []), ...(context.pr?.labels ?? [])] }, rules);
}
/** A re-run attempt with `resume` on restores the previous attempt's checkpoint. */
function wantsResume(settings, start) {
    return settings.resume && start.attempt > 1;
}
/**
 * The job-wide variables main leaves for later steps (GITHUB_ENV). The effective config goes by the path
 * of the file main wrote it to (`configFile`; none when that failed, and later steps read the workspace's).
 */
function laterStepsEnv(lane, configFile, resumed) {
    return {
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LANE_ENV */ .FD]: lane,
        ...(configFile ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FILE_ENV */ .K1]: configFile } : {}),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLETED_STAGES_ENV */ .Q3]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESTORED_STAGES_ENV */ .D8]: resumed.completedStages.join(','),
        [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_DURATIONS_ENV */ .TM]: JSON.stringify(resumed.stageDurations ?? {}),
        ...(resumed.resumeFrom
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_ENV */ .wp]: resumed.resumeFrom, [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_FROM_ENV */ .vg]: resumed.resumeFrom }
            : {}),
        ...(resumed.resumeFrom && resumed.cost ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_COST_ENV */ .SL]: JSON.stringify(resumed.cost) } : {}),
        ...(resumed.resumeFrom && resumed.store
            ? { [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]: resumed.store, [_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_STORE_ENV */ .O_]: resumed.store }
            : {}),
    };
}


/***/ })

};
