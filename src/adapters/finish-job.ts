import { assessJob, type JobAssessment } from '../core/assess.js';
import type { Config } from '../core/config.js';
import { errorMessage } from '../core/errors.js';
import type { JobStart } from '../core/job-start.js';
import { recordOutcome } from '../core/ledger.js';
import { annotationsFor, renderCommentSection, renderSummary } from '../core/report/index.js';
import type { Lane } from '../core/types.js';
import { readRunContext } from './event.js';
import { getOctokit, repoFromEnv, type Octokit } from './github.js';
import { readJobSteps } from './jobs-api.js';
import type { Logger } from './logger.js';
import { readRecords, recordsDir } from './records.js';

/**
 * Where post writes what it concluded; the runner's @actions/core in production, a recorder in tests.
 * No outputs: the runner drops outputs set in post (PLATFORM.md, section 6), so what post decides reaches
 * users through the summary, annotations, the sticky comment and the plan artifact.
 */
export interface PostSink {
  summary(markdown: string): Promise<void>;
}

export interface FinishOptions {
  start: JobStart;
  config: Config;
  lane: { lane: Lane; reason: string };
  completedStages: string[];
  comment: boolean;
  token: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  sink: PostSink;
  now?: Date;
}

/**
 * Post's work. Every part is best-effort and isolated: a failing API, artifact or cache call becomes a
 * warning in the log and in the summary, never a failed job.
 */
export async function finishJob(opts: FinishOptions): Promise<JobAssessment> {
  const { start, config, logger, env } = opts;
  const warnings: string[] = [];
  const context = await readRunContext(env);
  const repoName = env.GITHUB_REPOSITORY ?? '';
  const records = await readRecords(recordsDir(env));

  let octokit: Octokit | undefined;
  try {
    octokit = opts.token ? getOctokit(opts.token) : undefined;
  } catch (error) {
    warnings.push(errorMessage(error));
  }
  let apiSteps;
  let jobName: string | undefined;
  let jobUrl: string | undefined;
  const jobId = Number(start.jobId);
  if (!octokit) {
    warnings.push(
      "no GitHub token, so the jobs API was not read: pass 'github-token' with 'actions: read'; reporting from ci-recovery's own records",
    );
  } else if (!Number.isInteger(jobId) || jobId <= 0) {
    warnings.push(
      "the job id is unknown (input 'job-id', default job.check_run_id), so the jobs API was not read; reporting from ci-recovery's own records",
    );
  } else {
    const steps = await readJobSteps(octokit, repoFromEnv(env), jobId);
    if (steps.ok) ({ steps: apiSteps, jobName, htmlUrl: jobUrl } = steps);
    else warnings.push(steps.reason);
  }

  const ledgerLocation = {
    branch: context.branch ?? context.ref,
    runId: start.runId,
    attempt: start.attempt,
    job: start.job,
  };
  const ledgerStore = config.ledger.enabled ? await import('./ledger-store.js') : undefined;
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

  for (const warning of warnings) logger.warning(`ci-recovery: ${warning}`);
  for (const a of annotationsFor(report)) logger[a.level](a.message, { title: a.title });

  // The sticky comment goes before the summary so the summary can say where it is, or why there is none.
  if (context.pr && opts.comment) {
    if (context.pr.fromFork || !octokit) {
      report.warnings.push(
        'this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment',
      );
    } else {
      const { upsertStickyComment } = await import('./sticky-comment.js');
      const result = await upsertStickyComment(
        octokit,
        repoFromEnv(env),
        context.pr.number,
        report.jobKey ?? start.job,
        {
          body: renderCommentSection(report),
          ...(report.runId ? { runId: report.runId } : {}),
          attempt: report.attempt,
        },
        logger,
      );
      if (result.status === 'degraded') {
        report.warnings.push(
          `the token may not comment on PRs (${result.reason ?? 'read-only'}): grant 'pull-requests: write', or let the supervisor workflow comment`,
        );
      } else if (result.url) {
        report.links = { ...report.links, 'PR comment': result.url };
      }
    }
  }

  // For a manual decision the summary carries the prefilled post-mortem.
  await opts.sink.summary(renderSummary(report));

  // The supervisor reads plans only of failed runs; a green job leaves no artifact behind.
  if (report.conclusion !== 'success') {
    const { uploadPlan } = await import('./plan-artifact.js');
    const { buildPlan } = await import('../core/plan-artifact.js');
    await uploadPlan(buildPlan(assessment.plan), logger);
  }

  if (ledgerStore && ledger)
    await ledgerStore.saveLedger(
      recordOutcome(ledger, assessment.ledgerEntry),
      { ...ledgerLocation, job: report.jobKey ?? start.job },
      logger,
    );
  return assessment;
}
