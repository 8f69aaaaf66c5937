/**
 * The flaky-test history: a small JSON document per branch, keyed by `testKey`, holding each test's recent
 * observations (commit, branch, run, attempt, outcome, time, and the digest of its file when known). It
 * knows a test flaky only when it failed and passed on the same commit (two outcomes on the same code, in
 * any attempt, job or re-run); a test whose outcome changed across commits is only "unstable across
 * commits": the code under it changed, which is not flake. Broken: it failed every time over more than one
 * commit (never flaky). Quarantinable: at least two same-commit flakes on the default branch (a PR's base),
 * and not failing on that branch's latest commit. An observation without a commit (an old entry) is
 * unknown: never flake evidence. A change to the test's file (a new digest, or `changed`) starts its story
 * anew. Bounded (tests kept, observations per test, characters per field); read back from its stored form
 * without trust by test-history-read.ts. Pure.
 */
import { branchSlug } from './ledger.js';
import { testKey, titleKeyed, type TestKnowledge, type TestOutcome } from './test-identity.js';

const testKeyOf = (o: TestOutcome): string => testKey(o.id);

export const TEST_HISTORY_VERSION = 1;
/** Tests kept per branch: the ones seen last are kept. */
export const DEFAULT_MAX_TESTS = 2000;
/** Observations kept per test: the window flips are counted in. */
export const DEFAULT_MAX_OBSERVATIONS = 20;
/** Longest key or sha kept: anything longer is hostile or broken and dropped. */
export const MAX_FIELD = 1000;

export type ObservedOutcome = 'passed' | 'failed' | 'flaky';

export interface TestObservation {
  /** The commit the test ran on; '' when unknown (an old entry): never flake evidence. */
  sha: string;
  /** The branch whose job saw it; absent in old entries (then the branch of the document read). */
  branch?: string;
  runId: number;
  attempt: number;
  outcome: ObservedOutcome;
  /** ISO time. */
  at: string;
  /** A digest of the test's file, when known: a new one starts the test's story anew. */
  fileDigest?: string;
  /** The change added or edited the test's file: this observation starts its story anew. */
  changed?: true;
  /** Flaky, and the whole step then passed: a pass in a full run, which ends the doubt of `passedOnlyAlone`. */
  passedInStep?: true;
}

export interface TestEntry {
  key: string;
  /** Oldest first. */
  observations: TestObservation[];
}

export interface TestHistory {
  version: typeof TEST_HISTORY_VERSION;
  branch: string;
  /** The branch whose flakes count for quarantine and strict re-runs: the default branch (a PR's base); absent: `branch`. */
  base?: string;
  tests: TestEntry[];
}

export interface HistoryBounds {
  maxTests?: number;
  maxObservations?: number;
}

export function emptyTestHistory(branch: string): TestHistory {
  return { version: TEST_HISTORY_VERSION, branch, tests: [] };
}

/** Where one step's outcomes were seen. */
export interface ObservedAt {
  sha: string;
  /** The job's branch. */
  branch?: string;
  runId: number;
  attempt: number;
  at: string;
  /** testKey -> digest of its file, when the caller knows it. */
  fileDigests?: ReadonlyMap<string, string>;
}

const fails = (o: ObservedOutcome): boolean => o !== 'passed';

/**
 * Adds a step's test outcomes. A failed or flaky test is always kept; a passed one only when the history
 * already knows it (a pass of a test never seen failing says nothing about flakiness). An observation of
 * the same run, attempt and commit replaces the earlier one (a re-read of the same records).
 */
export function recordTestOutcomes(
  history: TestHistory,
  outcomes: readonly TestOutcome[],
  where: ObservedAt,
  keyOf: (outcome: TestOutcome) => string,
  bounds: HistoryBounds = {},
): TestHistory {
  const byKey = new Map(history.tests.map((t) => [t.key, t.observations]));
  for (const outcome of outcomes) {
    const key = keyOf(outcome);
    // A key the step's output showed for two tests: its outcome may be either's, and would merge their stories.
    if (key.length > MAX_FIELD || outcome.sharedName) continue;
    const known = byKey.get(key);
    if (!known && outcome.outcome === 'passed') continue;
    const digest = where.fileDigests?.get(key);
    const observation: TestObservation = {
      sha: where.sha.length <= MAX_FIELD ? where.sha : '',
      ...(where.branch && where.branch.length <= MAX_FIELD ? { branch: where.branch } : {}),
      runId: where.runId,
      attempt: where.attempt,
      outcome: outcome.outcome,
      at: where.at,
      ...(digest ? { fileDigest: digest } : {}),
      ...(outcome.changed ? { changed: true as const } : {}),
      ...(outcome.passedInStep ? { passedInStep: true as const } : {}),
    };
    const kept = (known ?? []).filter(
      (o) => !(o.runId === where.runId && o.attempt === where.attempt && o.sha === where.sha),
    );
    // Delete first, so a test seen again moves to the end (the order eviction reads).
    byKey.delete(key);
    byKey.set(key, [...kept, observation]);
  }
  return bounded(
    { ...history, tests: [...byKey].map(([key, observations]) => ({ key, observations })) },
    bounds,
  );
}

/**
 * The tests' indexes, the one seen longest ago first: the order they are dropped in. Stable: among equal
 * times, the earlier in the list (seen earlier) goes first.
 */
export function evictionOrder(tests: readonly TestEntry[]): number[] {
  const last = (t: TestEntry): string => t.observations.at(-1)?.at ?? '';
  return tests
    .map((t, i) => ({ t, i }))
    .sort((a, b) => last(a.t).localeCompare(last(b.t)) || a.i - b.i)
    .map((x) => x.i);
}

/** Keeps the tests seen last and each one's newest observations. */
export function bounded(history: TestHistory, bounds: HistoryBounds): TestHistory {
  const maxTests = bounds.maxTests ?? DEFAULT_MAX_TESTS;
  const maxObservations = bounds.maxObservations ?? DEFAULT_MAX_OBSERVATIONS;
  const tests = history.tests
    .filter((t) => t.observations.length > 0)
    .map((t) => ({ key: t.key, observations: t.observations.slice(-maxObservations) }));
  if (tests.length <= maxTests) return { ...history, tests };
  const keep = new Set(evictionOrder(tests).slice(-maxTests));
  return { ...history, tests: tests.filter((_, i) => keep.has(i)) };
}

/**
 * Two histories of a branch in one (a pull request's own and its base's; two jobs of a run that each
 * saved): every observation of both, once, in time order, bounded.
 */
export function mergeTestHistories(a: TestHistory, b: TestHistory, bounds: HistoryBounds = {}): TestHistory {
  const byKey = new Map<string, TestObservation[]>();
  for (const t of [...a.tests, ...b.tests]) {
    const seen = byKey.get(t.key) ?? [];
    for (const o of t.observations) {
      const same = seen.some(
        (s) => s.runId === o.runId && s.attempt === o.attempt && s.sha === o.sha && s.at === o.at,
      );
      if (!same) seen.push(o);
    }
    byKey.set(t.key, seen);
  }
  const tests = [...byKey].map(([key, observations]) => ({
    key,
    observations: [...observations].sort((x, y) => x.at.localeCompare(y.at)),
  }));
  const base = a.base ?? b.base;
  return bounded(
    { version: TEST_HISTORY_VERSION, branch: a.branch, ...(base ? { base } : {}), tests },
    bounds,
  );
}

/** The observations since the test's file last changed: a new digest, or the change touching it. */
function currentStory(observations: readonly TestObservation[]): TestObservation[] {
  let start = 0;
  let digest: string | undefined;
  observations.forEach((o, i) => {
    const newDigest = o.fileDigest !== undefined && digest !== undefined && o.fileDigest !== digest;
    if (o.changed || newDigest) start = i;
    if (o.fileDigest !== undefined) digest = o.fileDigest;
  });
  return observations.slice(start);
}

/** Which branch's observations count for quarantine and strict re-runs; unlabelled ones are `own`'s. */
export interface HistoryBranches {
  own?: string;
  base?: string;
}

const branchesOf = (history: TestHistory): HistoryBranches => ({
  own: history.branch,
  base: history.base ?? history.branch,
});

/**
 * What the history knows of one test; undefined when it has never seen it. Flips: pass/fail changes in
 * its window (a flaky observation is a fail then a pass inside one step, one flip), counted over its
 * current story (since its file last changed).
 */
export function knowledgeOf(history: TestHistory, key: string): TestKnowledge | undefined {
  const entry = history.tests.find((t) => t.key === key);
  if (!entry || entry.observations.length === 0) return undefined;
  return knowledgeOfObservations(entry.observations, branchesOf(history));
}

/**
 * The times of the test's same-commit flakes: each step that failed it and then passed it on a re-run of
 * itself, and each commit it both failed and passed on (another attempt, job or run). An observation
 * without a commit is never one.
 */
function sameCommitFlakes(story: readonly TestObservation[]): string[] {
  const known = story.filter((o) => o.sha !== '');
  const times = known.filter((o) => o.outcome === 'flaky').map((o) => o.at);
  const bySha = new Map<string, TestObservation[]>();
  for (const o of known) bySha.set(o.sha, [...(bySha.get(o.sha) ?? []), o]);
  for (const onSha of bySha.values()) {
    const failed = onSha.find((o) => o.outcome === 'failed');
    const passed = onSha.find((o) => o.outcome === 'passed');
    if (failed && passed) times.push(failed.at > passed.at ? failed.at : passed.at);
  }
  return times.sort();
}

/** The base branch's latest commit saw the test fail and never pass: it may be broken there, never quarantined. */
function failingOnLatest(onBase: readonly TestObservation[]): boolean {
  const last = onBase.at(-1);
  if (!last) return false;
  if (last.sha === '') return last.outcome === 'failed';
  return onBase.filter((o) => o.sha === last.sha).every((o) => o.outcome === 'failed');
}

export function knowledgeOfObservations(
  observations: readonly TestObservation[],
  branches: HistoryBranches = {},
): TestKnowledge {
  const story = currentStory(observations);
  let flips = 0;
  let crossCommitFlips = 0;
  story.forEach((o, i) => {
    if (o.outcome === 'flaky') flips++;
    const previous = story[i - 1];
    // A step starts failing unless it passed outright, and ends failing only when no re-run passed.
    if (!previous || (previous.outcome === 'failed') === fails(o.outcome)) return;
    flips++;
    if (previous.sha !== o.sha || o.sha === '') crossCommitFlips++;
  });
  const flakes = sameCommitFlakes(story);
  const base = branches.base ?? branches.own;
  const onBase = story.filter((o) => (o.branch ?? branches.own) === base);
  const baseFlakes = sameCommitFlakes(onBase).length;
  const broken = isBroken(story);
  const flaky = !broken && flakes.length > 0;
  // Two changes of state across commits (failed, passed, failed): the code moved under it. Shown, never flake.
  const unstable = !flaky && !broken && crossCommitFlips >= 2;
  const quarantinable = flaky && baseFlakes >= 2 && !failingOnLatest(onBase);
  const aloneOnly = passedOnlyAlone(story);
  return {
    flaky,
    broken,
    flips,
    ...(flaky ? { flakes: flakes.length, firstSeen: flakes[0]!, lastSeen: flakes.at(-1)! } : {}),
    ...(flaky && baseFlakes > 0 ? { baseFlakes } : {}),
    ...(quarantinable ? { quarantinable: true } : {}),
    ...(unstable ? { unstable: true } : {}),
    ...(aloneOnly >= ALONE_ONLY_LIMIT ? { passedOnlyAlone: aloneOnly } : {}),
  };
}

/**
 * Passes alone in a row, never a pass in the step's own run, before a test's pass alone no longer stands for
 * it: a test that fails only after another test's leftovers (order-dependent) passes alone every time.
 */
export const ALONE_ONLY_LIMIT = 3;

/**
 * The story's `flaky` observations since its last pass in a step's own run: a `passed` one, or a flake the whole
 * step then passed after (failed ones neither count nor reset).
 */
function passedOnlyAlone(story: readonly TestObservation[]): number {
  let n = 0;
  for (let i = story.length - 1; i >= 0; i--) {
    const o = story[i]!;
    if (o.outcome === 'passed' || o.passedInStep) break;
    if (o.outcome === 'flaky') n++;
  }
  return n;
}

/** Failed on every run since it last passed, over more than one commit: the change broke it. */
function isBroken(story: readonly TestObservation[]): boolean {
  const trailing: TestObservation[] = [];
  for (let i = story.length - 1; i >= 0; i--) {
    const o = story[i]!;
    if (o.outcome !== 'failed') break;
    trailing.unshift(o);
  }
  return new Set(trailing.map((o) => o.sha)).size > 1;
}

/** The known-flaky tests (same-commit flakes), with what the history knows of each, flakiest first. */
export function flakyTests(history: TestHistory): { key: string; knowledge: TestKnowledge }[] {
  return history.tests
    .map((t) => ({ key: t.key, knowledge: knowledgeOfObservations(t.observations, branchesOf(history)) }))
    .filter((t) => t.knowledge.flaky)
    .sort((a, b) => b.knowledge.flips - a.knowledge.flips || a.key.localeCompare(b.key));
}

/** The view `run/` asks: by `testKey`; undefined for a test never seen. */
export function testHistoryView(history: TestHistory): (key: string) => TestKnowledge | undefined {
  const branches = branchesOf(history);
  const byKey = new Map(history.tests.map((t) => [t.key, t.observations]));
  const known = new Map<string, TestKnowledge>();
  return (key) => {
    const observations = byKey.get(key);
    if (!observations || observations.length === 0) return undefined;
    let k = known.get(key);
    if (!k) {
      k = knowledgeOfObservations(observations, branches);
      known.set(key, k);
    }
    return k;
  };
}

// ---- where it is kept ----

/** The file under RUNNER_TEMP where main leaves the job's history for later `run/` steps (and post). */
export const TEST_HISTORY_VIEW_FILE = 'ci-recovery/test-history.json';
export const TEST_HISTORY_KEY_BASE = 'ci-recovery-tests-';

/** Prefix of every history key of a branch (restored by prefix: the newest wins). */
export function testHistoryKeyPrefix(branch: string): string {
  return `${TEST_HISTORY_KEY_BASE}${branchSlug(branch)}-`;
}

/**
 * The key a job saves the branch's history under: cache keys are immutable, so a save needs a new one;
 * the run, attempt and job keep two jobs of a run from refusing each other's save.
 */
export function testHistoryKey(branch: string, runId: number | string, attempt: number, job: string): string {
  const safeJob = job.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  return `${testHistoryKeyPrefix(branch)}${runId}-${attempt}-${safeJob}`;
}

/**
 * The histories a job reads: its branch's, and on a pull request or another branch the default branch's
 * too (the cache lets a run restore its base's entries), the default branch's first.
 */
export function historyBranches(context: {
  branch?: string;
  ref: string;
  defaultBranch?: string;
  pr?: { baseRef: string };
}): { own: string; base?: string } {
  const own = context.branch ?? context.ref;
  const base = context.pr?.baseRef || context.defaultBranch;
  return base && base !== own ? { own, base } : { own };
}

export { cacheWritable } from './job-env.js';

/** Where a job's history is read and saved: its branch, the default branch it reads too, its run. */
export function testHistoryPlace(
  context: Parameters<typeof historyBranches>[0],
  start: { runId: number | string; attempt: number; job: string },
): { branch: string; base?: string; runId: number | string; attempt: number; job: string } {
  const { own, base } = historyBranches(context);
  return {
    branch: own,
    ...(base ? { base } : {}),
    runId: start.runId,
    attempt: start.attempt,
    job: start.job,
  };
}

/** One line for main's log: what the history knows. */
export function historySummaryLine(history: TestHistory): string {
  const flaky = flakyTests(history).length;
  const known = history.tests.map((t) => knowledgeOfObservations(t.observations, branchesOf(history)));
  const broken = known.filter((k) => k.broken).length;
  const unstable = known.filter((k) => k.unstable).length;
  return `ci-recovery: flaky-test history of ${history.branch || 'this branch'}: ${history.tests.length} test(s) known, ${flaky} flaky, ${broken} broken${unstable > 0 ? `, ${unstable} unstable across commits (not flaky)` : ''}.`;
}

/**
 * The keys of a failed step's tests when each of them passed on a re-run of itself in this very run and none
 * failed for good (tests.fail-on-passed-after-retry kept the step red): a failure of flaky tests only, proven
 * here, whatever the history knows. Undefined when a test failed for good, or none was flaky.
 */
export function onlyFlakyThisRun(outcomes: readonly TestOutcome[]): string[] | undefined {
  if (outcomes.some((o) => o.outcome === 'failed' && !o.quarantined)) return undefined;
  // A test flaky on arrival is the change's own: a retry of the job must not wash it green.
  if (outcomes.some((o) => o.arrival)) return undefined;
  const flaky = outcomes.filter((o) => o.outcome === 'flaky').map(testKeyOf);
  return flaky.length > 0 ? flaky : undefined;
}

/**
 * The keys of a step's failed tests when every one of them is known flaky (not broken, not changed by this
 * change, not quarantined away): a failure that a retry of the job is likely to cure, on a pull request
 * too. Undefined when the step named no failed test, or one of them is new, changed, broken or not flaky.
 */
export function onlyKnownFlaky(
  outcomes: readonly TestOutcome[],
  view: (key: string) => TestKnowledge | undefined,
): string[] | undefined {
  const failing = outcomes.filter((o) => o.outcome === 'failed' && !o.quarantined);
  if (failing.length === 0) return undefined;
  const keys: string[] = [];
  for (const o of failing) {
    const key = testKeyOf(o);
    const known = view(key);
    // A title key's flakes may be another job's test's (test-identity.ts `titleKeyed`).
    if (o.changed || o.sharedName || titleKeyed(o.id) || !known?.flaky || known.broken) return undefined;
    keys.push(key);
  }
  return keys;
}
