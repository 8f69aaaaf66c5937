/**
 * A test read from mocha's console names no file: its key is its full title (`mocha:::suite works`, suite ''),
 * as its re-run selects and keys it. Post read step records through `testOutcomesOf`, which dropped every
 * outcome with an empty suite (a guard written before any runner keyed a test so), so a mocha flake re-run
 * green never reached the flaky history and was never quarantined. An outcome the output showed for one test
 * (not `sharedName`: mocha's spec tree whole, the title once) is kept now; a shared one, and node's console key
 * without a file (never marked shared), are still dropped.
 */
import { updatedTestHistory } from '../../src/core/finish.js';
import { emptyTestHistory, knowledgeOf } from '../../src/core/test-history.js';
import { testOutcomesOf } from '../../src/core/test-history-read.js';
import type { TestOutcome } from '../../src/core/test-identity.js';
import type { StepRecord } from '../../src/core/records.js';

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

  it('a shared title, node without a file, and any other runner without a suite are still dropped', () => {
    const dropped: TestOutcome[] = [
      { ...MOCHA, sharedName: true },
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
