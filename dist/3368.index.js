export const id = 3368;
export const ids = [3368];
export const modules = {

/***/ 60987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpOverHttp: () => (/* binding */ httpOverHttp),
/* harmony export */   httpOverHttps: () => (/* binding */ httpOverHttps),
/* harmony export */   httpsOverHttp: () => (/* binding */ httpsOverHttp),
/* harmony export */   httpsOverHttps: () => (/* binding */ httpsOverHttps)
/* harmony export */ });
let real;
/** The real tunnel, bundled beside this file and run at its first use: a synchronous require. */
function tunnel() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's own require: lazy and synchronous, as the client's agent is
    real ??= __webpack_require__(20218);
    return real;
}
const httpOverHttp = (options) => tunnel().httpOverHttp(options);
const httpsOverHttp = (options) => tunnel().httpsOverHttp(options);
const httpOverHttps = (options) => tunnel().httpOverHttps(options);
const httpsOverHttps = (options) => tunnel().httpsOverHttps(options);


/***/ })

};
