export const id = 9668;
export const ids = [9668,9498,9907];
export const modules = {

/***/ 72811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ artifactServiceAvailable)
/* harmony export */ });
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13302);
/**
 * Whether the job has the Results service, apart from the protocol (artifact-protocol.ts): asking must
 * not load `@actions/http-client` and the undici it imports at its top (about 0.1 s of CPU per process),
 * which a save to a `dir:` store off a runner never uses.
 */

/** Whether this process runs in a job that can upload artifacts (the runner gave it the Results service). */
function artifactServiceAvailable() {
    const { token, resultsUrl } = (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_0__/* .readJobEnv */ .l)().runtime;
    return Boolean(token && resultsUrl);
}


/***/ }),

/***/ 38413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheEntryTooLargeError: () => (/* binding */ CacheEntryTooLargeError),
/* harmony export */   CacheKeyTakenError: () => (/* binding */ CacheKeyTakenError),
/* harmony export */   KEYED_VERSION: () => (/* binding */ KEYED_VERSION),
/* harmony export */   cacheEntryUrl: () => (/* binding */ cacheEntryUrl),
/* harmony export */   downloadCacheEntry: () => (/* binding */ downloadCacheEntry),
/* harmony export */   fillCacheEntry: () => (/* binding */ fillCacheEntry),
/* harmony export */   findCacheEntry: () => (/* binding */ findCacheEntry),
/* harmony export */   readCacheEntry: () => (/* binding */ readCacheEntry),
/* harmony export */   reserveCacheEntry: () => (/* binding */ reserveCacheEntry),
/* harmony export */   uploadCacheEntry: () => (/* binding */ uploadCacheEntry)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58098);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90338);
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
    return (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_2__/* .streamBlob */ .c)(url, `cache entry '${key}'`, g);
}
/** A small entry, whole (a manifest, a document); refused past `maxBytes`. */
async function readCacheEntry(url, key, g, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of await downloadCacheEntry(url, key, g)) {
        size += chunk.length;
        if (size > maxBytes)
            throw new CacheEntryTooLargeError(key, maxBytes);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * An entry past the cap: it is so on every try. Named (core/store-failure.ts reads the name, never the
 * message, whose key anyone with write access to the cache could have chosen).
 */
class CacheEntryTooLargeError extends Error {
    name = 'CacheEntryTooLargeError';
    constructor(key, maxBytes) {
        super(`cache entry ${key} is over ${maxBytes} bytes`);
    }
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
    return fillCacheEntry(await reserveCacheEntry(key, g, version), key, data, g, version);
}
/**
 * Reserves the entry `key` (of `version`): the signed URL its bytes go to (fillCacheEntry). Rejects with
 * CacheKeyTakenError when the key exists. Apart from the fill so that a caller can make the bytes
 * meanwhile, and wait for them outside its guard: that wait is not the service's silence.
 */
async function reserveCacheEntry(key, g, version = KEYED_VERSION) {
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
    return created.signed_upload_url;
}
/** Uploads `data` to the entry reserved at `url` and finalizes it: its size and sha256. */
async function fillCacheEntry(url, key, data, g, version = KEYED_VERSION) {
    // Loaded here, not at the top: main and post read cache entries on every job and upload on few.
    const { stageBlocks, DEFAULT_BLOCK_SIZE, DEFAULT_CONCURRENCY } = await __webpack_require__.e(/* import() */ 8080).then(__webpack_require__.bind(__webpack_require__, 28080));
    const { size, sha256 } = await stageBlocks(url, data, {
        blockSize: DEFAULT_BLOCK_SIZE,
        concurrency: DEFAULT_CONCURRENCY,
        contentType: 'application/octet-stream',
        g,
    });
    const finalized = await (0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .twirp */ .lo)('FinalizeCacheEntryUpload', { key, ...(size ? { size_bytes: String(size) } : {}), version }, g, CACHE_SERVICE, ATTEMPTS);
    if (!finalized.ok)
        throw new Error(`the cache service did not finalize ${key}`);
    return { size, sha256 };
}


/***/ }),

/***/ 87841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   _U: () => (/* binding */ collectAll),
/* harmony export */   np: () => (/* binding */ leaveTopTierOut),
/* harmony export */   qO: () => (/* binding */ youngGcPacer)
/* harmony export */ });
/* unused harmony exports maglevRuns, youngCollector, COLLECT_FROM_ENTRIES */
// Loaded at their first use, not with this file: the cache transfer's chunk holds it, and main and post of
// every job load that chunk for the ledger's and the flaky history's reads, which set no flag (node:v8 alone
// costs them ~2 ms of CPU to load).
const v8 = () => process.getBuiltinModule('node:v8');
const vm = () => process.getBuiltinModule('node:vm');
let applied = false;
/**
 * Keeps V8's young generation at its starting size for the rest of the process. A checkpoint streams
 * hundreds of megabytes and makes tens of thousands of short-lived objects; under that allocation rate V8
 * keeps doubling the young generation, and the process ends up ~80 MB larger for no measurable gain in
 * speed: a dir-store restore of 40,000 files / 574 MiB peaked at 240-256 MB without it and 162-166 MB with
 * it, CPU time within noise (three runs each, the flag set through `node --import`, Node 24).
 * The growth factor is read at each scavenge, so setting it after start-up takes effect.
 */
function keepYoungGenerationSmall() {
    if (applied)
        return;
    applied = true;
    v8().setFlagsFromString('--semi-space-growth-factor=1');
}
/**
 * Whether leaving TurboFan out keeps hot code at Maglev. Maglev runs by default from Node 22 (V8 12);
 * Node 20 has it off, and there `--no-turbofan` would leave the save's hot loops in the baseline tier.
 */
function maglevRuns(nodeVersion, execArgv) {
    const major = Number(/^v?(\d+)\./.exec(nodeVersion)?.[1] ?? 0);
    return major >= 22 && !execArgv.includes('--no-maglev');
}
/**
 * Leaves V8's optimizing compiler (TurboFan) out for the rest of the process: functions that get hot stay
 * at Maglev, the tier below. For a process that ends after one save or restore (the CLI's `checkpoint` and
 * `restore`, the `checkpoint/` and `restore/` steps): such a process makes hundreds of functions hot at
 * once (its own, node's streams, fs and HTTP), and TurboFan compiled 74 of them during a restore of 20,000
 * files, ~0.2 s of a V8 thread's CPU, for code that then ran about a second (docs/benchmarks.md, "A full
 * checkpoint's CPU"). Never turned back on, and not used where the process goes on (`run/`, main, post):
 * turning TurboFan on at run time crashes a process started with `--jitless`, which NODE_OPTIONS allows.
 */
function leaveTopTierOut() {
    if (maglevRuns(process.version, process.execArgv))
        v8().setFlagsFromString('--no-turbofan');
}
let gcFunction;
/** V8's own `gc`, or null where it cannot be had. */
function exposedGc() {
    if (gcFunction !== undefined)
        return gcFunction;
    try {
        // The flag puts `gc` into contexts made after it is set; this process's own stays as it was.
        v8().setFlagsFromString('--expose-gc');
        const gc = vm().runInNewContext('gc');
        gcFunction = typeof gc === 'function' ? gc : null;
    }
    catch {
        // gc not exposed (no --expose-gc): the heap is left to V8
        gcFunction = null;
    }
    return gcFunction;
}
/** V8's collector, asked for the young generation only; null where it cannot be had. */
function youngCollector() {
    const gc = exposedGc();
    return gc && (() => gc({ type: 'minor' }));
}
/**
 * Below this many entries a manifest leaves too little behind for a full collection to pay: its download
 * and text are a few MB at most (a 40,000-entry manifest is ~6 MB), and on a fresh process's heap each
 * forced mark-compact cost 13-39 ms of CPU, two of them ~15 % of a one-file restore's (docs/benchmarks.md,
 * "A full restore's wall time against its CPU"). Past it the collections below keep the peak down.
 */
const COLLECT_FROM_ENTRIES = 5_000;
/**
 * One full collection, between phases of a restore of `entries` entries, when there are at least
 * COLLECT_FROM_ENTRIES of them. After the restore is planned, before the download:
 * parsing the manifest leaves its text and raw columns behind in the old generation, and with the young
 * generation paced (youngGcPacer) no mark-compact comes during the extraction to free them. Restoring
 * 665 MB peaked at 144-152 MiB with it and 156-174 MiB without, in the same time (5 interleaved runs
 * each). And once the manifest is read, before planning: its download (about three times its 6 MB, in
 * Buffers outside the heap) was freed or not by chance, and the peak while planning was 121-132 MiB
 * without this collection, 120-121 MiB with it (3 interleaved runs each). Does nothing where V8's gc
 * cannot be had.
 */
function collectAll(entries, gc = exposedGc) {
    if (entries >= COLLECT_FROM_ENTRIES)
        gc()?.({ type: 'major' });
}
/**
 * Returns a counter of downloaded bytes that collects the young generation every `every` bytes.
 * Node's HTTP client allocates every body chunk twice outside V8's heap (the socket read, then the
 * parser's copy). While this thread is busy extracting it allocates little inside the heap, so the
 * scavenges that would free those Buffers cheaply hardly ever come, and V8 answers the growing external
 * memory with full mark-compacts instead: 22 of them while restoring a 221 MB archive, each walking the
 * whole heap, at a mutator utilization down to 75%. With one scavenge per 8 MiB a single mark-compact
 * was left, and the restore's user CPU went from 3.54-4.36 s to 3.20-3.58 s (4 interleaved runs each).
 */
function youngGcPacer(every = 8 << 20, collect, make = youngCollector) {
    let since = 0;
    // Made at the first collection: a download under `every` bytes never builds gc's context (node:vm).
    let collector = collect;
    return (bytes) => {
        since += bytes;
        if (since < every)
            return;
        since = 0;
        if (collector === undefined)
            collector = make();
        collector?.();
    };
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

/***/ 19358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V9: () => (/* binding */ CheckpointExistsError),
/* harmony export */   bJ: () => (/* binding */ FinalizeRefusedError),
/* harmony export */   m_: () => (/* binding */ NotFoundError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The stores' errors, apart from store.ts: the store guard (loaded by every job that reads the cache
 * service) names NotFoundError, and store.ts imports the engine's core to parse manifests. store.ts
 * exports them as before.
 */

/** A checkpoint or archive the store does not have. */
class NotFoundError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'NotFoundError';
}
/** A save under a name the store already has (or that another process is saving right now). */
class CheckpointExistsError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'CheckpointExistsError';
}
/**
 * The store wrote the object's bytes but refused to commit it (the Results service's `FinalizeArtifact`
 * answering 403, which its client never retries). The name stays reserved for the rest of the job attempt
 * (a second upload under it meets 409), so only a save under another name can succeed.
 */
class FinalizeRefusedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    object;
    name = 'FinalizeRefusedError';
    constructor(
    /** The object (artifact) whose finalize was refused. */
    object, message) {
        super(message);
        this.object = object;
    }
}


/***/ })

};
