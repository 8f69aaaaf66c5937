export const id = 3756;
export const ids = [3756];
export const modules = {

/***/ 53756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/checkpoint/store-guard.ts
var store_guard = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/adapters/checkpoint/step-ports.ts
var step_ports = __webpack_require__(73776);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/checkpoint/step.ts
var step = __webpack_require__(97390);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/ports/records.ts
var records = __webpack_require__(31062);
// EXTERNAL MODULE: ./src/ports/store.ts
var ports_store = __webpack_require__(93433);
;// CONCATENATED MODULE: ./src/phases/restore.ts
/**
 * The `restore/` step: restore a checkpoint that was asked for. Unlike saving, a restore that fails fails
 * the step, with the reason; the workspace is left exactly as it was. A miss (no checkpoint at all, or
 * none usable) fails it too unless `fail-on-miss: false`; `lookup-only` answers whether a usable one
 * exists without downloading or changing anything.
 *
 * Gather (inputs, config, the job's checkpoints) -> decide (core/checkpoint/step.ts: which checkpoint,
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
        const ctx = (0,step/* jobContext */.Rl)(env);
        const spec = given.store.trim() || config.store;
        const store = await ports.openStore(spec, ctx, given.token);
        const target = await chooseCheckpoint(given.name.trim(), store, spec, ctx, ports);
        checkpointId = target.id;
        const outputs = given.lookupOnly
            ? await lookUp(target, store, ports)
            : await restoreInto(target, store, given, { ...ctx, journals: (0,step/* restoreJournals */.xi)(env) }, ports);
        result = { outcome: 'success', outputs, failed: false };
    }
    catch (error) {
        // Found, then not restored (a broken download, a refused archive): 'found' says what the search saw.
        if (checkpointId && !(error instanceof ports_store/* NotFoundError */.m_))
            result.outputs = { found: 'true', 'checkpoint-id': checkpointId, restored: 'false' };
        const verdict = (0,step/* restoreFailure */.Fi)(checkpointId, (0,errors/* errorMessage */.gJ)(error), error instanceof ports_store/* NotFoundError */.m_, failOnMiss);
        if (verdict.fail)
            log.error(verdict.message, { title: 'ci-recovery: restore refused' });
        else
            log.warning(verdict.message);
        result = { ...result, outcome: verdict.fail ? 'failure' : 'success', failed: verdict.fail };
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    await (0,records/* writeRecordBestEffort */.T)(ports.records, {
        kind: 'restore',
        step: `restore ${checkpointId || 'latest'}`,
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
/** The checkpoint named, else the job's newest readable one in this run; none is a miss. */
async function chooseCheckpoint(name, store, spec, ctx, ports) {
    if (name)
        return { id: name, checkpoint: name };
    const choice = await (0,step/* newestReadable */.p7)(ports.workspace.checkpointsOfJob(store, { job: ctx.job, runId: ctx.runId }));
    for (const p of choice.passedOver)
        ports.runner.log.warning(`Checkpoint ${p.id} is passed over: ${p.error}`);
    if (!choice.chosen)
        throw new ports_store/* NotFoundError */.m_(`No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}': save one with the checkpoint/ action first, or set 'name'.`);
    return { id: choice.chosen.id, checkpoint: choice.chosen.manifest };
}
/** Lookup only: whether the checkpoint's whole chain is in the store; nothing is downloaded or changed. */
async function lookUp(target, store, ports) {
    const manifest = typeof target.checkpoint === 'string' ? await store.getManifest(target.checkpoint) : target.checkpoint;
    const answer = (0,step/* lookupAnswer */.VC)(target.id, manifest, await ports.workspace.lookup(store, manifest));
    if ('miss' in answer)
        throw new ports_store/* NotFoundError */.m_(answer.miss);
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
        logger: log,
    });
    if (given.dryRun) {
        const c = r.changes;
        for (const line of (0,step/* changeLines */.Ow)(c))
            log.info(line);
        log.info(`Dry run of ${target.id}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`);
    }
    return (0,step/* restoreOutputs */.V2)(target.id, r);
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
    };
}
async function run() {
    const env = (0,job_env/* readJobEnv */.l)();
    const result = await restorePhase(readInputs, env, (0,step_ports/* stepPorts */.F)(env));
    if (result.failed)
        process.exitCode = 1;
    (0,store_guard/* endIfStoreGaveUp */.Sl)();
}


/***/ })

};
