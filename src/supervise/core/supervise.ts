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
  type RevertVerdict,
} from './revert.js';
import { GITHUB_MAX_RUN_ATTEMPTS } from '../../core/api-refusal.js';
import { outOfScope } from '../../core/job-filter.js';
import type { Decision, PolicyInput } from '../../core/policy.js';
import {
  branchKindOf,
  FAILED_CONCLUSIONS,
  isStale,
  needsRecovery,
  type JobDecision,
  type JobFindings,
  type JobView,
  type PolicyDecide,
  type RerunRequest,
  type RevertRequest,
  type SuperviseInput,
  type SupervisePlan,
} from './supervise-model.js';
import type { BranchKind, Classification, FailureType } from '../../core/types.js';

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
      ...(input.revertDeclined !== undefined ? { revertDeclined: input.revertDeclined } : {}),
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
  input: Pick<SuperviseInput, 'run' | 'jobs' | 'moreJobs'>,
  failedCount: number,
  cancelled: ReadonlySet<number>,
): SupervisePlan {
  const { run } = input;
  const wanted = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
  if (wanted.length === 0) return plan;
  // Which failed jobs a re-run starts, and whether this one failed alone, needs every job: past the listed
  // ones, a failed job (a deployment, a failure no re-run helps) would be re-run unread.
  if (input.moreJobs) return leaveToPerson(plan, wanted, unlistedJobs(input.jobs.length));
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

/** Why a re-run waits for a person when the attempt's jobs could not all be listed. */
function unlistedJobs(listed: number): string {
  return `; but this attempt has more jobs than the ${listed} listed, and a re-run of its failed jobs would start failed jobs the supervisor has not read: no re-run is asked`;
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
  return withRevert(withRerun({ ...plan, jobs }, input, failedCount, cancelled), input.commit);
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

/**
 * A push run of the default branch newer than the failing run `runId`, from the workflow's push runs listed
 * newest first: the branch moved since it failed. The failing run not listed (100 newer ones): the newest.
 */
export function newerPushRun<R extends { id: number }>(pushes: readonly R[], runId: number): R | undefined {
  return pushes.findIndex((r) => r.id === runId) === 0 ? undefined : pushes[0];
}

/**
 * The plan when the branch moved past the failing run: its revert would land on top of commits it never
 * tested, a fix among them. The newer run holds the range: passed, nothing is left to revert; failed, its
 * own supervision bisects the range (the culprit with it); still running, its end is awaited. One that ran
 * no test (cancelled, skipped) holds nothing: a person decides.
 */
export function leaveRevertToNewer(
  plan: SupervisePlan,
  newer: { id: number; headSha: string; status: string; conclusion: string | null },
): SupervisePlan {
  const at = `run ${newer.id} of ${newer.headSha.slice(0, 12)}, newer,`;
  // Cancelled, skipped, a start-up failure: that run tested nothing, and its supervision takes nothing up.
  if (newer.status === 'completed' && !['success', 'failure', 'timed_out'].includes(newer.conclusion ?? ''))
    return escalateRevert(
      plan,
      `${at} ended ${newer.conclusion ?? 'without a conclusion'} and tested nothing: whether the commits since fixed the failure is not known`,
    );
  const said =
    newer.status !== 'completed'
      ? `${at} has not completed: it decides`
      : newer.conclusion === 'success'
        ? `${at} passed: the branch is green again, nothing to revert`
        : `${at} failed too: its supervision takes the range`;
  const { revert: _left, ...rest } = plan;
  return {
    ...rest,
    jobs: plan.jobs.map((j) =>
      j.action === 'revert' ? { ...j, action: 'nothing', reason: `${j.reason}; but ${said}` } : j,
    ),
  };
}
