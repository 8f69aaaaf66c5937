export const id = 340;
export const ids = [340,838];
export const modules = {

/***/ 20295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Q2: () => (/* binding */ printJson),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   ko: () => (/* binding */ cliManifestCache),
/* harmony export */   rp: () => (/* binding */ DEFAULT_CLI_STORE),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vS: () => (/* binding */ stdoutToStderr),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85512);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98915);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47498);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */






/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * The store a CLI verb names with --store. A spec that is neither form is a usage error. The artifact
 * store needs the runtime token the runner gives each job (ACTIONS_RUNTIME_TOKEN): outside a job there is
 * none, which no permission or github-token can make up for, so say that instead of what the artifact
 * client would report.
 */
async function openCliStore(spec, env = process.env) {
    const s = (spec ?? DEFAULT_CLI_STORE).trim();
    if (!(s.startsWith('dir:') && s.length > 4) && s !== 'artifact')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--store '${s}' is not a store: write 'dir:PATH' (a local directory) or 'artifact' (the run's artifacts, inside a GitHub Actions job).`);
    if (s === 'artifact' && !env.ACTIONS_RUNTIME_TOKEN)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo('--store artifact works only inside a GitHub Actions job: the runner gives each job a runtime token (ACTIONS_RUNTIME_TOKEN) and there is none here. Outside Actions use a directory store, e.g. --store dir:.ci-recovery/checkpoints.');
    return (0,_open_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .C)(s, { cwd: process.cwd() });
}
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
function cliManifestCache(store) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultManifestCache */ .Rb)() ?? (store instanceof _store_js__WEBPACK_IMPORTED_MODULE_4__/* .DirStore */ .VW ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(store.dir, '.local') : undefined);
}
function bytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
/** The real stdout while stdoutToStderr is active: results go there, library chatter does not. */
let resultOut;
/** A result line on stdout; paths and log text in it cannot act as workflow commands under Actions. */
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))((0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .inertText */ .UJ)(line) + '\n');
}
function printJson(value) {
    print((0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)(value, 2));
}
/** Aligned plain-text table. */
function table(rows) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
    return rows
        .map((r) => r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd())
        .join('\n');
}
/**
 * The CLI logs to stderr (stdout carries results, and is pure JSON with --json); debug lines only with
 * RUNNER_DEBUG=1, the switch GitHub's "debug logging" re-run sets and @actions/core reads.
 */
function stderrLogger(verbose = process.env.RUNNER_DEBUG === '1') {
    // stderr too: the runner reads both streams for workflow commands.
    const w = (prefix) => (m) => void process.stderr.write(`${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .inertText */ .UJ)(`${prefix}${m}`)}\n`);
    return {
        debug: (m) => (verbose ? w('debug: ')(m) : undefined),
        info: w(''),
        notice: w('notice: '),
        warning: w('warning: '),
        error: w('error: '),
        group: (_name, fn) => fn(),
    };
}
/**
 * Runs fn with stdout sent to stderr: the artifact and cache clients log through @actions/core, which
 * writes to stdout outside Actions, and stdout must carry only our result (pure JSON with --json).
 */
async function stdoutToStderr(fn) {
    const stdout = process.stdout;
    const original = Object.getOwnPropertyDescriptor(stdout, 'write');
    const write = stdout.write.bind(stdout);
    resultOut = (text) => write(text);
    stdout.write = process.stderr.write.bind(process.stderr);
    try {
        return await fn();
    }
    finally {
        if (original)
            Object.defineProperty(stdout, 'write', original);
        else
            delete stdout.write;
        resultOut = undefined;
    }
}


/***/ }),

/***/ 52439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ legInputs),
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
    },
    required(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    bool(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be true or false, got '${value}'.`);
    },
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    },
    /** A positive number of minutes, fractions allowed (0.5 is 30 s); undefined when empty. */
    minutes(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!(Number.isFinite(parsed) && parsed > 0))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a positive number of minutes (e.g. 30 or 0.5), got '${value}'.`);
        return parsed;
    },
    /** One of `choices` (case-insensitive); the message lists them. */
    choice(name, choices) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        const found = choices.find((c) => c === value);
        if (found === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be one of ${choices.join(', ')}, got '${value}'.`);
        return found;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};
/**
 * The hidden inputs every ci-recovery action declares to tell matrix legs apart (defaults
 * `${{ strategy.job-index }}` and `${{ toJSON(matrix) }}`), read from `env` so the sub-actions' shared
 * job context can take them from the step's environment.
 */
function legInputs(env = process.env) {
    return { jobIndex: env['INPUT_JOB-INDEX'] ?? '', matrix: env.INPUT_MATRIX ?? '' };
}


/***/ }),

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16530);
/* harmony import */ var _adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20295);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95377);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _verb_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35525);






const HELP = `usage: ci-recovery cleanup [--store SPEC] [--retention-days N] [--dest DIR] [--dry-run] [--json]

Deletes checkpoints older than the retention, except those a younger checkpoint's chain still needs.
Never deletes rollback records (ci-recovery-rollback-*). Also removes what killed saves left in the
store (archives without manifest, partial files; never those of a save still running) and finishes
restores into --dest that were killed (undone from their journal, staging removed).

  --store SPEC          dir:PATH or artifact (default ${_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --retention-days N    keep checkpoints younger than N days (default ${_core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays})
  --dest DIR            workspace whose interrupted restores to finish (default: current directory)
  --dry-run             list what would be deleted
  --json                machine-readable result on stdout

example:
  ci-recovery cleanup --retention-days 3 --dry-run`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    run: (argv) => (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if ((0,_verb_js__WEBPACK_IMPORTED_MODULE_3__/* .wantsHelp */ .l)(argv))
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)('cleanup', argv, {
            store: 'string',
            'retention-days': 'string',
            dest: 'string',
            'dry-run': 'bool',
            json: 'bool',
        });
        const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'retention-days');
        const retentionDays = raw === undefined ? _core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays : Number(raw);
        if (!Number.isFinite(retentionDays) || retentionDays < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`'--retention-days ${raw}' must be a number of days (0 or more).`);
        const store = await (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .openCliStore */ .Iy)((0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'store'));
        const dryRun = f['dry-run'] === true;
        const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .str */ .gx)(f, 'dest') ?? process.cwd();
        const r = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanupCheckpoints */ .Q8)(store, { retentionDays, dryRun, dest });
        if (f.json)
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)({ dryRun, retentionDays, ...r }), 0);
        for (const id of r.deleted)
            (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} ${id}`);
        for (const name of r.leftovers)
            (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} leftover ${name}`);
        for (const name of r.debris)
            (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${dryRun ? 'would delete' : 'deleted'} unfinished ${name}`);
        for (const name of r.staging)
            (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`finished interrupted restore ${name}`);
        for (const id of r.keptForChain)
            (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`kept ${id} (a younger checkpoint needs it)`);
        (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`${r.deleted.length} checkpoint(s) ${dryRun ? 'to delete' : 'deleted'}, retention ${retentionDays} day(s)`);
        return 0;
    }),
});


/***/ }),

/***/ 35525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_BUDGETS */
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57668);
/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */

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
    HEAVY: { maxAttempts: 4, backoffSeconds: 30, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
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
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 29838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* reexport */ config_defaults/* DEFAULT_CONFIG */.PV),
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: CONFIG_FILE, DEFAULT_BUDGETS, DEFAULT_REVERT_CONFIG, MAX_CONFIG_BYTES, MAX_REPORTED_PROBLEMS, camelize, closest, configFromJson, isObject, mergeConfig

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/ci-recovery.schema.json
const ci_recovery_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/ci-recovery/ci-recovery/schema/ci-recovery.schema.json","title":"ci-recovery configuration (.github/ci-recovery.yml)","description":"How ci-recovery decides lanes, which failures it retries, resumes or reverts, its budgets per lane, checkpoints, reverts and the ledger. Every key is optional: what you leave out keeps its default.","type":"object","additionalProperties":false,"definitions":{"failureType":{"type":"string","enum":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"]},"lane":{"type":"string","enum":["DOCS","STANDARD","HEAVY"]},"branchKind":{"type":"string","enum":["default","pr","other"]},"strategy":{"type":"string","enum":["retry","resume","skip","rollback","manual"]},"globs":{"type":"array","items":{"type":"string","minLength":1}},"budget":{"type":"object","additionalProperties":false,"properties":{"max-attempts":{"description":"Attempts allowed in total (the first run included) before a person has to look.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Wait before the second attempt; doubles for each later attempt (at most 10 minutes).","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Time limit of one attempt of a run/ step; the whole process tree is killed when it is reached.","type":"number","exclusiveMinimum":0,"maximum":4320},"checkpoint":{"description":"Take a checkpoint of checkpoint.paths before each run/ step in this lane.","type":"boolean"}}}},"properties":{"lanes":{"description":"How the lane of a change is decided. DOCS only if every changed file matches \'docs\'; HEAVY if any file matches \'heavy\', a heavy label is set, or the diff is large; STANDARD otherwise.","type":"object","additionalProperties":false,"properties":{"docs":{"description":"Globs of documentation files (picomatch; a glob without a slash matches the base name anywhere; \'!glob\' excludes). Replaces the default list.","$ref":"#/definitions/globs"},"heavy":{"description":"Globs of files that make a change HEAVY (lockfiles, build and CI config, infra, migrations); \'!glob\' excludes. Replaces the default list.","$ref":"#/definitions/globs"},"heavy-labels":{"description":"PR labels that make a change HEAVY.","type":"array","items":{"type":"string"}},"docs-labels":{"description":"PR labels that make a change DOCS.","type":"array","items":{"type":"string"}},"heavy-diff-lines":{"description":"A diff with more changed lines than this is HEAVY.","type":"integer","minimum":0}}},"policy":{"description":"Rules tried before the defaults, in order; the first whose \'when\' matches decides.","type":"array","items":{"type":"object","additionalProperties":false,"required":["strategy"],"properties":{"name":{"description":"Shown as the deciding rule in outputs, summaries and \'ci-recovery plan\'.","type":"string","minLength":1},"when":{"description":"Conditions; all given must hold. Leave one out to match anything.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Failure type, or a list of them.","anyOf":[{"$ref":"#/definitions/failureType"},{"type":"array","items":{"$ref":"#/definitions/failureType"}}]},"lane":{"description":"Lane, or a list of lanes.","anyOf":[{"$ref":"#/definitions/lane"},{"type":"array","items":{"$ref":"#/definitions/lane"}}]},"branch":{"description":"Branch kind: default, pr or other (or a list).","anyOf":[{"$ref":"#/definitions/branchKind"},{"type":"array","items":{"$ref":"#/definitions/branchKind"}}]},"attempt-below":{"description":"Matches while the failed attempt number is below this.","type":"integer","minimum":1}}},"strategy":{"description":"What to do: retry, resume (from the last checkpoint), skip, rollback (revert PR on the default branch) or manual.","$ref":"#/definitions/strategy"},"reason":{"description":"Why, in words; shown with the decision.","type":"string"},"max-attempts":{"description":"Overrides the lane\'s max-attempts for failures this rule matches.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Overrides the lane\'s backoff-seconds.","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Overrides the lane\'s timeout-minutes.","type":"number","exclusiveMinimum":0,"maximum":4320}}}},"budgets":{"description":"Budgets per lane.","type":"object","additionalProperties":false,"properties":{"DOCS":{"description":"Budget of DOCS changes.","$ref":"#/definitions/budget"},"STANDARD":{"description":"Budget of STANDARD changes.","$ref":"#/definitions/budget"},"HEAVY":{"description":"Budget of HEAVY changes.","$ref":"#/definitions/budget"}}},"checkpoint":{"description":"Checkpoints of the workspace.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Paths (globs) to checkpoint, relative to the workspace.","$ref":"#/definitions/globs"},"retention-days":{"description":"Days a checkpoint is kept.","type":"integer","minimum":1,"maximum":90},"store":{"description":"\'artifact\' (the run\'s artifacts) or \'dir:PATH\' (a local directory).","type":"string","pattern":"^(artifact|dir:.+)$"}}},"revert":{"description":"Automatic reverts of commits that broke the default branch.","type":"object","additionalProperties":false,"properties":{"mode":{"description":"\'pr\' opens a draft revert pull request; \'push\' pushes the revert to the default branch.","type":"string","enum":["pr","push"]},"daily-cap":{"description":"At most this many reverts per day; 0 turns reverts off.","type":"integer","minimum":0},"opt-out-marker":{"description":"A commit message containing this is never reverted automatically.","type":"string","minLength":1},"kill-switch-label":{"description":"This label on the pull request, applied by a writer, stops a revert.","type":"string","minLength":1}}},"ledger":{"description":"Per-branch history kept with the Actions cache (caps, flaky failures).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Keep the ledger.","type":"boolean"}}}}}');
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * `.github/ci-recovery.yml`: parsed with `yaml` (so every error maps back to a line and column),
 * validated against the JSON Schema shipped in `schema/ci-recovery.schema.json`, then turned into the
 * camelCase `Config` used in code, with defaults for whatever the file leaves out. Pure: the text comes in.
 */







let validator;
function validate() {
    validator ??= new ajv.Ajv({ allErrors: true, verbose: true, strict: false }).compile(ci_recovery_schema_namespaceObject);
    return validator;
}
/** Problems listed in one error; the rest are counted. */
const MAX_REPORTED_PROBLEMS = 20;
/** Characters of a value or key quoted back in a message. */
const MAX_SHOWN_CHARS = 60;
/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`. Linear in the size of the text, whatever it
 * holds: at most MAX_REPORTED_PROBLEMS lines, and values and keys are quoted back shortened.
 */
function parseConfig(text, file = config_defaults/* CONFIG_FILE */.g2) {
    const lineCounter = new dist/* LineCounter */.HN();
    // yaml's own uniqueKeys check compares each key with every earlier one: quadratic in a map's size.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const yamlErrors = [
        ...doc.errors.map((e) => ({ offset: e.pos[0], message: yamlMessage(e.message), code: e.code })),
        ...duplicateKeys(doc),
    ].sort((a, b) => a.offset - b.offset);
    if (yamlErrors.length > 0) {
        throw new errors/* UserError */.yo(report(yamlErrors
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map((e) => `${at(e.offset)}: invalid YAML: ${e.message}; ${yamlFix(e.code)}`), yamlErrors.length));
    }
    const value = doc.toJS();
    if (value === null || value === undefined)
        return (0,config_defaults/* mergeConfig */.R2)({});
    if (!(0,config_defaults/* isObject */.Gv)(value)) {
        throw new errors/* UserError */.yo(`${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`);
    }
    const check = validate();
    if (!check(value)) {
        const { lines, total } = describeErrors(check.errors ?? [], doc, at);
        throw new errors/* UserError */.yo(report(lines, total));
    }
    return (0,config_defaults/* mergeConfig */.R2)((0,config_defaults/* camelize */.PT)(value));
}
/** The first problems' lines, and how many more there are of `total`. */
function report(lines, total) {
    return [
        ...lines,
        ...(total > lines.length ? [`... and ${total - lines.length} more problem(s)`] : []),
    ].join('\n');
}
/** A key that appears twice in one mapping, found with one set per mapping. */
function duplicateKeys(doc) {
    const found = [];
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,dist/* isScalar */.jn)(pair.key))
                    continue;
                if (seen.has(pair.key.value))
                    found.push({
                        offset: pair.key.range?.[0] ?? 0,
                        message: `Map keys must be unique (${shown(pair.key.value)} again)`,
                        code: 'DUPLICATE_KEY',
                    });
                seen.add(pair.key.value);
            }
        },
    });
    return found;
}
/** A key or text quoted back in a message, cut to MAX_SHOWN_CHARS. */
function clip(s) {
    return s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}... (${s.length} chars)` : s;
}
/** A value quoted back as JSON; a long string is cut before JSON copies it (a 50 MB value is not echoed). */
function shown(value) {
    if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS)
        return `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}... (${value.length} chars)`;
    return clip(JSON.stringify(value) ?? String(value));
}
/** The YAML parser's message without the position it appends (the caller says where). */
function yamlMessage(message) {
    return (0,core_text/* firstLine */.T)(message).replace(/ at line \d+, column \d+:?$/, '');
}
function yamlFix(code) {
    if (code === 'DUPLICATE_KEY')
        return 'keep one of the two keys';
    if (code === 'TAB_AS_INDENT')
        return 'indent with spaces, not tabs';
    if (code.includes('INDENT'))
        return 'indent nested keys consistently with spaces';
    if (code.includes('QUOTE') || code.includes('SCALAR'))
        return 'quote the value or close the quote';
    return 'fix the YAML syntax (indentation, a missing colon, or an unclosed bracket or quote)';
}
// ---- mapping schema errors to positions and advice ----
const FIX_BY_TYPE = {
    integer: 'a whole number, e.g. 3',
    number: 'a number, e.g. 10',
    boolean: 'true or false',
    string: 'a text value',
    array: 'a list, e.g. [a, b] or one "- item" per line',
    object: 'a mapping of keys ("key: value" on indented lines)',
};
function pathSegments(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
function displayPath(segments) {
    let out = '';
    for (const s of segments)
        out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
    return out || 'the top level';
}
/**
 * Finds the nodes errors point at. Each mapping's keys are indexed once, so that thousands of errors in
 * one big mapping cost a lookup each, not a scan of the mapping each (doc.getIn scans).
 */
class Locator {
    doc;
    keys = new Map();
    constructor(doc) {
        this.doc = doc;
    }
    pairOf(map, key) {
        let index = this.keys.get(map);
        if (!index) {
            index = new Map();
            for (const pair of map.items) {
                const k = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
                if (!index.has(k))
                    index.set(k, pair);
            }
            this.keys.set(map, index);
        }
        return index.get(key);
    }
    /** The deepest node on the way to `segments`. */
    nodeAt(segments) {
        let node = this.doc.contents;
        let deepest = (0,dist/* isNode */.Ll)(node) ? node : undefined;
        for (const segment of segments) {
            if ((0,dist/* isMap */.jh)(node))
                node = this.pairOf(node, segment)?.value;
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number')
                node = node.items[segment];
            else
                break;
            if (!(0,dist/* isNode */.Ll)(node))
                break;
            deepest = node;
        }
        return deepest;
    }
    keyNodeAt(segments, key) {
        const map = this.nodeAt(segments);
        if (!(0,dist/* isMap */.jh)(map))
            return map;
        const pair = this.pairOf(map, key);
        return pair && (0,dist/* isNode */.Ll)(pair.key) ? pair.key : map;
    }
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest candidate, if it is close enough to be what was meant. */
function closest(word, candidates) {
    const near = (c) => Math.max(2, Math.floor(c.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        // The lengths alone put it too far: skip the distance (a 50 MB key against 'budgets').
        if (Math.abs(word.length - c.length) > near(c))
            continue;
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best !== undefined && bestDistance <= near(best) ? best : undefined;
}
function quoteList(values) {
    return values.map((v) => String(v)).join(', ');
}
/** Enum values of an `anyOf: [{$ref enum}, {array of $ref enum}]` pair in our schema. */
function anyOfValues(branches) {
    const defs = ci_recovery_schema_namespaceObject.definitions;
    const resolve = (s) => {
        const ref = s?.$ref;
        return ref ? defs[ref.replace('#/definitions/', '')] : s;
    };
    const first = Array.isArray(branches) ? resolve(branches[0]) : undefined;
    return first?.enum ?? [];
}
/**
 * The first MAX_REPORTED_PROBLEMS problems in file order, worded with advice, and how many there are in
 * all. Only those first ones are worded (the advice's closest-name search is the costly part).
 */
function describeErrors(errors, doc, at) {
    const locate = new Locator(doc);
    const anyOfAt = new Map();
    for (const e of errors)
        if (e.keyword === 'anyOf' && !anyOfAt.has(e.instancePath))
            anyOfAt.set(e.instancePath, e);
    const kept = problemErrors(errors);
    const placed = kept
        .map((e) => {
        const segments = pathSegments(e.instancePath);
        const { additionalProperty } = e.params;
        const node = e.keyword === 'additionalProperties'
            ? locate.keyNodeAt(segments, String(additionalProperty))
            : locate.nodeAt(segments);
        return { e, offset: node?.range?.[0] ?? 0 };
    })
        .sort((a, b) => a.offset - b.offset);
    // One problem per place and kind (the two type errors of "X or a list of X" are one).
    const problems = new Set(kept.map((e) => {
        const { additionalProperty, missingProperty } = e.params;
        return `${e.instancePath}\0${e.keyword}\0${additionalProperty ?? missingProperty ?? ''}`;
    }));
    const lines = new Map();
    const seenTypePaths = new Set();
    for (const { e } of placed) {
        if (lines.size >= MAX_REPORTED_PROBLEMS)
            break;
        // The two type errors of "X or a list of X" at one place are said once, from the anyOf.
        const anyOf = e.keyword === 'type' ? anyOfAt.get(e.instancePath) : undefined;
        if (anyOf && seenTypePaths.has(e.instancePath))
            continue;
        if (anyOf)
            seenTypePaths.add(e.instancePath);
        const { segments, node, text } = wordError(e, locate, anyOf, anyOfAt.has(e.instancePath));
        const key = displayPath(segments) + text;
        if (!lines.has(key))
            lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
    }
    return {
        lines: [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text),
        total: Math.max(problems.size, lines.size),
    };
}
/**
 * The errors worth a line: no anyOf wrappers; in "X or a list of X", not the enum branch's complaint about a
 * list value; and no type error where another kind of error sits at its path or below (every path that
 * holds one, with all its ancestors, goes in a set once).
 */
function problemErrors(errors) {
    const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null));
    const belowOther = new Set();
    for (const o of concrete) {
        if (o.keyword === 'type')
            continue;
        for (let p = o.instancePath; !belowOther.has(p); p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
            belowOther.add(p);
            if (p === '')
                break;
        }
    }
    return concrete.filter((e) => e.keyword !== 'type' || !belowOther.has(e.instancePath));
}
/** One schema error in words, with advice, and the node it is about. */
function wordError(e, locate, anyOf, inAnyOf) {
    const segments = pathSegments(e.instancePath);
    const where = displayPath(segments);
    const params = e.params;
    const parent = e.parentSchema;
    const at = (text) => ({ segments, node: locate.nodeAt(segments), text });
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(parent?.properties ?? {});
            const guess = closest(key, allowed);
            return {
                segments: [...segments, key],
                node: locate.keyNodeAt(segments, key),
                text: `unknown key '${clip(key)}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
                    (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`),
            };
        }
        case 'enum': {
            const allowed = params.allowedValues ?? [];
            const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
            return at(`${shown(e.data)} is not allowed for ${where}; ` +
                (guess
                    ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
                    : `write one of: ${quoteList(allowed)}`) +
                (inAnyOf ? ' (or a list of them)' : ''));
        }
        case 'required': {
            const missing = String(params.missingProperty);
            const hint = missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
            return at(`${where} has no '${missing}'; add '${missing}:'${hint}`);
        }
        case 'type': {
            if (anyOf)
                return at(`${where} must be one value or a list of values, got ${shown(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`);
            const expected = String(params.type);
            return at(`${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${shown(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`);
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return at(`${where} is out of range, got ${shown(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`);
        default:
            return at(`${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${shown(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`);
    }
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

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine)
/* harmony export */ });
/** The first line of a message (the whole text when it has one line). */
function firstLine(text) {
    return text.split('\n', 1)[0] ?? '';
}


/***/ })

};
