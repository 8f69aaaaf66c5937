export const id = 2148;
export const ids = [2148,3368];
export const modules = {

/***/ 87580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadPlans: () => (/* binding */ downloadPlans)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86917);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95939);
/* harmony import */ var _plan_upload_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36663);
/**
 * The recovery plan as an artifact: uploaded best-effort by post (plan-upload.ts: one raw JSON file, no
 * zip), read by the supervisor from the completed run through the REST path (`findBy`: token + run id,
 * `actions: read`) with `@actions/artifact`.
 */






/** A plan is a few KiB; anything much larger is not ours (or is hostile): skip it. */
const MAX_PLAN_BYTES = 1024 * 1024;
const UNBOUNDED = (_what, call) => call();
/** Every recovery plan the jobs of a completed run uploaded (all attempts). Never throws. */
async function downloadPlans(options) {
    const { token, runId, repo, logger } = options;
    const findBy = { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo };
    const client = options.client ?? new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.DefaultArtifactClient();
    const within = options.within ?? UNBOUNDED;
    const plans = [];
    const problems = [];
    const problem = (message) => {
        problems.push(message);
        logger?.warning(`ci-recovery: ${message}`);
    };
    let dir;
    try {
        const { artifacts } = await within(`listing the artifacts of run ${runId}`, () => client.listArtifacts({ findBy }));
        const ours = artifacts.filter((a) => (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlanArtifactName */ .g8)(a.name) !== undefined);
        if (ours.length === 0)
            return { plans, problems };
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(options.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'ci-recovery-plans-'));
        for (const artifact of ours) {
            if (artifact.size > MAX_PLAN_BYTES) {
                problem(`recovery plan '${artifact.name}' is ${artifact.size} bytes, too large to be a plan: skipped`);
                continue;
            }
            try {
                const into = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, String(artifact.id));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(into, { recursive: true });
                await within(`downloading the recovery plan '${artifact.name}'`, () => client.downloadArtifact(artifact.id, { path: into, findBy }));
                const plan = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlan */ .vS)(await readSingleFile(into));
                const named = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlanArtifactName */ .g8)(artifact.name);
                if (plan.runId !== runId || plan.attempt !== named?.attempt) {
                    problem(`recovery plan '${artifact.name}' says run ${plan.runId} attempt ${plan.attempt}: not this run's, skipped`);
                    continue;
                }
                plans.push(plan);
            }
            catch (error) {
                problem(`recovery plan '${artifact.name}' could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
            }
        }
    }
    catch (error) {
        // A refusal (it has an HTTP status) is most often the permission; a service that did not answer is not.
        const refused = error.status !== undefined;
        problem(`could not list the artifacts of run ${runId}${refused ? ' (needs `actions: read`)' : ''}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    finally {
        // best effort: the temporary directory is the OS's to clear if removing it fails
        if (dir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    plans.sort((a, b) => a.jobKey.localeCompare(b.jobKey) || a.attempt - b.attempt);
    return { plans, problems };
}


/** A raw (skipArchive) artifact downloads as one file whose name comes from the server: read whatever is there. */
async function readSingleFile(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile());
    if (files.length !== 1 || !files[0])
        throw new Error(`expected one file in the artifact, found ${files.length}`);
    const file = files[0];
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file.parentPath, file.name), 'utf8');
    if (text.length > MAX_PLAN_BYTES)
        throw new Error('plan file too large');
    return text;
}


/***/ }),

/***/ 36663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepareUpload: () => (/* binding */ prepareUpload),
/* harmony export */   uploadPlan: () => (/* binding */ uploadPlan)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_fresh_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14630);
/* harmony import */ var _core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95939);
/* harmony import */ var _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79716);
/**
 * The recovery plan's upload, apart from its download (plan-artifact.ts): post uploads it through the
 * checkpoint engine's own Results-service uploader (one raw artifact from memory, no zip, no staging file),
 * so a failed job's post loads neither `@actions/artifact` nor its Azure, archiver and protobuf code. The
 * uploader comes through the engine's loaders (checkpoint/load.ts), not its door: the door's core (~150 KB)
 * is nothing a plan needs, and a failed job's post would compile it for one error class.
 */




/** The engine's uploader, which speaks the Results service's contract as `@actions/artifact` does. */
const engineUpload = async (name, bytes, retentionDays) => {
    const { uploadArtifactStream } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_1__/* .load */ .H.artifactUpload();
    return uploadArtifactStream(name, bytes, { retentionDays });
};
/** Starts loading the uploader (post calls it while its first reads wait); never rejects. */
function prepareUpload() {
    // a head start only: uploadPlan loads it again and reports its own failure
    _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_1__/* .load */ .H.artifactUpload().catch(() => undefined);
}
/**
 * Uploads the plan as `ci-recovery-plan-<job>-a<attempt>`, read by the supervisor from the completed run
 * (plan-artifact.ts downloadPlans). Never throws (warns and reports uploaded=false).
 */
async function uploadPlan(plan, logger, options = {}) {
    const name = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_2__/* .planArtifactName */ .nU)(plan.jobKey, plan.attempt);
    const upload = options.upload ?? engineUpload;
    const bytes = Buffer.from(`${JSON.stringify(plan, null, 1)}\n`);
    try {
        // The refusal's class is the uploader module's own (the engine's store error, re-exported there).
        const { FinalizeRefusedError } = await _checkpoint_load_js__WEBPACK_IMPORTED_MODULE_1__/* .load */ .H.artifactUpload();
        // A refused finalize keeps the name reserved for the attempt: `-r<n>` is read as the same attempt's.
        return await (0,_core_fresh_names_js__WEBPACK_IMPORTED_MODULE_3__/* .underFreshNames */ .N)({
            nameOf: (fresh) => (fresh ? `${name}-r${fresh}` : name),
            save: async (named) => {
                const { id } = await upload(named, bytes, options.retentionDays ?? 14);
                return { uploaded: true, name: named, id };
            },
            refused: (error) => error instanceof FinalizeRefusedError,
            retrying: (_error, next) => logger.info(`ci-recovery: the artifact service refused to finalize the recovery plan (403); uploading it again as '${next}'.`),
        });
    }
    catch (error) {
        logger.warning(`ci-recovery: could not upload the recovery plan '${name}': ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}. The supervisor will work from the logs.`);
        return { uploaded: false, name };
    }
}


/***/ }),

/***/ 60987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpOverHttp: () => (/* binding */ httpOverHttp),
/* harmony export */   httpOverHttps: () => (/* binding */ httpOverHttps),
/* harmony export */   httpsOverHttp: () => (/* binding */ httpsOverHttp),
/* harmony export */   httpsOverHttps: () => (/* binding */ httpsOverHttps)
/* harmony export */ });
let real;
/** The real tunnel, bundled beside this file and run at its first use: a synchronous require. */
function tunnel() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundler's own require: lazy and synchronous, as the client's agent is
    real ??= __webpack_require__(20218);
    return real;
}
const httpOverHttp = (options) => tunnel().httpOverHttp(options);
const httpsOverHttp = (options) => tunnel().httpsOverHttp(options);
const httpOverHttps = (options) => tunnel().httpOverHttps(options);
const httpsOverHttps = (options) => tunnel().httpsOverHttps(options);


/***/ })

};
