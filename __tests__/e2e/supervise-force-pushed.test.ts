/**
 * The default branch force-pushed while the confirming re-run ran (sup-attack, r43): the failing commit is
 * no longer on the branch, and the push was made where GitHub starts no run for it (a bot's GITHUB_TOKEN),
 * so no newer push run tells the branch moved. The supervisor must not revert a commit the branch no
 * longer has (its inverse would undo changes made again under other commits), nor fail every wake over it.
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

test.each(['pr', 'push'])(
  'a culprit force-pushed off main during its confirming re-run (%s mode): no revert, one green wake that says why',
  async (mode) => {
    const s = stand();
    const config = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n  mode: ${mode}\n`;
    const parent = await landCommit(s, { message: 'Green', files: { [`fp-${mode}.txt`]: '0\n' } });
    seedRun(s, { sha: parent, jobs: PASSING });
    const culprit = await landCommit(s, { message: 'Break it', files: { [`fp-${mode}.txt`]: '1\n' } });
    const run = seedRun(s, { sha: culprit, jobs: FAILING });
    const first = await runSupervisor(s, { runId: run.id, config });
    expect(first.outputs.rerun).toBe('requested');
    // main is reset to the parent and a new commit lands over it, pushed where GitHub starts no run.
    await s.git.git(['update-ref', 'refs/heads/main', parent]);
    const replaced = await landCommit(s, { message: 'Redo it', files: { [`fp-${mode}.txt`]: '2\n' } });
    startNextAttempt(s, run.id);
    finishAttempt(s, run.id, FAILING);
    const second = await runSupervisor(s, { runId: run.id, runAttempt: 2, config });
    expect(await s.git.revParse('refs/heads/main')).toBe(replaced);
    expect(second.writes).not.toContain(NEW_PR);
    expect(second.job.conclusion).toBe('success');
    const decision = second.decisions.find((d) => d.job === 'test');
    expect(decision?.action).toBe('manual');
    expect(decision?.reason).toContain(`commit ${culprit} is not on the default branch 'main'`);
    expect(decision?.reason).toContain('force-push');
    const sweep = await runSupervisor(s, { runId: undefined, config });
    expect(sweep.job.conclusion).toBe('success');
    expect(await s.git.revParse('refs/heads/main')).toBe(replaced);
  },
  300_000,
);
