export const id = 1511;
export const ids = [1511,6794];
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

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d3: () => (/* binding */ withFileCounts),
/* harmony export */   u3: () => (/* binding */ withArchiveProgress),
/* harmony export */   xt: () => (/* binding */ progressOnTerminal)
/* harmony export */ });
/* unused harmony exports renderProgress, Progress */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _adapters_checkpoint_file_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98581);
/**
 * Progress of long CLI work on a terminal: one line on stderr, redrawn at most every 100 ms and cleared at
 * the end. Only when stderr is a TTY and the output is not JSON, so logs, pipes and scripts never see it.
 */



/** `restore: 1.2 GiB, 85.3 MiB/s` or `classify: 12/40 files, 3.1 MiB, 9.8 MiB/s`. */
function renderProgress(label, c, unit = 'files') {
    const parts = [];
    if (c.files !== undefined)
        parts.push(`${c.files}${c.total !== undefined ? `/${c.total}` : ''} ${unit}`);
    parts.push((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(c.bytes));
    if (c.elapsedMs > 0)
        parts.push(`${(0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(Math.round((c.bytes * 1000) / c.elapsedMs))}/s`);
    return `${label}: ${parts.join(', ')}`;
}
class Progress {
    label;
    out;
    opts;
    files;
    bytes = 0;
    lastDraw = -Infinity;
    drawn = false;
    start;
    constructor(label, out, opts = {}) {
        this.label = label;
        this.out = out;
        this.opts = opts;
        this.start = this.now();
        if (opts.countFiles)
            this.files = 0;
    }
    now() {
        return (this.opts.now ?? Date.now)();
    }
    add(files, bytes) {
        if (this.files !== undefined)
            this.files += files;
        this.bytes += bytes;
        const now = this.now();
        if (now - this.lastDraw < 100)
            return;
        this.lastDraw = now;
        this.drawn = true;
        const counts = {
            ...(this.files !== undefined ? { files: this.files } : {}),
            ...(this.opts.total !== undefined ? { total: this.opts.total } : {}),
            bytes: this.bytes,
            elapsedMs: now - this.start,
        };
        this.out.write(`\r\x1b[K${renderProgress(this.label, counts, this.opts.unit)}`);
    }
    /** Clears the line, so that what is printed next stands alone; the next add draws it again. */
    done() {
        if (this.drawn)
            this.out.write('\r\x1b[K');
        this.drawn = false;
        this.lastDraw = -Infinity;
    }
}
/** A progress line on stderr, or none when stderr is not a terminal or the output is JSON. */
function progressOnTerminal(label, json, opts = {}, out = process.stderr) {
    return out.isTTY && !json ? new Progress(label, out, opts) : undefined;
}
/** Counts the bytes that pass through a stream. */
function counted(data, onBytes) {
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _encoding, callback) {
            onBytes(chunk.length);
            callback(null, chunk);
        },
    });
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(data, tap, () => undefined);
    return tap;
}
/**
 * The store with every archive counted as it is written or read. It keeps the store's class (a directory
 * store inside the workspace is still left out of its own checkpoints) and calls the store itself, but
 * offers no in-place path, so that archives are read as streams whose bytes can be seen.
 */
function withArchiveProgress(store, progress) {
    if (!progress)
        return store;
    const wrapped = Object.create(store);
    return Object.assign(wrapped, {
        putArchive: (file, data) => store.putArchive(file, counted(data, (n) => progress.add(0, n))),
        getArchive: async (file) => counted(await store.getArchive(file), (n) => progress.add(0, n)),
        archivePath: undefined,
        putManifest: store.putManifest.bind(store),
        getManifest: store.getManifest.bind(store),
        objects: store.objects.bind(store),
        removeObject: store.removeObject.bind(store),
    });
}
/**
 * Runs a save or restore with every file it packs or unpacks counted on `progress` (a progress made with
 * `countFiles`), and the line cleared at the end.
 */
function withFileCounts(progress, fn) {
    return (0,_adapters_checkpoint_file_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withFileProgress */ .y)(progress && (() => progress.add(1, 0)), fn).finally(() => progress?.done());
}


/***/ }),

/***/ 92340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97682);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9851);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77250);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35525);








const HELP = `usage: ci-recovery restore [--name NAME] [options]

Restores a checkpoint (the newest when --name is not given). Every archive of its chain and every file
is verified in a staging directory before anything in --dest changes; a refused restore changes nothing.
The checkpointed paths end up exactly as saved: entries below them that the checkpoint does not have are
deleted (what the save excluded is left alone; .git, .ci-recovery and the store are never touched,
whatever the checkpoint says). Use --dry-run first.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --name NAME       checkpoint to restore
  --dest DIR        where to restore (default: current directory): inside the workspace (the current
                    directory, or GITHUB_WORKSPACE in a job), or a new or empty directory elsewhere;
                    never /, the home directory or a directory that contains the workspace
  --dest-outside-workspace
                    allow a --dest outside the workspace that is not empty
  --keep-special-modes
                    set setuid, setgid, sticky and world-writable bits as saved (dropped by default)
  --paths P...      restore only these paths
  --dry-run         list what would be added, modified and deleted (a directory added or deleted whole
                    is listed without its contents); change nothing
  --repair          only finish restores into --dest that were killed: undo their half-made changes
                    from the journal in their staging directory (a restore does this first by itself)
  --json            machine-readable result on stdout

examples:
  ci-recovery restore --name before-tests --dry-run
  ci-recovery restore --name before-tests --paths build
  ci-recovery restore --repair --dest .`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .bQ)('restore', argv, {
            store: 'string',
            name: 'string',
            dest: 'string',
            paths: 'list',
            'dry-run': 'bool',
            repair: 'bool',
            'dest-outside-workspace': 'bool',
            'keep-special-modes': 'bool',
            json: 'bool',
        });
        const journalDir = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreJournals */ .xi)(env);
        if (f.repair)
            return repair(f, journalDir);
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(f, 'store'), env);
        const manifestCache = (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .cliManifestCache */ .ko)(store, env);
        const logger = (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7)(env.debug);
        const checkpoint = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(f, 'name') ?? (await newestInStore(store, logger));
        const dryRun = f['dry-run'] === true;
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .progressOnTerminal */ .xt)('restore', f.json === true, { countFiles: true });
        const r = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withFileCounts */ .d3)(progress, () => (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .restoreCheckpoint */ .vQ)({
            store: (0,_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .withArchiveProgress */ .u3)(store, progress),
            checkpoint,
            ...destination(f, env),
            ...(journalDir ? { journalDir } : {}),
            keepSpecialModes: f['keep-special-modes'] === true,
            ...((0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(f, 'paths') ? { paths: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(f, 'paths') } : {}),
            dryRun,
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }));
        const c = r.changes;
        if (f.json) {
            const { added, deleted } = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shownChanges */ .ph)(c);
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({
                id: r.manifest.id,
                restored: r.restored,
                dryRun,
                added,
                modified: c.modified,
                deleted,
                unchanged: c.unchanged,
                completedStages: r.manifest.completedStages,
            });
            return 0;
        }
        if (dryRun)
            (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__/* .changeLines */ .Ow)(c).forEach((l) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(l));
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would change' : 'restored'} ${r.manifest.id}: ${c.added.length} added, ${c.modified.length} modified, ${c.deleted.length} deleted, ${c.unchanged} unchanged`);
        return 0;
    }),
});
/** The newest readable checkpoint in the store (the action's search over the whole store). */
async function newestInStore(store, logger) {
    const choice = await (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__/* .newestReadable */ .p7)((0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointsNewestFirst */ .iG)(store));
    for (const p of choice.passedOver)
        logger.warning(`checkpoint ${p.id} is passed over: ${p.error}`);
    if (!choice.chosen)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`No checkpoints in ${store.spec}: save one with 'ci-recovery checkpoint --store ${store.spec} --name NAME --paths ...'.`);
    return choice.chosen.manifest;
}
/** --dest, confined to the workspace unless --dest-outside-workspace (core/checkpoint/destination.ts). */
function destination(f, env) {
    return {
        dest: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(f, 'dest') ?? process.cwd(),
        workspace: env.workspace,
        destOutsideWorkspace: f['dest-outside-workspace'] === true,
        destInput: { input: '--dest', optIn: '--dest-outside-workspace' },
    };
}
/** --repair: finishes killed restores into --dest from their journals. */
async function repair(f, journalDir) {
    const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(f, 'dest') ?? process.cwd();
    const r = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repairDestination */ .sV)(dest, journalDir);
    if (f.json)
        return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({ dest, ...r }), 0);
    for (const name of r.rolledBack)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`undone ${name}: ${dest} is as it was before that restore`);
    for (const name of r.removed)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`removed ${name} (nothing to undo)`);
    for (const name of r.inProgress)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`left ${name}: its restore is still running`);
    for (const name of r.stuck)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`kept ${name}: some files could not be put back; they are in it`);
    for (const name of r.foreign)
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`left ${name} alone: no restore on this machine made it (it came with the files); nothing in it was used`);
    (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${r.rolledBack.length + r.removed.length} interrupted restore(s) finished in ${dest}`);
    return r.stuck.length ? 1 : 0;
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
