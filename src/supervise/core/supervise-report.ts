/**
 * The supervisor's words: the `decisions` output, the sticky-comment sections (its own and a fork PR's
 * jobs'), what a re-run saves, and the job summary.
 */
import { latestPlans, type RecoveryPlan } from '../../core/plan-artifact.js';
import {
  codeBlock,
  codeSpan,
  escapeText,
  link,
  STEP_SUMMARY_LIMIT_BYTES,
  truncateMarkdown,
  utf8Bytes,
  type JobReport,
} from '../../core/report/index.js';
import {
  renderCommentSection,
  renderResumeOutlook,
  resumeOutlook,
  type ResumeOutlook,
} from '../../core/report/renderers.js';
import { renderReentrySummary, type Reentry } from './reentry.js';
import { renderRollbackPostMortem } from './rollback-post-mortem.js';
import { renderRollbackRecord, type RollbackRecord } from './rollback-record.js';
import { renderVerifiedRollbacks, type VerifiedRollback } from './rollback-verify.js';
import { planForJob } from './supervise-findings.js';
import type { JobView, RunDetails, SuperviseAction, SupervisePlan } from './supervise-model.js';

/** Outputs `decisions` JSON: one entry per job, stable field order. */
export function decisionsJson(plan: SupervisePlan): string {
  return JSON.stringify(
    plan.jobs.map((j) => ({
      job: j.job,
      jobId: j.jobId,
      action: j.action,
      type: j.classification?.type,
      lane: j.lane,
      attempt: j.attempt,
      reason: j.reason,
    })),
  );
}
/** The sticky-comment sections of a fork PR's jobs (read-only token: they could not comment), newest attempt each. */
export function forkPlanSections(
  plans: readonly RecoveryPlan[],
  runUrl: string | undefined,
): { key: string; body: string; runId: number; attempt: number }[] {
  return latestPlans(plans).map((p) => ({
    key: p.jobKey,
    body: renderCommentSection(jobReportFromPlan(p, runUrl)),
    runId: p.runId,
    attempt: p.attempt,
  }));
}

/** A job's sticky-comment report from its plan (for fork PRs, whose jobs could not comment themselves). */
export function jobReportFromPlan(plan: RecoveryPlan, runUrl?: string): JobReport {
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

export const SUPERVISOR_SECTION_KEY = 'ci-recovery-supervisor';

/** A job the supervisor re-runs, and what its re-run skips by resuming (from the job's plan). */
export interface RerunSaving {
  job: string;
  outlook: ResumeOutlook;
}

/** What each re-run (or confirming re-run) job skips by resuming from its checkpoints, per its plan. */
export function rerunSavings(
  plan: Pick<SupervisePlan, 'jobs'>,
  jobs: readonly JobView[],
  plans: readonly RecoveryPlan[],
): RerunSaving[] {
  const savings: RerunSaving[] = [];
  for (const d of plan.jobs) {
    if (d.action !== 'rerun' && d.action !== 'confirm-rerun') continue;
    const job = jobs.find((j) => j.id === d.jobId);
    const jobPlan = job ? planForJob(plans, job) : undefined;
    const outlook = jobPlan ? resumeOutlook(jobPlan) : undefined;
    if (outlook) savings.push({ job: d.job, outlook });
  }
  return savings;
}

function savingsLines(savings: readonly RerunSaving[] | undefined): string[] {
  if (!savings || savings.length === 0) return [];
  return ['', '**Time the re-run saves:**', ...savings.map((s) => renderResumeOutlook(s.job, s.outlook))];
}

const ACTION_WORDS: Record<SuperviseAction, string> = {
  rerun: '🔁 re-run',
  'confirm-rerun': '🔁 confirming re-run',
  revert: '↩️ revert',
  manual: '🧑 manual',
  nothing: '·',
};

/** The supervisor's section of the sticky comment: one line per failed job, then the re-run and revert. */
export function renderSupervisorSection(
  plan: SupervisePlan,
  outcome: {
    rerun?: string;
    revertPr?: { number: number; url: string };
    revertPushed?: string;
    runUrl?: string;
    savings?: readonly RerunSaving[];
  },
): string {
  const lines = [`#### Supervisor · run ${plan.runId} attempt ${plan.runAttempt}`, ''];
  const failed = plan.jobs.filter((j) => j.classification);
  if (failed.length === 0) lines.push('- no failed jobs');
  for (const j of failed) {
    const type = j.classification ? `**${j.classification.type}**` : '';
    lines.push(
      `- ${escapeText(j.job, 120)}: ${type} → ${ACTION_WORDS[j.action]}: ${escapeText(j.reason, 400)}`,
    );
  }
  if (plan.rerun && outcome.rerun) {
    lines.push('', `Re-run ${outcome.rerun}: ${escapeText(plan.rerun.reason, 300)}.`);
    lines.push(...savingsLines(outcome.savings));
  }
  if (outcome.revertPr)
    lines.push(
      '',
      `Revert: ${link(`draft PR #${outcome.revertPr.number}`, outcome.revertPr.url)} (${codeSpan(plan.revert?.branch ?? '')}).`,
    );
  if (outcome.revertPushed)
    lines.push('', `Revert pushed to the default branch as ${codeSpan(outcome.revertPushed.slice(0, 12))}.`);
  if (outcome.runUrl) lines.push('', link('supervised run', outcome.runUrl));
  return lines.join('\n');
}

/** Everything the supervisor did for one run, as its job summary reports it. */
export interface SuperviseReport {
  plan: SupervisePlan;
  details: Pick<RunDetails, 'run'>;
  rerun?: 'requested' | 'already-running';
  revert?: {
    branch: string;
    record: RollbackRecord;
    pr?: { number: number; url: string; created: boolean };
    pushed?: string;
  };
  /** What each re-run job skips by resuming, from its plan. */
  savings?: RerunSaving[];
  /** Earlier rollbacks this run told about (the revert helped, or a re-land and a person). */
  verified?: VerifiedRollback[];
  /** The PR run re-lands a change ci-recovery rolled back (core/reentry.ts). */
  reentry?: Reentry;
  /** Things a person must change (permission, setting, branch protection). */
  failures: string[];
  /** Limits of what the supervisor knew. */
  problems: string[];
  /** A dry run: what it would have done (supervise-dry-run.ts), nothing of which it did. */
  dryRun?: string[];
}

/** The most job rows one run's table shows. */
const TABLE_ROWS = 100;

/** The supervisor's job summary: one row per job (failed ones first, at most TABLE_ROWS), then what was done. */
export function renderSuperviseSummary(report: SuperviseReport): string {
  const { plan, details, revert } = report;
  // Job names and reasons may come from the culprit PR: escaped (HTML, markup, mentions, `|`) and capped.
  // At most TABLE_ROWS rows, failed jobs first: one wide matrix cannot take the step's 1 MiB summary from the
  // verdict lines below it and from the runs reconciled after it (boundedSummary cuts the tail).
  const jobs = [...plan.jobs.filter((j) => j.classification), ...plan.jobs.filter((j) => !j.classification)];
  const rows = jobs
    .slice(0, TABLE_ROWS)
    .map(
      (j) =>
        `| ${escapeText(j.job, 100)} | ${j.classification?.type ?? ''} | ${j.action} | ${escapeText(j.reason, 500)} |`,
    );
  if (jobs.length > TABLE_ROWS) rows.push(`| and ${jobs.length - TABLE_ROWS} more jobs | | | |`);
  const lines = [
    `## ci-recovery supervisor: run ${plan.runId}, attempt ${plan.runAttempt}`,
    '',
    `Workflow **${escapeText(details.run.workflow, 100)}** on ${codeSpan(details.run.headBranch, { max: 100 })} (${plan.branchKind}), ${details.run.conclusion ?? 'not completed'}.`,
    '',
    '| job | failure | decision | reason |',
    '| --- | --- | --- | --- |',
    ...rows,
  ];
  if (report.dryRun)
    lines.push(
      '',
      '**Dry run**: nothing was changed. It would have:',
      ...report.dryRun.map((d) => `- ${escapeText(d, 500)}`),
    );
  if (report.rerun) lines.push('', `Re-run: ${report.rerun}.`);
  lines.push(...savingsLines(report.savings));
  if (revert?.pr)
    lines.push('', `Revert: draft PR [#${revert.pr.number}](${revert.pr.url}) on \`${revert.branch}\`.`);
  if (revert?.pushed) lines.push('', `Revert pushed to \`${revert.branch}\`: ${revert.pushed}.`);
  if (revert)
    lines.push(
      '',
      '<details><summary>Rollback record</summary>',
      '',
      codeBlock(renderRollbackRecord(revert.record).trimEnd(), 'yaml'),
      '</details>',
      '',
      renderRollbackPostMortem(revert.record),
    );
  lines.push(...renderVerifiedRollbacks(report.verified ?? []));
  lines.push(...renderReentrySummary(report.reentry));
  // Sentences that name jobs, files and what GitHub answered (a PR names its jobs): plain text, escaped.
  if (report.failures.length > 0)
    lines.push('', '**Needs a change:**', ...report.failures.map((p) => `- ${escapeText(p, 1000)}`));
  if (report.problems.length > 0)
    lines.push('', '**Limits of this report:**', ...report.problems.map((p) => `- ${escapeText(p, 1000)}`));
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
export function boundedSummary(
  append: (markdown: string) => void,
  limitBytes = STEP_SUMMARY_LIMIT_BYTES,
): (markdown: string) => void {
  const note =
    "> [!NOTE]\n> This summary was cut to fit GitHub's 1 MiB step summary limit; the job log has every run it reconciled.";
  let used = 0;
  let cut = false;
  return (markdown) => {
    if (cut) return;
    const room = limitBytes - used - PART_END_BYTES;
    let part = markdown;
    if (utf8Bytes(part) > room) {
      cut = true;
      // The note must fit after whatever was written; a part cut to nothing is the note alone.
      part = truncateMarkdown(part, Math.max(0, room), note, utf8Bytes);
      if (utf8Bytes(part) > room) return;
    }
    append(part);
    used += utf8Bytes(part) + PART_END_BYTES;
  };
}
