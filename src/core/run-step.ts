/**
 * What a `run/` step is and what it concludes, decided without touching the world: its settings and their
 * validation, the shell command line, the environment its command sees, the classification of an attempt
 * we stopped ourselves, the step's outputs, its record for post and its verdict. The retry policy of the
 * step is in run-retry.ts; src/phases/run.ts carries these out through ports.
 */
import type { Decision } from './policy.js';
import type { AttemptRecord, StepRecord } from './records.js';
import { UserError } from './errors.js';
import { skippedMessage, skipsFailure } from './skip.js';
import { FAILURE_TYPES, evidencePlace, type Classification, type FailureType } from './types.js';
import { inert } from './text.js';
import { shellInvocation } from './shell-command.js';
import type { TestOutcome } from './test-identity.js';
import type { RunTestSettings } from './test-identity.js';

export interface RunSettings {
  run: string;
  shell: string;
  stage: string;
  /** Minutes per attempt; undefined = the lane budget. */
  timeoutMinutes?: number;
  /** Minutes for the whole step (attempts, waits, on-retry); undefined = no limit but each attempt's. */
  totalTimeoutMinutes?: number;
  /** A failure exits 0 with a warning instead of an error; the outputs say what failed. */
  continueOnError: boolean;
  /** Undefined = the policy's budget. */
  maxAttempts?: number;
  /**
   * Failure types to retry in-step regardless of the policy; `any` = every type, `error` = every type but
   * a timeout (nick-fields/retry's values); empty = follow the policy, or with max-attempts set, `any`.
   */
  retryOn: RetryOn[];
  /**
   * Exit codes to retry on; when set, a failure with any other exit code is not retried in the step
   * (as nick-fields/retry's retry_on_exit_code; with retry-on, both must hold, as there). Empty = exit
   * codes do not decide.
   */
  retryOnExitCodes: number[];
  /** The command run from the second attempt on, instead of `run`; empty = `run` again. */
  newCommandOnRetry: string;
  /** A warning annotation on each retry. */
  warnOnRetry: boolean;
  checkpointPaths: string[];
  /**
   * Paths outside the workspace this stage fills (`~/.m2`, `$RUNNER_TOOL_CACHE/node`): later checkpoints
   * save them, a resume restores them, and the stage skips itself only when they came back.
   */
  cachePaths?: string[];
  /** `include-hidden-files`: the stage's checkpoint keeps hidden files and directories. */
  includeHiddenFiles?: boolean;
  onRetry: string;
  backoffSeconds?: number;
  workingDirectory: string;
  /** For checkpoint artifacts; never printed. */
  token: string;
  /** Test recovery (core/tests): re-run only the failed tests; absent: none. */
  tests?: RunTestSettings;
}

/** What the step did: the phase's result, and what its verdict and record are made of. */
export interface RunResult {
  skipped: boolean;
  success: boolean;
  attempts: AttemptRecord[];
  exitCode?: number;
  /** The last failure seen (also when a later attempt passed). */
  classification?: Classification;
  decision?: Decision;
  /** Values the command wrote to GITHUB_OUTPUT in its final attempt. */
  commandOutputs: Record<string, string>;
  /** Raw GITHUB_ENV / GITHUB_PATH text the final attempt wrote. */
  commandEnv: string;
  commandPath: string;
  /** The runner's message when the final attempt's GITHUB_OUTPUT was malformed: the step fails, as a run: step does. */
  fileCommandError?: string;
  /** The step's own outputs. */
  outputs: Record<string, string>;
  checkpointId?: string;
  /** Hex sha256 of the manifest of the checkpoint this step stored. */
  checkpointDigest?: string;
  /** What that checkpoint cost the step: the ms it waited on it (read before the command, store after). */
  checkpointMs?: number;
  /** The bytes that checkpoint stored (its archive). */
  checkpointBytes?: number;
  /** That checkpoint was stored, but a re-run will not resume from it (its record could not be uploaded). */
  checkpointUnrecorded?: true;
  /** What test recovery learnt of each test (core/test-identity.ts). */
  tests?: TestOutcome[];
  startedAt: string;
  completedAt: string;
}

// ---- inputs ----

/** What `retry-on` may list: failure types, and nick-fields/retry's `any` and `error` (all but a timeout). */
export type RetryOn = FailureType | 'any' | 'error';

/** `retry-on`: failure types, `any` or `error`, case-insensitive. */
export function parseRetryOn(values: string[]): RetryOn[] {
  const types = values.map((t) => t.toLowerCase());
  for (const t of types) {
    if (t !== 'any' && t !== 'error' && !(FAILURE_TYPES as readonly string[]).includes(t)) {
      throw new UserError(
        `Input 'retry-on' has '${t}': write 'any', 'error' (every failure but a timeout) or failure types from ${FAILURE_TYPES.join(', ')}, comma- or newline-separated.`,
      );
    }
  }
  return types as RetryOn[];
}

/** Does `retry-on` list this failure type? */
export function retryOnLists(retryOn: readonly RetryOn[], type: FailureType): boolean {
  return (
    retryOn.includes('any') || retryOn.includes(type) || (retryOn.includes('error') && type !== 'timeout')
  );
}

/** `retry-on-exit-code`: exit codes from 1 to 255 (0 is a success, never retried). */
export function parseRetryOnExitCodes(values: string[]): number[] {
  return values.map((code) => {
    const n = Number(code);
    if (!/^\d+$/.test(code) || n < 1 || n > 255)
      throw new UserError(
        `Input 'retry-on-exit-code' has '${code}': write exit codes from 1 to 255 (e.g. '1, 75'), comma- or newline-separated.`,
      );
    return n;
  });
}

/** A stage name from the command when none is given: stable across attempts of the same run. */
export function defaultStage(run: string): string {
  const first = run.split('\n').find((l) => l.trim() !== '') ?? 'run';
  return (
    first
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'run'
  );
}

/** `file:line:col: ` at the start of a config error: where its annotation points. */
export function errorLocation(
  message: string,
): { file: string; startLine: number; startColumn: number } | undefined {
  const at = /^([^\s:]+):(\d+):(\d+): /.exec(message);
  return at ? { file: at[1]!, startLine: Number(at[2]), startColumn: Number(at[3]) } : undefined;
}

// ---- the command ----

export { scriptContents, scriptExtension, shellNotFound } from './shell-command.js';

/** Program and arguments for a shell name or a custom template with `{0}`, as the runner splits them on Linux. */
export function shellCommand(shell: string, script: string): { file: string; args: string[] } {
  const { program, args } = shellInvocation(shell, script);
  return { file: program, args };
}

/** The error for a `working-directory` that is not a directory: spawn would blame the shell. */
export function workingDirectoryMissing(input: string, resolved: string): UserError {
  return new UserError(
    `Input 'working-directory': '${input}' (${resolved}) does not exist or is not a directory; ` +
      'create it in an earlier step, or give a path relative to the workspace that exists.',
  );
}

/** Environment of the command: like a `run:` step, it does not see the action's inputs, state or runtime token. */
export function commandEnv(
  env: Readonly<Record<string, string | undefined>>,
  files: Record<string, string>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    if (
      /^(INPUT_|STATE_)/.test(k) ||
      /^ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|CACHE_SERVICE_V2)$/.test(k)
    )
      continue;
    out[k] = v;
  }
  return { ...out, ...files };
}

/** How an attempt ended, as the process port reports it. */
export interface AttemptEnd {
  exitCode?: number;
  signal?: string;
  /** The signal's number on this OS, when a signal ended it. */
  signalNumber?: number;
  timedOut: boolean;
  aborted: boolean;
  output: string;
}

/** The step's exit code: 124 for our time limit, 128+n for a signal, as a shell reports them. */
export function exitCodeOf(end: Omit<AttemptEnd, 'output' | 'aborted'>): number {
  if (end.timedOut) return 124;
  if (end.exitCode !== undefined) return end.exitCode;
  return end.signalNumber ? 128 + end.signalNumber : 1;
}

export const succeeded = (end: Pick<AttemptEnd, 'timedOut' | 'exitCode'>): boolean =>
  !end.timedOut && end.exitCode === 0;

export const minutes = (m: number): string => `${Number(m.toFixed(2))} minute${m === 1 ? '' : 's'}`;

/**
 * An attempt we ended ourselves is typed by that fact, not guessed from its output: cancelled, or a
 * timeout at its limit. Undefined when the command ended by itself (the classifier's turn).
 */
export function stoppedAttempt(
  end: AttemptEnd,
  stage: string,
  limitMinutes: number,
  /** Where the limit came from (run-retry.ts attemptLimit), said with it. */
  limitFrom?: string,
): Classification | undefined {
  if (end.aborted) {
    const text = `ci-recovery: '${stage}' was cancelled; its process tree was killed`;
    const evidence = { line: 1, text };
    return { type: 'cancelled', confidence: 'high', retryable: false, rule: 'run:cancelled', evidence };
  }
  if (!end.timedOut) return undefined;
  const from = limitFrom ? ` (${limitFrom})` : '';
  const text = `ci-recovery: '${stage}' hit its time limit of ${minutes(limitMinutes)}${from}; its process tree was killed`;
  const line = end.output === '' ? 1 : end.output.replace(/\n$/, '').split('\n').length + 1;
  return {
    type: 'timeout',
    confidence: 'high',
    retryable: true,
    rule: 'run:time-limit',
    evidence: { line, text },
  };
}

// ---- the conclusion ----

export const SKIPPED_OUTPUTS: Readonly<Record<string, string>> = {
  attempts: '0',
  'exit-code': '',
  'failure-type': '',
  strategy: 'skip',
  evidence: '',
  skipped: 'true',
};

/**
 * The step's own outputs after it ran. `strategy` tells what happened: `retry` when the step passed after
 * a failure (a retry of the command, or of its failed tests alone); else the last decision's.
 */
export function stepOutputs(
  attempts: number,
  exitCode: number,
  classification: Classification | undefined,
  decision: Decision | undefined,
  passed = false,
): Record<string, string> {
  return {
    attempts: String(attempts),
    'exit-code': String(exitCode),
    'failure-type': classification?.type ?? '',
    strategy: passed && classification ? 'retry' : (decision?.strategy ?? ''),
    // A line of the command's log (a pull request's code wrote it): one inert line.
    evidence: inert(classification?.evidence?.text ?? ''),
    skipped: 'false',
  };
}

/**
 * The job's stage durations with this completed stage's added: its passing attempt, the work a re-run
 * would do again (earlier failed attempts and waits are what recovery already spent, not what it saves).
 */
export function stageDurationsWith(
  durations: Readonly<Record<string, number>>,
  stage: string,
  result: Pick<RunResult, 'attempts'>,
): Record<string, number> {
  const passing = result.attempts.at(-1);
  if (!passing) return { ...durations };
  return { ...durations, [stage]: Math.max(0, Math.round(passing.durationMs)) };
}

export interface StepVerdict {
  /** Outputs in the order to set them: the command's first, ours last, so ours win on a name clash. */
  outputs: [string, string][];
  /** The completed stages with this one, to export; undefined when the step did not complete its stage. */
  completedStages?: string;
  /** Undefined when the step passed. */
  failure?: { level: 'error' | 'warning'; message: string; title: string; exitCode?: number };
}

/** What the step concludes: its outputs, the stages now complete, and how it fails (or passes anyway). */
export function concludeStep(
  settings: RunSettings,
  result: RunResult,
  completedStages: string[],
): StepVerdict {
  const outputs = [...Object.entries(result.commandOutputs), ...Object.entries(result.outputs)];
  const done = result.success && !result.skipped && !completedStages.includes(settings.stage);
  const verdict: StepVerdict = {
    outputs,
    ...(done ? { completedStages: [...completedStages, settings.stage].join(',') } : {}),
  };
  if (result.success) return verdict;
  const { message, title } = failureMessage(settings, result);
  if (result.decision && skipsFailure(result)) {
    // The policy lets this failure pass (`strategy: skip`): the job goes on; post shows what was skipped.
    return {
      ...verdict,
      failure: {
        level: 'warning',
        message: skippedMessage(message, result.decision),
        title: `${title}: skipped`,
      },
    };
  }
  if (settings.continueOnError) {
    // The step passes; its outputs (exit-code, failure-type, ...) still say what failed.
    return {
      ...verdict,
      failure: { level: 'warning', message: `${message} continue-on-error: the step passes.`, title },
    };
  }
  const code = result.exitCode;
  const exitCode = !result.fileCommandError && code && code > 0 && code < 256 ? code : 1;
  return { ...verdict, failure: { level: 'error', message, title, exitCode } };
}

function failureMessage(settings: RunSettings, result: RunResult): { message: string; title: string } {
  if (result.fileCommandError) {
    return {
      message: `Stage '${settings.stage}': ${result.fileCommandError}`,
      title: `ci-recovery: ${settings.stage} failed (file command)`,
    };
  }
  const c = result.classification;
  const d = result.decision;
  const evidence = c?.evidence
    ? ` Evidence, ${c.evidence.line > 0 ? `line ${c.evidence.line} of its output` : evidencePlace(c.evidence)}: ${c.evidence.text}`
    : '';
  const message =
    `Stage '${settings.stage}' failed after ${result.attempts.length} attempt(s): ${c?.type ?? 'unknown'} (${c?.rule ?? 'no rule'})` +
    (d ? `; decision ${d.strategy} (${d.rule}): ${d.reason}.` : '.') +
    testsFailing(result.tests) +
    evidence;
  return { message, title: `ci-recovery: ${settings.stage} failed (${c?.type ?? 'unknown'})` };
}

/** How many tests still fail after their re-runs (their keys are in the step's failed-tests output). */
function testsFailing(tests: TestOutcome[] | undefined): string {
  const failing = (tests ?? []).filter((t) => t.outcome === 'failed' && t.quarantined !== true);
  const arrivals = (tests ?? []).filter((t) => t.arrival).length;
  const flaky =
    arrivals > 0
      ? ` ${arrivals} test(s) the change added or edited are flaky on arrival; the step's flaky-on-arrival output names them.`
      : '';
  if (failing.length === 0) return flaky;
  const rerun = failing.filter((t) => t.retries > 0).length;
  return ` ${failing.length} test(s) failed (${rerun} of them on every re-run of itself); the step's failed-tests output names them.${flaky}`;
}

/** The record post reads to tell the job's story. */
export function runStepRecord(settings: RunSettings, result: RunResult): StepRecord {
  return {
    kind: 'run',
    step: settings.stage,
    stage: settings.stage,
    startedAt: result.startedAt,
    completedAt: result.completedAt,
    outcome: result.skipped ? 'skipped' : result.success ? 'success' : 'failure',
    attempts: result.attempts,
    ...(result.classification ? { classification: result.classification } : {}),
    ...(result.decision ? { decision: result.decision } : {}),
    ...(result.checkpointId ? { checkpointId: result.checkpointId } : {}),
    ...(result.checkpointDigest ? { checkpointDigest: result.checkpointDigest } : {}),
    ...(result.checkpointMs !== undefined ? { checkpointMs: result.checkpointMs } : {}),
    ...(result.checkpointBytes !== undefined ? { checkpointBytes: result.checkpointBytes } : {}),
    ...(result.tests ? { tests: result.tests } : {}),
    outputs: result.outputs,
  };
}
