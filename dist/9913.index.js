export const id = 9913;
export const ids = [9913];
export const modules = {

/***/ 89913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ jsonParseLite),
/* harmony export */   iq: () => (/* reexport safe */ _node_modules_json_with_bigint_json_with_bigint_js__WEBPACK_IMPORTED_MODULE_0__.i)
/* harmony export */ });
/* unused harmony export jsonParseLite */
/* harmony import */ var _node_modules_json_with_bigint_json_with_bigint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78429);
/**
 * What the bundle gets for `json-with-bigint` (scripts/build.ts maps it here through tsconfig.bundle.json):
 * the parser @octokit/request reads every JSON answer of the API with. Its JSONParse revives the whole tree
 * through a reviver that turns each integer past Number.MAX_SAFE_INTEGER into a BigInt: ~25 times
 * JSON.parse's time, a few milliseconds of main's and post's, for answers that hold no such integer
 * (GitHub's ids are far below 2^53). Such an integer takes 16 digits or more in a row: text without a run
 * of 16 digits parses with JSON.parse to the same value, and any other text goes to the package's own.
 */

/** A run of digits long enough to be an integer past Number.MAX_SAFE_INTEGER (9007199254740991). */
const LONG_DIGITS = /\d{16}/;
/** JSON.parse where the package would give the same value, else the package's parse (BigInts kept). */
function jsonParseLite(text, reviver) {
    if (reviver || !text || LONG_DIGITS.test(text))
        return (0,_node_modules_json_with_bigint_json_with_bigint_js__WEBPACK_IMPORTED_MODULE_0__/* .JSONParse */ .Q)(text, reviver);
    return JSON.parse(text);
}



/***/ })

};
