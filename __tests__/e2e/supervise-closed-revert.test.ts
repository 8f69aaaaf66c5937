/**
 * A draft revert PR that a person closes unmerged: nothing was rolled back, so no run will ever hold the
 * revert. The ledger must not keep it awaiting a verdict: every sweep would read the default branch's runs,
 * their jobs and logs, and the PR again, for ever.
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
import { supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n';
const hoursBefore = (iso: string, hours: number): string =>
  new Date(Date.parse(iso) - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

test('a revert PR closed unmerged is no longer awaited: a later sweep with nothing else pending costs one listing', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Add sum', files: { 'src/sum.js': 'a + b\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Sum subtracts', files: { 'src/sum.js': 'a - b\n' } });
  const failing = seedRun(s, { sha: culprit, jobs: FAILING });
  expect((await runSupervisor(s, { runId: failing.id, config: CONFIG })).outputs.rerun).toBe('requested');
  startNextAttempt(s, failing.id);
  finishAttempt(s, failing.id, FAILING);
  const reverted = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: CONFIG });
  expect(reverted.outputs['revert-pr']).not.toBe('');
  // A person closes the draft unmerged (they fix it another way, later); the runs age out of the window.
  const pr = s.github.state.pulls.find((p) => p.head.ref === `ci-recovery/revert-${culprit.slice(0, 12)}`)!;
  pr.state = 'closed';
  for (const r of s.github.state.runs)
    Object.assign(r, { createdAt: hoursBefore(r.createdAt, 2), updatedAt: hoursBefore(r.updatedAt, 2) });
  const first = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(first.job.conclusion).toBe('success');
  const second = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(second.job.conclusion).toBe('success');
  expect(second.calls.map((c) => `${c.method} ${c.route}`)).toEqual([
    'GET /repos/{owner}/{repo}/actions/runs',
  ]);
  expect(second.summary).toContain('Nothing pending');
}, 300_000);
