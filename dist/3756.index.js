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
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
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
        const name = given.name.trim();
        const target = name
            ? { id: name, checkpoint: name }
            : await newestOfJob(store, spec, ctx, await ports.checkpointsOfRun(spec, ctx, given.token), ports);
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
    const choice = await (0,step/* newestReadable */.p7)(ports.workspace.checkpointsOfJob(store, { job: ctx.job, runId: ctx.runId, trusted: ofRun.trusted }));
    for (const p of choice.passedOver)
        ports.runner.log.warning(`Checkpoint ${(0,core_text/* inert */.tJ)(p.id)} is passed over: ${(0,core_text/* inert */.tJ)(p.error)}`);
    if (!choice.chosen)
        throw new ports_store/* NotFoundError */.m_(`No checkpoint of job '${ctx.job}' in run ${ctx.runId} in store '${spec}'${ofRun.note ? ` (${ofRun.note})` : ''}: save one with the checkpoint/ action first, or set 'name'.`);
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
        ...(given.verify ? { verify: given.verify } : {}),
        logger: log,
    });
    if (given.dryRun) {
        const c = r.changes;
        for (const line of (0,step/* changeLines */.Ow)(c))
            log.info((0,core_text/* inert */.tJ)(line));
        log.info(`Dry run of ${target.id}: ${c.added.length} to add, ${c.modified.length} to modify, ${c.deleted.length} to delete; nothing changed.`);
    }
    return (0,step/* restoreOutputs */.V2)(target.id, r);
}

// EXTERNAL MODULE: ./src/core/checkpoint/verify.ts
var checkpoint_verify = __webpack_require__(95901);
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
        verify: restoreVerify(inputs/* input */.h.string('verify')),
    };
}
/** Input 'verify': empty is the default ('archive'). */
function restoreVerify(value) {
    const verify = (0,checkpoint_verify/* parseRestoreVerify */.P6)(value);
    if (verify === undefined)
        throw new errors/* UserError */.yo(`Input 'verify' must be one of ${checkpoint_verify/* RESTORE_VERIFY */.Zr.join(', ')}, got '${value.trim()}': 'archive' checks each archive's sha256 and every file's size, 'full' also every file's sha256.`);
    return verify;
}
async function run() {
    const env = (0,job_env/* readJobEnv */.l)();
    const result = await restorePhase(readInputs, env, (0,step_ports/* restorePorts */.B)(env));
    if (result.failed)
        process.exitCode = 1;
    (0,store_guard/* endIfStoreGaveUp */.Sl)();
}


/***/ }),

/***/ 73776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ restorePorts),
/* harmony export */   F: () => (/* binding */ stepPorts)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4212);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98835);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68329);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36524);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1130);
/**
 * The real ports of the `checkpoint/` and `restore/` steps (phases/checkpoint.ts, restore.ts). Apart from
 * index.ts, so that the CLI's checkpoint verbs do not load the config reader.
 */





function stepPorts(env) {
    return {
        runner: (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointRunner */ .DJ)(env),
        workspace: _workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .realWorkspace */ .i,
        records: (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsPort */ .ez)(env),
        config: async () => (await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveConfig */ .k3)(env)).checkpoint,
        openStore: _job_js__WEBPACK_IMPORTED_MODULE_2__/* .openJobStore */ .nH,
        now: () => new Date(),
    };
}
function restorePorts(env) {
    return {
        ...stepPorts(env),
        checkpointsOfRun: (spec, ctx, token) => checkpointsOfRun(env, spec, ctx, token),
    };
}
/**
 * The checkpoints of this job that the run wrote: every one in the run's own artifacts; in another store,
 * those this attempt's steps recorded (their records are this job's files) and those the earlier attempts'
 * records name (artifacts of the run, core/checkpoint/trust.ts). Never throws: what cannot be read is named
 * in `note` and trusts nothing.
 */
async function checkpointsOfRun(env, spec, ctx, token) {
    if (spec === 'artifact')
        return { trusted: _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_ARTIFACTS */ .A0 };
    const place = { runId: ctx.runId, job: ctx.job, attempt: ctx.attempt };
    const own = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustRecordOf */ .n$)(await (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .readRecords */ .T3)((0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordsDir */ .Ap)(env)), place);
    const ownOnly = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedByRecords */ .Nk)(own ? [own] : [], { ...place, beforeAttempt: ctx.attempt + 1 });
    if (ctx.attempt <= 1)
        return { trusted: ownOnly };
    const { readTrustRecords } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66366));
    const earlier = await readTrustRecords({ token, ...place, owner: env.owner ?? '', repo: env.repo ?? '' });
    if ('unreadable' in earlier)
        return {
            trusted: ownOnly,
            note: `the checkpoints of earlier attempts are not known: ${earlier.unreadable}`,
        };
    const trusted = new Map(earlier.trusted === _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_ARTIFACTS */ .A0 ? [] : earlier.trusted);
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

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ RUN_ARTIFACTS),
/* harmony export */   G0: () => (/* binding */ trustArtifactName),
/* harmony export */   Jg: () => (/* binding */ TRUST_FORMAT),
/* harmony export */   NJ: () => (/* binding */ parseTrustRecord),
/* harmony export */   Nk: () => (/* binding */ trustedByRecords),
/* harmony export */   XI: () => (/* binding */ untrustedBecause),
/* harmony export */   n$: () => (/* binding */ trustRecordOf)
/* harmony export */ });
/* unused harmony export TRUST_ARTIFACT_PREFIX */
const TRUST_FORMAT = 'ci-recovery-checkpoints/1';
const TRUST_ARTIFACT_PREFIX = 'ci-recovery-checkpoints-';
/** A record is a few KiB; more than this many checkpoints in one job attempt is not ours. */
const MAX_NAMED = 1000;
const MAX_ID = 255;
const DIGEST = /^[0-9a-f]{64}$/;
const RUN_ARTIFACTS = 'run-artifacts';
/** `ci-recovery-checkpoints-<job>-a<attempt>`, the job made safe for a name as the plan's is. */
function trustArtifactName(job, attempt) {
    const safe = job
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${TRUST_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/** The record of this job attempt, from its step records: every checkpoint a step saved, with its digest. */
function trustRecordOf(records, place) {
    const seen = new Map();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && DIGEST.test(r.checkpointDigest))
            seen.set(r.checkpointId, r.checkpointDigest);
    if (seen.size === 0)
        return undefined;
    return {
        format: TRUST_FORMAT,
        runId: place.runId,
        job: place.job,
        attempt: place.attempt,
        checkpoints: [...seen].map(([id, manifestSha256]) => ({ id, manifestSha256 })),
    };
}
/** Validates a downloaded record (an artifact: bounded, every field checked). Throws naming the fault. */
function parseTrustRecord(text) {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null)
        throw new Error('not an object');
    const r = value;
    if (r.format !== TRUST_FORMAT)
        throw new Error(`format is not ${TRUST_FORMAT}`);
    if (typeof r.runId !== 'string' || typeof r.job !== 'string')
        throw new Error('runId or job missing');
    if (typeof r.attempt !== 'number' || !Number.isSafeInteger(r.attempt) || r.attempt < 1)
        throw new Error('attempt is not a positive integer');
    if (!Array.isArray(r.checkpoints) || r.checkpoints.length > MAX_NAMED)
        throw new Error(`checkpoints is not a list of at most ${MAX_NAMED}`);
    const checkpoints = r.checkpoints.map((c) => {
        const { id, manifestSha256 } = (c ?? {});
        if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)
            throw new Error('a checkpoint id is not a string');
        if (typeof manifestSha256 !== 'string' || !DIGEST.test(manifestSha256))
            throw new Error('a manifest digest is not a hex sha256');
        return { id, manifestSha256 };
    });
    return { format: TRUST_FORMAT, runId: r.runId, job: r.job, attempt: r.attempt, checkpoints };
}
/**
 * The checkpoints that the records of this job's attempts before `beforeAttempt` name. A record for
 * another run or job, or a later attempt, names nothing here; two records naming one id differently
 * make it untrusted.
 */
function trustedByRecords(records, place) {
    const trusted = new Map();
    const conflicting = new Set();
    for (const r of records) {
        if (r.runId !== place.runId || r.job !== place.job || r.attempt >= place.beforeAttempt)
            continue;
        for (const c of r.checkpoints) {
            const had = trusted.get(c.id);
            if (had !== undefined && had !== c.manifestSha256)
                conflicting.add(c.id);
            trusted.set(c.id, c.manifestSha256);
        }
    }
    for (const id of conflicting)
        trusted.delete(id);
    return trusted;
}
/** Why checkpoint `id` with this manifest digest may not be resumed from; undefined when the run wrote it. */
function untrustedBecause(trusted, id, digest) {
    if (trusted === RUN_ARTIFACTS)
        return undefined;
    const named = trusted.get(id);
    if (named === undefined)
        return 'no record of this run names it (it was not saved by an earlier attempt of this job): not resumed from';
    if (named !== digest)
        return "its manifest differs from the one this run's record names (it was changed in the store): not resumed from";
    return undefined;
}


/***/ })

};
