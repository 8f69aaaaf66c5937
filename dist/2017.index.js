export const id = 2017;
export const ids = [2017];
export const modules = {

/***/ 12017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/deadline.ts
var adapters_deadline = __webpack_require__(85094);
// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/adapters/stage-ledger.ts
var stage_ledger = __webpack_require__(22062);
// EXTERNAL MODULE: ./src/adapters/job-ports.ts
var job_ports = __webpack_require__(66702);
// EXTERNAL MODULE: ./src/core/job-env.ts
var job_env = __webpack_require__(30538);
// EXTERNAL MODULE: ./src/core/test-history.ts
var test_history = __webpack_require__(71018);
// EXTERNAL MODULE: ./src/checkpoint/load.ts
var load = __webpack_require__(79716);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/adapters/job-store-port.ts
/**
 * Post's store: the ledger and the flaky-test history in the cache service, the plan and the deletions in
 * artifacts, each call bounded by post's deadline. Apart from job-ports.ts so main, which keeps nothing,
 * never loads the ledger's and the history's modules (and node:crypto with them).
 */






const modeOf = (env) => env.cacheMode !== undefined ? { cacheMode: env.cacheMode } : {};
const room = (env) => ({
    runnerTemp: env.runnerTemp,
    ...modeOf(env),
});
function jobStorePort(env, logger, deadline) {
    const bounded = (what, work, fallback) => deadline ? deadline.run(what, adapters_deadline.POST_LIMITS.storeMs, work, (0,job_ports/* warnAnd */.S7)(logger, fallback)) : work();
    // Set once a restore could not read the branch's ledger (failed, timed out, given up): from then on this
    // store saves none, since what it would save was built on an empty stand-in and would become the newest.
    let unread;
    const readOrNot = (restored) => {
        if (restored.unread === undefined)
            return restored.ledger;
        unread ??= restored.unread;
        return undefined;
    };
    const gaveUp = () => {
        unread ??= 'its restore was given up at the time limit';
        logger.warning("ci-recovery: the ledger was not restored in time: this job does not save the ledger, so that the branch's history is not overwritten.");
        return undefined;
    };
    return {
        restoreLedger: (place, options) => bounded('restoring the ledger', async () => {
            const { ledgerDirIn, restoreLedger, restoreLedgerForGreenPass } = await __webpack_require__.e(/* import() */ 8919).then(__webpack_require__.bind(__webpack_require__, 58919));
            // The job's cache mode rides along: with `none` or `write-only` the runner forbids reads, so none is sent.
            const location = { ...place, ...modeOf(env), dir: ledgerDirIn(env.runnerTemp) };
            if (!options?.greenPass)
                return readOrNot(await restoreLedger(location, logger));
            const found = await restoreLedgerForGreenPass(location, logger, options.greenPass);
            if (!('leftUnread' in found))
                return readOrNot(found);
            const read = () => bounded('restoring the ledger', async () => readOrNot(await found.read()), gaveUp);
            return { leftUnread: true, read };
        }, gaveUp),
        saveLedger: (ledger, place) => bounded('saving the ledger', async () => {
            if (unread !== undefined) {
                // A cache mode that may not read was said in one line at the restore ("saving none"): not a warning.
                if ((0,job_env/* cacheReadable */.zP)(env.cacheMode))
                    logger.warning(`ci-recovery: the ledger was not saved: the branch's ledger could not be read (${(0,core_text/* inert */.tJ)(unread)}), and one saved now would replace it.`);
                return;
            }
            const { ledgerDirIn, saveLedger } = await __webpack_require__.e(/* import() */ 8919).then(__webpack_require__.bind(__webpack_require__, 58919));
            await saveLedger(ledger, {
                ...place,
                dir: ledgerDirIn(env.runnerTemp),
                ...modeOf(env),
            }, logger);
        }, () => undefined),
        loadTestHistory: (place) => bounded('restoring the flaky-test history', async () => {
            const { loadTestHistory } = await __webpack_require__.e(/* import() */ 4427).then(__webpack_require__.bind(__webpack_require__, 54427));
            return loadTestHistory(place, room(env), logger);
        }, () => (0,test_history.emptyTestHistory)(place.branch)),
        saveTestHistory: (history, place) => bounded('saving the flaky-test history', async () => {
            const { saveTestHistory } = await __webpack_require__.e(/* import() */ 4427).then(__webpack_require__.bind(__webpack_require__, 54427));
            await saveTestHistory(history, place, room(env), logger);
        }, () => undefined),
        dropCheckpoints: (ids, place) => bounded("deleting the green attempt's checkpoints", async () => {
            const { dropRunCheckpoints } = await load/* load */.H.artifactCleanup();
            return dropRunCheckpoints(ids, place);
        }, () => ({ deleted: 0, bytes: 0, kept: ids.length, error: 'given up at the time limit' })),
        preparePlan: () => {
            // a head start only: uploadPlan imports it again and reports its own failure
            __webpack_require__.e(/* import() */ 6663).then(__webpack_require__.bind(__webpack_require__, 36663)).then((m) => m.prepareUpload(), () => undefined);
        },
        uploadPlan: (plan) => bounded('uploading the recovery plan', async () => {
            const { uploadPlan } = await __webpack_require__.e(/* import() */ 6663).then(__webpack_require__.bind(__webpack_require__, 36663));
            await uploadPlan(plan, logger);
        }, () => undefined),
    };
}

// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var logger = __webpack_require__(42927);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/core/event.ts
var core_event = __webpack_require__(67667);
// EXTERNAL MODULE: ./src/core/skip.ts
var skip = __webpack_require__(75772);
;// CONCATENATED MODULE: ./src/core/failed-steps.ts

/**
 * Own records first (they hold the exit code, output and verdict; a checkpoint or restore that only warned,
 * or a failure the policy skipped, is not a failure of the job); then every step the jobs API reports as
 * failed that no record explains (plain `run:` steps, other actions). A record explains an API step when
 * the API's step name is the record's step name or mentions its stage, or when the record's run lies
 * within the step's start and end (the API names a `uses:` step "Run owner/repo/run@v1", not by stage).
 */
function failedSteps(records, apiSteps) {
    const failed = records
        .filter((r) => r.outcome === 'failure' && r.stepFailed !== false && !(0,skip/* isSkippedFailure */.F9)(r))
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

// EXTERNAL MODULE: ./src/core/job-start.ts
var job_start = __webpack_require__(62201);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(32558);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/core/test-history-read.ts
var test_history_read = __webpack_require__(42363);
// EXTERNAL MODULE: ./src/core/report/index.ts + 3 modules
var core_report = __webpack_require__(84712);
;// CONCATENATED MODULE: ./src/core/assess.ts








// The report's model alone: its renderers (summary, comment section) load where a report is rendered.

/** Whether some failed step has no classification of its own (a `run/` step brings one). */
function needsClassifier(records, apiSteps) {
    return failedSteps(records, apiSteps).some((f) => !f.record?.classification);
}
function classifierOf(facts) {
    if (!facts.classify)
        throw new Error('assessJob: a failed step needs facts.classify (see needsClassifier).');
    return facts.classify;
}
/**
 * Pure: classifies and decides every failed step (a `run/` step already did both; a step only the API
 * knows is classified from its conclusion alone, since job logs are unreadable while the job runs), then
 * builds the report, the recovery plan for the supervisor, and the ledger entry.
 */
function assessJob(facts) {
    const failures = failureViews(facts);
    const cancelled = (facts.apiSteps ?? []).some((s) => s.conclusion === 'cancelled');
    const conclusion = failures.length > 0 ? 'failure' : cancelled ? 'cancelled' : 'success';
    const decisive = failures[0];
    const signature = decisive?.classification
        ? (0,core_ledger/* failureSignature */.vH)(decisive.classification.type, decisive.classification.evidence?.text)
        : undefined;
    const report = jobReport(facts, failures, conclusion, signature);
    return {
        report,
        plan: planInput(facts, report),
        ledgerEntry: {
            runId: report.runId ?? 0,
            attempt: facts.start.attempt,
            sha: facts.context.sha,
            job: facts.start.job,
            outcome: conclusion,
            at: facts.now.toISOString(),
            ...(decisive?.classification ? { failureType: decisive.classification.type } : {}),
            ...(signature ? { signature } : {}),
        },
    };
}
/** Every failed step, classified and decided (a `run/` step's own classification and decision are kept). */
function failureViews(facts) {
    return failedSteps(facts.records, facts.apiSteps).map((f) => failureView(facts, f));
}
/** The failures the policy let pass (`strategy: skip`): the job went on, and the report shows them. */
function skippedViews(facts) {
    return facts.records.filter(skip/* isSkippedFailure */.F9).map((record) => failureView(facts, {
        name: record.step,
        ...(record.stage ? { stage: record.stage } : {}),
        source: 'record',
        record,
    }));
}
function failureView(facts, f) {
    const { start, lane, config } = facts;
    const kind = (0,core_event/* branchKind */.lD)(facts.context);
    const last = f.record?.attempts.at(-1);
    const conclusion = f.outcome?.conclusion ?? 'failure';
    const exit = {
        ...(last?.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
        ...(last?.signal ? { signal: last.signal } : {}),
    };
    const classification = f.record?.classification ??
        classifierOf(facts)({
            step: f.name,
            ...(f.stage ? { stage: f.stage } : {}),
            conclusion,
            ...exit,
            // No log here (a job's log is unreadable while it runs), so they match only once one is given.
            teamRules: config.classify.rules,
        });
    // Every failed test known flaky: the job-level decision is the history's, not the step's own.
    const flakyTests = knownFlakyTests(facts, f.record);
    const decision = (flakyTests ? undefined : f.record?.decision) ??
        (0,policy/* decide */.LD)({
            type: classification.type,
            confidence: classification.confidence,
            retryable: classification.retryable,
            lane: lane.lane,
            branchKind: kind,
            attempt: start.attempt,
            ...(flakyTests ? { flaky: true, flakyTests } : {}),
        }, config);
    return {
        // A record's stage says more than the API's "Run owner/repo/run@v1".
        step: f.record ? f.name : (f.outcome?.name ?? f.name),
        ...(f.stage ? { stage: f.stage } : {}),
        source: f.source,
        conclusion,
        ...exit,
        ...(f.record ? { attempts: f.record.attempts.length } : {}),
        classification,
        decision,
        ...(flakyTests ? { flakyTests } : {}),
        ...(facts.jobUrl ? { url: facts.jobUrl } : {}),
    };
}
/**
 * The keys of a failed step's tests when it failed on flaky tests only: each passed on a re-run in this run
 * (tests.fail-on-passed-after-retry kept the step red), or the history knows every failed one flaky; else
 * undefined. Such a failure is never reverted for (supervise/core/supervise.ts).
 */
function knownFlakyTests(facts, record) {
    if (!record?.tests)
        return undefined;
    const outcomes = (0,test_history_read/* testOutcomesOf */.Tr)(record.tests);
    return ((0,test_history.onlyFlakyThisRun)(outcomes) ??
        (facts.testHistory ? (0,test_history.onlyKnownFlaky)(outcomes, (0,test_history.testHistoryView)(facts.testHistory)) : undefined));
}
function jobReport(facts, failures, conclusion, signature) {
    const { start, context } = facts;
    const flaky = (signature !== undefined &&
        facts.ledger !== undefined &&
        (0,core_ledger/* isFlaky */.s8)(facts.ledger, signature, context.sha, start.job)) ||
        (failures.length > 0 && failures.every((f) => f.flakyTests));
    const lastGood = facts.ledger ? (0,core_ledger/* lastGoodSha */.SR)(facts.ledger, start.job) : undefined;
    const skipped = skippedViews(facts);
    const tests = (0,core_report/* testViews */.VM)(facts.records, facts.testHistory);
    const runId = Number(start.runId) || undefined;
    // Matrix legs share GITHUB_JOB; the jobs API's name ("test (ubuntu, 20)") tells them apart.
    const jobKey = facts.jobName ?? start.legName ?? start.job;
    return {
        job: jobKey,
        jobKey,
        repo: facts.repo,
        ...(runId ? { runId } : {}),
        attempt: start.attempt,
        ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
        ...(facts.jobUrl ? { jobUrl: facts.jobUrl } : {}),
        ...(context.sha ? { sha: context.sha } : {}),
        ...(context.branch ? { branch: context.branch } : {}),
        ...(context.pr ? { prNumber: context.pr.number } : {}),
        lane: facts.lane,
        ...startOf((0,job_start/* reportStart */.NU)(start.startedAt, facts.jobStartedAt)),
        finishedAt: facts.now.toISOString(),
        conclusion,
        stages: (0,core_report/* stagesFromRecords */.cP)(facts.records, facts.completedStages, facts.stageDurations),
        failures,
        ...(skipped.length > 0 ? { skipped } : {}),
        ...(tests.tests.length > 0 ? { tests } : {}),
        ...(failures.length > 0 ? { decision: (0,core_report/* strongestDecision */.uc)(failures) } : {}),
        warnings: [...facts.warnings, ...softFailures(facts.records)],
        ...(flaky ? { flaky } : {}),
        ...(lastGood ? { lastGoodSha: lastGood } : {}),
        ...(facts.resumedCheckpoint ? { resumedCheckpoint: facts.resumedCheckpoint } : {}),
    };
}
/** Our own steps that did not do their work but let the job go on: said, never counted as its failure. */
function softFailures(records) {
    return records
        .filter((r) => r.outcome === 'failure' && r.stepFailed === false)
        .map((r) => `${r.step} did not complete (a warning of ci-recovery's own step, not a failure of the job)`);
}
/** The recovery plan the supervisor reads, from the report. */
function planInput(facts, report) {
    const { start, context, lane } = facts;
    return {
        repo: facts.repo,
        runId: report.runId ?? 0,
        attempt: start.attempt,
        job: start.job,
        jobKey: report.jobKey ?? start.job,
        ...(start.jobId && Number(start.jobId) ? { jobId: Number(start.jobId) } : {}),
        lane: lane.lane,
        laneReason: lane.reason,
        conclusion: report.conclusion,
        failedSteps: report.failures.map((f) => ({
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
        ...(report.flaky ? { flaky: true } : {}),
        ...flakyTestsOf(report),
        checkpoints: facts.records
            .filter((r) => r.checkpointId)
            .map((r) => ({ id: r.checkpointId, stage: r.stage ?? r.step, attempt: start.attempt })),
        ...resumeFacts(report),
        ...(context.pr ? { prNumber: context.pr.number } : {}),
        ...(context.pr?.headSha || context.sha ? { headSha: context.pr?.headSha ?? context.sha } : {}),
        ...(context.branch ? { branch: context.branch } : {}),
    };
}
/**
 * What a re-run could skip, for the supervisor: each done stage's duration (this attempt's, or the earlier
 * one's for a stage it resumed), the stages a checkpoint covers (those resumed, and those that passed before
 * this attempt's newest checkpoint was taken), and the job's whole work (wall time plus resumed stages).
 */
function resumeFacts(report) {
    const at = (iso) => Date.parse(iso ?? '');
    const done = report.stages.filter((s) => s.kind === 'run' && (s.resumed || s.outcome === 'success'));
    const durations = {};
    for (const s of done) {
        // The passing attempt is the work a re-run would do again.
        const ms = s.resumed ? s.previousDurationMs : (s.attempts.at(-1)?.durationMs ?? s.durationMs);
        if (ms !== undefined)
            durations[s.name] = ms;
    }
    const newest = report.stages.filter((s) => s.checkpointId).at(-1);
    const cutoff = newest ? at(newest.startedAt) : NaN;
    const resumable = done
        .filter((s) => s.resumed || at(s.startedAt) + (s.durationMs ?? Infinity) <= cutoff)
        .map((s) => s.name);
    // Counted from ci-recovery's step, the wall time is not the job's: the plan says nothing rather than less.
    const wall = report.startedFrom === 'step' ? NaN : at(report.finishedAt) - at(report.startedAt);
    const resumedMs = done.reduce((sum, s) => sum + (s.resumed ? (s.previousDurationMs ?? 0) : 0), 0);
    return {
        stageDurations: durations,
        ...(resumable.length > 0 ? { resumableStages: [...new Set(resumable)] } : {}),
        ...(Number.isFinite(wall) && wall >= 0 ? { jobMs: wall + resumedMs } : {}),
    };
}
/** The report's start, and that it is ci-recovery's step's when the job's own is unknown. */
function startOf(start) {
    return { startedAt: start.startedAt, ...(start.fromStep ? { startedFrom: 'step' } : {}) };
}
/** Stages done by the end of this attempt: those resumed from earlier attempts plus those that passed now. */
function completedStagesOf(records, resumed) {
    const done = new Set(resumed);
    for (const r of records)
        if (r.kind === 'run' && r.outcome === 'success' && r.stage)
            done.add(r.stage);
    return [...done];
}
/** The failed tests of a job whose only failures are known-flaky tests; nothing otherwise. */
function flakyTestsOf(report) {
    const { failures } = report;
    if (failures.length === 0 || !failures.every((f) => f.flakyTests))
        return {};
    return { flakyTests: [...new Set(failures.flatMap((f) => f.flakyTests ?? []))] };
}

// EXTERNAL MODULE: ./src/core/api-refusal.ts
var api_refusal = __webpack_require__(48022);
// EXTERNAL MODULE: ./src/core/prepare.ts
var prepare = __webpack_require__(99652);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
// EXTERNAL MODULE: ./src/core/test-identity.ts
var test_identity = __webpack_require__(36630);
;// CONCATENATED MODULE: ./src/core/finish.ts






/** The lane main saved in state; else the one the job's environment carries; else STANDARD, said why. */
function laneFromState(state, envLane) {
    try {
        const saved = JSON.parse(state);
        if (types/* LANES */.Ci.includes(saved.lane ?? ''))
            return { lane: saved.lane, reason: saved.reason ?? '' };
    }
    catch {
        // main did not run (or failed before deciding): fall through.
    }
    return envLane
        ? { lane: envLane, reason: 'from the job environment' }
        : { lane: 'STANDARD', reason: 'main did not decide a lane, so the change is taken as unknown' };
}
const QUIET = { comment: 'on-failure', summary: 'on-failure' };
/** Main's `comment` and `summary` settings from state; quiet on green when main did not run. */
function reportSettings(settingsState) {
    try {
        const kept = JSON.parse(settingsState || '{}');
        const read = (v, fallback) => v === true
            ? 'always'
            : v === false
                ? 'never'
                : prepare/* REPORT_WHEN */.C8.includes(v)
                    ? v
                    : fallback;
        return { comment: read(kept.comment, QUIET.comment), summary: read(kept.summary, QUIET.summary) };
    }
    catch {
        // a setting that cannot be read leaves the reporting quiet, never fails the job
        return QUIET;
    }
}
/**
 * Something a person may want to hear of: a failure, a cancel, a failure a policy skipped, or a recovery
 * (a retry that passed, a resume, a flaky or quarantined test).
 */
function worthReporting(report) {
    return (report.conclusion !== 'success' ||
        report.failures.length > 0 ||
        (report.skipped?.length ?? 0) > 0 ||
        // A test that failed, was retried alone and passed, or was quarantined: a recovery to hear of.
        (report.tests?.tests.length ?? 0) > 0 ||
        report.stages.some((s) => s.attempts.length > 1 || s.resumed === true));
}
/**
 * The job summary post writes: the full report, one line (green, nothing recovered, and nothing that
 * limits what the report knows), or none. A warning (no token, no jobs API) keeps the full summary: a
 * failure the report cannot see must not pass as a quiet green.
 */
function summaryMode(when, eventful, warnings = 0) {
    if (when === 'never')
        return 'none';
    return when === 'always' || eventful || warnings > 0 ? 'full' : 'line';
}
/** The jobs API is read when there is a client and a job id; else why not (a warning for the report). */
function jobsApiAccess(hasClient, jobIdText, 
/** Why the job was not found among its run attempt's jobs either (phases/post.ts jobIdOfRunner). */
notFoundBecause) {
    const jobId = Number(jobIdText);
    if (!hasClient)
        return {
            read: false,
            warning: "no GitHub token, so the jobs API was not read: pass 'github-token' with 'actions: read'; reporting from ci-recovery's own records",
        };
    if (!Number.isInteger(jobId) || jobId <= 0)
        return {
            read: false,
            warning: `the job id is unknown (input 'job-id', default job.check_run_id, which GitHub Enterprise Server does not offer)${notFoundBecause ? ` and the job was not found among its run attempt's jobs: ${notFoundBecause}` : ''}, so the jobs API was not read; reporting from ci-recovery's own records`,
        };
    return { read: true, jobId };
}
/** The run attempt's page, when the repository and run are known. */
function runUrl(serverUrl, repo, start) {
    return repo && start.runId
        ? `${serverUrl}/${repo}/actions/runs/${start.runId}/attempts/${start.attempt}`
        : undefined;
}
/**
 * The sticky comment: none off a pull request or when switched off; on-failure, a green job with nothing
 * recovered only turns its earlier section (if any) to fixed; the supervisor's for a fork (or without a
 * token), whose token cannot comment; else this job writes it.
 */
function commentAction(context, when, hasClient, eventful) {
    if (!context.pr || when === 'never')
        return { action: 'none' };
    const fixed = when === 'on-failure' && !eventful;
    // A green fork PR: nothing for the supervisor to say, and the job's token could not update it.
    if (fixed && (context.pr.fromFork || !hasClient))
        return { action: 'none' };
    if (context.pr.fromFork || !hasClient)
        return {
            action: 'supervisor',
            warning: 'this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment',
        };
    return { action: 'write', pr: context.pr.number, fixed };
}
/** What the report says of the sticky comment written: a link, or why the token could not comment. */
function noteComment(report, result) {
    if (result.status === 'degraded')
        return {
            ...report,
            warnings: [
                ...report.warnings,
                `the token may not comment on PRs (${result.reason ?? 'read-only'}): ${api_refusal/* PERMISSION_FIXES */.wW['comments:write']}, or let the supervisor workflow comment`,
            ],
        };
    if (result.url)
        return { ...report, links: { ...report.links, 'PR comment': result.url } };
    return report;
}
/** The supervisor reads plans only of failed runs; a green job leaves no artifact behind. */
function needsPlan(report) {
    return report.conclusion !== 'success';
}
/**
 * The flaky-test history with this job's outcomes (every `run/` step's `tests`), and whether they changed
 * it: a job that met no failed test and no test the history knows leaves it as it was, and saves nothing.
 */
function updatedTestHistory(history, records, where) {
    let next = history;
    for (const record of records) {
        if (record.kind !== 'run')
            continue;
        const outcomes = (0,test_history_read/* testOutcomesOf */.Tr)(record.tests);
        if (outcomes.length > 0)
            next = (0,test_history.recordTestOutcomes)(next, outcomes, where, (o) => (0,test_identity/* testKey */.S8)(o.id));
    }
    // Compared whole, before the stored form's trim: an over-cap history is trimmed once, when it is saved.
    return { history: next, changed: next !== history && JSON.stringify(next) !== JSON.stringify(history) };
}

;// CONCATENATED MODULE: ./src/core/job-of-runner.ts
/**
 * Which job of a run attempt is this one, when its id is not known: GitHub Enterprise Server has no
 * `job.check_run_id` (github/docs `content/actions/reference/workflows-and-actions/contexts.md`, the `job`
 * table: `{% ifversion fpt or ghec %}`), so the `job-id` input is empty there. The jobs API of the attempt
 * names each job's runner (`runner_name`, REST "List jobs for a workflow run attempt"), and a runner runs one
 * job at a time: the attempt's one job in progress on RUNNER_NAME is this one. Without a runner name, or
 * no such job, a job in progress named by the job's key (the API's name when the workflow gives none) is,
 * when it is the only one.
 */

/** This job among the attempt's, by its runner's name, else by its key; never a guess among several. */
function jobOfRunner(jobs, who) {
    const running = jobs.filter((j) => j.status === 'in_progress');
    if (who.runnerName) {
        const onRunner = running.filter((j) => j.runnerName === who.runnerName);
        if (onRunner.length === 1)
            return { found: true, jobId: onRunner[0].id, by: 'runner' };
        if (onRunner.length > 1)
            return {
                found: false,
                reason: `${onRunner.length} jobs of this run attempt are in progress on a runner named '${(0,core_text/* inert */.tJ)(who.runnerName)}'`,
            };
    }
    const named = who.jobKey ? running.filter((j) => j.name === who.jobKey) : [];
    if (named.length === 1)
        return { found: true, jobId: named[0].id, by: 'name' };
    const runner = who.runnerName ? `on runner '${(0,core_text/* inert */.tJ)(who.runnerName)}'` : '(RUNNER_NAME is not set)';
    return {
        found: false,
        reason: named.length > 1
            ? `${named.length} jobs named '${(0,core_text/* inert */.tJ)(who.jobKey)}' are in progress and none ${runner} is`
            : `no job of this run attempt is in progress ${runner} nor named '${(0,core_text/* inert */.tJ)(who.jobKey)}'`,
    };
}

// EXTERNAL MODULE: ./src/core/plan-artifact.ts
var plan_artifact = __webpack_require__(95939);
// EXTERNAL MODULE: ./src/core/state-keys.ts
var state_keys = __webpack_require__(80095);
;// CONCATENATED MODULE: ./src/core/step-lag.ts
/**
 * When post re-reads a lagging jobs API, in ms since post's process started. What it waits for was queued
 * before post started: the runner queues a step's end (`ExecutionContext.Complete`) before it starts the
 * next, and its one queue sends everything queued, in order, at its next turn, at most 500 ms later plus
 * the round trip of the batch in flight (`ProcessTimelinesUpdateQueueAsync`: send, then `Task.Delay`
 * 500 ms). So the first re-read comes 0.6 s after post began (one period and a round trip), not a full
 * pause after post's first read; the later ones keep the window the reads have always covered: 2 s.
 */
const SETTLE_READ_AT_MS = [600, 1300, 2000];
/** Reads of the jobs API post makes at most: the first, then one at each of SETTLE_READ_AT_MS. */
const SETTLE_READS = SETTLE_READ_AT_MS.length + 1;
/** The pause before re-read `reread` (1-based), `elapsedMs` after post began: none when it is already due. */
function settlePause(reread, elapsedMs) {
    const at = SETTLE_READ_AT_MS[Math.min(reread, SETTLE_READ_AT_MS.length) - 1] ?? 0;
    return Math.max(0, Math.ceil(at - elapsedMs));
}
/** The runner names a post step `Post <display name>` (actions/runner `ActionRunner.cs`, line 115). */
const POST_STEP = /^Post /;
/**
 * How far the API's steps lag the runner while post runs. Post steps (listed after every main step) and
 * `Complete job` are legitimately unfinished then; every step before them ended before post began.
 */
function stepLag(steps) {
    const firstAfterMain = steps.findIndex((s) => POST_STEP.test(s.name) || s.name === 'Complete job');
    const main = firstAfterMain < 0 ? steps : steps.slice(0, firstAfterMain);
    return {
        unsettled: main.filter((s) => s.conclusion === 'unknown'),
        postUnlisted: !steps.some((s) => POST_STEP.test(s.name)),
    };
}
function isLagging(lag) {
    return lag.unsettled.length > 0 || lag.postUnlisted;
}
/** The warning for a lag that outlasted the last read: what the report rests on instead. */
function lagWarning(lag) {
    const waited = `after ${SETTLE_READS} reads (${SETTLE_READ_AT_MS.at(-1) / 1000} s after post began)`;
    const { unsettled } = lag;
    if (unsettled.length === 0) {
        return `the jobs API had not listed this post step ${waited}: a step that ended just before post may be missing from this report`;
    }
    const names = unsettled.map((s) => `'${s.name}'`).join(', ');
    return (`the jobs API still showed ${names} as running ${waited}: ${unsettled.length === 1 ? 'its' : 'their'} result comes from ` +
        "ci-recovery's own records, and a plain run: step among them is not in this report");
}

;// CONCATENATED MODULE: ./src/phases/post.ts
/**
 * Post, last and always: gathers the job's facts through ports, classifies and decides every failure with
 * the pure `assessJob`, then writes the results: annotations, the sticky comment, the summary, the plan
 * artifact (failed jobs only) and the ledger. Every part is best-effort: a failing API, artifact or cache
 * call becomes a warning, never a failed job. No outputs: the runner drops outputs set in post
 * (PLATFORM.md, section 6).
 */













const realSleep = (ms) => (0,promises_.setTimeout)(ms);
async function post(settings, env, ports, now) {
    const { runner, files } = ports;
    const start = (0,job_start/* jobStartOf */.t)(runner.getState(state_keys/* STATE_JOB_START */.DF), env, settings.jobId, now);
    const [config, context, records] = await Promise.all([
        files.effectiveConfig(),
        files.runContext(),
        files.records(),
    ]);
    const warnings = [];
    const place = {
        branch: context.branch ?? context.ref,
        runId: start.runId,
        attempt: start.attempt,
        job: start.job,
    };
    // The ledger's restore (the cache client's load, its round trips) and the jobs API's read (with its
    // pauses while a step lags) wait on different services: neither needs the other, so they overlap.
    // A job the runner calls green asks first whether the ledger's key rules out its pass (core/ledger.ts
    // outcomeTeaches): then it is not downloaded. The job and commit are the ones its entry carries (assessJob).
    const greenPass = settings.jobStatus === 'success' ? { job: start.job, sha: context.sha } : undefined;
    const restoring = awaitedLater(config.ledger.enabled ? ports.store.restoreLedger(place, (0,job_env/* definedOnly */.Uv)({ greenPass })) : undefined);
    // Only for a job whose `run/` steps recorded tests (what the history is for, and what updates it): read
    // again without a round trip where a failed test's step left it in RUNNER_TEMP, else restored.
    const loadingTests = awaitedLater(config.ledger.enabled && recordsTests(records)
        ? ports.store.loadTestHistory((0,test_history.testHistoryPlace)(context, start))
        : undefined);
    const when = reportSettings(runner.getState(state_keys/* STATE_SETTINGS */.cy));
    const loadClassify = ports.loadClassifier ?? loadClassifier;
    const classifierAhead = startAhead({ context, records, when, jobStatus: settings.jobStatus }, ports);
    const api = await readApi(start, { runnerName: env.runnerName, jobKey: env.job }, ports.github, warnings, {
        sleep: ports.sleep ?? realSleep,
        sinceStart: ports.sinceStart ?? sinceThisCall(),
        // The runner's own word that no step failed: what the jobs API's lag could hide cannot be a failure.
        green: settings.jobStatus === 'success',
    });
    const found = await restoring;
    const testHistory = await loadingTests;
    // The classifier loads only for a failure to classify: a green job's post starts without it.
    const classify = needsClassifier(records, api.apiSteps)
        ? await (classifierAhead ?? loadClassify())
        : undefined;
    const assess = (ledger) => assessJob({
        start,
        repo: env.repository,
        context,
        lane: laneFromState(runner.getState(state_keys/* STATE_LANE */.Xh), env.recovery.lane),
        config,
        records,
        ...api,
        ...(0,job_env/* definedOnly */.Uv)({ runUrl: runUrl(env.serverUrl, env.repository, start), ledger, testHistory }),
        completedStages: env.recovery.completedStages,
        stageDurations: env.recovery.stageDurations,
        ...(env.recovery.resumedFrom && env.recovery.resumedCost
            ? { resumedCheckpoint: { id: env.recovery.resumedFrom, ...env.recovery.resumedCost } }
            : {}),
        warnings,
        now,
        ...(0,job_env/* definedOnly */.Uv)({ classify }),
    });
    const leftUnread = found && 'leftUnread' in found ? found : undefined;
    let ledger = found && !('leftUnread' in found) ? found : undefined;
    let assessment = assess(ledger);
    // Green by the runner's word, yet a failure to record (a continue-on-error step's), or an entry other than
    // the pass the key was asked about: the ledger after all.
    const { outcome, job, sha } = assessment.ledgerEntry;
    if (leftUnread && (outcome !== 'success' || job !== greenPass?.job || sha !== greenPass.sha)) {
        ledger = await leftUnread.read();
        assessment = assess(ledger);
    }
    for (const warning of warnings)
        runner.log.warning(`ci-recovery: ${warning}`);
    for (const a of (0,core_report/* annotationsFor */.gX)(assessment.report))
        runner.log[a.level](a.message, { title: a.title });
    // Quiet on green by default: a comment and a full summary only when something failed or was recovered.
    const eventful = worthReporting(assessment.report);
    const stores = keepRecords(assessment, { ledger, testHistory, place, records, context, start, now }, settings, ports);
    const report = await writeReports(assessment.report, { context, start, when, eventful }, stores, ports);
    return { ...assessment, report };
}
/**
 * What post starts before the jobs API's read, to overlap it (the read may pause while a step lags): the
 * comment's read, the plan's client, and the classifier when a failure may need it (returned, awaited later).
 */
function startAhead(job, ports) {
    const { context, records, when, jobStatus } = job;
    // Every PR job with a token reads the comment (a green one to mark its section fixed): that read goes
    // out now, beside the jobs API's, rather than after the assessment. Who the token is matters only when a
    // sticky comment is there, which a green job's PR mostly lacks: it asks only then.
    const commenting = commentAction(context, when.comment, ports.github !== undefined, false);
    if (commenting.action === 'write')
        ports.github?.prefetchComment(commenting.pr, { identityAhead: jobStatus !== 'success' });
    // A job that failed uploads its plan, and renders its full summary and comment section: the plan's client
    // and the renderers load while the reads are under way (a green job's post loads neither).
    if (jobStatus === 'failure' || records.some((r) => r.outcome === 'failure')) {
        ports.store.preparePlan?.();
        loadRenderersAhead();
    }
    if (!mayNeedClassifier(records, jobStatus))
        return undefined;
    return awaitedLater((ports.loadClassifier ?? loadClassifier)());
}
/** The full report's renderers, imported ahead (the later imports take the same modules, loaded or loading). */
function loadRenderersAhead() {
    const loading = Promise.all([core_report/* load */.Hh.summary(), core_report/* load */.Hh.commentSection()]);
    loading.catch(() => undefined); // where a renderer is used, its import fails again and is reported
}
/** Whether a step recorded a test's outcome: the report, the flaky verdicts and the history's update read only those. */
function recordsTests(records) {
    return records.some((r) => (0,test_history_read/* testOutcomesOf */.Tr)(r.tests).length > 0);
}
/** A call started ahead and awaited below: a rejection before then is not unhandled (the await reports it). */
function awaitedLater(started) {
    started?.catch(() => undefined); // the await below reports the failure
    return started;
}
/**
 * Whether a failure may need the classifier before the jobs API says which steps failed: one a `run/` step
 * recorded without its verdict, or a job the runner calls failed or cancelled with no failure a `run/` step
 * classified (a plain step failed, which only the API reports, classified here from its name and conclusion).
 */
function mayNeedClassifier(records, jobStatus) {
    if (needsClassifier(records, undefined))
        return true;
    const failed = jobStatus === 'failure' || jobStatus === 'cancelled';
    return failed && !records.some((r) => r.outcome === 'failure' && r.classification);
}
/**
 * The classifier with its default rules compiled (their keyword automaton: 40-100 ms of CPU). Started ahead,
 * that work fills post's wait for the jobs API (core/step-lag.ts) instead of following it.
 */
async function loadClassifier() {
    const classifier = await Promise.all(/* import() */[__webpack_require__.e(6059), __webpack_require__.e(2232), __webpack_require__.e(6713)]).then(__webpack_require__.bind(__webpack_require__, 42232));
    classifier.defaultRuleSet();
    return classifier.classify;
}
/**
 * The plan, the ledger, the test history and the deletions: they wait on other services than the comment and
 * need nothing of it (the report's key and conclusion are the assessment's), so they run while it is written.
 */
function keepRecords(assessment, job, settings, ports) {
    const { ledger, testHistory, place, records, context, start, now } = job;
    const assessed = assessment.report;
    return Promise.allSettled([
        needsPlan(assessed) ? ports.store.uploadPlan((0,plan_artifact/* buildPlan */.Gg)(assessment.plan, now)) : undefined,
        ledger ? keepLedger(ledger, assessment, place, assessed, ports.store) : undefined,
        testHistory
            ? keepTestHistory(testHistory, records, { context, start, now, report: assessed }, ports.store)
            : undefined,
        dropCheckpoints(records, start, {
            conclusion: assessed.conclusion,
            keep: settings.keepCheckpoints === true,
            ...(0,job_env/* definedOnly */.Uv)({ jobStatus: settings.jobStatus }),
        }, ports),
    ]);
}
/**
 * The sticky comment, then the summary (it says where the comment is, or why there is none); then the first
 * store call that failed goes to the entry point's one catch, once every call has ended.
 */
async function writeReports(assessed, job, stores, ports) {
    const { context, start, when, eventful } = job;
    let report;
    try {
        report = await writeComment(assessed, context, start, ports, when.comment, eventful);
        // For a manual decision the summary carries the prefilled post-mortem.
        const mode = summaryMode(when.summary, eventful, report.warnings.length);
        // The full summary's renderer (~40 KB with the comment section's) loads only for a job that shows one.
        if (mode === 'full')
            ports.runner.appendSummary((await core_report/* load */.Hh.summary()).renderSummary(report));
        else if (mode === 'line')
            ports.runner.appendSummary((0,core_report/* renderSummaryLine */.NI)(report));
    }
    catch (error) {
        // Nothing left running behind the entry point's one catch (its process ends soon after), be it the
        // comment, a summary the runner refuses (no GITHUB_STEP_SUMMARY) or a renderer that did not load.
        await stores;
        throw error;
    }
    const failed = (await stores).find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return report;
}
function sinceThisCall() {
    const began = Date.now();
    return () => Date.now() - began;
}
async function readApi(start, who, github, warnings, pacing) {
    const lookup = start.jobId === undefined ? await jobIdOfRunner(start, who, github) : undefined;
    const access = jobsApiAccess(github !== undefined, start.jobId ?? lookup?.jobId, lookup?.reason);
    if (!access.read || !github) {
        if (!access.read)
            warnings.push(access.warning);
        return {};
    }
    const steps = await settledJobSteps(github, access.jobId, pacing);
    if (!steps.ok) {
        warnings.push(steps.reason);
        return {};
    }
    const lag = stepLag(steps.steps);
    if (isLagging(lag) && !pacing.green)
        warnings.push(lagWarning(lag));
    // A step still unsettled reads 'unknown': never a failure, so its own record (if any) decides.
    return {
        apiSteps: steps.steps,
        jobName: steps.jobName,
        ...(0,job_env/* definedOnly */.Uv)({ jobUrl: steps.htmlUrl, jobStartedAt: steps.startedAt }),
    };
}
/**
 * The job's id where the job context gives none (GHES has no job.check_run_id): the run attempt's job in
 * progress on this runner (core/job-of-runner.ts), else why it was not found.
 */
async function jobIdOfRunner(start, who, github) {
    const runId = Number(start.runId);
    if (!github || !Number.isInteger(runId) || runId <= 0)
        return {};
    const listed = await github.attemptJobs(runId, start.attempt);
    const found = listed.ok ? jobOfRunner(listed.jobs, who) : { found: false, reason: listed.reason };
    return found.found ? { jobId: String(found.jobId) } : { reason: found.reason };
}
/** The job's steps, re-read while a main step still lags the runner (core/step-lag.ts) on a job not green. */
async function settledJobSteps(github, jobId, pacing) {
    let steps = await github.jobSteps(jobId);
    if (pacing.green)
        return steps;
    for (let read = 1; read < SETTLE_READS && steps.ok && isLagging(stepLag(steps.steps)); read++) {
        const pause = settlePause(read, pacing.sinceStart());
        if (pause > 0)
            await pacing.sleep(pause);
        steps = await github.jobSteps(jobId);
    }
    return steps;
}
async function writeComment(report, context, start, ports, when, eventful) {
    const plan = commentAction(context, when, ports.github !== undefined, eventful);
    if (plan.action === 'none')
        return report;
    if (plan.action === 'supervisor')
        return { ...report, warnings: [...report.warnings, plan.warning] };
    if (!ports.github)
        return report; // 'write' is only decided with a client
    const result = await ports.github.upsertComment(plan.pr, report.jobKey ?? start.job, {
        body: plan.fixed
            ? (0,core_report/* renderFixedSection */.C2)(report)
            : (await core_report/* load */.Hh.commentSection()).renderCommentSection(report),
        ...(report.runId ? { runId: report.runId } : {}),
        attempt: report.attempt,
    }, { updateOnly: plan.fixed, ...(0,job_env/* definedOnly */.Uv)({ writer: writerOf(start) }) });
    return noteComment(report, result);
}
/** This job as a writer of the comment, when its run, attempt and id are known. */
function writerOf(start) {
    const runId = Number(start.runId);
    const jobId = Number(start.jobId);
    if (!Number.isInteger(runId) || runId <= 0 || !Number.isInteger(jobId) || jobId <= 0)
        return undefined;
    return { runId, attempt: start.attempt, jobId };
}
async function keepLedger(ledger, assessment, place, report, store) {
    // A green job that answers no failure saves nothing: a cache entry per job and attempt crowded out
    // the repository's own caches (core/ledger.ts outcomeTeaches says what a pass must answer).
    if (!(0,core_ledger/* outcomeTeaches */.aE)(ledger, assessment.ledgerEntry))
        return;
    await store.saveLedger((0,core_ledger/* recordOutcome */.Up)(ledger, assessment.ledgerEntry), {
        ...place,
        job: report.jobKey ?? place.job,
    });
}
/** Saves the history only when this job's tests changed it: a green job that met no known test writes nothing. */
async function keepTestHistory(history, records, job, store) {
    const { context, start, now, report } = job;
    const updated = updatedTestHistory(history, records, {
        sha: context.sha,
        branch: (0,test_history.testHistoryPlace)(context, start).branch,
        runId: Number(start.runId) || 0,
        attempt: start.attempt,
        at: now.toISOString(),
    });
    if (!updated.changed)
        return;
    // Matrix legs share GITHUB_JOB: the report's key keeps their saves apart.
    await store.saveTestHistory(updated.history, {
        ...(0,test_history.testHistoryPlace)(context, start),
        job: report.jobKey ?? start.job,
    });
}
/** A green job's checkpoints of this attempt: nothing will resume from them. Reported in one line. */
async function dropCheckpoints(records, start, when, ports) {
    // A job whose steps recorded no checkpoint has none to drop: it does not load the engine's core (~150 KB).
    if (!records.some((r) => r.checkpointId))
        return;
    const door = await Promise.all(/* import() */[__webpack_require__.e(1683), __webpack_require__.e(4076), __webpack_require__.e(5130), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 93248));
    if (!door.dropsCheckpoints(when))
        return;
    const ids = door.ownCheckpointIds(records, { runId: start.runId, job: start.identity }, start.attempt);
    if (ids.length === 0)
        return;
    const dropped = await ports.store.dropCheckpoints(ids, { job: start.identity, attempt: start.attempt });
    const line = door.droppedLine(dropped);
    if (line)
        ports.runner.log[line.level](line.message);
}

;// CONCATENATED MODULE: ./src/actions/post.ts








/** A mistyped `keep-checkpoints` keeps them and says so, rather than costing the job its report. */
function keepCheckpoints(log) {
    try {
        return inputs/* input */.h.bool('keep-checkpoints');
    }
    catch (error) {
        log.warning(`ci-recovery post: ${(0,errors/* errorMessage */.gJ)(error)} The checkpoints are kept.`);
        return true;
    }
}
/** Post: assesses and reports every failure of the job (phases/post.ts). It never fails the user's job. */
async function run() {
    const log = logger/* runnerPort */.Ql.log;
    const env = (0,stage_ledger/* readJobEnvWithStages */.eS)();
    const deadline = (0,adapters_deadline.phaseDeadline)(adapters_deadline.POST_BUDGET, env.budgetSeconds.post);
    try {
        const token = inputs/* input */.h.string('github-token');
        const { report } = await post({
            jobId: inputs/* input */.h.string('job-id'),
            jobStatus: inputs/* input */.h.string('job-status'),
            keepCheckpoints: keepCheckpoints(log),
        }, env, {
            runner: logger/* runnerPort */.Ql,
            files: (0,job_ports/* jobFilesPort */.y2)(env),
            ...(token ? { github: (0,job_ports/* githubPort */.Fu)(token, env, log, { deadline }) } : {}),
            store: jobStorePort(env, log, deadline),
            // The jobs API's re-reads are timed from this process's start (core/step-lag.ts).
            sinceStart: () => performance.now(),
        }, new Date());
        log.info(`ci-recovery: ${report.failures.length} failed step(s)` +
            (report.decision ? `; decision ${report.decision.strategy} (${report.decision.rule})` : ''));
    }
    catch (error) {
        log.warning(`ci-recovery post: ${(0,errors/* errorMessage */.gJ)(error)} (reporting is best-effort; the job's result is unchanged)`);
    }
    // A service that never answered still holds a socket open, and with it this process: the runner would
    // wait on it. Everything post had to say is written; end here.
    if (deadline.abandoned.length > 0)
        process.exit(process.exitCode ?? 0);
    // So may a read post asked ahead and no longer needs (who the token is, whether another job writes the
    // comment): a timer that holds nothing alive ends a process only such a read still holds.
    setTimeout(() => process.exit(process.exitCode ?? 0), LINGER_MS).unref();
}
/** How long post's process may outlive its work, for its output to drain, before it ends itself. */
const LINGER_MS = 500;


/***/ }),

/***/ 22062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pw: () => (/* binding */ stageLedgerPort),
/* harmony export */   eS: () => (/* binding */ readJobEnvWithStages)
/* harmony export */ });
/* unused harmony exports withLedgerOf, readStageEntries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99423);
/* harmony import */ var _runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13302);
/**
 * The stage ledger in RUNNER_TEMP (core/stage-ledger.ts): one file per completed stage, written atomically
 * (temp file + rename), and one per running `run/` step, named by its pid. RUNNER_TEMP is the job's own and
 * emptied between jobs, so nothing here outlives the job.
 */





/** The job's environment with the ledger's completed stages added (only under a runner: RUNNER_TEMP set). */
function withLedgerOf(job) {
    if (!job.runnerTempSet)
        return job;
    return { ...job, recovery: (0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .withStageLedger */ .ym)(job.recovery, readStageEntries(job.runnerTemp)) };
}
/** The completed stages' entries, oldest first; a missing directory or a corrupt file means none. */
function readStageEntries(runnerTemp) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES_SUBDIR */ .Cp);
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((n) => n.endsWith('.json'));
    }
    catch {
        // no ledger directory yet: no stage has completed
        return [];
    }
    const entries = [];
    for (const name of names) {
        try {
            const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8'));
            if ((0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .isStageEntry */ .tn)(parsed))
                entries.push({ at: Number(parsed.at) || 0, entry: parsed });
        }
        catch {
            // A corrupt entry is skipped: the variables still hold what they hold.
        }
    }
    return entries
        .sort((a, b) => a.at - b.at)
        .map(({ entry }) => ({
        stage: entry.stage,
        ...(entry.ms !== undefined ? { ms: entry.ms } : {}),
        ...(entry.cachePaths ? { cachePaths: entry.cachePaths } : {}),
        ...(entry.checkpoint ? { checkpoint: entry.checkpoint } : {}),
    }));
}
async function writeAtomic(file, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, JSON.stringify(value) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}
/** Whether a process lives (a marker left by a killed step names a dead one). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** The other running `run/` steps of the job, by their markers; stale markers are skipped. */
async function othersRunning(dir) {
    // no running-markers directory: no other step is running
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
    const others = [];
    for (const name of names.filter((n) => n.endsWith('.json') && n !== `${process.pid}.json`)) {
        const parsed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), 'utf8')
            .then((t) => JSON.parse(t))
            // a marker gone or half-written is a step that has ended or not yet begun: skipped
            .catch(() => undefined);
        if ((0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .isRunningStage */ .sc)(parsed) && parsed.pid !== process.pid && alive(parsed.pid))
            others.push(parsed);
    }
    return others;
}
/** The real ledger of a `run/` step (`step`: its GITHUB_ACTION). */
function stageLedgerPort(env, step) {
    const running = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNNING_SUBDIR */ .i);
    const marker = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(running, `${process.pid}.json`);
    return {
        async enter(stage) {
            // Marked before looking: of two steps starting at once, at least the later sees the earlier.
            await writeAtomic(marker, { stage, step, pid: process.pid });
            return othersRunning(running);
        },
        // best effort: the marker may already be gone, and a stale one is skipped by its pid
        leave: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(marker, { force: true }).catch(() => undefined),
        complete: (entry) => writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.runnerTemp, _core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .STAGES_SUBDIR */ .Cp, (0,_core_stage_ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .stageEntryFile */ .p)(entry.stage)), {
            ...entry,
            at: Date.now(),
        }),
    };
}
/**
 * The job environment for the steps that use its completed stages (run/, checkpoint/, post): those of the
 * job's stage ledger added, since a background stage's GITHUB_ENV arrives late or is overwritten
 * (core/stage-ledger.ts). Other entry points (main above all) and the adapters read no ledger
 * (runner/adapters/job-env.ts `readJobEnv`).
 */
function readJobEnvWithStages() {
    return withLedgerOf((0,_runner_adapters_job_env_js__WEBPACK_IMPORTED_MODULE_3__/* .readJobEnv */ .l)());
}


/***/ }),

/***/ 99423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ STAGES_SUBDIR),
/* harmony export */   DD: () => (/* binding */ skipsAsRestored),
/* harmony export */   Gp: () => (/* binding */ concurrentCheckpointNote),
/* harmony export */   b_: () => (/* binding */ repeatedStageNote),
/* harmony export */   i: () => (/* binding */ RUNNING_SUBDIR),
/* harmony export */   p: () => (/* binding */ stageEntryFile),
/* harmony export */   sc: () => (/* binding */ isRunningStage),
/* harmony export */   tn: () => (/* binding */ isStageEntry),
/* harmony export */   ym: () => (/* binding */ withStageLedger)
/* harmony export */ });
/* unused harmony export isCheckpointPaid */
/* harmony import */ var _state_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80095);
/**
 * A job's stage ledger, for `run/` stages that run at once (background steps, GA 2026-06-25). A background
 * step's GITHUB_ENV reaches later steps only at its `wait`, and each step exports the completed stages it
 * saw when it started plus its own: when two stages overlap, the later flush overwrites the earlier and a
 * completed stage is lost (docs/runner-model.md, "Background steps"). So each stage that completes also
 * leaves one file of its own in RUNNER_TEMP, and every step reads the union. And a stage that starts while
 * another runs takes no checkpoint: the other's half-written files would be in it.
 */

/** `$RUNNER_TEMP/ci-recovery/stages/`: one JSON file per completed stage. */
const STAGES_SUBDIR = 'ci-recovery/stages';
/** `$RUNNER_TEMP/ci-recovery/running/`: one JSON file per `run/` step running now, named by its pid. */
const RUNNING_SUBDIR = 'ci-recovery/running';
const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** Narrows a ledger file's JSON; anything malformed is dropped, never trusted. */
function isStageEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.stage === 'string' &&
        (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStages */ .lj)(v.stage).length === 1 &&
        (v.ms === undefined || (typeof v.ms === 'number' && Number.isFinite(v.ms) && v.ms >= 0)) &&
        (v.cachePaths === undefined || isStringArray(v.cachePaths)) &&
        (v.checkpoint === undefined || isCheckpointPaid(v.checkpoint)));
}
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
function isCheckpointPaid(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return (typeof v.stage === 'string' &&
        (0,_state_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStages */ .lj)(v.stage).length === 1 &&
        isCount(v.ms) &&
        (v.bytes === undefined || isCount(v.bytes)) &&
        (v.holds === undefined || isStringArray(v.holds)));
}
function isRunningStage(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.stage === 'string' && typeof v.step === 'string' && Number.isSafeInteger(v.pid);
}
/** A file name for a stage's entry: one per stage, so a stage run twice keeps its latest. */
function stageEntryFile(stage) {
    const hex = Array.from(new TextEncoder().encode(stage), (b) => b.toString(16).padStart(2, '0'));
    return `${hex.join('').slice(0, 200)}.json`;
}
/**
 * The job's variables with the ledger's stages added (entries oldest first; the ledger's figures win). Every
 * entry was written by a step of this job, so of this attempt: its stage is one this attempt has taken.
 */
function withStageLedger(recovery, entries) {
    if (entries.length === 0)
        return recovery;
    const stages = [...recovery.completedStages];
    const attemptStages = [...recovery.attemptStages];
    const stageDurations = { ...recovery.stageDurations };
    const cachePaths = { ...recovery.cachePaths };
    const checkpointsPaid = [...(recovery.checkpointsPaid ?? [])];
    for (const e of entries) {
        if (e.checkpoint)
            checkpointsPaid.push(e.checkpoint);
        if (!stages.includes(e.stage))
            stages.push(e.stage);
        if (!attemptStages.includes(e.stage))
            attemptStages.push(e.stage);
        if (e.ms !== undefined)
            stageDurations[e.stage] = e.ms;
        if (e.cachePaths?.length)
            cachePaths[e.stage] = e.cachePaths;
    }
    return {
        ...recovery,
        completedStages: stages,
        attemptStages,
        stageDurations,
        cachePaths,
        ...(checkpointsPaid.length ? { checkpointsPaid } : {}),
    };
}
/**
 * Whether a `run/` step of `stage` stands on an earlier attempt's work and is skipped: main restored the
 * stage (`restored`, those still in the workspace), and no step of this attempt has taken it yet. A second
 * step of the same name runs: the stage completed in this attempt is the first step's work, not its own
 * (two `npm test` steps in two directories have one default stage name).
 */
function skipsAsRestored(stage, restored, recovery) {
    return restored.includes(stage) && !recovery.attemptStages.includes(stage);
}
/** The notice of a step whose stage an earlier step of this attempt already took. */
function repeatedStageNote(stage) {
    return `Stage '${stage}' was already run by an earlier step of this job: this step runs too, and a resume skips only the first step of that name. Give each step its own \`stage:\`.`;
}
/** The one line a stage that starts beside others says instead of its checkpoint. */
function concurrentCheckpointNote(stage, others) {
    const names = others.map((o) => `'${o.stage}' (step ${o.step})`).join(', ');
    return (`ci-recovery: no checkpoint before stage '${stage}': stage ${names} is running at the same time ` +
        `(a background step), and a checkpoint now could hold its half-written files. The job's next checkpoint ` +
        `is taken when no other stage runs.`);
}


/***/ })

};
