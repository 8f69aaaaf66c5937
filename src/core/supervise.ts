/**
 * The supervisor's decision, pure: given the completed run, its jobs, what each failed job left (plans,
 * logs, annotations, already classified), the ledger and the caps, decide per job: re-run, confirming
 * re-run, revert, manual, or nothing, each with its reason and an idempotency key.
 */
import {
  DEFAULT_REVERT_CONFIG,
  revertBranch,
  revertEligibility,
  type LabelApplication,
  type RevertConfig,
  type RevertVerdict,
} from './revert.js';
import type { RecoveryPlan } from './plan-artifact.js';
import type { Decision, PolicyInput } from './policy.js';
import { codeSpan, escapeText, link } from './report/markdown.js';
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

/** GitHub allows at most 50 attempts of a run (PLATFORM.md section 3). */
export const GITHUB_MAX_RUN_ATTEMPTS = 50;

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
}

/**
 * The line the runner writes to a job's annotations and log when the job runs past its `timeout-minutes`
 * ("The job running on runner X has exceeded the maximum execution time of N minutes."); the job then
 * ends `cancelled`, like a person's cancel (actions/runner `StepsRunner.cs`; PLATFORM.md section 6).
 */
const JOB_TIMEOUT =
  /The job running on runner .* has exceeded the maximum execution time of [\d.]+ minutes?\./;

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
  /** Facts about the head commit, needed only for a revert. */
  commit?: { sha: string; message: string; parents: string[] };
  parentGreen?: boolean;
  culpritRange?: number;
  revertsToday?: number;
  labels?: LabelApplication[];
  alreadyReverted?: boolean;
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

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

/** Failed, or cancelled by its own timeout-minutes (a person's cancel is left alone). */
export function needsRecovery(job: Pick<JobView, 'conclusion' | 'jobTimeout'>): boolean {
  return FAILED.has(job.conclusion ?? '') || (job.conclusion === 'cancelled' && job.jobTimeout !== undefined);
}

export function supervise(input: SuperviseInput): SupervisePlan {
  const { run } = input;
  const kind = branchKindOf(run);
  const revertConfig = input.revert ?? DEFAULT_REVERT_CONFIG;
  const plan: SupervisePlan = { runId: run.id, runAttempt: run.attempt, branchKind: kind, jobs: [] };
  const failed = input.jobs.filter(needsRecovery);

  // A newer attempt exists: its own completion calls the supervisor again. Acting now would act twice.
  if (run.latestAttempt > run.attempt) {
    plan.jobs = input.jobs.map((j) => ({
      jobId: j.id,
      job: j.name,
      action: 'nothing',
      attempt: j.runAttempt,
      reason: `the run was already re-run (attempt ${run.latestAttempt} exists); that attempt's supervisor decides`,
    }));
    return plan;
  }

  let revertVerdict: RevertVerdict | undefined;
  for (const job of input.jobs) {
    if (!needsRecovery(job)) {
      plan.jobs.push({
        jobId: job.id,
        job: job.name,
        action: 'nothing',
        attempt: job.runAttempt,
        reason:
          job.conclusion === 'cancelled'
            ? 'job cancelled by a person (no job-timeout line in its annotations or log)'
            : `job ${job.conclusion ?? 'not completed'}`,
      });
      continue;
    }
    const found = input.findings[job.name];
    const classification: Classification = found?.classification ?? {
      type: 'unknown',
      confidence: 'low',
      retryable: false,
      rule: 'no-findings',
    };
    const lane = found?.lane ?? 'STANDARD';
    const prev = input.previous?.[job.name];
    const confirmed =
      job.runAttempt > 1 &&
      prev !== undefined &&
      FAILED.has(prev.conclusion ?? '') &&
      (prev.type === undefined || prev.type === classification.type);
    const policyInput = {
      type: classification.type,
      confidence: classification.confidence,
      retryable: classification.retryable,
      lane,
      branchKind: kind,
      attempt: job.runAttempt,
      ...(found?.flaky !== undefined ? { flaky: found.flaky } : {}),
      confirmedOnRerun: confirmed,
      ...(input.parentGreen !== undefined ? { parentGreen: input.parentGreen } : {}),
    };
    const decision = input.decide(policyInput);
    const base = {
      jobId: job.id,
      job: job.name,
      attempt: job.runAttempt,
      classification,
      ...(found ? { source: found.source } : {}),
      lane,
      strategy: decision.strategy,
      rule: decision.rule,
      maxAttempts: decision.maxAttempts,
      backoffSeconds: decision.backoffSeconds,
    };
    const what = `${classification.type} (${lane}, attempt ${job.runAttempt})`;

    // A deterministic failure on the default branch leads to a revert when the policy would roll back once
    // the failure is confirmed; the confirming re-run is spent only if every other revert check passes.
    const rollback =
      decision.strategy === 'rollback' ||
      (kind === 'default' &&
        !confirmed &&
        input.decide({ ...policyInput, confirmedOnRerun: true, parentGreen: true }).strategy === 'rollback');
    if (rollback) {
      revertVerdict ??= input.commit
        ? revertEligibility(
            {
              branchKind: kind,
              commit: input.commit,
              confirmedOnRerun: confirmed,
              parentGreen: input.parentGreen,
              culpritRange: input.culpritRange,
              revertsToday: input.revertsToday ?? 0,
              ...(input.labels ? { labels: input.labels } : {}),
              alreadyReverted: input.alreadyReverted === true,
            },
            revertConfig,
          )
        : {
            revert: false,
            refusal: 'facts-unknown',
            reason: `what a revert needs could not be read (${input.factsProblem ?? 'no commit facts'})`,
          };
      if (revertVerdict.revert) {
        plan.jobs.push({ ...base, action: 'revert', reason: `${what}: ${revertVerdict.reason}` });
      } else if (revertVerdict.refusal === 'not-confirmed') {
        plan.jobs.push({
          ...base,
          action: 'confirm-rerun',
          reason: `${what}: re-run once to confirm before reverting`,
        });
      } else if (revertVerdict.refusal === 'already-reverted') {
        plan.jobs.push({ ...base, action: 'nothing', reason: `${what}: ${revertVerdict.reason}` });
      } else {
        plan.jobs.push({ ...base, action: 'manual', reason: `${what}: no revert: ${revertVerdict.reason}` });
      }
      continue;
    }
    switch (decision.strategy) {
      case 'retry':
      case 'resume':
        if (job.runAttempt >= decision.maxAttempts) {
          plan.jobs.push({
            ...base,
            action: 'manual',
            reason: `${what}: the lane's budget of ${decision.maxAttempts} attempt(s) is spent`,
          });
        } else {
          const how =
            decision.strategy === 'resume'
              ? 're-run; the new attempt resumes from its checkpoints'
              : 're-run';
          plan.jobs.push({ ...base, action: 'rerun', reason: `${what}: ${how} (${decision.reason})` });
        }
        break;
      case 'skip':
        plan.jobs.push({ ...base, action: 'nothing', reason: `${what}: ${decision.reason}` });
        break;
      default:
        plan.jobs.push({ ...base, action: 'manual', reason: `${what}: ${decision.reason}` });
    }
  }

  const toRerun = plan.jobs.filter((j) => j.action === 'rerun' || j.action === 'confirm-rerun');
  if (toRerun.length > 0) {
    if (run.latestAttempt >= GITHUB_MAX_RUN_ATTEMPTS) {
      for (const j of toRerun) {
        j.action = 'manual';
        j.reason += `; but GitHub's limit of ${GITHUB_MAX_RUN_ATTEMPTS} attempts per run is reached`;
      }
    } else {
      // GitHub starts one re-run per attempt: one job alone, or every failed job together.
      const single = toRerun.length === 1 && failed.length > 1;
      const extra = failed.length - toRerun.length;
      plan.rerun = {
        mode: single ? 'job' : 'failed-jobs',
        jobIds: toRerun.map((j) => j.jobId),
        backoffSeconds: Math.max(...toRerun.map((j) => j.backoffSeconds ?? 0)),
        reason:
          toRerun.map((j) => j.job).join(', ') +
          (!single && extra > 0
            ? ` (GitHub re-runs all failed jobs together: ${extra} other failed job(s) run again too)`
            : ''),
      };
    }
  }

  const reverting = plan.jobs.find((j) => j.action === 'revert');
  if (reverting && input.commit) {
    // One culprit per run: the other jobs that would revert point at the same commit.
    plan.revert = {
      sha: input.commit.sha,
      branch: revertBranch(input.commit.sha),
      ...(input.commit.parents.length > 1 ? { mainline: 1 } : {}),
      job: reverting.job,
      failureType: reverting.classification?.type ?? 'unknown',
      reason: reverting.reason,
    };
  }
  return plan;
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
  return { classification: step.classification, source: 'plan', ...(plan.lane ? { lane: plan.lane } : {}) };
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
  if (plan.rerun && outcome.rerun)
    lines.push('', `Re-run ${outcome.rerun}: ${escapeText(plan.rerun.reason, 300)}.`);
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
