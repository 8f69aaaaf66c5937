/**
 * A failed `run/` attempt's type: an attempt we stopped (its time limit, a cancel) is typed by that fact;
 * otherwise the classifier reads its output and the failed tests its own reports name (run-tests.ts
 * reportedFailures), which it weighs after a kill, a limit or a cancellation the exit or the log shows.
 */
import type { FailureSignals } from '../core/classify/index.js';
import type { Config } from '../core/config-defaults.js';
import { stoppedAttempt } from '../core/run-step.js';
import type { Classification } from '../core/types.js';
import type { CommandRun } from '../ports/process.js';
import type { RunPorts } from '../ports/run-step.js';

export interface FailedAttempt {
  run: CommandRun;
  stage: string;
  /** The command the attempt ran. */
  command: string;
  limitMs: number;
  /** Where the attempt's time limit came from (run-retry.ts attemptLimitFrom), said with it. */
  limitFrom: string;
  /** The failed tests the attempt's own reports name; none when it wrote none (or none is read). */
  failedTests?: FailureSignals['failedTests'] | undefined;
}

export async function classifyAttempt(
  attempt: FailedAttempt,
  config: Config,
  ports: Pick<RunPorts, 'runner' | 'classify'>,
): Promise<Classification> {
  const { run, stage, limitMs, failedTests } = attempt;
  const stopped = stoppedAttempt(run, stage, limitMs / 60_000, `from ${attempt.limitFrom}`);
  if (stopped) {
    ports.runner.log.info(stopped.evidence!.text);
    if (run.survivors?.length) {
      // Processes the kill could not end (another user's, or stuck in the kernel) are named, not hidden.
      ports.runner.log.warning(
        `ci-recovery: ${run.survivors.length} process(es) of '${stage}' outlived SIGKILL and still run: ` +
          run.survivors.map((p) => `${p.pid} (${p.command})`).join(', '),
      );
    }
    return stopped;
  }
  return ports.classify({
    stage,
    step: stage,
    command: attempt.command,
    conclusion: 'failure',
    ...(run.exitCode !== undefined ? { exitCode: run.exitCode } : {}),
    ...(run.signal ? { signal: run.signal } : {}),
    log: run.output,
    // The attempt's own output: it ends where the command failed.
    wholeStep: true,
    ...(failedTests ? { failedTests } : {}),
    // The team's own rules (config classify.rules) rank above the shipped ones.
    ...(config.classify.rules.length > 0 ? { teamRules: config.classify.rules } : {}),
  });
}
