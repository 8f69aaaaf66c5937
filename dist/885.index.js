export const id = 885;
export const ids = [885];
export const modules = {

/***/ 84885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16530);
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98835);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52439);
/* harmony import */ var _adapters_logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74810);
/* harmony import */ var _adapters_records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/**
 * The `checkpoint/` sub-action: save a checkpoint now. Best-effort by design (like cache saves): any
 * failure, even a bad input, becomes a warning, so a checkpoint can never break the job it protects;
 * the one exception is `if-no-files-found: error`, which the user asks for.
 */







async function run() {
    const logger = _adapters_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .runnerLogger */ .hB;
    const startedAt = new Date().toISOString();
    let stage = 'checkpoint';
    let outcome = 'failure';
    const outputs = {};
    let ifNoFiles = 'warn';
    try {
        ifNoFiles = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.choice('if-no-files-found', ['warn', 'error', 'ignore']);
        stage = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.string('stage').trim() || 'checkpoint';
        const config = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .effectiveConfig */ .k)();
        const ctx = (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__.jobContext)();
        const paths = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.list('paths');
        const exclude = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.list('exclude');
        const store = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__.openJobStore)(_adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.string('store').trim() || config.checkpoint.store, ctx, _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.string('github-token'), _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.int('retention-days', { min: 1, max: 90 }) ?? config.checkpoint.retentionDays);
        const level = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.int('compression-level', { min: 1, max: 19 });
        const r = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__.checkpointStage)({
            store,
            ctx,
            stage,
            paths: paths.length ? paths : config.checkpoint.paths.length ? config.checkpoint.paths : ['.'],
            ...(_adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.string('name').trim() ? { name: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.string('name').trim() } : {}),
            full: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .h.bool('full'),
            ...(exclude.length ? { exclude } : {}),
            ...(level ? { level } : {}),
            logger,
        });
        Object.assign(outputs, {
            'checkpoint-id': r.manifest.id,
            kind: r.manifest.kind,
            incremental: String(r.manifest.kind === 'incremental'),
            digest: r.manifest.archive.sha256,
            'artifact-id': r.artifactId ? String(r.artifactId) : '',
            files: String(r.files),
            bytes: String(r.bytes),
            'stored-bytes': String(r.storedBytes),
            'archive-bytes': String(r.manifest.archive.size),
        });
        outcome = 'success';
    }
    catch (error) {
        outputs['checkpoint-id'] = '';
        const message = `ci-recovery: no checkpoint saved for stage '${stage}': ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM && ifNoFiles === 'error') {
            logger.error(`${message} ('if-no-files-found: error').`);
            process.exitCode = 1;
        }
        else if (error instanceof _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM && ifNoFiles === 'ignore')
            logger.info(message);
        else
            logger.warning(`${message}. The job goes on without it.`);
    }
    for (const [k, v] of Object.entries(outputs))
        _adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(k, v);
    try {
        await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRecord */ .rh)((0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_5__/* .recordsDir */ .Ap)(), {
            kind: 'checkpoint',
            step: `checkpoint ${stage}`,
            stage,
            startedAt,
            completedAt: new Date().toISOString(),
            outcome,
            attempts: [],
            ...(outputs['checkpoint-id'] ? { checkpointId: outputs['checkpoint-id'] } : {}),
            outputs,
        });
    }
    catch (error) {
        logger.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
