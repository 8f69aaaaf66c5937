export const id = 4885;
export const ids = [4885];
export const modules = {

/***/ 84885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66794);
/* harmony import */ var _adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73776);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52439);
/* harmony import */ var _adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12461);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97390);
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78696);
/** The `checkpoint/` sub-action: reads its inputs and the job, and runs the checkpoint phase (phases/checkpoint.ts). */






/** Fills `seen` in the order the step reports a bad input with (see checkpointPhase). */
function readInputs(seen) {
    seen.ifNoFilesFound = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.choice('if-no-files-found', _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__/* .IF_NO_FILES_FOUND */ .LS);
    seen.stage = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.string('stage');
    return Object.assign(seen, {
        ifNoFilesFound: seen.ifNoFilesFound,
        stage: seen.stage,
        paths: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.list('paths'),
        exclude: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.list('exclude'),
        store: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.string('store'),
        token: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.string('github-token'),
        retentionDays: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.int('retention-days', { min: 1, max: 90 }),
        level: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.int('compression-level', { min: 1, max: 19 }),
        name: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.string('name'),
        full: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.bool('full'),
        includeHidden: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.bool('include-hidden-files'),
    });
}
async function run() {
    const env = (0,_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnv */ .l)();
    const result = await (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_5__/* .checkpointPhase */ .Q)(readInputs, env, (0,_adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .stepPorts */ .F)(env));
    if (result.failed)
        process.exitCode = 1;
    (0,_adapters_checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .endIfStoreGaveUp */ .Sl)();
}


/***/ })

};
