export const id = 1921;
export const ids = [1921,6794];
export const modules = {

/***/ 56349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ readCacheEntry),
/* harmony export */   eK: () => (/* binding */ cacheEntryUrl),
/* harmony export */   nC: () => (/* binding */ downloadCacheEntry),
/* harmony export */   oX: () => (/* binding */ findCacheEntry),
/* harmony export */   os: () => (/* binding */ uploadCacheEntry),
/* harmony export */   t1: () => (/* binding */ CacheKeyTakenError)
/* harmony export */ });
/* unused harmony export KEYED_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76482);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83552);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2674);
/**
 * Cache entries of the cache service (v2), spoken to directly with the contract @actions/cache 6 uses
 * (CacheService Twirp JSON: CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL; Azure
 * block blobs behind the signed URLs), but with our bytes as the entry: a keyed entry's archive goes up
 * as it is packed and comes down into the restore's own checks. @actions/cache would wrap it in a second
 * tar and unpack that with `tar -P` wherever its member names point, before anything could check it.
 */




const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';
/**
 * Two attempts (one retry, 3 s later), not the artifact client's five (26 s of backoff): a keyed entry
 * only saves time, and a save that waits on a failing cache service would cost more than it saves.
 */
const ATTEMPTS = 2;
/**
 * The version every keyed entry is saved and found under. The service scopes a key by its version
 * (@actions/cache hashes its paths and compressor into it); ours names the format instead, so that no
 * actions/cache entry is ever read as one of ours, nor ours as one of theirs.
 */
const KEYED_VERSION = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update('ci-recovery keyed entry keyed-1').digest('hex');
/** The signed URL of the entry under exactly `key`, or undefined when the cache has none. */
async function cacheEntryUrl(key, g) {
    const found = await findCacheEntry(key, [], KEYED_VERSION, g);
    return found?.key === key ? found.url : undefined;
}
/**
 * The entry under `key`, else the newest whose key starts with one of `prefixes` (the service's
 * restore_keys), of `version`: its key and signed URL, or undefined when the cache has none.
 */
async function findCacheEntry(key, prefixes, version, g) {
    const res = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('GetCacheEntryDownloadURL', { key, restore_keys: prefixes, version }, g, CACHE_SERVICE, ATTEMPTS);
    if (!res.ok || !res.signed_download_url || !res.matched_key)
        return undefined;
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSig */ .sy)(res.signed_download_url);
    return { key: res.matched_key, url: res.signed_download_url };
}
/** The entry's bytes as they download (resumed after a dropped connection, as an artifact's). */
function downloadCacheEntry(url, key, g) {
    return (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_3__/* .streamBlob */ .c)(url, `cache entry '${key}'`, g);
}
/** A small entry, whole (a manifest, a document); refused past `maxBytes`. */
async function readCacheEntry(url, key, g, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of await downloadCacheEntry(url, key, g)) {
        size += chunk.length;
        if (size > maxBytes)
            throw new Error(`cache entry ${key} is over ${maxBytes} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Another publisher holds the key: keys are immutable, and the entry is theirs. */
class CacheKeyTakenError extends Error {
    name = 'CacheKeyTakenError';
}
/**
 * Uploads `data` as the entry `key` (of `version`: a keyed entry's by default) while it is still being
 * produced; resolves with the size and sha256
 * of what was stored once the service finalized it. Rejects with CacheKeyTakenError when the key exists.
 */
async function uploadCacheEntry(key, data, g, version = KEYED_VERSION) {
    let created;
    try {
        created = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('CreateCacheEntry', { key, version }, g, CACHE_SERVICE, ATTEMPTS);
    }
    catch (error) {
        if (/\(409\)|already exists/i.test(error.message))
            throw new CacheKeyTakenError(error.message);
        throw error;
    }
    // The service answers ok: false for a key that is being, or was, saved by another job.
    if (!created.ok || !created.signed_upload_url)
        throw new CacheKeyTakenError(`the cache service did not reserve ${key}${created.message ? ` (${created.message})` : ''}`);
    (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSig */ .sy)(created.signed_upload_url);
    const { size, sha256 } = await (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .stageBlocks */ .J1)(created.signed_upload_url, data, {
        blockSize: _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BLOCK_SIZE */ .gl,
        concurrency: _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCURRENCY */ .WH,
        contentType: 'application/octet-stream',
        g,
    });
    const finalized = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('FinalizeCacheEntryUpload', { key, ...(size ? { size_bytes: String(size) } : {}), version }, g, CACHE_SERVICE, ATTEMPTS);
    if (!finalized.ok)
        throw new Error(`the cache service did not finalize ${key}`);
    return { size, sha256 };
}


/***/ }),

/***/ 91921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheKeyedStore: () => (/* binding */ CacheKeyedStore),
/* harmony export */   _A: () => (/* binding */ KEYED_ENTRY_GONE),
/* harmony export */   keyedStoreFor: () => (/* binding */ keyedStoreFor)
/* harmony export */ });
/* unused harmony exports DirKeyedStore, KEYED_DIR */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18881);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30538);
/* harmony import */ var _job_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12461);
/* harmony import */ var _cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56349);
/* harmony import */ var _store_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66794);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47498);
/**
 * The stores of keyed entries (ports/keyed-store.ts): the cache service, spoken to directly
 * (cache-transfer.ts) so that an entry is our own archive and manifest, never unpacked by anything but the
 * restore's own checks; and a directory beside a `dir:` store, for the CLI and tests. Nothing read from
 * either is trusted: the caller parses the manifest, and a restore checks the archive's digest and every
 * file against the manifest of the checkpoint that recorded the entry.
 */








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
    spec = 'cache';
    constructor(guard, readOnlyBecause) {
        this.guard = guard;
        this.readOnlyBecause = readOnlyBecause;
    }
    async findManifest(key) {
        const g = this.guard;
        const url = await g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheEntryUrl */ .eK)(manifestKey(key), g));
        if (!url || !(await g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheEntryUrl */ .eK)(key, g))))
            return undefined;
        return this.download(url, manifestKey(key));
    }
    /** A small entry, whole (a manifest). */
    async download(url, key) {
        const g = this.guard;
        return g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .readCacheEntry */ .LE)(url, key, g, MAX_MANIFEST_BYTES));
    }
    publisher(key, id) {
        return new CachePublisher(this, key, id);
    }
    async fetchArchive(key, _id, file) {
        const g = this.guard;
        const url = await g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheEntryUrl */ .eK)(key, g));
        if (!url)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`keyed entry ${key} is not in the cache service (${KEYED_ENTRY_GONE})`);
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
        return Promise.reject(new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`${this.spec} holds no '${file}'`));
    }
    getManifest(id) {
        return Promise.reject(new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`${this.spec} holds no manifest of '${id}'`));
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
            const stream = await this.g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadCacheEntry */ .nC)(this.url, this.key, this.g));
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
            return await g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadCacheEntry */ .os)(key, data, g));
        }
        catch (error) {
            // Nothing more is read: the packer stops instead of waiting for a reader (as the artifact upload does).
            if (!Buffer.isBuffer(data))
                data.destroy();
            if (error instanceof _cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .CacheKeyTakenError */ .t1)
                throw new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .CheckpointExistsError */ .V9(`${this.spec}: ${error.message}`);
            throw error;
        }
    }
    async putArchive(_file, data) {
        return this.upload(this.key, data);
    }
    async putManifest(_id, bytes) {
        await this.upload(manifestKey(this.key), bytes);
    }
    /** The entry's manifest when the key has one: a save then stops before packing (the key is taken). */
    async getManifest(id) {
        const g = this.cache.guard;
        const url = await g.during(() => (0,_cache_transfer_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheEntryUrl */ .eK)(manifestKey(this.key), g));
        if (!url || id !== this.id)
            return super.getManifest(id);
        return (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)((await this.cache.download(url, manifestKey(this.key))).toString('utf8'), this.spec);
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
            const manifest = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id, `${id}${_store_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_SUFFIX */ .OK}`));
            // The entry's last use, as the cache service counts it: a cleanup keeps what saves still look up.
            const now = new Date();
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
        return new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id));
    }
    async fetchArchive(key, id, file) {
        const store = new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .DirStore */ .VW(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, id));
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(store.archivePath(file)).catch(() => undefined)))
            throw new _store_js__WEBPACK_IMPORTED_MODULE_7__/* .NotFoundError */ .m_(`keyed entry ${key} is not in ${this.spec}`);
        return store;
    }
    /**
     * Entry directories are the ones named like an entry id; anything else here, and a link in place of
     * the directory or of an entry, is left alone (a removal never follows a link out of the store).
     */
    async expire(opts) {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(this.dir).catch(() => undefined))?.isDirectory())
            return [];
        const expired = [];
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.dir)).sort()) {
            if (!(0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isKeyedId */ .Ko)(name) || opts.keep.has(name))
                continue;
            const entry = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.dir, name);
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
function keyedStoreFor(store, env = (0,_job_env_js__WEBPACK_IMPORTED_MODULE_4__/* .readJobEnv */ .l)()) {
    if (store instanceof _store_js__WEBPACK_IMPORTED_MODULE_7__/* .DirStore */ .VW)
        return new DirKeyedStore(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(store.dir, KEYED_DIR));
    // The cache service (v2, the one github.com runs) is reached through the Results service; GHES runs
    // only v1 (@actions/cache falls back to it there: toolkit packages/cache/src/internal/config.ts).
    if (env.ghes || !env.runtime.resultsUrl || !env.runtime.token)
        return undefined;
    const readOnly = (0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheWritable */ .Lf)(env.cacheMode)
        ? undefined
        : `this run's cache token is read-only (ACTIONS_CACHE_MODE=${env.cacheMode ?? ''})`;
    return new CacheKeyedStore(new _store_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .StoreGuard */ .tl('the cache service', (0,_store_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .stallMsOf */ ._Y)(env)), readOnly);
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


/***/ })

};
