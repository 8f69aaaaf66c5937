export const id = 6319;
export const ids = [6319,2456,6794];
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

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ UNGUARDED),
/* harmony export */   Sl: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   ZY: () => (/* binding */ StoreStalledError),
/* harmony export */   _Y: () => (/* binding */ stallMsOf),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   tl: () => (/* binding */ StoreGuard)
/* harmony export */ });
/* unused harmony exports DEFAULT_STALL_MS, stalledStores */
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);

/** For transfers outside any store (a test, the CLI's one-off calls): never gives up. */
const UNGUARDED = {
    signal: new AbortController().signal,
    touch: () => undefined,
    track: () => () => undefined,
};
/** Default: one minute without a byte or an answer. */
const DEFAULT_STALL_MS = 60_000;
/** The stall limit the job set (CI_RECOVERY_STORE_STALL_SECONDS), else the default. */
function stallMsOf(env) {
    return env.storeStallSeconds ? env.storeStallSeconds * 1000 : DEFAULT_STALL_MS;
}
/** The artifact service's stall watchdog, at the job's limit. */
function artifactServiceGuard(env) {
    return new StoreGuard('the artifact service', stallMsOf(env));
}
/**
 * The store answered nothing for too long. A miss as far as a restore is concerned (nothing was found
 * that could be used, the workspace is untouched); a checkpoint warns and the job goes on.
 */
class StoreStalledError extends _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/** Stores given up on in this process: their sockets are gone, but the entry point ends the process anyway. */
const stalledStores = [];
class StoreGuard {
    what;
    stallMs;
    now;
    controller = new AbortController();
    disposers = new Set();
    busy = 0;
    last;
    timer;
    /** A wall-clock end (the phase's budget), past which a call waiting on the store gives it up too. */
    end;
    constructor(what, stallMs = DEFAULT_STALL_MS, now = Date.now) {
        this.what = what;
        this.stallMs = stallMs;
        this.now = now;
        this.last = now();
    }
    get signal() {
        return this.controller.signal;
    }
    touch() {
        this.last = this.now();
    }
    /**
     * Gives the store up at `at` (ms since the epoch) even while it makes progress, with `reason`. Only a
     * call waiting on the store is cut: a restore places files after every download, so it is never cut
     * half-way through the workspace.
     */
    endBy(at, reason) {
        this.end = { at, reason };
        return this;
    }
    track(dispose) {
        if (this.signal.aborted)
            dispose();
        this.disposers.add(dispose);
        return () => void this.disposers.delete(dispose);
    }
    /**
     * `call` under watch. Given up, it rejects with the reason at once, even if `call` cannot be cancelled
     * (then it is abandoned; `stalledStores` tells the entry point to end the process).
     */
    async during(call) {
        const release = this.hold();
        let onAbort;
        const givenUp = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([call(), givenUp]);
        }
        catch (error) {
            throw this.signal.aborted ? this.signal.reason : error;
        }
        finally {
            if (onAbort)
                this.signal.removeEventListener('abort', onAbort);
            release();
        }
    }
    /** Watches from now until the release is called (a download stream, until it closes). */
    hold() {
        if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
        if (this.signal.aborted)
            throw this.signal.reason;
        this.busy++;
        this.touch();
        if (!this.timer) {
            // Unref'd: the watchdog alone never keeps the process alive; a hung socket does, and then it fires.
            this.timer = setInterval(() => this.check(), Math.min(1000, Math.max(50, this.stallMs / 4)));
            this.timer.unref();
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            if (--this.busy === 0)
                this.stop();
        };
    }
    check() {
        if (this.busy === 0)
            return;
        const seconds = Math.round(this.stallMs / 100) / 10;
        if (this.now() - this.last >= this.stallMs)
            this.giveUp(`${this.what} answered nothing for ${seconds} s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)`);
        else if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
    }
    giveUp(reason) {
        if (this.signal.aborted)
            return;
        stalledStores.push(this.what);
        this.controller.abort(new StoreStalledError(reason));
        for (const dispose of this.disposers)
            dispose();
        this.disposers.clear();
        this.stop();
    }
    stop() {
        clearInterval(this.timer);
        this.timer = undefined;
    }
}
/**
 * After a step: a store given up may still hold a socket (a call that could not be cancelled), and with
 * it this process, which the runner waits for. Everything the step had to say is written; end here.
 */
function endIfStoreGaveUp() {
    if (stalledStores.length > 0)
        process.exit(process.exitCode ?? 0);
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

/***/ 97390:
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
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   bM: () => (/* binding */ NoFilesFoundError),
/* harmony export */   cw: () => (/* binding */ checkpointSettings),
/* harmony export */   hR: () => (/* binding */ checkpointOutputs),
/* harmony export */   n_: () => (/* binding */ resumedCandidate),
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
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
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
        ...(config.keyed?.length ? { keyed: config.keyed } : {}),
    };
}
/**
 * A checkpoint that could not be saved never fails the job it protects (like a cache save), except when
 * nothing matched and the user asked for `if-no-files-found: error`; `ignore` makes that a plain line.
 */
function checkpointFailure(stage, reason, noFilesFound, ifNoFilesFound) {
    // A reason is a sentence of its own, or not: it ends with one full stop either way.
    const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${reason.replace(/\.$/, '')}`;
    if (noFilesFound && ifNoFilesFound === 'error')
        return { level: 'error', fail: true, message: `${message} ('if-no-files-found: error').` };
    if (noFilesFound && ifNoFilesFound === 'ignore')
        return { level: 'info', fail: false, message: `${message}.` };
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
    const line = (mark) => (p) => `${mark} ${printablePath(p)}`;
    return [...added.map(line('+')), ...c.modified.map(line('~')), ...deleted.map(line('-'))];
}
/**
 * A path as one safe log line: a name from a checkpoint or a workspace may hold a newline followed by
 * `::error::` (a workflow command the runner would obey) or terminal escapes, so control characters are
 * shown escaped (`\n`, `\u001b`) and a backslash doubled, as JSON would. So are the characters a reader
 * cannot see: format characters (a zero-width joiner makes `.g\u200cit` read as `.git`, a bidi override
 * reorders what follows) and the line and paragraph separators.
 */
function printablePath(path) {
    if (!UNPRINTABLE.test(path))
        return path;
    return JSON.stringify(path)
        .slice(1, -1)
        .replace(ESCAPED_BEYOND_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\\\u2028\u2029]|\p{Cf}/u;
/** What JSON.stringify leaves as it is, and a log line must not. */
const ESCAPED_BEYOND_JSON = /[\u007f-\u009f\u2028\u2029]|\p{Cf}/gu;


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
