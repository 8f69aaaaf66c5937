import { describe, expect, it } from '@jest/globals';
import { testKey, type TestId, type TestOutcome } from '../../src/core/test-identity.js';
import { parseJobEnv } from '../../src/core/job-env.js';
import {
  cacheWritable,
  historyBranches,
  testHistoryKey,
  testHistoryKeyPrefix,
  emptyTestHistory,
  flakyTests,
  knowledgeOf,
  onlyKnownFlaky,
  mergeTestHistories,
  recordTestOutcomes,
  testHistoryView,
  type ObservedAt,
  type TestHistory,
} from '../../src/core/test-history.js';
import {
  MAX_HISTORY_CHARS,
  parseTestHistory,
  serializeTestHistory,
} from '../../src/core/test-history-read.js';
import { shownName } from '../../src/test-recovery/core/names.js';
import { concludeTests, passedOnlyAloneWhy, planRetries } from '../../src/test-recovery/core/plan.js';

const ID: TestId = { runner: 'pytest', suite: 'tests/test_api.py', name: 'test_login', params: '1-2' };
const KEY = testKey(ID);
const keyOf = (o: TestOutcome): string => testKey(o.id);

const sha = (n: number): string => String(n).repeat(40).slice(0, 40);
const at = (minute: number): string => new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();

function seen(
  history: TestHistory,
  outcome: TestOutcome['outcome'],
  where: Partial<ObservedAt> & { commit: number; minute: number },
  extra: Partial<TestOutcome> = {},
  id: TestId = ID,
): TestHistory {
  const { commit, minute, ...rest } = where;
  return recordTestOutcomes(
    history,
    [{ id, outcome, retries: outcome === 'flaky' ? 1 : 0, ...extra }],
    { sha: sha(commit), runId: 100 + minute, attempt: 1, at: at(minute), ...rest },
    keyOf,
  );
}

describe('knowledgeOf: flaky across commits', () => {
  it('a test that failed and passed on three earlier commits is flaky on the fourth, first and last seen', () => {
    let h = emptyTestHistory('main');
    for (const [i, commit] of [1, 2, 3].entries()) h = seen(h, 'flaky', { commit, minute: i * 10 });
    const k = knowledgeOf(h, KEY)!;
    expect(k.flaky).toBe(true);
    expect(k.broken).toBe(false);
    // fail-pass on each commit, and pass-fail between them: five changes of state
    expect(k.flips).toBe(5);
    expect(k.firstSeen).toBe(at(0));
    expect(k.lastSeen).toBe(at(20));
  });

  it('failed on one run and passed on a later run of the same commit: flaky', () => {
    let h = seen(emptyTestHistory('main'), 'failed', { commit: 1, minute: 0 });
    h = seen(h, 'passed', { commit: 1, minute: 5, attempt: 2 });
    expect(knowledgeOf(h, KEY)).toMatchObject({ flaky: true, broken: false, flips: 1, firstSeen: at(5) });
  });

  it('flips pass/fail/pass/fail across commits with no change to its file: unstable, never flaky', () => {
    let h = emptyTestHistory('main');
    const story = ['failed', 'passed', 'failed', 'passed'] as const;
    story.forEach(
      (o, i) => (h = seen(h, o, { commit: i + 1, minute: i, fileDigests: new Map([[KEY, 'd1']]) })),
    );
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 3, unstable: true });
  });

  it('one fail then a pass on a later commit is a fix, not a flake', () => {
    let h = seen(emptyTestHistory('main'), 'failed', { commit: 1, minute: 0 });
    h = seen(h, 'passed', { commit: 2, minute: 1 });
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 1 });
  });

  it('a new digest of its file starts the story anew: old flips no longer count', () => {
    let h = emptyTestHistory('main');
    const story = ['failed', 'passed', 'failed', 'passed'] as const;
    story.forEach(
      (o, i) => (h = seen(h, o, { commit: i + 1, minute: i, fileDigests: new Map([[KEY, 'd1']]) })),
    );
    h = seen(h, 'failed', { commit: 9, minute: 10, fileDigests: new Map([[KEY, 'd2']]) });
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 0 });
  });

  it('an observation the change touched (changed) starts the story anew', () => {
    let h = emptyTestHistory('main');
    for (const [i, commit] of [1, 2].entries()) h = seen(h, 'flaky', { commit, minute: i });
    expect(knowledgeOf(h, KEY)?.flaky).toBe(true);
    h = seen(h, 'failed', { commit: 3, minute: 5 }, { changed: true });
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 0 });
  });

  it('failing every time over more than one commit is broken, never flaky, even after earlier flakes', () => {
    let h = seen(emptyTestHistory('main'), 'flaky', { commit: 1, minute: 0 });
    h = seen(h, 'failed', { commit: 2, minute: 1 });
    expect(knowledgeOf(h, KEY)?.broken).toBe(false); // one failing commit is not yet broken
    h = seen(h, 'failed', { commit: 3, minute: 2 });
    expect(knowledgeOf(h, KEY)).toMatchObject({ flaky: false, broken: true });
  });

  it('failing on several attempts of one commit is neither broken nor flaky yet', () => {
    let h = seen(emptyTestHistory('main'), 'failed', { commit: 1, minute: 0 });
    h = seen(h, 'failed', { commit: 1, minute: 1, attempt: 2 });
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 0 });
  });

  it('knows nothing of a test it never saw', () => {
    expect(knowledgeOf(emptyTestHistory('main'), KEY)).toBeUndefined();
    expect(testHistoryView(emptyTestHistory('main'))(KEY)).toBeUndefined();
  });
});

describe('recordTestOutcomes', () => {
  it('keeps a pass only for a test it knows, and replaces a re-read of the same run and attempt', () => {
    const other: TestId = { runner: 'jest', suite: 'a.test.ts', name: 'b' };
    let h = seen(emptyTestHistory('main'), 'passed', { commit: 1, minute: 0 }, {}, other);
    expect(h.tests).toEqual([]);
    h = seen(h, 'failed', { commit: 1, minute: 0 });
    h = seen(h, 'failed', { commit: 1, minute: 0 });
    expect(h.tests).toHaveLength(1);
    expect(h.tests[0]!.observations).toHaveLength(1);
    h = seen(h, 'passed', { commit: 2, minute: 1 });
    expect(h.tests[0]!.observations.map((o) => o.outcome)).toEqual(['failed', 'passed']);
  });

  it('is bounded: observations per test and tests per branch (the ones seen last are kept)', () => {
    let h = emptyTestHistory('main');
    for (let i = 0; i < 30; i++) h = seen(h, 'flaky', { commit: i, minute: i });
    expect(h.tests[0]!.observations).toHaveLength(20);
    const many: TestOutcome[] = Array.from({ length: 50 }, (_, i) => ({
      id: { runner: 'go', suite: 'pkg', name: `Test${i}` },
      outcome: 'failed',
      retries: 0,
    }));
    const small = recordTestOutcomes(h, many, { sha: sha(1), runId: 1, attempt: 1, at: at(59) }, keyOf, {
      maxTests: 10,
    });
    expect(small.tests).toHaveLength(10);
    expect(small.tests.map((t) => t.key)).toContain('go:pkg::Test49');
    expect(small.tests.map((t) => t.key)).not.toContain(KEY);
  });
});

describe('mergeTestHistories', () => {
  it("a pull request's own history and its base's, each observation once, in time order", () => {
    const base = seen(emptyTestHistory('main'), 'flaky', { commit: 1, minute: 0 });
    let pr = seen(base, 'failed', { commit: 2, minute: 3 });
    pr = { ...pr, branch: 'feature' };
    const merged = mergeTestHistories(pr, seen(base, 'failed', { commit: 3, minute: 2 }));
    expect(merged.branch).toBe('feature');
    expect(merged.tests[0]!.observations.map((o) => o.at)).toEqual([at(0), at(2), at(3)]);
  });
});

describe('flakyTests', () => {
  it('lists flaky tests, flakiest first, and leaves out broken and one-off failures', () => {
    let h = emptyTestHistory('main');
    const b: TestId = { runner: 'jest', suite: 'b.test.ts', name: 'b' };
    const broken: TestId = { runner: 'go', suite: 'pkg', name: 'TestX' };
    for (let i = 0; i < 3; i++) h = seen(h, 'flaky', { commit: i, minute: i });
    h = seen(h, 'flaky', { commit: 1, minute: 10 }, {}, b);
    h = seen(h, 'failed', { commit: 1, minute: 11 }, {}, broken);
    h = seen(h, 'failed', { commit: 2, minute: 12 }, {}, broken);
    expect(flakyTests(h).map((t) => t.key)).toEqual([KEY, testKey(b)]);
  });
});

describe('parseTestHistory', () => {
  it('round-trips', () => {
    const h = seen(emptyTestHistory('main'), 'flaky', {
      commit: 1,
      minute: 0,
      branch: 'main',
      fileDigests: new Map([[KEY, 'd']]),
    });
    expect(parseTestHistory(serializeTestHistory(h), 'main')).toEqual({ history: h });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['a future version', '{"version":2,"tests":[]}'],
    ['an array', '[]'],
    ['null', 'null'],
    ['tests not a list', '{"version":1,"tests":{"__proto__":{}}}'],
  ])('never throws on %s: an empty history and a problem', (_, text) => {
    const parsed = parseTestHistory(text, 'main');
    expect(parsed.history).toEqual(emptyTestHistory('main'));
    expect(parsed.problem).toBeDefined();
  });

  it('drops malformed tests and observations one by one, and holds its bounds on hostile input', () => {
    const good = { sha: sha(1), runId: 1, attempt: 1, outcome: 'flaky', at: at(0) };
    const text = JSON.stringify({
      version: 1,
      tests: [
        { key: '__proto__', observations: [good] },
        { key: 'x'.repeat(5000), observations: [good] },
        { key: 'dup', observations: [good] },
        { key: 'dup', observations: [good] },
        { key: 7, observations: [good] },
        {
          key: 'mixed',
          observations: [
            good,
            { ...good, outcome: 'exploded' },
            { ...good, runId: -1 },
            { ...good, at: 'yesterday' },
            { ...good, sha: { toString: 1 } },
            'junk',
          ],
        },
        ...Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, observations: Array(50).fill(good) })),
      ],
    });
    const { history, problem } = parseTestHistory(text, 'main', { maxTests: 30, maxObservations: 5 });
    expect(problem).toMatch(/dropped \d+ malformed/);
    expect(history.tests.length).toBeLessThanOrEqual(30);
    expect(history.tests.every((t) => t.observations.length <= 5)).toBe(true);
    const all = parseTestHistory(text, 'main').history;
    // An entry of an old document is labelled with the branch it was read as.
    expect(all.tests.find((t) => t.key === 'mixed')?.observations).toEqual([{ ...good, branch: 'main' }]);
    expect(all.tests.filter((t) => t.key === 'dup')).toHaveLength(1);
    expect(all.tests.some((t) => t.key.length > 1000)).toBe(false);
    // A key of '__proto__' is an ordinary key: nothing leaks onto objects.
    expect(testHistoryView(all)('__proto__')?.flaky).toBe(true);
    expect(({} as Record<string, unknown>).flaky).toBeUndefined();
  });

  it("a full history of a long branch name is saved within the reader's cap: the tests seen longest ago give way", () => {
    // 2,000 tests x 20 observations, each naming the branch: ~8.16 M characters, over the 8 M the reader takes.
    const branch = 'dependabot/npm_and_yarn/eslint-plugin-import-2.31.0';
    const ids = Array.from({ length: 2000 }, (_, i) => ({
      runner: 'jest' as const,
      suite: `packages/web/src/components/forms/field-${i}.test.tsx`,
      name: `FormField ${i} > validates the input when the user leaves the field`,
    }));
    let h = emptyTestHistory(branch);
    for (let run = 0; run < 20; run++)
      h = recordTestOutcomes(
        h,
        ids.map((id) => ({ id, outcome: run % 2 ? 'passed' : 'failed', retries: 0 })),
        { sha: sha(run), branch, runId: 12_000_000_000 + run, attempt: 1, at: at(run) },
        keyOf,
      );
    // The last run saw the second half again: its tests are the ones seen last.
    h = recordTestOutcomes(
      h,
      ids.slice(1000).map((id) => ({ id, outcome: 'flaky' as const, retries: 1 })),
      { sha: sha(20), branch, runId: 12_000_000_020, attempt: 1, at: at(20) },
      keyOf,
    );
    expect(h.tests).toHaveLength(2000);
    expect(JSON.stringify(h).length).toBeGreaterThan(MAX_HISTORY_CHARS);

    const text = serializeTestHistory(h);
    const { history, problem } = parseTestHistory(text, branch);
    expect(problem).toBeUndefined();
    expect(text.length).toBeLessThanOrEqual(MAX_HISTORY_CHARS);
    // Only as many tests as it takes are dropped, the oldest; the ones kept keep their whole window.
    expect(history.tests.length).toBeGreaterThan(1900);
    const kept = new Set(history.tests.map((t) => t.key));
    expect(ids.slice(1000).every((id) => kept.has(testKey(id)))).toBe(true);
    expect(kept.has(testKey(ids[0]!))).toBe(false);
    expect(history.tests).toEqual(h.tests.filter((t) => kept.has(t.key)));
    // Within the cap, nothing is dropped.
    expect(serializeTestHistory(history)).toBe(text);
  });

  it('refuses a document over its size cap without parsing it', () => {
    const parsed = parseTestHistory(' '.repeat(8_000_001) + '{}', 'main');
    expect(parsed.problem).toMatch(/over/);
  });
});

describe('where the history is kept', () => {
  it('one prefix per branch (never shared with a branch whose name extends it); a job saves a new key', () => {
    expect(testHistoryKey('main', 7, 2, 'test (ubuntu, 20)')).toMatch(
      /^ci-recovery-tests-main\.[0-9a-f]{8}-7-2-test_ubuntu_20_$/,
    );
    expect(testHistoryKey('main', 7, 2, 'x').startsWith(testHistoryKeyPrefix('main'))).toBe(true);
    expect(testHistoryKeyPrefix('main-2').startsWith(testHistoryKeyPrefix('main'))).toBe(false);
  });

  it("a pull request reads its base's history too; the default branch only its own", () => {
    const pr = {
      ref: 'refs/pull/5/merge',
      branch: 'feature',
      defaultBranch: 'main',
      pr: { baseRef: 'release' },
    };
    expect(historyBranches(pr)).toEqual({ own: 'feature', base: 'release' });
    expect(historyBranches({ ref: 'refs/heads/main', branch: 'main', defaultBranch: 'main' })).toEqual({
      own: 'main',
    });
    expect(historyBranches({ ref: 'refs/heads/topic', branch: 'topic', defaultBranch: 'main' })).toEqual({
      own: 'topic',
      base: 'main',
    });
  });

  it('ACTIONS_CACHE_MODE: read (or none) forbids the save; unset, write, write-only or a value the runner never sets allow it', () => {
    for (const mode of ['read', 'READ', 'none']) expect(cacheWritable(mode)).toBe(false);
    // The runner sets none, read, write or write-only (docs/runner-model.md); there is no read-only.
    for (const mode of [undefined, '', 'write', 'write-only', 'read-only'])
      expect(cacheWritable(mode)).toBe(true);
    const env = parseJobEnv({ ACTIONS_CACHE_MODE: 'read' }, { cwd: '/w', tmpdir: '/t' });
    expect(env.cacheMode).toBe('read');
    expect(parseJobEnv({}, { cwd: '/w', tmpdir: '/t' })).not.toHaveProperty('cacheMode');
  });
});

describe('onlyKnownFlaky', () => {
  it('names the failed tests only when every one is known flaky: not broken, not changed, quarantined ones aside', () => {
    let h = emptyTestHistory('main');
    for (let i = 0; i < 2; i++) h = seen(h, 'flaky', { commit: i, minute: i });
    const broken: TestId = { runner: 'go', suite: 'pkg', name: 'TestBroken' };
    h = seen(h, 'failed', { commit: 1, minute: 5 }, {}, broken);
    h = seen(h, 'failed', { commit: 2, minute: 6 }, {}, broken);
    const view = testHistoryView(h);
    const failed = (id: TestId, extra: Partial<TestOutcome> = {}): TestOutcome => ({
      id,
      outcome: 'failed',
      retries: 0,
      ...extra,
    });
    expect(onlyKnownFlaky([failed(ID), { id: broken, outcome: 'passed', retries: 0 }], view)).toEqual([KEY]);
    expect(onlyKnownFlaky([failed(ID), failed(broken, { quarantined: true })], view)).toEqual([KEY]);
    expect(onlyKnownFlaky([failed(ID), failed(broken)], view)).toBeUndefined();
    expect(onlyKnownFlaky([failed(ID, { changed: true })], view)).toBeUndefined();
    expect(onlyKnownFlaky([{ id: ID, outcome: 'flaky', retries: 1 }], view)).toBeUndefined();
    expect(onlyKnownFlaky([], view)).toBeUndefined();
  });
});

describe('how the report words what the history knew', () => {
  it('broken, changed, seen but not flaky, and one flip', async () => {
    const { historyWords } = await import('../../src/core/report/tests.js');
    expect(historyWords({ known: { flaky: false, broken: true, flips: 0 } })).toBe(
      'broken: failed on every run over more than one commit',
    );
    expect(historyWords({ changed: true, known: { flaky: true, broken: false, flips: 4 } })).toBe(
      'changed by this change: never retried as flaky',
    );
    expect(historyWords({ known: { flaky: false, broken: false, flips: 1 }, window: 2 })).toBe(
      'seen before, not flaky (flipped 1 time in its last 2 run(s))',
    );
  });
});

/**
 * Issue 64, item 4: flaky means two outcomes on the same code. A test whose outcome follows the commit
 * (fail, pass, fail with only the code under it changing) is shown unstable across commits, never flaky,
 * never retried as known-flaky, never quarantined, on the default branch and on a PR alike.
 */
describe('flaky means two outcomes on the same commit', () => {
  const SETTINGS = { retries: 3, maxFailed: 5, failOnPassedAfterRetry: false };
  const QUARANTINE = { quarantine: true, quarantined: [] };
  /** The next failure of the test, after `h`: what run/ plans and concludes with quarantine on. */
  function nextFailure(h: TestHistory, strict = false) {
    const view = testHistoryView(h);
    const plan = planRetries([ID], SETTINGS, new Set(), view, strict);
    const failedAgain = new Map(plan.rerun.map((r) => [testKey(r.id), { retries: 1, passed: false }]));
    return { plan, verdict: concludeTests(plan, failedAgain, SETTINGS, QUARANTINE, view) };
  }
  /** fail / pass / fail on three commits of `branch`, the history read as `own` with `base`. */
  function acrossCommits(own: string, base: string | undefined, branch: string): TestHistory {
    let h: TestHistory = { ...emptyTestHistory(own), ...(base ? { base } : {}) };
    (['failed', 'passed', 'failed'] as const).forEach(
      (o, i) => (h = seen(h, o, { commit: i + 1, minute: i, branch })),
    );
    return h;
  }

  it.each([
    ['on the default branch', 'main', undefined, 'main'],
    ['on a pull request (its own pushes)', 'feature', 'main', 'feature'],
    ['on a pull request (the default branch saw it)', 'feature', 'main', 'main'],
  ])('fail / pass / fail across three commits %s: not flaky, not quarantined', (_, own, base, branch) => {
    const h = acrossCommits(own, base, branch);
    expect(knowledgeOf(h, KEY)).toEqual({ flaky: false, broken: false, flips: 2, unstable: true });
    expect(flakyTests(h)).toEqual([]);
    const { plan, verdict } = nextFailure(h);
    // Retried once as any test the history does not know flaky: never every retry.
    expect(plan.rerun).toEqual([{ id: ID, retries: 1 }]);
    expect(verdict.recovered).toBe(false);
    expect(verdict.outputs).toMatchObject({ 'failed-tests': KEY, 'quarantined-tests': '' });
    expect(onlyKnownFlaky([{ id: ID, outcome: 'failed', retries: 1 }], testHistoryView(h))).toBeUndefined();
  });

  it('the same three commits with same-commit flakes on the default branch: flaky, quarantinable', () => {
    let h = emptyTestHistory('main');
    h = seen(h, 'flaky', { commit: 1, minute: 0, branch: 'main' }); // failed, passed on its re-run
    h = seen(h, 'failed', { commit: 2, minute: 1, branch: 'main' });
    h = seen(h, 'passed', { commit: 2, minute: 2, branch: 'main', attempt: 2 }); // a re-run of the job
    h = seen(h, 'passed', { commit: 3, minute: 3, branch: 'main' });
    expect(knowledgeOf(h, KEY)).toMatchObject({ flaky: true, flakes: 2, baseFlakes: 2, quarantinable: true });
    const { plan, verdict } = nextFailure(h);
    expect(plan.rerun).toEqual([{ id: ID, retries: 3 }]);
    expect(verdict.recovered).toBe(true);
    expect(verdict.outputs).toMatchObject({ 'quarantined-tests': KEY, 'tests-failed': '0' });
    // A PR reads it from its base: quarantinable there too.
    const pr = { ...mergeTestHistories(emptyTestHistory('feature'), h), base: 'main' };
    expect(nextFailure(pr).verdict.recovered).toBe(true);
  });

  it('one same-commit flake, or flakes seen only on the PR: flaky (retried) but never quarantined', () => {
    const once = seen(emptyTestHistory('main'), 'flaky', { commit: 1, minute: 0, branch: 'main' });
    expect(knowledgeOf(once, KEY)).toMatchObject({ flaky: true, baseFlakes: 1 });
    expect(knowledgeOf(once, KEY)?.quarantinable).toBeUndefined();
    expect(nextFailure(once).verdict.recovered).toBe(false);
    let pr: TestHistory = { ...emptyTestHistory('feature'), base: 'main' };
    for (const commit of [1, 2]) pr = seen(pr, 'flaky', { commit, minute: commit, branch: 'feature' });
    expect(knowledgeOf(pr, KEY)).toMatchObject({ flaky: true, flakes: 2 });
    expect(knowledgeOf(pr, KEY)?.baseFlakes).toBeUndefined();
    const { plan, verdict } = nextFailure(pr);
    expect(plan.rerun).toEqual([{ id: ID, retries: 3 }]);
    expect(verdict.recovered).toBe(false);
  });

  it("a test failing on the default branch's latest commit is never quarantined", () => {
    let h = emptyTestHistory('main');
    for (const commit of [1, 2]) h = seen(h, 'flaky', { commit, minute: commit, branch: 'main' });
    expect(knowledgeOf(h, KEY)?.quarantinable).toBe(true);
    h = seen(h, 'failed', { commit: 3, minute: 3, branch: 'main' });
    expect(knowledgeOf(h, KEY)).toMatchObject({ flaky: true, baseFlakes: 2 });
    expect(knowledgeOf(h, KEY)?.quarantinable).toBeUndefined();
    expect(nextFailure(h).verdict.recovered).toBe(false);
    // A pass on that commit too (another job or attempt): a flake again, not a failure there.
    h = seen(h, 'passed', { commit: 3, minute: 4, branch: 'main', attempt: 2 });
    expect(knowledgeOf(h, KEY)).toMatchObject({ quarantinable: true, baseFlakes: 3 });
  });

  it('old entries without a commit are kept as unknown, never as flake evidence', () => {
    const old = { runId: 1, attempt: 1, at: at(0) };
    const text = JSON.stringify({
      version: 1,
      branch: 'main',
      tests: [
        {
          key: KEY,
          observations: [
            { ...old, outcome: 'failed' },
            { ...old, outcome: 'flaky', sha: '', at: at(1) },
            { ...old, outcome: 'passed', at: at(2) },
          ],
        },
      ],
    });
    const { history, problem } = parseTestHistory(text, 'main');
    expect(problem).toBeUndefined();
    expect(history.tests[0]?.observations.map((o) => [o.sha, o.outcome])).toEqual([
      ['', 'failed'],
      ['', 'flaky'],
      ['', 'passed'],
    ]);
    expect(knowledgeOf(history, KEY)).toMatchObject({ flaky: false, broken: false });
  });

  it("an old default-branch document without labels counts as the default branch's when a PR merges it", () => {
    let main = emptyTestHistory('main');
    for (const commit of [1, 2]) main = seen(main, 'flaky', { commit, minute: commit });
    const stored = parseTestHistory(serializeTestHistory(main), 'main').history;
    const pr = { ...mergeTestHistories(emptyTestHistory('feature'), stored), base: 'main' };
    expect(knowledgeOf(pr, KEY)).toMatchObject({ baseFlakes: 2, quarantinable: true });
    // Read back from the view file a step reads (no branch given): the names are the document's.
    const view = parseTestHistory(serializeTestHistory(pr), '').history;
    expect(testHistoryView(view)(KEY)).toMatchObject({ quarantinable: true });
  });

  it('the report shows a test unstable across commits, and counts same-commit flakes', async () => {
    const { historyWords } = await import('../../src/core/report/tests.js');
    const h = acrossCommits('main', undefined, 'main');
    expect(historyWords({ known: knowledgeOf(h, KEY)!, window: 3 })).toBe(
      'unstable across commits, not flaky (flipped 2 times in its last 3 run(s), never on one commit)',
    );
    expect(historyWords({ known: { flaky: true, broken: false, flips: 2, flakes: 2 } })).toBe(
      '**flaky**: flipped 2 times, 2 same-commit flakes',
    );
  });
});

/** Issue 64, item 5: on a PR, `tests.pr-retries: known-flaky-only` re-runs only what the default branch knows flaky. */
describe('tests.pr-retries: known-flaky-only', () => {
  const SETTINGS = { retries: 2, maxFailed: 5, failOnPassedAfterRetry: false };
  const other: TestId = { runner: 'pytest', suite: 'tests/test_api.py', name: 'test_new_path' };
  const changed: TestId = { runner: 'pytest', suite: 'tests/test_edited.py', name: 'test_x' };

  it('re-runs a test the default branch knows flaky; keeps an unknown one, a PR-only flake, a changed file', () => {
    let h: TestHistory = { ...emptyTestHistory('feature'), base: 'main' };
    h = seen(h, 'flaky', { commit: 1, minute: 1, branch: 'main' });
    h = seen(h, 'flaky', { commit: 2, minute: 2, branch: 'feature' }, {}, other);
    const view = testHistoryView(h);
    const files = new Set(['tests/test_edited.py']);
    const strict = planRetries([ID, other, changed], SETTINGS, files, view, true);
    expect(strict.rerun).toEqual([{ id: ID, retries: 2 }]);
    expect(strict.kept).toEqual([
      { id: other, changed: false },
      { id: changed, changed: true },
    ]);
    expect(strict.notes).toContain(
      'ci-recovery: pytest:tests/test_api.py::test_new_path: the default branch does not know it flaky: not re-run (tests.pr-retries: known-flaky-only)',
    );
    // retry-once (the default): the unknown test is re-run, the changed file's never.
    const once = planRetries([ID, other, changed], SETTINGS, files, view, false);
    expect(once.rerun.map((r) => r.id)).toEqual([ID, other]);
    expect(once.kept).toEqual([{ id: changed, changed: true }]);
  });
});

/**
 * A test that fails only after another test's leftovers (order-dependent) fails in every step run and passes
 * on every re-run of itself: each run alone looks like a flake. After ALONE_ONLY_LIMIT such passes in a row and
 * no pass in a step's own run, its pass alone no longer stands: the whole step runs once (run-tests.ts).
 */
describe('a test that passes only on a re-run of itself', () => {
  const SETTINGS = { retries: 2, maxFailed: 5, failOnPassedAfterRetry: false };
  const QUARANTINE = { quarantine: false, quarantined: [] };
  const alone = (n: number, from = 1): TestHistory => {
    let h = emptyTestHistory('main');
    for (let i = 0; i < n; i++) h = seen(h, 'flaky', { commit: from + i, minute: i });
    return h;
  };
  /** The next run: the test fails in the step and passes alone again. */
  const why = (h: TestHistory): string | undefined => {
    const view = testHistoryView(h);
    const plan = planRetries([ID], SETTINGS, new Set(), view, false);
    const results = new Map([[KEY, { retries: 1, passed: true }]]);
    return passedOnlyAloneWhy(concludeTests(plan, results, SETTINGS, QUARANTINE, view).tests, view);
  };

  it('two such passes stand; from the third on, its pass alone needs the whole step', () => {
    expect(knowledgeOf(alone(2), KEY)?.passedOnlyAlone).toBeUndefined();
    expect(why(alone(2))).toBeUndefined();
    expect(knowledgeOf(alone(3), KEY)).toMatchObject({ flaky: true, passedOnlyAlone: 3 });
    expect(why(alone(3))).toContain('passed only on a re-run of itself 4 times in a row');
    expect(why(alone(3))).toContain(shownName(ID));
  });

  it("a pass in a step's own run (another test failed there) resets the count", () => {
    let h = alone(3);
    h = seen(h, 'passed', { commit: 9, minute: 20 });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBeUndefined();
    expect(why(h)).toBeUndefined();
    h = seen(h, 'flaky', { commit: 10, minute: 21 });
    h = seen(h, 'flaky', { commit: 11, minute: 22 });
    expect(why(h)).toBeUndefined();
  });

  it('a flake the whole step then passed after (a pass in a full run) resets the count; kept through the stored form', () => {
    let h = alone(3);
    h = seen(h, 'flaky', { commit: 9, minute: 20 }, { passedInStep: true });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBeUndefined();
    expect(
      knowledgeOf(parseTestHistory(serializeTestHistory(h), 'main').history, KEY)?.passedOnlyAlone,
    ).toBeUndefined();
    for (let i = 0; i < 3; i++) h = seen(h, 'flaky', { commit: 10 + i, minute: 21 + i });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBe(3);
  });

  it('a failure alone neither counts nor resets; a new file starts the story anew', () => {
    let h = alone(2);
    h = seen(h, 'failed', { commit: 7, minute: 10 });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBeUndefined();
    h = seen(h, 'flaky', { commit: 8, minute: 11 });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBe(3);
    h = seen(h, 'flaky', { commit: 9, minute: 12 }, { changed: true });
    expect(knowledgeOf(h, KEY)?.passedOnlyAlone).toBeUndefined();
  });

  it('a test that failed alone too is not asked about: only a pass alone is doubted', () => {
    const view = testHistoryView(alone(5));
    const plan = planRetries([ID], SETTINGS, new Set(), view, false);
    const failed = concludeTests(
      plan,
      new Map([[KEY, { retries: 2, passed: false }]]),
      SETTINGS,
      QUARANTINE,
      view,
    );
    expect(passedOnlyAloneWhy(failed.tests, view)).toBeUndefined();
  });
});
