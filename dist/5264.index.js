export const id = 5264;
export const ids = [5264,6794];
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

/***/ 25264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCUMENT_VERSION: () => (/* binding */ DOCUMENT_VERSION),
/* harmony export */   documentCache: () => (/* binding */ documentCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _checkpoint_cache_transfer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56349);
/* harmony import */ var _checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66794);
/* harmony import */ var _job_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12461);
/**
 * Small JSON documents kept across runs in the cache service: the ledger and the flaky-test history. On
 * the cache service github.com runs (v2, through the Results service) a document is an entry of its own
 * bytes, under a version of our own, spoken to with the contract @actions/cache 6 uses
 * (checkpoint/cache-transfer.ts): main and post then neither load the cache client (its Azure and protobuf
 * code: 0.1 to 0.2 s each of a green job's main and post on the stand) nor spawn tar and zstd for a few KB,
 * and no runner's temp path goes into the version (the client hashes the paths it is given: a runner
 * whose RUNNER_TEMP differs never found another's entries). On GHES, whose service is v1 only, the cache
 * client keeps them as before, in `file`.
 */






/** The version of every document entry: no actions/cache entry is read as one, nor one as theirs. */
const DOCUMENT_VERSION = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update('ci-recovery document json-1').digest('hex');
/** Larger than any ledger or history this project writes (both are capped far below). */
const MAX_DOCUMENT_BYTES = 32 << 20;
/**
 * The cache this job can keep documents in: the service itself where it runs v2, else the cache client
 * (kept in `file`) where it offers one, else undefined.
 */
async function documentCache(file, env = (0,_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .readJobEnv */ .l)()) {
    if (!env.ghes && env.runtime.resultsUrl && env.runtime.token)
        return new ServiceDocuments(env);
    if (!env.runtime.cacheUrl && !env.runtime.resultsUrl)
        return undefined;
    // The client (with its Azure and protobuf code) loads only then: isFeatureAvailable needs one of the URLs.
    const cache = await Promise.all(/* import() */[__webpack_require__.e(1143), __webpack_require__.e(2830), __webpack_require__.e(2538), __webpack_require__.e(8091)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    return cache.isFeatureAvailable() ? new ClientDocuments(cache, file) : undefined;
}
class ServiceDocuments {
    env;
    constructor(env) {
        this.env = env;
    }
    guard() {
        return new _checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .StoreGuard */ .tl('the cache service', (0,_checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .stallMsOf */ ._Y)(this.env));
    }
    async restore(key, prefixes) {
        const g = this.guard();
        const found = await g.during(() => (0,_checkpoint_cache_transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .findCacheEntry */ .oX)(key, prefixes, DOCUMENT_VERSION, g));
        if (!found)
            return undefined;
        const bytes = await g.during(() => (0,_checkpoint_cache_transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .readCacheEntry */ .LE)(found.url, found.key, g, MAX_DOCUMENT_BYTES));
        return { key: found.key, text: bytes.toString('utf8') };
    }
    async save(key, text) {
        const g = this.guard();
        try {
            await g.during(() => (0,_checkpoint_cache_transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .uploadCacheEntry */ .os)(key, Buffer.from(text, 'utf8'), g, DOCUMENT_VERSION));
            return undefined;
        }
        catch (error) {
            // ok: false (another job's key, or a token that may only read): refused, not failed.
            if (error instanceof _checkpoint_cache_transfer_js__WEBPACK_IMPORTED_MODULE_3__/* .CacheKeyTakenError */ .t1)
                return error.message;
            throw error;
        }
    }
}
/** The cache client, for a service it speaks and we do not (GHES's v1): the document goes through `file`. */
class ClientDocuments {
    cache;
    file;
    constructor(cache, file) {
        this.cache = cache;
        this.file = file;
    }
    async restore(key, prefixes) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file), { recursive: true });
        const found = await this.cache.restoreCache([this.file], key, [...prefixes]);
        if (!found)
            return undefined;
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8').catch(() => '');
        return { key: found, text };
    }
    async save(key, text) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.file, text);
        const id = await this.cache.saveCache([this.file], key);
        return id === -1 ? 'see the cache messages above' : undefined;
    }
}


/***/ })

};
