/**
 * The supervisor's GitHub REST calls: read the completed run, its jobs, logs and annotations; find the PR
 * (fork PRs too); re-run within caps with backoff and pacing; and the port over them all, with the revert
 * PRs' calls (revert-pull-requests.ts). Every permission problem becomes a UserError naming exactly what to
 * change (api-call.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { errorMessage } from '../../core/errors.js';
import { PERMISSION_FIXES, type Permission, type RerunFacts } from '../../core/api-refusal.js';
import { jobTimeoutLine } from '../core/supervise-findings.js';
import type { Annotation, JobListing, RerunRequest, RunDetails } from '../core/supervise-model.js';
import type { Evidence } from '../../core/types.js';
import { stepOutcome } from '../../adapters/jobs-api.js';
import { httpStatus, type Octokit, type Repo } from '../../adapters/github.js';
import { listAll, listFirst } from '../../adapters/rest-pages.js';
import {
  RunNotFoundError,
  type OpenRevertOptions,
  type RevertPullRequest,
  type SupervisorGitHub,
} from '../ports/github.js';
import type { Logger } from '../../runner/adapters/logger.js';
import type { ArtifactCall } from '../../adapters/plan-artifact.js';
import { upsertStickyComment, type StickyOptions } from '../../adapters/sticky-comment.js';
import { call, explainApiError } from './api-call.js';
import {
  findRevertPullRequest,
  labelApplications,
  openRevertPullRequest,
  revertPullRequestsToday,
} from './revert-pull-requests.js';

export type { Annotation, OpenRevertOptions, RevertPullRequest, RunDetails };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => sleep(ms);

export { PERMISSION_FIXES, type Permission };

/** GitHub's 404 for the run names neither the run nor what to pass instead: this does. */
function runNotFound(repo: Repo, runId: number): RunNotFoundError {
  return new RunNotFoundError(
    `reading run ${runId}: GitHub answered 404 (Not Found): ${repo.owner}/${repo.repo} has no run ${runId} that this token can see. ` +
      "Pass the completed run's id as 'run-id' (github.event.workflow_run.id, in a workflow of this repository), or a token of this repository with 'actions: read'.",
    runId,
  );
}

/** The run as it is now (latest attempt), with the attempt the event was about. */
export async function readRun(
  octokit: Octokit,
  repo: Repo,
  runId: number,
  eventAttempt?: number,
): Promise<RunDetails> {
  // The run and the repository (its default branch) are read at once; the run's error is told first.
  const [runRead, repoRead] = await Promise.allSettled([
    call(`reading run ${runId}`, 'actions:read', () =>
      octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId }),
    ),
    call(`reading ${repo.owner}/${repo.repo}`, 'metadata:read', () => octokit.rest.repos.get({ ...repo })),
  ]);
  if (runRead.status === 'rejected') {
    if (httpStatus(runRead.reason) === 404) throw runNotFound(repo, runId);
    throw runRead.reason;
  }
  if (repoRead.status === 'rejected') throw repoRead.reason;
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
export async function readRepoFile(
  octokit: Octokit,
  repo: Repo,
  file: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await call(`reading ${file} at ${ref}`, 'contents:read', () =>
      octokit.rest.repos.getContent({ ...repo, path: file, ref }),
    );
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** `owner/name` (a reusable workflow's repository, checked by core/workflow-jobs calledWorkflow) as a Repo. */
function repoOf(fullName: string): Repo {
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
export async function readJobs(
  octokit: Octokit,
  repo: Repo,
  runId: number,
  attempt: number,
): Promise<JobListing> {
  const listing = `listing the jobs of run ${runId}`;
  const { items, more } = await call(listing, 'actions:read', () =>
    listFirst(
      octokit,
      octokit.rest.actions.listJobsForWorkflowRunAttempt,
      { ...repo, run_id: runId, attempt_number: attempt, per_page: 100 },
      { listing, maxPages: JOB_PAGES },
    ),
  );
  const jobs = items.map((j) => ({
    id: j.id,
    name: j.name,
    conclusion: j.conclusion,
    runAttempt: j.run_attempt ?? attempt,
    steps: (j.steps ?? []).map(stepOutcome),
  }));
  return { jobs, more };
}

/**
 * Streams a finished job's log to `file`. Undefined when GitHub has no log (expired, or a runner that
 * died before uploading it): the annotations are then the only trace.
 */
export async function downloadJobLog(
  octokit: Octokit,
  repo: Repo,
  jobId: number,
  file: string,
): Promise<string | undefined> {
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
      ...repo,
      job_id: jobId,
      request: { parseSuccessResponseBody: false },
    });
    const body = response.data;
    if (typeof body === 'string') {
      await pipeline(Readable.from([body]), createWriteStream(file));
    } else if (body && typeof body === 'object' && 'getReader' in body) {
      await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), createWriteStream(file));
    } else {
      return undefined;
    }
    return file;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 404 || status === 410) return undefined;
    throw explainApiError(error, `downloading the log of job ${jobId}`, 'actions:read');
  }
}

/** The job's check-run annotations: "The runner has received a shutdown signal", "lost communication"... */
export async function readAnnotations(octokit: Octokit, repo: Repo, jobId: number): Promise<Annotation[]> {
  const listing = `reading the annotations of job ${jobId}`;
  const list = await call(listing, 'checks:read', () =>
    listAll(
      octokit,
      octokit.rest.checks.listAnnotations,
      { ...repo, check_run_id: jobId, per_page: 100 },
      { listing, maxPages: ANNOTATION_PAGES },
    ),
  );
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
export async function jobTimeoutEvidence(
  octokit: Octokit,
  repo: Repo,
  jobId: number,
  logFile: string,
): Promise<Evidence | undefined> {
  // annotations are one more hint: the log is read without them
  const notes = await readAnnotations(octokit, repo, jobId).catch(() => [] as Annotation[]);
  const noted = jobTimeoutLine(notes.map((a) => a.message));
  if (noted) return noted;
  const file = await downloadJobLog(octokit, repo, jobId, logFile);
  if (!file) return undefined;
  try {
    let number = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      number++;
      const found = jobTimeoutLine([line]);
      if (found) return { ...found, line: number };
    }
    return undefined;
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * The PR of a run: from the run itself, else (fork PRs, whose run lists none) by head owner:branch, else by
 * head sha. The branch comes first: `GET /commits/{sha}/pulls` on the base repository answers [] for a
 * fork's commit until its PR is merged.
 */
export async function findPullRequest(
  octokit: Octokit,
  repo: Repo,
  details: RunDetails,
): Promise<number | undefined> {
  if (details.pullRequests[0] !== undefined) return details.pullRequests[0];
  const { headSha, headBranch } = details.run;
  if (details.headRepository && headBranch) {
    const headOwner = details.headRepository.split('/')[0];
    const { data } = await call('listing pull requests', 'pull-requests:read', () =>
      octokit.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${headBranch}`, per_page: 10 }),
    );
    const byBranch = data.find((p) => p.head.sha === headSha);
    if (byBranch) return byBranch.number;
  }
  const bySha = await call(
    `finding the pull request of ${headSha.slice(0, 12)}`,
    'pull-requests:read',
    () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha }),
    // no associated pull request found (or the call refused): the run is judged without one
  ).catch(() => ({ data: [] as { number: number; state: string; head: { sha: string } }[] }));
  return bySha.data.find((p) => p.state === 'open' && p.head.sha === headSha)?.number;
}

/** A PR's commits (the first 100: a re-land names the rolled-back commit near its start). */
async function pullRequestCommits(
  octokit: Octokit,
  repo: Repo,
  pr: number,
): Promise<{ sha: string; message: string }[]> {
  const { data } = await call(`listing the commits of #${pr}`, 'pull-requests:read', () =>
    octokit.rest.pulls.listCommits({ ...repo, pull_number: pr, per_page: 100 }),
  );
  return data.map((c) => ({ sha: c.sha, message: c.commit.message }));
}

/**
 * Completed runs of one workflow, newest first (filtered by head sha or branch), from the workflow's own
 * runs endpoint: a page of the repository's runs can be filled by other workflows' runs.
 */
async function workflowRuns(
  octokit: Octokit,
  repo: Repo,
  workflowId: number,
  filter: { head_sha?: string; branch: string; status?: 'completed' | 'success' },
): Promise<{ id: number; headSha: string; conclusion: string | null; createdAt: string }[]> {
  // Only the branch's push runs test what was pushed: a dispatch (other inputs), a schedule or a pull
  // request's run at the same commit may pass with other jobs, and would clear an innocent commit's parent.
  const { data } = await call('listing workflow runs', 'actions:read', () =>
    octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: workflowId,
      ...filter,
      event: 'push',
      per_page: 100,
    }),
  );
  return data.workflow_runs
    .filter(
      (r) =>
        r.workflow_id === workflowId &&
        r.status === 'completed' &&
        r.event === 'push' &&
        r.head_branch === filter.branch,
    )
    .map((r) => ({ id: r.id, headSha: r.head_sha, conclusion: r.conclusion, createdAt: r.created_at }))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/**
 * Did the latest completed push run of the workflow on `branch` at `sha` succeed? Undefined when none ran
 * there (the range since the last green run is then read).
 */
export async function commitWasGreen(
  octokit: Octokit,
  repo: Repo,
  workflowId: number,
  sha: string,
  branch: string,
): Promise<boolean | undefined> {
  const latest = (await workflowRuns(octokit, repo, workflowId, { head_sha: sha, branch }))[0];
  return latest ? latest.conclusion === 'success' : undefined;
}

/** The head sha of the newest successful run of the workflow on `branch` other than `exceptSha`. */
export async function lastGreenSha(
  octokit: Octokit,
  repo: Repo,
  workflowId: number,
  branch: string,
  exceptSha: string,
): Promise<string | undefined> {
  const runs = await workflowRuns(octokit, repo, workflowId, { branch, status: 'success' });
  return runs.find((r) => r.conclusion === 'success' && r.headSha !== exceptSha)?.headSha;
}

export interface RerunOptions {
  sleep?: Sleep;
  /** Backoff before the re-run, ms (policy's backoff for the next attempt). */
  backoffMs?: number;
}

/**
 * Requests the re-run after the policy's backoff. Rate limits and server errors are waited out by the
 * client's shared policy (github.ts); "already running" means another supervisor won the race: not an error.
 */
export async function requestRerun(
  octokit: Octokit,
  repo: Repo,
  runId: number,
  req: RerunRequest,
  opts: RerunOptions = {},
): Promise<'requested' | 'already-running'> {
  const sleep = opts.sleep ?? realSleep;
  if (opts.backoffMs && opts.backoffMs > 0) await sleep(opts.backoffMs);
  try {
    if (req.mode === 'job' && req.jobIds[0] !== undefined) {
      await octokit.rest.actions.reRunJobForWorkflowRun({ ...repo, job_id: req.jobIds[0] });
    } else if (req.mode === 'all') {
      await octokit.rest.actions.reRunWorkflow({ ...repo, run_id: runId });
    } else {
      await octokit.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId });
    }
    return 'requested';
  } catch (error) {
    if (httpStatus(error) === 403 && /already running|in progress/i.test(errorMessage(error)))
      return 'already-running';
    const facts = httpStatus(error) === 403 ? await rerunFacts(octokit, repo, runId) : undefined;
    throw explainApiError(error, `re-running run ${runId}`, 'actions:write', facts);
  }
}

/** The run's age and attempts, to tell GitHub's re-run limits from a missing permission; {} if unreadable. */
async function rerunFacts(octokit: Octokit, repo: Repo, runId: number): Promise<RerunFacts> {
  try {
    const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
    return { runCreatedAt: data.created_at, latestAttempt: data.run_attempt ?? 1 };
  } catch {
    // these facts only sharpen the refusal's explanation: it is explained without them
    return {};
  }
}

export interface SupervisorGitHubOptions {
  octokit: Octokit;
  repo: Repo;
  /** For the artifact service (the run's recovery plans). */
  token: string;
  logger: Logger;
  /** Scratch space for logs and the rollback record. */
  tempDir: string;
  sleep?: Sleep;
  sticky?: StickyOptions;
  /** Keep a file as an artifact (default: @actions/artifact, unzipped, 90 days). */
  uploadArtifact?: (name: string, file: string) => Promise<void>;
  /** Bounds each call to the artifact service, which @actions/artifact leaves without a time limit. */
  artifactCall?: ArtifactCall;
}

/** The supervisor's GitHub port over REST (ports/github.ts). */
export function supervisorGitHub(o: SupervisorGitHubOptions): SupervisorGitHub {
  const { octokit, repo } = o;
  const scratch = (name: string): string => path.join(o.tempDir, name);
  return {
    readRun: (runId, attempt) => readRun(octokit, repo, runId, attempt),
    readJobs: (runId, attempt) => readJobs(octokit, repo, runId, attempt),
    jobTimeoutEvidence: (jobId) =>
      jobTimeoutEvidence(octokit, repo, jobId, scratch(`job-${jobId}-timeout.log`)),
    classifyJobLog: async (jobId, signals) => {
      const file = await downloadJobLog(octokit, repo, jobId, scratch(`job-${jobId}.log`));
      if (!file) return undefined;
      try {
        // The classifier, artifact and git code load when a failed run needs them, not at start-up.
        const { classifyLogFile } = await import('../../adapters/log-file.js');
        return await classifyLogFile(file, signals);
      } finally {
        await rm(file, { force: true });
      }
    },
    readAnnotations: (jobId) => readAnnotations(octokit, repo, jobId),
    recoveryPlans: async (runId) => {
      const { downloadPlans } = await import('../../adapters/plan-artifact.js');
      const within = o.artifactCall ? { within: o.artifactCall } : {};
      return (await downloadPlans({ token: o.token, runId, repo, logger: o.logger, ...within })).plans;
    },
    commitWasGreen: (workflowId, sha, branch) => commitWasGreen(octokit, repo, workflowId, sha, branch),
    lastGreenSha: (workflowId, branch, exceptSha) =>
      lastGreenSha(octokit, repo, workflowId, branch, exceptSha),
    labelApplications: (sha, label) => labelApplications(octokit, repo, sha, label),
    findRevertPullRequest: (branch) => findRevertPullRequest(octokit, repo, branch),
    revertPullRequestsToday: (now) => revertPullRequestsToday(octokit, repo, now),
    findPullRequest: (details) => findPullRequest(octokit, repo, details),
    pullRequestCommits: (pr) => pullRequestCommits(octokit, repo, pr),
    requestRerun: (runId, req, backoffMs) =>
      requestRerun(octokit, repo, runId, req, { backoffMs, sleep: o.sleep ?? realSleep }),
    openRevertPullRequest: (opts) => openRevertPullRequest(octokit, repo, opts),
    upsertComment: (pr, key, section) =>
      upsertStickyComment(octokit, repo, pr, key, section, o.logger, o.sticky),
    keepArtifact: (name, content) => keepArtifact(o, name, content),
    readFile: (file, ref, from) => readRepoFile(octokit, from ? repoOf(from) : repo, file, ref),
  };
}

async function keepArtifact(o: SupervisorGitHubOptions, name: string, content: string): Promise<void> {
  const dir = await mkdtemp(path.join(o.tempDir, 'record-'));
  const file = path.join(dir, name);
  try {
    await writeFile(file, content);
    const upload =
      o.uploadArtifact ??
      (async (n: string, f: string): Promise<void> => {
        const { DefaultArtifactClient } = await import('@actions/artifact');
        await new DefaultArtifactClient().uploadArtifact(n, [f], path.dirname(f), {
          skipArchive: true,
          retentionDays: 90,
        });
      });
    const within = o.artifactCall ?? ((_what, call) => call());
    await within(`uploading the artifact '${name}'`, () => upload(name, file));
  } finally {
    // best effort: the temporary directory is the OS's to clear if removing it fails
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
