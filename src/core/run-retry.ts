/**
 * The retry policy of a `run/` step, pure: the budget its inputs make of the lane's, the limits of each
 * attempt and of the whole step, and, after a failed attempt, the decision (the policy's, the job-level
 * one behind a step cap, then `retry-on`, `retry-on-exit-code` and the time left) and whether to try again.
 */
import { DEFAULT_BUDGETS, type Budget, type Config } from './config-defaults.js';
import { backoffMs, decide, type Decision, type PolicyInput } from './policy.js';
import { retryOnLists, type RunSettings } from './run-step.js';
import type { BranchKind, FailureType, Lane } from './types.js';

/** The most attempts a step may make when its input sets none (the schema's maximum). */
export const MAX_STEP_ATTEMPTS = 20;

export interface StepPlan {
  /** The config with the step's inputs over its lane's budget: what the policy decides against. */
  config: Config;
  budget: Budget;
  /** Per attempt; Infinity = no limit. */
  attemptTimeoutMs: number;
  /** Where that limit comes from, said with it in the log and at a timeout. */
  attemptTimeoutFrom: string;
  /** Attempts the step makes at most; the policy usually stops it earlier. */
  maxAttempts: number;
  /** The whole step's limit; undefined = none. */
  totalTimeoutMs?: number;
  /** What to checkpoint before the command; empty = no checkpoint. */
  checkpointPaths: string[];
}

type BudgetInputs = Pick<RunSettings, 'maxAttempts' | 'backoffSeconds' | 'timeoutMinutes'>;

/** The step's inputs apply to the lane budget, so the policy's per-type caps still hold. */
export function stepConfig(config: Config, lane: Lane, settings: BudgetInputs): Config {
  const laneBudget = config.budgets[lane];
  return {
    ...config,
    budgets: {
      ...config.budgets,
      [lane]: {
        ...laneBudget,
        ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
        ...(settings.backoffSeconds !== undefined ? { backoffSeconds: settings.backoffSeconds } : {}),
        ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
      },
    },
  };
}

type LimitInputs = Pick<RunSettings, 'timeoutMinutes' | 'totalTimeoutMinutes'>;

/**
 * One attempt's limit and where it comes from. The step's own limit wins over the lane's, shorter or
 * longer: its timeout-minutes, else its total-timeout-minutes (a step that says "30 minutes in all" is not
 * cut at a DOCS lane's 15); only a step that sets neither gets its lane's budget.
 */
export function attemptLimit(
  settings: LimitInputs,
  config: Config,
  lane: Lane,
): { minutes: number; from: string } {
  if (settings.timeoutMinutes !== undefined)
    return { minutes: settings.timeoutMinutes, from: "the step's timeout-minutes" };
  if (settings.totalTimeoutMinutes !== undefined)
    return { minutes: settings.totalTimeoutMinutes, from: "the step's total-timeout-minutes" };
  const laneMinutes = config.budgets[lane].timeoutMinutes;
  if (laneMinutes !== DEFAULT_BUDGETS[lane].timeoutMinutes)
    return {
      minutes: laneMinutes,
      from: `budgets.${lane}.timeout-minutes in the config, for the ${lane} lane`,
    };
  return {
    minutes: laneMinutes,
    from: `the ${lane} lane's default; set timeout-minutes on the step to choose`,
  };
}

/** Where an attempt's limit came from: the plan's, or what was left of the step's total time. */
export function attemptLimitFrom(
  plan: Pick<StepPlan, 'attemptTimeoutMs' | 'attemptTimeoutFrom'>,
  limitMs: number,
): string {
  return limitMs < plan.attemptTimeoutMs
    ? "what is left of the step's total-timeout-minutes"
    : plan.attemptTimeoutFrom;
}

/**
 * The step's plan, the same on every runner OS: on Windows too the limits hold and a failed attempt is
 * retried (the tree is killed there by taskkill, core/runner-os.ts).
 */
export function planStep(settings: RunSettings, config: Config, lane: Lane): StepPlan {
  const merged = stepConfig(config, lane, settings);
  const budget = merged.budgets[lane];
  const limit = attemptLimit(settings, config, lane);
  const checkpointPaths =
    settings.checkpointPaths.length > 0
      ? settings.checkpointPaths
      : budget.checkpoint
        ? merged.checkpoint.paths
        : [];
  return {
    config: merged,
    budget,
    attemptTimeoutMs: limit.minutes * 60_000,
    attemptTimeoutFrom: limit.from,
    // The explicit input caps everything; otherwise the policy decides when to stop.
    maxAttempts: settings.maxAttempts ?? MAX_STEP_ATTEMPTS,
    ...(settings.totalTimeoutMinutes !== undefined
      ? { totalTimeoutMs: settings.totalTimeoutMinutes * 60_000 }
      : {}),
    checkpointPaths,
  };
}

/** An attempt ends at its own limit or at the step's, whichever comes first. */
export function attemptLimitMs(plan: Pick<StepPlan, 'attemptTimeoutMs'>, stepTimeLeftMs: number): number {
  return Math.min(plan.attemptTimeoutMs, stepTimeLeftMs);
}

/** Milliseconds the step has left at `now`; Infinity without a total limit. */
export function stepTimeLeft(plan: Pick<StepPlan, 'totalTimeoutMs'>, startedAt: number, now: number): number {
  return plan.totalTimeoutMs === undefined ? Infinity : startedAt + plan.totalTimeoutMs - now;
}

/** The wait before attempt `next`: the decision's backoff, cut to the step's time left. */
export function retryWaitMs(decision: Decision | undefined, next: number, timeLeftMs: number): number {
  return Math.min(decision ? backoffMs(decision, next) : 0, Math.max(0, timeLeftMs));
}

export interface FailedAttempt {
  type: FailureType;
  /** The step's exit code for it (124 at a timeout, 128+n for a signal). */
  exitCode: number;
  /** Our time limit ended it: its 124 is ours, not the command's, and no exit code to match. */
  timedOut?: boolean;
  /** 1-based. */
  attempt: number;
  lane: Lane;
  branchKind: BranchKind;
  /** The job's run attempt (a resume is a job re-run). */
  runAttempt: number;
  /** The classifier's word on a retry (a team rule's `retryable`). */
  retryable?: boolean;
}

/**
 * The decision after a failed attempt: the policy against the step's budget; where the step's own
 * max-attempts ran out, the job-level decision when that resumes (max-attempts caps tries, not re-runs);
 * then `retry-on` and `retry-on-exit-code` over the in-step retry, both of which must list the failure
 * when both are set (as in nick-fields/retry). `max-attempts` alone retries any failure, as retry does.
 * A timeout is not an exit code: with `retry-on-exit-code` set, only `retry-on` can retry one (listing
 * `timeout` or `any`), the fix of nick-fields/retry#145, where `any` lost its timeouts.
 */
export function decideAttempt(
  failed: FailedAttempt,
  settings: RunSettings,
  plan: Pick<StepPlan, 'config' | 'budget'>,
  jobConfig: Config,
): Decision {
  const input: PolicyInput = {
    type: failed.type,
    lane: failed.lane,
    branchKind: failed.branchKind,
    attempt: failed.attempt,
    runAttempt: failed.runAttempt,
    inStep: true,
    ...(failed.retryable !== undefined ? { retryable: failed.retryable } : {}),
  };
  let decision = decide(input, plan.config);
  if (decision.rule === 'budget-exhausted' && settings.maxAttempts !== undefined) {
    const jobLevel = decide(input, jobConfig);
    if (jobLevel.strategy === 'resume') decision = jobLevel;
  }
  // A cancelled step is never retried, whatever the inputs say.
  if (failed.type === 'cancelled') return decision;
  const max = plan.budget.maxAttempts;
  if (settings.retryOn.length === 0 && settings.retryOnExitCodes.length === 0) {
    return settings.maxAttempts !== undefined ? retryAnyFailure(decision, failed, max) : decision;
  }
  // Each input that is set must list the failure; the first that does not says why it was not retried.
  const checks: [boolean, string, string][] = [];
  if (settings.retryOn.length > 0)
    checks.push([retryOnLists(settings.retryOn, failed.type), 'retry-on', `'${failed.type}'`]);
  if (settings.retryOnExitCodes.length > 0 && failed.timedOut !== true)
    checks.push([
      settings.retryOnExitCodes.includes(failed.exitCode),
      'retry-on-exit-code',
      `exit code ${failed.exitCode}`,
    ]);
  // A timeout with retry-on-exit-code alone: told to retry exit codes, not timeouts.
  if (checks.length === 0) checks.push([false, 'retry-on', 'a timeout (which has no exit code)']);
  const [listed, inputName, what] = checks.find(([ok]) => !ok) ?? checks[checks.length - 1]!;
  decision = applyListed(decision, listed, inputName, what, failed.attempt, max);
  return decision;
}

/**
 * `max-attempts` without `retry-on` or `retry-on-exit-code`: every failure is retried up to it, as
 * nick-fields/retry does; after the last attempt the policy's decision stands (a HEAVY timeout still
 * resumes in a job re-run).
 */
function retryAnyFailure(decision: Decision, failed: FailedAttempt, maxAttempts: number): Decision {
  if (failed.attempt >= maxAttempts || (decision.retryInStep && decision.maxAttempts >= maxAttempts))
    return decision;
  return {
    ...decision,
    strategy: 'retry',
    rule: 'input:max-attempts',
    reason: `the step sets max-attempts and no retry-on: every failure is retried, this '${failed.type}' one too (attempt ${failed.attempt + 1} of ${maxAttempts})`,
    maxAttempts,
    retryInStep: true,
  };
}

/** An input that lists what to retry: listed -> retry within the budget; not listed -> no retry in the step. */
function applyListed(
  decision: Decision,
  listed: boolean,
  inputName: string,
  what: string,
  attempt: number,
  maxAttempts: number,
): Decision {
  if (!listed) {
    return decision.retryInStep
      ? notRetried(decision, `input:${inputName}`, `not retried in the step: ${what} is not in ${inputName}`)
      : decision;
  }
  if (attempt >= maxAttempts) {
    return {
      ...decision,
      strategy: 'manual',
      rule: 'budget-exhausted',
      reason: `${what} is in ${inputName}, but attempt ${attempt} of ${maxAttempts} was the last one allowed`,
      maxAttempts,
      retryInStep: false,
    };
  }
  return {
    ...decision,
    strategy: 'retry',
    rule: `input:${inputName}`,
    reason: `the step's ${inputName} input lists ${what}: retry (attempt ${attempt + 1} of ${maxAttempts})`,
    maxAttempts,
    retryInStep: true,
  };
}

/**
 * A retry the policy wanted that the step does not make: the decision is no longer `retry` (the step's
 * `strategy` output says `retry` only when it retried), but a person's, by the input that stopped it.
 */
function notRetried(decision: Decision, rule: string, why: string): Decision {
  return { ...decision, strategy: 'manual', rule, reason: `${decision.reason} (${why})`, retryInStep: false };
}

/**
 * After its failed tests were re-run alone and some still fail, the step is not retried whole: what comes
 * next is the policy's word otherwise (resume, rollback, skip), `manual` where it said retry.
 */
export function afterTestReruns(decision: Decision): Decision {
  if (!decision.retryInStep && decision.strategy !== 'retry') return decision;
  return notRetried(decision, 'tests:rerun-alone', 'not retried whole: its failed tests were re-run alone');
}

/** No retry in the step once its total time is used up. */
export function withinStepTime(decision: Decision, timeLeftMs: number): Decision {
  if (!decision.retryInStep || timeLeftMs > 0) return decision;
  return notRetried(
    decision,
    'input:total-timeout-minutes',
    "not retried: the step's total-timeout-minutes is used up",
  );
}

/** Does the step try again after `attempt` failed? */
export function triesAgain(
  decision: Decision,
  attempt: number,
  maxAttempts: number,
  cancelled: boolean,
): boolean {
  return decision.retryInStep && !cancelled && attempt < maxAttempts;
}
