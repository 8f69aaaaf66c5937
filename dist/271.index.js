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
  SUPPORTED_NODE: () => (/* binding */ SUPPORTED_NODE),
  nodeTooOld: () => (/* binding */ nodeTooOld),
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/cli/commands.ts

const commands = {
    classify: {
        summary: 'classify the failure in one or more CI logs (plain or .gz)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(6059), __webpack_require__.e(2232), __webpack_require__.e(3759), __webpack_require__.e(669), __webpack_require__.e(5226)]).then(__webpack_require__.bind(__webpack_require__, 5226))).default,
    },
    lanes: {
        summary: 'decide the lane (DOCS, STANDARD, HEAVY) of the change in the current checkout, and why',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(4620), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4529), __webpack_require__.e(4556), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 30841))).default,
    },
    plan: {
        summary: 'show the strategy the policy picks for a failure, and which rule decided',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(6059), __webpack_require__.e(1018), __webpack_require__.e(2232), __webpack_require__.e(3759), __webpack_require__.e(669), __webpack_require__.e(8943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).default,
    },
    checkpoint: {
        summary: 'save a checkpoint of chosen paths (full or incremental)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4529), __webpack_require__.e(2156)]).then(__webpack_require__.bind(__webpack_require__, 52156))).default,
    },
    restore: {
        summary: 'restore a checkpoint (verified, all-or-nothing; --dry-run, --paths)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4529), __webpack_require__.e(2340)]).then(__webpack_require__.bind(__webpack_require__, 92340))).default,
    },
    list: {
        summary: 'list the checkpoints in a store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4529), __webpack_require__.e(7916)]).then(__webpack_require__.bind(__webpack_require__, 97916))).default,
    },
    validate: {
        summary: 'verify checkpoints end to end without restoring them',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(4529), __webpack_require__.e(4446)]).then(__webpack_require__.bind(__webpack_require__, 84446))).default,
    },
    cleanup: {
        summary: 'delete checkpoints past their retention (never rollback records)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(6059), __webpack_require__.e(4529), __webpack_require__.e(5339), __webpack_require__.e(7753)]).then(__webpack_require__.bind(__webpack_require__, 8278))).default,
    },
};

// EXTERNAL MODULE: ./src/runner/adapters/job-env.ts
var job_env = __webpack_require__(13302);
// EXTERNAL MODULE: ./src/runner/adapters/runner.ts + 1 modules
var runner = __webpack_require__(64984);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/version.ts
/** The package's version, bundled into dist/ at build time (ncc inlines the JSON). */

const version = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/actions/cli.ts







/** Exit codes, one meaning each (listed in docs/cli.md). */
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
/**
 * The Nodes the bundle runs on: the engine's worker threads and lazy built-ins load through
 * `process.getBuiltinModule` (Node 20.16 and 22.3 on; not 21, nor 22.0-22.2). Without it, a checkpoint would
 * fail half-way with a TypeError. package.json's engines says the same.
 */
const SUPPORTED_NODE = '20.16+ or 22.3+';
/** Why this Node cannot run the CLI, or undefined when it can. */
function nodeTooOld(version, hasGetBuiltinModule) {
    if (hasGetBuiltinModule)
        return undefined;
    return `Node.js ${version} lacks process.getBuiltinModule: this CLI needs Node.js ${SUPPORTED_NODE}; install one (24 is the runner's) and run it again`;
}
async function run(argv = process.argv.slice(2)) {
    const tooOld = nodeTooOld(process.version, typeof process.getBuiltinModule === 'function');
    if (tooOld && !['--help', '-h', '--version', '-V'].includes(argv[0] ?? '')) {
        fail(new Error(tooOld), (0,flags/* wantsJson */.k0)(argv), undefined);
        return;
    }
    const env = (0,job_env/* readJobEnv */.l)();
    // Workflow-command guards belong on a runner; on a terminal they would only be noise.
    (0,runner/* guardWorkflowCommands */.Jw)(env.actions);
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
        const context = { env, ...(token ? { token } : {}) };
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
    // Messages echo arguments and store contents: one inert line (no line break, escape or command in it), or
    // a config file's problems one inert line each, the later ones indented.
    const lines = ((0,errors/* problemsOf */.GW)(error) ?? [(0,errors/* errorMessage */.gJ)(error)]).map(core_text/* inert */.tJ);
    const message = lines.join('\n');
    const exitCode = error instanceof errors/* UsageError */.eb ? EXIT.usage : EXIT.failed;
    process.stderr.write((0,runner/* inertText */.UJ)(`ci-recovery${verb ? ` ${verb}` : ''}: ${lines.join('\n  ')}`) + '\n');
    if (json)
        process.stdout.write((0,runner/* inertJson */.nl)({ error: { message, exitCode } }) + '\n');
    process.exitCode = exitCode;
}


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   k0: () => (/* binding */ wantsJson),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85993);
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
            while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) {
                // An empty word (an unset variable) is no path nor glob: said here, not as a matcher's error.
                if (argv[i + 1].trim() === '')
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option '--${name}' got an empty value (an unset variable?); give a value or leave the option out`);
                list.push(argv[++i]);
            }
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
/**
 * A whole-number option in decimal digits (core/numbers.ts): undefined when not given; an empty, blank or
 * non-decimal value ('', '0x10', '1e3') is a usage error naming the option, never a 0 or a guess.
 */
function int(flags, name, range) {
    const v = str(flags, name);
    if (v === undefined)
        return undefined;
    const n = (0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeNumber */ .rD)(v, range);
    if (n === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--${name} '${v}' is not valid; write a whole number ${(0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .wholeRange */ .h2)(range)}`);
    return n;
}
function list(flags, name) {
    const v = flags[name];
    return Array.isArray(v) ? v : undefined;
}
/** Whether the command line asks for JSON (read before parsing, so that a usage error is JSON too). */
function wantsJson(argv) {
    return argv.some((a) => a === '--json' || (a.startsWith('--json=') && !['false', '0', 'no'].includes(a.slice(7))));
}


/***/ })

};
