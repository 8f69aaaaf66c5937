export const id = 301;
export const ids = [301];
export const modules = {

/***/ 97682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkoutProblem: () => (/* reexport */ checkoutProblem),
  checkpointRunner: () => (/* reexport */ job/* checkpointRunner */.DJ),
  checkpointStage: () => (/* reexport */ job/* checkpointStage */.lX),
  iG: () => (/* reexport */ manage/* checkpointsNewestFirst */.iG),
  Q8: () => (/* reexport */ manage/* cleanupCheckpoints */.Q8),
  defaultManifestCache: () => (/* reexport */ job/* defaultManifestCache */.Rb),
  jobContext: () => (/* reexport */ job/* jobContext */.Rl),
  Ep: () => (/* reexport */ manage/* listCheckpoints */.Ep),
  openJobStore: () => (/* reexport */ job/* openJobStore */.nH),
  openStore: () => (/* reexport */ checkpoint_open/* openStore */.C),
  js: () => (/* reexport */ placement/* recoverInterrupted */.js),
  vQ: () => (/* reexport */ restore/* restoreCheckpoint */.vQ),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  stagesStillComplete: () => (/* reexport */ stagesStillComplete),
  NE: () => (/* reexport */ manage/* validateCheckpoint */.NE)
});

// UNUSED EXPORTS: CheckpointExistsError, DEFAULT_EXCLUDE, DirStore, LAST_CHECKPOINT_ENV, NoFilesFoundError, NotFoundError, RestoreError, checkpointsOfJob, loadManifest, lookupCheckpoint, newestCheckpoint, newestCheckpointOver, realWorkspace, resolveCheckpointPaths, saveCheckpoint, treeDigest

// EXTERNAL MODULE: ./src/adapters/checkpoint/open.ts
var checkpoint_open = __webpack_require__(98915);
// EXTERNAL MODULE: ./src/adapters/checkpoint/save.ts + 1 modules
var save = __webpack_require__(27391);
// EXTERNAL MODULE: ./src/adapters/checkpoint/restore.ts + 1 modules
var restore = __webpack_require__(66959);
// EXTERNAL MODULE: ./src/adapters/checkpoint/manage.ts
var manage = __webpack_require__(19832);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/checkpoint/step.ts
var step = __webpack_require__(97390);
// EXTERNAL MODULE: ./src/adapters/checkpoint/scan.ts
var scan = __webpack_require__(22558);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */








/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    if (opts.attempt <= 1)
        return { resumed: false, completedStages: [] };
    const problems = [];
    const { manifestCache } = opts;
    let candidates = 0;
    const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt };
    for await (const c of (0,manage/* checkpointsOfJob */.Ky)(opts.store, earlier)) {
        candidates++;
        try {
            if (!c.manifest)
                throw new Error(c.error);
            const r = await (0,restore/* restoreCheckpoint */.vQ)({
                store: opts.store,
                checkpoint: c.manifest,
                dest: opts.workspace,
                logger: opts.logger,
                ...(manifestCache ? { manifestCache } : {}),
            });
            opts.logger.info(`Resumed from checkpoint ${c.id} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push(`${c.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            opts.logger.warning(`Checkpoint ${c.id} cannot be resumed from: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (candidates === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${opts.job}' in run ${opts.runId}: starting from scratch.`);
    return { resumed: false, completedStages: [], ...(problems.length ? { problems } : {}) };
}
const AFTER_CHECKOUT = 'Put the ci-recovery step after actions/checkout (its pre still runs at job start, its post still runs last)';
/**
 * Why restoring into `workspace` now would be lost, or undefined when it is safe. actions/checkout deletes
 * the contents of a directory that is not a clone of the same repository (src/git-directory-helper.ts), so
 * a main that runs before it (no `.git` yet, or another repository's) must not restore.
 */
async function checkoutProblem(workspace, repo) {
    const notYet = `the workspace ${workspace} is not a clone of ${repo || 'the repository'} yet`;
    const wiped = 'actions/checkout, running after this step, would delete whatever is restored now';
    const git = await (0,promises_.lstat)(external_node_path_default().join(workspace, '.git')).catch(() => undefined);
    if (!git)
        return `${notYet}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    const origin = 
    // simple-git loads here only: the CLI's checkpoint verbs reach this module through the index.
    (await (await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 964)))
        .simpleGit(workspace)
        .getConfig('remote.origin.url')
        .catch(() => undefined))?.value;
    const originRepo = origin?.toLowerCase().replace(/(\.git)?\/?$/, '');
    const sameRepo = !repo || !originRepo || [`/${repo}`, `:${repo}`].some((end) => originRepo.endsWith(end.toLowerCase()));
    if (!sameRepo)
        return `the workspace ${workspace} is a clone of ${origin}, not of ${repo}: ${wiped}. ${AFTER_CHECKOUT}. Nothing was restored: every stage runs again.`;
    return undefined;
}
/**
 * The completed stages a run/ step may skip: a stage that completed in an earlier attempt counts only
 * while the files of the checkpoint main restored are in the workspace. A step between main and this
 * one (a later actions/checkout, a clean) may have removed them; then those stages run again.
 */
async function stagesStillComplete(stages, env, logger) {
    const id = env.recovery.resumedFrom;
    if (!id || stages.length === 0)
        return stages;
    const workspace = env.workspace;
    const cache = (0,step/* defaultManifestCache */.Rb)(env);
    const manifest = cache ? await (0,save/* readCachedManifest */.Wd)(cache, id, workspace).catch(() => undefined) : undefined;
    if (!manifest) {
        logger.warning(`ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${stages.join(', ')} run again.`);
        return [];
    }
    const missing = missingEntries(manifest, workspace);
    if (missing.length === 0)
        return stages;
    const restored = new Set(manifest.completedStages);
    logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${[...restored].join(', ')} run again.`);
    return stages.filter((s) => !restored.has(s));
}
/**
 * Up to `max` entries of `m` that are not in `dir` with their type (contents may have changed since).
 * With the scan's own synchronous lstat: a checkpoint of node_modules has tens of thousands of entries.
 */
function missingEntries(m, dir, max = 3) {
    const missing = [];
    for (const e of m.entries)
        if ((0,scan/* entryOf */.Ms)(external_node_path_default().join(dir, e.path), e.path)?.type !== e.type && missing.push(e.path) >= max)
            break;
    return missing;
}

// EXTERNAL MODULE: ./src/adapters/checkpoint/job.ts
var job = __webpack_require__(36524);
// EXTERNAL MODULE: ./src/adapters/checkpoint/workspace.ts
var workspace = __webpack_require__(1130);
// EXTERNAL MODULE: ./src/adapters/checkpoint/store.ts
var store = __webpack_require__(47498);
// EXTERNAL MODULE: ./src/adapters/checkpoint/placement.ts
var placement = __webpack_require__(99244);
// EXTERNAL MODULE: ./src/adapters/checkpoint/path-globs.ts
var path_globs = __webpack_require__(40470);
// EXTERNAL MODULE: ./src/adapters/checkpoint/lookup.ts
var lookup = __webpack_require__(21701);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/index.ts
/**
 * Checkpoint API used by the actions, the CLI and the root action's resume:
 * `openStore`, `saveCheckpoint`, `restoreCheckpoint`, `listCheckpoints`, `validateCheckpoint`,
 * `cleanupCheckpoints`, `resumeFromPreviousAttempt`, and the in-job helpers (`checkpointStage`, ...).
 */














/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ checkpointRunner),
/* harmony export */   Rb: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rb),
/* harmony export */   Rl: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rl),
/* harmony export */   lX: () => (/* binding */ checkpointStage),
/* harmony export */   nH: () => (/* binding */ openJobStore)
/* harmony export */ });
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78696);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74810);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97390);






/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
function openJobStore(spec, ctx, token, retentionDays) {
    return (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(spec, {
        ...(token ? { token } : {}),
        runId: ctx.runId,
        ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
        ...(retentionDays ? { retentionDays } : {}),
        cwd: ctx.workspace,
    });
}
/**
 * The runner as a checkpoint step uses it: in a job, a variable goes to later steps (GITHUB_ENV); off a
 * runner (a test, a laptop) it is kept for this process only, without a workflow command on stdout.
 */
function checkpointRunner(env, log = _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB) {
    if (env.files.env)
        return { ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql, log };
    return {
        ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql,
        log,
        exportVariable: (name, value) => {
            process.env[name] = value;
        },
    };
}
/** The checkpoint phase's save of a stage (phases/checkpoint.ts) with the real workspace: for `run/`. */
function checkpointStage(opts) {
    return (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .saveStageCheckpoint */ .a)(opts, { runner: opts.runner, workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i });
}


/***/ }),

/***/ 21701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ lookupCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */


/** Every archive the checkpoint's chain needs has a readable manifest and is present in the store. */
async function lookupCheckpoint(store, manifest) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .archivesNeeded */ .jq)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return { usable: true };
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ realWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21701);
/* harmony import */ var _manage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19832);
/* harmony import */ var _path_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40470);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66959);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27391);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22558);
/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */







/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
const realWorkspace = {
    defaultExclude: _scan_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_EXCLUDE */ .lx,
    resolvePaths: _path_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCheckpointPaths */ .N,
    nextSeq,
    save: _save_js__WEBPACK_IMPORTED_MODULE_5__/* .saveCheckpoint */ .s4,
    restore: _restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCheckpoint */ .vQ,
    checkpointsOfJob: _manage_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointsOfJob */ .Ky,
    lookup: _lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupCheckpoint */ .p,
};


/***/ }),

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkpointPhase),
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80095);
/* harmony import */ var _ports_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31062);





/**
 * `inputs` reads the step's inputs into `seen` as it goes; it may throw on a bad one, which the step
 * reports like any failure, with what was read before it (the stage's name, `if-no-files-found`).
 */
async function checkpointPhase(inputs, env, ports) {
    const startedAt = ports.now().toISOString();
    const seen = {};
    let result = { outcome: 'failure', outputs: { 'checkpoint-id': '' }, failed: false };
    try {
        const given = inputs(seen);
        const settings = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointSettings */ .cw)(given, await ports.config());
        const ctx = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .jobContext */ .Rl)(env);
        const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
        const saved = await saveStageCheckpoint({ ...settings, store, ctx }, ports);
        result = { outcome: 'success', outputs: (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointOutputs */ .hR)(saved), failed: false };
    }
    catch (error) {
        const noFiles = error instanceof _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM;
        const verdict = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointFailure */ .Tm)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn');
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    const stage = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen);
    const id = result.outputs['checkpoint-id'];
    await (0,_ports_records_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRecordBestEffort */ .T)(ports.records, {
        kind: 'checkpoint',
        step: `checkpoint ${stage}`,
        stage,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        attempts: [],
        ...(id ? { checkpointId: id } : {}),
        outputs: result.outputs,
    }, ports.runner.log);
    return result;
}
/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (a job-wide variable), so the next checkpoint of this job chains onto it. Also what
 * `run/` does before a stage.
 */
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths);
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length)
        log.warning(`Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`);
    const id = opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await ports.workspace.nextSeq(ctx.manifestCache));
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude, ports.workspace.defaultExclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const result = await ports.workspace.save({
        store: opts.store,
        workspace: ctx.workspace,
        paths: resolved.roots,
        id,
        meta: {
            stage: opts.stage,
            job: ctx.job,
            runId: ctx.runId,
            attempt: ctx.attempt,
            ...(ctx.lane ? { lane: ctx.lane } : {}),
            ...(ctx.commit ? { commit: ctx.commit } : {}),
            ...(ctx.branch ? { branch: ctx.branch } : {}),
            completedStages: ctx.completedStages,
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        logger: log,
    });
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_ENV */ .wp, id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}


/***/ })

};
