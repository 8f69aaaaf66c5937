export const id = 1488;
export const ids = [1488,7682,5351];
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
// EXTERNAL MODULE: ./src/adapters/checkpoint/save.ts + 6 modules
var save = __webpack_require__(48512);
// EXTERNAL MODULE: ./src/adapters/checkpoint/local-manifest.ts
var local_manifest = __webpack_require__(69760);
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
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
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
    // Only the checkpoints the run's records name come with a manifest: another comes with why it is not.
    const earlier = { job: opts.job, runId: opts.runId, beforeAttempt: opts.attempt, trusted: opts.trusted };
    for await (const c of (0,manage/* checkpointsOfJob */.Ky)(opts.store, earlier)) {
        candidates++;
        try {
            if (!c.manifest)
                throw new Error(c.error);
            const { refused } = (0,core_text/* validStages */.g_)([c.manifest.stage, ...c.manifest.completedStages]);
            if (refused > 0)
                throw new Error(`its manifest names ${refused} stage(s) that are not valid stage names (not printed): not resumed from`);
            // The manifest just checked is the one restored (never read again from the store).
            const r = await (0,restore/* restoreCheckpoint */.vQ)({
                store: opts.store,
                checkpoint: c.manifest,
                ...(opts.keyedStore ? { keyedStore: opts.keyedStore } : {}),
                dest: opts.workspace,
                workspace: opts.workspace,
                logger: opts.logger,
                ...(opts.journalDir ? { journalDir: opts.journalDir } : {}),
                ...(manifestCache ? { manifestCache } : {}),
            });
            if (manifestCache)
                await keepRestoredRecord(manifestCache, opts.workspace, r.manifest);
            opts.logger.info(`Resumed from checkpoint ${(0,core_text/* inert */.tJ)(c.id)} (attempt ${r.manifest.attempt}, stage '${r.manifest.stage}'); completed stages: ${r.manifest.completedStages.join(', ') || 'none'}.`);
            return {
                resumed: true,
                resumeFrom: c.id,
                completedStages: r.manifest.completedStages,
                stageDurations: (0,state_keys/* durationsOfStages */.OA)(r.manifest.stageDurations ?? {}, r.manifest.completedStages),
                ...(problems.length ? { problems } : {}),
            };
        }
        catch (error) {
            problems.push((0,core_text/* inert */.tJ)(`${c.id}: ${(0,errors/* errorMessage */.gJ)(error)}`));
            opts.logger.warning(`Checkpoint ${(0,core_text/* inert */.tJ)(c.id)} cannot be resumed from: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    if (candidates === 0)
        opts.logger.info(`No checkpoint of an earlier attempt of job '${(0,core_text/* inert */.tJ)(opts.job)}' in run ${(0,core_text/* inert */.tJ)(opts.runId)}: starting from scratch.`);
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
    const resumedFrom = env.recovery.resumedFrom;
    if (!resumedFrom || stages.length === 0)
        return stages;
    const id = (0,core_text/* inert */.tJ)(resumedFrom);
    const workspace = env.workspace;
    const cache = (0,step/* defaultManifestCache */.Rb)(env);
    const manifest = cache
        ? await (0,local_manifest/* readCachedManifest */.Wd)(cache, resumedFrom, workspace).catch(() => undefined)
        : undefined;
    if (!manifest) {
        logger.warning(`ci-recovery: cannot tell whether the files of checkpoint ${id} are still in the workspace (its manifest is not in RUNNER_TEMP): stages ${(0,core_text/* inert */.tJ)(stages.join(', '))} run again.`);
        return [];
    }
    const missing = missingEntries(manifest, workspace);
    const restored = new Set(manifest.completedStages);
    if (missing.length > 0)
        logger.warning(`ci-recovery: files restored from checkpoint ${id} are no longer in the workspace (${missing.map(core_text/* inert */.tJ).join(', ')}): a step after ci-recovery's main removed them (actions/checkout deletes or cleans the workspace). ${AFTER_CHECKOUT}. Stages ${(0,core_text/* inert */.tJ)([...restored].join(', '))} run again.`);
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
        reasons.push(`${(0,core_text/* inert */.tJ)(root.path)} was not restored: stage(s) ${(0,core_text/* inert */.tJ)(root.stages.join(', '))} run again.`);
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
        reasons.push(`stage '${(0,core_text/* inert */.tJ)(need.stage)}' fills ${notHeld.map(core_text/* inert */.tJ).join(', ')}, which the checkpoint did not bring back: it runs again.`);
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

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);


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


/***/ }),

/***/ 97916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97682);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95377);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);





const HELP = `usage: ci-recovery list [--store SPEC] [--json]

Lists the checkpoints in a store, oldest first.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --json            machine-readable result on stdout

example:
  ci-recovery list --store dir:/tmp/checkpoints`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)('list', argv, { store: 'string', json: 'bool' });
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'store'), env);
        const items = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listCheckpoints */ .Ep)(store);
        const rows = items.map((c) => {
            const m = c.summary;
            if (!m)
                return { id: c.id, error: c.error };
            const s = m.stats;
            return {
                id: c.id,
                kind: m.kind,
                parent: m.parent ?? null,
                stage: m.stage,
                job: m.job,
                runId: m.runId,
                attempt: m.attempt,
                createdAt: m.createdAt,
                files: s.files,
                bytes: s.bytes,
                changed: s.changed,
                deleted: s.deleted,
                archiveBytes: m.archive.size,
                compression: m.archive.compression,
                completedStages: m.completedStages,
            };
        });
        if (f.json)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(rows), 0);
        if (rows.length === 0)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`no checkpoints in ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)(store.spec)}`), 0);
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([
            ['NAME', 'KIND', 'STAGE', 'ATTEMPT', 'FILES', 'SIZE', 'ARCHIVE', 'CREATED'],
            // A store's text (names, stages, times: anyone who can write a dir: store wrote them) goes out inert.
            ...rows.map((r) => ('error' in r
                ? [r.id, 'unreadable', r.error ?? '', '', '', '', '', '']
                : [
                    r.id,
                    r.kind,
                    r.stage,
                    String(r.attempt),
                    String(r.files),
                    (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.bytes),
                    (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.archiveBytes),
                    r.createdAt,
                ]).map(_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inert */ .tJ)),
        ]));
        return 0;
    }),
});


/***/ }),

/***/ 24093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   ko: () => (/* binding */ cliManifestCache),
/* harmony export */   rp: () => (/* binding */ DEFAULT_CLI_STORE),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vS: () => (/* binding */ stdoutToStderr),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47498);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47166);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72020);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */








/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
async function openCliStore(spec, env) {
    const s = (spec ?? DEFAULT_CLI_STORE).trim();
    if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.runtime.token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    if (s.startsWith('dir:'))
        refuseLinkedStore(s.slice('dir:'.length), spec === undefined, process.cwd());
    return (0,_adapters_checkpoint_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(s, { cwd: process.cwd() });
}
/**
 * A relative store (the default one too) is written under the current directory, which is often a
 * checkout: a `.ci-recovery` (or any part of the path) committed or planted as a symbolic link would send
 * every checkpoint, with the workspace's files, wherever the link points, and have restores read what is
 * there. A link on the way is refused; a missing part is made later. An absolute path is the user's own.
 */
function refuseLinkedStore(dir, isDefault, cwd) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(dir))
        return;
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(dir)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((p) => p !== '' && p !== '.');
    for (let i = 1; i <= parts.length; i++) {
        const at = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, ...parts.slice(0, i));
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at, { throwIfNoEntry: false });
        if (!st)
            return;
        if (!st.isSymbolicLink())
            continue;
        let target = '?';
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(at);
        }
        catch {
            // Named as '?'.
        }
        const which = isDefault ? `the default store ${dir}` : `the store dir:${dir}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${which} in ${cwd} goes through a symbolic link (${parts.slice(0, i).join('/')} -> ${target}), so checkpoints would be written wherever it points; remove the link, or name the store by its absolute path with --store dir:PATH.`);
    }
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
function cliManifestCache(store, env) {
    return ((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultManifestCache */ .Rb)(env) ?? (store instanceof _adapters_checkpoint_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DirStore */ .VW ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, '.local') : undefined));
}
function bytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut;
/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertJson */ .nl)(value, 2));
}
/** Aligned plain-text table. */
function table(rows) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
    return rows
        .map((r) => r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/**
 * The CLI logs to stderr (stdout carries results, and is pure JSON with --json); debug lines only with
 * RUNNER_DEBUG=1, the switch GitHub's "debug logging" re-run sets and @actions/core reads.
 */
function stderrLogger(verbose) {
    // stderr too: the runner reads both streams for workflow commands.
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_6__/* .inertLines */ .wi)(`${prefix}${m}`))}\n`);
    return {
        debug: (m) => (verbose ? w('debug: ')(m) : undefined),
        info: w(''),
        notice: w('notice: '),
        warning: w('warning: '),
        error: w('error: '),
        group: (_name, fn) => fn(),
    };
}
/**
 * Runs fn with stdout sent to stderr: the artifact and cache clients log through @actions/core, which
 * writes to stdout outside Actions, and stdout must carry only our result (pure JSON with --json).
 */
async function stdoutToStderr(fn) {
    const stdout = process.stdout;
    const original = Object.getOwnPropertyDescriptor(stdout, 'write');
    const write = stdout.write.bind(stdout);
    resultOut = (text) => write(text);
    stdout.write = process.stderr.write.bind(process.stderr);
    try {
        return await fn();
    }
    finally {
        if (original)
            Object.defineProperty(stdout, 'write', original);
        else
            delete stdout.write;
        resultOut = undefined;
    }
}


/***/ }),

/***/ 35525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ RUN_ARTIFACTS),
/* harmony export */   G0: () => (/* binding */ trustArtifactName),
/* harmony export */   Jg: () => (/* binding */ TRUST_FORMAT),
/* harmony export */   NJ: () => (/* binding */ parseTrustRecord),
/* harmony export */   Nk: () => (/* binding */ trustedByRecords),
/* harmony export */   XI: () => (/* binding */ untrustedBecause),
/* harmony export */   n$: () => (/* binding */ trustRecordOf)
/* harmony export */ });
/* unused harmony export TRUST_ARTIFACT_PREFIX */
const TRUST_FORMAT = 'ci-recovery-checkpoints/1';
const TRUST_ARTIFACT_PREFIX = 'ci-recovery-checkpoints-';
/** A record is a few KiB; more than this many checkpoints in one job attempt is not ours. */
const MAX_NAMED = 1000;
const MAX_ID = 255;
const DIGEST = /^[0-9a-f]{64}$/;
const RUN_ARTIFACTS = 'run-artifacts';
/** `ci-recovery-checkpoints-<job>-a<attempt>`, the job made safe for a name as the plan's is. */
function trustArtifactName(job, attempt) {
    const safe = job
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${TRUST_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/** The record of this job attempt, from its step records: every checkpoint a step saved, with its digest. */
function trustRecordOf(records, place) {
    const seen = new Map();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && DIGEST.test(r.checkpointDigest))
            seen.set(r.checkpointId, r.checkpointDigest);
    if (seen.size === 0)
        return undefined;
    return {
        format: TRUST_FORMAT,
        runId: place.runId,
        job: place.job,
        attempt: place.attempt,
        checkpoints: [...seen].map(([id, manifestSha256]) => ({ id, manifestSha256 })),
    };
}
/** Validates a downloaded record (an artifact: bounded, every field checked). Throws naming the fault. */
function parseTrustRecord(text) {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null)
        throw new Error('not an object');
    const r = value;
    if (r.format !== TRUST_FORMAT)
        throw new Error(`format is not ${TRUST_FORMAT}`);
    if (typeof r.runId !== 'string' || typeof r.job !== 'string')
        throw new Error('runId or job missing');
    if (typeof r.attempt !== 'number' || !Number.isSafeInteger(r.attempt) || r.attempt < 1)
        throw new Error('attempt is not a positive integer');
    if (!Array.isArray(r.checkpoints) || r.checkpoints.length > MAX_NAMED)
        throw new Error(`checkpoints is not a list of at most ${MAX_NAMED}`);
    const checkpoints = r.checkpoints.map((c) => {
        const { id, manifestSha256 } = (c ?? {});
        if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
            throw new Error('a checkpoint id is not a string');
        if (typeof manifestSha256 !== 'string' || !DIGEST.test(manifestSha256))
            throw new Error('a manifest digest is not a hex sha256');
        return { id, manifestSha256 };
    });
    return { format: TRUST_FORMAT, runId: r.runId, job: r.job, attempt: r.attempt, checkpoints };
}
/**
 * The checkpoints that the records of this job's attempts before `beforeAttempt` name. A record for
 * another run or job, or a later attempt, names nothing here; two records naming one id differently
 * make it untrusted.
 */
function trustedByRecords(records, place) {
    const trusted = new Map();
    const conflicting = new Set();
    for (const r of records) {
        if (r.runId !== place.runId || r.job !== place.job || r.attempt >= place.beforeAttempt)
            continue;
        for (const c of r.checkpoints) {
            const had = trusted.get(c.id);
            if (had !== undefined && had !== c.manifestSha256)
                conflicting.add(c.id);
            trusted.set(c.id, c.manifestSha256);
        }
    }
    for (const id of conflicting)
        trusted.delete(id);
    return trusted;
}
/** Why checkpoint `id` with this manifest digest may not be resumed from; undefined when the run wrote it. */
function untrustedBecause(trusted, id, digest) {
    if (trusted === RUN_ARTIFACTS)
        return undefined;
    const named = trusted.get(id);
    if (named === undefined)
        return 'no record of this run names it (it was not saved by an earlier attempt of this job): not resumed from';
    if (named !== digest)
        return "its manifest differs from the one this run's record names (it was changed in the store): not resumed from";
    return undefined;
}


/***/ })

};
