export const id = 7985;
export const ids = [7985];
export const modules = {

/***/ 17498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirStore: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_1__.VW),
/* harmony export */   leaveTopTierOut: () => (/* reexport safe */ _heap_js__WEBPACK_IMPORTED_MODULE_3__.np),
/* harmony export */   openStore: () => (/* reexport safe */ _open_js__WEBPACK_IMPORTED_MODULE_0__.C),
/* harmony export */   restoreCheckpoint: () => (/* reexport safe */ _restore_js__WEBPACK_IMPORTED_MODULE_2__.vQ),
/* harmony export */   withFileProgress: () => (/* reexport safe */ _file_progress_js__WEBPACK_IMPORTED_MODULE_4__.y)
/* harmony export */ });
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87763);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66906);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54334);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87841);
/* harmony import */ var _file_progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94181);
/**
 * What the CLI's `restore` loads of the engine (cli/support.ts EnginePart): the store, the restore and
 * its file progress. Without the save half (the save and its packer, the keyed publisher,
 * list/validate/clean-up, the resume), which index.ts loads too: ~85 KB of the ~680 KB a restore
 * compiled from dist/ before its first file. A process loads this or index.ts, not both.
 */







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
/* harmony export */   Vj: () => (/* reexport safe */ _core_text_js__WEBPACK_IMPORTED_MODULE_3__.Vj),
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


/***/ })

};
