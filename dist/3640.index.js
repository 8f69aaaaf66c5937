export const id = 3640;
export const ids = [3640];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Of: () => (/* binding */ refusalOf),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);


/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLine */ .TM)(text)
        .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
        .slice(0, 200);
}
/** What GitHub answered to a refused call: status, first line of its message, headers (for core/api-refusal). */
function refusalOf(error) {
    const status = httpStatus(error);
    const response = typeof error === 'object' && error !== null && 'response' in error ? error.response : undefined;
    const headers = typeof response === 'object' &&
        response !== null &&
        'headers' in response &&
        typeof response.headers === 'object'
        ? response.headers
        : undefined;
    return {
        ...(status !== undefined ? { status } : {}),
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)),
        ...(headers ? { headers } : {}),
    };
}
/** HTTP status of an Octokit error, if it has one. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
        return error.status;
    }
    return undefined;
}


/***/ })

};
