/**
 * The `run/` phase: runs a risky command like a `run:` step, but knows why it failed.
 * Gather: the stages completed earlier (a restored one only while its files are there).
 * Decide (core/run-retry.ts, core/run-step.ts): the step's budget and limits, after each failed attempt
 * its type (the classifier) and whether to try again, and in the end what the step concludes.
 * Act through ports: a checkpoint before the command, each attempt (ProcessPort), waits (Clock), the
 * step's outputs, the command's env and path, the completed stages, the record for post and the verdict
 * (RunnerPort, RecordsPort).
 */
import path from 'node:path';
import type { Config } from '../core/config-defaults.js';
import { errorMessage } from '../core/errors.js';
import { loadOrSay } from './deferred.js';
import { fileCommandFailure, parseKeyValueFile } from '../core/file-commands.js';
import type { JobEnv } from '../core/job-env.js';
import type { Decision } from '../core/policy.js';
import type { AttemptRecord } from '../core/records.js';
import { attemptRecovered } from '../core/recovered-log.js';
import {
  attemptLimitFrom,
  attemptLimitMs,
  decideAttempt,
  planStep,
  retryWaitMs,
  stepTimeLeft,
  triesAgain,
  withinStepTime,
  afterTestReruns,
  type StepPlan,
} from '../core/run-retry.js';
import {
  concludeStep,
  stageDurationsWith,
  exitCodeOf,
  minutes,
  runStepRecord,
  shellCommand,
  shellNotFound,
  workingDirectoryMissing,
  SKIPPED_OUTPUTS,
  stepOutputs,
  succeeded,
  type RunResult,
  type RunSettings,
} from '../core/run-step.js';
import {
  ATTEMPT_STAGES_ENV,
  CACHE_PATHS_ENV,
  COMPLETED_STAGES_ENV,
  STAGE_DURATIONS_ENV,
} from '../core/state-keys.js';
import { evidencePlace, type BranchKind, type Classification, type Lane } from '../core/types.js';
import type { CommandRun } from '../ports/process.js';
import type { StageSaved } from '../ports/stage-checkpoint.js';
import {
  concurrentCheckpointNote,
  repeatedStageNote,
  skipsAsRestored,
  type RunningStage,
} from '../core/stage-ledger.js';
import { NO_CHECKPOINT, checkpointFirst, checkpointWorthIt } from './run-checkpoint.js';
import { enterLedger, ledgerEntry } from './run-ledger.js';
import { writeRecordBestEffort } from '../ports/records.js';
import { runOnRetry } from './run-on-retry.js';
import type { Found, TestsRecovered } from './run-tests.js';
import type { FailureSignals } from '../core/classify/index.js';
import { classifyAttempt } from './run-classify.js';
import type { RunPorts } from '../ports/run-step.js';

export type { RunPorts };

type FailedTests = FailureSignals['failedTests'];
/** What findTests found, with the test recovery it loaded to find it. */
type FoundTests = { wing: typeof import('./run-tests.js'); tests: Found | undefined };

export interface RunContext {
  lane: Lane;
  branchKind: BranchKind;
  /** The job's effective config (main's, else the config file's). */
  config: Config;
  /** The runner is Windows (core/runner-os.ts): file commands end lines at CRLF too; no test recovery. */
  windows: boolean;
}

/** The whole step: gather, run its attempts, and leave its outputs, record and verdict with the runner. */
export async function runPhase(
  settings: RunSettings,
  job: JobEnv,
  ctx: RunContext,
  ports: RunPorts,
): Promise<RunResult> {
  // A bad cache-paths entry fails the step before anything runs, naming the entry and the fix. The
  // engine's core that checks it loads only for a step that names some.
  if (settings.cachePaths?.length) {
    const { parseOutsidePath, rootBases } = await import('../checkpoint/index.js');
    for (const entry of settings.cachePaths) parseOutsidePath(entry, rootBases(job));
  }
  const restored = await restoredStillThere(settings, job, ports);
  if (job.recovery.attemptStages.includes(settings.stage))
    ports.runner.log.notice(repeatedStageNote(settings.stage));
  const others = await enterLedger(settings.stage, ports);
  try {
    const result = await runStep(settings, job, ctx, ports, restored, others);
    await applyResult(settings, job, result, ports);
    return result;
  } finally {
    await ports.stages?.leave();
  }
}

/**
 * The stages main restored that this step may skip (core/stage-ledger.ts skipsAsRestored), while their files
 * are still in the workspace; none when its own stage is not one of them.
 */
async function restoredStillThere(settings: RunSettings, job: JobEnv, ports: RunPorts): Promise<string[]> {
  const { stage, cachePaths = [] } = settings;
  const { restoredStages } = job.recovery;
  if (!skipsAsRestored(stage, restoredStages, job.recovery)) return [];
  return ports.checkpoint.stillComplete(restoredStages, { stage, cachePaths });
}

/**
 * Skips a stage an earlier attempt completed (`restoredStages`: restored, still there, not yet taken in this
 * attempt); else checkpoints, then runs attempts until one passes or the policy stops.
 */
export async function runStep(
  settings: RunSettings,
  job: JobEnv,
  ctx: RunContext,
  ports: RunPorts,
  restoredStages: readonly string[],
  others: readonly RunningStage[] = [],
): Promise<RunResult> {
  const { log } = ports.runner;
  const started = ports.clock.now();
  const startedAt = new Date(started).toISOString();
  if (restoredStages.includes(settings.stage)) {
    log.notice(`Stage '${settings.stage}' completed in an earlier attempt of this run: skipping it.`);
    const none = { commandOutputs: {}, commandEnv: '', commandPath: '', attempts: [] };
    const completedAt = new Date(ports.clock.now()).toISOString();
    return { ...none, skipped: true, success: true, outputs: { ...SKIPPED_OUTPUTS }, startedAt, completedAt };
  }
  const plan = planStep(settings, ctx.config, ctx.lane);
  shellCommand(settings.shell, 'script'); // a bad shell input fails before anything runs
  // Checkpoint first, so a resume can start from the state before this stage.
  // Beside another running stage (a background step), a checkpoint could hold its half-written files.
  const alone = others.length === 0 || plan.checkpointPaths.length === 0;
  if (!alone) log.notice(concurrentCheckpointNote(settings.stage, others));
  const take =
    alone && plan.checkpointPaths.length > 0 && checkpointWorthIt(settings, job, ctx.config, plan, ports);
  const underway = take ? await checkpointFirst(settings, plan, ports) : NO_CHECKPOINT;
  // What the job waits on for its checkpoint: the read before the command, the store's end after it.
  let waitedMs = ports.clock.now() - started;
  let loop: AttemptLoop, checkpoint: StageSaved | undefined;
  try {
    loop = new AttemptLoop(settings, job, ctx, ports, plan, started, underway.started);
    await loop.run();
  } finally {
    // No command started (a missing working directory, a cancel): the save goes on all the same.
    underway.started();
    await ports.process.cleanup().catch((e: unknown) => log.debug(`process clean-up: ${errorMessage(e)}`));
    // The step ends only once its checkpoint is stored (or said not to be).
    const storing = ports.clock.now();
    checkpoint = await underway.stored();
    waitedMs += ports.clock.now() - storing;
  }
  const paid =
    checkpoint && !checkpoint.reused
      ? { ms: waitedMs, bytes: checkpoint.bytes, unrecorded: checkpoint.unrecorded === true }
      : undefined;
  return loop.result(startedAt, checkpoint, paid);
}

/** The attempts of one step and what they found. */
class AttemptLoop {
  readonly attempts: AttemptRecord[] = [];
  classification?: Classification;
  decision?: Decision;
  last?: CommandRun;
  /** What test recovery did after the last failed attempt (run-tests.ts). */
  tests?: TestsRecovered;
  /** When the last attempt ended: the backoff before the next one counts from there. */
  private lastEndedAt = 0;
  /** What on-retry wrote to its GITHUB_ENV, for every later attempt (and hook): later values win. */
  private readonly retryEnv: Record<string, string> = {};
  private readonly cwd: string;

  constructor(
    private readonly settings: RunSettings,
    private readonly job: JobEnv,
    private readonly ctx: RunContext,
    private readonly ports: RunPorts,
    private readonly plan: StepPlan,
    private readonly started: number,
    private readonly commandStarted: () => void, // a command started: the stage's checkpoint waits for it
  ) {
    this.cwd = path.resolve(job.workspace, settings.workingDirectory || '.');
  }

  private timeLeft(): number {
    return stepTimeLeft(this.plan, this.started, this.ports.clock.now());
  }

  async run(): Promise<void> {
    for (let attempt = 1; attempt <= this.plan.maxAttempts; attempt++) {
      if (attempt > 1 && !(await this.betweenAttempts(attempt))) break;
      const limitMs = attemptLimitMs(this.plan, this.timeLeft());
      const attemptStart = this.ports.clock.now();
      this.tests = undefined; // what test recovery says is of the final attempt
      const run = await this.runAttempt(attempt, limitMs);
      this.lastEndedAt = this.ports.clock.now();
      this.last = run;
      const record: AttemptRecord = {
        attempt,
        startedAt: new Date(attemptStart).toISOString(),
        durationMs: run.durationMs,
        ...(run.exitCode !== undefined ? { exitCode: run.exitCode } : {}),
        ...(run.signal ? { signal: run.signal } : {}),
        ...(run.timedOut ? { timedOut: true } : {}),
      };
      this.attempts.push(record);
      if (succeeded(run)) {
        // Said in so many words: the log of a step made green reads as such (classify, plan).
        if (attempt > 1) this.ports.runner.log.info(attemptRecovered(this.settings.stage, attempt));
        break;
      }
      // The attempt's reports are read once, before it is classified: the tests they name failed tell the
      // classifier what an output it cannot type does not (run-tests.ts reportedFailures).
      const found = await this.findTests(run, attempt, attemptStart);
      const reported = found?.tests ? found.wing.reportedFailures(found.tests) : undefined;
      record.classification = this.classification = await this.classify(run, attempt, limitMs, reported);
      // Failed tests re-run alone: the step's own retry is not wanted once they were; the policy still
      // says what comes next for the tests that still fail (the `strategy` output).
      const tests = found && (await this.recoverTests(run, attempt, found));
      if (tests?.handled) {
        if (!tests.recovered) this.decide(run, attempt, true);
        break;
      }
      if (!this.decide(run, attempt)) break;
    }
    await this.detectArrivals();
  }

  /**
   * The failed attempt's tests (run-tests.ts findFailedTests), for its classification and its recovery; not
   * on Windows, where test recovery's re-run commands (POSIX quoting) and report paths are untested: a failed
   * attempt is retried whole there.
   */
  private async findTests(run: CommandRun, attempt: number, startedAt: number) {
    const { settings, ports, ctx } = this;
    if (!settings.tests || !ports.tests || ctx.windows) return undefined;
    // Test recovery (~100 KB with its wing) loads once an attempt failed: a green step never does.
    const wing = await loadOrSay(() => import('./run-tests.js'), 'test recovery', ports.runner.log);
    if (!wing) return undefined;
    const step = { ...this.testStep(attempt), tests: settings.tests };
    const tests = await wing.findFailedTests(step, run, startedAt, { ...ports, tests: ports.tests });
    // Tests failed: recoverTests decides by the history, whose restore then overlaps the classification.
    // (The real port loads it once per step: recoverTests's call takes the same load.)
    if (!ports.tests.history && tests && tests.failed.length > 0)
      ports.tests.loadHistory?.().catch(() => undefined); // awaited there
    return { wing, tests };
  }

  /** Test recovery after a failed attempt (run-tests.ts), on the tests findTests found: read once. */
  private async recoverTests(run: CommandRun, attempt: number, found: FoundTests) {
    const { settings, ports, ctx } = this;
    if (!settings.tests || !ports.tests) return undefined;
    // Built after the classification: the step's failure type is the attempt's own.
    const step = { ...this.testStep(attempt), tests: settings.tests };
    const limitMs = (): number => attemptLimitMs(this.plan, this.timeLeft());
    const tested = { ...ports, tests: ports.tests };
    const { wing, tests } = found;
    return (this.tests = await wing.recoverTests(step, run, tests, limitMs, ctx.config, tested));
  }

  private testStep(attempt: number) {
    return {
      ...this.settings,
      command: this.command(attempt),
      cwd: this.cwd,
      failureType: this.classification?.type ?? 'unknown',
      pullRequest: this.ctx.branchKind === 'pr',
      ...this.envSpec(),
    };
  }

  /** Early flake detection after the last attempt (run-arrival.ts): on a PR, the change's tests repeated. */
  private async detectArrivals(): Promise<void> {
    const { settings, ports, ctx, last } = this;
    if (!settings.tests || !ports.tests || ctx.windows || !last) return;
    if (!ctx.config.tests.earlyFlakeDetection.enabled) return;
    const step = { ...this.testStep(this.attempts.length), tests: settings.tests };
    const limitMs = (): number => this.timeLeft();
    const tested = { ...ports, tests: ports.tests };
    const wing = await loadOrSay(() => import('./run-arrival.js'), 'early flake detection', ports.runner.log);
    if (!wing) return;
    const { detectArrivals } = wing;
    this.tests = await detectArrivals(step, last, this.tests, limitMs, ctx.config, tested);
  }

  /** The wait and the on-retry command before attempt `attempt`; false when the step's time is up. */
  private async betweenAttempts(attempt: number): Promise<boolean> {
    const { log } = this.ports.runner;
    const wait = retryWaitMs(this.decision, attempt, this.timeLeft());
    // Counted from the failed attempt's end, as a plain retry (nick-fields/retry) counts it from the exit
    // it notices: the time spent loading the classifier and deciding is part of the wait, not added to it.
    const rest = Math.max(0, this.lastEndedAt + wait - this.ports.clock.now());
    if (wait > 0)
      log.info(`Waiting ${wait / 1000} s after attempt ${attempt - 1} failed, before attempt ${attempt}.`);
    if (rest > 0) await this.ports.clock.sleep(rest);
    if (this.settings.onRetry.trim()) await this.onRetry(attemptLimitMs(this.plan, this.timeLeft()));
    // Cancelled during the wait or the hook: no attempt is started only to be killed.
    if (this.ports.process.cancelled()) return false;
    if (this.timeLeft() > 0) return true;
    log.info(`ci-recovery: the step's total time limit is used up: no attempt ${attempt}.`);
    return false;
  }

  private async onRetry(limitMs: number): Promise<void> {
    const { settings, ctx, ports } = this;
    const hook = { script: settings.onRetry, shell: settings.shell, cwd: this.cwd, limitMs };
    await runOnRetry(hook, this.retryEnv, ctx.windows, ports);
  }

  private envSpec(): { env?: Record<string, string> } {
    return Object.keys(this.retryEnv).length > 0 ? { env: { ...this.retryEnv } } : {};
  }

  private async runAttempt(attempt: number, limitMs: number): Promise<CommandRun> {
    const { settings } = this;
    const from = attemptLimitFrom(this.plan, limitMs);
    const limit = Number.isFinite(limitMs)
      ? `time limit ${minutes(limitMs / 60_000)}, from ${from}`
      : `no time limit: ${from}`;
    this.ports.runner.log.info(`ci-recovery: stage '${settings.stage}', attempt ${attempt} (${limit})`);
    try {
      return await this.ports.process.run({
        name: `attempt-${attempt}`,
        script: this.command(attempt),
        shell: settings.shell,
        cwd: this.cwd,
        ...(Number.isFinite(limitMs) ? { timeoutMs: limitMs } : {}),
        fileCommands: true,
        ...this.envSpec(),
        onStarted: this.commandStarted,
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'ENOCWD') throw workingDirectoryMissing(settings.workingDirectory, this.cwd);
      if (code === 'ENOENT') throw shellNotFound(shellCommand(settings.shell, '').file);
      throw error;
    }
  }

  /** The command attempt `attempt` runs: new-command-on-retry from the second on, when given. */
  private command(attempt: number): string {
    const retry = this.settings.newCommandOnRetry;
    return attempt > 1 && retry.trim() ? retry : this.settings.run;
  }

  /** The failed attempt's type (run-classify.ts), with the failed tests its own reports name. */
  private classify(run: CommandRun, attempt: number, limitMs: number, failedTests?: FailedTests) {
    const { settings, plan, ctx, ports } = this;
    const limitFrom = attemptLimitFrom(plan, limitMs);
    const failed = { run, stage: settings.stage, command: this.command(attempt), limitMs, limitFrom };
    return classifyAttempt({ ...failed, failedTests }, ctx.config, ports);
  }

  /** Decides after failed attempt `attempt`, says so, and answers whether to try again. */
  private decide(run: CommandRun, attempt: number, testsRerun = false): boolean {
    const { settings, ctx, ports } = this;
    const { log } = ports.runner;
    const c = this.classification!;
    const exitCode = exitCodeOf(run);
    const failed = {
      type: c.type,
      retryable: c.retryable,
      exitCode,
      timedOut: run.timedOut,
      attempt,
      lane: ctx.lane,
      branchKind: ctx.branchKind,
    };
    const decided = decideAttempt(
      { ...failed, runAttempt: this.job.attempt },
      settings,
      this.plan,
      ctx.config,
    );
    const decision = testsRerun ? afterTestReruns(decided) : decided;
    const evidence = c.evidence ? ` Evidence (${evidencePlace(c.evidence)}): ${c.evidence.text}` : '';
    log.info(
      `ci-recovery: attempt ${attempt} failed (exit ${exitCode}${run.signal ? `, ${run.signal}` : ''}): ${c.type} [${c.rule}].${evidence}`,
    );
    log.info(`ci-recovery: decision ${decision.strategy} by ${decision.rule}: ${decision.reason}`);
    this.decision = withinStepTime(decision, this.timeLeft());
    if (!triesAgain(this.decision, attempt, this.plan.maxAttempts, ports.process.cancelled())) return false;
    if (settings.warnOnRetry)
      log.warning(
        `Attempt ${attempt} failed (exit ${exitCode}, ${c.type}): retrying (${this.decision.rule}).`,
        { title: `ci-recovery: retrying ${settings.stage}` },
      );
    return true;
  }

  /** Only what the final attempt wrote becomes the step's own outputs, env and path. */
  result(
    startedAt: string,
    checkpoint: StageSaved | undefined,
    paid?: { ms: number; bytes?: number | undefined; unrecorded?: boolean },
  ): RunResult {
    const last = this.last!;
    const files = this.finalFiles(last);
    const exitCode = exitCodeOf(last);
    const { classification, decision, tests } = this;
    const success =
      (succeeded(last) || tests?.recovered === true) &&
      tests?.failsStep !== true &&
      files.fileCommandError === undefined;
    return {
      skipped: false,
      success,
      attempts: this.attempts,
      exitCode,
      ...(classification ? { classification } : {}),
      ...(decision ? { decision } : {}),
      ...files,
      ...(checkpoint ? { checkpointId: checkpoint.id } : {}),
      ...(checkpoint?.manifestSha256 ? { checkpointDigest: checkpoint.manifestSha256 } : {}),
      ...(paid ? { checkpointMs: Math.round(paid.ms) } : {}),
      ...(paid?.bytes !== undefined ? { checkpointBytes: paid.bytes } : {}),
      ...(paid?.unrecorded ? { checkpointUnrecorded: true as const } : {}),
      outputs: {
        ...stepOutputs(this.attempts.length, exitCode, classification, decision, success),
        ...tests?.outputs,
      },
      ...(tests ? { tests: tests.tests } : {}),
      startedAt,
      completedAt: new Date(this.ports.clock.now()).toISOString(),
    };
  }

  /**
   * The final attempt's file commands. A malformed GITHUB_OUTPUT fails a step whose command passed, with
   * the runner's message, as it fails a `run:` step; after a failed command it is only a warning.
   */
  private finalFiles(
    last: CommandRun,
  ): Pick<RunResult, 'commandOutputs' | 'commandEnv' | 'commandPath' | 'fileCommandError'> {
    const { output = '', env = '', path: paths = '' } = last.files ?? {};
    try {
      // Lines end as the runner on this OS reads them: CRLF only on Windows (src/core/file-commands.ts).
      const ends = { windows: this.ctx.windows };
      // `=value` is accepted with the empty name (the runner's rule), but no step can set that name again.
      const { '': _unnamed, ...commandOutputs } = parseKeyValueFile(output, ends);
      return { commandOutputs, commandEnv: env, commandPath: paths };
    } catch (error) {
      const message = fileCommandFailure('output', error).message;
      if (!succeeded(last)) {
        this.ports.runner.log.warning(`Stage '${this.settings.stage}': ${message}`);
        return { commandOutputs: {}, commandEnv: env, commandPath: paths };
      }
      return { commandOutputs: {}, commandEnv: env, commandPath: paths, fileCommandError: message };
    }
  }
}

/** The step's outputs, the command's env and path, the completed stages, the record and the verdict. */
async function applyResult(
  settings: RunSettings,
  job: JobEnv,
  result: RunResult,
  ports: RunPorts,
): Promise<void> {
  const { runner } = ports;
  const verdict = concludeStep(settings, result, job.recovery.completedStages);
  // A file command the runner gave cannot be written (a full disk: ENOSPC): said once, and the step still
  // ends as its command did, with its verdict and its record; the outputs and variables are what is lost.
  const unwritten: string[] = [];
  const write = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      unwritten.push(`${what} (${errorMessage(error)})`);
    }
  };
  write('the step outputs', () => {
    for (const [name, value] of verdict.outputs) runner.setOutput(name, value);
  });
  try {
    for (const command of ['env', 'path'] as const) {
      const text = command === 'env' ? result.commandEnv : result.commandPath;
      if (text.trim() !== '') runner.appendFileCommand(command, text.endsWith('\n') ? text : text + '\n');
    }
  } catch (error) {
    runner.log.warning(`Could not pass on the command's GITHUB_ENV/GITHUB_PATH: ${errorMessage(error)}`);
  }
  // Lost, they make a later resume run this stage again: never a wrong skip.
  write('the stages done for later steps', () => {
    if (result.success && !job.recovery.attemptStages.includes(settings.stage))
      runner.exportVariable(ATTEMPT_STAGES_ENV, [...job.recovery.attemptStages, settings.stage].join(','));
    // A stage done (now or before) that fills paths outside the workspace: later checkpoints save them.
    if (result.success && settings.cachePaths?.length)
      runner.exportVariable(
        CACHE_PATHS_ENV,
        JSON.stringify({ ...job.recovery.cachePaths, [settings.stage]: settings.cachePaths }),
      );
    // The stages done go last: a later checkpoint lets a resume skip them, so what they need is written first.
    if (verdict.completedStages !== undefined) {
      const durations = stageDurationsWith(job.recovery.stageDurations, settings.stage, result);
      runner.exportVariable(STAGE_DURATIONS_ENV, JSON.stringify(durations));
      runner.exportVariable(COMPLETED_STAGES_ENV, verdict.completedStages);
    }
  });
  if (unwritten.length > 0)
    runner.log.warning(
      `ci-recovery: could not write ${unwritten.join('; nor ')}; the step ends as its command did.`,
    );
  await ledgerEntry(settings, job, result, verdict.completedStages !== undefined, ports);
  await writeRecordBestEffort(ports.records, runStepRecord(settings, result), runner.log);
  const { failure } = verdict;
  if (failure?.level === 'warning') runner.log.warning(failure.message, { title: failure.title });
  if (failure?.level === 'error') {
    runner.log.error(failure.message, { title: failure.title });
    runner.setExitCode(failure.exitCode ?? 1);
  }
}
