export const id = 4385;
export const ids = [4385];
export const modules = {

/***/ 98846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ crashPoint)
/* harmony export */ });
/**
 * Fault injection for the crash and concurrency tests: with CI_RECOVERY_CRASH_AFTER=N in the environment,
 * the process kills itself with SIGKILL at the N-th crash point it passes (N from 1), the way a runner's
 * kill -9 or a lost machine would stop it; with CI_RECOVERY_PAUSE_AT=N it stops itself there (SIGSTOP)
 * until the test sends SIGCONT, alive and holding whatever it holds. Crash points sit between the steps a
 * save and a restore make on disk, so a test can stop them at every one of those instants, chosen by
 * counting, not by timing. Without the variables a crash point is two comparisons.
 */
const { CI_RECOVERY_CRASH_AFTER: crashAt, CI_RECOVERY_PAUSE_AT: pauseAt } = process.env;
const limit = Number(crashAt);
const pause = Number(pauseAt);
let passed = 0;
function crashPoint() {
    if (!(limit > 0 || pause > 0))
        return;
    passed++;
    if (limit > 0 && passed >= limit)
        process.kill(process.pid, 'SIGKILL');
    if (passed === pause)
        process.kill(process.pid, 'SIGSTOP');
}


/***/ }),

/***/ 84385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheKeyedStore: () => (/* binding */ CacheKeyedStore),
/* harmony export */   DirKeyedStore: () => (/* binding */ DirKeyedStore),
/* harmony export */   KEYED_DIR: () => (/* binding */ KEYED_DIR),
/* harmony export */   KEYED_ENTRY_GONE: () => (/* binding */ KEYED_ENTRY_GONE),
/* harmony export */   keyedStoreFor: () => (/* binding */ keyedStoreFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59062);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30538);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13302);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9498);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66906);
/**
 * The stores of keyed entries (checkpoint/ports/keyed-store.ts): the cache service, spoken to directly
 * (cache-transfer.ts) so that an entry is our own archive and manifest, never unpacked by anything but the
 * restore's own checks; and a directory beside a `dir:` store, for the CLI and tests. Nothing read from
 * either is trusted: the caller parses the manifest, and a restore checks the archive's digest and every
 * file against the manifest of the checkpoint that recorded the entry.
 */







// The cache service's transport (artifact-protocol.ts, @actions/http-client and the undici it imports
// at its top) is loaded at the first call: a save to a `dir:` store keys its entries on disk and never
// calls these.
const transfer = () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(9907)]).then(__webpack_require__.bind(__webpack_require__, 38413));
const cacheEntryUrl = async (...a) => (await transfer()).cacheEntryUrl(...a);
const readCacheEntry = async (...a) => (await transfer()).readCacheEntry(...a);
const downloadCacheEntry = async (...a) => (await transfer()).downloadCacheEntry(...a);
const uploadCacheEntry = async (...a) => (await transfer()).uploadCacheEntry(...a);
/** A keyed manifest larger than this is refused unread (46,734 entries take 6 MB). */
const MAX_MANIFEST_BYTES = 256 << 20;
/**
 * Why the cache service may not have an entry a checkpoint recorded: the scopes a run reads (docs,
 * "Restrictions for accessing a cache") and the two evictions ("Usage limits and eviction policy").
 */
const KEYED_ENTRY_GONE = "never published where this run may read: its own ref, its PR's base, the default branch; or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default";
/** The key of an entry's manifest: the archive's key and a suffix. */
const manifestKey = (key) => `${key}-manifest`;
/** Entries in the cache service: archive under the key, manifest under the key plus `-manifest`. */
class CacheKeyedStore {
    guard;
    readOnlyBecause;
    unreadableBecause;
    unsureOfWritesBecause;
    spec = 'cache';
    constructor(guard, readOnlyBecause, 
    /** Why entries are not read: ACTIONS_CACHE_MODE `none` or `write-only` (@actions/cache 6.3.0 reads none). */
    unreadableBecause, 
    /** Why a refused key may not be another job's: the runner did not say the cache mode. */
    unsureOfWritesBecause) {
        this.guard = guard;
        this.readOnlyBecause = readOnlyBecause;
        this.unreadableBecause = unreadableBecause;
        this.unsureOfWritesBecause = unsureOfWritesBecause;
    }
    async findManifest(key) {
        if (this.unreadableBecause)
            return undefined;
        const g = this.guard;
        const url = await g.during(() => cacheEntryUrl(manifestKey(key), g));
        if (!url || !(await g.during(() => cacheEntryUrl(key, g))))
            return undefined;
        return this.download(url, manifestKey(key));
    }
    /** A small entry, whole (a manifest). */
    async download(url, key) {
        const g = this.guard;
        return g.during(() => readCacheEntry(url, key, g, MAX_MANIFEST_BYTES));
    }
    publisher(key, id) {
        return new CachePublisher(this, key, id);
    }
    async fetchArchive(key, _id, file) {
        const g = this.guard;
        const url = await g.during(() => cacheEntryUrl(key, g));
        if (!url)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .NotFoundError */ .m_(`keyed entry ${key} is not in the cache service (${KEYED_ENTRY_GONE})`);
        return new CacheEntryReader(`cache:${key}`, file, url, key, g);
    }
}
/** A store that is not one for any other use than the one its class names. */
class OneUseStore {
    spec;
    constructor(spec) {
        this.spec = spec;
    }
    putArchive(_file, _data) {
        return Promise.reject(new Error(`${this.spec} is read only`));
    }
    putManifest(_id, _bytes) {
        return Promise.reject(new Error(`${this.spec} is read only`));
    }
    getArchive(file) {
        return Promise.reject(new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .NotFoundError */ .m_(`${this.spec} holds no '${file}'`));
    }
    getManifest(id) {
        return Promise.reject(new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .NotFoundError */ .m_(`${this.spec} holds no manifest of '${id}'`));
    }
    objects() {
        return Promise.resolve([]);
    }
    removeObject() {
        return Promise.resolve();
    }
}
/** One entry's archive as a store a restore reads it from (streamed; the restore checks its digest). */
class CacheEntryReader extends OneUseStore {
    file;
    url;
    key;
    g;
    constructor(spec, file, url, key, g) {
        super(spec);
        this.file = file;
        this.url = url;
        this.key = key;
        this.g = g;
    }
    async getArchive(file) {
        if (file !== this.file)
            return super.getArchive(file);
        // Watched until the stream closes: the download goes on while the restore reads it.
        const release = this.g.hold();
        try {
            const stream = await this.g.during(() => downloadCacheEntry(this.url, this.key, this.g));
            stream.once('close', release);
            return stream;
        }
        catch (error) {
            release();
            throw error;
        }
    }
}
/** Where a save writes an entry: the archive under the key as it is packed, then the manifest. */
class CachePublisher extends OneUseStore {
    cache;
    key;
    id;
    constructor(cache, key, id) {
        super(`cache:${key}`);
        this.cache = cache;
        this.key = key;
        this.id = id;
    }
    async upload(key, data) {
        const g = this.cache.guard;
        try {
            return await g.during(() => uploadCacheEntry(key, data, g));
        }
        catch (error) {
            // Nothing more is read: the packer stops instead of waiting for a reader (as the artifact upload does).
            if (!Buffer.isBuffer(data))
                data.destroy();
            if (error instanceof (await transfer()).CacheKeyTakenError)
                throw new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .CheckpointExistsError */ .V9(`${this.spec}: ${error.message}`);
            throw error;
        }
    }
    async putArchive(_file, data) {
        return this.upload(this.key, data);
    }
    /** Resolves with the sha256 the upload computed of `bytes`. */
    async putManifest(_id, bytes) {
        return (await this.upload(manifestKey(this.key), bytes)).sha256;
    }
    /** The entry's manifest when the key has one: a save then stops before packing (the key is taken). */
    async getManifest(id) {
        const g = this.cache.guard;
        const url = await g.during(() => cacheEntryUrl(manifestKey(this.key), g));
        if (!url || id !== this.id)
            return super.getManifest(id);
        return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)((await this.cache.download(url, manifestKey(this.key))).toString('utf8'), this.spec);
    }
}
/** Entries as directories `<dir>/<id>/` holding `<id>.tar.zst` and `<id>.manifest.json`: a `dir:` store's. */
class DirKeyedStore {
    dir;
    spec;
    constructor(dir) {
        this.dir = dir;
        this.spec = `dir:${dir}`;
    }
    async findManifest(_key, id) {
        try {
            const manifest = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id, `${id}${_store_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_SUFFIX */ .OK}`));
            // The entry's last use, as the cache service counts it: a cleanup keeps what saves still look up.
            const now = new Date();
            // best effort: the last-use time only orders clean-ups
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.utimes)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id), now, now).catch(() => undefined);
            return manifest;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    /** A directory store of its own: it claims the name, and never replaces a manifest that is there. */
    publisher(_key, id) {
        return new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id));
    }
    async fetchArchive(key, id, file) {
        const store = new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id));
        // an archive that cannot be stat'ed is not there: said in the next line
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(store.archivePath(file)).catch(() => undefined)))
            throw new _store_js__WEBPACK_IMPORTED_MODULE_5__/* .NotFoundError */ .m_(`keyed entry ${key} is not in ${this.spec}`);
        return store;
    }
    /**
     * Entry directories are the ones named like an entry id; anything else here, and a link in place of
     * the directory or of an entry, is left alone (a removal never follows a link out of the store).
     */
    async expire(opts) {
        // no store directory: nothing has expired
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(this.dir).catch(() => undefined))?.isDirectory())
            return [];
        const expired = [];
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.dir)).sort()) {
            if (!(0,_core_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyedId */ .Ko)(name) || opts.keep.has(name))
                continue;
            const entry = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, name);
            // an entry removed meanwhile has nothing to expire
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(entry).catch(() => undefined);
            if (!info?.isDirectory() || info.mtimeMs >= opts.unusedBefore)
                continue;
            expired.push(name);
            if (!opts.dryRun)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(entry, { recursive: true, force: true });
        }
        return expired;
    }
}
/** Where a `dir:` store keeps keyed entries: a dot name, which its listing and cleanup never take for a checkpoint. */
const KEYED_DIR = '.ci-recovery-keyed';
/**
 * The keyed store that goes with `store`: beside a directory store, its own directory; else the cache
 * service, where this job has one; else none.
 */
function keyedStoreFor(store, env = (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnv */ .l)()) {
    if (store instanceof _store_js__WEBPACK_IMPORTED_MODULE_5__/* .DirStore */ .VW)
        return new DirKeyedStore(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, KEYED_DIR));
    // The cache service (v2, the one github.com runs) is reached through the Results service; GHES runs
    // only v1 (@actions/cache falls back to it there: toolkit packages/cache/src/internal/config.ts).
    if (env.ghes || !env.runtime.resultsUrl || !env.runtime.token)
        return undefined;
    const access = (0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheAccess */ .nU)(env.cacheMode);
    const mode = `ACTIONS_CACHE_MODE=${env.cacheMode ?? ''}`;
    const readOnly = access.write
        ? undefined
        : access.read
            ? `this run's cache token is read-only (${mode})`
            : `this run may not use the cache (${mode})`;
    return new CacheKeyedStore(new _store_guard_js__WEBPACK_IMPORTED_MODULE_4__.StoreGuard('the cache service', (0,_store_guard_js__WEBPACK_IMPORTED_MODULE_4__.stallMsOf)(env)), readOnly, access.read ? undefined : `this run may not read the cache (${mode})`, access.known
        ? undefined
        : 'this run\u2019s cache token may not write (the runner set no ACTIONS_CACHE_MODE to say)');
}


/***/ }),

/***/ 32404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ DEBRIS_MAX_AGE_MS),
/* harmony export */   RT: () => (/* binding */ ownerGone),
/* harmony export */   o: () => (/* binding */ isDebris),
/* harmony export */   qE: () => (/* binding */ ownerTag)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which process a piece of unfinished work belongs to (a `.partial` file, a save's claim on a name, a
 * restore's staging directory), written into its name as `@<host>~<pid>`, so that cleanup and a later
 * restore can tell the debris of a killed process from work still in progress without a lock server.
 */

/** Anything unfinished and older than this is debris, whoever wrote it (a host we cannot ask, a reused pid). */
const DEBRIS_MAX_AGE_MS = 24 * 3_600_000;
const HOST = node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname().replace(/[^A-Za-z0-9.-]+/g, '-') || 'host';
/** This process, as it is written into names. */
function ownerTag(pid = process.pid) {
    return `@${HOST}~${pid}`;
}
const TAG = /@([A-Za-z0-9.-]+)~(\d+)/;
/**
 * True when the name carries an owner that is certainly gone: a process of this host that no longer
 * runs. A live pid, another host or no tag at all: not known to be gone (the age guard decides).
 */
function ownerGone(name) {
    const m = TAG.exec(name);
    if (!m || m[1] !== HOST)
        return false;
    const pid = Number(m[2]);
    if (pid === process.pid)
        return false;
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/** Whether unfinished work named `name`, last changed at `mtimeMs`, can be removed now. */
function isDebris(name, mtimeMs, now = Date.now()) {
    return ownerGone(name) || now - mtimeMs > DEBRIS_MAX_AGE_MS;
}


/***/ }),

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_STALL_MS: () => (/* binding */ DEFAULT_STALL_MS),
/* harmony export */   StoreGuard: () => (/* binding */ StoreGuard),
/* harmony export */   StoreStalledError: () => (/* binding */ StoreStalledError),
/* harmony export */   UNGUARDED: () => (/* binding */ UNGUARDED),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   endIfStoreGaveUp: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   stallMsOf: () => (/* binding */ stallMsOf),
/* harmony export */   stalledStores: () => (/* binding */ stalledStores)
/* harmony export */ });
/* harmony import */ var _ports_store_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19358);

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
class StoreStalledError extends _ports_store_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/**
 * A watchdog check this much later than its interval means this process did not run meanwhile (a loaded
 * runner, a long synchronous stretch): what the store sent in that time is still unread, so the time is not
 * the store's silence. Up to one stall limit of it is forgiven per silence.
 */
const STARVED_MS = 100;
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
    lastCheck = 0;
    /** Starved time taken off the current silence (reset by progress). */
    forgiven = 0;
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
        this.forgiven = 0;
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
            const every = Math.min(1000, Math.max(50, this.stallMs / 4));
            this.lastCheck = this.now();
            this.timer = setInterval(() => this.check(every), every);
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
    check(every) {
        const now = this.now();
        const late = now - this.lastCheck - every;
        this.lastCheck = now;
        if (this.busy === 0)
            return;
        if (late > STARVED_MS && this.forgiven < this.stallMs) {
            const forgive = Math.min(late, this.stallMs - this.forgiven);
            this.forgiven += forgive;
            this.last += forgive;
        }
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

/***/ 66906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ plantedObject),
/* harmony export */   OK: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_10__.OK),
/* harmony export */   V9: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_10__.V9),
/* harmony export */   VW: () => (/* binding */ DirStore),
/* harmony export */   m_: () => (/* reexport safe */ _ports_store_js__WEBPACK_IMPORTED_MODULE_10__.m_),
/* harmony export */   nn: () => (/* binding */ nameTaken)
/* harmony export */ });
/* unused harmony export storeFailure */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59062);
/* harmony import */ var _crash_points_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98846);
/* harmony import */ var _owner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32404);
/* harmony import */ var _runner_adapters_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39590);
/* harmony import */ var _runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34264);
/* harmony import */ var _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(90422);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(74296);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44076);
/**
 * Where checkpoints live. A checkpoint is two objects: the archive `<id>.tar.zst` (or `.tar.gz`) and the
 * manifest `<id>.manifest.json`, written last. Keeping the manifest apart lets `list`, `cleanup` and the
 * incremental parent lookup read a few kilobytes instead of whole archives, lets the manifest carry the
 * archive's own digest and size, and makes it the commit marker: an archive without a manifest is an
 * unfinished save and is never restored.
 *
 * A checkpoint is never replaced: others may be incremental on it, and a reader may be reading it. A save
 * refuses a name that already has a manifest, a directory store lets one process at a time save a name
 * (a claim file), and the manifest is linked into place only where no manifest is, so once a manifest is
 * visible its objects never change: readers need no lock, and a crash at any instant leaves either no
 * checkpoint of that name or the whole new one. What a killed save leaves (partial files, its claim, an
 * archive without manifest) carries its owner in its name or content, so cleanup can tell it from a save
 * in progress (owner.ts).
 */











// The interface and its errors are the store port's (src/checkpoint/ports/store.ts); kept here for the callers.

/**
 * A store object that is not a regular file: ci-recovery never writes one, so someone who can write the
 * store put it there. Nothing is read through it.
 */
function plantedObject(spec, name, what) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`'${name}' in the checkpoint store ${spec} is ${what}, which ci-recovery never writes: something else put it there. Remove it (and check who can write the store).`);
}
/** openRegularFile refused the object: not a regular file, or a link in a file's place. */
function isPlanted(error) {
    return error instanceof _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .NotRegularFileError */ .iZ || error.code === 'ELOOP';
}
/** The message for a name that is taken: checkpoints are never replaced. */
function nameTaken(id, spec, why = 'already exists') {
    return `checkpoint '${id}' ${why} in ${spec}; a checkpoint is never replaced (others may be incremental on it, or reading it): save under another name`;
}
const PARTIAL = '.partial-';
const CLAIM = '.saving';
/** The store-wide lock (DirStore.lock): a dot name, so no listing or cleanup takes it for an object. */
const LOCK = '.ci-recovery-store.lock';
/** How long a save's commit waits for a cleanup's deletions, and the pause between looks. */
const LOCK_WAIT_MS = 120_000;
const LOCK_POLL_MS = 50;
/** What to do about a file-system error of the store's own directory. */
function storeFix(code) {
    if (code === 'ENOSPC' || code === 'EDQUOT')
        return "the store's disk is full: free space there, or choose a store on another disk";
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
        return 'choose a directory this user can write';
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EEXIST')
        return 'choose a directory that can hold files (not a file, nor under /proc or /sys)';
    return 'check the directory, or choose another store';
}
/**
 * A failure of the store's own directory, said as such (which store, what it was doing, the fix), rather
 * than as a bare `ENOENT \u2026 .saving`: the user must tell a full or unwritable store from the workspace.
 */
function storeFailure(spec, doing, error) {
    const e = error;
    if (typeof e?.code !== 'string' || !e.syscall)
        return error;
    const detail = e.message.startsWith(e.code) ? e.message : `${e.code}: ${e.message}`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`cannot ${doing} in the checkpoint store ${spec} (${detail}): ${storeFix(e.code)}.`);
}
class DirStore {
    dir;
    spec;
    constructor(dir) {
        this.dir = dir;
        this.spec = `dir:${dir}`;
    }
    file(name) {
        if (name.includes('/') || name.includes('\\') || name.startsWith('.'))
            throw new Error(`invalid object name '${name}'`);
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name);
    }
    /**
     * Write to a temp name (owned: see owner.ts) and move it into place, so a crash never leaves a half
     * object under a real name. `commit` moves it: a rename, or a link that refuses an existing name.
     */
    async atomicWrite(name, write, commit = node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename) {
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${name}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-${Date.now()}`);
        try {
            await (0,_runner_adapters_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir);
            await write(tmp);
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
            await commit(tmp, this.file(name));
            (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
        }
        catch (error) {
            // Only the store's own files: a failing compressor upstream is not the store's fault.
            const at = error.path;
            throw at === undefined || at.startsWith(this.dir)
                ? storeFailure(this.spec, `write '${name}'`, error)
                : error;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        }
    }
    /**
     * Writes each chunk as it comes, hashing it on the way, and hands it back to a source that takes its
     * chunks back (the compressor's BlockOutput fills it again, instead of a fresh block each time).
     */
    async putArchive(file, data) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        await this.atomicWrite(file, async (tmp) => {
            const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
            try {
                for await (const chunk of data) {
                    hash.update(chunk);
                    size += chunk.length;
                    for (let at = 0; at < chunk.length;)
                        at += (await out.write(chunk, at)).bytesWritten;
                    data.recycle?.(chunk);
                }
            }
            finally {
                await out.close();
            }
        });
        return { sha256: hash.digest('hex'), size };
    }
    /**
     * The manifest is linked into place: unlike a rename, a link never replaces a manifest that is there
     * (copied exclusively where the file system has no hard links: platform.ts).
     */
    async putManifest(id, bytes) {
        await this.atomicWrite(`${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .MANIFEST_SUFFIX */ .OK}`, (tmp) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, bytes), async (tmp, to) => {
            try {
                await (0,_runner_adapters_platform_js__WEBPACK_IMPORTED_MODULE_7__/* .linkExclusive */ .jE)(tmp, to);
            }
            catch (error) {
                if (error.code === 'EEXIST')
                    throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .CheckpointExistsError */ .V9(nameTaken(id, this.spec));
                throw error;
            }
        });
    }
    /** A claim is the file `.<id>.saving`, made exclusively, holding its owner's tag. */
    async claim(id) {
        await (0,_runner_adapters_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.${id}${CLAIM}`);
        for (let tries = 0; tries < 3; tries++) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)(), { flag: 'wx' });
                (0,_crash_points_js__WEBPACK_IMPORTED_MODULE_4__/* .crashPoint */ .u)();
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, `claim the name '${id}'`, error);
            }
            if (!(await this.claimIsDebris(file)))
                break;
            // The claim of a save that was killed: taken over, moved aside first so two takers cannot both win.
            const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-stale`;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
        }
        // the lock's holder is named when it can be read, else "another process"
        const holder = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file).catch(() => '');
        throw new _ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .CheckpointExistsError */ .V9(nameTaken(id, this.spec, `is being saved by ${holder || 'another process'}`));
    }
    /**
     * The store-wide lock: the file LOCK made exclusively with its owner's tag; one left by a killed
     * process is taken over (as a claim is), one held by a live process is waited for.
     */
    async lock() {
        await (0,_runner_adapters_make_dirs_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDirs */ .X)(this.dir).catch((error) => {
            throw storeFailure(this.spec, 'make the directory', error);
        });
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, LOCK);
        const until = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)(), { flag: 'wx' });
                return () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(file, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw storeFailure(this.spec, 'lock', error);
            }
            if (await this.claimIsDebris(file)) {
                const aside = `${file}${PARTIAL}${(0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerTag */ .qE)()}-stale`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(file, aside).then(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(aside, { force: true }), () => undefined);
                continue;
            }
            if (Date.now() > until) {
                // the lock's holder is named when it can be read, else "another process"
                const holder = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file).catch(() => '');
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`the checkpoint store ${this.spec} has been locked by ${holder || 'another process'} (a cleanup) for over ${LOCK_WAIT_MS / 1000} s; try again once it is done, or remove ${file} if no ci-recovery runs`);
            }
            await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
        }
    }
    async claimIsDebris(file) {
        let holder = '';
        try {
            holder = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(file);
        }
        catch (error) {
            // A claim or lock is only ever a regular file: anything else (a planted FIFO, a link) is no one's.
            if (isPlanted(error))
                return true;
        }
        // the lock file is gone: not debris
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => undefined);
        return st !== undefined && (0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .isDebris */ .o)(holder, st.mtimeMs);
    }
    async unfinished() {
        const debris = [];
        const saving = new Set();
        // no store directory: no debris
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir).catch(() => []);
        for (const name of names) {
            if (!name.startsWith('.'))
                continue;
            // removed meanwhile: not debris
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)).catch(() => undefined);
            if (!st?.isFile())
                continue;
            if (name.includes(PARTIAL)) {
                if ((0,_owner_js__WEBPACK_IMPORTED_MODULE_5__/* .isDebris */ .o)(name, st.mtimeMs))
                    debris.push(name);
            }
            else if (name.endsWith(CLAIM)) {
                if (await this.claimIsDebris(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)))
                    debris.push(name);
                else
                    saving.add(name.slice(1, -CLAIM.length));
            }
        }
        return { debris: debris.sort(), saving };
    }
    async removeUnfinished(name) {
        if (!name.startsWith('.') || name.includes('/') || !(name.includes(PARTIAL) || name.endsWith(CLAIM)))
            throw new Error(`'${name}' is not an unfinished object`);
        // A claim is read again just before: its name may have been claimed again meanwhile.
        if (name.endsWith(CLAIM) && !(await this.claimIsDebris(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name))))
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name), { force: true });
    }
    archivePath(file) {
        return this.file(file);
    }
    /** The error for an object that open refused as not ours (not a regular file, a link); else undefined. */
    planted(error, name) {
        if (!isPlanted(error))
            return undefined;
        const link = error.code === 'ELOOP';
        return plantedObject(this.spec, name, link ? 'a symbolic link' : 'not a regular file');
    }
    async getArchive(file) {
        const p = this.file(file);
        const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .openRegularFile */ .ZU)(p).catch((error) => {
            throw (this.planted(error, file) ??
                new _ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .NotFoundError */ .m_(`checkpoint archive '${file}' is missing from ${this.spec}`));
        });
        return handle.createReadStream({ highWaterMark: 1 << 20 });
    }
    async getManifest(id) {
        const name = `${id}${_ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .MANIFEST_SUFFIX */ .OK}`;
        const p = this.file(name);
        const text = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readRegularFile */ .XF)(p).catch((error) => {
            throw (this.planted(error, name) ??
                new _ports_store_js__WEBPACK_IMPORTED_MODULE_10__/* .NotFoundError */ .m_(`no checkpoint named '${id}' in ${this.spec} (run 'ci-recovery list --store ${this.spec}' to see the names)`));
        });
        return (0,_core_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(text, p);
    }
    async objects() {
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir);
        }
        catch {
            // no store directory: no objects
            return [];
        }
        const out = [];
        for (const name of names.sort()) {
            if (name.startsWith('.'))
                continue;
            // removed meanwhile: not listed
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name)).catch(() => undefined);
            if (st?.isFile())
                out.push({ name, createdAt: st.mtime, size: st.size });
        }
        return out;
    }
    async removeObject(name) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file(name), { force: true });
    }
}


/***/ }),

/***/ 39590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Makes a directory and its missing parents one level at a time. Node's `mkdir(\u2026, { recursive: true })`
 * never returns for a path under /proc (it spins between ENOENT and EEXIST at full CPU), which hung a save
 * and a `restore --dest /proc/x` for good; one level at a time, such a path fails with ENOENT.
 */


async function makeDirs(dir) {
    const missing = [];
    // a path that cannot be lstat'ed is one to create
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir); !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(d).catch(() => undefined)); d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            break;
    }
    for (const d of missing)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(d).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
}


/***/ }),

/***/ 34264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ zstdInProcess),
/* harmony export */   g4: () => (/* binding */ posixPattern),
/* harmony export */   jE: () => (/* binding */ linkExclusive),
/* harmony export */   mb: () => (/* binding */ makeSymlink)
/* harmony export */ });
/* unused harmony export isWindows */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/**
 * What the action does differently on a Windows or macOS runner, in one place, so that no entry fails a
 * job because of the OS it runs on. Each helper either works the same everywhere or degrades to something
 * that still gives the same result (a copy instead of a link, node's own zstd instead of the binary), and
 * says so in its error when there is truly nothing left to fall back on.
 *
 * Manifest paths stay POSIX on every OS (scan.ts builds them with '/'); only the paths users type are
 * normalized here.
 */



const isWindows = (platform = process.platform) => platform === 'win32';
/** Error codes of a file system or OS that does not make hard links (FAT, exFAT, some SMB shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);
/**
 * Makes `to` hold the file `from`, never replacing an existing `to` (EEXIST, as `link` throws): a hard
 * link where the file system has them, else an exclusive copy (COPYFILE_EXCL refuses an existing name the
 * same way). The copy is not atomic: a crash in its middle leaves a partial file, which readers refuse as
 * unreadable rather than take for a good one.
 */
async function linkExclusive(from, to) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(from, to);
        return 'link';
    }
    catch (error) {
        if (!NO_HARD_LINKS.has(error.code ?? ''))
            throw error;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_EXCL);
    return 'copy';
}
/**
 * A symbolic link, with the reason spelled out where Windows refuses it: creating symlinks there needs
 * Developer Mode or an elevated runner (GitHub-hosted Windows runners have it; self-hosted ones may not).
 */
function makeSymlink(target, at, platform = process.platform) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(target, at);
    }
    catch (error) {
        if (isWindows(platform) && error.code === 'EPERM')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`this Windows runner may not create symbolic links (the checkpoint holds one at '${at}'): run the runner elevated or enable Developer Mode, as GitHub-hosted runners are`);
        throw error;
    }
}
/**
 * zstd decompression inside node (zlib's zstd, Node 22.15+ and the node24 the action runs on), for a
 * runner without the `zstd` binary (self-hosted Windows, a bare macOS): a `.tar.zst` checkpoint saved
 * elsewhere still restores, only on one core.
 */
function zstdInProcess(what) {
    // Loaded here, not at import: only a runner without the zstd binary needs it (compress.ts).
    const zlib = process.getBuiltinModule('node:zlib');
    const create = zlib.createZstdDecompress;
    if (!create)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what}: the checkpoint is zstd-compressed, and this runner has no 'zstd' on PATH and a Node without zstd (${process.version}): install zstd`);
    return create({ chunkSize: 256 * 1024 });
}
/**
 * A path or glob as a user typed it, with Windows separators made POSIX ('dist\out' -> 'dist/out') on
 * Windows, where the backslash is a separator (picomatch reads it so there too), not a glob escape.
 */
function posixPattern(p, platform = process.platform) {
    return isWindows(platform) ? p.replace(/\\/g, '/') : p;
}


/***/ }),

/***/ 90422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Opening a file that someone else could have planted. A plain open of a FIFO waits for a writer for ever,
 * in one of libuv's threads, where no budget or timer can interrupt it (even process.exit then waits for
 * the thread); and a link put in a file's place reads whatever it points at. So a file that does not come
 * from us is opened non-blocking (which changes nothing for a regular file), without following a link,
 * and used only when it is a regular file.
 */


/** The file is there, but is a FIFO, a socket, a device or a directory. */
class NotRegularFileError extends Error {
    path;
    code = 'ENOTREG';
    constructor(path) {
        super(`'${path}' is not a regular file`);
        this.path = path;
    }
}
// Not defined on Windows, where neither FIFOs nor this open blocks: no flag there.
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened for reading, if it is a regular file. Rejects with NotRegularFileError when it is not,
 * with ELOOP when it is a symbolic link, and as open does otherwise (ENOENT, EACCES).
 */
async function openRegularFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, FLAGS);
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    await handle.close();
    throw new NotRegularFileError(file);
}
/** The text of a file opened by openRegularFile. */
async function readRegularFile(file) {
    const handle = await openRegularFile(file);
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
