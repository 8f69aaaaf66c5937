/**
 * A test read from mocha's console names no file: its key is its full title (`mocha:::suite works`, suite ''),
 * as its re-run selects and keys it. Post read step records through `testOutcomesOf`, which dropped every
 * outcome with an empty suite (a guard written before any runner keyed a test so), so a mocha flake re-run
 * green never reached the flaky history and was never quarantined. An outcome the output showed for one test
 * (not `sharedName`: mocha's spec tree whole, the title once) is kept now; a shared one is kept too (post's
 * assessment must see its failure) but never learnt; node's console key without a file (never marked shared) is
 * still dropped. A title key is the branch's, not one file's: two jobs' or steps' tests of one title share it
 * (sharedNames sees one step's output only), so it is learnt and reported but never quarantines a test nor
 * makes one known flaky.
 */
import { updatedTestHistory } from '../../src/core/finish.js';
import {
  emptyTestHistory,
  knowledgeOf,
  onlyFlakyThisRun,
  onlyKnownFlaky,
  testHistoryView,
} from '../../src/core/test-history.js';
import { testOutcomesOf } from '../../src/core/test-history-read.js';
import { testKey, type TestOutcome } from '../../src/core/test-identity.js';
import type { StepRecord } from '../../src/core/records.js';
import { concludeTests, planRetries } from '../../src/test-recovery/index.js';

const MOCHA: TestOutcome = {
  id: { runner: 'mocha', suite: '', name: 'suite works' },
  outcome: 'flaky',
  retries: 1,
};

/** A `run/` step's record, as post reads it from RUNNER_TEMP (JSON: nothing but what was written). */
const record = (tests: TestOutcome[]): StepRecord =>
  JSON.parse(
    JSON.stringify({
      kind: 'run',
      step: 'test',
      stage: 'test',
      startedAt: '2026-12-02T00:00:00Z',
      completedAt: '2026-12-02T00:00:01Z',
      outcome: 'success',
      attempts: [],
      tests,
    }),
  ) as StepRecord;

describe("mocha's console outcomes reach the flaky history", () => {
  it('a title the output showed once is read back from the step record, keyed by its title', () => {
    expect(testOutcomesOf(record([MOCHA]).tests)).toEqual([MOCHA]);
  });

  it('a shared title is read back, marked shared: with a flake beside it, its failure is not "only flaky"', () => {
    const broken: TestOutcome = {
      id: { runner: 'mocha', suite: '', name: 'b broken' },
      outcome: 'failed',
      retries: 1,
      sharedName: true,
    };
    const outcomes = testOutcomesOf(record([MOCHA, broken]).tests);
    expect(outcomes).toEqual([MOCHA, broken]);
    expect(onlyFlakyThisRun(outcomes)).toBeUndefined();
  });

  it('node without a file, and any other runner without a suite, are still dropped', () => {
    const dropped: TestOutcome[] = [
      { ...MOCHA, id: { runner: 'node', suite: '', name: 's › a' } },
      { ...MOCHA, id: { runner: 'jest', suite: '', name: 'suite › works' } },
      { ...MOCHA, id: { runner: 'cargo', suite: '', name: 'tests::it_works' } },
    ];
    expect(testOutcomesOf(record(dropped).tests)).toEqual([]);
  });

  it('two jobs on one commit where it flaked: the history knows it flaky, quarantinable', () => {
    let history = emptyTestHistory('main');
    for (const runId of [1, 2])
      history = updatedTestHistory(history, [record([MOCHA])], {
        sha: 'a'.repeat(40),
        branch: 'main',
        runId,
        attempt: 1,
        at: `2026-12-02T00:0${runId}:00Z`,
      }).history;
    expect(knowledgeOf(history, 'mocha:::suite works')).toMatchObject({
      flaky: true,
      flakes: 2,
      quarantinable: true,
    });
  });
});

describe("a title key is the branch's: one job's flakes never vouch for another job's test of that title", () => {
  // Job x's "suite works" flaked on two commits of main: learnt, and quarantinable as history goes.
  let history = emptyTestHistory('main');
  for (const [i, sha] of ['a', 'b'].entries())
    history = updatedTestHistory(history, [record([MOCHA])], {
      sha: sha.repeat(40),
      branch: 'main',
      runId: i + 1,
      attempt: 1,
      at: `2026-12-0${i + 1}T00:00:00Z`,
    }).history;
  const view = testHistoryView(history);
  const key = testKey(MOCHA.id);
  const settings = { retries: 2, maxFailed: 10, failOnPassedAfterRetry: false };

  it('the history still knows it (learnt, reported)', () => {
    expect(view(key)).toMatchObject({ flaky: true, quarantinable: true });
  });

  it("job y's own test of that title, failing on every re-run, is not quarantined: its failure stands", () => {
    const verdict = concludeTests(
      { rerun: [{ id: MOCHA.id, retries: 2 }], kept: [], notes: [] },
      new Map([[key, { retries: 2, passed: false }]]),
      settings,
      { quarantine: true, quarantined: [] },
      view,
    );
    expect(verdict.recovered).toBe(false);
    expect(verdict.tests).toEqual([{ id: MOCHA.id, outcome: 'failed', retries: 2 }]);
  });

  it('its failure is not "known flaky" to post, nor to known-flaky-only on a pull request', () => {
    expect(onlyKnownFlaky([{ id: MOCHA.id, outcome: 'failed', retries: 0 }], view)).toBeUndefined();
    const plan = planRetries([MOCHA.id], settings, new Set(), view, true);
    expect(plan.rerun).toEqual([]);
    expect(plan.kept).toEqual([{ id: MOCHA.id, changed: false }]);
  });
});
