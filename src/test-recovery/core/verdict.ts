/**
 * A re-run's verdict on each test it was to run, from the test's own result and never from the command's
 * exit code: passed only when a report or the runner's output shows that very test ran and passed, failed
 * when it shows it failed, and not re-run when it shows neither (the filter matched nothing, the command
 * did not start, the runner found no test): then the test keeps its failure and the step says why. Pure.
 */
import type { TestId } from '../../core/test-identity.js';
import { testKey } from '../../core/test-identity.js';

export type RerunVerdict = { state: 'passed' } | { state: 'failed' } | { state: 'not-run'; why: string };

/** What a re-run showed: the tests its reports and output name as failed, as passed and as skipped. */
export interface RerunSeen {
  failed: readonly TestId[];
  passed: readonly TestId[];
  /** Skipped (console-passed.ts `skippedFromConsole`): a test of the name did not run. */
  skipped?: readonly TestId[];
}

/** Why a test the re-run shows skipped is not re-run, even beside a pass of its name. */
export const SKIPPED_WHY =
  "the re-run shows a test of this name skipped: skipped is not passed, and a pass of the name may be another test's";

export interface RerunEnd {
  exitCode?: number;
  timedOut?: boolean;
  aborted?: boolean;
  output: string;
}

/**
 * The same test: runner, name and parameters (vitest's project) alike, and the suite alike or one a path ending of
 * the other (jest prints a path from its rootDir, a report from the working directory; go a package's import path),
 * or one of them '' for mocha and node --test, whose output does not name a passed test's file.
 */
export function sameTest(a: TestId, b: TestId): boolean {
  if (a.runner !== b.runner || a.name !== b.name) return false;
  // A vitest report (JUnit, JSON) does not name a test's project (its `params`) where the console does: a test
  // without one is that test in any project (re-run in all of them, a failure in any is its failure).
  const anyProject = a.runner === 'vitest' && (a.params === undefined || b.params === undefined);
  if (a.params !== b.params && !anyProject) return false;
  // mocha's console never names a test's file, node's only a failed one's: such a test matches by name.
  if ((a.runner === 'mocha' || a.runner === 'node') && (a.suite === '' || b.suite === '')) return true;
  const x = a.suite.replace(/^\.\//, '');
  const y = b.suite.replace(/^\.\//, '');
  return x === y || x.endsWith(`/${y}`) || y.endsWith(`/${x}`);
}

/** Why a re-run shows no result for a test: what its end and output say, in the runner's own terms. */
export function whyNotRun(end: RerunEnd, template: boolean): string {
  const out = end.output;
  if (end.timedOut) return 'the re-run was stopped at the time limit before it showed a result';
  if (end.aborted) return 'the re-run was cancelled';
  if (end.exitCode === 127 || /: (?:command )?not found$/m.test(out))
    return `the re-run command did not start (exit ${end.exitCode ?? '?'}: a program was not found)`;
  const nothing =
    /^No tests found, exiting with code|^Tests:\s+(?:\d+ skipped, )?(?:\d+ todo, )?\d+ total$/m.test(out) ||
    /^Tests:\s+\d+ skipped, \d+ total$/m.test(out) ||
    /\bno tests ran\b|^ERROR: not found: /m.test(out) ||
    /\[no tests to run\]|^testing: warning: no tests to run/m.test(out) ||
    /^No test files found|^running 0 tests$|^\s*Tests\s+\d+ skipped \(\d+\)$/m.test(out) ||
    (/^\s+0 passing \(/m.test(out) && !/^\s+\d+ failing$/m.test(out)) ||
    (/^(?:#|ℹ) pass 0$/m.test(out) && /^(?:#|ℹ) fail 0$/m.test(out));
  const filter = template ? 'the test-rerun-command template' : 'the re-run';
  if (nothing) return `${filter} ran no test: its selection matched nothing`;
  return `${filter} exited ${end.exitCode ?? '?'} and its output and reports do not show this test ran`;
}

/** Each test's verdict from what the re-run showed; `why` says why one the re-run does not show was not re-run. */
export function rerunVerdicts(
  tests: readonly TestId[],
  seen: RerunSeen,
  why: () => string,
): Map<string, RerunVerdict> {
  const verdicts = new Map<string, RerunVerdict>();
  for (const id of tests) {
    // A test shown both failed and passed (a runner's own retry) failed at least once: failed.
    if (seen.failed.some((f) => sameTest(f, id))) verdicts.set(testKey(id), { state: 'failed' });
    // A re-run selects by name: beside a skipped test of the name, its pass may be another test's (two
    // `describe('m')` blocks of a `works`, the failed one skipping itself when run alone).
    else if (seen.skipped?.some((s) => sameTest(s, id)))
      verdicts.set(testKey(id), { state: 'not-run', why: SKIPPED_WHY });
    else if (seen.passed.some((p) => sameTest(p, id))) verdicts.set(testKey(id), { state: 'passed' });
    else verdicts.set(testKey(id), { state: 'not-run', why: why() });
  }
  return verdicts;
}

/**
 * A test the re-run shows failed that is none of those it was to run: the re-run failed beside them, so their
 * passes cannot answer for the step (a go parent's own code runs around the subtest re-run, and only the
 * subtest was named when both failed).
 */
export function failedBeside(tests: readonly TestId[], seen: RerunSeen): TestId | undefined {
  return seen.failed.find((f) => !tests.some((id) => sameTest(f, id)));
}
