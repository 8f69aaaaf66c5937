export const id = 271;
export const ids = [271];
export const modules = {

/***/ 70271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/cli/commands.ts

const commands = {
    classify: {
        summary: 'classify the failure in one or more CI logs (plain or .gz)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(724), __webpack_require__.e(930), __webpack_require__.e(226)]).then(__webpack_require__.bind(__webpack_require__, 5226))).default,
    },
    lanes: {
        summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout, and why',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(964), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 30841))).default,
    },
    plan: {
        summary: 'show the strategy the policy picks for a failure, and which rule decided',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(143), __webpack_require__.e(930), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).default,
    },
    checkpoint: {
        summary: 'save a checkpoint of chosen paths (full or incremental)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 61786))).default,
    },
    restore: {
        summary: 'restore a checkpoint (verified, all-or-nothing; --dry-run, --paths)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(340)]).then(__webpack_require__.bind(__webpack_require__, 92340))).default,
    },
    list: {
        summary: 'list the checkpoints in a store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(916)]).then(__webpack_require__.bind(__webpack_require__, 97916))).default,
    },
    validate: {
        summary: 'verify checkpoints end to end without restoring them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 84446))).default,
    },
    cleanup: {
        summary: 'delete checkpoints past their retention (never rollback records)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(724), __webpack_require__.e(745), __webpack_require__.e(838), __webpack_require__.e(753)]).then(__webpack_require__.bind(__webpack_require__, 8278))).default,
    },
};

// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(85512);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** The package's version, bundled into dist/ at build time (ncc inlines the JSON). */

const version = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/actions/cli.ts






/** Exit codes, one meaning each (listed in the README). */
const EXIT = { done: 0, failed: 1, usage: 2 };
const USAGE = () => {
    const names = Object.keys(commands).sort();
    const width = Math.max(...names.map((n) => n.length));
    return [
        'usage: ci-recovery <command> [options]',
        '       ci-recovery --version',
        '',
        'commands:',
        ...names.map((name) => `  ${name.padEnd(width)}  ${commands[name].summary}`),
        '',
        "Run 'ci-recovery <command> --help' for a command's options and an example.",
        'Exit codes: 0 done, 1 the operation failed or found a problem, 2 usage (the command line is wrong).',
        'With --json, stdout carries only JSON, errors included: {"error":{"message","exitCode"}}.',
    ].join('\n');
};
async function run(argv = process.argv.slice(2)) {
    const [name, ...rest] = argv;
    const json = (0,flags/* wantsJson */.k0)(argv);
    if (name === '--help' || name === '-h') {
        process.stdout.write(USAGE() + '\n');
        process.exitCode = EXIT.done;
        return;
    }
    if (name === '--version' || name === '-V') {
        process.stdout.write(json ? JSON.stringify({ version: version }) + '\n' : `ci-recovery ${version}\n`);
        process.exitCode = EXIT.done;
        return;
    }
    const verb = name === undefined ? undefined : commands[name];
    if (!verb) {
        const problem = name === undefined || name.startsWith('-') ? 'no command given' : `unknown command '${name}'`;
        fail(new errors/* UsageError */.eb(`${problem}; run 'ci-recovery --help' for the commands`), json, undefined);
        if (!json)
            process.stderr.write(USAGE() + '\n');
        return;
    }
    try {
        // The one read of the environment for every verb; GITHUB_TOKEN is the CLI's own (e.g. from
        // `gh auth token`, for `lanes --pr`), read here and nowhere else.
        const token = process.env.GITHUB_TOKEN;
        const context = { env: (0,job_env/* readJobEnv */.l)(), ...(token ? { token } : {}) };
        process.exitCode = await (await verb.load()).run(rest, context);
    }
    catch (error) {
        fail(error, json, name);
    }
}
/**
 * Reports a failure once: a line on stderr always, and with --json also a JSON object on stdout, so that
 * a script reading stdout gets JSON whatever happened.
 */
function fail(error, json, verb) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    const exitCode = error instanceof errors/* UsageError */.eb ? EXIT.usage : EXIT.failed;
    process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery${verb ? ` ${verb}` : ''}: ${message}`) + '\n');
    if (json)
        process.stdout.write((0,runner/* inertJson */.nl)({ error: { message, exitCode } }) + '\n');
    process.exitCode = exitCode;
}


/***/ }),

/***/ 12461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readJobEnv)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30538);


/** The process's job environment; entry points read it once and pass it down. */
function readJobEnv() {
    return (0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJobEnv */ .B)(process.env, { cwd: process.cwd(), tmpdir: node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir() });
}


/***/ }),

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   lj: () => (/* binding */ runner),
/* harmony export */   nl: () => (/* binding */ inertJson)
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
/**
 * Could the runner read a line of this text as a workflow command? It splits output at `\r` as well as
 * `\n`, trims each line and takes one that starts with `::`; the older `##[command]` form is found
 * anywhere in a line.
 */
const COMMAND_LIKE = /(^|[\r\n])[^\S\r\n]*::|##\[/;
/**
 * Text we print that may carry paths, file names or log lines (anything a pull request controls), made
 * inert for the runner: text that could hold a workflow command is wrapped in a `::stop-commands::` block
 * whose token nobody can guess, so it is shown exactly as it is and never acted on. Every plain print of
 * ours goes through this (annotations and groups escape their data instead).
 */
function inertText(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    const token = `ci-recovery-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${token}::`;
}
/**
 * JSON for stdout that the runner cannot act on and that parses to the same value: JSON escapes line
 * breaks inside strings, so only the `##[` form can occur, and `\u0023` spells its second `#`.
 */
function inertJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}
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
/** The file of a file command (GITHUB_OUTPUT, GITHUB_ENV, ...); undefined off a runner. */
const commandFile = (fileEnv) => process.env[fileEnv] || undefined;
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = commandFile(fileEnv);
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
        process.stdout.write(`${inertText(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
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
    /** Ends the step with `code` (non-zero fails it); no annotation. */
    setExitCode(code) {
        process.exitCode = code;
    },
    /** Appends raw file-command text to GITHUB_ENV or GITHUB_PATH; nothing off a runner. */
    appendFileCommand(command, text) {
        const file = commandFile(command === 'env' ? 'GITHUB_ENV' : 'GITHUB_PATH');
        if (file)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text, { encoding: 'utf8' });
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
/* harmony export */   k0: () => (/* binding */ wantsJson),
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unexpected argument '${arg}'; see 'ci-recovery ${verb} --help'`);
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        const kind = known[name];
        if (!kind) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option '--${name}' for '${verb}'; known: ${Object.keys(spec)
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option '--${name}' needs a value`);
            flags[name] = v;
        }
        else {
            const list = flags[name] ?? [];
            if (inline !== undefined)
                list.push(...inline.split(',').filter(Boolean));
            while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--'))
                list.push(argv[++i]);
            if (list.length === 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option '--${name}' needs at least one value`);
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
/** Whether the command line asks for JSON (read before parsing, so that a usage error is JSON too). */
function wantsJson(argv) {
    return argv.some((a) => a === '--json' || (a.startsWith('--json=') && !['false', '0', 'no'].includes(a.slice(7))));
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
}
/**
 * A command line that cannot be run as written (unknown verb or option, a missing or malformed value,
 * options that exclude each other): the CLI's exit code 2. Fixing it means changing the arguments; any
 * other failure, however much the user's doing, is exit code 1.
 */
class UsageError extends UserError {
    name = 'UsageError';
}
/** The message of any thrown value, so a non-Error throw never slips through as a pass. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 30538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseJobEnv),
/* harmony export */   U: () => (/* binding */ definedOnly)
/* harmony export */ });
/* harmony import */ var _job_start_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62201);
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80095);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73054);
/**
 * The job's environment as one typed value. The runner, ci-recovery's own earlier steps and the user set
 * these variables; this is the only place that knows their names and fallbacks. Entry points call
 * `readJobEnv()` (adapters/job-env.ts) once and pass the value down.
 */



const nonEmpty = (value) => (value ? value : undefined);
function positiveInt(value) {
    const n = Number(value);
    return value && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Reads `env` (the process's, in production). `fallback` supplies what a laptop has instead. */
function parseJobEnv(env, fallback) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    const job = env.GITHUB_JOB ?? '';
    // The hidden inputs every ci-recovery action declares: `${{ strategy.job-index }}`, `${{ toJSON(matrix) }}`.
    const { identity, legName } = (0,_job_start_js__WEBPACK_IMPORTED_MODULE_0__/* .jobIdentity */ .Kv)(job, {
        jobIndex: env['INPUT_JOB-INDEX'] ?? '',
        matrix: env.INPUT_MATRIX ?? '',
    });
    const lane = env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LANE_ENV */ .FD] ?? '';
    const optional = {
        owner: owner && repo ? owner : undefined,
        repo: owner && repo ? repo : undefined,
        legName,
        runnerOs: nonEmpty(env.RUNNER_OS),
        runnerTempSet: nonEmpty(env.RUNNER_TEMP),
        sha: nonEmpty(env.GITHUB_SHA),
        ref: nonEmpty(env.GITHUB_REF),
        refName: nonEmpty(env.GITHUB_REF_NAME),
        baseRef: nonEmpty(env.GITHUB_BASE_REF),
        headRef: nonEmpty(env.GITHUB_HEAD_REF),
        eventName: nonEmpty(env.GITHUB_EVENT_NAME),
        eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
        retentionDays: positiveInt(env.GITHUB_RETENTION_DAYS),
    };
    return {
        actions: env.GITHUB_ACTIONS === 'true',
        workspace: env.GITHUB_WORKSPACE || fallback.cwd,
        runnerTemp: env.RUNNER_TEMP || fallback.tmpdir,
        debug: env.RUNNER_DEBUG === '1',
        repository,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
        job,
        identity,
        ...definedOnly(optional),
        files: definedOnly({
            output: nonEmpty(env.GITHUB_OUTPUT),
            env: nonEmpty(env.GITHUB_ENV),
            path: nonEmpty(env.GITHUB_PATH),
            state: nonEmpty(env.GITHUB_STATE),
            summary: nonEmpty(env.GITHUB_STEP_SUMMARY),
        }),
        runtime: definedOnly({
            token: nonEmpty(env.ACTIONS_RUNTIME_TOKEN),
            resultsUrl: nonEmpty(env.ACTIONS_RESULTS_URL),
            maxArtifactCount: positiveInt(env.ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT),
        }),
        recovery: {
            ...definedOnly({
                lane: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .LANES */ .Ci.includes(lane) ? lane : undefined,
                configJson: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_ENV */ .RN]),
                lastCheckpoint: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_ENV */ .wp]),
                lastCheckpointStore: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LAST_CHECKPOINT_STORE_ENV */ .mp]),
                resumedFrom: nonEmpty(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .RESUMED_FROM_ENV */ .vg]),
            }),
            completedStages: (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStages */ .lj)(env[_state_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPLETED_STAGES_ENV */ .Q3]),
        },
    };
}
/** Drops undefined members, so optional fields are absent rather than present-and-undefined. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 62201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   t: () => (/* binding */ jobStartOf),
/* harmony export */   tN: () => (/* binding */ jobStartFromEnv)
/* harmony export */ });
/* unused harmony export parseJobStart */
/**
 * Every leg of a matrix shares GITHUB_JOB, and `job.check_run_id` changes with each attempt, so neither
 * can find a leg's own checkpoints of an earlier attempt. `strategy.job-index` is stable across attempts
 * and differs per leg. Job keys cannot hold a '.', so `build.leg1` never meets another job's key.
 */
function jobIdentity(jobKey, leg) {
    const matrix = parseMatrix(leg?.matrix);
    const index = leg?.jobIndex?.trim() ?? '';
    if (!matrix || !/^\d+$/.test(index))
        return { identity: jobKey };
    const values = Object.values(matrix).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return { identity: `${jobKey}.leg${index}`, legName: `${jobKey} (${values.join(', ')})` };
}
function parseMatrix(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            Object.keys(value).length > 0
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** The job's start as the environment tells it (the leg from the hidden inputs, already in `env`). */
function jobStartFromEnv(env, jobId, now) {
    return {
        startedAt: now.toISOString(),
        runId: env.runId,
        attempt: env.attempt,
        job: env.job,
        identity: env.identity,
        ...(env.legName ? { legName: env.legName } : {}),
        ...(jobId ? { jobId } : {}),
    };
}
/** Pre's record of the job from state, else the one the environment gives (pre is skipped for a local action). */
function jobStartOf(state, env, jobId, now) {
    return parseJobStart(state) ?? jobStartFromEnv(env, jobId, now);
}
/** Parses pre's state; undefined when pre did not run (e.g. a local action, where pre is skipped). */
function parseJobStart(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.startedAt !== 'string' || typeof value.attempt !== 'number')
            return undefined;
        return {
            startedAt: value.startedAt,
            runId: value.runId ?? '',
            attempt: value.attempt,
            job: value.job ?? '',
            identity: value.identity ?? value.job ?? '',
            ...(value.legName ? { legName: value.legName } : {}),
            ...(value.jobId ? { jobId: value.jobId } : {}),
        };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 80095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ STATE_JOB_START),
/* harmony export */   FD: () => (/* binding */ LANE_ENV),
/* harmony export */   Q3: () => (/* binding */ COMPLETED_STAGES_ENV),
/* harmony export */   RN: () => (/* binding */ CONFIG_ENV),
/* harmony export */   Xh: () => (/* binding */ STATE_LANE),
/* harmony export */   cy: () => (/* binding */ STATE_SETTINGS),
/* harmony export */   lj: () => (/* binding */ parseStages),
/* harmony export */   mp: () => (/* binding */ LAST_CHECKPOINT_STORE_ENV),
/* harmony export */   vg: () => (/* binding */ RESUMED_FROM_ENV),
/* harmony export */   wp: () => (/* binding */ LAST_CHECKPOINT_ENV)
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
/** Job-wide: the checkpoint main resumed from; run/ steps check its files are still in the workspace. */
const RESUMED_FROM_ENV = 'CI_RECOVERY_RESUMED_FROM';
/** Job-wide: this job's newest checkpoint, the parent of the next incremental one. */
const LAST_CHECKPOINT_ENV = 'CI_RECOVERY_LAST_CHECKPOINT';
/** Job-wide: the store that checkpoint is in (its spec); a parent is only ever taken from the same store. */
const LAST_CHECKPOINT_STORE_ENV = 'CI_RECOVERY_LAST_CHECKPOINT_STORE';
/** Job-wide: the lane main decided. */
const LANE_ENV = 'CI_RECOVERY_LANE';
/** Job-wide: the effective config main loaded, as JSON. */
const CONFIG_ENV = 'CI_RECOVERY_CONFIG';
function parseStages(value) {
    return (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 73054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ BRANCH_KINDS),
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   ZF: () => (/* binding */ TRANSIENT_TYPES),
/* harmony export */   fs: () => (/* binding */ FAILURE_TYPES)
/* harmony export */ });
/** Shared vocabulary of ci-recovery. Pure types and constants: safe to import from any phase. */
const FAILURE_TYPES = [
    'test',
    'build',
    'quality-gate',
    'dependency',
    'network',
    'git',
    'timeout',
    'resource',
    'infrastructure',
    'cancelled',
    'config',
    'unknown',
];
/** Types whose cause is outside the change: the same commit may pass when tried again. */
const TRANSIENT_TYPES = [
    'network',
    'infrastructure',
    'git',
    'timeout',
    'resource',
];
const LANES = ['DOCS', 'STANDARD', 'HEAVY'];
const STRATEGIES = ['retry', 'resume', 'skip', 'rollback', 'manual'];
const BRANCH_KINDS = ['default', 'pr', 'other'];


/***/ })

};
