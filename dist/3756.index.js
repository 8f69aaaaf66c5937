export const id = 3756;
export const ids = [3756];
export const modules = {

/***/ 63308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ restorePorts),
/* harmony export */   F: () => (/* binding */ stepPorts)
/* harmony export */ });
/* harmony import */ var _adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _adapters_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68329);
/* harmony import */ var _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93248);



async function stepPorts(env) {
    const { checkpointRunner, openJobStore, realWorkspace } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.load.engine();
    return {
        runner: checkpointRunner(env),
        workspace: realWorkspace,
        records: (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsPort */ .ez)(env),
        config: async () => (await (0,_adapters_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k3)(env)).checkpoint,
        openStore: openJobStore,
        now: () => new Date(),
    };
}
async function restorePorts(env) {
    return {
        ...(await stepPorts(env)),
        checkpointsOfRun: (spec, ctx, token) => checkpointsOfRun(env, spec, ctx, token),
    };
}
/**
 * The checkpoints of this job that the run wrote: every one in the run's own artifacts; in another store,
 * those this attempt's steps recorded (their records are this job's files) and those the earlier attempts'
 * records name (artifacts of the run, checkpoint/core/trust.ts). Never throws: what cannot be read is named
 * in `note` and trusts nothing.
 */
async function checkpointsOfRun(env, spec, ctx, token) {
    if (spec === 'artifact')
        return { trusted: _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.RUN_ARTIFACTS };
    const place = { runId: ctx.runId, job: ctx.job, attempt: ctx.attempt };
    const own = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.trustRecordOf)(await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_1__/* .readRecords */ .T3)((0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsDir */ .Ap)(env)), place);
    const ownOnly = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.trustedByRecords)(own ? [own] : [], { ...place, beforeAttempt: ctx.attempt + 1 });
    if (ctx.attempt <= 1)
        return { trusted: ownOnly };
    const { readTrustRecords } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.load.trustRecords();
    const earlier = await readTrustRecords({ token, ...place, owner: env.owner ?? '', repo: env.repo ?? '' });
    if ('unreadable' in earlier)
        return {
            trusted: ownOnly,
            note: `the checkpoints of earlier attempts are not known: ${earlier.unreadable}`,
        };
    const trusted = new Map(earlier.trusted === _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.RUN_ARTIFACTS ? [] : earlier.trusted);
    for (const c of own?.checkpoints ?? []) {
        // One id the run names with two manifests is the run's no longer: neither is trusted.
        if (trusted.has(c.id) && trusted.get(c.id) !== c.manifestSha256)
            trusted.delete(c.id);
        else
            trusted.set(c.id, c.manifestSha256);
    }
    return { trusted };
}


/***/ }),

/***/ 53756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/actions/checkpoint-ports.ts
var checkpoint_ports = __webpack_require__(63308);
// EXTERNAL MODULE: ./src/runner/adapters/job-env.ts
var job_env = __webpack_require__(13302);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(93248);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ports/records.ts
var records = __webpack_require__(31062);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/phases/restore.ts
/**
 * The `restore/` step: restore a checkpoint that was asked for. Unlike saving, a restore that fails fails
 * the step, with the reason; the workspace is left exactly as it was. A miss (no checkpoint at all, or
 * none usable) fails it too unless `fail-on-miss: false`; `lookup-only` answers whether a usable one
 * exists without downloading or changing anything.
 *
 * Gather (inputs, config, the job's checkpoints) -> decide (checkpoint/core/step.ts: which checkpoint,
 * what a miss or a lookup means) -> act (restore through the workspace port, outputs and the record).
 */






/** `inputs` reads the step's inputs; it may throw on a bad one, which fails the step with the reason. */
async function restorePhase(inputs, env, ports) {
    const startedAt = ports.now().toISOString();
    const log = ports.runner.log;
    let failOnMiss = true;
    let checkpointId = '';
    let result = { outcome: 'failure', outputs: { found: 'false' }, failed: false };
    try {
        const given = inputs();
        failOnMiss = given.failOnMiss;
        const config = await ports.config();
        const ctx = (0,checkpoint.jobContext)(env);
        const spec = given.store.trim() || config.store;
        const store = await ports.openStore(spec, ctx, given.token);
        const name = given.name.trim();
        const target = name
            ? { id: name, checkpoint: name }
            : await newestOfJob(store, spec, ctx, await ports.checkpointsOfRun(spec, ctx, given.token), ports);
        checkpointId = target.id;
        const outputs = given.lookupOnly
            ? await lookUp(target, store, ports)
            : await restoreInto(target, store, given, { ...ctx, journals: (0,checkpoint.restoreJournals)(env) }, ports);
        result = { outcome: 'success', outputs, failed: false };
    }
    catch (error) {
        // Found, then not restored (a broken download, a refused archive): 'found' says what the search saw.
        if (checkpointId && !(error instanceof checkpoint.NotFoundError))
            result.outputs = { found: 'true', 'checkpoint-id': checkpointId, restored: 'false' };
        const verdict = (0,checkpoint.restoreFailure)(checkpointId, (0,errors/* errorMessage */.gJ)(error), error instanceof checkpoint.NotFoundError, failOnMiss);
        if (verdict.fail)
            log.error(verdict.message, { title: 'ci-recovery: restore refused' });
        else
            log.warning(verdict.message);
        result = { ...result, outcome: verdict.fail ? 'failure' : 'success', failed: verdict.fail };
    }
    // An id comes from the store's listing (a dir: store's file names are anyone's): outputs go out inert.
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, (0,core_text/* inert */.tJ)(v));
    await (0,records/* writeRecordBestEffort */.T)(ports.records, {
        kind: 'restore',
        step: `restore ${(0,core_text/* inert */.tJ)(checkpointId) || 'latest'}`,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        stepFailed: result.failed,
        attempts: [],
        ...(checkpointId ? { checkpointId } : {}),
        outputs: result.outputs,
    }, log);
    return result;
}
/**
 * The job's newest readable checkpoint in this run that the run wrote: a shared store's other entries may
 * claim this job and run, so only the run's records say which are its own. None is a miss.
 */
async function newestOfJob(store, spec, ctx, ofRun, ports) {
    const choice = await (0,checkpoint.newestReadable)(ports.workspace.checkpointsOfJob(store, { job: ctx.job, runId: ctx.runId, trusted: ofRun.trusted }));
    for (const p of choice.passedOver)
        ports.runner.log.warning(`Checkpoint ${(0,core_text/* inert */.tJ)(p.id)} is passed over: ${(0,core_text/* inert */.tJ)(p.error)}`);
    if (!choice.chosen)
        throw new checkpoint.NotFoundError(`No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}'${ofRun.note ? ` (${ofRun.note})` : ''}: save one with the checkpoint/ action first, or set 'name'.`);
    return { id: choice.chosen.id, checkpoint: choice.chosen.manifest };
}
/** Lookup only: whether the checkpoint's whole chain is in the store; nothing is downloaded or changed. */
async function lookUp(target, store, ports) {
    const manifest = typeof target.checkpoint === 'string' ? await store.getManifest(target.checkpoint) : target.checkpoint;
    const answer = (0,checkpoint.lookupAnswer)(target.id, manifest, await ports.workspace.lookup(store, manifest));
    if ('miss' in answer)
        throw new checkpoint.NotFoundError(answer.miss);
    ports.runner.log.info(answer.message);
    return answer.outputs;
}
async function restoreInto(target, store, given, ctx, ports) {
    const log = ports.runner.log;
    const r = await ports.workspace.restore({
        store,
        checkpoint: target.checkpoint,
        dest: external_node_path_default().resolve(ctx.workspace, given.dest.trim() || '.'),
        workspace: ctx.workspace,
        destOutsideWorkspace: given.destOutsideWorkspace,
        destInput: {
            input: "input 'dest'",
            optIn: "'dest-outside-workspace: true'",
            given: given.dest.trim() || '.',
        },
        ...(ctx.journals ? { journalDir: ctx.journals } : {}),
        ...(given.paths.length ? { paths: given.paths } : {}),
        dryRun: given.dryRun,
        keepSpecialModes: given.keepSpecialModes === true,
        ...(given.verify ? { verify: given.verify } : {}),
        logger: log,
    });
    if (given.dryRun) {
        const c = r.changes;
        for (const line of (0,checkpoint.changeLines)(c))
            log.info((0,core_text/* inert */.tJ)(line));
        log.info(`Dry run of ${target.id}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`);
    }
    return (0,checkpoint.restoreOutputs)(target.id, r);
}

;// CONCATENATED MODULE: ./src/actions/restore.ts
/** The `restore/` sub-action: reads its inputs and the job, and runs the restore phase (phases/restore.ts). */






function readInputs() {
    return {
        failOnMiss: inputs/* input */.h.bool('fail-on-miss'),
        lookupOnly: inputs/* input */.h.bool('lookup-only'),
        store: inputs/* input */.h.string('store'),
        token: inputs/* input */.h.string('github-token'),
        name: inputs/* input */.h.string('name'),
        paths: inputs/* input */.h.list('paths'),
        dryRun: inputs/* input */.h.bool('dry-run'),
        dest: inputs/* input */.h.string('dest'),
        destOutsideWorkspace: inputs/* input */.h.bool('dest-outside-workspace'),
        keepSpecialModes: inputs/* input */.h.bool('keep-special-modes'),
        verify: restoreVerify(inputs/* input */.h.given('verify', 'restore')),
    };
}
/** Input 'verify' (its default, 'archive', is in restore/action.yml). */
function restoreVerify(value) {
    const verify = (0,checkpoint.parseRestoreVerify)(value);
    if (verify === undefined)
        throw new errors/* UserError */.yo(`Input 'verify' must be one of ${checkpoint.RESTORE_VERIFY.join(', ')}, got '${value.trim()}': 'archive' checks each archive's sha256 and every file's size, 'full' also every file's sha256.`);
    return verify;
}
async function run() {
    const env = (0,job_env/* readJobEnv */.l)();
    const result = await restorePhase(readInputs, env, await (0,checkpoint_ports/* restorePorts */.B)(env));
    if (result.failed)
        process.exitCode = 1;
    (await checkpoint.load.storeGuard()).endIfStoreGaveUp();
}


/***/ }),

/***/ 31062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ writeRecordBestEffort)
/* harmony export */ });
/* unused harmony export RecordingRecords */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The step records post reads to report on the job (core/records.ts): adapters/records.ts writes them as
 * files in RUNNER_TEMP; `RecordingRecords` keeps them in memory.
 */

class RecordingRecords {
    fail;
    written = [];
    /** `fail` makes every write throw, as a full disk would. */
    constructor(fail) {
        this.fail = fail;
    }
    write(record) {
        if (this.fail)
            return Promise.reject(this.fail);
        this.written.push(record);
        return Promise.resolve();
    }
}
/** Best-effort: a record that cannot be written warns and never fails the step. */
async function writeRecordBestEffort(records, record, log) {
    try {
        await records.write(record);
    }
    catch (error) {
        log.warning(`Could not write the step record for post: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
}


/***/ })

};
