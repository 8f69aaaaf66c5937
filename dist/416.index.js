export const id = 416;
export const ids = [416];
export const modules = {

/***/ 34416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(73524);
// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(93038);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(61279);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** The package's version, bundled into dist/ at build time (ncc inlines the JSON). */

const version = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/actions/cli.ts





/** Exit codes, one meaning each (listed in the README). */
const EXIT = { done: 0, failed: 1, usage: 2 };
const USAGE = () => {
    const names = Object.keys(commands/* commands */.P).sort();
    const width = Math.max(...names.map((n) => n.length));
    return [
        'usage: ci-recovery <command> [options]',
        '       ci-recovery --version',
        '',
        'commands:',
        ...names.map((name) => `  ${name.padEnd(width)}  ${commands/* commands */.P[name].summary}`),
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
    const verb = name === undefined ? undefined : commands/* commands */.P[name];
    if (!verb) {
        const problem = name === undefined || name.startsWith('-') ? 'no command given' : `unknown command '${name}'`;
        fail(new errors/* UsageError */.eb(`${problem}; run 'ci-recovery --help' for the commands`), json, undefined);
        if (!json)
            process.stderr.write(USAGE() + '\n');
        return;
    }
    try {
        process.exitCode = await (await verb.load()).run(rest);
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

/***/ 93038:
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
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, message);
    },
};


/***/ }),

/***/ 73524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands),
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
const commands = {
    classify: {
        summary: 'classify the failure in one or more CI logs (plain or .gz)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(543), __webpack_require__.e(158), __webpack_require__.e(10), __webpack_require__.e(733), __webpack_require__.e(208)]).then(__webpack_require__.bind(__webpack_require__, 82208))).default,
    },
    lanes: {
        summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout, and why',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(487), __webpack_require__.e(945), __webpack_require__.e(802), __webpack_require__.e(875)]).then(__webpack_require__.bind(__webpack_require__, 54875))).default,
    },
    plan: {
        summary: 'show the strategy the policy picks for a failure, and which rule decided',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(543), __webpack_require__.e(10), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 65177))).default,
    },
    checkpoint: {
        summary: 'save a checkpoint of chosen paths (full or incremental)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(733), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 73476))).default,
    },
    restore: {
        summary: 'restore a checkpoint (verified, all-or-nothing; --dry-run, --paths)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(733), __webpack_require__.e(134)]).then(__webpack_require__.bind(__webpack_require__, 1134))).default,
    },
    list: {
        summary: 'list the checkpoints in a store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 8206))).default,
    },
    validate: {
        summary: 'verify checkpoints end to end without restoring them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(158), __webpack_require__.e(733), __webpack_require__.e(480)]).then(__webpack_require__.bind(__webpack_require__, 43480))).default,
    },
    cleanup: {
        summary: 'delete checkpoints past their retention (never rollback records)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(710), __webpack_require__.e(676), __webpack_require__.e(439), __webpack_require__.e(703), __webpack_require__.e(158), __webpack_require__.e(666), __webpack_require__.e(57)]).then(__webpack_require__.bind(__webpack_require__, 15120))).default,
    },
};
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


/***/ }),

/***/ 61279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   k0: () => (/* binding */ wantsJson),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37406);
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

/***/ 37406:
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


/***/ })

};
