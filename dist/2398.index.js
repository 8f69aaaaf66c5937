export const id = 2398;
export const ids = [2398];
export const modules = {

/***/ 98835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ writeChangedFiles),
/* harmony export */   Ns: () => (/* binding */ changedFilesPath),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   k3: () => (/* binding */ effectiveConfig),
/* harmony export */   ze: () => (/* binding */ writeEffectiveConfig)
/* harmony export */ });
/* unused harmony export effectiveConfigPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26104);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90422);





const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the `config` input
 * or `--config`, set to another path) replaces the default locations, and must exist: a team that named its
 * config and mistyped the path would otherwise run on the defaults without knowing.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            await checkInRepository(workspace, rel);
            text = await readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), rel);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
            if (file === undefined)
                continue;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' does not exist in the workspace (the 'config' input or --config names it): fix the path, or leave it out to use ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2} or the defaults.`);
        }
        // The parser (yaml + ajv) loads only when there is a file to parse (a start with no config file does
        // not pay for it); the team rules' engine only when the file has team rules (core/config.ts).
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6059), __webpack_require__.e(5339), __webpack_require__.e(4844)]).then(__webpack_require__.bind(__webpack_require__, 75339));
        return { config: await parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/**
 * Refuses a config path that leaves the repository or passes through a link: a config that is a link to
 * any file of the runner (`/etc/shadow`, a token file) would have its lines echoed in parse errors.
 */
async function checkInRepository(workspace, rel) {
    const parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || parts[0] === '..')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}' lies outside the repository: give a path inside the workspace (e.g. ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2}).`);
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, at)); // ENOENT: no config there
        if (st.isSymbolicLink())
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${rel}': '${at}' is a symbolic link; the config is read only as a regular file inside the repository (replace the link by the file).`);
    }
}
/** The file's text, refused (before reading it) when it is not a regular file or larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,_runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(file).catch((error) => {
        if (!(error instanceof _runner_adapters_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .NotRegularFileError */ .iZ))
            throw error;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Config file '${shownAs}' is not a regular file; the config is read only as a regular file inside the repository.`);
    });
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The effective config for a sub-action: what main wrote to the file named by CI_RECOVERY_CONFIG_FILE, else
 * the file in the workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env) {
    const fromMain = env.recovery.configFile ? await readEffectiveConfig(env.recovery.configFile) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.workspace)).config;
}
/** The file main writes the effective config to, in the job's RUNNER_TEMP. */
function effectiveConfigPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'effective-config.json');
}
/** Writes the effective config for later steps; returns its path. */
async function writeEffectiveConfig(runnerTemp, config) {
    const file = effectiveConfigPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(config));
    return file;
}
/** Main's effective config, or undefined when the file is gone, too large or not a config. */
async function readEffectiveConfig(file) {
    try {
        // JSON of a config that passed the YAML limit: allow for quoting, refuse anything far larger.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
        try {
            if ((await handle.stat()).size > 4 * _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
                return undefined;
            // Its team rules are not compiled here: run/'s classify port loads their engine when a failure is classified.
            return (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(await handle.readFile('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // no config file, or one that cannot be read, is the caller's "not found"
        return undefined;
    }
}
/** Where main leaves the change's files for the job's later steps. */
function changedFilesPath(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'changed-files.json');
}
/** Main: writes the change's files for later steps; returns the path. */
async function writeChangedFiles(runnerTemp, files) {
    const file = changedFilesPath(runnerTemp);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(files));
    return file;
}


/***/ }),

/***/ 6649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ input)
});

;// CONCATENATED MODULE: ./src/adapters/input-defaults.generated.ts
// Generated by npm run build (scripts/input-defaults.ts) from the action.yml files: do not edit.
const INPUT_DEFAULTS = {
    "": {
        "config": ".github/ci-recovery.yml",
        "store": "artifact",
        "keep-checkpoints": "false",
        "resume": "true",
        "comment": "on-failure",
        "summary": "on-failure"
    },
    "checkpoint": {
        "if-no-files-found": "warn",
        "fail-on-error": "false",
        "stage": "checkpoint",
        "full": "false",
        "include-hidden-files": "false"
    },
    "restore": {
        "keep-special-modes": "false",
        "verify": "archive",
        "dest-outside-workspace": "false",
        "dry-run": "false",
        "fail-on-miss": "true",
        "lookup-only": "false"
    },
    "run": {
        "continue-on-error": "false",
        "warn-on-retry": "true",
        "include-hidden-files": "false"
    },
    "supervise": {
        "revert-labels": "ci-recovery,revert",
        "comment": "true",
        "dry-run": "false",
        "token-can-push-workflows": "false"
    }
};

// EXTERNAL MODULE: ./src/runner/adapters/runner.ts + 1 modules
var runner = __webpack_require__(64984);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(85993);
;// CONCATENATED MODULE: ./src/adapters/inputs.ts




/** Five days in minutes: the longest a job may run, on a self-hosted runner. */
const MAX_MINUTES = 7200;
/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return runner/* runner */.lj.getInput(name);
    },
    required(name) {
        const value = runner/* runner */.lj.getInput(name);
        if (!value)
            throw new errors/* UserError */.yo(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    /**
     * An input whose default is in action.yml (`action` is its directory: '' for the root action, `run`, ...).
     * The runner passes that default when a step leaves the input out, but passes an empty value as given (a
     * reusable workflow's `${{ inputs.x }}` left unset): that takes the same default, read from the generated
     * copy of action.yml's defaults, so the default is written once.
     */
    given(name, action) {
        const value = runner/* runner */.lj.getInput(name);
        if (value !== '')
            return value;
        const fallback = INPUT_DEFAULTS[action]?.[name];
        if (fallback === undefined)
            throw new errors/* UserError */.yo(`Input '${name}' is empty: set a value, or leave the input out of 'with:' to take its default (the action's action.yml).`);
        return fallback;
    },
    bool(name) {
        const value = runner/* runner */.lj.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new errors/* UserError */.yo(`Input '${name}' must be true or false, got '${value}'.`);
    },
    /** A whole number in decimal digits (not '0x10', '1e3'); undefined when empty (the default applies). */
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = runner/* runner */.lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,numbers/* wholeNumber */.rD)(value, { min, max });
        if (n === undefined)
            throw new errors/* UserError */.yo(`Input '${name}' must be a whole number ${(0,numbers/* wholeRange */.h2)({ min, max })}, in decimal digits, got '${value}'.`);
        return n;
    },
    /**
     * A positive number of minutes, fractions allowed (0.5 is 30 s), at most five days (a self-hosted
     * job's own limit: '1e308' is no limit, not a time); undefined when empty.
     */
    minutes(name) {
        const value = runner/* runner */.lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,numbers/* positiveDecimal */.hs)(value, MAX_MINUTES);
        if (n === undefined)
            throw new errors/* UserError */.yo(`Input '${name}' must be a positive number of minutes up to ${MAX_MINUTES} (e.g. 30 or 0.5), got '${value}'.`);
        return n;
    },
    /** One of `choices` (case-insensitive); the message lists them. */
    choice(name, choices) {
        const value = runner/* runner */.lj.getInput(name).trim().toLowerCase();
        const found = choices.find((c) => c === value);
        if (found === undefined)
            throw new errors/* UserError */.yo(`Input '${name}' must be one of ${choices.join(', ')}, got '${value}'.`);
        return found;
    },
    /**
     * Whether a workflow still gives an input that moved to the config file. The runner passes every `with:`
     * key, warning that it is unexpected (ActionRunner.cs); the step still reads it this once, and says
     * where to write it instead.
     */
    moved(name, configKey) {
        if (runner/* runner */.lj.getInput(name).trim() === '')
            return false;
        runner/* runner */.lj.warning(`Input '${name}' moved to '${configKey}' in .github/ci-recovery.yml: write it there; this step still reads the input.`);
        return true;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return runner/* runner */.lj
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};


/***/ }),

/***/ 79716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ load)
/* harmony export */ });
/**
 * The engine's adapters, loaded on first use: the wing's second door, beside index.ts. It holds no engine
 * code, only the lazy `import()`s of the adapters, so an entry point that may need an adapter but mostly
 * does not (main and post on a green job: the store guard, the cache transfer) imports this alone and
 * never loads the engine's core (index.ts's pure exports and their chunk, ~150 KB with node:crypto).
 * index.ts exports the same `load`. Outside the wing only src/actions, src/adapters and src/cli import it
 * (eslint.config.js `wingDoor`); a phase takes adapters as ports.
 */
const load = {
    /** The stall watchdog every store call runs under, and the entry points' end when a store was given up. */
    storeGuard: () => __webpack_require__.e(/* import() */ 9498).then(__webpack_require__.bind(__webpack_require__, 9498)),
    /** Save, restore, list, validate, clean up, resume, open a store: the whole engine. */
    engine: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4385), __webpack_require__.e(4812), __webpack_require__.e(5895)]).then(__webpack_require__.bind(__webpack_require__, 95895)),
    /** A store, a restore and its progress alone: what the CLI's restore loads (adapters/restoring.ts). */
    restoring: () => Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(4385), __webpack_require__.e(4812), __webpack_require__.e(7498)]).then(__webpack_require__.bind(__webpack_require__, 17498)),
    /** main's record of what its resume restored, checked without the engine (one lstat a directory). */
    restoredState: () => Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(5357)]).then(__webpack_require__.bind(__webpack_require__, 65357)),
    /** The job attempts' records of the checkpoints they stored in the run's artifacts. */
    trustRecords: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(8664), __webpack_require__.e(8080), __webpack_require__.e(3471)]).then(__webpack_require__.bind(__webpack_require__, 90574)),
    /** One artifact uploaded to the Results service from a stream or from memory (post's recovery plan). */
    artifactUpload: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8080), __webpack_require__.e(9287)]).then(__webpack_require__.bind(__webpack_require__, 28080)),
    /** Deleting a green attempt's checkpoint artifacts. */
    artifactCleanup: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(1683), __webpack_require__.e(4523)]).then(__webpack_require__.bind(__webpack_require__, 10285)),
    /** Where keyed entries live: the cache service, or a directory beside a `dir:` store. */
    keyedStore: () => Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(4385)]).then(__webpack_require__.bind(__webpack_require__, 84385)),
    /** The cache service's entries, spoken to as @actions/cache 6 does (for the ledger and the history too). */
    cacheTransfer: () => Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(8664), __webpack_require__.e(9668)]).then(__webpack_require__.bind(__webpack_require__, 38413)),
};


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


/***/ }),

/***/ 90422:
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


/***/ })

};
