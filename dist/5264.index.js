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
/* harmony import */ var _artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45113);
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
    const res = await (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('GetCacheEntryDownloadURL', { key, restore_keys: prefixes, version }, g, CACHE_SERVICE, ATTEMPTS);
    if (!res.ok || !res.signed_download_url || !res.matched_key)
        return undefined;
    (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSig */ .sy)(res.signed_download_url);
    return { key: res.matched_key, url: res.signed_download_url };
}
/** The entry's bytes as they download (resumed after a dropped connection, as an artifact's). */
function downloadCacheEntry(url, key, g) {
    return (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .streamBlob */ .cc)(url, `cache entry '${key}'`, g);
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
        created = await (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('CreateCacheEntry', { key, version }, g, CACHE_SERVICE, ATTEMPTS);
    }
    catch (error) {
        if (/\(409\)|already exists/i.test(error.message))
            throw new CacheKeyTakenError(error.message);
        throw error;
    }
    // The service answers ok: false for a key that is being, or was, saved by another job.
    if (!created.ok || !created.signed_upload_url)
        throw new CacheKeyTakenError(`the cache service did not reserve ${key}${created.message ? ` (${created.message})` : ''}`);
    (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .maskSig */ .sy)(created.signed_upload_url);
    const { size, sha256 } = await (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .stageBlocks */ .J1)(created.signed_upload_url, data, {
        blockSize: _artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_BLOCK_SIZE */ .gl,
        concurrency: _artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONCURRENCY */ .WH,
        contentType: 'application/octet-stream',
        g,
    });
    const finalized = await (0,_artifact_transfer_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('FinalizeCacheEntryUpload', { key, ...(size ? { size_bytes: String(size) } : {}), version }, g, CACHE_SERVICE, ATTEMPTS);
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
