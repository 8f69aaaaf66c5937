/**
 * The default branch moves while the supervisor's work is pending (a confirming re-run, a bisection): a
 * person lands a fix, and its push run is newer than the failing one. A revert decided from the older run
 * would undo a change the branch has already dealt with, on top of the fix: the supervisor leaves the
 * range to the newer run (green: nothing to revert; failing: its own supervision bisects the range).
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
const PUSH_MODE = NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n  mode: push\n';

test('a fix landed (its push run green) while the confirming re-run ran: no revert is pushed over it', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Add sum', files: { 'src/sum.js': 'a + b\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Sum subtracts', files: { 'src/sum.js': 'a - b\n' } });
  const failing = seedRun(s, { sha: culprit, jobs: FAILING });
  const first = await runSupervisor(s, { runId: failing.id, config: PUSH_MODE });
  expect(first.outputs.rerun).toBe('requested');
  // While the re-run runs, a person fixes the tests to the new behaviour; the fix's push run passes.
  const fix = await landCommit(s, { message: 'Tests follow sum', files: { 'test/sum.test.js': 'a - b\n' } });
  seedRun(s, { sha: fix, jobs: PASSING });
  // The re-run fails the same way: on the old run alone, the revert is confirmed.
  startNextAttempt(s, failing.id);
  finishAttempt(s, failing.id, FAILING);
  const second = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: PUSH_MODE });
  expect(second.job.conclusion).toBe('success');
  expect(second.outputs['revert-branch']).toBe('');
  expect(await s.git.revParse('refs/heads/main')).toBe(fix);
  const decision = second.decisions.find((d) => d.job === 'test');
  expect(decision?.action).toBe('nothing');
  expect(decision?.reason).toContain('newer');
}, 300_000);

test('a newer push run still in progress: the older run reverts nothing, the newer one decides', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Add mul', files: { 'src/mul.js': 'a * b\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Mul divides', files: { 'src/mul.js': 'a / b\n' } });
  const failing = seedRun(s, { sha: culprit, jobs: FAILING });
  await runSupervisor(s, { runId: failing.id, config: PUSH_MODE });
  const next = await landCommit(s, { message: 'Tests follow mul', files: { 'test/mul.test.js': 'a / b\n' } });
  s.github.addRun({ repo: s.repo, workflowId: 4242, headSha: next, headBranch: 'main', event: 'push' });
  startNextAttempt(s, failing.id);
  finishAttempt(s, failing.id, FAILING);
  const second = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: PUSH_MODE });
  expect(second.outputs['revert-branch']).toBe('');
  expect(await s.git.revParse('refs/heads/main')).toBe(next);
  expect(second.decisions.find((d) => d.job === 'test')?.action).toBe('nothing');
}, 300_000);
