export const id = 919;
export const ids = [919];
export const modules = {

/***/ 58919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ledgerDirIn: () => (/* binding */ ledgerDirIn),
/* harmony export */   restoreLedger: () => (/* binding */ restoreLedger),
/* harmony export */   saveLedger: () => (/* binding */ saveLedger)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32558);
/**
 * The ledger kept across runs with @actions/cache: a new key per run attempt (keys are immutable),
 * restored by the branch's key prefix (the newest entry wins). Save and restore never throw: the ledger is
 * memory for better decisions, never a reason to fail a job.
 */





const FILE = 'ledger.json';
/** The ledger's directory under a runner temp directory. */
function ledgerDirIn(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'ledger');
}
/** The branch's newest ledger, or an empty one (with a warning when something went wrong). */
async function restoreLedger(location, logger) {
    const dir = location.dir;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE);
    try {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3()) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const key = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3([file], (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job), [(0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKeyPrefix */ .pD)(location.branch)]);
        if (!key)
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        const { ledger, problem } = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLedger */ .h8)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined), location.branch);
        if (problem)
            logger.warning(`ci-recovery: ${problem} (cache key ${key}).`);
        return { ledger, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not restore the ledger: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}. Starting with an empty one.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
    }
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    const key = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job);
    const dir = location.dir;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE);
    try {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3()) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeLedger */ .CE)(ledger));
        const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .saveCache */ .Io([file], key);
        if (id === -1) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${key}); see the cache messages above.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${key}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        return { saved: false, key };
    }
}


/***/ }),

/***/ 32558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ wasReverted),
/* harmony export */   CE: () => (/* binding */ serializeLedger),
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   O5: () => (/* binding */ recordRevert),
/* harmony export */   SR: () => (/* binding */ lastGoodSha),
/* harmony export */   Up: () => (/* binding */ recordOutcome),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   hY: () => (/* binding */ revertsToday),
/* harmony export */   lj: () => (/* binding */ ledgerKey),
/* harmony export */   pD: () => (/* binding */ ledgerKeyPrefix),
/* harmony export */   s8: () => (/* binding */ isFlaky),
/* harmony export */   vH: () => (/* binding */ failureSignature)
/* harmony export */ });
/* unused harmony exports LEDGER_VERSION, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_REVERTS, normalizeEvidence, attemptsFor, branchSlug, LEDGER_KEY_BASE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73054);
/**
 * The ledger: a small JSON history per branch, carried across runs (the adapter keeps it with
 * @actions/cache), used for caps (reverts per day, attempts per run) and to flag flaky failures (the same
 * commit passed after a failure with the same signature). Pure; parsing never throws.
 */


const LEDGER_VERSION = 1;
const DEFAULT_MAX_ENTRIES = 500;
const DEFAULT_MAX_REVERTS = 100;
function emptyLedger(branch) {
    return { version: LEDGER_VERSION, branch, entries: [], reverts: [] };
}
/**
 * Evidence normalized so the same failure on another run or machine gets the same signature: lowercase,
 * with numbers, hex ids, temp paths, quoted values and whitespace runs folded.
 */
function normalizeEvidence(text) {
    return text
        .toLowerCase()
        .replace(/\b\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2}(?:\.\d+)?z?\b/g, '<time>')
        .replace(/(?:\/tmp|\/var\/folders|[a-z]:\\users\\[^\\\s]+\\appdata\\local\\temp|\/home\/runner\/work\/_temp)[^\s'"]*/g, '<tmp>')
        .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/g, '<hex>')
        .replace(/\d+(?:\.\d+)?/g, '<n>')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Stable id of a failure: type + normalized evidence, sha-256, 16 hex characters. */
function failureSignature(type, evidence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${type}\n${normalizeEvidence(evidence ?? '')}`)
        .digest('hex')
        .slice(0, 16);
}
/** Append an entry (replacing one for the same run, attempt and job), keeping the last `maxEntries`. */
function recordOutcome(ledger, entry, maxEntries = DEFAULT_MAX_ENTRIES) {
    const entries = ledger.entries.filter((e) => !(e.runId === entry.runId && e.attempt === entry.attempt && e.job === entry.job));
    entries.push(entry);
    return { ...ledger, entries: entries.slice(-maxEntries) };
}
function recordRevert(ledger, revert, maxReverts = DEFAULT_MAX_REVERTS) {
    const reverts = ledger.reverts.filter((r) => r.sha !== revert.sha);
    reverts.push(revert);
    return { ...ledger, reverts: reverts.slice(-maxReverts) };
}
/**
 * Flaky: a failure with this signature was recorded for this commit, and the same job passed on the same
 * commit after it. `job` narrows to one job (a pass of another job proves nothing).
 */
function isFlaky(ledger, signature, sha, job) {
    const entries = ledger.entries;
    for (let i = 0; i < entries.length; i++) {
        const failure = entries[i];
        if (failure.outcome !== 'failure' || failure.signature !== signature || failure.sha !== sha)
            continue;
        if (job !== undefined && failure.job !== job)
            continue;
        for (let j = i + 1; j < entries.length; j++) {
            const later = entries[j];
            if (later.outcome === 'success' && later.sha === sha && later.job === failure.job)
                return true;
        }
    }
    return false;
}
/** Reverts made on the UTC day of `now` (for the daily cap). */
function revertsToday(ledger, now = new Date()) {
    const day = now.toISOString().slice(0, 10);
    return ledger.reverts.filter((r) => r.at.slice(0, 10) === day).length;
}
/** Has this commit been reverted already? (Dedupe: never a second revert of the same culprit.) */
function wasReverted(ledger, sha) {
    return ledger.reverts.some((r) => r.sha === sha);
}
/** The highest attempt of `runId` recorded (optionally for one job); 0 when none. */
function attemptsFor(ledger, runId, job) {
    return ledger.entries
        .filter((e) => e.runId === runId && (job === undefined || e.job === job))
        .reduce((max, e) => Math.max(max, e.attempt), 0);
}
/** The latest commit on which `job` (or every recorded job of a run, when omitted) passed. */
function lastGoodSha(ledger, job) {
    for (let i = ledger.entries.length - 1; i >= 0; i--) {
        const e = ledger.entries[i];
        if (e.outcome === 'success' && (job === undefined || e.job === job))
            return e.sha;
    }
    return undefined;
}
function serializeLedger(ledger) {
    return `${JSON.stringify(ledger, null, 1)}\n`;
}
/**
 * Parse a stored ledger. Never throws: a missing, corrupt or future-version file gives an empty ledger
 * and a `problem` to warn about; malformed entries are dropped one by one.
 */
function parseLedger(text, branch) {
    if (text === undefined || text.trim() === '')
        return { ledger: emptyLedger(branch) };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return {
            ledger: emptyLedger(branch),
            problem: `ledger is not valid JSON (${error instanceof Error ? error.message : 'parse error'}): starting a new one`,
        };
    }
    if (!isObject(value) || value.version !== LEDGER_VERSION) {
        return {
            ledger: emptyLedger(branch),
            problem: `ledger has an unknown format or version: starting a new one`,
        };
    }
    const entries = Array.isArray(value.entries) ? value.entries.filter(isEntry) : [];
    const reverts = Array.isArray(value.reverts) ? value.reverts.filter(isRevert) : [];
    const dropped = (Array.isArray(value.entries) ? value.entries.length : 0) -
        entries.length +
        (Array.isArray(value.reverts) ? value.reverts.length : 0) -
        reverts.length;
    return {
        ledger: { version: LEDGER_VERSION, branch, entries, reverts },
        ...(dropped > 0 ? { problem: `ledger: dropped ${dropped} malformed record(s)` } : {}),
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isEntry(v) {
    return (isObject(v) &&
        Number.isInteger(v.runId) &&
        Number.isInteger(v.attempt) &&
        typeof v.sha === 'string' &&
        typeof v.job === 'string' &&
        typeof v.at === 'string' &&
        (v.outcome === 'success' || v.outcome === 'failure' || v.outcome === 'cancelled') &&
        (v.failureType === undefined || _types_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILURE_TYPES */ .fs.includes(v.failureType)) &&
        (v.signature === undefined || typeof v.signature === 'string'));
}
function isRevert(v) {
    return (isObject(v) &&
        typeof v.at === 'string' &&
        typeof v.sha === 'string' &&
        (v.pr === undefined || Number.isInteger(v.pr)) &&
        (v.revertSha === undefined || typeof v.revertSha === 'string'));
}
/**
 * Branch name as a cache-key part: readable slug plus a hash of the full name, so `main` and `main-x` can
 * never share a key prefix.
 */
function branchSlug(branch) {
    const name = branch.replace(/^refs\/heads\//, '');
    const readable = name.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `${readable || 'branch'}.${hash}`;
}
const LEDGER_KEY_BASE = 'ci-recovery-ledger-';
/** Prefix every ledger key of a branch starts with (restore by prefix). */
function ledgerKeyPrefix(branch) {
    return `${LEDGER_KEY_BASE}${branchSlug(branch)}-`;
}
/** A new key per run attempt (cache keys are immutable); `job` keeps jobs of one run from colliding. */
function ledgerKey(branch, runId, attempt, job) {
    const suffix = job ? `-${job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}` : '';
    return `${ledgerKeyPrefix(branch)}${runId}-${attempt}${suffix}`;
}


/***/ })

};
