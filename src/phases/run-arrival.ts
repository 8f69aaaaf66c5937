/**
 * Early flake detection in a `run/` step (opt-in, `tests.early-flake-detection`), after its last attempt:
 * on a pull request, the test files the change added or edited run again alone, `repeats` times within
 * `budget-seconds`; a test that failed in one of those runs (or the step's own) and passed in another is
 * named flaky on arrival, and fails the step when `fail-step` says so. Gather and act through the ports
 * src/phases/run.ts hands it; the decisions are in test-recovery/core/arrival.ts.
 */
import {
  ARRIVAL_RUNNERS,
  arrivalCommand,
  arrivingTestFiles,
  failedEveryRepeat,
  stepSelects,
  flakyOnArrival,
  withArrivals,
  type ArrivalRun,
  runnerOfCommand,
  shownName,
  inChangedFile,
  testOutputs,
  shellStopsOnError,
  judgedByConsole,
  stepInvocation,
  type StepInvocation,
} from '../test-recovery/index.js';
import { printablePath } from '../core/text.js';
import type { Config } from '../core/config-defaults.js';
import { succeeded } from '../core/run-step.js';
import type { TestId, TestRunner } from '../core/test-identity.js';
import type { CommandRun } from '../ports/process.js';
import {
  failedTests,
  POSIX_SHELL,
  runnerConfigs,
  stepEnv,
  type TestsRecovered,
  type TestStep,
  type TestStepPorts,
} from './run-tests.js';

const PREFIX = 'ci-recovery: early flake detection:';

/**
 * After the step's last attempt: what test recovery said, with the flakes on arrival added (and the step
 * failed for them when the team says so); unchanged when detection is off, not on a PR, or found none.
 */
export async function detectArrivals(
  step: TestStep,
  last: CommandRun,
  recovered: TestsRecovered | undefined,
  limitMs: () => number,
  config: Config,
  ports: TestStepPorts,
): Promise<TestsRecovered | undefined> {
  const efd = config.tests.earlyFlakeDetection;
  if (!efd.enabled || !step.pullRequest || last.timedOut || last.aborted || ports.process.cancelled())
    return recovered;
  const target = await arrivalTarget(step, ports);
  if (!target) return recovered;
  const { runner, files, how } = target;
  // The step's own final run counts: it passed, or named the tests it failed (those of any re-run aside).
  // Its failures count; its passes do not (flakyOnArrival): its selection may have left a test out.
  const own: ArrivalRun = succeeded(last)
    ? { conclusive: true, failed: [], own: true }
    : {
        conclusive: (recovered?.tests.length ?? 0) > 0,
        failed: (recovered?.tests ?? []).filter((t) => t.outcome !== 'passed').map((t) => t.id),
        own: true,
      };
  const script = arrivalCommand(runner, how, files);
  const repeats = await repeat(step, runner, script, efd, limitMs, ports);
  const changed = new Set(files);
  const ours = (id: TestId): boolean => inChangedFile(id, changed);
  const flakes = flakyOnArrival([own, ...repeats], ours);
  const { log } = ports.runner;
  // Broken when run alone (main called it flaky, and fail-step failed the step): warned, never a flake.
  const broken = failedEveryRepeat([own, ...repeats], ours);
  // A test the step's own selection may have left to another job is warned of, not made to fail the step.
  const selects = stepSelects(runner, how);
  const failsStep = efd.failStep && broken.length > 0 && !selects;
  if (broken.length > 0)
    log.warning(
      `${PREFIX} ${broken.length} new test(s) failed in every one of ${repeats.filter((r) => r.conclusive).length} repeats alone, which the step's own run did not name failed (its selection may not run them): broken when run alone, not flaky: ${broken.slice(0, 5).map(shownName).join(', ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}.${failsStep ? ' It fails the step (tests.early-flake-detection.fail-step).' : selects && efd.failStep ? ' The step runs a selection of its tests the repeats leave out (a shard, -k, -t): it does not fail the step.' : ''}`,
      { title: 'ci-recovery: broken on arrival' },
    );
  if (flakes.length === 0) {
    log.info(
      `${PREFIX} ${repeats.length} repeat(s) of ${files.length} changed test file(s): no test both failed and passed.`,
    );
    if (!failsStep) return recovered;
    const tests = recovered?.tests ?? [];
    return {
      recovered: recovered?.recovered ?? false,
      notes: recovered?.notes ?? [],
      handled: recovered?.handled ?? false,
      tests,
      outputs: recovered?.outputs ?? testOutputs(tests),
      failsStep: true,
    };
  }
  for (const f of flakes)
    log.warning(
      `${PREFIX} ${shownName(f.id)} is flaky on arrival: it failed in ${f.failedRuns} and passed in ${f.passedRuns} of ${f.failedRuns + f.passedRuns} runs of the same code.${efd.failStep ? ' It fails the step (tests.early-flake-detection.fail-step).' : ''}`,
      { title: 'ci-recovery: flaky on arrival' },
    );
  const shared = new Set(repeats.flatMap((r) => [...(r.shared ?? [])]));
  const tests = withArrivals(recovered?.tests ?? [], flakes, repeats.length, shared);
  const names = tests.filter((t) => t.arrival).map((t) => shownName(t.id));
  return {
    recovered: recovered?.recovered ?? false,
    notes: recovered?.notes ?? [],
    handled: recovered?.handled ?? false,
    tests,
    outputs: { ...testOutputs(tests), 'flaky-on-arrival': names.join('\n') },
    ...(efd.failStep ? { failsStep: true } : {}),
  };
}

/**
 * The runner, how the step runs it, and the change's test files to repeat; undefined (said once when useful)
 * when there are none, or when no one invocation of the runner stands for the step.
 */
async function arrivalTarget(
  step: TestStep,
  ports: TestStepPorts,
): Promise<{ runner: TestRunner; files: string[]; how: StepInvocation } | undefined> {
  const { log } = ports.runner;
  const runner = step.tests.runner ?? runnerOfCommand(step.command);
  if (!runner) return undefined; // not a test step
  if (!ARRIVAL_RUNNERS.includes(runner)) {
    log.info(`${PREFIX} it repeats ${ARRIVAL_RUNNERS.join(', ')} test files, not ${runner}'s: skipped.`);
    return undefined;
  }
  if (!POSIX_SHELL.test(step.shell.trim())) {
    log.info(`${PREFIX} test files are repeated only under shell bash or sh: skipped.`);
    return undefined;
  }
  const changed = await ports.tests.changedFiles();
  if (changed === undefined) {
    log.info(`${PREFIX} main did not say which files the change touched: skipped.`);
    return undefined;
  }
  const { files, more } = arrivingTestFiles(runner, changed, step.workingDirectory);
  if (files.length === 0) {
    log.info(`${PREFIX} the change adds or edits no ${runner} test file: nothing to repeat.`);
    return undefined;
  }
  const scripts = (await ports.tests.packageScripts?.(step.cwd)) ?? {};
  const errexit = shellStopsOnError(step.shell);
  let invocation = stepInvocation(step.command, errexit, scripts, runner);
  // pytest's configs and PYTEST_ADDOPTS, read as for its re-runs: their reports and threshold are not the repeat's.
  if (runner === 'pytest' && 'how' in invocation) {
    const configs = (await runnerConfigs(step, runner, invocation.how, ports)) ?? {};
    invocation = stepInvocation(step.command, errexit, scripts, runner, configs, await stepEnv(step, ports));
  }
  if ('unknown' in invocation) {
    // A repeat run another way than the step could pass a test the step's flags break: none is run.
    log.info(`${PREFIX} ${invocation.unknown}, so its test files cannot be repeated its way: skipped.`);
    return undefined;
  }
  if (more > 0)
    log.info(`${PREFIX} ${more} more changed test file(s) are not repeated (at most ${files.length}).`);
  return { runner, files, how: invocation.how };
}

/** Runs `script` (the change's test files alone), `repeats` times while the budget and the step's time last. */
async function repeat(
  step: TestStep,
  runner: TestRunner,
  script: string,
  efd: Config['tests']['earlyFlakeDetection'],
  limitMs: () => number,
  ports: TestStepPorts,
): Promise<ArrivalRun[]> {
  const { log } = ports.runner;
  const budgetMs = efd.budgetSeconds * 1000;
  const start = ports.clock.now();
  const runs: ArrivalRun[] = [];
  for (let n = 1; n <= efd.repeats && !ports.process.cancelled(); n++) {
    const left = Math.min(budgetMs - (ports.clock.now() - start), limitMs());
    if (left <= 0) {
      log.info(
        `${PREFIX} its budget (${efd.budgetSeconds}s) or the step's time is used: ${n - 1} of ${efd.repeats} repeats run.`,
      );
      break;
    }
    log.info(`${PREFIX} repeat ${n} of ${efd.repeats}: ${printablePath(script)}`);
    const started = ports.clock.now();
    const run = await ports.process.run({
      name: `tests-arrival-${n}`,
      script,
      shell: step.shell,
      cwd: step.cwd,
      timeoutMs: left,
      fileCommands: false,
      ...(step.env ? { env: step.env } : {}),
    });
    if (run.timedOut || run.aborted) {
      log.info(`${PREFIX} repeat ${n} ran out of time: not counted, no more repeats.`);
      break;
    }
    if (succeeded(run)) {
      runs.push({ conclusive: true, failed: [] });
      continue;
    }
    // A repeat that writes no report is read from its console: a report the glob finds is the step's (or a
    // re-run's), perhaps within the reports' mtime slack of the repeat's start (test-recovery's judgedByConsole).
    const judged = judgedByConsole(runner, step.tests.rerunCommand)
      ? { ...step, tests: { ...step.tests, report: '' } }
      : step;
    const found = await failedTests(judged, runner, run.output, started, ports);
    // A key it showed failed and passed (twinNames) is two tests': the flip may be either's (never in the history).
    const shared = new Set([...(found.shared ?? []), ...(found.twins ?? [])]);
    runs.push({
      conclusive: found.failed.length > 0,
      failed: found.failed,
      ...(shared.size > 0 ? { shared } : {}),
    });
    log.info(
      found.failed.length > 0
        ? `${PREFIX} repeat ${n}: ${found.failed.length} test(s) failed: ${found.failed.slice(0, 5).map(shownName).join(', ')}`
        : `${PREFIX} repeat ${n} failed (exit ${run.exitCode ?? run.signal ?? '?'}) and names no failed test: not counted.`,
    );
  }
  return runs;
}
