/**
 * What the supervisor reads from GitHub and asks of it: the completed run, its jobs, logs, annotations and
 * recovery plans; the green history and labels a revert needs; re-runs, the draft revert PR, the sticky
 * comment and the rollback record's artifact. adapters/supervisor-github.ts carries it out over REST;
 * `RecordingGitHub` keeps it in memory so the supervise phase can be tested without a server.
 */
import { classify, type FailureSignals } from '../../core/classify/index.js';
import type { RecoveryPlan } from '../../core/plan-artifact.js';
import type { LabelApplication } from '../core/revert.js';
import { jobTimeoutLine } from '../core/supervise-findings.js';
import type { Annotation, JobListing, JobView, RerunRequest, RunDetails } from '../core/supervise-model.js';
import type { Classification, Evidence } from '../../core/types.js';
import { UserError } from '../../core/errors.js';

/** GitHub has no run of this id that the token can see (404): deleted, expired, or never there. */
export class RunNotFoundError extends UserError {
  constructor(
    message: string,
    readonly runId: number,
  ) {
    super(message);
    this.name = 'RunNotFoundError';
  }
}

export interface RevertPullRequest {
  number: number;
  url: string;
  state: string;
  createdAt: string;
  /** The commit its merge made on the base branch, once merged. */
  mergeSha?: string;
}

export interface OpenRevertOptions {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
}

/** One section of the sticky PR comment. */
export interface CommentSection {
  body: string;
  runId: number;
  attempt: number;
}

export interface SupervisorGitHub {
  /** The run as it is now (latest attempt), with the attempt the event was about. */
  readRun(runId: number, eventAttempt?: number): Promise<RunDetails>;
  /** The jobs of one attempt, with their steps; `more` when the attempt has more than were listed. */
  readJobs(runId: number, attempt: number): Promise<JobListing>;
  /** For a `cancelled` job: the runner's job-timeout line, from its annotations or log. */
  jobTimeoutEvidence(jobId: number): Promise<Evidence | undefined>;
  /** The job's log, classified by core's classifier as it is read; undefined when GitHub has no log. */
  classifyJobLog(jobId: number, signals: Omit<FailureSignals, 'log'>): Promise<Classification | undefined>;
  readAnnotations(jobId: number): Promise<Annotation[]>;
  /** Every recovery plan the run's jobs uploaded (all attempts). */
  recoveryPlans(runId: number): Promise<RecoveryPlan[]>;
  /**
   * Did the latest completed push run of the workflow on `branch` at `sha` succeed? Undefined when none ran
   * there (a dispatch's, a schedule's or a pull request's run at that commit may have run other jobs).
   */
  commitWasGreen(workflowId: number, sha: string, branch: string): Promise<boolean | undefined>;
  /** The head sha of the newest successful push run of the workflow on `branch` other than `exceptSha`. */
  lastGreenSha(workflowId: number, branch: string, exceptSha: string): Promise<string | undefined>;
  /** Who applied `label` to the PR that brought `sha` in, with their permission. */
  labelApplications(sha: string, label: string): Promise<{ pr?: number; labels: LabelApplication[] }>;
  findRevertPullRequest(branch: string): Promise<RevertPullRequest | undefined>;
  /** Revert PRs ci-recovery opened on `now`'s day (UTC). */
  revertPullRequestsToday(now: Date): Promise<number>;
  /** The PR of a run (fork PRs too), if any. */
  findPullRequest(details: RunDetails): Promise<number | undefined>;
  /** The commits of PR `pr` with their messages (a re-land names the rolled-back commit in one). */
  pullRequestCommits(pr: number): Promise<{ sha: string; message: string }[]>;
  /** Waits `backoffMs`, then asks for the re-run; "already running" is an answer, not an error. */
  requestRerun(runId: number, req: RerunRequest, backoffMs: number): Promise<'requested' | 'already-running'>;
  /** Opens the draft revert PR (or returns the existing one) and labels it. */
  openRevertPullRequest(opts: OpenRevertOptions): Promise<RevertPullRequest & { created: boolean }>;
  /** Writes one section of the sticky comment on `pr`. */
  upsertComment(pr: number, key: string, section: CommentSection): Promise<{ url?: string }>;
  /** Keeps a text file as an artifact of the supervisor's run. */
  keepArtifact(name: string, content: string): Promise<void>;
  /**
   * A file of the repository at `ref` (the run's workflow file), or of `repo` (`owner/name`: a reusable
   * workflow the run calls); undefined when there is none.
   */
  readFile(path: string, ref: string, repo?: string): Promise<string | undefined>;
}

/** In memory: the run, its jobs and history are given; re-runs, PRs, comments and artifacts are recorded. */
export class RecordingGitHub implements SupervisorGitHub {
  /** Jobs by attempt. */
  jobs: Record<number, JobView[]> = {};
  /** The attempts whose listing stops before their last job (JobListing `more`). */
  moreJobs = new Set<number>();
  /** Job logs by job id (absent: GitHub has none). */
  logs: Record<number, string> = {};
  annotations: Record<number, Annotation[]> = {};
  plans: RecoveryPlan[] = [];
  /** The latest completed run's success, by head sha. */
  green: Record<string, boolean> = {};
  lastGreen?: string;
  labels: { pr?: number; labels: LabelApplication[] } = { labels: [] };
  revertPrs: Record<string, RevertPullRequest> = {};
  revertsToday = 0;
  pullRequest?: number;
  /** The commits of the PRs, by number. */
  prCommits: Record<number, { sha: string; message: string }[]> = {};
  rerunAnswer: 'requested' | 'already-running' = 'requested';
  openError?: Error;

  readonly reruns: { runId: number; req: RerunRequest; backoffMs: number }[] = [];
  readonly opened: OpenRevertOptions[] = [];
  readonly comments: { pr: number; key: string; section: CommentSection }[] = [];
  readonly artifacts: { name: string; content: string }[] = [];
  /** Job ids whose logs were read. */
  readonly logReads: number[] = [];

  constructor(readonly details: RunDetails) {}

  readRun(_runId: number, eventAttempt?: number): Promise<RunDetails> {
    const run = { ...this.details.run, attempt: eventAttempt ?? this.details.run.latestAttempt };
    return Promise.resolve({ ...this.details, run });
  }
  readJobs(_runId: number, attempt: number): Promise<JobListing> {
    const jobs = (this.jobs[attempt] ?? []).map((j) => ({ ...j }));
    return Promise.resolve({ jobs, more: this.moreJobs.has(attempt) });
  }
  jobTimeoutEvidence(jobId: number): Promise<Evidence | undefined> {
    const noted = jobTimeoutLine((this.annotations[jobId] ?? []).map((a) => a.message));
    return Promise.resolve(noted ?? jobTimeoutLine((this.logs[jobId] ?? '').split('\n')));
  }
  classifyJobLog(jobId: number, signals: Omit<FailureSignals, 'log'>): Promise<Classification | undefined> {
    this.logReads.push(jobId);
    const log = this.logs[jobId];
    return Promise.resolve(log === undefined ? undefined : classify({ ...signals, log }));
  }
  readAnnotations(jobId: number): Promise<Annotation[]> {
    return Promise.resolve(this.annotations[jobId] ?? []);
  }
  recoveryPlans(): Promise<RecoveryPlan[]> {
    return Promise.resolve(this.plans);
  }
  commitWasGreen(_workflowId: number, sha: string): Promise<boolean | undefined> {
    return Promise.resolve(this.green[sha]);
  }
  lastGreenSha(): Promise<string | undefined> {
    return Promise.resolve(this.lastGreen);
  }
  labelApplications(): Promise<{ pr?: number; labels: LabelApplication[] }> {
    return Promise.resolve(this.labels);
  }
  findRevertPullRequest(branch: string): Promise<RevertPullRequest | undefined> {
    return Promise.resolve(this.revertPrs[branch]);
  }
  revertPullRequestsToday(): Promise<number> {
    return Promise.resolve(this.revertsToday);
  }
  findPullRequest(): Promise<number | undefined> {
    return Promise.resolve(this.pullRequest);
  }
  pullRequestCommits(pr: number): Promise<{ sha: string; message: string }[]> {
    return Promise.resolve((this.prCommits[pr] ?? []).map((c) => ({ ...c })));
  }
  requestRerun(
    runId: number,
    req: RerunRequest,
    backoffMs: number,
  ): Promise<'requested' | 'already-running'> {
    this.reruns.push({ runId, req, backoffMs });
    return Promise.resolve(this.rerunAnswer);
  }
  openRevertPullRequest(opts: OpenRevertOptions): Promise<RevertPullRequest & { created: boolean }> {
    if (this.openError) return Promise.reject(this.openError);
    const existing = this.revertPrs[opts.branch];
    if (existing) return Promise.resolve({ ...existing, created: false });
    this.opened.push(opts);
    const number = 900 + this.opened.length;
    const pr = { number, url: `https://github.test/pull/${number}`, state: 'open', createdAt: '' };
    this.revertPrs[opts.branch] = pr;
    return Promise.resolve({ ...pr, created: true });
  }
  upsertComment(pr: number, key: string, section: CommentSection): Promise<{ url?: string }> {
    this.comments.push({ pr, key, section });
    return Promise.resolve({ url: `https://github.test/pull/${pr}#comment` });
  }
  keepArtifact(name: string, content: string): Promise<void> {
    this.artifacts.push({ name, content });
    return Promise.resolve();
  }
  /** Files by `ref:path` (`owner/name@ref:path` for another repository's); an Error is thrown as the read's failure. */
  files: Record<string, string | Error> = {};
  readFile(path: string, ref: string, repo?: string): Promise<string | undefined> {
    const file = this.files[`${repo ? `${repo}@` : ''}${ref}:${path}`];
    return file instanceof Error ? Promise.reject(file) : Promise.resolve(file);
  }
}
