export const id = 9590;
export const ids = [9590];
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
    const { checkpointRunner, openJobStore, realWorkspace } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .load */ .Hh.engine();
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
        return { trusted: _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_ARTIFACTS */ .A0 };
    const place = { runId: ctx.runId, job: ctx.job, attempt: ctx.attempt };
    const own = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trustRecordOf */ .n$)(await (0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_1__/* .readRecords */ .T3)((0,_adapters_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsDir */ .Ap)(env)), place);
    const ownOnly = (0,_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedByRecords */ .Nk)(own ? [own] : [], { ...place, beforeAttempt: ctx.attempt + 1 });
    if (ctx.attempt <= 1)
        return { trusted: ownOnly };
    const { readTrustRecords } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .load */ .Hh.trustRecords();
    const earlier = await readTrustRecords({ token, ...place, owner: env.owner ?? '', repo: env.repo ?? '' });
    if ('unreadable' in earlier)
        return {
            trusted: ownOnly,
            note: `the checkpoints of earlier attempts are not known: ${earlier.unreadable}`,
        };
    const trusted = new Map(earlier.trusted === _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_ARTIFACTS */ .A0 ? [] : earlier.trusted);
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

/***/ 29590:
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
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(93248);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/ports/records.ts
var records = __webpack_require__(31062);
;// CONCATENATED MODULE: ./src/phases/checkpoint.ts
/**
 * The `checkpoint/` step: save a checkpoint of the workspace now. Best-effort by design (like cache
 * saves): any failure, even a bad input, becomes a warning, so a checkpoint can never break the job it
 * protects; the exceptions are `if-no-files-found: error` and `fail-on-error`, which the user asks for.
 *
 * Gather (inputs, config, the job's context, the store) -> decide (checkpoint/core/step.ts) -> act (save
 * through the engine's `saveStageCheckpoint` over the workspace port, outputs and the step record through
 * the runner and records ports).
 */




/**
 * `inputs` reads the step's inputs into `seen` as it goes; it may throw on a bad one, which the step
 * reports like any failure, with what was read before it (the stage's name, `if-no-files-found`).
 */
async function checkpointPhase(inputs, env, ports) {
    const startedAt = ports.now().toISOString();
    const seen = {};
    let result = { outcome: 'failure', outputs: { 'checkpoint-id': '' }, failed: false };
    let digest;
    try {
        const given = inputs(seen);
        const settings = (0,checkpoint/* checkpointSettings */.cw)(given, await ports.config());
        const ctx = (0,checkpoint/* jobContext */.Rl)(env);
        const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
        const saved = await (0,checkpoint/* saveStageCheckpoint */.aS)({ ...settings, store, ctx }, ports);
        result = { outcome: 'success', outputs: (0,checkpoint/* checkpointOutputs */.hR)(saved), failed: false };
        digest = saved.manifestSha256;
    }
    catch (error) {
        const noFiles = error instanceof checkpoint/* NoFilesFoundError */.bM;
        const verdict = (0,checkpoint/* checkpointFailure */.Tm)((0,checkpoint/* stageName */.CT)(seen), (0,errors/* errorMessage */.gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn', seen.failOnError === true);
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    // The input's own text when it broke the rules: recorded only inert (post prints records).
    const stage = (0,core_text/* inert */.tJ)((0,checkpoint/* stageName */.CT)(seen));
    const id = result.outputs['checkpoint-id'];
    await (0,records/* writeRecordBestEffort */.T)(ports.records, {
        kind: 'checkpoint',
        step: `checkpoint ${stage}`,
        stage,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        stepFailed: result.failed,
        attempts: [],
        ...(id ? { checkpointId: id } : {}),
        ...(id && digest ? { checkpointDigest: digest } : {}),
        outputs: result.outputs,
    }, ports.runner.log);
    return result;
}

;// CONCATENATED MODULE: ./src/actions/checkpoint.ts
/** The `checkpoint/` sub-action: reads its inputs and the job, and runs the checkpoint phase (phases/checkpoint.ts). */





/** Fills `seen` in the order the step reports a bad input with (see checkpointPhase). */
function readInputs(seen) {
    // First: a bad input after it still fails the step when the user asked for that.
    seen.failOnError = inputs/* input */.h.bool('fail-on-error');
    seen.ifNoFilesFound = inputs/* input */.h.choice('if-no-files-found', checkpoint/* IF_NO_FILES_FOUND */.LS);
    seen.stage = inputs/* input */.h.string('stage');
    return Object.assign(seen, {
        failOnError: seen.failOnError,
        ifNoFilesFound: seen.ifNoFilesFound,
        stage: seen.stage,
        paths: inputs/* input */.h.list('paths'),
        exclude: inputs/* input */.h.list('exclude'),
        store: inputs/* input */.h.string('store'),
        token: inputs/* input */.h.string('github-token'),
        retentionDays: inputs/* input */.h.int('retention-days', { min: 1, max: 90 }),
        level: inputs/* input */.h.int('compression-level', { min: 1, max: 19 }),
        name: inputs/* input */.h.string('name'),
        full: inputs/* input */.h.bool('full'),
        includeHidden: inputs/* input */.h.bool('include-hidden-files'),
    });
}
async function run() {
    const env = (0,job_env/* readJobEnvWithStages */.e)();
    const result = await checkpointPhase(readInputs, env, await (0,checkpoint_ports/* stepPorts */.F)(env));
    if (result.failed)
        process.exitCode = 1;
    (await checkpoint/* load */.Hh.storeGuard()).endIfStoreGaveUp();
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
