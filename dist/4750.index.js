export const id = 4750;
export const ids = [4750,6794];
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
/* harmony import */ var _adapters_checkpoint_local_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69760);
/* harmony import */ var _adapters_checkpoint_save_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48512);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47166);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24093);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(95377);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9851);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18881);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72020);

// The modules themselves, not the index: a save needs none of restore, resume or their git client.













const HELP = `usage: ci-recovery checkpoint --name NAME --paths P... [options]

Saves a checkpoint of the given paths. Incremental against the newest checkpoint of the same paths in
the store, unless --full or --parent is given.

  --store SPEC      dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_CLI_STORE */ .rp})
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
  --keyed-verify V  how P is compared with its entry: stat (default: path, type, mode, size, link
                    for an entry this save published; content for any other) or content (always)
  --cwd DIR         workspace (default: current directory)
  --json            machine-readable result on stdout

example:
  ci-recovery checkpoint --name before-tests --paths build node_modules`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_11__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .parseFlags */ .bQ)('checkpoint', argv, {
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
        const name = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'name');
        if (!name)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb("'--name' is required: the checkpoint's name, e.g. --name before-tests");
        if (!(0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .isValidId */ .Al)(name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`'--name ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(name)}' is not a valid name: use letters, digits, '.', '_' and '-' (at most 200).`);
        const reserved = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .reservedNameProblem */ .Vq)(name, '--name');
        if (reserved)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(reserved);
        const stage = stageFlag((0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'stage')) ?? name;
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'store'), env);
        const manifestCache = (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .cliManifestCache */ .ko)(store, env);
        const cwd = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve((0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'cwd') ?? process.cwd());
        const patterns = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(f, 'paths') ?? ['.'];
        const includeHidden = f['include-hidden-files'] === true;
        const resolved = (0,_adapters_checkpoint_path_globs_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCheckpointPaths */ .N)(cwd, patterns, { includeHidden });
        if (!resolved.roots.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UserError */ .yo(`No files match --paths ${patterns.join(' ')} in ${cwd}; nothing was saved.`);
        if (resolved.unmatched.length)
            process.stderr.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .inertText */ .UJ)(`warning: --paths that match nothing: ${resolved.unmatched.join(' ')}`) + '\n');
        const paths = resolved.roots;
        const keyed = keyedFlags((0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(f, 'keyed') ?? [], (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'keyed-verify'), paths);
        const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_9__/* .excludeFor */ .UP)((0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .list */ .p_)(f, 'exclude'), resolved.exclude, '--exclude');
        let parent = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .str */ .gx)(f, 'parent');
        if (!parent && !f.full)
            parent = await (0,_adapters_checkpoint_manage_js__WEBPACK_IMPORTED_MODULE_1__/* .newestCheckpointOver */ .TM)(store, paths, name, (id) => (0,_adapters_checkpoint_local_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .loadManifest */ .eY)(store, id, manifestCache, cwd));
        // The commit and branch it was taken at, as a job's checkpoint records them: the job's on a runner.
        // Off a runner, git is asked (its client loaded only then).
        const head = env.sha
            ? { commit: env.sha, ...(env.refName ? { branch: env.refName } : {}) }
            : await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3745), __webpack_require__.e(964), __webpack_require__.e(26), __webpack_require__.e(7668)]).then(__webpack_require__.bind(__webpack_require__, 40026))).gitHead(cwd);
        const logger = (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D7)(env.debug);
        const progress = (0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .progressOnTerminal */ .xt)('checkpoint', f.json === true, { countFiles: true });
        const r = await (0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .withFileCounts */ .d3)(progress, () => (0,_adapters_checkpoint_save_js__WEBPACK_IMPORTED_MODULE_4__/* .saveCheckpoint */ .s)({
            store: (0,_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .withArchiveProgress */ .u3)(store, progress),
            workspace: cwd,
            paths,
            id: name,
            ...(parent ? { parent } : {}),
            full: f.full === true,
            ...(exclude?.length ? { exclude } : {}),
            includeHidden,
            keyed,
            meta: { stage, job: 'cli', runId: _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_9__/* .LOCAL_RUN_ID */ .Qk, attempt: 1, ...head },
            ...(manifestCache ? { manifestCache } : {}),
            logger: { ...logger, info: () => undefined },
        }));
        printSaved(r, f.json === true);
        return 0;
    }),
});
/** What a save did: one line (and one per keyed path), or the JSON result. */
/** `--stage`, under the stage-name rules (a line break or a comma in it is a usage error naming the flag). */
function stageFlag(stage) {
    if (stage === undefined)
        return undefined;
    const problem = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .stageNameProblem */ .BM)(stage);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--stage '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_10__/* .inert */ .tJ)(stage)}' is not a valid stage name: ${problem}. Write one line of at most 100 characters without commas, e.g. --stage build.`);
    return stage;
}
function printSaved(r, asJson) {
    const m = r.manifest;
    if (asJson)
        return (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .printJson */ .Q2)({
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
    (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .print */ .yy)(`${m.id}: ${m.kind}${m.parent ? ` on ${m.parent}` : ''}, ${r.files} files (${(0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .bytes */ .ee)(r.bytes)}), stored ${r.stored} entries (${(0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .bytes */ .ee)(r.storedBytes)}) in ${(0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .bytes */ .ee)(m.archive.size)} ${m.archive.compression}, ${m.deleted.length} deleted, ${m.timings.totalMs} ms`);
    for (const k of r.keyed ?? [])
        (0,_support_js__WEBPACK_IMPORTED_MODULE_6__/* .print */ .yy)(`  keyed ${k.path}: ${k.outcome} (${k.key})`);
}
/** `--keyed PATH=GLOB,GLOB` as the config's `checkpoint.keyed`, checked the same way. */
function keyedFlags(specs, verify, paths) {
    if (verify !== undefined && verify !== 'stat' && verify !== 'content')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--keyed-verify '${verify}' is not valid; write stat or content`);
    const keyed = specs.map((spec) => {
        const at = spec.indexOf('=');
        const hashFiles = spec
            .slice(at + 1)
            .split(',')
            .filter(Boolean);
        if (at <= 0 || hashFiles.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--keyed '${spec}' is not valid; write the directory, '=' and the files that decide it, e.g. --keyed node_modules=package-lock.json`);
        return { path: spec.slice(0, at), hashFiles, ...(verify ? { verify } : {}) };
    });
    const problem = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .keyedPathProblems */ .Ak)(keyed, paths)[0];
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--keyed '${specs[problem.index]}': ${problem.detail.replace('checkpoint.paths', '--paths')}`);
    return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_8__/* .normalKeyedPaths */ .Mf)(keyed);
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
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56376);
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
    const reserved = name ? (0,_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .reservedNameProblem */ .Vq)(name, "input 'name'") : undefined;
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
