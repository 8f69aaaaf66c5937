/**
 * Pending work older than the sweep's window (sup-attack, r43): with GITHUB_TOKEN a confirming re-run's
 * completion sends no `workflow_run`, so only a sweep or an unrelated wake reads its answer. GitHub delays
 * and drops `schedule:` runs under load; when the next wake comes more than the window (60 minutes) after
 * the re-run completed, the work must still be found, or said, never silently left.
 */
import {
  finishAttempt,
  landCommit,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import { FAILING, PASSING } from '../../stand/scenarios/supervise-reconcile.js';
import { NEW_PR, RERUN, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n`;

const hoursBefore = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

test('a confirming re-run that failed two hours before the next sweep: the sweep opens the revert', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Green', files: { 'late.txt': '0\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Break it', files: { 'late.txt': '1\n' } });
  const run = seedRun(s, { sha: culprit, jobs: FAILING });
  const first = await runSupervisor(s, { runId: run.id, config: CONFIG });
  expect(first.writes).toContain(RERUN);
  // The re-run (asked with GITHUB_TOKEN: no event) fails the same way; the schedule is late by two hours.
  startNextAttempt(s, run.id);
  finishAttempt(s, run.id, FAILING);
  for (const r of s.github.state.runs)
    Object.assign(r, { createdAt: hoursBefore(r.createdAt, 2), updatedAt: hoursBefore(r.updatedAt, 2) });
  const sweep = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(sweep.job.conclusion).toBe('success');
  expect(s.github.state.pulls.some((p) => p.head.ref === `ci-recovery/revert-${culprit.slice(0, 12)}`)).toBe(
    true,
  );
  // Read and acted on: the record is gone, and the next sweep neither re-runs nor opens anything again.
  const again = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(again.writes).not.toContain(NEW_PR);
  expect(again.writes).not.toContain(RERUN);
  expect(again.outputs.swept ?? '').not.toContain(String(run.id));
}, 300_000);

test('a flaky failure on main whose re-run passed two hours before the sweep: nothing reverted, nothing left pending', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Green', files: { 'flaky.txt': '0\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const sha = await landCommit(s, { message: 'Innocent', files: { 'flaky.txt': '1\n' } });
  const run = seedRun(s, { sha, jobs: FAILING });
  const pulls = s.github.state.pulls.length;
  const first = await runSupervisor(s, { runId: run.id, config: CONFIG });
  expect(first.writes).toContain(RERUN);
  // The re-run is still running at a sweep: the sweep says so, not "Nothing pending".
  startNextAttempt(s, run.id);
  const early = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(early.summary).toContain(`Run ${run.id}: its re-run of attempt 1 is still running`);
  expect(early.summary).not.toContain('Nothing pending');
  finishAttempt(s, run.id, PASSING);
  for (const r of s.github.state.runs)
    Object.assign(r, { createdAt: hoursBefore(r.createdAt, 2), updatedAt: hoursBefore(r.updatedAt, 2) });
  const sweep = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(sweep.job.conclusion).toBe('success');
  expect(sweep.outputs.swept?.split(',')).toContain(String(run.id));
  expect(sweep.writes).not.toContain(NEW_PR);
  expect(sweep.writes).not.toContain(RERUN);
  expect(s.github.state.pulls.length).toBe(pulls);
  expect(await s.git.revParse('refs/heads/main')).toBe(sha);
  // Its answer read, the record is dropped: the next sweep has nothing pending.
  const again = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(again.summary).toContain('Nothing pending');
}, 300_000);
