/**
 * The ledger's pending re-runs (sup-attack, r43): a re-run asked with GITHUB_TOKEN fires no event, so the
 * record keeps its run a sweep target past the listing's window, until its answer is read, a day at most.
 */
import type { ProbeRunView } from '../../src/supervise/core/bisect.js';
import { emptyLedger, parseLedger, serializeLedger } from '../../src/core/ledger.js';
import {
  freshRerun,
  rerunTargets,
  withoutAnsweredRerun,
  withoutRerunOf,
  withRerun,
} from '../../src/supervise/core/rerun-records.js';

const NOW = new Date('2026-03-04T12:00:00Z');
const hoursAgo = (h: number): Date => new Date(NOW.getTime() - h * 3_600_000);

function listed(id: number, status: string): ProbeRunView {
  return {
    id,
    runAttempt: 2,
    workflowId: 7,
    path: '.github/workflows/ci.yml',
    headBranch: 'main',
    headSha: 'a'.repeat(40),
    event: 'push',
    status,
    conclusion: status === 'completed' ? 'failure' : null,
    createdAt: hoursAgo(3).toISOString(),
    updatedAt: hoursAgo(2).toISOString(),
  };
}

test('a re-run asked is recorded once per run, and survives the ledger being stored and read back', () => {
  const once = withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, hoursAgo(2));
  const twice = withRerun(once, { id: 5, attempt: 2 }, NOW);
  expect(twice.reruns).toEqual([{ runId: 5, attempt: 2, at: NOW.toISOString() }]);
  expect(parseLedger(serializeLedger(twice), 'main').ledger.reruns).toEqual(twice.reruns);
});

test('a stored record with anything more or less than a run, an attempt and a time is dropped', () => {
  const text = JSON.stringify({
    version: 1,
    branch: 'main',
    entries: [],
    reverts: [],
    reruns: [
      { runId: 5, attempt: 1 },
      { runId: 6, attempt: 1, at: NOW.toISOString(), branch: 'x' },
    ],
  });
  expect(parseLedger(text, 'main').ledger.reruns).toBeUndefined();
});

test('the record goes once its run is read completed, not while its re-run runs', () => {
  const ledger = withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, hoursAgo(2));
  expect(withoutAnsweredRerun(ledger, { id: 5, attempt: 2, completed: false }, NOW)).toBe(ledger);
  expect(withoutAnsweredRerun(ledger, { id: 6, attempt: 3, completed: true }, NOW)).toBe(ledger);
  expect(withoutAnsweredRerun(ledger, { id: 5, attempt: 2, completed: true }, NOW).reruns).toBeUndefined();
});

test('a record a day old, or dated ahead of the clock, is stale: no target, and dropped at the next save', () => {
  const old = withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, hoursAgo(25));
  const ahead = withRerun(old, { id: 6, attempt: 1 }, hoursAgo(-1));
  expect(ahead.reruns!.map((r) => freshRerun(r, NOW))).toEqual([false, false]);
  expect(rerunTargets({ reruns: ahead.reruns!, runs: [], now: NOW, skip: [] }).targets).toEqual([]);
  expect(withoutAnsweredRerun(ahead, { id: 9, attempt: 1, completed: true }, NOW).reruns).toBeUndefined();
});

test('targets: a completed or unlisted run is one; a run whose re-run still runs is said; a supervised one neither', () => {
  const at = hoursAgo(2).toISOString();
  const reruns = [5, 6, 7, 8].map((runId) => ({ runId, attempt: 1, at }));
  const plan = rerunTargets({
    reruns,
    runs: [listed(5, 'completed'), listed(6, 'in_progress')],
    now: NOW,
    skip: [8],
  });
  expect(plan.targets.map((t) => t.runId)).toEqual([5, 7]);
  expect(plan.running.map((r) => r.runId)).toEqual([6]);
});

test('a record whose run completed with no later attempt goes: the re-run never started, or it is forged', () => {
  const forged = withRerun(emptyLedger('main'), { id: 5, attempt: 9 }, hoursAgo(1));
  expect(withoutAnsweredRerun(forged, { id: 5, attempt: 1, completed: true }, NOW).reruns).toBeUndefined();
  const asked = withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, hoursAgo(1));
  expect(withoutAnsweredRerun(asked, { id: 5, attempt: 1, completed: true }, NOW).reruns).toBeUndefined();
});

test("a fresh record of a run last updated a day ago goes: the record's time is not the run's", () => {
  const ledger = withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, hoursAgo(1));
  const old = { id: 5, attempt: 2, completed: false, updatedAt: hoursAgo(25).toISOString() };
  expect(withoutAnsweredRerun(ledger, old, NOW).reruns).toBeUndefined();
  const recent = { ...old, updatedAt: hoursAgo(2).toISOString() };
  expect(withoutAnsweredRerun(ledger, recent, NOW)).toBe(ledger);
});

test('a record of a run GitHub has not (404) goes; the others stay', () => {
  const ledger = withRerun(
    withRerun(emptyLedger('main'), { id: 5, attempt: 1 }, NOW),
    { id: 6, attempt: 1 },
    NOW,
  );
  expect(withoutRerunOf(ledger, 5).reruns?.map((r) => r.runId)).toEqual([6]);
  expect(withoutRerunOf(ledger, 7)).toBe(ledger);
});
