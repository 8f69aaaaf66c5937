export const id = 6630;
export const ids = [6630,4249];
export const modules = {

/***/ 36630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ titleKeyed),
/* harmony export */   Ln: () => (/* binding */ TEST_RUNNERS),
/* harmony export */   S8: () => (/* binding */ testKey)
/* harmony export */ });
/**
 * A test's identity, stable across runs and machines: the runner that ran it, the file or class that holds
 * it, its name, and its parameters when the runner names them apart (pytest's `[1-2]`, JUnit's `[1]`).
 * Everything test recovery keeps (the re-run list, the flaky history, the quarantine list) is keyed by
 * `testKey`. Pure.
 */
/** The runners test recovery knows by name; a report of another writer is `junit`. */
const TEST_RUNNERS = [
    'jest',
    'vitest',
    'pytest',
    'go',
    'cargo',
    'nextest',
    'gradle',
    'maven',
    'rspec',
    'phpunit',
    'dotnet',
    'mocha',
    'node',
    'junit',
];
/** One line per test: `runner:suite::name[params]`; the key every store of test facts uses. */
function testKey(id) {
    return `${id.runner}:${id.suite}::${id.name}${id.params === undefined ? '' : `[${id.params}]`}`;
}
/**
 * A key that names no file (suite ''; mocha's console keys a test by its full title): two jobs' or steps' tests
 * of one title share it in the branch's history, which one step's output cannot tell apart. Its history is learnt
 * and reported, but never vouches for a test: never quarantinable by it, never known flaky to a retry.
 */
function titleKeyed(id) {
    return id.suite === '';
}


/***/ })

};
