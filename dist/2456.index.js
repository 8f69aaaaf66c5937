export const id = 2456;
export const ids = [2456,6794];
export const modules = {

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

/***/ 73018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* reexport safe */ _destination_js__WEBPACK_IMPORTED_MODULE_3__.AR),
/* harmony export */   AS: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.AS),
/* harmony export */   Ak: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Ak),
/* harmony export */   Al: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Al),
/* harmony export */   Ed: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Ed),
/* harmony export */   FB: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.FB),
/* harmony export */   G6: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.G6),
/* harmony export */   GZ: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.GZ),
/* harmony export */   Gb: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Gb),
/* harmony export */   Gc: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Gc),
/* harmony export */   Gi: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.Gi),
/* harmony export */   Iq: () => (/* reexport safe */ _destination_js__WEBPACK_IMPORTED_MODULE_3__.Iq),
/* harmony export */   J9: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.J9),
/* harmony export */   Jo: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.Jo),
/* harmony export */   Ko: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Ko),
/* harmony export */   LO: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.LO),
/* harmony export */   Li: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.Li),
/* harmony export */   Mf: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Mf),
/* harmony export */   Mu: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Mu),
/* harmony export */   NV: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.eh),
/* harmony export */   Ng: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Ng),
/* harmony export */   P2: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.P2),
/* harmony export */   P6: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_5__.P6),
/* harmony export */   QJ: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.QJ),
/* harmony export */   S6: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.S6),
/* harmony export */   Sh: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Sh),
/* harmony export */   Sn: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Sn),
/* harmony export */   Sy: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.Sy),
/* harmony export */   T1: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.T1),
/* harmony export */   UC: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.UC),
/* harmony export */   UQ: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.UQ),
/* harmony export */   Vq: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.Vq),
/* harmony export */   Xl: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.Xl),
/* harmony export */   Yl: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.Yl),
/* harmony export */   Z8: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_5__.Z8),
/* harmony export */   Zr: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_5__.Zr),
/* harmony export */   g: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.g),
/* harmony export */   is: () => (/* reexport safe */ _destination_js__WEBPACK_IMPORTED_MODULE_3__.is),
/* harmony export */   jq: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.jq),
/* harmony export */   k0: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.k0),
/* harmony export */   m0: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.m0),
/* harmony export */   m4: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.m4),
/* harmony export */   n2: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.n2),
/* harmony export */   ph: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.ph),
/* harmony export */   q8: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.q8),
/* harmony export */   qT: () => (/* reexport safe */ _keyed_js__WEBPACK_IMPORTED_MODULE_4__.qT),
/* harmony export */   rF: () => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_5__.rF),
/* harmony export */   th: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.th),
/* harmony export */   ud: () => (/* reexport safe */ _destination_js__WEBPACK_IMPORTED_MODULE_3__.ud),
/* harmony export */   wI: () => (/* reexport safe */ _destination_js__WEBPACK_IMPORTED_MODULE_3__.wI),
/* harmony export */   yP: () => (/* reexport safe */ _manifest_js__WEBPACK_IMPORTED_MODULE_0__.yP),
/* harmony export */   yl: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_1__.yl),
/* harmony export */   zh: () => (/* reexport safe */ _diff_js__WEBPACK_IMPORTED_MODULE_2__.zh)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69965);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14654);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19227);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28990);
/* harmony import */ var _keyed_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12588);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95901);








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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80095);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19227);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69965);
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
    const stageDurations = (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .durationsOfStages */ .OA)(env.recovery.stageDurations, env.recovery.completedStages);
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
class NoFilesFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${input} '${glob}' ${absolute ? 'is absolute' : "contains '..'"}: it can never match, since exclude globs are relative to the workspace (write it relative to the workspace, e.g. 'secrets' or 'build/**/*.map').`);
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
    const reserved = name ? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .reservedNameProblem */ .Vq)(name, "input 'name'") : undefined;
    if (reserved)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(reserved);
    return {
        stage: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .checkedStageName */ .Lg)(stageName(inputs), "Input 'stage'"),
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
    const message = `ci-recovery: no checkpoint saved for stage '${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(stage)}': ${reason.replace(/\.$/, '')}`;
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
    const message = `ci-recovery: restore${checkpointId ? ` of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(checkpointId)}` : ''} failed: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(reason)}`;
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
            'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(manifest.completedStages).valid.join(','),
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
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
    return {
        found: 'true',
        'checkpoint-id': id,
        restored: String(r.restored),
        changed: String(c.added.length + c.modified.length + c.deleted.length),
        added: boundedList(added),
        modified: boundedList(c.modified),
        deleted: boundedList(deleted),
        'completed-stages': (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .validStages */ .g_)(r.manifest.completedStages).valid.join(','),
    };
}
/**
 * The lines a dry run shows, one per path: `+` added, `~` modified, `-` deleted (a directory added or
 * deleted whole is one line). The action logs them, the CLI prints them.
 */
function changeLines(c) {
    const { added, deleted } = (0,_diff_js__WEBPACK_IMPORTED_MODULE_5__/* .shownChanges */ .ph)(c);
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

/***/ 95901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P6: () => (/* binding */ parseRestoreVerify),
/* harmony export */   Z8: () => (/* binding */ DEFAULT_RESTORE_VERIFY),
/* harmony export */   Zr: () => (/* binding */ RESTORE_VERIFY),
/* harmony export */   rF: () => (/* binding */ hashesFilesOf)
/* harmony export */ });
/* harmony import */ var _keyed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12588);
/**
 * How much a restore verifies (the team's decision, issue 46). An archive whose sha256 and size match
 * what the manifest records proves every byte in it: a tamperer able to rewrite the manifest to vouch for
 * other bytes can rewrite the per-file hashes beside that digest just as well, so hashing each file again
 * adds no protection against them, only time. `archive` (the default) therefore checks each archive's
 * digest and every file's size; `full` hashes every file as well (what `validate` always does).
 *
 * Files are hashed whatever `verify` says when the digest that vouches for their archive is not one this
 * manifest records: a file an incremental checkpoint takes from a parent sits in the parent's archive,
 * checked against the parent's manifest, so only its hash ties it to this manifest's word.
 */

const RESTORE_VERIFY = ['archive', 'full'];
const DEFAULT_RESTORE_VERIFY = 'archive';
/** A `verify` value as given (case-insensitive; empty is the default), or undefined when it is none of them. */
function parseRestoreVerify(value) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return DEFAULT_RESTORE_VERIFY;
    return RESTORE_VERIFY.find((c) => c === v);
}
/**
 * Whether the files restored from archive `archiveId` of `manifest`'s chain are each hashed: always with
 * `full`; otherwise only for an archive whose digest `manifest` itself does not record (a parent's).
 * Its own archive and its keyed entries' (their digests are copied into it at save) are proven by digest.
 */
function hashesFilesOf(manifest, archiveId, verify) {
    if (verify === 'full')
        return true;
    if (archiveId === manifest.id)
        return false;
    return !((0,_keyed_js__WEBPACK_IMPORTED_MODULE_0__/* .isKeyedId */ .Ko)(archiveId) && (manifest.keyed ?? []).some((k) => k.id === archiveId));
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


/***/ }),

/***/ 93433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ MANIFEST_SUFFIX),
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   bJ: () => (/* binding */ FinalizeRefusedError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* unused harmony export MemoryStore */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73018);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/**
 * Where checkpoints live, as a port: the interface every store implements (adapters/checkpoint/store.ts
 * has the directory store, artifact-store.ts the run's artifacts) and `MemoryStore`, an in-memory one
 * that records what was asked of it, so that a phase can be tested without a disk or a network.
 */




const MANIFEST_SUFFIX = '.manifest.json';
/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
class FinalizeRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
    object;
    name = 'FinalizeRefusedError';
    constructor(
    /** The object (artifact) whose finalize was refused. */
    object, message) {
        super(message);
        this.object = object;
    }
}
/**
 * Objects kept in memory, each with the time it was put (a counter: later puts are newer). `calls`
 * records every operation, e.g. `getArchive x.tar.zst`, so that a test can tell what a phase touched.
 */
class MemoryStore {
    spec = 'memory:';
    calls = [];
    blobs = new Map();
    clock = 0;
    /** Puts `bytes` under `name` as it is (a test's way to plant a broken manifest). */
    put(name, bytes) {
        this.blobs.set(name, { bytes: Buffer.from(bytes), createdAt: new Date(++this.clock * 1000) });
    }
    async putArchive(file, data) {
        this.calls.push(`putArchive ${file}`);
        const chunks = [];
        for await (const chunk of data)
            chunks.push(Buffer.from(chunk));
        const bytes = Buffer.concat(chunks);
        this.put(file, bytes);
        return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    }
    putManifest(id, bytes) {
        this.calls.push(`putManifest ${id}`);
        return settle(() => {
            if (this.blobs.has(`${id}${MANIFEST_SUFFIX}`))
                throw new CheckpointExistsError(`'${id}' exists`);
            this.put(`${id}${MANIFEST_SUFFIX}`, bytes);
        });
    }
    getArchive(file) {
        this.calls.push(`getArchive ${file}`);
        return settle(() => {
            const blob = this.blobs.get(file);
            if (!blob)
                throw new NotFoundError(`checkpoint archive '${file}' is missing from ${this.spec}`);
            return Readable.from([blob.bytes]);
        });
    }
    getManifest(id) {
        this.calls.push(`getManifest ${id}`);
        return settle(() => {
            const blob = this.blobs.get(`${id}${MANIFEST_SUFFIX}`);
            if (!blob)
                throw new NotFoundError(`no checkpoint named '${id}' in ${this.spec}`);
            return parseManifest(blob.bytes.toString('utf8'), `${id}${MANIFEST_SUFFIX}`);
        });
    }
    objects() {
        this.calls.push('objects');
        return settle(() => [...this.blobs].map(([name, b]) => ({ name, createdAt: b.createdAt, size: b.bytes.length })));
    }
    removeObject(name) {
        this.calls.push(`removeObject ${name}`);
        return settle(() => void this.blobs.delete(name));
    }
}
/** `fn`'s value as a promise, or its error as a rejected one (as a store's asynchronous answer). */
function settle(fn) {
    try {
        return Promise.resolve(fn());
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
}


/***/ })

};
