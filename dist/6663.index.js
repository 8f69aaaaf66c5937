export const id = 6663;
export const ids = [6663];
export const modules = {

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


/***/ })

};
