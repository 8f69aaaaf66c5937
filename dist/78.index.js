export const id = 78;
export const ids = [78,517,919,580];
export const modules = {

/***/ 66078:
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
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(26104);
;// CONCATENATED MODULE: ./src/core/revert.ts
/**
 * When may the supervisor revert a commit that broke the default branch? Pure: every fact comes in, a
 * verdict with its reason goes out. Anchors: PyTorch autorevert (confirm on a re-run first, kill-switch label
 * checked against the applier's permission), Chromium Findit (daily cap, opt-out marker), ClickHouse
 * (never revert a revert, one culprit only).
 */


/** The permission of a labeller GitHub did not answer for: the kill switch counts it as a writer's. */
const UNKNOWN_PERMISSION = 'unknown';
const WRITERS = new Set(['admin', 'maintain', 'write']);
const notPushRun = (event, short) => `this is a ${event} run, not the push run of ${short}: only a commit whose own push run failed is reverted`;
/** The message git writes for a revert, or a GitHub "Revert #N" PR squash. */
function isRevertCommit(message) {
    const subject = message.split('\n', 1)[0] ?? '';
    return /^Revert\s+["'#]/i.test(subject) || /^This reverts commit [0-9a-f]{7,40}/im.test(message);
}
function revertEligibility(facts, config = config_defaults/* DEFAULT_REVERT_CONFIG */.QX) {
    const short = facts.commit.sha.slice(0, 12);
    const no = (refusal, reason) => ({ revert: false, refusal, reason });
    if (config.dailyCap <= 0)
        return no('disabled', 'reverts are turned off (revert.daily-cap is 0)');
    if (facts.branchKind !== 'default')
        return no('not-default-branch', 'only commits on the default branch are reverted');
    if (facts.event !== undefined && facts.event !== 'push')
        return no('not-push-run', notPushRun(facts.event, short));
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

// EXTERNAL MODULE: ./src/core/classify/index.ts + 9 modules
var classify = __webpack_require__(7336);
// EXTERNAL MODULE: ./src/core/job-filter.ts
var job_filter = __webpack_require__(30047);
// EXTERNAL MODULE: ./src/core/plan-artifact.ts
var plan_artifact = __webpack_require__(95939);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var comment = __webpack_require__(47091);
// EXTERNAL MODULE: ./src/core/report/time-saved.ts
var time_saved = __webpack_require__(75419);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(34201);
;// CONCATENATED MODULE: ./src/core/rollback-record.ts
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
    };
}
const ROLLBACK_RECORD_BEGIN = '<!-- ci-recovery:rollback-record -->';
function renderRollbackRecord(record) {
    return (0,dist/* stringify */.As)(record, { lineWidth: 0 });
}
/** Reads a record back (from an artifact or a PR body); throws naming the field that is wrong. */
function parseRollbackRecord(text) {
    const fenced = /(`{3,})yaml\n([\s\S]*?)\n\1(?!`)/.exec(text.includes(ROLLBACK_RECORD_BEGIN) ? (text.split(ROLLBACK_RECORD_BEGIN)[1] ?? '') : text);
    const data = parse(fenced?.[2] ?? text);
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
    const title = `Revert "${(0,markdown/* oneLine */.TN)(record.from.subject, 200)}" (ci-recovery)`;
    // Job and workflow names, reasons and log lines may come from the culprit PR: escaped, never markup.
    const evidence = record.evidence.map((e) => `> line ${e.line}: ${(0,markdown/* codeSpan */.SS)(e.text)}`).join('\n');
    const body = [
        `ci-recovery reverts ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ${(0,markdown/* escapeText */.X1)(record.reason, 500)}.`,
        '',
        `The \`${record.failureType}\` failure in job **${(0,markdown/* escapeText */.X1)(record.trigger.job, 100)}** of ` +
            `${(0,markdown/* escapeText */.X1)(record.trigger.workflow, 100)} ` +
            `(run ${record.trigger.runId}, attempt ${record.trigger.runAttempt}) reproduced on a confirming re-run, ` +
            'and the parent commit was green.' +
            (record.trigger.url ? ` [Run](${record.trigger.url})` : ''),
        '',
        evidence,
        '',
        'To re-land the change: ' + record.revisionTargets.map((t) => (0,markdown/* escapeText */.X1)(t, 200)).join('; ') + '.',
        '',
        ROLLBACK_RECORD_BEGIN,
        (0,markdown/* codeBlock */.DV)(renderRollbackRecord(record).trimEnd(), 'yaml'),
    ].join('\n');
    return { title, body };
}

;// CONCATENATED MODULE: ./src/core/supervise.ts
/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */








/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
const GITHUB_MAX_RUN_ATTEMPTS = 50;
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
function jobTimeoutLine(lines) {
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
        return { revert: false, refusal: 'not-push-run', reason: notPushRun(event, headSha.slice(0, 12)) };
    if (!input.commit)
        return {
            revert: false,
            refusal: 'facts-unknown',
            reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
        };
    return revertEligibility({
        branchKind: kind,
        event,
        commit: input.commit,
        confirmedOnRerun: confirmed,
        parentGreen: input.parentGreen,
        culpritRange: input.culpritRange,
        revertsToday: input.revertsToday ?? 0,
        ...(input.labels ? { labels: input.labels } : {}),
        alreadyReverted: input.alreadyReverted === true,
    }, input.revert ?? config_defaults/* DEFAULT_REVERT_CONFIG */.QX);
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
    return { ...base, action: 'manual', reason: `${what}: no revert: ${verdict.reason}` };
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
    const what = `${classification.type} (${policyInput.lane}, attempt ${job.runAttempt})`;
    // A failure on the default branch leads to a revert when the policy would roll back once the failure is
    // confirmed; the confirming re-run is spent only if every other revert check passes.
    const rollback = decision.strategy === 'rollback' ||
        (kind === 'default' && !confirmed && rollsBackOnceConfirmed(policyInput, input.decide));
    return rollback ? rollbackDecision(base, what, verdict(confirmed)) : strategyDecision(base, what, decision);
}
/**
 * GitHub starts one re-run per attempt: one job alone, or every failed job together. A job cancelled by its
 * timeout-minutes is re-run by its own id: whether `rerun-failed-jobs` picks up a lone cancelled job is
 * reported both ways, `POST /actions/jobs/{id}/rerun` re-runs it either way.
 */
function withRerun(plan, run, failedCount, cancelled) {
    const toRerun = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
    if (toRerun.length === 0)
        return plan;
    if (run.latestAttempt >= GITHUB_MAX_RUN_ATTEMPTS) {
        const limit = `; but GitHub's limit of ${GITHUB_MAX_RUN_ATTEMPTS} attempts per run is reached`;
        return {
            ...plan,
            jobs: plan.jobs.map((j) => toRerun.includes(j) ? { ...j, action: 'manual', reason: j.reason + limit } : j),
        };
    }
    const single = toRerun.length === 1 && (failedCount > 1 || cancelled.has(toRerun[0].jobId));
    const extra = failedCount - toRerun.length;
    const rerun = {
        mode: single ? 'job' : 'failed-jobs',
        jobIds: toRerun.map((j) => j.jobId),
        backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
        reason: toRerun.map((j) => j.job).join(', ') +
            (!single && extra > 0
                ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
                : ''),
    };
    return { ...plan, rerun };
}
/** One culprit per run: the other jobs that would revert point at the same commit. */
function withRevert(plan, commit) {
    const reverting = plan.jobs.find((j) => j.action === 'revert');
    if (!reverting || !commit)
        return plan;
    const revert = {
        sha: commit.sha,
        branch: revertBranch(commit.sha),
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
    return withRevert(withRerun({ ...plan, jobs }, run, failedCount, cancelled), input.commit);
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
function annotationFindings(notes, job, lane, best) {
    const errors = notes.filter((a) => ERROR_LEVELS.has(a.level));
    if (errors.length === 0)
        return undefined;
    const c = (0,classify.classify)({
        ...jobSignals(job),
        log: errors.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
    });
    if (best && c.type === 'unknown')
        return undefined;
    return { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
}
/** The last resort: the job's steps alone. */
function stepsFindings(job, lane) {
    return { classification: (0,classify.classify)(jobSignals(job)), source: 'steps', ...(lane ? { lane } : {}) };
}
/** The sticky-comment sections of a fork PR's jobs (read-only token: they could not comment), newest attempt each. */
function forkPlanSections(plans, runUrl) {
    return (0,plan_artifact/* latestPlans */.QU)(plans).map((p) => ({
        key: p.jobKey,
        body: (0,comment/* renderCommentSection */.f5)(jobReportFromPlan(p, runUrl)),
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
        const outlook = jobPlan ? (0,time_saved/* resumeOutlook */.rL)(jobPlan) : undefined;
        if (outlook)
            savings.push({ job: d.job, outlook });
    }
    return savings;
}
function savingsLines(savings) {
    if (!savings || savings.length === 0)
        return [];
    return ['', '**Time the re-run saves:**', ...savings.map((s) => (0,time_saved/* renderResumeOutlook */.RA)(s.job, s.outlook))];
}
const ACTION_WORDS = {
    rerun: '🔁 re-run',
    'confirm-rerun': '🔁 confirming re-run',
    revert: '↩️ revert',
    manual: '🧑 manual',
    nothing: '·',
};
/** The supervisor's section of the sticky comment: one line per failed job, then the re-run and revert. */
function renderSupervisorSection(plan, outcome) {
    const lines = [`#### Supervisor · run ${plan.runId} attempt ${plan.runAttempt}`, ''];
    const failed = plan.jobs.filter((j) => j.classification);
    if (failed.length === 0)
        lines.push('- no failed jobs');
    for (const j of failed) {
        const type = j.classification ? `**${j.classification.type}**` : '';
        lines.push(`- ${(0,markdown/* escapeText */.X1)(j.job, 120)}: ${type} → ${ACTION_WORDS[j.action]}: ${(0,markdown/* escapeText */.X1)(j.reason, 400)}`);
    }
    if (plan.rerun && outcome.rerun) {
        lines.push('', `Re-run ${outcome.rerun}: ${(0,markdown/* escapeText */.X1)(plan.rerun.reason, 300)}.`);
        lines.push(...savingsLines(outcome.savings));
    }
    if (outcome.revertPr)
        lines.push('', `Revert: ${(0,markdown/* link */.nf)(`draft PR #${outcome.revertPr.number}`, outcome.revertPr.url)} (${(0,markdown/* codeSpan */.SS)(plan.revert?.branch ?? '')}).`);
    if (outcome.revertPushed)
        lines.push('', `Revert pushed to the default branch as ${(0,markdown/* codeSpan */.SS)(outcome.revertPushed.slice(0, 12))}.`);
    if (outcome.runUrl)
        lines.push('', (0,markdown/* link */.nf)('supervised run', outcome.runUrl));
    return lines.join('\n');
}
/** The supervisor's job summary: one row per job, then what was done. */
function renderSuperviseSummary(report) {
    const { plan, details, revert } = report;
    // Job names and reasons may come from the culprit PR: escaped (HTML, markup, mentions, `|`) and capped.
    const rows = plan.jobs.map((j) => `| ${(0,markdown/* escapeText */.X1)(j.job, 100)} | ${j.classification?.type ?? ''} | ${j.action} | ${(0,markdown/* escapeText */.X1)(j.reason, 500)} |`);
    const lines = [
        `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
        '',
        `Workflow **${(0,markdown/* escapeText */.X1)(details.run.workflow, 100)}** on ${(0,markdown/* codeSpan */.SS)(details.run.headBranch, { max: 100 })} (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
        '',
        '| job | failure | decision | reason |',
        '| --- | --- | --- | --- |',
        ...rows,
    ];
    if (report.rerun)
        lines.push('', `Re-run: ${report.rerun}.`);
    lines.push(...savingsLines(report.savings));
    if (revert?.pr)
        lines.push('', `Revert: draft PR [#${revert.pr.number}](${revert.pr.url}) on \`${revert.branch}\`.`);
    if (revert?.pushed)
        lines.push('', `Revert pushed to \`${revert.branch}\`: ${revert.pushed}.`);
    if (revert)
        lines.push('', '<details><summary>Rollback record</summary>', '', (0,markdown/* codeBlock */.DV)(renderRollbackRecord(revert.record).trimEnd(), 'yaml'), '</details>');
    if (report.failures.length > 0)
        lines.push('', '**Needs a change:**', ...report.failures.map((p) => `- ${p}`));
    if (report.problems.length > 0)
        lines.push('', '**Limits of this report:**', ...report.problems.map((p) => `- ${p}`));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(98835);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(48463);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(52439);
// EXTERNAL MODULE: ./src/adapters/job-env.ts
var job_env = __webpack_require__(12461);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(74810);
// EXTERNAL MODULE: ./node_modules/@simple-git/argv-parser/dist/index.mjs
var argv_parser_dist = __webpack_require__(36343);
// EXTERNAL MODULE: ./node_modules/simple-git/dist/index.mjs
var simple_git_dist = __webpack_require__(964);
;// CONCATENATED MODULE: ./src/adapters/git-revert.ts
/**
 * The git side of a revert, through simple-git: clone the base repository's default branch (never the PR's
 * code), revert one commit (against parent 1 for a merge), push a branch or the default branch. Every ref
 * that reaches git is validated first and passed after `--end-of-options` or `--`, so a crafted value can
 * never turn into an option (argument injection is a known class of simple-git vulnerabilities).
 */







const SHA = /^[0-9a-f]{40}$/;
/** A plain branch name: no leading '-', no '..', no control or glob characters (git check-ref-format). */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+(?<![./])$/;
function validateSha(sha) {
    if (!SHA.test(sha))
        throw new errors/* UserError */.yo(`'${sha}' is not a full 40-character commit sha`);
    return sha;
}
function validateBranch(name) {
    if (!BRANCH.test(name) || name.endsWith('.lock') || name.length > 200)
        throw new errors/* UserError */.yo(`'${name}' is not a valid branch name`);
    return name;
}
/** The bot identity GitHub shows for commits made with the workflow token. */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/**
 * The child's environment, built explicitly. It reads `process.env` here, not through JobEnv: it is the git
 * child's own environment (PATH, HOME, proxies, the trusted GIT_CONFIG_* pass-through), not the job's facts.
 * simple-git refuses editors, pagers and GIT_* variables it was
 * not told about. Keep the caller's `GIT_CONFIG_*` entries (the supervisor's own trusted environment: the
 * test stand maps github.com to a local bare repository that way) and add the auth header after them.
 */
function gitEnv(token, url) {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (v !== undefined && !(0,argv_parser_dist/* isGitEnvKey */.dI)(k.toLowerCase()) && !k.toUpperCase().startsWith('GIT_'))
            env[k] = v;
    }
    const inheritedCount = Number(process.env.GIT_CONFIG_COUNT ?? '0');
    let count = 0;
    if (Number.isInteger(inheritedCount)) {
        for (let i = 0; i < inheritedCount; i += 1) {
            const key = process.env[`GIT_CONFIG_KEY_${i}`];
            const value = process.env[`GIT_CONFIG_VALUE_${i}`];
            if (key === undefined || value === undefined)
                continue;
            env[`GIT_CONFIG_KEY_${count}`] = key;
            env[`GIT_CONFIG_VALUE_${count}`] = value;
            count += 1;
        }
    }
    const inherited = count > 0;
    if (token) {
        env[`GIT_CONFIG_KEY_${count}`] = `http.${new URL(url).origin}/.extraheader`;
        env[`GIT_CONFIG_VALUE_${count}`] =
            `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
        count += 1;
    }
    if (count > 0)
        env.GIT_CONFIG_COUNT = String(count);
    env.GIT_TERMINAL_PROMPT = '0';
    const allow = ['GIT_CONFIG_COUNT', 'GIT_TERMINAL_PROMPT'];
    for (let i = 0; i < count; i += 1)
        allow.push(`GIT_CONFIG_KEY_${i}`, `GIT_CONFIG_VALUE_${i}`);
    return { env, allow, inherited };
}
function client(dir, opts) {
    const { env, allow, inherited } = gitEnv(opts.token, opts.url);
    const who = opts.identity ?? ACTIONS_BOT;
    return (0,simple_git_dist.simpleGit)({
        baseDir: dir,
        allowEnvironment: allow,
        // Only config set through the environment by us or the supervisor's own workflow, never by PR data.
        unsafe: { allowUnsafeConfigEnvCount: true, ...(inherited ? { allowUnsafeUrlRewrite: true } : {}) },
        config: [`user.name=${who.name}`, `user.email=${who.email}`],
        // simple-git resolves a non-zero exit with an empty stderr (merge-base --is-ancestor): every one fails here.
        errors: (error, result) => error ??
            (result.exitCode !== 0
                ? Buffer.from(`git exited with ${result.exitCode}: ${Buffer.concat(result.stdErr).toString()}`)
                : undefined),
    }).env(env);
}
/** Clones only the default branch (single branch, no tags), then checks out nothing else. */
async function cloneDefaultBranch(opts) {
    const branch = validateBranch(opts.branch);
    const url = new URL(opts.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:') {
        throw new errors/* UserError */.yo(`repository URL '${opts.url}' must be https`);
    }
    const outside = client(process.cwd(), opts);
    await outside.raw([
        'clone',
        '--single-branch',
        '--no-tags',
        `--depth=${opts.depth ?? 100}`,
        `--branch=${branch}`,
        '--end-of-options',
        url.toString(),
        opts.dir,
    ]);
    return { git: client(opts.dir, opts), dir: opts.dir, branch };
}
/** Reads a commit of the clone, deepening the shallow history until it is found. */
async function commitInfo(repo, sha) {
    validateSha(sha);
    await ensureCommit(repo, sha);
    const raw = await repo.git.raw(['show', '-s', '--format=%H%n%P%n%an <%ae>%n%B', '--end-of-options', sha]);
    const [full = '', parents = '', author = '', ...body] = raw.split('\n');
    const message = body.join('\n').trimEnd();
    return {
        sha: full,
        parents: parents.split(' ').filter((p) => p !== ''),
        subject: message.split('\n', 1)[0] ?? '',
        message,
        author,
    };
}
async function ensureCommit(repo, sha) {
    for (let i = 0; i < 6; i += 1) {
        const known = await repo.git
            .raw(['cat-file', '-e', `${sha}^{commit}`])
            .then(() => true)
            .catch(() => false);
        if (known)
            return;
        const shallow = (await repo.git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
        if (!shallow)
            break;
        await repo.git.raw([
            'fetch',
            '--no-tags',
            `--deepen=${200 * 2 ** i}`,
            'origin',
            '--end-of-options',
            repo.branch,
        ]);
    }
    throw new errors/* UserError */.yo(`commit ${sha} is not on the default branch '${repo.branch}': ci-recovery reverts only commits of that branch`);
}
/** Commits in (from, to] along the first parent: 1 when `from` is the direct parent of `to`. */
async function culpritRange(repo, from, to) {
    validateSha(from);
    validateSha(to);
    try {
        await ensureCommit(repo, from);
        await ensureCommit(repo, to);
        await repo.git.raw(['merge-base', '--is-ancestor', '--end-of-options', from, to]);
        return Number((await repo.git.raw(['rev-list', '--count', '--first-parent', '--end-of-options', `${from}..${to}`])).trim());
    }
    catch {
        return undefined;
    }
}
/**
 * Reverts `sha` on top of the checked-out default branch (`-m 1` for a merge commit). A conflict is
 * aborted, leaving the clone clean, and reported with the conflicting files.
 */
async function revertCommit(repo, sha) {
    const info = await commitInfo(repo, sha);
    const parent = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const onBranch = await repo.git
        .raw(['merge-base', '--is-ancestor', '--end-of-options', sha, parent])
        .then(() => true)
        .catch(() => false);
    if (!onBranch)
        throw new errors/* UserError */.yo(`commit ${sha} is not on the default branch '${repo.branch}': ci-recovery reverts only commits of that branch`);
    const mainline = info.parents.length > 1 ? 1 : undefined;
    try {
        await repo.git.raw([
            'revert',
            '--no-edit',
            ...(mainline ? ['-m', String(mainline)] : []),
            '--end-of-options',
            sha,
        ]);
    }
    catch (error) {
        const files = (await repo.git.raw(['diff', '--name-only', '--diff-filter=U']))
            .split('\n')
            .filter((f) => f !== '');
        await repo.git.raw(['revert', '--abort']).catch(() => undefined);
        if (files.length > 0)
            return {
                ok: false,
                conflict: true,
                files,
                reason: `reverting ${sha.slice(0, 12)} conflicts in ${files.join(', ')}`,
            };
        if (/nothing to commit|empty/i.test((0,errors/* errorMessage */.gJ)(error))) {
            return {
                ok: false,
                conflict: true,
                files: [],
                reason: `reverting ${sha.slice(0, 12)} changes nothing: it was already undone on '${repo.branch}'`,
            };
        }
        throw error;
    }
    const commit = (await repo.git.raw(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    return { ok: true, commit, parent, ...(mainline ? { mainline } : {}) };
}
/** Files under `.github/workflows/` that differ between `from` and `to`. */
async function workflowFilesChanged(repo, from, to) {
    const out = await repo.git.raw([
        'diff',
        '--name-only',
        '--end-of-options',
        validateSha(from),
        validateSha(to),
        '--',
        '.github/workflows/',
    ]);
    return out.split('\n').filter((f) => f !== '');
}
/** Pushes HEAD to `refs/heads/<branch>`. Without `force`, an existing different branch is left alone. */
async function pushHead(repo, branch, { force = false, culprit } = {}) {
    validateBranch(branch);
    const ref = `refs/heads/${branch}`;
    try {
        await repo.git.raw([
            'push',
            '--porcelain',
            ...(force ? ['--force'] : []),
            '--end-of-options',
            'origin',
            `HEAD:${ref}`,
        ]);
        return { ok: true, ref };
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        const workflow = /refusing to allow .* to create or update workflow `?([^`\s]+)`?/.exec(message);
        if (workflow)
            return {
                ok: false,
                protectedBranch: false,
                reason: workflowsPermissionReason(culprit ?? 'HEAD', [workflow[1] ?? '.github/workflows/']),
            };
        // GH013 is also secret scanning's push protection: the revert would bring back a secret the culprit
        // removed, and no revert mode gets past it (docs: "Working with push protection from the command line").
        if (/PUSH PROTECTION|Push cannot contain secrets/i.test(message))
            return {
                ok: false,
                protectedBranch: false,
                reason: `GitHub's secret push protection refused the push to '${branch}': the revert would bring back a secret ` +
                    'that the reverted commit removed; revert it by hand without the secret',
            };
        const protectedBranch = /protected branch|GH006|GH013|pre-receive hook declined|rule violations/i.test(message);
        return {
            ok: false,
            protectedBranch,
            reason: protectedBranch
                ? `branch protection on '${branch}' refused the push; use revert mode 'pr' (revert.mode: pr in .github/ci-recovery.yml) ` +
                    'or allow the workflow token to bypass the rule in Settings > Branches (or Rules)'
                : `git push to '${branch}' failed: ${firstLines(message)}`,
        };
    }
}
function firstLines(text) {
    return text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(0, 3)
        .join(' / ');
}
/** The supervisor's git port: each clone in its own directory under `tempDir`, removed by `dispose`. */
function gitPort(tempDir) {
    return {
        cloneDefaultBranch: async (opts) => {
            const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tempDir, 'revert-'));
            return gitClone(await cloneDefaultBranch({ ...opts, dir }));
        },
    };
}
function gitClone(repo) {
    return {
        branch: repo.branch,
        commitInfo: (sha) => commitInfo(repo, sha),
        culpritRange: (from, to) => culpritRange(repo, from, to),
        revert: (sha) => revertCommit(repo, sha),
        workflowFilesChanged: (from, to) => workflowFilesChanged(repo, from, to),
        push: (branch, opts) => pushHead(repo, branch, opts),
        dispose: () => (0,promises_.rm)(repo.dir, { recursive: true, force: true }),
    };
}

// EXTERNAL MODULE: ./src/adapters/ledger-store.ts
var ledger_store = __webpack_require__(58919);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 27 modules
var artifact = __webpack_require__(60683);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/adapters/jobs-api.ts
var jobs_api = __webpack_require__(3463);
// EXTERNAL MODULE: ./src/adapters/log-file.ts
var log_file = __webpack_require__(53013);
// EXTERNAL MODULE: ./src/adapters/plan-artifact.ts
var adapters_plan_artifact = __webpack_require__(87580);
// EXTERNAL MODULE: ./src/adapters/sticky-comment.ts
var sticky_comment = __webpack_require__(89517);
;// CONCATENATED MODULE: ./src/adapters/supervisor-github.ts
/**
 * The supervisor's GitHub REST calls: read the completed run, its jobs, logs and annotations; find the PR
 * (fork PRs too); re-run within caps with backoff and pacing; find or open the draft revert PR. Every
 * permission problem becomes a UserError naming exactly what to change.
 */
















const realSleep = (ms) => (0,external_node_timers_promises_.setTimeout)(ms);
/** What to change when GitHub refuses a call, by what the call needed. */
const PERMISSION_FIXES = {
    'actions:read': "grant the supervisor job 'permissions: actions: read' (to read runs, jobs and logs)",
    'actions:write': "grant the supervisor job 'permissions: actions: write' (to re-run jobs)",
    'checks:read': "grant the supervisor job 'permissions: checks: read' (to read annotations)",
    'contents:write': "grant the supervisor job 'permissions: contents: write' (to push the revert branch)",
    'pull-requests:write': "grant the supervisor job 'permissions: pull-requests: write' (to open the revert PR and comment)",
    'pull-requests:read': "grant the supervisor job 'permissions: pull-requests: read' (to find the pull request)",
};
const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;
/** Turns a refused API call into a message that names the fix; other errors pass through. */
function explainApiError(error, doing, needs) {
    const status = (0,github/* httpStatus */.nG)(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (ACTIONS_MAY_NOT_CREATE_PRS.test(message)) {
        return new errors/* UserError */.yo(`${doing}: GitHub Actions is not permitted to create or approve pull requests. Turn on Settings > Actions > General > ` +
            "Workflow permissions > 'Allow GitHub Actions to create and approve pull requests' (for an organization, first in " +
            "Organization settings > Actions > General), or pass a GitHub App or fine-grained token with 'pull-requests: write' as 'github-token'.");
    }
    if (status === 401 ||
        status === 403 ||
        (status === 404 && /Not Found/i.test(message) && needs.endsWith('write'))) {
        if (/rate limit/i.test(message))
            return error;
        return new errors/* UserError */.yo(`${doing}: GitHub answered ${status} (${(0,github/* firstLine */.TM)(message)}): ${PERMISSION_FIXES[needs]}.`);
    }
    return error;
}
async function call(doing, needs, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw explainApiError(error, doing, needs);
    }
}
/** The run as it is now (latest attempt), with the attempt the event was about. */
async function readRun(octokit, repo, runId, eventAttempt) {
    const { data } = await call(`reading run ${runId}`, 'actions:read', () => octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId }));
    const { data: repository } = await call(`reading ${repo.owner}/${repo.repo}`, 'actions:read', () => octokit.rest.repos.get({ ...repo }));
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
        },
        workflowId: data.workflow_id,
        pullRequests: (data.pull_requests ?? []).map((p) => p.number),
        ...(data.head_repository?.full_name ? { headRepository: data.head_repository.full_name } : {}),
    };
}
/** The jobs of one attempt of the run, with their steps. */
async function readJobs(octokit, repo, runId, attempt) {
    const jobs = await call(`listing the jobs of run ${runId}`, 'actions:read', () => octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
        ...repo,
        run_id: runId,
        attempt_number: attempt,
        per_page: 100,
    }));
    return jobs.map((j) => ({
        id: j.id,
        name: j.name,
        conclusion: j.conclusion,
        runAttempt: j.run_attempt ?? attempt,
        steps: (j.steps ?? []).map(jobs_api/* stepOutcome */.f),
    }));
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
        const status = (0,github/* httpStatus */.nG)(error);
        if (status === 404 || status === 410)
            return undefined;
        throw explainApiError(error, `downloading the log of job ${jobId}`, 'actions:read');
    }
}
/** The job's check-run annotations: "The runner has received a shutdown signal", "lost communication"... */
async function readAnnotations(octokit, repo, jobId) {
    const list = await call(`reading the annotations of job ${jobId}`, 'checks:read', () => octokit.paginate(octokit.rest.checks.listAnnotations, { ...repo, check_run_id: jobId, per_page: 100 }));
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
    const notes = await readAnnotations(octokit, repo, jobId).catch(() => []);
    const noted = jobTimeoutLine(notes.map((a) => a.message));
    if (noted)
        return noted;
    const file = await downloadJobLog(octokit, repo, jobId, logFile);
    if (!file)
        return undefined;
    try {
        let number = 0;
        for await (const line of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity })) {
            number++;
            const found = jobTimeoutLine([line]);
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
/**
 * Completed runs of one workflow, newest first (filtered by head sha or branch), from the workflow's own
 * runs endpoint: a page of the repository's runs can be filled by other workflows' runs.
 */
async function workflowRuns(octokit, repo, workflowId, filter) {
    const { data } = await call('listing workflow runs', 'actions:read', () => octokit.rest.actions.listWorkflowRuns({ ...repo, workflow_id: workflowId, ...filter, per_page: 100 }));
    return data.workflow_runs
        .filter((r) => r.workflow_id === workflowId && r.status === 'completed')
        .map((r) => ({ id: r.id, headSha: r.head_sha, conclusion: r.conclusion, createdAt: r.created_at }))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
/** Did the latest completed run of the workflow on `sha` succeed? Undefined when it never ran there. */
async function commitWasGreen(octokit, repo, workflowId, sha) {
    const latest = (await workflowRuns(octokit, repo, workflowId, { head_sha: sha }))[0];
    return latest ? latest.conclusion === 'success' : undefined;
}
/** The head sha of the newest successful run of the workflow on `branch` other than `exceptSha`. */
async function lastGreenSha(octokit, repo, workflowId, branch, exceptSha) {
    const runs = await workflowRuns(octokit, repo, workflowId, { branch, status: 'success' });
    return runs.find((r) => r.conclusion === 'success' && r.headSha !== exceptSha)?.headSha;
}
/**
 * Who applied `label` to the pull request that brought `sha` in, with their permission, so a label applied
 * by a reader does not stop a revert. Labels removed again do not count.
 */
async function labelApplications(octokit, repo, sha, label) {
    const { data: pulls } = await call(`finding the pull request of ${sha.slice(0, 12)}`, 'pull-requests:read', () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha }));
    const pr = pulls[0]?.number;
    if (pr === undefined)
        return { labels: [] };
    const events = await call(`reading the events of #${pr}`, 'pull-requests:read', () => octokit.paginate(octokit.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }));
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
            .catch(() => UNKNOWN_PERMISSION);
        labels.push({ label: name, actor, permission });
    }
    return { pr, labels };
}
/** The revert PR of a branch, open or closed: a second supervisor run finds it and opens no other. */
async function findRevertPullRequest(octokit, repo, branch) {
    const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'all', head: `${repo.owner}:${branch}`, per_page: 10 }));
    const pr = data.find((p) => p.head.ref === branch);
    return pr ? { number: pr.number, url: pr.html_url, state: pr.state, createdAt: pr.created_at } : undefined;
}
/** Revert PRs ci-recovery opened today (UTC), for the daily cap. */
async function revertPullRequestsToday(octokit, repo, now = new Date()) {
    const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'all', sort: 'created', direction: 'desc', per_page: 100 }));
    const day = now.toISOString().slice(0, 10);
    return data.filter((p) => p.head.ref.startsWith('ci-recovery/revert-') && p.created_at.slice(0, 10) === day)
        .length;
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
    const { data } = await call('opening the revert pull request', 'pull-requests:write', () => create(true, opts.body).catch((error) => {
        if (!draftsRefused(error))
            throw error;
        return create(false, `${DRAFTS_REFUSED_NOTE}\n\n${opts.body}`);
    }));
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
        else {
            await octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId });
        }
        return 'requested';
    }
    catch (error) {
        if ((0,github/* httpStatus */.nG)(error) === 403 && /already running|in progress/i.test((0,errors/* errorMessage */.gJ)(error)))
            return 'already-running';
        throw explainApiError(error, `re-running run ${runId}`, 'actions:write');
    }
}
/** The supervisor's GitHub port over REST (src/ports/github.ts). */
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
                return await (0,log_file/* classifyLogFile */.Vw)(file, signals);
            }
            finally {
                await (0,promises_.rm)(file, { force: true });
            }
        },
        readAnnotations: (jobId) => readAnnotations(octokit, repo, jobId),
        recoveryPlans: async (runId) => (await (0,adapters_plan_artifact/* downloadPlans */.p)({ token: o.token, runId, repo, logger: o.logger })).plans,
        commitWasGreen: (workflowId, sha) => commitWasGreen(octokit, repo, workflowId, sha),
        lastGreenSha: (workflowId, branch, exceptSha) => lastGreenSha(octokit, repo, workflowId, branch, exceptSha),
        labelApplications: (sha, label) => labelApplications(octokit, repo, sha, label),
        findRevertPullRequest: (branch) => findRevertPullRequest(octokit, repo, branch),
        revertPullRequestsToday: (now) => revertPullRequestsToday(octokit, repo, now),
        findPullRequest: (details) => findPullRequest(octokit, repo, details),
        requestRerun: (runId, req, backoffMs) => requestRerun(octokit, repo, runId, req, { backoffMs, sleep: o.sleep ?? realSleep }),
        openRevertPullRequest: (opts) => openRevertPullRequest(octokit, repo, opts),
        upsertComment: (pr, key, section) => (0,sticky_comment.upsertStickyComment)(octokit, repo, pr, key, section, o.logger, o.sticky),
        keepArtifact: (name, content) => keepArtifact(o, name, content),
    };
}
async function keepArtifact(o, name, content) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tempDir, 'record-'));
    const file = external_node_path_default().join(dir, name);
    try {
        await (0,promises_.writeFile)(file, content);
        const upload = o.uploadArtifact ??
            (async (n, f) => {
                await new artifact.DefaultArtifactClient().uploadArtifact(n, [f], external_node_path_default().dirname(f), {
                    skipArchive: true,
                    retentionDays: 90,
                });
            });
        await upload(name, file);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/adapters/supervise-run.ts





function supervisePorts(o) {
    const logger = adapters_logger/* runnerPort */.Ql.log;
    // The supervisor's own run keys its ledger entry; the watched branch names the ledger.
    const location = (branch) => ({
        branch,
        runId: o.env.runId || String(o.runId),
        attempt: o.env.attempt,
        job: 'supervisor',
        dir: (0,ledger_store.ledgerDirIn)(o.env.runnerTemp),
    });
    return {
        github: supervisorGitHub({
            octokit: (0,github/* getOctokit */.QB)(o.token),
            repo: o.repo,
            token: o.token,
            logger,
            tempDir: o.tempDir,
        }),
        git: gitPort(o.tempDir),
        runner: adapters_logger/* runnerPort */.Ql,
        ...(o.config.ledger.enabled
            ? {
                ledger: {
                    load: async (branch) => (await (0,ledger_store.restoreLedger)(location(branch), logger)).ledger,
                    save: async (ledger, branch) => void (await (0,ledger_store.saveLedger)(ledger, location(branch), logger)),
                },
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(32558);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __webpack_require__(32721);
;// CONCATENATED MODULE: ./src/phases/supervise.ts






/** Everything the supervisor does for one completed run. Throws UserErrors naming the fix. */
async function superviseRun(ctx, ports) {
    const { config, settings } = ctx;
    const revertConfig = {
        ...config.revert,
        ...(settings.revertMode ? { mode: settings.revertMode } : {}),
    };
    const policy = (i) => (0,core_policy/* decide */.LD)(i, config);
    const g = await gatherRun(ctx, ports);
    const { run } = g.details;
    // One rule, the policy's: the jobs it would roll back are the ones whose confirming facts are read.
    const scope = config.supervise;
    const candidates = revertCandidates({ run, jobs: g.jobs, findings: g.findings, decide: policy, scope });
    const previous = await gatherPrevious(g, candidates, ports.github);
    const work = await gatherRevertFacts(g, candidates, revertConfig, ctx, ports);
    try {
        const plan = supervise({
            run,
            jobs: g.jobs,
            findings: g.findings,
            previous,
            decide: policy,
            revert: revertConfig,
            scope,
            ...work.facts,
        });
        const savings = rerunSavings(plan, g.jobs, g.plans);
        const outcome = {
            plan,
            details: g.details,
            problems: g.problems,
            failures: [],
            ...(savings.length > 0 ? { savings } : {}),
        };
        if (settings.dryRun) {
            ports.runner.log.info('ci-recovery supervisor: dry run: nothing re-run, reverted or commented.');
        }
        else {
            await act(outcome, g, work, revertConfig, ctx, ports);
        }
        if (outcome.ledger && ports.ledger)
            await ports.ledger.save(outcome.ledger, run.headBranch);
        writeSummary(outcome, ports.runner);
        return outcome;
    }
    finally {
        await work.clone?.dispose().catch(() => undefined);
    }
}
async function gatherRun(ctx, ports) {
    const { github, runner } = ports;
    const problems = [];
    const details = await github.readRun(ctx.settings.runId, ctx.settings.runAttempt);
    const { run } = details;
    // A newer attempt exists: its own completion brings the supervisor back; nothing is read or done now.
    const stale = isStale(run);
    runner.log.info(`ci-recovery supervisor: run ${run.id} attempt ${run.attempt} of '${run.workflow}' (${run.event} on ${run.headBranch}, ${branchKindOf(run)}); latest attempt ${run.latestAttempt}`);
    const ledger = ports.ledger && !stale ? await ports.ledger.load(run.headBranch) : undefined;
    const read = await github.readJobs(run.id, run.attempt);
    const jobs = stale ? read : await withJobTimeouts(read, github, runner.log, problems);
    const failed = jobs.filter(needsRecovery);
    const plans = failed.length > 0 && !stale ? await github.recoveryPlans(run.id) : [];
    const findings = {};
    if (!stale) {
        for (const job of failed)
            findings[job.name] = await jobFindings(job, plans, github, problems);
        if (ledger)
            markFlaky(findings, failed, ledger, run.headSha);
    }
    return { details, stale, ...(ledger ? { ledger } : {}), jobs, plans, findings, problems };
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
    if (!findingsKnown(best)) {
        try {
            best = annotationFindings(await github.readAnnotations(job.id), job, lane, best) ?? best;
        }
        catch (error) {
            problems.push(`annotations of job '${job.name}' not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return best ?? stepsFindings(job, lane);
}
/** The previous attempt of the candidates: a confirming re-run counts only if it failed the same way. */
async function gatherPrevious(g, candidates, github) {
    const previous = {};
    const { run } = g.details;
    if (candidates.length === 0 || run.attempt <= 1)
        return previous;
    for (const job of await github.readJobs(run.id, run.attempt - 1)) {
        if (!candidates.some((c) => c.name === job.name))
            continue;
        const f = FAILED_CONCLUSIONS.has(job.conclusion ?? '')
            ? await jobFindings(job, g.plans, github, g.problems)
            : undefined;
        previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
    }
    return previous;
}
/** Revert facts, only when a revert is on the table: the clone holds the default branch only. */
async function gatherRevertFacts(g, candidates, revertConfig, ctx, ports) {
    if (candidates.length === 0)
        return { facts: {} };
    const { run } = g.details;
    let clone;
    try {
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
    const parentGreen = parent ? await github.commitWasGreen(workflowId, parent) : undefined;
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
    const existing = await github.findRevertPullRequest(revertBranch(run.headSha));
    const today = Math.max(g.ledger ? (0,core_ledger/* revertsToday */.hY)(g.ledger, now) : 0, await github.revertPullRequestsToday(now));
    return {
        ...(labels.pr !== undefined ? { culpritPr: labels.pr } : {}),
        facts: {
            commit: { sha: commit.sha, message: commit.message, parents: commit.parents },
            ...(parentGreen !== undefined ? { parentGreen } : {}),
            ...(range !== undefined ? { culpritRange: range } : {}),
            labels: labels.labels,
            revertsToday: today,
            alreadyReverted: existing !== undefined || (g.ledger ? (0,core_ledger/* wasReverted */.$x)(g.ledger, run.headSha) : false),
        },
    };
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
        await carryOutRevert(outcome, work.clone, work.culpritPr, revertConfig, ctx, ports, now());
        if (outcome.revert && g.ledger) {
            outcome.ledger = (0,core_ledger/* recordRevert */.O5)(g.ledger, {
                at: now().toISOString(),
                sha: revert.sha,
                ...(outcome.revert.pr ? { pr: outcome.revert.pr.number } : {}),
                ...(outcome.revert.pushed ? { revertSha: outcome.revert.pushed } : {}),
            });
        }
    }
    // A repeat run that finds everything done writes nothing, not even an updated comment.
    const acted = outcome.plan.jobs.some((j) => j.action !== 'nothing');
    if (ctx.settings.comment && !g.stale && acted)
        await supervise_comment(outcome, g.plans, work.culpritPr, ctx, ports);
}
/** Reverts the culprit in the clone, then pushes it (push mode) or opens the draft PR (pr mode). */
async function carryOutRevert(outcome, clone, culpritPr, revertConfig, ctx, ports, now) {
    const req = outcome.plan.revert;
    if (!req)
        return;
    const escalate = (reason) => {
        outcome.plan = escalateRevert(outcome.plan, reason);
        ports.runner.log.warning(`ci-recovery supervisor: no revert: ${reason}`);
    };
    const info = await clone.commitInfo(req.sha);
    const reverted = await clone.revert(req.sha);
    if (!reverted.ok)
        return escalate(reverted.reason);
    // GitHub refuses pushes that change workflow files from a token without the workflows permission.
    const workflows = await clone.workflowFilesChanged(reverted.parent, reverted.commit);
    if (workflows.length > 0 && !ctx.settings.tokenCanPushWorkflows)
        return escalate(workflowsPermissionReason(req.sha, workflows));
    const { run } = outcome.details;
    const record = buildRollbackRecord({
        request: req,
        culprit: {
            subject: info.subject,
            author: info.author,
            ...(culpritPr !== undefined ? { pullRequest: culpritPr } : {}),
        },
        reverted,
        mode: revertConfig.mode,
        defaultBranch: clone.branch,
        trigger: {
            workflow: run.workflow,
            runId: outcome.plan.runId,
            runAttempt: outcome.plan.runAttempt,
            job: req.job,
            ...(run.url ? { url: run.url } : {}),
        },
        evidence: outcome.plan.jobs.find((j) => j.job === req.job)?.classification?.evidence,
        now,
    });
    const pushed = revertConfig.mode === 'push'
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
/** Push mode: the revert lands on the default branch itself. */
async function pushRevert(clone, record, sha) {
    const pushed = await clone.push(clone.branch, { culprit: sha });
    if (!pushed.ok) {
        const failure = revertPushFailure('push', clone.branch, pushed);
        return { ok: false, reason: pushed.reason, ...(failure ? { failure } : {}) };
    }
    return { ok: true, revert: { branch: clone.branch, record, pushed: record.to.commit } };
}
/** PR mode: the revert branch (our own namespace: one left by a failed run is replaced), then the draft PR. */
async function openRevert(clone, record, req, labels, ports) {
    const pushed = await clone.push(req.branch, { force: true, culprit: req.sha });
    if (!pushed.ok) {
        const failure = revertPushFailure('pr', req.branch, pushed);
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
/** The sticky comment: the PR of a PR run (by head sha for forks), or the culprit's PR of a revert. */
async function supervise_comment(outcome, plans, culpritPr, ctx, ports) {
    const { plan, details } = outcome;
    const { github } = ports;
    // On the default branch the culprit's (merged) PR hears about the confirming re-run, the revert or why not.
    const pr = plan.branchKind === 'pr'
        ? await github.findPullRequest(details).catch(() => undefined)
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
function writeSummary(outcome, runner) {
    try {
        runner.appendSummary(renderSuperviseSummary(outcome));
    }
    catch (error) {
        runner.log.warning(`ci-recovery supervisor: could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/supervise.ts
/** The `supervise/` sub-action's entry: reads its inputs once, builds the real ports, runs the phase. */











function readSettings() {
    const runId = inputs/* input */.h.int('run-id', { min: 1 });
    if (runId === undefined) {
        throw new errors/* UserError */.yo("Input 'run-id' is empty: call the supervisor from a 'workflow_run' event, or pass the run id to supervise.");
    }
    const mode = inputs/* input */.h.string('revert-mode').trim();
    if (mode !== '' && mode !== 'pr' && mode !== 'push')
        throw new errors/* UserError */.yo(`Input 'revert-mode' must be 'pr' or 'push', got '${mode}'.`);
    const attempt = inputs/* input */.h.int('run-attempt', { min: 1, max: 50 });
    const configFile = inputs/* input */.h.string('config').trim();
    return {
        token: inputs/* input */.h.required('github-token'),
        runId,
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
    try {
        const settings = readSettings();
        const env = (0,job_env/* readJobEnv */.l)();
        const repo = (0,github/* repoFromEnv */.K)(env);
        const { config } = await (0,config_file/* loadConfig */.Z9)(env.workspace, settings.configFile);
        await (0,promises_.mkdir)(env.runnerTemp, { recursive: true });
        tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(env.runnerTemp, 'ci-recovery-supervise-'));
        const ports = supervisePorts({
            token: settings.token,
            repo,
            config,
            env,
            runId: settings.runId,
            tempDir,
        });
        const outcome = await superviseRun({ settings, config, env, repository: `${repo.owner}/${repo.repo}` }, ports);
        adapters_logger/* runnerPort */.Ql.setOutput('decisions', decisionsJson(outcome.plan));
        adapters_logger/* runnerPort */.Ql.setOutput('rerun', outcome.rerun ?? '');
        adapters_logger/* runnerPort */.Ql.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
        adapters_logger/* runnerPort */.Ql.setOutput('revert-branch', outcome.revert?.branch ?? '');
        adapters_logger/* runnerPort */.Ql.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
        if (outcome.failures.length > 0)
            adapters_logger/* runnerPort */.Ql.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
    }
    catch (error) {
        adapters_logger/* runnerPort */.Ql.setFailed(`ci-recovery supervisor: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        if (tempDir)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
}


/***/ }),

/***/ 52439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85993);



/** Five days in minutes: the longest a job may run, on a self-hosted runner. */
const MAX_MINUTES = 7200;
/**
 * The only place that reads action inputs. Defaults live in action.yml; a test checks that every name
 * read here through `input.*('name')` in an action's settings is declared in that action's action.yml.
 */
const input = {
    string(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
    },
    required(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (!value)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' is required: set it in the step's 'with:' block.`);
        return value;
    },
    bool(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        if (value === '')
            return false;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be true or false, got '${value}'.`);
    },
    /** A whole number in decimal digits (not '0x10', '1e3'); undefined when empty (the default applies). */
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(value, { min, max });
        if (n === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a whole number ${(0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeRange */ .h2)({ min, max })}, in decimal digits, got '${value}'.`);
        return n;
    },
    /**
     * A positive number of minutes, fractions allowed (0.5 is 30 s), at most five days (a self-hosted
     * job's own limit: '1e308' is no limit, not a time); undefined when empty.
     */
    minutes(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name);
        if (value === '')
            return undefined;
        const n = (0,_core_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveDecimal */ .hs)(value, MAX_MINUTES);
        if (n === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a positive number of minutes up to ${MAX_MINUTES} (e.g. 30 or 0.5), got '${value}'.`);
        return n;
    },
    /** One of `choices` (case-insensitive); the message lists them. */
    choice(name, choices) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim().toLowerCase();
        const found = choices.find((c) => c === value);
        if (found === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be one of ${choices.join(', ')}, got '${value}'.`);
        return found;
    },
    /** Newline- or comma-separated list; blank entries dropped. */
    list(name) {
        return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj
            .getInput(name)
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    },
};


/***/ }),

/***/ 58919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ledgerDirIn: () => (/* binding */ ledgerDirIn),
/* harmony export */   restoreLedger: () => (/* binding */ restoreLedger),
/* harmony export */   saveLedger: () => (/* binding */ saveLedger)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18091);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32558);
/**
 * The ledger kept across runs with @actions/cache: a new key per run attempt (keys are immutable),
 * restored by the branch's key prefix (the newest entry wins). Save and restore never throw: the ledger is
 * memory for better decisions, never a reason to fail a job.
 */





const FILE = 'ledger.json';
/** The ledger's directory under a runner temp directory. */
function ledgerDirIn(runnerTemp) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'ci-recovery', 'ledger');
}
/** The branch's newest ledger, or an empty one (with a warning when something went wrong). */
async function restoreLedger(location, logger) {
    const dir = location.dir;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE);
    try {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3()) {
            logger.info('ci-recovery: the cache service is not available here: starting with an empty ledger.');
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const key = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .restoreCache */ .P3([file], (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job), [(0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKeyPrefix */ .pD)(location.branch)]);
        if (!key)
            return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
        const { ledger, problem } = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .parseLedger */ .h8)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined), location.branch);
        if (problem)
            logger.warning(`ci-recovery: ${problem} (cache key ${key}).`);
        return { ledger, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not restore the ledger: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}. Starting with an empty one.`);
        return { ledger: (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyLedger */ .Hg)(location.branch) };
    }
}
/** Save under this run attempt's key; returns whether it was saved (a failure only warns). */
async function saveLedger(ledger, location, logger) {
    const key = (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerKey */ .lj)(location.branch, location.runId, location.attempt, location.job);
    const dir = location.dir;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, FILE);
    try {
        if (!_actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .isFeatureAvailable */ .w3()) {
            logger.info('ci-recovery: the cache service is not available here: the ledger is not kept.');
            return { saved: false, key };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_core_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeLedger */ .CE)(ledger));
        const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_2__/* .saveCache */ .Io([file], key);
        if (id === -1) {
            logger.warning(`ci-recovery: the ledger was not saved (cache key ${key}); see the cache messages above.`);
            return { saved: false, key };
        }
        return { saved: true, key };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not save the ledger (cache key ${key}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        return { saved: false, key };
    }
}


/***/ }),

/***/ 74810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85512);


const runnerLogger = {
    debug: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.debug(m),
    info: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.info(m),
    notice: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.notice(m, w),
    warning: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.warning(m, w),
    error: (m, w) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.error(m, w),
    async group(name, fn) {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.endGroup();
        }
    },
};
/** The real runner as a port: what an entry point hands its phase. */
const runnerPort = {
    log: runnerLogger,
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getState(name),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.saveState(name, value),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setOutput(name, value),
    exportVariable: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.exportVariable(name, value),
    appendSummary: (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendSummary(markdown),
    setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setFailed(message),
    setExitCode: (code) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.setExitCode(code),
    appendFileCommand: (command, text) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.appendFileCommand(command, text),
};


/***/ }),

/***/ 87580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ downloadPlans),
/* harmony export */   uploadPlan: () => (/* binding */ uploadPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60683);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95939);
/**
 * The recovery plan as an artifact: uploaded best-effort by post (one raw JSON file, no zip), read by the
 * supervisor from the completed run through the REST path (`findBy`: token + run id, `actions: read`).
 */






/** A plan is a few KiB; anything much larger is not ours (or is hostile): skip it. */
const MAX_PLAN_BYTES = 1024 * 1024;
/**
 * Upload the plan as `ci-recovery-plan-<job>-a<attempt>`, staged in `tempDir` (post passes RUNNER_TEMP).
 * Never throws (warns and reports uploaded=false).
 */
async function uploadPlan(plan, logger, options = {}) {
    const name = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .planArtifactName */ .nU)(plan.jobKey, plan.attempt);
    let dir;
    try {
        const base = options.tempDir ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(base, { recursive: true });
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, 'ci-recovery-plan-'));
        // With skipArchive the artifact is named after the file.
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(plan, null, 1)}\n`);
        const client = options.client ?? new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.DefaultArtifactClient();
        const { id } = await client.uploadArtifact(name, [file], dir, {
            skipArchive: true,
            retentionDays: options.retentionDays ?? 14,
        });
        return { uploaded: true, name, ...(id !== undefined ? { id } : {}) };
    }
    catch (error) {
        logger.warning(`ci-recovery: could not upload the recovery plan '${name}': ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}. The supervisor will work from the logs.`);
        return { uploaded: false, name };
    }
    finally {
        if (dir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Every recovery plan the jobs of a completed run uploaded (all attempts). Never throws. */
async function downloadPlans(options) {
    const { token, runId, repo, logger } = options;
    const findBy = { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo };
    const client = options.client ?? new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.DefaultArtifactClient();
    const plans = [];
    const problems = [];
    const problem = (message) => {
        problems.push(message);
        logger?.warning(`ci-recovery: ${message}`);
    };
    let dir;
    try {
        const { artifacts } = await client.listArtifacts({ findBy });
        const ours = artifacts.filter((a) => (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlanArtifactName */ .g8)(a.name) !== undefined);
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
                await client.downloadArtifact(artifact.id, { path: into, findBy });
                const plan = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlan */ .vS)(await readSingleFile(into));
                const named = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePlanArtifactName */ .g8)(artifact.name);
                if (plan.runId !== runId || plan.attempt !== named?.attempt) {
                    problem(`recovery plan '${artifact.name}' says run ${plan.runId} attempt ${plan.attempt}: not this run's, skipped`);
                    continue;
                }
                plans.push(plan);
            }
            catch (error) {
                problem(`recovery plan '${artifact.name}' could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
            }
        }
    }
    catch (error) {
        problem(`could not list the artifacts of run ${runId} (needs \`actions: read\`): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    finally {
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

/***/ 89517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports tokenIdentity, isNoWritePermission */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47091);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48463);
/**
 * The sticky PR comment through the REST API: find ours (the marker, written by the token's identity), merge this job's section into it, and
 * converge when racing jobs or runs created duplicates (keep the oldest, fold the others' sections into
 * it, delete them). Never throws: a token that may not comment (fork PR, read-only token) yields
 * `degraded`, so the caller writes the summary only and says the supervisor will comment.
 */




async function upsertStickyComment(octokit, repo, prNumber, jobKey, section, logger, options = {}) {
    const ours = typeof section === 'string' ? { key: jobKey, body: section } : { ...section, key: jobKey };
    const settleMs = options.settleMs ?? 700;
    const maxRounds = options.maxRounds ?? 4;
    const result = { status: 'unchanged', removedDuplicates: 0 };
    // Sections of other writers seen in any round, so a racing writer's stale overwrite is healed.
    let seen = [];
    try {
        const self = await tokenIdentity(octokit);
        for (let round = 0; round < maxRounds; round++) {
            const comments = await listSticky(octokit, repo, prNumber, self);
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStickyBody */ .PI)(c.body ?? ''));
            if (round === 0 && options.updateOnly && !hasSection(parsed, jobKey))
                return result;
            seen = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, ...parsed);
            const desired = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStickyBody */ .Sj)((0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeSections */ .X0)(seen, [ours]), options.limit !== undefined ? { limit: options.limit } : {});
            let wrote = false;
            const keep = comments[0];
            if (!keep) {
                const { data } = await octokit.rest.issues.createComment({
                    ...repo,
                    issue_number: prNumber,
                    body: desired,
                });
                Object.assign(result, { status: 'created', commentId: data.id, url: data.html_url });
                logger.info(`ci-recovery: created the PR comment ${data.html_url}`);
                wrote = true;
            }
            else {
                result.commentId = keep.id;
                result.url = keep.html_url;
                if (keep.body !== desired) {
                    // A comment that vanished under us (deleted by a person) is simply looked for again next round.
                    if ((await updateComment(octokit, repo, keep.id, desired)) && result.status !== 'created')
                        result.status = 'updated';
                    wrote = true;
                }
                for (const duplicate of comments.slice(1)) {
                    await deleteComment(octokit, repo, duplicate.id);
                    result.removedDuplicates++;
                    wrote = true;
                }
            }
            if (!wrote || round === maxRounds - 1)
                break;
            // Let a racing writer land, then read again to verify (and heal) the result.
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(settleMs * (1 + Math.random()));
        }
        if (result.status === 'updated')
            logger.info(`ci-recovery: updated the PR comment ${result.url ?? ''}`);
        if (result.removedDuplicates > 0)
            logger.info(`ci-recovery: removed ${result.removedDuplicates} duplicate PR comment(s)`);
        return result;
    }
    catch (error) {
        return failure(error, logger, result);
    }
}
function hasSection(parsed, jobKey) {
    const id = (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(jobKey);
    return parsed.some((sections) => sections.some((s) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeJobKey */ .f$)(s.key) === id));
}
const identities = new WeakMap();
/**
 * Who the token writes as. `GET /user` answers for a person's token; an installation token (GITHUB_TOKEN,
 * a GitHub App's) gets 403 there, and GraphQL's `viewer` names the app's bot; when neither answers, the
 * token is taken for GITHUB_TOKEN, whose comments are `github-actions[bot]`'s. Asked once per client.
 */
function tokenIdentity(octokit) {
    let identity = identities.get(octokit);
    if (!identity) {
        identity = askIdentity(octokit);
        identities.set(octokit, identity);
    }
    return identity;
}
async function askIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (data.login)
            return { login: data.login, type: data.type };
    }
    catch {
        // an installation token: ask GraphQL
    }
    try {
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer.viewer?.login;
        // GET /user refused it: an installation token, whose identity is a bot (GraphQL may omit "[bot]").
        if (login)
            return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, type: 'Bot' };
    }
    catch {
        // not answered: GITHUB_TOKEN
    }
    return _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIONS_BOT */ .aX;
}
/** Our sticky comments on the PR (the marker, by our identity), oldest first; others' are never touched. */
async function listSticky(octokit, repo, prNumber, self) {
    const all = (await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: prNumber,
        per_page: 100,
    }));
    return all
        .filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isOwnStickyComment */ .PX)(c, self))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
/** false when the comment no longer exists (deleted by a racing writer or a person). */
async function updateComment(octokit, repo, id, body) {
    try {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        return true;
    }
    catch (error) {
        if ((0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 404)
            return false;
        throw error;
    }
}
async function deleteComment(octokit, repo, id) {
    try {
        await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    }
    catch (error) {
        if ((0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) !== 404)
            throw error; // already deleted by a racing writer
    }
}
/** Is this the answer GitHub gives a token that may not write here (fork PR, read-only permissions)? */
function isNoWritePermission(error) {
    return (0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) === 403 && !/rate limit/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
}
function failure(error, logger, partial) {
    const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
    if (isNoWritePermission(error)) {
        const reason = 'this token may not comment on the pull request (a fork PR, or `pull-requests: write` not granted): ' +
            'the summary has the report, and the supervisor workflow will post the comment';
        logger.notice(`ci-recovery: ${reason}.`);
        return { ...partial, status: 'degraded', reason };
    }
    logger.warning(`ci-recovery: could not update the PR comment (${(0,_github_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(error) ?? 'no status'}): ${message}`);
    return { ...partial, status: 'failed', reason: message };
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
/** Parse `ci-recovery-plan-<job>-a<attempt>` back; undefined for any other artifact. */
function parsePlanArtifactName(name) {
    const m = /^ci-recovery-plan-(.+)-a(\d+)$/.exec(name);
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


/***/ }),

/***/ 32721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony exports DETERMINISTIC_TYPES, ruleMatches, ruleId */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26104);
/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */

/** Types that never retry blindly: the change itself is the likely cause. */
const DETERMINISTIC_TYPES = [
    'test',
    'build',
    'quality-gate',
    'config',
    'dependency',
];
const BRANCH_WORDS = {
    default: 'the default branch',
    pr: 'a pull request',
    other: 'a non-default branch',
};
function asList(value) {
    return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
/** Does a config rule's `when` match? Missing conditions match anything. */
function ruleMatches(rule, input) {
    const { when } = rule;
    const types = asList(when.type);
    const lanes = asList(when.lane);
    const branches = asList(when.branch);
    return ((!types || types.includes(input.type)) &&
        (!lanes || lanes.includes(input.lane)) &&
        (!branches || branches.includes(input.branchKind)) &&
        (when.attemptBelow === undefined || input.attempt < when.attemptBelow));
}
function ruleId(rule, index) {
    return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}
function defaultVerdict(input, budget) {
    const { type } = input;
    if (type === 'cancelled') {
        return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
    }
    if (type === 'unknown') {
        return {
            strategy: 'manual',
            rule: 'unknown-manual',
            reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
        };
    }
    return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}
/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input) {
    const { type, retryable, attempt } = input;
    if (retryable !== true || !DETERMINISTIC_TYPES.includes(type))
        return undefined;
    return {
        strategy: 'retry',
        rule: 'classified-retryable-retry-once',
        reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
        attemptCap: attempt + 1,
    };
}
/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input, budget) {
    const { type, lane } = input;
    if (type === 'git' && input.retryable === false) {
        return {
            strategy: 'manual',
            rule: 'git-not-transient',
            reason: 'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
        };
    }
    if (type === 'network' || type === 'infrastructure' || type === 'git') {
        if (input.confidence === 'low') {
            return {
                strategy: 'retry',
                rule: 'transient-unsure-retry-once',
                reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
                attemptCap: 2,
            };
        }
        return {
            strategy: 'retry',
            rule: 'transient-retry',
            reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
        };
    }
    if (type === 'resource') {
        return {
            strategy: 'retry',
            rule: 'resource-retry-once',
            reason: 'memory or disk ran out: retry once, in case the machine was the cause',
            attemptCap: 2,
            noWait: true,
        };
    }
    if (type === 'timeout') {
        return lane === 'HEAVY'
            ? {
                strategy: 'resume',
                rule: 'timeout-heavy-resume',
                reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
                noWait: true,
            }
            : {
                strategy: 'retry',
                rule: 'timeout-retry-once',
                reason: `a time limit was hit in a ${lane} job: retry once`,
                attemptCap: 2,
                noWait: true,
            };
    }
    return undefined;
}
/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input) {
    const { type, branchKind, attempt } = input;
    if (input.flaky) {
        return {
            strategy: 'retry',
            rule: 'flaky-retry-once',
            reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (branchKind === 'pr') {
        return {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
        };
    }
    if (branchKind === 'other') {
        return {
            strategy: 'manual',
            rule: 'deterministic-manual',
            reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
        };
    }
    return defaultBranchVerdict(input);
}
/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input) {
    const { type, attempt } = input;
    const unsure = input.confidence === 'low';
    const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
    if (!confirmed) {
        return {
            strategy: 'retry',
            rule: 'deterministic-default-confirm',
            reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
            attemptCap: attempt + 1,
            noWait: true,
        };
    }
    if (input.parentGreen === true) {
        return {
            strategy: 'rollback',
            rule: 'deterministic-default-rollback',
            reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
        };
    }
    return {
        strategy: 'manual',
        rule: 'deterministic-default-manual',
        reason: input.parentGreen === false
            ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
            : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
    };
}
function decide(input, config = _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV) {
    const laneBudget = config.budgets[input.lane];
    let verdict;
    let budget = laneBudget;
    for (const [index, rule] of config.policy.entries()) {
        if (!ruleMatches(rule, input))
            continue;
        budget = {
            ...laneBudget,
            ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
            ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
            ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
        };
        verdict = {
            strategy: rule.strategy,
            rule: ruleId(rule, index),
            reason: rule.reason ??
                `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
        };
        break;
    }
    verdict ??= defaultVerdict(input, laneBudget);
    const maxAttempts = Math.max(1, Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER));
    const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
    const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
    const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
    const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
    if (again && spent >= maxAttempts) {
        return {
            ...base,
            strategy: 'manual',
            rule: 'budget-exhausted',
            reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
            retryInStep: false,
        };
    }
    const { strategy, rule, reason } = verdict;
    return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}
/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict, budget, lane) {
    return !verdict.noWait || budget.backoffSeconds !== _config_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_BUDGETS */ .Dm[lane].backoffSeconds;
}
/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
function backoffMs(decision, next) {
    if (decision.backoffSeconds <= 0)
        return 0;
    return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}
function describe(input) {
    return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}


/***/ })

};
