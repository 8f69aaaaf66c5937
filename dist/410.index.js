export const id = 410;
export const ids = [410];
export const modules = {

/***/ 60410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(93038);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(45955);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(44448);
// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(52317);
// EXTERNAL MODULE: ./src/core/classify/index.ts + 7 modules
var classify = __webpack_require__(4010);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(99857);
;// CONCATENATED MODULE: ./src/core/failed-steps.ts
/**
 * Own records first (they hold the exit code, output and verdict); then every step the jobs API reports as
 * failed that no record explains (plain `run:` steps, other actions). A record explains an API step when
 * the API's step name is the record's step name or mentions its stage, or when the record's run lies
 * within the step's start and end (the API names a `uses:` step "Run owner/repo/run@v1", not by stage).
 */
function failedSteps(records, apiSteps) {
    const failed = records
        .filter((r) => r.outcome === 'failure')
        .map((record) => ({
        name: record.step,
        ...(record.stage ? { stage: record.stage } : {}),
        source: 'record',
        record,
    }));
    const explains = (api, record) => api.name === record.step ||
        (record.stage !== undefined && record.stage !== '' && api.name.includes(record.stage)) ||
        within(record, api);
    for (const step of apiSteps ?? []) {
        if (step.conclusion !== 'failure')
            continue;
        const match = failed.find((f) => f.record && !f.outcome && explains(step, f.record));
        if (match)
            match.outcome = step;
        else
            failed.push({ name: step.name, source: 'jobs-api', outcome: step });
    }
    return failed;
}
/** The API reports whole seconds; a record's times are exact, so allow a second either side. */
function within(record, api) {
    const start = Date.parse(api.startedAt ?? '');
    const end = Date.parse(api.completedAt ?? '');
    const recordStart = Date.parse(record.startedAt);
    const recordEnd = Date.parse(record.completedAt);
    if ([start, end, recordStart, recordEnd].some(Number.isNaN))
        return false;
    return recordStart >= start - 1000 && recordEnd <= end + 1000;
}

// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(56752);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(83579);
// EXTERNAL MODULE: ./src/core/report/model.ts
var model = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/core/report/summary.ts + 1 modules
var summary = __webpack_require__(14756);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(87523);
;// CONCATENATED MODULE: ./src/core/report/annotations.ts
/** Annotations on the evidence: one per failure, for `core.error/warning/notice` (post writes them). */

/** GitHub shows at most 10 annotations of a level per step. */
const MAX_ANNOTATIONS = 10;
/**
 * A failure a person must act on (manual, rollback, or no decision) is an error; one ci-recovery handles
 * (retry, resume) a warning; a skipped one a notice. Messages are plain text (annotations render none).
 */
function annotationsFor(report) {
    return report.failures.slice(0, MAX_ANNOTATIONS).map((f) => ({
        level: level(f),
        title: (0,markdown/* oneLine */.TN)(`ci-recovery: ${f.classification?.type ?? 'unclassified'} failure in ${f.step}`, 200),
        message: message(f, report.flaky === true),
    }));
}
function level(f) {
    const strategy = f.decision?.strategy;
    if (strategy === 'retry' || strategy === 'resume')
        return 'warning';
    if (strategy === 'skip')
        return 'notice';
    return 'error';
}
function message(f, flaky) {
    const parts = [];
    const e = f.classification?.evidence;
    parts.push(e ? `Evidence (line ${e.line}): ${(0,markdown/* oneLine */.TN)(e.text, 400)}` : 'No decisive line found.');
    if (f.classification)
        parts.push(`Type ${f.classification.type}, ${f.classification.confidence} confidence (rule ${f.classification.rule}).`);
    if (f.decision)
        parts.push(`Decision: ${f.decision.strategy} (rule ${f.decision.rule}): ${(0,markdown/* oneLine */.TN)(f.decision.reason, 300)}.`);
    if (flaky)
        parts.push('Flaky: the same commit passed after this failure before.');
    return parts.join('\n');
}

// EXTERNAL MODULE: ./src/core/report/comment.ts
var comment = __webpack_require__(95681);
;// CONCATENATED MODULE: ./src/core/report/index.ts
/** Report rendering: job summary, post-mortem, annotations, sticky comment. Pure. */







;// CONCATENATED MODULE: ./src/core/assess.ts






/**
 * Pure: classifies and decides every failed step (a `run/` step already did both; a step only the API
 * knows is classified from its conclusion alone, since job logs are unreadable while the job runs), then
 * builds the report, the recovery plan for the supervisor, and the ledger entry.
 */
function assessJob(facts) {
    const { start, context, lane, config } = facts;
    const kind = (0,core_event/* branchKind */.l)(context);
    const failures = failedSteps(facts.records, facts.apiSteps).map((f) => {
        const last = f.record?.attempts.at(-1);
        const classification = f.record?.classification ??
            (0,classify.classify)({
                step: f.name,
                ...(f.stage ? { stage: f.stage } : {}),
                conclusion: f.outcome?.conclusion ?? 'failure',
                ...(last?.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
                ...(last?.signal ? { signal: last.signal } : {}),
            });
        const decision = f.record?.decision ??
            (0,policy/* decide */.LD)({
                type: classification.type,
                confidence: classification.confidence,
                retryable: classification.retryable,
                lane: lane.lane,
                branchKind: kind,
                attempt: start.attempt,
            }, config);
        return {
            // A record's stage says more than the API's "Run owner/repo/run@v1".
            step: f.record ? f.name : (f.outcome?.name ?? f.name),
            ...(f.stage ? { stage: f.stage } : {}),
            source: f.source,
            conclusion: f.outcome?.conclusion ?? 'failure',
            ...(last?.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
            ...(last?.signal ? { signal: last.signal } : {}),
            ...(f.record ? { attempts: f.record.attempts.length } : {}),
            classification,
            decision,
            ...(facts.jobUrl ? { url: facts.jobUrl } : {}),
        };
    });
    const cancelled = (facts.apiSteps ?? []).some((s) => s.conclusion === 'cancelled');
    const conclusion = failures.length > 0 ? 'failure' : cancelled ? 'cancelled' : 'success';
    const decisive = failures[0];
    const signature = decisive?.classification
        ? (0,core_ledger/* failureSignature */.vH)(decisive.classification.type, decisive.classification.evidence?.text)
        : undefined;
    const flaky = signature !== undefined &&
        facts.ledger !== undefined &&
        (0,core_ledger/* isFlaky */.s8)(facts.ledger, signature, context.sha, start.job);
    const lastGood = facts.ledger ? (0,core_ledger/* lastGoodSha */.SR)(facts.ledger, start.job) : undefined;
    const runId = Number(start.runId) || undefined;
    // Matrix legs share GITHUB_JOB; the jobs API's name ("test (ubuntu, 20)") tells them apart.
    const jobKey = facts.jobName ?? start.legName ?? start.job;
    const report = {
        job: facts.jobName ?? start.legName ?? start.job,
        jobKey,
        repo: facts.repo,
        ...(runId ? { runId } : {}),
        attempt: start.attempt,
        ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
        ...(facts.jobUrl ? { jobUrl: facts.jobUrl } : {}),
        ...(context.sha ? { sha: context.sha } : {}),
        ...(context.branch ? { branch: context.branch } : {}),
        ...(context.pr ? { prNumber: context.pr.number } : {}),
        lane,
        startedAt: start.startedAt,
        finishedAt: facts.now.toISOString(),
        conclusion,
        stages: (0,model/* stagesFromRecords */.cP)(facts.records, facts.completedStages),
        failures,
        ...(failures.length > 0 ? { decision: (0,model/* strongestDecision */.uc)(failures) } : {}),
        warnings: [...facts.warnings],
        ...(flaky ? { flaky } : {}),
        ...(lastGood ? { lastGoodSha: lastGood } : {}),
    };
    const plan = {
        repo: facts.repo,
        runId: runId ?? 0,
        attempt: start.attempt,
        job: start.job,
        jobKey,
        ...(start.jobId && Number(start.jobId) ? { jobId: Number(start.jobId) } : {}),
        lane: lane.lane,
        laneReason: lane.reason,
        conclusion,
        failedSteps: failures.map((f) => ({
            name: f.step,
            ...(f.stage ? { stage: f.stage } : {}),
            source: f.source,
            ...(f.conclusion ? { conclusion: f.conclusion } : {}),
            ...(f.exitCode !== undefined ? { exitCode: f.exitCode } : {}),
            ...(f.signal ? { signal: f.signal } : {}),
            ...(f.attempts !== undefined ? { attempts: f.attempts } : {}),
            ...(f.classification ? { classification: f.classification } : {}),
            ...(f.decision ? { decision: f.decision } : {}),
        })),
        completedStages: completedStagesOf(facts.records, facts.completedStages),
        checkpoints: facts.records
            .filter((r) => r.checkpointId)
            .map((r) => ({ id: r.checkpointId, stage: r.stage ?? r.step, attempt: start.attempt })),
        stageDurations: Object.fromEntries(report.stages
            .filter((s) => s.outcome === 'success' && s.durationMs !== undefined)
            .map((s) => [s.name, s.durationMs])),
        ...(context.pr ? { prNumber: context.pr.number } : {}),
        ...(context.pr?.headSha || context.sha ? { headSha: context.pr?.headSha ?? context.sha } : {}),
        ...(context.branch ? { branch: context.branch } : {}),
    };
    const ledgerEntry = {
        runId: runId ?? 0,
        attempt: start.attempt,
        sha: context.sha,
        job: start.job,
        outcome: conclusion,
        at: facts.now.toISOString(),
        ...(decisive?.classification ? { failureType: decisive.classification.type } : {}),
        ...(signature ? { signature } : {}),
    };
    return { report, plan, ledgerEntry };
}
/** Stages done by the end of this attempt: those resumed from earlier attempts plus those that passed now. */
function completedStagesOf(records, resumed) {
    const done = new Set(resumed);
    for (const r of records)
        if (r.kind === 'run' && r.outcome === 'success' && r.stage)
            done.add(r.stage);
    return [...done];
}

// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(67090);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(13247);
// EXTERNAL MODULE: ./src/adapters/jobs-api.ts
var jobs_api = __webpack_require__(14509);
// EXTERNAL MODULE: ./src/adapters/records.ts + 1 modules
var adapters_records = __webpack_require__(19858);
;// CONCATENATED MODULE: ./src/adapters/finish-job.ts








/**
 * Post's work. Every part is best-effort and isolated: a failing API, artifact or cache call becomes a
 * warning in the log and in the summary, never a failed job.
 */
async function finishJob(opts) {
    const { start, config, logger, env } = opts;
    const warnings = [];
    const context = await (0,adapters_event/* readRunContext */.$)(env);
    const repoName = env.GITHUB_REPOSITORY ?? '';
    const records = await (0,adapters_records/* readRecords */.T3)((0,adapters_records/* recordsDir */.Ap)(env));
    let octokit;
    try {
        octokit = opts.token ? (0,github/* getOctokit */.QB)(opts.token) : undefined;
    }
    catch (error) {
        warnings.push((0,errors/* errorMessage */.gJ)(error));
    }
    let apiSteps;
    let jobName;
    let jobUrl;
    const jobId = Number(start.jobId);
    if (!octokit) {
        warnings.push("no GitHub token, so the jobs API was not read: pass 'github-token' with 'actions: read'; reporting from ci-recovery's own records");
    }
    else if (!Number.isInteger(jobId) || jobId <= 0) {
        warnings.push("the job id is unknown (input 'job-id', default job.check_run_id), so the jobs API was not read; reporting from ci-recovery's own records");
    }
    else {
        const steps = await (0,jobs_api/* readJobSteps */.X)(octokit, (0,github/* repoFromEnv */.K)(env), jobId);
        if (steps.ok)
            ({ steps: apiSteps, jobName, htmlUrl: jobUrl } = steps);
        else
            warnings.push(steps.reason);
    }
    const ledgerLocation = {
        branch: context.branch ?? context.ref,
        runId: start.runId,
        attempt: start.attempt,
        job: start.job,
    };
    const ledgerStore = config.ledger.enabled ? await Promise.all(/* import() */[__webpack_require__.e(710), __webpack_require__.e(304), __webpack_require__.e(999), __webpack_require__.e(326), __webpack_require__.e(531), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 42065)) : undefined;
    const ledger = ledgerStore ? (await ledgerStore.restoreLedger(ledgerLocation, logger)).ledger : undefined;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const assessment = assessJob({
        start,
        repo: repoName,
        context,
        lane: opts.lane,
        config,
        records,
        ...(apiSteps ? { apiSteps } : {}),
        ...(jobName ? { jobName } : {}),
        ...(jobUrl ? { jobUrl } : {}),
        ...(repoName && start.runId
            ? { runUrl: `${server}/${repoName}/actions/runs/${start.runId}/attempts/${start.attempt}` }
            : {}),
        completedStages: opts.completedStages,
        ...(ledger ? { ledger } : {}),
        warnings,
        now: opts.now ?? new Date(),
    });
    const { report } = assessment;
    for (const warning of warnings)
        logger.warning(`ci-recovery: ${warning}`);
    for (const a of annotationsFor(report))
        logger[a.level](a.message, { title: a.title });
    // The sticky comment goes before the summary so the summary can say where it is, or why there is none.
    if (context.pr && opts.comment) {
        if (context.pr.fromFork || !octokit) {
            report.warnings.push('this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment');
        }
        else {
            const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 62691));
            const result = await upsertStickyComment(octokit, (0,github/* repoFromEnv */.K)(env), context.pr.number, report.jobKey ?? start.job, {
                body: (0,comment/* renderCommentSection */.f5)(report),
                ...(report.runId ? { runId: report.runId } : {}),
                attempt: report.attempt,
            }, logger);
            if (result.status === 'degraded') {
                report.warnings.push(`the token may not comment on PRs (${result.reason ?? 'read-only'}): grant 'pull-requests: write', or let the supervisor workflow comment`);
            }
            else if (result.url) {
                report.links = { ...report.links, 'PR comment': result.url };
            }
        }
    }
    // For a manual decision the summary carries the prefilled post-mortem.
    await opts.sink.summary((0,summary/* renderSummary */.B)(report));
    // The supervisor reads plans only of failed runs; a green job leaves no artifact behind.
    if (report.conclusion !== 'success') {
        const { uploadPlan } = await Promise.all(/* import() */[__webpack_require__.e(710), __webpack_require__.e(304), __webpack_require__.e(387), __webpack_require__.e(999), __webpack_require__.e(326), __webpack_require__.e(331), __webpack_require__.e(86)]).then(__webpack_require__.bind(__webpack_require__, 74086));
        const { buildPlan } = await __webpack_require__.e(/* import() */ 889).then(__webpack_require__.bind(__webpack_require__, 78889));
        await uploadPlan(buildPlan(assessment.plan), logger);
    }
    if (ledgerStore && ledger)
        await ledgerStore.saveLedger((0,core_ledger/* recordOutcome */.Up)(ledger, assessment.ledgerEntry), { ...ledgerLocation, job: report.jobKey ?? start.job }, logger);
    return assessment;
}

// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(54653);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var logger = __webpack_require__(37200);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(95909);
;// CONCATENATED MODULE: ./src/actions/post.ts









function laneFromState(env) {
    try {
        const saved = JSON.parse(runner/* runner */.lj.getState(state_keys/* STATE_LANE */.Xh));
        if (types/* LANES */.Ci.includes(saved.lane ?? ''))
            return { lane: saved.lane, reason: saved.reason ?? '' };
    }
    catch {
        // main did not run (or failed before deciding): fall through.
    }
    const lane = env.CI_RECOVERY_LANE ?? '';
    return types/* LANES */.Ci.includes(lane)
        ? { lane: lane, reason: 'from the job environment' }
        : { lane: 'STANDARD', reason: 'main did not decide a lane, so the change is taken as unknown' };
}
/**
 * Runs last, always: classifies and decides every failure of the job and reports it. It never fails the
 * user's job: any error becomes a warning.
 */
async function run() {
    try {
        const env = process.env;
        const start = (0,job_start/* parseJobStart */.Xf)(runner/* runner */.lj.getState(state_keys/* STATE_JOB_START */.DF)) ??
            (0,job_start/* jobStartFromEnv */.tN)(env, inputs/* input */.h.string('job-id'), new Date(), (0,inputs/* legInputs */.c)());
        const settings = JSON.parse(runner/* runner */.lj.getState(state_keys/* STATE_SETTINGS */.cy) || '{}');
        const assessment = await finishJob({
            start,
            config: await (0,config_file/* effectiveConfig */.k)(env),
            lane: laneFromState(env),
            completedStages: (0,state_keys/* parseStages */.lj)(env[state_keys/* COMPLETED_STAGES_ENV */.Q3]),
            comment: settings.comment ?? true,
            token: inputs/* input */.h.string('github-token'),
            env,
            logger: logger/* runnerLogger */.hB,
            sink: {
                summary: (markdown) => {
                    runner/* runner */.lj.appendSummary(markdown);
                    return Promise.resolve();
                },
            },
        });
        const { report } = assessment;
        runner/* runner */.lj.info(`ci-recovery: ${report.failures.length} failed step(s)` +
            (report.decision ? `; decision ${report.decision.strategy} (${report.decision.rule})` : ''));
    }
    catch (error) {
        runner/* runner */.lj.warning(`ci-recovery post: ${(0,errors/* errorMessage */.gJ)(error)} (reporting is best-effort; the job's result is unchanged)`);
    }
}


/***/ }),

/***/ 67090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99857);


/** Reads GITHUB_EVENT_PATH; a missing or unreadable event gives a context from the environment alone. */
async function readRunContext(env = process.env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    return (0,_core_event_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .p)(env, event);
}


/***/ }),

/***/ 99857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ branchKind),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** Pure: builds the context from env values and the parsed event JSON (which may be anything). */
function runContext(env, event) {
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const ref = env.GITHUB_REF ?? '';
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref,
        sha: env.GITHUB_SHA ?? '',
        ...(payload.repository?.default_branch ? { defaultBranch: payload.repository.default_branch } : {}),
        ...(ref.startsWith('refs/heads/') ? { branch: ref.slice('refs/heads/'.length) } : {}),
        // A new branch's push has an all-zero 'before': no usable base.
        ...(payload.before && !/^0+$/.test(payload.before) ? { before: payload.before } : {}),
    };
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number') {
        const baseRepo = pr.base?.repo?.full_name ?? payload.repository?.full_name;
        const headRepo = pr.head?.repo?.full_name;
        context.pr = {
            number: pr.number,
            baseRef: pr.base?.ref ?? '',
            ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
            ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
            labels: (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== ''),
            fromFork: headRepo === undefined || headRepo !== baseRepo,
        };
        if (env.GITHUB_HEAD_REF)
            context.branch = env.GITHUB_HEAD_REF;
    }
    return context;
}
function branchKind(context) {
    if (context.pr)
        return 'pr';
    if (context.branch && context.defaultBranch && context.branch === context.defaultBranch)
        return 'default';
    return 'other';
}


/***/ }),

/***/ 45955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   Xf: () => (/* binding */ parseJobStart),
/* harmony export */   tN: () => (/* binding */ jobStartFromEnv)
/* harmony export */ });
/**
 * Every leg of a matrix shares GITHUB_JOB, and `job.check_run_id` changes with each attempt, so neither
 * can find a leg's own checkpoints of an earlier attempt. `strategy.job-index` is stable across attempts
 * and differs per leg. Job keys cannot hold a '.', so `build.leg1` never meets another job's key.
 */
function jobIdentity(jobKey, leg) {
    const matrix = parseMatrix(leg?.matrix);
    const index = leg?.jobIndex?.trim() ?? '';
    if (!matrix || !/^\d+$/.test(index))
        return { identity: jobKey };
    const values = Object.values(matrix).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return { identity: `${jobKey}.leg${index}`, legName: `${jobKey} (${values.join(', ')})` };
}
function parseMatrix(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            Object.keys(value).length > 0
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function jobStartFromEnv(env, jobId, now, leg) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const job = env.GITHUB_JOB ?? '';
    const { identity, legName } = jobIdentity(job, leg);
    return {
        startedAt: now.toISOString(),
        runId: env.GITHUB_RUN_ID ?? '',
        attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        job,
        identity,
        ...(legName ? { legName } : {}),
        ...(jobId ? { jobId } : {}),
    };
}
/** Parses pre's state; undefined when pre did not run (e.g. a local action, where pre is skipped). */
function parseJobStart(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text);
        if (typeof value.startedAt !== 'string' || typeof value.attempt !== 'number')
            return undefined;
        return {
            startedAt: value.startedAt,
            runId: value.runId ?? '',
            attempt: value.attempt,
            job: value.job ?? '',
            identity: value.identity ?? value.job ?? '',
            ...(value.legName ? { legName: value.legName } : {}),
            ...(value.jobId ? { jobId: value.jobId } : {}),
        };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
