export const id = 6270;
export const ids = [6270];
export const modules = {

/***/ 26270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ documentCache),
  ledgerDirIn: () => (/* binding */ ledgerDirIn),
  restoreLedger: () => (/* binding */ restoreLedger),
  restoreLedgerForGreenPass: () => (/* binding */ restoreLedgerForGreenPass),
  saveLedger: () => (/* binding */ saveLedger)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/store-failure.ts
/**
 * Whether a failure to download a stored document (the ledger) found by a lookup may pass on a later try:
 * then what this job would save is built on nothing and must not replace it. One that fails the same way
 * every time (a 4xx from storage, the size cap, an archive the cache client cannot unpack) must not block
 * every later save: the entry never becomes readable, and is replaced. A failed lookup is not for this:
 * it says nothing of the entry (the ledger store leaves the ledger unread whatever the failure).
 *
 * By shape, not `instanceof` (pure, and a bundle chunk may hold its own copy of a class): the errors of the
 * cache transfer (checkpoint/adapters: TwirpStatusError's `status`, a blob download's "blob storage: 503",
 * a Twirp call's "(503)" and "after 2 attempts", a socket's `code`, the store guard's StoreStalledError,
 * the size cap's CacheEntryTooLargeError) and of any deadline, walked down their `cause`s. The found
 * key is anyone's with write access to the cache's scope (the service's `matched_key`): the caller passes
 * it as `quoted`, and it is cut out of every message before one is read.
 */
/** Errors of a connection, not of what is stored (Node's, undici's, and the cache transfer's messages). */
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'ENETDOWN',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'EPROTO',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
const PASSING_NAMES = new Set(['StoreStalledError', 'TimeoutError', 'AbortError']);
/** What is stored fails so on every try, whatever its message quotes. */
const LASTING_NAMES = new Set(['CacheEntryTooLargeError', 'DocumentNotDownloadedError']);
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const PASSING_TEXT = [
    new RegExp(`(?:^|[\\s:(])(?:${[...NETWORK_CODES].join('|')})\\b`),
    /socket hang up|timed out|time limit|given up|network timeout|Premature close/i,
    // @actions/http-client's socket timeout; a body cut short (artifact-download.ts streamBlob)
    /\bRequest timeout: |\bthe body ended after \d+ of \d+ bytes\b/,
    // a Twirp call retried to the end (5xx, 429, an unparsable body, a dropped connection)
    /Failed to make request after \d+ attempts/,
];
const passingStatus = (status) => status === 408 || status === 429 || (status >= 500 && status < 600);
/** The HTTP status an error carries: a `status`/`statusCode` field, else one its message names. */
function statusOf(error, message) {
    for (const field of ['status', 'statusCode']) {
        const value = error[field];
        if (typeof value === 'number' && value >= 100 && value < 600)
            return value;
    }
    const named = /blob storage: (\d{3})\b|Failed request: \((\d{3})\)|\bHTTP (?:status )?(\d{3})\b/.exec(message);
    const digits = named?.slice(1).find((d) => d !== undefined);
    return digits === undefined ? undefined : Number(digits);
}
/**
 * True when the read may succeed later (the time limit, a network error, a 408, 429 or 5xx from the cache
 * service or blob storage); false when it failed on what is stored, or in a way not known to pass.
 * `quoted`: text a message may quote that is not the failure's (the found key), cut out before reading.
 */
function readFailureMayPass(error, quoted = []) {
    const cut = quoted.filter((q) => q !== '');
    const own = (text) => cut.reduce((t, q) => t.split(q).join(' '), text);
    // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
    const mayPass = (at, depth) => {
        if (depth >= 8 || at === undefined || at === null)
            return false;
        if (typeof at === 'string')
            return PASSING_TEXT.some((re) => re.test(own(at)));
        if (typeof at !== 'object')
            return false;
        const name = at.name;
        if (typeof name === 'string' && LASTING_NAMES.has(name))
            return false;
        if (typeof name === 'string' && PASSING_NAMES.has(name))
            return true;
        const code = at.code;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return true;
        const raw = at.message;
        const message = own(typeof raw === 'string' ? raw : '');
        // The outermost status decides: a 404 wrapped around nothing else is the entry gone, for good.
        const status = statusOf(at, message);
        if (status !== undefined)
            return passingStatus(status);
        if (PASSING_TEXT.some((re) => re.test(message)))
            return true;
        // Node's connect with several addresses (autoSelectFamily) fails with an AggregateError of each one's.
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}

// EXTERNAL MODULE: ./src/core/job-env.ts
var job_env = __webpack_require__(30538);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(32558);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/adapters/ledger-store.ts
/**
 * The ledger kept across runs in the cache service (document-cache.ts): a new key per run attempt (keys
 * are immutable), restored by the branch's key prefix (the newest entry wins). Save and restore never
 * throw: the ledger is memory for better decisions, never a reason to fail a job. A ledger not read this
 * time is `unread`, not empty: saved over, the branch's history would be lost. So is every failed lookup (it
 * says nothing of the entry), and a cache token that may not read (ACTIONS_CACHE_MODE=write-only). A found
 * entry whose download fails so on every try (its blob gone, over the size cap, on GHES one the cache client
 * did not download twice), or downloaded and not one this version reads, is replaced, with a warning naming
 * its key: refused, it would block the branch's ledger for good; one that may pass (the time limit, the
 * network, a 408, 429 or 5xx: core/store-failure.ts, which never reads the key) leaves it unread. Known
 * limits, both GHES's (document-cache.ts): a failed lookup reads as "none found", and a download failure
 * that may pass but fails twice is taken as lasting; the branch's history is then saved over.
 */






/**
 * The document cache (also the flaky-test history's), imported when first asked for: post imports this
 * store and the history's at once, and jest's ESM linker fails a module that two dynamic imports in flight
 * reach by different paths ("is not linked").
 */
const documentCache = async (file) => (await __webpack_require__.e(/* import() */ 5264).then(__webpack_require__.bind(__webpack_require__, 25264))).documentCache(file);
const FILE = 'ledger.json';
/** The ledger's directory under a runner temp directory. */
function ledgerDirIn(runnerTemp) {
    return external_node_path_default().join(runnerTemp, 'ci-recovery', 'ledger');
}
/** The branch's newest ledger, an empty one when none is kept, or an `unread` one (with a warning). */
async function restoreLedger(location, logger) {
    const found = await findLedger(location, logger, undefined);
    return 'leftUnread' in found ? found.read() : found;
}
/**
 * As `restoreLedger`, but a ledger whose key rules out that `pass` (a green job's, as its ledger entry would
 * carry it) would be recorded is not downloaded: a green job's post learns that from the lookup alone.
 */
function restoreLedgerForGreenPass(location, logger, pass) {
    return findLedger(location, logger, pass);
}
async function findLedger(location, logger, pass) {
    const file = external_node_path_default().join(location.dir, FILE);
    // Not looked up is not "none": the branch may have a history, which an empty one saved would bury.
    if (!(0,job_env/* cacheReadable */.zP)(location.cacheMode)) {
        const why = `this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${(0,core_text/* inert */.tJ)(location.cacheMode ?? '')})`;
        logger.info(`ci-recovery: ${why}: going on without the ledger, and saving none.`);
        return { ledger: (0,core_ledger/* emptyLedger */.Hg)(location.branch), unread: why };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,core_ledger/* emptyLedger */.Hg)(location.branch) };
        }
        const found = await cache.find((0,core_ledger/* ledgerKey */.lj)(location.branch, location.runId, location.attempt, location.job), [(0,core_ledger/* ledgerKeyPrefix */.pD)(location.branch)]);
        if (!found) {
            // Not a failure: a branch's first run, or its entries evicted (docs, "Usage limits and eviction policy").
            logger.info(`ci-recovery: no ledger of branch ${(0,core_text/* inert */.tJ)(location.branch)} in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.`);
            return { ledger: (0,core_ledger/* emptyLedger */.Hg)(location.branch) };
        }
        const read = async () => {
            const key = (0,core_text/* inert */.tJ)(found.key);
            // A download that may pass on a later try throws (unread: the entry may be fine, and saved over it
            // would be lost); one that fails on what is stored (gone, over the cap) fails so every time: replaced.
            // The key (anyone's with write access to the cache) is no evidence: cut out of what is classified.
            const text = await found.read().catch((error) => {
                if (readFailureMayPass(error, [found.key, key]))
                    throw error;
                logger.warning(`ci-recovery: the ledger under cache key ${key} could not be downloaded (${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}), and never will be: it is replaced by a new one.`);
                return undefined;
            });
            if (text === undefined)
                return { ledger: (0,core_ledger/* emptyLedger */.Hg)(location.branch), key: found.key };
            const { ledger, problem } = (0,core_ledger/* parseLedger */.h8)(text, location.branch);
            // Downloaded and nothing in it to read (empty, not JSON, another version, every record malformed): it
            // never will be, so a new one replaces it; refused, it would block the branch's ledger for good.
            if (text.trim() === '' || (problem && isBlank(ledger)))
                logger.warning(`ci-recovery: the ledger under cache key ${key} is not one this version reads (${(0,core_text/* inert */.tJ)((problem ?? 'it is empty').replace(/: starting a new one$/, ''))}): it is replaced by a new one.`);
            else if (problem)
                logger.warning(`ci-recovery: ${(0,core_text/* inert */.tJ)(problem)} (cache key ${key}).`);
            return { ledger, key: found.key };
        };
        if (pass && (0,core_ledger/* keyRulesOutPass */.CQ)(found.key, pass))
            return { leftUnread: true, key: found.key, read: () => read().catch(unread(location, logger)) };
        return await read();
    }
    catch (error) {
        return unread(location, logger)(error);
    }
}
const isBlank = (ledger) => ledger.entries.length === 0 && ledger.reverts.length === 0 && (ledger.probes ?? []).length === 0;
/**
 * An unread ledger (an empty stand-in), with a warning, for one not restored this time: a failed lookup
 * (whatever the failure: it says nothing of the entry), or a download that may pass.
 */
function unread(location, logger) {
    return (error) => {
        const why = (0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error));
        logger.warning(`ci-recovery: could not restore the ledger of branch ${(0,core_text/* inert */.tJ)(location.branch)}: ${why}. Going on without it; this job does not save the ledger, so that the branch's history is not overwritten.`);
        return { ledger: (0,core_ledger/* emptyLedger */.Hg)(location.branch), unread: why };
    };
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    // The key carries the digest of what a pass would answer: a green job it rules out skips the download.
    const key = (0,core_ledger/* ledgerKey */.lj)(location.branch, location.runId, location.attempt, location.job, (0,core_ledger/* openDigest */.Z4)(ledger));
    const file = external_node_path_default().join(location.dir, FILE);
    // The service would refuse the entry, and the cache client would blame "another job" (issue 45: 1).
    const mode = location.cacheMode;
    if (!(0,job_env/* cacheWritable */.Lf)(mode)) {
        logger.info(`ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=${mode ?? ''}): the ledger is not kept.`);
        return { saved: false, key };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        const refused = await cache.save(key, (0,core_ledger/* serializeLedger */.CE)(ledger));
        if (refused) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${(0,core_text/* inert */.tJ)(key)}): ${(0,core_text/* inert */.tJ)(refused)}.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${(0,core_text/* inert */.tJ)(key)}): ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        return { saved: false, key };
    }
}


/***/ })

};
