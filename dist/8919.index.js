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
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30538);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32558);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);
/**
 * The ledger kept across runs in the cache service (document-cache.ts): a new key per run attempt (keys
 * are immutable), restored by the branch's key prefix (the newest entry wins). Save and restore never
 * throw: the ledger is memory for better decisions, never a reason to fail a job.
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
/** The branch's newest ledger, or an empty one (with a warning when something went wrong). */
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
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheReadable */ .zP)(location.cacheMode)) {
        logger.info(`ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${location.cacheMode ?? ''}): starting with an empty ledger.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLedger */ .Hg)(location.branch) };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLedger */ .Hg)(location.branch) };
        }
        const found = await cache.find((0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job), [(0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .ledgerKeyPrefix */ .pD)(location.branch)]);
        if (!found) {
            // Not a failure: a branch's first run, or its entries evicted (docs, "Usage limits and eviction policy").
            logger.info(`ci-recovery: no ledger of branch ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(location.branch)} in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.`);
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLedger */ .Hg)(location.branch) };
        }
        const read = async () => {
            const { ledger, problem } = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLedger */ .h8)(await found.read(), location.branch);
            if (problem)
                logger.warning(`ci-recovery: ${problem} (cache key ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(found.key)}).`);
            return { ledger, key: found.key };
        };
        if (pass && (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .keyRulesOutPass */ .CQ)(found.key, pass))
            return { leftUnread: true, key: found.key, read: () => read().catch(unread(location, logger)) };
        return await read();
    }
    catch (error) {
        return unread(location, logger)(error);
    }
}
/** An empty ledger, with a warning, for one that could not be restored. */
function unread(location, logger) {
    return (error) => {
        logger.warning(`ci-recovery: could not restore the ledger: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}. Starting with an empty one.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyLedger */ .Hg)(location.branch) };
    };
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    // The key carries the digest of what a pass would answer: a green job it rules out skips the download.
    const key = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .openDigest */ .Z4)(ledger));
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    // The service would refuse the entry, and the cache client would blame "another job" (issue 45: 1).
    const mode = location.cacheMode;
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheWritable */ .Lf)(mode)) {
        logger.info(`ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=${mode ?? ''}): the ledger is not kept.`);
        return { saved: false, key };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        const refused = await cache.save(key, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeLedger */ .CE)(ledger));
        if (refused) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${key}): ${refused}.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${key}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return { saved: false, key };
    }
}


/***/ })

};
