import { describe, expect, it } from '@jest/globals';
import { testKey, type TestId, type TestOutcome } from '../../src/core/tests/identity.js';
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
  parseTestHistory,
  recordTestOutcomes,
  serializeTestHistory,
  testHistoryView,
  type ObservedAt,
  type TestHistory,
} from '../../src/core/tests/history.js';

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

  it('flips pass/fail/pass/fail across commits with no change to its file: flaky, flips counted', () => {
    let h = emptyTestHistory('main');
    const story = ['failed', 'passed', 'failed', 'passed'] as const;
    story.forEach(
      (o, i) => (h = seen(h, o, { commit: i + 1, minute: i, fileDigests: new Map([[KEY, 'd1']]) })),
    );
    expect(knowledgeOf(h, KEY)).toEqual({
      flaky: true,
      broken: false,
      flips: 3,
      firstSeen: at(1),
      lastSeen: at(3),
    });
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
    expect(all.tests.find((t) => t.key === 'mixed')?.observations).toEqual([good]);
    expect(all.tests.filter((t) => t.key === 'dup')).toHaveLength(1);
    expect(all.tests.some((t) => t.key.length > 1000)).toBe(false);
    // A key of '__proto__' is an ordinary key: nothing leaks onto objects.
    expect(testHistoryView(all)('__proto__')?.flaky).toBe(true);
    expect(({} as Record<string, unknown>).flaky).toBeUndefined();
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

  it('ACTIONS_CACHE_MODE: read (or none) forbids the save; unset or write allows it', () => {
    for (const mode of ['read', 'READ', 'read-only', 'none']) expect(cacheWritable(mode)).toBe(false);
    for (const mode of [undefined, '', 'write', 'read-write']) expect(cacheWritable(mode)).toBe(true);
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
