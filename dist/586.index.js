export const id = 586;
export const ids = [586];
export const modules = {

/***/ 8175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Opening a file that someone else could have planted. A plain open of a FIFO waits for a writer for ever,
 * in one of libuv's threads, where no budget or timer can interrupt it (even process.exit then waits for
 * the thread); and a link put in a file's place reads whatever it points at. So a file that does not come
 * from us is opened non-blocking (which changes nothing for a regular file), without following a link,
 * and used only when it is a regular file.
 */


/** The file is there, but is a FIFO, a socket, a device or a directory. */
class NotRegularFileError extends Error {
    path;
    code = 'ENOTREG';
    constructor(path) {
        super(`'${path}' is not a regular file`);
        this.path = path;
    }
}
// Not defined on Windows, where neither FIFOs nor this open blocks: no flag there.
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened for reading, if it is a regular file. Rejects with NotRegularFileError when it is not,
 * with ELOOP when it is a symbolic link, and as open does otherwise (ENOENT, EACCES).
 */
async function openRegularFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, FLAGS);
    try {
        if ((await handle.stat()).isFile())
            return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    await handle.close();
    throw new NotRegularFileError(file);
}
/** The text of a file opened by openRegularFile. */
async function readRegularFile(file) {
    const handle = await openRegularFile(file);
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53013);
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47166);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _core_tests_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19001);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32721);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73054);
/* harmony import */ var _core_tests_identity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2843);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41695);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(35525);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(95377);












const HELP = `usage: ci-recovery plan (<log> | --type T) --lane L --branch-kind K --attempt N [options]

Shows what ci-recovery would do with a failure: the strategy, the budget, and which rule of the policy
decided and why. With a log file (plain or .gz) the failure is classified first, and the failed tests its
runner's output names are shown (with --test-history, what the history knows of each).

  --type T              failure type instead of a log: ${_core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .FAILURE_TYPES */ .fs.join(', ')}
  --lane L              ${_core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .LANES */ .Ci.join(', ')} (default STANDARD)
  --branch-kind K       ${_core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .BRANCH_KINDS */ .$z.join(', ')} (default pr)
  --attempt N           the attempt that failed, 1 for the first run (default 1)
  --flaky               history says this failure passed on a re-run of the same commit
  --confirmed           the failure came back on a confirming re-run
  --parent-green        the previous commit of the branch was green
  --failed-test KEY...  the failed tests (runner:file::name[params], as the summary names them)
  --test-report FILE... JUnit XML reports whose failed tests are added to those
  --test-runner R       the runner that wrote the reports, for their tests' keys (default junit)
  --test-history FILE   a flaky-test history (test-history.json): what it knows of each failed test, and
                        whether they are all known flaky (then the job is retried once, on a PR too)
  --config FILE         config file (default .github/ci-recovery.yml in the current directory, if any)
  --json                machine-readable result on stdout

examples:
  ci-recovery plan build.log --lane STANDARD --branch-kind pr --attempt 1
  ci-recovery plan --type network --attempt 2 --json
  ci-recovery plan --type test --failed-test 'pytest:tests/test_api.py::test_login' --test-history test-history.json
  ci-recovery plan test.log --test-report junit.xml --test-runner pytest --test-history test-history.json`;
function oneOf(flag, value, allowed) {
    if (!allowed.includes(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--${flag} '${value}' is not valid; write one of: ${allowed.join(', ')}`);
    }
    return value;
}
const FLAGS = {
    type: 'string',
    lane: 'string',
    'branch-kind': 'string',
    attempt: 'string',
    flaky: 'bool',
    confirmed: 'bool',
    'parent-green': 'bool',
    'failed-test': 'list',
    'test-history': 'string',
    'test-report': 'list',
    'test-runner': 'string',
    config: 'string',
    json: 'bool',
};
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    async run(argv) {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_9__/* .wantsHelp */ .l)(argv)) {
            process.stdout.write(HELP + '\n');
            return 0;
        }
        const { flags, positionals } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .parseArgs */ .Zy)('plan', argv, FLAGS, { positionals: true });
        const typeText = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'type');
        const [log, ...extra] = positionals;
        if (extra.length > 0 || (log === undefined) === (typeText === undefined)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb("give either a log file or --type, not both or neither; see 'ci-recovery plan --help'");
        }
        const where = failedWhere(flags);
        const { config, file } = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(process.cwd(), (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'config'));
        // The config's team rules rank first, as in the action.
        const verdict = log !== undefined
            ? await (0,_adapters_log_file_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyLog */ .PU)(log, {}, { teamRules: config.classify.rules, tests: true })
            : undefined;
        const classification = verdict?.classification;
        const type = classification?.type ?? oneOf('type', typeText ?? '', _core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .FAILURE_TYPES */ .fs);
        const reports = flags['test-report'] ?? [];
        const runner = (0,_tests_js__WEBPACK_IMPORTED_MODULE_6__/* .testRunnerFlag */ .Bw)((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'test-runner'));
        const found = [...(verdict?.failedTests ?? []), ...(await (0,_tests_js__WEBPACK_IMPORTED_MODULE_6__/* .failedInReports */ .Sx)(reports, runner))];
        const tests = await failedTests(flags, found);
        const input = {
            type,
            ...(classification
                ? { confidence: classification.confidence, retryable: classification.retryable }
                : {}),
            ...where,
            ...(tests.flakyTests ? { flaky: true, flakyTests: tests.flakyTests } : {}),
        };
        const decision = (0,_core_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .decide */ .LD)(input, config);
        if (flags.json === true) {
            const result = {
                ...(classification ? { classification } : {}),
                ...(tests.known.length > 0 ? { tests: tests.known } : {}),
                input,
                config: file ?? null,
                decision,
            };
            process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)(result, 2) + '\n');
            return 0;
        }
        const lines = [...explain(input, classification, file, decision), ...testLines(tests)];
        process.stdout.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(lines.join('\n')) + '\n');
        return 0;
    },
});
/** Where the failure happened, from the flags: lane, branch kind, attempt, and what history says. */
function failedWhere(flags) {
    const attempt = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .int */ .Wh)(flags, 'attempt', { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
    const lane = oneOf('lane', ((0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'lane') ?? 'STANDARD').toUpperCase(), _core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .LANES */ .Ci);
    const branchKind = oneOf('branch-kind', (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'branch-kind') ?? 'pr', _core_types_js__WEBPACK_IMPORTED_MODULE_7__/* .BRANCH_KINDS */ .$z);
    return {
        lane,
        branchKind,
        attempt,
        ...(flags.flaky === true ? { flaky: true } : {}),
        ...(typeof flags.confirmed === 'boolean' ? { confirmedOnRerun: flags.confirmed } : {}),
        ...(typeof flags['parent-green'] === 'boolean' ? { parentGreen: flags['parent-green'] } : {}),
    };
}
/**
 * The failed tests the flags name and those `found` in the log and the reports, each once, with what the
 * history file knows of each.
 */
async function failedTests(flags, found) {
    const named = flags['failed-test'] ?? [];
    const keys = [...new Set([...named, ...found.map(_core_tests_identity_js__WEBPACK_IMPORTED_MODULE_11__/* .testKey */ .S)])];
    const file = (0,_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .str */ .gx)(flags, 'test-history');
    if (file === undefined)
        return { known: keys.map((key) => ({ key, knowledge: null })), history: false };
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(file, 'utf8').catch((error) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`--test-history: cannot read ${file}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
    });
    const { history, problem } = (0,_core_tests_history_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTestHistory */ .ie)(text, '');
    if (problem)
        process.stderr.write((0,_adapters_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(`ci-recovery plan: ${file}: ${problem}`) + '\n');
    const view = (0,_core_tests_history_js__WEBPACK_IMPORTED_MODULE_4__/* .testHistoryView */ .Oj)(history);
    const known = keys.map((key) => ({ key, knowledge: view(key) ?? null }));
    // As post decides (core/tests/history.ts onlyKnownFlaky): every failed test flaky, none broken.
    const allFlaky = known.length > 0 && known.every(({ knowledge: k }) => k?.flaky === true && !k.broken);
    return { known, history: true, ...(allFlaky ? { flakyTests: keys } : {}) };
}
function testLines({ known, history }) {
    return known.map(({ key, knowledge: k }) => {
        if (!k)
            return `test:     ${key}: ${history ? 'not in the history' : 'failed (give --test-history to see whether it is known flaky)'}`;
        const state = k.broken ? 'broken' : k.flaky ? 'flaky' : 'not flaky';
        const seen = k.firstSeen && k.lastSeen ? `, first seen ${k.firstSeen}, last seen ${k.lastSeen}` : '';
        return `test:     ${key}: ${state}, ${k.flips} flip(s) in its window${seen}`;
    });
}
/** The decision in words, one line per fact. */
function explain(input, classification, file, decision) {
    const lines = [];
    if (classification) {
        lines.push(`failure:  ${classification.type} (rule ${classification.rule}, ${classification.confidence} confidence)`);
        if (classification.evidence)
            lines.push(`evidence: line ${classification.evidence.line}: ${classification.evidence.text}`);
    }
    else {
        lines.push(`failure:  ${input.type}`);
    }
    lines.push(`context:  lane ${input.lane}, branch kind ${input.branchKind}, attempt ${input.attempt}${file ? `, config ${file}` : ', default config'}`, `strategy: ${decision.strategy}`, `rule:     ${decision.rule}`, `reason:   ${decision.reason}`, `budget:   ${decision.maxAttempts} attempt(s), backoff ${decision.backoffSeconds} s, time limit ${decision.timeoutMinutes} min per attempt; retry inside the step: ${decision.retryInStep ? 'yes' : 'no'}`);
    return lines;
}


/***/ }),

/***/ 19227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ worthRehashing),
/* harmony export */   LO: () => (/* binding */ selectPaths),
/* harmony export */   Li: () => (/* binding */ reuseIfSameContent),
/* harmony export */   ph: () => (/* binding */ shownChanges),
/* harmony export */   q8: () => (/* binding */ planRestore),
/* harmony export */   zh: () => (/* binding */ IncrementalPlanner)
/* harmony export */ });
/* unused harmony exports RACY_SLACK_MS, sameEntry */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14654);

/**
 * Filesystems with coarse timestamps can report an mtime a little before a write that raced the scan;
 * like git's "racily clean" rule, a file whose mtime is this close to the parent's scan is re-read.
 */
const RACY_SLACK_MS = 2000;
/**
 * Plans a checkpoint entry by entry against its parent (none: a full checkpoint), so that the saver can
 * pack each entry as the walk yields it. `entries` collects the new manifest's entries in walk order.
 */
class IncrementalPlanner {
    parent;
    entries = [];
    before = new Map();
    /** Files modified at or after this are never trusted by their stat alone. */
    trustedBefore;
    /** New entries that the parent had too: fewer than the parent's means something was deleted. */
    matched = 0;
    constructor(parent) {
        this.parent = parent;
        for (const e of parent?.entries ?? [])
            this.before.set(e.path, e);
        this.trustedBefore = parent ? parent.scanStartedMs - RACY_SLACK_MS : -Infinity;
    }
    /**
     * Decides for one scanned entry whether it can be taken from the parent. A file is reused without
     * reading it only when type, mode, size and stat facts (mtime, inode, device, and ctime where the
     * parent's local copy knows it, as git's index compares) all equal the parent's,
     * and its mtime is safely older than the parent's scan; anything else is read, hashed and stored again.
     * With no parent everything is stored.
     */
    plan(s) {
        const old = this.before.get(s.path);
        if (old)
            this.matched++;
        // The scanned object becomes the manifest entry: on tens of thousands of entries a second object
        // each, and the garbage collector copying it, cost more than the planning itself.
        const entry = s;
        if (s.stat)
            entry.mtimeMs = s.stat.mtimeMs;
        let store;
        if (s.type === 'file') {
            entry.size = s.size ?? 0;
            const a = old?.stat;
            const b = s.stat;
            const reusable = old?.type === 'file' &&
                old.mode === s.mode &&
                old.size === s.size &&
                old.sha256 !== undefined &&
                old.from !== undefined &&
                a !== undefined &&
                b !== undefined &&
                a.mtimeMs === b.mtimeMs &&
                (a.ctimeMs === undefined || a.ctimeMs === b.ctimeMs) &&
                a.ino === b.ino &&
                a.dev === b.dev &&
                b.mtimeMs < this.trustedBefore;
            store = !reusable;
            if (reusable) {
                entry.sha256 = old.sha256;
                entry.from = old.from;
            }
        }
        else if (s.type === 'symlink') {
            entry.target = s.target ?? '';
            store = !(old?.type === 'symlink' && old.target === s.target);
        }
        else {
            store = !(old?.type === 'dir' && old.mode === s.mode) || this.parent === undefined;
        }
        this.entries.push(entry);
        return { entry, store, old };
    }
    /** Paths of the parent that the walk did not meet (call once the walk is over). */
    deleted() {
        if (this.matched >= this.before.size)
            return [];
        const now = new Set(this.entries.map((e) => e.path));
        return [...this.before.keys()].filter((p) => !now.has(p));
    }
}
/**
 * A stored file whose stat changed but whose size and mode did not: worth hashing before storing, since
 * a touched file (rewritten with the same bytes by a build tool or a checkout) then costs a read instead
 * of storage.
 */
function worthRehashing(p) {
    const { entry: e, old } = p;
    return p.store && e.type === 'file' && old?.type === 'file' && old.size === e.size && old.mode === e.mode;
}
/** Takes the file from the parent when its fresh hash equals the parent's; true when it did. */
function reuseIfSameContent(p, sha256) {
    const { entry: e, old } = p;
    if (!sha256 || old?.type !== 'file' || old.sha256 !== sha256 || !old.from)
        return false;
    if (old.mode !== e.mode || old.size !== e.size)
        return false;
    e.sha256 = sha256;
    e.from = old.from;
    p.store = false;
    return true;
}
/** Restricts entries to a partial restore's paths (none given: everything). */
function selectPaths(items, only) {
    if (!only || only.length === 0)
        return items;
    return items.filter((i) => only.some((root) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnder */ .Jo)(i.path, root)));
}
/** True when the target entry is already on disk as it should be. */
function sameEntry(target, current) {
    if (!current || current.type !== target.type || current.mode !== target.mode)
        return false;
    if (target.type === 'symlink')
        return current.target === target.target;
    if (target.type === 'file')
        return current.size === target.size && current.sha256 === target.sha256;
    return true;
}
/**
 * What restoring `target` onto `current` changes, within `roots`: entries to add or modify, and entries on
 * disk under the roots that the checkpoint does not have (deleted, parents before children removed last
 * is the applier's job; here they are listed shallow-first).
 */
function planRestore(target, current) {
    const cur = new Map(current.map((c) => [c.path, c]));
    const want = new Set(target.map((t) => t.path));
    const added = [];
    const modified = [];
    let unchanged = 0;
    for (const t of target) {
        const c = cur.get(t.path);
        if (!c)
            added.push(t.path);
        else if (sameEntry(t, c))
            unchanged++;
        else
            modified.push(t.path);
    }
    const deleted = current.filter((c) => !want.has(c.path)).map((c) => c.path);
    return { added, modified, deleted, unchanged };
}
/**
 * The changes as they are shown (the restore action's outputs and log, the CLI): a directory added or
 * deleted whole stands for its contents, so restoring node_modules into a fresh checkout names one
 * path, not tens of thousands (over a megabyte, more than a job output may hold).
 */
function shownChanges(c) {
    return { added: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.added), modified: c.modified, deleted: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .outermost */ .J9)(c.deleted) };
}


/***/ }),

/***/ 56376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ isValidId),
/* harmony export */   G6: () => (/* binding */ isRollbackRecord),
/* harmony export */   Vq: () => (/* binding */ reservedNameProblem),
/* harmony export */   g: () => (/* binding */ checkpointId),
/* harmony export */   m4: () => (/* binding */ attemptInId)
/* harmony export */ });
/* unused harmony exports idPart, RESERVED_PREFIXES */
/**
 * Checkpoint ids: what an id may hold, the id the actions make for a job's checkpoint and what such an id
 * says of its owner, and the name prefixes ci-recovery keeps for itself.
 */
/** Checkpoint ids double as file and artifact names: keep them to a portable alphabet. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
function isValidId(id) {
    return ID.test(id) && !id.includes('..');
}
/** Turns free text (job or stage names) into a piece usable inside an id. */
function idPart(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '');
    return (cleaned || 'x').slice(0, 60);
}
const GENERATED_PREFIX = 'ci-recovery-ckpt-';
function ownerPrefix(owner) {
    return `${GENERATED_PREFIX}r${idPart(owner.runId)}-${idPart(owner.job)}-a`;
}
/**
 * The id used by the actions: `ci-recovery-ckpt-r<run>-<job>-a<attempt>-<stage>-<seq>`. The run keeps two
 * runs sharing a `dir:` store apart, the job identity two legs of a matrix, the attempt two re-runs, and the
 * sequence two checkpoints of one stage.
 */
function checkpointId(owner, stage, attempt, seq) {
    return `${ownerPrefix(owner)}${attempt}-${idPart(stage)}-${String(seq).padStart(3, '0')}`;
}
/**
 * What an id made by checkpointId says without its manifest being read: the attempt, when it may be
 * `owner`'s (the manifest decides: two job names can share an id part), 'other-job' when it cannot be
 * (another run, another job or leg). Undefined for any other id (a name the user chose), which only its
 * manifest can place.
 */
function attemptInId(id, owner) {
    if (!id.startsWith(GENERATED_PREFIX))
        return undefined;
    const prefix = ownerPrefix(owner);
    if (!id.startsWith(prefix))
        return /^r[^-]+-.+-a\d+-.+-\d+$/.test(id.slice(GENERATED_PREFIX.length)) ? 'other-job' : undefined;
    const attempt = /^(\d+)-.+-\d+$/.exec(id.slice(prefix.length))?.[1];
    return attempt === undefined ? undefined : Number(attempt);
}
/**
 * The prefixes of what ci-recovery names itself in a store, a cache or a run's artifacts: keyed entries,
 * rollback records, the actions' own checkpoint ids, plan artifacts, the ledger, the run's records of its
 * checkpoints and the test history. A name a user gives a
 * checkpoint never starts with one (in any case: a store may sit on a case-blind disk), or it would be read
 * as ours: a checkpoint named `ci-recovery-keyed-x` had children that saved and could never be restored.
 */
const RESERVED_PREFIXES = {
    'ci-recovery-keyed-': 'keyed entries',
    'ci-recovery-rollback-': 'rollback records',
    'ci-recovery-ckpt-': "the actions' own checkpoints",
    'ci-recovery-plan-': 'plan artifacts',
    'ci-recovery-ledger-': 'the ledger',
    // A run's artifact of this name is read as a job attempt's record of its checkpoints (trust.ts).
    'ci-recovery-checkpoints-': "the run's records of its checkpoints",
    'ci-recovery-tests-': 'the test history',
};
/**
 * Why a checkpoint name someone gave (`input`: the input or flag it came from) cannot be used, if it starts
 * with a prefix ci-recovery keeps for itself.
 */
function reservedNameProblem(name, input) {
    const lower = name.toLowerCase();
    const found = Object.entries(RESERVED_PREFIXES).find(([prefix]) => lower.startsWith(prefix));
    if (!found)
        return undefined;
    const [prefix, what] = found;
    return `${input} '${name}' starts with '${prefix}', which ci-recovery keeps for ${what}: a checkpoint of that name would be read as one of them; choose a name without the prefix (e.g. '${name.slice(prefix.length) || 'build'}').`;
}
/** Rollback records share stores with checkpoints and must never be touched by cleanup. */
function isRollbackRecord(name) {
    return name.startsWith('ci-recovery-rollback-');
}


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DETERMINISTIC_TYPES, ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}
/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input) {
    const { type, retryable, attempt } = input;
    if (retryable !== true || !DETERMINISTIC_TYPES.includes(type))
        return undefined;
    return {
        strategy: 'retry',
        rule: 'classified-retryable-retry-once',
        reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
        attemptCap: attempt + 1,
    };
}
/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input, budget) {
    const { type, lane } = input;
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        // The machine went away (every infrastructure rule says so): a new attempt of the job runs on another
        // machine, which waiting does not bring sooner. Inside a step (a Docker daemon not up yet), time may cure it.
        const noWait = type === 'infrastructure' && !input.inStep ? { noWait: true } : {};
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
                ...noWait,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
            ...noWait,
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
            noWait: true,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
                noWait: true,
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
                noWait: true,
            };
    }
    return undefined;
}
/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input) {
    const { type, branchKind, attempt } = input;
    if (input.flaky && input.flakyTests?.length) {
        const n = input.flakyTests.length;
        return {
            strategy: 'retry',
            rule: 'flaky-tests-retry-once',
            reason: `${n === 1 ? 'the only failed test is' : `all ${n} failed tests are`} known flaky (the test history saw ${n === 1 ? 'it' : 'them'} fail and pass with no change to ${n === 1 ? 'its' : 'their'} file): retry once, at once`,
            // One re-run: a known flake that fails twice running is worth a person's look.
            attemptCap: 2,
            noWait: true,
        };
    }
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    return defaultBranchVerdict(input);
}
/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input) {
    const { type, attempt } = input;
    const unsure = input.confidence === 'low';
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
    const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict, budget, lane) {
    return !verdict.noWait || budget.backoffSeconds !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUDGETS */ .Dm[lane].backoffSeconds;
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ })

};
