export const id = 6524;
export const ids = [6524];
export const modules = {

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ checkpointRunner),
/* harmony export */   Rb: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rb),
/* harmony export */   Rl: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.Rl),
/* harmony export */   lX: () => (/* binding */ checkpointStage),
/* harmony export */   nH: () => (/* binding */ openJobStore),
/* harmony export */   xi: () => (/* reexport safe */ _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_4__.xi)
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
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18881);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _keyed_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91921);
/**
 * Whether a checkpoint can be restored, answered from the store's listing and manifests alone, without
 * downloading an archive: what a lookup-only restore (like actions/cache's `lookup-only`) reports.
 */



/**
 * Every archive the checkpoint's chain needs has a readable manifest and is present in the store, and
 * every keyed entry it takes files from is still kept, as it was when the checkpoint was saved.
 */
async function lookupCheckpoint(store, manifest, keyedStore = manifest.keyed?.length ? (0,_keyed_store_js__WEBPACK_IMPORTED_MODULE_1__.keyedStoreFor)(store) : undefined) {
    const present = new Set((await store.objects()).map((o) => o.name));
    for (const id of (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .storedArchivesNeeded */ .m0)(manifest)) {
        let of;
        try {
            of = id === manifest.id ? manifest : await store.getManifest(id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `checkpoint '${id}' that it needs is unreadable: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!present.has(of.archive.file))
            return { usable: false, problem: `archive ${of.archive.file} that it needs is missing from the store` };
    }
    return lookupKeyedEntries(manifest, keyedStore);
}
/**
 * Each keyed entry still has the manifest this checkpoint read when it took files from it. (An entry the
 * cache evicted, or one published again since, would fail the restore: a lookup says so first, so that a
 * stage is not planned to skip on the word of files that cannot come back.)
 */
async function lookupKeyedEntries(manifest, keyedStore) {
    for (const ref of manifest.keyed ?? []) {
        if (!keyedStore)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is in the cache service, which this job cannot reach`,
            };
        let found;
        try {
            found = await keyedStore.findManifest(ref.key, ref.id);
        }
        catch (error) {
            return {
                usable: false,
                problem: `keyed entry ${ref.key} could not be looked up: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`,
            };
        }
        if (!found)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} is no longer in ${keyedStore.spec}${keyedStore.spec === 'cache' ? ` (${_keyed_store_js__WEBPACK_IMPORTED_MODULE_1__/* .KEYED_ENTRY_GONE */ ._A})` : ''}`,
            };
        if ((0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .keyedManifestDigest */ .Gc)(found) !== ref.manifestSha256)
            return {
                usable: false,
                problem: `keyed entry ${ref.key} in ${keyedStore.spec} is not the one the checkpoint took files from`,
            };
    }
    return { usable: true };
}


/***/ }),

/***/ 84236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ restoreRoots),
/* harmony export */   aA: () => (/* binding */ rootsInPlace),
/* harmony export */   tC: () => (/* binding */ saveRoots)
/* harmony export */ });
/* unused harmony exports ROOT_JOB_SUFFIX, rootDirectory */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74296);
/* harmony import */ var _core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37485);
/* harmony import */ var _make_dirs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56849);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42873);
/* harmony import */ var _local_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69760);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48512);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22558);
/**
 * Saving and restoring the roots outside the workspace (core/checkpoint/outside.ts): each root is a full
 * checkpoint of its own directory, taken and restored with the same engine as the workspace's, into the
 * one directory its name resolves to in this job. A root reached through a symbolic link is refused (a
 * link could send the restore anywhere), and so is one that would hold the workspace or the runner's
 * temp directory. Best-effort: a root that cannot be saved or restored is a warning, and the stages that
 * filled it run again.
 */









/** The suffix of a root's checkpoint job: a resume of the job never takes a root for the workspace. */
const ROOT_JOB_SUFFIX = '+root';
/**
 * The directory of `root`, checked: its base is set, it does not overlap `keepOut`, and no component from
 * the base down is a symbolic link (`exists` false when the directory is not there yet).
 */
async function rootDirectory(root, place) {
    const { dir, base } = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRoot */ .H6)(root, place.bases);
    if (!dir || !base)
        throw new Error(`${root.path}: its base directory is not set in this job`);
    const overlap = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootOverlaps */ .t4)(dir, place.keepOut);
    if (overlap)
        throw new Error(`${root.path} (${dir}) overlaps ${overlap}: not a cache directory`);
    let at = base;
    const steps = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, dir)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .filter((s) => s !== '');
    for (const [i, part] of ['', ...steps].entries()) {
        at = part ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(at, part) : at;
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch(() => undefined);
        if (!st)
            return { dir, exists: false };
        if (i > 0 && st.isSymbolicLink())
            throw new Error(`${root.path}: ${at} is a symbolic link; a root is never reached through one`);
        if (!st.isDirectory() && !(i === 0 && st.isSymbolicLink()))
            throw new Error(`${root.path}: ${at} is not a directory`);
    }
    return { dir, exists: true };
}
/** Saves each root as its own full checkpoint; returns the records of those saved (the others warned). */
async function saveRoots(opts) {
    const saved = [];
    for (const [i, root] of opts.roots.entries()) {
        const id = `${opts.id}-root${i + 1}`;
        try {
            const { dir, exists } = await rootDirectory(root, opts.place);
            if (!exists) {
                opts.logger.warning(`ci-recovery: ${root.path} (${dir}) does not exist: not checkpointed, so stage(s) ${root.stages.join(', ')} run again on resume.`);
                continue;
            }
            await (0,_save_js__WEBPACK_IMPORTED_MODULE_6__/* .saveCheckpoint */ .s)({
                store: opts.store,
                workspace: dir,
                paths: ['.'],
                id,
                meta: {
                    ...opts.meta,
                    job: `${opts.meta.job}${ROOT_JOB_SUFFIX}`,
                    stage: root.name,
                    completedStages: [],
                },
                // A cache keeps its .git directories (cargo's registry index is one).
                exclude: [],
                full: true,
                ...(opts.level ? { level: opts.level } : {}),
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
                logger: opts.logger,
            });
            saved.push({ name: root.name, path: root.path, checkpoint: id, stages: root.stages });
            opts.logger.info(`ci-recovery: ${root.path} checkpointed as ${id}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not checkpointed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}): stage(s) ${root.stages.join(', ')} run again on resume.`);
        }
    }
    return saved;
}
/** Restores each root of `manifest` to its place; returns the names of those restored. */
async function restoreRoots(opts) {
    const restored = [];
    for (const root of opts.manifest.roots ?? []) {
        try {
            const { dir } = await rootDirectory(root, opts.place);
            const m = await opts.store.getManifest(root.checkpoint);
            if (m.job !== `${opts.manifest.job}${ROOT_JOB_SUFFIX}` ||
                m.runId !== opts.manifest.runId ||
                m.stage !== root.name)
                throw new Error(`checkpoint ${root.checkpoint} is not this job's copy of ${root.path}`);
            await (0,_make_dirs_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirs */ .X)(dir);
            // Created now: checked again, so nothing raced a link into the path meanwhile.
            await rootDirectory(root, opts.place);
            await (0,_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCheckpoint */ .vQ)({
                store: opts.store,
                checkpoint: m,
                dest: dir,
                logger: opts.logger,
                ...(opts.manifestCache ? { manifestCache: opts.manifestCache } : {}),
            });
            restored.push(root.name);
            opts.logger.info(`ci-recovery: restored ${root.path} (${dir}) from ${root.checkpoint}`);
        }
        catch (error) {
            opts.logger.warning(`ci-recovery: ${root.path} not restored (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}): stage(s) ${root.stages.join(', ')} run again.`);
        }
    }
    return restored;
}
/**
 * The roots of `manifest` whose files are in place now (each restored root's local manifest, kept by its
 * restore, against the disk). A root not restored, or emptied since, is missing.
 */
async function rootsInPlace(manifest, place, manifestCache) {
    const there = new Set();
    for (const root of manifest.roots ?? []) {
        try {
            const { dir, exists } = await rootDirectory(root, place);
            if (!exists || !manifestCache)
                continue;
            const m = await (0,_local_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .readCachedManifest */ .Wd)(manifestCache, root.checkpoint, dir);
            if (m && m.entries.every((e) => (0,_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .entryOf */ .Ms)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.path), e.path)?.type === e.type))
                there.add(root.name);
        }
        catch {
            // Unsafe or unreadable: not in place.
        }
    }
    return there;
}


/***/ }),

/***/ 66366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ uploadTrustRecord),
/* harmony export */   readTrustRecords: () => (/* binding */ readTrustRecords)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4212);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74296);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14630);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93433);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83552);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33454);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2674);
/**
 * The run's record of the checkpoints each job attempt saved (core/checkpoint/trust.ts), kept as raw
 * artifacts: each save uploads one for its checkpoint, a re-run's main reads those of the earlier attempts through
 * the REST `findBy` path (a token with `actions: read`), which sees every attempt of the run. Only the
 * run's own jobs can upload an artifact of the run, so a record cannot be planted from a shared store.
 */







/** A record names at most 1,000 checkpoints: a few dozen KiB. Anything larger is not ours. */
const MAX_RECORD_BYTES = 256 * 1024;
/**
 * Uploads a record of this job attempt, named after it (`suffix`: one record per checkpoint, uploaded as
 * the checkpoint is saved, so a job whose runner is lost before post still leaves its record); rejects when
 * the artifact service refuses it.
 */
async function uploadTrustRecord(record, retentionDays, suffix) {
    const name = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustArtifactName */ .G0)(record.job, record.attempt) + (suffix ? `-${suffix}` : '');
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    const options = { mimeType: 'application/json', ...(retentionDays ? { retentionDays } : {}) };
    // A refused finalize keeps the name reserved for the attempt (FinalizeRefusedError): the record goes
    // under `<name>-r<n>`, which readTrustRecords reads as this attempt's too (its name starts `<name>-`).
    await (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_5__/* .underFreshNames */ .N)({
        nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
        save: (named) => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadArtifactStream */ .Oh)(named, bytes, options),
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_0__/* .FinalizeRefusedError */ .bJ,
    });
}
/**
 * The checkpoints the earlier attempts of this job recorded, or why they cannot be known. A record that
 * cannot be read names nothing (its checkpoints are not resumed from); never throws.
 */
async function readTrustRecords(place) {
    if (!place.token || !place.runId || !place.owner || !place.repo)
        return { unreadable: "there is no token to read the run's artifacts with (the 'github-token' input)" };
    const findBy = {
        token: place.token,
        workflowRunId: Number(place.runId),
        repositoryOwner: place.owner,
        repositoryName: place.repo,
    };
    let listed;
    try {
        listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_2__/* .listArtifacts */ .w)(findBy);
    }
    catch (error) {
        return {
            unreadable: `the run's artifacts cannot be listed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}; needs 'actions: read')`,
        };
    }
    const wanted = new Map();
    for (let a = 1; a < place.attempt; a++)
        wanted.set((0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustArtifactName */ .G0)(place.job, a), a);
    // `<name>` or `<name>-<checkpoint id>` (`-a1-x` is never `-a10`'s); another job's record whose name happens
    // to start so says another job in its body, and names nothing here.
    const attemptOf = (name) => {
        for (const [base, attempt] of wanted)
            if (name === base || name.startsWith(`${base}-`))
                return attempt;
        return undefined;
    };
    const records = [];
    for (const artifact of listed) {
        const attempt = attemptOf(artifact.name);
        if (attempt === undefined || artifact.size > MAX_RECORD_BYTES)
            continue;
        try {
            const chunks = [];
            let size = 0;
            for await (const chunk of (await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_3__/* .downloadArtifactStream */ .V)(artifact, findBy))) {
                size += chunk.length;
                if (size > MAX_RECORD_BYTES)
                    throw new Error('too large');
                chunks.push(chunk);
            }
            const record = (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTrustRecord */ .NJ)(Buffer.concat(chunks).toString('utf8'));
            // The name says whose record it is; a body that says otherwise names nothing.
            if (record.attempt === attempt && record.job === place.job && record.runId === place.runId)
                records.push(record);
        }
        catch {
            // Unreadable: its checkpoints are not named, so not resumed from.
        }
    }
    return { trusted: (0,_core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedByRecords */ .Nk)(records, { ...place, beforeAttempt: place.attempt }) };
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
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42873);
/* harmony import */ var _outside_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84236);
/* harmony import */ var _save_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48512);
/* harmony import */ var _artifact_protocol_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76482);
/* harmony import */ var _trust_records_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(66366);
/* harmony import */ var _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4212);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72020);
/** The workspace port of the checkpoint phases (src/ports/workspace.ts), over the real scan, save and restore. */












/** Next free sequence number in this job: one more than the manifests this job has saved or restored. */
async function nextSeq(cacheDir) {
    if (!cacheDir)
        return Date.now() % 1000;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(cacheDir).catch(() => []);
    return names.filter((n) => n.endsWith('.manifest.json')).length + 1;
}
/**
 * A job's save, then its record for a resume: in a store others can write (`dir:`, the cache), a re-run
 * resumes only from a checkpoint an artifact of the run names (core/checkpoint/trust.ts), so each saved
 * checkpoint is named at once, not by post, which never runs when the runner is lost. The `artifact` store
 * needs none: only the run's own jobs can write the run's artifacts. Off a runner there is nothing to write.
 */
const saveAndRecord = async (opts) => {
    const result = await (0,_save_js__WEBPACK_IMPORTED_MODULE_6__/* .saveCheckpoint */ .s)(opts);
    if (result.reused || opts.store.spec === 'artifact' || !(0,_artifact_protocol_js__WEBPACK_IMPORTED_MODULE_7__/* .artifactServiceAvailable */ .Z2)())
        return result;
    const { manifest: m } = result;
    const record = {
        format: _core_checkpoint_trust_js__WEBPACK_IMPORTED_MODULE_10__/* .TRUST_FORMAT */ .Jg,
        runId: m.runId,
        job: m.job,
        attempt: m.attempt,
        checkpoints: [{ id: m.id, manifestSha256: result.manifestSha256 }],
    };
    await (0,_trust_records_js__WEBPACK_IMPORTED_MODULE_8__/* .uploadTrustRecord */ .R)(record, undefined, m.id).catch((error) => opts.logger?.warning(`ci-recovery: could not record checkpoint ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)(m.id)} among the run's artifacts (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_9__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(error))}): a re-run will not resume from it.`));
    return result;
};
const realWorkspace = {
    resolvePaths: _path_globs_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCheckpointPaths */ .N,
    nextSeq,
    save: saveAndRecord,
    saveRoots: _outside_js__WEBPACK_IMPORTED_MODULE_5__/* .saveRoots */ .tC,
    restore: _restore_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreCheckpoint */ .vQ,
    checkpointsOfJob: _manage_js__WEBPACK_IMPORTED_MODULE_2__/* .checkpointsOfJob */ .Ky,
    lookup: _lookup_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupCheckpoint */ .p,
};


/***/ }),

/***/ 14630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ underFreshNames),
/* harmony export */   Y: () => (/* binding */ FRESH_NAMES)
/* harmony export */ });
/**
 * Saving under fresh names when the store refuses to finalize an object: the artifact service wrote its
 * bytes, answered 403 at FinalizeArtifact (which its client never retries) and keeps the name reserved for
 * the job attempt, so only another name can succeed. One loop for every object saved that way: a
 * checkpoint, a checkpoint's trust record, the recovery plan.
 */
/** How many fresh names an object whose finalize was refused tries. */
const FRESH_NAMES = 2;
/** Runs `save` under `nameOf(0)`, and after a refused finalize under `nameOf(1)`, `nameOf(2)`. */
async function underFreshNames(o) {
    for (let fresh = 0;; fresh++) {
        try {
            return await o.save(o.nameOf(fresh));
        }
        catch (error) {
            if (!o.refused(error))
                throw error;
            const why = o.stop?.(fresh) ??
                (fresh === FRESH_NAMES ? `${FRESH_NAMES} fresh names were refused too` : undefined);
            if (why !== undefined)
                throw o.giveUp ? o.giveUp(error, why) : error;
            o.retrying?.(error, o.nameOf(fresh + 1), fresh + 1);
        }
    }
}


/***/ }),

/***/ 78696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ checkpointPhase),
/* harmony export */   a: () => (/* binding */ saveStageCheckpoint)
/* harmony export */ });
/* harmony import */ var _core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18881);
/* harmony import */ var _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97390);
/* harmony import */ var _core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37485);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72020);
/* harmony import */ var _core_state_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80095);
/* harmony import */ var _ports_records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31062);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93433);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14630);









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
        const settings = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointSettings */ .cw)(given, await ports.config());
        const ctx = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .jobContext */ .Rl)(env);
        const store = await ports.openStore(settings.store, ctx, given.token, settings.retentionDays);
        const saved = await saveStageCheckpoint({ ...settings, store, ctx }, ports);
        result = { outcome: 'success', outputs: (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointOutputs */ .hR)(saved), failed: false };
        digest = saved.manifestSha256;
    }
    catch (error) {
        const noFiles = error instanceof _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM;
        const verdict = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .checkpointFailure */ .Tm)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen), (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error), noFiles, seen.ifNoFilesFound ?? 'warn', seen.failOnError === true);
        ports.runner.log[verdict.level](verdict.message);
        result.failed = verdict.fail;
    }
    for (const [k, v] of Object.entries(result.outputs))
        ports.runner.setOutput(k, v);
    // The input's own text when it broke the rules: recorded only inert (post prints records).
    const stage = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)((0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .stageName */ .CT)(seen));
    const id = result.outputs['checkpoint-id'];
    await (0,_ports_records_js__WEBPACK_IMPORTED_MODULE_6__/* .writeRecordBestEffort */ .T)(ports.records, {
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
async function saveStageCheckpoint(opts, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    const includeHidden = opts.includeHidden === true;
    const resolved = ports.workspace.resolvePaths(ctx.workspace, opts.paths, { includeHidden });
    if (resolved.roots.length === 0)
        throw new _core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .NoFilesFoundError */ .bM(`No files match the checkpoint paths ${opts.paths.map((p) => `'${p}'`).join(', ')} in ${ctx.workspace}.`);
    if (resolved.unmatched.length) {
        const said = `Checkpoint paths that match nothing: ${resolved.unmatched.join(', ')}.`;
        // A stage's checkpoint names the outputs of every stage; the later ones' are not there yet.
        if (opts.unmatched === 'note')
            log.info(said);
        else
            log.warning(said);
    }
    const seq = opts.name === undefined ? await ports.workspace.nextSeq(ctx.manifestCache) : 0;
    const nameOf = (fresh) => opts.name ??
        (0,_core_checkpoint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkpointId */ .g)({ runId: ctx.runId, job: ctx.job }, opts.stage, ctx.attempt, seq + FRESH_SEQ_STEP * fresh);
    const id = nameOf(0);
    const exclude = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .excludeFor */ .UP)(opts.exclude, resolved.exclude);
    const parent = (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .parentCheckpoint */ .VP)(ctx, opts.store.spec);
    const reuse = opts.reuseResumed && parent ? (0,_core_checkpoint_step_js__WEBPACK_IMPORTED_MODULE_1__/* .resumedCandidate */ .n_)(ctx) : undefined;
    const roots = await saveOutsideRoots(opts, id, ports);
    let handedBack = false;
    const onRead = opts.onRead && (() => ((handedBack = true), opts.onRead?.()));
    const result = await saveUnderFreshNames(nameOf, () => handedBack, opts.name !== undefined, log, (id) => ports.workspace.save({
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
            ...(ctx.stageDurations ? { stageDurations: ctx.stageDurations } : {}),
            ...(roots.length > 0 ? { roots } : {}),
        },
        ...(parent ? { parent } : {}),
        full: opts.full === true,
        ...(exclude ? { exclude } : {}),
        includeHidden,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
        ...(reuse ? { reuse } : {}),
        ...(opts.keyed?.length ? { keyed: opts.keyed } : {}),
        ...(onRead ? { onPacked: onRead } : {}),
        logger: log,
    }));
    if (result.reused) {
        log.info(`ci-recovery: checkpoint ${result.manifest.id}, restored by this attempt's resume, already holds the state before stage '${opts.stage}': not saved again.`);
        return result; // still the job's last checkpoint
    }
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .LAST_CHECKPOINT_ENV */ .wp, result.manifest.id);
    ports.runner.exportVariable(_core_state_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .LAST_CHECKPOINT_STORE_ENV */ .mp, opts.store.spec);
    return result;
}
/** How far apart the sequences of a checkpoint's fresh names are (core/fresh-names.ts). */
const FRESH_SEQ_STEP = 1000;
/**
 * Saves under `nameOf(0)`; when the store refuses to finalize an object (FinalizeRefusedError: that name
 * stays reserved for the attempt), saves again under `nameOf(1)`, `nameOf(2)`: ids of the same form, so
 * resume, restore and list find them as any other of the job's (checkpointsOfJob). Not when the user named
 * the checkpoint (a restore asks for that name), nor once the workspace was handed back to the stage
 * (`handedBack`: packing it again would save another state).
 */
function saveUnderFreshNames(nameOf, handedBack, named, log, save) {
    return (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_8__/* .underFreshNames */ .N)({
        nameOf,
        save,
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ,
        stop: () => named
            ? "the 'name' input chose it (leave 'name' out to let a refusal be retried under a fresh name)"
            : handedBack()
                ? 'the stage already runs in the workspace the checkpoint read'
                : undefined,
        giveUp: (error, why) => {
            const refused = error;
            return new _ports_store_js__WEBPACK_IMPORTED_MODULE_4__/* .FinalizeRefusedError */ .bJ(refused.object, `${refused.message}; not saved again: ${why}`);
        },
        retrying: (error, next, fresh) => log.warning(`ci-recovery: the artifact service refused to finalize '${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inert */ .tJ)(error.object)}' (a 403 its client never retries; the name stays reserved in this attempt): saving the checkpoint again as ${next} (${fresh} of ${_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_8__/* .FRESH_NAMES */ .Y}).`),
    });
}
/**
 * The paths outside the workspace the completed stages filled (their `cache-paths`), each saved as its own
 * checkpoint before the workspace's, whose manifest then records them. Never fails the checkpoint.
 */
async function saveOutsideRoots(opts, id, ports) {
    const { ctx } = opts;
    const log = ports.runner.log;
    if (!ctx.cachePaths || !ports.workspace.saveRoots)
        return [];
    const bases = ctx.bases ?? {};
    const { roots, refused } = (0,_core_checkpoint_outside_js__WEBPACK_IMPORTED_MODULE_2__/* .rootsToSave */ .Gr)(ctx.cachePaths, ctx.completedStages, bases);
    for (const why of refused)
        log.warning(`ci-recovery: not checkpointed: ${why}`);
    if (roots.length === 0)
        return [];
    return ports.workspace.saveRoots({
        store: opts.store,
        id,
        meta: { job: ctx.job, runId: ctx.runId, attempt: ctx.attempt },
        roots,
        place: { bases, keepOut: [ctx.workspace, ...(ctx.manifestCache ? [ctx.manifestCache] : [])] },
        logger: log,
        ...(opts.level ? { level: opts.level } : {}),
        ...(ctx.manifestCache ? { manifestCache: ctx.manifestCache } : {}),
    });
}


/***/ })

};
