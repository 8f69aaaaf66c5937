export const id = 975;
export const ids = [975];
export const modules = {

/***/ 6975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(31654);
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
    process.stderr.write(`ci-recovery${verb ? ` ${verb}` : ''}: ${message}\n`);
    if (json)
        process.stdout.write(JSON.stringify({ error: { message, exitCode } }) + '\n');
    process.exitCode = exitCode;
}


/***/ }),

/***/ 31654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands),
/* harmony export */   l: () => (/* binding */ wantsHelp)
/* harmony export */ });
const commands = {
    classify: {
        summary: 'classify the failure in one or more CI logs (plain or .gz)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(143), __webpack_require__.e(524), __webpack_require__.e(735), __webpack_require__.e(212)]).then(__webpack_require__.bind(__webpack_require__, 5226))).default,
    },
    lanes: {
        summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout, and why',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(913), __webpack_require__.e(635), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 30841))).default,
    },
    plan: {
        summary: 'show the strategy the policy picks for a failure, and which rule decided',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(143), __webpack_require__.e(735), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).default,
    },
    checkpoint: {
        summary: 'save a checkpoint of chosen paths (full or incremental)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(524), __webpack_require__.e(188), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 61786))).default,
    },
    restore: {
        summary: 'restore a checkpoint (verified, all-or-nothing; --dry-run, --paths)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(524), __webpack_require__.e(188), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 92340))).default,
    },
    list: {
        summary: 'list the checkpoints in a store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(524), __webpack_require__.e(188), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 97916))).default,
    },
    validate: {
        summary: 'verify checkpoints end to end without restoring them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(524), __webpack_require__.e(188), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 84446))).default,
    },
    cleanup: {
        summary: 'delete checkpoints past their retention (never rollback records)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(524), __webpack_require__.e(188), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 8278))).default,
    },
};
/** `--help` or `-h` anywhere among a verb's arguments (checked before parsing, so it works next to a mistake). */
function wantsHelp(argv) {
    return argv.includes('--help') || argv.includes('-h');
}


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


/***/ })

};
