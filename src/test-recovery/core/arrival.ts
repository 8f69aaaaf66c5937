/**
 * Early flake detection (opt-in, `tests.early-flake-detection`): on a pull request, the test files the change
 * added or edited run a few more times alone after the step, by the runner's own path selection. A test
 * that failed in one of those runs (the step's own final run counted) and passed in another is flaky on
 * arrival: caught before it lands, when its author still knows it. A run that failed and names no failed
 * test (the runner could not start, found no test) is not counted either way. The step's own run vouches for
 * no pass: its selection (a shard, `-m`, `-k`, `-t`), which the repeats drop, may never have run a test a
 * repeat runs, and a broken test it left out then failing in every repeat is not flaky. Pure.
 */
import type { TestId, TestOutcome, TestRunner } from '../../core/test-identity.js';
import { testKey } from '../../core/test-identity.js';
import {
  JEST_CONSOLE_ONLY,
  keptCoverage,
  runnerStart,
  shellQuote,
  vitestRun,
  type StepInvocation,
} from './rerun.js';

/** A runner's test files, by its own default naming (jest's testMatch, pytest's python_files, mocha's ./test). */
const TEST_FILES: Partial<Record<TestRunner, RegExp>> = {
  jest: /(?:^|\/)__tests__\/.+\.[cm]?[jt]sx?$|\.(?:test|spec)\.[cm]?[jt]sx?$/,
  vitest: /\.(?:test|spec)\.[cm]?[jt]sx?$/,
  mocha: /(?:^|\/)test\/.+\.[cm]?[jt]s$|\.(?:test|spec)\.[cm]?[jt]s$/,
  pytest: /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/,
};

/** The runners whose test files early flake detection can run alone. */
export const ARRIVAL_RUNNERS = Object.keys(TEST_FILES) as TestRunner[];

/** Test files repeated at most: a change touching more is a refactor, its repeats would cost a suite. */
export const MAX_ARRIVAL_FILES = 50;

/**
 * The change's test files for `runner`, relative to the step's working directory (files outside it are
 * not its tests), sorted, at most MAX_ARRIVAL_FILES; `more` counts those left out.
 */
export function arrivingTestFiles(
  runner: TestRunner,
  changed: readonly string[],
  workingDirectory: string,
): { files: string[]; more: number } {
  const pattern = TEST_FILES[runner];
  if (!pattern) return { files: [], more: 0 };
  const base = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
  const inStep = changed
    .map((f) => (base === '' ? f : f.startsWith(`${base}/`) ? f.slice(base.length + 1) : undefined))
    .filter((f): f is string => f !== undefined && pattern.test(f));
  const files = [...new Set(inStep)].sort();
  return { files: files.slice(0, MAX_ARRIVAL_FILES), more: Math.max(0, files.length - MAX_ARRIVAL_FILES) };
}

/**
 * The command that runs exactly `files` the way the step ran its runner: the re-run's invocation
 * (test-recovery/core/rerun.ts `runnerStart`: the step's wrapper, variables and flags such as `--config`,
 * `-c`, `--project`; its selection taken out), so a test that fails under the step's flags fails in its
 * repeats too and is never called flaky. Every path shell-quoted and `./`-led, so none reads as an option.
 */
export function arrivalCommand(runner: TestRunner, how: StepInvocation, files: readonly string[]): string {
  const { start, rest } = runnerStart(runner, how)!;
  const paths = files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f));
  // The step's coverage kept (rerun.ts keptCoverage): a new test that fails only instrumented fails in its
  // repeats too, and is broken, not flaky; no threshold a subset cannot meet, no report written over the step's.
  const cov = keptCoverage(runner, rest);
  switch (runner) {
    case 'jest':
      // --ci: a new snapshot fails, as in CI; jest reads bare arguments as patterns, --runTestsByPath as
      // the exact files.
      return `${start}${/(?:^| )--ci(?:=true)?(?: |$)/.test(start) ? '' : ' --ci'}${cov}${JEST_CONSOLE_ONLY} --runTestsByPath ${paths.join(' ')}`;
    case 'vitest':
      // Its console reporter in place of the config's (a junit `outputFile` the job uploads): none written over.
      return `${vitestRun(start)}${cov} --reporter=default ${paths.join(' ')}`;
    case 'pytest':
      return `${start}${cov} ${paths.join(' ')}`;
    case 'mocha':
      // --spec replaces the config's spec, where a positional file would be added to it; spec's output is read.
      return `${start} --reporter spec ${paths.map((p) => `--spec ${p}`).join(' ')}`;
    default:
      return `${start} ${paths.join(' ')}`;
  }
}

/** One run of the change's tests: `conclusive` when it passed, or named the tests that failed. */
export interface ArrivalRun {
  conclusive: boolean;
  failed: readonly TestId[];
  /**
   * Failed tests' keys its output showed for more than one test (console-passed.ts `sharedNames`), or for a
   * failed and a passing test (`twinNames`): which one flipped cannot be told.
   */
  shared?: ReadonlySet<string>;
  /**
   * The step's own run: a failure it names counts, but not naming a test is no pass of it (its selection, a
   * shard or `-m`, may have left the test out, where the repeats run every test of the change's files).
   */
  own?: true;
}

export interface ArrivalFlake {
  id: TestId;
  failedRuns: number;
  passedRuns: number;
}

/**
 * The tests (those `ours` accepts: in the change's test files) that failed in some conclusive run and
 * passed in a conclusive repeat; a test failing in every repeat is broken, not flaky, whatever the step's own
 * run showed (it may not have run it: `own`).
 */
export function flakyOnArrival(runs: readonly ArrivalRun[], ours: (id: TestId) => boolean): ArrivalFlake[] {
  const counted = runs.filter((r) => r.conclusive);
  const repeats = counted.filter((r) => !r.own).length;
  const failures = new Map<string, { id: TestId; runs: number; inRepeats: number }>();
  for (const run of counted)
    for (const key of new Set(run.failed.filter(ours).map(testKey))) {
      const id = run.failed.find((t) => testKey(t) === key)!;
      const seen = failures.get(key);
      failures.set(key, {
        id: seen?.id ?? id,
        runs: (seen?.runs ?? 0) + 1,
        inRepeats: (seen?.inRepeats ?? 0) + (run.own ? 0 : 1),
      });
    }
  return [...failures.values()]
    .filter((f) => f.inRepeats < repeats)
    .map((f) => ({ id: f.id, failedRuns: f.runs, passedRuns: repeats - f.inRepeats }));
}

/**
 * The change's tests that failed in every conclusive repeat and were not named failed by the step's own run
 * (which may not have run them): broken when run so, never named flaky. Their keys, for the log.
 */
export function failedEveryRepeat(runs: readonly ArrivalRun[], ours: (id: TestId) => boolean): TestId[] {
  const repeats = runs.filter((r) => r.conclusive && !r.own);
  // One repeat's failure is what a flaky test gives too: broken takes two at least.
  if (repeats.length < 2) return [];
  const ownFailed = new Set(runs.filter((r) => r.own).flatMap((r) => r.failed.map(testKey)));
  return repeats[0]!.failed.filter(
    (id) =>
      ours(id) &&
      !ownFailed.has(testKey(id)) &&
      repeats.every((r) => r.failed.some((t) => testKey(t) === testKey(id))),
  );
}

/**
 * The step's test outcomes with the flakes on arrival marked: a test the step already named keeps its
 * outcome (a failure in a changed file still fails the step); one it did not name (it passed in the
 * step's run) is added as flaky, changed, with the repeats as its re-runs. A key some repeat showed for two
 * tests (`shared`) is marked so: its outcome may be either's, and it is kept out of the flaky history.
 */
export function withArrivals(
  tests: readonly TestOutcome[],
  flakes: readonly ArrivalFlake[],
  repeats: number,
  shared: ReadonlySet<string> = new Set(),
): TestOutcome[] {
  const out = tests.map((t) => ({ ...t }));
  for (const f of flakes) {
    const known = out.find((t) => testKey(t.id) === testKey(f.id));
    if (known) known.arrival = true;
    else out.push({ id: f.id, outcome: 'flaky', retries: repeats, changed: true, arrival: true });
  }
  for (const t of out) if (shared.has(testKey(t.id))) t.sharedName = true;
  return out;
}

/** Options by which a step runs part of its tests (the repeats drop them): a shard, a name or marker filter. */
const SELECTING =
  /^(?:-k|--deselect|--lf|--last-failed|--sw|--stepwise|--shard|-t|--testNamePattern|--testPathPattern|--testPathIgnorePatterns|--grep|-g|--fgrep|-f|--invert|-i|-run|-skip|--selectProjects|--project)(?:[= ]|$)/;

/**
 * Whether the step ran a selection of its tests the repeats leave out: a new test failing in every repeat
 * may then be one this job leaves to another on purpose (a shard, a `-k` that needs another job's service),
 * so it is warned of and does not fail the step.
 */
export function stepSelects(runner: TestRunner, how: StepInvocation): boolean {
  const dropped = runnerStart(runner, how)?.rest.dropped ?? [];
  return dropped.some((group) => SELECTING.test(group));
}
