/**
 * The ledger's re-run records against a hostile or stale ledger (sup-attack mend, r43): anyone who can write
 * the branch's cache scope can write a record. Records take only the sweep's slots the listed runs leave, a
 * record whose run completed with no later attempt goes, and one naming a run GitHub has not (404) is
 * dropped and said once, never failing the wake.
 */
import { emptyLedger, type Ledger } from '../../src/core/ledger.js';
import { bisectStand } from '../../stand/scenarios/bisect-stand.js';
import { landCommit, seedRun } from '../../stand/scenarios/supervise-stand.js';
import { FAILING, PASSING } from '../../stand/scenarios/supervise-reconcile.js';

const fx = bisectStand('rerun-records-');

const withReruns = (reruns: NonNullable<Ledger['reruns']>): Ledger => ({ ...emptyLedger('main'), reruns });

test('a record naming a run GitHub has not (404) is dropped and said once; the run is not a failure of the wake', async () => {
  fx.ledger.reset();
  await fx.ledger.save(withReruns([{ runId: 987654, attempt: 1, at: new Date().toISOString() }]), 'main');
  const first = await fx.sweep();
  expect(first.swept.supervised).toEqual([expect.objectContaining({ runId: 987654, recordOnly: true })]);
  expect(first.summary).toContain('Run 987654');
  expect(first.summary).toContain('404');
  expect(first.summary).toContain('the record is dropped');
  expect(fx.ledger.current().reruns).toBeUndefined();
  const second = await fx.sweep();
  expect(second.swept.supervised).toEqual([]);
  expect(second.summary).not.toContain('987654');
  expect(fx.stand.github.validationErrors).toEqual([]);
}, 120_000);

test('ten records naming green runs at a later attempt never crowd a listed failing run out, and go once read', async () => {
  fx.ledger.reset();
  const stand = fx.stand;
  const green = await landCommit(stand, { message: 'green', files: { 'c.txt': '0\n' } });
  const greens = Array.from({ length: 10 }, () => seedRun(stand, { sha: green, jobs: PASSING }).id);
  const bad = await landCommit(stand, { message: 'break', files: { 'c.txt': '1\n' } });
  const failing = seedRun(stand, { sha: bad, jobs: FAILING });
  const at = new Date().toISOString();
  await fx.ledger.save(withReruns(greens.map((runId) => ({ runId, attempt: 9, at }))), 'main');
  const first = await fx.sweep();
  const ids = first.swept.targets.map((t) => t.runId);
  expect(ids[0]).toBe(failing.id);
  expect(ids).toHaveLength(10);
  // Each green run read was completed with no attempt after its record's: its record goes. The one left
  // out of the slots is kept; the failing run's re-run, asked now, is recorded.
  const recordedRuns = (): number[] => (fx.ledger.current().reruns ?? []).map((r) => r.runId);
  expect(recordedRuns().filter((id) => greens.includes(id))).toEqual(
    greens.filter((id) => !ids.includes(id)),
  );
  expect(recordedRuns()).toContain(failing.id);
  // The one past the sweep's cap is said, not dropped silently.
  const waiting = greens.filter((id) => !ids.includes(id));
  expect(waiting).toHaveLength(1);
  expect(first.summary).toContain(`1 more run(s) with pending work wait for the next wake`);
  expect(first.summary).toContain(`: ${waiting[0]}.`);
  await fx.sweep();
  expect(recordedRuns().filter((id) => greens.includes(id))).toEqual([]);
  expect(stand.github.validationErrors).toEqual([]);
}, 120_000);

test("a record's run the token may not read (403) fails the wake: only GitHub's 404 is a record's own", async () => {
  // Re-review: every failure of a record-only run stayed out of the wake's result, so a revert refused or a
  // permission missing left the wake green and the breakage unreverted, said only in the summary.
  fx.ledger.reset();
  const stand = fx.stand;
  const green = await landCommit(stand, { message: 'green again', files: { 'd.txt': '0\n' } });
  const run = seedRun(stand, { sha: green, jobs: PASSING });
  await fx.ledger.save(withReruns([{ runId: run.id, attempt: 1, at: new Date().toISOString() }]), 'main');
  stand.github.fail('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', 403, {
    message: 'Resource not accessible by integration',
    only: (params) => params.run_id === String(run.id),
  });
  const swept = await fx.sweep();
  expect(swept.swept.supervised.map((s) => s.runId)).toEqual([run.id]);
  expect(swept.swept.supervised[0]?.error).toContain('not accessible');
  expect(swept.swept.supervised[0]?.recordOnly).toBeUndefined();
  expect(swept.summary).toContain('the next wake tries again');
  expect(fx.ledger.current().reruns?.map((r) => r.runId)).toEqual([run.id]);
}, 120_000);
