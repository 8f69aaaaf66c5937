import type { StepOutcome } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { explainRefusal, refusalKind } from '../core/api-refusal.js';
import { httpStatus, refusalOf, type Repo } from './github-plain.js';
import type { RestClient } from './rest-light.js';
import { listPages, type ItemOf } from './rest-pages.js';
import type { AttemptJobsResult, JobStepsResult, Writer } from '../ports/job-github.js';

/**
 * The steps of a job as the jobs REST API reports them (readable while the job runs; its logs are not).
 * Never throws: a missing permission or an outage comes back as a reason that names the fix.
 */
export async function readJobSteps(
  octokit: RestClient,
  repo: Repo,
  jobId: number,
  signal?: AbortSignal,
): Promise<JobStepsResult> {
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
  } catch (error) {
    const status = httpStatus(error);
    const said = notPermission(error, `reading job ${jobId}`);
    if (said !== undefined) return { ok: false, reason: `${said} Falling back to ci-recovery's own records` };
    if (status === 403 || status === 404) {
      return {
        ok: false,
        reason:
          `the jobs API answered ${status} for job ${jobId}: grant the workflow 'permissions: actions: read' ` +
          `(and pass 'github-token' if you override it); falling back to ci-recovery's own records`,
      };
    }
    return {
      ok: false,
      reason: `the jobs API could not be read (${errorMessage(error)}); falling back to ci-recovery's own records`,
    };
  }
}

/** A refusal that is a bad token or a rate limit, not a missing permission: said as such; else undefined. */
function notPermission(error: unknown, doing: string): string | undefined {
  const refusal = refusalOf(error);
  const kind = refusalKind(refusal, 'actions:read');
  if (kind !== 'bad-credentials' && kind !== 'rate-limit') return undefined;
  return explainRefusal(refusal, doing, 'actions:read')?.message ?? '';
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
export async function readAttemptJobs(
  octokit: RestClient,
  repo: Repo,
  runId: number,
  attempt: number,
  signal?: AbortSignal,
): Promise<AttemptJobsResult> {
  try {
    // The signal goes with every page (listPages): an aborted read lets go of its socket, and the process.
    const pages = listPages(
      octokit,
      octokit.rest.actions.listJobsForWorkflowRunAttempt,
      { ...repo, run_id: runId, attempt_number: attempt, per_page: 100 },
      {
        listing: `listing the jobs of run ${runId} attempt ${attempt}`,
        maxPages: MAX_JOB_PAGES,
        ...(signal ? { signal } : {}),
      },
    );
    const jobs: ItemOf<typeof octokit.rest.actions.listJobsForWorkflowRunAttempt>[] = [];
    let read = 0;
    for await (const page of pages) {
      jobs.push(...page);
      // Stopped before the guard refuses an 11th page: the jobs read are searched, not passed for all of them.
      if (++read === MAX_JOB_PAGES) break;
    }
    return {
      ok: true,
      jobs: jobs.map((j) => ({ id: j.id, name: j.name, status: j.status, runnerName: j.runner_name })),
    };
  } catch (error) {
    const status = httpStatus(error);
    const said = notPermission(error, `reading the jobs of run ${runId} attempt ${attempt}`);
    if (said !== undefined) return { ok: false, reason: said };
    return {
      ok: false,
      reason:
        status === 403 || status === 404
          ? `the jobs API answered ${status} for run ${runId} attempt ${attempt}: grant the workflow 'permissions: actions: read'`
          : `the jobs of run ${runId} attempt ${attempt} could not be read (${errorMessage(error)})`,
    };
  }
}

/** A step as the jobs API reports it, in ci-recovery's terms (a step still running is 'unknown'). */
export interface ApiStep {
  name: string;
  number: number;
  status: string;
  conclusion: string | null;
  started_at?: string | null;
  completed_at?: string | null;
}

export function stepOutcome(s: ApiStep): StepOutcome {
  return {
    name: s.name,
    number: s.number,
    conclusion: toConclusion(s.status, s.conclusion),
    ...(s.started_at ? { startedAt: s.started_at } : {}),
    ...(s.completed_at ? { completedAt: s.completed_at } : {}),
  };
}

function toConclusion(status: string, conclusion: string | null): StepOutcome['conclusion'] {
  if (status !== 'completed') return 'unknown';
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
 * This job in its run attempt: the writer that asks whether another may be writing beside it. The
 * supervisor knows its run and attempt but not its job's id (the runner does not give it).
 */
export type WriterRun = Omit<Writer, 'jobId'> & { jobId?: number };

/**
 * Whether a writer of the sticky comment could be racing this job: another job of its run attempt in
 * progress, or another run of the repository in progress (another workflow's jobs, a supervisor). Read
 * from the Actions API, two reads at once; a job queued or waiting is seconds from any post, and a read
 * that fails counts as a racer (the comment then waits and looks again, as it always did). The API shows
 * a job that just ended as still in progress for a moment: that errs on the side of waiting.
 */
export async function othersWriting(
  octokit: RestClient,
  repo: Repo,
  writer: WriterRun,
  withinMs?: number,
): Promise<boolean> {
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
    if (runs.data.total_count > listed.length) return true;
    if (listed.some((r) => r.id !== writer.runId)) return true;
    if (!jobs.ok) return true;
    const running = jobs.jobs.filter((j) => j.status === 'in_progress');
    // A writer that does not know its job's id is one of them: it is alone when it is the only one (none
    // shown in progress means the API has not caught up with it, so nothing is known).
    if (writer.jobId === undefined) return running.length !== 1;
    return running.some((j) => j.id !== writer.jobId);
  } catch {
    // not known: assume a rival, so the comment settles as it always did
    return true;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
