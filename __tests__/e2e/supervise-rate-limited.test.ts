/**
 * GitHub's rate limit halfway through a wake, through the real `supervise/` bundle: the revert branch is
 * pushed, then opening its draft PR meets a secondary rate limit longer than the client waits. What is left
 * half-done (a pushed branch, no PR, no ledger record) must be finished by the next wake, once: one revert PR,
 * not two; the wake that stopped ends cleanly, having saved what it did, and says why and for how long.
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
import { NEW_PR, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = NO_BACKOFF_CONFIG + 'revert:\n  daily-cap: 100\n';

test('the revert PR refused by a secondary rate limit after its branch was pushed: the wake says what waits, and the next one opens the PR once (att-sup5, finding 1)', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Add sum', files: { 'src/sum.js': 'a + b\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Sum subtracts', files: { 'src/sum.js': 'a - b\n' } });
  const failing = seedRun(s, { sha: culprit, jobs: FAILING });
  expect((await runSupervisor(s, { runId: failing.id, config: CONFIG })).outputs.rerun).toBe('requested');
  startNextAttempt(s, failing.id);
  finishAttempt(s, failing.id, FAILING);
  const branch = `ci-recovery/revert-${culprit.slice(0, 12)}`;

  s.github.rateLimit('POST', '/repos/{owner}/{repo}/pulls', 'secondary', { waitSeconds: 600 });
  const stopped = await runSupervisor(s, { runId: failing.id, runAttempt: 2, config: CONFIG });
  expect(await s.git.revParse(`refs/heads/${branch}`)).toBeDefined();
  expect(s.github.state.pulls.filter((p) => p.head.ref === branch)).toHaveLength(0);
  expect(stopped.summary).toContain('secondary rate limit asks to wait 600 s');
  expect(stopped.summary).toContain('it waits for the next wake');
  // Stopped cleanly: a limit that passes is no failure of the supervisor's (the summary and a warning say it).
  expect(stopped.job.conclusion).toBe('success');

  // The next wake (a sweep: the run completed within its window) finishes it: one PR.
  const next = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(next.writes.filter((w) => w === NEW_PR)).toHaveLength(1);
  expect(s.github.state.pulls.filter((p) => p.head.ref === branch)).toHaveLength(1);
  const again = await runSupervisor(s, { runId: undefined, config: CONFIG });
  expect(again.writes).not.toContain(NEW_PR);
  expect(s.github.state.pulls.filter((p) => p.head.ref === branch)).toHaveLength(1);
}, 300_000);
