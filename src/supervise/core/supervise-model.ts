/**
 * What the supervisor decides over, and what it decides: the run and its jobs as it read them, what each
 * failed job left (findings), the decision's input and its plan (core/supervise.ts decides).
 */
import type { SuperviseScope } from '../../core/job-filter.js';
import type { Decision, PolicyInput } from '../../core/policy.js';
import type { LabelApplication, RevertConfig, RevertRefusal } from './revert.js';
import type {
  BranchKind,
  Classification,
  Evidence,
  FailureType,
  Lane,
  StepOutcome,
  Strategy,
} from '../../core/types.js';

export type SuperviseAction = 'rerun' | 'confirm-rerun' | 'revert' | 'manual' | 'nothing';

export interface RunView {
  id: number;
  /** The attempt the supervisor was called for (from the workflow_run event). */
  attempt: number;
  /** The run's attempt now, read from the API: larger than `attempt` when it was re-run since. */
  latestAttempt: number;
  workflow: string;
  event: string;
  headSha: string;
  headBranch: string;
  defaultBranch: string;
  conclusion: string | null;
  url?: string;
  /** When the run started (ISO), if GitHub said. */
  startedAt?: string;
  /** When the run was last updated (ISO), if GitHub said. */
  updatedAt?: string;
}

export interface JobView {
  id: number;
  name: string;
  conclusion: string | null;
  runAttempt: number;
  steps: StepOutcome[];
  /**
   * The runner's job-timeout line, when a `cancelled` job carries it in its annotations or log: the job
   * ran past its `timeout-minutes` and the runner cancelled it; no person did.
   */
  jobTimeout?: Evidence;
  /** The job's deployment environment, when known: a deployment is left to a person by default. */
  environment?: string;
}

/**
 * An attempt's jobs as listed. `more`: the attempt has more jobs than its listing's most pages hold, and
 * `jobs` are the first ones only: a decision about every job (which a re-run of failed jobs starts) cannot be
 * taken on them, one about a job found among them can.
 */
export interface JobListing {
  jobs: JobView[];
  more: boolean;
}

/** The run as the supervisor read it, with what finds its pull request. */
export interface RunDetails {
  run: RunView;
  workflowId: number;
  /** PR numbers from the run itself (empty for fork PRs). */
  pullRequests: number[];
  /** owner/repo of the head (differs from the base for fork PRs). */
  headRepository?: string;
  /** The workflow file the run ran, e.g. `.github/workflows/ci.yml` (the run's `path`). */
  workflowPath?: string;
}

/** One check-run annotation of a job. */
export interface Annotation {
  level: string;
  message: string;
  title?: string;
}

/** What the supervisor learned about one failed job, strongest source first. */
export interface JobFindings {
  classification: Classification;
  source: 'plan' | 'log' | 'annotation' | 'steps';
  lane?: Lane;
  /** The in-job plan's flaky flag, or the ledger's flaky signatures. */
  flaky?: boolean;
  /** The in-job plan says every failed test is known flaky (their keys): never a revert. */
  flakyTests?: string[];
}

/** The policy (src/core/policy.ts `decide`, bound to the effective config). */
export type PolicyDecide = (input: PolicyInput) => Decision;

export interface SuperviseInput {
  run: RunView;
  jobs: JobView[];
  /** The attempt has more jobs than `jobs` (JobListing `more`): no re-run is asked, a person decides. */
  moreJobs?: boolean;
  /** Keyed by job name. A failed job without findings is treated as `unknown`. */
  findings: Record<string, JobFindings>;
  /** The same jobs in the previous attempt (for a confirming re-run), keyed by name. */
  previous?: Record<string, { conclusion: string | null; type?: FailureType }>;
  decide: PolicyDecide;
  revert?: RevertConfig;
  /** Which failed jobs may be re-run or reverted for (default: all but deployments). */
  scope?: SuperviseScope;
  /** Facts about the head commit, needed only for a revert. */
  commit?: { sha: string; message: string; parents: string[] };
  parentGreen?: boolean;
  culpritRange?: number;
  revertsToday?: number;
  labels?: LabelApplication[];
  alreadyReverted?: boolean;
  /** The head commit's revert PR, closed unmerged (a person's decision). */
  revertDeclined?: number;
  /** Rollbacks of the head commit's change already made (at most two, then a person). */
  earlierRollbacks?: number;
  /** Why the facts above could not be read (clone, API): no revert then. */
  factsProblem?: string;
}

export interface JobDecision {
  jobId: number;
  job: string;
  action: SuperviseAction;
  reason: string;
  attempt: number;
  strategy?: Strategy;
  rule?: string;
  classification?: Classification;
  source?: JobFindings['source'];
  lane?: Lane;
  maxAttempts?: number;
  backoffSeconds?: number;
  /** Why a revert was refused, for a job handed to a person instead (bisection takes `culprit-range`). */
  refusal?: RevertRefusal;
}

export interface RerunRequest {
  /**
   * `failed-jobs`: POST .../runs/{id}/rerun-failed-jobs; `job`: POST .../jobs/{id}/rerun; `all`: POST
   * .../runs/{id}/rerun, every job (a cancelled bisection probe's, whose cancelled jobs are not failed ones).
   */
  mode: 'failed-jobs' | 'job' | 'all';
  jobIds: number[];
  backoffSeconds: number;
  reason: string;
}

export interface RevertRequest {
  sha: string;
  branch: string;
  /** 1 for a merge commit: revert against its first parent. */
  mainline?: number;
  job: string;
  failureType: FailureType;
  reason: string;
}

export interface SupervisePlan {
  runId: number;
  runAttempt: number;
  branchKind: BranchKind;
  jobs: JobDecision[];
  rerun?: RerunRequest;
  revert?: RevertRequest;
}

export function branchKindOf(run: Pick<RunView, 'event' | 'headBranch' | 'defaultBranch'>): BranchKind {
  if (run.event === 'pull_request' || run.event === 'pull_request_target') return 'pr';
  return run.headBranch === run.defaultBranch ? 'default' : 'other';
}

/** The conclusions of a job that failed (a `cancelled` one needs its job-timeout line to count). */
export const FAILED_CONCLUSIONS: ReadonlySet<string> = new Set(['failure', 'timed_out', 'startup_failure']);

/** Failed, or cancelled by its own timeout-minutes (a person's cancel is left alone). */
export function needsRecovery(job: Pick<JobView, 'conclusion' | 'jobTimeout'>): boolean {
  return (
    FAILED_CONCLUSIONS.has(job.conclusion ?? '') ||
    (job.conclusion === 'cancelled' && job.jobTimeout !== undefined)
  );
}

/** A newer attempt exists: its own completion calls the supervisor again. Acting now would act twice. */
export function isStale(run: Pick<RunView, 'attempt' | 'latestAttempt'>): boolean {
  return run.latestAttempt > run.attempt;
}
