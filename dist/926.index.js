export const id = 926;
export const ids = [926];
export const modules = {

/***/ 32926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/cli/commands.ts
const commands = {
    classify: async () => (await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(735), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 5226))).default,
    lanes: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(351), __webpack_require__.e(964), __webpack_require__.e(841)]).then(__webpack_require__.bind(__webpack_require__, 30841))).default,
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(143), __webpack_require__.e(735), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943))).default,
    checkpoint: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(924), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 61786))).default,
    restore: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(924), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 92340))).default,
    list: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(924), __webpack_require__.e(149)]).then(__webpack_require__.bind(__webpack_require__, 97916))).default,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(924), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 84446))).default,
    cleanup: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(924), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 8278))).default,
};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/actions/cli.ts


const USAGE = () => [
    'usage: ci-recovery <command> [options]',
    '',
    'commands:',
    ...Object.keys(commands)
        .sort()
        .map((name) => `  ${name}`),
    '',
    "Run 'ci-recovery <command> --help' for a command's options.",
].join('\n');
async function run(argv = process.argv.slice(2)) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h') {
        process.stdout.write(USAGE() + '\n');
        process.exitCode = name ? 0 : 2;
        return;
    }
    const load = commands[name];
    if (!load) {
        process.stderr.write(`ci-recovery: unknown command '${name}'\n${USAGE()}\n`);
        process.exitCode = 2;
        return;
    }
    try {
        const command = await load();
        process.exitCode = await command.run(rest);
    }
    catch (error) {
        process.stderr.write(`ci-recovery ${name}: ${(0,errors/* errorMessage */.g)(error)}\n`);
        process.exitCode = error instanceof errors/* UserError */.y ? 2 : 1;
    }
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
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
