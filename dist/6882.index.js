export const id = 6882;
export const ids = [6882,6794,7668];
export const modules = {

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ UNGUARDED),
/* harmony export */   Sl: () => (/* binding */ endIfStoreGaveUp),
/* harmony export */   ZY: () => (/* binding */ StoreStalledError),
/* harmony export */   _Y: () => (/* binding */ stallMsOf),
/* harmony export */   artifactServiceGuard: () => (/* binding */ artifactServiceGuard),
/* harmony export */   tl: () => (/* binding */ StoreGuard)
/* harmony export */ });
/* unused harmony exports DEFAULT_STALL_MS, stalledStores */
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);

/** For transfers outside any store (a test, the CLI's one-off calls): never gives up. */
const UNGUARDED = {
    signal: new AbortController().signal,
    touch: () => undefined,
    track: () => () => undefined,
};
/** Default: one minute without a byte or an answer. */
const DEFAULT_STALL_MS = 60_000;
/** The stall limit the job set (CI_RECOVERY_STORE_STALL_SECONDS), else the default. */
function stallMsOf(env) {
    return env.storeStallSeconds ? env.storeStallSeconds * 1000 : DEFAULT_STALL_MS;
}
/** The artifact service's stall watchdog, at the job's limit. */
function artifactServiceGuard(env) {
    return new StoreGuard('the artifact service', stallMsOf(env));
}
/**
 * The store answered nothing for too long. A miss as far as a restore is concerned (nothing was found
 * that could be used, the workspace is untouched); a checkpoint warns and the job goes on.
 */
class StoreStalledError extends _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_ {
    name = 'StoreStalledError';
}
/** Stores given up on in this process: their sockets are gone, but the entry point ends the process anyway. */
const stalledStores = [];
class StoreGuard {
    what;
    stallMs;
    now;
    controller = new AbortController();
    disposers = new Set();
    busy = 0;
    last;
    timer;
    /** A wall-clock end (the phase's budget), past which a call waiting on the store gives it up too. */
    end;
    constructor(what, stallMs = DEFAULT_STALL_MS, now = Date.now) {
        this.what = what;
        this.stallMs = stallMs;
        this.now = now;
        this.last = now();
    }
    get signal() {
        return this.controller.signal;
    }
    touch() {
        this.last = this.now();
    }
    /**
     * Gives the store up at `at` (ms since the epoch) even while it makes progress, with `reason`. Only a
     * call waiting on the store is cut: a restore places files after every download, so it is never cut
     * half-way through the workspace.
     */
    endBy(at, reason) {
        this.end = { at, reason };
        return this;
    }
    track(dispose) {
        if (this.signal.aborted)
            dispose();
        this.disposers.add(dispose);
        return () => void this.disposers.delete(dispose);
    }
    /**
     * `call` under watch. Given up, it rejects with the reason at once, even if `call` cannot be cancelled
     * (then it is abandoned; `stalledStores` tells the entry point to end the process).
     */
    async during(call) {
        const release = this.hold();
        let onAbort;
        const givenUp = new Promise((_, reject) => {
            onAbort = () => reject(this.signal.reason);
            this.signal.addEventListener('abort', onAbort, { once: true });
        });
        try {
            return await Promise.race([call(), givenUp]);
        }
        catch (error) {
            throw this.signal.aborted ? this.signal.reason : error;
        }
        finally {
            if (onAbort)
                this.signal.removeEventListener('abort', onAbort);
            release();
        }
    }
    /** Watches from now until the release is called (a download stream, until it closes). */
    hold() {
        if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
        if (this.signal.aborted)
            throw this.signal.reason;
        this.busy++;
        this.touch();
        if (!this.timer) {
            // Unref'd: the watchdog alone never keeps the process alive; a hung socket does, and then it fires.
            this.timer = setInterval(() => this.check(), Math.min(1000, Math.max(50, this.stallMs / 4)));
            this.timer.unref();
        }
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            if (--this.busy === 0)
                this.stop();
        };
    }
    check() {
        if (this.busy === 0)
            return;
        const seconds = Math.round(this.stallMs / 100) / 10;
        if (this.now() - this.last >= this.stallMs)
            this.giveUp(`${this.what} answered nothing for ${seconds} s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)`);
        else if (this.end && this.now() >= this.end.at)
            this.giveUp(this.end.reason);
    }
    giveUp(reason) {
        if (this.signal.aborted)
            return;
        stalledStores.push(this.what);
        this.controller.abort(new StoreStalledError(reason));
        for (const dispose of this.disposers)
            dispose();
        this.disposers.clear();
        this.stop();
    }
    stop() {
        clearInterval(this.timer);
        this.timer = undefined;
    }
}
/**
 * After a step: a store given up may still hold a socket (a call that could not be cancelled), and with
 * it this process, which the runner waits for. Everything the step had to say is written; end here.
 */
function endIfStoreGaveUp() {
    if (stalledStores.length > 0)
        process.exit(process.exitCode ?? 0);
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47166);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


/***/ }),

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97682);
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24093);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97390);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95377);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29838);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35525);






const HELP = `usage: ci-recovery cleanup [--store SPEC] [--retention-days N] [--dest DIR] [--dry-run] [--json]

Deletes checkpoints older than the retention, except those a younger checkpoint's chain still needs.
Never deletes rollback records (ci-recovery-rollback-*). Also removes what killed saves left in the
store (archives without manifest, partial files; never those of a save still running) and finishes
restores into --dest that were killed (undone from their journal, staging removed). Beside a dir: store,
keyed entries (checkpoint.keyed) that no remaining checkpoint takes files from and that no save looked up
within the retention are deleted too.

  --store SPEC          dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --retention-days N    keep checkpoints younger than N days (default ${_core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays})
  --dest DIR            workspace whose interrupted restores to finish (default: current directory)
  --dry-run             list what would be deleted
  --json                machine-readable result on stdout

example:
  ci-recovery cleanup --retention-days 3 --dry-run`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_4__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)('cleanup', argv, {
            store: 'string',
            'retention-days': 'string',
            dest: 'string',
            'dry-run': 'bool',
            json: 'bool',
        });
        const retentionDays = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(f, 'retention-days', { min: 0, max: 36500 }) ?? _core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays;
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(f, 'store'), env);
        const dryRun = f['dry-run'] === true;
        const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .str */ .gx)(f, 'dest') ?? process.cwd();
        const journalDir = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreJournals */ .xi)(env);
        const r = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanupCheckpoints */ .Q8)(store, {
            retentionDays,
            dryRun,
            dest,
            ...(journalDir ? { journalDir } : {}),
            logger: { ...(0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrLogger */ .D7)(env.debug), info: () => undefined },
        });
        if (f.json)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({ dryRun, retentionDays, ...r }), 0);
        for (const id of r.deleted)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} ${id}`);
        for (const name of r.leftovers)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} leftover ${name}`);
        for (const name of r.debris)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} unfinished ${name}`);
        for (const id of r.keyedEntries)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} unused keyed entry ${id}`);
        for (const name of r.staging)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`finished interrupted restore ${name}`);
        for (const id of r.keptForChain)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`kept ${id} (a younger checkpoint needs it)`);
        (0,_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${r.deleted.length} checkpoint(s) ${dryRun ? 'to delete' : 'deleted'}, retention ${retentionDays} day(s)`);
        return 0;
    }),
});


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ DEFAULT_BUDGETS),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57668);


const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
/** A real config is a few KiB; past this the file is refused before it is read or parsed. */
const MAX_CONFIG_BYTES = 256 * 1024;
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 10, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: _job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh,
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
function camelize(value) {
    if (Array.isArray(value))
        return value.map(camelize);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [
        k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        camelize(v),
    ]));
}
/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
function mergeConfig(partial) {
    const p = (isObject(partial) ? partial : {});
    const budgets = (p.budgets ?? {});
    return {
        lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
        policy: Array.isArray(p.policy)
            ? p.policy.map((r) => ({ ...r, when: r.when ?? {} }))
            : [],
        budgets: {
            DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
            STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
            HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
        },
        checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
        revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
        ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
        classify: { rules: Array.isArray(p.classify?.rules) ? p.classify.rules : [] },
        supervise: { ...DEFAULT_CONFIG.supervise, ...p.supervise },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 30047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ outOfScope),
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   sh: () => (/* binding */ DEFAULT_SUPERVISE_SCOPE)
/* harmony export */ });
/**
 * Which failed jobs the supervisor may act on (re-run, or revert for), from the config's `supervise:`
 * section: job and step name globs, and deployments, which are left to a person unless the user says
 * otherwise. Pure.
 */
const DEFAULT_SUPERVISE_SCOPE = {
    jobs: ['*'],
    excludeJobs: [],
    excludeSteps: [],
    deployJobs: ['*deploy*', '*release*', '*publish*'],
    deployments: 'manual',
};
/**
 * A name glob: `*` any run of characters, `?` one; case-insensitive, whole name. Matched without a regular
 * expression, in time linear in the name for each star (job names come from the run, which a PR may name).
 */
function globMatches(glob, name) {
    const g = [...glob.toLowerCase()];
    const n = [...name.toLowerCase()];
    let gi = 0;
    let ni = 0;
    let star = -1;
    let resume = 0;
    while (ni < n.length) {
        if (gi < g.length && (g[gi] === '?' || g[gi] === n[ni])) {
            gi++;
            ni++;
        }
        else if (gi < g.length && g[gi] === '*') {
            star = gi++;
            resume = ni;
        }
        else if (star >= 0) {
            gi = star + 1;
            ni = ++resume;
        }
        else
            return false;
    }
    while (gi < g.length && g[gi] === '*')
        gi++;
    return gi === g.length;
}
const firstMatch = (globs, name) => globs.find((g) => globMatches(g, name));
/** Why the supervisor leaves this job to a person; undefined when it may act on it. */
function outOfScope(job, scope = DEFAULT_SUPERVISE_SCOPE) {
    const person = 'left to a person';
    if (!firstMatch(scope.jobs, job.name))
        return `${person}: the job is not in supervise.jobs (${scope.jobs.map((g) => `'${g}'`).join(', ')})`;
    const excluded = firstMatch(scope.excludeJobs, job.name);
    if (excluded)
        return `${person}: the job matches supervise.exclude-jobs '${excluded}'`;
    for (const step of job.steps) {
        if (step.conclusion !== 'failure')
            continue;
        const glob = firstMatch(scope.excludeSteps, step.name);
        if (glob)
            return `${person}: its failed step '${step.name}' matches supervise.exclude-steps '${glob}'`;
    }
    if (scope.deployments === 'manual') {
        if (job.environment)
            return `${person}: the job deploys to the environment '${job.environment}' (deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
        const deploy = firstMatch(scope.deployJobs, job.name);
        if (deploy)
            return `${person}: the job deploys (its name matches supervise.deploy-jobs '${deploy}'; deployments are never re-run or reverted for unless supervise.deployments is 'policy')`;
    }
    return undefined;
}


/***/ }),

/***/ 57668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ DEFAULT_LANE_RULES),
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */

const DEFAULT_LANE_RULES = {
    docs: [
        '**/*.md',
        '**/*.mdx',
        '**/*.rst',
        '**/*.adoc',
        '**/*.txt',
        'docs/**',
        'doc/**',
        '**/LICENSE*',
        '**/CODEOWNERS',
        '**/.github/ISSUE_TEMPLATE/**',
        '!**/requirements*.txt',
        '!**/CMakeLists.txt',
    ],
    heavy: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/Cargo.lock',
        '**/go.sum',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/requirements*.txt',
        '.github/workflows/**',
        '.github/actions/**',
        '**/action.yml',
        '**/Dockerfile*',
        '**/docker-compose*.yml',
        '**/Makefile',
        '**/CMakeLists.txt',
        '**/*.gradle',
        '**/*.gradle.kts',
        '**/pom.xml',
        '**/*.tf',
        '**/terraform/**',
        '**/infra/**',
        '**/migrations/**',
        '**/db/migrate/**',
    ],
    heavyLabels: ['ci:heavy', 'heavy'],
    docsLabels: ['ci:docs'],
    heavyDiffLines: 2000,
};
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const options = { dot: true, basename: false };
    const compile = (glob) => 
    // A glob without a slash matches a base name at any depth, like .gitignore.
    picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.includes('/') ? glob : `**/${glob}`, options);
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: compile(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
        return { lane: 'STANDARD', reason: unknown };
    }
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 31062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeRecordBestEffort)
/* harmony export */ });
/* unused harmony export RecordingRecords */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The step records post reads to report on the job (core/records.ts): adapters/records.ts writes them as
 * files in RUNNER_TEMP; `RecordingRecords` keeps them in memory.
 */

class RecordingRecords {
    fail;
    written = [];
    /** `fail` makes every write throw, as a full disk would. */
    constructor(fail) {
        this.fail = fail;
    }
    write(record) {
        if (this.fail)
            return Promise.reject(this.fail);
        this.written.push(record);
        return Promise.resolve();
    }
}
/** Best-effort: a record that cannot be written warns and never fails the step. */
async function writeRecordBestEffort(records, record, log) {
    try {
        await records.write(record);
    }
    catch (error) {
        log.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
