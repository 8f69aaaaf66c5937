export const id = 7498;
export const ids = [7498];
export const modules = {

/***/ 17498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirStore: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_1__.VW),
/* harmony export */   leaveTopTierOut: () => (/* reexport safe */ _heap_js__WEBPACK_IMPORTED_MODULE_3__.np),
/* harmony export */   openStore: () => (/* reexport safe */ _open_js__WEBPACK_IMPORTED_MODULE_0__.C),
/* harmony export */   restoreCheckpoint: () => (/* reexport safe */ _restore_js__WEBPACK_IMPORTED_MODULE_2__.vQ),
/* harmony export */   withFileProgress: () => (/* reexport safe */ _file_progress_js__WEBPACK_IMPORTED_MODULE_4__.y)
/* harmony export */ });
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87763);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66906);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54334);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87841);
/* harmony import */ var _file_progress_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94181);
/**
 * What the CLI's `restore` loads of the engine (cli/support.ts EnginePart): the store, the restore and
 * its file progress. Without the save half (the save and its packer, the keyed publisher,
 * list/validate/clean-up, the resume), which index.ts loads too: ~85 KB of the ~680 KB a restore
 * compiled from dist/ before its first file. A process loads this or index.ts, not both.
 */







/***/ })

};
