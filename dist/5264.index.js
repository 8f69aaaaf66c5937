export const id = 5264;
export const ids = [5264];
export const modules = {

/***/ 25264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCUMENT_VERSION: () => (/* binding */ DOCUMENT_VERSION),
/* harmony export */   DocumentNotDownloadedError: () => (/* binding */ DocumentNotDownloadedError),
/* harmony export */   documentCache: () => (/* binding */ documentCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79716);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13302);
/**
 * Small JSON documents kept across runs in the cache service: the ledger and the flaky-test history. On
 * the cache service github.com runs (v2, through the Results service) a document is an entry of its own
 * bytes, under a version of our own, spoken to with the contract @actions/cache 6 uses
 * (checkpoint/cache-transfer.ts): main and post then neither load the cache client (its Azure and protobuf
 * code: 0.1 to 0.2 s each of a green job's main and post on the stand) nor spawn tar and zstd for a few KB,
 * and no runner's temp path goes into the version (the client hashes the paths it is given: a runner
 * whose RUNNER_TEMP differs never found another's entries). On GHES, whose service is v1 only, the cache
 * client keeps them as before, in `file`. Known limits there: a lookup that fails still reads as "none
 * found" (the client answers both with undefined, its warning the only difference), so a ledger is then
 * saved over; and an entry found and not downloaded is tried once more, then taken as lasting (the client
 * answers a network error or a 5xx as it does a corrupt archive or a blob gone), so a failure that outlasts
 * the second try is taken for one that never passes, and the ledger is replaced.
 */





/** The version of every document entry: no actions/cache entry is read as one, nor one as theirs. */
const DOCUMENT_VERSION = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update('ci-recovery document json-1').digest('hex');
/** Larger than any ledger or history this project writes (both are capped far below). */
const MAX_DOCUMENT_BYTES = 32 << 20;
/**
 * The cache this job can keep documents in: the service itself where it runs v2, else the cache client
 * (kept in `file`) where it offers one, else undefined.
 */
async function documentCache(file, env = (0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_4__/* .readJobEnv */ .l)()) {
    if (!env.ghes && env.runtime.resultsUrl && env.runtime.token)
        return new ServiceDocuments(env, await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_3__/* .load */ .H.cacheTransfer(), await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_3__/* .load */ .H.storeGuard());
    if (!env.runtime.cacheUrl && !env.runtime.resultsUrl)
        return undefined;
    // The client (with its Azure and protobuf code) loads only then: isFeatureAvailable needs one of the URLs.
    const cache = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(2830), __webpack_require__.e(5824), __webpack_require__.e(2301), __webpack_require__.e(8091), __webpack_require__.e(4167)]).then(__webpack_require__.bind(__webpack_require__, 18091));
    return cache.isFeatureAvailable() ? new ClientDocuments(cache, file) : undefined;
}
class ServiceDocuments {
    env;
    transfer;
    guards;
    constructor(env, transfer, guards) {
        this.env = env;
        this.transfer = transfer;
        this.guards = guards;
    }
    guard() {
        return new this.guards.StoreGuard('the cache service', this.guards.stallMsOf(this.env));
    }
    async restore(key, prefixes) {
        const found = await this.find(key, prefixes);
        return found && { key: found.key, text: await found.read() };
    }
    async find(key, prefixes) {
        const g = this.guard();
        const found = await g.during(() => this.transfer.findCacheEntry(key, prefixes, DOCUMENT_VERSION, g));
        if (!found)
            return undefined;
        // Its own guard: a read asked for later (post's, once the job turned out not green) is timed from then.
        const read = async () => {
            const r = this.guard();
            const bytes = await r.during(() => this.transfer.readCacheEntry(found.url, found.key, r, MAX_DOCUMENT_BYTES));
            return bytes.toString('utf8');
        };
        return { key: found.key, read };
    }
    async save(key, text) {
        const g = this.guard();
        const bytes = Promise.resolve(text).then((t) => Buffer.from(t, 'utf8'));
        bytes.catch(() => undefined); // awaited once the key is reserved, which reports it
        try {
            const url = await g.during(() => this.transfer.reserveCacheEntry(key, g, DOCUMENT_VERSION));
            // Outside the guard: waiting for the text (another service's read) is not this service's silence.
            const body = await bytes;
            await g.during(() => this.transfer.fillCacheEntry(url, key, body, g, DOCUMENT_VERSION));
            return undefined;
        }
        catch (error) {
            // ok: false (another job's key, or a token that may only read): refused, not failed.
            if (error instanceof this.transfer.CacheKeyTakenError)
                return error.message;
            throw error;
        }
    }
}
/**
 * An entry found that the cache client did not download, twice. Its message quotes no key (a key is anyone's
 * with write access to the cache): core/store-failure.ts reads its name, lasting.
 */
class DocumentNotDownloadedError extends Error {
    name = 'DocumentNotDownloadedError';
    constructor() {
        super('the entry was found, but the cache client did not download it, twice (its warnings above say why)');
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
        const found = await this.find(key, prefixes);
        return found && { key: found.key, text: await found.read() };
    }
    /**
     * A lookup first: the client answers a download that failed as "none found" (only its own warning says
     * otherwise), so the lookup tells "there is one" from "none", and `read` downloads it.
     */
    async find(key, prefixes) {
        const exists = await this.cache.restoreCache([this.file], key, [...prefixes], { lookupOnly: true });
        return exists === undefined ? undefined : { key: exists, read: () => this.download(key, prefixes) };
    }
    /**
     * The entry found, downloaded: tried twice, since the client answers a network error or a 5xx as it does
     * a corrupt archive or a blob gone (undefined); a second failure is taken as lasting (known limit).
     */
    async download(key, prefixes) {
        for (let attempt = 1;; attempt++) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file), { recursive: true });
            const found = await this.cache.restoreCache([this.file], key, [...prefixes]);
            // a restored file that cannot be read is an empty document, as a missing one
            if (found !== undefined)
                return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8').catch(() => '');
            if (attempt >= 2)
                throw new DocumentNotDownloadedError();
        }
    }
    async save(key, text) {
        // Awaited first: a `text` that rejects while the mkdir runs (or after it failed) would go unhandled.
        const body = await text;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(this.file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.file, body);
        const id = await this.cache.saveCache([this.file], key);
        return id === -1 ? 'see the cache messages above' : undefined;
    }
}


/***/ })

};
