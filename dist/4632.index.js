export const id = 4632;
export const ids = [4632];
export const modules = {

/***/ 85094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ phaseDeadline),
/* harmony export */   BR: () => (/* binding */ SUPERVISE_BUDGET),
/* harmony export */   SY: () => (/* binding */ POST_LIMITS),
/* harmony export */   Up: () => (/* binding */ MAIN_BUDGET),
/* harmony export */   X1: () => (/* binding */ MAIN_LIMITS),
/* harmony export */   XV: () => (/* binding */ POST_BUDGET)
/* harmony export */ });
/* unused harmony export Deadline */
/**
 * Time limits for what reporting and recording ask of services: each operation gets its own limit and
 * the phase a budget for all of them. An operation past its limit is abandoned (its fallback answers),
 * and the deadline remembers it, so the entry point can end the process instead of waiting on a socket
 * that a hung service holds open.
 */
class Deadline {
    budgetMs;
    phase;
    now;
    endsAt;
    /** Operations given up on: their sockets may still be open. */
    abandoned = [];
    /** The abandoned work itself, for a caller that can wait for it (a test, before it ends). */
    leftovers = [];
    constructor(budgetMs, 
    /** Whose budget, and the variable that sets it, for the warnings: `post`, CI_RECOVERY_POST_BUDGET_SECONDS. */
    phase = POST_BUDGET, now = Date.now) {
        this.budgetMs = budgetMs;
        this.phase = phase;
        this.now = now;
        this.endsAt = now() + budgetMs;
    }
    /** The wall-clock time (ms since the epoch) the budget runs out. */
    get endsAtMs() {
        return this.endsAt;
    }
    /** Why a call was cut short by the budget rather than by its own limit, naming what to set. */
    spentReason(what) {
        return `${what} was abandoned: ${this.phase.name}'s time budget of ${Math.round(this.budgetMs / 1000)} s is spent (${this.phase.setting} sets it)`;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - this.now());
    }
    /**
     * `work` within `limitMs` and the budget left, else `fallback(reason)`. `work` is expected never to
     * throw (the ports warn and carry on); if it does, the error passes.
     */
    async run(what, limitMs, 
    /** Given a signal that aborts when the call is given up (a child process can be ended with it). */
    work, fallback, 
    /** The variable that sets `limitMs`, named when the call runs out of it. */
    limitSetting) {
        const ms = Math.min(limitMs, this.remainingMs());
        // Nothing is started once the budget is spent: a call begun only to be abandoned would hold a socket.
        if (ms === 0)
            return fallback(this.spentReason(what));
        const seconds = Math.round(ms / 1000);
        let timer;
        const late = new Promise((resolve) => {
            // Node fires a timer longer than 2^31-1 ms at once: a budget set that large waits that long instead.
            timer = setTimeout(() => resolve('late'), Math.min(ms, 2 ** 31 - 1));
            timer.unref();
        });
        const abandon = new AbortController();
        try {
            const working = work(abandon.signal);
            const result = await Promise.race([working, late]);
            if (result !== 'late')
                return result;
            abandon.abort();
            this.abandoned.push(what);
            this.leftovers.push(working.catch(() => undefined));
            return fallback(ms < limitMs
                ? this.spentReason(what)
                : `${what} did not finish within ${seconds} s; given up so the job goes on` +
                    (limitSetting ? ` (${limitSetting} sets this limit)` : ''));
        }
        finally {
            clearTimeout(timer);
        }
    }
    /** Resolves once every abandoned operation has ended (an entry point exits instead of waiting). */
    async settled() {
        await Promise.all(this.leftovers);
    }
}
/** A phase's deadline: its budget from the job's environment (`seconds`), else the phase's default. */
function phaseDeadline(phase, seconds) {
    return new Deadline(seconds ? seconds * 1000 : phase.defaultMs, phase);
}
/** Limits of post's reporting: seconds per service call, a few minutes for the whole phase. */
const POST_LIMITS = {
    /** Reading the job's steps, or writing the sticky comment (several REST calls, each bounded too). */
    githubMs: 60_000,
    /** A cache or artifact upload or download (ledger, plan). */
    storeMs: 45_000,
};
const POST_BUDGET = {
    name: 'post',
    setting: 'CI_RECOVERY_POST_BUDGET_SECONDS',
    defaultMs: 150_000,
};
/**
 * Limits of main, which the user's steps wait for. The lane's reads (git, the PR's files) take seconds;
 * the rest of the budget is the resume's, whose store transfers may take minutes for a large checkpoint
 * (the store's stall watchdog already ends a silent one after a minute). Ten minutes stops a store that
 * trickles bytes, or a long row of slow answers, from holding the job much longer than a full re-run's
 * set-up would; a job whose checkpoints take longer to download sets CI_RECOVERY_MAIN_BUDGET_SECONDS.
 */
const MAIN_LIMITS = {
    /** The change since the base, from git (its commands already stop after 30 s without output). */
    gitMs: 60_000,
    /** The pull request's files through the API (one REST call per 100 files, each bounded). */
    githubMs: 60_000,
};
const MAIN_BUDGET = {
    name: 'main',
    setting: 'CI_RECOVERY_MAIN_BUDGET_SECONDS',
    defaultMs: 600_000,
};
/**
 * The budget of the supervisor, a job of its own after the run: it reads every failed job's log and
 * annotations (each REST call bounded), so its budget is larger than post's. Fifteen minutes covers a run
 * of many failed jobs with room to spare, and runs out before the reusable workflow's job is stopped
 * (its timeout-minutes input, 20 by default, set-up and checkouts included), so the supervisor says what it
 * gave up on. The reusable workflow passes its budget-seconds input (900 by default) as the setting.
 */
const SUPERVISE_BUDGET = {
    name: 'the supervisor',
    setting: 'CI_RECOVERY_SUPERVISE_BUDGET_SECONDS',
    defaultMs: 900_000,
};


/***/ }),

/***/ 48022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ explainRefusal),
/* harmony export */   lU: () => (/* binding */ refusalKind),
/* harmony export */   wW: () => (/* binding */ PERMISSION_FIXES)
/* harmony export */ });
/* unused harmony exports GITHUB_RERUN_WINDOW_DAYS, isRateLimited */
/* harmony import */ var _supervise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81253);
/**
 * Why GitHub refused a REST call, and what to tell the user. A 401 is a bad or expired token, a 403 is
 * one of several things (a missing permission, a rate limit, a re-run GitHub no longer allows, a
 * repository setting), and each needs a different fix: "grant permissions" is right for only one of them.
 */

/** What to change when GitHub refuses a call, by what the call needed. */
const PERMISSION_FIXES = {
    'metadata:read': '',
    'actions:read': "grant the supervisor job 'permissions: actions: read' (to read runs, jobs and logs)",
    'actions:write': "grant the supervisor job 'permissions: actions: write' (to re-run jobs)",
    'checks:read': "grant the supervisor job 'permissions: checks: read' (to read annotations)",
    'contents:read': "grant the supervisor job 'permissions: contents: read' (to read the workflow file, which says which jobs deploy)",
    'contents:write': "grant the supervisor job 'permissions: contents: write' (to push the revert branch)",
    'pull-requests:write': "grant the supervisor job 'permissions: pull-requests: write' (to open the revert PR and comment)",
    'pull-requests:read': "grant the supervisor job 'permissions: pull-requests: read' (to find the pull request)",
    'comments:write': "grant the job 'permissions: pull-requests: write' (to comment on a pull request; 'issues: write' also allows it)",
};
/** GitHub re-runs a run for 30 days after it started (docs: "Re-running workflows and jobs"). */
const GITHUB_RERUN_WINDOW_DAYS = 30;
const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;
/** The wording GitHub answers a re-run of a run older than 30 days with (seen by cli/cli#9989). */
const RERUN_TOO_OLD = /created over a month ago|older than 30 days/i;
const RERUN_TOO_MANY = /maximum number of (?:re-?runs|attempts)|re-?run limit|more than 50 (?:times|attempts)/i;
/** A rate limit, known by its headers (the wording alone is not required: a 403 may carry only them). */
function isRateLimited(refusal) {
    const headers = refusal.headers ?? {};
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0')
        return true;
    if (headers['retry-after'] !== undefined)
        return true;
    return /rate limit/i.test(refusal.message);
}
/** Which refusal this is; 'other' is not a refusal at all (a 5xx, a network error, a 422...). */
function refusalKind(refusal, needs, rerun) {
    const { status, message } = refusal;
    if (ACTIONS_MAY_NOT_CREATE_PRS.test(message))
        return 'actions-may-not-create-prs';
    if (status === 401)
        return 'bad-credentials';
    if ((status === 403 || status === 429) && isRateLimited(refusal))
        return 'rate-limit';
    if (status === 403 && rerun) {
        if (RERUN_TOO_OLD.test(message) || isPastRerunWindow(rerun))
            return 'rerun-too-old';
        if (RERUN_TOO_MANY.test(message) || (rerun.latestAttempt ?? 0) >= _supervise_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_MAX_RUN_ATTEMPTS */ .Oq)
            return 'rerun-too-many';
    }
    const refusedWrite = status === 404 && /Not Found/i.test(message) && needs.endsWith('write');
    if (status === 403 || refusedWrite)
        return needs === 'metadata:read' ? 'metadata' : 'permission';
    return 'other';
}
function isPastRerunWindow({ runCreatedAt, now = new Date() }) {
    if (!runCreatedAt)
        return false;
    const created = Date.parse(runCreatedAt);
    return Number.isFinite(created) && now.getTime() - created > GITHUB_RERUN_WINDOW_DAYS * 86_400_000;
}
/**
 * The message for a refused call, or undefined when it is not a refusal (the caller keeps the error).
 * `doing` says what ci-recovery was doing ("re-running run 42"); `said` is GitHub's first line.
 */
function explainRefusal(refusal, doing, needs, rerun) {
    const kind = refusalKind(refusal, needs, rerun);
    const said = `GitHub answered ${refusal.status ?? 'no status'} (${refusal.message})`;
    switch (kind) {
        case 'other':
            return undefined;
        case 'actions-may-not-create-prs':
            return {
                kind,
                message: `${doing}: GitHub Actions is not permitted to create or approve pull requests. Turn on Settings > Actions > General > ` +
                    "Workflow permissions > 'Allow GitHub Actions to create and approve pull requests' (for an organization, first in " +
                    "Organization settings > Actions > General), or pass a GitHub App or fine-grained token with 'pull-requests: write' as 'github-token'.",
            };
        case 'bad-credentials':
            return {
                kind,
                message: `${doing}: ${said}: the token is invalid or expired, not short of a permission. Pass a valid token as ` +
                    "'github-token' (the default github.token expires when its job ends; a personal or App token may have been revoked or expired).",
            };
        case 'rate-limit':
            return {
                kind,
                message: `${doing}: ${said}: ${rateLimitText(refusal)}; this is not a permission problem.`,
            };
        case 'rerun-too-old':
            return {
                kind,
                message: `${doing}: ${said}: GitHub re-runs a workflow run only within ${GITHUB_RERUN_WINDOW_DAYS} days of its start; re-run it by pushing a new commit or dispatching the workflow. No permission is missing.`,
            };
        case 'rerun-too-many':
            return {
                kind,
                message: `${doing}: ${said}: GitHub allows at most ${_supervise_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_MAX_RUN_ATTEMPTS */ .Oq} attempts of a workflow run; start a new run (push or dispatch). No permission is missing.`,
            };
        case 'metadata':
            return {
                kind,
                message: `${doing}: ${said}: this call needs only 'metadata: read', which every token with access to the repository has: the token cannot see this repository (a token for another repository, or a fine-grained token not given this one).`,
            };
        case 'permission':
            return { kind, message: `${doing}: ${said}: ${PERMISSION_FIXES[needs]}.` };
    }
}
function rateLimitText({ headers = {} }) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining'] ?? '') === '0' && Number.isFinite(reset) && reset > 0) {
        return `GitHub's API rate limit is spent until ${new Date(reset * 1000).toISOString()}`;
    }
    const after = headers['retry-after'];
    if (after !== undefined)
        return `GitHub's secondary rate limit asks to wait ${after} s before trying again`;
    return "GitHub's API rate limit was reached";
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


/***/ }),

/***/ 95939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   QU: () => (/* binding */ latestPlans),
/* harmony export */   g8: () => (/* binding */ parsePlanArtifactName),
/* harmony export */   nU: () => (/* binding */ planArtifactName),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, PLAN_ARTIFACT_PREFIX */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);

const PLAN_SCHEMA_VERSION = 1;
const PLAN_ARTIFACT_PREFIX = 'ci-recovery-plan-';
const MAX_STEPS = 20;
const MAX_TEXT = 500;
const MAX_STAGES = 100;
/** Build a plan, bounded in size (at most 20 steps, strings cut to 500 characters). */
function buildPlan(input, now = new Date()) {
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        ...input,
        jobKey: input.jobKey ?? input.job,
        failedSteps: input.failedSteps.slice(0, MAX_STEPS).map(boundStep),
        completedStages: input.completedStages.slice(0, MAX_STAGES).map((s) => cut(s)),
        checkpoints: input.checkpoints.slice(-MAX_STAGES),
        ...(input.laneReason !== undefined ? { laneReason: cut(input.laneReason) } : {}),
        ...(input.resumableStages
            ? { resumableStages: input.resumableStages.slice(0, MAX_STAGES).map((s) => cut(s)) }
            : {}),
        createdAt: input.createdAt ?? now.toISOString(),
    };
    return plan;
}
function boundStep(step) {
    const c = step.classification;
    return {
        ...step,
        name: cut(step.name),
        ...(step.stage !== undefined ? { stage: cut(step.stage) } : {}),
        ...(c
            ? {
                classification: {
                    ...c,
                    rule: cut(c.rule),
                    ...(c.evidence ? { evidence: { line: c.evidence.line, text: cut(c.evidence.text) } } : {}),
                },
            }
            : {}),
        ...(step.decision
            ? {
                decision: {
                    strategy: step.decision.strategy,
                    rule: cut(step.decision.rule),
                    reason: cut(step.decision.reason),
                    ...(step.decision.maxAttempts !== undefined ? { maxAttempts: step.decision.maxAttempts } : {}),
                    ...(step.decision.backoffSeconds !== undefined
                        ? { backoffSeconds: step.decision.backoffSeconds }
                        : {}),
                },
            }
            : {}),
    };
}
const cut = (s, max = MAX_TEXT) => (s.length > max ? s.slice(0, max) : s);
/** Artifact name of a job attempt's plan: `ci-recovery-plan-<job>-a<attempt>` (attempt-qualified: re-runs share a run). */
function planArtifactName(jobKey, attempt) {
    const safe = jobKey
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${PLAN_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/** Parse `ci-recovery-plan-<job>-a<attempt>` back; undefined for any other artifact. */
function parsePlanArtifactName(name) {
    const m = /^ci-recovery-plan-(.+)-a(\d+)$/.exec(name);
    if (!m?.[1] || !m[2])
        return undefined;
    return { jobKey: m[1], attempt: Number(m[2]) };
}
/** Validate an uploaded plan (untrusted). Throws an Error naming the first bad field. */
function parsePlan(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`recovery plan is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
        });
    }
    const v = obj(value, 'plan');
    if (v.schemaVersion !== PLAN_SCHEMA_VERSION)
        throw new Error(`recovery plan: unsupported schemaVersion ${String(v.schemaVersion)}`);
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        repo: str(v.repo, 'repo'),
        runId: int(v.runId, 'runId'),
        attempt: int(v.attempt, 'attempt'),
        job: str(v.job, 'job'),
        jobKey: str(v.jobKey ?? v.job, 'jobKey'),
        conclusion: oneOf(v.conclusion, ['success', 'failure', 'cancelled'], 'conclusion'),
        failedSteps: arr(v.failedSteps, 'failedSteps')
            .slice(0, MAX_STEPS)
            .map((s, i) => parseStep(s, `failedSteps[${i}]`)),
        completedStages: arr(v.completedStages, 'completedStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `completedStages[${i}]`)),
        checkpoints: arr(v.checkpoints, 'checkpoints')
            .slice(-MAX_STAGES)
            .map((c, i) => {
            const o = obj(c, `checkpoints[${i}]`);
            return {
                id: str(o.id, `checkpoints[${i}].id`),
                stage: str(o.stage, `checkpoints[${i}].stage`),
                ...(o.attempt !== undefined ? { attempt: int(o.attempt, `checkpoints[${i}].attempt`) } : {}),
            };
        }),
        createdAt: str(v.createdAt, 'createdAt'),
    };
    if (v.jobId !== undefined)
        plan.jobId = int(v.jobId, 'jobId');
    if (v.lane !== undefined)
        plan.lane = oneOf(v.lane, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LANES */ .Ci, 'lane');
    if (v.laneReason !== undefined)
        plan.laneReason = str(v.laneReason, 'laneReason');
    if (v.prNumber !== undefined)
        plan.prNumber = int(v.prNumber, 'prNumber');
    if (v.headSha !== undefined) {
        plan.headSha = str(v.headSha, 'headSha');
        if (!/^[0-9a-f]{7,64}$/i.test(plan.headSha))
            throw new Error('recovery plan: headSha is not a commit id');
    }
    if (v.branch !== undefined)
        plan.branch = str(v.branch, 'branch');
    if (v.flaky !== undefined) {
        if (typeof v.flaky !== 'boolean')
            throw new Error('recovery plan: flaky is not true or false');
        plan.flaky = v.flaky;
    }
    if (v.stageDurations !== undefined) {
        const d = obj(v.stageDurations, 'stageDurations');
        plan.stageDurations = Object.fromEntries(Object.entries(d)
            .slice(0, MAX_STAGES)
            .map(([k, ms]) => [cut(k), nonNegative(ms, `stageDurations.${k}`)]));
    }
    if (v.resumableStages !== undefined)
        plan.resumableStages = arr(v.resumableStages, 'resumableStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `resumableStages[${i}]`));
    if (v.jobMs !== undefined)
        plan.jobMs = nonNegative(v.jobMs, 'jobMs');
    return plan;
}
function parseStep(value, where) {
    const o = obj(value, where);
    const step = {
        name: str(o.name, `${where}.name`),
        source: oneOf(o.source, ['record', 'jobs-api'], `${where}.source`),
    };
    if (o.stage !== undefined)
        step.stage = str(o.stage, `${where}.stage`);
    if (o.conclusion !== undefined) {
        step.conclusion = oneOf(o.conclusion, ['success', 'failure', 'cancelled', 'skipped', 'unknown'], `${where}.conclusion`);
    }
    if (o.exitCode !== undefined)
        step.exitCode = int(o.exitCode, `${where}.exitCode`, -2_147_483_648);
    if (o.signal !== undefined)
        step.signal = str(o.signal, `${where}.signal`, 20);
    if (o.attempts !== undefined)
        step.attempts = int(o.attempts, `${where}.attempts`);
    if (o.classification !== undefined) {
        const c = obj(o.classification, `${where}.classification`);
        step.classification = {
            type: oneOf(c.type, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_TYPES */ .fs, `${where}.classification.type`),
            confidence: oneOf(c.confidence, ['high', 'medium', 'low'], `${where}.classification.confidence`),
            retryable: c.retryable === true,
            rule: str(c.rule, `${where}.classification.rule`),
        };
        if (c.evidence !== undefined) {
            const e = obj(c.evidence, `${where}.classification.evidence`);
            step.classification.evidence = {
                line: int(e.line, `${where}.classification.evidence.line`),
                text: str(e.text, `${where}.classification.evidence.text`),
            };
        }
    }
    if (o.decision !== undefined) {
        const d = obj(o.decision, `${where}.decision`);
        step.decision = {
            strategy: oneOf(d.strategy, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL, `${where}.decision.strategy`),
            rule: str(d.rule, `${where}.decision.rule`),
            reason: str(d.reason, `${where}.decision.reason`),
        };
        if (d.maxAttempts !== undefined)
            step.decision.maxAttempts = int(d.maxAttempts, `${where}.decision.maxAttempts`);
        if (d.backoffSeconds !== undefined)
            step.decision.backoffSeconds = nonNegative(d.backoffSeconds, `${where}.decision.backoffSeconds`);
    }
    return step;
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be an object`);
    return v;
}
function arr(v, where) {
    if (!Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be a list`);
    return v;
}
function str(v, where, max = MAX_TEXT) {
    if (typeof v !== 'string')
        throw new Error(`recovery plan: ${where} must be a string`);
    return cut(v, max);
}
function int(v, where, min = 0) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
        throw new Error(`recovery plan: ${where} must be a whole number`);
    return v;
}
function nonNegative(v, where) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new Error(`recovery plan: ${where} must be a number >= 0`);
    return v;
}
function oneOf(v, allowed, where) {
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new Error(`recovery plan: ${where} must be one of ${allowed.join(', ')}`);
    }
    return v;
}
/** The newest attempt's plan per job key. */
function latestPlans(plans) {
    const byJob = new Map();
    for (const p of plans) {
        const seen = byJob.get(p.jobKey);
        if (!seen || p.attempt > seen.attempt)
            byJob.set(p.jobKey, p);
    }
    return [...byJob.values()];
}


/***/ }),

/***/ 47091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ parseStickyBody),
/* harmony export */   PX: () => (/* binding */ isOwnStickyComment),
/* harmony export */   Sj: () => (/* binding */ renderStickyBody),
/* harmony export */   X0: () => (/* binding */ mergeSections),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   f$: () => (/* binding */ encodeJobKey),
/* harmony export */   f5: () => (/* binding */ renderCommentSection)
/* harmony export */ });
/* unused harmony exports STICKY_MARKER, isStickyComment, mergeSection */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(327);
/* harmony import */ var _time_saved_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75419);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64143);
/**
 * The sticky PR comment: one comment per PR, found by a hidden marker, with one section per job delimited
 * by hidden markers so every job of a run (and the supervisor) updates only its own part. Pure.
 */





const STICKY_MARKER = '<!-- ci-recovery:sticky -->';
const TITLE = '### ci-recovery';
/** Is this comment body ours? (The marker starts the body; a quote of it in a reply does not count.) */
function isStickyComment(body) {
    return typeof body === 'string' && body.trimStart().startsWith(STICKY_MARKER);
}
/** The identity GitHub writes GITHUB_TOKEN's comments under: the default when no other is known. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
/**
 * Is this comment our sticky comment? The marker alone is not enough: anyone may post a comment that
 * starts with it (forged sections, links, mentions). Only a comment written by the token's own identity
 * is ours; a bot's login (`<slug>[bot]`) counts only on an account of type Bot.
 */
function isOwnStickyComment(comment, self) {
    const author = comment.user;
    if (!isStickyComment(comment.body) || !author?.login)
        return false;
    if (author.login.toLowerCase() !== self.login.toLowerCase())
        return false;
    return !self.login.endsWith('[bot]') || author.type === 'Bot';
}
/** Keys longer than this (in characters) are kept as their start and a digest of the whole. */
const MAX_KEY_CHARS = 100;
const KEPT_KEY_CHARS = 80;
/**
 * A key of at most MAX_KEY_CHARS characters that still tells apart every job: two matrix legs whose names
 * share their first 100 characters (long matrix values) would otherwise write one section, each erasing
 * the other's report. A long key keeps its start, readable, and a digest of the whole.
 */
function boundedKey(key) {
    const chars = [...key];
    if (chars.length <= MAX_KEY_CHARS)
        return key;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
    return `${chars.slice(0, KEPT_KEY_CHARS).join('')}.${digest}`;
}
/**
 * A job key made safe inside an HTML comment and unambiguous: characters outside `[A-Za-z0-9_./-]` are
 * percent-encoded (so is `%`), `--` (which would end the comment) is broken up, and a long key is
 * bounded without losing what tells it apart (boundedKey).
 */
function encodeJobKey(key) {
    // Bounded by characters before encoding, so an encoded key never ends inside a percent sequence.
    const encoded = [...boundedKey(key)]
        .map((ch) => /^[A-Za-z0-9_./-]$/.test(ch)
        ? ch
        : [...Buffer.from(ch, 'utf8')]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''))
        .join('');
    return encoded.replace(/--/g, '-%2D') || '_';
}
function decodeJobKey(encoded) {
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return encoded;
    }
}
const openMarker = (s) => `<!-- ci-recovery:job:${encodeJobKey(s.key)}${s.runId !== undefined ? ` run=${s.runId}` : ''}${s.attempt !== undefined ? ` attempt=${s.attempt}` : ''} -->`;
const closeMarker = (s) => `<!-- /ci-recovery:job:${encodeJobKey(s.key)} -->`;
const SECTION_RE = /<!-- ci-recovery:job:([A-Za-z0-9_./%-]+)(?: run=(\d+))?(?: attempt=(\d+))? -->\n([\s\S]*?)\n?<!-- \/ci-recovery:job:\1 -->/g;
/** The job sections of a sticky comment body, in order; anything outside them is ignored. */
function parseStickyBody(body) {
    const sections = [];
    for (const m of body.matchAll(SECTION_RE)) {
        const [, key = '', run, attempt, text = ''] = m;
        sections.push({
            key: decodeJobKey(key),
            body: text,
            ...(run !== undefined ? { runId: Number(run) } : {}),
            ...(attempt !== undefined ? { attempt: Number(attempt) } : {}),
        });
    }
    return sections;
}
/** Is `a` from a later run or attempt than `b`? Unknown versions count as newest (caller's write wins). */
function newerOrSame(a, b) {
    if (a.runId === undefined || b.runId === undefined)
        return true;
    if (a.runId !== b.runId)
        return a.runId > b.runId;
    return (a.attempt ?? 0) >= (b.attempt ?? 0);
}
/**
 * Union of section lists by key, keeping first-seen order. For a key in several lists the newest run/
 * attempt wins, and among equals the later list wins (pass lists oldest first).
 */
function mergeSections(...lists) {
    // Keyed by the encoded form: the identity the markers carry.
    const byKey = new Map();
    for (const list of lists) {
        for (const s of list) {
            const id = encodeJobKey(s.key);
            const existing = byKey.get(id);
            if (!existing || newerOrSame(s, existing))
                byKey.set(id, s);
        }
    }
    return [...byKey.values()];
}
/** Strip anything in a section body that would look like our markers. */
function neutralize(body) {
    return body.replace(/<!--\s*\/?\s*ci-recovery:/g, '&lt;!-- ci-recovery:');
}
/**
 * The full comment body: marker, title, then each section between its markers; kept under `limit`
 * characters (65,536) by cutting the longest sections first (the oldest among equals) with a note.
 */
function renderStickyBody(sections, options = {}) {
    const limit = options.limit ?? _markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_LIMIT_CHARS */ .iW;
    const current = sections.map((s) => ({ ...s, body: neutralize(s.body.trim()) }));
    const render = () => [
        STICKY_MARKER,
        TITLE,
        '',
        ...current.map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s)}\n`),
    ].join('\n');
    const cutNote = `_Cut to fit GitHub's ${_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_LIMIT_CHARS */ .iW.toLocaleString('en-US')}-character comment limit: the job summary has all of it._`;
    const stubbed = new Set();
    let body = render();
    while (body.length > limit) {
        const index = pickToCut(current, stubbed);
        if (index === undefined)
            break;
        const section = current[index];
        const excess = body.length - limit;
        const target = section.body.length - excess;
        // Each section is cut once: to exactly what fits, or to the note alone when too little would remain.
        section.body = target >= 300 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateMarkdown */ .o4)(section.body, target, cutNote) : cutNote;
        stubbed.add(index);
        body = render();
    }
    // Only possible with hundreds of jobs: drop the oldest sections whole.
    while (body.length > limit && current.length > 0) {
        current.shift();
        body = render();
    }
    return body;
}
/** The longest section not yet reduced to a stub; among equals the oldest run/attempt, then the first. */
function pickToCut(sections, stubbed) {
    let best;
    sections.forEach((s, i) => {
        if (stubbed.has(i))
            return;
        const b = best === undefined ? undefined : sections[best];
        if (!b || s.body.length > b.body.length || (s.body.length === b.body.length && !newerOrSame(s, b)))
            best = i;
    });
    return best;
}
/** Put `section` into an existing sticky body (replacing that job's section, keeping the others). */
function mergeSection(existingBody, section, options = {}) {
    const existing = existingBody ? parseStickyBody(existingBody) : [];
    return renderStickyBody(mergeSections(existing, [section]), options);
}
/** One job's section of the sticky comment, from its report. */
function renderCommentSection(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const head = [`${icon} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const lines = [`#### ${head.join(' · ')}`, ''];
    for (const f of report.failures.slice(0, 10)) {
        const c = f.classification;
        const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(f.step, { max: 100 })}`;
        const decision = f.decision ? `: ${f.decision.strategy}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeText */ .X1)(f.decision.reason, 300)}` : '';
        lines.push(`- ${what}${decision}`);
        if (c?.evidence)
            lines.push(`  - evidence (line ${c.evidence.line}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeSpan */ .SS)(c.evidence.text, { max: 300 })}`);
    }
    if (report.failures.length > 10)
        lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
    if (report.failures.length === 0) {
        const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
        lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
    }
    if (report.flaky)
        lines.push('- flagged **flaky**: the same commit passed after this failure before');
    const saved = (0,_time_saved_js__WEBPACK_IMPORTED_MODULE_2__/* .timeSavedNote */ .Xk)(report);
    if (saved)
        lines.push(saved);
    const links = [
        ...(report.jobUrl ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)('job summary', report.jobUrl)] : []),
        ...(report.runUrl
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .link */ .nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
            : []),
    ];
    if (links.length > 0)
        lines.push('', links.join(' · '));
    if ((report.decision ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .strongestDecision */ .uc)(report.failures))?.strategy === 'manual') {
        lines.push('', '<details><summary>Post-mortem (prefilled: needs a person)</summary>', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPostMortem */ .Rt)(report), '', '</details>');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 34201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wm: () => (/* binding */ STEP_SUMMARY_LIMIT_BYTES),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown)
/* harmony export */ });
/**
 * Markdown helpers for text that comes from logs, step names and commit messages: it must never turn into
 * markup, links, HTML or @-mentions in a job summary or a PR comment.
 */
/** Limits of the places we write to. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
// Control characters (C0 except tab/newline, DEL, C1) and bidi overrides, which can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** One line: control characters dropped, whitespace runs collapsed, cut to `max` characters with an ellipsis. */
function oneLine(text, max = 300) {
    const flat = text.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
/**
 * Plain text that renders literally: HTML is entity-encoded, markdown punctuation backslash-escaped, and
 * `@` followed by a zero-width space so a log line never mentions a person or team.
 */
function escapeText(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, (c) => `\\${c}`)
        .replace(/@/g, '@&#8203;');
}
/**
 * A fenced code block holding `text` verbatim: the fence is longer than any run of backticks inside, so a
 * value (a job name, a commit subject) cannot close it and write markup after it.
 */
function codeBlock(text, lang = '') {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/**
 * An inline code span holding `text` verbatim (a code span renders no markup, links, HTML or mentions).
 * In a table cell GitHub still splits on `|`, so `inTable` escapes it (GFM renders `\|` in a cell as `|`).
 */
function codeSpan(text, { max = 300, inTable = false } = {}) {
    let body = oneLine(text, max);
    if (body === '')
        return '';
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** Mermaid labels allow no `:` `;` `#` or quotes; keep a safe readable subset. */
function mermaidLabel(text, max = 60) {
    const safe = oneLine(text, max)
        .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return safe === '' ? 'step' : safe;
}
/** `1h 2m`, `3m 04s`, `12.3s`, `850ms`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    if (h > 0)
        return `${h}h ${m}m`;
    return `${m}m ${String(s).padStart(2, '0')}s`;
}
/** A markdown link whose label is escaped; only http(s) URLs become links. */
function link(label, url) {
    const text = escapeText(label, 120);
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return text;
    return `[${text}](${url})`;
}
/**
 * Cut `markdown` so it fits `limit` (measured by `measure`), at a line boundary, closing a code fence or
 * a `<details>` block the cut left open, and ending with `note`. Returns the text unchanged when it fits.
 */
function truncateMarkdown(markdown, limit, note, measure = (s) => s.length) {
    if (measure(markdown) <= limit)
        return markdown;
    const tail = `\n\n${note}\n`;
    const lines = markdown.split('\n');
    // Binary search on the number of whole lines kept; closers are part of the measured text.
    let lo = 0;
    let hi = lines.length;
    const build = (n) => {
        const kept = lines.slice(0, n);
        return kept.join('\n') + closers(kept) + tail;
    };
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(build(mid)) <= limit)
            lo = mid;
        else
            hi = mid - 1;
    }
    const out = build(lo);
    if (measure(out) > limit) {
        // Even the note alone does not fit: hard cut (should only happen with absurd limits).
        return sliceToFit(note, limit, measure);
    }
    // A very long next line (rare: our lines are short) is kept in part rather than dropped whole; the
    // blank line before the note ends its paragraph, so a cut code span cannot run on.
    const next = lines[lo];
    if (next === undefined || limit - measure(out) < 200)
        return out;
    const chars = [...next];
    const partial = (n) => {
        const kept = [...lines.slice(0, lo), `${chars.slice(0, n).join('')}…`];
        return kept.join('\n') + closers(kept) + tail;
    };
    let a = 0;
    let b = chars.length;
    while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if (measure(partial(mid)) <= limit)
            a = mid;
        else
            b = mid - 1;
    }
    return a > 0 ? partial(a) : out;
}
/** What a cut at the end of `lines` must append to leave no open fence or details block. */
function closers(lines) {
    let inFence = false;
    let fence = '';
    let openDetails = 0;
    for (const line of lines) {
        const m = /^\s*(`{3,}|~{3,})/.exec(line);
        if (m?.[1]) {
            if (!inFence) {
                inFence = true;
                fence = m[1];
            }
            else if (m[1].startsWith(fence)) {
                inFence = false;
            }
            continue;
        }
        if (inFence)
            continue;
        openDetails += (line.match(/<details>/g) ?? []).length;
        openDetails -= (line.match(/<\/details>/g) ?? []).length;
    }
    let out = '';
    if (inFence)
        out += `\n${fence}`;
    for (let i = 0; i < Math.max(0, openDetails); i++)
        out += '\n\n</details>';
    return out;
}
function sliceToFit(text, limit, measure) {
    let chars = [...text];
    while (chars.length > 0 && measure(chars.join('')) > limit)
        chars = chars.slice(0, Math.floor(chars.length * 0.9));
    return chars.join('');
}
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ stagesFromRecords),
/* harmony export */   eG: () => (/* binding */ timeSpent),
/* harmony export */   jU: () => (/* binding */ timeSaved),
/* harmony export */   uc: () => (/* binding */ strongestDecision)
/* harmony export */ });
const ms = (iso) => {
    if (!iso)
        return undefined;
    const t = Date.parse(iso);
    return Number.isNaN(t) ? undefined : t;
};
/**
 * Stage views from the action's own records, in start order. Stages completed by an earlier attempt are
 * `resumed` (their record says skipped and the stage is in `completedStages`); `previousDurations` gives
 * how long they took then (stage -> ms; from the checkpoint manifests or the previous plan).
 */
function stagesFromRecords(records, completedStages = [], previousDurations = {}) {
    const done = new Set(completedStages);
    return [...records]
        .sort((a, b) => (ms(a.startedAt) ?? 0) - (ms(b.startedAt) ?? 0))
        .map((r) => {
        const start = ms(r.startedAt);
        const end = ms(r.completedAt);
        const resumed = r.outcome === 'skipped' && r.stage !== undefined && done.has(r.stage);
        const previous = r.stage !== undefined ? previousDurations[r.stage] : undefined;
        return {
            name: r.stage || r.step,
            kind: r.kind,
            outcome: r.outcome,
            ...(r.startedAt ? { startedAt: r.startedAt } : {}),
            ...(start !== undefined && end !== undefined && end >= start ? { durationMs: end - start } : {}),
            attempts: r.attempts.map((a) => ({
                attempt: a.attempt,
                startedAt: a.startedAt,
                durationMs: a.durationMs,
                ...(a.exitCode !== undefined ? { exitCode: a.exitCode } : {}),
                ...(a.signal ? { signal: a.signal } : {}),
                ...(a.timedOut ? { timedOut: true } : {}),
                ...(a.classification ? { failureType: a.classification.type } : {}),
            })),
            ...(resumed ? { resumed: true } : {}),
            ...(resumed && previous !== undefined ? { previousDurationMs: previous } : {}),
            ...(r.checkpointId ? { checkpointId: r.checkpointId } : {}),
        };
    });
}
/**
 * Time the job did not spend thanks to recovery:
 * - a stage skipped by resume saves what it took when it last ran;
 * - a stage that passed after in-step retries saves the job re-run it would otherwise have needed: every
 *   stage before it would run again (estimated as the time from job start to the stage's start).
 */
function timeSaved(report) {
    const saved = [];
    const jobStart = ms(report.startedAt) ?? Math.min(...report.stages.map((s) => ms(s.startedAt) ?? Infinity));
    for (const stage of report.stages) {
        if (stage.resumed && stage.previousDurationMs !== undefined && stage.previousDurationMs > 0) {
            saved.push({ what: `resume skipped stage ${stage.name}`, ms: stage.previousDurationMs, how: 'resume' });
        }
        if (stage.outcome === 'success' && stage.attempts.length > 1 && Number.isFinite(jobStart)) {
            const start = ms(stage.startedAt);
            if (start !== undefined && start >= jobStart) {
                saved.push({
                    what: `in-step retry of ${stage.name} (no job re-run)`,
                    ms: start - jobStart,
                    how: 'retry-in-step',
                });
            }
        }
    }
    return saved;
}
/** Wall time of the job so far, and the part of it spent in failed attempts (lost to failures). */
function timeSpent(report) {
    const start = ms(report.startedAt);
    const end = ms(report.finishedAt);
    let failedAttemptsMs = 0;
    for (const stage of report.stages) {
        stage.attempts.forEach((a, i) => {
            const isLastOfSuccess = stage.outcome === 'success' && i === stage.attempts.length - 1;
            if (!isLastOfSuccess)
                failedAttemptsMs += Math.max(0, a.durationMs);
        });
    }
    return {
        ...(start !== undefined && end !== undefined && end >= start ? { totalMs: end - start } : {}),
        failedAttemptsMs,
    };
}
const STRATEGY_WEIGHT = { skip: 0, retry: 1, resume: 2, rollback: 3, manual: 4 };
/** The decision that speaks for the whole job: the one that needs the most from people. */
function strongestDecision(failures) {
    let best;
    for (const f of failures) {
        if (f.decision && (!best || STRATEGY_WEIGHT[f.decision.strategy] > STRATEGY_WEIGHT[best.strategy]))
            best = f.decision;
    }
    return best;
}


/***/ }),

/***/ 64143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rt: () => (/* binding */ renderPostMortem),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_LINE_END_BYTES

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var report_markdown = __webpack_require__(34201);
// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(327);
// EXTERNAL MODULE: ./src/core/report/time-saved.ts
var time_saved = __webpack_require__(75419);
;// CONCATENATED MODULE: ./src/core/report/timeline.ts
/** A Mermaid gantt chart of the job's attempts: one section per stage, one bar per attempt. */

const MAX_BARS = 60;
/**
 * The fenced ```mermaid block, or '' when there is nothing timed to show. Times are epoch milliseconds
 * (`dateFormat x`); a failed attempt is `crit`, a passed one `done`, a stage resumed from an earlier
 * attempt a milestone.
 */
function renderTimeline(stages, title = 'Attempts') {
    const lines = [];
    let bars = 0;
    let omitted = 0;
    for (const stage of stages) {
        const section = [];
        if (stage.resumed) {
            const at = Date.parse(stage.startedAt ?? '');
            if (!Number.isNaN(at))
                section.push(`    resumed from an earlier attempt :milestone, ${at}, ${at + 1}`);
        }
        stage.attempts.forEach((a, i) => {
            const start = Date.parse(a.startedAt);
            if (Number.isNaN(start))
                return;
            const failed = !(stage.outcome === 'success' && i === stage.attempts.length - 1);
            const why = failed
                ? a.timedOut
                    ? 'timeout'
                    : (a.failureType ?? (a.exitCode !== undefined ? `exit ${a.exitCode}` : 'failed'))
                : 'ok';
            const end = start + Math.max(1, Math.round(a.durationMs));
            section.push(`    attempt ${a.attempt} ${(0,report_markdown/* mermaidLabel */._b)(why, 30)} :${failed ? 'crit' : 'done'}, ${start}, ${end}`);
        });
        if (section.length === 0)
            continue;
        if (bars + section.length > MAX_BARS) {
            omitted += section.length;
            continue;
        }
        bars += section.length;
        lines.push(`    section ${(0,report_markdown/* mermaidLabel */._b)(stage.name)}`, ...section);
    }
    if (bars === 0)
        return '';
    const head = [
        '```mermaid',
        'gantt',
        `    title ${(0,report_markdown/* mermaidLabel */._b)(title)}`,
        '    dateFormat x',
        '    axisFormat %H:%M:%S',
    ];
    const out = [...head, ...lines, '```'];
    if (omitted > 0)
        out.push('', `_${omitted} more attempts not drawn._`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/core/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY) and the manual post-mortem. Everything derived from logs, step
 * names, branches or commits goes through the escaping helpers; `warnings` are ci-recovery's own markdown.
 */




const OUTCOME_ICON = { success: '✅', failure: '❌', skipped: '⏭️' };
/** The most bytes the line end after a summary takes (CRLF). */
const SUMMARY_LINE_END_BYTES = 2;
/** The job summary markdown, under `limitBytes` with its line end (cut with a note when it would not fit). */
function renderSummary(report, options = {}) {
    const limit = options.limitBytes ?? report_markdown/* STEP_SUMMARY_LIMIT_BYTES */.Wm;
    const parts = [heading(report), contextLines(report)];
    if (report.warnings.length > 0)
        parts.push(warningsBlock(report.warnings));
    const decision = report.decision ?? (0,model/* strongestDecision */.uc)(report.failures);
    if (decision) {
        parts.push(`### Decision\n\n**${decision.strategy}** (rule ${(0,report_markdown/* codeSpan */.SS)(decision.rule, { max: 80 })}): ${(0,report_markdown/* escapeText */.X1)(decision.reason, 500)}` +
            (report.flaky
                ? '\n\nThis failure is **flaky**: the same commit passed after it before (ledger).'
                : ''));
    }
    if (report.failures.length > 0)
        parts.push(`### Failures\n\n${failuresTable(report.failures)}\n\n${evidenceLines(report.failures)}`);
    if (report.stages.length > 0)
        parts.push(`### Stages\n\n${stagesTable(report.stages)}`);
    parts.push(timeBlock(report));
    const timeline = renderTimeline(report.stages, `${report.job} attempt ${report.attempt}`);
    if (timeline)
        parts.push(`### Timeline\n\n${timeline}`);
    if (decision?.strategy === 'manual')
        parts.push(renderPostMortem(report));
    const markdown = `${parts.join('\n\n')}\n`;
    const note = `> [!NOTE]\n> This summary was cut to fit GitHub's ${formatBytes(limit)} step summary limit${report.jobUrl ? `; the job log has the rest: ${(0,report_markdown/* link */.nf)('job log', report.jobUrl)}` : ''}.`;
    // Room for the line end the runner adapter appends (`appendSummary`, up to 2 bytes on Windows): the file
    // must stay within the limit, not just this text.
    return (0,report_markdown/* truncateMarkdown */.o4)(markdown, limit - SUMMARY_LINE_END_BYTES, note, report_markdown/* utf8Bytes */.dy);
}
function heading(report) {
    const icon = report.conclusion === 'success' ? '✅' : report.conclusion === 'cancelled' ? '⏹️' : '❌';
    const recovered = report.conclusion === 'success' && report.stages.some((s) => s.attempts.length > 1 || s.resumed);
    const state = report.conclusion === 'success'
        ? recovered
            ? 'recovered'
            : 'passed'
        : report.conclusion === 'cancelled'
            ? 'cancelled'
            : 'failed';
    return `## ${icon} ci-recovery: ${(0,report_markdown/* escapeText */.X1)(report.job, 120)} ${state} (attempt ${report.attempt})`;
}
function contextLines(report) {
    const lines = [];
    if (report.lane)
        lines.push(`**Lane:** ${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 300)}`);
    const where = [];
    if (report.runId !== undefined)
        where.push((0,report_markdown/* link */.nf)(`run ${report.runId}, attempt ${report.attempt}`, report.runUrl));
    if (report.jobUrl)
        where.push((0,report_markdown/* link */.nf)('job log', report.jobUrl));
    if (report.sha)
        where.push(`commit ${(0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12))}`);
    if (report.branch)
        where.push(`branch ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}`);
    if (report.prNumber !== undefined)
        where.push(`PR #${report.prNumber}`);
    if (where.length > 0)
        lines.push(`**Run:** ${where.join(' · ')}`);
    return lines.join('  \n');
}
/**
 * Warnings are sentences of ours that name steps, stages and files (a pull request names those): they are
 * plain text, escaped like any other, never markup.
 */
function warningsBlock(warnings) {
    return ['> [!WARNING]', ...warnings.map((w) => `> ${(0,report_markdown/* escapeText */.X1)(w, 1000)}`)].join('\n');
}
function failuresTable(failures) {
    const rows = failures.map((f) => {
        const c = f.classification;
        const step = (0,report_markdown/* codeSpan */.SS)(f.stage && f.stage !== f.step ? `${f.step} [${f.stage}]` : f.step, {
            inTable: true,
            max: 120,
        });
        const exit = f.signal
            ? `signal ${(0,report_markdown/* escapeText */.X1)(f.signal, 20)}`
            : f.exitCode !== undefined
                ? `exit ${f.exitCode}`
                : f.conclusion && f.conclusion !== 'failure'
                    ? f.conclusion
                    : '';
        const decision = f.decision
            ? `${f.decision.strategy} (${(0,report_markdown/* codeSpan */.SS)(f.decision.rule, { inTable: true, max: 60 })})`
            : '–';
        return `| ${step} | ${c ? `**${c.type}**` : 'not classified'} | ${c?.confidence ?? '–'} | ${c ? (0,report_markdown/* codeSpan */.SS)(c.rule, { inTable: true, max: 60 }) : '–'} | ${f.attempts ?? '–'} | ${exit || '–'} | ${decision} |`;
    });
    return [
        '| Step | Type | Confidence | Rule | Attempts | Exit | Decision |',
        '|---|---|---|---|---|---|---|',
        ...rows,
    ].join('\n');
}
/** The decisive line of each failure, verbatim in a code span (never markup). */
function evidenceLines(failures) {
    const lines = failures.map((f) => {
        const e = f.classification?.evidence;
        const name = (0,report_markdown/* codeSpan */.SS)(f.step, { max: 80 });
        if (!e || e.text.trim() === '')
            return `- ${name}: no decisive line found`;
        return `- ${name}, evidence (line ${e.line}): ${(0,report_markdown/* codeSpan */.SS)(e.text, { max: 400 })}`;
    });
    return `**Evidence**\n\n${lines.join('\n')}`;
}
function stagesTable(stages) {
    const rows = stages.map((s) => {
        const outcome = s.resumed
            ? `${OUTCOME_ICON.skipped} resumed${s.previousDurationMs !== undefined ? ` (took ${(0,report_markdown/* formatDuration */.a3)(s.previousDurationMs)} before)` : ''}`
            : `${OUTCOME_ICON[s.outcome]} ${s.outcome}`;
        const failedTypes = [
            ...new Set(s.attempts.map((a) => (a.timedOut ? 'timeout' : a.failureType)).filter((t) => t !== undefined)),
        ];
        const attempts = s.attempts.length === 0
            ? '0'
            : `${s.attempts.length}${failedTypes.length > 0 ? ` (${failedTypes.join(', ')})` : ''}`;
        return `| ${(0,report_markdown/* codeSpan */.SS)(s.name, { inTable: true, max: 80 })} | ${s.kind} | ${outcome} | ${attempts} | ${s.durationMs !== undefined ? (0,report_markdown/* formatDuration */.a3)(s.durationMs) : '–'} |`;
    });
    return ['| Stage | Kind | Outcome | Attempts | Duration |', '|---|---|---|---|---|', ...rows].join('\n');
}
function timeBlock(report) {
    const spent = (0,model/* timeSpent */.eG)(report);
    const lines = [];
    if (spent.totalMs !== undefined) {
        lines.push(`- Spent: ${(0,report_markdown/* formatDuration */.a3)(spent.totalMs)} in this job attempt, ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)} of it in failed attempts.`);
    }
    else {
        lines.push(`- Spent in failed attempts: ${(0,report_markdown/* formatDuration */.a3)(spent.failedAttemptsMs)}.`);
    }
    lines.push(...(0,time_saved/* timeSavedLines */.qD)(report));
    return `### Time\n\n${lines.join('\n')}`;
}
function formatBytes(n) {
    return n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`;
}
/**
 * The post-mortem for a failure ci-recovery hands to a person (strategy `manual`): what is known,
 * prefilled, and blanks for what only a person can say.
 */
function renderPostMortem(report) {
    const failure = report.failures.find((f) => f.decision?.strategy === 'manual') ?? report.failures[0];
    const lines = ['### Post-mortem (needs a person)', ''];
    if (failure) {
        const c = failure.classification;
        const what = [`step ${(0,report_markdown/* codeSpan */.SS)(failure.step, { max: 120 })}`];
        if (failure.stage && failure.stage !== failure.step)
            what.push(`stage ${(0,report_markdown/* codeSpan */.SS)(failure.stage, { max: 80 })}`);
        if (failure.exitCode !== undefined)
            what.push(`exit code ${failure.exitCode}`);
        if (failure.signal)
            what.push(`signal ${(0,report_markdown/* escapeText */.X1)(failure.signal, 20)}`);
        lines.push(`- **What failed:** ${what.join(', ')}`);
        lines.push(`- **Failure type:** ${c ? `${c.type} (${c.confidence} confidence, rule ${(0,report_markdown/* codeSpan */.SS)(c.rule, { max: 80 })})` : 'not classified'}`);
        lines.push(`- **Evidence:** ${c?.evidence ? `line ${c.evidence.line}: ${(0,report_markdown/* codeSpan */.SS)(c.evidence.text, { max: 400 })}` : 'no decisive line found'}`);
        if (failure.decision) {
            lines.push(`- **Why a person:** ${(0,report_markdown/* escapeText */.X1)(failure.decision.reason, 400)} (rule ${(0,report_markdown/* codeSpan */.SS)(failure.decision.rule, { max: 80 })})`);
        }
    }
    else {
        lines.push('- **What failed:** no failed step was identified');
    }
    lines.push(`- **Lane:** ${report.lane ? `${report.lane.lane}: ${(0,report_markdown/* escapeText */.X1)(report.lane.reason, 200)}` : 'unknown'}`);
    const inStep = failure?.attempts !== undefined ? `, ${failure.attempts} in-step attempt(s) of the failing step` : '';
    lines.push(`- **Attempts:** job attempt ${report.attempt}${report.runId !== undefined ? ` of run ${report.runId}` : ''}${inStep}`);
    lines.push(`- **Commit:** ${report.sha ? (0,report_markdown/* codeSpan */.SS)(report.sha.slice(0, 12)) : 'unknown'}${report.branch ? ` on ${(0,report_markdown/* codeSpan */.SS)(report.branch, { max: 120 })}` : ''}` +
        `; last good commit: ${report.lastGoodSha ? (0,report_markdown/* codeSpan */.SS)(report.lastGoodSha.slice(0, 12)) : 'unknown'}`);
    const links = Object.entries({
        ...(report.runUrl ? { run: report.runUrl } : {}),
        ...(report.jobUrl ? { 'job log': report.jobUrl } : {}),
        ...(failure?.url ? { step: failure.url } : {}),
        ...(report.links ?? {}),
    }).map(([name, url]) => (0,report_markdown/* link */.nf)(name, url));
    if (links.length > 0)
        lines.push(`- **Links:** ${links.join(' · ')}`);
    lines.push('', '| To fill in | Answer |', '|---|---|', '| Root cause | _ |', '| Caused by this change? (yes / no / unsure) | _ |', '| Fix or follow-up (link) | _ |', '| Owner | _ |', '| Should ci-recovery have decided otherwise? | _ |');
    return lines.join('\n');
}


/***/ }),

/***/ 75419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ renderResumeOutlook),
/* harmony export */   Xk: () => (/* binding */ timeSavedNote),
/* harmony export */   qD: () => (/* binding */ timeSavedLines),
/* harmony export */   rL: () => (/* binding */ resumeOutlook)
/* harmony export */ });
/* unused harmony export savedOverview */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(327);


function savedOverview(report) {
    const items = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .timeSaved */ .jU)(report);
    const totalMs = items.reduce((sum, s) => sum + s.ms, 0);
    const spentMs = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .timeSpent */ .eG)(report).totalMs;
    const unmeasured = report.stages
        .filter((s) => s.resumed && (s.previousDurationMs === undefined || s.previousDurationMs <= 0))
        .map((s) => s.name);
    return {
        items,
        totalMs,
        ...(spentMs !== undefined ? { spentMs } : {}),
        ...(spentMs !== undefined && totalMs > 0 ? { share: totalMs / (totalMs + spentMs) } : {}),
        unmeasured,
    };
}
const percent = (share) => `${Math.round(share * 100)}%`;
/** The "Saved" lines of the summary's Time block (markdown list items). */
function timeSavedLines(report) {
    const o = savedOverview(report);
    const lines = [];
    if (o.items.length === 0 && o.unmeasured.length === 0) {
        return ['- Saved: nothing this time (no stage was resumed or recovered in-step).'];
    }
    if (o.items.length > 0) {
        const of = o.share !== undefined && o.spentMs !== undefined
            ? `, ${percent(o.share)} of the job (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs + o.spentMs)} without recovery, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.spentMs)} with it)`
            : '';
        lines.push(`- Saved: about **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs)}**${of}`);
        for (const s of o.items) {
            const source = s.how === 'resume' ? ' (its duration in the earlier attempt)' : '';
            lines.push(`  - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(s.what, 200)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.ms)}${source}`);
        }
    }
    if (o.unmeasured.length > 0) {
        const names = o.unmeasured.slice(0, 20).map((n) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(n, { max: 80 }));
        lines.push(`- ${o.items.length > 0 ? 'Also resumed' : 'Saved: resumed'} ${names.join(', ')}, not counted: the checkpoint did not record how long ${o.unmeasured.length > 1 ? 'they' : 'it'} took in the earlier attempt.`);
    }
    return lines;
}
/** One line for the sticky comment, or undefined when nothing measurable was saved. */
function timeSavedNote(report) {
    const o = savedOverview(report);
    if (o.totalMs <= 0)
        return undefined;
    const resumed = o.items.filter((s) => s.how === 'resume').length;
    const retried = o.items.length - resumed;
    const how = [
        ...(resumed > 0 ? [`${resumed} stage(s) skipped by resume`] : []),
        ...(retried > 0 ? [`${retried} in-step retr${retried > 1 ? 'ies' : 'y'}`] : []),
    ].join(', ');
    return `- time saved: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.totalMs)}${o.share !== undefined ? ` (${percent(o.share)} of the job)` : ''}: ${how}`;
}
function resumeOutlook(plan) {
    const names = plan.resumableStages ?? [];
    if (names.length === 0)
        return undefined;
    const durations = plan.stageDurations ?? {};
    const stages = names.map((name) => Object.hasOwn(durations, name) ? { name, ms: durations[name] } : { name });
    const ms = stages.reduce((sum, s) => sum + (s.ms ?? 0), 0);
    const share = plan.jobMs !== undefined && plan.jobMs > 0 ? Math.min(1, ms / plan.jobMs) : undefined;
    return {
        stages,
        ms,
        ...(plan.jobMs !== undefined ? { jobMs: plan.jobMs } : {}),
        ...(share !== undefined && ms > 0 ? { share } : {}),
    };
}
/** One markdown line: what the re-run of `job` skips. */
function renderResumeOutlook(job, o) {
    const stages = o.stages
        .slice(0, 20)
        .map((s) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(s.name, { max: 80 })}${s.ms !== undefined ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.ms)})` : ''}`)
        .join(', ');
    const of = o.share !== undefined && o.jobMs !== undefined
        ? `, ${percent(o.share)} of the failed attempt's ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.jobMs)}`
        : '';
    const total = o.ms > 0 ? `: about ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(o.ms)} saved${of}` : '';
    return `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(job, 120)}: the re-run resumes from its checkpoint and skips ${stages}${total}`;
}


/***/ }),

/***/ 75569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ workflowsPermissionReason),
/* harmony export */   N5: () => (/* binding */ revertPushFailure),
/* harmony export */   QX: () => (/* reexport safe */ _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__.QX),
/* harmony export */   Tg: () => (/* binding */ notPushRun),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   eg: () => (/* binding */ revertEligibility),
/* harmony export */   x0: () => (/* binding */ UNKNOWN_PERMISSION)
/* harmony export */ });
/* unused harmony export isRevertCommit */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * When may the supervisor revert a commit that broke the default branch? Pure: every fact comes in, a
 * verdict with its reason goes out. Anchors: PyTorch autorevert (confirm on a re-run first, kill-switch label
 * checked against the applier's permission), Chromium Findit (daily cap, opt-out marker), ClickHouse
 * (never revert a revert, one culprit only).
 */


/** The permission of a labeller GitHub did not answer for: the kill switch counts it as a writer's. */
const UNKNOWN_PERMISSION = 'unknown';
const WRITERS = new Set(['admin', 'maintain', 'write']);
const notPushRun = (event, short) => `this is a ${event} run, not the push run of ${short}: only a commit whose own push run failed is reverted`;
/** The message git writes for a revert, or a GitHub "Revert #N" PR squash. */
function isRevertCommit(message) {
    const subject = message.split('\n', 1)[0] ?? '';
    return /^Revert\s+["'#]/i.test(subject) || /^This reverts commit [0-9a-f]{7,40}/im.test(message);
}
function revertEligibility(facts, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REVERT_CONFIG */ .QX) {
    const short = facts.commit.sha.slice(0, 12);
    const no = (refusal, reason) => ({ revert: false, refusal, reason });
    if (config.dailyCap <= 0)
        return no('disabled', 'reverts are turned off (revert.daily-cap is 0)');
    if (facts.branchKind !== 'default')
        return no('not-default-branch', 'only commits on the default branch are reverted');
    if (facts.event !== undefined && facts.event !== 'push')
        return no('not-push-run', notPushRun(facts.event, short));
    if (facts.alreadyReverted)
        return no('already-reverted', `ci-recovery already reverted ${short}`);
    if (isRevertCommit(facts.commit.message)) {
        return no('revert-of-revert', `${short} is itself a revert; reverting a revert needs a person`);
    }
    if (config.optOutMarker && facts.commit.message.includes(config.optOutMarker)) {
        return no('opt-out', `the commit message of ${short} carries the opt-out marker ${config.optOutMarker}`);
    }
    // Fails closed: a label whose author's access could not be checked stops the revert too.
    const kill = (facts.labels ?? []).find((l) => l.label === config.killSwitchLabel &&
        (WRITERS.has(l.permission) || l.permission === UNKNOWN_PERMISSION));
    if (kill) {
        const access = kill.permission === UNKNOWN_PERMISSION
            ? 'whose access could not be checked, so the kill switch holds'
            : `${kill.permission} access`;
        return no('kill-switch', `label '${kill.label}' was applied by @${kill.actor} (${access})`);
    }
    const range = facts.culpritRange;
    const tooMany = (n) => no('culprit-range', `${n} commits since the last green run: a person must pick the culprit`);
    if (facts.parentGreen !== true) {
        if (range !== undefined && range > 1)
            return tooMany(range);
        return no('parent-not-green', `the parent commit was ${facts.parentGreen === false ? 'not green' : 'not run'} for this workflow`);
    }
    // A green parent makes this commit the only suspect, unless the history says otherwise.
    if (range !== undefined && range > 1)
        return tooMany(range);
    if (facts.revertsToday >= config.dailyCap) {
        return no('daily-cap', `the daily cap of ${config.dailyCap} revert(s) is reached (${facts.revertsToday} today)`);
    }
    // Last, so a confirming re-run is spent only when a revert would follow it.
    if (!facts.confirmedOnRerun)
        return no('not-confirmed', 'the failure has not yet reproduced on a confirming re-run');
    const kind = facts.commit.parents.length > 1 ? 'merge commit (reverted against parent 1)' : 'commit';
    return {
        revert: true,
        reason: `${short} is the only culprit ${kind}: the failure reproduced and its parent was green`,
    };
}
/** The revert branch for a commit: one per culprit, so a second supervisor run finds it. */
function revertBranch(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new Error(`not a full commit sha: '${sha}'`);
    return `ci-recovery/revert-${sha.slice(0, 12)}`;
}
/** Why a revert that changes workflow files goes to a person, with the two ways out. */
function workflowsPermissionReason(sha, files) {
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
    return (`reverting ${sha.slice(0, 12)} changes workflow file(s) ${shown}, and GitHub refuses pushes under ` +
        ".github/workflows/ from a token without the 'workflows' permission (GITHUB_TOKEN never has it). " +
        "Either give the supervisor a token with that permission (the reusable workflow's 'token' secret: a GitHub " +
        "App with 'Workflows: write' or a fine-grained token with 'Workflows: read and write'; set " +
        "'token-can-push-workflows: true' when calling supervise/ directly), or have a person revert it");
}
/**
 * What a person must change after a refused revert push, if anything: branch protection in `push` mode,
 * the job's `contents: write` permission in `pr` mode. Undefined: the push failed for another reason.
 */
function revertPushFailure(mode, branch, pushed) {
    if (mode === 'push')
        return pushed.protectedBranch ? pushed.reason : undefined;
    return /403|denied|not allowed|permission/i.test(pushed.reason)
        ? `pushing ${branch}: ${pushed.reason}: grant the supervisor job 'permissions: contents: write'`
        : undefined;
}


/***/ }),

/***/ 68121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ rollbackArtifactName),
/* harmony export */   JA: () => (/* binding */ revertPullRequest),
/* harmony export */   Kz: () => (/* binding */ buildRollbackRecord),
/* harmony export */   Q$: () => (/* binding */ renderRollbackRecord)
/* harmony export */ });
/* unused harmony exports ROLLBACK_RECORD_VERSION, ROLLBACK_RECORD_BEGIN, parseRollbackRecord */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34201);
/**
 * The rollback record: what was reverted, why, on what evidence, and what to do next. Written as YAML into
 * the revert PR body and uploaded as an artifact, in both revert modes. Pure.
 */


const ROLLBACK_RECORD_VERSION = 1;
/** The artifact that keeps a culprit's rollback record (the revert PR body holds it too). */
function rollbackArtifactName(sha) {
    return `ci-recovery-rollback-${sha.slice(0, 12)}`;
}
/** The record of a revert about to be pushed. */
function buildRollbackRecord(facts) {
    const { request: req, culprit, reverted } = facts;
    return {
        version: ROLLBACK_RECORD_VERSION,
        from: {
            commit: req.sha,
            subject: culprit.subject,
            ...(culprit.author !== undefined ? { author: culprit.author } : {}),
            ...(culprit.pullRequest !== undefined ? { pullRequest: culprit.pullRequest } : {}),
        },
        to: {
            commit: reverted.commit,
            branch: facts.mode === 'push' ? facts.defaultBranch : req.branch,
            parent: reverted.parent,
            ...(reverted.mainline ? { mainline: reverted.mainline } : {}),
        },
        mode: facts.mode,
        reason: req.reason,
        trigger: facts.trigger,
        failureType: req.failureType,
        evidence: facts.evidence ? [facts.evidence] : [],
        timestamp: facts.now.toISOString(),
        artifactsPreserved: [rollbackArtifactName(req.sha)],
        revisionTargets: [
            `fix the ${req.failureType} failure of job '${req.job}'`,
            culprit.pullRequest !== undefined
                ? `re-land #${culprit.pullRequest} with the fix in a new PR`
                : `re-land ${req.sha.slice(0, 12)} with the fix`,
        ],
    };
}
const ROLLBACK_RECORD_BEGIN = '<!-- ci-recovery:rollback-record -->';
function renderRollbackRecord(record) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(record, { lineWidth: 0 });
}
/** Reads a record back (from an artifact or a PR body); throws naming the field that is wrong. */
function parseRollbackRecord(text) {
    const fenced = /(`{3,})yaml\n([\s\S]*?)\n\1(?!`)/.exec(text.includes(ROLLBACK_RECORD_BEGIN) ? (text.split(ROLLBACK_RECORD_BEGIN)[1] ?? '') : text);
    const data = parse(fenced?.[2] ?? text);
    if (typeof data !== 'object' || data === null)
        throw new Error('rollback record: not a YAML mapping');
    const r = data;
    for (const key of [
        'version',
        'from',
        'to',
        'mode',
        'reason',
        'trigger',
        'failureType',
        'timestamp',
    ]) {
        if (r[key] === undefined)
            throw new Error(`rollback record: missing '${key}'`);
    }
    if (!/^[0-9a-f]{40}$/.test(r.from?.commit ?? ''))
        throw new Error("rollback record: 'from.commit' is not a full sha");
    return r;
}
/** The draft revert PR's title and body: a short account, then the record in a fenced YAML block. */
function revertPullRequest(record) {
    const short = record.from.commit.slice(0, 12);
    // A title renders no markup and notifies no one; it is only kept to one short line.
    const title = `Revert "${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(record.from.subject, 200)}" (ci-recovery)`;
    // Job and workflow names, reasons and log lines may come from the culprit PR: escaped, never markup.
    const evidence = record.evidence.map((e) => `> line ${e.line}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(e.text)}`).join('\n');
    const body = [
        `ci-recovery reverts ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(record.reason, 500)}.`,
        '',
        `The \`${record.failureType}\` failure in job **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(record.trigger.job, 100)}** of ` +
            `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(record.trigger.workflow, 100)} ` +
            `(run ${record.trigger.runId}, attempt ${record.trigger.runAttempt}) reproduced on a confirming re-run, ` +
            'and the parent commit was green.' +
            (record.trigger.url ? ` [Run](${record.trigger.url})` : ''),
        '',
        evidence,
        '',
        'To re-land the change: ' + record.revisionTargets.map((t) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(t, 200)).join('; ') + '.',
        '',
        ROLLBACK_RECORD_BEGIN,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(renderRollbackRecord(record).trimEnd(), 'yaml'),
    ].join('\n');
    return { title, body };
}


/***/ }),

/***/ 81253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ revertCandidates),
/* harmony export */   F3: () => (/* binding */ renderSuperviseSummary),
/* harmony export */   FH: () => (/* binding */ jobTimeoutClassification),
/* harmony export */   KN: () => (/* binding */ renderSupervisorSection),
/* harmony export */   Kn: () => (/* binding */ forkPlanSections),
/* harmony export */   MJ: () => (/* binding */ planForJob),
/* harmony export */   Oq: () => (/* binding */ GITHUB_MAX_RUN_ATTEMPTS),
/* harmony export */   Q4: () => (/* binding */ findingsKnown),
/* harmony export */   QO: () => (/* binding */ isStale),
/* harmony export */   U8: () => (/* binding */ decisionsJson),
/* harmony export */   UE: () => (/* binding */ branchKindOf),
/* harmony export */   _1: () => (/* binding */ stepsFindings),
/* harmony export */   dc: () => (/* binding */ jobTimeoutLine),
/* harmony export */   fi: () => (/* binding */ escalateRevert),
/* harmony export */   jK: () => (/* binding */ FAILED_CONCLUSIONS),
/* harmony export */   mh: () => (/* binding */ annotationFindings),
/* harmony export */   nG: () => (/* binding */ SUPERVISOR_SECTION_KEY),
/* harmony export */   o7: () => (/* binding */ rerunSavings),
/* harmony export */   po: () => (/* binding */ jobSignals),
/* harmony export */   q_: () => (/* binding */ findingsFromPlan),
/* harmony export */   rv: () => (/* binding */ needsRecovery),
/* harmony export */   zD: () => (/* binding */ supervise)
/* harmony export */ });
/* unused harmony export jobReportFromPlan */
/* harmony import */ var _revert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75569);
/* harmony import */ var _classify_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6463);
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30047);
/* harmony import */ var _plan_artifact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95939);
/* harmony import */ var _report_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47091);
/* harmony import */ var _report_time_saved_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75419);
/* harmony import */ var _rollback_record_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68121);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34201);
/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */








/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
const GITHUB_MAX_RUN_ATTEMPTS = 50;
/**
 * The line GitHub writes to a job's annotations and log when the job runs past its `timeout-minutes`; the
 * job then ends `cancelled`, like a person's cancel (docs/runner-model.md, "Job timeouts"). Two wordings:
 * today's "The job has exceeded the maximum execution time of 30m0s" (a Go duration: 1m0s, 45m0s, 6h0m0s,
 * no final period) and the older "The job running on runner X has exceeded the maximum execution time of
 * N minutes." Both are accepted: the service's wording changed once without notice.
 */
const JOB_TIMEOUT = new RegExp([
    String.raw `The job has exceeded the maximum execution time of (?:\d+h)?(?:\d+m)?[\d.]+(?:s|ms|µs|us|ns)\b`,
    String.raw `The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\.`,
].join('|'));
/** The job-timeout line among `lines` (1-based line number), if any. */
function jobTimeoutLine(lines) {
    for (const [i, line] of lines.entries()) {
        const m = JOB_TIMEOUT.exec(line);
        if (m)
            return { line: i + 1, text: m[0] };
    }
    return undefined;
}
/** The classification of a job the runner cancelled at its timeout-minutes. */
function jobTimeoutClassification(evidence) {
    return { type: 'timeout', confidence: 'high', retryable: true, rule: 'job-timeout-minutes', evidence };
}
function branchKindOf(run) {
    if (run.event === 'pull_request' || run.event === 'pull_request_target')
        return 'pr';
    return run.headBranch === run.defaultBranch ? 'default' : 'other';
}
/** The conclusions of a job that failed (a `cancelled` one needs its job-timeout line to count). */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Failed, or cancelled by its own timeout-minutes (a person's cancel is left alone). */
function needsRecovery(job) {
    return (FAILED_CONCLUSIONS.has(job.conclusion ?? '') ||
        (job.conclusion === 'cancelled' && job.jobTimeout !== undefined));
}
/** A newer attempt exists: its own completion calls the supervisor again. Acting now would act twice. */
function isStale(run) {
    return run.latestAttempt > run.attempt;
}
const NO_FINDINGS = {
    type: 'unknown',
    confidence: 'low',
    retryable: false,
    rule: 'no-findings',
};
/** What the policy is asked about one failed job. */
function jobPolicyInput(job, found, kind, confirmed, parentGreen) {
    const classification = found?.classification ?? NO_FINDINGS;
    return {
        type: classification.type,
        confidence: classification.confidence,
        retryable: classification.retryable,
        lane: found?.lane ?? 'STANDARD',
        branchKind: kind,
        attempt: job.runAttempt,
        ...(found?.flaky !== undefined ? { flaky: found.flaky } : {}),
        confirmedOnRerun: confirmed,
        ...(parentGreen !== undefined ? { parentGreen } : {}),
    };
}
/**
 * The one rule for a revert candidate: the policy (default rules and config rules alike) would roll the
 * job back once its failure is confirmed on a re-run and its parent commit was green.
 */
function rollsBackOnceConfirmed(policyInput, decide) {
    return decide({ ...policyInput, confirmedOnRerun: true, parentGreen: true }).strategy === 'rollback';
}
/**
 * The failed jobs whose confirming facts (the previous attempt, the commit, its parent, labels, caps) the
 * supervisor must gather: on the default branch, those the policy would roll back once confirmed.
 */
function revertCandidates(input) {
    const kind = branchKindOf(input.run);
    // Only a push run reverts (see revertEligibility): a scheduled run gathers no confirming facts.
    if (kind !== 'default' || input.run.event !== 'push' || isStale(input.run))
        return [];
    return input.jobs
        .filter(needsRecovery)
        .filter((job) => (0,_job_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .outOfScope */ .G7)(job, input.scope) === undefined)
        .filter((job) => rollsBackOnceConfirmed(jobPolicyInput(job, input.findings[job.name], kind, false, undefined), input.decide));
}
/** The same job failed the same way in the previous attempt: a confirming re-run. */
function confirmedOnRerun(job, input, type) {
    const prev = input.previous?.[job.name];
    return (job.runAttempt > 1 &&
        prev !== undefined &&
        FAILED_CONCLUSIONS.has(prev.conclusion ?? '') &&
        (prev.type === undefined || prev.type === type));
}
/** Whether the commit may be reverted; undefined facts refuse. */
function revertVerdictFor(input, kind, confirmed) {
    const { event, headSha } = input.run;
    if (kind === 'default' && event !== 'push')
        return { revert: false, refusal: 'not-push-run', reason: (0,_revert_js__WEBPACK_IMPORTED_MODULE_0__/* .notPushRun */ .Tg)(event, headSha.slice(0, 12)) };
    if (!input.commit)
        return {
            revert: false,
            refusal: 'facts-unknown',
            reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
        };
    return (0,_revert_js__WEBPACK_IMPORTED_MODULE_0__/* .revertEligibility */ .eg)({
        branchKind: kind,
        event,
        commit: input.commit,
        confirmedOnRerun: confirmed,
        parentGreen: input.parentGreen,
        culpritRange: input.culpritRange,
        revertsToday: input.revertsToday ?? 0,
        ...(input.labels ? { labels: input.labels } : {}),
        alreadyReverted: input.alreadyReverted === true,
    }, input.revert ?? _revert_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REVERT_CONFIG */ .QX);
}
/** A job that needs nothing: it passed, was skipped, or a person cancelled it. */
function untouchedJob(job) {
    return {
        jobId: job.id,
        job: job.name,
        action: 'nothing',
        attempt: job.runAttempt,
        reason: job.conclusion === 'cancelled'
            ? 'job cancelled by a person (no job-timeout line in its annotations or log)'
            : `job ${job.conclusion ?? 'not completed'}`,
    };
}
/** A rollback the policy wants, as the revert checks allow it. */
function rollbackDecision(base, what, verdict) {
    if (verdict.revert)
        return { ...base, action: 'revert', reason: `${what}: ${verdict.reason}` };
    if (verdict.refusal === 'not-confirmed')
        return { ...base, action: 'confirm-rerun', reason: `${what}: re-run once to confirm before reverting` };
    if (verdict.refusal === 'already-reverted')
        return { ...base, action: 'nothing', reason: `${what}: ${verdict.reason}` };
    return { ...base, action: 'manual', reason: `${what}: no revert: ${verdict.reason}` };
}
/** Any other strategy: re-run within the lane's budget, skip, or hand to a person. */
function strategyDecision(base, what, decision) {
    switch (decision.strategy) {
        case 'retry':
        case 'resume': {
            if (base.attempt >= decision.maxAttempts)
                return {
                    ...base,
                    action: 'manual',
                    reason: `${what}: the lane's budget of ${decision.maxAttempts} attempt(s) is spent`,
                };
            const how = decision.strategy === 'resume' ? 're-run; the new attempt resumes from its checkpoints' : 're-run';
            return { ...base, action: 'rerun', reason: `${what}: ${how} (${decision.reason})` };
        }
        case 'skip':
            return { ...base, action: 'nothing', reason: `${what}: ${decision.reason}` };
        default:
            return { ...base, action: 'manual', reason: `${what}: ${decision.reason}` };
    }
}
/** One failed job's decision. `verdict` is asked only when the policy wants a rollback. */
function decideJob(job, input, kind, verdict) {
    if (!needsRecovery(job))
        return untouchedJob(job);
    const excluded = (0,_job_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .outOfScope */ .G7)(job, input.scope);
    if (excluded)
        return { jobId: job.id, job: job.name, action: 'manual', attempt: job.runAttempt, reason: excluded };
    const found = input.findings[job.name];
    const classification = found?.classification ?? NO_FINDINGS;
    const confirmed = confirmedOnRerun(job, input, classification.type);
    const policyInput = jobPolicyInput(job, found, kind, confirmed, input.parentGreen);
    const decision = input.decide(policyInput);
    const base = {
        jobId: job.id,
        job: job.name,
        attempt: job.runAttempt,
        classification,
        ...(found ? { source: found.source } : {}),
        lane: policyInput.lane,
        strategy: decision.strategy,
        rule: decision.rule,
        maxAttempts: decision.maxAttempts,
        backoffSeconds: decision.backoffSeconds,
    };
    const what = `${classification.type} (${policyInput.lane}, attempt ${job.runAttempt})`;
    // A failure on the default branch leads to a revert when the policy would roll back once the failure is
    // confirmed; the confirming re-run is spent only if every other revert check passes.
    const rollback = decision.strategy === 'rollback' ||
        (kind === 'default' && !confirmed && rollsBackOnceConfirmed(policyInput, input.decide));
    return rollback ? rollbackDecision(base, what, verdict(confirmed)) : strategyDecision(base, what, decision);
}
/**
 * GitHub starts one re-run per attempt: one job alone, or every failed job together. A job cancelled by its
 * timeout-minutes is re-run by its own id: whether `rerun-failed-jobs` takes a cancelled job is reported
 * both ways (docs/runner-model.md), `POST /actions/jobs/{id}/rerun` re-runs it either way. So a cancelled
 * job is re-run only alone; beside failed jobs to re-run, or beside another cancelled one, it is left to a
 * person, said so, rather than counted as re-run when GitHub may skip it.
 */
function withRerun(plan, run, failedCount, cancelled) {
    const wanted = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
    if (wanted.length === 0)
        return plan;
    if (run.latestAttempt >= GITHUB_MAX_RUN_ATTEMPTS) {
        const limit = `; but GitHub's limit of ${GITHUB_MAX_RUN_ATTEMPTS} attempts per run is reached`;
        return leaveToPerson(plan, wanted, limit);
    }
    const failedOnes = wanted.filter((j) => !cancelled.has(j.jobId));
    const toRerun = failedOnes.length > 0 ? failedOnes : wanted.slice(0, 1);
    const left = wanted.filter((j) => !toRerun.includes(j));
    const single = toRerun.length === 1 && (failedCount > 1 || cancelled.has(toRerun[0].jobId));
    const extra = failedCount - toRerun.length - left.length;
    const rerun = {
        mode: single ? 'job' : 'failed-jobs',
        jobIds: toRerun.map((j) => j.jobId),
        backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
        reason: toRerun.map((j) => j.job).join(', ') +
            (!single && extra > 0
                ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
                : ''),
    };
    const why = `; but this attempt re-runs ${rerun.reason}, and GitHub may leave a job cancelled at its time limit out of it (undocumented), while one re-run per attempt can start: if it is not re-run, re-run it alone (POST /actions/jobs/{id}/rerun) once that ends`;
    return { ...leaveToPerson(plan, left, why), rerun };
}
/** `jobs` of the plan become a person's turn, their reason saying why. */
function leaveToPerson(plan, jobs, why) {
    if (jobs.length === 0)
        return plan;
    return {
        ...plan,
        jobs: plan.jobs.map((j) => (jobs.includes(j) ? { ...j, action: 'manual', reason: j.reason + why } : j)),
    };
}
/** One culprit per run: the other jobs that would revert point at the same commit. */
function withRevert(plan, commit) {
    const reverting = plan.jobs.find((j) => j.action === 'revert');
    if (!reverting || !commit)
        return plan;
    const revert = {
        sha: commit.sha,
        branch: (0,_revert_js__WEBPACK_IMPORTED_MODULE_0__/* .revertBranch */ .Z9)(commit.sha),
        ...(commit.parents.length > 1 ? { mainline: 1 } : {}),
        job: reverting.job,
        failureType: reverting.classification?.type ?? 'unknown',
        reason: reverting.reason,
    };
    return { ...plan, revert };
}
function supervise(input) {
    const { run } = input;
    const kind = branchKindOf(run);
    const plan = { runId: run.id, runAttempt: run.attempt, branchKind: kind, jobs: [] };
    if (isStale(run)) {
        const reason = `the run was already re-run (attempt ${run.latestAttempt} exists); that attempt's supervisor decides`;
        return {
            ...plan,
            jobs: input.jobs.map((j) => ({
                jobId: j.id,
                job: j.name,
                action: 'nothing',
                attempt: j.runAttempt,
                reason,
            })),
        };
    }
    // One verdict per run (one commit): the first job that wants a rollback asks, the others share it.
    let revertVerdict;
    const verdict = (confirmed) => (revertVerdict ??= revertVerdictFor(input, kind, confirmed));
    const jobs = input.jobs.map((job) => decideJob(job, input, kind, verdict));
    const failedCount = input.jobs.filter(needsRecovery).length;
    const cancelled = new Set(input.jobs.filter((j) => j.conclusion === 'cancelled').map((j) => j.id));
    return withRevert(withRerun({ ...plan, jobs }, run, failedCount, cancelled), input.commit);
}
/**
 * The plan after a revert could not be carried out: the jobs that were to revert go to a person, with the
 * reason, and no revert is requested. A new plan; the given one is left as it was.
 */
function escalateRevert(plan, reason) {
    const { revert: _dropped, ...rest } = plan;
    return {
        ...rest,
        jobs: plan.jobs.map((j) => j.action === 'revert' ? { ...j, action: 'manual', reason: `${j.reason}; but ${reason}` } : j),
    };
}
/** Outputs `decisions` JSON: one entry per job, stable field order. */
function decisionsJson(plan) {
    return JSON.stringify(plan.jobs.map((j) => ({
        job: j.job,
        jobId: j.jobId,
        action: j.action,
        type: j.classification?.type,
        lane: j.lane,
        attempt: j.attempt,
        reason: j.reason,
    })));
}
/** The plan a job uploaded for this attempt: matched by check-run id, else by job key or name. */
function planForJob(plans, job) {
    const same = plans.filter((p) => p.attempt === job.runAttempt);
    return (same.find((p) => p.jobId === job.id) ??
        same.find((p) => p.jobId === undefined && (p.jobKey === job.name || p.job === job.name)));
}
/** What a job's own plan says: the first classified failed step (the in-job classifier saw exit codes and output). */
function findingsFromPlan(plan) {
    const step = plan.failedSteps.find((s) => s.classification && s.classification.type !== 'unknown') ??
        plan.failedSteps.find((s) => s.classification);
    if (!step?.classification)
        return undefined;
    return {
        classification: step.classification,
        source: 'plan',
        ...(plan.lane ? { lane: plan.lane } : {}),
        // The job's own ledger (its branch, its OS): the supervisor's cache cannot see it.
        ...(plan.flaky ? { flaky: true } : {}),
    };
}
/** What the job's steps say when nothing else does: the failed step's name, the job's conclusion. */
function jobSignals(job) {
    const step = job.steps.find((s) => s.conclusion === 'failure');
    return { ...(step ? { step: step.name } : {}), conclusion: 'failure' };
}
/** Is the best finding so far good enough to stop reading (a classified failure)? */
function findingsKnown(found) {
    return found !== undefined && found.classification.type !== 'unknown';
}
const ERROR_LEVELS = new Set(['failure', 'error']);
/**
 * A runner that died leaves no log and no plan: its error annotations are the only trace. Undefined when
 * they say nothing, or nothing better than `best`.
 */
function annotationFindings(notes, job, lane, best) {
    const errors = notes.filter((a) => ERROR_LEVELS.has(a.level));
    if (errors.length === 0)
        return undefined;
    const c = (0,_classify_index_js__WEBPACK_IMPORTED_MODULE_1__.classify)({
        ...jobSignals(job),
        log: errors.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
    });
    if (best && c.type === 'unknown')
        return undefined;
    return { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
}
/** The last resort: the job's steps alone. */
function stepsFindings(job, lane) {
    return { classification: (0,_classify_index_js__WEBPACK_IMPORTED_MODULE_1__.classify)(jobSignals(job)), source: 'steps', ...(lane ? { lane } : {}) };
}
/** The sticky-comment sections of a fork PR's jobs (read-only token: they could not comment), newest attempt each. */
function forkPlanSections(plans, runUrl) {
    return (0,_plan_artifact_js__WEBPACK_IMPORTED_MODULE_6__/* .latestPlans */ .QU)(plans).map((p) => ({
        key: p.jobKey,
        body: (0,_report_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .renderCommentSection */ .f5)(jobReportFromPlan(p, runUrl)),
        runId: p.runId,
        attempt: p.attempt,
    }));
}
/** A job's sticky-comment report from its plan (for fork PRs, whose jobs could not comment themselves). */
function jobReportFromPlan(plan, runUrl) {
    return {
        job: plan.jobKey,
        jobKey: plan.jobKey,
        repo: plan.repo,
        runId: plan.runId,
        attempt: plan.attempt,
        ...(runUrl ? { runUrl } : {}),
        ...(plan.headSha ? { sha: plan.headSha } : {}),
        ...(plan.branch ? { branch: plan.branch } : {}),
        ...(plan.prNumber !== undefined ? { prNumber: plan.prNumber } : {}),
        ...(plan.lane ? { lane: { lane: plan.lane, reason: plan.laneReason ?? '' } } : {}),
        conclusion: plan.conclusion,
        stages: [],
        failures: plan.failedSteps.map((s) => ({
            step: s.name,
            source: s.source,
            ...(s.stage ? { stage: s.stage } : {}),
            ...(s.conclusion ? { conclusion: s.conclusion } : {}),
            ...(s.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
            ...(s.classification ? { classification: s.classification } : {}),
            ...(s.decision ? { decision: s.decision } : {}),
        })),
        warnings: [],
    };
}
const SUPERVISOR_SECTION_KEY = 'ci-recovery-supervisor';
/** What each re-run (or confirming re-run) job skips by resuming from its checkpoints, per its plan. */
function rerunSavings(plan, jobs, plans) {
    const savings = [];
    for (const d of plan.jobs) {
        if (d.action !== 'rerun' && d.action !== 'confirm-rerun')
            continue;
        const job = jobs.find((j) => j.id === d.jobId);
        const jobPlan = job ? planForJob(plans, job) : undefined;
        const outlook = jobPlan ? (0,_report_time_saved_js__WEBPACK_IMPORTED_MODULE_4__/* .resumeOutlook */ .rL)(jobPlan) : undefined;
        if (outlook)
            savings.push({ job: d.job, outlook });
    }
    return savings;
}
function savingsLines(savings) {
    if (!savings || savings.length === 0)
        return [];
    return ['', '**Time the re-run saves:**', ...savings.map((s) => (0,_report_time_saved_js__WEBPACK_IMPORTED_MODULE_4__/* .renderResumeOutlook */ .RA)(s.job, s.outlook))];
}
const ACTION_WORDS = {
    rerun: '🔁 re-run',
    'confirm-rerun': '🔁 confirming re-run',
    revert: '↩️ revert',
    manual: '🧑 manual',
    nothing: '·',
};
/** The supervisor's section of the sticky comment: one line per failed job, then the re-run and revert. */
function renderSupervisorSection(plan, outcome) {
    const lines = [`#### Supervisor · run ${plan.runId} attempt ${plan.runAttempt}`, ''];
    const failed = plan.jobs.filter((j) => j.classification);
    if (failed.length === 0)
        lines.push('- no failed jobs');
    for (const j of failed) {
        const type = j.classification ? `**${j.classification.type}**` : '';
        lines.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(j.job, 120)}: ${type} → ${ACTION_WORDS[j.action]}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(j.reason, 400)}`);
    }
    if (plan.rerun && outcome.rerun) {
        lines.push('', `Re-run ${outcome.rerun}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(plan.rerun.reason, 300)}.`);
        lines.push(...savingsLines(outcome.savings));
    }
    if (outcome.revertPr)
        lines.push('', `Revert: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .link */ .nf)(`draft PR #${outcome.revertPr.number}`, outcome.revertPr.url)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .codeSpan */ .SS)(plan.revert?.branch ?? '')}).`);
    if (outcome.revertPushed)
        lines.push('', `Revert pushed to the default branch as ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .codeSpan */ .SS)(outcome.revertPushed.slice(0, 12))}.`);
    if (outcome.runUrl)
        lines.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .link */ .nf)('supervised run', outcome.runUrl));
    return lines.join('\n');
}
/** The supervisor's job summary: one row per job, then what was done. */
function renderSuperviseSummary(report) {
    const { plan, details, revert } = report;
    // Job names and reasons may come from the culprit PR: escaped (HTML, markup, mentions, `|`) and capped.
    const rows = plan.jobs.map((j) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(j.job, 100)} | ${j.classification?.type ?? ''} | ${j.action} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(j.reason, 500)} |`);
    const lines = [
        `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
        '',
        `Workflow **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(details.run.workflow, 100)}** on ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .codeSpan */ .SS)(details.run.headBranch, { max: 100 })} (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
        '',
        '| job | failure | decision | reason |',
        '| --- | --- | --- | --- |',
        ...rows,
    ];
    if (report.rerun)
        lines.push('', `Re-run: ${report.rerun}.`);
    lines.push(...savingsLines(report.savings));
    if (revert?.pr)
        lines.push('', `Revert: draft PR [#${revert.pr.number}](${revert.pr.url}) on \`${revert.branch}\`.`);
    if (revert?.pushed)
        lines.push('', `Revert pushed to \`${revert.branch}\`: ${revert.pushed}.`);
    if (revert)
        lines.push('', '<details><summary>Rollback record</summary>', '', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .codeBlock */ .DV)((0,_rollback_record_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRollbackRecord */ .Q$)(revert.record).trimEnd(), 'yaml'), '</details>');
    // Sentences that name jobs, files and what GitHub answered (a PR names its jobs): plain text, escaped.
    if (report.failures.length > 0)
        lines.push('', '**Needs a change:**', ...report.failures.map((p) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(p, 1000)}`));
    if (report.problems.length > 0)
        lines.push('', '**Limits of this report:**', ...report.problems.map((p) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeText */ .X1)(p, 1000)}`));
    return lines.join('\n') + '\n';
}


/***/ })

};
