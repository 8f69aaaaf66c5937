/**
 * A test's identity, stable across runs and machines: the runner that ran it, the file or class that holds
 * it, its name, and its parameters when the runner names them apart (pytest's `[1-2]`, JUnit's `[1]`).
 * Everything test recovery keeps (the re-run list, the flaky history, the quarantine list) is keyed by
 * `testKey`. Pure.
 */

/** The runners test recovery knows by name; a report of another writer is `junit`. */
export const TEST_RUNNERS = [
  'jest',
  'vitest',
  'pytest',
  'go',
  'cargo',
  'nextest',
  'gradle',
  'maven',
  'rspec',
  'phpunit',
  'dotnet',
  'mocha',
  'node',
  'junit',
] as const;
export type TestRunner = (typeof TEST_RUNNERS)[number];

export interface TestId {
  runner: TestRunner;
  /** The file (jest, pytest, rspec), package (go), class (JUnit writers) or crate (cargo) holding the test. */
  suite: string;
  /** The test's own name, with its describe blocks or nesting joined as the runner prints them. */
  name: string;
  /**
   * Parameters that tell apart runs of one parametrised test, when the runner names them apart; for vitest, the
   * project (`test.projects`) that ran it, which tells apart one test file's runs in two projects.
   */
  params?: string;
}

/** One line per test: `runner:suite::name[params]`; the key every store of test facts uses. */
export function testKey(id: TestId): string {
  return `${id.runner}:${id.suite}::${id.name}${id.params === undefined ? '' : `[${id.params}]`}`;
}

/**
 * A key that names no file (suite ''; mocha's console keys a test by its full title): two jobs' or steps' tests
 * of one title share it in the branch's history, which one step's output cannot tell apart. Its history is learnt
 * and reported, but never vouches for a test: never quarantinable by it, never known flaky to a retry.
 */
export function titleKeyed(id: TestId): boolean {
  return id.suite === '';
}

/**
 * What one `run/` step learnt of one test, kept in its step record: post feeds it to the flaky history.
 * `failed`: it failed and no re-run of it alone passed (or it was not re-run); `flaky`: it failed, then passed
 * on a re-run of itself in the same step; `passed`: it passed, recorded only for a test the history already
 * knows (so a flip across commits is seen without keeping every test of every run).
 */
export interface TestOutcome {
  id: TestId;
  outcome: 'passed' | 'failed' | 'flaky';
  /** Re-runs of it alone in the step. */
  retries: number;
  /** The change added or edited its file: never re-run. */
  changed?: boolean;
  /** Its failure did not fail the step (quarantine on, a known-flaky test). */
  quarantined?: boolean;
  /** Early flake detection saw it fail and pass in the repeats of the change's tests: flaky on arrival. */
  arrival?: boolean;
  /**
   * The step's output showed another test of its key (mocha's title in two files, two crates' integration test
   * files of one name): which one failed cannot be told. Its re-run by that name ran both, and a failure of
   * either is its failure; it is never quarantined, and kept out of the flaky history (which would merge the two).
   */
  sharedName?: true;
  /** A re-run was tried and did not show it ran: why (its failure stands; `retries` is 0). */
  notRerun?: string;
  /** Flaky, and the whole step then ran and passed: it passed in a full run too, not only alone. */
  passedInStep?: true;
  /**
   * It passed on a re-run of itself (`retries` counts them), then the step's run after the re-runs named it failed
   * again: failed, not flaky (its pass alone may have been another test's of its name: plan.ts `failedAgain`).
   */
  failedAgain?: true;
}

/** What the flaky history knows of one test (core/test-history.ts builds it). */
export interface TestKnowledge {
  /** Two outcomes on the same commit (failed and passed, in any attempt, job or re-run). Flips across commits never count. */
  flaky: boolean;
  /** Failed on every recent run, over more than one commit: broken, never flaky, never quarantined. */
  broken: boolean;
  /** Pass/fail flips in the history's window. */
  flips: number;
  /** Same-commit flakes in the window (when flaky). */
  flakes?: number;
  /** Of them, seen on the default branch (a PR's base) (when any). */
  baseFlakes?: number;
  /** At least two same-commit flakes on the default branch, and not failing on its latest commit. */
  quarantinable?: true;
  /** Not flaky, yet its outcome changed at least twice across commits: the code moved under it. */
  unstable?: true;
  /**
   * Passed only on a re-run of itself this many times in a row (at least ALONE_ONLY_LIMIT), never in the step's
   * own run: maybe order-dependent, so its pass alone no longer stands without the whole step.
   */
  passedOnlyAlone?: number;
  /** ISO times of the first and last same-commit flake. */
  firstSeen?: string;
  lastSeen?: string;
}

/** The history as `run/` asks it: by `testKey`; undefined for a test it has never seen. */
export type TestHistoryView = (key: string) => TestKnowledge | undefined;

/** How `run/` re-runs failed tests alone. */
export interface TestRetrySettings {
  /** Re-runs of each failed test alone (0: none). */
  retries: number;
  /** More failed tests than this: none is re-run (a broken change, not a flake). */
  maxFailed: number;
  /** A test that passed on a re-run still fails the step. */
  failOnPassedAfterRetry: boolean;
}

/** A `run/` step's test-recovery inputs. */
export interface RunTestSettings extends TestRetrySettings {
  /** `test-report`: globs of the JUnit XML reports the command writes; empty: read its console. */
  report: string;
  /** `test-runner`: the runner, when the command does not say (`npm test`); undefined: told from the command. */
  runner?: TestRunner;
  /** `test-rerun-command`: the team's template; empty: the built-in command for the runner. */
  rerunCommand: string;
}
