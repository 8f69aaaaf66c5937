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


/***/ }),

/***/ 95939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   QU: () => (/* binding */ latestPlans),
/* harmony export */   g8: () => (/* binding */ parsePlanArtifactName),
/* harmony export */   nU: () => (/* binding */ planArtifactName),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, PLAN_ARTIFACT_PREFIX */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73054);

const PLAN_SCHEMA_VERSION = 1;
const PLAN_ARTIFACT_PREFIX = 'ci-recovery-plan-';
const MAX_STEPS = 20;
const MAX_TEXT = 500;
const MAX_STAGES = 100;
/** Build a plan, bounded in size (at most 20 steps, strings cut to 500 characters). */
function buildPlan(input, now = new Date()) {
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        ...input,
        jobKey: input.jobKey ?? input.job,
        failedSteps: input.failedSteps.slice(0, MAX_STEPS).map(boundStep),
        completedStages: input.completedStages.slice(0, MAX_STAGES).map((s) => cut(s)),
        checkpoints: input.checkpoints.slice(-MAX_STAGES),
        ...(input.laneReason !== undefined ? { laneReason: cut(input.laneReason) } : {}),
        ...(input.resumableStages
            ? { resumableStages: input.resumableStages.slice(0, MAX_STAGES).map((s) => cut(s)) }
            : {}),
        ...(input.flakyTests ? { flakyTests: input.flakyTests.slice(0, MAX_STEPS).map((s) => cut(s)) } : {}),
        createdAt: input.createdAt ?? now.toISOString(),
    };
    return plan;
}
function boundStep(step) {
    const c = step.classification;
    return {
        ...step,
        name: cut(step.name),
        ...(step.stage !== undefined ? { stage: cut(step.stage) } : {}),
        ...(c
            ? {
                classification: {
                    ...c,
                    rule: cut(c.rule),
                    ...(c.evidence ? { evidence: { line: c.evidence.line, text: cut(c.evidence.text) } } : {}),
                },
            }
            : {}),
        ...(step.decision
            ? {
                decision: {
                    strategy: step.decision.strategy,
                    rule: cut(step.decision.rule),
                    reason: cut(step.decision.reason),
                    ...(step.decision.maxAttempts !== undefined ? { maxAttempts: step.decision.maxAttempts } : {}),
                    ...(step.decision.backoffSeconds !== undefined
                        ? { backoffSeconds: step.decision.backoffSeconds }
                        : {}),
                },
            }
            : {}),
    };
}
const cut = (s, max = MAX_TEXT) => (s.length > max ? s.slice(0, max) : s);
/** Artifact name of a job attempt's plan: `ci-recovery-plan-<job>-a<attempt>` (attempt-qualified: re-runs share a run). */
function planArtifactName(jobKey, attempt) {
    const safe = jobKey
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '')
        .slice(0, 100) || 'job';
    return `${PLAN_ARTIFACT_PREFIX}${safe}-a${attempt}`;
}
/**
 * Parse `ci-recovery-plan-<job>-a<attempt>` back, with or without the `-r<n>` of a fresh name (a refused
 * finalize keeps the first name reserved for the attempt); undefined for any other artifact.
 */
function parsePlanArtifactName(name) {
    const m = /^ci-recovery-plan-(.+)-a(\d+)(?:-r\d+)?$/.exec(name);
    if (!m?.[1] || !m[2])
        return undefined;
    return { jobKey: m[1], attempt: Number(m[2]) };
}
/** Validate an uploaded plan (untrusted). Throws an Error naming the first bad field. */
function parsePlan(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`recovery plan is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
        });
    }
    const v = obj(value, 'plan');
    if (v.schemaVersion !== PLAN_SCHEMA_VERSION)
        throw new Error(`recovery plan: unsupported schemaVersion ${String(v.schemaVersion)}`);
    const plan = {
        schemaVersion: PLAN_SCHEMA_VERSION,
        repo: str(v.repo, 'repo'),
        runId: int(v.runId, 'runId'),
        attempt: int(v.attempt, 'attempt'),
        job: str(v.job, 'job'),
        jobKey: str(v.jobKey ?? v.job, 'jobKey'),
        conclusion: oneOf(v.conclusion, ['success', 'failure', 'cancelled'], 'conclusion'),
        failedSteps: arr(v.failedSteps, 'failedSteps')
            .slice(0, MAX_STEPS)
            .map((s, i) => parseStep(s, `failedSteps[${i}]`)),
        completedStages: arr(v.completedStages, 'completedStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `completedStages[${i}]`)),
        checkpoints: arr(v.checkpoints, 'checkpoints')
            .slice(-MAX_STAGES)
            .map((c, i) => {
            const o = obj(c, `checkpoints[${i}]`);
            return {
                id: str(o.id, `checkpoints[${i}].id`),
                stage: str(o.stage, `checkpoints[${i}].stage`),
                ...(o.attempt !== undefined ? { attempt: int(o.attempt, `checkpoints[${i}].attempt`) } : {}),
            };
        }),
        createdAt: str(v.createdAt, 'createdAt'),
    };
    if (v.jobId !== undefined)
        plan.jobId = int(v.jobId, 'jobId');
    if (v.lane !== undefined)
        plan.lane = oneOf(v.lane, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .LANES */ .Ci, 'lane');
    if (v.laneReason !== undefined)
        plan.laneReason = str(v.laneReason, 'laneReason');
    if (v.prNumber !== undefined)
        plan.prNumber = int(v.prNumber, 'prNumber');
    if (v.headSha !== undefined) {
        plan.headSha = str(v.headSha, 'headSha');
        if (!/^[0-9a-f]{7,64}$/i.test(plan.headSha))
            throw new Error('recovery plan: headSha is not a commit id');
    }
    if (v.branch !== undefined)
        plan.branch = str(v.branch, 'branch');
    if (v.flaky !== undefined) {
        if (typeof v.flaky !== 'boolean')
            throw new Error('recovery plan: flaky is not true or false');
        plan.flaky = v.flaky;
    }
    if (v.stageDurations !== undefined) {
        const d = obj(v.stageDurations, 'stageDurations');
        plan.stageDurations = Object.fromEntries(Object.entries(d)
            .slice(0, MAX_STAGES)
            .map(([k, ms]) => [cut(k), nonNegative(ms, `stageDurations.${k}`)]));
    }
    if (v.resumableStages !== undefined)
        plan.resumableStages = arr(v.resumableStages, 'resumableStages')
            .slice(0, MAX_STAGES)
            .map((s, i) => str(s, `resumableStages[${i}]`));
    if (v.jobMs !== undefined)
        plan.jobMs = nonNegative(v.jobMs, 'jobMs');
    if (v.flakyTests !== undefined)
        plan.flakyTests = arr(v.flakyTests, 'flakyTests')
            .slice(0, MAX_STEPS)
            .map((s, i) => str(s, `flakyTests[${i}]`));
    return plan;
}
function parseStep(value, where) {
    const o = obj(value, where);
    const step = {
        name: str(o.name, `${where}.name`),
        source: oneOf(o.source, ['record', 'jobs-api'], `${where}.source`),
    };
    if (o.stage !== undefined)
        step.stage = str(o.stage, `${where}.stage`);
    if (o.conclusion !== undefined) {
        step.conclusion = oneOf(o.conclusion, ['success', 'failure', 'cancelled', 'skipped', 'unknown'], `${where}.conclusion`);
    }
    if (o.exitCode !== undefined)
        step.exitCode = int(o.exitCode, `${where}.exitCode`, -2_147_483_648);
    if (o.signal !== undefined)
        step.signal = str(o.signal, `${where}.signal`, 20);
    if (o.attempts !== undefined)
        step.attempts = int(o.attempts, `${where}.attempts`);
    if (o.classification !== undefined) {
        const c = obj(o.classification, `${where}.classification`);
        step.classification = {
            type: oneOf(c.type, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FAILURE_TYPES */ .fs, `${where}.classification.type`),
            confidence: oneOf(c.confidence, ['high', 'medium', 'low'], `${where}.classification.confidence`),
            retryable: c.retryable === true,
            rule: str(c.rule, `${where}.classification.rule`),
        };
        if (c.evidence !== undefined) {
            const e = obj(c.evidence, `${where}.classification.evidence`);
            step.classification.evidence = {
                line: int(e.line, `${where}.classification.evidence.line`),
                text: str(e.text, `${where}.classification.evidence.text`),
            };
        }
    }
    if (o.decision !== undefined) {
        const d = obj(o.decision, `${where}.decision`);
        step.decision = {
            strategy: oneOf(d.strategy, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL, `${where}.decision.strategy`),
            rule: str(d.rule, `${where}.decision.rule`),
            reason: str(d.reason, `${where}.decision.reason`),
        };
        if (d.maxAttempts !== undefined)
            step.decision.maxAttempts = int(d.maxAttempts, `${where}.decision.maxAttempts`);
        if (d.backoffSeconds !== undefined)
            step.decision.backoffSeconds = nonNegative(d.backoffSeconds, `${where}.decision.backoffSeconds`);
    }
    return step;
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be an object`);
    return v;
}
function arr(v, where) {
    if (!Array.isArray(v))
        throw new Error(`recovery plan: ${where} must be a list`);
    return v;
}
function str(v, where, max = MAX_TEXT) {
    if (typeof v !== 'string')
        throw new Error(`recovery plan: ${where} must be a string`);
    return cut(v, max);
}
function int(v, where, min = 0) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min)
        throw new Error(`recovery plan: ${where} must be a whole number`);
    return v;
}
function nonNegative(v, where) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new Error(`recovery plan: ${where} must be a number >= 0`);
    return v;
}
function oneOf(v, allowed, where) {
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new Error(`recovery plan: ${where} must be one of ${allowed.join(', ')}`);
    }
    return v;
}
/** The newest attempt's plan per job key. */
function latestPlans(plans) {
    const byJob = new Map();
    for (const p of plans) {
        const seen = byJob.get(p.jobKey);
        if (!seen || p.attempt > seen.attempt)
            byJob.set(p.jobKey, p);
    }
    return [...byJob.values()];
}


/***/ })

};
