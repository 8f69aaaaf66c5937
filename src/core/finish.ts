/**
 * Post's decisions around the assessment, pure: which lane the job ran in, whether the jobs API can be
 * read, whether and how the sticky comment is written, and what post keeps.
 */
import type { RunContext } from './event.js';
import type { JobStart } from './job-start.js';
import { PERMISSION_FIXES } from './api-refusal.js';
import { REPORT_WHEN, type LaneChoice, type ReportWhen } from './prepare.js';
import type { JobReport } from './report/index.js';
import { LANES, type Lane } from './types.js';
import type { StepRecord } from './records.js';
import { testKey } from './test-identity.js';
import { recordTestOutcomes, type TestHistory } from './test-history.js';
import { testOutcomesOf } from './test-history-read.js';

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

export type { ReportWhen };
export interface ReportSettings {
  comment: ReportWhen;
  summary: ReportWhen;
}
const QUIET: ReportSettings = { comment: 'on-failure', summary: 'on-failure' };

/** Main's `comment` and `summary` settings from state; quiet on green when main did not run. */
export function reportSettings(settingsState: string): ReportSettings {
  try {
    const kept = JSON.parse(settingsState || '{}') as Partial<Record<keyof ReportSettings, unknown>>;
    const read = (v: unknown, fallback: ReportWhen): ReportWhen =>
      v === true
        ? 'always'
        : v === false
          ? 'never'
          : REPORT_WHEN.includes(v as ReportWhen)
            ? (v as ReportWhen)
            : fallback;
    return { comment: read(kept.comment, QUIET.comment), summary: read(kept.summary, QUIET.summary) };
  } catch {
    // a setting that cannot be read leaves the reporting quiet, never fails the job
    return QUIET;
  }
}

/**
 * Something a person may want to hear of: a failure, a cancel, a failure a policy skipped, or a recovery
 * (a retry that passed, a resume, a flaky or quarantined test).
 */
export function worthReporting(
  report: Pick<JobReport, 'conclusion' | 'failures' | 'stages' | 'skipped' | 'tests'>,
): boolean {
  return (
    report.conclusion !== 'success' ||
    report.failures.length > 0 ||
    (report.skipped?.length ?? 0) > 0 ||
    // A test that failed, was retried alone and passed, or was quarantined: a recovery to hear of.
    (report.tests?.tests.length ?? 0) > 0 ||
    report.stages.some((s) => s.attempts.length > 1 || s.resumed === true)
  );
}

/**
 * The job summary post writes: the full report, one line (green, nothing recovered, and nothing that
 * limits what the report knows), or none. A warning (no token, no jobs API) keeps the full summary: a
 * failure the report cannot see must not pass as a quiet green.
 */
export function summaryMode(when: ReportWhen, eventful: boolean, warnings = 0): 'full' | 'line' | 'none' {
  if (when === 'never') return 'none';
  return when === 'always' || eventful || warnings > 0 ? 'full' : 'line';
}

/** The jobs API is read when there is a client and a job id; else why not (a warning for the report). */
export function jobsApiAccess(
  hasClient: boolean,
  jobIdText: string | undefined,
  /** Why the job was not found among its run attempt's jobs either (phases/post.ts jobIdOfRunner). */
  notFoundBecause?: string,
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
      warning: `the job id is unknown (input 'job-id', default job.check_run_id, which GitHub Enterprise Server does not offer)${notFoundBecause ? ` and the job was not found among its run attempt's jobs: ${notFoundBecause}` : ''}, so the jobs API was not read; reporting from ci-recovery's own records`,
    };
  return { read: true, jobId };
}

/** The run attempt's page, when the repository and run are known. */
export function runUrl(serverUrl: string, repo: string, start: JobStart): string | undefined {
  return repo && start.runId
    ? `${serverUrl}/${repo}/actions/runs/${start.runId}/attempts/${start.attempt}`
    : undefined;
}

export type CommentAction =
  | { action: 'none' }
  | { action: 'supervisor'; warning: string }
  /** `fixed`: green after this job's section reported a failure: update that section, create nothing. */
  | { action: 'write'; pr: number; fixed: boolean };

/**
 * The sticky comment: none off a pull request or when switched off; on-failure, a green job with nothing
 * recovered only turns its earlier section (if any) to fixed; the supervisor's for a fork (or without a
 * token), whose token cannot comment; else this job writes it.
 */
export function commentAction(
  context: RunContext,
  when: ReportWhen,
  hasClient: boolean,
  eventful: boolean,
): CommentAction {
  if (!context.pr || when === 'never') return { action: 'none' };
  const fixed = when === 'on-failure' && !eventful;
  // A green fork PR: nothing for the supervisor to say, and the job's token could not update it.
  if (fixed && (context.pr.fromFork || !hasClient)) return { action: 'none' };
  if (context.pr.fromFork || !hasClient)
    return {
      action: 'supervisor',
      warning:
        'this pull request comes from a fork (or no token was given): its token cannot comment, so the ci-recovery supervisor workflow will post the PR comment',
    };
  return { action: 'write', pr: context.pr.number, fixed };
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
        `the token may not comment on PRs (${result.reason ?? 'read-only'}): ${PERMISSION_FIXES['comments:write']}, or let the supervisor workflow comment`,
      ],
    };
  if (result.url) return { ...report, links: { ...report.links, 'PR comment': result.url } };
  return report;
}

/** The supervisor reads plans only of failed runs; a green job leaves no artifact behind. */
export function needsPlan(report: Pick<JobReport, 'conclusion'>): boolean {
  return report.conclusion !== 'success';
}

/**
 * The flaky-test history with this job's outcomes (every `run/` step's `tests`), and whether they changed
 * it: a job that met no failed test and no test the history knows leaves it as it was, and saves nothing.
 */
export function updatedTestHistory(
  history: TestHistory,
  records: readonly StepRecord[],
  where: { sha: string; branch?: string; runId: number; attempt: number; at: string },
): { history: TestHistory; changed: boolean } {
  let next = history;
  for (const record of records) {
    if (record.kind !== 'run') continue;
    const outcomes = testOutcomesOf(record.tests);
    if (outcomes.length > 0) next = recordTestOutcomes(next, outcomes, where, (o) => testKey(o.id));
  }
  // Compared whole, before the stored form's trim: an over-cap history is trimmed once, when it is saved.
  return { history: next, changed: next !== history && JSON.stringify(next) !== JSON.stringify(history) };
}
