export const id = 4214;
export const ids = [4214,867,8919,6713,7533,8463];
export const modules = {

/***/ 56572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSettings: () => (/* binding */ readSettings),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/job-env.ts
var job_env = __webpack_require__(30538);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/report/index.ts + 3 modules
var core_report = __webpack_require__(84712);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(32558);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/supervise/core/revert.ts
var core_revert = __webpack_require__(1436);
// EXTERNAL MODULE: ./src/core/api-refusal.ts
var api_refusal = __webpack_require__(48022);
// EXTERNAL MODULE: ./src/core/job-filter.ts
var job_filter = __webpack_require__(30047);
;// CONCATENATED MODULE: ./src/supervise/core/supervise-model.ts
function branchKindOf(run) {
    if (run.event === 'pull_request' || run.event === 'pull_request_target')
        return 'pr';
    return run.headBranch === run.defaultBranch ? 'default' : 'other';
}
/** The conclusions of a job that failed (a `cancelled` one needs its job-timeout line to count). */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'startup_failure']);
/** Failed, or cancelled by its own timeout-minutes (a person's cancel is left alone). */
function needsRecovery(job) {
    return (FAILED_CONCLUSIONS.has(job.conclusion ?? '') ||
        (job.conclusion === 'cancelled' && job.jobTimeout !== undefined));
}
/** A newer attempt exists: its own completion calls the supervisor again. Acting now would act twice. */
function isStale(run) {
    return run.latestAttempt > run.attempt;
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise.ts
/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */




const NO_FINDINGS = {
    type: 'unknown',
    confidence: 'low',
    retryable: false,
    rule: 'no-findings',
};
/** What the policy is asked about one failed job. */
function jobPolicyInput(job, found, kind, confirmed, parentGreen) {
    const classification = found?.classification ?? NO_FINDINGS;
    return {
        type: classification.type,
        confidence: classification.confidence,
        retryable: classification.retryable,
        lane: found?.lane ?? 'STANDARD',
        branchKind: kind,
        attempt: job.runAttempt,
        ...(found?.flaky !== undefined ? { flaky: found.flaky } : {}),
        ...(found?.flakyTests?.length ? { flaky: true, flakyTests: found.flakyTests } : {}),
        confirmedOnRerun: confirmed,
        ...(parentGreen !== undefined ? { parentGreen } : {}),
    };
}
/**
 * The one rule for a revert candidate: the policy (default rules and config rules alike) would roll the
 * job back once its failure is confirmed on a re-run and its parent commit was green.
 */
function rollsBackOnceConfirmed(policyInput, decide) {
    return decide({ ...policyInput, confirmedOnRerun: true, parentGreen: true }).strategy === 'rollback';
}
/**
 * The failed jobs whose confirming facts (the previous attempt, the commit, its parent, labels, caps) the
 * supervisor must gather: on the default branch, those the policy would roll back once confirmed.
 */
function revertCandidates(input) {
    const kind = branchKindOf(input.run);
    // Only a push run reverts (see revertEligibility): a scheduled run gathers no confirming facts.
    if (kind !== 'default' || input.run.event !== 'push' || isStale(input.run))
        return [];
    return input.jobs
        .filter(needsRecovery)
        .filter((job) => (0,job_filter/* outOfScope */.G7)(job, input.scope) === undefined)
        .filter((job) => rollsBackOnceConfirmed(jobPolicyInput(job, input.findings[job.name], kind, false, undefined), input.decide));
}
/** The same job failed the same way in the previous attempt: a confirming re-run. */
function confirmedOnRerun(job, input, type) {
    const prev = input.previous?.[job.name];
    return (job.runAttempt > 1 &&
        prev !== undefined &&
        FAILED_CONCLUSIONS.has(prev.conclusion ?? '') &&
        (prev.type === undefined || prev.type === type));
}
/** Whether the commit may be reverted; undefined facts refuse. */
function revertVerdictFor(input, kind, confirmed) {
    const { event, headSha } = input.run;
    if (kind === 'default' && event !== 'push')
        return { revert: false, refusal: 'not-push-run', reason: (0,core_revert/* notPushRun */.Tg)(event, headSha.slice(0, 12)) };
    if (!input.commit)
        return {
            revert: false,
            refusal: 'facts-unknown',
            reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
        };
    return (0,core_revert/* revertEligibility */.eg)({
        branchKind: kind,
        event,
        commit: input.commit,
        confirmedOnRerun: confirmed,
        parentGreen: input.parentGreen,
        culpritRange: input.culpritRange,
        revertsToday: input.revertsToday ?? 0,
        ...(input.labels ? { labels: input.labels } : {}),
        alreadyReverted: input.alreadyReverted === true,
        ...(input.revertDeclined !== undefined ? { revertDeclined: input.revertDeclined } : {}),
        ...(input.earlierRollbacks !== undefined ? { earlierRollbacks: input.earlierRollbacks } : {}),
    }, input.revert ?? core_revert/* DEFAULT_REVERT_CONFIG */.QX);
}
/** A job that needs nothing: it passed, was skipped, or a person cancelled it. */
function untouchedJob(job) {
    return {
        jobId: job.id,
        job: job.name,
        action: 'nothing',
        attempt: job.runAttempt,
        reason: job.conclusion === 'cancelled'
            ? 'job cancelled by a person (no job-timeout line in its annotations or log)'
            : `job ${job.conclusion ?? 'not completed'}`,
    };
}
/** A rollback the policy wants, as the revert checks allow it. */
function rollbackDecision(base, what, verdict) {
    if (verdict.revert)
        return { ...base, action: 'revert', reason: `${what}: ${verdict.reason}` };
    if (verdict.refusal === 'not-confirmed')
        return { ...base, action: 'confirm-rerun', reason: `${what}: re-run once to confirm before reverting` };
    if (verdict.refusal === 'already-reverted')
        return { ...base, action: 'nothing', reason: `${what}: ${verdict.reason}` };
    return {
        ...base,
        action: 'manual',
        reason: `${what}: no revert: ${verdict.reason}`,
        refusal: verdict.refusal,
    };
}
/** Any other strategy: re-run within the lane's budget, skip, or hand to a person. */
function strategyDecision(base, what, decision) {
    switch (decision.strategy) {
        case 'retry':
        case 'resume': {
            if (base.attempt >= decision.maxAttempts)
                return {
                    ...base,
                    action: 'manual',
                    reason: `${what}: the lane's budget of ${decision.maxAttempts} attempt(s) is spent`,
                };
            const how = decision.strategy === 'resume' ? 're-run; the new attempt resumes from its checkpoints' : 're-run';
            return { ...base, action: 'rerun', reason: `${what}: ${how} (${decision.reason})` };
        }
        case 'skip':
            return { ...base, action: 'nothing', reason: `${what}: ${decision.reason}` };
        default:
            return { ...base, action: 'manual', reason: `${what}: ${decision.reason}` };
    }
}
/** One failed job's decision. `verdict` is asked only when the policy wants a rollback. */
function decideJob(job, input, kind, verdict) {
    if (!needsRecovery(job))
        return untouchedJob(job);
    const excluded = (0,job_filter/* outOfScope */.G7)(job, input.scope);
    if (excluded)
        return { jobId: job.id, job: job.name, action: 'manual', attempt: job.runAttempt, reason: excluded };
    const found = input.findings[job.name];
    const classification = found?.classification ?? NO_FINDINGS;
    const confirmed = confirmedOnRerun(job, input, classification.type);
    const policyInput = jobPolicyInput(job, found, kind, confirmed, input.parentGreen);
    const decision = input.decide(policyInput);
    const base = {
        jobId: job.id,
        job: job.name,
        attempt: job.runAttempt,
        classification,
        ...(found ? { source: found.source } : {}),
        lane: policyInput.lane,
        strategy: decision.strategy,
        rule: decision.rule,
        maxAttempts: decision.maxAttempts,
        backoffSeconds: decision.backoffSeconds,
    };
    const flakyOnly = found?.flakyTests?.length ? found.flakyTests : undefined;
    const what = `${classification.type} (${policyInput.lane}, attempt ${job.runAttempt})` +
        (flakyOnly ? `, only known-flaky tests failed (${flakyOnly.length}): never reverted for` : '');
    // A failure on the default branch leads to a revert when the policy would roll back once the failure is
    // confirmed; the confirming re-run is spent only if every other revert check passes. Never for a
    // failure of known-flaky tests only: the change did not cause it.
    const rollback = !flakyOnly &&
        (decision.strategy === 'rollback' ||
            (kind === 'default' && !confirmed && rollsBackOnceConfirmed(policyInput, input.decide)));
    return rollback ? rollbackDecision(base, what, verdict(confirmed)) : strategyDecision(base, what, decision);
}
/**
 * GitHub starts one re-run per attempt: one job alone, or every failed job together. A job cancelled by its
 * timeout-minutes is re-run by its own id: whether `rerun-failed-jobs` takes a cancelled job is reported
 * both ways (docs/runner-model.md), `POST /actions/jobs/{id}/rerun` re-runs it either way. So a cancelled
 * job is re-run only alone; beside failed jobs to re-run, or beside another cancelled one, it is left to a
 * person, said so, rather than counted as re-run when GitHub may skip it.
 */
function withRerun(plan, input, failedCount, cancelled) {
    const { run } = input;
    const wanted = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
    if (wanted.length === 0)
        return plan;
    // Which failed jobs a re-run starts, and whether this one failed alone, needs every job: past the listed
    // ones, a failed job (a deployment, a failure no re-run helps) would be re-run unread.
    if (input.moreJobs)
        return leaveToPerson(plan, wanted, unlistedJobs(input.jobs.length));
    if (run.latestAttempt >= api_refusal/* GITHUB_MAX_RUN_ATTEMPTS */.Oq) {
        const limit = `; but GitHub's limit of ${api_refusal/* GITHUB_MAX_RUN_ATTEMPTS */.Oq} attempts per run is reached`;
        return leaveToPerson(plan, wanted, limit);
    }
    const failedOnes = wanted.filter((j) => !cancelled.has(j.jobId));
    const toRerun = failedOnes.length > 0 ? failedOnes : wanted.slice(0, 1);
    const left = wanted.filter((j) => !toRerun.includes(j));
    const single = toRerun.length === 1 && (failedCount > 1 || cancelled.has(toRerun[0].jobId));
    const extra = failedCount - toRerun.length - left.length;
    const rerun = {
        mode: single ? 'job' : 'failed-jobs',
        jobIds: toRerun.map((j) => j.jobId),
        backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
        reason: toRerun.map((j) => j.job).join(', ') +
            (!single && extra > 0
                ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
                : ''),
    };
    const why = `; but this attempt re-runs ${rerun.reason}, and GitHub may leave a job cancelled at its time limit out of it (undocumented), while one re-run per attempt can start: if it is not re-run, re-run it alone (POST /actions/jobs/{id}/rerun) once that ends`;
    return { ...leaveToPerson(plan, left, why), rerun };
}
/** Why a re-run waits for a person when the attempt's jobs could not all be listed. */
function unlistedJobs(listed) {
    return `; but this attempt has more jobs than the ${listed} listed, and a re-run of its failed jobs would start failed jobs the supervisor has not read: no re-run is asked`;
}
/** `jobs` of the plan become a person's turn, their reason saying why. */
function leaveToPerson(plan, jobs, why) {
    if (jobs.length === 0)
        return plan;
    return {
        ...plan,
        jobs: plan.jobs.map((j) => (jobs.includes(j) ? { ...j, action: 'manual', reason: j.reason + why } : j)),
    };
}
/** One culprit per run: the other jobs that would revert point at the same commit. */
function withRevert(plan, commit) {
    const reverting = plan.jobs.find((j) => j.action === 'revert');
    if (!reverting || !commit)
        return plan;
    const revert = {
        sha: commit.sha,
        branch: (0,core_revert/* revertBranch */.Z9)(commit.sha),
        ...(commit.parents.length > 1 ? { mainline: 1 } : {}),
        job: reverting.job,
        failureType: reverting.classification?.type ?? 'unknown',
        reason: reverting.reason,
    };
    return { ...plan, revert };
}
function supervise(input) {
    const { run } = input;
    const kind = branchKindOf(run);
    const plan = { runId: run.id, runAttempt: run.attempt, branchKind: kind, jobs: [] };
    if (isStale(run)) {
        const reason = `the run was already re-run (attempt ${run.latestAttempt} exists); that attempt's supervisor decides`;
        return {
            ...plan,
            jobs: input.jobs.map((j) => ({
                jobId: j.id,
                job: j.name,
                action: 'nothing',
                attempt: j.runAttempt,
                reason,
            })),
        };
    }
    // One verdict per run (one commit): the first job that wants a rollback asks, the others share it.
    let revertVerdict;
    const verdict = (confirmed) => (revertVerdict ??= revertVerdictFor(input, kind, confirmed));
    const jobs = input.jobs.map((job) => decideJob(job, input, kind, verdict));
    const failedCount = input.jobs.filter(needsRecovery).length;
    const cancelled = new Set(input.jobs.filter((j) => j.conclusion === 'cancelled').map((j) => j.id));
    return withRevert(withRerun({ ...plan, jobs }, input, failedCount, cancelled), input.commit);
}
/**
 * The plan after a revert could not be carried out: the jobs that were to revert go to a person, with the
 * reason, and no revert is requested. A new plan; the given one is left as it was.
 */
function escalateRevert(plan, reason) {
    const { revert: _dropped, ...rest } = plan;
    return {
        ...rest,
        jobs: plan.jobs.map((j) => j.action === 'revert' ? { ...j, action: 'manual', reason: `${j.reason}; but ${reason}` } : j),
    };
}
/**
 * A push run of the default branch newer than the failing run `runId`, from the workflow's push runs listed
 * newest first: the branch moved since it failed. The failing run not listed (100 newer ones): the newest.
 */
function newerPushRun(pushes, runId) {
    return pushes.findIndex((r) => r.id === runId) === 0 ? undefined : pushes[0];
}
/**
 * The plan when the branch moved past the failing run: its revert would land on top of commits it never
 * tested, a fix among them. The newer run holds the range: passed, nothing is left to revert; failed, its
 * own supervision bisects the range (the culprit with it); still running, its end is awaited. One that ran
 * no test (cancelled, skipped) holds nothing: a person decides.
 */
function leaveRevertToNewer(plan, newer) {
    const at = `run ${newer.id} of ${newer.headSha.slice(0, 12)}, newer,`;
    // Cancelled, skipped, a start-up failure: that run tested nothing, and its supervision takes nothing up.
    if (newer.status === 'completed' && !['success', 'failure', 'timed_out'].includes(newer.conclusion ?? ''))
        return escalateRevert(plan, `${at} ended ${newer.conclusion ?? 'without a conclusion'} and tested nothing: whether the commits since fixed the failure is not known`);
    const said = newer.status !== 'completed'
        ? `${at} has not completed: it decides`
        : newer.conclusion === 'success'
            ? `${at} passed: the branch is green again, nothing to revert`
            : `${at} failed too: its supervision takes the range`;
    const { revert: _left, ...rest } = plan;
    return {
        ...rest,
        jobs: plan.jobs.map((j) => j.action === 'revert' ? { ...j, action: 'nothing', reason: `${j.reason}; but ${said}` } : j),
    };
}

// EXTERNAL MODULE: ./src/core/plan-artifact.ts
var plan_artifact = __webpack_require__(95939);
// EXTERNAL MODULE: ./src/core/report/comment-section.ts
var comment_section = __webpack_require__(87533);
// EXTERNAL MODULE: ./src/core/report/time-saved.ts
var time_saved = __webpack_require__(75419);
;// CONCATENATED MODULE: ./src/core/report/renderers.ts
/**
 * The renderers the supervisor uses, imported statically: the door for a process that always renders. A
 * job's post reaches the same files through `load` (load.ts), so that a green job never loads them; index.ts
 * is the door for everything else, and comment.ts (the sticky comment's codec, which its reader and writer
 * take whole) is its own.
 */



;// CONCATENATED MODULE: ./src/supervise/core/rollback-post-mortem.ts
/**
 * The post-mortem of a rollback: prefilled from its rollback record like the one for a failure handed to a
 * person (src/core/report/summary.ts `renderPostMortem`), with blanks for what only a person can say. It
 * travels in the revert PR's body and the supervisor's summary, and again once the default branch told
 * whether the revert helped. Pure: everything in it comes from the record.
 */


const ms = (iso) => {
    const t = iso === undefined ? NaN : Date.parse(iso);
    return Number.isFinite(t) ? t : undefined;
};
/** From the failing run's start to the revert, and to the verdict, when the record knows both ends. */
function durationLine(record) {
    const start = ms(record.trigger.startedAt);
    const reverted = ms(record.timestamp);
    const verified = ms(record.verification?.at);
    if (start === undefined || reverted === undefined)
        return `- **Duration:** reverted at ${(0,core_report/* escapeText */.X1)(record.timestamp, 40)}; the failing run's start is not known`;
    const parts = [
        `${(0,core_report/* formatDuration */.a3)(Math.max(0, reverted - start))} from the failing run's start to the revert`,
    ];
    if (verified !== undefined)
        parts.push(`${(0,core_report/* formatDuration */.a3)(Math.max(0, verified - start))} to the verdict of the next run`);
    return `- **Duration:** ${parts.join(', ')}`;
}
function whatWasReverted(record) {
    const { from, to } = record;
    const pr = from.pullRequest !== undefined ? ` (#${from.pullRequest})` : '';
    const author = from.author ? ` by ${(0,core_report/* escapeText */.X1)(from.author, 100)}` : '';
    const where = record.mode === 'push'
        ? `pushed to ${(0,core_report/* codeSpan */.SS)(to.branch, { max: 120 })}`
        : `in a draft PR from ${(0,core_report/* codeSpan */.SS)(to.branch, { max: 120 })}`;
    return (`- **What was reverted:** ${(0,core_report/* codeSpan */.SS)(from.commit.slice(0, 12))} "${(0,core_report/* escapeText */.X1)(from.subject, 200)}"${pr}${author}; ` +
        `the revert ${(0,core_report/* codeSpan */.SS)(to.commit.slice(0, 12))}${to.mainline ? ` (against parent ${to.mainline})` : ''}, ${where}`);
}
/** Whether the revert helped: the next run's verdict, the re-land and the person, or not yet known. */
function helpedLine(record) {
    const v = record.verification;
    const run = (r) => `run ${r.runId} (attempt ${r.runAttempt}) of ${(0,core_report/* codeSpan */.SS)(r.sha.slice(0, 12))}` +
        (r.url ? ` ${(0,core_report/* link */.nf)('run', r.url)}` : '');
    if (!v)
        return '- **Did it help:** not known yet: the first run of the default branch after the revert lands tells';
    if (v.result === 'green')
        return `- **Did it help:** yes: ${run(v)} was green`;
    const again = v.evidence ? `, line ${v.evidence.line}: ${(0,core_report/* codeSpan */.SS)(v.evidence.text, { max: 300 })}` : '';
    const reland = record.reland;
    const relandText = reland
        ? `; re-land ${reland.pr !== undefined ? (0,core_report/* link */.nf)(`draft PR #${reland.pr}`, reland.url) : (0,core_report/* codeSpan */.SS)(reland.branch, { max: 120 })}` +
            `, handed to a person: ${(0,core_report/* escapeText */.X1)(reland.escalated, 400)}`
        : '';
    return `- **Did it help:** no: ${run(v)} still failed the same way (${v.failureType ?? record.failureType}${again})${relandText}`;
}
/**
 * The post-mortem of one rollback, prefilled from its record. `heading: false` where a `<details>` summary
 * titles it (the revert PR's body).
 */
function renderRollbackPostMortem(record, opts = {}) {
    const t = record.trigger;
    const evidence = record.evidence?.[0];
    const lines = [
        ...(opts.heading === false ? [] : ['### Post-mortem of a rollback (prefilled)', '']),
        whatWasReverted(record),
        `- **Why:** ${(0,core_report/* escapeText */.X1)(record.reason, 400)}`,
        ...(record.askedFirst ? [`- **Push mode asked first:** ${(0,core_report/* escapeText */.X1)(record.askedFirst, 400)}`] : []),
        `- **Trigger:** job **${(0,core_report/* escapeText */.X1)(t.job, 100)}** of ${(0,core_report/* escapeText */.X1)(t.workflow, 100)}, run ${t.runId} attempt ${t.runAttempt}` +
            (t.url ? ` ${(0,core_report/* link */.nf)('run', t.url)}` : ''),
        `- **Failure type:** ${record.failureType}`,
        `- **Evidence:** ${evidence ? `line ${evidence.line}: ${(0,core_report/* codeSpan */.SS)(evidence.text, { max: 400 })}` : 'no decisive line found'}`,
        durationLine(record),
        `- **Rollbacks of this change:** ${record.rollbacks ?? 1} of at most ${core_revert/* MAX_ROLLBACKS_PER_TARGET */.Xj}`,
        helpedLine(record),
        `- **Kept:** ${(record.artifactsPreserved ?? []).map((a) => (0,core_report/* codeSpan */.SS)(a, { max: 120 })).join(', ') || 'nothing'}`,
        `- **To re-land:** ${(record.revisionTargets ?? []).map((r) => (0,core_report/* escapeText */.X1)(r, 200)).join('; ')}`,
        '',
        '| To fill in | Answer |',
        '|---|---|',
        '| Root cause | _ |',
        '| Was the reverted commit the culprit? (yes / no / unsure) | _ |',
        '| Fix and re-land (link) | _ |',
        '| Owner | _ |',
        '| Should ci-recovery have decided otherwise? | _ |',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/supervise/core/rollback-record.ts
/**
 * The rollback record: what was reverted, why, on what evidence, and what to do next. Written as YAML into
 * the revert PR body and uploaded as an artifact, in both revert modes. Pure.
 */



const ROLLBACK_RECORD_VERSION = 1;
/** The artifact that keeps a culprit's rollback record (the revert PR body holds it too). */
function rollbackArtifactName(sha) {
    return `ci-recovery-rollback-${sha.slice(0, 12)}`;
}
/** The record of a revert about to be pushed. */
function buildRollbackRecord(facts) {
    const { request: req, culprit, reverted } = facts;
    return {
        version: ROLLBACK_RECORD_VERSION,
        from: {
            commit: req.sha,
            subject: culprit.subject,
            ...(culprit.author !== undefined ? { author: culprit.author } : {}),
            ...(culprit.pullRequest !== undefined ? { pullRequest: culprit.pullRequest } : {}),
        },
        to: {
            commit: reverted.commit,
            branch: facts.mode === 'push' ? facts.defaultBranch : req.branch,
            parent: reverted.parent,
            ...(reverted.mainline ? { mainline: reverted.mainline } : {}),
        },
        mode: facts.mode,
        reason: req.reason,
        ...(facts.askedFirst !== undefined ? { askedFirst: facts.askedFirst } : {}),
        trigger: facts.trigger,
        failureType: req.failureType,
        evidence: facts.evidence ? [facts.evidence] : [],
        timestamp: facts.now.toISOString(),
        artifactsPreserved: [rollbackArtifactName(req.sha)],
        revisionTargets: [
            `fix the ${req.failureType} failure of job '${req.job}'`,
            culprit.pullRequest !== undefined
                ? `re-land #${culprit.pullRequest} with the fix in a new PR`
                : `re-land ${req.sha.slice(0, 12)} with the fix`,
        ],
        rollbacks: (facts.earlierRollbacks ?? 0) + 1,
        ...(facts.probes?.length ? { probes: facts.probes } : {}),
    };
}
const ROLLBACK_RECORD_BEGIN = '<!-- ci-recovery:rollback-record -->';
function renderRollbackRecord(record) {
    return (0,dist/* stringify */.As)(record, { lineWidth: 0 });
}
/**
 * The marker as a line of its own, the only place revertPullRequest writes it: a log line or a subject that
 * quotes it sits inside a line (a code span, a YAML value), and must not be taken for it.
 */
const MARKER_LINE = new RegExp(`^${ROLLBACK_RECORD_BEGIN}\\r?$`, 'm');
/** Reads a record back (from an artifact or a PR body); throws naming the field that is wrong. */
function parseRollbackRecord(text) {
    const marker = MARKER_LINE.exec(text);
    const fenced = /(`{3,})yaml\n([\s\S]*?)\n\1(?!`)/.exec(marker ? text.slice(marker.index + ROLLBACK_RECORD_BEGIN.length) : text);
    const data = (0,dist/* parse */.qg)(fenced?.[2] ?? text);
    if (typeof data !== 'object' || data === null)
        throw new Error('rollback record: not a YAML mapping');
    const r = data;
    for (const key of [
        'version',
        'from',
        'to',
        'mode',
        'reason',
        'trigger',
        'failureType',
        'timestamp',
    ]) {
        if (r[key] === undefined)
            throw new Error(`rollback record: missing '${key}'`);
    }
    if (!/^[0-9a-f]{40}$/.test(r.from?.commit ?? ''))
        throw new Error("rollback record: 'from.commit' is not a full sha");
    return r;
}
/** The draft revert PR's title and body: a short account, then the record in a fenced YAML block. */
function revertPullRequest(record) {
    const short = record.from.commit.slice(0, 12);
    // A title renders no markup and notifies no one; it is only kept to one short line.
    const title = `Revert "${(0,core_report/* oneLine */.TN)(record.from.subject, 200)}" (ci-recovery)`;
    // Job and workflow names, reasons and log lines may come from the culprit PR: escaped, never markup.
    const evidence = record.evidence.map((e) => `> line ${e.line}: ${(0,core_report/* codeSpan */.SS)(e.text)}`).join('\n');
    const body = [
        ...(record.askedFirst ? [`**Push mode asks first:** ${(0,core_report/* escapeText */.X1)(record.askedFirst, 500)}.`, ''] : []),
        `ci-recovery reverts ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ${(0,core_report/* escapeText */.X1)(record.reason, 500)}.`,
        '',
        `The \`${record.failureType}\` failure in job **${(0,core_report/* escapeText */.X1)(record.trigger.job, 100)}** of ` +
            `${(0,core_report/* escapeText */.X1)(record.trigger.workflow, 100)} ` +
            `(run ${record.trigger.runId}, attempt ${record.trigger.runAttempt}) ` +
            (record.probes?.length
                ? `was bisected: ${record.probes.map((p) => (0,core_report/* escapeText */.X1)(p, 200)).join('; ')}.`
                : 'reproduced on a confirming re-run, and the parent commit was green.') +
            (record.trigger.url ? ` [Run](${record.trigger.url})` : ''),
        '',
        evidence,
        '',
        'To re-land the change: ' + record.revisionTargets.map((t) => (0,core_report/* escapeText */.X1)(t, 200)).join('; ') + '.',
        '',
        '<details><summary>Post-mortem of this rollback (prefilled)</summary>',
        '',
        renderRollbackPostMortem(record, { heading: false }),
        '',
        '</details>',
        '',
        ROLLBACK_RECORD_BEGIN,
        (0,core_report/* codeBlock */.DV)(renderRollbackRecord(record).trimEnd(), 'yaml'),
    ].join('\n');
    return { title, body };
}

;// CONCATENATED MODULE: ./src/supervise/core/reentry.ts




/** The sticky comment's section for a re-land PR. */
const REENTRY_SECTION_KEY = 'ci-recovery-reentry';
const FULL_SHA = /\b[0-9a-f]{40}\b/g;
/** Does a commit message name a full commit sha (`This reverts commit \u2026`, `Re-lands: \u2026`)? */
function namesFullSha(message) {
    return /\b[0-9a-f]{40}\b/.test(message);
}
/** The rollback the PR's commits name, newest first; a record that does not parse is a problem, not a stop. */
function findReentry(reverts, commits, findings) {
    const named = new Set(commits.flatMap((c) => [c.sha, ...(c.message.match(FULL_SHA) ?? [])]));
    const problems = [];
    for (const entry of [...reverts].reverse()) {
        if (entry.record === undefined)
            continue;
        const shas = [entry.sha, entry.revertSha, entry.landedSha].filter((s) => s !== undefined);
        if (!shas.some((s) => named.has(s)))
            continue;
        let record;
        try {
            record = parseRollbackRecord(entry.record);
        }
        catch (error) {
            problems.push(`the rollback record of ${entry.sha.slice(0, 12)} is unreadable: ${String(error)}`);
            continue;
        }
        const sameFailure = sameFailureJob(record, findings);
        return { reentry: { sha: entry.sha, record, ...(sameFailure ? { sameFailure } : {}) }, problems };
    }
    return { problems };
}
/** The job that failed the record's way: the rollback's own job first, else any. */
function sameFailureJob(record, findings) {
    const same = Object.entries(findings).filter(([, f]) => f.classification.type === record.failureType);
    const job = same.find(([name]) => name === record.trigger.job) ?? same[0];
    return job ? { job: job[0] } : undefined;
}
/** The sentence for a re-land that failed again the same way (plain text; the caller escapes it). */
function sameFailureSentence(reentry) {
    if (!reentry.sameFailure)
        return undefined;
    return (`the same failure as the rollback of ${reentry.sha.slice(0, 12)}: the re-land did not fix it ` +
        `(job '${(0,core_text/* inert */.tJ)(reentry.sameFailure.job)}' failed with ${(0,core_text/* inert */.tJ)(reentry.record.failureType)} again)`);
}
/** The re-land PR's section: the record's failure, evidence and revision targets; every value inert, escaped. */
function renderReentrySection(reentry) {
    const { record } = reentry;
    const short = reentry.sha.slice(0, 12);
    const text = (s, max = 300) => (0,core_report/* escapeText */.X1)((0,core_text/* inert */.tJ)(s), max);
    const again = sameFailureSentence(reentry);
    const evidence = record.evidence[0];
    return [
        again
            ? `#### Re-land of ${short}: ${text(again, 600)}`
            : `#### Re-land of ${short}, which ci-recovery rolled back`,
        '',
        `- **Rolled back for:** ${(0,core_report/* codeSpan */.SS)((0,core_text/* inert */.tJ)(record.failureType), { max: 60 })} in job **${text(record.trigger.job, 100)}** of ` +
            `${text(record.trigger.workflow, 100)} (run ${record.trigger.runId})`,
        ...(evidence ? [`- **Evidence:** line ${evidence.line}: ${(0,core_report/* codeSpan */.SS)((0,core_text/* inert */.tJ)(evidence.text))}`] : []),
        // Once the default branch told, whether the revert helped (as the rollback's post-mortem says it).
        ...(record.verification ? [helpedLine(record)] : []),
        '- **To re-land it:**',
        ...record.revisionTargets.map((t) => `  - ${text(t, 200)}`),
    ].join('\n');
}
/** The summary's lines about a re-land PR. */
function renderReentrySummary(reentry) {
    if (!reentry)
        return [];
    return ['', '### Re-land of a rolled-back change', '', renderReentrySection(reentry).replace(/^#### /, '')];
}

;// CONCATENATED MODULE: ./src/supervise/core/rollback-verify.ts




/**
 * The test a failure line names, when it names one: a pytest node id (`path.py::name`), go's
 * `--- FAIL: Name`, jest's `\u25cf title`. Undefined for any other line (an assertion's message).
 */
function testIdentity(text) {
    // The base test only: a go subtest's line and its parent's name one test, and a pytest parameter's id
    // (a temporary path, a timestamp) may differ from run to run.
    const go = /---\s+FAIL:\s+([^\s/]+)/.exec(text);
    if (go)
        return `go:${go[1]}`;
    const pytest = /(\S+\.py::[^\s[]+)/.exec(text);
    if (pytest)
        return `pytest:${pytest[1]}`;
    const jest = /\u25cf\s+(.+?)\s*$/.exec(text);
    if (jest)
        return `jest:${jest[1]}`;
    return undefined;
}
/**
 * What a run of the default branch that holds the revert says about it. Only the trigger job's own
 * result counts: a revert is judged by the failure it was made for (its type, and its evidence where the
 * record and the run both have one).
 */
function checkRollback(record, jobs, findings, 
/** The run has more jobs than `jobs` (JobListing `more`): one not among them may have run. */
moreJobs = false) {
    const name = record.trigger.job;
    const job = jobs.find((j) => j.name === name);
    if (!job && moreJobs)
        return { verdict: 'unknown', reason: `job '${name}' is not among the ${jobs.length} jobs listed` };
    if (!job)
        return { verdict: 'unknown', reason: `job '${name}' did not run` };
    if (job.conclusion === 'success')
        return { verdict: 'green' };
    const found = findings[name];
    if (!found)
        return { verdict: 'unknown', reason: `job '${name}' ended ${job.conclusion ?? 'not yet'}` };
    if (found.classification.type !== record.failureType)
        return {
            verdict: 'unknown',
            reason: `job '${name}' failed another way (${found.classification.type}, the revert was for ${record.failureType})`,
        };
    // Of the same type is not the same failure: another test failing (a flaky one, a second breaking change)
    // says nothing against the revert, and a re-land would bring back a change that broke the branch. Told
    // apart only where both lines name their test: a message alone ('demo beta', 'demo gamma') may change
    // while the same test fails, and then the revert did not help (a draft re-land for a person decides).
    const was = (record.evidence ?? []).flatMap((e) => testIdentity(e.text) ?? []);
    const seen = found.classification.evidence && testIdentity(found.classification.evidence.text);
    if (was.length > 0 && seen !== undefined && !was.includes(seen))
        return {
            verdict: 'unknown',
            otherTest: true,
            reason: `job '${name}' failed on another test (${seen}) than the one the revert was made for (${was.join(', ')})`,
        };
    return { verdict: 'still-failing', findings: found };
}
/** The record with the run's verdict. */
function verifiedRecord(record, check, run, now) {
    const evidence = check.verdict === 'still-failing' ? check.findings.classification.evidence : undefined;
    const verification = {
        result: check.verdict,
        runId: run.id,
        runAttempt: run.attempt,
        sha: run.headSha,
        at: now.toISOString(),
        ...(run.url ? { url: run.url } : {}),
        ...(check.verdict === 'still-failing' ? { failureType: check.findings.classification.type } : {}),
        ...(evidence ? { evidence } : {}),
    };
    return { ...record, verification };
}
/** The branch a re-land goes to: one per reverted change, so a second supervisor run finds it. */
function relandBranch(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new Error(`not a full commit sha: '${sha}'`);
    return `ci-recovery/reland-${sha.slice(0, 12)}`;
}
/** Why a revert that did not help goes to a person with its re-land. */
function relandEscalation(record) {
    const short = record.from.commit.slice(0, 12);
    const count = record.rollbacks ?? 1;
    return (`reverting ${short} did not help: job '${(0,core_report/* oneLine */.TN)(record.trigger.job, 100)}' still fails the same way ` +
        `(${record.failureType}), so the culprit is elsewhere; the draft PR re-lands ${short}, which a person ` +
        `merges once the real cause is found (rollback ${count} of at most ${core_revert/* MAX_ROLLBACKS_PER_TARGET */.Xj} of this change)`);
}
/** The draft re-land PR: the account, the post-mortem, the updated record (which parses back). */
function relandPullRequest(record) {
    const short = record.from.commit.slice(0, 12);
    const title = `Re-land "${(0,core_report/* oneLine */.TN)(record.from.subject, 200)}" (ci-recovery)`;
    const body = [
        `ci-recovery re-lands ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ` +
            `${(0,core_report/* escapeText */.X1)(relandEscalation(record), 800)}.`,
        '',
        'This PR is a draft on purpose: it needs a person. Merge it when the failure is fixed elsewhere, or close it.',
        '',
        '<details><summary>Post-mortem of the rollback (prefilled)</summary>',
        '',
        renderRollbackPostMortem(record, { heading: false }),
        '',
        '</details>',
        '',
        ROLLBACK_RECORD_BEGIN,
        (0,core_report/* codeBlock */.DV)(renderRollbackRecord(record).trimEnd(), 'yaml'),
    ].join('\n');
    return { title, body };
}
/**
 * The change a commit belongs to for the count: a commit ci-recovery reverted, or one whose message names
 * a commit of an earlier rollback (a revert of the revert, a re-land, `Re-lands: <sha>`), counts against
 * that rollback's change. Undefined: a change of its own.
 */
function rollbackTarget(commit, reverts) {
    const named = new Set([commit.sha, ...(commit.message.match(/\b[0-9a-f]{40}\b/g) ?? [])]);
    const earlier = reverts.find((r) => named.has(r.sha) ||
        (r.revertSha !== undefined && named.has(r.revertSha)) ||
        (r.landedSha !== undefined && named.has(r.landedSha)));
    return earlier ? (earlier.target ?? earlier.sha) : undefined;
}
/** Rollbacks of `target` in the ledger. */
function rollbacksOf(target, reverts) {
    return reverts.filter((r) => (r.target ?? r.sha) === target).length;
}
/** The summary's account of the earlier rollbacks a run told about, each with its post-mortem. */
function renderVerifiedRollbacks(verified) {
    if (verified.length === 0)
        return [];
    const lines = ['', '### Earlier rollbacks this run told about'];
    for (const { record } of verified) {
        const short = record.from.commit.slice(0, 12);
        const said = record.verification?.result === 'green'
            ? `the revert of ${short} helped: job **${(0,core_report/* escapeText */.X1)(record.trigger.job, 100)}** is green again.`
            : `the revert of ${short} did not help: ${(0,core_report/* escapeText */.X1)(record.reland?.escalated ?? relandEscalation(record), 800)}.`;
        lines.push('', `- ${said}`, '', renderRollbackPostMortem(record));
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-findings.ts
/**
 * The line GitHub writes to a job's annotations and log when the job runs past its `timeout-minutes`; the
 * job then ends `cancelled`, like a person's cancel (docs/runner-model.md, "Job timeouts"). Two wordings:
 * today's "The job has exceeded the maximum execution time of 30m0s" (a Go duration: 1m0s, 45m0s, 6h0m0s,
 * no final period) and the older "The job running on runner X has exceeded the maximum execution time of
 * N minutes." Both are accepted: the service's wording changed once without notice.
 */
const JOB_TIMEOUT = new RegExp([
    String.raw `The job has exceeded the maximum execution time of (?:\d+h)?(?:\d+m)?[\d.]+(?:s|ms|µs|us|ns)\b`,
    String.raw `The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\.`,
].join('|'));
/** The job-timeout line among `lines` (1-based line number), if any. */
function supervise_findings_jobTimeoutLine(lines) {
    for (const [i, line] of lines.entries()) {
        const m = JOB_TIMEOUT.exec(line);
        if (m)
            return { line: i + 1, text: m[0] };
    }
    return undefined;
}
/** The classification of a job the runner cancelled at its timeout-minutes. */
function jobTimeoutClassification(evidence) {
    return { type: 'timeout', confidence: 'high', retryable: true, rule: 'job-timeout-minutes', evidence };
}
/** The plan a job uploaded for this attempt: matched by check-run id, else by job key or name. */
function planForJob(plans, job) {
    const same = plans.filter((p) => p.attempt === job.runAttempt);
    return (same.find((p) => p.jobId === job.id) ??
        same.find((p) => p.jobId === undefined && (p.jobKey === job.name || p.job === job.name)));
}
/** What a job's own plan says: the first classified failed step (the in-job classifier saw exit codes and output). */
function findingsFromPlan(plan) {
    const step = plan.failedSteps.find((s) => s.classification && s.classification.type !== 'unknown') ??
        plan.failedSteps.find((s) => s.classification);
    if (!step?.classification)
        return undefined;
    return {
        classification: step.classification,
        source: 'plan',
        ...(plan.lane ? { lane: plan.lane } : {}),
        // The job's own ledger (its branch, its OS): the supervisor's cache cannot see it.
        ...(plan.flaky ? { flaky: true } : {}),
        ...(plan.flakyTests?.length ? { flakyTests: plan.flakyTests } : {}),
    };
}
/** What the job's steps say when nothing else does: the failed step's name, the job's conclusion. */
function jobSignals(job) {
    const step = job.steps.find((s) => s.conclusion === 'failure');
    return { ...(step ? { step: step.name } : {}), conclusion: 'failure' };
}
/** Is the best finding so far good enough to stop reading (a classified failure)? */
function findingsKnown(found) {
    return found !== undefined && found.classification.type !== 'unknown';
}
const ERROR_LEVELS = new Set(['failure', 'error']);
/**
 * A runner that died leaves no log and no plan: its error annotations are the only trace. Undefined when
 * they say nothing, or nothing better than `best`.
 */
function annotationFindings(notes, job, lane, best, classify) {
    const errors = notes.filter((a) => ERROR_LEVELS.has(a.level));
    if (errors.length === 0)
        return undefined;
    const c = classify({
        ...jobSignals(job),
        log: errors.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
    });
    if (best && c.type === 'unknown')
        return undefined;
    return { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
}
/** The last resort: the job's steps alone, then its name (`lint`). */
function stepsFindings(job, lane, classify) {
    const classification = classify({ ...jobSignals(job), job: job.name });
    return { classification, source: 'steps', ...(lane ? { lane } : {}) };
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-report.ts
/**
 * The supervisor's words: the `decisions` output, the sticky-comment sections (its own and a fork PR's
 * jobs'), what a re-run saves, and the job summary.
 */








/** Outputs `decisions` JSON: one entry per job, stable field order. */
function decisionsJson(plan) {
    return JSON.stringify(plan.jobs.map((j) => ({
        job: j.job,
        jobId: j.jobId,
        action: j.action,
        type: j.classification?.type,
        lane: j.lane,
        attempt: j.attempt,
        reason: j.reason,
    })));
}
/** The sticky-comment sections of a fork PR's jobs (read-only token: they could not comment), newest attempt each. */
function forkPlanSections(plans, runUrl) {
    return (0,plan_artifact/* latestPlans */.QU)(plans).map((p) => ({
        key: p.jobKey,
        body: (0,comment_section.renderCommentSection)(jobReportFromPlan(p, runUrl)),
        runId: p.runId,
        attempt: p.attempt,
    }));
}
/** A job's sticky-comment report from its plan (for fork PRs, whose jobs could not comment themselves). */
function jobReportFromPlan(plan, runUrl) {
    return {
        job: plan.jobKey,
        jobKey: plan.jobKey,
        repo: plan.repo,
        runId: plan.runId,
        attempt: plan.attempt,
        ...(runUrl ? { runUrl } : {}),
        ...(plan.headSha ? { sha: plan.headSha } : {}),
        ...(plan.branch ? { branch: plan.branch } : {}),
        ...(plan.prNumber !== undefined ? { prNumber: plan.prNumber } : {}),
        ...(plan.lane ? { lane: { lane: plan.lane, reason: plan.laneReason ?? '' } } : {}),
        conclusion: plan.conclusion,
        stages: [],
        failures: plan.failedSteps.map((s) => ({
            step: s.name,
            source: s.source,
            ...(s.stage ? { stage: s.stage } : {}),
            ...(s.conclusion ? { conclusion: s.conclusion } : {}),
            ...(s.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
            ...(s.classification ? { classification: s.classification } : {}),
            ...(s.decision ? { decision: s.decision } : {}),
        })),
        warnings: [],
    };
}
const SUPERVISOR_SECTION_KEY = 'ci-recovery-supervisor';
/** What each re-run (or confirming re-run) job skips by resuming from its checkpoints, per its plan. */
function rerunSavings(plan, jobs, plans) {
    const savings = [];
    for (const d of plan.jobs) {
        if (d.action !== 'rerun' && d.action !== 'confirm-rerun')
            continue;
        const job = jobs.find((j) => j.id === d.jobId);
        const jobPlan = job ? planForJob(plans, job) : undefined;
        const outlook = jobPlan ? (0,time_saved.resumeOutlook)(jobPlan) : undefined;
        if (outlook)
            savings.push({ job: d.job, outlook });
    }
    return savings;
}
function savingsLines(savings) {
    if (!savings || savings.length === 0)
        return [];
    return ['', '**Time the re-run saves:**', ...savings.map((s) => (0,time_saved.renderResumeOutlook)(s.job, s.outlook))];
}
const ACTION_WORDS = {
    rerun: '\ud83d\udd01 re-run',
    'confirm-rerun': '\ud83d\udd01 confirming re-run',
    revert: '\u21a9\ufe0f revert',
    manual: '\ud83e\uddd1 manual',
    nothing: '\u00b7',
};
/** The supervisor's section of the sticky comment: one line per failed job, then the re-run and revert. */
function renderSupervisorSection(plan, outcome) {
    const lines = [`#### Supervisor \u00b7 run ${plan.runId} attempt ${plan.runAttempt}`, ''];
    const failed = plan.jobs.filter((j) => j.classification);
    if (failed.length === 0)
        lines.push('- no failed jobs');
    for (const j of failed) {
        const type = j.classification ? `**${j.classification.type}**` : '';
        lines.push(`- ${(0,core_report/* escapeText */.X1)(j.job, 120)}: ${type} \u2192 ${ACTION_WORDS[j.action]}: ${(0,core_report/* escapeText */.X1)(j.reason, 400)}`);
    }
    if (plan.rerun && outcome.rerun) {
        lines.push('', `Re-run ${outcome.rerun}: ${(0,core_report/* escapeText */.X1)(plan.rerun.reason, 300)}.`);
        lines.push(...savingsLines(outcome.savings));
    }
    if (outcome.revertPr)
        lines.push('', `Revert: ${(0,core_report/* link */.nf)(`draft PR #${outcome.revertPr.number}`, outcome.revertPr.url)} (${(0,core_report/* codeSpan */.SS)(plan.revert?.branch ?? '')}).`);
    if (outcome.revertPushed)
        lines.push('', `Revert pushed to the default branch as ${(0,core_report/* codeSpan */.SS)(outcome.revertPushed.slice(0, 12))}.`);
    if (outcome.runUrl)
        lines.push('', (0,core_report/* link */.nf)('supervised run', outcome.runUrl));
    return lines.join('\n');
}
/** The most job rows one run's table shows. */
const TABLE_ROWS = 100;
/** The supervisor's job summary: one row per job (failed ones first, at most TABLE_ROWS), then what was done. */
function renderSuperviseSummary(report) {
    const { plan, details, revert } = report;
    // Job names and reasons may come from the culprit PR: escaped (HTML, markup, mentions, `|`) and capped.
    // At most TABLE_ROWS rows, failed jobs first: one wide matrix cannot take the step's 1 MiB summary from the
    // verdict lines below it and from the runs reconciled after it (boundedSummary cuts the tail).
    const jobs = [...plan.jobs.filter((j) => j.classification), ...plan.jobs.filter((j) => !j.classification)];
    const rows = jobs
        .slice(0, TABLE_ROWS)
        .map((j) => `| ${(0,core_report/* escapeText */.X1)(j.job, 100)} | ${j.classification?.type ?? ''} | ${j.action} | ${(0,core_report/* escapeText */.X1)(j.reason, 500)} |`);
    if (jobs.length > TABLE_ROWS)
        rows.push(`| and ${jobs.length - TABLE_ROWS} more jobs | | | |`);
    const lines = [
        `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
        '',
        `Workflow **${(0,core_report/* escapeText */.X1)(details.run.workflow, 100)}** on ${(0,core_report/* codeSpan */.SS)(details.run.headBranch, { max: 100 })} (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
        '',
        '| job | failure | decision | reason |',
        '| --- | --- | --- | --- |',
        ...rows,
    ];
    if (report.dryRun)
        lines.push('', '**Dry run**: nothing was changed. It would have:', ...report.dryRun.map((d) => `- ${(0,core_report/* escapeText */.X1)(d, 500)}`));
    if (report.rerun)
        lines.push('', `Re-run: ${report.rerun}.`);
    lines.push(...savingsLines(report.savings));
    if (revert?.pr)
        lines.push('', `Revert: draft PR [#${revert.pr.number}](${revert.pr.url}) on \`${revert.branch}\`.`);
    if (revert?.pushed)
        lines.push('', `Revert pushed to \`${revert.branch}\`: ${revert.pushed}.`);
    if (revert)
        lines.push('', '<details><summary>Rollback record</summary>', '', (0,core_report/* codeBlock */.DV)(renderRollbackRecord(revert.record).trimEnd(), 'yaml'), '</details>', '', renderRollbackPostMortem(revert.record));
    lines.push(...renderVerifiedRollbacks(report.verified ?? []));
    lines.push(...renderReentrySummary(report.reentry));
    // Sentences that name jobs, files and what GitHub answered (a PR names its jobs): plain text, escaped.
    if (report.failures.length > 0)
        lines.push('', '**Needs a change:**', ...report.failures.map((p) => `- ${(0,core_report/* escapeText */.X1)(p, 1000)}`));
    if (report.problems.length > 0)
        lines.push('', '**Limits of this report:**', ...report.problems.map((p) => `- ${(0,core_report/* escapeText */.X1)(p, 1000)}`));
    return lines.join('\n') + '\n';
}
/** The most bytes the runner adapter adds after each part (its line end, CRLF on Windows). */
const PART_END_BYTES = 2;
/**
 * One step's summary, whatever number of parts a wake writes (its run, each run it reconciles, the
 * rollbacks): the runner drops a step's whole summary past 1 MiB, with only an error annotation
 * (actions/runner FileCommandManager.cs, CreateStepSummaryCommand), so the part that would pass the limit
 * is cut with a note, and the parts after it are left out (the log has them).
 */
function boundedSummary(append, limitBytes = core_report/* STEP_SUMMARY_LIMIT_BYTES */.Wm) {
    const note = "> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB step summary limit; the job log has every run it reconciled.";
    let used = 0;
    let cut = false;
    return (markdown) => {
        if (cut)
            return;
        const room = limitBytes - used - PART_END_BYTES;
        let part = markdown;
        if ((0,core_report/* utf8Bytes */.dy)(part) > room) {
            cut = true;
            // The note must fit after whatever was written; a part cut to nothing is the note alone.
            part = (0,core_report/* truncateMarkdown */.o4)(part, Math.max(0, room), note, core_report/* utf8Bytes */.dy);
            if ((0,core_report/* utf8Bytes */.dy)(part) > room)
                return;
        }
        append(part);
        used += (0,core_report/* utf8Bytes */.dy)(part) + PART_END_BYTES;
    };
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-token.ts
/**
 * Which token the supervisor has, and what it cannot do with it. GitHub treats the workflow's own
 * GITHUB_TOKEN apart (docs/supervisor.md, with sources): a push or branch made with it starts no run, a PR
 * opened with it gets runs that wait for a writer's approval, and a run it dispatches (or, as far as anyone
 * has shown, re-runs) completes without firing `workflow_run`. A GitHub App's installation token or a
 * fine-grained token acts as a person does.
 */
/** Told apart without a call: the input's token against the job's own (`github.token`, a hidden input). */
function tokenKindOf(token, jobToken) {
    if (!jobToken)
        return 'unknown';
    return token === jobToken ? 'github-token' : 'other';
}
/** The summary's lines on the token: what it is, and what the supervisor cannot do with it. */
function tokenLines(kind) {
    if (kind === 'other')
        return [
            'Token: not the workflow\u2019s GITHUB_TOKEN (a GitHub App or fine-grained token): its probes, re-runs and reverts start runs and bring the supervisor back as a person\u2019s would; past three `workflow_run` levels GitHub stops the chain, and the scheduled sweep carries on.',
        ];
    const which = kind === 'github-token'
        ? 'Token: the workflow\u2019s GITHUB_TOKEN.'
        : 'Token: not known (no `default-token`).';
    return [
        `${which} With it GitHub starts no run for a pushed revert and sends no \`workflow_run\` for the runs it dispatches or re-runs: bisection, a re-run\u2019s verdict and a revert\u2019s verdict advance only through the scheduled sweep (\`schedule:\` in the caller workflow); a push-mode revert is followed by a dispatch of the watched workflow on the default branch; a revert PR\u2019s own runs wait for a writer\u2019s approval; a revert that changes \`.github/workflows/\` goes to a person. A GitHub App token (\`actions/create-github-app-token\`) lifts these.`,
    ];
}

;// CONCATENATED MODULE: ./src/supervise/ports/supervise.ts
/**
 * A port's call GitHub refused for its rate limit, past the client's longest wait (adapters/rest-call.ts):
 * it passes with time, so the work waits for a later wake, and the message says until when where GitHub told.
 */
class RateLimitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RateLimitError';
    }
}

;// CONCATENATED MODULE: ./src/supervise/ports/probes.ts
/**
 * GitHub refused a probe's dispatch for a reason the next wake does not change (the workflow disabled, no
 * `workflow_dispatch` trigger, a missing permission): the bisection ends. Any other failure (a 5xx, the
 * network, the wake's budget) passes, and the next wake dispatches again.
 */
class DispatchRefusedError extends Error {
    reason;
    constructor(message, 
    /** `gone`: the workflow itself is (GET .../actions/workflows/{id} answers 404): nothing to enable. */
    reason = 'refused') {
        super(message);
        this.reason = reason;
        this.name = 'DispatchRefusedError';
    }
}
/** In memory: runs are given; branches and dispatches are recorded. */
class RecordingProbes {
    runs = [];
    branches = new Map();
    deleted = [];
    dispatched = [];
    dispatchError;
    /** The run id a dispatch answers with (undefined: the service gave none, as a 204). */
    dispatchRunId;
    /** Calls of recentRuns. */
    listings = 0;
    listRuns(_workflowId, f) {
        return Promise.resolve(this.runs
            .filter((r) => (f.branch === undefined || r.headBranch === f.branch) &&
            (f.headSha === undefined || r.headSha === f.headSha) &&
            (f.event === undefined || r.event === f.event) &&
            (f.created === undefined || r.createdAt >= f.created.replace(/^>=/, '')))
            .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
            // GitHub's pages (per_page=100): older runs are not listed.
            .slice(0, 100 * (f.pages ?? 1)));
    }
    createBranch(branch, sha) {
        const at = this.branches.get(branch);
        if (at !== undefined && at !== sha)
            return Promise.reject(new Error(`${branch} exists at ${at.slice(0, 12)}`));
        this.branches.set(branch, sha);
        return Promise.resolve(at === undefined ? 'created' : 'exists');
    }
    deleteBranch(branch) {
        this.branches.delete(branch);
        this.deleted.push(branch);
        return Promise.resolve();
    }
    dispatch(workflowId, ref) {
        if (this.dispatchError)
            return Promise.reject(this.dispatchError);
        this.dispatched.push({ workflowId, ref });
        return Promise.resolve(this.dispatchRunId !== undefined ? { runId: this.dispatchRunId } : {});
    }
    recentRuns() {
        this.listings++;
        return Promise.resolve([...this.runs].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).slice(0, 100));
    }
}

;// CONCATENATED MODULE: ./src/supervise/core/bisect.ts
/** The most commits since the last green run that are bisected; a longer range goes to a person. */
const MAX_BISECT_RANGE = 8;
/** Probes one bisection may take: enough for MAX_BISECT_RANGE (log2(8) = 3), and one to confirm the head. */
const MAX_PROBES_PER_BISECTION = 4;
/**
 * How long a dispatched probe may stay uncompleted before the bisection goes to a person (its branch is
 * deleted): a probe queued behind a busy runner pool for hours is as good as lost, and a dispatch whose run
 * never completes must not hold the range forever.
 */
const PROBE_DEADLINE_MS = 6 * 3_600_000;
/**
 * How many times a cancelled probe is re-run (POST .../runs/{id}/rerun) before it goes to a person: a
 * cancel (a `concurrency:` group with `cancel-in-progress`, a person, a runner lost) says nothing of the
 * commit. Counted from the probe run's attempts on GitHub, so the cap holds across supervisor runs.
 */
const MAX_PROBE_RERUNS_ON_CANCEL = 2;
/**
 * The most attempts a cancelled probe's run may have before it goes to a person whatever the count of cancels
 * says: its first, MAX_PROBE_RERUNS_ON_CANCEL re-runs and a confirmation's. A hard bound, should the count
 * ever read an attempt as telling that did not.
 */
const MAX_CANCELLED_PROBE_ATTEMPTS = 1 + MAX_PROBE_RERUNS_ON_CANCEL + 1;
/** Probes a day: as many bisections as the daily cap allows reverts (revert.daily-cap 0: none). */
function probesPerDay(dailyCap) {
    return Math.max(0, dailyCap) * MAX_PROBES_PER_BISECTION;
}
const PROBE_REF = /^ci-recovery\/probe-([0-9a-f]{12})$/;
/** The branch a probe of `sha` runs on: one per commit, in ci-recovery's own namespace. */
function probeRef(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new Error(`not a full commit sha: '${sha}'`);
    return `ci-recovery/probe-${sha.slice(0, 12)}`;
}
/** A run of a probe ref dispatched by the supervisor: its completion brings the supervisor back. */
function isProbeRun(run) {
    return run.event === 'workflow_dispatch' && PROBE_REF.test(run.headBranch);
}
/**
 * Why a run does not count as a probe of `sha`, or undefined when it does: it must be a run of the same
 * workflow file, on the probe ref, at the exact sha, by `workflow_dispatch`, created after the dispatch. A
 * run someone else started on a branch of that name, or an older one, is not ours to trust.
 */
function probeRunRefusal(run, want) {
    if (run.event !== 'workflow_dispatch')
        return `run ${run.id} is a ${run.event} run, not a dispatch`;
    if (run.headBranch !== probeRef(want.sha))
        return `run ${run.id} is not on ${probeRef(want.sha)}`;
    if (run.headSha !== want.sha)
        return `run ${run.id} tested ${run.headSha.slice(0, 12)}, not the probe's commit`;
    if (run.path !== want.workflowPath)
        return `run ${run.id} ran ${run.path}, not ${want.workflowPath}`;
    const created = Date.parse(run.createdAt);
    if (!(created >= Date.parse(want.after)))
        return `run ${run.id} was created before the bisection began`;
    return undefined;
}
/** The newest run that counts as the probe of `want.sha`, if any. */
function probeRunOf(runs, want) {
    return runs
        .filter((r) => probeRunRefusal(r, want) === undefined)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)[0];
}
/**
 * What a probe run says, given the failing job's own outcome in it. `jobTimeout`: the job was cancelled by its
 * timeout-minutes (GitHub's line said so), a failure of the commit's, of type `timeout`.
 */
function judgeProbe(run, job, failing, now) {
    if (run.status !== 'completed') {
        // A re-run keeps the dispatch's creation time: its own clock starts when it was asked for (updated_at).
        const since = (run.runAttempt ?? 1) > 1 && run.updatedAt ? run.updatedAt : run.createdAt;
        const age = now && since ? now.getTime() - Date.parse(since) : 0;
        return age > PROBE_DEADLINE_MS ? 'expired' : 'pending';
    }
    if (run.conclusion === 'success')
        return 'green';
    const failed = job?.conclusion === 'failure' || job?.jobTimeout === true;
    if (failed && job?.type === failing)
        return 'same';
    if (run.conclusion === 'cancelled') {
        // Another job's cancel (its timeout, a concurrency group) after the watched job passed: the job says pass.
        if (job?.conclusion === 'success')
            return 'green';
        // The watched job cancelled, skipped or never listed (cancelled while queued): no verdict on the commit.
        if (!failed)
            return 'cancelled';
    }
    return 'other';
}
const bisect_short = (sha) => sha.slice(0, 12);
/**
 * The next step. Known: the parent of commits[0] is green, the last commit fails. Each probe narrows the
 * range to (last green, first failing]; when one commit is left it is the culprit: its parent green, itself
 * failing the same way. A probe failing otherwise, or a green commit after a failing one, is not a clean
 * bisection: a person reads the probes.
 */
function bisectStep(input) {
    const { commits, probes } = input;
    const n = commits.length;
    if (n < 2)
        return { kind: 'person', reason: `${n} commit(s) in the range: nothing to bisect` };
    if (n > MAX_BISECT_RANGE)
        return {
            kind: 'person',
            reason: `${n} commits since the last green run, more than the ${MAX_BISECT_RANGE} ci-recovery bisects: a person must pick the culprit`,
        };
    const at = new Map(probes.map((p) => [p.sha, p]));
    const runsLeft = runsLeftOf(input);
    const expired = probes.find((p) => p.result === 'expired' && commits.includes(p.sha));
    if (expired)
        return {
            kind: 'person',
            reason: `the probe of ${bisect_short(expired.sha)} did not complete within ${PROBE_DEADLINE_MS / 3_600_000} h of its dispatch: a person must pick the culprit`,
        };
    const other = probes.find((p) => p.result === 'other' && commits.includes(p.sha));
    if (other)
        return {
            kind: 'person',
            reason: `the probe of ${bisect_short(other.sha)} failed another way${other.failureType ? ` (${other.failureType})` : ''}: the range holds more than one failure, a person must pick the culprit`,
        };
    let lo = -1; // the last known green index (-1: the last green run's commit)
    let hi = n - 1; // the first known failing index
    commits.forEach((sha, i) => {
        const r = at.get(sha)?.result;
        if (r === 'green')
            lo = Math.max(lo, i);
        if (r === 'same')
            hi = Math.min(hi, i);
    });
    if (lo >= hi)
        return {
            kind: 'person',
            reason: lo === hi
                ? `the probe of ${bisect_short(commits[hi])} passed where its own run failed (a flaky failure): a person must pick the culprit`
                : `the probes disagree: ${bisect_short(commits[lo])} passed after ${bisect_short(commits[hi])} failed the same way (a flaky failure, or more than one change): a person must pick the culprit`,
        };
    const pending = commits.slice(lo + 1, hi + 1).find((sha) => at.get(sha)?.result === 'pending');
    if (pending)
        return { kind: 'wait', sha: pending, reason: `the probe of ${bisect_short(pending)} has not completed` };
    const cancelled = commits.slice(lo + 1, hi + 1).find((sha) => at.get(sha)?.result === 'cancelled');
    if (cancelled)
        return cancelledStep(at.get(cancelled));
    // The head failed once, in its own run: as the head alone would be, it is confirmed before a revert.
    if (hi - lo === 1 && hi === n - 1 && at.get(commits[hi])?.result !== 'same')
        return probeOrPerson(input, commits[hi], `every earlier commit passed: confirming ${bisect_short(commits[hi])}, the head, with a probe`);
    if (hi - lo === 1) {
        const culprit = commits[hi];
        // A commit before the head failed once, in its probe: a flaky test would make it the culprit, so its
        // probe is re-run first, as a lone commit's own run is before its revert (the head's run is its first).
        const probe = at.get(culprit);
        if (hi < n - 1 && probe && !(probe.confirmed ?? (probe.attempt ?? 1) >= 2)) {
            if (probe.runId === undefined || runsLeft <= 0 || input.probesLeftToday <= 0)
                return {
                    kind: 'person',
                    reason: `${bisect_short(culprit)} failed the same way once, in its probe, and that probe cannot be re-run to confirm it (${probe.runId === undefined ? 'its run is unknown' : runsLeft <= 0 ? `the bisection's ${MAX_PROBES_PER_BISECTION} probes are spent` : 'the daily cap of probes is reached'}): a person must pick the culprit`,
                };
            return {
                kind: 'confirm',
                sha: culprit,
                runId: probe.runId,
                reason: `${bisect_short(culprit)} is the first of ${n} commits to fail the same way: re-running its probe (run ${probe.runId}) to confirm it`,
                ...(probe.jobTimeout ? { wholeRun: true } : {}),
            };
        }
        const parent = lo < 0 ? 'the last green run' : `the probe of ${bisect_short(commits[lo])}`;
        return {
            kind: 'culprit',
            sha: culprit,
            reason: `${bisect_short(culprit)} is the first of ${n} commits to fail the same way (${parent} passed)`,
        };
    }
    return narrow(input, lo, hi);
}
/**
 * A probe cancelled with no verdict on its commit: its run re-run when GitHub says the cancel was its own (a
 * concurrency group, a lost runner), a bounded number of times; else a person, at once: a person's cancel is
 * not overridden.
 */
function cancelledStep(probe) {
    const n = probe.cancels ?? 1;
    const times = `${n} time${n === 1 ? '' : 's'}`;
    const run = probe.runId === undefined ? '' : ` (run ${probe.runId})`;
    if (probe.cancelCause === undefined || probe.runId === undefined)
        return {
            kind: 'person',
            reason: `the probe on ${bisect_short(probe.sha)} was cancelled${run}, and its job's annotations name no cause of GitHub's (a \`concurrency:\` group, a lost runner, its timeout-minutes): a person may have cancelled it, so it is not re-run; it holds no verdict on the commit, and a person must pick the culprit or re-run it`,
        };
    const spent = n > MAX_PROBE_RERUNS_ON_CANCEL || (probe.attempt ?? 1) > MAX_CANCELLED_PROBE_ATTEMPTS;
    if (spent)
        return {
            kind: 'person',
            reason: `the probe on ${bisect_short(probe.sha)} was cancelled ${times}${run}, never by its job's timeout-minutes: a \`concurrency:\` group with \`cancel-in-progress\` or a lost runner; it holds no verdict on the commit, and a person must pick the culprit`,
        };
    const why = probe.cancelCause === 'concurrency' ? 'by a `concurrency:` group' : 'its runner lost';
    return {
        kind: 'rerun',
        sha: probe.sha,
        runId: probe.runId,
        reason: `the probe on ${bisect_short(probe.sha)} was cancelled ${times}${run}, the last ${why}, which says nothing of the commit: re-running it (${n} of ${MAX_PROBE_RERUNS_ON_CANCEL} re-runs)`,
    };
}
/** A probe between the last known green (lo) and the first known failing (hi), skipping untestable commits. */
function narrow(input, lo, hi) {
    const { commits } = input;
    const mid = middleTestable(input, lo, hi);
    if (mid === undefined)
        return untestablePerson(commits.slice(lo + 1, hi + 1), commits[hi]);
    const between = `${hi - lo} commits left between ${lo < 0 ? 'the last green run' : bisect_short(commits[lo])} and ${bisect_short(commits[hi])}`;
    const skipped = commits.slice(lo + 1, hi).filter((sha) => isUntestable(input, sha));
    const said = skipped.length > 0 ? ` (${skipped.map(bisect_short).join(', ')} skipped: ${NO_TRIGGER})` : '';
    return probeOrPerson(input, mid, `${between}: probing ${bisect_short(mid)}${said}`);
}
/** Why a commit is skipped: GitHub reads the workflow file at the probe's branch. */
const NO_TRIGGER = "the workflow file there has no 'workflow_dispatch:' trigger";
const isUntestable = (input, sha) => input.untestable?.includes(sha) ?? false;
/** The testable commit strictly between lo and hi nearest their middle (the lower on a tie); undefined: none. */
function middleTestable(input, lo, hi) {
    const mid = Math.floor((lo + hi) / 2);
    const order = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i).sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
    const at = order.find((i) => !isUntestable(input, input.commits[i]));
    return at === undefined ? undefined : input.commits[at];
}
/** The culprit is one of `candidates` (oldest first, the last failing), which probes cannot tell apart. */
function untestablePerson(candidates, failing) {
    const skipped = candidates.filter((sha) => sha !== failing);
    return {
        kind: 'person',
        reason: `the culprit is one of ${candidates.map(bisect_short).join(', ')}, and ${skipped.map(bisect_short).join(', ')} cannot be probed (${NO_TRIGGER}, as GitHub reads it at the probe's branch): a person must pick the culprit`,
    };
}
/** The runs the bisection may still start: a probe's re-run to confirm a culprit is a run too (review). */
const runsLeftOf = (input) => input.probesLeft - input.probes.filter((p) => (p.attempt ?? 1) >= 2).length;
/** A probe of `sha`, while the caps allow one. */
function probeOrPerson(input, sha, reason) {
    if (isUntestable(input, sha))
        return {
            kind: 'person',
            reason: `${bisect_short(sha)} must be probed to confirm it, and cannot be: ${NO_TRIGGER}; a person must pick the culprit`,
        };
    if (runsLeftOf(input) <= 0)
        return { kind: 'person', reason: `the bisection's ${MAX_PROBES_PER_BISECTION} probes are spent` };
    if (input.probesLeftToday <= 0)
        return { kind: 'person', reason: 'the daily cap of probes is reached' };
    return { kind: 'probe', sha, reason };
}
/** One line per probe, for the summary, the person's reason and the rollback record. */
function probeLines(probes) {
    const words = {
        green: 'passed',
        same: 'failed the same way',
        other: 'failed another way',
        cancelled: 'cancelled',
        pending: 'not completed',
        expired: `not completed within ${PROBE_DEADLINE_MS / 3_600_000} h`,
    };
    const times = (p) => p.result === 'cancelled' ? ` ${p.cancels ?? 1} time${(p.cancels ?? 1) === 1 ? '' : 's'}` : '';
    return probes.map((p) => `${bisect_short(p.sha)}: ${words[p.result]}${times(p)}${p.failureType && p.result !== 'green' ? ` (${p.failureType})` : ''}${p.runId !== undefined ? `, run ${p.runId}` : ''}`);
}
/**
 * When the bisection of a failing push run began: the creation of the first failing run since the
 * branch's last green run (runs newest first). Every later failing run of the branch shares the last green
 * commit, so its range holds the earlier one's and the probes dispatched since count for it too: one
 * bisection per range, however many pushes fail while it goes on. Undefined: `runId` is not listed.
 */
function bisectionStartOf(pushes, runId) {
    const completed = pushes.filter((r) => r.status === 'completed');
    const at = completed.findIndex((r) => r.id === runId);
    if (at < 0)
        return undefined;
    let first = completed[at];
    for (const run of completed.slice(at + 1)) {
        if (run.conclusion === 'success')
            break;
        first = run;
    }
    return first.createdAt;
}
/**
 * How long a probe branch may stay with no run listed before its probe is dispatched again, and, after
 * that, before the bisection goes to a person (its branch deleted): a crash between the branch and the
 * dispatch, or a dispatch GitHub dropped. A dispatch's run is listed within a minute; four 15-minute sweeps
 * see the branch first.
 */
const PROBE_NO_RUN_DEADLINE_MS = 60 * 60_000;
/**
 * The step for a probe branch found with no run, from its record (when it was made, when it was dispatched
 * again). No record: the clock starts now (a branch made by a run that crashed before recording it).
 */
function probeBranchStep(record, now) {
    if (!record)
        return { kind: 'record' };
    const minutes = PROBE_NO_RUN_DEADLINE_MS / 60_000;
    const since = (iso) => now.getTime() - Date.parse(iso);
    if (record.redispatchedAt === undefined)
        return since(record.createdAt) > PROBE_NO_RUN_DEADLINE_MS
            ? {
                kind: 'redispatch',
                reason: `${record.branch} has had no run for ${minutes} min since it was made: dispatching it again`,
            }
            : { kind: 'wait', reason: `${record.branch} exists, its run is awaited` };
    return since(record.redispatchedAt) > PROBE_NO_RUN_DEADLINE_MS
        ? {
            kind: 'person',
            reason: `${record.branch} got no run from two dispatches (${minutes} min after each): a person must pick the culprit`,
        }
        : { kind: 'wait', reason: `${record.branch} was dispatched again, its run is awaited` };
}

;// CONCATENATED MODULE: ./src/supervise/core/verdict-dispatch.ts
/**
 * A push-mode revert's verdict run, dispatched again by a sweep. A revert pushed with GITHUB_TOKEN starts no
 * run (docs/supervisor.md, "Which token"), so the wake that pushed it dispatches the watched workflow on the
 * default branch (phase/supervise.ts). When that dispatch failed (a 5xx past the client's retries, the
 * network, the wake's budget), nothing else starts a run holding the revert until someone pushes, and the
 * rollback waits unjudged, said once in that wake's summary. So a sweep dispatches it again while the
 * rollback awaits its verdict, it was pushed VERDICT_DISPATCH_GRACE_MS ago or more (the listing has caught up
 * with the wake's own dispatch) and VERDICT_DISPATCH_WINDOW_MS ago or less, and the listing shows no run of
 * its workflow on the default branch created since: at most one dispatch a sweep, and none once any run (a
 * person's push, the first dispatch) may hold it. Once per revert: a dispatch made or refused, by the wake
 * or a sweep, is kept on its ledger entry (`verdictDispatchedAt`), as the listing of the 100 newest runs
 * forgets it (a run that gives no verdict, its job guarded by `if: github.event_name == 'push'`, would be
 * dispatched again each time it scrolled off). Pure: the ledger and the listing come in, the workflows to dispatch go out.
 */


/** A sweep's interval: the listing shows the pushing wake's own dispatch long before. */
const VERDICT_DISPATCH_GRACE_MS = 15 * 60_000;
/**
 * A revert older has had its verdict run (the wake's dispatch, a sweep's, a push) or will not get it from a
 * dispatch: a day, as a probe record's (core/bisect-records.ts). A ledger of before the re-dispatch holds
 * pending reverts of any age: not dispatched for.
 */
const VERDICT_DISPATCH_WINDOW_MS = 24 * 3_600_000;
/** The workflows (ids) to dispatch on `branch` for the verdict of a pushed revert no run holds. */
function verdictDispatches(ledger, runs, branch, now) {
    return verdictDispatchPlan(ledger, runs, branch, now).map((d) => d.workflowId);
}
/** verdictDispatches, with the reverts each dispatch is for (their ledger entries keep that it was made). */
function verdictDispatchPlan(ledger, runs, branch, now) {
    const ids = new Map();
    for (const revert of ledger.reverts) {
        if (!revert.record || revert.verdict || !revert.landedSha || revert.verdictDispatchedAt)
            continue;
        const at = Date.parse(revert.at);
        const age = now.getTime() - at;
        if (!Number.isFinite(at) || age < VERDICT_DISPATCH_GRACE_MS || age > VERDICT_DISPATCH_WINDOW_MS)
            continue;
        let record;
        try {
            record = parseRollbackRecord(revert.record);
        }
        catch {
            // an unreadable record names no workflow to dispatch: its rollback is judged as before
            continue;
        }
        if (record.mode !== 'push')
            continue;
        const path = record.trigger.workflowPath ?? runs.find((r) => r.id === record.trigger.runId)?.path;
        const workflowId = runs.find((r) => r.path === path && r.workflowId !== undefined)?.workflowId;
        if (path === undefined || workflowId === undefined)
            continue;
        const started = runs.some((r) => r.path === path && r.headBranch === branch && !isProbeRun(r) && Date.parse(r.createdAt) >= at);
        if (!started)
            ids.set(workflowId, [...(ids.get(workflowId) ?? []), revert.sha]);
    }
    return [...ids].map(([workflowId, shas]) => ({ workflowId, shas }));
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-dry-run.ts
/**
 * What the supervisor would have done, said instead of done (`dry-run`): every call that writes (the
 * re-run, the revert's push and PR, the rollback record, the ledger, the sticky comment) is left out, so
 * a token with read permissions only can try it on a real run.
 */

/** One sentence per write a real run would make, each naming the permission it needs. */
function dryRunActions(f) {
    const { plan } = f;
    const would = [];
    const { rerun, revert } = plan;
    if (rerun) {
        const wait = (0,core_policy/* backoffMs */.jo)({ backoffSeconds: rerun.backoffSeconds }, plan.runAttempt + 1) / 1000;
        const what = rerun.mode === 'job' ? `job ${rerun.jobIds[0]}` : `the failed jobs (${rerun.jobIds.join(', ')})`;
        would.push(`re-run ${what} of run ${plan.runId} after ${wait} s (actions: write)`);
    }
    if (revert) {
        const sha = revert.sha.slice(0, 12);
        would.push(f.revertMode === 'push'
            ? `revert ${sha} and push the revert to ${f.defaultBranch} (contents: write)`
            : `revert ${sha}, push it to ${revert.branch} and open a draft revert PR labelled ${f.revertLabels.join(', ') || '(none)'} (contents: write, pull-requests: write)`);
        would.push('keep the rollback record as an artifact of this run (actions: write)');
        if (f.ledger)
            would.push('record the revert in the ledger of the branch (the Actions cache)');
    }
    if (f.bisect !== undefined)
        would.push(`bisect the ${f.bisect} commits since the last green run: one step now, a probe branch ci-recovery/probe-<sha12> at a commit and a workflow_dispatch of the workflow there (contents: write, actions: write)`);
    const acted = plan.jobs.some((j) => j.action !== 'nothing');
    const pr = plan.branchKind === 'pr' ? 'the run' : plan.branchKind === 'default' ? f.culpritPr : undefined;
    if (f.comment && !f.stale && acted && pr !== undefined)
        would.push(`update the sticky comment on ${pr === 'the run' ? "the run's pull request" : `pull request #${pr}`} (pull-requests: write)`);
    if (would.length === 0)
        would.push('change nothing: no job needs a re-run, a revert or a comment');
    return would;
}

;// CONCATENATED MODULE: ./src/supervise/core/bisect-records.ts
/**
 * The ledger's records of a bisection, pure: the probe branches made and not yet judged (a sweep finds the
 * bisection by them), and the bisections that ended where GitHub would not start their probes (a sweep no
 * longer takes their run up). Each change answers a new ledger, or the same one when nothing changed, so
 * the phase knows whether to save it.
 */

/**
 * A probe branch's record older than this is stale: its bisection ended long ago (both deadlines are long
 * past) without its record being dropped (its workflow deleted, disabled, or its step ended in a catch). A
 * stale record neither sends the sweep looking for its bisection nor keeps another workflow from deleting
 * the branch.
 */
const STALE_PROBE_RECORD_MS = 24 * 3_600_000;
/** How far ahead of this runner's clock another runner's may be when it dates a record. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Whether a probe record is fresh: made within STALE_PROBE_RECORD_MS, and not dated ahead of the clock (a
 * record from the future was not written by a supervisor: anyone who can write the branch's cache scope can
 * write a ledger, and it would stay fresh as long as it likes).
 */
function freshRecord(p, now) {
    const at = Date.parse(p.createdAt);
    return at >= now.getTime() - STALE_PROBE_RECORD_MS && at <= now.getTime() + CLOCK_SKEW_MS;
}
/**
 * Whether a fresh record holds the probe branch for a workflow `mine` does not pick: the branch is named by
 * the commit alone, so two workflows bisecting the same commits share it. A record naming no workflow is
 * anyone's, and holds it for no other.
 */
function heldByOthers(ledger, branch, mine, now) {
    return othersHolding(ledger, branch, mine, now).length > 0;
}
/** The workflows other than `mine` whose fresh records hold the probe branch (heldByOthers). */
function othersHolding(ledger, branch, mine, now) {
    const ids = (ledger?.probes ?? [])
        .filter((p) => p.branch === branch && freshRecord(p, now))
        .map((p) => p.workflowId)
        .filter((id) => id !== undefined && !mine(id));
    return [...new Set(ids)];
}
/**
 * A probe record of this bisection's workflow: another workflow (of the same name, even) bisecting at the
 * same commits keeps its own. A record of an older ledger that names no workflow is anyone's.
 */
const ownRecord = (workflowId, p) => p.workflowId === undefined || p.workflowId === workflowId;
/** The record of a probe branch made and not yet seen with a run, in place of any of the same branch. */
function withProbeRecord(ledger, workflowId, record) {
    const rest = withoutProbeRecords(ledger, workflowId, (p) => p.branch === record.branch);
    return { ...rest, probes: [...(rest.probes ?? []), { ...record, workflowId }] };
}
/** This workflow's probe records that `drop` picks are dropped. */
function withoutProbeRecords(ledger, workflowId, drop) {
    return dropFromLedger(ledger, 'probes', (p) => ownRecord(workflowId, p) && drop(p));
}
/** The run's bisection ended (the newest MAX_ENDED_BISECTIONS are kept). */
function withEnded(ledger, run, now) {
    const others = (ledger.ended ?? []).filter((e) => e.runId !== run.id);
    const ended = { runId: run.id, attempt: run.attempt, at: now.toISOString() };
    return { ...ledger, ended: [...others, ended].slice(-core_ledger/* MAX_ENDED_BISECTIONS */.wA) };
}
/** The run's ended record dropped: a probe of it was dispatched, so sweeps take its answer up again. */
function withoutEnded(ledger, runId) {
    return dropFromLedger(ledger, 'ended', (e) => e.runId === runId);
}
/** The items of one of the ledger's lists that `drop` picks go, the list with them when it empties. */
function dropFromLedger(ledger, key, drop) {
    const list = ledger[key];
    if (!list?.some(drop))
        return ledger;
    const kept = list.filter((item) => !drop(item));
    const next = { ...ledger };
    if (kept.length > 0)
        Object.assign(next, { [key]: kept });
    else
        delete next[key];
    return next;
}

;// CONCATENATED MODULE: ./src/supervise/core/rerun-records.ts
/**
 * The ledger's records of the re-runs the supervisor asked for on the default branch, pure. A re-run asked
 * with GITHUB_TOKEN fires no `workflow_run` on completion (PLATFORM.md \u00a7 8), so its answer (the confirming
 * re-run that decides a revert, a transient failure's second try) is read by the next sweep or unrelated
 * wake; the sweep's listing keeps a failed run for its window only (60 minutes), and GitHub delays or drops
 * `schedule:` runs. A record keeps the run a sweep target until a supervision reads the re-run's completed
 * attempt, or for a day at most. Anyone who can write the branch's cache scope can write a record: it only
 * names a run for the sweep to supervise again, with every guard its own completion's would have.
 */


/** A record made within a day, and not dated ahead of the clock (a forged one would stay fresh forever). */
function freshRerun(r, now) {
    const at = Date.parse(r.at);
    return at >= now.getTime() - STALE_PROBE_RECORD_MS && at <= now.getTime() + CLOCK_SKEW_MS;
}
/** The re-run of `run` at `attempt` asked for: recorded in place of any earlier record of the run. */
function rerun_records_withRerun(ledger, run, now) {
    const others = (ledger.reruns ?? []).filter((r) => r.runId !== run.id);
    const record = { runId: run.id, attempt: run.attempt, at: now.toISOString() };
    return { ...ledger, reruns: [...others, record].slice(-core_ledger/* MAX_RERUN_RECORDS */.nh) };
}
/**
 * The ledger once `run` was read: its record goes when the run is completed and either its attempt is the
 * re-run's answer (later than the one re-run), or no attempt later than the record's exists (the re-run never
 * started, or the record is forged: it would hold a sweep slot for a day), or the run itself was last updated
 * a day ago (`updatedAt`, when known). Stale records go too. The same ledger when nothing went.
 */
function withoutAnsweredRerun(ledger, run, now) {
    const list = ledger.reruns;
    if (!list)
        return ledger;
    // Completed is the answer, or there never will be one: a re-run makes the run queued again at once.
    const done = (r) => r.runId === run.id && run.completed;
    const kept = list.filter((r) => freshRerun(r, now) && !done(r) && !staleRun(r, run, now));
    return keptOnly(ledger, list, kept);
}
/** The record of a run GitHub no longer has (404): gone. The same ledger when it had none. */
function withoutRerunOf(ledger, runId) {
    const list = ledger.reruns;
    if (!list)
        return ledger;
    return keptOnly(ledger, list, list.filter((r) => r.runId !== runId));
}
function staleRun(r, run, now) {
    if (r.runId !== run.id || run.updatedAt === undefined)
        return false;
    const updated = Date.parse(run.updatedAt);
    return Number.isFinite(updated) && updated < now.getTime() - STALE_PROBE_RECORD_MS;
}
function keptOnly(ledger, list, kept) {
    if (kept.length === list.length)
        return ledger;
    const next = { ...ledger };
    if (kept.length > 0)
        next.reruns = kept;
    else
        delete next.reruns;
    return next;
}
/**
 * The runs whose re-run's answer waits to be read: each fresh record's run, unless this invocation
 * supervised it already, or the listing shows its re-run still running (`running`, which the summary says:
 * the next wake reads it). A run the listing no longer holds (a busy repository) is a target all the same:
 * its supervision reads it from GitHub.
 */
function rerunTargets(input) {
    const targets = [];
    const running = [];
    for (const record of input.reruns) {
        if (!freshRerun(record, input.now) || input.skip.includes(record.runId))
            continue;
        const listed = input.runs.find((r) => r.id === record.runId);
        if (listed && listed.status !== 'completed')
            running.push(record);
        else
            targets.push({
                runId: record.runId,
                why: `the answer of its re-run of attempt ${record.attempt} is not read yet`,
            });
    }
    return { targets, running };
}

;// CONCATENATED MODULE: ./src/supervise/core/workflow-jobs.ts
/**
 * Which jobs of a workflow deploy to an `environment`, read from the workflow file itself: the jobs API
 * does not say. A run's job is named by its `name:` (or its key when it has none), with ` (a, b)` after
 * it for a matrix leg; a `name:` with an expression is matched as a glob, the expression as `*`. Pure:
 * the supervisor's adapter fetches the file at the run's head sha. The file is untrusted (a pull request
 * may have changed it): it is bounded in size and aliases, and anything odd is a reason, not a crash.
 */



/** A workflow file larger than this is not read (GitHub's own limit for a workflow file is 512 KiB). */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** The jobs with an `environment` and the reusable workflows called, or why the file cannot tell. */
function readWorkflow(text, file) {
    if (Buffer.byteLength(text) > MAX_WORKFLOW_BYTES)
        return { problem: `${file} is larger than ${MAX_WORKFLOW_BYTES} bytes; not read` };
    let root;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false });
        if (doc.errors.length > 0)
            return { problem: `${file} is not valid YAML: ${doc.errors[0].message}` };
        root = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        return { problem: `${file} could not be read as YAML: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    const jobs = isRecord(root) ? root.jobs : undefined;
    if (!isRecord(jobs))
        return { problem: `${file} has no 'jobs:' map` };
    const deploying = [];
    const calls = [];
    for (const [key, job] of Object.entries(jobs)) {
        if (!isRecord(job))
            continue;
        const name = typeof job.name === 'string' && job.name.trim() ? job.name.trim() : key;
        if (typeof job.uses === 'string' && job.uses.trim())
            calls.push({ name, uses: job.uses.trim() });
        const environment = environmentName(job.environment);
        if (environment === undefined)
            continue;
        deploying.push({ key, name, environment });
    }
    return { deploying, calls };
}
/**
 * Whether the workflow file takes a `workflow_dispatch` (GitHub refuses a dispatch at a ref whose file has
 * none: 422 "Workflow does not have 'workflow_dispatch' trigger"): `on: workflow_dispatch`, a list naming
 * it, or a map with the key. Undefined: the file cannot tell (too large, not YAML, no `on:`), so a dispatch
 * is tried and GitHub answers.
 */
function takesDispatch(text) {
    if (Buffer.byteLength(text) > MAX_WORKFLOW_BYTES)
        return undefined;
    let root;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false });
        if (doc.errors.length > 0)
            return undefined;
        root = doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        // an unreadable file tells nothing: the dispatch is tried, and GitHub's answer decides
        return undefined;
    }
    // The yaml package reads YAML 1.2, where the key `on` stays a string (1.1 would make it true).
    const on = isRecord(root) ? root.on : undefined;
    if (on === undefined)
        return undefined;
    if (typeof on === 'string')
        return on === 'workflow_dispatch';
    if (Array.isArray(on))
        return on.includes('workflow_dispatch');
    return isRecord(on) ? Object.hasOwn(on, 'workflow_dispatch') : undefined;
}
/**
 * The path of a called workflow in this repository (`./.github/workflows/x.yml`), read at the caller's
 * sha as GitHub does; undefined for another repository's (`owner/repo/path@ref`).
 */
function localWorkflowPath(uses) {
    const m = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(uses);
    return m?.[1] && !m[1].split('/').includes('..') ? m[1] : undefined;
}
/**
 * A `uses:` of a job: a workflow of this repository (`./.github/workflows/x.yml`), or of another one
 * (`owner/repo/.github/workflows/x.yml@ref`, GitHub's only two forms); undefined for anything else.
 */
function calledWorkflow(uses) {
    const local = localWorkflowPath(uses);
    if (local)
        return { path: local };
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/(\.github\/workflows\/[^@\s]+\.ya?ml)@([^\s@]{1,255})$/.exec(uses);
    if (!m?.[1] || !m[2] || !m[3] || !m[4] || m[3].split('/').includes('..') || /^\.+$/.test(m[2]))
        return undefined;
    return { path: m[3], from: { repo: `${m[1]}/${m[2]}`, ref: m[4] } };
}
/**
 * The called workflow's deploying jobs as the run names them: `<caller> / <callee>` (a matrix of the
 * caller may put its values after the caller's name: matched as a glob).
 */
function calledDeployingJobs(call, deploying) {
    return deploying.map((job) => ({
        key: `${call.name}* / ${job.key}`,
        name: `${call.name}* / ${job.name}`,
        environment: job.environment,
    }));
}
/** The environment a run's job deploys to, when one of `deploying` is that job (a matrix leg included). */
function environmentOfJob(jobName, deploying) {
    // "deploy (prod, eu)" is a leg of "deploy"; a called workflow's job is "caller / callee".
    const base = jobName.replace(/ \([^()]*\)$/, '');
    for (const job of deploying) {
        const names = [job.name, job.key];
        for (const candidate of [jobName, base])
            if (names.some((n) => candidate === n || (0,job_filter/* globMatches */.mw)(expressionsAsStars(n), candidate)))
                return job.environment;
    }
    return undefined;
}
/** A job's name or key as a glob: each `${{ expression }}` stands for any text. */
const expressionsAsStars = (name) => name.replace(/\$\{\{[^}]*\}\}/g, '*').replace(/\*+/g, '*');
function environmentName(value) {
    if (typeof value === 'string')
        return value.trim() || undefined;
    if (isRecord(value) && typeof value.name === 'string')
        return value.name.trim() || undefined;
    // An environment given some other way (an expression object, a number) still deploys.
    return value === undefined || value === null ? undefined : String(JSON.stringify(value));
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./src/supervise/phase/bisect-site.ts
/**
 * What every part of a bisection step shares (supervise-bisect.ts, its probe reading in bisect-probes.ts,
 * its dispatches in bisect-dispatch.ts): the failing run's site, the ports, the result, and the ledger's
 * records of the site's probe branches and ended bisection (core/bisect-records.ts decides them).
 */




/** Deletes a probe's branch (best effort: one left is said, and the next step deletes it again). */
async function deleteProbeBranch(site, sha, ports) {
    // Another workflow's probe of the same commit runs on it (its fresh record holds the branch): that
    // bisection deletes it once judged, or the sweep once that workflow's branch is green again. A record a
    // day old holds nothing: its bisection stopped without dropping it, and the branch would be left forever.
    if (othersProbeOn(site, probeRef(sha), ports.now))
        return;
    await ports.probes.deleteBranch(probeRef(sha)).catch((error) => {
        ports.log.warning(`ci-recovery supervisor: the probe branch ${probeRef(sha)} was not deleted: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
    });
}
async function deleteProbeBranches(site, probes, ports) {
    for (const p of probes)
        if (p.result === 'pending' || p.result === 'cancelled')
            await deleteProbeBranch(site, p.sha, ports);
}
/**
 * Another workflow's probe run on the branch that has not completed: the branch is named by the commit
 * alone, so two workflows bisecting the same commits share it, and a `concurrency:` group keyed on the ref
 * would cancel one by the other's start. Read only for a workflow whose fresh record holds the branch, and only
 * a run created within the probe's deadline.
 */
async function othersRunOn(site, branch, ports) {
    const mine = (id) => id === site.details.workflowId;
    for (const id of othersHolding(site.ledger, branch, mine, ports.now)) {
        const runs = await ports.probes.listRuns(id, { branch, event: 'workflow_dispatch' });
        // A run held past the probe's deadline (an environment's approval, a queue that never starts) is not
        // waited for: the wait would have no end but the record's day, with no person told.
        const running = runs.find((r) => r.status !== 'completed' && ports.now.getTime() - Date.parse(r.createdAt) <= PROBE_DEADLINE_MS);
        if (running)
            return running.id;
    }
    return undefined;
}
/**
 * Whether a fresh record of the ledger holds the probe branch for another workflow's probe: the branch is
 * named by the commit alone, so two workflows bisecting the same commits share it. A stale record (a day
 * old: core/bisect-records.ts) holds nothing. No ledger: nothing tells, and false.
 */
function othersProbeOn(site, branch, now) {
    const { workflowId } = site.details;
    return heldByOthers(site.ledger, branch, (id) => id === workflowId, now);
}
/** This workflow's record of the probe branch (a record that names no workflow is anyone's). */
function ownProbeRecord(site, branch) {
    return site.ledger?.probes?.find((p) => p.branch === branch && ownRecord(site.details.workflowId, p));
}
/** The ledger's record of a probe branch made and not yet seen with a run (no ledger: nothing kept). */
function recordProbeBranch(site, record) {
    if (site.ledger)
        site.ledger = withProbeRecord(site.ledger, site.details.workflowId, record);
}
function forgetProbeBranch(site, sha) {
    const branch = probeRef(sha);
    forgetProbeBranches(site, (p) => p.branch === branch);
}
/** This workflow's probe records that `drop` picks are dropped from the ledger. */
function forgetProbeBranches(site, drop) {
    if (site.ledger)
        site.ledger = withoutProbeRecords(site.ledger, site.details.workflowId, drop);
}
/**
 * The failing run's bisection ended where GitHub would not start its probes: a sweep no longer takes the
 * run up (supervise-sweep.ts); a wake naming the run does. No ledger: nothing kept, as for probe branches.
 */
function recordEnded(site, now) {
    if (site.ledger)
        site.ledger = withEnded(site.ledger, site.details.run, now);
}
/** The run's ended record dropped: a probe of it was dispatched, so sweeps take its answer up again. */
function forgetEnded(site) {
    if (site.ledger)
        site.ledger = withoutEnded(site.ledger, site.details.run.id);
}

;// CONCATENATED MODULE: ./src/supervise/phase/bisect-culprit.ts
/**
 * The probe re-runs and last steps of a bisection (supervise-bisect.ts picks them): a probe cancelled with no
 * verdict is run again; a culprit's probe that failed once is re-run to confirm it; a confirmed culprit is
 * reverted alone, when the revert's checks pass for that commit, or goes to a person, said why (reverted
 * already within the range, labels, caps).
 */








/**
 * A probe cancelled with no verdict on its commit: every job of its run is run again (POST
 * .../runs/{id}/rerun; a cancelled job is no failed job), a new attempt of the same run that the next wake
 * reads as the probe; its record stays in the ledger, so a sweep comes back however the run ends (GitHub
 * may send no `workflow_run` for a re-run asked with GITHUB_TOKEN). Another workflow's probe still running on
 * the shared branch is waited for: a `concurrency:` group keyed on the ref would cancel one by the other.
 */
async function rerunCancelledStep(sha, runId, reason, c, ports) {
    const waiting = (why) => ({
        plan: c.set({ action: 'nothing', reason: `bisecting: ${why}` }),
        probes: c.probes,
    });
    const ref = probeRef(sha);
    const other = await othersRunOn(c.site, ref, ports);
    if (other !== undefined)
        return waiting(`${reason}, once another workflow's probe on ${ref} (run ${other}) completes`);
    try {
        await ports.github.requestRerun(runId, { mode: 'all', jobIds: [], backoffSeconds: 0, reason }, 0);
    }
    catch (error) {
        return await notRerun(runId, reason, error, c, ports);
    }
    ports.log.notice(`ci-recovery supervisor: bisecting: ${(0,core_text/* inert */.tJ)(reason)}.`);
    return waiting(reason);
}
/**
 * The culprit's probe failed once: its failed jobs are run again (the probe's next attempt is read as it
 * was); a second failure the same way makes it the culprit, a pass makes the range a person's. `wholeRun`:
 * its job timed out, cancelled, which POST .../rerun-failed-jobs leaves out: every job is run again.
 */
async function confirmStep(runId, reason, c, ports, wholeRun = false) {
    const mode = wholeRun ? 'all' : 'failed-jobs';
    try {
        await ports.github.requestRerun(runId, { mode, jobIds: [], backoffSeconds: 0, reason }, 0);
    }
    catch (error) {
        return await notRerun(runId, reason, error, c, ports);
    }
    ports.log.notice(`ci-recovery supervisor: bisecting: ${(0,core_text/* inert */.tJ)(reason)}.`);
    return { plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}` }), probes: c.probes };
}
/**
 * A probe's re-run that did not go through. Only GitHub's refusal of this attempt ends the bisection; the
 * step waits for the next wake (which reads the probe again and asks again) when:
 * - the run has an attempt newer than the one judged (GET .../actions/runs/{id}, `run_attempt`): the re-run
 *   was made already, and the step read a listing GitHub had not yet brought up to date (two wakes close
 *   together), so GitHub refused the second request ("no failed jobs", or a re-run of a newer attempt);
 * - GitHub did not refuse (a 5xx past the client's retries, the network, the wake's budget), within
 *   PROBE_DEADLINE_MS of the probe run's last change: past it, a person, as a refusal.
 * A rate limit passes (supervise-bisect.ts waits for the next wake).
 */
async function notRerun(runId, reason, error, c, ports) {
    if (error instanceof RateLimitError)
        throw error;
    const probe = c.probes.find((p) => p.runId === runId);
    const wait = (why) => {
        // A judged probe's record went with its branch (bisect-probes.ts): made again, as for a cancelled probe,
        // so a sweep finds the bisection however many runs push the failing run off the listing.
        if (probe && !ownProbeRecord(c.site, probeRef(probe.sha)))
            recordProbeBranch(c.site, {
                branch: probeRef(probe.sha),
                sha: probe.sha,
                createdAt: ports.now.toISOString(),
            });
        ports.log.warning(`ci-recovery supervisor: bisecting: ${(0,core_text/* inert */.tJ)(why)}`);
        return { plan: c.set({ action: 'nothing', reason: `bisecting: ${why}` }), probes: c.probes };
    };
    const judged = probe?.attempt ?? 1;
    const latest = await ports.github.readRun(runId).then((d) => d.run.latestAttempt, () => undefined);
    if (latest !== undefined && latest > judged)
        return wait(`${reason}: run ${runId} has attempt ${latest} already (attempt ${judged} was read), so the re-run was made; the next wake reads it`);
    const changed = Date.parse(probe?.changedAt ?? '');
    const fresh = !Number.isFinite(changed) || ports.now.getTime() - changed <= PROBE_DEADLINE_MS;
    if (!refusedByGitHub(error) && fresh)
        return wait(`${reason}, but the re-run waits for the next wake: ${(0,errors/* errorMessage */.gJ)(error)}`);
    return await refused(reason, error, c, ports);
}
/**
 * A 4xx that asks to come back later, not to stop: 408 (timed out), 409 (a conflict with the run's state),
 * 429 without the headers or wording the adapter reads as a rate limit (core/api-refusal.ts passes it raw).
 */
const LATER = new Set([408, 409, 429]);
/**
 * GitHub's own answer that it will not do it: an explained refusal (a permission, a run past 30 days or 50
 * attempts) or any other 4xx but LATER. A 5xx, the network or the wake's budget is no refusal: the next wake
 * asks again.
 */
function refusedByGitHub(error) {
    if (error instanceof errors/* UserError */.yo)
        return true;
    const status = typeof error === 'object' && error !== null ? error.status : undefined;
    return typeof status === 'number' && status >= 400 && status < 500 && !LATER.has(status);
}
/**
 * A probe's re-run GitHub refused (a run over a month old, its workflow disabled): a person's, and the
 * bisection ends as a person step does (supervise-bisect.ts): its probe branches deleted, their records gone.
 */
async function refused(reason, error, c, ports) {
    await deleteProbeBranches(c.site, c.probes, ports);
    for (const p of c.probes)
        forgetProbeBranch(c.site, p.sha);
    return c.person(`${reason}, but the re-run was refused: ${(0,errors/* errorMessage */.gJ)(error)}`, c.probes);
}
/**
 * The commit after `sha` in the range that reverts it (one of `landed`, or git's "This reverts commit
 * <sha>"), if any.
 */
async function revertInRange(sha, landed, commits, clone) {
    const after = commits.slice(commits.indexOf(sha) + 1);
    for (const [i, later] of after.entries()) {
        const reverts = landed.includes(later) ||
            (await clone.commitInfo(later)).message.includes(`This reverts commit ${sha}`);
        if (!reverts)
            continue;
        // A later commit that reverts that revert lands the culprit again: the range's failure may be its (review).
        for (const relanding of after.slice(i + 1))
            if ((await clone.commitInfo(relanding)).message.includes(`This reverts commit ${later}`))
                return undefined;
        return later;
    }
    return undefined;
}
/** The culprit found: the revert checks again, for that commit (its labels, opt-out, caps). */
async function culpritStep(sha, reason, c, ports) {
    const { site } = c;
    // Reverted already within the range, and the head still fails the same way: another change of the range
    // fails it, whose probes all hold the reverted one's failure. Not "already reverted, nothing to do".
    const existing = await ports.github.findRevertPullRequest((0,core_revert/* revertBranch */.Z9)(sha));
    // Its revert's commit on the branch: the PR's merge (a squash changes it), the ledger's, or git's line.
    const landed = [
        existing?.mergeSha,
        ...(site.ledger?.reverts ?? []).filter((r) => r.sha === sha).flatMap((r) => [r.landedSha, r.revertSha]),
    ].filter((s) => s !== undefined);
    const revertedAt = await revertInRange(sha, landed, c.commits, site.clone);
    if (revertedAt !== undefined)
        return c.person(`${reason}, but it was reverted at ${revertedAt.slice(0, 12)} and the head still fails the same way: another change in the range fails it, or a later commit lands it again`, c.probes);
    const commit = await site.clone.commitInfo(sha);
    const labels = await ports.github.labelApplications(sha, site.revertConfig.killSwitchLabel);
    const target = site.ledger ? rollbackTarget(commit, site.ledger.reverts) : undefined;
    const earlier = target !== undefined && site.ledger ? rollbacksOf(target, site.ledger.reverts) : undefined;
    const verdict = (0,core_revert/* revertEligibility */.eg)({
        branchKind: 'default',
        event: 'push',
        commit: { sha, message: commit.message, parents: commit.parents },
        // The culprit failed the same way in its probe (or its own run) and the failing run did too.
        confirmedOnRerun: true,
        parentGreen: true,
        culpritRange: 1,
        revertsToday: site.facts.revertsToday ?? 0,
        labels: labels.labels,
        alreadyReverted: existing !== undefined || (site.ledger ? (0,core_ledger/* wasReverted */.$x)(site.ledger, sha) : false),
        ...((0,core_revert/* declined */.Li)(existing) ? { revertDeclined: existing.number } : {}),
        ...(earlier !== undefined ? { earlierRollbacks: earlier } : {}),
    }, site.revertConfig);
    const pr = labels.pr !== undefined ? { culpritPr: labels.pr } : {};
    if (!verdict.revert) {
        if (verdict.refusal === 'already-reverted')
            return { plan: c.set({ action: 'nothing', reason: `${reason}; ${verdict.reason}` }), probes: c.probes };
        return c.person(`${reason}, but no revert: ${verdict.reason}`, c.probes);
    }
    const plan = c.set({ action: 'revert', reason: `${reason}; ${verdict.reason}` });
    return {
        plan: {
            ...plan,
            revert: {
                sha,
                branch: (0,core_revert/* revertBranch */.Z9)(sha),
                ...(commit.parents.length > 1 ? { mainline: 1 } : {}),
                job: c.job.job,
                failureType: c.job.classification?.type ?? 'unknown',
                reason: `${reason} (bisection)`,
            },
        },
        probes: c.probes,
        ...pr,
        ...(target !== undefined ? { target } : {}),
        ...(earlier !== undefined ? { earlierRollbacks: earlier } : {}),
    };
}

;// CONCATENATED MODULE: ./src/supervise/phase/bisect-dispatch.ts
/**
 * A bisection's probe dispatched (supervise-bisect.ts picks the commit): its branch made at the commit and
 * the workflow dispatched there; a branch already there with no run is awaited, dispatched once more, or
 * goes to a person (core/bisect.ts, probeBranchStep). GitHub's refusal ends the bisection; anything that
 * passes waits for the next wake.
 */





/** The probe branch at the commit, then the dispatch on it. */
async function dispatchProbe(sha, reason, c, ports) {
    const ref = probeRef(sha);
    // The branch there already, with no probe run listed: another supervisor (a sweep beside an event's run)
    // made it a moment ago and dispatched, or a run crashed before its dispatch, or GitHub dropped it. Made
    // for another workflow's probe of the same commit (its fresh record holds it), it is this probe's branch
    // as well: dispatched at once. Two supervisors of this workflow (a sweep beside an event's run) that both
    // find only the other workflow's record can then both dispatch: one probe more than the cap, at worst.
    if ((await ports.probes.createBranch(ref, sha)) === 'exists' &&
        !(othersProbeOn(c.site, ref, ports.now) && !ownProbeRecord(c.site, ref)))
        return await probeBranchWithoutRun(sha, reason, c, ports);
    recordProbeBranch(c.site, { branch: ref, sha, createdAt: ports.now.toISOString() });
    let started;
    try {
        started = await ports.probes.dispatch(c.site.details.workflowId, ref);
    }
    catch (error) {
        // Another workflow's probe may run on it: its bisection deletes it.
        if (!othersProbeOn(c.site, ref, ports.now))
            await ports.probes
                .deleteBranch(ref)
                .catch((e) => ports.log.debug(`probe branch left: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(e))}`));
        forgetProbeBranch(c.site, sha);
        // A rate limit, a 5xx, the network or the wake's budget passes: the next wake dispatches the probe (its
        // branch made again). Only GitHub's refusal ends the bisection.
        if (!(error instanceof DispatchRefusedError))
            return {
                plan: c.set({
                    action: 'nothing',
                    reason: `bisecting: ${reason}; the probe of ${sha.slice(0, 12)} waits for the next wake: ${(0,errors/* errorMessage */.gJ)(error)}`,
                }),
                probes: c.probes,
            };
        // Refused (the workflow disabled, no trigger at that commit, no permission): each wake would make and
        // refuse the same probe; said once, the sweep leaves the run (recordEnded).
        recordEnded(c.site, ports.now);
        if (error.reason === 'gone')
            return c.person(`the probe of ${sha.slice(0, 12)} could not be dispatched: ${(0,errors/* errorMessage */.gJ)(error)}; the bisection ended, as no probe of this workflow can run again`, c.probes);
        return c.person(`the probe of ${sha.slice(0, 12)} could not be dispatched (${(0,errors/* errorMessage */.gJ)(error)}): bisection needs 'workflow_dispatch:' in the workflow's 'on:' at that commit, the workflow enabled and 'actions: write'; the bisection ended: to take it up again, dispatch the supervisor on the default branch with run-id ${c.site.details.run.id}`, c.probes);
    }
    // Taken up again (a dispatch naming the run): the sweeps follow its probes once more.
    forgetEnded(c.site);
    const run = started.runId !== undefined ? ` (run ${started.runId})` : '';
    ports.log.notice(`ci-recovery supervisor: bisecting: dispatched ${(0,core_text/* inert */.tJ)(c.site.details.run.workflow)} on ${ref}${run}.`);
    return {
        plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}; dispatched on ${ref}${run}` }),
        probes: c.probes,
    };
}
/**
 * A probe branch with no run listed: a second supervisor's dispatch is awaited; past the deadline from the
 * branch's creation it is dispatched once more; past a second deadline the range and the probes go to a
 * person and the branch is deleted (core/bisect.ts, probeBranchStep). Nothing waits forever.
 */
async function probeBranchWithoutRun(sha, reason, c, ports) {
    const ref = probeRef(sha);
    const now = ports.now.toISOString();
    const waiting = (why) => ({
        plan: c.set({ action: 'nothing', reason: `bisecting: ${reason}; ${why}` }),
        probes: c.probes,
    });
    if (!c.site.ledger) {
        // No ledger keeps when the branch was made nor a second dispatch: none is made (each sweep would
        // make one), and the bisection's start is the clock, with a probe run's own deadline.
        if (ports.now.getTime() - Date.parse(c.after) <= PROBE_DEADLINE_MS)
            return waiting(`${ref} exists, its run is awaited`);
        const hours = PROBE_DEADLINE_MS / 3_600_000;
        return await noRunPerson(sha, `${ref} has had no run ${hours} h after the bisection began`, c, ports);
    }
    const record = ownProbeRecord(c.site, ref);
    const step = probeBranchStep(record, ports.now);
    switch (step.kind) {
        case 'record':
            recordProbeBranch(c.site, { branch: ref, sha, createdAt: now });
            return waiting(`${ref} exists, its run is awaited`);
        case 'wait':
            return waiting(step.reason);
        case 'redispatch':
            try {
                await ports.probes.dispatch(c.site.details.workflowId, ref);
            }
            catch (error) {
                return await noRunPerson(sha, `${step.reason}, and that dispatch failed: ${(0,errors/* errorMessage */.gJ)(error)}`, c, ports);
            }
            recordProbeBranch(c.site, {
                branch: ref,
                sha,
                createdAt: record?.createdAt ?? now,
                redispatchedAt: now,
            });
            forgetEnded(c.site);
            ports.log.notice(`ci-recovery supervisor: bisecting: ${(0,core_text/* inert */.tJ)(step.reason)}.`);
            return waiting(step.reason);
        case 'person':
            return await noRunPerson(sha, step.reason, c, ports);
    }
}
/** The range and the probes to a person; the probe branches deleted, their records dropped. */
async function noRunPerson(sha, why, c, ports) {
    await deleteProbeBranch(c.site, sha, ports);
    await deleteProbeBranches(c.site, c.probes, ports);
    for (const s of c.commits)
        forgetProbeBranch(c.site, s);
    // Probes GitHub never ran: a sweep would make the branch and dispatch again, and wait hours, without end.
    recordEnded(c.site, ports.now);
    const first = c.commits[0] ?? sha;
    const last = c.commits[c.commits.length - 1] ?? sha;
    return c.person(`${why}; the range: ${first.slice(0, 12)}..${last.slice(0, 12)} (${c.commits.length} commits)`, c.probes);
}

;// CONCATENATED MODULE: ./src/supervise/core/probe-reading.ts

/** The runs one listing holds (per_page=100): a full one may have left older runs out. */
const LISTED_PAGE = 100;
/** The most runs GitHub lists for a filtered query (`created`, `event`, \u2026): ten pages of 100. */
const FILTERED_LISTING_MAX = 1_000;
/** The probe runs among `runs` created on `day` (UTC, `YYYY-MM-DD`). */
function probesOn(runs, day) {
    return runs.filter((r) => isProbeRun(r) && r.createdAt.slice(0, 10) === day).length;
}
/**
 * Whether one page of a listing, newest first, holds every run of `day`: it is not full, or its oldest run
 * is of an earlier day.
 */
function pageHoldsDay(runs, day) {
    const oldest = runs.at(-1);
    return runs.length < LISTED_PAGE || (oldest !== undefined && oldest.createdAt.slice(0, 10) < day);
}
const CONCURRENCY_CANCEL = /Canceling since a higher priority waiting request for .* exists/;
const RUNNER_LOST = /The runner has received a shutdown signal|lost communication with the server/;
/** The cause of a cancel its job's annotation `messages` name; undefined: a person's, or not said. */
function cancelCause(messages) {
    if (messages.some((m) => CONCURRENCY_CANCEL.test(m)))
        return 'concurrency';
    if (messages.some((m) => RUNNER_LOST.test(m)))
        return 'runner';
    return undefined;
}
/**
 * Whether a probe judged `result` needs the attempts before its own read: a later attempt failing the same
 * way confirms the culprit only if an earlier one did too; a cancelled one counts the cancels before it.
 */
function needsAttemptBefore(result, run) {
    return (result === 'same' || result === 'cancelled') && run.runAttempt >= 2;
}
/** The most earlier attempts read for one probe: enough to count the cancels past the cap, and one more. */
const ATTEMPTS_READ_BACK = MAX_PROBE_RERUNS_ON_CANCEL + 1;
/**
 * An attempt that told nothing of the commit, by judgeProbe's rule for a cancelled run: the failing job did
 * not fail (no failure, not its timeout-minutes) and did not pass: cancelled, skipped (a `needs:` job's
 * timeout), or not listed (cancelled while queued). A re-run follows only a completed attempt, so an earlier
 * attempt that neither failed nor passed the job is counted as a cancel.
 */
function cancelledOutcome(o) {
    const failed = o?.conclusion === 'failure' || o?.jobTimeout === true;
    return !failed && o?.conclusion !== 'success';
}
/**
 * How many attempts in a row told nothing (cancelledOutcome), the probe's own (cancelled) one and `before`
 * (newest first).
 */
function cancelsOf(before) {
    const i = before.findIndex((o) => !cancelledOutcome(o));
    return 1 + (i < 0 ? before.length : i);
}
/**
 * Whether the newest of `before` (newest first) that was not cancelled failed the same way: a confirming
 * re-run's first failure. Attempts between them that told nothing (cancelled, skipped, unlisted) are passed.
 */
function failedSameBefore(before, failing) {
    const told = before.find((o) => !cancelledOutcome(o));
    return (told?.conclusion === 'failure' || told?.jobTimeout === true) && told.type === failing;
}
/** The probe of `sha` its run makes: judged `result`, the failing job's type, and whether it is confirmed. */
function probeOf(sha, run, result, failed, confirmed, cancels) {
    return {
        sha,
        result,
        runId: run.id,
        ...(run.url ? { url: run.url } : {}),
        ...(failed?.type ? { failureType: failed.type } : {}),
        attempt: run.runAttempt,
        ...(confirmed !== undefined ? { confirmed } : {}),
        ...(result === 'cancelled' ? { cancels: cancels ?? 1 } : {}),
        ...(result === 'cancelled' && failed?.cause ? { cancelCause: failed.cause } : {}),
        ...(failed?.jobTimeout ? { jobTimeout: true } : {}),
        ...((run.updatedAt ?? run.createdAt) ? { changedAt: run.updatedAt ?? run.createdAt } : {}),
    };
}

;// CONCATENATED MODULE: ./src/supervise/phase/bisect-probes.ts
/**
 * A bisection's probes read back from GitHub: each commit's probe run (the newest page of the workflow's
 * dispatches, or its branch), the failing job's outcome in it (a cancelled job's timeout-minutes line
 * included), the attempts before it for a confirmation or a count of cancels, and the probes dispatched today
 * for the daily cap. Judged in core (core/bisect.ts, core/probe-reading.ts).
 */







/**
 * The probes dispatched today (UTC), the daily cap's count. The listing of the workflow's dispatches holds
 * one page: when it is full and all of today, earlier probes of the day may be past it (a busy repository's
 * own dispatches), so today's dispatches are listed in full. GitHub lists at most 1,000 for a filtered
 * query: a day that fills them counts as the cap reached, never as probes left.
 */
async function probesToday(dispatched, workflowId, ports) {
    const day = ports.now.toISOString().slice(0, 10);
    if (pageHoldsDay(dispatched, day))
        return probesOn(dispatched, day);
    const all = await ports.probes.listRuns(workflowId, {
        event: 'workflow_dispatch',
        created: `>=${day}`,
        pages: FILTERED_LISTING_MAX / LISTED_PAGE,
    });
    return all.length >= FILTERED_LISTING_MAX ? Number.POSITIVE_INFINITY : probesOn(all, day);
}
/** Each commit's probe, judged; a judged probe's branch is deleted (best effort). */
async function readProbes(commits, dispatched, c, ports) {
    const workflowPath = c.site.details.workflowPath ?? '';
    const probes = [];
    for (const sha of commits) {
        const want = { workflowPath, sha, after: c.after };
        // The newest page of dispatches first; a probe pushed off it (a busy repository) is looked up by its
        // branch, or it would be taken for one without a run and its commit probed again.
        const run = probeRunOf(dispatched, want) ??
            (dispatched.length >= LISTED_PAGE
                ? probeRunOf(await ports.probes.listRuns(c.site.details.workflowId, {
                    branch: probeRef(sha),
                    event: 'workflow_dispatch',
                }), want)
                : undefined);
        if (!run)
            continue;
        const failed = run.status === 'completed' && run.conclusion !== 'success'
            ? await jobOutcome(run, run.runAttempt, c, ports)
            : undefined;
        const result = judgeProbe(run, failed, c.failing, ports.now);
        const before = needsAttemptBefore(result, run) ? await attemptsBefore(run, c, ports) : [];
        const confirmed = result === 'same' && run.runAttempt >= 2 ? failedSameBefore(before, c.failing) : undefined;
        probes.push(probeOf(sha, run, result, failed, confirmed, cancelsOf(before)));
        // Cancelled, the probe is pending again (re-run, or a person's once the cap is spent): its record stays, or
        // is made again, so a sweep finds the bisection however many runs push its run off the listing.
        if (result === 'cancelled' && !ownProbeRecord(c.site, probeRef(sha)))
            recordProbeBranch(c.site, { branch: probeRef(sha), sha, createdAt: ports.now.toISOString() });
        // Judged: the branch and its record go. Pending, the record stays: it sends a sweep to this bisection
        // when its run is no longer among the repository's newest.
        if (result !== 'pending' && result !== 'cancelled') {
            forgetProbeBranch(c.site, sha);
            await deleteProbeBranch(c.site, sha, ports);
        }
    }
    return probes;
}
/**
 * The failing job's outcome in an attempt of a completed probe run that did not pass; undefined: it is not
 * listed. A cancelled job is read for GitHub's timeout-minutes line: then it failed, a timeout, as the
 * supervisor judges the failing run's own jobs (supervise-gather.ts); without it nothing of the commit is told.
 */
async function jobOutcome(run, attempt, c, ports, logs = true) {
    const listed = await ports.github.readJobs(run.id, attempt);
    const same = listed.jobs.find((j) => j.name === c.job.job);
    // Judged as failing otherwise (a person reads the probes), which it may not: said, not guessed.
    if (!same && listed.more)
        ports.log.warning(`ci-recovery supervisor: job '${(0,core_text/* inert */.tJ)(c.job.job)}' is not among the ${listed.jobs.length} jobs listed of probe run ${run.id}: the probe is judged as failing otherwise`);
    if (!same)
        return undefined;
    if (same.conclusion === 'cancelled') {
        // Its annotations first: a timeout-minutes line, or GitHub's own cause of the cancel. An earlier attempt
        // walked is read there only: no log downloaded per attempt.
        const notes = await annotationsOf(same.id, ports);
        const cause = cancelCause(notes);
        const jobTimeout = supervise_findings_jobTimeoutLine(notes) ?? (logs && !cause ? await ports.github.jobTimeoutEvidence(same.id) : undefined);
        if (!jobTimeout)
            return { conclusion: same.conclusion, ...(cause ? { cause } : {}) };
        const { type } = (await c.site.findings({ ...same, jobTimeout })).classification;
        return { conclusion: same.conclusion, jobTimeout: true, type };
    }
    return {
        conclusion: same.conclusion,
        ...(same.conclusion === 'failure' ? { type: (await c.site.findings(same)).classification.type } : {}),
    };
}
/** A cancelled job's annotation messages; not read (checks: read missing), none: its cause is then not known. */
async function annotationsOf(jobId, ports) {
    try {
        return (await ports.github.readAnnotations(jobId)).map((a) => a.message);
    }
    catch (error) {
        if (error instanceof RateLimitError)
            throw error;
        ports.log.warning(`ci-recovery supervisor: the annotations of probe job ${jobId} were not read (${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}): the cause of its cancel is not known`);
        return [];
    }
}
/**
 * The failing job's outcomes in the probe's attempts before its own, newest first, back to the first one
 * that told (cancelledOutcome), at most ATTEMPTS_READ_BACK, past the cap: what a confirmation and the count
 * of cancels are read from.
 */
async function attemptsBefore(run, c, ports) {
    const before = [];
    for (let attempt = run.runAttempt - 1; attempt >= 1 && before.length < ATTEMPTS_READ_BACK; attempt--) {
        const outcome = await jobOutcome(run, attempt, c, ports, false);
        before.push(outcome);
        if (!cancelledOutcome(outcome))
            break;
    }
    return before;
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-bisect.ts
/**
 * Bisection, one step per supervisor run. A push run of the default branch fails with 2..8 commits since
 * the last green run: the supervisor probes commits of the range (a `workflow_dispatch` of the failing
 * workflow on a short-lived branch at the commit) and, once one commit is left whose parent is green and
 * which fails the same way, reverts that commit alone. Stateless: every step reads the probes back from
 * GitHub (runs on the probe branches); a probe's completion calls the supervisor again (workflow_run), which
 * supervises the failing run anew and takes the next step. Decisions: core/bisect.ts. This file takes the
 * step; the probes are read in bisect-probes.ts (judged in core/probe-reading.ts), dispatched in
 * bisect-dispatch.ts, a culprit confirmed or reverted in bisect-culprit.ts, over what they share in
 * bisect-site.ts (the ledger's records: core/bisect-records.ts).
 */











/**
 * A completed probe run brings the supervisor here: the failing push run of the default branch it bisects
 * (the newest completed push run, when it failed). Undefined: not a probe run, or the branch is no longer
 * failing (the probe's answer is moot).
 */
async function bisectedRunOf(details, probes) {
    if (!isProbeRun(details.run))
        return undefined;
    const pushes = await probes.listRuns(details.workflowId, {
        branch: details.run.defaultBranch,
        event: 'push',
    });
    const latest = pushes.find((r) => r.status === 'completed');
    return latest && latest.conclusion !== 'success' ? latest.id : undefined;
}
/** The commits a real run would start or go on bisecting (a dry run's sentence); undefined: none. */
function wouldBisect(site) {
    return rangeJob(site) ? site.facts.culpritRange : undefined;
}
/** The job whose revert was refused for the range; undefined when bisection does not apply. */
function rangeJob(site) {
    const range = site.facts.culpritRange;
    if (range === undefined || range < 2 || range > MAX_BISECT_RANGE)
        return undefined;
    if (site.revertConfig.dailyCap <= 0)
        return undefined;
    return site.plan.jobs.find((j) => j.action === 'manual' && j.refusal === 'culprit-range');
}
/** Several commits since the last green run: one step of their bisection (supervise-bisect.ts). */
async function bisectRange(plan, g, work, revertConfig, ctx, ports, findings) {
    if (!ports.probes || !work.clone || ctx.settings.dryRun || g.stale)
        return plan;
    const result = await bisect({
        details: g.details,
        plan,
        clone: work.clone,
        facts: work.facts,
        revertConfig,
        ...(g.ledger ? { ledger: g.ledger } : {}),
        findings,
    }, { github: ports.github, probes: ports.probes, log: ports.runner.log, now: ports.now?.() ?? new Date() });
    if (!result)
        return plan;
    work.probes = result.probes;
    if (result.ledger)
        g.ledger = work.ledger = result.ledger;
    if (result.plan.revert) {
        // The culprit's PR and change, not the failing head's, are the revert's.
        if (result.culpritPr !== undefined)
            work.culpritPr = result.culpritPr;
        else
            delete work.culpritPr;
        if (result.target !== undefined)
            work.target = result.target;
        else
            delete work.target;
        if (result.earlierRollbacks !== undefined)
            work.facts.earlierRollbacks = result.earlierRollbacks;
        else
            delete work.facts.earlierRollbacks;
    }
    return result.plan;
}
/**
 * One step of the bisection of the failing run's range; undefined when it does not apply. The ledger comes
 * back when the probe branches' records changed.
 */
async function bisect(site, ports) {
    const before = site.ledger;
    const own = { ...site };
    const result = await bisectOnce(own, ports);
    if (!result || !own.ledger || own.ledger === before)
        return result;
    return { ...result, ledger: own.ledger };
}
async function bisectOnce(site, ports) {
    const job = rangeJob(site);
    if (!job)
        return undefined;
    const { run, workflowId } = site.details;
    const failing = job.classification?.type ?? 'unknown';
    const set = (d) => ({
        ...site.plan,
        jobs: site.plan.jobs.map((j) => (j === job ? { ...j, ...d } : j)),
    });
    const person = (why, probes) => {
        const listed = probes.length > 0 ? ` Probes: ${probeLines(probes).join('; ')}.` : '';
        return { plan: set({ reason: `${job.reason}; bisection: ${why}.${listed}` }), probes };
    };
    let probes = [];
    try {
        const pushes = await ports.probes.listRuns(workflowId, { branch: run.defaultBranch, event: 'push' });
        const newest = pushes.find((r) => r.status === 'completed');
        const own = pushes.find((r) => r.id === run.id);
        // One bisection per range: a newer failing run of the branch holds this range and bisects it.
        if (own && newest && newest.id !== run.id && Date.parse(newest.createdAt) > Date.parse(own.createdAt))
            return {
                plan: set({
                    action: 'nothing',
                    reason: newest.conclusion === 'success'
                        ? `${job.reason}; run ${newest.id}, newer, passed: nothing to bisect`
                        : `${job.reason}; run ${newest.id}, newer, bisects the range`,
                }),
                probes,
            };
        const green = await ports.github.lastGreenSha(workflowId, run.defaultBranch, run.headSha);
        const commits = green ? await site.clone.rangeCommits(green, run.headSha) : undefined;
        if (!commits)
            return person('the range since the last green run could not be read', probes);
        const waits = await openRevertIn(commits, site.ledger, ports.github, {
            ...run,
            workflowPath: site.details.workflowPath,
        });
        if (waits !== undefined)
            return { plan: set({ action: 'nothing', reason: `${job.reason}; ${waits}` }), probes };
        const dispatched = await ports.probes.listRuns(workflowId, { event: 'workflow_dispatch' });
        const after = bisectionStartOf(pushes, run.id) ?? run.startedAt ?? new Date(0).toISOString();
        probes = await readProbes(commits, dispatched, { site, after, failing, job }, ports);
        // Records of branches outside this range (an earlier bisection the branch's green run ended) go.
        forgetProbeBranches(site, (p) => !commits.includes(p.sha));
        const today = await probesToday(dispatched, workflowId, ports);
        const probesLeftToday = probesPerDay(site.revertConfig.dailyCap) - today;
        const probesLeft = MAX_PROBES_PER_BISECTION - probes.length;
        const step = await nextStep({ commits, probes, probesLeft, probesLeftToday }, site, ports);
        ports.log.info(`ci-recovery supervisor: bisection of ${commits.length} commits: ${(0,core_text/* inert */.tJ)(step.reason)}`);
        // A bisection that ends leaves no probe branch behind, a pending probe's included, nor their records.
        if (step.kind === 'person' || step.kind === 'culprit') {
            await deleteProbeBranches(site, probes, ports);
            for (const sha of commits)
                forgetProbeBranch(site, sha);
        }
        switch (step.kind) {
            case 'person':
                return person(step.reason, probes);
            case 'wait':
                return { plan: set({ action: 'nothing', reason: `bisecting: ${step.reason}` }), probes };
            case 'probe':
                return await dispatchProbe(step.sha, step.reason, { site, set, person, probes, after, commits }, ports);
            case 'culprit':
                return await culpritStep(step.sha, step.reason, { site, job, set, person, probes, commits }, ports);
            case 'confirm':
                return await confirmStep(step.runId, step.reason, { site, set, person, probes }, ports, step.wholeRun);
            case 'rerun':
                return await rerunCancelledStep(step.sha, step.runId, step.reason, { site, set, person, probes }, ports);
        }
    }
    catch (error) {
        // A rate limit passes: the next wake takes the step again, from what GitHub then shows.
        if (!(error instanceof RateLimitError))
            return person(`it stopped: ${(0,errors/* errorMessage */.gJ)(error)}`, probes);
        const reason = `bisecting: the step waits for the next wake: ${(0,errors/* errorMessage */.gJ)(error)}`;
        return { plan: set({ action: 'nothing', reason }), probes };
    }
}
/**
 * The next step, skipping commits GitHub would refuse to run a probe at (`git bisect skip`): their workflow
 * file has no `workflow_dispatch` trigger (it was added later in the range). Read each wake from the file at
 * the commit (one read per commit the step picks), so nothing is kept and no dispatch is spent; a file that
 * is not there, or cannot be read or parsed, is tried, and GitHub's answer decides (a refusal ends it).
 */
async function nextStep(input, site, ports) {
    const { workflowPath } = site.details;
    const untestable = [];
    let step = bisectStep(input);
    while (workflowPath && step.kind === 'probe' && !untestable.includes(step.sha)) {
        if (await takesProbe(workflowPath, step.sha, ports))
            return step;
        untestable.push(step.sha);
        step = bisectStep({ ...input, untestable });
    }
    return step;
}
/** Whether a dispatch at `sha` can start the workflow there: false only when its file says it cannot. */
async function takesProbe(workflowPath, sha, ports) {
    try {
        const text = await ports.github.readFile(workflowPath, sha);
        return text === undefined || takesDispatch(text) !== false;
    }
    catch (error) {
        ports.log.debug(`${workflowPath} at ${sha.slice(0, 12)} not read, the probe is tried: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        return true;
    }
}
/**
 * A commit of the range whose revert PR (the ledger's) is still open, said as why the bisection waits: the
 * failing run is likely that commit's, already being undone, and probes would spend full runs to find it.
 * Not another workflow's revert (its record names the workflow that failed): that one says nothing of this
 * failure, and its PR may stay open for days; a probe that finds the commit finds its PR (culpritStep).
 */
async function openRevertIn(commits, ledger, github, run) {
    const runId = run.id;
    for (const r of ledger?.reverts ?? []) {
        if (r.landedSha !== undefined || !commits.includes(r.sha))
            continue;
        if (revertedForAnother(r.record, run))
            continue;
        const pr = await github.findRevertPullRequest((0,core_revert/* revertBranch */.Z9)(r.sha));
        if (pr?.state === 'open')
            return `the bisection waits: revert PR #${pr.number} of ${r.sha.slice(0, 12)}, a commit of this range, is open (merge it; or close it, then dispatch the supervisor on the default branch with run-id ${runId} to bisect: a sweep picks the run up again only within its window after the failure)`;
    }
    return undefined;
}
/**
 * A ledger revert's rollback record names another workflow as failing: by its file (two workflows may share
 * a name), or by its name in a record written before the file was kept. No record, or unreadable: false.
 */
function revertedForAnother(record, run) {
    if (record === undefined)
        return false;
    try {
        const { trigger } = parseRollbackRecord(record);
        if (typeof trigger.workflowPath === 'string' && run.workflowPath !== undefined)
            return trigger.workflowPath !== run.workflowPath;
        return typeof trigger.workflow === 'string' && trigger.workflow !== run.workflow;
    }
    catch {
        // an unreadable record names no workflow: the revert holds the bisection, as one without a record
        return false;
    }
}

// EXTERNAL MODULE: ./src/supervise/ports/git.ts
var git = __webpack_require__(52313);
;// CONCATENATED MODULE: ./src/supervise/phase/supervise-revert.ts
/**
 * The supervisor's revert, carried out: the culprit reverted in the clone of the default branch, then
 * pushed (`push` mode, one commit only) or left in a draft PR (`pr` mode, and `push` mode asking first),
 * with its rollback record kept as an artifact.
 */






/**
 * Reverts the culprit in the clone, then pushes it (push mode, one commit) or opens the draft PR (pr mode,
 * and push mode asking first).
 */
async function carryOutRevert(outcome, site, revertConfig, ctx, ports, now) {
    const req = outcome.plan.revert;
    if (!req)
        return;
    const { clone } = site;
    const escalate = (reason) => {
        outcome.plan = escalateRevert(outcome.plan, reason);
        ports.runner.log.warning(`ci-recovery supervisor: no revert: ${reason}`);
    };
    const read = await culpritOnBranch(clone, req.sha);
    if ('gone' in read)
        return escalate(`${read.gone}: '${clone.branch}' was rewritten (a force-push) since run ${outcome.plan.runId} tested it, so what broke it is no longer known`);
    const { info, reverted } = read;
    if (!reverted.ok)
        return escalate(reverted.reason);
    // GitHub refuses pushes that change workflow files from a token without the workflows permission.
    const workflows = await clone.workflowFilesChanged(reverted.parent, reverted.commit);
    if (workflows.length > 0 && !ctx.settings.tokenCanPushWorkflows)
        return escalate((0,core_revert/* workflowsPermissionReason */.EO)(req.sha, workflows));
    // Push mode pushes one commit; anything larger asks first, as pr mode does: a draft PR a person merges.
    const { run } = outcome.details;
    const askedFirst = revertConfig.mode === 'push'
        ? (0,core_revert/* pushAsksFirst */.nW)({
            sha: req.sha,
            parents: info.parents.length,
            ...(site.culpritRange !== undefined ? { culpritRange: site.culpritRange } : {}),
            tested: run.headSha,
            head: reverted.parent,
        })
        : undefined;
    if (askedFirst)
        ports.runner.log.notice(`ci-recovery supervisor: ${askedFirst}.`);
    const record = buildRollbackRecord({
        request: req,
        culprit: {
            subject: info.subject,
            author: info.author,
            ...(site.culpritPr !== undefined ? { pullRequest: site.culpritPr } : {}),
        },
        reverted,
        mode: askedFirst ? 'pr' : revertConfig.mode,
        ...(askedFirst ? { askedFirst } : {}),
        ...(site.earlierRollbacks !== undefined ? { earlierRollbacks: site.earlierRollbacks } : {}),
        ...(site.probes?.length ? { probes: probeLines(site.probes) } : {}),
        defaultBranch: clone.branch,
        trigger: {
            workflow: run.workflow,
            ...(outcome.details.workflowPath ? { workflowPath: outcome.details.workflowPath } : {}),
            runId: outcome.plan.runId,
            runAttempt: outcome.plan.runAttempt,
            job: req.job,
            ...(run.url ? { url: run.url } : {}),
            ...(run.startedAt ? { startedAt: run.startedAt } : {}),
        },
        evidence: outcome.plan.jobs.find((j) => j.job === req.job)?.classification?.evidence,
        now,
    });
    const pushed = record.mode === 'push'
        ? await pushRevert(clone, record, req.sha)
        : await openRevert(clone, record, req, ctx.settings.revertLabels, ports);
    if (!pushed.ok) {
        if (pushed.failure)
            outcome.failures.push(pushed.failure);
        return escalate(pushed.reason);
    }
    outcome.revert = pushed.revert;
    await keepRecord(record, ports, outcome.problems);
}
/**
 * The culprit read and reverted in the clone; `gone` when the branch no longer holds it (force-pushed since
 * the run): its inverse would undo changes the branch may hold again under other commits, and every wake
 * that tried would fail its step over it.
 */
async function culpritOnBranch(clone, sha) {
    try {
        const info = await clone.commitInfo(sha);
        return { info, reverted: await clone.revert(sha) };
    }
    catch (error) {
        if (error instanceof git/* NotOnBranchError */.z)
            return { gone: error.message };
        throw error;
    }
}
/** Push mode: the revert lands on the default branch itself. */
async function pushRevert(clone, record, sha) {
    const pushed = await clone.push(clone.branch, { culprit: sha });
    if (!pushed.ok) {
        const failure = (0,core_revert/* revertPushFailure */.N5)('push', clone.branch, pushed);
        return { ok: false, reason: pushed.reason, ...(failure ? { failure } : {}) };
    }
    return { ok: true, revert: { branch: clone.branch, record, pushed: record.to.commit } };
}
/** PR mode: the revert branch (our own namespace: one left by a failed run is replaced), then the draft PR. */
async function openRevert(clone, record, req, labels, ports) {
    const pushed = await clone.push(req.branch, { force: true, culprit: req.sha });
    if (!pushed.ok) {
        const failure = (0,core_revert/* revertPushFailure */.N5)('pr', req.branch, pushed);
        return { ok: false, reason: pushed.reason, ...(failure ? { failure } : {}) };
    }
    const { title, body } = revertPullRequest(record);
    try {
        const pr = await ports.github.openRevertPullRequest({
            branch: req.branch,
            base: clone.branch,
            title,
            body,
            labels,
        });
        ports.runner.log.notice(`ci-recovery supervisor: ${pr.created ? 'opened' : 'found'} the draft revert PR #${pr.number} for ${req.sha.slice(0, 12)}: ${pr.url}`);
        return {
            ok: true,
            revert: { branch: req.branch, record, pr: { number: pr.number, url: pr.url, created: pr.created } },
        };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return {
            ok: false,
            failure: error.message,
            reason: `the revert PR could not be opened (the branch ${req.branch} is pushed): ${error.message}`,
        };
    }
}
/** The rollback record as an artifact, best-effort: the PR body holds it too. */
async function keepRecord(record, ports, problems) {
    try {
        await ports.github.keepArtifact(`${rollbackArtifactName(record.from.commit)}.yml`, renderRollbackRecord(record));
    }
    catch (error) {
        problems.push(`rollback record not kept as an artifact: ${(0,errors/* errorMessage */.gJ)(error)}`);
        ports.runner.log.warning(`ci-recovery supervisor: the rollback record was not uploaded (${(0,errors/* errorMessage */.gJ)(error)}); the revert PR body holds it.`);
    }
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-act.ts
/**
 * What the supervisor phase does with its plan: the re-run, the revert (and its ledger entry) and the
 * sticky comment, or in a dry run what it would have done.
 */










/** A dry run says what `act` would do, and does none of it: a read-only token is enough. */
function sayDryRun(outcome, g, work, revertConfig, ctx, ports) {
    outcome.dryRun = dryRunActions({
        plan: outcome.plan,
        comment: ctx.settings.comment,
        stale: g.stale,
        revertMode: revertConfig.mode,
        defaultBranch: g.details.run.defaultBranch,
        revertLabels: ctx.settings.revertLabels,
        ...(work.culpritPr !== undefined ? { culpritPr: work.culpritPr } : {}),
        ledger: ports.ledger !== undefined,
        ...bisectFact(work, revertConfig, outcome.plan, ports),
    });
    const { log } = ports.runner;
    log.info('ci-recovery supervisor: dry run: nothing re-run, reverted, commented or saved. It would have:');
    // Labels are the workflow's input, branch names the run's: one inert line each.
    for (const would of outcome.dryRun)
        log.info(`  - ${(0,core_text/* inert */.tJ)(would)}`);
}
/** What a real run would bisect, where it could (the probes port is wired). */
function bisectFact(work, revertConfig, plan, ports) {
    const range = ports.probes ? wouldBisect({ facts: work.facts, revertConfig, plan }) : undefined;
    return range !== undefined ? { bisect: range } : {};
}
/** Carries out the plan: the re-run, the revert (and its ledger entry), the sticky comment. */
async function act(outcome, g, work, revertConfig, ctx, ports) {
    const { run } = g.details;
    const { rerun, revert } = outcome.plan;
    const now = () => ports.now?.() ?? new Date();
    if (rerun) {
        const wait = (0,core_policy/* backoffMs */.jo)({ backoffSeconds: rerun.backoffSeconds }, run.attempt + 1);
        ports.runner.log.info(`ci-recovery supervisor: re-running ${rerun.mode === 'job' ? `job ${rerun.jobIds[0]}` : 'the failed jobs'} of run ${run.id} after ${wait} ms`);
        outcome.rerun = await ports.github.requestRerun(run.id, rerun, wait);
    }
    if (revert && work.clone) {
        const site = {
            clone: work.clone,
            ...(work.culpritPr !== undefined ? { culpritPr: work.culpritPr } : {}),
            ...(work.facts.culpritRange !== undefined ? { culpritRange: work.facts.culpritRange } : {}),
            ...(work.facts.earlierRollbacks !== undefined ? { earlierRollbacks: work.facts.earlierRollbacks } : {}),
            ...(work.probes ? { probes: work.probes } : {}),
        };
        await carryOutRevert(outcome, site, revertConfig, ctx, ports, now());
        if (outcome.revert && g.ledger) {
            outcome.ledger = (0,core_ledger/* recordRevert */.O5)(g.ledger, {
                at: now().toISOString(),
                sha: revert.sha,
                ...(outcome.revert.pr ? { pr: outcome.revert.pr.number } : {}),
                ...(outcome.revert.pushed
                    ? { revertSha: outcome.revert.pushed, landedSha: outcome.revert.pushed }
                    : { revertSha: outcome.revert.record.to.commit }),
                ...(work.target !== undefined ? { target: work.target } : {}),
                // Kept until a later run of the branch tells whether the revert helped (supervise-verify.ts).
                record: renderRollbackRecord(outcome.revert.record),
            });
        }
    }
    // GITHUB_TOKEN's re-run fires no event when it completes: the ledger keeps it for the sweeps to read.
    const ledger = outcome.ledger ?? g.ledger;
    if (outcome.rerun && ledger && branchKindOf(run) === 'default')
        outcome.ledger = rerun_records_withRerun(ledger, run, now());
    // A repeat run that finds everything done writes nothing, not even an updated comment.
    const acted = outcome.plan.jobs.some((j) => j.action !== 'nothing');
    if (ctx.settings.comment && !g.stale && acted)
        await comment(outcome, g.plans, work.culpritPr, ctx, ports);
}
/** The sticky comment: the PR of a PR run (by head sha for forks), or the culprit's PR of a revert. */
async function comment(outcome, plans, culpritPr, ctx, ports) {
    const { plan, details } = outcome;
    const { github } = ports;
    // On the default branch the culprit's (merged) PR hears about the confirming re-run, the revert or why not.
    const pr = plan.branchKind === 'pr'
        ? // the pull request is only who hears about it: without one, no comment
            await github.findPullRequest(details).catch(() => undefined)
        : plan.branchKind === 'default'
            ? culpritPr
            : undefined;
    if (pr === undefined)
        return;
    outcome.pr = pr;
    // Fork PR jobs cannot comment (read-only token): their sections come from their plans, here.
    if (details.headRepository !== undefined && details.headRepository !== ctx.repository) {
        for (const { key, ...section } of forkPlanSections(plans, details.run.url))
            await github.upsertComment(pr, key, section);
    }
    const body = renderSupervisorSection(plan, {
        ...(outcome.savings ? { savings: outcome.savings } : {}),
        ...(outcome.rerun ? { rerun: outcome.rerun } : {}),
        ...(outcome.revert?.pr ? { revertPr: outcome.revert.pr } : {}),
        ...(outcome.revert?.pushed ? { revertPushed: outcome.revert.pushed } : {}),
        ...(details.run.url ? { runUrl: details.run.url } : {}),
    });
    const result = await github.upsertComment(pr, SUPERVISOR_SECTION_KEY, {
        body,
        runId: plan.runId,
        attempt: plan.runAttempt,
    });
    if (result.url)
        outcome.comment = result.url;
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-environments.ts
/**
 * Which of a run's jobs deploy to an environment, read from its workflow file and the reusable workflows
 * it calls: the jobs API does not say, and a deployment is left to a person by default.
 */


/**
 * Each job's `environment`, from the workflow file at the run's head sha (the jobs API does not give it),
 * and from the reusable workflows it calls, of this repository or another (their jobs run as
 * `<caller> / <callee>`). A
 * file that cannot be read or parsed leaves the jobs as they are: deployments are then known by their
 * names only (supervise.deploy-jobs), and the summary says why.
 */
async function withEnvironments(jobs, details, github, problems) {
    const file = details.workflowPath;
    const unread = `which jobs deploy to an environment is unknown, so deployments are known by supervise.deploy-jobs only`;
    if (!file) {
        problems.push(`${unread}: the run does not name its workflow file`);
        return jobs;
    }
    const deploying = await workflowDeploying(file, { ref: details.run.headSha }, github, {
        depth: 0,
        read: new Map(),
    });
    if ('problem' in deploying) {
        problems.push(`${unread}: ${deploying.problem}`);
        return jobs;
    }
    problems.push(...deploying.problems.map((p) => `${unread}: ${p}`));
    return jobs.map((job) => {
        const environment = job.environment ?? environmentOfJob(job.name, deploying.jobs);
        return environment ? { ...job, environment } : job;
    });
}
/** GitHub nests reusable workflows at most 4 levels below the caller; a run calls at most 20 workflows. */
const MAX_CALL_DEPTH = 4;
const MAX_CALLED_FILES = 20;
/**
 * The deploying jobs of the workflow `file` read from `source`, with those of the workflows it calls, of
 * this repository or another (named as the run names them); a called file that cannot be told about is a
 * problem, not a stop.
 */
async function workflowDeploying(file, source, github, walk) {
    const at = source.repo ? `${source.repo}/${file}@${source.ref}` : `${file} at ${source.ref.slice(0, 12)}`;
    let text;
    try {
        text = await github.readFile(file, source.ref, source.repo);
    }
    catch (error) {
        return { problem: `${at} could not be read (${(0,errors/* errorMessage */.gJ)(error)})` };
    }
    if (text === undefined)
        return {
            problem: source.repo
                ? `${at} could not be read (it is not there, or the token cannot read ${source.repo})`
                : `${at} is not in the repository`,
        };
    const read = readWorkflow(text, at);
    if ('problem' in read)
        return read;
    const jobs = [...read.deploying];
    const problems = [];
    for (const call of read.calls) {
        const inner = await calledDeploying(call, source, github, walk);
        if ('problem' in inner)
            problems.push(inner.problem);
        else {
            jobs.push(...calledDeployingJobs(call, inner.jobs));
            problems.push(...inner.problems);
        }
    }
    return { jobs, problems };
}
/**
 * The deploying jobs of the workflow a job calls. A `./` call is read where its caller was read (GitHub
 * takes it from the caller's commit); `owner/repo/\u2026@ref` from that repository at that ref. Each file is read
 * once: a second caller of it gets its jobs under its own name, and its problems are said once.
 */
async function calledDeploying(call, caller, github, walk) {
    const called = calledWorkflow(call.uses);
    const source = called?.from ?? caller;
    const key = called ? `${source.repo ?? ''}@${source.ref}:${called.path}` : '';
    const seen = walk.read.get(key);
    if (seen)
        return 'problem' in seen ? { jobs: [], problems: [] } : { jobs: seen.jobs, problems: [] };
    if (!called || walk.depth >= MAX_CALL_DEPTH || walk.read.size >= MAX_CALLED_FILES)
        return { problem: `the jobs of '${call.name}' run the called workflow ${call.uses}, which is not read` };
    const result = await workflowDeploying(called.path, source, github, { ...walk, depth: walk.depth + 1 });
    walk.read.set(key, result);
    return result;
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-gather.ts
/**
 * What the supervisor phase reads before deciding: the run, its jobs (with their job timeouts and
 * environments), their plans and findings, the ledger's flaky marks, and, only for the jobs the policy
 * would roll back, the previous attempt and the facts a revert needs from a clone of the default branch.
 */







async function gatherRun(ctx, ports) {
    const { github, runner } = ports;
    const details = await github.readRun(ctx.settings.runId, ctx.settings.runAttempt);
    const { run } = details;
    // A newer attempt exists: its own completion brings the supervisor back; nothing is read or done now.
    const stale = isStale(run);
    runner.log.info(`ci-recovery supervisor: run ${run.id} attempt ${run.attempt} of '${run.workflow}' (${run.event} on ${run.headBranch}, ${branchKindOf(run)}); latest attempt ${run.latestAttempt}`);
    // The ledger (the cache service) is read while the run is read from the REST API: neither needs the other.
    const loading = ports.ledger && !stale ? ports.ledger.load(run.headBranch) : undefined;
    loading?.catch(() => undefined); // awaited below
    const listed = await github.readJobs(run.id, run.attempt);
    const { jobs, plans, problems } = await jobsAndPlans(listed.jobs, details, stale, ports);
    const moreJobs = listed.more && !stale;
    if (moreJobs) {
        // One line, and the summary's: no re-run is asked on a partial list (core/supervise.ts withRerun).
        const said = `run ${run.id} attempt ${run.attempt} has more jobs than the ${jobs.length} listed: the failed ones among them are judged, but no re-run is asked, since it would start failed jobs not read; a person decides`;
        runner.log.warning(`ci-recovery supervisor: ${said}.`);
        problems.push(said);
    }
    const failed = jobs.filter(needsRecovery);
    const findings = {};
    if (!stale) {
        // Each failed job's log is read and classified at once; their problems are told in the jobs' order.
        const perJob = failed.map(() => []);
        const found = await Promise.all(failed.map((job, i) => jobFindings(job, plans, github, perJob[i])));
        failed.forEach((job, i) => (findings[job.name] = found[i]));
        problems.push(...perJob.flat());
    }
    let ledgerUnread;
    const ledger = await loading?.catch((error) => {
        ledgerUnread = (0,errors/* errorMessage */.gJ)(error);
        problems.push(`the ledger of ${run.headBranch} was not read (${ledgerUnread}): nothing is known from it, and it is not saved`);
        return undefined;
    });
    if (ledger)
        markFlaky(findings, failed, ledger, run.headSha);
    return {
        details,
        stale,
        ...(ledger ? { ledger } : {}),
        ...(ledgerUnread !== undefined ? { ledgerUnread } : {}),
        jobs,
        ...(moreJobs ? { moreJobs } : {}),
        plans,
        findings,
        problems,
    };
}
/**
 * The jobs with their job timeouts and environments, and the run's recovery plans: the environments
 * (the workflow files) and the plans (the artifacts) are read at once. Problems come in the order the
 * reads were once made in: timeouts, environments.
 */
async function jobsAndPlans(read, details, stale, { github, runner }) {
    const problems = [];
    const timed = stale ? read : await withJobTimeouts(read, github, runner.log, problems);
    const failing = !stale && timed.some(needsRecovery);
    const envProblems = [];
    const [environments, planned] = await Promise.allSettled([
        failing ? withEnvironments(timed, details, github, envProblems) : Promise.resolve(timed),
        failing ? github.recoveryPlans(details.run.id) : Promise.resolve([]),
    ]);
    // A read that failed fails the gathering as it did when the reads were one after the other.
    if (environments.status === 'rejected')
        throw environments.reason;
    if (planned.status === 'rejected')
        throw planned.reason;
    return { jobs: environments.value, plans: planned.value, problems: [...problems, ...envProblems] };
}
/** A job past its timeout-minutes ends cancelled, like a person's cancel: the runner's line tells them apart. */
async function withJobTimeouts(jobs, github, log, problems) {
    const out = [];
    for (const job of jobs) {
        if (job.conclusion !== 'cancelled') {
            out.push(job);
            continue;
        }
        const evidence = await github.jobTimeoutEvidence(job.id).catch((error) => {
            problems.push(`whether job '${job.name}' hit its timeout-minutes could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        });
        if (evidence)
            log.info(`ci-recovery supervisor: job '${job.name}' was cancelled by its timeout-minutes: ${evidence.text}`);
        out.push(evidence ? { ...job, jobTimeout: evidence } : job);
    }
    return out;
}
/** The ledger's flaky signatures: a failure that passed on a re-run of the same commit before. */
function markFlaky(findings, failed, ledger, sha) {
    for (const job of failed) {
        const f = findings[job.name];
        if (!f)
            continue;
        const signature = (0,core_ledger/* failureSignature */.vH)(f.classification.type, f.classification.evidence?.text);
        if ((0,core_ledger/* isFlaky */.s8)(ledger, signature, sha, job.name))
            f.flaky = true;
    }
}
/** Plan first (it saw exit codes and the step's own output), then the job log, then annotations. */
async function jobFindings(job, plans, github, problems) {
    const plan = planForJob(plans, job);
    const lane = plan?.lane;
    // The job's own plan saw a cancelled step; the runner's job-timeout line says why it was cancelled.
    if (job.jobTimeout)
        return {
            classification: jobTimeoutClassification(job.jobTimeout),
            source: 'annotation',
            ...(lane ? { lane } : {}),
        };
    const fromPlan = plan ? findingsFromPlan(plan) : undefined;
    if (findingsKnown(fromPlan))
        return fromPlan;
    let best = fromPlan;
    try {
        const c = await github.classifyJobLog(job.id, jobSignals(job));
        if (c)
            best = { classification: c, source: 'log', ...(lane ? { lane } : {}) };
    }
    catch (error) {
        problems.push(`log of job '${job.name}' not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (findingsKnown(best))
        return best;
    // Loaded here, not at start: only a failed job its plan and log left unexplained needs it.
    const { classify } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 42232));
    try {
        best = annotationFindings(await github.readAnnotations(job.id), job, lane, best, classify) ?? best;
    }
    catch (error) {
        problems.push(`annotations of job '${job.name}' not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return best ?? stepsFindings(job, lane, classify);
}
/** The previous attempt of the candidates: a confirming re-run counts only if it failed the same way. */
async function gatherPrevious(g, candidates, github) {
    const previous = {};
    const { run } = g.details;
    if (candidates.length === 0 || run.attempt <= 1)
        return previous;
    const listed = await github.readJobs(run.id, run.attempt - 1);
    for (const job of listed.jobs) {
        if (!candidates.some((c) => c.name === job.name))
            continue;
        const f = FAILED_CONCLUSIONS.has(job.conclusion ?? '')
            ? await jobFindings(job, g.plans, github, g.problems)
            : undefined;
        previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
    }
    // A candidate past the listed jobs is not confirmed: its failure there is not known, not denied.
    if (listed.more)
        for (const c of candidates.filter((c) => !(c.name in previous)))
            g.problems.push(`job '${c.name}' is not among the ${listed.jobs.length} jobs listed of attempt ${run.attempt - 1}: how it ended there is not known`);
    return previous;
}
/** Revert facts, only when a revert is on the table: the clone holds the default branch only. */
async function gatherRevertFacts(g, candidates, revertConfig, ctx, ports) {
    if (candidates.length === 0)
        return { facts: {} };
    const { run } = g.details;
    let clone;
    try {
        // Its reverts today (the daily cap) and the commits it reverted (no second revert) are the ledger's.
        if (g.ledgerUnread !== undefined)
            throw new Error(`the ledger was not read, so today's reverts and earlier ones are not known`);
        clone = await ports.git.cloneDefaultBranch({
            url: `${ctx.env.serverUrl}/${ctx.repository}`,
            branch: run.defaultBranch,
            token: ctx.settings.token,
        });
        return { clone, ...(await revertFacts(clone, g, revertConfig, ports)) };
    }
    catch (error) {
        // No facts, no revert: the decision escalates to a person with this reason.
        const factsProblem = (0,errors/* errorMessage */.gJ)(error);
        g.problems.push(`revert facts not known: ${factsProblem}`);
        return { ...(clone ? { clone } : {}), facts: { factsProblem } };
    }
}
async function revertFacts(clone, g, revertConfig, ports) {
    const { github } = ports;
    const { run, workflowId } = g.details;
    const now = ports.now?.() ?? new Date();
    const commit = await clone.commitInfo(run.headSha);
    const parent = commit.parents[0];
    // A revert this supervisor pushed with GITHUB_TOKEN starts no push run: its own verdict run, dispatched at the
    // revert and judged green, is the one run that tested that commit. That word is the ledger's, which anyone
    // who can write the branch's cache scope can write: it stands in only where GitHub has no run of the commit,
    // and never overrules one GitHub saw fail.
    const judgedGreen = parent !== undefined && g.ledger?.reverts.some((r) => r.landedSha === parent && r.verdict === 'green');
    const seen = parent ? await github.commitWasGreen(workflowId, parent, run.defaultBranch) : undefined;
    const parentGreen = seen ?? (judgedGreen ? true : undefined);
    let range;
    if (parentGreen !== true) {
        const green = await github.lastGreenSha(workflowId, run.defaultBranch, run.headSha);
        range = green ? await clone.culpritRange(green, run.headSha) : undefined;
    }
    // A kill switch that cannot be checked stops the revert like one that is set.
    const labels = await github
        .labelApplications(run.headSha, revertConfig.killSwitchLabel)
        .catch((error) => {
        throw new errors/* UserError */.yo(`the kill-switch label '${revertConfig.killSwitchLabel}' could not be checked: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
    const target = g.ledger ? rollbackTarget(commit, g.ledger.reverts) : undefined;
    const existing = await github.findRevertPullRequest((0,core_revert/* revertBranch */.Z9)(run.headSha));
    const today = Math.max(g.ledger ? (0,core_ledger/* revertsToday */.hY)(g.ledger, now) : 0, await github.revertPullRequestsToday(now));
    return {
        ...(labels.pr !== undefined ? { culpritPr: labels.pr } : {}),
        ...(target !== undefined ? { target } : {}),
        facts: {
            ...(target !== undefined && g.ledger
                ? { earlierRollbacks: rollbacksOf(target, g.ledger.reverts) }
                : {}),
            commit: { sha: commit.sha, message: commit.message, parents: commit.parents },
            ...(parentGreen !== undefined ? { parentGreen } : {}),
            ...(range !== undefined ? { culpritRange: range } : {}),
            labels: labels.labels,
            revertsToday: today,
            alreadyReverted: existing !== undefined || (g.ledger ? (0,core_ledger/* wasReverted */.$x)(g.ledger, run.headSha) : false),
            ...((0,core_revert/* declined */.Li)(existing) ? { revertDeclined: existing.number } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-verify.ts
/**
 * After a revert: a run of the default branch that holds it tells whether it helped
 * (core/rollback-verify.ts). The ledger keeps each rollback's record until then; this reads the pending
 * ones, finds where each revert landed (the pushed commit, or the revert PR's merge), checks in a clone of
 * the default branch that the run's commit holds it, and records the verdict. A revert that did not help
 * gets a draft re-land PR and goes to a person; the updated record is kept as an artifact either way.
 */







/**
 * Where the revert of `entry` landed on the default branch, if it did; `declined`: a person closed its draft
 * PR unmerged, so nothing was rolled back and no run will ever hold it.
 */
async function landedSha(entry, record, ports) {
    if (entry.landedSha)
        return { sha: entry.landedSha };
    if (record.mode === 'push')
        return { sha: entry.revertSha ?? record.to.commit };
    const pr = await ports.github.findRevertPullRequest(record.to.branch);
    if (pr?.state === 'closed' && pr.mergeSha === undefined)
        return 'declined';
    return pr?.mergeSha !== undefined ? { sha: pr.mergeSha } : undefined;
}
/** The entry no longer awaits a verdict: its record goes (the PR body and the artifact keep it), the entry stays. */
function notAwaited(ledger, sha) {
    return {
        ...ledger,
        reverts: ledger.reverts.map((r) => {
            if (r.sha !== sha)
                return r;
            const { record: _record, ...rest } = r;
            return rest;
        }),
    };
}
/**
 * The ledger without the pending rollbacks whose draft PR a person closed unmerged: asked of each PR before
 * any run is read, since no run can ever judge them. Never throws: problems are told.
 */
async function withoutDeclined(ledger, ports, problems) {
    let out = ledger;
    for (const entry of ledger.reverts.filter((r) => r.record && !r.verdict && !r.landedSha)) {
        // An unreadable record rejects here too (not thrown out of the loop): told, and the others still judged.
        const found = await Promise.resolve()
            .then(() => landedSha(entry, parseRollbackRecord(entry.record ?? ''), ports))
            .catch((error) => {
            problems.push(`the revert PR of ${entry.sha.slice(0, 12)} was not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        });
        if (found !== 'declined')
            continue;
        ports.runner.log.info(`ci-recovery supervisor: the draft revert PR of ${entry.sha.slice(0, 12)} was closed unmerged: nothing was rolled back, no verdict is awaited`);
        out = notAwaited(out, entry.sha);
    }
    return out;
}
/** Reads back the pending rollbacks and judges those the run's commit holds. Never throws: problems are told. */
async function verifyRollbacks(input, ctx, ports, problems) {
    let ledger = input.ledger;
    const verified = [];
    const pending = ledger.reverts.filter((r) => r.record !== undefined && r.verdict === undefined);
    let clone;
    try {
        for (const entry of pending) {
            const step = await verifyOne(entry, input, ctx, ports, async () => {
                clone ??= await ports.git.cloneDefaultBranch({
                    url: `${ctx.env.serverUrl}/${ctx.repository}`,
                    branch: input.details.run.defaultBranch,
                    token: ctx.settings.token,
                });
                return clone;
            }).catch((error) => {
                problems.push(`the revert of ${entry.sha.slice(0, 12)} was not verified: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return undefined;
            });
            if (!step)
                continue;
            ledger = step.declined ? notAwaited(ledger, entry.sha) : (0,core_ledger/* updateRevert */.YU)(ledger, entry.sha, step.patch);
            if (step.verified)
                verified.push(step.verified);
        }
    }
    finally {
        await clone
            ?.dispose()
            .catch((e) => ports.runner.log.debug(`clone clean-up: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
    return { ledger, verified };
}
async function verifyOne(entry, input, ctx, ports, cloned) {
    const { run } = input.details;
    const record = parseRollbackRecord(entry.record ?? '');
    const found = await landedSha(entry, record, ports);
    if (!found)
        return undefined; // not merged yet: a later run tells
    if (found === 'declined') {
        ports.runner.log.info(`ci-recovery supervisor: the draft revert PR of ${entry.sha.slice(0, 12)} was closed unmerged: nothing was rolled back, no verdict is awaited`);
        return { patch: {}, declined: true };
    }
    const landed = found.sha;
    const clone = await cloned();
    // The run tested a commit that holds the revert, or it says nothing about it.
    if ((await clone.culpritRange(landed, run.headSha)) === undefined)
        return { patch: { landedSha: landed } };
    const check = checkRollback(record, input.jobs, input.findings, input.moreJobs);
    if (check.verdict === 'unknown') {
        ports.runner.log.info(`ci-recovery supervisor: the revert of ${entry.sha.slice(0, 12)} is not judged by this run: ${check.reason}`);
        // Pending on another test's failure may be pending for good: a person is told, not only the log.
        if (check.otherTest)
            ports.runner.appendSummary(`## ci-recovery supervisor: rollback pending\n\nThe revert of ${entry.sha.slice(0, 12)} stays pending: run ${run.id}: ${(0,core_report/* escapeText */.X1)((0,core_text/* inert */.tJ)(check.reason))}. Only that test failing again, or passing, judges it; if it no longer exists, judge the revert yourself.\n`);
        return { patch: { landedSha: landed } };
    }
    const now = ports.now?.() ?? new Date();
    let updated = verifiedRecord(record, check, run, now);
    let reland;
    if (check.verdict === 'still-failing') {
        const made = await reLand(updated, landed, clone, ctx, ports);
        updated = made.record;
        reland = made.pr;
    }
    await keepVerified(updated, ports);
    await tellCulpritPr(updated, check, ports);
    const patch = {
        landedSha: landed,
        verdict: check.verdict,
        // The judged record stays (bounded by the ledger's revert count): a PR that re-lands the change later
        // still gets its failure, evidence and targets, and the verdict.
        record: renderRollbackRecord(updated),
        ...(reland ? { relandPr: reland.number } : {}),
    };
    return { patch, verified: { record: updated, ...(reland ? { reland } : {}) } };
}
/** The revert did not help: its revert, on a re-land branch, in a draft PR; a person is told either way. */
async function reLand(record, landed, clone, ctx, ports) {
    const branch = relandBranch(record.from.commit);
    const escalated = relandEscalation(record);
    const without = (why) => ({
        record: {
            ...record,
            reland: { branch, escalated: `${escalated}; but the re-land was not made: ${why}` },
        },
    });
    const reverted = await clone.revert(landed);
    if (!reverted.ok)
        return without(reverted.reason);
    const pushed = await clone.push(branch, { force: true, culprit: landed });
    if (!pushed.ok)
        return without(pushed.reason);
    const withReland = { ...record, reland: { branch, escalated } };
    const { title, body } = relandPullRequest(withReland);
    try {
        const pr = await ports.github.openRevertPullRequest({
            branch,
            base: clone.branch,
            title,
            body,
            labels: ctx.settings.revertLabels,
        });
        ports.runner.log.warning(`ci-recovery supervisor: ${escalated}: draft re-land PR #${pr.number} ${pr.url}`);
        const done = { ...record, reland: { branch, pr: pr.number, url: pr.url, escalated } };
        return { record: done, pr: { number: pr.number, url: pr.url } };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return without(`the draft PR could not be opened (the branch ${branch} is pushed): ${error.message}`);
    }
}
async function keepVerified(record, ports) {
    const name = `${rollbackArtifactName(record.from.commit)}-${record.verification?.result ?? 'verified'}.yml`;
    await ports.github.keepArtifact(name, renderRollbackRecord(record)).catch((error) => {
        ports.runner.log.warning(`ci-recovery supervisor: the verified rollback record was not uploaded (${(0,errors/* errorMessage */.gJ)(error)}); the summary holds it.`);
    });
}
/** The culprit's PR hears the verdict, in its own section of the sticky comment. */
async function tellCulpritPr(record, check, ports) {
    const pr = record.from.pullRequest;
    const v = record.verification;
    if (pr === undefined || !v)
        return;
    const head = check.verdict === 'green'
        ? `#### Rollback of ${record.from.commit.slice(0, 12)}: the revert helped`
        : `#### Rollback of ${record.from.commit.slice(0, 12)}: the revert did not help, a person decides`;
    await ports.github
        .upsertComment(pr, ROLLBACK_SECTION_KEY, {
        body: [head, '', renderRollbackPostMortem(record, { heading: false })].join('\n'),
        runId: v.runId,
        attempt: v.runAttempt,
    })
        .catch((e) => ports.runner.log.debug(`the culprit's PR comment: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(e))}`));
}
/** The sticky comment's section for a rollback's verdict. */
const ROLLBACK_SECTION_KEY = 'ci-recovery-rollback';

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-reentry.ts
/**
 * Re-entry (core/reentry.ts): a PR run whose PR re-lands a change ci-recovery rolled back. The default
 * branch's ledger holds the pending rollback records; the PR's commits (API) say which change it re-lands.
 * Its sticky comment gets the record's failure, evidence and revision targets.
 */




/** The re-land a PR run is, with its PR; undefined when it is none. Never throws: problems are told. */
async function gatherReentry(g, ports, problems) {
    const { run } = g.details;
    if (g.stale || !ports.ledger || branchKindOf(run) !== 'pr')
        return undefined;
    try {
        // As for the comment: a PR that cannot be found is no PR to tell.
        const pr = await ports.github.findPullRequest(g.details).catch(() => undefined);
        if (pr === undefined)
            return undefined;
        const commits = await ports.github.pullRequestCommits(pr);
        // A re-land names the rolled-back commit in a message: only then is the default branch's ledger restored.
        if (!commits.some((c) => namesFullSha(c.message)))
            return undefined;
        const ledger = await ports.ledger.load(run.defaultBranch);
        const found = findReentry(ledger.reverts, commits, g.findings);
        problems.push(...found.problems);
        if (!found.reentry)
            return undefined;
        const { sha, sameFailure } = found.reentry;
        ports.runner.log.info(`ci-recovery supervisor: PR #${pr} re-lands ${sha.slice(0, 12)}, which ci-recovery rolled back` +
            (sameFailure ? `; job '${(0,core_text/* inert */.tJ)(sameFailure.job)}' failed the same way again` : ''));
        return { reentry: found.reentry, pr };
    }
    catch (error) {
        problems.push(`whether this PR re-lands a rolled-back change is not known: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}
/** The re-land PR's own section of the sticky comment; a comment that fails is a problem, not a stop. */
async function tellReentry(found, run, ports, problems) {
    await ports.github
        .upsertComment(found.pr, REENTRY_SECTION_KEY, {
        body: renderReentrySection(found.reentry),
        runId: run.id,
        attempt: run.attempt,
    })
        .catch((error) => {
        problems.push(`the re-land section of #${found.pr}'s comment was not written: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise.ts
/**
 * The supervisor phase: runs in a separate run after the watched run completed (workflow_run).
 * Gather: the run, its jobs, their recovery plans, logs and annotations, the ledger, and (only for the jobs
 * the policy would roll back) the previous attempt and the facts a revert needs from a clone of the
 * default branch (supervise-gather.ts). Decide: core/supervise.ts. Act: re-run, or revert the culprit,
 * comment on the PR (supervise-act.ts), write the job summary. It clones only the default branch and never
 * runs PR code.
 */


















/** Everything the supervisor does for one completed run. Throws UserErrors naming the fix. */
async function superviseRun(ctx, ports) {
    const { config, settings } = ctx;
    const revertConfig = {
        ...config.revert,
        ...(settings.revertMode ? { mode: settings.revertMode } : {}),
    };
    const policy = (i) => (0,core_policy/* decide */.LD)(i, config);
    const g = await probedRun(ctx, ports, await gatherRun(ctx, ports));
    const { run } = g.details;
    // A push to ci-recovery's own branches (an App token's probe or revert branch starts push runs): nobody's
    // work to re-run or revert.
    if (run.event === 'push' && run.headBranch.startsWith('ci-recovery/'))
        g.jobs = [];
    // Earlier rollbacks first: the ledger they update is the one a revert of this run adds to.
    const verified = await verifyEarlier(g, ctx, ports);
    // A PR run that re-lands a rolled-back change: the default branch's ledger holds the rollback's record.
    // A dry run writes no comment: it asks nothing for one (as verifyEarlier).
    const reland = settings.dryRun ? undefined : await gatherReentry(g, ports, g.problems);
    // One rule, the policy's: the jobs it would roll back are the ones whose confirming facts are read.
    const scope = config.supervise;
    const candidates = revertCandidates({ run, jobs: g.jobs, findings: g.findings, decide: policy, scope });
    const previous = await gatherPrevious(g, candidates, ports.github);
    const work = await gatherRevertFacts(g, candidates, revertConfig, ctx, ports);
    try {
        const plan = supervise({
            run,
            jobs: g.jobs,
            ...(g.moreJobs ? { moreJobs: true } : {}),
            findings: g.findings,
            previous,
            decide: policy,
            revert: revertConfig,
            scope,
            ...work.facts,
        });
        const bisected = await bisectRange(plan, g, work, revertConfig, ctx, ports, (job) => jobFindings(job, [], ports.github, g.problems));
        // Back for a probe, only the bisection acts: the run's own re-run was asked for when it completed.
        const { rerun: _asked, ...rest } = bisected;
        const stepped = await unlessMoved(g.probe === undefined ? bisected : rest, g, ports);
        const savings = rerunSavings(stepped, g.jobs, g.plans);
        const outcome = {
            plan: stepped,
            details: g.details,
            problems: g.problems,
            failures: [],
            ...(savings.length > 0 ? { savings } : {}),
            ...(verified ? { verified: verified.verified } : {}),
            // The bisection's records come after the verdicts' (it was given the verified ledger).
            ...(work.ledger ? { ledger: work.ledger } : verified?.ledger ? { ledger: verified.ledger } : {}),
            ...(reland ? { reentry: reland.reentry } : {}),
        };
        if (settings.dryRun) {
            sayDryRun(outcome, g, work, revertConfig, ctx, ports);
        }
        else {
            const waits = await actUnlessLimited(outcome, () => act(outcome, g, work, revertConfig, ctx, ports), ports, settings);
            if (outcome.revert?.pushed)
                await dispatchVerdictRun(outcome, settings.tokenKind, ports);
            if (reland && settings.comment)
                await tellReentry(reland, run, ports, outcome.problems);
            // The re-run's answer was read and acted on, or none will come: no sweep needs its record. One that
            // waits keeps it, and so does the record this wake just made.
            const ledger = outcome.ledger ?? g.ledger;
            if (ledger && !waits && !g.stale && !outcome.rerun) {
                const completed = {
                    id: run.id,
                    attempt: run.attempt,
                    completed: run.conclusion !== null,
                    ...(run.updatedAt !== undefined ? { updatedAt: run.updatedAt } : {}),
                };
                const answered = withoutAnsweredRerun(ledger, completed, ports.now?.() ?? new Date());
                if (answered !== ledger)
                    outcome.ledger = answered;
            }
        }
        if (outcome.ledger && ports.ledger && !settings.dryRun)
            await ports.ledger.save(outcome.ledger, run.headBranch);
        writeSummary(outcome, ports.runner, settings.tokenKind);
        return outcome;
    }
    finally {
        await work.clone
            ?.dispose()
            .catch((e) => ports.runner.log.debug(`clone clean-up: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
}
/**
 * The plan carried out. A rate limit passes: the wake stops there, what it did is saved, and the next wake
 * (which reads GitHub again: a pushed revert branch is found and its PR opened once) goes on. Any other
 * failure still goes in the summary (a call past the budget, a refusal), and the step fails with it.
 * Answers whether the plan waits for the next wake.
 */
async function actUnlessLimited(outcome, acting, ports, settings) {
    try {
        await acting();
        return false;
    }
    catch (error) {
        if (error instanceof RateLimitError) {
            const waits = `not carried out, it waits for the next wake: ${(0,errors/* errorMessage */.gJ)(error)}`;
            outcome.problems.push(waits);
            ports.runner.log.warning(`ci-recovery supervisor: ${(0,core_text/* inert */.tJ)(waits)}`);
            return true;
        }
        outcome.problems.push(`not carried out: ${(0,errors/* errorMessage */.gJ)(error)}`);
        writeSummary(outcome, ports.runner, settings.tokenKind);
        throw error;
    }
}
/**
 * A revert only while the failing run is its branch's newest push run of the workflow: the branch may have
 * moved during the confirming re-run or the bisection (a fix landed), and a revert on top of commits the run
 * never tested could undo what is already fixed. Not known whether it moved: a person decides.
 */
async function unlessMoved(plan, g, ports) {
    const { run, workflowId } = g.details;
    if (!plan.revert || !ports.probes)
        return plan;
    try {
        const pushes = await ports.probes.listRuns(workflowId, { branch: run.defaultBranch, event: 'push' });
        const newer = newerPushRun(pushes, run.id);
        if (newer === undefined)
            return plan;
        ports.runner.log.info(`ci-recovery supervisor: no revert from run ${run.id}: ${(0,core_text/* inert */.tJ)(run.defaultBranch)} moved on, run ${newer.id} is newer`);
        return leaveRevertToNewer(plan, newer);
    }
    catch (error) {
        return escalateRevert(plan, `whether ${run.defaultBranch} moved since run ${run.id} is not known (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
}
/**
 * A completed probe run of a bisection: the failing run it bisects is supervised again, which takes the
 * bisection's next step. Any other run (or no failing run left) is supervised as it is.
 */
async function probedRun(ctx, ports, g) {
    if (!ports.probes || g.stale)
        return g;
    const bisected = await bisectedRunOf(g.details, ports.probes);
    if (bisected === undefined) {
        // The branch is green again: the probe's answer is moot, and its branch is not left behind (a dry run,
        // or a dispatch off the default branch, only reports).
        if (isProbeRun(g.details.run) && !ctx.settings.dryRun)
            await ports.probes
                .deleteBranch(g.details.run.headBranch)
                .catch((e) => ports.runner.log.debug(`probe branch left: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(e))}`));
        return g;
    }
    ports.runner.log.info(`ci-recovery supervisor: run ${g.details.run.id} is a probe: supervising run ${bisected} again`);
    const { runAttempt: _event, ...settings } = ctx.settings;
    const again = await gatherRun({ ...ctx, settings: { ...settings, runId: bisected } }, ports);
    return { ...again, probe: g.details.run.id };
}
/** The pending rollbacks a default-branch run tells about; undefined when none could be (dry run, no ledger). */
async function verifyEarlier(g, ctx, ports) {
    const { run } = g.details;
    if (ctx.settings.dryRun || g.stale || !g.ledger || branchKindOf(run) !== 'default')
        return undefined;
    if (!g.ledger.reverts.some((r) => r.record !== undefined && r.verdict === undefined))
        return undefined;
    const before = g.ledger;
    const done = await verifyRollbacks({ ...g, ledger: before }, ctx, ports, g.problems);
    g.ledger = done.ledger;
    // The ledger is saved only when a verdict or a landed commit changed it.
    return { verified: done.verified, ...(done.ledger !== before ? { ledger: done.ledger } : {}) };
}
/**
 * A revert pushed with GITHUB_TOKEN starts no run, so its verdict would wait for someone else's push: a
 * dispatch of the watched workflow on the default branch does start one (its completion is read by the
 * sweep). With another token the push starts the run itself. A dispatch made (GitHub's 204 creates the
 * run) or refused is kept on the revert's ledger entry, saved after this, so a sweep neither dispatches
 * it again when its run scrolls off the listing nor asks again what GitHub refused
 * (core/verdict-dispatch.ts); only a dispatch that failed otherwise is left to a sweep.
 */
async function dispatchVerdictRun(outcome, kind, ports) {
    if (kind === 'other' || !ports.probes)
        return;
    const { workflowId, run } = outcome.details;
    const pushed = outcome.revert?.pushed;
    const kept = () => {
        const entry = outcome.ledger?.reverts.find((r) => r.landedSha === pushed);
        if (outcome.ledger && entry) {
            const at = (ports.now?.() ?? new Date()).toISOString();
            outcome.ledger = (0,core_ledger/* updateRevert */.YU)(outcome.ledger, entry.sha, { verdictDispatchedAt: at });
        }
    };
    try {
        outcome.verdictRun = await ports.probes.dispatch(workflowId, run.defaultBranch);
        kept();
        const id = outcome.verdictRun.runId;
        ports.runner.log.notice(`ci-recovery supervisor: dispatched ${(0,core_text/* inert */.tJ)(run.workflow)} on ${(0,core_text/* inert */.tJ)(run.defaultBranch)}${id !== undefined ? ` (run ${id})` : ''}, for the revert's verdict.`);
    }
    catch (error) {
        // GitHub's refusal (no `workflow_dispatch:` trigger, the workflow disabled) is the user's to mend; any
        // other failure a sweep retries (core/verdict-dispatch.ts).
        if (error instanceof DispatchRefusedError)
            kept();
        const fix = error instanceof DispatchRefusedError
            ? "add 'workflow_dispatch:' to its 'on:'"
            : `a sweep dispatches it again from ${VERDICT_DISPATCH_GRACE_MS / 60_000} minutes on`;
        outcome.problems.push(`the revert's verdict waits for the next run of ${run.defaultBranch}: the dispatch of the watched workflow failed (${(0,errors/* errorMessage */.gJ)(error)}); ${fix}`);
    }
}
function writeSummary(outcome, runner, kind) {
    try {
        const verdict = outcome.verdictRun
            ? `\nVerdict run: the watched workflow dispatched on the default branch${outcome.verdictRun.runId !== undefined ? ` (run ${outcome.verdictRun.runId})` : ''}.\n`
            : '';
        runner.appendSummary(`${renderSuperviseSummary(outcome)}${verdict}\n${tokenLines(kind ?? 'unknown').join('\n')}\n`);
    }
    catch (error) {
        runner.log.warning(`ci-recovery supervisor: could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

// EXTERNAL MODULE: ./src/core/classify/index.ts + 35 modules
var core_classify = __webpack_require__(42232);
;// CONCATENATED MODULE: ./src/supervise/ports/github.ts
/**
 * What the supervisor reads from GitHub and asks of it: the completed run, its jobs, logs, annotations and
 * recovery plans; the green history and labels a revert needs; re-runs, the draft revert PR, the sticky
 * comment and the rollback record's artifact. adapters/supervisor-github.ts carries it out over REST;
 * `RecordingGitHub` keeps it in memory so the supervise phase can be tested without a server.
 */



/** GitHub has no run of this id that the token can see (404): deleted, expired, or never there. */
class RunNotFoundError extends errors/* UserError */.yo {
    runId;
    constructor(message, runId) {
        super(message);
        this.runId = runId;
        this.name = 'RunNotFoundError';
    }
}
/** In memory: the run, its jobs and history are given; re-runs, PRs, comments and artifacts are recorded. */
class RecordingGitHub {
    details;
    /** Jobs by attempt. */
    jobs = {};
    /** The attempts whose listing stops before their last job (JobListing `more`). */
    moreJobs = new Set();
    /** Job logs by job id (absent: GitHub has none). */
    logs = {};
    annotations = {};
    plans = [];
    /** The latest completed run's success, by head sha. */
    green = {};
    lastGreen;
    labels = { labels: [] };
    revertPrs = {};
    revertsToday = 0;
    pullRequest;
    /** The commits of the PRs, by number. */
    prCommits = {};
    rerunAnswer = 'requested';
    openError;
    reruns = [];
    opened = [];
    comments = [];
    artifacts = [];
    /** Job ids whose logs were read. */
    logReads = [];
    constructor(details) {
        this.details = details;
    }
    readRun(_runId, eventAttempt) {
        const run = { ...this.details.run, attempt: eventAttempt ?? this.details.run.latestAttempt };
        return Promise.resolve({ ...this.details, run });
    }
    readJobs(_runId, attempt) {
        const jobs = (this.jobs[attempt] ?? []).map((j) => ({ ...j }));
        return Promise.resolve({ jobs, more: this.moreJobs.has(attempt) });
    }
    jobTimeoutEvidence(jobId) {
        const noted = jobTimeoutLine((this.annotations[jobId] ?? []).map((a) => a.message));
        return Promise.resolve(noted ?? jobTimeoutLine((this.logs[jobId] ?? '').split('\n')));
    }
    classifyJobLog(jobId, signals) {
        this.logReads.push(jobId);
        const log = this.logs[jobId];
        return Promise.resolve(log === undefined ? undefined : classify({ ...signals, log }));
    }
    readAnnotations(jobId) {
        return Promise.resolve(this.annotations[jobId] ?? []);
    }
    recoveryPlans() {
        return Promise.resolve(this.plans);
    }
    commitWasGreen(_workflowId, sha) {
        return Promise.resolve(this.green[sha]);
    }
    lastGreenSha() {
        return Promise.resolve(this.lastGreen);
    }
    labelApplications() {
        return Promise.resolve(this.labels);
    }
    findRevertPullRequest(branch) {
        return Promise.resolve(this.revertPrs[branch]);
    }
    revertPullRequestsToday() {
        return Promise.resolve(this.revertsToday);
    }
    findPullRequest() {
        return Promise.resolve(this.pullRequest);
    }
    pullRequestCommits(pr) {
        return Promise.resolve((this.prCommits[pr] ?? []).map((c) => ({ ...c })));
    }
    requestRerun(runId, req, backoffMs) {
        this.reruns.push({ runId, req, backoffMs });
        return Promise.resolve(this.rerunAnswer);
    }
    openRevertPullRequest(opts) {
        if (this.openError)
            return Promise.reject(this.openError);
        const existing = this.revertPrs[opts.branch];
        if (existing)
            return Promise.resolve({ ...existing, created: false });
        this.opened.push(opts);
        const number = 900 + this.opened.length;
        const pr = { number, url: `https://github.test/pull/${number}`, state: 'open', createdAt: '' };
        this.revertPrs[opts.branch] = pr;
        return Promise.resolve({ ...pr, created: true });
    }
    upsertComment(pr, key, section) {
        this.comments.push({ pr, key, section });
        return Promise.resolve({ url: `https://github.test/pull/${pr}#comment` });
    }
    keepArtifact(name, content) {
        this.artifacts.push({ name, content });
        return Promise.resolve();
    }
    /** Files by `ref:path` (`owner/name@ref:path` for another repository's); an Error is thrown as the read's failure. */
    files = {};
    readFile(path, ref, repo) {
        const file = this.files[`${repo ? `${repo}@` : ''}${ref}:${path}`];
        return file instanceof Error ? Promise.reject(file) : Promise.resolve(file);
    }
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-sweep.ts
/**
 * The sweep: a supervisor run that no watched run's completion woke (a `schedule:`, a `workflow_dispatch`,
 * a run with no `run-id`). GitHub does not send every `workflow_run` event the supervisor's multi-step work
 * waits for (a run dispatched or re-run with GITHUB_TOKEN fires none; chains stop past three levels:
 * docs/supervisor.md), so the pending work is read back from one listing of the repository's recent runs and
 * each item is supervised again, which advances it as far as it can and does nothing twice. Pure: the
 * listing comes in, the runs to supervise go out.
 */

/** How far back a sweep looks at completed runs by default: four sweeps of a 15-minute schedule. */
const DEFAULT_SWEEP_WINDOW_MS = 60 * 60_000;
/** The most runs one sweep supervises (each costs a supervision's reads); the rest wait for the next. */
const MAX_SWEEP_TARGETS = 10;
/**
 * The ledger's word that `run`'s bisection ended. Only for the attempt it names, and only when dated after
 * that attempt completed and not ahead of the clock: a record written before (a forged one) would keep a
 * confirming re-run's answer from being read.
 */
function bisectionEnded(ended, run, now) {
    const completed = Date.parse(run.updatedAt ?? run.createdAt);
    return ended.some((e) => {
        const at = Date.parse(e.at);
        return e.runId === run.id && e.attempt === run.runAttempt && at >= completed && at <= now.getTime();
    });
}
/**
 * Conclusions of a completed run that are no failure: it passed, tested nothing (`skipped`, `neutral`,
 * `stale`), or was held for a writer's approval and ran nothing (`action_required`: a fork's pull request, or
 * one opened with GITHUB_TOKEN; REST "Approve a workflow run for a fork pull request"). Such a run has nothing
 * for the supervisor, and as a target it took a sweep's place for an hour, at five calls each sweep.
 */
const NOT_FAILED = new Set(['success', 'skipped', 'neutral', 'stale', 'action_required']);
const failed = (r) => r.status === 'completed' && !NOT_FAILED.has(r.conclusion ?? '');
/**
 * The runs to supervise again, newest first:
 * - a bisection: the newest completed `push` run of a workflow with probe runs (any workflow, when the ledger
 *   records a probe branch with no run), when it failed (it is the
 *   run whose bisection takes its next step, or ends: a probe past its deadline goes to a person);
 * - a verdict nobody was told of: a run (not a probe, not a `workflow_run` follower) that completed within
 *   the window, failed, and is its workflow's and branch's newest (a re-run's attempt, the dispatch that
 *   follows a push-mode revert), or that was dispatched on a branch that is not a probe's (the revert's
 *   verdict, green or not).
 * Nothing pending: no target, and the listing was the sweep's one call.
 */
function sweepTargets(input) {
    return sweepPlan(input).targets;
}
/**
 * The runs to supervise again (sweepTargets), and those the ledger's ended bisections leave out (`left`,
 * newest first): runs that would be targets but for an `ended` record, which the sweep says it left.
 */
function sweepPlan(input) {
    const since = input.now.getTime() - (input.windowMs ?? DEFAULT_SWEEP_WINDOW_MS);
    const targets = new Map();
    const left = new Set();
    const newestOf = new Map();
    const done = new Set(input.supervised ?? []);
    const ended = (r) => bisectionEnded(input.ended ?? [], r, input.now);
    for (const run of input.runs) {
        const key = `${run.workflowId ?? run.path} ${run.headBranch}`;
        if (!newestOf.has(key) && !isProbeRun(run))
            newestOf.set(key, run);
    }
    // A probe branch with no run: every workflow's failing push run may be the bisected one.
    const bisecting = input.runs.filter((r) => (input.probeBranchesWithoutRun ?? 0) > 0 ? r.event === 'push' : isProbeRun(r));
    for (const workflow of new Set(bisecting.map((r) => r.workflowId ?? r.path))) {
        const bisected = input.runs.find((r) => (r.workflowId ?? r.path) === workflow &&
            r.event === 'push' &&
            r.status === 'completed' &&
            (input.defaultBranch === undefined
                ? !r.headBranch.startsWith('ci-recovery/')
                : r.headBranch === input.defaultBranch));
        if (!bisected || !failed(bisected) || done.has(bisected.id))
            continue;
        if (ended(bisected))
            left.add(bisected.id);
        else
            targets.set(bisected.id, 'its bisection has probes');
    }
    for (const run of input.runs) {
        if (run.id === input.selfRunId || done.has(run.id) || isProbeRun(run) || run.event === 'workflow_run')
            continue;
        // ci-recovery's own branches (a probe's or a revert's, pushed with an App token) are nobody's work.
        if (run.headBranch.startsWith('ci-recovery/'))
            continue;
        if (run.status !== 'completed' || Date.parse(run.updatedAt ?? run.createdAt) < since)
            continue;
        if (newestOf.get(`${run.workflowId ?? run.path} ${run.headBranch}`) !== run)
            continue;
        const why = failed(run)
            ? `attempt ${run.runAttempt} failed`
            : run.event === 'workflow_dispatch'
                ? 'a dispatched run completed'
                : undefined;
        if (why === undefined)
            continue;
        if (ended(run))
            left.add(run.id);
        else
            targets.set(run.id, targets.get(run.id) ?? why);
    }
    const all = [...targets].map(([runId, why]) => ({ runId, why })).sort((a, b) => b.runId - a.runId);
    return {
        targets: all.slice(0, MAX_SWEEP_TARGETS),
        left: [...left].sort((a, b) => b - a),
        deferred: all.slice(MAX_SWEEP_TARGETS).map((t) => t.runId),
    };
}

;// CONCATENATED MODULE: ./src/supervise/phase/supervise-sweep.ts
/**
 * A supervisor run with no run to supervise (a `schedule:`, a `workflow_dispatch`) reconciles; so does a
 * `workflow_run` wake once its own run is supervised (src/actions/supervise.ts), leaving that run out. One
 * listing of the repository's recent runs says what is pending (core/supervise-sweep.ts); each pending run is
 * supervised again (supervise.ts), which takes the next step of its work or finds it done. Run under the
 * caller's one concurrency group per repository; two sweeps at once still do nothing twice (a probe branch
 * already there is not dispatched again, a re-run already running is an answer, a revert PR is found).
 * Then the ledger, the durable record: each rollback still awaiting its verdict is judged by the newest
 * completed run of the default branch that can give it, however long ago that run finished (a schedule that
 * stopped for an hour); the verdict is saved, so a second sweep finds nothing pending.
 */
















/** The most runs of the default branch one sweep reads for the ledger's pending rollbacks. */
const MAX_VERDICT_RUNS = 3;
/** Reads the pending work and advances each item; one item that fails is told, and the others go on. */
async function sweep(ctx, ports, opts = {}) {
    const { log } = ports.runner;
    const say = (text) => ports.runner.appendSummary(`## ci-recovery supervisor: sweep\n\n${text}\n`);
    if (!ports.probes)
        throw new Error('the sweep needs the runs listing (ports.probes)');
    const runs = await ports.probes.recentRuns();
    const now = ports.now?.() ?? new Date();
    const recorded = await recordedBisections(ports, opts, ctx.settings.dryRun);
    const input = {
        ...(recorded.unknown > 0 ? { probeBranchesWithoutRun: recorded.unknown } : {}),
        runs,
        now,
        ...(opts.selfRunId !== undefined ? { selfRunId: opts.selfRunId } : {}),
        ...(opts.supervised ? { supervised: opts.supervised } : {}),
        ...(opts.windowMs !== undefined ? { windowMs: opts.windowMs } : {}),
        ...(opts.defaultBranch !== undefined ? { defaultBranch: opts.defaultBranch } : {}),
    };
    const plan = sweepPlan({ ...input, ended: recorded.ended });
    const listed = plan.targets;
    // Runs left because their bisection ended where GitHub would not start probes: said at every sweep that
    // would have taken them up (a forged record must not stall a run silently).
    const leftIds = [
        ...new Set([
            ...plan.left,
            ...recorded.targets
                .filter((t) => runs.some((r) => r.id === t.runId && bisectionEnded(recorded.ended, r, now)))
                .map((t) => t.runId),
        ]),
    ];
    const skip = [...(opts.selfRunId !== undefined ? [opts.selfRunId] : []), ...(opts.supervised ?? [])];
    const reruns = rerunTargets({ reruns: recorded.reruns, runs, now, skip });
    // The re-run records take only the slots the runs GitHub lists leave: anyone who can write the cache scope
    // can write one, and ten of them must not crowd a real failure out.
    const ahead = [...recorded.targets.filter((t) => !leftIds.includes(t.runId)), ...listed];
    const recordOnly = reruns.targets.filter((t) => !ahead.some((o) => o.runId === t.runId));
    const pending = [...ahead, ...recordOnly].filter((t, i, all) => all.findIndex((o) => o.runId === t.runId) === i);
    const targets = pending.slice(0, MAX_SWEEP_TARGETS);
    // Past the cap, runs wait for the next wake (their ledger records stay): said, so a busy sweep drops none silently.
    const deferred = [
        ...new Set([...pending.slice(MAX_SWEEP_TARGETS).map((t) => t.runId), ...plan.deferred]),
    ].filter((id) => !targets.some((t) => t.runId === id));
    if (deferred.length > 0)
        say(`${deferred.length} more run(s) with pending work wait for the next wake (this sweep takes ${MAX_SWEEP_TARGETS}): ${deferred.join(', ')}.`);
    if (leftIds.length > 0)
        say(`${leftIds
            .map((id) => `Run ${id} is not taken up again: its bisection ended (the ledger says so) as GitHub would not start its probes; dispatch the supervisor on the default branch with run-id ${id} to bisect it again.`)
            .join('\n')}`);
    log.info(`ci-recovery supervisor: sweep: ${runs.length} recent run(s) listed, ${targets.length} with pending work${deferred.length > 0 ? `, ${deferred.length} left for the next wake` : ''}`);
    const supervised = [];
    const recordFailures = [];
    for (const target of targets) {
        log.info(`ci-recovery supervisor: sweep: run ${target.runId}: ${(0,core_text/* inert */.tJ)(target.why)}`);
        try {
            const outcome = await superviseRun({ ...ctx, settings: { ...ctx.settings, runId: target.runId } }, ports);
            supervised.push({ runId: target.runId, outcome });
        }
        catch (error) {
            const said = (0,errors/* errorMessage */.gJ)(error);
            log.warning(`ci-recovery supervisor: sweep: run ${target.runId} was not supervised: ${(0,core_text/* inert */.tJ)(said)}`);
            if (!recordOnly.some((t) => t.runId === target.runId) || !(error instanceof RunNotFoundError)) {
                // Any failure to act on a run read (a revert refused, a PR not opened) fails the wake, as a listed run's.
                supervised.push({ runId: target.runId, error: said });
                if (recordOnly.some((t) => t.runId === target.runId))
                    recordFailures.push(await recordFailed(target.runId, error, ports, opts.defaultBranch));
                continue;
            }
            // A run named by a re-run record only (which anyone who can write the cache scope can write) that GitHub
            // does not have: said once, the record dropped, and the wake not failed for it.
            supervised.push({ runId: target.runId, error: said, recordOnly: true });
            recordFailures.push(await recordFailed(target.runId, error, ports, opts.defaultBranch));
        }
    }
    if (recordFailures.length > 0)
        say(recordFailures.join('\n'));
    // After the targets: their supervision may have judged a rollback and saved the ledger already.
    const rollbacks = await sweepRollbacks(ctx, ports, runs, opts);
    if (recorded.summary !== undefined)
        say(recorded.summary);
    if (reruns.running.length > 0)
        say(`${reruns.running
            .map((r) => `Run ${r.runId}: its re-run of attempt ${r.attempt} is still running; the next wake reads it.`)
            .join('\n')}`);
    else if (recorded.summary === undefined &&
        targets.length === 0 &&
        rollbacks.length === 0 &&
        leftIds.length === 0 &&
        !opts.afterRun)
        say('Nothing pending.');
    return { listed: runs.length, targets, supervised, rollbacks };
}
/**
 * A record-only target not supervised, as the summary says it: GitHub's 404 (the run deleted, expired, or a
 * forged record) drops the record, said this once; any other failure leaves it for the next wake.
 */
async function recordFailed(runId, error, ports, branch) {
    const said = (0,core_text/* inert */.tJ)((0,core_report/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(error)));
    if (!(error instanceof RunNotFoundError) || !ports.ledger || branch === undefined)
        return `Run ${runId}, named by the ledger's re-run record, was not supervised (the next wake tries again): ${said}`;
    const ledger = ports.ledger;
    const dropped = await ledger
        .load(branch)
        .then(async (l) => {
        const next = withoutRerunOf(l, runId);
        if (next !== l)
            await ledger.save(next, branch);
        return 'the record is dropped';
    })
        .catch((e) => `the record is kept, the ledger was not saved: ${(0,core_text/* inert */.tJ)((0,core_report/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(e)))}`);
    return `Run ${runId}, named by the ledger's re-run record, is not a run GitHub has (404): ${dropped}.`;
}
/**
 * The bisections the ledger's probe records hold (a probe made and not yet judged). With its workflow named,
 * a record is followed to that workflow's newest push run of the branch, however busy the repository's
 * listing: failed, it is a target; green, the bisection is moot, and the record's probe branch is deleted
 * and its record dropped (no probe's completion may ever wake a supervisor to do it). `unknown`: fresh
 * records that name no workflow (an older ledger's), which make every failing push run listed a target.
 */
async function recordedBisections(ports, opts, dryRun) {
    const branch = opts.defaultBranch;
    const none = { targets: [], unknown: 0, ended: [], reruns: [] };
    if (!ports.ledger || !ports.probes || branch === undefined)
        return none;
    // an unreadable ledger has no probe records: the sweep counts none
    const ledger = await ports.ledger.load(branch).catch(() => undefined);
    const ended = ledger?.ended ?? [];
    const reruns = ledger?.reruns ?? [];
    if (!ledger?.probes)
        return { ...none, ended, reruns };
    // A record a day old is stale (a bisection the branch's green run ended): both deadlines are long past.
    // One dated ahead of the clock was not written by a supervisor (core/bisect-records.ts, freshRecord).
    const now = ports.now?.() ?? new Date();
    const fresh = ledger.probes.filter((p) => freshRecord(p, now));
    const targets = [];
    const green = new Set();
    const passed = [];
    const { log } = ports.runner;
    for (const workflowId of new Set(fresh.flatMap((p) => (p.workflowId !== undefined ? [p.workflowId] : [])))) {
        try {
            const pushes = await ports.probes.listRuns(workflowId, { branch, event: 'push' });
            const newest = pushes.find((r) => r.status === 'completed');
            // A skipped run tested nothing: neither green nor a failure to supervise again.
            if (!newest || newest.conclusion === 'skipped')
                continue;
            if (newest.conclusion === 'success') {
                green.add(workflowId);
                passed.push(newest.id);
            }
            else if (newest.id !== opts.selfRunId && !opts.supervised?.includes(newest.id))
                targets.push({ runId: newest.id, why: 'its bisection has a probe not yet judged' });
        }
        catch (error) {
            log.warning(`ci-recovery supervisor: sweep: the push runs of workflow ${workflowId} were not read, its bisection waits for the next sweep: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        }
    }
    // A dry run deletes no branch and saves no ledger.
    const summary = green.size > 0 && !dryRun
        ? await dropMootProbes(ports, ledger, { green, passed, now }, branch)
        : undefined;
    return {
        targets,
        unknown: fresh.filter((p) => p.workflowId === undefined).length,
        ended,
        reruns,
        ...(summary ? { summary } : {}),
    };
}
/**
 * The branch is green again for the `green` workflows (their newest push runs `passed`): their bisections'
 * probe records are dropped, and their probe branches deleted, but for one another workflow's fresh record
 * holds (a probe of the same commit, its branch named by the commit alone): that bisection deletes it once
 * judged. Returns the summary's words: a bisection that ends without a culprit is a person's to know of, not
 * only the log's.
 */
async function dropMootProbes(ports, ledger, moot, branch) {
    const { log } = ports.runner;
    const { green, passed, now } = moot;
    const isGreen = (p) => p.workflowId !== undefined && green.has(p.workflowId);
    // The branch deleted is the one a probe of the record's commit runs on, never the name it carries.
    const branches = new Set((ledger.probes ?? []).filter(isGreen).map((p) => probeRef(p.sha)));
    const kept = [];
    const left = [];
    for (const ref of branches)
        if (heldByOthers(ledger, ref, (id) => green.has(id), now))
            left.push(ref);
        else
            await ports.probes?.deleteBranch(ref).then(() => log.info(`ci-recovery supervisor: sweep: ${(0,core_text/* inert */.tJ)(branch)} passed again: ${(0,core_text/* inert */.tJ)(ref)} deleted`), (error) => {
                kept.push(ref);
                log.warning(`ci-recovery supervisor: sweep: the probe branch ${(0,core_text/* inert */.tJ)(ref)} was not deleted, the next sweep tries again: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
            });
    const gone = [...branches].filter((b) => !kept.includes(b) && !left.includes(b));
    // A green workflow's record goes unless its branch's deletion failed (the next sweep tries again); one
    // naming no workflow (an older ledger's) goes with its branch. Another workflow's record stays.
    const drop = (p) => isGreen(p)
        ? !kept.includes(probeRef(p.sha))
        : p.workflowId === undefined && gone.includes(probeRef(p.sha));
    const probes = (ledger.probes ?? []).filter((p) => !drop(p));
    const { probes: _all, ...rest } = ledger;
    await ports.ledger
        ?.save(probes.length > 0 ? { ...rest, probes } : rest, branch)
        .catch((error) => log.warning(`ci-recovery supervisor: sweep: the ledger was not saved, the next sweep drops the probe records again: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`));
    return [
        `Bisection ended without a culprit: ${(0,core_report/* codeSpan */.SS)(branch)} passed again (run ${passed.join(', run ')}) after the failing run it bisected: nothing is reverted, and a failure that comes back is bisected anew.`,
        ...(gone.length > 0 ? [`Probe branches deleted: ${gone.map((b) => (0,core_report/* codeSpan */.SS)(b)).join(', ')}.`] : []),
        ...(kept.length > 0
            ? [`Not deleted, tried again at the next sweep: ${kept.map((b) => (0,core_report/* codeSpan */.SS)(b)).join(', ')}.`]
            : []),
        ...(left.length > 0
            ? [`Left to another workflow's probe of the same commit: ${left.map((b) => (0,core_report/* codeSpan */.SS)(b)).join(', ')}.`]
            : []),
    ].join('\n');
}
/**
 * The ledger's rollbacks awaiting a verdict, judged by the newest completed run of each workflow on the
 * default branch (not a probe, not a follower); the verdicts saved. No ledger kept, no default branch known,
 * a dry run, or nothing pending: nothing read but the ledger.
 */
async function sweepRollbacks(ctx, ports, runs, opts) {
    const branch = opts.defaultBranch;
    if (!ports.ledger || branch === undefined || ctx.settings.dryRun)
        return [];
    const { log } = ports.runner;
    let ledger;
    try {
        ledger = await ports.ledger.load(branch);
    }
    catch (error) {
        log.warning(`ci-recovery supervisor: sweep: the ledger was not read, its rollbacks wait for the next sweep: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        return [];
    }
    const pending = (l) => l.reverts.filter((r) => r.record && !r.verdict).length;
    if (pending(ledger) === 0)
        return [];
    const saved = ledger;
    const judged = [];
    const problems = [];
    ledger = await withoutDeclined(ledger, ports, problems);
    for (const run of verdictRuns(runs, branch, opts.selfRunId)) {
        // Its supervision in this invocation judged what it could hold (supervise.ts, verifyEarlier).
        if (opts.supervised?.includes(run.id))
            continue;
        if (pending(ledger) === 0)
            break;
        // It cannot hold any pending revert (a verdict run GitHub never started leaves the failing run newest):
        // not read, nor a clone made, every sweep until the branch moves.
        if (holdsNoPending(ledger, run))
            continue;
        const runCtx = { ...ctx, settings: { ...ctx.settings, runId: run.id } };
        try {
            const g = await gatherRun(runCtx, ports);
            if (g.stale)
                continue;
            const done = await verifyRollbacks({ ...g, ledger }, runCtx, ports, problems);
            ledger = done.ledger;
            if (done.verified.length > 0)
                judged.push({ runId: run.id, verified: done.verified });
        }
        catch (error) {
            problems.push(`run ${run.id} was not read for the ledger's rollbacks: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    ledger = await dispatchVerdictsAgain(ctx, ports, ledger, runs, branch, problems);
    for (const p of problems)
        log.warning(`ci-recovery supervisor: sweep: ${(0,core_text/* inert */.tJ)(p)}`);
    if (ledger !== saved)
        await ports.ledger.save(ledger, branch).catch((error) => {
            log.warning(`ci-recovery supervisor: sweep: the ledger was not saved, the next sweep judges again: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
        });
    log.info(`ci-recovery supervisor: sweep: the ledger held ${pending(saved)} rollback(s) awaiting a verdict; ${pending(ledger)} still do`);
    if (judged.length > 0)
        ports.runner.appendSummary(`## ci-recovery supervisor: sweep\n${renderVerifiedRollbacks(judged.flatMap((j) => j.verified)).join('\n')}\n`);
    return judged;
}
/**
 * A pushed revert whose verdict run the pushing wake could not dispatch (core/verdict-dispatch.ts): the
 * watched workflow dispatched on the default branch again, once per revert. Made, or refused by GitHub (no
 * `workflow_dispatch:` trigger, the workflow disabled: the user's to mend, said once), it is kept on the
 * reverts' ledger entries and not asked again; any other failure (a 5xx, the network) the next sweep tries
 * again, within the revert's first day. An App token's push starts the run itself.
 */
async function dispatchVerdictsAgain(ctx, ports, ledger, runs, branch, problems) {
    if (ctx.settings.tokenKind === 'other' || !ports.probes)
        return ledger;
    const now = ports.now?.() ?? new Date();
    let kept = ledger;
    const made = (shas) => {
        for (const sha of shas)
            kept = (0,core_ledger/* updateRevert */.YU)(kept, sha, { verdictDispatchedAt: now.toISOString() });
    };
    for (const { workflowId, shas } of verdictDispatchPlan(ledger, runs, branch, now)) {
        try {
            const { runId } = await ports.probes.dispatch(workflowId, branch);
            made(shas);
            ports.runner.log.notice(`ci-recovery supervisor: sweep: no run holds a pushed revert awaiting its verdict: workflow ${workflowId} dispatched on ${(0,core_text/* inert */.tJ)(branch)} again${runId !== undefined ? ` (run ${runId})` : ''}.`);
        }
        catch (error) {
            if (error instanceof DispatchRefusedError) {
                made(shas);
                problems.push(`no run holds a pushed revert awaiting its verdict, and GitHub refused the dispatch of workflow ${workflowId} on ${branch} (${(0,errors/* errorMessage */.gJ)(error)}): add 'workflow_dispatch:' to its 'on:' (or enable it); no further dispatch is made, a push to ${branch} or a dispatch by hand gives the verdict`);
            }
            else
                problems.push(`no run holds a pushed revert awaiting its verdict, and the dispatch of workflow ${workflowId} on ${branch} failed again (${(0,errors/* errorMessage */.gJ)(error)}): the next sweep tries again; a push to ${branch} or a dispatch by hand gives the verdict too`);
        }
    }
    return kept;
}
/**
 * The run tested a commit no pending revert can be in: the failing run that led to it, the reverted commit,
 * or the commit the revert was made on. A record that cannot be read says nothing: the run is read.
 */
function holdsNoPending(ledger, run) {
    return ledger.reverts
        .filter((r) => r.record && !r.verdict)
        .every((r) => {
        try {
            const record = parseRollbackRecord(r.record ?? '');
            return (run.id === record.trigger.runId ||
                run.headSha === record.from.commit ||
                run.headSha === record.to.parent);
        }
        catch {
            // an unreadable record: the run is read for it, as before
            return false;
        }
    });
}
/** The newest completed run of each workflow on the default branch that can judge a revert. */
function verdictRuns(runs, branch, selfRunId) {
    const newest = new Map();
    // The sweep's own earlier schedules (its workflow may be the watched one too: only those) test nothing.
    const self = runs.find((r) => r.id === selfRunId);
    const own = self ? String(self.workflowId ?? self.path) : undefined;
    for (const run of runs) {
        if (run.id === selfRunId || run.headBranch !== branch || run.status !== 'completed')
            continue;
        if (run.event === 'schedule' && String(run.workflowId ?? run.path) === own)
            continue;
        if (isProbeRun(run) || run.event === 'workflow_run')
            continue;
        const key = String(run.workflowId ?? run.path);
        if (!newest.has(key))
            newest.set(key, run);
    }
    return [...newest.values()].slice(0, MAX_VERDICT_RUNS);
}

// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var adapters_github = __webpack_require__(48463);
// EXTERNAL MODULE: ./src/adapters/ledger-store.ts
var ledger_store = __webpack_require__(58919);
// EXTERNAL MODULE: ./src/runner/adapters/logger.ts
var adapters_logger = __webpack_require__(42927);
// EXTERNAL MODULE: ./src/adapters/rest-call.ts
var rest_call = __webpack_require__(58193);
;// CONCATENATED MODULE: ./src/supervise/adapters/supervise-budget.ts

/** A call bounded by the budget alone (each REST call inside it is bounded already). */
const BUDGET_ONLY = Number.POSITIVE_INFINITY;
/**
 * Runs `work` under the budget; given up, warns and answers `fallback(reason)` (which may throw). The REST
 * calls `work` makes end when it is given up (endCallsWith): their sockets would stay open to their own limit.
 */
function bounder(b) {
    return (what, limitMs, work, fallback) => b.deadline.run(what, limitMs, (signal) => (0,rest_call/* endCallsWith */.LC)(signal, work), (reason) => {
        b.logger.warning(`ci-recovery supervisor: ${reason}.`);
        return fallback(reason);
    }, limitMs === BUDGET_ONLY ? undefined : 'CI_RECOVERY_STORE_STALL_SECONDS');
}
const fail = (reason) => {
    throw new Error(reason);
};
/**
 * One call to the artifact service within the artifact limit and the budget; given up, it rejects with
 * the reason, which the caller reports (a plan not read, the rollback record not kept).
 */
function artifactCalls(b) {
    return (what, call) => b.deadline.run(what, b.artifactMs, call, fail, 'CI_RECOVERY_STORE_STALL_SECONDS');
}
function boundedSupervisorGitHub(github, b) {
    const bound = bounder(b);
    const rest = (what, work) => bound(what, BUDGET_ONLY, work, fail);
    return {
        readRun: (runId, attempt) => rest(`reading run ${runId}`, () => github.readRun(runId, attempt)),
        readJobs: (runId, attempt) => rest(`listing the jobs of run ${runId}`, () => github.readJobs(runId, attempt)),
        jobTimeoutEvidence: (jobId) => rest(`reading why job ${jobId} was cancelled`, () => github.jobTimeoutEvidence(jobId)),
        classifyJobLog: (jobId, signals) => rest(`reading the log of job ${jobId}`, () => github.classifyJobLog(jobId, signals)),
        readAnnotations: (jobId) => rest(`reading the annotations of job ${jobId}`, () => github.readAnnotations(jobId)),
        // Each artifact call inside is bounded too (artifactCalls): a silent service costs a plan, not all.
        recoveryPlans: (runId) => bound(`reading the recovery plans of run ${runId}`, BUDGET_ONLY, () => github.recoveryPlans(runId), () => []),
        commitWasGreen: (workflowId, sha, branch) => rest(`reading the runs of ${sha.slice(0, 12)}`, () => github.commitWasGreen(workflowId, sha, branch)),
        lastGreenSha: (workflowId, branch, exceptSha) => rest(`finding the last green commit of ${branch}`, () => github.lastGreenSha(workflowId, branch, exceptSha)),
        labelApplications: (sha, label) => rest(`reading the labels of ${sha.slice(0, 12)}'s pull request`, () => github.labelApplications(sha, label)),
        findRevertPullRequest: (branch) => rest(`finding the revert pull request of ${branch}`, () => github.findRevertPullRequest(branch)),
        revertPullRequestsToday: (now) => rest("counting today's revert pull requests", () => github.revertPullRequestsToday(now)),
        findPullRequest: (details) => rest(`finding the pull request of run ${details.run.id}`, () => github.findPullRequest(details)),
        pullRequestCommits: (pr) => rest(`listing the commits of #${pr}`, () => github.pullRequestCommits(pr)),
        requestRerun: (runId, req, backoffMs) => rest(`re-running run ${runId}`, () => github.requestRerun(runId, req, backoffMs)),
        openRevertPullRequest: (opts) => rest('opening the revert pull request', () => github.openRevertPullRequest(opts)),
        upsertComment: (pr, key, section) => bound(`the comment on #${pr}`, BUDGET_ONLY, () => github.upsertComment(pr, key, section), () => ({})),
        keepArtifact: (name, content) => rest(`keeping the artifact '${name}'`, () => github.keepArtifact(name, content)),
        readFile: (file, ref, from) => rest(`reading ${file}`, () => github.readFile(file, ref, from)),
    };
}
/** The ledger in the cache: given up, its load rejects (not read: nothing flaky known, nothing saved over it). */
function boundedLedger(ledger, b) {
    const bound = bounder(b);
    return {
        load: (branch) => bound('restoring the ledger', b.artifactMs, () => ledger.load(branch), fail),
        save: (saved, branch) => bound('saving the ledger', b.artifactMs, () => ledger.save(saved, branch), () => undefined),
    };
}
/** The clone of the default branch (a fetch); its later pushes keep git's own stall limit. */
function boundedGit(git, b) {
    const bound = bounder(b);
    return {
        cloneDefaultBranch: (opts) => bound(`cloning ${opts.branch}`, BUDGET_ONLY, () => git.cloneDefaultBranch(opts), fail),
    };
}
/** Bisection's calls (a probe is one dispatch: it counts against the budget like any call). */
function boundedProbes(probes, b) {
    const bound = bounder(b);
    const rest = (what, work) => bound(what, BUDGET_ONLY, work, fail);
    return {
        listRuns: (id, filter) => rest(`listing the runs of workflow ${id}`, () => probes.listRuns(id, filter)),
        createBranch: (branch, sha) => rest(`creating ${branch}`, () => probes.createBranch(branch, sha)),
        deleteBranch: (branch) => rest(`deleting ${branch}`, () => probes.deleteBranch(branch)),
        dispatch: (id, ref) => rest(`dispatching workflow ${id} on ${ref}`, () => probes.dispatch(id, ref)),
        recentRuns: () => rest("listing the repository's runs", () => probes.recentRuns()),
    };
}

// EXTERNAL MODULE: ./src/adapters/rest-pages.ts
var rest_pages = __webpack_require__(25641);
;// CONCATENATED MODULE: ./src/supervise/adapters/api-call.ts
/**
 * One call of the supervisor's to GitHub's REST API: a refusal comes back explained, naming its cause and
 * what to change (core/api-refusal.ts), for every adapter of the wing that calls GitHub.
 */




/**
 * Turns a refused API call into a message that names its cause and fix (core/api-refusal.ts): a
 * missing permission, a bad token, a rate limit or a re-run GitHub no longer allows. Other errors pass
 * through. A rate limit stays an ordinary error: it passes with time, the user has nothing to fix.
 */
function explainApiError(error, doing, needs, rerun) {
    const explained = (0,api_refusal/* explainRefusal */.GC)((0,adapters_github.refusalOf)(error), doing, needs, rerun);
    if (!explained)
        return error;
    return explained.kind === 'rate-limit'
        ? new RateLimitError(explained.message)
        : new errors/* UserError */.yo(explained.message);
}
/** Runs one API call; a refusal comes back explained: what was being done and the permission it needs. */
async function call(doing, needs, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw explainApiError(error, doing, needs);
    }
}

;// CONCATENATED MODULE: ./src/supervise/adapters/probe-github.ts





/** A listed run as bisection and the sweep judge it, newest first. */
function runViews(runs) {
    return runs
        .map((r) => ({
        id: r.id,
        path: r.path,
        headBranch: r.head_branch ?? '',
        headSha: r.head_sha,
        event: r.event,
        status: r.status ?? '',
        conclusion: r.conclusion,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        runAttempt: r.run_attempt ?? 1,
        workflowId: r.workflow_id,
        url: r.html_url,
    }))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
function probeGitHub(octokit, repo) {
    return {
        listRuns: async (workflowId, f) => {
            const params = {
                ...repo,
                workflow_id: workflowId,
                ...(f.branch !== undefined ? { branch: f.branch } : {}),
                ...(f.headSha !== undefined ? { head_sha: f.headSha } : {}),
                ...(f.event !== undefined ? { event: f.event } : {}),
                ...(f.created !== undefined ? { created: f.created } : {}),
                per_page: 100,
            };
            const pages = f.pages ?? 1;
            if (pages <= 1) {
                const { data } = await call('listing workflow runs', 'actions:read', () => octokit.rest.actions.listWorkflowRuns(params));
                return runViews(data.workflow_runs);
            }
            // The first `pages` pages, each link checked as any listing's (rest-pages.ts).
            const listing = 'listing workflow runs';
            const { items } = await call(listing, 'actions:read', () => (0,rest_pages/* listFirst */.rL)(octokit, octokit.rest.actions.listWorkflowRuns, params, { listing, maxPages: pages }));
            return runViews(items);
        },
        recentRuns: async () => {
            const { data } = await call("listing the repository's runs", 'actions:read', () => octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, per_page: 100 }));
            return runViews(data.workflow_runs);
        },
        createBranch: async (branch, sha) => {
            try {
                await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
                return 'created';
            }
            catch (error) {
                // 422 "Reference already exists": ours from an earlier step only if it points at the same commit.
                if ((0,adapters_github.httpStatus)(error) !== 422)
                    throw explainApiError(error, `creating ${branch}`, 'contents:write');
                const { data } = await call(`reading ${branch}`, 'contents:read', () => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
                if (data.object.sha === sha)
                    return 'exists';
                throw new Error(`the probe branch ${branch} exists at ${data.object.sha.slice(0, 12)}, not at ${sha.slice(0, 12)}: delete it, and the next run probes again`, { cause: error });
            }
        },
        deleteBranch: async (branch) => {
            try {
                await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
            }
            catch (error) {
                // 422 "Reference does not exist" (and 404): already gone.
                const status = (0,adapters_github.httpStatus)(error);
                if (status !== 422 && status !== 404)
                    throw explainApiError(error, `deleting ${branch}`, 'contents:write');
            }
        },
        dispatch: (workflowId, ref) => dispatchWithDetails(octokit, repo, workflowId, ref),
    };
}
/**
 * The dispatch, asking for the run it starts (200 with `workflow_run_id`, since 2026-02-19). A service
 * that refuses the field (400: GHES 3.20 and older, cli/cli#12672) gets the plain dispatch; a 204 has no
 * run id, and the run is then known by listing.
 */
async function dispatchWithDetails(octokit, repo, workflowId, ref) {
    const what = `dispatching workflow ${workflowId} on ${ref}`;
    const route = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
    try {
        const answer = await octokit.request(route, {
            ...repo,
            workflow_id: workflowId,
            ref,
            return_run_details: true,
        });
        const id = answer.data?.workflow_run_id;
        return typeof id === 'number' ? { runId: id } : {};
    }
    catch (error) {
        if ((0,adapters_github.httpStatus)(error) !== 400)
            throw await refusalOf(error);
    }
    try {
        await octokit.request(route, { ...repo, workflow_id: workflowId, ref });
    }
    catch (error) {
        throw await refusalOf(error);
    }
    return {};
    async function refusalOf(error) {
        // A 404 is a missing permission, or the workflow gone: GitHub's own word on the workflow tells which.
        if ((0,adapters_github.httpStatus)(error) === 404 && (await workflowGone(octokit, repo, workflowId)))
            return new DispatchRefusedError(`${what}: GitHub answered 404: workflow ${workflowId} is gone (its file deleted or renamed), or not visible to this token (actions: read)`, 'gone');
        return dispatchError(error, what);
    }
}
/**
 * GET .../actions/workflows/{id} answers 404, or names the workflow `deleted`: it will take no dispatch
 * again. Any other answer (a 5xx, the network, a refusal) is not that word: false.
 */
async function workflowGone(octokit, repo, workflowId) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}', {
            ...repo,
            workflow_id: workflowId,
        });
        return data.state === 'deleted';
    }
    catch (error) {
        return (0,adapters_github.httpStatus)(error) === 404;
    }
}
// GitHub's 422s for a workflow that will not take a dispatch (the stand answers them alike).
const NOT_DISPATCHABLE = /disabled workflow|does not have 'workflow_dispatch' trigger/i;
/** A dispatch's failure: refused for good (DispatchRefusedError), a rate limit, or as it came (it passes). */
function dispatchError(error, what) {
    const explained = explainApiError(error, what, 'actions:write');
    if (explained instanceof errors/* UserError */.yo)
        return new DispatchRefusedError(explained.message);
    const said = (0,errors/* errorMessage */.gJ)(error);
    if ((0,adapters_github.httpStatus)(error) === 422 && NOT_DISPATCHABLE.test(said))
        return new DispatchRefusedError(`${what}: GitHub answered 422 (${said.split('\n')[0] ?? ''})`);
    return explained;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/adapters/jobs-api.ts
var jobs_api = __webpack_require__(3463);
// EXTERNAL MODULE: ./src/adapters/sticky-comment.ts
var sticky_comment = __webpack_require__(89517);
;// CONCATENATED MODULE: ./src/supervise/adapters/revert-pull-requests.ts
/**
 * The supervisor's revert pull requests on GitHub: who labelled the culprit's PR (a kill switch), the revert
 * PR of a branch, how many it opened today (the daily cap), and opening one as a draft (ready for review
 * where drafts are refused).
 */





/**
 * 3,000 events of one pull request: past them the kill switch counts as unchecked, which stops the revert
 * (supervise-gather.ts), rather than read from a list cut short.
 */
const EVENT_PAGES = 30;
/**
 * Who applied `label` to the pull request that brought `sha` in, with their permission, so a label applied
 * by a reader does not stop a revert. Labels removed again do not count.
 */
async function labelApplications(octokit, repo, sha, label) {
    const { data: pulls } = await call(`finding the pull request of ${sha.slice(0, 12)}`, 'pull-requests:read', () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha }));
    const pr = pulls[0]?.number;
    if (pr === undefined)
        return { labels: [] };
    const listing = `reading the events of #${pr}`;
    const events = await call(listing, 'pull-requests:read', () => (0,rest_pages/* listAll */._w)(octokit, octokit.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }, { listing, maxPages: EVENT_PAGES }));
    const appliedBy = new Map();
    for (const e of events) {
        const name = e.label?.name;
        if (name !== label || !e.actor)
            continue;
        if (e.event === 'labeled')
            appliedBy.set(label, e.actor.login);
        if (e.event === 'unlabeled')
            appliedBy.delete(label);
    }
    const labels = [];
    for (const [name, actor] of appliedBy) {
        // Fails closed: a permission GitHub did not tell is 'unknown', and an unknown labeller's kill switch holds.
        const permission = await octokit.rest.repos
            .getCollaboratorPermissionLevel({ ...repo, username: actor })
            .then((r) => r.data.permission)
            // the permission is told as unknown when GitHub will not say it
            .catch(() => core_revert/* UNKNOWN_PERMISSION */.x0);
        labels.push({ label: name, actor, permission });
    }
    return { pr, labels };
}
/** The revert PR of a branch, open or closed: a second supervisor run finds it and opens no other. */
async function findRevertPullRequest(octokit, repo, branch) {
    const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'all', head: `${repo.owner}:${branch}`, per_page: 10 }));
    const pr = data.find((p) => p.head.ref === branch);
    if (!pr)
        return undefined;
    const merged = pr.merged_at && pr.merge_commit_sha ? { mergeSha: pr.merge_commit_sha } : {};
    return { number: pr.number, url: pr.html_url, state: pr.state, createdAt: pr.created_at, ...merged };
}
/** Revert PRs ci-recovery opened today (UTC), for the daily cap: never a fork's (core/revert.ts ownRevertPullsOn). */
async function revertPullRequestsToday(octokit, repo, now = new Date()) {
    const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'all', sort: 'created', direction: 'desc', per_page: 100 }));
    const pulls = data.map((p) => ({
        headRef: p.head.ref,
        headRepo: p.head.repo?.full_name,
        createdAt: p.created_at,
        ...(p.user?.login ? { author: p.user.login } : {}),
    }));
    const name = `${repo.owner}/${repo.repo}`;
    // Who the token is (a GraphQL question, which Octokit's throttling spaces like a write) matters only
    // when some pull request of today could be a revert of ours.
    const candidates = (0,core_revert/* revertPullsOn */.CA)(pulls, name, now);
    if (candidates.length === 0)
        return 0;
    // The supervisor opens its revert PRs with this token: its identity is the author to count.
    const self = await (0,sticky_comment.tokenIdentity)(octokit);
    return (0,core_revert/* ownRevertPullsOn */.wA)(candidates, name, now, self.login);
}
/** The note a revert PR opens with when the repository refused it as a draft. */
const DRAFTS_REFUSED_NOTE = '> [!NOTE]\n> This repository does not support draft pull requests (a private repository on GitHub Free or Pro), so this revert is open for review rather than a draft. Review it before merging all the same.';
/** GitHub's 422 for a draft pull request on a plan without drafts. */
function draftsRefused(error) {
    const { status, message } = error;
    return status === 422 && /Draft pull requests are not supported/i.test(message ?? '');
}
/** Opens the draft revert PR (ready for review where drafts are refused), or returns the existing one, and labels it. */
async function openRevertPullRequest(octokit, repo, opts) {
    const existing = await findRevertPullRequest(octokit, repo, opts.branch);
    if (existing)
        return { ...existing, created: false };
    const create = (draft, body) => octokit.rest.pulls.create({
        ...repo,
        head: opts.branch,
        base: opts.base,
        title: opts.title,
        body,
        draft,
        maintainer_can_modify: true,
    });
    // Private repositories on GitHub Free and Pro have no drafts (422): the branch is pushed already, so
    // open it ready for review and say why.
    let data;
    try {
        ({ data } = await call('opening the revert pull request', 'pull-requests:write', () => create(true, opts.body).catch((error) => {
            if (!draftsRefused(error))
                throw error;
            return create(false, `${DRAFTS_REFUSED_NOTE}\n\n${opts.body}`);
        })));
    }
    catch (error) {
        // Another supervisor (a sweep beside an event's run) opened it a moment ago: theirs is the one.
        const raced = /pull request already exists/i.test((0,errors/* errorMessage */.gJ)(error))
            ? await findRevertPullRequest(octokit, repo, opts.branch)
            : undefined;
        if (raced)
            return { ...raced, created: false };
        throw error;
    }
    if (opts.labels.length > 0) {
        await call('labelling the revert pull request', 'pull-requests:write', () => octokit.rest.issues.addLabels({ ...repo, issue_number: data.number, labels: opts.labels }));
    }
    return {
        number: data.number,
        url: data.html_url,
        state: data.state,
        createdAt: data.created_at,
        created: true,
    };
}

;// CONCATENATED MODULE: ./src/supervise/adapters/supervisor-github.ts
/**
 * The supervisor's GitHub REST calls: read the completed run, its jobs, logs and annotations; find the PR
 * (fork PRs too); re-run within caps with backoff and pacing; and the port over them all, with the revert
 * PRs' calls (revert-pull-requests.ts). Every permission problem becomes a UserError naming exactly what to
 * change (api-call.ts).
 */

















const realSleep = (ms) => (0,external_node_timers_promises_.setTimeout)(ms);

/** GitHub's 404 for the run names neither the run nor what to pass instead: this does. */
function runNotFound(repo, runId) {
    return new RunNotFoundError(`reading run ${runId}: GitHub answered 404 (Not Found): ${repo.owner}/${repo.repo} has no run ${runId} that this token can see. ` +
        "Pass the completed run's id as 'run-id' (github.event.workflow_run.id, in a workflow of this repository), or a token of this repository with 'actions: read'.", runId);
}
/** The run as it is now (latest attempt), with the attempt the event was about. */
async function readRun(octokit, repo, runId, eventAttempt) {
    // The run and the repository (its default branch) are read at once; the run's error is told first.
    const [runRead, repoRead] = await Promise.allSettled([
        call(`reading run ${runId}`, 'actions:read', () => octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId })),
        call(`reading ${repo.owner}/${repo.repo}`, 'metadata:read', () => octokit.rest.repos.get({ ...repo })),
    ]);
    if (runRead.status === 'rejected') {
        if ((0,adapters_github.httpStatus)(runRead.reason) === 404)
            throw runNotFound(repo, runId);
        throw runRead.reason;
    }
    if (repoRead.status === 'rejected')
        throw repoRead.reason;
    const { data } = runRead.value;
    const { data: repository } = repoRead.value;
    const latest = data.run_attempt ?? 1;
    return {
        run: {
            id: data.id,
            attempt: eventAttempt ?? latest,
            latestAttempt: latest,
            workflow: data.name ?? String(data.workflow_id),
            event: data.event,
            headSha: data.head_sha,
            headBranch: data.head_branch ?? '',
            defaultBranch: repository.default_branch,
            conclusion: data.conclusion,
            url: data.html_url,
            ...(data.run_started_at || data.created_at
                ? { startedAt: data.run_started_at ?? data.created_at }
                : {}),
            ...(data.updated_at ? { updatedAt: data.updated_at } : {}),
        },
        workflowId: data.workflow_id,
        pullRequests: (data.pull_requests ?? []).map((p) => p.number),
        ...(data.head_repository?.full_name ? { headRepository: data.head_repository.full_name } : {}),
        ...(data.path ? { workflowPath: data.path } : {}),
    };
}
/** A file of the repository at `ref`, decoded; undefined when GitHub has none there (404). */
async function readRepoFile(octokit, repo, file, ref) {
    try {
        const { data } = await call(`reading ${file} at ${ref}`, 'contents:read', () => octokit.rest.repos.getContent({ ...repo, path: file, ref }));
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
/** `owner/name` (a reusable workflow's repository, checked by core/workflow-jobs calledWorkflow) as a Repo. */
function repoOf(fullName) {
    const [owner = '', repo = ''] = fullName.split('/');
    return { owner, repo };
}
/**
 * A run's matrices make 256 jobs at most; 1,000 jobs leave room for the rest of the workflow and the
 * workflows it calls (as jobs-api.ts reads them). A run with more gives its first 1,000, said so (`more`).
 */
const JOB_PAGES = 10;
/**
 * Actions keeps 50 annotations a job (and 50 a run of its own): one page of 100; three leave room for
 * another app's, not for a link that never ends.
 */
const ANNOTATION_PAGES = 3;
/** The jobs of one attempt of the run, with their steps: the first JOB_PAGES pages, and whether more follow. */
async function readJobs(octokit, repo, runId, attempt) {
    const listing = `listing the jobs of run ${runId}`;
    const { items, more } = await call(listing, 'actions:read', () => (0,rest_pages/* listFirst */.rL)(octokit, octokit.rest.actions.listJobsForWorkflowRunAttempt, { ...repo, run_id: runId, attempt_number: attempt, per_page: 100 }, { listing, maxPages: JOB_PAGES }));
    const jobs = items.map((j) => ({
        id: j.id,
        name: j.name,
        conclusion: j.conclusion,
        runAttempt: j.run_attempt ?? attempt,
        steps: (j.steps ?? []).map(jobs_api.stepOutcome),
    }));
    return { jobs, more };
}
/**
 * Streams a finished job's log to `file`. Undefined when GitHub has no log (expired, or a runner that
 * died before uploading it): the annotations are then the only trace.
 */
async function downloadJobLog(octokit, repo, jobId, file) {
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
            ...repo,
            job_id: jobId,
            request: { parseSuccessResponseBody: false },
        });
        const body = response.data;
        if (typeof body === 'string') {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from([body]), (0,external_node_fs_.createWriteStream)(file));
        }
        else if (body && typeof body === 'object' && 'getReader' in body) {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(body), (0,external_node_fs_.createWriteStream)(file));
        }
        else {
            return undefined;
        }
        return file;
    }
    catch (error) {
        const status = (0,adapters_github.httpStatus)(error);
        if (status === 404 || status === 410)
            return undefined;
        throw explainApiError(error, `downloading the log of job ${jobId}`, 'actions:read');
    }
}
/** The job's check-run annotations: "The runner has received a shutdown signal", "lost communication"... */
async function readAnnotations(octokit, repo, jobId) {
    const listing = `reading the annotations of job ${jobId}`;
    const list = await call(listing, 'checks:read', () => (0,rest_pages/* listAll */._w)(octokit, octokit.rest.checks.listAnnotations, { ...repo, check_run_id: jobId, per_page: 100 }, { listing, maxPages: ANNOTATION_PAGES }));
    return list.map((a) => ({
        level: a.annotation_level ?? 'notice',
        message: a.message ?? '',
        ...(a.title ? { title: a.title } : {}),
    }));
}
/**
 * For a `cancelled` job: the runner's job-timeout line, from its annotations, else its log (read line by
 * line). Undefined when neither carries it: a person (or a newer push with cancel-in-progress) cancelled it.
 */
async function jobTimeoutEvidence(octokit, repo, jobId, logFile) {
    // annotations are one more hint: the log is read without them
    const notes = await readAnnotations(octokit, repo, jobId).catch(() => []);
    const noted = supervise_findings_jobTimeoutLine(notes.map((a) => a.message));
    if (noted)
        return noted;
    const file = await downloadJobLog(octokit, repo, jobId, logFile);
    if (!file)
        return undefined;
    try {
        let number = 0;
        for await (const line of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity })) {
            number++;
            const found = supervise_findings_jobTimeoutLine([line]);
            if (found)
                return { ...found, line: number };
        }
        return undefined;
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
/**
 * The PR of a run: from the run itself, else (fork PRs, whose run lists none) by head owner:branch, else by
 * head sha. The branch comes first: `GET /commits/{sha}/pulls` on the base repository answers [] for a
 * fork's commit until its PR is merged.
 */
async function findPullRequest(octokit, repo, details) {
    if (details.pullRequests[0] !== undefined)
        return details.pullRequests[0];
    const { headSha, headBranch } = details.run;
    if (details.headRepository && headBranch) {
        const headOwner = details.headRepository.split('/')[0];
        const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 10 }));
        const byBranch = data.find((p) => p.head.sha === headSha);
        if (byBranch)
            return byBranch.number;
    }
    const bySha = await call(`finding the pull request of ${headSha.slice(0, 12)}`, 'pull-requests:read', () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha })).catch(() => ({ data: [] }));
    return bySha.data.find((p) => p.state === 'open' && p.head.sha === headSha)?.number;
}
/** A PR's commits (the first 100: a re-land names the rolled-back commit near its start). */
async function pullRequestCommits(octokit, repo, pr) {
    const { data } = await call(`listing the commits of #${pr}`, 'pull-requests:read', () => octokit.rest.pulls.listCommits({ ...repo, pull_number: pr, per_page: 100 }));
    return data.map((c) => ({ sha: c.sha, message: c.commit.message }));
}
/**
 * Completed runs of one workflow, newest first (filtered by head sha or branch), from the workflow's own
 * runs endpoint: a page of the repository's runs can be filled by other workflows' runs.
 */
async function workflowRuns(octokit, repo, workflowId, filter) {
    // Only the branch's push runs test what was pushed: a dispatch (other inputs), a schedule or a pull
    // request's run at the same commit may pass with other jobs, and would clear an innocent commit's parent.
    const { data } = await call('listing workflow runs', 'actions:read', () => octokit.rest.actions.listWorkflowRuns({
        ...repo,
        workflow_id: workflowId,
        ...filter,
        event: 'push',
        per_page: 100,
    }));
    return data.workflow_runs
        .filter((r) => r.workflow_id === workflowId &&
        r.status === 'completed' &&
        r.event === 'push' &&
        r.head_branch === filter.branch)
        .map((r) => ({ id: r.id, headSha: r.head_sha, conclusion: r.conclusion, createdAt: r.created_at }))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
/**
 * Did the latest completed push run of the workflow on `branch` at `sha` succeed? Undefined when none ran
 * there (the range since the last green run is then read).
 */
async function commitWasGreen(octokit, repo, workflowId, sha, branch) {
    const latest = (await workflowRuns(octokit, repo, workflowId, { head_sha: sha, branch }))[0];
    return latest ? latest.conclusion === 'success' : undefined;
}
/** The head sha of the newest successful run of the workflow on `branch` other than `exceptSha`. */
async function lastGreenSha(octokit, repo, workflowId, branch, exceptSha) {
    const runs = await workflowRuns(octokit, repo, workflowId, { branch, status: 'success' });
    return runs.find((r) => r.conclusion === 'success' && r.headSha !== exceptSha)?.headSha;
}
/**
 * Requests the re-run after the policy's backoff. Rate limits and server errors are waited out by the
 * client's shared policy (github.ts); "already running" means another supervisor won the race: not an error.
 */
async function requestRerun(octokit, repo, runId, req, opts = {}) {
    const sleep = opts.sleep ?? realSleep;
    if (opts.backoffMs && opts.backoffMs > 0)
        await sleep(opts.backoffMs);
    try {
        if (req.mode === 'job' && req.jobIds[0] !== undefined) {
            await octokit.rest.actions.reRunJobForWorkflowRun({ ...repo, job_id: req.jobIds[0] });
        }
        else if (req.mode === 'all') {
            await octokit.rest.actions.reRunWorkflow({ ...repo, run_id: runId });
        }
        else {
            await octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId });
        }
        return 'requested';
    }
    catch (error) {
        if ((0,adapters_github.httpStatus)(error) === 403 && /already running|in progress/i.test((0,errors/* errorMessage */.gJ)(error)))
            return 'already-running';
        const facts = (0,adapters_github.httpStatus)(error) === 403 ? await rerunFacts(octokit, repo, runId) : undefined;
        throw explainApiError(error, `re-running run ${runId}`, 'actions:write', facts);
    }
}
/** The run's age and attempts, to tell GitHub's re-run limits from a missing permission; {} if unreadable. */
async function rerunFacts(octokit, repo, runId) {
    try {
        const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
        return { runCreatedAt: data.created_at, latestAttempt: data.run_attempt ?? 1 };
    }
    catch {
        // these facts only sharpen the refusal's explanation: it is explained without them
        return {};
    }
}
/** The supervisor's GitHub port over REST (ports/github.ts). */
function supervisorGitHub(o) {
    const { octokit, repo } = o;
    const scratch = (name) => external_node_path_default().join(o.tempDir, name);
    return {
        readRun: (runId, attempt) => readRun(octokit, repo, runId, attempt),
        readJobs: (runId, attempt) => readJobs(octokit, repo, runId, attempt),
        jobTimeoutEvidence: (jobId) => jobTimeoutEvidence(octokit, repo, jobId, scratch(`job-${jobId}-timeout.log`)),
        classifyJobLog: async (jobId, signals) => {
            const file = await downloadJobLog(octokit, repo, jobId, scratch(`job-${jobId}.log`));
            if (!file)
                return undefined;
            try {
                // The classifier, artifact and git code load when a failed run needs them, not at start-up.
                const { classifyLogFile } = await Promise.all(/* import() */[__webpack_require__.e(9793), __webpack_require__.e(3759)]).then(__webpack_require__.bind(__webpack_require__, 23759));
                return await classifyLogFile(file, signals);
            }
            finally {
                await (0,promises_.rm)(file, { force: true });
            }
        },
        readAnnotations: (jobId) => readAnnotations(octokit, repo, jobId),
        recoveryPlans: async (runId) => {
            const { downloadPlans } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(2830), __webpack_require__.e(5824), __webpack_require__.e(2301), __webpack_require__.e(3665), __webpack_require__.e(6917), __webpack_require__.e(2148)]).then(__webpack_require__.bind(__webpack_require__, 87580));
            const within = o.artifactCall ? { within: o.artifactCall } : {};
            return (await downloadPlans({ token: o.token, runId, repo, logger: o.logger, ...within })).plans;
        },
        commitWasGreen: (workflowId, sha, branch) => commitWasGreen(octokit, repo, workflowId, sha, branch),
        lastGreenSha: (workflowId, branch, exceptSha) => lastGreenSha(octokit, repo, workflowId, branch, exceptSha),
        labelApplications: (sha, label) => labelApplications(octokit, repo, sha, label),
        findRevertPullRequest: (branch) => findRevertPullRequest(octokit, repo, branch),
        revertPullRequestsToday: (now) => revertPullRequestsToday(octokit, repo, now),
        findPullRequest: (details) => findPullRequest(octokit, repo, details),
        pullRequestCommits: (pr) => pullRequestCommits(octokit, repo, pr),
        requestRerun: (runId, req, backoffMs) => requestRerun(octokit, repo, runId, req, { backoffMs, sleep: o.sleep ?? realSleep }),
        openRevertPullRequest: (opts) => openRevertPullRequest(octokit, repo, opts),
        upsertComment: (pr, key, section) => (0,sticky_comment.upsertStickyComment)(octokit, repo, pr, key, section, o.logger, o.sticky),
        keepArtifact: (name, content) => keepArtifact(o, name, content),
        readFile: (file, ref, from) => readRepoFile(octokit, from ? repoOf(from) : repo, file, ref),
    };
}
async function keepArtifact(o, name, content) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempDir, 'record-'));
    const file = external_node_path_default().join(dir, name);
    try {
        await (0,promises_.writeFile)(file, content);
        const upload = o.uploadArtifact ??
            (async (n, f) => {
                const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4073), __webpack_require__.e(2830), __webpack_require__.e(5824), __webpack_require__.e(2301), __webpack_require__.e(3665), __webpack_require__.e(6917), __webpack_require__.e(3368)]).then(__webpack_require__.bind(__webpack_require__, 86917));
                await new DefaultArtifactClient().uploadArtifact(n, [f], external_node_path_default().dirname(f), {
                    skipArchive: true,
                    retentionDays: 90,
                });
            });
        const within = o.artifactCall ?? ((_what, call) => call());
        await within(`uploading the artifact '${name}'`, () => upload(name, file));
    }
    finally {
        // best effort: the temporary directory is the OS's to clear if removing it fails
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/supervise/adapters/supervise-run.ts







function supervisePorts(o) {
    const logger = adapters_logger/* runnerPort */.Ql.log;
    // The supervisor's own run keys its ledger entry; the watched branch names the ledger. Cache keys are
    // immutable and one invocation may save several times (a wake saves for its run, then for each run it
    // reconciles; the digest in the key may not change with a revert, a probe or a verdict): each save has
    // its key, `supervisor`, `supervisor-2`, \u2026 (a lookup by this attempt's key or the branch's prefix finds
    // the newest; the digest stays at the key's end, core/ledger.ts keyRulesOutPass).
    const location = (branch, save = 1) => ({
        branch,
        runId: o.env.runId || String(o.runId),
        attempt: o.env.attempt,
        job: save > 1 ? `supervisor-${save}` : 'supervisor',
        dir: (0,ledger_store.ledgerDirIn)(o.env.runnerTemp),
        // A workflow_run of a fork's pull request gets a read-only cache token (docs/runner-model.md).
        ...(o.env.cacheMode !== undefined ? { cacheMode: o.env.cacheMode } : {}),
    });
    const octokit = (0,adapters_github.getOctokit)(o.token, { logger });
    const probes = probeGitHub(octokit, o.repo);
    const github = supervisorGitHub({
        octokit,
        repo: o.repo,
        token: o.token,
        logger,
        tempDir: o.tempDir,
        ...(o.budget ? { artifactCall: artifactCalls(o.budget) } : {}),
        sticky: stickyOptions(octokit, o),
    });
    // A ledger that could not be read rejects (the phase goes on without it, as the sweep and the re-land
    // check already do); an empty one saved in its place would bury the branch's history. Every save rests
    // on a load of the same phase that resolved (no empty stand-in): no mark across loads is kept.
    // A wake supervises its run and then reconciles, and the sweep's steps each ask for the ledger: each load
    // looks the branch's newest entry up (a job's post step saves to it meanwhile, outside the supervisor's
    // concurrency group), and downloads it only when it is not the copy this invocation last loaded or saved.
    // A read that failed is not kept, nor a copy the cache did not take.
    const held = new Map();
    let saves = 0;
    const ledger = {
        load: async (branch) => {
            const restored = await (0,ledger_store.restoreLedger)(location(branch), logger, held.get(branch));
            if (restored.unread !== undefined)
                throw new Error(restored.unread);
            if (restored.key !== undefined)
                held.set(branch, { key: restored.key, ledger: restored.ledger });
            return restored.ledger;
        },
        save: async (saved, branch) => {
            saves += 1;
            const { saved: kept, key } = await (0,ledger_store.saveLedger)(saved, location(branch, saves), logger);
            if (kept)
                held.set(branch, { key, ledger: saved });
        },
    };
    const { budget } = o;
    return {
        github: budget ? boundedSupervisorGitHub(github, budget) : github,
        git: budget ? boundedGit(lazyGitPort(o.tempDir), budget) : lazyGitPort(o.tempDir),
        // One wake writes a part per run it supervises: the step's whole summary stays within the runner's limit.
        runner: { log: adapters_logger/* runnerPort */.Ql.log, appendSummary: boundedSummary((m) => adapters_logger/* runnerPort */.Ql.appendSummary(m)) },
        probes: budget ? boundedProbes(probes, budget) : probes,
        ...(o.config.ledger.enabled ? { ledger: budget ? boundedLedger(ledger, budget) : ledger } : {}),
    };
}
/** How long the supervisor asks whether another job writes the comment before assuming one does. */
const OTHERS_WRITING_MS = 2_000;
/**
 * The sticky comment's settling: in a run of its own (on a runner), the supervisor asks the Actions API
 * whether any other job is writing, and where none is, its write is final and is not read back twice.
 */
function stickyOptions(octokit, o) {
    const runId = Number(o.env.runId);
    const self = { runId, attempt: o.env.attempt };
    return {
        ...(o.env.commentSettleMs !== undefined ? { settleMs: o.env.commentSettleMs } : {}),
        ...(Number.isSafeInteger(runId) && runId > 0
            ? {
                othersWriting: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3463))).othersWriting(octokit, o.repo, self, OTHERS_WRITING_MS),
            }
            : {}),
    };
}
/** Git (simple-git) loads only when a revert needs a clone. */
function lazyGitPort(tempDir) {
    return {
        cloneDefaultBranch: async (opts) => (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(964), __webpack_require__.e(8190)]).then(__webpack_require__.bind(__webpack_require__, 78190))).gitPort(tempDir).cloneDefaultBranch(opts),
    };
}

;// CONCATENATED MODULE: ./src/supervise/core/supervise-wake.ts
function supervisorWake(w) {
    const branch = w.ref.startsWith('refs/heads/') ? w.ref.slice('refs/heads/'.length) : undefined;
    if (branch !== undefined && (w.eventName === 'schedule' || w.eventName === 'workflow_run'))
        return { acts: true };
    if (branch !== undefined && w.defaultBranch !== undefined && branch === w.defaultBranch)
        return { acts: true };
    const on = w.ref === '' ? 'no ref' : w.ref;
    const event = w.eventName === '' ? 'no event' : w.eventName;
    const home = w.defaultBranch !== undefined
        ? `not on the default branch ${w.defaultBranch}`
        : 'and the event names no default branch';
    return {
        acts: false,
        why: `this supervisor run was started by ${event} on ${on}, ${home}: it decides and reports only (no re-run, revert, probe or ledger write) and reconciles nothing; the default branch's next wake (its schedule, a watched run's completion, or a dispatch on it) acts`,
    };
}

;// CONCATENATED MODULE: ./src/supervise/index.ts
/**
 * The supervisor's one door: the rest of src/ (its entry point, src/actions/supervise.ts) imports it from
 * here and from nothing else inside (eslint.config.js `wingDoor`). Inside, the house's floors again:
 * `core/` decides, pure (which jobs to re-run, revert or leave to a person; bisection; rollback records and
 * their verdicts; the report), `ports/` are its GitHub, git and probe interfaces with their in-memory
 * implementations, `phase/` gathers, decides and acts over them for one run and for the sweep, and
 * `adapters/` are the real ports under the phase's time budget. The phase's settings, context and outcome
 * are in `phase/context.ts` and the ports it is handed in `ports/supervise.ts`, which every file of the
 * phase imports and which import none of it.
 */







// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/event.ts
var adapters_event = __webpack_require__(28000);
// EXTERNAL MODULE: ./src/checkpoint/index.ts + 1 modules
var checkpoint = __webpack_require__(93248);
// EXTERNAL MODULE: ./src/adapters/deadline.ts
var adapters_deadline = __webpack_require__(85094);
// EXTERNAL MODULE: ./src/adapters/inputs.ts + 1 modules
var inputs = __webpack_require__(6649);
// EXTERNAL MODULE: ./src/runner/adapters/job-env.ts
var adapters_job_env = __webpack_require__(13302);
;// CONCATENATED MODULE: ./src/actions/supervise.ts
/** The `supervise/` sub-action's entry: reads its inputs once, builds the real ports, runs the phase. */















/** The inputs; `runId` undefined: a sweep (a `schedule:` or `workflow_dispatch` run, no run to supervise). */
function readSettings(config) {
    const runId = inputs/* input */.h.int('run-id', { min: 1 });
    // Moved to the config; still read where a workflow gives it.
    const window = inputs/* input */.h.moved('sweep-window-minutes', 'supervise.sweep-window-minutes')
        ? inputs/* input */.h.int('sweep-window-minutes', { min: 1, max: 10_080 })
        : undefined;
    const token = inputs/* input */.h.required('github-token');
    const mode = inputs/* input */.h.string('revert-mode').trim();
    if (mode !== '' && mode !== 'pr' && mode !== 'push')
        throw new errors/* UserError */.yo(`Input 'revert-mode' must be 'pr' or 'push', got '${mode}'.`);
    const attempt = inputs/* input */.h.int('run-attempt', { min: 1, max: 50 });
    const configFile = inputs/* input */.h.string('config').trim();
    return {
        token,
        ...(runId !== undefined ? { runId } : {}),
        windowMs: (window ?? config.supervise.sweepWindowMinutes) * 60_000,
        tokenKind: tokenKindOf(token, inputs/* input */.h.string('default-token')),
        ...(attempt !== undefined ? { runAttempt: attempt } : {}),
        dryRun: inputs/* input */.h.bool('dry-run'),
        tokenCanPushWorkflows: inputs/* input */.h.bool('token-can-push-workflows'),
        comment: inputs/* input */.h.bool('comment'),
        revertLabels: inputs/* input */.h.list('revert-labels'),
        ...(mode ? { revertMode: mode } : {}),
        ...(configFile ? { configFile } : {}),
    };
}
async function run() {
    let tempDir;
    const env = (0,adapters_job_env/* readJobEnv */.l)();
    const deadline = (0,adapters_deadline.phaseDeadline)(adapters_deadline.SUPERVISE_BUDGET, env.budgetSeconds.supervise);
    try {
        const repo = (0,adapters_github.repoFromEnv)(env);
        const { config } = await (0,config_file/* loadConfig */.Z9)(env.workspace, inputs/* input */.h.string('config').trim() || undefined);
        const settings = readSettings(config);
        await (0,promises_.mkdir)(env.runnerTemp, { recursive: true });
        tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(env.runnerTemp, 'ci-recovery-supervise-'));
        const ports = supervisePorts({
            token: settings.token,
            repo,
            config,
            env,
            runId: settings.runId ?? (Number(env.runId) || 0),
            tempDir,
            budget: {
                deadline,
                logger: adapters_logger/* runnerPort */.Ql.log,
                artifactMs: (await checkpoint.load.storeGuard()).stallMsOf(env),
            },
        });
        const repository = `${repo.owner}/${repo.repo}`;
        const { runId, windowMs, ...rest } = settings;
        const { eventName, ref, defaultBranch } = await (0,adapters_event.readRunContext)(env);
        const wake = supervisorWake({ eventName, ref, ...(defaultBranch ? { defaultBranch } : {}) });
        if (!wake.acts) {
            // A dispatch from a feature branch: what it would do is said, nothing is done (supervise-wake.ts).
            adapters_logger/* runnerPort */.Ql.log.warning(`ci-recovery supervisor: ${(0,core_text/* inert */.tJ)(wake.why)}`);
            ports.runner.appendSummary(`## ci-recovery supervisor\n\n> [!WARNING]\n> ${(0,core_report/* escapeText */.X1)(wake.why, 600)}.\n`);
            rest.dryRun = true;
        }
        if (runId === undefined) {
            if (wake.acts)
                await runSweep({ settings: rest, config, env, repository }, ports, windowMs);
            else
                sweptOutput(undefined);
        }
        else
            await runOne({ settings: { ...rest, runId }, config, env, repository }, ports, windowMs, wake.acts);
    }
    catch (error) {
        adapters_logger/* runnerPort */.Ql.setFailed(`ci-recovery supervisor: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        // best effort: the temporary directory is the OS's to clear if removing it fails
        if (tempDir)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
    // A call given up may still hold a socket or a git process, and with it this process: end here.
    if (deadline.abandoned.length > 0)
        process.exit(process.exitCode ?? 0);
}
/**
 * A run's completion woke it: that run first, then whatever else is pending (the sweep's work), since GitHub
 * sends no event for much of what GITHUB_TOKEN starts (docs/supervisor.md "How reconciliation works"). The
 * outputs are the woken run's; `swept` names the runs reconciled besides.
 */
async function runOne(ctx, ports, windowMs, acts) {
    let outcome;
    let failed;
    try {
        outcome = await superviseRun(ctx, ports);
    }
    catch (error) {
        // Its own run refused (a UserError naming the fix): the rest is still advanced, then the step fails.
        failed = error instanceof Error ? error : new Error((0,errors/* errorMessage */.gJ)(error));
    }
    // A probe's completion supervised the run it bisects: that one is done too. A stale event (an attempt
    // older than the run's latest, delivered late) did nothing: its run, at its latest attempt, is the
    // reconciliation's, since the newer attempt's own completion may send no event (a GITHUB_TOKEN re-run).
    const stale = outcome !== undefined && outcome.details.run.latestAttempt > outcome.details.run.attempt;
    const done = stale ? [] : [ctx.settings.runId, ...(outcome ? [outcome.details.run.id] : [])];
    // The event's attempt is its own run's: each pending run is read at its latest.
    const { runAttempt: _attempt, ...settings } = ctx.settings;
    // A fork's pull-request run gets a cache token that may not save (docs/runner-model.md): a revert, a probe
    // or a verdict the reconciliation carried out would go unrecorded, and every such wake would do it again.
    const access = (0,job_env/* cacheAccess */.nU)(ctx.env.cacheMode);
    let swept;
    if (!acts)
        swept = undefined;
    else if (access.read && access.write)
        swept = await reconcile({ ...ctx, settings }, ports, windowMs, done).catch((error) => {
            adapters_logger/* runnerPort */.Ql.log.warning(`ci-recovery supervisor: the pending work waits for the next wake: ${(0,core_text/* inert */.tJ)((0,errors/* errorMessage */.gJ)(error))}`);
            return undefined;
        });
    else
        adapters_logger/* runnerPort */.Ql.log.info(`ci-recovery supervisor: the pending work waits for a wake whose cache token may read and save the ledger (this one's ACTIONS_CACHE_MODE=${(0,core_text/* inert */.tJ)(ctx.env.cacheMode ?? '')})`);
    // Another run's failure is that run's (the sweep warned, run by run): it is tried again at the next wake,
    // and this step stays green, or one broken run would turn every wake red.
    sweptOutput(swept);
    if (failed !== undefined)
        throw failed;
    if (!outcome)
        return;
    adapters_logger/* runnerPort */.Ql.setOutput('decisions', decisionsJson(outcome.plan));
    adapters_logger/* runnerPort */.Ql.setOutput('rerun', outcome.rerun ?? '');
    adapters_logger/* runnerPort */.Ql.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
    adapters_logger/* runnerPort */.Ql.setOutput('revert-branch', outcome.revert?.branch ?? '');
    adapters_logger/* runnerPort */.Ql.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
    if (outcome.failures.length > 0)
        adapters_logger/* runnerPort */.Ql.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
}
/** Sets `swept`, the runs reconciled; returns those whose supervision failed, as `run N: why`. */
function sweptOutput(swept) {
    const supervised = swept?.supervised ?? [];
    adapters_logger/* runnerPort */.Ql.setOutput('swept', supervised.map((s) => s.runId).join(','));
    // A run named by a re-run record only is said in the sweep's summary: the wake stays green over it.
    return supervised.flatMap((s) => s.error !== undefined && !s.recordOnly ? [`run ${s.runId}: ${s.error}`] : []);
}
/** The sweep's options for this supervisor run; `supervised`: runs this invocation already supervised. */
function reconcile(ctx, ports, windowMs, supervised) {
    const self = Number(ctx.env.runId);
    // A schedule and a workflow_run run on the default branch; a dispatch on the branch it was given (a tag
    // says nothing).
    const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.refName : undefined;
    return sweep(ctx, ports, {
        ...(self > 0 ? { selfRunId: self } : {}),
        ...(branch ? { defaultBranch: branch } : {}),
        ...(supervised ? { supervised, afterRun: true } : {}),
        windowMs,
    });
}
/** No run to supervise: reconcile the pending work (supervise/phase/supervise-sweep.ts). */
async function runSweep(ctx, ports, windowMs) {
    const swept = await reconcile(ctx, ports, windowMs);
    const failed = sweptOutput(swept);
    // Each supervised run's outputs, as one run's would be: decisions together, the rest comma-joined.
    const outcomes = swept.supervised.flatMap((s) => (s.outcome ? [s.outcome] : []));
    const joined = (of) => outcomes.flatMap((o) => of(o) || []).join(',');
    adapters_logger/* runnerPort */.Ql.setOutput('decisions', `[${outcomes
        .map((o) => decisionsJson(o.plan).slice(1, -1))
        .filter(Boolean)
        .join(',')}]`);
    adapters_logger/* runnerPort */.Ql.setOutput('rerun', joined((o) => o.rerun));
    adapters_logger/* runnerPort */.Ql.setOutput('revert-pr', joined((o) => o.revert?.pr?.url));
    adapters_logger/* runnerPort */.Ql.setOutput('revert-branch', joined((o) => o.revert?.branch));
    if (failed.length > 0)
        adapters_logger/* runnerPort */.Ql.setFailed(`ci-recovery supervisor: sweep: ${failed.join('; ')}`);
}


/***/ }),

/***/ 48463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CallAbandonedError: () => (/* reexport */ rest_call/* CallAbandonedError */.Nx),
  CallTimeoutError: () => (/* reexport */ rest_call/* CallTimeoutError */.c2),
  DEFAULT_REST_POLICY: () => (/* reexport */ rest_call/* DEFAULT_REST_POLICY */.es),
  firstLine: () => (/* reexport */ github_plain.firstLine),
  getOctokit: () => (/* binding */ getOctokit),
  httpStatus: () => (/* reexport */ github_plain.httpStatus),
  refusalOf: () => (/* reexport */ github_plain.refusalOf),
  repoFromEnv: () => (/* reexport */ github_plain.repoFromEnv),
  unspaced: () => (/* reexport */ rest_call/* unspaced */.y8)
});

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 10 modules
var dist_src = __webpack_require__(20708);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/adapters/answer-body.ts
var answer_body = __webpack_require__(56893);
// EXTERNAL MODULE: ./src/adapters/rest-fetch.ts
var rest_fetch = __webpack_require__(32681);
// EXTERNAL MODULE: ./src/adapters/github-plain.ts
var github_plain = __webpack_require__(3640);
// EXTERNAL MODULE: ./src/adapters/rest-call.ts
var rest_call = __webpack_require__(58193);
// EXTERNAL MODULE: ./src/adapters/rest-routes.ts
var rest_routes = __webpack_require__(37603);
// EXTERNAL MODULE: ./src/adapters/undici-lazy.ts
var undici_lazy = __webpack_require__(91257);
;// CONCATENATED MODULE: ./src/adapters/github.ts













/**
 * @actions/github's client (Octokit with its REST methods and pagination) plus the retry and throttling
 * plugins, built here from the same packages: @actions/github loads undici and its proxy code (~1 MB of
 * the bundle, most of a phase's start-up) and parses the event payload at import, whatever the job. The REST
 * methods are those ci-recovery calls (rest-routes.ts), not the plugin's table of every endpoint.
 */
const GitHubClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * With no proxy named, a fetch over node:http(s) (rest-fetch.ts), which the cache service's transport loads
 * anyway: undici's fetch, compiled and run for a few API calls, cost main and post ~20 ms of CPU each. With a
 * proxy, @actions/github's proxy-aware fetch itself (undici's, `HTTP(S)_PROXY` and `NO_PROXY` as the toolkit
 * reads them).
 */
function restFetch() {
    if (!(0,github_plain.restEnv)().proxied)
        return callBound((0,rest_fetch/* nodeFetch */.v)(undici_lazy.fetch));
    let proxied;
    return callBound(async (url, init) => {
        proxied ??= Promise.all(/* import() */[__webpack_require__.e(3665), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 43665)).then((utils) => utils.defaults.request?.fetch);
        return (await proxied)(url, init);
    });
}
/**
 * `fetch` ended by the time limit of the call it serves (bindCalls): the plugins' scheduling drops the
 * signal the call hands Octokit, so without this a call given up left its fetch, and its socket, open, and
 * the socket kept the process alive after the phase was done (issue 42: main ran on for 20 minutes).
 */
function callBound(base) {
    return async (url, init) => {
        // The call's own signal, which bindCalls puts in its options: the context's clock may be another
        // call's, as the throttling's scheduler runs a call queued beside another in that one's context.
        const signal = init?.signal ?? callClocks.getStore()?.signal;
        const response = await base(url, signal && !init?.signal ? { ...init, signal } : init);
        // bindCalls reads this answer's body itself, by iterating it: rest-fetch's body need not be a web stream.
        if (signal && clocksBySignal.get(signal)?.readsAnswer)
            response.bodyAsNodeStream?.();
        return response;
    };
}
/**
 * The REST client with the shared push-back policy; honours GITHUB_API_URL (as @actions/github does)
 * unless `baseUrl` is given. Its messages (rate-limit waits, Octokit's own) go to `logger`, never straight
 * to the console.
 */
function getOctokit(token, { baseUrl, policy = rest_call/* DEFAULT_REST_POLICY */.es, logger, }) {
    if (!token)
        throw new errors/* UserError */.yo("No GitHub token: set the 'github-token' input (default: github.token).");
    const waitOrGiveUp = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const waits = retryCount < policy.retries && retryAfter <= policy.maxWaitSeconds;
        // A wait GitHub asked for is not the server hanging: the call's time limit moves by it. The call is
        // found by its signal: the async context may be another call's (the throttling's scheduler).
        if (waits)
            clockOf(options.request?.signal)?.extend(retryAfter * policy.msPerSecond);
        const message = `ci-recovery: GitHub's ${kind} rate limit on ${options.method} ${options.url}: ` +
            (waits
                ? `waiting ${retryAfter} s (retry ${retryCount + 1} of ${policy.retries})`
                : `giving up (${retryCount} retries made, reset in ${retryAfter} s)`);
        // A wait is news; giving up is a warning (the caller then reports the failed call in its own words).
        if (waits)
            logger.info(message);
        else
            logger.warning(message);
        return waits;
    };
    const { userAgent, apiUrl } = (0,github_plain.restEnv)();
    const options = {
        baseUrl: baseUrl ?? apiUrl,
        auth: `token ${token}`,
        ...(userAgent ? { userAgent } : {}),
        request: { fetch: restFetch() },
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
        retry: { retries: policy.retries, retryAfterBaseValue: policy.msPerSecond },
        throttle: {
            retryAfterBaseValue: policy.msPerSecond,
            onRateLimit: waitOrGiveUp('primary'),
            onSecondaryRateLimit: waitOrGiveUp('secondary'),
        },
    };
    const octokit = new GitHubClient(options);
    bindCalls(octokit, policy.callTimeoutMs);
    // The same client without the throttling's write spacing, built on first use, for reads Octokit's
    // throttling takes for writes (a GraphQL query).
    let twin;
    rest_call/* readTwins */.gp.set(octokit, () => {
        if (!twin) {
            twin = new ReadClient(options);
            bindCalls(twin, policy.callTimeoutMs);
        }
        return twin;
    });
    return octokit;
}
const ReadClient = dist_src/* Octokit */.E.plugin(rest_routes/* restRoutes */.v, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L);
const callClocks = new external_node_async_hooks_.AsyncLocalStorage();
/** Each call's clock by the signal bindCalls hands its fetch, which the plugins pass on with its options. */
const clocksBySignal = new WeakMap();
/** The clock of the call whose options hold `signal`; the async context's when the signal is not one of ours. */
function clockOf(signal) {
    return (signal && clocksBySignal.get(signal)) || callClocks.getStore();
}
/**
 * Every call ends within `ms` plus the rate-limit waits GitHub asked for, its retries included (limitCall:
 * the outermost request hook aborts the fetch, the body's download too, and rejects). Octokit hooks added
 * after the plugins wrap them.
 */
function bindCalls(octokit, ms) {
    octokit.hook.wrap('request', async (request, options) => {
        // Each call its own `request` options: Octokit hands every call the one object of the client's
        // defaults, and the retry and throttling plugins count a call's retries in it, so after one retried
        // call every later call's first 5xx retry waited 4 s instead of 1 (octokit/plugin-throttling.js#462).
        // The hooks inside this one get this same `options` object, so it is replaced here, in place.
        options.request = { ...options.request };
        const what = `${options.method} ${String(options.url)}`;
        // Unless the caller asked for the body raw, it is read here (answer-body.ts: JSON without Octokit's reviver).
        const parseHere = options.request?.parseSuccessResponseBody !== false;
        return (0,rest_call/* limitCall */.mG)(what, ms, options.request?.signal, async ({ signal, extend }) => {
            const clock = { extend, signal, readsAnswer: parseHere };
            // In place too: the hooks inside get the options this hook was given (before-after-hook binds them),
            // not those handed to `request`, and Octokit hands their signal to the fetch. Without it a call that
            // ran out of time while another ran beside it left its fetch, and its socket, open. A new `request`
            // object, so that a `request` the options may share with other calls (defaults) keeps its own signal.
            options.request = { ...options.request, signal, ...(parseHere && { parseSuccessResponseBody: false }) };
            clocksBySignal.set(signal, clock);
            return callClocks.run(clock, async () => {
                const response = await request({ ...options, request: { ...options.request, signal } });
                if (parseHere)
                    response.data = await (0,answer_body/* answerData */.p)(response.data, response.headers['content-type']);
                return response;
            });
        });
    });
}
// What callers of the client need without it: the run's repository, an error's status and message.



/***/ }),

/***/ 3463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   othersWriting: () => (/* binding */ othersWriting),
/* harmony export */   readAttemptJobs: () => (/* binding */ readAttemptJobs),
/* harmony export */   readJobSteps: () => (/* binding */ readJobSteps),
/* harmony export */   stepOutcome: () => (/* binding */ stepOutcome)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_api_refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48022);
/* harmony import */ var _github_plain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3640);
/* harmony import */ var _rest_pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25641);




/**
 * The steps of a job as the jobs REST API reports them (readable while the job runs; its logs are not).
 * Never throws: a missing permission or an outage comes back as a reason that names the fix.
 */
async function readJobSteps(octokit, repo, jobId, signal) {
    try {
        const { data } = await octokit.rest.actions.getJobForWorkflowRun({
            ...repo,
            job_id: jobId,
            ...(signal ? { request: { signal } } : {}),
        });
        const steps = (data.steps ?? []).map(stepOutcome);
        return {
            ok: true,
            steps,
            jobName: data.name,
            ...(data.html_url ? { htmlUrl: data.html_url } : {}),
            ...(data.started_at ? { startedAt: data.started_at } : {}),
        };
    }
    catch (error) {
        const status = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_2__.httpStatus)(error);
        const said = notPermission(error, `reading job ${jobId}`);
        if (said !== undefined)
            return { ok: false, reason: `${said} Falling back to ci-recovery's own records` };
        if (status === 403 || status === 404) {
            return {
                ok: false,
                reason: `the jobs API answered ${status} for job ${jobId}: grant the workflow 'permissions: actions: read' ` +
                    `(and pass 'github-token' if you override it); falling back to ci-recovery's own records`,
            };
        }
        return {
            ok: false,
            reason: `the jobs API could not be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); falling back to ci-recovery's own records`,
        };
    }
}
/** A refusal that is a bad token or a rate limit, not a missing permission: said as such; else undefined. */
function notPermission(error, doing) {
    const refusal = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_2__.refusalOf)(error);
    const kind = (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .refusalKind */ .lU)(refusal, 'actions:read');
    if (kind !== 'bad-credentials' && kind !== 'rate-limit')
        return undefined;
    return (0,_core_api_refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .explainRefusal */ .GC)(refusal, doing, 'actions:read')?.message ?? '';
}
/**
 * A matrix makes 256 jobs at most, but a run may hold several: the runner's job is looked for among the first
 * ten pages of 100 and no further, as before paging was guarded; a run with more still gives those.
 */
const MAX_JOB_PAGES = 10;
/**
 * The jobs of a run attempt (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs`,
 * every page), with the runner each runs on: where the job's id is unknown (GHES) it is found among them.
 */
async function readAttemptJobs(octokit, repo, runId, attempt, signal) {
    try {
        // The signal goes with every page (listPages): an aborted read lets go of its socket, and the process.
        const pages = (0,_rest_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .listPages */ .pN)(octokit, octokit.rest.actions.listJobsForWorkflowRunAttempt, { ...repo, run_id: runId, attempt_number: attempt, per_page: 100 }, {
            listing: `listing the jobs of run ${runId} attempt ${attempt}`,
            maxPages: MAX_JOB_PAGES,
            ...(signal ? { signal } : {}),
        });
        const jobs = [];
        let read = 0;
        for await (const page of pages) {
            jobs.push(...page);
            // Stopped before the guard refuses an 11th page: the jobs read are searched, not passed for all of them.
            if (++read === MAX_JOB_PAGES)
                break;
        }
        return {
            ok: true,
            jobs: jobs.map((j) => ({ id: j.id, name: j.name, status: j.status, runnerName: j.runner_name })),
        };
    }
    catch (error) {
        const status = (0,_github_plain_js__WEBPACK_IMPORTED_MODULE_2__.httpStatus)(error);
        const said = notPermission(error, `reading the jobs of run ${runId} attempt ${attempt}`);
        if (said !== undefined)
            return { ok: false, reason: said };
        return {
            ok: false,
            reason: status === 403 || status === 404
                ? `the jobs API answered ${status} for run ${runId} attempt ${attempt}: grant the workflow 'permissions: actions: read'`
                : `the jobs of run ${runId} attempt ${attempt} could not be read (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)})`,
        };
    }
}
function stepOutcome(s) {
    return {
        name: s.name,
        number: s.number,
        conclusion: toConclusion(s.status, s.conclusion),
        ...(s.started_at ? { startedAt: s.started_at } : {}),
        ...(s.completed_at ? { completedAt: s.completed_at } : {}),
    };
}
function toConclusion(status, conclusion) {
    if (status !== 'completed')
        return 'unknown';
    switch (conclusion) {
        case 'success':
        case 'failure':
        case 'cancelled':
        case 'skipped':
            return conclusion;
        default:
            return 'unknown';
    }
}
/**
 * Whether a writer of the sticky comment could be racing this job: another job of its run attempt in
 * progress, or another run of the repository in progress (another workflow's jobs, a supervisor). Read
 * from the Actions API, two reads at once; a job queued or waiting is seconds from any post, and a read
 * that fails counts as a racer (the comment then waits and looks again, as it always did). The API shows
 * a job that just ended as still in progress for a moment: that errs on the side of waiting.
 */
async function othersWriting(octokit, repo, writer, withinMs) {
    // Its caller bounds it (adapters/job-ports.ts) or gives `withinMs`; whatever ends it, neither read is
    // left open.
    const controller = new AbortController();
    const timer = withinMs !== undefined ? setTimeout(() => controller.abort(), withinMs) : undefined;
    try {
        const request = { signal: controller.signal };
        const [runs, jobs] = await Promise.all([
            octokit.rest.actions.listWorkflowRunsForRepo({
                ...repo,
                status: 'in_progress',
                per_page: 100,
                request,
            }),
            readAttemptJobs(octokit, repo, writer.runId, writer.attempt, controller.signal),
        ]);
        const listed = runs.data.workflow_runs;
        if (runs.data.total_count > listed.length)
            return true;
        if (listed.some((r) => r.id !== writer.runId))
            return true;
        if (!jobs.ok)
            return true;
        const running = jobs.jobs.filter((j) => j.status === 'in_progress');
        // A writer that does not know its job's id is one of them: it is alone when it is the only one (none
        // shown in progress means the API has not caught up with it, so nothing is known).
        if (writer.jobId === undefined)
            return running.length !== 1;
        return running.some((j) => j.id !== writer.jobId);
    }
    catch {
        // not known: assume a rival, so the comment settles as it always did
        return true;
    }
    finally {
        clearTimeout(timer);
        controller.abort();
    }
}


/***/ }),

/***/ 58919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ documentCache),
/* harmony export */   ledgerDirIn: () => (/* binding */ ledgerDirIn),
/* harmony export */   restoreLedger: () => (/* binding */ restoreLedger),
/* harmony export */   restoreLedgerForGreenPass: () => (/* binding */ restoreLedgerForGreenPass),
/* harmony export */   saveLedger: () => (/* binding */ saveLedger)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_store_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8589);
/* harmony import */ var _core_job_env_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30538);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32558);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72020);
/**
 * The ledger kept across runs in the cache service (document-cache.ts): a new key per run attempt (keys
 * are immutable), restored by the branch's key prefix (the newest entry wins). Save and restore never
 * throw: the ledger is memory for better decisions, never a reason to fail a job. A ledger not read this
 * time is `unread`, not empty: saved over, the branch's history would be lost. So is every failed lookup (it
 * says nothing of the entry), and a cache token that may not read (ACTIONS_CACHE_MODE=write-only). A found
 * entry whose download fails so on every try (its blob gone, over the size cap, on GHES one the cache client
 * did not download twice), or downloaded and not one this version reads, is replaced, with a warning naming
 * its key: refused, it would block the branch's ledger for good; one that may pass (the time limit, the
 * network, a 408, 429 or 5xx: core/store-failure.ts, which never reads the key) leaves it unread. Known
 * limits, both GHES's (document-cache.ts): a failed lookup reads as "none found", and a download failure
 * that may pass but fails twice is taken as lasting; the branch's history is then saved over.
 */






/**
 * The document cache (also the flaky-test history's), imported when first asked for: post imports this
 * store and the history's at once, and jest's ESM linker fails a module that two dynamic imports in flight
 * reach by different paths ("is not linked").
 */
const documentCache = async (file) => (await __webpack_require__.e(/* import() */ 5264).then(__webpack_require__.bind(__webpack_require__, 25264))).documentCache(file);
const FILE = 'ledger.json';
/** The ledger's directory under a runner temp directory. */
function ledgerDirIn(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(runnerTemp, 'ci-recovery', 'ledger');
}
/**
 * The branch's newest ledger, an empty one when none is kept, or an `unread` one (with a warning). `held`:
 * a copy this process loaded or saved under its key; the lookup still runs (another job may have saved
 * since), and only when it finds that very key is the copy given instead of a download.
 */
async function restoreLedger(location, logger, held) {
    const found = await findLedger(location, logger, undefined, held);
    return 'leftUnread' in found ? found.read() : found;
}
/**
 * As `restoreLedger`, but a ledger whose key rules out that `pass` (a green job's, as its ledger entry would
 * carry it) would be recorded is not downloaded: a green job's post learns that from the lookup alone.
 */
function restoreLedgerForGreenPass(location, logger, pass) {
    return findLedger(location, logger, pass);
}
async function findLedger(location, logger, pass, held) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    // Not looked up is not "none": the branch may have a history, which an empty one saved would bury.
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheReadable */ .zP)(location.cacheMode)) {
        const why = `this run's cache token may not read the cache (ACTIONS_CACHE_MODE=${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.cacheMode ?? '')})`;
        logger.info(`ci-recovery: ${why}: going on without the ledger, and saving none.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), unread: why };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        const found = await cache.find((0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job), [(0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKeyPrefix */ .pD)(location.branch)]);
        if (!found) {
            // Not a failure: a branch's first run, or its entries evicted (docs, "Usage limits and eviction policy").
            logger.info(`ci-recovery: no ledger of branch ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.branch)} in the cache (a first run, or evicted: unused for 7 days, or least recently used once the repository passed its cache limit, 10 GB by default): starting with an empty one.`);
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        if (held?.key === found.key)
            return { ledger: held.ledger, key: found.key };
        const read = async () => {
            const key = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(found.key);
            // A download that may pass on a later try throws (unread: the entry may be fine, and saved over it
            // would be lost); one that fails on what is stored (gone, over the cap) fails so every time: replaced.
            // The key (anyone's with write access to the cache) is no evidence: cut out of what is classified.
            const text = await found.read().catch((error) => {
                if ((0,_core_store_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailureMayPass */ .x)(error, [found.key, key]))
                    throw error;
                logger.warning(`ci-recovery: the ledger under cache key ${key} could not be downloaded (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error))}), and never will be: the next save replaces it.`);
                return undefined;
            });
            if (text === undefined)
                return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), key: found.key };
            const { ledger, problem, unreadable } = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLedger */ .h8)(text, location.branch);
            // Downloaded and nothing in it to read (empty, not JSON, another version, every record malformed): it
            // never will be, so a new one replaces it; refused, it would block the branch's ledger for good.
            if (text.trim() === '' || (problem && isBlank(ledger)))
                logger.warning(`ci-recovery: the ledger under cache key ${key} is not one this version reads (${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(unreadable ?? problem ?? 'it is empty')}): the next save replaces it.`);
            else if (problem)
                logger.warning(`ci-recovery: ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(problem)} (cache key ${key}).`);
            return { ledger, key: found.key };
        };
        if (pass && (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .keyRulesOutPass */ .CQ)(found.key, pass))
            return { leftUnread: true, key: found.key, read: () => read().catch(unread(location, logger)) };
        return await read();
    }
    catch (error) {
        return unread(location, logger)(error);
    }
}
const isBlank = (ledger) => ledger.entries.length === 0 &&
    ledger.reverts.length === 0 &&
    (ledger.probes ?? []).length === 0 &&
    (ledger.ended ?? []).length === 0;
/**
 * An unread ledger (an empty stand-in), with a warning, for one not restored this time: a failed lookup
 * (whatever the failure: it says nothing of the entry), or a download that may pass.
 */
function unread(location, logger) {
    return (error) => {
        const why = (0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error));
        logger.warning(`ci-recovery: could not restore the ledger of branch ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(location.branch)}: ${why}. Going on without it; this job does not save the ledger, so that the branch's history is not overwritten.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch), unread: why };
    };
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    // The key carries the digest of what a pass would answer: a green job it rules out skips the download.
    const key = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .openDigest */ .Z4)(ledger));
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(location.dir, FILE);
    // The service would refuse the entry, and the cache client would blame "another job" (issue 45: 1).
    const mode = location.cacheMode;
    if (!(0,_core_job_env_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheWritable */ .Lf)(mode)) {
        logger.info(`ci-recovery: the cache token of this run is read-only (ACTIONS_CACHE_MODE=${mode ?? ''}): the ledger is not kept.`);
        return { saved: false, key };
    }
    try {
        const cache = await documentCache(file);
        if (!cache) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        const refused = await cache.save(key, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeLedger */ .CE)(ledger));
        if (refused) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(key)}): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(refused)}.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)(key)}): ${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_4__/* .inert */ .tJ)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error))}`);
        return { saved: false, key };
    }
}


/***/ }),

/***/ 91257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   realUndici: () => (/* binding */ realUndici)
/* harmony export */ });
let loading;
/** The real undici, in a chunk of its own that no process loads before this call. */
function realUndici() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(4398), __webpack_require__.e(6752)]).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
    return loading;
}
/**
 * Stands for undici's `ProxyAgent` where the toolkit builds one (`getAgentDispatcher`): it keeps the options
 * and builds the real agent, once, when a fetch below is given it as its dispatcher.
 */
class ProxyAgent {
    options;
    #agent;
    constructor(options) {
        this.options = options;
    }
    /** The real agent. */
    agent() {
        this.#agent ??= realUndici().then((u) => new u.ProxyAgent(this.options));
        return this.#agent;
    }
}
let fetching;
/**
 * undici's fetch with its agent, pools and parser, not the rest of the package (its WebSocket, EventSource,
 * mocks, cache and request API), which its index loads: a smaller chunk to compile, less to run.
 */
function fetchAlone() {
    fetching ??= __webpack_require__.e(/* import() */ 4398).then(__webpack_require__.t.bind(__webpack_require__, 54398, 23)).then((m) => m.fetch);
    return fetching;
}
/** undici's `fetch`, loaded at its first call; a stand-in `ProxyAgent` given as dispatcher becomes the real one. */
async function fetch(input, init) {
    const given = init?.dispatcher;
    if (!(given instanceof ProxyAgent))
        return (await fetchAlone())(input, init);
    return (await fetchAlone())(input, { ...init, dispatcher: await given.agent() });
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

/***/ 67722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ isPassingNetworkCode),
/* harmony export */   pv: () => (/* binding */ namesNetworkFailure),
/* harmony export */   t5: () => (/* binding */ networkFailureMayPass)
/* harmony export */ });
/* unused harmony export PASSING_NETWORK_CODES */
/**
 * Which failures of a connection may pass on another try: the one list of them, for every caller that
 * decides so (a ledger read that may pass, core/store-failure.ts; a blob upload's retry,
 * checkpoint/adapters/blob-blocks.ts). The artifact protocol's Twirp client gives up at once on five of
 * them, as `@actions/artifact` does (checkpoint/adapters/artifact-protocol.ts): a contract, not a
 * judgement of what passes, so it names its five from this list.
 *
 * Each code, and why it may pass:
 * - Node's system errors of a connection (its "Common system errors"): a reset, refused or timed-out
 *   connection, a write to a closed one (`EPIPE`), a name not resolved (`ENOTFOUND`: EAI_NONAME or
 *   EAI_NODATA, for a service's known host a DNS blip), and getaddrinfo's `EAI_AGAIN` (POSIX: "the name
 *   could not be resolved at this time; future attempts may succeed"; libuv: "temporary failure", beside
 *   EAI_FAIL's "permanent failure", which is not here).
 * - A route or host down or unreachable (`ENETDOWN`, `ENETUNREACH`, `EHOSTDOWN`, `EHOSTUNREACH`) and
 *   undici's `UND_ERR_SOCKET`: undici's RetryHandler retries these by default, with `ECONNRESET`,
 *   `ECONNREFUSED`, `ENOTFOUND` and `EPIPE`.
 * - undici's connect, headers and body timeouts, `ESOCKETTIMEDOUT` (the request library's, which the
 *   Azure storage client's retry policy names) and Node's `ERR_SOCKET_CONNECTION_TIMEOUT` (net.js: every
 *   address of an autoSelectFamily connect timed out): timeouts, as `ETIMEDOUT`. A connection timed out
 *   says nothing of what is stored: a ledger read so failed is "unread", and nothing is saved over it.
 * - `ECONNABORTED` (Windows' WSAECONNABORTED, "an established connection was aborted" on the runner's side),
 *   `EPROTO` (a TLS connection cut without its close, OpenSSL's "unexpected eof while reading") and
 *   `ERR_STREAM_PREMATURE_CLOSE` (a stream ended before its end): a connection lost mid-way. An `EPROTO`
 *   may also last (a proxy answering TLS in plain HTTP): a read is left unread; the blob upload tells a
 *   refused handshake by its words and tries it no more (blob-blocks.ts).
 * Not here: `ENOENT` (the Azure client's list names it; a request over TCP to a URL's host raises none, and
 * a missing file fails on every try) and any `EAI_*` but `EAI_AGAIN`.
 */
const PASSING_NETWORK_CODES = [
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'ENETDOWN',
    'EHOSTUNREACH',
    'EHOSTDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
    'EPROTO',
    'ERR_STREAM_PREMATURE_CLOSE',
];
const CODES = new Set(PASSING_NETWORK_CODES);
/** Whether `code` (an error's `code` field) is a connection's failure that may pass. */
const isPassingNetworkCode = (code) => typeof code === 'string' && CODES.has(code);
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const NETWORK_TEXT = [
    // a code as Node words it: "read ECONNRESET", "connect ECONNREFUSED 1.2.3.4:443", "getaddrinfo EAI_AGAIN h"
    new RegExp(`(?:^|[\\s:(])(?:${PASSING_NETWORK_CODES.join('|')})\\b`),
    // Node's socket closed before an answer, node-fetch's timeout, a stream closed early (stream.finished)
    /socket hang up|network timeout|Premature close/i,
    // @actions/http-client's socket timeout (3 minutes unless set)
    /\bRequest timeout: /,
];
/** Whether a message names a connection's failure that may pass (a wrapper's message, without its code). */
const namesNetworkFailure = (text) => NETWORK_TEXT.some((re) => re.test(text));
/**
 * Whether `error` is a connection's failure that may pass: by its `code`, else by its message, walked down
 * an AggregateError's `errors` (Node's connect to several addresses) and its `cause`s. By shape, not
 * `instanceof` (pure, and a bundle chunk may hold its own copy of a class). For a caller that retries
 * one request; a status it carries is that caller's to judge.
 */
function networkFailureMayPass(error) {
    // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
    const mayPass = (at, depth) => {
        if (depth >= 8 || at === undefined || at === null)
            return false;
        if (typeof at === 'string')
            return namesNetworkFailure(at);
        if (typeof at !== 'object')
            return false;
        if (isPassingNetworkCode(at.code))
            return true;
        const message = at.message;
        if (typeof message === 'string' && namesNetworkFailure(message))
            return true;
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}


/***/ }),

/***/ 6713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OU: () => (/* binding */ TESTS_RECOVERED),
/* harmony export */   VZ: () => (/* binding */ attemptRecovered),
/* harmony export */   gs: () => (/* binding */ saysRecovered),
/* harmony export */   iz: () => (/* binding */ RECOVERED_MARK)
/* harmony export */ });
/**
 * What `run/` prints when it turned a failed step green: its failed tests passed when re-run alone (or
 * are quarantined), or a later attempt of the whole command passed. A log holding such a line after the
 * failure it shows is the log of a step that passed: the CLI's classify and plan say so instead of
 * "fix it". Pure.
 */
/** run/'s notice when every failed test passed on a re-run of itself or is quarantined. */
const TESTS_RECOVERED = 'ci-recovery: every failed test passed on a re-run of itself or is quarantined: the step passes';
/** run/'s line when an attempt after a failed one passed. */
function attemptRecovered(stage, attempt) {
    return `ci-recovery: stage '${stage}' passed on attempt ${attempt}, after ${attempt - 1} failed: the step passes`;
}
/** What every line saysRecovered accepts holds: the CLI decodes no other line to ask it. */
const RECOVERED_MARK = 'ci-recovery: ';
const ATTEMPT_RECOVERED = /ci-recovery: stage '.*' passed on attempt \d+, after \d+ failed: the step passes/;
/** Does this log line say run/ turned its step green? (Annotations show it after `::notice::` or `##[notice]`.) */
function saysRecovered(line) {
    return line.includes(TESTS_RECOVERED) || ATTEMPT_RECOVERED.test(line);
}


/***/ }),

/***/ 87533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCommentSection: () => (/* binding */ renderCommentSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34201);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(327);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63247);
/* harmony import */ var _time_saved_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75419);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64143);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73054);
/**
 * One job's section of the sticky comment, from its report: apart from the comment's format (comment.ts),
 * which every PR job's post reads, since it takes the post-mortem, the tests' and the time saved's lines,
 * which only a job with something to report renders (a green job's post compiles none of them).
 */






/** One job's section of the sticky comment, from its report. */
function renderCommentSection(report) {
    const icon = report.conclusion === 'success' ? '\u2705' : report.conclusion === 'cancelled' ? '\u23f9\ufe0f' : '\u274c';
    const head = [`${icon} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(report.job, 120)}**`, `attempt ${report.attempt}`];
    if (report.lane)
        head.push(report.lane.lane);
    const lines = [`#### ${head.join(' \u00b7 ')}`, ''];
    for (const f of report.failures.slice(0, 10)) {
        const c = f.classification;
        const what = `${c ? `**${c.type}**` : 'unclassified'} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.step, { max: 100 })}`;
        const decision = f.decision ? `: ${f.decision.strategy}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.decision.reason, 300)}` : '';
        lines.push(`- ${what}${decision}`);
        if (c?.evidence)
            lines.push(`  - evidence (${(0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .evidencePlace */ .ZV)(c.evidence)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.evidence.text, { max: 300 })}`);
    }
    if (report.failures.length > 10)
        lines.push(`- and ${report.failures.length - 10} more failures (see the job summary)`);
    if (report.tests?.tests.length)
        lines.push(...(0,_tests_js__WEBPACK_IMPORTED_MODULE_2__/* .testsCommentLines */ .St)(report.tests));
    for (const f of (report.skipped ?? []).slice(0, 10)) {
        const type = f.classification ? `**${f.classification.type}**` : 'unclassified';
        const rule = f.decision ? ` by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.decision.rule, { max: 80 })}` : '';
        lines.push(`- ${type} failure in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(f.step, { max: 100 })} **skipped**${rule}: the job went on`);
    }
    if (report.failures.length === 0) {
        const recovered = report.stages.filter((s) => s.attempts.length > 1 || s.resumed).length;
        lines.push(recovered > 0 ? `- passed; ${recovered} stage(s) recovered by retry or resume` : '- passed');
    }
    if (report.flaky && !report.failures.every((f) => f.flakyTests))
        lines.push('- flagged **flaky**: the same commit passed after this failure before');
    const saved = (0,_time_saved_js__WEBPACK_IMPORTED_MODULE_3__.timeSavedNote)(report);
    if (saved)
        lines.push(saved);
    const links = [
        ...(report.jobUrl ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('job summary', report.jobUrl)] : []),
        ...(report.runUrl
            ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(report.runId !== undefined ? `run ${report.runId}` : 'run', report.runUrl)]
            : []),
    ];
    if (links.length > 0)
        lines.push('', links.join(' \u00b7 '));
    if ((report.decision ?? (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .strongestDecision */ .uc)(report.failures))?.strategy === 'manual') {
        lines.push('', '<details><summary>Post-mortem (prefilled: needs a person)</summary>', '', (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__.renderPostMortem)(report), '', '</details>');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 8589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ readFailureMayPass)
/* harmony export */ });
/* harmony import */ var _network_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67722);
/**
 * Whether a failure to download a stored document (the ledger) found by a lookup may pass on a later try:
 * then what this job would save is built on nothing and must not replace it. One that fails the same way
 * every time (a 4xx from storage, the size cap, an archive the cache client cannot unpack) must not block
 * every later save: the entry never becomes readable, and is replaced. A failed lookup is not for this:
 * it says nothing of the entry (the ledger store leaves the ledger unread whatever the failure).
 *
 * By shape, not `instanceof` (pure, and a bundle chunk may hold its own copy of a class): the errors of the
 * cache transfer (checkpoint/adapters: TwirpStatusError's `status`, a blob download's "blob storage: 503",
 * a Twirp call's "(503)" and "after 2 attempts", a socket's `code`, the store guard's StoreStalledError,
 * the size cap's CacheEntryTooLargeError) and of any deadline, walked down their `cause`s. The found
 * key is anyone's with write access to the cache's scope (the service's `matched_key`): the caller passes
 * it as `quoted`, and it is cut out of every message before one is read.
 */

const PASSING_NAMES = new Set(['StoreStalledError', 'TimeoutError', 'AbortError']);
/** What is stored fails so on every try, whatever its message quotes. */
const LASTING_NAMES = new Set(['CacheEntryTooLargeError', 'DocumentNotDownloadedError']);
// Besides a connection's failure (core/network-failure.ts): a deadline's, and the cache transfer's own words.
// Phrases, never one word: a message may quote a cache key, which holds the branch's name ("fix-timeout").
const PASSING_TEXT = [
    /timed out|time limit|given up/i,
    // a body cut short (artifact-download.ts streamBlob)
    /\bthe body ended after \d+ of \d+ bytes\b/,
    // a Twirp call retried to the end (5xx, 429, an unparsable body, a dropped connection)
    /Failed to make request after \d+ attempts/,
];
const saysMayPass = (text) => (0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .namesNetworkFailure */ .pv)(text) || PASSING_TEXT.some((re) => re.test(text));
const passingStatus = (status) => status === 408 || status === 429 || (status >= 500 && status < 600);
/** The HTTP status an error carries: a `status`/`statusCode` field, else one its message names. */
function statusOf(error, message) {
    for (const field of ['status', 'statusCode']) {
        const value = error[field];
        if (typeof value === 'number' && value >= 100 && value < 600)
            return value;
    }
    const named = /blob storage: (\d{3})\b|Failed request: \((\d{3})\)|\bHTTP (?:status )?(\d{3})\b/.exec(message);
    const digits = named?.slice(1).find((d) => d !== undefined);
    return digits === undefined ? undefined : Number(digits);
}
/**
 * True when the read may succeed later (the time limit, a network error, a 408, 429 or 5xx from the cache
 * service or blob storage); false when it failed on what is stored, or in a way not known to pass.
 * `quoted`: text a message may quote that is not the failure's (the found key), cut out before reading.
 */
function readFailureMayPass(error, quoted = []) {
    const cut = quoted.filter((q) => q !== '');
    const own = (text) => cut.reduce((t, q) => t.split(q).join(' '), text);
    // A cause chain is short; the bound keeps a cycle (and an AggregateError's nest) from looping.
    const mayPass = (at, depth) => {
        if (depth >= 8 || at === undefined || at === null)
            return false;
        if (typeof at === 'string')
            return saysMayPass(own(at));
        if (typeof at !== 'object')
            return false;
        const name = at.name;
        if (typeof name === 'string' && LASTING_NAMES.has(name))
            return false;
        if (typeof name === 'string' && PASSING_NAMES.has(name))
            return true;
        if ((0,_network_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .isPassingNetworkCode */ .Do)(at.code))
            return true;
        const raw = at.message;
        const message = own(typeof raw === 'string' ? raw : '');
        // The outermost status decides: a 404 wrapped around nothing else is the entry gone, for good.
        const status = statusOf(at, message);
        if (status !== undefined)
            return passingStatus(status);
        if (saysMayPass(message))
            return true;
        // Node's connect with several addresses (autoSelectFamily) fails with an AggregateError of each one's.
        const errors = at.errors;
        if (Array.isArray(errors) && errors.slice(0, 8).some((e) => mayPass(e, depth + 1)))
            return true;
        return mayPass(at.cause, depth + 1);
    };
    return mayPass(error, 0);
}


/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ revertPullsOn),
/* harmony export */   EO: () => (/* binding */ workflowsPermissionReason),
/* harmony export */   Li: () => (/* binding */ declined),
/* harmony export */   N5: () => (/* binding */ revertPushFailure),
/* harmony export */   QX: () => (/* reexport safe */ _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_0__.QX),
/* harmony export */   Tg: () => (/* binding */ notPushRun),
/* harmony export */   Xj: () => (/* binding */ MAX_ROLLBACKS_PER_TARGET),
/* harmony export */   Z9: () => (/* binding */ revertBranch),
/* harmony export */   eg: () => (/* binding */ revertEligibility),
/* harmony export */   nW: () => (/* binding */ pushAsksFirst),
/* harmony export */   wA: () => (/* binding */ ownRevertPullsOn),
/* harmony export */   x0: () => (/* binding */ UNKNOWN_PERMISSION)
/* harmony export */ });
/* unused harmony export isRevertCommit */
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * When may the supervisor revert a commit that broke the default branch? Pure: every fact comes in, a
 * verdict with its reason goes out. Anchors: PyTorch autorevert (confirm on a re-run first, kill-switch label
 * checked against the applier's permission), Chromium Findit (daily cap, opt-out marker), ClickHouse
 * (never revert a revert, one culprit only).
 */


/** The permission of a labeller GitHub did not answer for: the kill switch counts it as a writer's. */
const UNKNOWN_PERMISSION = 'unknown';
const WRITERS = new Set(['admin', 'maintain', 'write']);
/** The most rollbacks of one change before a person reassesses. */
const MAX_ROLLBACKS_PER_TARGET = 2;
const notPushRun = (event, short) => `this is a ${event} run, not the push run of ${short}: only a commit whose own push run failed is reverted`;
/** The message git writes for a revert, or a GitHub "Revert #N" PR squash. */
function isRevertCommit(message) {
    const subject = message.split('\n', 1)[0] ?? '';
    return /^Revert\s+["'#]/i.test(subject) || /^This reverts commit [0-9a-f]{7,40}/im.test(message);
}
/** A revert PR closed unmerged: a person declined the revert. */
function declined(pr) {
    return pr !== undefined && pr.state === 'closed' && pr.mergeSha === undefined;
}
function revertEligibility(facts, config = _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REVERT_CONFIG */ .QX) {
    const short = facts.commit.sha.slice(0, 12);
    const no = (refusal, reason) => ({ revert: false, refusal, reason });
    if (config.dailyCap <= 0)
        return no('disabled', 'reverts are turned off (revert.daily-cap is 0)');
    if (facts.branchKind !== 'default')
        return no('not-default-branch', 'only commits on the default branch are reverted');
    if (facts.event !== undefined && facts.event !== 'push')
        return no('not-push-run', notPushRun(facts.event, short));
    if (facts.revertDeclined !== undefined)
        return no('already-reverted', `the revert PR #${facts.revertDeclined} of ${short} was closed unmerged: a person decided, and it is not reverted again (reopen that PR to revert it)`);
    if (facts.alreadyReverted)
        return no('already-reverted', `ci-recovery already reverted ${short}`);
    if (isRevertCommit(facts.commit.message)) {
        return no('revert-of-revert', `${short} is itself a revert; reverting a revert needs a person`);
    }
    if (config.optOutMarker && facts.commit.message.includes(config.optOutMarker)) {
        return no('opt-out', `the commit message of ${short} carries the opt-out marker ${config.optOutMarker}`);
    }
    // Fails closed: a label whose author's access could not be checked stops the revert too.
    const kill = (facts.labels ?? []).find((l) => l.label === config.killSwitchLabel &&
        (WRITERS.has(l.permission) || l.permission === UNKNOWN_PERMISSION));
    if (kill) {
        const access = kill.permission === UNKNOWN_PERMISSION
            ? 'whose access could not be checked, so the kill switch holds'
            : `${kill.permission} access`;
        return no('kill-switch', `label '${kill.label}' was applied by @${kill.actor} (${access})`);
    }
    const earlier = facts.earlierRollbacks ?? 0;
    if (earlier >= MAX_ROLLBACKS_PER_TARGET)
        return no('rollback-cap', `${short}'s change was rolled back ${earlier} time(s) already, the most ci-recovery does: a person reassesses it`);
    const range = facts.culpritRange;
    const tooMany = (n) => no('culprit-range', `${n} commits since the last green run: a person must pick the culprit`);
    if (facts.parentGreen !== true) {
        if (range !== undefined && range > 1)
            return tooMany(range);
        return no('parent-not-green', `the parent commit was ${facts.parentGreen === false ? 'not green' : 'not run'} for this workflow`);
    }
    // A green parent makes this commit the only suspect, unless the history says otherwise.
    if (range !== undefined && range > 1)
        return tooMany(range);
    if (facts.revertsToday >= config.dailyCap) {
        return no('daily-cap', `the daily cap of ${config.dailyCap} revert(s) is reached (${facts.revertsToday} today)`);
    }
    // Last, so a confirming re-run is spent only when a revert would follow it.
    if (!facts.confirmedOnRerun)
        return no('not-confirmed', 'the failure has not yet reproduced on a confirming re-run');
    const kind = facts.commit.parents.length > 1 ? 'merge commit (reverted against parent 1)' : 'commit';
    return {
        revert: true,
        reason: `${short} is the only culprit ${kind}: the failure reproduced and its parent was green`,
    };
}
/** The revert branch for a commit: one per culprit, so a second supervisor run finds it. */
function revertBranch(sha) {
    if (!/^[0-9a-f]{40}$/.test(sha))
        throw new Error(`not a full commit sha: '${sha}'`);
    return `ci-recovery/revert-${sha.slice(0, 12)}`;
}
const OWN_REVERT_BRANCH = /^ci-recovery\/revert-[0-9a-f]{12}$/;
/**
 * The supervisor's own revert pull requests opened on the UTC day of `now`, for the daily cap: a
 * revertBranch name on a branch of the repository itself (`repo`: owner/name), opened by the supervisor's
 * token (`self`, its login). A pull request from a fork can take any branch name (three fork PRs named
 * ci-recovery/revert-* used to fill the cap and switch reverts off), and a person who can push a branch can
 * name it so too: only the supervisor's own pull requests count.
 */
function ownRevertPullsOn(pulls, repo, now, self) {
    const me = self.toLowerCase();
    return revertPullsOn(pulls, repo, now).filter((p) => p.author?.toLowerCase() === me).length;
}
/**
 * The pull requests of the UTC day of `now` that could be the supervisor's own reverts (a revertBranch name
 * on a branch of the repository itself), whoever opened them: when there is none, the count is 0 without
 * asking who the token is.
 */
function revertPullsOn(pulls, repo, now) {
    const day = now.toISOString().slice(0, 10);
    const own = repo.toLowerCase();
    return pulls.filter((p) => OWN_REVERT_BRANCH.test(p.headRef) &&
        p.headRepo?.toLowerCase() === own &&
        p.createdAt.slice(0, 10) === day);
}
/** Why a revert that changes workflow files goes to a person, with the two ways out. */
function workflowsPermissionReason(sha, files) {
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
    return (`reverting ${sha.slice(0, 12)} changes workflow file(s) ${shown}, and GitHub refuses pushes under ` +
        ".github/workflows/ from a token without the 'workflows' permission (GITHUB_TOKEN never has it). " +
        "Either give the supervisor a token with that permission (the reusable workflow's 'token' secret: a GitHub " +
        "App with 'Workflows: write' or a fine-grained token with 'Workflows: read and write'; set " +
        "'token-can-push-workflows: true' when calling supervise/ directly), or have a person revert it");
}
/**
 * What a person must change after a refused revert push, if anything: branch protection in `push` mode,
 * the job's `contents: write` permission in `pr` mode. Undefined: the push failed for another reason.
 */
function revertPushFailure(mode, branch, pushed) {
    if (mode === 'push')
        return pushed.protectedBranch ? pushed.reason : undefined;
    return /403|denied|not allowed|permission/i.test(pushed.reason)
        ? `pushing ${branch}: ${pushed.reason}: grant the supervisor job 'permissions: contents: write'`
        : undefined;
}
/**
 * Why a `push`-mode revert asks a person first, or undefined for one commit with a green parent, which is
 * pushed. Asking is `pr` mode's draft: the revert waits in a draft PR until a person merges it, so
 * nothing larger than one commit leaves the default branch without one.
 */
function pushAsksFirst(scope) {
    const short = scope.sha.slice(0, 12);
    const why = scope.parents > 1
        ? `${short} is a merge commit, and its revert undoes every commit it merged`
        : scope.culpritRange !== undefined && scope.culpritRange > 1
            ? `${short} was picked among ${scope.culpritRange} commits since the last green run`
            : // A push that starts no run ([skip ci], paths-ignore, GITHUB_TOKEN's) moves the branch unseen by runs.
                scope.tested !== undefined && scope.head !== undefined && scope.tested !== scope.head
                    ? `the default branch moved since the failing run tested ${scope.tested.slice(0, 12)} (it is at ${scope.head.slice(0, 12)} now), and the revert would land on commits no run of it tested`
                    : undefined;
    return why === undefined
        ? undefined
        : `revert.mode is push, which pushes a revert of one commit only: ${why}, so the revert waits in a draft PR for a person to merge`;
}


/***/ }),

/***/ 52313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ NotOnBranchError)
/* harmony export */ });
/* unused harmony export RecordingGit */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The git side of the supervisor: a clone of the default branch (never the PR's code), read, revert one
 * commit, push. adapters/git-revert.ts carries it out with git; `RecordingGit` keeps it in memory so the
 * supervise phase can be tested without a repository.
 */

/**
 * The commit is not on the default branch the clone holds: the branch was rewritten (a force-push) since the
 * run tested it, or the commit never was on it. A UserError: nothing to revert, and a person decides.
 */
class NotOnBranchError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    constructor(sha, branch) {
        super(`commit ${sha} is not on the default branch '${branch}': ci-recovery reverts only commits of that branch`);
        this.name = 'NotOnBranchError';
    }
}
/** In memory: commits and results are given; clones, reverts and pushes are recorded. */
class RecordingGit {
    commits;
    ranges;
    head;
    clones = [];
    reverts = [];
    pushes = [];
    disposed = 0;
    /** The revert commit made for a culprit (its parent is the branch head). */
    revertResult = (sha) => ({
        ok: true,
        commit: 'e'.repeat(40),
        parent: this.head ?? sha,
    });
    pushResult = (branch) => ({ ok: true, ref: `refs/heads/${branch}` });
    workflowFiles = [];
    cloneError;
    /** The commits since the last green commit, oldest first, by `from..to`. */
    rangeLists = {};
    constructor(commits = {}, 
    /** Commits since the last green commit, by `from..to`. */
    ranges = {}, head) {
        this.commits = commits;
        this.ranges = ranges;
        this.head = head;
    }
    cloneDefaultBranch(opts) {
        if (this.cloneError)
            return Promise.reject(this.cloneError);
        this.clones.push({ url: opts.url, branch: opts.branch });
        const clone = {
            branch: opts.branch,
            commitInfo: (sha) => {
                const info = this.commits[sha];
                return info
                    ? Promise.resolve(info)
                    : Promise.reject(new Error(`commit ${sha} is not on ${opts.branch}`));
            },
            culpritRange: (from, to) => Promise.resolve(this.ranges[`${from}..${to}`]),
            rangeCommits: (from, to) => Promise.resolve(this.rangeLists[`${from}..${to}`]),
            revert: (sha) => {
                this.reverts.push(sha);
                return Promise.resolve(this.revertResult(sha));
            },
            workflowFilesChanged: () => Promise.resolve(this.workflowFiles),
            push: (branch, { force = false }) => {
                this.pushes.push({ branch, force });
                return Promise.resolve(this.pushResult(branch));
            },
            dispose: () => {
                this.disposed += 1;
                return Promise.resolve();
            },
        };
        return Promise.resolve(clone);
    }
}


/***/ })

};
