export const id = 149;
export const ids = [149];
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

/***/ 97916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72924);
/* harmony import */ var _adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20295);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95377);



const HELP = `usage: ci-recovery list [--store SPEC] [--json]

Lists the checkpoints in a store, oldest first.

  --store SPEC      dir:PATH or artifact (default ${_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp})
  --json            machine-readable result on stdout`;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ({
    summary: 'list the checkpoints in a store',
    run: (argv) => (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .stdoutToStderr */ .vS)(async () => {
        if (argv.includes('--help'))
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(HELP), 0);
        const f = (0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)('list', argv, { store: 'string', json: 'bool' });
        const store = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__.openStore)((0,_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(f, 'store') ?? _adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CLI_STORE */ .rp, { cwd: process.cwd() });
        const items = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listCheckpoints */ .Ep)(store);
        const rows = items.map((c) => {
            const m = c.summary;
            if (!m)
                return { id: c.id, error: c.error };
            const s = m.stats;
            return {
                id: c.id,
                kind: m.kind,
                parent: m.parent ?? null,
                stage: m.stage,
                job: m.job,
                runId: m.runId,
                attempt: m.attempt,
                createdAt: m.createdAt,
                files: s.files,
                bytes: s.bytes,
                changed: s.changed,
                deleted: s.deleted,
                archiveBytes: m.archive.size,
                compression: m.archive.compression,
                completedStages: m.completedStages,
            };
        });
        if (f.json)
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .printJson */ .Q2)(rows), 0);
        if (rows.length === 0)
            return ((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)(`no checkpoints in ${store.spec}`), 0);
        (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .print */ .yy)((0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([
            ['NAME', 'KIND', 'STAGE', 'ATTEMPT', 'FILES', 'SIZE', 'ARCHIVE', 'CREATED'],
            ...rows.map((r) => 'error' in r
                ? [r.id, 'unreadable', r.error ?? '', '', '', '', '', '']
                : [
                    r.id,
                    r.kind,
                    r.stage,
                    String(r.attempt),
                    String(r.files),
                    (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.bytes),
                    (0,_adapters_checkpoint_cli_support_js__WEBPACK_IMPORTED_MODULE_1__/* .bytes */ .ee)(r.archiveBytes),
                    r.createdAt,
                ]),
        ]));
        return 0;
    }),
});


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
