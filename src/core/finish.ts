/**
 * Post's decisions around the assessment, pure: which lane the job ran in, whether the jobs API can be
 * read, whether and how the sticky comment is written, and what post keeps.
 */
import type { RunContext } from './event.js';
import type { JobStart } from './job-start.js';
import type { LaneChoice, MainSettings } from './prepare.js';
import type { JobReport } from './report/index.js';
import { LANES, type Lane } from './types.js';

/** The lane main saved in state; else the one the job's environment carries; else STANDARD, said why. */
export function laneFromState(state: string, envLane: Lane | undefined): LaneChoice {
  try {
    const saved = JSON.parse(state) as { lane?: string; reason?: string };
    if ((LANES as readonly string[]).includes(saved.lane ?? ''))
      return { lane: saved.lane as Lane, reason: saved.reason ?? '' };
  } catch {
    // main did not run (or failed before deciding): fall through.
  }
  return envLane
    ? { lane: envLane, reason: 'from the job environment' }
    : { lane: 'STANDARD', reason: 'main did not decide a lane, so the change is taken as unknown' };
}

/** Whether post writes the sticky comment: main's `comment` setting from state (on when main did not run). */
export function commentWanted(settingsState: string): boolean {
  try {
    return (JSON.parse(settingsState || '{}') as Partial<MainSettings>).comment ?? true;
  } catch {
    return true;
  }
}

/** The jobs API is read when there is a client and a job id; else why not (a warning for the report). */
export function jobsApiAccess(
  hasClient: boolean,
  jobIdText: string | undefined,
): { read: true; jobId: number } | { read: false; warning: string } {
  const jobId = Number(jobIdText);
  if (!hasClient)
    return {
      read: false,
      warning:
        "no GitHub token, so the jobs API was not read: pass 'github-token' with 'actions: read'; reporting from ci-recovery's own records",
    };
  if (!Number.isInteger(jobId) || jobId <= 0)
    return {
      read: false,
      warning:
        "the job id is unknown (input 'job-id', default job.check_run_id), so the jobs API was not read; reporting from ci-recovery's own records",
    };
  return { read: true, jobId };
}

/** The run attempt's page, when the repository and run are known. */
export function runUrl(serverUrl: string, repo: string, start: JobStart): string | undefined {
  return repo && start.runId
    ? `${serverUrl}/${repo}/actions/runs/${start.runId}/attempts/${start.attempt}`
    : undefined;
}

/**
 * The sticky comment: none off a pull request or when switched off; the supervisor's for a fork (or
 * without a token), whose token cannot comment; else this job writes it.
 */
export function commentAction(
  context: RunContext,
  wanted: boolean,
  hasClient: boolean,
): { action: 'none' } | { action: 'supervisor'; warning: string } | { action: 'write'; pr: number } {
  if (!context.pr || !wanted) return { action: 'none' };
  if (context.pr.fromFork || !hasClient)
    return {
      action: 'supervisor',
      warning:
        'this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment',
    };
  return { action: 'write', pr: context.pr.number };
}

/** What the report says of the sticky comment written: a link, or why the token could not comment. */
export function noteComment(
  report: JobReport,
  result: { status: string; url?: string; reason?: string },
): JobReport {
  if (result.status === 'degraded')
    return {
      ...report,
      warnings: [
        ...report.warnings,
        `the token may not comment on PRs (${result.reason ?? 'read-only'}): grant 'pull-requests: write', or let the supervisor workflow comment`,
      ],
    };
  if (result.url) return { ...report, links: { ...report.links, 'PR comment': result.url } };
  return report;
}

/** The supervisor reads plans only of failed runs; a green job leaves no artifact behind. */
export function needsPlan(report: Pick<JobReport, 'conclusion'>): boolean {
  return report.conclusion !== 'success';
}
