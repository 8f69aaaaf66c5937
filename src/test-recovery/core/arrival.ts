/**
 * Early flake detection (opt-in, `tests.early-flake-detection`): on a pull request, the test files the change
 * added or edited run a few more times alone after the step, by the runner's own path selection. A test
 * that failed in one of those runs (the step's own final run counted) and passed in another is flaky on
 * arrival: caught before it lands, when its author still knows it. A run that failed and names no failed
 * test (the runner could not start, found no test) is not counted either way. Pure.
 */
import type { TestId, TestOutcome, TestRunner } from '../../core/test-identity.js';
import { testKey } from '../../core/test-identity.js';
import { shellQuote } from './rerun.js';

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

/** How a step's command calls each runner, and its usual program when the command does not show it. */
const PROGRAMS: Partial<Record<TestRunner, [RegExp, string]>> = {
  jest: [/(?:\bnpx\s+)?\S*\bjest\b/, 'npx jest'],
  vitest: [/(?:\bnpx\s+)?\S*\bvitest\b/, 'npx vitest'],
  mocha: [/(?:\bnpx\s+)?\S*\bmocha\b/, 'npx mocha'],
  pytest: [/(?:\S*python[\d.]*\s+-m\s+pytest|\S*\bpy\.?test)\b/, 'python3 -m pytest'],
};

/**
 * The runner's program as the command calls it, after the plain `NAME=value` words that open its simple
 * command (`NODE_OPTIONS=--experimental-vm-modules npx jest`: an ESM suite does not load without); only
 * plain paths, words and values, never the command's shell syntax.
 */
function programOf(runner: TestRunner, command: string): string {
  const [pattern, usual] = PROGRAMS[runner] ?? [/$^/, runner];
  const found = pattern.exec(command);
  if (!found || !/^[\w./ -]+$/.test(found[0])) return usual;
  const head = command.slice(0, found.index);
  const opening = head.slice(Math.max(...[...';&|\n('].map((c) => head.lastIndexOf(c))) + 1).trim();
  const words = opening === '' ? [] : opening.split(/\s+/);
  const plain = words.every((w) => /^[A-Za-z_]\w*=[\w.,:/@%+=-]*$/.test(w));
  const assignments = plain
    ? words.map((w) => w.replace(/=(.*)$/, (_, v: string) => `=${shellQuote(v)}`))
    : [];
  return [...assignments, found[0].replace(/\s+/g, ' ')].join(' ');
}

/**
 * The command that runs exactly `files` with the step's runner, as its command calls it; every path
 * shell-quoted and `./`-led, so none reads as an option.
 */
export function arrivalCommand(runner: TestRunner, command: string, files: readonly string[]): string {
  const program = programOf(runner, command);
  const paths = files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f)).join(' ');
  // jest reads bare arguments as patterns: --runTestsByPath takes them as the exact files.
  if (runner === 'jest') return `${program} --ci --runTestsByPath ${paths}`;
  if (runner === 'vitest') return `${program} run ${paths}`;
  return `${program} ${paths}`;
}

/** One run of the change's tests: `conclusive` when it passed, or named the tests that failed. */
export interface ArrivalRun {
  conclusive: boolean;
  failed: readonly TestId[];
}

export interface ArrivalFlake {
  id: TestId;
  failedRuns: number;
  passedRuns: number;
}

/**
 * The tests (those `ours` accepts: in the change's test files) that failed in some conclusive run and
 * passed in another; a test failing in every one is broken, not flaky.
 */
export function flakyOnArrival(runs: readonly ArrivalRun[], ours: (id: TestId) => boolean): ArrivalFlake[] {
  const counted = runs.filter((r) => r.conclusive);
  const failures = new Map<string, { id: TestId; runs: number }>();
  for (const run of counted)
    for (const key of new Set(run.failed.filter(ours).map(testKey))) {
      const id = run.failed.find((t) => testKey(t) === key)!;
      const seen = failures.get(key);
      failures.set(key, { id: seen?.id ?? id, runs: (seen?.runs ?? 0) + 1 });
    }
  return [...failures.values()]
    .filter((f) => f.runs < counted.length)
    .map((f) => ({ id: f.id, failedRuns: f.runs, passedRuns: counted.length - f.runs }));
}

/**
 * The step's test outcomes with the flakes on arrival marked: a test the step already named keeps its
 * outcome (a failure in a changed file still fails the step); one it did not name (it passed in the
 * step's run) is added as flaky, changed, with the repeats as its re-runs.
 */
export function withArrivals(
  tests: readonly TestOutcome[],
  flakes: readonly ArrivalFlake[],
  repeats: number,
): TestOutcome[] {
  const out = tests.map((t) => ({ ...t }));
  for (const f of flakes) {
    const known = out.find((t) => testKey(t.id) === testKey(f.id));
    if (known) known.arrival = true;
    else out.push({ id: f.id, outcome: 'flaky', retries: repeats, changed: true, arrival: true });
  }
  return out;
}
