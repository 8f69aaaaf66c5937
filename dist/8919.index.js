export const id = 8919;
export const ids = [8919];
export const modules = {

/***/ 58919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ documentCache),
/* harmony export */   ledgerDirIn: () => (/* binding */ ledgerDirIn),
/* harmony export */   restoreLedger: () => (/* binding */ restoreLedger),
/* harmony export */   restoreLedgerForGreenPass: () => (/* binding */ restoreLedgerForGreenPass),
/* harmony export */   saveLedger: () => (/* binding */ saveLedger)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_store_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8589);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30538);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32558);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);
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
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runnerTemp, 'ci-recovery', 'ledger');
}
/**
 * The branch's newest ledger, an empty one when none is kept, or an `unread` one (with a warning). `held`:
 * a copy this process loaded or saved under its key; the lookup still runs (another job may have saved
 * since), and only when it finds that very key is the copy given instead of a download.
 */
async function restoreLedger(location, logger, held) {
    const found = await findLedger(location, logger, undefined, held);
    return 'leftUnread' in found ? found.read() : found;
}
/**
 * As `restoreLedger`, but a ledger whose key rules out that `pass` (a green job's, as its ledger entry would
 * carry it) would be recorded is not downloaded: a green job's post learns that from the lookup alone.
 */
function restoreLedgerForGreenPass(location, logger, pass) {
    return findLedger(location, logger, pass);
}
async function findLedger(location, logger, pass, held) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    // Not looked up is not "none": the branch may have a history, which an empty one saved would bury.
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheReadable */ .zP)(location.cacheMode)) {
        const why = `this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.cacheMode ?? '')})`;
        logger.info(`ci-recovery: ${why}: going on without the ledger, and saving none.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), unread: why };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        const found = await cache.find((0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job), [(0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKeyPrefix */ .pD)(location.branch)]);
        if (!found) {
            // Not a failure: a branch's first run, or its entries evicted (docs, "Usage limits and eviction policy").
            logger.info(`ci-recovery: no ledger of branch ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.branch)} in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.`);
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        if (held?.key === found.key)
            return { ledger: held.ledger, key: found.key };
        const read = async () => {
            const key = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(found.key);
            // A download that may pass on a later try throws (unread: the entry may be fine, and saved over it
            // would be lost); one that fails on what is stored (gone, over the cap) fails so every time: replaced.
            // The key (anyone's with write access to the cache) is no evidence: cut out of what is classified.
            const text = await found.read().catch((error) => {
                if ((0,_core_store_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailureMayPass */ .x)(error, [found.key, key]))
                    throw error;
                logger.warning(`ci-recovery: the ledger under cache key ${key} could not be downloaded (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error))}), and never will be: the next save replaces it.`);
                return undefined;
            });
            if (text === undefined)
                return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), key: found.key };
            const { ledger, problem, unreadable } = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLedger */ .h8)(text, location.branch);
            // Downloaded and nothing in it to read (empty, not JSON, another version, every record malformed): it
            // never will be, so a new one replaces it; refused, it would block the branch's ledger for good.
            if (text.trim() === '' || (problem && isBlank(ledger)))
                logger.warning(`ci-recovery: the ledger under cache key ${key} is not one this version reads (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(unreadable ?? problem ?? 'it is empty')}): the next save replaces it.`);
            else if (problem)
                logger.warning(`ci-recovery: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(problem)} (cache key ${key}).`);
            return { ledger, key: found.key };
        };
        if (pass && (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .keyRulesOutPass */ .CQ)(found.key, pass))
            return { leftUnread: true, key: found.key, read: () => read().catch(unread(location, logger)) };
        return await read();
    }
    catch (error) {
        return unread(location, logger)(error);
    }
}
const isBlank = (ledger) => ledger.entries.length === 0 &&
    ledger.reverts.length === 0 &&
    (ledger.probes ?? []).length === 0 &&
    (ledger.ended ?? []).length === 0;
/**
 * An unread ledger (an empty stand-in), with a warning, for one not restored this time: a failed lookup
 * (whatever the failure: it says nothing of the entry), or a download that may pass.
 */
function unread(location, logger) {
    return (error) => {
        const why = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        logger.warning(`ci-recovery: could not restore the ledger of branch ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.branch)}: ${why}. Going on without it; this job does not save the ledger, so that the branch's history is not overwritten.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), unread: why };
    };
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    // The key carries the digest of what a pass would answer: a green job it rules out skips the download.
    const key = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .openDigest */ .Z4)(ledger));
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    // The service would refuse the entry, and the cache client would blame "another job" (issue 45: 1).
    const mode = location.cacheMode;
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheWritable */ .Lf)(mode)) {
        logger.info(`ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=${mode ?? ''}): the ledger is not kept.`);
        return { saved: false, key };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        const refused = await cache.save(key, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeLedger */ .CE)(ledger));
        if (refused) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(key)}): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(refused)}.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(key)}): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error))}`);
        return { saved: false, key };
    }
}


/***/ }),

/***/ 67722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ isPassingNetworkCode),
/* harmony export */   pv: () => (/* binding */ namesNetworkFailure),
/* harmony export */   t5: () => (/* binding */ networkFailureMayPass)
/* harmony export */ });
/* unused harmony export PASSING_NETWORK_CODES */
/**
 * Which failures of a connection may pass on another try: the one list of them, for every caller that
 * decides so (a ledger read that may pass, core/store-failure.ts; a blob upload's retry,
 * checkpoint/adapters/blob-blocks.ts). The artifact protocol's Twirp client gives up at once on five of
 * them, as `@actions/artifact` does (checkpoint/adapters/artifact-protocol.ts): a contract, not a
 * judgement of what passes, so it names its five from this list.
 *
 * Each code, and why it may pass:
 * - Node's system errors of a connection (its "Common system errors"): a reset, refused or timed-out
 *   connection, a write to a closed one (`EPIPE`), a name not resolved (`ENOTFOUND`: EAI_NONAME or
 *   EAI_NODATA, for a service's known host a DNS blip), and getaddrinfo's `EAI_AGAIN` (POSIX: "the name
 *   could not be resolved at this time; future attempts may succeed"; libuv: "temporary failure", beside
 *   EAI_FAIL's "permanent failure", which is not here).
 * - A route or host down or unreachable (`ENETDOWN`, `ENETUNREACH`, `EHOSTDOWN`, `EHOSTUNREACH`) and
 *   undici's `UND_ERR_SOCKET`: undici's RetryHandler retries these by default, with `ECONNRESET`,
 *   `ECONNREFUSED`, `ENOTFOUND` and `EPIPE`.
 * - undici's connect, headers and body timeouts, `ESOCKETTIMEDOUT` (the request library's, which the
 *   Azure storage client's retry policy names) and Node's `ERR_SOCKET_CONNECTION_TIMEOUT` (net.js: every
 *   address of an autoSelectFamily connect timed out): timeouts, as `ETIMEDOUT`. A connection timed out
 *   says nothing of what is stored: a ledger read so failed is "unread", and nothing is saved over it.
 * - `ECONNABORTED` (Windows' WSAECONNABORTED, "an established connection was aborted" on the runner's side),
 *   `EPROTO` (a TLS connection cut without its close, OpenSSL's "unexpected eof while reading") and
 *   `ERR_STREAM_PREMATURE_CLOSE` (a stream ended before its end): a connection lost mid-way. An `EPROTO`
 *   may also last (a proxy answering TLS in plain HTTP): a read is left unread; the blob upload tells a
 *   refused handshake by its words and tries it no more (blob-blocks.ts).
 * Not here: `ENOENT` (the Azure client's list names it; a request over TCP to a URL's host raises none, and
 * a missing file fails on every try) and any `EAI_*` but `EAI_AGAIN`.
 */
const PASSING_NETWORK_CODES = [
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
    'ERR_SOCKET_CONNECTION_TIMEOUT',
    'EPROTO',
    'ERR_STREAM_PREMATURE_CLOSE',
];
const CODES = new Set(PASSING_NETWORK_CODES);
/** Whether `code` (an error's `code` field) is a connection's failure that may pass. */
const isPassingNetworkCode = (code) => typeof code === 'string' && CODES.has(code);
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const NETWORK_TEXT = [
    // a code as Node words it: "read ECONNRESET", "connect ECONNREFUSED 1.2.3.4:443", "getaddrinfo EAI_AGAIN h"
    new RegExp(`(?:^|[\\s:(])(?:${PASSING_NETWORK_CODES.join('|')})\\b`),
    // Node's socket closed before an answer, node-fetch's timeout, a stream closed early (stream.finished)
    /socket hang up|network timeout|Premature close/i,
    // @actions/http-client's socket timeout (3 minutes unless set)
    /\bRequest timeout: /,
];
/** Whether a message names a connection's failure that may pass (a wrapper's message, without its code). */
const namesNetworkFailure = (text) => NETWORK_TEXT.some((re) => re.test(text));
/**
 * Whether `error` is a connection's failure that may pass: by its `code`, else by its message, walked down
 * an AggregateError's `errors` (Node's connect to several addresses) and its `cause`s. By shape, not
 * `instanceof` (pure, and a bundle chunk may hold its own copy of a class). For a caller that retries
 * one request; a status it carries is that caller's to judge.
 */
function networkFailureMayPass(error) {
    // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
    const mayPass = (at, depth) => {
        if (depth >= 8 || at === undefined || at === null)
            return false;
        if (typeof at === 'string')
            return namesNetworkFailure(at);
        if (typeof at !== 'object')
            return false;
        if (isPassingNetworkCode(at.code))
            return true;
        const message = at.message;
        if (typeof message === 'string' && namesNetworkFailure(message))
            return true;
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}


/***/ }),

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readFailureMayPass)
/* harmony export */ });
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67722);
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

const PASSING_NAMES = new Set(['StoreStalledError', 'TimeoutError', 'AbortError']);
/** What is stored fails so on every try, whatever its message quotes. */
const LASTING_NAMES = new Set(['CacheEntryTooLargeError', 'DocumentNotDownloadedError']);
// Besides a connection's failure (core/network-failure.ts): a deadline's, and the cache transfer's own words.
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const PASSING_TEXT = [
    /timed out|time limit|given up/i,
    // a body cut short (artifact-download.ts streamBlob)
    /\bthe body ended after \d+ of \d+ bytes\b/,
    // a Twirp call retried to the end (5xx, 429, an unparsable body, a dropped connection)
    /Failed to make request after \d+ attempts/,
];
const saysMayPass = (text) => (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .namesNetworkFailure */ .pv)(text) || PASSING_TEXT.some((re) => re.test(text));
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
            return saysMayPass(own(at));
        if (typeof at !== 'object')
            return false;
        const name = at.name;
        if (typeof name === 'string' && LASTING_NAMES.has(name))
            return false;
        if (typeof name === 'string' && PASSING_NAMES.has(name))
            return true;
        if ((0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .isPassingNetworkCode */ .Do)(at.code))
            return true;
        const raw = at.message;
        const message = own(typeof raw === 'string' ? raw : '');
        // The outermost status decides: a 404 wrapped around nothing else is the entry gone, for good.
        const status = statusOf(at, message);
        if (status !== undefined)
            return passingStatus(status);
        if (saysMayPass(message))
            return true;
        // Node's connect with several addresses (autoSelectFamily) fails with an AggregateError of each one's.
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}


/***/ })

};
