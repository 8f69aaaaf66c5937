export const id = 529;
export const ids = [529];
export const modules = {

/***/ 89529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16530);
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98835);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52439);
/* harmony import */ var _adapters_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74810);
/* harmony import */ var _adapters_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79810);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60886);
/**
 * The `restore/` sub-action: restore a checkpoint that was asked for. Unlike saving, a restore that fails
 * fails the step, with the reason; the workspace is left exactly as it was. A miss (no checkpoint at all)
 * fails it too unless `fail-on-miss: false`; `lookup-only` answers whether a usable one exists.
 */









async function run() {
    const logger = _adapters_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .runnerLogger */ .hB;
    const startedAt = new Date().toISOString();
    let outcome = 'failure';
    let checkpointId = '';
    const outputs = { found: 'false' };
    let failOnMiss = true;
    try {
        failOnMiss = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.bool('fail-on-miss');
        const lookupOnly = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.bool('lookup-only');
        const config = await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .effectiveConfig */ .k)();
        const ctx = (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.jobContext)();
        const spec = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.string('store').trim() || config.checkpoint.store;
        const store = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.openJobStore)(spec, ctx, _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.string('github-token'));
        checkpointId = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.string('name').trim();
        const paths = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.list('paths');
        const dryRun = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.bool('dry-run');
        const dest = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .input */ .h.string('dest').trim() || '.');
        let checkpoint = checkpointId;
        if (!checkpointId) {
            // The newest readable one: a broken newest manifest must not hide an older good checkpoint.
            for await (const c of (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointsOfJob */ .Ky)(store, { job: ctx.job, runId: ctx.runId })) {
                if (!c.manifest) {
                    logger.warning(`Checkpoint ${c.id} is passed over: ${c.error}`);
                    continue;
                }
                checkpoint = c.manifest;
                checkpointId = c.id;
                break;
            }
            if (!checkpointId)
                throw new _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}': save one with the checkpoint/ action first, or set 'name'.`);
        }
        if (lookupOnly) {
            const manifest = typeof checkpoint === 'string' ? await store.getManifest(checkpoint) : checkpoint;
            const found = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupCheckpoint */ .pI)(store, manifest);
            if (!found.usable)
                throw new _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_(`Checkpoint ${checkpointId} is not usable: ${found.problem}.`);
            logger.info(`Checkpoint ${checkpointId} exists and is complete; nothing was downloaded or changed.`);
            Object.assign(outputs, {
                found: 'true',
                'checkpoint-id': checkpointId,
                restored: 'false',
                'completed-stages': manifest.completedStages.join(','),
            });
            outcome = 'success';
            return;
        }
        const r = await (0,_adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .restoreCheckpoint */ .vQ)({
            store,
            checkpoint,
            dest,
            ...(paths.length ? { paths } : {}),
            dryRun,
            logger,
        });
        const c = r.changes;
        const { added, deleted } = (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_7__/* .shownChanges */ .ph)(c);
        if (dryRun) {
            for (const p of added)
                logger.info(`+ ${p}`);
            for (const p of c.modified)
                logger.info(`~ ${p}`);
            for (const p of deleted)
                logger.info(`- ${p}`);
            logger.info(`Dry run of ${checkpointId}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`);
        }
        Object.assign(outputs, {
            found: 'true',
            'checkpoint-id': checkpointId,
            restored: String(r.restored),
            changed: String(c.added.length + c.modified.length + c.deleted.length),
            added: added.join(','),
            modified: c.modified.join(','),
            deleted: deleted.join(','),
            'completed-stages': r.manifest.completedStages.join(','),
        });
        outcome = 'success';
    }
    catch (error) {
        const message = `ci-recovery: restore${checkpointId ? ` of ${checkpointId}` : ''} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`;
        if (error instanceof _adapters_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .NotFoundError */ .m_ && !failOnMiss) {
            logger.warning(`${message} ('fail-on-miss: false': the job goes on).`);
            outcome = 'success';
        }
        else {
            logger.error(message, { title: 'ci-recovery: restore refused' });
            process.exitCode = 1;
        }
    }
    finally {
        await finish(outputs, outcome, checkpointId, startedAt, logger);
    }
}
async function finish(outputs, outcome, checkpointId, startedAt, logger) {
    for (const [k, v] of Object.entries(outputs))
        _adapters_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(k, v);
    try {
        await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_6__/* .writeRecord */ .rh)((0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_6__/* .recordsDir */ .Ap)(), {
            kind: 'restore',
            step: `restore ${checkpointId || 'latest'}`,
            startedAt,
            completedAt: new Date().toISOString(),
            outcome,
            attempts: [],
            ...(checkpointId ? { checkpointId } : {}),
            outputs,
        });
    }
    catch (error) {
        logger.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
