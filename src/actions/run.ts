/** The `run/` sub-action's entry: reads its inputs and the job once, then runs the phase (src/phases/run.ts). */
import { load } from '../checkpoint/load.js';
import { effectiveConfig } from '../adapters/config-file.js';
import { readRunContext } from '../adapters/event.js';
import { input } from '../adapters/inputs.js';
import { readJobEnvWithStages } from '../adapters/stage-ledger.js';
import { runnerPort } from '../runner/adapters/logger.js';
import { runnerDefaultShell, runPorts } from '../adapters/run-step.js';
import { errorMessage } from '../core/errors.js';
import { branchKind } from '../core/event.js';
import {
  defaultStage,
  errorLocation,
  parseRetryOn,
  parseRetryOnExitCodes,
  type RunSettings,
} from '../core/run-step.js';
import type { RunTestSettings } from '../test-recovery/index.js';
import type { TestsConfig } from '../core/config-defaults.js';
import { runPhase } from '../phases/run.js';
import { isWindowsRunner } from '../core/runner-os.js';
import { checkedStageName } from '../core/text.js';

/** The `stage` input, when given, under the stage-name rules: a manifest carries it to every re-run. */
const stageInput = (stage: string): string => (stage ? checkedStageName(stage, "Input 'stage'") : '');

/** A number that moved from an input to the config: the input still wins where a workflow gives it. */
function movedCount(name: string, key: string, max: number, configured: number): number {
  return input.moved(name, key) ? (input.int(name, { min: 0, max }) ?? configured) : configured;
}

/**
 * The two test inputs checked by test recovery's own rules, which load only when one is given: a step
 * that names neither (most) never loads the wing (~100 KB) unless a test fails.
 */
async function checkedTestInputs(): Promise<{ runner: RunTestSettings['runner']; rerunCommand: string }> {
  const given = input.string('test-runner');
  const rerunCommand = input.string('test-rerun-command');
  if (given.trim() === '' && rerunCommand.trim() === '') return { runner: undefined, rerunCommand };
  const { parseTestRunner, checkTemplate } = await import('../test-recovery/index.js');
  // The runner first, as before the wing was loaded lazily: of two bad inputs, the same one is named.
  const runner = parseTestRunner(given);
  checkTemplate(rerunCommand);
  return { runner, rerunCommand };
}

/** The step's test inputs, and the re-run limits the config holds (`tests:`). */
async function readTestSettings(tests: TestsConfig): Promise<RunTestSettings> {
  const { runner, rerunCommand } = await checkedTestInputs();
  const failOnPassed = 'fail-on-passed-after-retry';
  return {
    report: input.string('test-report').trim(),
    ...(runner ? { runner } : {}),
    rerunCommand,
    retries: movedCount('test-retries', 'tests.retries', 10, tests.retries),
    maxFailed: movedCount('test-max-failures', 'tests.max-failures', 10_000, tests.maxFailures),
    failOnPassedAfterRetry: input.moved(failOnPassed, 'tests.fail-on-passed-after-retry')
      ? input.bool(failOnPassed)
      : tests.failOnPassedAfterRetry,
  };
}

function readSettings(): Omit<RunSettings, 'tests'> {
  const run = input.required('run');
  const retryOn = parseRetryOn(input.list('retry-on'));
  const timeoutMinutes = input.minutes('timeout-minutes');
  const totalTimeoutMinutes = input.minutes('total-timeout-minutes');
  const retryOnExitCodes = parseRetryOnExitCodes(input.list('retry-on-exit-code'));
  const maxAttempts = input.int('max-attempts', { min: 1, max: 20 });
  const backoffSeconds = input.int('backoff-seconds', { min: 0, max: 3600 });
  return {
    run,
    // Empty (no default in action.yml): the runner's own default for the OS, chosen in run() below.
    shell: input.string('shell'),
    stage: stageInput(input.string('stage').trim()) || defaultStage(run),
    ...(timeoutMinutes !== undefined ? { timeoutMinutes } : {}),
    ...(totalTimeoutMinutes !== undefined ? { totalTimeoutMinutes } : {}),
    continueOnError: input.bool('continue-on-error'),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    retryOn,
    retryOnExitCodes,
    newCommandOnRetry: input.string('new-command-on-retry'),
    warnOnRetry: input.bool('warn-on-retry'),
    checkpointPaths: input.list('checkpoint-paths'),
    cachePaths: input.list('cache-paths'),
    includeHiddenFiles: input.bool('include-hidden-files'),
    onRetry: input.string('on-retry'),
    ...(backoffSeconds !== undefined ? { backoffSeconds } : {}),
    workingDirectory: input.string('working-directory'),
    token: input.string('github-token'),
  };
}

export async function run(): Promise<void> {
  const runner = runnerPort;
  try {
    const job = readJobEnvWithStages();
    const windows = isWindowsRunner(job.runnerOs, process.platform);
    const read = readSettings();
    const config = await effectiveConfig(job);
    const tests = await readTestSettings(config.tests);
    const settings: RunSettings = { ...read, shell: read.shell || runnerDefaultShell(windows), tests };
    const ctx = {
      lane: job.recovery.lane ?? 'STANDARD',
      branchKind: branchKind(await readRunContext(job)),
      config,
    };
    // The command runs in its own process group, out of reach of the runner's signals: pass them on.
    const cancel = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => cancel.abort());
    const ports = runPorts(settings, job, config, runner, cancel.signal);
    await runPhase(settings, job, { ...ctx, windows }, ports);
  } catch (error) {
    // A config error starts with file:line:col: annotate that line of the file.
    const message = errorMessage(error);
    runner.log.error(message, errorLocation(message));
    runner.setExitCode(1);
  }
  (await load.storeGuard()).endIfStoreGaveUp();
}
