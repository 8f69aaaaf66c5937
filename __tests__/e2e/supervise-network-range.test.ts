/**
 * A network failure on the default branch with several commits since the last green run (sup-attack, r43):
 * the failure says nothing of any commit, so it is re-run, and failing so again it is never bisected nor
 * reverted.
 */
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  NO_BACKOFF_CONFIG,
  runSupervisor,
  seedRun,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import { PASSING } from '../../stand/scenarios/supervise-reconcile.js';
import { NEW_PR, RERUN, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n`;
const NETWORK = [{ name: 'test', conclusion: 'failure' as const, log: corpusLog(LOGS.network) }];
const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';

test('a network failure twice over three commits: re-run once, then no probe, no revert', async () => {
  const s = stand();
  const green = await landCommit(s, { message: 'Green', files: { 'n.txt': '0\n' } });
  seedRun(s, { sha: green, jobs: PASSING });
  await landCommit(s, { message: 'One', files: { 'n.txt': '1\n' } });
  await landCommit(s, { message: 'Two', files: { 'n.txt': '2\n' } });
  const head = await landCommit(s, { message: 'Three', files: { 'n.txt': '3\n' } });
  const run = seedRun(s, { sha: head, jobs: NETWORK });
  const first = await runSupervisor(s, { runId: run.id, config: CONFIG });
  expect(first.writes).toContain(RERUN);
  expect(first.writes).not.toContain(DISPATCH);
  startNextAttempt(s, run.id);
  finishAttempt(s, run.id, NETWORK);
  const second = await runSupervisor(s, { runId: run.id, runAttempt: 2, config: CONFIG });
  const sweep = await runSupervisor(s, { runId: undefined, config: CONFIG });
  for (const w of [second, sweep]) {
    expect(w.job.conclusion).toBe('success');
    expect(w.writes).not.toContain(DISPATCH);
    expect(w.writes).not.toContain(NEW_PR);
  }
  expect(await s.git.revParse('refs/heads/main')).toBe(head);
  expect(s.github.state.dispatches.filter((d) => d.ref.startsWith('ci-recovery/probe-'))).toEqual([]);
}, 300_000);
