export const id = 4744;
export const ids = [4744];
export const modules = {

/***/ 42363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ testOutcomesOf),
/* harmony export */   VB: () => (/* binding */ serializeTestHistory),
/* harmony export */   ie: () => (/* binding */ parseTestHistory)
/* harmony export */ });
/* unused harmony export MAX_HISTORY_CHARS */
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36630);
/* harmony import */ var _test_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71018);
/**
 * What other jobs wrote about tests, read without trusting it: the flaky-test history's stored form (a JSON
 * document a pull request's run may have written) and a step record's test outcomes. Never throws; anything
 * odd is dropped and the bounds hold. Pure.
 */


/** A stored history larger than this is not read (the cap keeps a hostile entry from costing the job). */
const MAX_HISTORY_CHARS = 8_000_000;
/**
 * The stored form, never over what `parseTestHistory` reads: a full history (2,000 tests x 20 observations,
 * each naming its branch) of a long branch name outgrows MAX_HISTORY_CHARS, and the next job would start
 * a new one. Whole tests are dropped, the one seen longest ago first (as `bounded` drops them): a test kept
 * keeps its whole window, in which its flips are counted.
 */
function serializeTestHistory(history) {
    const text = `${JSON.stringify(history)}\n`;
    if (text.length <= MAX_HISTORY_CHARS)
        return text;
    let over = text.length - MAX_HISTORY_CHARS;
    const dropped = new Set();
    for (const i of (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.evictionOrder)(history.tests)) {
        if (over <= 0)
            break;
        dropped.add(i);
        // The test's text and its comma.
        over -= JSON.stringify(history.tests[i]).length + 1;
    }
    return `${JSON.stringify({ ...history, tests: history.tests.filter((_, i) => !dropped.has(i)) })}\n`;
}
const OUTCOMES = ['passed', 'failed', 'flaky'];
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const shortString = (v) => typeof v === 'string' && v.length > 0 && v.length <= _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD;
const count = (v) => Number.isSafeInteger(v) && v >= 0;
/**
 * One stored observation; `branch` labels one an old document kept without its branch. A missing or empty
 * commit is kept as unknown (''): it still counts in the test's story, never as flake evidence.
 */
function observationOf(v, branch) {
    if (!isObject(v))
        return undefined;
    const { sha, runId, attempt, outcome, at, fileDigest, changed, passedInStep } = v;
    if (!(shortString(sha) || sha === undefined || sha === '') || !count(runId) || !count(attempt))
        return undefined;
    if (typeof outcome !== 'string' || !OUTCOMES.includes(outcome))
        return undefined;
    if (typeof at !== 'string' || !ISO_TIME.test(at))
        return undefined;
    const seenOn = shortString(v.branch) ? v.branch : branch;
    return {
        sha: sha ?? '',
        ...(seenOn ? { branch: seenOn } : {}),
        runId,
        attempt,
        outcome: outcome,
        at,
        ...(shortString(fileDigest) ? { fileDigest } : {}),
        ...(changed === true ? { changed: true } : {}),
        ...(passedInStep === true && outcome === 'flaky' ? { passedInStep: true } : {}),
    };
}
/**
 * A stored history, read without trusting it (a pull request's run may have written its branch's entry).
 * Never throws: a missing, corrupt, oversized or future-version document gives an empty history and a
 * `problem` to say; malformed tests and observations are dropped one by one; the bounds hold.
 */
function parseTestHistory(text, branch, bounds = {}) {
    const empty = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.emptyTestHistory)(branch);
    if (text === undefined || text.trim() === '')
        return { history: empty };
    if (text.length > MAX_HISTORY_CHARS)
        return {
            history: empty,
            problem: `test history is over ${MAX_HISTORY_CHARS} characters: starting a new one`,
        };
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // the problem is returned and told: a new history starts
        return { history: empty, problem: 'test history is not valid JSON: starting a new one' };
    }
    if (!isObject(value) || value.version !== _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION || !Array.isArray(value.tests))
        return { history: empty, problem: 'test history has an unknown format or version: starting a new one' };
    const tests = [];
    const seen = new Set();
    let dropped = 0;
    // Read without a branch (a step's view of the job's history): the document's own names are kept.
    const own = branch || (shortString(value.branch) ? value.branch : '');
    const base = shortString(value.base) ? value.base : undefined;
    for (const t of value.tests) {
        const raw = isObject(t) && Array.isArray(t.observations) ? t.observations : undefined;
        if (!isObject(t) || !shortString(t.key) || !raw || seen.has(t.key)) {
            dropped++;
            continue;
        }
        const observations = raw
            .map((o) => observationOf(o, own))
            .filter((o) => o !== undefined);
        dropped += raw.length - observations.length;
        seen.add(t.key);
        tests.push({ key: t.key, observations });
    }
    const history = (0,_test_history_js__WEBPACK_IMPORTED_MODULE_0__.bounded)({ version: _test_history_js__WEBPACK_IMPORTED_MODULE_0__.TEST_HISTORY_VERSION, branch: own, ...(base ? { base } : {}), tests }, bounds);
    return {
        history,
        ...(dropped > 0 ? { problem: `test history: dropped ${dropped} malformed record(s)` } : {}),
    };
}
/** Outcomes post may trust from a step record (written by `run/`, in RUNNER_TEMP): anything odd is dropped. */
function testOutcomesOf(value) {
    if (!Array.isArray(value))
        return [];
    const outcomes = [];
    for (const v of value.slice(0, 10_000)) {
        if (!isObject(v) || !isObject(v.id) || typeof v.outcome !== 'string' || !OUTCOMES.includes(v.outcome))
            continue;
        const { runner, suite, name, params } = v.id;
        // mocha's console names no file: its test is keyed by its full title (suite ''), as its re-run selects
        // and keys it. Kept, a shared one too (`sharedName`: assess must see its failure; recordTestOutcomes and
        // onlyKnownFlaky skip it); node's console key without a file is still dropped.
        const titleOnly = suite === '' && runner === 'mocha';
        if (!_test_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TEST_RUNNERS */ .Ln.includes(runner) ||
            !(shortString(suite) || titleOnly) ||
            !shortString(name))
            continue;
        if (params !== undefined && (typeof params !== 'string' || params.length > _test_history_js__WEBPACK_IMPORTED_MODULE_0__.MAX_FIELD))
            continue;
        outcomes.push({
            id: {
                runner: runner,
                suite,
                name,
                ...(params !== undefined ? { params } : {}),
            },
            outcome: v.outcome,
            retries: count(v.retries) ? v.retries : 0,
            ...(v.changed === true ? { changed: true } : {}),
            ...(v.quarantined === true ? { quarantined: true } : {}),
            ...(v.arrival === true ? { arrival: true } : {}),
            ...(v.sharedName === true ? { sharedName: true } : {}),
            ...(v.passedInStep === true && v.outcome === 'flaky' ? { passedInStep: true } : {}),
            ...(v.failedAgain === true && v.outcome === 'failed' && typeof v.retries === 'number' && v.retries > 0
                ? { failedAgain: true }
                : {}),
        });
    }
    return outcomes;
}


/***/ })

};
