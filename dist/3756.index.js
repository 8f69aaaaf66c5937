export const id = 3756;
export const ids = [3756,867];
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



/** The ports of the `checkpoint/` and `restore/` steps: processes that end after their save or restore. */
async function stepPorts(env) {
    const { checkpointRunner, openJobStore, realWorkspace, leaveTopTierOut } = await _checkpoint_index_js__WEBPACK_IMPORTED_MODULE_2__.load.engine();
    leaveTopTierOut();
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
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(62201);
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
        checkpointId = name;
        const target = name
            ? await namedOfLeg(store, name, ctx.job)
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
/**
 * The checkpoint `name`, unless another leg of this matrix job saved it: the workflow gives every leg the
 * same name, the legs save it at once and the first one's wins (the others' uploads meet 409), so a leg
 * restoring it would take another leg's files (a Node 20 build into the Node 22 leg). That is a miss.
 */
async function namedOfLeg(store, name, job) {
    const manifest = await store.getManifest(name);
    if ((0,job_start/* otherLegOfJob */.zn)(manifest.job, job))
        throw new checkpoint.NotFoundError(`Checkpoint '${(0,core_text/* inert */.tJ)(name)}' was saved by another leg of this matrix ('${(0,core_text/* inert */.tJ)(manifest.job)}'), not by this one ('${job}'): not restored. Give each leg its own name, e.g. 'name: ${(0,core_text/* inert */.tJ)(name)}-\${{ strategy.job-index }}'.`);
    return { id: name, checkpoint: manifest };
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

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T3: () => (/* binding */ readRecords),
  Ap: () => (/* binding */ recordsDir),
  ez: () => (/* binding */ recordsPort)
});

// UNUSED EXPORTS: writeRecord

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/records.ts
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

;// CONCATENATED MODULE: ./src/adapters/records.ts



/** `$RUNNER_TEMP/ci-recovery/records` (the OS temp dir outside the runner). */
function recordsDir(env) {
    return external_node_path_default().join(env.runnerTemp, RECORDS_SUBDIR);
}
/** The records port of a step: records go where post reads them. */
function recordsPort(env) {
    const dir = recordsDir(env);
    return { write: async (record) => void (await writeRecord(dir, record)) };
}
/** Writes one record atomically (temp file + rename), so post never reads half a file. Returns its path. */
async function writeRecord(dir, record) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, recordFileName(record));
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(record, null, 2) + '\n');
    await (0,promises_.rename)(tmp, file);
    return file;
}
/** Every well-formed record in the directory, oldest first; a missing directory means no records. */
async function readRecords(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        // no records directory yet: no step has written a record
        return [];
    }
    const records = [];
    for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
            const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8'));
            if (isStepRecord(parsed))
                records.push({ at: Number.parseInt(name, 10) || 0, name, record: parsed });
        }
        catch {
            // A corrupt record is skipped: reporting never fails the job.
        }
    }
    return records.sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)).map((r) => r.record);
}


/***/ }),

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ dropsCheckpoints),
/* harmony export */   WC: () => (/* binding */ artifactsOfCheckpoints),
/* harmony export */   pj: () => (/* binding */ droppedLine),
/* harmony export */   tW: () => (/* binding */ ownCheckpointIds)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81738);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81683);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39018);




const MANIFEST = '.manifest.json';
const ARCHIVES = [(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('zstd'), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveExtension */ .yP)('gzip')];
/** Whether post deletes the attempt's checkpoints: the job is green, by the runner's word and the report's. */
function dropsCheckpoints(when) {
    if (when.keep || when.conclusion !== 'success')
        return false;
    return when.jobStatus === undefined || when.jobStatus === '' || when.jobStatus === 'success';
}
/**
 * The checkpoints this job attempt saved: ids its steps recorded as saved (with the digest of the manifest
 * they stored) whose name says this run, job and attempt. The name alone cannot say it: job `build`'s
 * prefix also starts job `build-a2-x`'s ids, which a restore step of `build` records. A stage that stood on
 * the checkpoint main resumed, or a restore, records an id it did not save: never chosen.
 */
function ownCheckpointIds(records, owner, attempt) {
    const ids = new Set();
    for (const r of records)
        if (r.checkpointId && r.checkpointDigest && (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptInId */ .m4)(r.checkpointId, owner) === attempt)
            ids.add(r.checkpointId);
    return [...ids];
}
/** The object names one checkpoint is stored under: its manifest and archive (either compression). */
function objectNames(id) {
    return [`${id}${MANIFEST}`, ...ARCHIVES.map((ext) => `${id}${ext}`)];
}
/**
 * Of the run's artifact `names`, those of the checkpoints `ids`: manifest, archive, each root's (paths
 * outside the workspace, `<id>-root<n>`) and the run's record of each save (dir: stores' checkpoints).
 * Matched exactly, never by prefix alone: two ids may share a prefix.
 */
function artifactsOfCheckpoints(names, ids, place) {
    const wanted = new Set();
    const record = (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .trustArtifactName */ .G0)(place.job, place.attempt);
    for (const id of ids) {
        for (const n of objectNames(id))
            wanted.add(n);
        wanted.add(`${record}-${id}`);
    }
    const rootOf = (name) => ids.some((id) => {
        const rest = name.startsWith(`${id}-root`) ? name.slice(id.length + 5) : undefined;
        const m = rest === undefined ? null : /^(\d+)(\..+)$/.exec(rest);
        return m !== null && [MANIFEST, ...ARCHIVES].includes(m[2]);
    });
    return names.filter((n) => wanted.has(n) || rootOf(n));
}
function sizeText(bytes) {
    if (bytes < 1024 * 1024)
        return `${Math.ceil(bytes / 1024)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
/**
 * The one line post says of it: what went, or why some stayed and what would let them go. Undefined when
 * there was nothing to delete. `level` warning only when something was kept.
 */
function droppedLine(d) {
    if (d.deleted === 0 && d.kept === 0)
        return undefined;
    const gone = `deleted ${d.deleted} checkpoint artifact(s) of this attempt (${sizeText(d.bytes)}): the job is green, nothing will resume from them`;
    if (d.kept === 0)
        return { level: 'info', message: `ci-recovery: ${gone}.` };
    const kept = `kept ${d.kept} checkpoint artifact(s) of this green attempt`;
    if (d.refusal)
        return {
            level: 'warning',
            message: `ci-recovery: ${kept}: the artifact service refused to delete them (${d.refusal.status} ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.refusal.message).slice(0, 200)}); grant the job 'permissions: actions: write' to have them deleted, or set 'keep-checkpoints: true' to keep them without this warning. The job's result is unchanged.`,
        };
    return {
        level: 'warning',
        message: `ci-recovery: ${kept}: could not delete them (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inert */ .tJ)(d.error ?? 'unknown error').slice(0, 200)}); they expire with the run's artifacts. The job's result is unchanged.`,
    };
}


/***/ }),

/***/ 93248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckpointExistsError: () => (/* reexport */ ports_store/* CheckpointExistsError */.V9),
  IF_NO_FILES_FOUND: () => (/* reexport */ step/* IF_NO_FILES_FOUND */.LS),
  IncrementalPlanner: () => (/* reexport */ core/* IncrementalPlanner */.zh),
  KeyedMatch: () => (/* reexport */ core/* KeyedMatch */.UQ),
  LOCAL_RUN_ID: () => (/* reexport */ step/* LOCAL_RUN_ID */.Qk),
  MANIFEST_FORMAT: () => (/* reexport */ core/* MANIFEST_FORMAT */.Sn),
  MANIFEST_SUFFIX: () => (/* reexport */ ports_store/* MANIFEST_SUFFIX */.OK),
  MemoryStore: () => (/* reexport */ ports_store/* MemoryStore */.ny),
  MemoryWorkspace: () => (/* reexport */ MemoryWorkspace),
  NoFilesFoundError: () => (/* reexport */ step/* NoFilesFoundError */.bM),
  NotFoundError: () => (/* reexport */ ports_store/* NotFoundError */.m_),
  RACY_SLACK_MS: () => (/* reexport */ core/* RACY_SLACK_MS */.Wi),
  RESTORE_VERIFY: () => (/* reexport */ core/* RESTORE_VERIFY */.Zr),
  RUN_ARTIFACTS: () => (/* reexport */ trust/* RUN_ARTIFACTS */.A0),
  archivesNeeded: () => (/* reexport */ core/* archivesNeeded */.jq),
  artifactsOfCheckpoints: () => (/* reexport */ green_cleanup/* artifactsOfCheckpoints */.WC),
  attemptInId: () => (/* reexport */ core/* attemptInId */.m4),
  boundedList: () => (/* reexport */ step/* boundedList */.Y4),
  changeLines: () => (/* reexport */ step/* changeLines */.Ow),
  checkKeyedManifest: () => (/* reexport */ core/* checkKeyedManifest */.qT),
  checkLinkTarget: () => (/* reexport */ core/* checkLinkTarget */.yl),
  checkedRootRecords: () => (/* reexport */ outside/* checkedRootRecords */.GU),
  checkpointFailure: () => (/* reexport */ step/* checkpointFailure */.Tm),
  checkpointId: () => (/* reexport */ core/* checkpointId */.g),
  checkpointOutputs: () => (/* reexport */ step/* checkpointOutputs */.hR),
  checkpointSettings: () => (/* reexport */ step/* checkpointSettings */.cw),
  defaultManifestCache: () => (/* reexport */ step/* defaultManifestCache */.Rb),
  destinationProblem: () => (/* reexport */ core/* destinationProblem */.wI),
  droppedLine: () => (/* reexport */ green_cleanup/* droppedLine */.pj),
  dropsCheckpoints: () => (/* reexport */ green_cleanup/* dropsCheckpoints */.Mf),
  encodeEntries: () => (/* reexport */ core/* encodeEntries */.zT),
  encodeManifest: () => (/* reexport */ core/* encodeManifest */.Gb),
  entriesOutsideDirs: () => (/* reexport */ restored_state/* entriesOutsideDirs */.ES),
  entryTable: () => (/* reexport */ core/* entryTable */.Vy),
  excludeFor: () => (/* reexport */ step/* excludeFor */.UP),
  hashesFilesOf: () => (/* reexport */ core/* hashesFilesOf */.rF),
  isKeyedId: () => (/* reexport */ core/* isKeyedId */.Ko),
  isRollbackRecord: () => (/* reexport */ core/* isRollbackRecord */.G6),
  isUnder: () => (/* reexport */ core/* isUnder */.Jo),
  isValidId: () => (/* reexport */ core/* isValidId */.Al),
  jobContext: () => (/* reexport */ step/* jobContext */.Rl),
  keyedCacheKey: () => (/* reexport */ core/* keyedCacheKey */.QJ),
  keyedId: () => (/* reexport */ core/* keyedId */.S6),
  keyedPathProblems: () => (/* reexport */ core/* keyedPathProblems */.Ak),
  keyedPathsIn: () => (/* reexport */ core/* keyedPathsIn */.Yl),
  keyedRefsUsed: () => (/* reexport */ core/* keyedRefsUsed */.Mu),
  leftAloneBy: () => (/* reexport */ core/* leftAloneBy */.ud),
  load: () => (/* reexport */ load/* load */.H),
  lookupAnswer: () => (/* reexport */ step/* lookupAnswer */.VC),
  newestReadable: () => (/* reexport */ step/* newestReadable */.p7),
  normalKeyedPaths: () => (/* reexport */ core/* normalKeyedPaths */.Mf),
  outermost: () => (/* reexport */ core/* outermost */.J9),
  ownCheckpointIds: () => (/* reexport */ green_cleanup/* ownCheckpointIds */.tW),
  parseManifest: () => (/* reexport */ core/* parseManifest */.Ng),
  parseOutsidePath: () => (/* reexport */ outside/* parseOutsidePath */._W),
  parseRestoreVerify: () => (/* reexport */ core/* parseRestoreVerify */.P6),
  parseRestoredState: () => (/* reexport */ restored_state/* parseRestoredState */.lb),
  parseTrustRecord: () => (/* reexport */ trust/* parseTrustRecord */.NJ),
  planRestore: () => (/* reexport */ core/* planRestore */.q8),
  reservedNameProblem: () => (/* reexport */ core/* reservedNameProblem */.Vq),
  resolveRoot: () => (/* reexport */ outside/* resolveRoot */.H6),
  restoreFailure: () => (/* reexport */ step/* restoreFailure */.Fi),
  restoreJournals: () => (/* reexport */ step/* restoreJournals */.xi),
  restoreOutputs: () => (/* reexport */ step/* restoreOutputs */.V2),
  resumedCandidate: () => (/* reexport */ step/* resumedCandidate */.n_),
  rootBases: () => (/* reexport */ step/* rootBases */.Dr),
  rootOverlaps: () => (/* reexport */ outside/* rootOverlaps */.t4),
  rootsToSave: () => (/* reexport */ outside/* rootsToSave */.Gr),
  safeEntryPath: () => (/* reexport */ core/* safeEntryPath */.FB),
  sameCheckpoint: () => (/* reexport */ step/* sameCheckpoint */.Fs),
  saveStageCheckpoint: () => (/* reexport */ stage/* saveStageCheckpoint */.a),
  selectPaths: () => (/* reexport */ core/* selectPaths */.LO),
  shownChanges: () => (/* reexport */ core/* shownChanges */.ph),
  stageName: () => (/* reexport */ step/* stageName */.CT),
  trustArtifactName: () => (/* reexport */ trust/* trustArtifactName */.G0),
  trustRecordOf: () => (/* reexport */ trust/* trustRecordOf */.n$),
  trustedByRecords: () => (/* reexport */ trust/* trustedByRecords */.Nk),
  underAny: () => (/* reexport */ core/* underAny */.DR),
  untrustedBecause: () => (/* reexport */ trust/* untrustedBecause */.XI),
  writeLocalManifest: () => (/* reexport */ core/* writeLocalManifest */.UC)
});

// EXTERNAL MODULE: ./src/checkpoint/core/index.ts + 4 modules
var core = __webpack_require__(59062);
// EXTERNAL MODULE: ./src/checkpoint/core/step.ts
var step = __webpack_require__(84004);
// EXTERNAL MODULE: ./src/checkpoint/core/trust.ts
var trust = __webpack_require__(39018);
// EXTERNAL MODULE: ./src/checkpoint/core/outside.ts
var outside = __webpack_require__(35235);
// EXTERNAL MODULE: ./src/checkpoint/core/green-cleanup.ts
var green_cleanup = __webpack_require__(462);
// EXTERNAL MODULE: ./src/checkpoint/core/restored-state.ts
var restored_state = __webpack_require__(56088);
// EXTERNAL MODULE: ./src/checkpoint/ports/store.ts
var ports_store = __webpack_require__(44076);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/checkpoint/ports/workspace.ts
/**
 * The workspace as the checkpoint phases see it: resolve paths, save a checkpoint of them, restore one,
 * and find a job's checkpoints in a store, in the port's own types (what a save, a restore and a lookup
 * take and give). checkpoint/adapters/workspace.ts is the real one (the scan, save and restore of
 * checkpoint/adapters/); `MemoryWorkspace` keeps files in a map and records calls.
 */





const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/**
 * Files as a map from workspace-relative path to content. Saves are always full (one archive: the files
 * as JSON); paths match exactly (no globs). `calls` records `save <id>`, `restore <id>` and so on.
 */
class MemoryWorkspace {
    calls = [];
    files;
    seq = 0;
    constructor(files = {}) {
        this.files = new Map(Object.entries(files));
    }
    under(root) {
        return [...this.files.keys()].filter((p) => (0,core/* isUnder */.Jo)(p, root)).sort();
    }
    resolvePaths(_workspace, patterns) {
        const include = patterns.filter((p) => !p.startsWith('!'));
        return {
            roots: include.filter((p) => this.under(p).length > 0),
            exclude: patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)),
            unmatched: include.filter((p) => this.under(p).length === 0),
        };
    }
    nextSeq() {
        return Promise.resolve(++this.seq);
    }
    async save(opts) {
        const parent = typeof opts.parent === 'string' ? opts.parent : opts.parent?.id;
        this.calls.push(`save ${opts.id}${parent ? ` on ${parent}` : ''}`);
        const paths = [...new Set(opts.paths.flatMap((root) => this.under(root)))];
        const content = Object.fromEntries(paths.map((p) => [p, this.files.get(p)]));
        opts.onPacked?.(); // every file is read
        const entries = paths.map((p) => ({
            path: p,
            type: 'file',
            mode: 0o644,
            size: content[p].length,
            sha256: sha256(content[p]),
            from: opts.id,
        }));
        // The name a gzip archive has (the manifest checks it); the content is the files as JSON.
        const file = `${opts.id}.tar.gz`;
        const archive = await opts.store.putArchive(file, external_node_stream_.Readable.from([JSON.stringify(content)]));
        const manifest = {
            format: core/* MANIFEST_FORMAT */.Sn,
            id: opts.id,
            kind: 'full',
            paths: opts.paths,
            exclude: opts.exclude ?? [],
            ...opts.meta,
            completedStages: opts.meta.completedStages ?? [],
            createdAt: new Date(0).toISOString(),
            scanStartedMs: 0,
            timings: { scanMs: 0, archiveMs: 0, totalMs: 0 },
            entries,
            changed: paths,
            deleted: [],
            archive: { file, compression: 'gzip', ...archive, entries: paths.length },
        };
        const stored = (0,core/* encodeManifest */.Gb)(manifest).stored;
        await opts.store.putManifest(opts.id, stored);
        const bytes = entries.reduce((n, e) => n + (e.size ?? 0), 0);
        const manifestSha256 = (0,external_node_crypto_.createHash)('sha256').update(stored).digest('hex');
        return { manifest, manifestSha256, files: paths.length, bytes, stored: paths.length, storedBytes: bytes };
    }
    async restore(opts) {
        const manifest = typeof opts.checkpoint === 'string' ? await opts.store.getManifest(opts.checkpoint) : opts.checkpoint;
        this.calls.push(`restore ${manifest.id}${opts.dryRun ? ' (dry run)' : ''}`);
        const chunks = [];
        for await (const chunk of await opts.store.getArchive(manifest.archive.file))
            chunks.push(Buffer.from(chunk));
        const content = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const now = [...new Set(manifest.paths.flatMap((root) => this.under(root)))];
        const changes = {
            added: Object.keys(content).filter((p) => !this.files.has(p)),
            modified: Object.keys(content).filter((p) => this.files.has(p) && this.files.get(p) !== content[p]),
            deleted: now.filter((p) => !(p in content)),
            unchanged: Object.keys(content).filter((p) => this.files.get(p) === content[p]).length,
        };
        if (!opts.dryRun) {
            for (const p of changes.deleted)
                this.files.delete(p);
            for (const [p, text] of Object.entries(content))
                this.files.set(p, text);
        }
        const bytes = Object.values(content).reduce((n, t) => n + t.length, 0);
        return { manifest, changes, restored: !opts.dryRun, files: Object.keys(content).length, bytes };
    }
    /** Every readable or unreadable manifest in the store that is not another job's, newest first. */
    async *checkpointsOfJob(store, filter) {
        this.calls.push(`checkpointsOfJob ${filter.job} ${filter.runId}`);
        const objects = (await store.objects())
            .filter((o) => o.name.endsWith(ports_store/* MANIFEST_SUFFIX */.OK))
            .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
        for (const o of objects) {
            const id = o.name.slice(0, -ports_store/* MANIFEST_SUFFIX */.OK.length);
            let manifest;
            try {
                manifest = await store.getManifest(id);
            }
            catch (error) {
                yield { id, error: error.message };
                continue;
            }
            if (manifest.job !== filter.job || manifest.runId !== filter.runId)
                continue;
            const digest = (0,external_node_crypto_.createHash)('sha256').update((0,core/* encodeManifest */.Gb)(manifest).stored).digest('hex');
            const untrusted = filter.trusted && (0,trust/* untrustedBecause */.XI)(filter.trusted, id, digest);
            yield untrusted ? { id, error: untrusted } : { id, manifest };
        }
    }
    async lookup(store, manifest) {
        this.calls.push(`lookup ${manifest.id}`);
        const present = new Set((await store.objects()).map((o) => o.name));
        for (const id of (0,core/* archivesNeeded */.jq)(manifest)) {
            // an unreadable checkpoint is named in the next line as the problem
            const of = id === manifest.id ? manifest : await store.getManifest(id).catch(() => undefined);
            if (!of)
                return { usable: false, problem: `checkpoint '${id}' that it needs is unreadable` };
            if (!present.has(of.archive.file))
                return {
                    usable: false,
                    problem: `archive ${of.archive.file} that it needs is missing from the store`,
                };
        }
        return { usable: true };
    }
}

// EXTERNAL MODULE: ./src/checkpoint/stage.ts
var stage = __webpack_require__(59056);
// EXTERNAL MODULE: ./src/checkpoint/load.ts
var load = __webpack_require__(79716);
;// CONCATENATED MODULE: ./src/checkpoint/index.ts
/**
 * The checkpoint engine's door: the rest of src/ imports the engine from here and from nowhere else, but for
 * `load` alone, which an entry point or adapter may take from load.ts (eslint.config.js `wingDoor`). Inside,
 * the wing keeps the house's floors: `core/` decides (pure), `ports/` are its interfaces with their in-memory
 * implementations, `adapters/` do the I/O.
 *
 * What it names (what the rest of src/ uses of the core and the ports, each by name: `namedDoors`) is pure
 * and costs nothing to load, so a phase may import it under its floor. The adapters (archives, transfers,
 * the artifact and cache services) load on first use through `load`, each as its own chunk of the bundle: an
 * entry point that only decides (post on a green job, a `run/` step that saves no stage) never loads
 * them; `load`'s modules carry their own types. What is pure is not free: the core's chunk is ~150 KB with
 * node:crypto, so an entry point that needs `load` alone (main, post) takes it from load.ts.
 */









/** The engine's adapters, loaded on first use (load.ts, the door that holds nothing else). */



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
