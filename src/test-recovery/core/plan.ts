/**
 * What `run/` does about the tests that failed: which to re-run alone (bounds: retries per test, no
 * re-run when more than the cap failed, never a test the change added or edited, a test the history does
 * not know as flaky once: a broken one then costs a single re-run; on a PR under `tests.pr-retries:
 * known-flaky-only`, only a test the default branch knows flaky), and once the re-runs are done, what the
 * step concludes: green when every failure passed on a re-run (unless `tests.fail-on-passed-after-retry`) or is
 * quarantined (two same-commit flakes on the default branch), each test's `TestOutcome`, and the step's
 * outputs. Pure.
 */
import { UserError } from '../../core/errors.js';
import {
  TEST_RUNNERS,
  testKey,
  titleKeyed,
  type TestHistoryView,
  type TestId,
  type TestOutcome,
  type TestRetrySettings,
  type TestRunner,
} from '../../core/test-identity.js';
import { printablePath } from '../../core/text.js';
import { type CrateTargets, manifestOf, otherCrate } from './cargo-crates.js';
import { isTestRunner, shownName } from './names.js';
import { cappedLines } from './output-cap.js';

// Declared in core, since a `run/` step's settings (core/run-step.ts) hold them; the wing's door shows them here.
export type { RunTestSettings, TestRetrySettings } from '../../core/test-identity.js';

export interface TestQuarantine {
  /** A test the default branch knows flaky (two same-commit flakes) whose failure is the step's only failure does not fail it. */
  quarantine: boolean;
  /** Test keys quarantined by name, whatever the history says. */
  quarantined: readonly string[];
}

/** The history that knows nothing: every test is new to it. */
export const NO_HISTORY: TestHistoryView = () => undefined;

export interface RetryPlan {
  /** Each test to re-run, with how many re-runs it may have. */
  rerun: { id: TestId; retries: number }[];
  /** The failed tests not re-run, and why (one line each, names made safe). */
  kept: { id: TestId; changed: boolean }[];
  /** Lines for the log. */
  notes: string[];
}

/**
 * Does `file` (relative to the repository) hold the test? Its suite is the file, or ends with it. A cargo unit
 * test's `src/lib.rs` or `src/main.rs` is not a changed file of that name whose crate (`crates`, from its
 * Cargo.toml) names no test binary as the test's key does: another crate's of the workspace.
 */
export function inChangedFile(id: TestId, changed: ReadonlySet<string>, crates?: CrateTargets): boolean {
  if (changed.size === 0) return false;
  const suite = id.suite.replace(/\\/g, '/').replace(/^\.\//, '');
  const binary = id.runner === 'cargo' && manifestOf(suite) === 'Cargo.toml' ? id.params : undefined;
  const another = (file: string): boolean => {
    const names = crates?.get(file);
    return binary !== undefined && names !== undefined && otherCrate(binary, names);
  };
  if (changed.has(suite) && !another(suite)) return true;
  // A JVM or .NET class, a Go package: its file is not named; match the class's file by its path's end.
  const asPath = suite.replace(/\./g, '/');
  // A file named from its crate's or the step's directory (cargo's `src/lib.rs` in every crate of a workspace, a
  // runner run in a sub-directory): a changed file ending in it may be its; taken so, the test is not re-run.
  const asFile = /\.[A-Za-z0-9]+$/.test(suite) ? `/${suite}` : undefined;
  for (const file of changed) {
    if (asFile && file.endsWith(asFile) && !another(file)) return true;
    const stem = file.replace(/\.[^./]+$/, '');
    if (stem.endsWith(`/${asPath}`) || stem === asPath) return true;
    if (id.runner === 'go' && suite.endsWith(`/${file.split('/').slice(0, -1).join('/')}`)) return true;
  }
  return false;
}

/** Which failed tests are re-run, and how often; `strict`: only those the default branch knows flaky. */
export function planRetries(
  failed: readonly TestId[],
  settings: TestRetrySettings,
  changed: ReadonlySet<string>,
  history: TestHistoryView,
  strict = false,
  /** The crates of changed `src/lib.rs` and `src/main.rs` files (`inChangedFile`). */
  crates?: CrateTargets,
): RetryPlan {
  const notes: string[] = [];
  const rerun: RetryPlan['rerun'] = [];
  const kept: RetryPlan['kept'] = [];
  // A title key's flakes may be another job's test's (test-identity.ts `titleKeyed`): learnt, they buy no retry
  // past the one every test gets, no place over the cap, and known-flaky-only skips it.
  const knowsFlaky = (id: TestId): boolean => !titleKeyed(id) && history(testKey(id))?.flaky === true;
  const baseKnowsFlaky = (id: TestId): boolean =>
    !titleKeyed(id) && (history(testKey(id))?.baseFlakes ?? 0) > 0;
  // The cap counts the failures the history cannot vouch for: known-flaky tests failing with them are not a sign of a broken change.
  const unknown = failed.filter((id) => !knowsFlaky(id)).length;
  const overCap = unknown > settings.maxFailed;
  if (overCap)
    notes.push(
      `ci-recovery: ${unknown} tests failed, more than tests.max-failures (${settings.maxFailed}): not re-running them (many failures are a broken change, not a flake)`,
    );
  for (const id of failed) {
    const changedFile = inChangedFile(id, changed, crates);
    if (changedFile) {
      notes.push(`ci-recovery: ${shownName(id)}: the change added or edited its file: not re-run`);
      kept.push({ id, changed: true });
    } else if (settings.retries === 0 || (overCap && !knowsFlaky(id))) {
      kept.push({ id, changed: false });
    } else if (strict && !baseKnowsFlaky(id)) {
      notes.push(
        `ci-recovery: ${shownName(id)}: the default branch does not know it flaky: not re-run (tests.pr-retries: known-flaky-only)`,
      );
      kept.push({ id, changed: false });
    } else {
      // One re-run tells a flake from a broken test: a broken one then costs one re-run of itself. Only a
      // test the history knows flips is given every retry (it may fail twice running and still be a flake).
      const retries = knowsFlaky(id) ? settings.retries : Math.min(settings.retries, 1);
      rerun.push({ id, retries });
    }
  }
  return { rerun, kept, notes };
}

/**
 * What the re-runs found, per test key: the re-runs made and whether the last passed; `notRun` when the
 * re-run did not show the test ran (why): the test is not counted as re-run and its failure stands.
 */
export type RerunResults = ReadonlyMap<string, { retries: number; passed: boolean; notRun?: string }>;

export interface TestsVerdict {
  /** Every failure passed on a re-run or is quarantined: the step passes. */
  recovered: boolean;
  tests: TestOutcome[];
  outputs: Record<string, string>;
  notes: string[];
}

/** The step's conclusion on its tests after the re-runs. */
export function concludeTests(
  plan: RetryPlan,
  results: RerunResults,
  settings: TestRetrySettings,
  quarantine: TestQuarantine,
  history: TestHistoryView,
  /** Tests that passed in the step's runs: kept only when the history knows them. */
  passed: readonly TestId[] = [],
  /** Keys the step's output showed for more than one test (console-passed.ts `sharedNames`). */
  shared: ReadonlySet<string> = new Set(),
): TestsVerdict {
  const notes: string[] = [];
  const tests: TestOutcome[] = [];
  for (const { id, retries } of plan.rerun) {
    const result = results.get(testKey(id));
    if (result?.notRun !== undefined) {
      tests.push({ id, outcome: 'failed', retries: 0, notRerun: result.notRun });
      notes.push(`ci-recovery: ${shownName(id)}: could not be re-run (${result.notRun}): its failure stands`);
      continue;
    }
    const flaky = result?.passed === true;
    tests.push({ id, outcome: flaky ? 'flaky' : 'failed', retries: result?.retries ?? 0 });
    if (retries > 0 && result)
      notes.push(
        `ci-recovery: ${shownName(id)}: ${flaky ? `failed, then passed on re-run ${result.retries}: flaky` : `failed on ${result.retries} re-run(s) of itself`}`,
      );
  }
  for (const { id, changed } of plan.kept)
    tests.push({ id, outcome: 'failed', retries: 0, ...(changed ? { changed: true } : {}) });
  // A key the step's output showed for two tests: its re-run ran both (by that name) and a failure of either is
  // its failure, but its history and the team's list may be the other test's, and its outcome either's.
  for (const t of tests)
    if (shared.has(testKey(t.id))) {
      t.sharedName = true;
      notes.push(
        `ci-recovery: ${shownName(t.id)}: the output shows more than one test of this name (which one failed cannot be told): re-run by that name, any failure its own; never quarantined, and kept out of the flaky history`,
      );
    }
  const stillFailed = tests.filter((t) => t.outcome === 'failed');
  for (const t of stillFailed) staleCargoEntry(t, quarantine.quarantined, notes);
  const quarantinable = (t: TestOutcome): boolean => {
    const key = testKey(t.id);
    const knowledge = history(key);
    // A key two tests share: its history and the team's list may be the other test's.
    if (knowledge?.broken === true || t.sharedName) return false;
    // Flips across commits never quarantine: only same-commit flakes on the default branch do, and never a title
    // key's, which may be another job's test's (test-identity.ts `titleKeyed`).
    return (
      quarantine.quarantined.includes(key) ||
      (quarantine.quarantine && knowledge?.quarantinable === true && !titleKeyed(t.id))
    );
  };
  // Quarantine holds only when every remaining failure is quarantinable: its failure is the step's only one.
  const quarantined = stillFailed.length > 0 && stillFailed.every(quarantinable);
  if (quarantined)
    for (const t of stillFailed) {
      t.quarantined = true;
      notes.push(`ci-recovery: ${shownName(t.id)}: quarantined: its failure does not fail the step`);
    }
  const flaky = tests.filter((t) => t.outcome === 'flaky');
  const recovered =
    (stillFailed.length === 0 || quarantined) && !(settings.failOnPassedAfterRetry && flaky.length > 0);
  if (settings.failOnPassedAfterRetry && flaky.length > 0)
    notes.push(
      `ci-recovery: ${flaky.length} test(s) passed only on a re-run: tests.fail-on-passed-after-retry fails the step`,
    );
  const seen = new Set(tests.map((t) => testKey(t.id)));
  for (const id of passed)
    if (!seen.has(testKey(id)) && history(testKey(id)) !== undefined)
      tests.push({ id, outcome: 'passed', retries: 0 });
  return { recovered, tests, outputs: testOutputs(tests), notes };
}

/**
 * A `tests.quarantined` entry written as a cargo key was before its target was part of it (`[a]`, the test
 * binary's name): it no longer applies (it fails safe, the test counts), said once so the team can rewrite it.
 */
function staleCargoEntry(t: TestOutcome, quarantined: readonly string[], notes: string[]): void {
  const id = t.id;
  if (id.runner !== 'cargo' || id.params === undefined) return;
  const { params: _target, ...bare } = id;
  if (quarantined.includes(testKey(bare)) && !quarantined.includes(testKey(id)))
    notes.push(
      t.sharedName
        ? `ci-recovery: tests.quarantined entry '${shownName(bare)}' no longer applies, and no key of it would: another crate's test may share its name, so it is never quarantined`
        : `ci-recovery: tests.quarantined entry '${shownName(bare)}' no longer applies: a cargo test's key names its test binary; write it as '${shownName(id)}'`,
    );
}

/**
 * Why a recovered step's tests cannot stand on their passes alone: a test that passed only on a re-run of itself
 * every time the history saw it (test-history.ts `passedOnlyAlone`) may fail only after the tests before it
 * (leftover state): its pass alone proves nothing, so the whole step runs once, as a plain retry would.
 */
export function passedOnlyAloneWhy(
  tests: readonly TestOutcome[],
  history: TestHistoryView,
): string | undefined {
  const found = tests.find(
    (t) => t.outcome === 'flaky' && history(testKey(t.id))?.passedOnlyAlone !== undefined,
  );
  if (!found) return undefined;
  const n = history(testKey(found.id))!.passedOnlyAlone!;
  return `${shownName(found.id)} has now passed only on a re-run of itself ${n + 1} times in a row and never in the step's own run (a test that fails only after the tests before it would too)`;
}

/** Why a test that passed on a re-run of itself and failed again in the step's run after it is not flaky. */
export const FAILED_AGAIN_WHY =
  "it passed on a re-run, then failed again when the step's command ran after it: the re-run's pass may have been another test's of its name";

/**
 * The step's tests once what it runs after the re-runs (the whole step, or its rest) failed: a test called flaky
 * that this run's output names failed again had a pass alone that may not have been its own (the runner's usual
 * program run where the step's script did not run it, a root test of the same path and name), so it is failed,
 * never a flake in the history. One that run does not name failed stays flaky.
 */
export function failedAgain(tests: readonly TestOutcome[], again: ReadonlySet<string>): TestOutcome[] {
  return tests.map((t) =>
    t.outcome === 'flaky' && again.has(testKey(t.id)) ? { ...t, outcome: 'failed', failedAgain: true } : t,
  );
}

/**
 * The step's outputs on tests: names one per line, each made safe (no raw newline, no `::` at a line's
 * start), cut below 1 MB with a count of what was cut (output-cap.ts).
 */
export function testOutputs(tests: readonly TestOutcome[]): Record<string, string> {
  const names = (pick: (t: TestOutcome) => boolean): string =>
    cappedLines(tests.filter(pick).map((t) => shownName(t.id)));
  const failed = (t: TestOutcome): boolean => t.outcome === 'failed' && t.quarantined !== true;
  return {
    'failed-tests': names(failed),
    'flaky-tests': names((t) => t.outcome === 'flaky'),
    'quarantined-tests': names((t) => t.quarantined === true),
    'tests-failed': String(tests.filter(failed).length),
    'tests-flaky': String(tests.filter((t) => t.outcome === 'flaky').length),
    'tests-rerun': String(tests.filter((t) => t.retries > 0).length),
    'not-rerun-tests': tests
      .filter((t) => t.notRerun !== undefined)
      .map((t) => `${shownName(t.id)} (${printablePath(t.notRerun!)})`)
      .join('\n'),
  };
}

/** `test-runner`: one of the runners test recovery knows, or empty. */
export function parseTestRunner(value: string): TestRunner | undefined {
  const runner = value.trim().toLowerCase();
  if (runner === '') return undefined;
  if (isTestRunner(runner)) return runner;
  throw new UserError(
    `Input 'test-runner' is '${runner}': write one of ${TEST_RUNNERS.join(', ')}, or leave it empty to tell it from the command.`,
  );
}
