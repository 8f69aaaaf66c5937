/**
 * Rollbacks awaiting a verdict that no run at hand can give. A draft revert PR a person closes unmerged:
 * nothing was rolled back, so no run will ever hold the revert, and the ledger must not keep it awaiting a
 * verdict. A push-mode revert whose verdict run GitHub never started (a dispatch accepted, no run): the
 * default branch's newest run is older than the revert and cannot hold it, so it is not read for it. Either
 * way, every sweep would otherwise read the default branch's runs, their jobs and logs again, for ever.
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
  // A wake of that run again (its window, or a dispatch naming it) says once whose decision it was, and opens
  // nothing: not "already reverted", which it never was (att-sup5).
  const told = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: CONFIG });
  expect(told.writes).not.toContain('POST /repos/{owner}/{repo}/pulls');
  expect(told.decisions[0]).toMatchObject({ action: 'nothing' });
  expect(told.decisions[0]?.reason).toContain(
    `the revert PR #${pr.number} of ${culprit.slice(0, 12)} was closed unmerged`,
  );
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

test('a push-mode revert whose verdict run never appeared: runs older than the revert are not read for it', async () => {
  const s = stand();
  const push = CONFIG + '  mode: push\n';
  const parent = await landCommit(s, { message: 'Add mul', files: { 'src/mul.js': 'a * b\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Mul divides', files: { 'src/mul.js': 'a / b\n' } });
  const failing = seedRun(s, { sha: culprit, jobs: FAILING });
  expect((await runSupervisor(s, { runId: failing.id, config: push })).outputs.rerun).toBe('requested');
  startNextAttempt(s, failing.id);
  finishAttempt(s, failing.id, FAILING);
  const reverted = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: push });
  expect(reverted.outputs['revert-branch']).toBe('main');
  expect(reverted.writes).toContain('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches');
  // GitHub accepted the dispatch and started nothing: the API lists no run for it.
  const runs = s.github.state.runs;
  runs.splice(
    runs.findIndex((r) => r.event === 'workflow_dispatch' && r.headBranch === 'main'),
    1,
  );
  for (const r of runs)
    Object.assign(r, { createdAt: hoursBefore(r.createdAt, 2), updatedAt: hoursBefore(r.updatedAt, 2) });
  await runSupervisor(s, { runId: undefined, config: push });
  const again = await runSupervisor(s, { runId: undefined, config: push });
  expect(again.job.conclusion).toBe('success');
  expect(again.calls.map((c) => `${c.method} ${c.route}`)).toEqual([
    'GET /repos/{owner}/{repo}/actions/runs',
  ]);
}, 300_000);
