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
    // First: a bad input after it still fails the step when the user asked for that.
    seen.failOnError = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.bool('fail-on-error');
    seen.ifNoFilesFound = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.choice('if-no-files-found', _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__/* .IF_NO_FILES_FOUND */ .LS);
    seen.stage = _adapters_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .input */ .h.string('stage');
    return Object.assign(seen, {
        failOnError: seen.failOnError,
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
    const env = (0,_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnvWithStages */ .e)();
    const result = await (0,_phases_checkpoint_js__WEBPACK_IMPORTED_MODULE_5__/* .checkpointPhase */ .Q)(readInputs, env, (0,_adapters_checkpoint_step_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .stepPorts */ .F)(env));
    if (result.failed)
        process.exitCode = 1;
    (0,_adapters_checkpoint_store_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .endIfStoreGaveUp */ .Sl)();
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
