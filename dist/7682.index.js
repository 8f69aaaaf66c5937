export const id = 7682;
export const ids = [7682];
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
  sV: () => (/* reexport */ manage/* repairDestination */.sV),
  vQ: () => (/* reexport */ restore/* restoreCheckpoint */.vQ),
  restoreJournals: () => (/* reexport */ job/* restoreJournals */.xi),
  resumeFromPreviousAttempt: () => (/* reexport */ resumeFromPreviousAttempt),
  stagesStillComplete: () => (/* reexport */ stagesStillComplete),
  NE: () => (/* reexport */ manage/* validateCheckpoint */.NE)
});

// UNUSED EXPORTS: CheckpointExistsError, DEFAULT_EXCLUDE, DirStore, LAST_CHECKPOINT_ENV, NoFilesFoundError, NotFoundError, RestoreError, checkpointsOfJob, defaultJournalDir, loadManifest, lookupCheckpoint, newestCheckpoint, newestCheckpointOver, realWorkspace, recoverInterrupted, resolveCheckpointPaths, rootPlaceOf, saveCheckpoint, treeDigest

// EXTERNAL MODULE: ./src/adapters/checkpoint/open.ts
var checkpoint_open = __webpack_require__(98915);
// EXTERNAL MODULE: ./src/adapters/checkpoint/save.ts + 2 modules
var save = __webpack_require__(61418);
// EXTERNAL MODULE: ./src/adapters/checkpoint/restore.ts
var restore = __webpack_require__(42873);
// EXTERNAL MODULE: ./src/adapters/checkpoint/extract.ts + 2 modules
var extract = __webpack_require__(95969);
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
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
// EXTERNAL MODULE: ./src/core/checkpoint/outside.ts
var outside = __webpack_require__(37485);
// EXTERNAL MODULE: ./src/adapters/checkpoint/outside.ts
var checkpoint_outside = __webpack_require__(84236);
// EXTERNAL MODULE: ./src/adapters/checkpoint/restored-state.ts
var restored_state = __webpack_require__(52573);
// EXTERNAL MODULE: ./src/adapters/checkpoint/scan.ts
var scan = __webpack_require__(22558);
// EXTERNAL MODULE: ./src/adapters/checkpoint/store-guard.ts
var store_guard = __webpack_require__(66794);
;// CONCATENATED MODULE: ./src/adapters/checkpoint/resume.ts
/** The root action's resume on a re-run attempt: restore the newest good checkpoint of an earlier attempt. */













/**
 * Tries the checkpoints of attempt-1 first (newest first), then older attempts, and restores the first one
 * that verifies. A refused candidate leaves the workspace untouched, so the next one starts clean.
 */
async function resumeFromPreviousAttempt(opts) {
    try {
        return await resumeFromCandidates(opts);
    }
    catch (error) {
        // A store that stopped answering is no reason to fail the job: it runs every stage instead.
        if (!(error instanceof store_guard/* StoreStalledError */.ZY))
            throw error;
        opts.logger.warning(`ci-recovery: not resuming: ${(0,errors/* errorMessage */.gJ)(error)}; every stage runs again`);
        return { resumed: false, completedStages: [], problems: [(0,errors/* errorMessage */.gJ)(error)] };
    }
}
async function resumeFromCandidates(opts) {
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
                workspace: opts.workspace,
                logger: opts.logger,
                ...(opts.journalDir ? { journalDir: opts.journalDir } : {}),
                ...(manifestCache ? { manifestCache } : {}),
            });
            if (manifestCache)
                await keepRestoredRecord(manifestCache, opts.workspace, r.manifest);
            opts.logger.info(`Resumed from checkpoint ${c.id} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                stageDurations: (0,state_keys/* durationsOfStages */.OA)(r.manifest.stageDurations ?? {}, r.manifest.completedStages),
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
/**
 * The compact record of this restore for the `run/` steps whose stage it completed (restored-state.ts):
 * kept only when every entry is there now, and the checkpoint holds nothing outside the workspace (roots
 * need the manifest's own check). Best-effort: without it, each of those steps runs the full check.
 */
async function keepRestoredRecord(cacheDir, workspace, manifest) {
    if (manifest.roots?.length)
        return;
    try {
        // The directories first: whatever changes after the check below moves a ctime recorded here.
        const state = (0,restored_state/* restoredStateOf */.hk)(manifest, workspace);
        if (state && missingEntries(manifest, workspace, 1).length === 0)
            await (0,restored_state/* keepRestoredState */.dh)(cacheDir, state);
    }
    catch {
        // No record: the steps check the manifest.
    }
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
    (await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(964)]).then(__webpack_require__.bind(__webpack_require__, 964)))
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
async function stagesStillComplete(stages, env, logger, need) {
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
    const restored = new Set(manifest.completedStages);
    if (missing.length > 0)
        logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${[...restored].join(', ')} run again.`);
    const still = missing.length === 0 ? stages : stages.filter((s) => !restored.has(s));
    const outside = await stagesWithoutTheirRoots(manifest, rootPlaceOf(env), cache, need, logger);
    for (const why of outside.reasons)
        logger.warning(`ci-recovery: ${why}`);
    return still.filter((s) => !outside.stages.has(s));
}
/** Where roots go in this job: HOME and the tool cache; never into the workspace or RUNNER_TEMP. */
function rootPlaceOf(env) {
    return { bases: (0,step/* rootBases */.Dr)(env), keepOut: [env.workspace, env.runnerTemp] };
}
/**
 * Stages that may not skip for want of their roots: a root of the checkpoint not in place (not restored,
 * or removed since), and this step's own `cache-paths` the checkpoint does not hold.
 */
async function stagesWithoutTheirRoots(manifest, place, cache, need, logger) {
    const stages = new Set();
    const reasons = [];
    if (!manifest.roots?.length && !need?.cachePaths.length)
        return { stages, reasons };
    let there = await (0,checkpoint_outside/* rootsInPlace */.aA)(manifest, place, cache);
    if (await restoreNamedRoots(manifest, there, { place, cache, logger }, need))
        there = await (0,checkpoint_outside/* rootsInPlace */.aA)(manifest, place, cache);
    for (const root of manifest.roots ?? []) {
        // Another stage's root comes back when that stage's own step names it, later.
        if (there.has(root.name) || (need && !root.stages.includes(need.stage)))
            continue;
        root.stages.forEach((s) => stages.add(s));
        reasons.push(`${root.path} was not restored: stage(s) ${root.stages.join(', ')} run again.`);
    }
    const notHeld = (need?.cachePaths ?? []).filter((entry) => {
        try {
            return !there.has((0,outside/* parseOutsidePath */._W)(entry, place.bases).name);
        }
        catch {
            return true;
        }
    });
    if (need && notHeld.length > 0) {
        stages.add(need.stage);
        reasons.push(`stage '${need.stage}' fills ${notHeld.join(', ')}, which the checkpoint did not bring back: it runs again.`);
    }
    return { stages, reasons };
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
/**
 * Restores the roots of the resumed checkpoint that this step names in its `cache-paths` and that are not
 * in place yet: only what a step names ever goes back outside the workspace. True when it restored any.
 */
async function restoreNamedRoots(manifest, there, { place, cache, logger }, need) {
    if (!need?.openStore || need.cachePaths.length === 0)
        return false;
    const named = new Set(need.cachePaths.flatMap((entry) => {
        try {
            return [(0,outside/* parseOutsidePath */._W)(entry, place.bases).name];
        }
        catch {
            return [];
        }
    }));
    const roots = (manifest.roots ?? []).filter((r) => named.has(r.name) && !there.has(r.name));
    if (roots.length === 0)
        return false;
    let store;
    try {
        store = await need.openStore();
    }
    catch (error) {
        logger.warning(`ci-recovery: cannot open the store of the resumed checkpoint: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
    const restored = await (0,checkpoint_outside/* restoreRoots */.Ai)({
        store,
        manifest: { ...manifest, roots },
        place,
        logger,
        ...(cache ? { manifestCache: cache } : {}),
    });
    return restored.length > 0;
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
/* harmony export */   nH: () => (/* binding */ openJobStore),
/* harmony export */   xi: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.xi)
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
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77250);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _keyed_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36964);
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */



/**
 * Every archive the checkpoint's chain needs has a readable manifest and is present in the store, and
 * every keyed entry it takes files from is still kept, as it was when the checkpoint was saved.
 */
async function lookupCheckpoint(store, manifest, keyedStore = manifest.keyed?.length ? (0,_keyed_store_js__WEBPACK_IMPORTED_MODULE_1__/* .keyedStoreFor */ ["do"])(store) : undefined) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .storedArchivesNeeded */ .m0)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return lookupKeyedEntries(manifest, keyedStore);
}
/**
 * Each keyed entry still has the manifest this checkpoint read when it took files from it. (An entry the
 * cache evicted, or one published again since, would fail the restore: a lookup says so first, so that a
 * stage is not planned to skip on the word of files that cannot come back.)
 */
async function lookupKeyedEntries(manifest, keyedStore) {
    for (const ref of manifest.keyed ?? []) {
        if (!keyedStore)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is in the cache service, which this job cannot reach`,
            };
        let found;
        try {
            found = await keyedStore.findManifest(ref.key, ref.id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `keyed entry ${ref.key} could not be looked up: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!found)
            return { usable: false, problem: `keyed entry ${ref.key} is no longer in ${keyedStore.spec}` };
        if ((0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .keyedManifestDigest */ .Gc)(found) !== ref.manifestSha256)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} in ${keyedStore.spec} is not the one the checkpoint took files from`,
            };
    }
    return { usable: true };
}


/***/ }),

/***/ 84236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ restoreRoots),
/* harmony export */   aA: () => (/* binding */ rootsInPlace),
/* harmony export */   tC: () => (/* binding */ saveRoots)
/* harmony export */ });
/* unused harmony exports ROOT_JOB_SUFFIX, rootDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37485);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42873);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61418);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22558);
/**
 * Saving and restoring the roots outside the workspace (core/checkpoint/outside.ts): each root is a full
 * checkpoint of its own directory, taken and restored with the same engine as the workspace's, into the
 * one directory its name resolves to in this job. A root reached through a symbolic link is refused (a
 * link could send the restore anywhere), and so is one that would hold the workspace or the runner's
 * temp directory. Best-effort: a root that cannot be saved or restored is a warning, and the stages that
 * filled it run again.
 */







/** The suffix of a root's checkpoint job: a resume of the job never takes a root for the workspace. */
const ROOT_JOB_SUFFIX = '+root';
/**
 * The directory of `root`, checked: its base is set, it does not overlap `keepOut`, and no component from
 * the base down is a symbolic link (`exists` false when the directory is not there yet).
 */
async function rootDirectory(root, place) {
    const { dir, base } = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRoot */ .H6)(root, place.bases);
    if (!dir || !base)
        throw new Error(`${root.path}: its base directory is not set in this job`);
    const overlap = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOverlaps */ .t4)(dir, place.keepOut);
    if (overlap)
        throw new Error(`${root.path} (${dir}) overlaps ${overlap}: not a cache directory`);
    let at = base;
    const steps = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, dir)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((s) => s !== '');
    for (const [i, part] of ['', ...steps].entries()) {
        at = part ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, part) : at;
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch(() => undefined);
        if (!st)
            return { dir, exists: false };
        if (i > 0 && st.isSymbolicLink())
            throw new Error(`${root.path}: ${at} is a symbolic link; a root is never reached through one`);
        if (!st.isDirectory() && !(i === 0 && st.isSymbolicLink()))
            throw new Error(`${root.path}: ${at} is not a directory`);
    }
    return { dir, exists: true };
}
/** Saves each root as its own full checkpoint; returns the records of those saved (the others warned). */
async function saveRoots(opts) {
    const saved = [];
    for (const [i, root] of opts.roots.entries()) {
        const id = `${opts.id}-root${i + 1}`;
        try {
            const { dir, exists } = await rootDirectory(root, opts.place);
            if (!exists) {
                opts.logger.warning(`ci-recovery: ${root.path} (${dir}) does not exist: not checkpointed, so stage(s) ${root.stages.join(', ')} run again on resume.`);
                continue;
            }
            await (0,_save_js__WEBPACK_IMPORTED_MODULE_4__/* .saveCheckpoint */ .s4)({
                store: opts.store,
                workspace: dir,
                paths: ['.'],
                id,
                meta: {
                    ...opts.meta,
                    job: `${opts.meta.job}${ROOT_JOB_SUFFIX}`,
                    stage: root.name,
                    completedStages: [],
                },
                // A cache keeps its .git directories (cargo's registry index is one).
                exclude: [],
                full: true,
                ...(opts.level ? { level: opts.level } : {}),
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
                logger: opts.logger,
            });
            saved.push({ name: root.name, path: root.path, checkpoint: id, stages: root.stages });
            opts.logger.info(`ci-recovery: ${root.path} checkpointed as ${id}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not checkpointed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}): stage(s) ${root.stages.join(', ')} run again on resume.`);
        }
    }
    return saved;
}
/** Restores each root of `manifest` to its place; returns the names of those restored. */
async function restoreRoots(opts) {
    const restored = [];
    for (const root of opts.manifest.roots ?? []) {
        try {
            const { dir } = await rootDirectory(root, opts.place);
            const m = await opts.store.getManifest(root.checkpoint);
            if (m.job !== `${opts.manifest.job}${ROOT_JOB_SUFFIX}` ||
                m.runId !== opts.manifest.runId ||
                m.stage !== root.name)
                throw new Error(`checkpoint ${root.checkpoint} is not this job's copy of ${root.path}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
            // Created now: checked again, so nothing raced a link into the path meanwhile.
            await rootDirectory(root, opts.place);
            await (0,_restore_js__WEBPACK_IMPORTED_MODULE_3__/* .restoreCheckpoint */ .vQ)({
                store: opts.store,
                checkpoint: m,
                dest: dir,
                logger: opts.logger,
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
            });
            restored.push(root.name);
            opts.logger.info(`ci-recovery: restored ${root.path} (${dir}) from ${root.checkpoint}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not restored (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}): stage(s) ${root.stages.join(', ')} run again.`);
        }
    }
    return restored;
}
/**
 * The roots of `manifest` whose files are in place now (each restored root's local manifest, kept by its
 * restore, against the disk). A root not restored, or emptied since, is missing.
 */
async function rootsInPlace(manifest, place, manifestCache) {
    const there = new Set();
    for (const root of manifest.roots ?? []) {
        try {
            const { dir, exists } = await rootDirectory(root, place);
            if (!exists || !manifestCache)
                continue;
            const m = await (0,_save_js__WEBPACK_IMPORTED_MODULE_4__/* .readCachedManifest */ .Wd)(manifestCache, root.checkpoint, dir);
            if (m && m.entries.every((e) => (0,_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .entryOf */ .Ms)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.path), e.path)?.type === e.type))
                there.add(root.name);
        }
        catch {
            // Unsafe or unreadable: not in place.
        }
    }
    return there;
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
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42873);
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84236);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61418);
/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */







/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
const realWorkspace = {
    resolvePaths: _path_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCheckpointPaths */ .N,
    nextSeq,
    save: _save_js__WEBPACK_IMPORTED_MODULE_6__/* .saveCheckpoint */ .s4,
    saveRoots: _outside_js__WEBPACK_IMPORTED_MODULE_5__/* .saveRoots */ .tC,
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
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77250);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37485);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80095);
/* harmony import */ var _ports_records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31062);






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
        const verdict = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointFailure */ .Tm)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn');
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    const stage = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen);
    const id = result.outputs['checkpoint-id'];
    await (0,_ports_records_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRecordBestEffort */ .T)(ports.records, {
        kind: 'checkpoint',
        step: `checkpoint ${stage}`,
        stage,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        stepFailed: result.failed,
        attempts: [],
        ...(id ? { checkpointId: id } : {}),
        outputs: result.outputs,
    }, ports.runner.log);
    return result;
}
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const includeHidden = opts.includeHidden === true;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length) {
        const said = `Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`;
        // A stage's checkpoint names the outputs of every stage; the later ones' are not there yet.
        if (opts.unmatched === 'note')
            log.info(said);
        else
            log.warning(said);
    }
    const id = opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await ports.workspace.nextSeq(ctx.manifestCache));
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const reuse = opts.reuseResumed && parent ? (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .resumedCandidate */ .n_)(ctx) : undefined;
    const roots = await saveOutsideRoots(opts, id, ports);
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
            ...(ctx.stageDurations ? { stageDurations: ctx.stageDurations } : {}),
            ...(roots.length > 0 ? { roots } : {}),
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        includeHidden,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        ...(reuse ? { reuse } : {}),
        ...(opts.keyed?.length ? { keyed: opts.keyed } : {}),
        ...(opts.onRead ? { onPacked: opts.onRead } : {}),
        logger: log,
    });
    if (result.reused) {
        log.info(`ci-recovery: checkpoint ${result.manifest.id}, restored by this attempt's resume, already holds the state before stage '${opts.stage}': not saved again.`);
        return result; // still the job's last checkpoint
    }
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_ENV */ .wp, id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}
/**
 * The paths outside the workspace the completed stages filled (their `cache-paths`), each saved as its own
 * checkpoint before the workspace's, whose manifest then records them. Never fails the checkpoint.
 */
async function saveOutsideRoots(opts, id, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    if (!ctx.cachePaths || !ports.workspace.saveRoots)
        return [];
    const bases = ctx.bases ?? {};
    const { roots, refused } = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootsToSave */ .Gr)(ctx.cachePaths, ctx.completedStages, bases);
    for (const why of refused)
        log.warning(`ci-recovery: not checkpointed: ${why}`);
    if (roots.length === 0)
        return [];
    return ports.workspace.saveRoots({
        store: opts.store,
        id,
        meta: { job: ctx.job, runId: ctx.runId, attempt: ctx.attempt },
        roots,
        place: { bases, keepOut: [ctx.workspace, ...(ctx.manifestCache ? [ctx.manifestCache] : [])] },
        logger: log,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
    });
}


/***/ })

};
