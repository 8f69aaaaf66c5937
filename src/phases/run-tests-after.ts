/**
 * After a step's failed tests passed alone (run-tests.ts `recoverTests`): when the failed runner invocation was
 * not the last thing the step runs, what the failure skipped, or the whole step once, must pass too. When it
 * fails, a test it names failed again is failed, not flaky (test-recovery's `failedAgain`); a run the timeout or
 * a cancel stopped is not read (a test it cut short failed on no merit of its own, as `findFailedTests` never
 * reads a stopped attempt).
 */
import type { TestOutcome } from '../core/test-identity.js';
import { printablePath } from '../core/text.js';
import type { Clock } from '../ports/clock.js';
import type { ProcessPort } from '../ports/process.js';
import type { RunnerPort } from '../runner/ports/runner.js';
import { failedAgain, FAILED_AGAIN_WHY, shownName, type StepRunPlan } from '../test-recovery/index.js';

/** What of the step the run after the re-runs needs (run-tests.ts `TestStep`). */
export interface AfterStep {
  command: string;
  shell: string;
  cwd: string;
  env?: Record<string, string>;
}

export interface AfterPorts {
  runner: RunnerPort;
  process: ProcessPort;
  clock: Clock;
}

/**
 * Runs what the step's failure skipped, or the whole step once (`stepRun.after`): undefined when it passed or
 * nothing was to run (the re-runs stand for the step), else the step's tests, those it named failed again failed.
 * `failedIn` reads the tests a run names failed (its reports written since `started`, or its output).
 */
export async function afterReruns(
  step: AfterStep,
  stepRun: StepRunPlan,
  tests: readonly TestOutcome[],
  limitMs: () => number,
  ports: AfterPorts,
  failedIn: (output: string, started: number) => Promise<ReadonlySet<string>>,
): Promise<TestOutcome[] | undefined> {
  const after = await ranTheRest(step, stepRun, limitMs, ports);
  if (after.passed) return undefined;
  // A test it names failed again: its pass alone may have been another test's (test-recovery's failedAgain).
  const again = after.read ? await failedIn(after.read.output, after.read.started) : new Set<string>();
  const out = failedAgain(tests, again);
  for (const t of out)
    if (t.failedAgain)
      ports.runner.log.info(`ci-recovery: ${shownName(t.id)}: ${FAILED_AGAIN_WHY}: not flaky`);
  return out;
}

/**
 * Test re-runs stand for the step only when the failed runner invocation was the last thing it runs:
 * else it runs what the failure skipped, or the whole step once, and passes only when that passes. `read`: the
 * failed run's output and start, when it ran to its end (not timed out or cancelled).
 */
async function ranTheRest(
  step: AfterStep,
  stepRun: StepRunPlan,
  limitMs: () => number,
  ports: AfterPorts,
): Promise<{ passed: boolean; read?: { output: string; started: number } }> {
  const { log } = ports.runner;
  const { after } = stepRun;
  if (after.kind === 'nothing') return { passed: true };
  const script = after.kind === 'rest' ? after.script : step.command;
  log.info(
    after.kind === 'rest'
      ? `ci-recovery: the failed tests passed alone, but the step's failure skipped what follows them: running it: ${printablePath(script)}`
      : `ci-recovery: the failed tests passed alone, but ${after.why}: re-running the whole step once, as a plain retry would.`,
  );
  const limit = limitMs();
  if (limit <= 0 || ports.process.cancelled()) {
    log.info(`ci-recovery: no time left to run it: the step keeps its failure.`);
    return { passed: false };
  }
  const started = ports.clock.now();
  const run = await ports.process.run({
    name: after.kind === 'rest' ? 'tests-rest' : 'tests-whole-step',
    script,
    shell: step.shell,
    cwd: step.cwd,
    ...(Number.isFinite(limit) ? { timeoutMs: limit } : {}),
    fileCommands: false,
    ...(step.env ? { env: step.env } : {}),
  });
  const stopped = run.timedOut || run.aborted;
  const passed = run.exitCode === 0 && !stopped;
  const what = after.kind === 'rest' ? 'the rest of the step' : 'the whole step';
  log.info(
    passed
      ? `ci-recovery: ${what} passed.`
      : stopped
        ? `ci-recovery: ${what} was stopped (${run.timedOut ? 'timed out' : 'cancelled'}): the step fails; its failures are not read.`
        : `ci-recovery: ${what} failed (exit ${run.exitCode ?? '?'}): the step fails.`,
  );
  return passed || stopped ? { passed } : { passed, read: { output: run.output, started } };
}
