export const id = 297;
export const ids = [297,838];
export const modules = {

/***/ 20295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ stderrLogger),
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
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36524);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47498);
/** Output, logging and store defaults shared by the checkpoint CLI verbs (checkpoint, restore, list, validate, cleanup). */



/** The CLI's embedded default: a directory store under the current directory (excluded from checkpoints). */
const DEFAULT_CLI_STORE = 'dir:.ci-recovery/checkpoints';
/**
 * Where the CLI keeps local manifest copies (with this machine's stat facts, so that the next incremental
 * checkpoint reads only changed files): the job's RUNNER_TEMP in a workflow, else beside a directory
 * store (a hidden folder its listing skips); none for the artifact store outside a runner.
 */
function cliManifestCache(store) {
    return (0,_job_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultManifestCache */ .Rb)() ?? (store instanceof _store_js__WEBPACK_IMPORTED_MODULE_2__/* .DirStore */ .VW ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(store.dir, '.local') : undefined);
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
function print(line = '') {
    (resultOut ?? process.stdout.write.bind(process.stdout))(line + '\n');
}
function printJson(value) {
    print(JSON.stringify(value, null, 2));
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
    const w = (prefix) => (m) => void process.stderr.write(`${prefix}${m}\n`);
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

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's protocol for a node action: inputs and state from env, file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and stdout workflow commands, byte for byte as
 * @actions/core writes them (a test holds the two to the same output).
 *
 * Why not @actions/core itself: it loads its OIDC client (http-client, undici) at import. An ncc bundle
 * holding only `core.saveState` took 126 ms to run against 49 ms for `node -e 0` (Node 24, 20 runs), ~75 ms
 * of start-up, nearly pre's whole 80 ms budget; and every `run/` attempt would pay it too. Libraries that
 * bring @actions/core along (artifact, cache, github) load it in their own lazy chunks.
 */



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotation(where) {
    return {
        title: where?.title,
        file: where?.file,
        line: where?.startLine,
        endLine: where?.endLine,
        col: where?.startColumn,
        endColumn: where?.endColumn,
    };
}
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = process.env[fileEnv];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    return true;
}
const runner = {
    /** The input's value, trimmed; '' when unset (defaults come from action.yml through the runner). */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    getState(name) {
        return process.env[`STATE_${name}`] ?? '';
    },
    saveState(name, value) {
        if (!fileCommand('GITHUB_STATE', name, value))
            issue('save-state', { name }, value);
    },
    setOutput(name, value) {
        if (!fileCommand('GITHUB_OUTPUT', name, value)) {
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
            issue('set-output', { name }, value);
        }
    },
    exportVariable(name, value) {
        process.env[name] = value;
        if (!fileCommand('GITHUB_ENV', name, value))
            issue('set-env', { name }, value);
    },
    /** Appends markdown to the job summary (the runner caps a step's summary at 1 MiB). */
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is only available in GitHub Actions.');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    },
    /** Registers a secret: the runner masks it in every later log line. */
    setSecret(value) {
        issue('add-mask', {}, value);
    },
    info(message) {
        process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    },
    debug(message) {
        issue('debug', {}, message);
    },
    notice(message, where) {
        issue('notice', annotation(where), message);
    },
    warning(message, where) {
        issue('warning', annotation(where), message);
    },
    error(message, where) {
        issue('error', annotation(where), message);
    },
    startGroup(name) {
        issue('group', {}, name);
    },
    endGroup() {
        issue('endgroup', {}, '');
    },
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, message);
    },
};


/***/ }),

/***/ 8278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72924);
/* harmony import */ var _adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20295);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95377);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





const HELP = `usage: ci-recovery cleanup [--store SPEC] [--retention-days N] [--dest DIR] [--dry-run] [--json]

Deletes checkpoints older than the retention, except those a younger checkpoint's chain still needs.
Never deletes rollback records (ci-recovery-rollback-*). Also removes what killed saves left in the
store (archives without manifest, partial files; never those of a save still running) and finishes
restores into --dest that were killed (undone from their journal, staging removed).

  --store SPEC          dir:PATH or artifact (default ${_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --retention-days N    keep checkpoints younger than N days (default ${_core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays})
  --dest DIR            workspace whose interrupted restores to finish (default: current directory)
  --dry-run             list what would be deleted
  --json                machine-readable result on stdout`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'delete checkpoints past their retention (never rollback records)',
    run: (argv) => (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if (argv.includes('--help'))
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)('cleanup', argv, {
            store: 'string',
            'retention-days': 'string',
            dest: 'string',
            'dry-run': 'bool',
            json: 'bool',
        });
        const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(f, 'retention-days');
        const retentionDays = raw === undefined ? _core_config_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV.checkpoint.retentionDays : Number(raw);
        if (!Number.isFinite(retentionDays) || retentionDays < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`'--retention-days ${raw}' must be a number of days (0 or more).`);
        const store = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__.openStore)((0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(f, 'store') ?? _adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp, { cwd: process.cwd() });
        const dryRun = f['dry-run'] === true;
        const dest = (0,_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(f, 'dest') ?? process.cwd();
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

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The options of every CLI verb, parsed one way: the same syntax everywhere, and a mistake in any verb is
 * a usage error (exit 2) that names the option and lists the known ones. Node's util.parseArgs cannot
 * read lists written as several words (`--paths src dist`), which the checkpoint verbs take.
 */

/**
 * `--name value`, `--name=value`, `--flag` (or `--flag=false`), and lists that take every following word
 * up to the next option (`--paths a b c`) or repeat (`--label a --label b`). `--help` is always known;
 * verbs check for it before parsing, so that it works next to a mistake.
 */
function parseArgs(verb, argv, spec, { positionals: allowPositionals = false } = {}) {
    const known = { ...spec, help: 'bool' };
    const flags = {};
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--' && allowPositionals) {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            if (allowPositionals && (!arg.startsWith('-') || arg === '-')) {
                positionals.push(arg);
                continue;
            }
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unexpected argument '${arg}'; see 'ci-recovery ${verb} --help'`);
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const kind = known[name];
        if (!kind) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`unknown option '--${name}' for '${verb}'; known: ${Object.keys(spec)
                .map((k) => `--${k}`)
                .join(', ')}`);
        }
        const inline = eq === -1 ? undefined : arg.slice(eq + 1);
        if (kind === 'bool') {
            flags[name] = inline === undefined ? true : !['false', '0', 'no'].includes(inline);
        }
        else if (kind === 'string') {
            const v = inline ?? argv[++i];
            if (v === undefined || (inline === undefined && v.startsWith('--')))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`option '--${name}' needs a value`);
            flags[name] = v;
        }
        else {
            const list = flags[name] ?? [];
            if (inline !== undefined)
                list.push(...inline.split(',').filter(Boolean));
            while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--'))
                list.push(argv[++i]);
            if (list.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`option '--${name}' needs at least one value`);
            flags[name] = list;
        }
    }
    return { flags, positionals };
}
/** The options of a verb that takes no positional arguments. */
function parseFlags(verb, argv, spec) {
    return parseArgs(verb, argv, spec).flags;
}
function str(flags, name) {
    const v = flags[name];
    return typeof v === 'string' ? v : undefined;
}
function list(flags, name) {
    const v = flags[name];
    return Array.isArray(v) ? v : undefined;
}


/***/ }),

/***/ 26104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
  g2: () => (/* reexport */ config_defaults/* CONFIG_FILE */.g2),
  PV: () => (/* reexport */ config_defaults/* DEFAULT_CONFIG */.PV),
  parseConfig: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: DEFAULT_BUDGETS, DEFAULT_REVERT_CONFIG, camelize, closest, configFromJson, isObject, mergeConfig

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schema/ci-recovery.schema.json
const ci_recovery_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/ci-recovery/ci-recovery/schema/ci-recovery.schema.json","title":"ci-recovery configuration (.github/ci-recovery.yml)","description":"How ci-recovery decides lanes, which failures it retries, resumes or reverts, its budgets per lane, checkpoints, reverts and the ledger. Every key is optional: what you leave out keeps its default.","type":"object","additionalProperties":false,"definitions":{"failureType":{"type":"string","enum":["test","build","quality-gate","dependency","network","git","timeout","resource","infrastructure","cancelled","config","unknown"]},"lane":{"type":"string","enum":["DOCS","STANDARD","HEAVY"]},"branchKind":{"type":"string","enum":["default","pr","other"]},"strategy":{"type":"string","enum":["retry","resume","skip","rollback","manual"]},"globs":{"type":"array","items":{"type":"string","minLength":1}},"budget":{"type":"object","additionalProperties":false,"properties":{"max-attempts":{"description":"Attempts allowed in total (the first run included) before a person has to look.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Wait before the second attempt; doubles for each later attempt (at most 10 minutes).","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Time limit of one attempt of a run/ step; the whole process tree is killed when it is reached.","type":"number","exclusiveMinimum":0,"maximum":4320},"checkpoint":{"description":"Take a checkpoint of checkpoint.paths before each run/ step in this lane.","type":"boolean"}}}},"properties":{"lanes":{"description":"How the lane of a change is decided. DOCS only if every changed file matches \'docs\'; HEAVY if any file matches \'heavy\', a heavy label is set, or the diff is large; STANDARD otherwise.","type":"object","additionalProperties":false,"properties":{"docs":{"description":"Globs of documentation files (picomatch; a glob without a slash matches the base name anywhere; \'!glob\' excludes). Replaces the default list.","$ref":"#/definitions/globs"},"heavy":{"description":"Globs of files that make a change HEAVY (lockfiles, build and CI config, infra, migrations); \'!glob\' excludes. Replaces the default list.","$ref":"#/definitions/globs"},"heavy-labels":{"description":"PR labels that make a change HEAVY.","type":"array","items":{"type":"string"}},"docs-labels":{"description":"PR labels that make a change DOCS.","type":"array","items":{"type":"string"}},"heavy-diff-lines":{"description":"A diff with more changed lines than this is HEAVY.","type":"integer","minimum":0}}},"policy":{"description":"Rules tried before the defaults, in order; the first whose \'when\' matches decides.","type":"array","items":{"type":"object","additionalProperties":false,"required":["strategy"],"properties":{"name":{"description":"Shown as the deciding rule in outputs, summaries and \'ci-recovery plan\'.","type":"string","minLength":1},"when":{"description":"Conditions; all given must hold. Leave one out to match anything.","type":"object","additionalProperties":false,"properties":{"type":{"description":"Failure type, or a list of them.","anyOf":[{"$ref":"#/definitions/failureType"},{"type":"array","items":{"$ref":"#/definitions/failureType"}}]},"lane":{"description":"Lane, or a list of lanes.","anyOf":[{"$ref":"#/definitions/lane"},{"type":"array","items":{"$ref":"#/definitions/lane"}}]},"branch":{"description":"Branch kind: default, pr or other (or a list).","anyOf":[{"$ref":"#/definitions/branchKind"},{"type":"array","items":{"$ref":"#/definitions/branchKind"}}]},"attempt-below":{"description":"Matches while the failed attempt number is below this.","type":"integer","minimum":1}}},"strategy":{"description":"What to do: retry, resume (from the last checkpoint), skip, rollback (revert PR on the default branch) or manual.","$ref":"#/definitions/strategy"},"reason":{"description":"Why, in words; shown with the decision.","type":"string"},"max-attempts":{"description":"Overrides the lane\'s max-attempts for failures this rule matches.","type":"integer","minimum":1,"maximum":20},"backoff-seconds":{"description":"Overrides the lane\'s backoff-seconds.","type":"number","minimum":0,"maximum":3600},"timeout-minutes":{"description":"Overrides the lane\'s timeout-minutes.","type":"number","exclusiveMinimum":0,"maximum":4320}}}},"budgets":{"description":"Budgets per lane.","type":"object","additionalProperties":false,"properties":{"DOCS":{"description":"Budget of DOCS changes.","$ref":"#/definitions/budget"},"STANDARD":{"description":"Budget of STANDARD changes.","$ref":"#/definitions/budget"},"HEAVY":{"description":"Budget of HEAVY changes.","$ref":"#/definitions/budget"}}},"checkpoint":{"description":"Checkpoints of the workspace.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Paths (globs) to checkpoint, relative to the workspace.","$ref":"#/definitions/globs"},"retention-days":{"description":"Days a checkpoint is kept.","type":"integer","minimum":1,"maximum":90},"store":{"description":"\'artifact\' (the run\'s artifacts) or \'dir:PATH\' (a local directory).","type":"string","pattern":"^(artifact|dir:.+)$"}}},"revert":{"description":"Automatic reverts of commits that broke the default branch.","type":"object","additionalProperties":false,"properties":{"mode":{"description":"\'pr\' opens a draft revert pull request; \'push\' pushes the revert to the default branch.","type":"string","enum":["pr","push"]},"daily-cap":{"description":"At most this many reverts per day; 0 turns reverts off.","type":"integer","minimum":0},"opt-out-marker":{"description":"A commit message containing this is never reverted automatically.","type":"string","minLength":1},"kill-switch-label":{"description":"This label on the pull request, applied by a writer, stops a revert.","type":"string","minLength":1}}},"ledger":{"description":"Per-branch history kept with the Actions cache (caps, flaky failures).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Keep the ledger.","type":"boolean"}}}}}');
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
/**
 * Parses and validates the config file's text. Throws a UserError whose lines read
 * `file:line:col: what is wrong; what to write instead`.
 */
function parseConfig(text, file = config_defaults/* CONFIG_FILE */.g2) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    if (doc.errors.length > 0) {
        throw new errors/* UserError */.y(doc.errors
            .slice(0, 5)
            .map((e) => `${at(e.pos[0])}: invalid YAML: ${firstLine(e.message)}; ${yamlFix(e.code)}`)
            .join('\n'));
    }
    const value = doc.toJS();
    if (value === null || value === undefined)
        return (0,config_defaults/* mergeConfig */.R2)({});
    if (!(0,config_defaults/* isObject */.Gv)(value)) {
        throw new errors/* UserError */.y(`${at(doc.contents?.range[0] ?? 0)}: the config must be a mapping of sections; write keys such as 'policy:', 'budgets:' or 'lanes:' at the top level`);
    }
    const check = validate();
    if (!check(value))
        throw new errors/* UserError */.y(describeErrors(check.errors ?? [], doc, at).join('\n'));
    return (0,config_defaults/* mergeConfig */.R2)((0,config_defaults/* camelize */.PT)(value));
}
function firstLine(message) {
    return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
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
function nodeAt(doc, segments) {
    for (let n = segments.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node))
            return node;
    }
    return undefined;
}
function keyNodeAt(doc, segments, key) {
    const map = nodeAt(doc, segments);
    if (!(0,dist/* isMap */.jh)(map))
        return map;
    const pair = map.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    return pair && (0,dist/* isNode */.Ll)(pair.key) ? pair.key : map;
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
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [c, d];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
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
function describeErrors(errors, doc, at) {
    const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    // In "X or a list of X", the enum branch also reports a list value as not-an-X: drop that one.
    const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null));
    // A value that fails both branches of "X or a list of X" at the same place: say it once, from the anyOf.
    const kept = concrete.filter((e) => e.keyword !== 'type' ||
        !concrete.some((o) => o !== e && o.keyword !== 'type' && (o.instancePath + '/').startsWith(e.instancePath + '/')));
    const lines = new Map();
    const add = (segments, node, text) => {
        const key = displayPath(segments) + text;
        if (!lines.has(key))
            lines.set(key, { offset: node?.range?.[0] ?? 0, text: `${at(node?.range?.[0] ?? 0)}: ${text}` });
    };
    const seenTypePaths = new Set();
    for (const e of kept) {
        const segments = pathSegments(e.instancePath);
        const where = displayPath(segments);
        const params = e.params;
        const parent = e.parentSchema;
        switch (e.keyword) {
            case 'additionalProperties': {
                const key = String(params.additionalProperty);
                const allowed = Object.keys(parent?.properties ?? {});
                const guess = closest(key, allowed);
                add([...segments, key], keyNodeAt(doc, segments, key), `unknown key '${key}' ${segments.length ? `in ${where}` : 'at the top level'}; ` +
                    (guess ? `write '${guess}' instead` : `use one of: ${quoteList(allowed)}`));
                break;
            }
            case 'enum': {
                const allowed = params.allowedValues ?? [];
                const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
                add(segments, nodeAt(doc, segments), `${JSON.stringify(e.data)} is not allowed for ${where}; ` +
                    (guess
                        ? `write '${guess}' instead (allowed: ${quoteList(allowed)})`
                        : `write one of: ${quoteList(allowed)}`) +
                    (anyOfAt.has(e.instancePath) ? ' (or a list of them)' : ''));
                break;
            }
            case 'required': {
                const missing = String(params.missingProperty);
                const hint = missing === 'strategy' ? ' followed by one of: retry, resume, skip, rollback, manual' : '';
                add(segments, nodeAt(doc, segments), `${where} has no '${missing}'; add '${missing}:'${hint}`);
                break;
            }
            case 'type': {
                const anyOf = errors.find((o) => o.keyword === 'anyOf' && o.instancePath === e.instancePath);
                if (anyOf) {
                    if (seenTypePaths.has(e.instancePath))
                        break;
                    seenTypePaths.add(e.instancePath);
                    add(segments, nodeAt(doc, segments), `${where} must be one value or a list of values, got ${JSON.stringify(e.data)}; write one of: ${quoteList(anyOfValues(anyOf.schema))} (or a list of them)`);
                    break;
                }
                const expected = String(params.type);
                add(segments, nodeAt(doc, segments), `${where} must be ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'an integer' : `a ${expected}`}, got ${JSON.stringify(e.data)}; write ${FIX_BY_TYPE[expected] ?? expected}`);
                break;
            }
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'exclusiveMaximum':
                add(segments, nodeAt(doc, segments), `${where} is out of range, got ${JSON.stringify(e.data)}; write a value ${String(params.comparison)} ${String(params.limit)}`);
                break;
            default:
                add(segments, nodeAt(doc, segments), `${where} is not valid (${e.message ?? 'rejected by the schema'}), got ${JSON.stringify(e.data)}; ${parent?.description ? `write ${parent.description}` : 'see schema/ci-recovery.schema.json'}`);
        }
    }
    return [...lines.values()].sort((a, b) => a.offset - b.offset).map((l) => l.text);
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
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (changed files unknown)` };
        return { lane: 'STANDARD', reason: 'changed files unknown' };
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

/***/ 80095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages)
/* harmony export */ });
/** Keys of the root action's state, shared by pre, main and post (exported to later stages as STATE_<key>). */
const STATE_JOB_START = 'job-start';
const STATE_SETTINGS = 'settings';
const STATE_LANE = 'lane';
/**
 * Job-wide: stages completed in this run so far (main sets it on resume, run/ appends on success), as a
 * comma list in GITHUB_ENV.
 */
const COMPLETED_STAGES_ENV = 'CI_RECOVERY_COMPLETED_STAGES';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ })

};
