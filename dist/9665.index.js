export const id = 9665;
export const ids = [9665,8919];
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


/***/ }),

/***/ 54427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadTestHistory: () => (/* binding */ loadTestHistory),
/* harmony export */   loadTestHistoryView: () => (/* binding */ loadTestHistoryView),
/* harmony export */   saveTestHistory: () => (/* binding */ saveTestHistory),
/* harmony export */   viewFile: () => (/* binding */ viewFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30538);
/* harmony import */ var _core_test_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71018);
/* harmony import */ var _core_test_history_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42363);
/* harmony import */ var _ledger_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58919);
/**
 * The flaky-test history kept across runs in the cache service (document-cache.ts), one document per branch.
 * The first step that needs it loads it (the branch's newest, merged on a pull request with the default
 * branch's, which the cache's scope lets a PR run restore): a `run/` step once a test failed, else post when a
 * step recorded test outcomes; a green job never does. It is left at `$RUNNER_TEMP/ci-recovery/test-history.json`,
 * where later `run/` steps read it through `loadTestHistoryView` and post finds it again; post saves it only when the job's outcomes changed
 * it, and never when the runner's cache token may only read (`ACTIONS_CACHE_MODE`). Nothing here throws:
 * the history is memory for better decisions, never a reason to fail a job.
 */







/** Where the cache client keeps it (GHES): one path for every branch, as the client's version hashes it. */
function cacheFile(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'test-history-cache', 'history.json');
}
function viewFile(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, ..._core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.TEST_HISTORY_VIEW_FILE.split('/'));
}
/**
 * The job's history: the one an earlier step left this job, else the branch's from the cache (and the default
 * branch's, merged), which it then leaves for the later steps and sums up in one line. Empty when there is
 * none or it cannot be read.
 */
async function loadTestHistory(place, room, logger) {
    // no view left by an earlier step in RUNNER_TEMP: read from the cache instead
    const left = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(viewFile(room.runnerTemp), 'utf8').catch(() => undefined);
    if (left !== undefined)
        return parsed(left, place.branch, 'the job', logger);
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheReadable */ .zP)(room.cacheMode)) {
        logger.info(`ci-recovery: this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${room.cacheMode ?? ''}): no flaky-test history.`);
        return (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.emptyTestHistory)(place.branch);
    }
    try {
        const cache = await (0,_ledger_store_js__WEBPACK_IMPORTED_MODULE_5__/* .documentCache */ .O)(cacheFile(room.runnerTemp));
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: no flaky-test history.');
            return (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.emptyTestHistory)(place.branch);
        }
        let history = (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.emptyTestHistory)(place.branch);
        // The base's entry and the branch's are looked up side by side (a round trip each), merged in order.
        const branches = place.base ? [place.base, place.branch] : [place.branch];
        const found = await Promise.all(branches.map((branch) => restoreOne(cache, branch, logger, place.base)));
        for (const restored of found)
            if (restored)
                history = (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.mergeTestHistories)({ ...history, branch: place.branch }, restored);
        // The base (the default branch, a PR's base) is the branch whose flakes count for quarantine.
        history = { ...history, branch: place.branch, ...(place.base ? { base: place.base } : {}) };
        await leave(history, room.runnerTemp);
        logger.info((0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.historySummaryLine)(history));
        return history;
    }
    catch (error) {
        logger.warning(`ci-recovery: could not restore the flaky-test history: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}.`);
        return (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.emptyTestHistory)(place.branch);
    }
}
/**
 * The branch's newest entry. A branch reading `base` beside its own (a PR) may have written its own entry
 * as it liked: every observation in it counts as its own, so only the base's entry speaks for the base
 * (its copies of the base's observations are in the base's entry too, merged first).
 */
async function restoreOne(cache, branch, logger, base) {
    const prefix = (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.testHistoryKeyPrefix)(branch);
    const found = await cache.restore(prefix, [prefix]);
    const history = found && parsed(found.text, branch, `cache key ${found.key}`, logger);
    if (!history || base === undefined || branch === base)
        return history;
    const tests = history.tests.map((t) => ({
        key: t.key,
        observations: t.observations.map((o) => ({ ...o, branch })),
    }));
    return { ...history, tests };
}
function parsed(text, branch, where, logger) {
    const { history, problem } = (0,_core_test_history_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTestHistory */ .ie)(text, branch);
    if (problem)
        logger.warning(`ci-recovery: ${problem} (${where}).`);
    return history;
}
/** Leaves the history where later steps of the job read it. */
async function leave(history, runnerTemp) {
    const file = viewFile(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_core_test_history_read_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeTestHistory */ .VB)(history));
}
/**
 * Saves the branch's history under a new key (keys are immutable); the restore by prefix takes the newest,
 * so the branch's newest entry is merged in first. Not when the runner's cache token may only read: one
 * line says so.
 */
async function saveTestHistory(history, place, room, logger) {
    const key = (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.testHistoryKey)(place.branch, place.runId, place.attempt, place.job);
    if (!(0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.cacheWritable)(room.cacheMode)) {
        logger.info(`ci-recovery: the cache is ${(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheReadable */ .zP)(room.cacheMode) ? 'read-only' : 'closed'} for this run (ACTIONS_CACHE_MODE=${room.cacheMode ?? ''}): the flaky-test history is ${(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheReadable */ .zP)(room.cacheMode) ? 'read but ' : ''}not saved.`);
        return { saved: false, key };
    }
    let merged;
    try {
        const cache = await (0,_ledger_store_js__WEBPACK_IMPORTED_MODULE_5__/* .documentCache */ .O)(cacheFile(room.runnerTemp));
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: the flaky-test history is not kept.');
            return { saved: false, key };
        }
        // What another job of the branch saved since main loaded it (a job of the same run, a later push):
        // merged in, so its observations are not lost when this newer entry wins the next restore. Read while
        // the new entry's key is reserved: the two round trips overlap.
        merged = restoreOne(cache, place.branch, logger, place.base).then((fresh) => (0,_core_test_history_read_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeTestHistory */ .VB)(fresh ? { ...(0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.mergeTestHistories)(history, fresh), branch: place.branch } : history));
        // The save reports its failure; a save that fails before it awaits it must not leave it unhandled.
        merged.catch(() => undefined);
        const refused = await cache.save(key, merged);
        if (refused) {
            logger.warning(`ci-recovery: the flaky-test history was not saved (cache key ${key}): ${refused}.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the flaky-test history (cache key ${key}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
        return { saved: false, key };
    }
    finally {
        // A save that failed before it awaited the read: the read ends here, not after the call (its warnings
        // and sockets would outlive it).
        await Promise.allSettled([merged]);
    }
}
/**
 * What a `run/` step asks of the history once a test failed: the view of the history an earlier step left
 * this job, else of the one `restore` loads (and leaves). Without either (no cache service, the history
 * switched off) it knows no test: every answer is undefined, and `run/` behaves as for a test it has never seen.
 */
async function loadTestHistoryView(runnerTemp, logger, restore) {
    // no view left by an earlier step: restored here, else no history, as on a first run
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(viewFile(runnerTemp), 'utf8').catch(() => undefined);
    if (text === undefined) {
        const restored = await restore?.();
        return restored ? (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.testHistoryView)(restored) : () => undefined;
    }
    const { history, problem } = (0,_core_test_history_read_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTestHistory */ .ie)(text, '');
    if (problem)
        logger?.warning(`ci-recovery: ${problem} (${viewFile(runnerTemp)}).`);
    return (0,_core_test_history_js__WEBPACK_IMPORTED_MODULE_3__.testHistoryView)(history);
}


/***/ })

};
