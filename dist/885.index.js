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


/***/ }),

/***/ 79810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ recordsDir),
/* harmony export */   T3: () => (/* binding */ readRecords),
/* harmony export */   rh: () => (/* binding */ writeRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85033);



/** `$RUNNER_TEMP/ci-recovery/records` (falls back to the OS temp dir outside the runner). */
function recordsDir(env = process.env) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.RUNNER_TEMP || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.TMPDIR || '/tmp'), _core_records_js__WEBPACK_IMPORTED_MODULE_2__/* .RECORDS_SUBDIR */ .f6);
}
/** Writes one record atomically (temp file + rename), so post never reads half a file. Returns its path. */
async function writeRecord(dir, record) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, (0,_core_records_js__WEBPACK_IMPORTED_MODULE_2__/* .recordFileName */ .Tb)(record));
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, JSON.stringify(record, null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
    return file;
}
/** Every well-formed record in the directory, oldest first; a missing directory means no records. */
async function readRecords(dir) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return [];
    }
    const records = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
            const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), 'utf8'));
            if ((0,_core_records_js__WEBPACK_IMPORTED_MODULE_2__/* .isStepRecord */ .iF)(parsed))
                records.push({ at: Number.parseInt(name, 10) || 0, name, record: parsed });
        }
        catch {
            // A corrupt record is skipped: reporting never fails the job.
        }
    }
    return records.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map((r) => r.record);
}


/***/ }),

/***/ 85033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tb: () => (/* binding */ recordFileName),
/* harmony export */   f6: () => (/* binding */ RECORDS_SUBDIR),
/* harmony export */   iF: () => (/* binding */ isStepRecord)
/* harmony export */ });
/** Directory of the records under RUNNER_TEMP. */
const RECORDS_SUBDIR = 'ci-recovery/records';
/** `<epoch-ms>-<stage>.json`, with the stage made safe for a file name. */
function recordFileName(record, now = Date.now()) {
    const name = (record.stage || record.step || 'step').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    return `${now}-${name}.json`;
}
/** Narrow an unknown JSON value to a StepRecord; anything malformed is dropped, never trusted. */
function isStepRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const r = value;
    return ((r.kind === 'run' || r.kind === 'checkpoint' || r.kind === 'restore') &&
        typeof r.step === 'string' &&
        typeof r.startedAt === 'string' &&
        typeof r.completedAt === 'string' &&
        (r.outcome === 'success' || r.outcome === 'failure' || r.outcome === 'skipped') &&
        Array.isArray(r.attempts));
}


/***/ })

};
