export const id = 885;
export const ids = [885];
export const modules = {

/***/ 84885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73776);
/* harmony import */ var _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52439);
/* harmony import */ var _adapters_job_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12461);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97390);
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78696);
/** The `checkpoint/` sub-action: reads its inputs and the job, and runs the checkpoint phase (phases/checkpoint.ts). */





/** Fills `seen` in the order the step reports a bad input with (see checkpointPhase). */
function readInputs(seen) {
    seen.ifNoFilesFound = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.choice('if-no-files-found', _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_3__/* .IF_NO_FILES_FOUND */ .LS);
    seen.stage = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('stage');
    return Object.assign(seen, {
        ifNoFilesFound: seen.ifNoFilesFound,
        stage: seen.stage,
        paths: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.list('paths'),
        exclude: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.list('exclude'),
        store: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('store'),
        token: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('github-token'),
        retentionDays: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.int('retention-days', { min: 1, max: 90 }),
        level: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.int('compression-level', { min: 1, max: 19 }),
        name: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.string('name'),
        full: _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .input */ .h.bool('full'),
    });
}
async function run() {
    const env = (0,_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_2__/* .readJobEnv */ .l)();
    const result = await (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_4__/* .checkpointPhase */ .Q)(readInputs, env, (0,_adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .stepPorts */ .F)(env));
    if (result.failed)
        process.exitCode = 1;
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ checkpointRunner),
/* harmony export */   Rb: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rb),
/* harmony export */   Rl: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rl),
/* harmony export */   lX: () => (/* binding */ checkpointStage),
/* harmony export */   nH: () => (/* binding */ openJobStore)
/* harmony export */ });
/* harmony import */ var _phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78696);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74810);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98915);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97390);






/** Opens `spec` with the job's run, repository and token (for the artifact store's cross-attempt lookups). */
function openJobStore(spec, ctx, token, retentionDays) {
    return (0,_open_js__WEBPACK_IMPORTED_MODULE_2__/* .openStore */ .C)(spec, {
        ...(token ? { token } : {}),
        runId: ctx.runId,
        ...(ctx.owner && ctx.repo ? { owner: ctx.owner, repo: ctx.repo } : {}),
        ...(retentionDays ? { retentionDays } : {}),
        cwd: ctx.workspace,
    });
}
/**
 * The runner as a checkpoint step uses it: in a job, a variable goes to later steps (GITHUB_ENV); off a
 * runner (a test, a laptop) it is kept for this process only, without a workflow command on stdout.
 */
function checkpointRunner(env, log = _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerLogger */ .hB) {
    if (env.files.env)
        return { ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql, log };
    return {
        ..._logger_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerPort */ .Ql,
        log,
        exportVariable: (name, value) => {
            process.env[name] = value;
        },
    };
}
/** The checkpoint phase's save of a stage (phases/checkpoint.ts) with the real workspace: for `run/`. */
function checkpointStage(opts) {
    return (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_0__/* .saveStageCheckpoint */ .a)(opts, { runner: opts.runner, workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i });
}


/***/ }),

/***/ 21701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ lookupCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */


/** Every archive the checkpoint's chain needs has a readable manifest and is present in the store. */
async function lookupCheckpoint(store, manifest) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .archivesNeeded */ .jq)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return { usable: true };
}


/***/ }),

/***/ 73776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stepPorts)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68329);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);




function stepPorts(env) {
    return {
        runner: (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointRunner */ .DJ)(env),
        workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i,
        records: (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsPort */ .ez)(env),
        config: async () => (await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k)(env)).checkpoint,
        openStore: _job_js__WEBPACK_IMPORTED_MODULE_2__/* .openJobStore */ .nH,
        now: () => new Date(),
    };
}


/***/ }),

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ realWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21701);
/* harmony import */ var _manage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19832);
/* harmony import */ var _path_globs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40470);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66959);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27391);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22558);
/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */







/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
const realWorkspace = {
    defaultExclude: _scan_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_EXCLUDE */ .lx,
    resolvePaths: _path_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCheckpointPaths */ .N,
    nextSeq,
    save: _save_js__WEBPACK_IMPORTED_MODULE_5__/* .saveCheckpoint */ .s4,
    restore: _restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCheckpoint */ .vQ,
    checkpointsOfJob: _manage_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointsOfJob */ .Ky,
    lookup: _lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupCheckpoint */ .p,
};


/***/ }),

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkpointPhase),
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43448);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80095);
/* harmony import */ var _ports_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31062);





/**
 * `inputs` reads the step's inputs into `seen` as it goes; it may throw on a bad one, which the step
 * reports like any failure, with what was read before it (the stage's name, `if-no-files-found`).
 */
async function checkpointPhase(inputs, env, ports) {
    const startedAt = ports.now().toISOString();
    const seen = {};
    let result = { outcome: 'failure', outputs: { 'checkpoint-id': '' }, failed: false };
    try {
        const given = inputs(seen);
        const settings = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointSettings */ .cw)(given, await ports.config());
        const ctx = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .jobContext */ .Rl)(env);
        const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
        const saved = await saveStageCheckpoint({ ...settings, store, ctx }, ports);
        result = { outcome: 'success', outputs: (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointOutputs */ .hR)(saved), failed: false };
    }
    catch (error) {
        const noFiles = error instanceof _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM;
        const verdict = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointFailure */ .Tm)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn');
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    const stage = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen);
    const id = result.outputs['checkpoint-id'];
    await (0,_ports_records_js__WEBPACK_IMPORTED_MODULE_3__/* .writeRecordBestEffort */ .T)(ports.records, {
        kind: 'checkpoint',
        step: `checkpoint ${stage}`,
        stage,
        startedAt,
        completedAt: ports.now().toISOString(),
        outcome: result.outcome,
        attempts: [],
        ...(id ? { checkpointId: id } : {}),
        outputs: result.outputs,
    }, ports.runner.log);
    return result;
}
/**
 * Saves a checkpoint of the job's workspace, incremental against the job's last one, and records it as
 * the new last one (a job-wide variable), so the next checkpoint of this job chains onto it. Also what
 * `run/` does before a stage.
 */
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths);
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length)
        log.warning(`Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`);
    const id = opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, await ports.workspace.nextSeq(ctx.manifestCache));
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude, ports.workspace.defaultExclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const result = await ports.workspace.save({
        store: opts.store,
        workspace: ctx.workspace,
        paths: resolved.roots,
        id,
        meta: {
            stage: opts.stage,
            job: ctx.job,
            runId: ctx.runId,
            attempt: ctx.attempt,
            ...(ctx.lane ? { lane: ctx.lane } : {}),
            ...(ctx.commit ? { commit: ctx.commit } : {}),
            ...(ctx.branch ? { branch: ctx.branch } : {}),
            completedStages: ctx.completedStages,
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        logger: log,
    });
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_ENV */ .wp, id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
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
