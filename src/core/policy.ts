/**
 * The recovery policy: failure type x lane x branch kind x attempt -> strategy, with the lane's budgets.
 * Pure. User rules from `.github/ci-recovery.yml` (`policy:`) are tried first (first match wins); then the
 * defaults below. Every decision names the rule that decided and says why in words.
 */
import {
  DEFAULT_BUDGETS,
  DEFAULT_CONFIG,
  type Budget,
  type Config,
  type PolicyRule,
} from './config-defaults.js';
import type { BranchKind, Confidence, FailureType, Lane, Strategy } from './types.js';

export interface PolicyInput {
  type: FailureType;
  lane: Lane;
  branchKind: BranchKind;
  /** The attempt that just failed, 1-based (in-step for a `run/` step, else the run attempt). */
  attempt: number;
  /**
   * The run attempt (job re-runs), when `attempt` counts in-step attempts: a `resume` is a job re-run, so
   * its budget is spent by run attempts, not by the step's own tries.
   */
  runAttempt?: number;
  /** History says this failure went away on a re-run of the same commit. */
  flaky?: boolean;
  /**
   * The failed tests, when every one is known flaky from the branch's test history (core/test-history.ts):
   * `flaky` then comes from them, not from a job-level pass after a failure.
   */
  flakyTests?: readonly string[];
  /** The same deterministic failure came back on a confirming re-run of the same commit. */
  confirmedOnRerun?: boolean;
  /** The previous commit of the branch was green. */
  parentGreen?: boolean;
  /** How sure the classifier is of `type` (absent: treated as high, as for a type given by a person). */
  confidence?: Confidence;
  /**
   * The classifier's own word on a retry: false for a git failure that is not transport (a missing ref), or a
   * resource limit the job sets itself (ulimit -f).
   */
  retryable?: boolean;
  /** The retry would run inside the step, on the same machine (the `run/` wrapper), not as a new attempt. */
  inStep?: true;
}

export interface Decision {
  strategy: Strategy;
  /** Id of the rule that decided: a default rule id, or `config.policy[i]` / the rule's `name`. */
  rule: string;
  reason: string;
  maxAttempts: number;
  backoffSeconds: number;
  timeoutMinutes: number;
  /** The retry can happen inside the step (the `run/` wrapper) rather than as a job re-run. */
  retryInStep: boolean;
}

/** Types that never retry blindly: the change itself is the likely cause. */
export const DETERMINISTIC_TYPES: readonly FailureType[] = [
  'test',
  'build',
  'quality-gate',
  'config',
  'dependency',
];

const BRANCH_WORDS: Record<BranchKind, string> = {
  default: 'the default branch',
  pr: 'a pull request',
  other: 'a non-default branch',
};

function asList<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** Does a config rule's `when` match? Missing conditions match anything. */
export function ruleMatches(rule: PolicyRule, input: PolicyInput): boolean {
  const { when } = rule;
  const types = asList(when.type);
  const lanes = asList(when.lane);
  const branches = asList(when.branch);
  return (
    (!types || types.includes(input.type)) &&
    (!lanes || lanes.includes(input.lane)) &&
    (!branches || branches.includes(input.branchKind)) &&
    (when.attemptBelow === undefined || input.attempt < when.attemptBelow)
  );
}

export function ruleId(rule: PolicyRule, index: number): string {
  return rule.name ? `config:${rule.name}` : `config.policy[${index}]`;
}

interface Verdict {
  strategy: Strategy;
  rule: string;
  reason: string;
  /** Cap on attempts for this kind of failure (below the lane budget). */
  attemptCap?: number;
  /**
   * Waiting does not cure this cause (a time limit, memory, a flaky test, a confirming re-run): the next
   * attempt starts at once unless the user set a backoff of their own.
   */
  noWait?: true;
}

function defaultVerdict(input: PolicyInput, budget: Budget): Verdict {
  const { type } = input;
  if (type === 'cancelled') {
    return { strategy: 'skip', rule: 'cancelled-skip', reason: 'the job was cancelled: nothing to recover' };
  }
  if (type === 'unknown') {
    return {
      strategy: 'manual',
      rule: 'unknown-manual',
      reason: 'the cause cannot be told from the output, and an unknown failure is never retried blindly',
    };
  }
  return classifierWord(input) ?? transientVerdict(input, budget) ?? deterministicVerdict(input);
}

/**
 * A deterministic failure that the rule typing it calls retryable (a team rule's known flaky failure) is
 * retried once. Only team rules say so; the shipped ones keep the type's default.
 */
function classifierWord(input: PolicyInput): Verdict | undefined {
  const { type, retryable, attempt } = input;
  if (retryable !== true || !DETERMINISTIC_TYPES.includes(type)) return undefined;
  return {
    strategy: 'retry',
    rule: 'classified-retryable-retry-once',
    reason: `the rule that typed this ${type} failure says a retry may help (a known flaky failure): retry once`,
    attemptCap: attempt + 1,
  };
}

/** Failures of the machine or the network, which a retry may cure; undefined for any other type. */
function transientVerdict(input: PolicyInput, budget: Budget): Verdict | undefined {
  const { type, lane } = input;
  if (type === 'git' && input.retryable === false) {
    return {
      strategy: 'manual',
      rule: 'git-not-transient',
      reason:
        'the git failure is not a transport one (a missing ref, a conflict, an unsafe repository): a retry would fail alike',
    };
  }
  if (type === 'network' && input.retryable === false) {
    return {
      strategy: 'manual',
      rule: 'network-not-transient',
      reason:
        'the network failure is one a retry meets again (a certificate the client refused: a CA the runner lacks, an intercepting proxy, an expired certificate)',
    };
  }
  if (type === 'network' || type === 'infrastructure' || type === 'git') {
    // The machine went away (every infrastructure rule says so): a new attempt of the job runs on another
    // machine, which waiting does not bring sooner. Inside a step (a Docker daemon not up yet), time may cure it.
    const noWait = type === 'infrastructure' && !input.inStep ? { noWait: true as const } : {};
    if (input.confidence === 'low') {
      return {
        strategy: 'retry',
        rule: 'transient-unsure-retry-once',
        reason: `the output only hints at a ${type} failure (low confidence): retry once, not the whole budget`,
        attemptCap: 2,
        ...noWait,
      };
    }
    return {
      strategy: 'retry',
      rule: 'transient-retry',
      reason: `${type} failures are transient: retry up to the ${lane} budget of ${budget.maxAttempts} attempts`,
      ...noWait,
    };
  }
  if (type === 'resource' && input.retryable === false) {
    return {
      strategy: 'manual',
      rule: 'resource-not-transient',
      reason:
        "the limit is the job's own (a ulimit it set, its container's settings), not the machine's: a retry would hit it alike",
    };
  }
  if (type === 'resource') {
    return {
      strategy: 'retry',
      rule: 'resource-retry-once',
      reason: 'memory or disk ran out: retry once, in case the machine was the cause',
      attemptCap: 2,
      noWait: true,
    };
  }
  if (type === 'timeout') {
    return lane === 'HEAVY'
      ? {
          strategy: 'resume',
          rule: 'timeout-heavy-resume',
          reason: 'a HEAVY job hit its time limit: re-run from the last checkpoint instead of starting over',
          noWait: true,
        }
      : {
          strategy: 'retry',
          rule: 'timeout-retry-once',
          reason: `a time limit was hit in a ${lane} job: retry once`,
          attemptCap: 2,
          noWait: true,
        };
  }
  return undefined;
}

/** A deterministic failure: the change is the likely cause. */
function deterministicVerdict(input: PolicyInput): Verdict {
  const { type, branchKind, attempt } = input;
  if (input.flaky && input.flakyTests?.length) {
    const n = input.flakyTests.length;
    return {
      strategy: 'retry',
      rule: 'flaky-tests-retry-once',
      reason: `${n === 1 ? 'the only failed test is' : `all ${n} failed tests are`} known flaky (the test history saw ${n === 1 ? 'it' : 'them'} fail and pass with no change to ${n === 1 ? 'its' : 'their'} file): retry once, at once`,
      // One re-run: a known flake that fails twice running is worth a person's look.
      attemptCap: 2,
      noWait: true,
    };
  }
  if (input.flaky) {
    return {
      strategy: 'retry',
      rule: 'flaky-retry-once',
      reason: `this ${type} failure is known to be flaky (it passed on a re-run of the same commit before): retry once`,
      attemptCap: attempt + 1,
      noWait: true,
    };
  }
  if (branchKind === 'pr') {
    return {
      strategy: 'manual',
      rule: 'deterministic-pr-manual',
      reason: `a ${type} failure on a pull request is caused by the change: it is not retried, fix it`,
    };
  }
  if (branchKind === 'other') {
    return {
      strategy: 'manual',
      rule: 'deterministic-manual',
      reason: `a ${type} failure on ${BRANCH_WORDS.other} is not retried blindly`,
    };
  }
  return defaultBranchVerdict(input);
}

/**
 * The default branch: confirm with one re-run, then revert only if the parent was green. A low-confidence
 * type needs a re-run that saw the same failure, not merely a later attempt.
 */
function defaultBranchVerdict(input: PolicyInput): Verdict {
  const { type, attempt } = input;
  const unsure = input.confidence === 'low';
  const confirmed = unsure ? input.confirmedOnRerun === true : (input.confirmedOnRerun ?? attempt >= 2);
  if (!confirmed) {
    return {
      strategy: 'retry',
      rule: 'deterministic-default-confirm',
      reason: `a ${type} failure on the default branch${unsure ? ' (low confidence)' : ''}: re-run once to confirm it before any revert`,
      attemptCap: attempt + 1,
      noWait: true,
    };
  }
  if (input.parentGreen === true) {
    return {
      strategy: 'rollback',
      rule: 'deterministic-default-rollback',
      reason: `the ${type} failure came back on a confirming re-run and the previous commit was green: revert this commit`,
    };
  }
  return {
    strategy: 'manual',
    rule: 'deterministic-default-manual',
    reason:
      input.parentGreen === false
        ? `the ${type} failure is confirmed but the previous commit was not green either: a revert would not fix it`
        : `the ${type} failure is confirmed but whether the previous commit was green is unknown: no revert`,
  };
}

export function decide(input: PolicyInput, config: Config = DEFAULT_CONFIG): Decision {
  const laneBudget = config.budgets[input.lane];
  let verdict: Verdict | undefined;
  let budget: Budget = laneBudget;
  for (const [index, rule] of config.policy.entries()) {
    if (!ruleMatches(rule, input)) continue;
    budget = {
      ...laneBudget,
      ...(rule.maxAttempts !== undefined ? { maxAttempts: rule.maxAttempts } : {}),
      ...(rule.backoffSeconds !== undefined ? { backoffSeconds: rule.backoffSeconds } : {}),
      ...(rule.timeoutMinutes !== undefined ? { timeoutMinutes: rule.timeoutMinutes } : {}),
    };
    verdict = {
      strategy: rule.strategy,
      rule: ruleId(rule, index),
      reason:
        rule.reason ??
        `the config rule ${ruleId(rule, index)} in .github/ci-recovery.yml matched (${describe(input)})`,
    };
    break;
  }
  verdict ??= defaultVerdict(input, laneBudget);
  const maxAttempts = Math.max(
    1,
    Math.min(budget.maxAttempts, verdict.attemptCap ?? Number.MAX_SAFE_INTEGER),
  );
  const backoffSeconds = waitsBeforeNext(verdict, budget, input.lane) ? budget.backoffSeconds : 0;
  const base = { maxAttempts, backoffSeconds, timeoutMinutes: budget.timeoutMinutes };
  const again = verdict.strategy === 'retry' || verdict.strategy === 'resume';
  const spent = verdict.strategy === 'resume' ? (input.runAttempt ?? input.attempt) : input.attempt;
  if (again && spent >= maxAttempts) {
    return {
      ...base,
      strategy: 'manual',
      rule: 'budget-exhausted',
      reason: `${verdict.reason}; but attempt ${spent} of ${maxAttempts} was the last one allowed (${verdict.rule}), so a person has to look`,
      retryInStep: false,
    };
  }
  const { strategy, rule, reason } = verdict;
  return { ...base, strategy, rule, reason, retryInStep: strategy === 'retry' };
}

/**
 * A wait helps only when time can cure the cause (a network blip, a service outage). Where it cannot, the
 * lane's default backoff is skipped; a backoff the user set (step input, budget or policy rule) still holds.
 */
function waitsBeforeNext(verdict: Verdict, budget: Budget, lane: Lane): boolean {
  return !verdict.noWait || budget.backoffSeconds !== DEFAULT_BUDGETS[lane].backoffSeconds;
}

/** Backoff before attempt `next` (2, 3, ...): doubles each time, at most 10 minutes. */
export function backoffMs(decision: Pick<Decision, 'backoffSeconds'>, next: number): number {
  if (decision.backoffSeconds <= 0) return 0;
  return Math.min(600_000, decision.backoffSeconds * 1000 * 2 ** Math.max(0, next - 2));
}

function describe(input: PolicyInput): string {
  return `type ${input.type}, lane ${input.lane}, ${BRANCH_WORDS[input.branchKind]}, attempt ${input.attempt}`;
}
