export const id = 5130;
export const ids = [5130];
export const modules = {

/***/ 56088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ entriesOutsideDirs),
/* harmony export */   lb: () => (/* binding */ parseRestoredState),
/* harmony export */   o7: () => (/* binding */ restoredCheckpointOf),
/* harmony export */   of: () => (/* binding */ isEntryPath),
/* harmony export */   xG: () => (/* binding */ RESTORED_STATE_FORMAT)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81683);
/* harmony import */ var _core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20066);
/**
 * What main's resume restored, in a compact form for the `run/` steps that skip a completed stage: each
 * directory of the checkpoint with its identity (device, inode) and change time (ctime) taken right after
 * the restore, and the entries no such directory holds (the roots). A directory whose ctime has not moved
 * has had no entry added, removed or renamed in it since (POSIX: link, unlink, rename and rmdir mark the
 * parent's change time), so when every directory still has the identity and ctime it had, and every root
 * is still there with its type, every entry the restore put there still is, with its type: what the full
 * check of the checkpoint's manifest (every entry, one lstat each) finds, for one lstat per directory.
 * Anything else (a directory changed, a file added, a record that does not parse) proves nothing, and the
 * full check decides. The record also says what the checkpoint holds (`checkpoint`), so that the first
 * stage that runs after the resume can tell whether that checkpoint already is the one it would save.
 */


const RESTORED_STATE_FORMAT = 1;
/** The manifest's own fields of a RestoredCheckpoint, and its files counted. */
function restoredCheckpointOf(m) {
    const { stage, job, runId, paths, exclude, completedStages } = m;
    return { stage, job, runId, paths, exclude, completedStages, ...(0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .fileTotals */ .Ed)(m.entries) };
}
/** The parent of an entry's relative path ('' for a top-level one). */
function parentOf(rel) {
    const at = rel.lastIndexOf('/');
    return at < 0 ? '' : rel.slice(0, at);
}
/** The entries that no directory entry of `entries` holds: each must be checked on its own. */
function entriesOutsideDirs(entries) {
    const dirs = new Set(entries.filter((e) => e.type === 'dir').map((e) => e.path));
    return entries.filter((e) => !dirs.has(parentOf(e.path)));
}
const TYPES = ['file', 'dir', 'symlink'];
const DECIMAL = /^\d{1,40}$/;
const isStringList = (x) => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isCount = (x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
/** A RestoredCheckpoint's shape: every field there, with its type. */
function isRestoredCheckpoint(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const c = x;
    return ([c.stage, c.job, c.runId].every((v) => typeof v === 'string') &&
        [c.paths, c.exclude, c.completedStages].every(isStringList) &&
        isCount(c.files) &&
        isCount(c.bytes));
}
const isIdentity = (x) => x.length === 3 && x.every((v) => typeof v === 'string' && DECIMAL.test(v));
/** A relative entry path as a manifest holds one: never absolute, never climbing out with '..'. */
function isEntryPath(p) {
    return typeof p === 'string' && (0,_core_entry_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isNormalPath */ .Xl)(p);
}
/**
 * The record in `text`, when it is one of checkpoint `id` restored into `workspace`; undefined for
 * anything else. It is this job's own file in RUNNER_TEMP, but is read as untrusted all the same: a record
 * that does not parse only sends the step to the full check.
 */
function parseRestoredState(text, id, workspace) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // a torn record is no record: the caller reads the manifest
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const r = value;
    if (r.format !== RESTORED_STATE_FORMAT || r.id !== id || r.workspace !== workspace)
        return undefined;
    if (!Array.isArray(r.dirs) || !Array.isArray(r.tops))
        return undefined;
    const dirsOk = r.dirs.every((d) => Array.isArray(d) && isEntryPath(d[0]) && isIdentity(d.slice(1)));
    const topsOk = r.tops.every((t) => Array.isArray(t) && t.length === 2 && isEntryPath(t[0]) && TYPES.includes(t[1]));
    const checkpointOk = r.checkpoint === undefined || isRestoredCheckpoint(r.checkpoint);
    return dirsOk && topsOk && checkpointOk ? value : undefined;
}


/***/ }),

/***/ 84004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Dr: () => (/* binding */ rootBases),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
/* harmony export */   Fs: () => (/* binding */ sameCheckpoint),
/* harmony export */   LS: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   Qk: () => (/* binding */ LOCAL_RUN_ID),
/* harmony export */   Rb: () => (/* binding */ defaultManifestCache),
/* harmony export */   Rl: () => (/* binding */ jobContext),
/* harmony export */   Tm: () => (/* binding */ checkpointFailure),
/* harmony export */   UP: () => (/* binding */ excludeFor),
/* harmony export */   V2: () => (/* binding */ restoreOutputs),
/* harmony export */   VC: () => (/* binding */ lookupAnswer),
/* harmony export */   VP: () => (/* binding */ parentCheckpoint),
/* harmony export */   Y4: () => (/* binding */ boundedList),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   n_: () => (/* binding */ resumedCandidate),
/* harmony export */   p7: () => (/* binding */ newestReadable),
/* harmony export */   xi: () => (/* binding */ restoreJournals)
/* harmony export */ });
/* unused harmony exports DEFAULT_JOB_KEY, MAX_LIST_OUTPUT_CHARS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70309);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81738);
/**
 * What the `checkpoint/` and `restore/` steps decide, as pure functions: whose checkpoints these are (from
 * the job's environment), which settings win, which checkpoint to restore, and what a failure, a miss or
 * a lookup means for the step. src/phases/checkpoint.ts and restore.ts gather the facts and act on these.
 */







/** The run id of checkpoints saved outside a workflow run (the CLI, a laptop). */
const LOCAL_RUN_ID = 'local';
/** The job key of checkpoints saved outside a job. */
const DEFAULT_JOB_KEY = 'job';
/** The bases of paths outside the workspace in this job (HOME, RUNNER_TOOL_CACHE). */
function rootBases(env) {
    return { ...(env.home ? { home: env.home } : {}), ...(env.toolCache ? { toolCache: env.toolCache } : {}) };
}
/** Where a job keeps the manifests it saved or restored: RUNNER_TEMP is per job; none off a runner. */
function defaultManifestCache(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'checkpoints') : undefined;
}
/**
 * Where restores keep their journals and destination locks (checkpoint/adapters/journal-dir.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
function restoreJournals(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    const stageDurations = (0,_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
    return {
        job: env.job ? env.identity : `${DEFAULT_JOB_KEY}${env.identity}`,
        runId: env.runId || LOCAL_RUN_ID,
        attempt: env.attempt,
        workspace: env.workspace,
        ...(env.sha ? { commit: env.sha } : {}),
        ...(env.refName ? { branch: env.refName } : {}),
        ...(env.legValues ? { legValues: env.legValues } : {}),
        ...(env.recovery.checkoutHead ? { checkoutHead: env.recovery.checkoutHead } : {}),
        ...(env.recovery.lane ? { lane: env.recovery.lane } : {}),
        completedStages: env.recovery.completedStages,
        ...(Object.keys(stageDurations).length > 0 ? { stageDurations } : {}),
        ...(Object.keys(env.recovery.cachePaths).length > 0
            ? { cachePaths: env.recovery.cachePaths, bases: rootBases(env) }
            : {}),
        ...(env.recovery.lastCheckpoint ? { lastCheckpoint: env.recovery.lastCheckpoint } : {}),
        ...(env.recovery.lastCheckpointStore ? { lastCheckpointStore: env.recovery.lastCheckpointStore } : {}),
        ...(env.recovery.resumedFrom ? { resumedFrom: env.recovery.resumedFrom } : {}),
        ...(env.owner && env.repo ? { owner: env.owner, repo: env.repo } : {}),
        ...(manifestCache ? { manifestCache } : {}),
    };
}
/**
 * The parent of the next incremental checkpoint in `store`: the job's last one, when it is in that store.
 * A job may checkpoint into two stores (an artifact, then a directory); a parent in the other one would
 * make a checkpoint that this store alone cannot restore.
 */
function parentCheckpoint(ctx, store) {
    if (!ctx.lastCheckpoint)
        return undefined;
    return ctx.lastCheckpointStore === undefined || ctx.lastCheckpointStore === store
        ? ctx.lastCheckpoint
        : undefined;
}
/**
 * The checkpoint a stage's save may stand on instead of saving (see `sameCheckpoint`): the one main
 * restored in this attempt, while no checkpoint was saved since (it is still the job's last) and no path
 * outside the workspace is in play. Undefined: save as always.
 */
function resumedCandidate(ctx) {
    const { resumedFrom } = ctx;
    if (!resumedFrom || ctx.lastCheckpoint !== resumedFrom || ctx.cachePaths)
        return undefined;
    return resumedFrom;
}
const sameSet = (a, b) => {
    const x = [...new Set(a)].sort();
    const y = [...new Set(b)].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
};
/**
 * Whether the checkpoint `m` that main restored into this workspace already is the one this stage's save
 * would make: taken before the same stage, of this job and run, over the same roots and exclusions, with
 * the same stages completed, and with no roots outside the workspace. The files can only differ by what
 * plain steps since main changed, which a later resume from `m` runs again anyway: the save would store a
 * copy (an incremental of 0 entries that still walks every file) that no resume needs.
 */
function sameCheckpoint(m, planned) {
    return (m.stage === planned.stage &&
        m.job === planned.job &&
        m.runId === planned.runId &&
        !m.roots?.length &&
        sameSet(m.paths, planned.paths) &&
        sameSet(m.exclude, planned.exclude) &&
        sameSet(m.completedStages, planned.completedStages));
}
/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
class NoFilesFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    name = 'NoFilesFoundError';
}
const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'];
/**
 * What a save leaves out besides its defaults (`.git`, the local store, hidden names): the given globs and
 * the paths' own `!` exclusions, which add to the defaults and never replace them (`exclude: '*.log'`
 * once let `.git/config` with checkout's token into a checkpoint); none when neither was given. Each is
 * read as a .gitignore line is, so what a user means to keep out stays out: a trailing '/' ('secrets/')
 * names the directory (as a glob it matched nothing, and saved `secrets/key.pem`), and a glob that can
 * match nothing (absolute, or with '..': globs are relative to the workspace) is a usage error naming
 * `input`, never a silent no-op.
 */
function excludeFor(given, fromPaths, input = "input 'exclude'") {
    if (!given && fromPaths.length === 0)
        return undefined;
    return [
        ...(given ?? []).map((g) => checkedExcludeGlob(g, input)),
        ...fromPaths.map((g) => checkedExcludeGlob(g, "'!' path")),
    ];
}
/** One exclusion glob as a .gitignore line reads it (see excludeFor); blank ones are dropped later. */
function checkedExcludeGlob(glob, input) {
    const g = glob.trim();
    const absolute = g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.startsWith('\\');
    if (absolute || g.split(/[\\/]/).includes('..'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
    // 'secrets/' and 'secrets/**/' mean the directory; './secrets//' is 'secrets'.
    return g.length > 1 ? g.replace(/\/+$/, '') : g;
}
/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
function stageName(given) {
    return given.stage?.trim() || 'checkpoint';
}
/** An input wins over the config, the config over the whole workspace. */
function checkpointSettings(inputs, config) {
    const name = inputs.name.trim();
    const reserved = name ? (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .reservedNameProblem */ .Vq)(name, "input 'name'") : undefined;
    if (reserved)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(reserved);
    return {
        stage: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .checkedStageName */ .Lg)(stageName(inputs), "Input 'stage'"),
        store: inputs.store.trim() || config.store,
        paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
        retentionDays: inputs.retentionDays ?? config.retentionDays,
        ...(name ? { name } : {}),
        ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
        ...(inputs.level ? { level: inputs.level } : {}),
        full: inputs.full,
        includeHidden: inputs.includeHidden === true,
        ...(config.keyed?.length ? { keyed: config.keyed } : {}),
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), unless the
 * user asks: `if-no-files-found: error` when nothing matched, `fail-on-error` for any checkpoint not saved
 * (a bad input, a refused or failing store, nothing matched) but one whose empty match
 * `if-no-files-found: ignore` allows. `ignore` makes an empty match a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound, failOnError = false) {
    // A reason is a sentence of its own, or not: it ends with one full stop either way.
    const message = `ci-recovery: no checkpoint saved for stage '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(stage)}': ${reason.replace(/\.$/, '')}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message: `${message}.` };
    if (failOnError)
        return { level: 'error', fail: true, message: `${message} ('fail-on-error: true').` };
    return { level: 'warning', fail: false, message: `${message}. The job goes on without it.` };
}
/** What the checkpoint step outputs after a save. */
function checkpointOutputs(r) {
    return {
        'checkpoint-id': r.manifest.id,
        kind: r.manifest.kind,
        incremental: String(r.manifest.kind === 'incremental'),
        digest: r.manifest.archive.sha256,
        'artifact-id': r.artifactId ? String(r.artifactId) : '',
        files: String(r.files),
        bytes: String(r.bytes),
        'stored-bytes': String(r.storedBytes),
        'archive-bytes': String(r.manifest.archive.size),
        'left-out': String(r.manifest.leftOut ?? 0),
    };
}
/**
 * The newest readable checkpoint of `candidates` (newest first): a broken newest manifest must not hide
 * an older good checkpoint. Stops at the first readable one, so later manifests are never read.
 */
async function newestReadable(candidates) {
    const passedOver = [];
    for await (const c of candidates) {
        if (c.manifest)
            return { chosen: { id: c.id, manifest: c.manifest }, passedOver };
        passedOver.push({ id: c.id, error: c.error ?? 'its manifest cannot be read' });
    }
    return { passedOver };
}
/**
 * A restore that fails fails the step, with the reason; a miss (no checkpoint, or none usable) only warns
 * with `fail-on-miss: false`, and the step then succeeds.
 */
function restoreFailure(checkpointId, reason, miss, failOnMiss) {
    const message = `ci-recovery: restore${checkpointId ? ` of ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(checkpointId)}` : ''} failed: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(reason)}`;
    if (miss && !failOnMiss)
        return { level: 'warning', fail: false, message: `${message} ('fail-on-miss: false': the job goes on).` };
    return { level: 'error', fail: true, message };
}
/** The answer of a lookup-only restore: the outputs when the checkpoint is usable, else why it is a miss. */
function lookupAnswer(id, manifest, found) {
    if (!found.usable)
        return { miss: `Checkpoint ${id} is not usable: ${found.problem}.` };
    return {
        message: `Checkpoint ${id} exists and is complete; nothing was downloaded or changed.`,
        outputs: {
            found: 'true',
            'checkpoint-id': id,
            restored: 'false',
            'completed-stages': (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .validStages */ .g_)(manifest.completedStages).valid.join(','),
        },
    };
}
/**
 * The most characters of one list output. A job output is limited to 1 MB and the runner refuses template
 * results over 10 MB; three lists of a large restore could pass both. `changed` still counts every entry,
 * and the log lists them all.
 */
const MAX_LIST_OUTPUT_CHARS = 256 * 1024;
/** `paths` comma-separated, cut after the last whole path that fits, with `,...` when cut. */
function boundedList(paths, max = MAX_LIST_OUTPUT_CHARS) {
    let out = '';
    for (const p of paths) {
        const next = out === '' ? p : `${out},${p}`;
        if (next.length > max - 4)
            return `${out},...`;
        out = next;
    }
    return out;
}
/** What the restore step outputs after a restore (or a dry run). */
function restoreOutputs(id, r) {
    const c = r.changes;
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .validStages */ .g_)(r.manifest.completedStages).valid.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .shownChanges */ .ph)(c);
    const line = (mark) => (p) => `${mark} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .printablePath */ .Vj)(p)}`;
    return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}


/***/ }),

/***/ 39018:
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


/***/ }),

/***/ 59056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14630);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80095);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59062);
/* harmony import */ var _core_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35235);
/* harmony import */ var _core_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84004);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44076);







async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const includeHidden = opts.includeHidden === true;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
    if (resolved.roots.length === 0)
        throw new _core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length) {
        const said = `Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`;
        // A stage's checkpoint names the outputs of every stage; the later ones' are not there yet.
        if (opts.unmatched === 'note')
            log.info(said);
        else
            log.warning(said);
    }
    const seq = opts.name === undefined ? await ports.workspace.nextSeq(ctx.manifestCache) : 0;
    const nameOf = (fresh) => opts.name ??
        (0,_core_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, seq + FRESH_SEQ_STEP * fresh);
    const id = nameOf(0);
    const exclude = (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude);
    const parent = (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const reuse = opts.reuseResumed && parent ? (0,_core_step_js__WEBPACK_IMPORTED_MODULE_3__/* .resumedCandidate */ .n_)(ctx) : undefined;
    const roots = await saveOutsideRoots(opts, id, ports);
    let handedBack = false;
    const onRead = opts.onRead && (() => ((handedBack = true), opts.onRead?.()));
    const result = await saveUnderFreshNames(nameOf, () => handedBack, opts.name !== undefined, log, (id) => ports.workspace.save({
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
            ...(ctx.legValues ? { legValues: ctx.legValues } : {}),
            ...(ctx.checkoutHead ? { checkoutHead: ctx.checkoutHead } : {}),
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
        ...(onRead ? { onPacked: onRead } : {}),
        logger: log,
    }));
    if (result.reused) {
        log.info(`ci-recovery: checkpoint ${result.manifest.id}, restored by this attempt's resume, already holds the state before stage '${opts.stage}': not saved again.`);
        return result; // still the job's last checkpoint
    }
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_ENV */ .wp, result.manifest.id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}
/** How far apart the sequences of a checkpoint's fresh names are (core/fresh-names.ts). */
const FRESH_SEQ_STEP = 1000;
/**
 * Saves under `nameOf(0)`; when the store refuses to finalize an object (FinalizeRefusedError: that name
 * stays reserved for the attempt), saves again under `nameOf(1)`, `nameOf(2)`: ids of the same form, so
 * resume, restore and list find them as any other of the job's (checkpointsOfJob). Not when the user named
 * the checkpoint (a restore asks for that name), nor once the workspace was handed back to the stage
 * (`handedBack`: packing it again would save another state).
 */
function saveUnderFreshNames(nameOf, handedBack, named, log, save) {
    return (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .underFreshNames */ .N)({
        nameOf,
        save,
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ,
        stop: () => named
            ? "the 'name' input chose it (leave 'name' out to let a refusal be retried under a fresh name)"
            : handedBack()
                ? 'the stage already runs in the workspace the checkpoint read'
                : undefined,
        giveUp: (error, why) => {
            const refused = error;
            return new _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ(refused.object, `${refused.message}; not saved again: ${why}`);
        },
        retrying: (error, next, fresh) => log.warning(`ci-recovery: the artifact service refused to finalize '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(error.object)}' (a 403 its client never retries; the name stays reserved in this attempt): saving the checkpoint again as ${next} (${fresh} of ${_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .FRESH_NAMES */ .Y}).`),
    });
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
    const { roots, refused } = (0,_core_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootsToSave */ .Gr)(ctx.cachePaths, ctx.completedStages, bases);
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


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ underFreshNames),
/* harmony export */   Y: () => (/* binding */ FRESH_NAMES)
/* harmony export */ });
/**
 * Saving under fresh names when the store refuses to finalize an object: the artifact service wrote its
 * bytes, answered 403 at FinalizeArtifact (which its client never retries) and keeps the name reserved for
 * the job attempt, so only another name can succeed. One loop for every object saved that way: a
 * checkpoint, a checkpoint's trust record, the recovery plan.
 */
/** How many fresh names an object whose finalize was refused tries. */
const FRESH_NAMES = 2;
/** Runs `save` under `nameOf(0)`, and after a refused finalize under `nameOf(1)`, `nameOf(2)`. */
async function underFreshNames(o) {
    for (let fresh = 0;; fresh++) {
        try {
            return await o.save(o.nameOf(fresh));
        }
        catch (error) {
            if (!o.refused(error))
                throw error;
            const why = o.stop?.(fresh) ??
                (fresh === FRESH_NAMES ? `${FRESH_NAMES} fresh names were refused too` : undefined);
            if (why !== undefined)
                throw o.giveUp ? o.giveUp(error, why) : error;
            o.retrying?.(error, o.nameOf(fresh + 1), fresh + 1);
        }
    }
}


/***/ })

};
