export const id = 5351;
export const ids = [5351,7682];
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
