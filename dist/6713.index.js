export const id = 6713;
export const ids = [6713];
export const modules = {

/***/ 6713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ TESTS_RECOVERED),
/* harmony export */   VZ: () => (/* binding */ attemptRecovered),
/* harmony export */   gs: () => (/* binding */ saysRecovered),
/* harmony export */   iz: () => (/* binding */ RECOVERED_MARK)
/* harmony export */ });
/**
 * What `run/` prints when it turned a failed step green: its failed tests passed when re-run alone (or
 * are quarantined), or a later attempt of the whole command passed. A log holding such a line after the
 * failure it shows is the log of a step that passed: the CLI's classify and plan say so instead of
 * "fix it". Pure.
 */
/** run/'s notice when every failed test passed on a re-run of itself or is quarantined. */
const TESTS_RECOVERED = 'ci-recovery: every failed test passed on a re-run of itself or is quarantined: the step passes';
/** run/'s line when an attempt after a failed one passed. */
function attemptRecovered(stage, attempt) {
    return `ci-recovery: stage '${stage}' passed on attempt ${attempt}, after ${attempt - 1} failed: the step passes`;
}
/** What every line saysRecovered accepts holds: the CLI decodes no other line to ask it. */
const RECOVERED_MARK = 'ci-recovery: ';
const ATTEMPT_RECOVERED = /ci-recovery: stage '.*' passed on attempt \d+, after \d+ failed: the step passes/;
/** Does this log line say run/ turned its step green? (Annotations show it after `::notice::` or `##[notice]`.) */
function saysRecovered(line) {
    return line.includes(TESTS_RECOVERED) || ATTEMPT_RECOVERED.test(line);
}


/***/ })

};
