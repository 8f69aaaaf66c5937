/**
 * The work of the `supervise/` sub-action: runs in a separate run after the watched run completed (workflow_run).
 * Reads the run, its jobs, their recovery plans, logs and annotations; classifies each failed job; decides
 * (src/core/supervise.ts); then re-runs, or reverts the culprit, and reports in the sticky PR comment, the
 * job summary and the `decisions` output. It clones only the default branch and never runs PR code.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { classify } from '../core/classify/index.js';
import { type Config } from '../core/config.js';
import { errorMessage, UserError } from '../core/errors.js';
import {
  failureSignature,
  isFlaky,
  recordRevert,
  revertsToday as ledgerRevertsToday,
  wasReverted,
  type Ledger,
} from '../core/ledger.js';
import type { RecoveryPlan } from '../core/plan-artifact.js';
import { backoffMs, decide, DETERMINISTIC_TYPES } from '../core/policy.js';
import { renderCommentSection } from '../core/report/comment.js';
import { revertBranch, type RevertConfig } from '../core/revert.js';
import { renderRollbackRecord, revertPullRequest, type RollbackRecord } from '../core/rollback-record.js';
import {
  branchKindOf,
  findingsFromPlan,
  jobReportFromPlan,
  jobTimeoutClassification,
  needsRecovery,
  planForJob,
  renderSupervisorSection,
  SUPERVISOR_SECTION_KEY,
  supervise,
  type JobFindings,
  type JobView,
  type SupervisePlan,
} from '../core/supervise.js';
import type { FailureType } from '../core/types.js';
import {
  cloneDefaultBranch,
  commitInfo,
  culpritRange,
  pushHead,
  revertCommit,
  workflowFilesChanged,
  workflowsPermissionReason,
  type CommitInfo,
  type RevertRepo,
} from './git-revert.js';
import type { Octokit, Repo } from './github.js';
import { classifyLogFile } from './log-file.js';
import type { Logger } from './logger.js';
import { latestPlans } from './plan-artifact.js';
import { upsertStickyComment, type StickyOptions } from './sticky-comment.js';
import {
  commitWasGreen,
  downloadJobLog,
  findPullRequest,
  findRevertPullRequest,
  jobTimeoutEvidence,
  labelApplications,
  lastGreenSha,
  openRevertPullRequest,
  readAnnotations,
  readJobs,
  readRun,
  realSleep,
  requestRerun,
  revertPullRequestsToday,
  type RunDetails,
  type Sleep,
} from './supervisor-github.js';

export interface SuperviseSettings {
  token: string;
  runId: number;
  /** The attempt the workflow_run event was for; undefined = the run's latest. */
  runAttempt?: number;
  dryRun: boolean;
  comment: boolean;
  /** The token has the `workflows` permission (GITHUB_TOKEN never has it). */
  tokenCanPushWorkflows?: boolean;
  revertLabels: string[];
  /** Overrides the config's revert.mode. */
  revertMode?: RevertConfig['mode'];
  configFile?: string;
}

export interface SuperviseDeps {
  octokit: Octokit;
  repo: Repo;
  logger: Logger;
  config: Config;
  /** Scratch space (logs, the clone). */
  tempDir: string;
  sleep?: Sleep;
  now?: () => Date;
  sticky?: StickyOptions;
  /** Restores the ledger of the watched branch (undefined: not kept). */
  loadLedger?: (branch: string) => Promise<Ledger>;
  /** Download the run's plans (default: the artifact REST path). */
  plans?: () => Promise<RecoveryPlan[]>;
  /** Keep the rollback record as an artifact (default: @actions/artifact, best-effort). */
  uploadRecord?: (name: string, file: string) => Promise<void>;
}

export interface SuperviseOutcome {
  plan: SupervisePlan;
  details: RunDetails;
  rerun?: 'requested' | 'already-running';
  revert?: {
    branch: string;
    record: RollbackRecord;
    pr?: { number: number; url: string; created: boolean };
    pushed?: string;
  };
  pr?: number;
  comment?: string;
  ledger?: Ledger;
  /** Limits of what the supervisor knew (warned, reported). */
  problems: string[];
  /** Things a person must change (permission, setting, branch protection): the step fails after reporting. */
  failures: string[];
}

const errorLevel = new Set(['failure', 'error']);

/** Everything the supervisor does for one completed run. Throws UserErrors naming the fix. */
export async function superviseRun(
  settings: SuperviseSettings,
  deps: SuperviseDeps,
): Promise<SuperviseOutcome> {
  const { octokit, repo, logger, config } = deps;
  const now = deps.now ?? (() => new Date());
  const problems: string[] = [];
  const revertConfig: RevertConfig = {
    ...config.revert,
    ...(settings.revertMode ? { mode: settings.revertMode } : {}),
  };

  const details = await readRun(octokit, repo, settings.runId, settings.runAttempt);
  const { run } = details;
  const kind = branchKindOf(run);
  // A newer attempt exists: its own completion brings the supervisor back; nothing is read or done now.
  const stale = run.latestAttempt > run.attempt;
  logger.info(
    `ci-recovery supervisor: run ${run.id} attempt ${run.attempt} of '${run.workflow}' (${run.event} on ${run.headBranch}, ${kind}); latest attempt ${run.latestAttempt}`,
  );
  const ledger = deps.loadLedger && !stale ? await deps.loadLedger(run.headBranch) : undefined;
  const jobs = await readJobs(octokit, repo, run.id, run.attempt);
  // A job past its timeout-minutes ends cancelled, like a person's cancel: the runner's line tells them apart.
  for (const job of stale ? [] : jobs.filter((j) => j.conclusion === 'cancelled')) {
    const logFile = path.join(deps.tempDir, `job-${job.id}-timeout.log`);
    const evidence = await jobTimeoutEvidence(octokit, repo, job.id, logFile).catch((error: unknown) => {
      problems.push(
        `whether job '${job.name}' hit its timeout-minutes could not be read: ${errorMessage(error)}`,
      );
      return undefined;
    });
    if (evidence) {
      job.jobTimeout = evidence;
      logger.info(
        `ci-recovery supervisor: job '${job.name}' was cancelled by its timeout-minutes: ${evidence.text}`,
      );
    }
  }
  const failed = jobs.filter(needsRecovery);

  const plans =
    failed.length > 0 && !stale ? await (deps.plans ?? (() => Promise.resolve([] as RecoveryPlan[])))() : [];
  const findings: Record<string, JobFindings> = {};
  if (!stale) {
    for (const job of failed) findings[job.name] = await jobFindings(job, plans, deps, problems);
    if (ledger) {
      for (const job of failed) {
        const f = findings[job.name];
        if (!f) continue;
        const signature = failureSignature(f.classification.type, f.classification.evidence?.text);
        if (isFlaky(ledger, signature, run.headSha, job.name)) f.flaky = true;
      }
    }
  }

  // The previous attempt of the same jobs: a confirming re-run counts only if it failed the same way.
  const previous: Record<string, { conclusion: string | null; type?: FailureType }> = {};
  const candidates = failed.filter((j) =>
    DETERMINISTIC_TYPES.includes(findings[j.name]?.classification.type ?? 'unknown'),
  );
  if (!stale && kind === 'default' && run.attempt > 1 && candidates.length > 0) {
    const before = await readJobs(octokit, repo, run.id, run.attempt - 1);
    for (const job of before) {
      if (!candidates.some((c) => c.name === job.name)) continue;
      const f = job.conclusion === 'failure' ? await jobFindings(job, plans, deps, problems) : undefined;
      previous[job.name] = { conclusion: job.conclusion, ...(f ? { type: f.classification.type } : {}) };
    }
  }

  // Revert facts, only when a revert is on the table: the clone holds the default branch only.
  let clone: RevertRepo | undefined;
  let facts: Partial<Parameters<typeof supervise>[0]> = {};
  let culpritPr: number | undefined;
  let factsProblem: string | undefined;
  const branch = revertBranch(run.headSha);
  if (!stale && kind === 'default' && candidates.length > 0) {
    try {
      clone = await cloneDefaultBranch({
        url: `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repo.owner}/${repo.repo}`,
        dir: await mkdtemp(path.join(deps.tempDir, 'revert-')),
        branch: run.defaultBranch,
        token: settings.token,
      });
      const commit: CommitInfo = await commitInfo(clone, run.headSha);
      const parentGreen = commit.parents[0]
        ? await commitWasGreen(octokit, repo, details.workflowId, commit.parents[0])
        : undefined;
      let range: number | undefined;
      if (parentGreen !== true) {
        const green = await lastGreenSha(octokit, repo, details.workflowId, run.defaultBranch, run.headSha);
        range = green ? await culpritRange(clone, green, run.headSha) : undefined;
      }
      // A kill switch that cannot be checked stops the revert like one that is set.
      const labels = await labelApplications(octokit, repo, run.headSha, revertConfig.killSwitchLabel).catch(
        (error: unknown) => {
          throw new UserError(
            `the kill-switch label '${revertConfig.killSwitchLabel}' could not be checked: ${errorMessage(error)}`,
          );
        },
      );
      culpritPr = labels.pr;
      const existing = await findRevertPullRequest(octokit, repo, branch);
      const today = Math.max(
        ledger ? ledgerRevertsToday(ledger, now()) : 0,
        await revertPullRequestsToday(octokit, repo, now()),
      );
      facts = {
        commit: { sha: commit.sha, message: commit.message, parents: commit.parents },
        ...(parentGreen !== undefined ? { parentGreen } : {}),
        ...(range !== undefined ? { culpritRange: range } : {}),
        labels: labels.labels,
        revertsToday: today,
        alreadyReverted: existing !== undefined || (ledger ? wasReverted(ledger, run.headSha) : false),
      };
    } catch (error) {
      // No facts, no revert: the decision escalates to a person with this reason.
      factsProblem = errorMessage(error);
      problems.push(`revert facts not known: ${factsProblem}`);
    }
  }

  const plan = supervise({
    run,
    jobs,
    findings,
    previous,
    decide: (i) => decide(i, config),
    revert: revertConfig,
    ...facts,
    ...(factsProblem ? { factsProblem } : {}),
  });
  const outcome: SuperviseOutcome = { plan, details, problems, failures: [] };

  if (settings.dryRun) {
    logger.info('ci-recovery supervisor: dry run: nothing re-run, reverted or commented.');
  } else {
    if (plan.rerun) {
      const wait = backoffMs({ backoffSeconds: plan.rerun.backoffSeconds }, run.attempt + 1);
      logger.info(
        `ci-recovery supervisor: re-running ${plan.rerun.mode === 'job' ? `job ${plan.rerun.jobIds[0]}` : 'the failed jobs'} of run ${run.id} after ${wait} ms`,
      );
      outcome.rerun = await requestRerun(octokit, repo, run.id, plan.rerun, {
        backoffMs: wait,
        sleep: deps.sleep ?? realSleep,
      });
    }
    if (plan.revert && clone) {
      outcome.revert = await doRevert(
        plan,
        details,
        clone,
        settings,
        deps,
        revertConfig,
        culpritPr,
        now(),
        outcome,
      );
      if (outcome.revert && ledger) {
        outcome.ledger = recordRevert(ledger, {
          at: now().toISOString(),
          sha: plan.revert.sha,
          ...(outcome.revert.pr ? { pr: outcome.revert.pr.number } : {}),
          ...(outcome.revert.pushed ? { revertSha: outcome.revert.pushed } : {}),
        });
      }
    }
    // A repeat run that finds everything done writes nothing, not even an updated comment.
    const acted = plan.jobs.some((j) => j.action !== 'nothing');
    if (settings.comment && !stale && acted) await comment(outcome, plans, culpritPr, deps);
  }
  if (clone) await rm(clone.dir, { recursive: true, force: true }).catch(() => undefined);
  return outcome;
}

/** Plan first (it saw exit codes and the step's own output), then the job log, then annotations. */
async function jobFindings(
  job: JobView,
  plans: readonly RecoveryPlan[],
  deps: SuperviseDeps,
  problems: string[],
): Promise<JobFindings> {
  const plan = planForJob(plans, job);
  // The job's own plan saw a cancelled step; the runner's job-timeout line says why it was cancelled.
  if (job.jobTimeout)
    return {
      classification: jobTimeoutClassification(job.jobTimeout),
      source: 'annotation',
      ...(plan?.lane ? { lane: plan.lane } : {}),
    };
  const fromPlan = plan ? findingsFromPlan(plan) : undefined;
  if (fromPlan && fromPlan.classification.type !== 'unknown') return fromPlan;
  const lane = plan?.lane;
  const step = job.steps.find((s) => s.conclusion === 'failure');
  const extra = { ...(step ? { step: step.name } : {}), conclusion: 'failure' as const };
  let best: JobFindings | undefined = fromPlan;
  try {
    const file = await downloadJobLog(
      deps.octokit,
      deps.repo,
      job.id,
      path.join(deps.tempDir, `job-${job.id}.log`),
    );
    if (file) {
      const c = await classifyLogFile(file, extra);
      best = { classification: c, source: 'log', ...(lane ? { lane } : {}) };
      await rm(file, { force: true });
    }
  } catch (error) {
    problems.push(`log of job '${job.name}' not read: ${errorMessage(error)}`);
  }
  if (!best || best.classification.type === 'unknown') {
    // A runner that died leaves no log and no plan: its annotations are the only trace.
    try {
      const notes = (await readAnnotations(deps.octokit, deps.repo, job.id)).filter((a) =>
        errorLevel.has(a.level),
      );
      if (notes.length > 0) {
        const c = classify({
          ...extra,
          log: notes.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
        });
        if (!best || c.type !== 'unknown')
          best = { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
      }
    } catch (error) {
      problems.push(`annotations of job '${job.name}' not read: ${errorMessage(error)}`);
    }
  }
  return best ?? { classification: classify(extra), source: 'steps', ...(lane ? { lane } : {}) };
}

async function doRevert(
  plan: SupervisePlan,
  details: RunDetails,
  clone: RevertRepo,
  settings: SuperviseSettings,
  deps: SuperviseDeps,
  revertConfig: RevertConfig,
  culpritPr: number | undefined,
  now: Date,
  outcome: SuperviseOutcome,
): Promise<SuperviseOutcome['revert']> {
  const req = plan.revert;
  if (!req) return undefined;
  const { octokit, repo, logger } = deps;
  const job = plan.jobs.find((j) => j.job === req.job);
  const escalate = (reason: string): undefined => {
    for (const j of plan.jobs)
      if (j.action === 'revert') Object.assign(j, { action: 'manual', reason: `${j.reason}; but ${reason}` });
    plan.revert = undefined;
    logger.warning(`ci-recovery supervisor: no revert: ${reason}`);
    return undefined;
  };
  const info = await commitInfo(clone, req.sha);
  const reverted = await revertCommit(clone, req.sha);
  if (!reverted.ok) return escalate(reverted.reason);
  // GitHub refuses pushes that change workflow files from a token without the workflows permission.
  const workflows = await workflowFilesChanged(clone, reverted.parent, reverted.commit);
  if (workflows.length > 0 && !settings.tokenCanPushWorkflows)
    return escalate(workflowsPermissionReason(req.sha, workflows));

  const record: RollbackRecord = {
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

  let result: NonNullable<SuperviseOutcome['revert']>;
  if (revertConfig.mode === 'push') {
    const pushed = await pushHead(clone, clone.branch, { culprit: req.sha });
    if (!pushed.ok) {
      if (pushed.protectedBranch) outcome.failures.push(pushed.reason);
      return escalate(pushed.reason);
    }
    result = { branch: clone.branch, record, pushed: reverted.commit };
  } else {
    // Our own namespace: a branch left by a run whose PR creation failed is replaced.
    const pushed = await pushHead(clone, req.branch, { force: true, culprit: req.sha });
    if (!pushed.ok) {
      if (/403|denied|not allowed|permission/i.test(pushed.reason)) {
        outcome.failures.push(
          `pushing ${req.branch}: ${pushed.reason}: grant the supervisor job 'permissions: contents: write'`,
        );
      }
      return escalate(pushed.reason);
    }
    const { title, body } = revertPullRequest(record);
    let pr: Awaited<ReturnType<typeof openRevertPullRequest>>;
    try {
      pr = await openRevertPullRequest(octokit, repo, {
        branch: req.branch,
        base: clone.branch,
        title,
        body,
        labels: settings.revertLabels,
      });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      outcome.failures.push(error.message);
      return escalate(
        `the revert PR could not be opened (the branch ${req.branch} is pushed): ${error.message}`,
      );
    }
    result = { branch: req.branch, record, pr: { number: pr.number, url: pr.url, created: pr.created } };
    logger.notice(
      `ci-recovery supervisor: ${pr.created ? 'opened' : 'found'} the draft revert PR #${pr.number} for ${req.sha.slice(0, 12)}: ${pr.url}`,
    );
  }
  await keepRecord(record, deps, outcome.problems);
  return result;
}

/** The rollback record as an artifact, best-effort: the PR body holds it too. */
async function keepRecord(record: RollbackRecord, deps: SuperviseDeps, problems: string[]): Promise<void> {
  const name = `ci-recovery-rollback-${record.from.commit.slice(0, 12)}.yml`;
  const dir = await mkdtemp(path.join(deps.tempDir, 'record-'));
  const file = path.join(dir, name);
  try {
    await writeFile(file, renderRollbackRecord(record));
    const upload =
      deps.uploadRecord ??
      (async (n: string, f: string): Promise<void> => {
        await new DefaultArtifactClient().uploadArtifact(n, [f], path.dirname(f), {
          skipArchive: true,
          retentionDays: 90,
        });
      });
    await upload(name, file);
  } catch (error) {
    problems.push(`rollback record not kept as an artifact: ${errorMessage(error)}`);
    deps.logger.warning(
      `ci-recovery supervisor: the rollback record was not uploaded (${errorMessage(error)}); the revert PR body holds it.`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The sticky comment: the PR of a PR run (by head sha for forks), or the culprit's PR of a revert. */
async function comment(
  outcome: SuperviseOutcome,
  plans: readonly RecoveryPlan[],
  culpritPr: number | undefined,
  deps: SuperviseDeps,
): Promise<void> {
  const { plan, details } = outcome;
  const kind = plan.branchKind;
  // On the default branch the culprit's (merged) PR hears about the confirming re-run, the revert or why not.
  const pr =
    kind === 'pr'
      ? await findPullRequest(deps.octokit, deps.repo, details).catch(() => undefined)
      : kind === 'default'
        ? culpritPr
        : undefined;
  if (pr === undefined) return;
  outcome.pr = pr;
  const fork =
    details.headRepository !== undefined && details.headRepository !== `${deps.repo.owner}/${deps.repo.repo}`;
  // Fork PR jobs cannot comment (read-only token): their sections come from their plans, here.
  if (fork) {
    for (const p of latestPlans(plans)) {
      await upsertStickyComment(
        deps.octokit,
        deps.repo,
        pr,
        p.jobKey,
        {
          body: renderCommentSection(jobReportFromPlan(p, details.run.url)),
          runId: p.runId,
          attempt: p.attempt,
        },
        deps.logger,
        deps.sticky,
      );
    }
  }
  const body = renderSupervisorSection(plan, {
    ...(outcome.rerun ? { rerun: outcome.rerun } : {}),
    ...(outcome.revert?.pr ? { revertPr: outcome.revert.pr } : {}),
    ...(outcome.revert?.pushed ? { revertPushed: outcome.revert.pushed } : {}),
    ...(details.run.url ? { runUrl: details.run.url } : {}),
  });
  const result = await upsertStickyComment(
    deps.octokit,
    deps.repo,
    pr,
    SUPERVISOR_SECTION_KEY,
    { body, runId: plan.runId, attempt: plan.runAttempt },
    deps.logger,
    deps.sticky,
  );
  if (result.url) outcome.comment = result.url;
}

/** The supervisor's job summary: one row per job, then what was done. */
export function renderSuperviseSummary(outcome: SuperviseOutcome): string {
  const { plan, details } = outcome;
  const rows = plan.jobs.map(
    (j) =>
      `| ${j.job.replaceAll('|', '\\|')} | ${j.classification?.type ?? ''} | ${j.action} | ${j.reason.replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
  );
  const lines = [
    `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
    '',
    `Workflow **${details.run.workflow}** on \`${details.run.headBranch}\` (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
    '',
    '| job | failure | decision | reason |',
    '| --- | --- | --- | --- |',
    ...rows,
  ];
  if (outcome.rerun) lines.push('', `Re-run: ${outcome.rerun}.`);
  if (outcome.revert?.pr)
    lines.push(
      '',
      `Revert: draft PR [#${outcome.revert.pr.number}](${outcome.revert.pr.url}) on \`${outcome.revert.branch}\`.`,
    );
  if (outcome.revert?.pushed)
    lines.push('', `Revert pushed to \`${outcome.revert.branch}\`: ${outcome.revert.pushed}.`);
  if (outcome.revert)
    lines.push(
      '',
      '<details><summary>Rollback record</summary>',
      '',
      '```yaml',
      revertPullRequest(outcome.revert.record)
        .body.split('```yaml\n')[1]
        ?.replace(/\n```$/, '') ?? '',
      '```',
      '</details>',
    );
  if (outcome.failures.length > 0)
    lines.push('', '**Needs a change:**', ...outcome.failures.map((p) => `- ${p}`));
  if (outcome.problems.length > 0)
    lines.push('', '**Limits of this report:**', ...outcome.problems.map((p) => `- ${p}`));
  return lines.join('\n') + '\n';
}
