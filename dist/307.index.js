export const id = 307;
export const ids = [307,65,691,86,889];
export const modules = {

/***/ 7307:
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(37406);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(93482);
;// CONCATENATED MODULE: ./src/core/revert.ts
/**
 * When may the supervisor revert a commit that broke the default branch? Pure: every fact comes in, a
 * verdict with its reason goes out. Anchors: PyTorch autorevert (confirm on a re-run first, kill-switch label
 * checked against the applier's permission), Chromium Findit (daily cap, opt-out marker), ClickHouse
 * (never revert a revert, one culprit only).
 */


const WRITERS = new Set(['admin', 'maintain', 'write']);
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
    if (facts.alreadyReverted)
        return no('already-reverted', `ci-recovery already reverted ${short}`);
    if (isRevertCommit(facts.commit.message)) {
        return no('revert-of-revert', `${short} is itself a revert; reverting a revert needs a person`);
    }
    if (config.optOutMarker && facts.commit.message.includes(config.optOutMarker)) {
        return no('opt-out', `the commit message of ${short} carries the opt-out marker ${config.optOutMarker}`);
    }
    const kill = (facts.labels ?? []).find((l) => l.label === config.killSwitchLabel && WRITERS.has(l.permission));
    if (kill) {
        return no('kill-switch', `label '${kill.label}' was applied by @${kill.actor} (${kill.permission} access)`);
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

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(87523);
;// CONCATENATED MODULE: ./src/core/supervise.ts
/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */


/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
const GITHUB_MAX_RUN_ATTEMPTS = 50;
/**
 * The line the runner writes to a job's annotations and log when the job runs past its `timeout-minutes`
 * ("The job running on runner X has exceeded the maximum execution time of N minutes."); the job then
 * ends `cancelled`, like a person's cancel (actions/runner `StepsRunner.cs`; PLATFORM.md section 6).
 */
const JOB_TIMEOUT = /The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\./;
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
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** Failed, or cancelled by its own timeout-minutes (a person's cancel is left alone). */
function needsRecovery(job) {
    return FAILED.has(job.conclusion ?? '') || (job.conclusion === 'cancelled' && job.jobTimeout !== undefined);
}
function supervise(input) {
    const { run } = input;
    const kind = branchKindOf(run);
    const revertConfig = input.revert ?? config_defaults/* DEFAULT_REVERT_CONFIG */.QX;
    const plan = { runId: run.id, runAttempt: run.attempt, branchKind: kind, jobs: [] };
    const failed = input.jobs.filter(needsRecovery);
    // A newer attempt exists: its own completion calls the supervisor again. Acting now would act twice.
    if (run.latestAttempt > run.attempt) {
        plan.jobs = input.jobs.map((j) => ({
            jobId: j.id,
            job: j.name,
            action: 'nothing',
            attempt: j.runAttempt,
            reason: `the run was already re-run (attempt ${run.latestAttempt} exists); that attempt's supervisor decides`,
        }));
        return plan;
    }
    let revertVerdict;
    for (const job of input.jobs) {
        if (!needsRecovery(job)) {
            plan.jobs.push({
                jobId: job.id,
                job: job.name,
                action: 'nothing',
                attempt: job.runAttempt,
                reason: job.conclusion === 'cancelled'
                    ? 'job cancelled by a person (no job-timeout line in its annotations or log)'
                    : `job ${job.conclusion ?? 'not completed'}`,
            });
            continue;
        }
        const found = input.findings[job.name];
        const classification = found?.classification ?? {
            type: 'unknown',
            confidence: 'low',
            retryable: false,
            rule: 'no-findings',
        };
        const lane = found?.lane ?? 'STANDARD';
        const prev = input.previous?.[job.name];
        const confirmed = job.runAttempt > 1 &&
            prev !== undefined &&
            FAILED.has(prev.conclusion ?? '') &&
            (prev.type === undefined || prev.type === classification.type);
        const policyInput = {
            type: classification.type,
            confidence: classification.confidence,
            retryable: classification.retryable,
            lane,
            branchKind: kind,
            attempt: job.runAttempt,
            ...(found?.flaky !== undefined ? { flaky: found.flaky } : {}),
            confirmedOnRerun: confirmed,
            ...(input.parentGreen !== undefined ? { parentGreen: input.parentGreen } : {}),
        };
        const decision = input.decide(policyInput);
        const base = {
            jobId: job.id,
            job: job.name,
            attempt: job.runAttempt,
            classification,
            ...(found ? { source: found.source } : {}),
            lane,
            strategy: decision.strategy,
            rule: decision.rule,
            maxAttempts: decision.maxAttempts,
            backoffSeconds: decision.backoffSeconds,
        };
        const what = `${classification.type} (${lane}, attempt ${job.runAttempt})`;
        // A deterministic failure on the default branch leads to a revert when the policy would roll back once
        // the failure is confirmed; the confirming re-run is spent only if every other revert check passes.
        const rollback = decision.strategy === 'rollback' ||
            (kind === 'default' &&
                !confirmed &&
                input.decide({ ...policyInput, confirmedOnRerun: true, parentGreen: true }).strategy === 'rollback');
        if (rollback) {
            revertVerdict ??= input.commit
                ? revertEligibility({
                    branchKind: kind,
                    commit: input.commit,
                    confirmedOnRerun: confirmed,
                    parentGreen: input.parentGreen,
                    culpritRange: input.culpritRange,
                    revertsToday: input.revertsToday ?? 0,
                    ...(input.labels ? { labels: input.labels } : {}),
                    alreadyReverted: input.alreadyReverted === true,
                }, revertConfig)
                : {
                    revert: false,
                    refusal: 'facts-unknown',
                    reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
                };
            if (revertVerdict.revert) {
                plan.jobs.push({ ...base, action: 'revert', reason: `${what}: ${revertVerdict.reason}` });
            }
            else if (revertVerdict.refusal === 'not-confirmed') {
                plan.jobs.push({
                    ...base,
                    action: 'confirm-rerun',
                    reason: `${what}: re-run once to confirm before reverting`,
                });
            }
            else if (revertVerdict.refusal === 'already-reverted') {
                plan.jobs.push({ ...base, action: 'nothing', reason: `${what}: ${revertVerdict.reason}` });
            }
            else {
                plan.jobs.push({ ...base, action: 'manual', reason: `${what}: no revert: ${revertVerdict.reason}` });
            }
            continue;
        }
        switch (decision.strategy) {
            case 'retry':
            case 'resume':
                if (job.runAttempt >= decision.maxAttempts) {
                    plan.jobs.push({
                        ...base,
                        action: 'manual',
                        reason: `${what}: the lane's budget of ${decision.maxAttempts} attempt(s) is spent`,
                    });
                }
                else {
                    const how = decision.strategy === 'resume'
                        ? 're-run; the new attempt resumes from its checkpoints'
                        : 're-run';
                    plan.jobs.push({ ...base, action: 'rerun', reason: `${what}: ${how} (${decision.reason})` });
                }
                break;
            case 'skip':
                plan.jobs.push({ ...base, action: 'nothing', reason: `${what}: ${decision.reason}` });
                break;
            default:
                plan.jobs.push({ ...base, action: 'manual', reason: `${what}: ${decision.reason}` });
        }
    }
    const toRerun = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
    if (toRerun.length > 0) {
        if (run.latestAttempt >= GITHUB_MAX_RUN_ATTEMPTS) {
            for (const j of toRerun) {
                j.action = 'manual';
                j.reason += `; but GitHub's limit of ${GITHUB_MAX_RUN_ATTEMPTS} attempts per run is reached`;
            }
        }
        else {
            // GitHub starts one re-run per attempt: one job alone, or every failed job together.
            const single = toRerun.length === 1 && failed.length > 1;
            const extra = failed.length - toRerun.length;
            plan.rerun = {
                mode: single ? 'job' : 'failed-jobs',
                jobIds: toRerun.map((j) => j.jobId),
                backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
                reason: toRerun.map((j) => j.job).join(', ') +
                    (!single && extra > 0
                        ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
                        : ''),
            };
        }
    }
    const reverting = plan.jobs.find((j) => j.action === 'revert');
    if (reverting && input.commit) {
        // One culprit per run: the other jobs that would revert point at the same commit.
        plan.revert = {
            sha: input.commit.sha,
            branch: revertBranch(input.commit.sha),
            ...(input.commit.parents.length > 1 ? { mainline: 1 } : {}),
            job: reverting.job,
            failureType: reverting.classification?.type ?? 'unknown',
            reason: reverting.reason,
        };
    }
    return plan;
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
    return { classification: step.classification, source: 'plan', ...(plan.lane ? { lane: plan.lane } : {}) };
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
    if (plan.rerun && outcome.rerun)
        lines.push('', `Re-run ${outcome.rerun}: ${(0,markdown/* escapeText */.X1)(plan.rerun.reason, 300)}.`);
    if (outcome.revertPr)
        lines.push('', `Revert: ${(0,markdown/* link */.nf)(`draft PR #${outcome.revertPr.number}`, outcome.revertPr.url)} (${(0,markdown/* codeSpan */.SS)(plan.revert?.branch ?? '')}).`);
    if (outcome.revertPushed)
        lines.push('', `Revert pushed to the default branch as ${(0,markdown/* codeSpan */.SS)(outcome.revertPushed.slice(0, 12))}.`);
    if (outcome.runUrl)
        lines.push('', (0,markdown/* link */.nf)('supervised run', outcome.runUrl));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/adapters/config-file.ts
var config_file = __webpack_require__(52317);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(13247);
// EXTERNAL MODULE: ./src/adapters/inputs.ts
var inputs = __webpack_require__(54653);
// EXTERNAL MODULE: ./src/adapters/ledger-store.ts
var ledger_store = __webpack_require__(42065);
// EXTERNAL MODULE: ./src/adapters/logger.ts
var adapters_logger = __webpack_require__(37200);
// EXTERNAL MODULE: ./src/adapters/plan-artifact.ts
var plan_artifact = __webpack_require__(74086);
// EXTERNAL MODULE: ./src/adapters/runner.ts
var runner = __webpack_require__(93038);
// EXTERNAL MODULE: ../main/node_modules/@actions/artifact/lib/artifact.js + 27 modules
var artifact = __webpack_require__(82331);
// EXTERNAL MODULE: ./src/core/classify/index.ts + 7 modules
var classify = __webpack_require__(4010);
// EXTERNAL MODULE: ./src/core/ledger.ts
var core_ledger = __webpack_require__(56752);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(83579);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var comment = __webpack_require__(95681);
// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(43439);
;// CONCATENATED MODULE: ./src/core/rollback-record.ts
/**
 * The rollback record: what was reverted, why, on what evidence, and what to do next. Written as YAML into
 * the revert PR body and uploaded as an artifact, in both revert modes. Pure.
 */

const ROLLBACK_RECORD_VERSION = 1;
const ROLLBACK_RECORD_BEGIN = '<!-- ci-recovery:rollback-record -->';
function renderRollbackRecord(record) {
    return (0,dist/* stringify */.As)(record, { lineWidth: 0 });
}
/** Reads a record back (from an artifact or a PR body); throws naming the field that is wrong. */
function parseRollbackRecord(text) {
    const fenced = /```yaml\n([\s\S]*?)\n```/.exec(text.includes(ROLLBACK_RECORD_BEGIN) ? (text.split(ROLLBACK_RECORD_BEGIN)[1] ?? '') : text);
    const data = parse(fenced?.[1] ?? text);
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
    const title = `Revert "${record.from.subject}" (ci-recovery)`;
    const evidence = record.evidence
        .map((e) => `> line ${e.line}: \`${e.text.replaceAll('`', "'")}\``)
        .join('\n');
    const body = [
        `ci-recovery reverts ${short}${record.from.pullRequest ? ` (#${record.from.pullRequest})` : ''}: ${record.reason}.`,
        '',
        `The \`${record.failureType}\` failure in job **${record.trigger.job}** of ${record.trigger.workflow} ` +
            `(run ${record.trigger.runId}, attempt ${record.trigger.runAttempt}) reproduced on a confirming re-run, ` +
            'and the parent commit was green.' +
            (record.trigger.url ? ` [Run](${record.trigger.url})` : ''),
        '',
        evidence,
        '',
        'To re-land the change: ' + record.revisionTargets.join('; ') + '.',
        '',
        ROLLBACK_RECORD_BEGIN,
        '```yaml',
        renderRollbackRecord(record).trimEnd(),
        '```',
    ].join('\n');
    return { title, body };
}

// EXTERNAL MODULE: ../main/node_modules/@simple-git/argv-parser/dist/index.mjs
var argv_parser_dist = __webpack_require__(81127);
// EXTERNAL MODULE: ../main/node_modules/simple-git/dist/index.mjs
var simple_git_dist = __webpack_require__(50676);
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
 * The child's environment, built explicitly: simple-git refuses editors, pagers and GIT_* variables it was
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
    return (0,simple_git_dist/* simpleGit */.Lp)({
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
/** Why a revert that changes workflow files goes to a person, with the two ways out. */
function workflowsPermissionReason(sha, files) {
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
    return (`reverting ${sha.slice(0, 12)} changes workflow file(s) ${shown}, and GitHub refuses pushes under ` +
        ".github/workflows/ from a token without the 'workflows' permission (GITHUB_TOKEN never has it). " +
        "Either give the supervisor a token with that permission (the reusable workflow's 'token' secret: a GitHub " +
        "App with 'Workflows: write' or a fine-grained token with 'Workflows: read and write'; set " +
        "'token-can-push-workflows: true' when calling supervise/ directly), or have a person revert it");
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

// EXTERNAL MODULE: ./src/adapters/log-file.ts
var log_file = __webpack_require__(11487);
// EXTERNAL MODULE: ./src/adapters/sticky-comment.ts
var sticky_comment = __webpack_require__(62691);
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
var jobs_api = __webpack_require__(14509);
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
/** The PR of a run: from the run itself, else (fork PRs) by head sha, else by head owner:branch. */
async function findPullRequest(octokit, repo, details) {
    if (details.pullRequests[0] !== undefined)
        return details.pullRequests[0];
    const { headSha, headBranch } = details.run;
    const bySha = await call(`finding the pull request of ${headSha.slice(0, 12)}`, 'pull-requests:read', () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha })).catch(() => ({ data: [] }));
    const open = bySha.data.find((p) => p.state === 'open' && p.head.sha === headSha);
    if (open)
        return open.number;
    if (!details.headRepository || !headBranch)
        return undefined;
    const headOwner = details.headRepository.split('/')[0];
    const { data } = await call('listing pull requests', 'pull-requests:read', () => octokit.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 10 }));
    return data.find((p) => p.head.sha === headSha)?.number;
}
/** Completed runs of one workflow, newest first (filtered by head sha or branch). */
async function workflowRuns(octokit, repo, workflowId, filter) {
    const { data } = await call('listing workflow runs', 'actions:read', () => octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, ...filter, per_page: 100 }));
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
        const permission = await octokit.rest.repos
            .getCollaboratorPermissionLevel({ ...repo, username: actor })
            .then((r) => r.data.permission)
            .catch(() => 'none');
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
/** Opens the draft revert PR (or returns the existing one) and labels it. */
async function openRevertPullRequest(octokit, repo, opts) {
    const existing = await findRevertPullRequest(octokit, repo, opts.branch);
    if (existing)
        return { ...existing, created: false };
    const { data } = await call('opening the revert pull request', 'pull-requests:write', () => octokit.rest.pulls.create({
        ...repo,
        head: opts.branch,
        base: opts.base,
        title: opts.title,
        body: opts.body,
        draft: true,
        maintainer_can_modify: true,
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

;// CONCATENATED MODULE: ./src/adapters/supervise-run.ts
/**
 * The work of the `supervise/` sub-action: runs in a separate run after the watched run completed (workflow_run).
 * Reads the run, its jobs, their recovery plans, logs and annotations; classifies each failed job; decides
 * (src/core/supervise.ts); then re-runs, or reverts the culprit, and reports in the sticky PR comment, the
 * job summary and the `decisions` output. It clones only the default branch and never runs PR code.
 */
















const errorLevel = new Set(['failure', 'error']);
/** Everything the supervisor does for one completed run. Throws UserErrors naming the fix. */
async function superviseRun(settings, deps) {
    const { octokit, repo, logger, config } = deps;
    const now = deps.now ?? (() => new Date());
    const problems = [];
    const revertConfig = {
        ...config.revert,
        ...(settings.revertMode ? { mode: settings.revertMode } : {}),
    };
    const details = await readRun(octokit, repo, settings.runId, settings.runAttempt);
    const { run } = details;
    const kind = branchKindOf(run);
    // A newer attempt exists: its own completion brings the supervisor back; nothing is read or done now.
    const stale = run.latestAttempt > run.attempt;
    logger.info(`ci-recovery supervisor: run ${run.id} attempt ${run.attempt} of '${run.workflow}' (${run.event} on ${run.headBranch}, ${kind}); latest attempt ${run.latestAttempt}`);
    const ledger = deps.loadLedger && !stale ? await deps.loadLedger(run.headBranch) : undefined;
    const jobs = await readJobs(octokit, repo, run.id, run.attempt);
    // A job past its timeout-minutes ends cancelled, like a person's cancel: the runner's line tells them apart.
    for (const job of stale ? [] : jobs.filter((j) => j.conclusion === 'cancelled')) {
        const logFile = external_node_path_default().join(deps.tempDir, `job-${job.id}-timeout.log`);
        const evidence = await jobTimeoutEvidence(octokit, repo, job.id, logFile).catch((error) => {
            problems.push(`whether job '${job.name}' hit its timeout-minutes could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        });
        if (evidence) {
            job.jobTimeout = evidence;
            logger.info(`ci-recovery supervisor: job '${job.name}' was cancelled by its timeout-minutes: ${evidence.text}`);
        }
    }
    const failed = jobs.filter(needsRecovery);
    const plans = failed.length > 0 && !stale ? await (deps.plans ?? (() => Promise.resolve([])))() : [];
    const findings = {};
    if (!stale) {
        for (const job of failed)
            findings[job.name] = await jobFindings(job, plans, deps, problems);
        if (ledger) {
            for (const job of failed) {
                const f = findings[job.name];
                if (!f)
                    continue;
                const signature = (0,core_ledger/* failureSignature */.vH)(f.classification.type, f.classification.evidence?.text);
                if ((0,core_ledger/* isFlaky */.s8)(ledger, signature, run.headSha, job.name))
                    f.flaky = true;
            }
        }
    }
    // The previous attempt of the same jobs: a confirming re-run counts only if it failed the same way.
    const previous = {};
    const candidates = failed.filter((j) => policy/* DETERMINISTIC_TYPES */.BR.includes(findings[j.name]?.classification.type ?? 'unknown'));
    if (!stale && kind === 'default' && run.attempt > 1 && candidates.length > 0) {
        const before = await readJobs(octokit, repo, run.id, run.attempt - 1);
        for (const job of before) {
            if (!candidates.some((c) => c.name === job.name))
                continue;
            const f = job.conclusion === 'failure' ? await jobFindings(job, plans, deps, problems) : undefined;
            previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
        }
    }
    // Revert facts, only when a revert is on the table: the clone holds the default branch only.
    let clone;
    let facts = {};
    let culpritPr;
    let factsProblem;
    const branch = revertBranch(run.headSha);
    if (!stale && kind === 'default' && candidates.length > 0) {
        try {
            clone = await cloneDefaultBranch({
                url: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}`,
                dir: await (0,promises_.mkdtemp)(external_node_path_default().join(deps.tempDir, 'revert-')),
                branch: run.defaultBranch,
                token: settings.token,
            });
            const commit = await commitInfo(clone, run.headSha);
            const parentGreen = commit.parents[0]
                ? await commitWasGreen(octokit, repo, details.workflowId, commit.parents[0])
                : undefined;
            let range;
            if (parentGreen !== true) {
                const green = await lastGreenSha(octokit, repo, details.workflowId, run.defaultBranch, run.headSha);
                range = green ? await culpritRange(clone, green, run.headSha) : undefined;
            }
            // A kill switch that cannot be checked stops the revert like one that is set.
            const labels = await labelApplications(octokit, repo, run.headSha, revertConfig.killSwitchLabel).catch((error) => {
                throw new errors/* UserError */.yo(`the kill-switch label '${revertConfig.killSwitchLabel}' could not be checked: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
            culpritPr = labels.pr;
            const existing = await findRevertPullRequest(octokit, repo, branch);
            const today = Math.max(ledger ? (0,core_ledger/* revertsToday */.hY)(ledger, now()) : 0, await revertPullRequestsToday(octokit, repo, now()));
            facts = {
                commit: { sha: commit.sha, message: commit.message, parents: commit.parents },
                ...(parentGreen !== undefined ? { parentGreen } : {}),
                ...(range !== undefined ? { culpritRange: range } : {}),
                labels: labels.labels,
                revertsToday: today,
                alreadyReverted: existing !== undefined || (ledger ? (0,core_ledger/* wasReverted */.$x)(ledger, run.headSha) : false),
            };
        }
        catch (error) {
            // No facts, no revert: the decision escalates to a person with this reason.
            factsProblem = (0,errors/* errorMessage */.gJ)(error);
            problems.push(`revert facts not known: ${factsProblem}`);
        }
    }
    const plan = supervise({
        run,
        jobs,
        findings,
        previous,
        decide: (i) => (0,policy/* decide */.LD)(i, config),
        revert: revertConfig,
        ...facts,
        ...(factsProblem ? { factsProblem } : {}),
    });
    const outcome = { plan, details, problems, failures: [] };
    if (settings.dryRun) {
        logger.info('ci-recovery supervisor: dry run: nothing re-run, reverted or commented.');
    }
    else {
        if (plan.rerun) {
            const wait = (0,policy/* backoffMs */.jo)({ backoffSeconds: plan.rerun.backoffSeconds }, run.attempt + 1);
            logger.info(`ci-recovery supervisor: re-running ${plan.rerun.mode === 'job' ? `job ${plan.rerun.jobIds[0]}` : 'the failed jobs'} of run ${run.id} after ${wait} ms`);
            outcome.rerun = await requestRerun(octokit, repo, run.id, plan.rerun, {
                backoffMs: wait,
                sleep: deps.sleep ?? realSleep,
            });
        }
        if (plan.revert && clone) {
            outcome.revert = await doRevert(plan, details, clone, settings, deps, revertConfig, culpritPr, now(), outcome);
            if (outcome.revert && ledger) {
                outcome.ledger = (0,core_ledger/* recordRevert */.O5)(ledger, {
                    at: now().toISOString(),
                    sha: plan.revert.sha,
                    ...(outcome.revert.pr ? { pr: outcome.revert.pr.number } : {}),
                    ...(outcome.revert.pushed ? { revertSha: outcome.revert.pushed } : {}),
                });
            }
        }
        // A repeat run that finds everything done writes nothing, not even an updated comment.
        const acted = plan.jobs.some((j) => j.action !== 'nothing');
        if (settings.comment && !stale && acted)
            await supervise_run_comment(outcome, plans, culpritPr, deps);
    }
    if (clone)
        await (0,promises_.rm)(clone.dir, { recursive: true, force: true }).catch(() => undefined);
    return outcome;
}
/** Plan first (it saw exit codes and the step's own output), then the job log, then annotations. */
async function jobFindings(job, plans, deps, problems) {
    const plan = planForJob(plans, job);
    // The job's own plan saw a cancelled step; the runner's job-timeout line says why it was cancelled.
    if (job.jobTimeout)
        return {
            classification: jobTimeoutClassification(job.jobTimeout),
            source: 'annotation',
            ...(plan?.lane ? { lane: plan.lane } : {}),
        };
    const fromPlan = plan ? findingsFromPlan(plan) : undefined;
    if (fromPlan && fromPlan.classification.type !== 'unknown')
        return fromPlan;
    const lane = plan?.lane;
    const step = job.steps.find((s) => s.conclusion === 'failure');
    const extra = { ...(step ? { step: step.name } : {}), conclusion: 'failure' };
    let best = fromPlan;
    try {
        const file = await downloadJobLog(deps.octokit, deps.repo, job.id, external_node_path_default().join(deps.tempDir, `job-${job.id}.log`));
        if (file) {
            const c = await (0,log_file/* classifyLogFile */.V)(file, extra);
            best = { classification: c, source: 'log', ...(lane ? { lane } : {}) };
            await (0,promises_.rm)(file, { force: true });
        }
    }
    catch (error) {
        problems.push(`log of job '${job.name}' not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!best || best.classification.type === 'unknown') {
        // A runner that died leaves no log and no plan: its annotations are the only trace.
        try {
            const notes = (await readAnnotations(deps.octokit, deps.repo, job.id)).filter((a) => errorLevel.has(a.level));
            if (notes.length > 0) {
                const c = (0,classify.classify)({
                    ...extra,
                    log: notes.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
                });
                if (!best || c.type !== 'unknown')
                    best = { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
            }
        }
        catch (error) {
            problems.push(`annotations of job '${job.name}' not read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return best ?? { classification: (0,classify.classify)(extra), source: 'steps', ...(lane ? { lane } : {}) };
}
async function doRevert(plan, details, clone, settings, deps, revertConfig, culpritPr, now, outcome) {
    const req = plan.revert;
    if (!req)
        return undefined;
    const { octokit, repo, logger } = deps;
    const job = plan.jobs.find((j) => j.job === req.job);
    const escalate = (reason) => {
        for (const j of plan.jobs)
            if (j.action === 'revert')
                Object.assign(j, { action: 'manual', reason: `${j.reason}; but ${reason}` });
        plan.revert = undefined;
        logger.warning(`ci-recovery supervisor: no revert: ${reason}`);
        return undefined;
    };
    const info = await commitInfo(clone, req.sha);
    const reverted = await revertCommit(clone, req.sha);
    if (!reverted.ok)
        return escalate(reverted.reason);
    // GitHub refuses pushes that change workflow files from a token without the workflows permission.
    const workflows = await workflowFilesChanged(clone, reverted.parent, reverted.commit);
    if (workflows.length > 0 && !settings.tokenCanPushWorkflows)
        return escalate(workflowsPermissionReason(req.sha, workflows));
    const record = {
        version: 1,
        from: {
            commit: req.sha,
            subject: info.subject,
            author: info.author,
            ...(culpritPr !== undefined ? { pullRequest: culpritPr } : {}),
        },
        to: {
            commit: reverted.commit,
            branch: revertConfig.mode === 'push' ? clone.branch : req.branch,
            parent: reverted.parent,
            ...(reverted.mainline ? { mainline: reverted.mainline } : {}),
        },
        mode: revertConfig.mode,
        reason: req.reason,
        trigger: {
            workflow: details.run.workflow,
            runId: plan.runId,
            runAttempt: plan.runAttempt,
            job: req.job,
            ...(details.run.url ? { url: details.run.url } : {}),
        },
        failureType: req.failureType,
        evidence: job?.classification?.evidence ? [job.classification.evidence] : [],
        timestamp: now.toISOString(),
        artifactsPreserved: [`ci-recovery-rollback-${req.sha.slice(0, 12)}`],
        revisionTargets: [
            `fix the ${req.failureType} failure of job '${req.job}'`,
            culpritPr !== undefined
                ? `re-land #${culpritPr} with the fix in a new PR`
                : `re-land ${req.sha.slice(0, 12)} with the fix`,
        ],
    };
    let result;
    if (revertConfig.mode === 'push') {
        const pushed = await pushHead(clone, clone.branch, { culprit: req.sha });
        if (!pushed.ok) {
            if (pushed.protectedBranch)
                outcome.failures.push(pushed.reason);
            return escalate(pushed.reason);
        }
        result = { branch: clone.branch, record, pushed: reverted.commit };
    }
    else {
        // Our own namespace: a branch left by a run whose PR creation failed is replaced.
        const pushed = await pushHead(clone, req.branch, { force: true, culprit: req.sha });
        if (!pushed.ok) {
            if (/403|denied|not allowed|permission/i.test(pushed.reason)) {
                outcome.failures.push(`pushing ${req.branch}: ${pushed.reason}: grant the supervisor job 'permissions: contents: write'`);
            }
            return escalate(pushed.reason);
        }
        const { title, body } = revertPullRequest(record);
        let pr;
        try {
            pr = await openRevertPullRequest(octokit, repo, {
                branch: req.branch,
                base: clone.branch,
                title,
                body,
                labels: settings.revertLabels,
            });
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            outcome.failures.push(error.message);
            return escalate(`the revert PR could not be opened (the branch ${req.branch} is pushed): ${error.message}`);
        }
        result = { branch: req.branch, record, pr: { number: pr.number, url: pr.url, created: pr.created } };
        logger.notice(`ci-recovery supervisor: ${pr.created ? 'opened' : 'found'} the draft revert PR #${pr.number} for ${req.sha.slice(0, 12)}: ${pr.url}`);
    }
    await keepRecord(record, deps, outcome.problems);
    return result;
}
/** The rollback record as an artifact, best-effort: the PR body holds it too. */
async function keepRecord(record, deps, problems) {
    const name = `ci-recovery-rollback-${record.from.commit.slice(0, 12)}.yml`;
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(deps.tempDir, 'record-'));
    const file = external_node_path_default().join(dir, name);
    try {
        await (0,promises_.writeFile)(file, renderRollbackRecord(record));
        const upload = deps.uploadRecord ??
            (async (n, f) => {
                await new artifact.DefaultArtifactClient().uploadArtifact(n, [f], external_node_path_default().dirname(f), {
                    skipArchive: true,
                    retentionDays: 90,
                });
            });
        await upload(name, file);
    }
    catch (error) {
        problems.push(`rollback record not kept as an artifact: ${(0,errors/* errorMessage */.gJ)(error)}`);
        deps.logger.warning(`ci-recovery supervisor: the rollback record was not uploaded (${(0,errors/* errorMessage */.gJ)(error)}); the revert PR body holds it.`);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The sticky comment: the PR of a PR run (by head sha for forks), or the culprit's PR of a revert. */
async function supervise_run_comment(outcome, plans, culpritPr, deps) {
    const { plan, details } = outcome;
    const kind = plan.branchKind;
    // On the default branch the culprit's (merged) PR hears about the confirming re-run, the revert or why not.
    const pr = kind === 'pr'
        ? await findPullRequest(deps.octokit, deps.repo, details).catch(() => undefined)
        : kind === 'default'
            ? culpritPr
            : undefined;
    if (pr === undefined)
        return;
    outcome.pr = pr;
    const fork = details.headRepository !== undefined && details.headRepository !== `${deps.repo.owner}/${deps.repo.repo}`;
    // Fork PR jobs cannot comment (read-only token): their sections come from their plans, here.
    if (fork) {
        for (const p of (0,plan_artifact/* latestPlans */.Q)(plans)) {
            await (0,sticky_comment.upsertStickyComment)(deps.octokit, deps.repo, pr, p.jobKey, {
                body: (0,comment/* renderCommentSection */.f5)(jobReportFromPlan(p, details.run.url)),
                runId: p.runId,
                attempt: p.attempt,
            }, deps.logger, deps.sticky);
        }
    }
    const body = renderSupervisorSection(plan, {
        ...(outcome.rerun ? { rerun: outcome.rerun } : {}),
        ...(outcome.revert?.pr ? { revertPr: outcome.revert.pr } : {}),
        ...(outcome.revert?.pushed ? { revertPushed: outcome.revert.pushed } : {}),
        ...(details.run.url ? { runUrl: details.run.url } : {}),
    });
    const result = await (0,sticky_comment.upsertStickyComment)(deps.octokit, deps.repo, pr, SUPERVISOR_SECTION_KEY, { body, runId: plan.runId, attempt: plan.runAttempt }, deps.logger, deps.sticky);
    if (result.url)
        outcome.comment = result.url;
}
/** The supervisor's job summary: one row per job, then what was done. */
function renderSuperviseSummary(outcome) {
    const { plan, details } = outcome;
    const rows = plan.jobs.map((j) => `| ${j.job.replaceAll('|', '\\|')} | ${j.classification?.type ?? ''} | ${j.action} | ${j.reason.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`);
    const lines = [
        `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
        '',
        `Workflow **${details.run.workflow}** on \`${details.run.headBranch}\` (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
        '',
        '| job | failure | decision | reason |',
        '| --- | --- | --- | --- |',
        ...rows,
    ];
    if (outcome.rerun)
        lines.push('', `Re-run: ${outcome.rerun}.`);
    if (outcome.revert?.pr)
        lines.push('', `Revert: draft PR [#${outcome.revert.pr.number}](${outcome.revert.pr.url}) on \`${outcome.revert.branch}\`.`);
    if (outcome.revert?.pushed)
        lines.push('', `Revert pushed to \`${outcome.revert.branch}\`: ${outcome.revert.pushed}.`);
    if (outcome.revert)
        lines.push('', '<details><summary>Rollback record</summary>', '', '```yaml', revertPullRequest(outcome.revert.record)
            .body.split('```yaml\n')[1]
            ?.replace(/\n```$/, '') ?? '', '```', '</details>');
    if (outcome.failures.length > 0)
        lines.push('', '**Needs a change:**', ...outcome.failures.map((p) => `- ${p}`));
    if (outcome.problems.length > 0)
        lines.push('', '**Limits of this report:**', ...outcome.problems.map((p) => `- ${p}`));
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/actions/supervise.ts
/** The `supervise/` sub-action's entry: reads its inputs once, then supervises (src/adapters/supervise-run.ts). */













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
    const logger = adapters_logger/* runnerLogger */.hB;
    let tempDir;
    try {
        const settings = readSettings();
        const repo = (0,github/* repoFromEnv */.K)();
        const octokit = (0,github/* getOctokit */.QB)(settings.token);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const { config } = await (0,config_file/* loadConfig */.Z)(workspace, settings.configFile);
        await (0,promises_.mkdir)(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), { recursive: true });
        tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), 'ci-recovery-supervise-'));
        // The supervisor's own run keys its ledger entry; the watched branch names the ledger.
        const location = (branch) => ({
            branch,
            runId: process.env.GITHUB_RUN_ID ?? String(settings.runId),
            attempt: Number(process.env.GITHUB_RUN_ATTEMPT ?? '1'),
            job: 'supervisor',
        });
        const outcome = await superviseRun(settings, {
            octokit,
            repo,
            logger,
            config,
            tempDir,
            ...(config.ledger.enabled
                ? { loadLedger: async (branch) => (await (0,ledger_store.restoreLedger)(location(branch), logger)).ledger }
                : {}),
            plans: async () => (await (0,plan_artifact/* downloadPlans */.p)({ token: settings.token, runId: settings.runId, repo, logger })).plans,
        });
        if (outcome.ledger)
            await (0,ledger_store.saveLedger)(outcome.ledger, location(outcome.details.run.headBranch), logger);
        runner/* runner */.lj.setOutput('decisions', decisionsJson(outcome.plan));
        runner/* runner */.lj.setOutput('rerun', outcome.rerun ?? '');
        runner/* runner */.lj.setOutput('revert-pr', outcome.revert?.pr?.url ?? '');
        runner/* runner */.lj.setOutput('revert-branch', outcome.revert?.branch ?? '');
        runner/* runner */.lj.setOutput('pr-number', outcome.pr !== undefined ? String(outcome.pr) : '');
        try {
            runner/* runner */.lj.appendSummary(renderSuperviseSummary(outcome));
        }
        catch (error) {
            logger.warning(`ci-recovery supervisor: could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        if (outcome.failures.length > 0)
            runner/* runner */.lj.setFailed(`ci-recovery supervisor: ${outcome.failures.join('; ')}`);
    }
    catch (error) {
        runner/* runner */.lj.setFailed(`ci-recovery supervisor: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        if (tempDir)
            await (0,promises_.rm)(tempDir, { recursive: true, force: true }).catch(() => undefined);
    }
}


/***/ }),

/***/ 52317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig),
/* harmony export */   k: () => (/* binding */ effectiveConfig)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93482);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37406);




const CANDIDATES = [_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2, '.github/ci-recovery.yaml'];
/**
 * Reads `.github/ci-recovery.yml` (or `.yaml`) from the workspace. No file -> the defaults. A bad file
 * throws the UserError of parseConfig, with the path relative to the workspace. `file` (the root action's
 * `config` input) replaces the default locations.
 */
async function loadConfig(workspace, file) {
    for (const candidate of file ? [file] : CANDIDATES) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(candidate) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, candidate) : candidate;
        let text;
        try {
            text = await readBounded(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel), rel);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        // The parser (yaml + ajv) loads only when there is a file to parse.
        const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(439), __webpack_require__.e(703), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 49666));
        return { config: parseConfig(text, rel), file: rel };
    }
    return { config: _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONFIG */ .PV };
}
/** The file's text, refused (before reading it) when it is larger than any real config. */
async function readBounded(file, shownAs) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size > _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${shownAs}: the file is ${size} bytes, over the limit of ${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW} bytes (${_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CONFIG_BYTES */ .GW / 1024} KiB) for a config; keep only the sections you change (see schema/ci-recovery.schema.json)`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * The effective config for a sub-action: what main exported in CI_RECOVERY_CONFIG, else the file in the
 * workspace, so sub-actions don't re-parse (and re-validate) it when main ran.
 */
async function effectiveConfig(env = process.env) {
    const fromMain = env.CI_RECOVERY_CONFIG ? (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .configFromJson */ .Nw)(env.CI_RECOVERY_CONFIG) : undefined;
    if (fromMain)
        return fromMain;
    return (await loadConfig(env.GITHUB_WORKSPACE || process.cwd())).config;
}


/***/ }),

/***/ 54653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ legInputs),
/* harmony export */   h: () => (/* binding */ input)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93038);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37406);


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
    int(name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    },
    /** A positive number of minutes, fractions allowed (0.5 is 30 s); undefined when empty. */
    minutes(name) {
        const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runner */ .lj.getInput(name).trim();
        if (value === '')
            return undefined;
        const parsed = Number(value);
        if (!(Number.isFinite(parsed) && parsed > 0))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Input '${name}' must be a positive number of minutes (e.g. 30 or 0.5), got '${value}'.`);
        return parsed;
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
/**
 * The hidden inputs every ci-recovery action declares to tell matrix legs apart (defaults
 * `${{ strategy.job-index }}` and `${{ toJSON(matrix) }}`), read from `env` so the sub-actions' shared
 * job context can take them from the step's environment.
 */
function legInputs(env = process.env) {
    return { jobIndex: env['INPUT_JOB-INDEX'] ?? '', matrix: env.INPUT_MATRIX ?? '' };
}


/***/ }),

/***/ 42065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   restoreLedger: () => (/* binding */ restoreLedger),
/* harmony export */   saveLedger: () => (/* binding */ saveLedger)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17531);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37406);
/* harmony import */ var _core_ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56752);
/**
 * The ledger kept across runs with @actions/cache: a new key per run attempt (keys are immutable),
 * restored by the branch's key prefix (the newest entry wins). Save and restore never throw: the ledger is
 * memory for better decisions, never a reason to fail a job.
 */





const FILE = 'ledger.json';
function ledgerDir(location) {
    return (location.dir ??
        node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.cwd(), '.tmp'), 'ci-recovery', 'ledger'));
}
/** The branch's newest ledger, or an empty one (with a warning when something went wrong). */
async function restoreLedger(location, logger) {
    const dir = ledgerDir(location);
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
    const dir = ledgerDir(location);
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

/***/ 11487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ classifyLogFile)
/* harmony export */ });
/* unused harmony export scanLogFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4010);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37406);





// Large reads keep the per-chunk overhead low; small enough that the heap stays well under 128 MB.
const READ_CHUNK = 256 << 10;
/** Whether the file starts with the gzip magic bytes (the content decides, not the extension). */
async function isGzip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
/** Streams a plain or gzipped log through the rules; memory stays bounded whatever the size. */
async function scanLogFile(file, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    let gzip;
    try {
        gzip = await isGzip(file);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: no such file; pass the path of a log file`);
        if (code === 'EISDIR')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: is a directory; pass the path of a log file`);
        if (code === 'EACCES')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: permission denied; make the file readable`);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    if (!gzip && file.endsWith('.gz')) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r').then(async (h) => {
            try {
                return await h.stat();
            }
            finally {
                await h.close();
            }
        });
        if (size > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: not a gzip file (bad header); pass the uncompressed log or a valid .gz`);
    }
    const scanner = new _core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.LogScanner(ruleSet);
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: READ_CHUNK });
    const stream = gzip ? source.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: READ_CHUNK })) : source;
    if (gzip)
        source.on('error', (error) => stream.destroy(error));
    try {
        for await (const chunk of stream)
            scanner.push(chunk);
    }
    catch (error) {
        source.destroy();
        const code = error.code ?? '';
        if (gzip && code.startsWith('Z_')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: corrupt or truncated gzip data (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}); re-download the log`);
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: cannot read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    return scanner.end();
}
/** Classifies a log file (plain or .gz) together with any other signals the caller has. */
async function classifyLogFile(file, extra = {}, ruleSet = (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.defaultRuleSet)()) {
    const scan = await scanLogFile(file, ruleSet);
    return (0,_core_classify_index_js__WEBPACK_IMPORTED_MODULE_3__.classifyScan)(scan.lines > 0 ? scan : undefined, extra, ruleSet);
}


/***/ }),

/***/ 37200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ runnerPort),
/* harmony export */   hB: () => (/* binding */ runnerLogger)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93038);


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
};


/***/ }),

/***/ 74086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ latestPlans),
/* harmony export */   p: () => (/* binding */ downloadPlans),
/* harmony export */   uploadPlan: () => (/* binding */ uploadPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82331);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37406);
/* harmony import */ var _core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78889);
/**
 * The recovery plan as an artifact: uploaded best-effort by post (one raw JSON file, no zip), read by the
 * supervisor from the completed run through the REST path (`findBy`: token + run id, `actions: read`).
 */






/** A plan is a few KiB; anything much larger is not ours (or is hostile): skip it. */
const MAX_PLAN_BYTES = 1024 * 1024;
/** Upload the plan as `ci-recovery-plan-<job>-a<attempt>`. Never throws (warns and reports uploaded=false). */
async function uploadPlan(plan, logger, options = {}) {
    const name = (0,_core_plan_artifact_js__WEBPACK_IMPORTED_MODULE_4__/* .planArtifactName */ .nU)(plan.jobKey, plan.attempt);
    let dir;
    try {
        const base = options.tempDir ?? process.env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
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

/***/ 93038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   lj: () => (/* binding */ runner),
/* harmony export */   nl: () => (/* binding */ inertJson)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's protocol for a node action: inputs and state from env, file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_STEP_SUMMARY) and stdout workflow commands, byte for byte as
 * @actions/core writes them (a test holds the two to the same output).
 *
 * Why not @actions/core itself: it loads its OIDC client (http-client, undici) at import. An ncc bundle
 * holding only `core.saveState` took 126 ms to run against 49 ms for `node -e 0` (Node 24, 20 runs), ~75 ms
 * of start-up, nearly pre's whole 80 ms budget; and every `run/` attempt would pay it too. Libraries that
 * bring @actions/core along (artifact, cache, github) load it in their own lazy chunks.
 */



const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * Could the runner read a line of this text as a workflow command? It splits output at `\r` as well as
 * `\n`, trims each line and takes one that starts with `::`; the older `##[command]` form is found
 * anywhere in a line.
 */
const COMMAND_LIKE = /(^|[\r\n])[^\S\r\n]*::|##\[/;
/**
 * Text we print that may carry paths, file names or log lines (anything a pull request controls), made
 * inert for the runner: text that could hold a workflow command is wrapped in a `::stop-commands::` block
 * whose token nobody can guess, so it is shown exactly as it is and never acted on. Every plain print of
 * ours goes through this (annotations and groups escape their data instead).
 */
function inertText(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    const token = `ci-recovery-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    return `::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::${token}::`;
}
/**
 * JSON for stdout that the runner cannot act on and that parses to the same value: JSON escapes line
 * breaks inside strings, so only the `##[` form can occur, and `\u0023` spells its second `#`.
 */
function inertJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}
function issue(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotation(where) {
    return {
        title: where?.title,
        file: where?.file,
        line: where?.startLine,
        endLine: where?.endLine,
        col: where?.startColumn,
        endColumn: where?.endColumn,
    };
}
/** `NAME<<DELIM` heredoc into the file named by `fileEnv`; false when the runner gave no such file. */
function fileCommand(fileEnv, key, value) {
    const file = process.env[fileEnv];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    return true;
}
const runner = {
    /** The input's value, trimmed; '' when unset (defaults come from action.yml through the runner). */
    getInput(name) {
        return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    },
    getState(name) {
        return process.env[`STATE_${name}`] ?? '';
    },
    saveState(name, value) {
        if (!fileCommand('GITHUB_STATE', name, value))
            issue('save-state', { name }, value);
    },
    setOutput(name, value) {
        if (!fileCommand('GITHUB_OUTPUT', name, value)) {
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
            issue('set-output', { name }, value);
        }
    },
    exportVariable(name, value) {
        process.env[name] = value;
        if (!fileCommand('GITHUB_ENV', name, value))
            issue('set-env', { name }, value);
    },
    /** Appends markdown to the job summary (the runner caps a step's summary at 1 MiB). */
    appendSummary(markdown) {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('GITHUB_STEP_SUMMARY is not set: the job summary is only available in GitHub Actions.');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
    },
    /** Registers a secret: the runner masks it in every later log line. */
    setSecret(value) {
        issue('add-mask', {}, value);
    },
    info(message) {
        process.stdout.write(`${inertText(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    },
    debug(message) {
        issue('debug', {}, message);
    },
    notice(message, where) {
        issue('notice', annotation(where), message);
    },
    warning(message, where) {
        issue('warning', annotation(where), message);
    },
    error(message, where) {
        issue('error', annotation(where), message);
    },
    startGroup(name) {
        issue('group', {}, name);
    },
    endGroup() {
        issue('endgroup', {}, '');
    },
    /** Marks the step failed with an error annotation; the process then exits 1. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', {}, message);
    },
};


/***/ }),

/***/ 62691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export isNoWritePermission */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37406);
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95681);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13247);
/**
 * The sticky PR comment through the REST API: find ours by marker, merge this job's section into it, and
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
        for (let round = 0; round < maxRounds; round++) {
            const comments = await listSticky(octokit, repo, prNumber);
            const parsed = comments.map((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStickyBody */ .PI)(c.body ?? ''));
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
/** Our sticky comments on the PR, oldest first. */
async function listSticky(octokit, repo, prNumber) {
    const all = (await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: prNumber,
        per_page: 100,
    }));
    return all
        .filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_1__/* .isStickyComment */ .Zl)(c.body))
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

/***/ 93482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Nw: () => (/* binding */ configFromJson),
/* harmony export */   PT: () => (/* binding */ camelize),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   QX: () => (/* binding */ DEFAULT_REVERT_CONFIG),
/* harmony export */   R2: () => (/* binding */ mergeConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export DEFAULT_BUDGETS */
/* harmony import */ var _lanes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69570);
/**
 * The config's types and defaults, without the parser: loading this module costs nothing, so steps that
 * get the effective config from main (CI_RECOVERY_CONFIG) never load yaml and ajv. `src/core/config.ts`
 * re-exports all of it with `parseConfig`.
 */

const DEFAULT_REVERT_CONFIG = {
    mode: 'pr',
    dailyCap: 3,
    optOutMarker: 'NO-AUTO-REVERT',
    killSwitchLabel: 'ci-recovery:no-revert',
};
const CONFIG_FILE = '.github/ci-recovery.yml';
/** A real config is a few KiB; past this the file is refused before it is read or parsed. */
const MAX_CONFIG_BYTES = 256 * 1024;
const DEFAULT_BUDGETS = {
    DOCS: { maxAttempts: 2, backoffSeconds: 5, timeoutMinutes: 15, checkpoint: false },
    STANDARD: { maxAttempts: 3, backoffSeconds: 10, timeoutMinutes: 60, checkpoint: false },
    HEAVY: { maxAttempts: 4, backoffSeconds: 30, timeoutMinutes: 180, checkpoint: true },
};
const DEFAULT_CONFIG = {
    lanes: _lanes_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_LANE_RULES */ .D$,
    policy: [],
    budgets: DEFAULT_BUDGETS,
    checkpoint: { paths: [], retentionDays: 7, store: 'artifact' },
    revert: DEFAULT_REVERT_CONFIG,
    ledger: { enabled: true },
};
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** kebab-case keys -> camelCase, recursively (the schema has no free-form maps, so every key is ours). */
function camelize(value) {
    if (Array.isArray(value))
        return value.map(camelize);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [
        k.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        camelize(v),
    ]));
}
/** Fills what a (validated, camelCase) partial config leaves out with the defaults. */
function mergeConfig(partial) {
    const p = (isObject(partial) ? partial : {});
    const budgets = (p.budgets ?? {});
    return {
        lanes: { ...DEFAULT_CONFIG.lanes, ...p.lanes },
        policy: Array.isArray(p.policy)
            ? p.policy.map((r) => ({ ...r, when: r.when ?? {} }))
            : [],
        budgets: {
            DOCS: { ...DEFAULT_BUDGETS.DOCS, ...budgets.DOCS },
            STANDARD: { ...DEFAULT_BUDGETS.STANDARD, ...budgets.STANDARD },
            HEAVY: { ...DEFAULT_BUDGETS.HEAVY, ...budgets.HEAVY },
        },
        checkpoint: { ...DEFAULT_CONFIG.checkpoint, ...p.checkpoint },
        revert: { ...DEFAULT_CONFIG.revert, ...p.revert },
        ledger: { ...DEFAULT_CONFIG.ledger, ...p.ledger },
    };
}
/** The effective config as main hands it to later steps (`CI_RECOVERY_CONFIG`); tolerant of partial JSON. */
function configFromJson(text) {
    try {
        return mergeConfig(JSON.parse(text));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 37406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, bad config file, missing permission). Its message says what is
 * wrong, where (input, file and line, or permission), and how to fix it. Anything else is an internal
 * failure of ci-recovery.
 */
class UserError extends Error {
    name = 'UserError';
}
/**
 * A command line that cannot be run as written (unknown verb or option, a missing or malformed value,
 * options that exclude each other): the CLI's exit code 2. Fixing it means changing the arguments; any
 * other failure, however much the user's doing, is exit code 1.
 */
class UsageError extends UserError {
    name = 'UsageError';
}
/** The message of any thrown value, so a non-Error throw never slips through as a pass. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 69570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ DEFAULT_LANE_RULES),
/* harmony export */   XS: () => (/* binding */ decideLane)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The lane of a change: DOCS, STANDARD or HEAVY, from the changed files, PR labels and diff size. Globs are
 * picomatch globs; a glob starting with `!` excludes what the others include (it never adds: see
 * dorny/paths-filter#97). A glob without a slash matches the file's base name anywhere (`*.md`).
 */

const DEFAULT_LANE_RULES = {
    docs: [
        '**/*.md',
        '**/*.mdx',
        '**/*.rst',
        '**/*.adoc',
        '**/*.txt',
        'docs/**',
        'doc/**',
        '**/LICENSE*',
        '**/CODEOWNERS',
        '**/.github/ISSUE_TEMPLATE/**',
        '!**/requirements*.txt',
        '!**/CMakeLists.txt',
    ],
    heavy: [
        '**/package-lock.json',
        '**/npm-shrinkwrap.json',
        '**/yarn.lock',
        '**/pnpm-lock.yaml',
        '**/Cargo.lock',
        '**/go.sum',
        '**/poetry.lock',
        '**/Pipfile.lock',
        '**/uv.lock',
        '**/Gemfile.lock',
        '**/composer.lock',
        '**/requirements*.txt',
        '.github/workflows/**',
        '.github/actions/**',
        '**/action.yml',
        '**/Dockerfile*',
        '**/docker-compose*.yml',
        '**/Makefile',
        '**/CMakeLists.txt',
        '**/*.gradle',
        '**/*.gradle.kts',
        '**/pom.xml',
        '**/*.tf',
        '**/terraform/**',
        '**/infra/**',
        '**/migrations/**',
        '**/db/migrate/**',
    ],
    heavyLabels: ['ci:heavy', 'heavy'],
    docsLabels: ['ci:docs'],
    heavyDiffLines: 2000,
};
/** Compiles a glob list into a test: some positive glob matches and no `!` glob does. */
function globList(globs) {
    const options = { dot: true, basename: false };
    const compile = (glob) => 
    // A glob without a slash matches a base name at any depth, like .gitignore.
    picomatch__WEBPACK_IMPORTED_MODULE_0___default()(glob.includes('/') ? glob : `**/${glob}`, options);
    const include = globs.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, test: compile(g) }));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => compile(g.slice(1)));
    return (file) => {
        const normalized = file.replace(/\\/g, '/').replace(/^\.\//, '');
        if (exclude.some((test) => test(normalized)))
            return undefined;
        return include.find(({ test }) => test(normalized))?.glob;
    };
}
const lower = (labels) => labels.map((l) => l.toLowerCase());
function decideLane(change, rules) {
    const labels = lower(change.labels ?? []);
    const heavyLabel = lower(rules.heavyLabels).find((l) => labels.includes(l));
    if (heavyLabel)
        return { lane: 'HEAVY', reason: `label '${heavyLabel}'` };
    if (change.changedLines !== undefined && change.changedLines > rules.heavyDiffLines) {
        return { lane: 'HEAVY', reason: `${change.changedLines} changed lines (over ${rules.heavyDiffLines})` };
    }
    const docsLabel = lower(rules.docsLabels).find((l) => labels.includes(l));
    const files = change.files;
    if (files === undefined) {
        const unknown = `changed files unknown${change.unknownBecause ? `: ${change.unknownBecause}` : ''}`;
        // A person's docs label is the only knowledge left; without it the change is unknown.
        if (docsLabel)
            return { lane: 'DOCS', reason: `label '${docsLabel}' (${unknown})` };
        return { lane: 'STANDARD', reason: unknown };
    }
    const heavy = globList(rules.heavy);
    for (const file of files) {
        const glob = heavy(file);
        if (glob)
            return { lane: 'HEAVY', reason: `${file} matches heavy glob '${glob}'` };
    }
    if (files.length === 0)
        return { lane: 'STANDARD', reason: 'no changed files' };
    const docs = globList(rules.docs);
    const other = files.find((file) => !docs(file));
    if (other === undefined)
        return { lane: 'DOCS', reason: `all ${files.length} changed files are docs` };
    return { lane: 'STANDARD', reason: `${other} is not docs` };
}


/***/ }),

/***/ 78889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPlan: () => (/* binding */ buildPlan),
/* harmony export */   g8: () => (/* binding */ parsePlanArtifactName),
/* harmony export */   nU: () => (/* binding */ planArtifactName),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, PLAN_ARTIFACT_PREFIX */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44448);

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
    if (v.stageDurations !== undefined) {
        const d = obj(v.stageDurations, 'stageDurations');
        plan.stageDurations = Object.fromEntries(Object.entries(d)
            .slice(0, MAX_STAGES)
            .map(([k, ms]) => [cut(k), nonNegative(ms, `stageDurations.${k}`)]));
    }
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


/***/ }),

/***/ 44448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ BRANCH_KINDS),
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   ZF: () => (/* binding */ TRANSIENT_TYPES),
/* harmony export */   fs: () => (/* binding */ FAILURE_TYPES)
/* harmony export */ });
/** Shared vocabulary of ci-recovery. Pure types and constants: safe to import from any phase. */
const FAILURE_TYPES = [
    'test',
    'build',
    'quality-gate',
    'dependency',
    'network',
    'git',
    'timeout',
    'resource',
    'infrastructure',
    'cancelled',
    'config',
    'unknown',
];
/** Types whose cause is outside the change: the same commit may pass when tried again. */
const TRANSIENT_TYPES = [
    'network',
    'infrastructure',
    'git',
    'timeout',
    'resource',
];
const LANES = ['DOCS', 'STANDARD', 'HEAVY'];
const STRATEGIES = ['retry', 'resume', 'skip', 'rollback', 'manual'];
const BRANCH_KINDS = ['default', 'pr', 'other'];


/***/ })

};
