export const id = 7753;
export const ids = [7753];
export const modules = {

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _support_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24093);
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93248);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75339);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35525);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);






const HELP = `usage: ci-recovery cleanup [--store SPEC] [--retention-days N] [--dest DIR] [--dry-run] [--json]

Deletes checkpoints older than the retention, except those a younger checkpoint's chain still needs.
Never deletes rollback records (ci-recovery-rollback-*). Also removes what killed saves left in the
store (archives without manifest, partial files; never those of a save still running) and finishes
restores into --dest that were killed (undone from their journal, staging removed). Beside a dir: store,
keyed entries (checkpoint.keyed) that no remaining checkpoint takes files from and that no save looked up
within the retention are deleted too, and a keyed entry whose publication was refused or killed is
published again by the next save.

  --store SPEC          dir:PATH or artifact (default ${_support_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CLI_STORE */ .rp})
  --retention-days N    keep checkpoints younger than N days (default ${_core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays})
  --dest DIR            workspace whose interrupted restores to finish (default: current directory)
  --dry-run             list what would be deleted
  --json                machine-readable result on stdout

example:
  ci-recovery cleanup --retention-days 3 --dry-run`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv, { env }) => (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsHelp */ .l)(argv))
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('cleanup', argv, {
            store: 'string',
            'retention-days': 'string',
            dest: 'string',
            'dry-run': 'bool',
            json: 'bool',
        });
        const retentionDays = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Wh)(f, 'retention-days', { min: 0, max: 36500 }) ?? _core_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays;
        const store = await (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'store'), env);
        const { cleanupCheckpoints, forgetPublishNotes } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__.load.engine();
        const dryRun = f['dry-run'] === true;
        const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'dest') ?? process.cwd();
        const journalDir = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__.restoreJournals)(env);
        const r = await cleanupCheckpoints(store, {
            retentionDays,
            dryRun,
            dest,
            ...(journalDir ? { journalDir } : {}),
            logger: { ...(0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .stderrLogger */ .D7)(env.debug), info: () => undefined },
        });
        // The local manifests' notes of publications tried (keyed.ts): the next save tries those keys again.
        const manifests = await (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .cliManifestCache */ .ko)(store, env);
        const republish = manifests ? await forgetPublishNotes(manifests, dryRun) : [];
        if (f.json)
            return ((0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .printJson */ .Q2)({ dryRun, retentionDays, ...r, republish }), 0);
        for (const id of r.deleted)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${dryRun ? 'would delete' : 'deleted'} ${id}`));
        for (const name of r.leftovers)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${dryRun ? 'would delete' : 'deleted'} leftover ${name}`));
        for (const name of r.debris)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${dryRun ? 'would delete' : 'deleted'} unfinished ${name}`));
        for (const id of r.keyedEntries)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${dryRun ? 'would delete' : 'deleted'} unused keyed entry ${id}`));
        for (const name of r.staging)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`finished interrupted restore ${name}`));
        for (const name of republish)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${dryRun ? 'would publish' : 'the next save publishes'} keyed entry ${name.replace(/\.[^.]+$/, '')} again`));
        for (const id of r.keptForChain)
            (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`kept ${id} (a younger checkpoint needs it)`));
        (0,_support_js__WEBPACK_IMPORTED_MODULE_0__/* .print */ .yy)((0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(`${r.deleted.length} checkpoint(s) ${dryRun ? 'to delete' : 'deleted'}, retention ${retentionDays} day(s)`));
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
/* unused harmony exports PR_RETRIES, DEFAULT_EARLY_FLAKE_DETECTION */
/* harmony import */ var _job_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30047);
/* harmony import */ var _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55587);


/**
 * `tests.pr-retries`, on a pull request: `retry-once` (default) re-runs once a failed test the history does
 * not know flaky; `known-flaky-only` re-runs only a test the default branch knows flaky (a same-commit flake
 * seen there) and leaves every other failure red.
 */
const PR_RETRIES = (/* unused pure expression or super */ null && (['retry-once', 'known-flaky-only']));
const DEFAULT_EARLY_FLAKE_DETECTION = {
    enabled: false,
    repeats: 5,
    budgetSeconds: 300,
    failStep: false,
};
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
    lanes: _lane_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANE_RULES */ .D,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact', when: 'pays' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
    classify: { rules: [] },
    supervise: { ..._job_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SUPERVISE_SCOPE */ .sh, sweepWindowMinutes: 60 },
    tests: {
        retries: 2,
        maxFailures: 10,
        failOnPassedAfterRetry: false,
        quarantine: false,
        quarantined: [],
        prRetries: 'retry-once',
        earlyFlakeDetection: DEFAULT_EARLY_FLAKE_DETECTION,
    },
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
        tests: mergeTests(p.tests),
    };
}
function mergeTests(t) {
    const efd = isObject(t?.earlyFlakeDetection) ? t.earlyFlakeDetection : {};
    const count = (v, fallback) => Number.isSafeInteger(v) && v >= 0 ? v : fallback;
    const d = DEFAULT_EARLY_FLAKE_DETECTION;
    const dt = DEFAULT_CONFIG.tests;
    return {
        retries: count(t?.retries, dt.retries),
        maxFailures: count(t?.maxFailures, dt.maxFailures),
        failOnPassedAfterRetry: t?.failOnPassedAfterRetry === true,
        quarantine: t?.quarantine === true,
        quarantined: Array.isArray(t?.quarantined)
            ? t.quarantined.filter((k) => typeof k === 'string')
            : [],
        prRetries: t?.prRetries === 'known-flaky-only' ? 'known-flaky-only' : 'retry-once',
        earlyFlakeDetection: {
            enabled: efd.enabled === true,
            repeats: count(efd.repeats, d.repeats),
            budgetSeconds: count(efd.budgetSeconds, d.budgetSeconds),
            failStep: efd.failStep === true,
        },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG_FILE`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        // not JSON (or not a valid config): the caller falls back to the defaults
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

/***/ 55587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ DEFAULT_LANE_RULES)
/* harmony export */ });
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


/***/ })

};
