export const id = 3640;
export const ids = [3640];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstLine: () => (/* binding */ firstLine),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   refusalOf: () => (/* binding */ refusalOf),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   restEnv: () => (/* binding */ restEnv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


/**
 * What the REST clients (github.ts, rest-light.ts) read of the process's environment: the API's address
 * (GITHUB_API_URL, as @actions/github reads it), the runner's orchestration id for the user agent (as
 * @actions/github tags a runner's calls), and whether a proxy is named (`HTTP(S)_PROXY`).
 */
function restEnv() {
    const env = process.env;
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return {
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        ...(id ? { userAgent: `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` } : {}),
        proxied: Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY),
    };
}
/**
 * owner/repo of the current run (GITHUB_REPOSITORY). The default reads the job's environment for callers
 * that do not pass theirs yet.
 */
function repoFromEnv(env) {
    const { owner, repo } = env;
    if (!owner || !repo)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/repo: is this running in GitHub Actions?');
    return { owner, repo };
}
/** GitHub's message alone (octokit appends " - <documentation url>"), first line, at most 200 characters. */
function firstLine(text) {
    return (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(text)
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
        message: firstLine((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)),
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
