/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */
import {
  DEFAULT_REVERT_CONFIG,
  revertBranch,
  revertEligibility,
  notPushRun,
  type LabelApplication,
  type RevertConfig,
  type RevertRefusal,
  type RevertVerdict,
} from './revert.js';
import { GITHUB_MAX_RUN_ATTEMPTS } from './api-refusal.js';
import type { classify as Classify, FailureSignals } from './classify/index.js';
import { outOfScope, type SuperviseScope } from './job-filter.js';
import { latestPlans, type RecoveryPlan } from './plan-artifact.js';
import { renderCommentSection } from './report/comment.js';
import { renderResumeOutlook, resumeOutlook, type ResumeOutlook } from './report/time-saved.js';
import { renderRollbackPostMortem } from './rollback-post-mortem.js';
import { renderVerifiedRollbacks, type VerifiedRollback } from './rollback-verify.js';
import { renderReentrySummary, type Reentry } from './reentry.js';
import { renderRollbackRecord, type RollbackRecord } from './rollback-record.js';
import type { Decision, PolicyInput } from './policy.js';
import { codeBlock, codeSpan, escapeText, link } from './report/markdown.js';
import type { JobReport } from './report/model.js';
import type {
  BranchKind,
  Classification,
  Evidence,
  FailureType,
  Lane,
  StepOutcome,
  Strategy,
} from './types.js';

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

/**
 * The line GitHub writes to a job's annotations and log when the job runs past its `timeout-minutes`; the
 * job then ends `cancelled`, like a person's cancel (docs/runner-model.md, "Job timeouts"). Two wordings:
 * today's "The job has exceeded the maximum execution time of 30m0s" (a Go duration: 1m0s, 45m0s, 6h0m0s,
 * no final period) and the older "The job running on runner X has exceeded the maximum execution time of
 * N minutes." Both are accepted: the service's wording changed once without notice.
 */
const JOB_TIMEOUT = new RegExp(
  [
    String.raw`The job has exceeded the maximum execution time of (?:\d+h)?(?:\d+m)?[\d.]+(?:s|ms|µs|us|ns)\b`,
    String.raw`The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\.`,
  ].join('|'),
);

/** The job-timeout line among `lines` (1-based line number), if any. */
export function jobTimeoutLine(lines: readonly string[]): Evidence | undefined {
  for (const [i, line] of lines.entries()) {
    const m = JOB_TIMEOUT.exec(line);
    if (m) return { line: i + 1, text: m[0] };
  }
  return undefined;
}

/** The classification of a job the runner cancelled at its timeout-minutes. */
export function jobTimeoutClassification(evidence: Evidence): Classification {
  return { type: 'timeout', confidence: 'high', retryable: true, rule: 'job-timeout-minutes', evidence };
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
  /** `failed-jobs`: POST .../runs/{id}/rerun-failed-jobs; `job`: POST .../jobs/{id}/rerun. */
  mode: 'failed-jobs' | 'job';
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

const NO_FINDINGS: Classification = {
  type: 'unknown',
  confidence: 'low',
  retryable: false,
  rule: 'no-findings',
};

/** What the policy is asked about one failed job. */
function jobPolicyInput(
  job: JobView,
  found: JobFindings | undefined,
  kind: BranchKind,
  confirmed: boolean,
  parentGreen: boolean | undefined,
): PolicyInput {
  const classification = found?.classification ?? NO_FINDINGS;
  return {
    type: classification.type,
    confidence: classification.confidence,
    retryable: classification.retryable,
    lane: found?.lane ?? 'STANDARD',
    branchKind: kind,
    attempt: job.runAttempt,
    ...(found?.flaky !== undefined ? { flaky: found.flaky } : {}),
    ...(found?.flakyTests?.length ? { flaky: true, flakyTests: found.flakyTests } : {}),
    confirmedOnRerun: confirmed,
    ...(parentGreen !== undefined ? { parentGreen } : {}),
  };
}

/**
 * The one rule for a revert candidate: the policy (default rules and config rules alike) would roll the
 * job back once its failure is confirmed on a re-run and its parent commit was green.
 */
function rollsBackOnceConfirmed(policyInput: PolicyInput, decide: PolicyDecide): boolean {
  return decide({ ...policyInput, confirmedOnRerun: true, parentGreen: true }).strategy === 'rollback';
}

/**
 * The failed jobs whose confirming facts (the previous attempt, the commit, its parent, labels, caps) the
 * supervisor must gather: on the default branch, those the policy would roll back once confirmed.
 */
export function revertCandidates(
  input: Pick<SuperviseInput, 'run' | 'jobs' | 'findings' | 'decide' | 'scope'>,
): JobView[] {
  const kind = branchKindOf(input.run);
  // Only a push run reverts (see revertEligibility): a scheduled run gathers no confirming facts.
  if (kind !== 'default' || input.run.event !== 'push' || isStale(input.run)) return [];
  return input.jobs
    .filter(needsRecovery)
    .filter((job) => outOfScope(job, input.scope) === undefined)
    .filter((job) =>
      rollsBackOnceConfirmed(
        jobPolicyInput(job, input.findings[job.name], kind, false, undefined),
        input.decide,
      ),
    );
}

/** The same job failed the same way in the previous attempt: a confirming re-run. */
function confirmedOnRerun(job: JobView, input: SuperviseInput, type: FailureType): boolean {
  const prev = input.previous?.[job.name];
  return (
    job.runAttempt > 1 &&
    prev !== undefined &&
    FAILED_CONCLUSIONS.has(prev.conclusion ?? '') &&
    (prev.type === undefined || prev.type === type)
  );
}

/** Whether the commit may be reverted; undefined facts refuse. */
function revertVerdictFor(input: SuperviseInput, kind: BranchKind, confirmed: boolean): RevertVerdict {
  const { event, headSha } = input.run;
  if (kind === 'default' && event !== 'push')
    return { revert: false, refusal: 'not-push-run', reason: notPushRun(event, headSha.slice(0, 12)) };
  if (!input.commit)
    return {
      revert: false,
      refusal: 'facts-unknown',
      reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
    };
  return revertEligibility(
    {
      branchKind: kind,
      event,
      commit: input.commit,
      confirmedOnRerun: confirmed,
      parentGreen: input.parentGreen,
      culpritRange: input.culpritRange,
      revertsToday: input.revertsToday ?? 0,
      ...(input.labels ? { labels: input.labels } : {}),
      alreadyReverted: input.alreadyReverted === true,
      ...(input.earlierRollbacks !== undefined ? { earlierRollbacks: input.earlierRollbacks } : {}),
    },
    input.revert ?? DEFAULT_REVERT_CONFIG,
  );
}

/** A job that needs nothing: it passed, was skipped, or a person cancelled it. */
function untouchedJob(job: JobView): JobDecision {
  return {
    jobId: job.id,
    job: job.name,
    action: 'nothing',
    attempt: job.runAttempt,
    reason:
      job.conclusion === 'cancelled'
        ? 'job cancelled by a person (no job-timeout line in its annotations or log)'
        : `job ${job.conclusion ?? 'not completed'}`,
  };
}

type JobBase = Omit<JobDecision, 'action' | 'reason'>;

/** A rollback the policy wants, as the revert checks allow it. */
function rollbackDecision(base: JobBase, what: string, verdict: RevertVerdict): JobDecision {
  if (verdict.revert) return { ...base, action: 'revert', reason: `${what}: ${verdict.reason}` };
  if (verdict.refusal === 'not-confirmed')
    return { ...base, action: 'confirm-rerun', reason: `${what}: re-run once to confirm before reverting` };
  if (verdict.refusal === 'already-reverted')
    return { ...base, action: 'nothing', reason: `${what}: ${verdict.reason}` };
  return {
    ...base,
    action: 'manual',
    reason: `${what}: no revert: ${verdict.reason}`,
    refusal: verdict.refusal,
  };
}

/** Any other strategy: re-run within the lane's budget, skip, or hand to a person. */
function strategyDecision(base: JobBase, what: string, decision: Decision): JobDecision {
  switch (decision.strategy) {
    case 'retry':
    case 'resume': {
      if (base.attempt >= decision.maxAttempts)
        return {
          ...base,
          action: 'manual',
          reason: `${what}: the lane's budget of ${decision.maxAttempts} attempt(s) is spent`,
        };
      const how =
        decision.strategy === 'resume' ? 're-run; the new attempt resumes from its checkpoints' : 're-run';
      return { ...base, action: 'rerun', reason: `${what}: ${how} (${decision.reason})` };
    }
    case 'skip':
      return { ...base, action: 'nothing', reason: `${what}: ${decision.reason}` };
    default:
      return { ...base, action: 'manual', reason: `${what}: ${decision.reason}` };
  }
}

/** One failed job's decision. `verdict` is asked only when the policy wants a rollback. */
function decideJob(
  job: JobView,
  input: SuperviseInput,
  kind: BranchKind,
  verdict: (confirmed: boolean) => RevertVerdict,
): JobDecision {
  if (!needsRecovery(job)) return untouchedJob(job);
  const excluded = outOfScope(job, input.scope);
  if (excluded)
    return { jobId: job.id, job: job.name, action: 'manual', attempt: job.runAttempt, reason: excluded };
  const found = input.findings[job.name];
  const classification = found?.classification ?? NO_FINDINGS;
  const confirmed = confirmedOnRerun(job, input, classification.type);
  const policyInput = jobPolicyInput(job, found, kind, confirmed, input.parentGreen);
  const decision = input.decide(policyInput);
  const base: JobBase = {
    jobId: job.id,
    job: job.name,
    attempt: job.runAttempt,
    classification,
    ...(found ? { source: found.source } : {}),
    lane: policyInput.lane,
    strategy: decision.strategy,
    rule: decision.rule,
    maxAttempts: decision.maxAttempts,
    backoffSeconds: decision.backoffSeconds,
  };
  const flakyOnly = found?.flakyTests?.length ? found.flakyTests : undefined;
  const what =
    `${classification.type} (${policyInput.lane}, attempt ${job.runAttempt})` +
    (flakyOnly ? `, only known-flaky tests failed (${flakyOnly.length}): never reverted for` : '');
  // A failure on the default branch leads to a revert when the policy would roll back once the failure is
  // confirmed; the confirming re-run is spent only if every other revert check passes. Never for a
  // failure of known-flaky tests only: the change did not cause it.
  const rollback =
    !flakyOnly &&
    (decision.strategy === 'rollback' ||
      (kind === 'default' && !confirmed && rollsBackOnceConfirmed(policyInput, input.decide)));
  return rollback ? rollbackDecision(base, what, verdict(confirmed)) : strategyDecision(base, what, decision);
}

/**
 * GitHub starts one re-run per attempt: one job alone, or every failed job together. A job cancelled by its
 * timeout-minutes is re-run by its own id: whether `rerun-failed-jobs` takes a cancelled job is reported
 * both ways (docs/runner-model.md), `POST /actions/jobs/{id}/rerun` re-runs it either way. So a cancelled
 * job is re-run only alone; beside failed jobs to re-run, or beside another cancelled one, it is left to a
 * person, said so, rather than counted as re-run when GitHub may skip it.
 */
function withRerun(
  plan: SupervisePlan,
  run: RunView,
  failedCount: number,
  cancelled: ReadonlySet<number>,
): SupervisePlan {
  const wanted = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
  if (wanted.length === 0) return plan;
  if (run.latestAttempt >= GITHUB_MAX_RUN_ATTEMPTS) {
    const limit = `; but GitHub's limit of ${GITHUB_MAX_RUN_ATTEMPTS} attempts per run is reached`;
    return leaveToPerson(plan, wanted, limit);
  }
  const failedOnes = wanted.filter((j) => !cancelled.has(j.jobId));
  const toRerun = failedOnes.length > 0 ? failedOnes : wanted.slice(0, 1);
  const left = wanted.filter((j) => !toRerun.includes(j));
  const single = toRerun.length === 1 && (failedCount > 1 || cancelled.has(toRerun[0]!.jobId));
  const extra = failedCount - toRerun.length - left.length;
  const rerun: RerunRequest = {
    mode: single ? 'job' : 'failed-jobs',
    jobIds: toRerun.map((j) => j.jobId),
    backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
    reason:
      toRerun.map((j) => j.job).join(', ') +
      (!single && extra > 0
        ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
        : ''),
  };
  const why = `; but this attempt re-runs ${rerun.reason}, and GitHub may leave a job cancelled at its time limit out of it (undocumented), while one re-run per attempt can start: if it is not re-run, re-run it alone (POST /actions/jobs/{id}/rerun) once that ends`;
  return { ...leaveToPerson(plan, left, why), rerun };
}

/** `jobs` of the plan become a person's turn, their reason saying why. */
function leaveToPerson(plan: SupervisePlan, jobs: readonly JobDecision[], why: string): SupervisePlan {
  if (jobs.length === 0) return plan;
  return {
    ...plan,
    jobs: plan.jobs.map((j) => (jobs.includes(j) ? { ...j, action: 'manual', reason: j.reason + why } : j)),
  };
}

/** One culprit per run: the other jobs that would revert point at the same commit. */
function withRevert(plan: SupervisePlan, commit: SuperviseInput['commit']): SupervisePlan {
  const reverting = plan.jobs.find((j) => j.action === 'revert');
  if (!reverting || !commit) return plan;
  const revert: RevertRequest = {
    sha: commit.sha,
    branch: revertBranch(commit.sha),
    ...(commit.parents.length > 1 ? { mainline: 1 } : {}),
    job: reverting.job,
    failureType: reverting.classification?.type ?? 'unknown',
    reason: reverting.reason,
  };
  return { ...plan, revert };
}

export function supervise(input: SuperviseInput): SupervisePlan {
  const { run } = input;
  const kind = branchKindOf(run);
  const plan: SupervisePlan = { runId: run.id, runAttempt: run.attempt, branchKind: kind, jobs: [] };
  if (isStale(run)) {
    const reason = `the run was already re-run (attempt ${run.latestAttempt} exists); that attempt's supervisor decides`;
    return {
      ...plan,
      jobs: input.jobs.map((j) => ({
        jobId: j.id,
        job: j.name,
        action: 'nothing',
        attempt: j.runAttempt,
        reason,
      })),
    };
  }
  // One verdict per run (one commit): the first job that wants a rollback asks, the others share it.
  let revertVerdict: RevertVerdict | undefined;
  const verdict = (confirmed: boolean): RevertVerdict =>
    (revertVerdict ??= revertVerdictFor(input, kind, confirmed));
  const jobs = input.jobs.map((job) => decideJob(job, input, kind, verdict));
  const failedCount = input.jobs.filter(needsRecovery).length;
  const cancelled = new Set(input.jobs.filter((j) => j.conclusion === 'cancelled').map((j) => j.id));
  return withRevert(withRerun({ ...plan, jobs }, run, failedCount, cancelled), input.commit);
}

/**
 * The plan after a revert could not be carried out: the jobs that were to revert go to a person, with the
 * reason, and no revert is requested. A new plan; the given one is left as it was.
 */
export function escalateRevert(plan: SupervisePlan, reason: string): SupervisePlan {
  const { revert: _dropped, ...rest } = plan;
  return {
    ...rest,
    jobs: plan.jobs.map((j) =>
      j.action === 'revert' ? { ...j, action: 'manual', reason: `${j.reason}; but ${reason}` } : j,
    ),
  };
}

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

/** The plan a job uploaded for this attempt: matched by check-run id, else by job key or name. */
export function planForJob(plans: readonly RecoveryPlan[], job: JobView): RecoveryPlan | undefined {
  const same = plans.filter((p) => p.attempt === job.runAttempt);
  return (
    same.find((p) => p.jobId === job.id) ??
    same.find((p) => p.jobId === undefined && (p.jobKey === job.name || p.job === job.name))
  );
}

/** What a job's own plan says: the first classified failed step (the in-job classifier saw exit codes and output). */
export function findingsFromPlan(plan: RecoveryPlan): JobFindings | undefined {
  const step =
    plan.failedSteps.find((s) => s.classification && s.classification.type !== 'unknown') ??
    plan.failedSteps.find((s) => s.classification);
  if (!step?.classification) return undefined;
  return {
    classification: step.classification,
    source: 'plan',
    ...(plan.lane ? { lane: plan.lane } : {}),
    // The job's own ledger (its branch, its OS): the supervisor's cache cannot see it.
    ...(plan.flaky ? { flaky: true } : {}),
    ...(plan.flakyTests?.length ? { flakyTests: plan.flakyTests } : {}),
  };
}

/** What the job's steps say when nothing else does: the failed step's name, the job's conclusion. */
export function jobSignals(job: JobView): Omit<FailureSignals, 'log'> {
  const step = job.steps.find((s) => s.conclusion === 'failure');
  return { ...(step ? { step: step.name } : {}), conclusion: 'failure' };
}

/** Is the best finding so far good enough to stop reading (a classified failure)? */
export function findingsKnown(found: JobFindings | undefined): found is JobFindings {
  return found !== undefined && found.classification.type !== 'unknown';
}

const ERROR_LEVELS = new Set(['failure', 'error']);

/**
 * A runner that died leaves no log and no plan: its error annotations are the only trace. Undefined when
 * they say nothing, or nothing better than `best`.
 */
export function annotationFindings(
  notes: readonly Annotation[],
  job: JobView,
  lane: Lane | undefined,
  best: JobFindings | undefined,
  classify: typeof Classify,
): JobFindings | undefined {
  const errors = notes.filter((a) => ERROR_LEVELS.has(a.level));
  if (errors.length === 0) return undefined;
  const c = classify({
    ...jobSignals(job),
    log: errors.map((a) => (a.title ? `${a.title}: ${a.message}` : a.message)).join('\n'),
  });
  if (best && c.type === 'unknown') return undefined;
  return { classification: c, source: 'annotation', ...(lane ? { lane } : {}) };
}

/** The last resort: the job's steps alone. */
export function stepsFindings(job: JobView, lane: Lane | undefined, classify: typeof Classify): JobFindings {
  return { classification: classify(jobSignals(job)), source: 'steps', ...(lane ? { lane } : {}) };
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

/** The supervisor's job summary: one row per job, then what was done. */
export function renderSuperviseSummary(report: SuperviseReport): string {
  const { plan, details, revert } = report;
  // Job names and reasons may come from the culprit PR: escaped (HTML, markup, mentions, `|`) and capped.
  const rows = plan.jobs.map(
    (j) =>
      `| ${escapeText(j.job, 100)} | ${j.classification?.type ?? ''} | ${j.action} | ${escapeText(j.reason, 500)} |`,
  );
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
