export const id = 776;
export const ids = [776,401];
export const modules = {

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
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25078);
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
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66959);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27391);
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

/***/ 73776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stepPorts)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68329);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);




function stepPorts(env) {
    return {
        runner: (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointRunner */ .DJ)(env),
        workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i,
        records: (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsPort */ .ez)(env),
        config: async () => (await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k3)(env)).checkpoint,
        openStore: _job_js__WEBPACK_IMPORTED_MODULE_2__/* .openJobStore */ .nH,
        now: () => new Date(),
    };
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
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84236);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27391);
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

/***/ 19227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ worthRehashing),
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Li: () => (/* binding */ reuseIfSameContent),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   q8: () => (/* binding */ planRestore),
/* harmony export */   zh: () => (/* binding */ IncrementalPlanner)
/* harmony export */ });
/* unused harmony exports RACY_SLACK_MS, sameEntry */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14654);

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
const RACY_SLACK_MS = 2000;
/**
 * Plans a checkpoint entry by entry against its parent (none: a full checkpoint), so that the saver can
 * pack each entry as the walk yields it. `entries` collects the new manifest's entries in walk order.
 */
class IncrementalPlanner {
    parent;
    entries = [];
    before = new Map();
    /** Files modified at or after this are never trusted by their stat alone. */
    trustedBefore;
    /** New entries that the parent had too: fewer than the parent's means something was deleted. */
    matched = 0;
    constructor(parent) {
        this.parent = parent;
        for (const e of parent?.entries ?? [])
            this.before.set(e.path, e);
        this.trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
    }
    /**
     * Decides for one scanned entry whether it can be taken from the parent. A file is reused without
     * reading it only when type, mode, size and stat facts (mtime, inode, device, and ctime where the
     * parent's local copy knows it, as git's index compares) all equal the parent's,
     * and its mtime is safely older than the parent's scan; anything else is read, hashed and stored again.
     * With no parent everything is stored.
     */
    plan(s) {
        const old = this.before.get(s.path);
        if (old)
            this.matched++;
        // The scanned object becomes the manifest entry: on tens of thousands of entries a second object
        // each, and the garbage collector copying it, cost more than the planning itself.
        const entry = s;
        if (s.stat)
            entry.mtimeMs = s.stat.mtimeMs;
        let store;
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            const a = old?.stat;
            const b = s.stat;
            const reusable = old?.type === 'file' &&
                old.mode === s.mode &&
                old.size === s.size &&
                old.sha256 !== undefined &&
                old.from !== undefined &&
                a !== undefined &&
                b !== undefined &&
                a.mtimeMs === b.mtimeMs &&
                (a.ctimeMs === undefined || a.ctimeMs === b.ctimeMs) &&
                a.ino === b.ino &&
                a.dev === b.dev &&
                b.mtimeMs < this.trustedBefore;
            store = !reusable;
            if (reusable) {
                entry.sha256 = old.sha256;
                entry.from = old.from;
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            store = !(old?.type === 'symlink' && old.target === s.target);
        }
        else {
            store = !(old?.type === 'dir' && old.mode === s.mode) || this.parent === undefined;
        }
        this.entries.push(entry);
        return { entry, store, old };
    }
    /** Paths of the parent that the walk did not meet (call once the walk is over). */
    deleted() {
        if (this.matched >= this.before.size)
            return [];
        const now = new Set(this.entries.map((e) => e.path));
        return [...this.before.keys()].filter((p) => !now.has(p));
    }
}
/**
 * A stored file whose stat changed but whose size and mode did not: worth hashing before storing, since
 * a touched file (rewritten with the same bytes by a build tool or a checkout) then costs a read instead
 * of storage.
 */
function worthRehashing(p) {
    const { entry: e, old } = p;
    return p.store && e.type === 'file' && old?.type === 'file' && old.size === e.size && old.mode === e.mode;
}
/** Takes the file from the parent when its fresh hash equals the parent's; true when it did. */
function reuseIfSameContent(p, sha256) {
    const { entry: e, old } = p;
    if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from)
        return false;
    if (old.mode !== e.mode || old.size !== e.size)
        return false;
    e.sha256 = sha256;
    e.from = old.from;
    p.store = false;
    return true;
}
/** Restricts entries to a partial restore's paths (none given: everything). */
function selectPaths(items, only) {
    if (!only || only.length === 0)
        return items;
    return items.filter((i) => only.some((root) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(i.path, root)));
}
/** True when the target entry is already on disk as it should be. */
function sameEntry(target, current) {
    if (!current || current.type !== target.type || current.mode !== target.mode)
        return false;
    if (target.type === 'symlink')
        return current.target === target.target;
    if (target.type === 'file')
        return current.size === target.size && current.sha256 === target.sha256;
    return true;
}
/**
 * What restoring `target` onto `current` changes, within `roots`: entries to add or modify, and entries on
 * disk under the roots that the checkpoint does not have (deleted, parents before children removed last
 * is the applier's job; here they are listed shallow-first).
 */
function planRestore(target, current) {
    const cur = new Map(current.map((c) => [c.path, c]));
    const want = new Set(target.map((t) => t.path));
    const added = [];
    const modified = [];
    let unchanged = 0;
    for (const t of target) {
        const c = cur.get(t.path);
        if (!c)
            added.push(t.path);
        else if (sameEntry(t, c))
            unchanged++;
        else
            modified.push(t.path);
    }
    const deleted = current.filter((c) => !want.has(c.path)).map((c) => c.path);
    return { added, modified, deleted, unchanged };
}
/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
function shownChanges(c) {
    return { added: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.added), modified: c.modified, deleted: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.deleted) };
}


/***/ }),

/***/ 97390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   Dr: () => (/* binding */ rootBases),
/* harmony export */   Fi: () => (/* binding */ restoreFailure),
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
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   p7: () => (/* binding */ newestReadable),
/* harmony export */   xi: () => (/* binding */ restoreJournals)
/* harmony export */ });
/* unused harmony exports DEFAULT_JOB_KEY, MAX_LIST_OUTPUT_CHARS, boundedList */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19227);
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
 * Where restores keep their journals and destination locks (adapters/checkpoint/placement.ts): the job's
 * RUNNER_TEMP, outside every tree restored into; off a runner, undefined (the adapter's home directory).
 */
function restoreJournals(env) {
    return env.runnerTempSet ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(env.runnerTempSet, 'ci-recovery', 'restores') : undefined;
}
/** The checkpoint context of the job `env` describes; the one place with its fallbacks off a runner. */
function jobContext(env) {
    // env.identity is `<job>` or `<job>.leg<index>`: off a runner the job key is '' and DEFAULT_JOB_KEY stands in.
    const manifestCache = defaultManifestCache(env);
    const stageDurations = (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
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
/** Paths and globs that matched no file: the step's `if-no-files-found` decides what that means. */
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
    name = 'NoFilesFoundError';
}
const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'];
/**
 * What a save leaves out besides its defaults (`.git`, the local store, hidden names): the given globs and
 * the paths' own `!` exclusions, which add to the defaults and never replace them (`exclude: '*.log'`
 * once let `.git/config` with checkout's token into a checkpoint); none when neither was given.
 */
function excludeFor(given, fromPaths) {
    if (!given && fromPaths.length === 0)
        return undefined;
    return [...(given ?? []), ...fromPaths];
}
/** The stage a checkpoint step names (the `stage` input), 'checkpoint' when not given. */
function stageName(given) {
    return given.stage?.trim() || 'checkpoint';
}
/** An input wins over the config, the config over the whole workspace. */
function checkpointSettings(inputs, config) {
    const name = inputs.name.trim();
    return {
        stage: stageName(inputs),
        store: inputs.store.trim() || config.store,
        paths: inputs.paths.length ? inputs.paths : config.paths.length ? config.paths : ['.'],
        retentionDays: inputs.retentionDays ?? config.retentionDays,
        ...(name ? { name } : {}),
        ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
        ...(inputs.level ? { level: inputs.level } : {}),
        full: inputs.full,
        includeHidden: inputs.includeHidden === true,
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), except when
 * nothing matched and the user asked for `if-no-files-found: error`; `ignore` makes that a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound) {
    const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${reason}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message };
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
    const message = `ci-recovery: restore${checkpointId ? ` of ${checkpointId}` : ''} failed: ${reason}`;
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
            'completed-stages': manifest.completedStages.join(','),
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
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': r.manifest.completedStages.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .shownChanges */ .ph)(c);
    return [...added.map((p) => `+ ${p}`), ...c.modified.map((p) => `~ ${p}`), ...deleted.map((p) => `- ${p}`)];
}


/***/ }),

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkpointPhase),
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25078);
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
/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (a job-wide variable), so the next checkpoint of this job chains onto it. Also what
 * `run/` does before a stage.
 */
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const includeHidden = opts.includeHidden === true;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length)
        log.warning(`Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`);
    const id = opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await ports.workspace.nextSeq(ctx.manifestCache));
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
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
        logger: log,
    });
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


/***/ }),

/***/ 31062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeRecordBestEffort)
/* harmony export */ });
/* unused harmony export RecordingRecords */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The step records post reads to report on the job (core/records.ts): adapters/records.ts writes them as
 * files in RUNNER_TEMP; `RecordingRecords` keeps them in memory.
 */

class RecordingRecords {
    fail;
    written = [];
    /** `fail` makes every write throw, as a full disk would. */
    constructor(fail) {
        this.fail = fail;
    }
    write(record) {
        if (this.fail)
            return Promise.reject(this.fail);
        this.written.push(record);
        return Promise.resolve();
    }
}
/** Best-effort: a record that cannot be written warns and never fails the step. */
async function writeRecordBestEffort(records, record, log) {
    try {
        await records.write(record);
    }
    catch (error) {
        log.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
