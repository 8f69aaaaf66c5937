export const id = 1018;
export const ids = [1018];
export const modules = {

/***/ 32558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ wasReverted),
/* harmony export */   CE: () => (/* binding */ serializeLedger),
/* harmony export */   CQ: () => (/* binding */ keyRulesOutPass),
/* harmony export */   Hg: () => (/* binding */ emptyLedger),
/* harmony export */   O5: () => (/* binding */ recordRevert),
/* harmony export */   SR: () => (/* binding */ lastGoodSha),
/* harmony export */   Up: () => (/* binding */ recordOutcome),
/* harmony export */   W3: () => (/* binding */ branchSlug),
/* harmony export */   YU: () => (/* binding */ updateRevert),
/* harmony export */   Z4: () => (/* binding */ openDigest),
/* harmony export */   aE: () => (/* binding */ outcomeTeaches),
/* harmony export */   h8: () => (/* binding */ parseLedger),
/* harmony export */   hY: () => (/* binding */ revertsToday),
/* harmony export */   lj: () => (/* binding */ ledgerKey),
/* harmony export */   nh: () => (/* binding */ MAX_RERUN_RECORDS),
/* harmony export */   pD: () => (/* binding */ ledgerKeyPrefix),
/* harmony export */   s8: () => (/* binding */ isFlaky),
/* harmony export */   vH: () => (/* binding */ failureSignature),
/* harmony export */   wA: () => (/* binding */ MAX_ENDED_BISECTIONS)
/* harmony export */ });
/* unused harmony exports LEDGER_VERSION, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_REVERTS, normalizeEvidence, openItems, attemptsFor, LEDGER_KEY_BASE, OPEN_MARK */
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
/** The most pending re-runs a ledger keeps. */
const MAX_RERUN_RECORDS = 20;
/** The most ended bisections a ledger keeps: a sweep reads only the repository's newest runs. */
const MAX_ENDED_BISECTIONS = 20;
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
/**
 * Whether recording `entry` tells the ledger's readers something they do not know, so that it is worth a
 * cache entry (keys are immutable: each save is a new entry). A failure or a cancel always is. A pass is
 * when it answers a failure of this job on this commit not yet followed by a pass (`isFlaky` needs that
 * pass), or when the job's last recorded outcome was not a pass (`lastGoodSha` moves past the failure).
 * A pass after a pass, or on a ledger that knows nothing of the job, saves nothing: `lastGoodSha` then
 * names the first commit of a green streak (still a good commit before any later failure).
 */
function outcomeTeaches(ledger, entry) {
    if (entry.outcome !== 'success')
        return true;
    const mine = ledger.entries.filter((e) => e.job === entry.job);
    let unanswered = false;
    for (const e of mine) {
        if (e.sha !== entry.sha)
            continue;
        if (e.outcome === 'failure')
            unanswered = true;
        else if (e.outcome === 'success')
            unanswered = false;
    }
    if (unanswered)
        return true;
    const last = mine.at(-1);
    return last !== undefined && last.outcome !== 'success';
}
/**
 * What lets a pass teach (`outcomeTeaches`), item by item: `job\n<J>` for each job whose last entry is not a
 * pass, `pair\n<J>\n<sha>` for each (job, commit) whose last verdict (a cancel is none) is a failure. A pass of
 * J on S teaches exactly when `job\nJ` or `pair\nJ\nS` is among them.
 */
function openItems(ledger) {
    const last = new Map();
    const verdict = new Map();
    for (const e of ledger.entries) {
        last.set(e.job, e.outcome);
        if (e.outcome !== 'cancelled')
            verdict.set(`${e.job}\n${e.sha}`, e.outcome);
    }
    return [
        ...[...last].filter(([, o]) => o !== 'success').map(([job]) => `job\n${job}`),
        ...[...verdict].filter(([, o]) => o === 'failure').map(([pair]) => `pair\n${pair}`),
    ];
}
// 1024 bits: a long-lived branch keeps ~100-200 open items (a failure fixed by a new commit stays open on its
// own until pruned), where 256 bits let few green posts skip (bench/ledger-digest.ts).
const DIGEST_BITS = 1024;
const DIGEST_HASHES = 3;
/** An item's bits in the digest: the first 16-bit words of its sha-256, one per hash function. */
function itemBits(item) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(item).digest();
    return Array.from({ length: DIGEST_HASHES }, (_, i) => hash.readUInt16BE(2 * i) % DIGEST_BITS);
}
/**
 * The ledger's open items (`openItems`) as a 1024-bit Bloom filter, 256 hex characters: its key carries it
 * (`ledgerKey`), so that a green job whose pass it rules out need not download the ledger. A false positive
 * only costs that download; there are no false negatives.
 */
function openDigest(ledger) {
    const bits = Buffer.alloc(DIGEST_BITS / 8);
    for (const item of openItems(ledger))
        for (const i of itemBits(item))
            bits[i >> 3] |= 1 << (i & 7);
    return bits.toString('hex');
}
/** Whether `item` tests positive in a digest (`openDigest`). */
function digestHas(digest, item) {
    return itemBits(item).every((i) => (digest[i >> 3] & (1 << (i & 7))) !== 0);
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
/** The ledger with the revert of `sha` changed by `patch` (a verdict, the landed commit, the re-land). */
function updateRevert(ledger, sha, patch) {
    return { ...ledger, reverts: ledger.reverts.map((r) => (r.sha === sha ? { ...r, ...patch } : r)) };
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
    const startOver = (unreadable) => ({
        ledger: emptyLedger(branch),
        problem: `${unreadable}: starting a new one`,
        unreadable,
    });
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return startOver(`ledger is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
    }
    // A newer version's ledger (a workflow run with a newer action) is started over as well: refused, an older
    // action on the branch could never save one again.
    if (isObject(value) && typeof value.version === 'number' && value.version > LEDGER_VERSION)
        return startOver(`ledger is of a newer version (${value.version}) than this one reads (${LEDGER_VERSION})`);
    if (!isObject(value) || value.version !== LEDGER_VERSION)
        return startOver('ledger has an unknown format or version');
    const entries = Array.isArray(value.entries) ? value.entries.filter(isEntry) : [];
    const reverts = Array.isArray(value.reverts) ? value.reverts.filter(isRevert) : [];
    const dropped = (Array.isArray(value.entries) ? value.entries.length : 0) -
        entries.length +
        (Array.isArray(value.reverts) ? value.reverts.length : 0) -
        reverts.length;
    const probes = Array.isArray(value.probes) ? value.probes.filter(isProbeBranch) : [];
    const ended = Array.isArray(value.ended)
        ? value.ended.filter(isRunRecord).slice(-MAX_ENDED_BISECTIONS)
        : [];
    const reruns = Array.isArray(value.reruns)
        ? value.reruns.filter(isRunRecord).slice(-MAX_RERUN_RECORDS)
        : [];
    return {
        ledger: {
            version: LEDGER_VERSION,
            branch,
            entries,
            reverts,
            ...(probes.length > 0 ? { probes } : {}),
            ...(ended.length > 0 ? { ended } : {}),
            ...(reruns.length > 0 ? { reruns } : {}),
        },
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
/**
 * A probe record names a full commit and the one branch a probe of it runs on (bisect.ts `probeRef`): the sweep
 * deletes that branch, so a record naming any other (a forged ledger's `release/1.x`) is dropped.
 */
function isProbeBranch(v) {
    return (isObject(v) &&
        typeof v.sha === 'string' &&
        /^[0-9a-f]{40}$/.test(v.sha) &&
        v.branch === `ci-recovery/probe-${v.sha.slice(0, 12)}` &&
        typeof v.createdAt === 'string' &&
        (v.redispatchedAt === undefined || typeof v.redispatchedAt === 'string') &&
        (v.workflowId === undefined || typeof v.workflowId === 'number'));
}
/** An ended bisection's record, or a pending re-run's: a run, its attempt, a time, and nothing else. */
function isRunRecord(v) {
    return (isObject(v) &&
        Number.isInteger(v.runId) &&
        Number.isInteger(v.attempt) &&
        typeof v.at === 'string' &&
        Object.keys(v).length === 3);
}
function isRevert(v) {
    return (isObject(v) &&
        typeof v.at === 'string' &&
        typeof v.sha === 'string' &&
        (v.pr === undefined || Number.isInteger(v.pr)) &&
        (v.revertSha === undefined || typeof v.revertSha === 'string') &&
        (v.target === undefined || typeof v.target === 'string') &&
        (v.landedSha === undefined || typeof v.landedSha === 'string') &&
        (v.record === undefined || typeof v.record === 'string') &&
        (v.verdict === undefined || v.verdict === 'green' || v.verdict === 'still-failing') &&
        (v.relandPr === undefined || Number.isInteger(v.relandPr)) &&
        (v.verdictDispatchedAt === undefined || typeof v.verdictDispatchedAt === 'string'));
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
/**
 * The mark before a key's digest of open items (`openDigest`); the `1` is the version of what the items are
 * (`outcomeTeaches`): a release that changes that reads an older mark as none. No key can carry it by
 * accident: the branch and the job are folded to `[A-Za-z0-9._-]` and the run id and attempt are numbers.
 * Anyone who may write the repository's cache can forge one: a forged digest lasts until a job saves a
 * failure in that scope, and every green pass there goes unrecorded meanwhile (nothing fails or acts on it:
 * a pass only answers a failure, and a job that turns out not green downloads the ledger after all).
 */
const OPEN_MARK = '~o1-';
/**
 * A new key per run attempt (cache keys are immutable); `job` keeps jobs of one run from colliding;
 * `digest`: the saved ledger's `openDigest` (a restore by this attempt's key still finds it: the service
 * matches that key as a prefix too).
 */
function ledgerKey(branch, runId, attempt, job, digest) {
    const suffix = job ? `-${job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60)}` : '';
    return `${ledgerKeyPrefix(branch)}${runId}-${attempt}${suffix}${digest ? OPEN_MARK + digest : ''}`;
}
const DIGEST_AT_END = new RegExp(`${OPEN_MARK}([0-9a-f]{${DIGEST_BITS / 4}})$`);
/**
 * Whether a found ledger's key rules out that a pass of `job` on `sha` would be recorded in it: its digest
 * has neither the job's item nor the pair's. An older key, or a mark unversioned or unparsable, does not.
 */
function keyRulesOutPass(key, pass) {
    const hex = key.startsWith(LEDGER_KEY_BASE) ? DIGEST_AT_END.exec(key)?.[1] : undefined;
    if (!hex)
        return false;
    const digest = Buffer.from(hex, 'hex');
    return !digestHas(digest, `job\n${pass.job}`) && !digestHas(digest, `pair\n${pass.job}\n${pass.sha}`);
}


/***/ }),

/***/ 71018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALONE_ONLY_LIMIT: () => (/* binding */ ALONE_ONLY_LIMIT),
/* harmony export */   DEFAULT_MAX_OBSERVATIONS: () => (/* binding */ DEFAULT_MAX_OBSERVATIONS),
/* harmony export */   DEFAULT_MAX_TESTS: () => (/* binding */ DEFAULT_MAX_TESTS),
/* harmony export */   MAX_FIELD: () => (/* binding */ MAX_FIELD),
/* harmony export */   TEST_HISTORY_KEY_BASE: () => (/* binding */ TEST_HISTORY_KEY_BASE),
/* harmony export */   TEST_HISTORY_VERSION: () => (/* binding */ TEST_HISTORY_VERSION),
/* harmony export */   TEST_HISTORY_VIEW_FILE: () => (/* binding */ TEST_HISTORY_VIEW_FILE),
/* harmony export */   bounded: () => (/* binding */ bounded),
/* harmony export */   cacheWritable: () => (/* reexport safe */ _job_env_js__WEBPACK_IMPORTED_MODULE_2__.Lf),
/* harmony export */   emptyTestHistory: () => (/* binding */ emptyTestHistory),
/* harmony export */   evictionOrder: () => (/* binding */ evictionOrder),
/* harmony export */   flakyTests: () => (/* binding */ flakyTests),
/* harmony export */   historyBranches: () => (/* binding */ historyBranches),
/* harmony export */   historySummaryLine: () => (/* binding */ historySummaryLine),
/* harmony export */   knowledgeOf: () => (/* binding */ knowledgeOf),
/* harmony export */   knowledgeOfObservations: () => (/* binding */ knowledgeOfObservations),
/* harmony export */   mergeTestHistories: () => (/* binding */ mergeTestHistories),
/* harmony export */   onlyFlakyThisRun: () => (/* binding */ onlyFlakyThisRun),
/* harmony export */   onlyKnownFlaky: () => (/* binding */ onlyKnownFlaky),
/* harmony export */   recordTestOutcomes: () => (/* binding */ recordTestOutcomes),
/* harmony export */   testHistoryKey: () => (/* binding */ testHistoryKey),
/* harmony export */   testHistoryKeyPrefix: () => (/* binding */ testHistoryKeyPrefix),
/* harmony export */   testHistoryPlace: () => (/* binding */ testHistoryPlace),
/* harmony export */   testHistoryView: () => (/* binding */ testHistoryView)
/* harmony export */ });
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32558);
/* harmony import */ var _test_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36630);
/* harmony import */ var _job_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30538);
/**
 * The flaky-test history: a small JSON document per branch, keyed by `testKey`, holding each test's recent
 * observations (commit, branch, run, attempt, outcome, time, and the digest of its file when known). It
 * knows a test flaky only when it failed and passed on the same commit (two outcomes on the same code, in
 * any attempt, job or re-run); a test whose outcome changed across commits is only "unstable across
 * commits": the code under it changed, which is not flake. Broken: it failed every time over more than one
 * commit (never flaky). Quarantinable: at least two same-commit flakes on the default branch (a PR's base),
 * and not failing on that branch's latest commit. An observation without a commit (an old entry) is
 * unknown: never flake evidence. A change to the test's file (a new digest, or `changed`) starts its story
 * anew. Bounded (tests kept, observations per test, characters per field); read back from its stored form
 * without trust by test-history-read.ts. Pure.
 */


const testKeyOf = (o) => (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .testKey */ .S8)(o.id);
const TEST_HISTORY_VERSION = 1;
/** Tests kept per branch: the ones seen last are kept. */
const DEFAULT_MAX_TESTS = 2000;
/** Observations kept per test: the window flips are counted in. */
const DEFAULT_MAX_OBSERVATIONS = 20;
/** Longest key or sha kept: anything longer is hostile or broken and dropped. */
const MAX_FIELD = 1000;
function emptyTestHistory(branch) {
    return { version: TEST_HISTORY_VERSION, branch, tests: [] };
}
const fails = (o) => o !== 'passed';
/**
 * Adds a step's test outcomes. A failed or flaky test is always kept; a passed one only when the history
 * already knows it (a pass of a test never seen failing says nothing about flakiness). An observation of
 * the same run, attempt and commit replaces the earlier one (a re-read of the same records).
 */
function recordTestOutcomes(history, outcomes, where, keyOf, bounds = {}) {
    const byKey = new Map(history.tests.map((t) => [t.key, t.observations]));
    for (const outcome of outcomes) {
        const key = keyOf(outcome);
        // A key the step's output showed for two tests: its outcome may be either's, and would merge their stories.
        if (key.length > MAX_FIELD || outcome.sharedName)
            continue;
        const known = byKey.get(key);
        if (!known && outcome.outcome === 'passed')
            continue;
        const digest = where.fileDigests?.get(key);
        const observation = {
            sha: where.sha.length <= MAX_FIELD ? where.sha : '',
            ...(where.branch && where.branch.length <= MAX_FIELD ? { branch: where.branch } : {}),
            runId: where.runId,
            attempt: where.attempt,
            outcome: outcome.outcome,
            at: where.at,
            ...(digest ? { fileDigest: digest } : {}),
            ...(outcome.changed ? { changed: true } : {}),
            ...(outcome.passedInStep ? { passedInStep: true } : {}),
        };
        const kept = (known ?? []).filter((o) => !(o.runId === where.runId && o.attempt === where.attempt && o.sha === where.sha));
        // Delete first, so a test seen again moves to the end (the order eviction reads).
        byKey.delete(key);
        byKey.set(key, [...kept, observation]);
    }
    return bounded({ ...history, tests: [...byKey].map(([key, observations]) => ({ key, observations })) }, bounds);
}
/**
 * The tests' indexes, the one seen longest ago first: the order they are dropped in. Stable: among equal
 * times, the earlier in the list (seen earlier) goes first.
 */
function evictionOrder(tests) {
    const last = (t) => t.observations.at(-1)?.at ?? '';
    return tests
        .map((t, i) => ({ t, i }))
        .sort((a, b) => last(a.t).localeCompare(last(b.t)) || a.i - b.i)
        .map((x) => x.i);
}
/** Keeps the tests seen last and each one's newest observations. */
function bounded(history, bounds) {
    const maxTests = bounds.maxTests ?? DEFAULT_MAX_TESTS;
    const maxObservations = bounds.maxObservations ?? DEFAULT_MAX_OBSERVATIONS;
    const tests = history.tests
        .filter((t) => t.observations.length > 0)
        .map((t) => ({ key: t.key, observations: t.observations.slice(-maxObservations) }));
    if (tests.length <= maxTests)
        return { ...history, tests };
    const keep = new Set(evictionOrder(tests).slice(-maxTests));
    return { ...history, tests: tests.filter((_, i) => keep.has(i)) };
}
/**
 * Two histories of a branch in one (a pull request's own and its base's; two jobs of a run that each
 * saved): every observation of both, once, in time order, bounded.
 */
function mergeTestHistories(a, b, bounds = {}) {
    const byKey = new Map();
    for (const t of [...a.tests, ...b.tests]) {
        const seen = byKey.get(t.key) ?? [];
        for (const o of t.observations) {
            const same = seen.some((s) => s.runId === o.runId && s.attempt === o.attempt && s.sha === o.sha && s.at === o.at);
            if (!same)
                seen.push(o);
        }
        byKey.set(t.key, seen);
    }
    const tests = [...byKey].map(([key, observations]) => ({
        key,
        observations: [...observations].sort((x, y) => x.at.localeCompare(y.at)),
    }));
    const base = a.base ?? b.base;
    return bounded({ version: TEST_HISTORY_VERSION, branch: a.branch, ...(base ? { base } : {}), tests }, bounds);
}
/** The observations since the test's file last changed: a new digest, or the change touching it. */
function currentStory(observations) {
    let start = 0;
    let digest;
    observations.forEach((o, i) => {
        const newDigest = o.fileDigest !== undefined && digest !== undefined && o.fileDigest !== digest;
        if (o.changed || newDigest)
            start = i;
        if (o.fileDigest !== undefined)
            digest = o.fileDigest;
    });
    return observations.slice(start);
}
const branchesOf = (history) => ({
    own: history.branch,
    base: history.base ?? history.branch,
});
/**
 * What the history knows of one test; undefined when it has never seen it. Flips: pass/fail changes in
 * its window (a flaky observation is a fail then a pass inside one step, one flip), counted over its
 * current story (since its file last changed).
 */
function knowledgeOf(history, key) {
    const entry = history.tests.find((t) => t.key === key);
    if (!entry || entry.observations.length === 0)
        return undefined;
    return knowledgeOfObservations(entry.observations, branchesOf(history));
}
/**
 * The times of the test's same-commit flakes: each step that failed it and then passed it on a re-run of
 * itself, and each commit it both failed and passed on (another attempt, job or run). An observation
 * without a commit is never one.
 */
function sameCommitFlakes(story) {
    const known = story.filter((o) => o.sha !== '');
    const times = known.filter((o) => o.outcome === 'flaky').map((o) => o.at);
    const bySha = new Map();
    for (const o of known)
        bySha.set(o.sha, [...(bySha.get(o.sha) ?? []), o]);
    for (const onSha of bySha.values()) {
        const failed = onSha.find((o) => o.outcome === 'failed');
        const passed = onSha.find((o) => o.outcome === 'passed');
        if (failed && passed)
            times.push(failed.at > passed.at ? failed.at : passed.at);
    }
    return times.sort();
}
/** The base branch's latest commit saw the test fail and never pass: it may be broken there, never quarantined. */
function failingOnLatest(onBase) {
    const last = onBase.at(-1);
    if (!last)
        return false;
    if (last.sha === '')
        return last.outcome === 'failed';
    return onBase.filter((o) => o.sha === last.sha).every((o) => o.outcome === 'failed');
}
function knowledgeOfObservations(observations, branches = {}) {
    const story = currentStory(observations);
    let flips = 0;
    let crossCommitFlips = 0;
    story.forEach((o, i) => {
        if (o.outcome === 'flaky')
            flips++;
        const previous = story[i - 1];
        // A step starts failing unless it passed outright, and ends failing only when no re-run passed.
        if (!previous || (previous.outcome === 'failed') === fails(o.outcome))
            return;
        flips++;
        if (previous.sha !== o.sha || o.sha === '')
            crossCommitFlips++;
    });
    const flakes = sameCommitFlakes(story);
    const base = branches.base ?? branches.own;
    const onBase = story.filter((o) => (o.branch ?? branches.own) === base);
    const baseFlakes = sameCommitFlakes(onBase).length;
    const broken = isBroken(story);
    const flaky = !broken && flakes.length > 0;
    // Two changes of state across commits (failed, passed, failed): the code moved under it. Shown, never flake.
    const unstable = !flaky && !broken && crossCommitFlips >= 2;
    const quarantinable = flaky && baseFlakes >= 2 && !failingOnLatest(onBase);
    const aloneOnly = passedOnlyAlone(story);
    return {
        flaky,
        broken,
        flips,
        ...(flaky ? { flakes: flakes.length, firstSeen: flakes[0], lastSeen: flakes.at(-1) } : {}),
        ...(flaky && baseFlakes > 0 ? { baseFlakes } : {}),
        ...(quarantinable ? { quarantinable: true } : {}),
        ...(unstable ? { unstable: true } : {}),
        ...(aloneOnly >= ALONE_ONLY_LIMIT ? { passedOnlyAlone: aloneOnly } : {}),
    };
}
/**
 * Passes alone in a row, never a pass in the step's own run, before a test's pass alone no longer stands for
 * it: a test that fails only after another test's leftovers (order-dependent) passes alone every time.
 */
const ALONE_ONLY_LIMIT = 3;
/**
 * The story's `flaky` observations since its last pass in a step's own run: a `passed` one, or a flake the whole
 * step then passed after (failed ones neither count nor reset).
 */
function passedOnlyAlone(story) {
    let n = 0;
    for (let i = story.length - 1; i >= 0; i--) {
        const o = story[i];
        if (o.outcome === 'passed' || o.passedInStep)
            break;
        if (o.outcome === 'flaky')
            n++;
    }
    return n;
}
/** Failed on every run since it last passed, over more than one commit: the change broke it. */
function isBroken(story) {
    const trailing = [];
    for (let i = story.length - 1; i >= 0; i--) {
        const o = story[i];
        if (o.outcome !== 'failed')
            break;
        trailing.unshift(o);
    }
    return new Set(trailing.map((o) => o.sha)).size > 1;
}
/** The known-flaky tests (same-commit flakes), with what the history knows of each, flakiest first. */
function flakyTests(history) {
    return history.tests
        .map((t) => ({ key: t.key, knowledge: knowledgeOfObservations(t.observations, branchesOf(history)) }))
        .filter((t) => t.knowledge.flaky)
        .sort((a, b) => b.knowledge.flips - a.knowledge.flips || a.key.localeCompare(b.key));
}
/** The view `run/` asks: by `testKey`; undefined for a test never seen. */
function testHistoryView(history) {
    const branches = branchesOf(history);
    const byKey = new Map(history.tests.map((t) => [t.key, t.observations]));
    const known = new Map();
    return (key) => {
        const observations = byKey.get(key);
        if (!observations || observations.length === 0)
            return undefined;
        let k = known.get(key);
        if (!k) {
            k = knowledgeOfObservations(observations, branches);
            known.set(key, k);
        }
        return k;
    };
}
// ---- where it is kept ----
/** The file under RUNNER_TEMP where main leaves the job's history for later `run/` steps (and post). */
const TEST_HISTORY_VIEW_FILE = 'ci-recovery/test-history.json';
const TEST_HISTORY_KEY_BASE = 'ci-recovery-tests-';
/** Prefix of every history key of a branch (restored by prefix: the newest wins). */
function testHistoryKeyPrefix(branch) {
    return `${TEST_HISTORY_KEY_BASE}${(0,_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .branchSlug */ .W3)(branch)}-`;
}
/**
 * The key a job saves the branch's history under: cache keys are immutable, so a save needs a new one;
 * the run, attempt and job keep two jobs of a run from refusing each other's save.
 */
function testHistoryKey(branch, runId, attempt, job) {
    const safeJob = job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
    return `${testHistoryKeyPrefix(branch)}${runId}-${attempt}-${safeJob}`;
}
/**
 * The histories a job reads: its branch's, and on a pull request or another branch the default branch's
 * too (the cache lets a run restore its base's entries), the default branch's first.
 */
function historyBranches(context) {
    const own = context.branch ?? context.ref;
    const base = context.pr?.baseRef || context.defaultBranch;
    return base && base !== own ? { own, base } : { own };
}

/** Where a job's history is read and saved: its branch, the default branch it reads too, its run. */
function testHistoryPlace(context, start) {
    const { own, base } = historyBranches(context);
    return {
        branch: own,
        ...(base ? { base } : {}),
        runId: start.runId,
        attempt: start.attempt,
        job: start.job,
    };
}
/** One line for main's log: what the history knows. */
function historySummaryLine(history) {
    const flaky = flakyTests(history).length;
    const known = history.tests.map((t) => knowledgeOfObservations(t.observations, branchesOf(history)));
    const broken = known.filter((k) => k.broken).length;
    const unstable = known.filter((k) => k.unstable).length;
    return `ci-recovery: flaky-test history of ${history.branch || 'this branch'}: ${history.tests.length} test(s) known, ${flaky} flaky, ${broken} broken${unstable > 0 ? `, ${unstable} unstable across commits (not flaky)` : ''}.`;
}
/**
 * The keys of a failed step's tests when each of them passed on a re-run of itself in this very run and none
 * failed for good (tests.fail-on-passed-after-retry kept the step red): a failure of flaky tests only, proven
 * here, whatever the history knows. Undefined when a test failed for good, or none was flaky.
 */
function onlyFlakyThisRun(outcomes) {
    if (outcomes.some((o) => o.outcome === 'failed' && !o.quarantined))
        return undefined;
    // A test flaky on arrival is the change's own: a retry of the job must not wash it green.
    if (outcomes.some((o) => o.arrival))
        return undefined;
    const flaky = outcomes.filter((o) => o.outcome === 'flaky').map(testKeyOf);
    return flaky.length > 0 ? flaky : undefined;
}
/**
 * The keys of a step's failed tests when every one of them is known flaky (not broken, not changed by this
 * change, not quarantined away): a failure that a retry of the job is likely to cure, on a pull request
 * too. Undefined when the step named no failed test, or one of them is new, changed, broken or not flaky.
 */
function onlyKnownFlaky(outcomes, view) {
    const failing = outcomes.filter((o) => o.outcome === 'failed' && !o.quarantined);
    if (failing.length === 0)
        return undefined;
    const keys = [];
    for (const o of failing) {
        const key = testKeyOf(o);
        const known = view(key);
        // A title key's flakes may be another job's test's (test-identity.ts `titleKeyed`).
        if (o.changed || o.sharedName || (0,_test_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .titleKeyed */ .JG)(o.id) || !known?.flaky || known.broken)
            return undefined;
        keys.push(key);
    }
    return keys;
}


/***/ })

};
