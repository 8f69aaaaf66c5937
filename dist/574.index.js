export const id = 574;
export const ids = [574];
export const modules = {

/***/ 90574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTrustRecords: () => (/* binding */ readTrustRecords),
/* harmony export */   uploadTrustRecord: () => (/* binding */ uploadTrustRecord)
/* harmony export */ });
/* harmony import */ var _core_trust_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39018);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14630);
/* harmony import */ var _ports_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44076);
/* harmony import */ var _artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28080);
/* harmony import */ var _artifact_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85214);
/* harmony import */ var _artifact_download_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90338);
/**
 * The run's record of the checkpoints each job attempt saved (checkpoint/core/trust.ts), kept as raw
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
    const name = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustArtifactName */ .G0)(record.job, record.attempt) + (suffix ? `-${suffix}` : '');
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    const options = { mimeType: 'application/json', ...(retentionDays ? { retentionDays } : {}) };
    // A refused finalize keeps the name reserved for the attempt (FinalizeRefusedError): the record goes
    // under `<name>-r<n>`, which readTrustRecords reads as this attempt's too (its name starts `<name>-`).
    await (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_6__/* .underFreshNames */ .N)({
        nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
        save: (named) => (0,_artifact_upload_js__WEBPACK_IMPORTED_MODULE_2__.uploadArtifactStream)(named, bytes, options),
        refused: (error) => error instanceof _ports_store_js__WEBPACK_IMPORTED_MODULE_1__/* .FinalizeRefusedError */ .bJ,
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
        listed = await (0,_artifact_list_js__WEBPACK_IMPORTED_MODULE_3__/* .listArtifacts */ .w)(findBy);
    }
    catch (error) {
        return {
            unreadable: `the run's artifacts cannot be listed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}; needs 'actions: read')`,
        };
    }
    const wanted = new Map();
    for (let a = 1; a < place.attempt; a++)
        wanted.set((0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustArtifactName */ .G0)(place.job, a), a);
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
            for await (const chunk of (await (0,_artifact_download_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadArtifactStream */ .V)(artifact, findBy))) {
                size += chunk.length;
                if (size > MAX_RECORD_BYTES)
                    throw new Error('too large');
                chunks.push(chunk);
            }
            const record = (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTrustRecord */ .NJ)(Buffer.concat(chunks).toString('utf8'));
            // The name says whose record it is; a body that says otherwise names nothing.
            if (record.attempt === attempt && record.job === place.job && record.runId === place.runId)
                records.push(record);
        }
        catch {
            // Unreadable: its checkpoints are not named, so not resumed from.
        }
    }
    return { trusted: (0,_core_trust_js__WEBPACK_IMPORTED_MODULE_5__/* .trustedByRecords */ .Nk)(records, { ...place, beforeAttempt: place.attempt }) };
}


/***/ })

};
