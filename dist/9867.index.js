export const id = 9867;
export const ids = [9867,6794];
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

/***/ 61786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_checkpoint_manage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19832);
/* harmony import */ var _adapters_checkpoint_path_globs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40470);
/* harmony import */ var _adapters_checkpoint_save_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61418);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47166);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9851);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77250);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35525);

// The modules themselves, not the index: a save needs none of restore, resume or their git client.











const HELP = `usage: ci-recovery checkpoint --name NAME --paths P... [options]

Saves a checkpoint of the given paths. Incremental against the newest checkpoint of the same paths in
the store, unless --full or --parent is given.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CLI_STORE */ .rp})
  --name NAME       checkpoint name (letters, digits, . _ -)
  --paths P...      paths or quoted globs relative to --cwd, '!GLOB' to leave out (default .)
  --exclude G...    globs to leave out, on top of .git, .ci-recovery and hidden names
  --include-hidden-files
                    keep hidden files and directories (.env, .cache) below the paths; .git stays
                    out unless a path names it
  --stage NAME      stage recorded in the manifest (default: the name)
  --parent NAME     incremental against this checkpoint
  --full            store everything
  --keyed P=F...    keep directory P once per content of the files F (comma-separated globs), as
                    actions/cache keys it: --keyed node_modules=package-lock.json. The first
                    checkpoint of a key packs P into an entry beside a dir: store (in the cache
                    service on a runner); later ones take it from there when P still matches it
  --keyed-verify V  how P is compared with its entry: stat (default: path, type, mode, size, link)
                    or content (also every file's sha256)
  --cwd DIR         workspace (default: current directory)
  --json            machine-readable result on stdout

example:
  ci-recovery checkpoint --name before-tests --paths build node_modules`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_9__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .bQ)('checkpoint', argv, {
            store: 'string',
            name: 'string',
            paths: 'list',
            exclude: 'list',
            stage: 'string',
            parent: 'string',
            full: 'bool',
            'include-hidden-files': 'bool',
            keyed: 'list',
            'keyed-verify': 'string',
            cwd: 'string',
            json: 'bool',
        });
        const name = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'name');
        if (!name)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb("'--name' is required: the checkpoint's name, e.g. --name before-tests");
        if (!(0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__/* .isValidId */ .Al)(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb(`'--name ${name}' is not a valid name: use letters, digits, '.', '_' and '-' (at most 200).`);
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'store'), env);
        const manifestCache = (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .cliManifestCache */ .ko)(store, env);
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'cwd') ?? process.cwd());
        const patterns = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .list */ .p_)(f, 'paths') ?? ['.'];
        const includeHidden = f['include-hidden-files'] === true;
        const resolved = (0,_adapters_checkpoint_path_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCheckpointPaths */ .N)(cwd, patterns, { includeHidden });
        if (!resolved.roots.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UserError */ .yo(`No files match --paths ${patterns.join(' ')} in ${cwd}; nothing was saved.`);
        if (resolved.unmatched.length)
            process.stderr.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .inertText */ .UJ)(`warning: --paths that match nothing: ${resolved.unmatched.join(' ')}`) + '\n');
        const paths = resolved.roots;
        const keyed = keyedFlags((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .list */ .p_)(f, 'keyed') ?? [], (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'keyed-verify'), paths);
        const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_8__/* .excludeFor */ .UP)((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .list */ .p_)(f, 'exclude'), resolved.exclude, '--exclude');
        let parent = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'parent');
        if (!parent && !f.full)
            parent = await (0,_adapters_checkpoint_manage_js__WEBPACK_IMPORTED_MODULE_1__/* .newestCheckpointOver */ .TM)(store, paths, name, (id) => (0,_adapters_checkpoint_save_js__WEBPACK_IMPORTED_MODULE_3__/* .loadManifest */ .eY)(store, id, manifestCache, cwd));
        // The commit and branch it was taken at, as a job's checkpoint records them: the job's on a runner.
        // Off a runner, git is asked (its client loaded only then).
        const head = env.sha
            ? { commit: env.sha, ...(env.refName ? { branch: env.refName } : {}) }
            : await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3745), __webpack_require__.e(964), __webpack_require__.e(26), __webpack_require__.e(7668)]).then(__webpack_require__.bind(__webpack_require__, 40026))).gitHead(cwd);
        const logger = (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D7)(env.debug);
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .progressOnTerminal */ .xt)('checkpoint', f.json === true, { countFiles: true });
        const r = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .withFileCounts */ .d3)(progress, () => (0,_adapters_checkpoint_save_js__WEBPACK_IMPORTED_MODULE_3__/* .saveCheckpoint */ .s4)({
            store: (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .withArchiveProgress */ .u3)(store, progress),
            workspace: cwd,
            paths,
            id: name,
            ...(parent ? { parent } : {}),
            full: f.full === true,
            ...(exclude?.length ? { exclude } : {}),
            includeHidden,
            keyed,
            meta: { stage: (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(f, 'stage') ?? name, job: 'cli', runId: _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_8__/* .LOCAL_RUN_ID */ .Qk, attempt: 1, ...head },
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }));
        printSaved(r, f.json === true);
        return 0;
    }),
});
/** What a save did: one line (and one per keyed path), or the JSON result. */
function printSaved(r, asJson) {
    const m = r.manifest;
    if (asJson)
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .printJson */ .Q2)({
            id: m.id,
            kind: m.kind,
            parent: m.parent ?? null,
            files: r.files,
            bytes: r.bytes,
            stored: r.stored,
            storedBytes: r.storedBytes,
            deleted: m.deleted.length,
            leftOut: m.leftOut ?? 0,
            archive: m.archive,
            keyed: r.keyed ?? [],
            timings: m.timings,
        });
    (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .print */ .yy)(`${m.id}: ${m.kind}${m.parent ? ` on ${m.parent}` : ''}, ${r.files} files (${(0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(r.bytes)}), stored ${r.stored} entries (${(0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(r.storedBytes)}) in ${(0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .bytes */ .ee)(m.archive.size)} ${m.archive.compression}, ${m.deleted.length} deleted, ${m.timings.totalMs} ms`);
    for (const k of r.keyed ?? [])
        (0,_support_js__WEBPACK_IMPORTED_MODULE_5__/* .print */ .yy)(`  keyed ${k.path}: ${k.outcome} (${k.key})`);
}
/** `--keyed PATH=GLOB,GLOB` as the config's `checkpoint.keyed`, checked the same way. */
function keyedFlags(specs, verify, paths) {
    if (verify !== undefined && verify !== 'stat' && verify !== 'content')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb(`--keyed-verify '${verify}' is not valid; write stat or content`);
    const keyed = specs.map((spec) => {
        const at = spec.indexOf('=');
        const hashFiles = spec
            .slice(at + 1)
            .split(',')
            .filter(Boolean);
        if (at <= 0 || hashFiles.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb(`--keyed '${spec}' is not valid; write the directory, '=' and the files that decide it, e.g. --keyed node_modules=package-lock.json`);
        return { path: spec.slice(0, at), hashFiles, ...(verify ? { verify } : {}) };
    });
    const problem = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__/* .keyedPathProblems */ .Ak)(keyed, paths)[0];
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .eb(`--keyed '${specs[problem.index]}': ${problem.detail.replace('checkpoint.paths', '--paths')}`);
    return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__/* .normalKeyedPaths */ .Mf)(keyed);
}


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


/***/ })

};
