/**
 * A stale wake (att-sup3, finding 4): the `workflow_run` event of a run's first attempt delivered after its
 * re-run completed. The re-run was asked with GITHUB_TOKEN, so GitHub may send no event for its completion:
 * the late wake is the only one, and its reconciliation must not leave the run out as done.
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
import { RERUN, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();

test("a late event of a run's first attempt: its own run, at its latest attempt, is reconciled in that wake", async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Green', files: { 'stale.txt': '0\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const sha = await landCommit(s, { message: 'Break it', files: { 'stale.txt': '1\n' } });
  const run = seedRun(s, { sha, jobs: FAILING });
  const config = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n`;
  const first = await runSupervisor(s, { runId: run.id, config });
  expect(first.writes).toContain(RERUN);
  // The re-run's attempt failed the same way; no event for it, and attempt 1's event arrives late.
  startNextAttempt(s, run.id);
  finishAttempt(s, run.id, FAILING);
  const late = await runSupervisor(s, { runId: run.id, runAttempt: 1, config });
  expect(late.job.conclusion).toBe('success');
  expect(late.outputs.swept?.split(',')).toContain(String(run.id));
  expect(s.github.state.pulls.some((p) => p.head.ref === `ci-recovery/revert-${sha.slice(0, 12)}`)).toBe(
    true,
  );
}, 300_000);
