/**
 * att-sup4, finding 1: a `workflow_dispatch` of the supervisor on a feature branch, with the run id of a
 * confirmed failure of the default branch. GitHub runs it on that branch (its GITHUB_REF, its cache scope:
 * a ledger it saved would be the branch's, unseen by the default branch's runs). It may decide and say, never
 * revert, probe or re-run; the same dispatch on the default branch acts.
 */
import type { Stand } from '../../stand/services/stand.js';
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
import { NEW_PR, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n`;
const FAILED = [
  { name: 'test', conclusion: 'failure' as const, log: corpusLog(LOGS.test), failedStep: 'go test ./...' },
];

/** A culprit on main after a green parent, failed twice the same way: its supervision reverts it. */
async function confirmedFailure(s: Stand, n: number): Promise<{ runId: number; culprit: string }> {
  const file = `src/parser-d${n}.js`;
  const parent = await landCommit(s, {
    message: `Add parser d${n}`,
    files: { [file]: 'export const a = 1;\n' },
  });
  seedRun(s, { sha: parent, jobs: [{ name: 'test', conclusion: 'success', log: 'ok\n' }] });
  const culprit = await landCommit(s, {
    message: `Speed up parser d${n}`,
    files: { [file]: 'export const a = 2;\n' },
    author: 'Alice',
  });
  const run = seedRun(s, { sha: culprit, jobs: FAILED });
  startNextAttempt(s, run.id);
  finishAttempt(s, run.id, FAILED);
  return { runId: run.id, culprit };
}

test('a dispatch on a feature branch with a failing run of main reverts nothing and says why; on main it reverts', async () => {
  const s = stand();
  const { runId, culprit } = await confirmedFailure(s, 1);
  const branch = `ci-recovery/revert-${culprit.slice(0, 12)}`;
  const feature = await runSupervisor(s, { runId, runAttempt: 2, config: CONFIG, dispatchedOn: 'feature-x' });
  expect(feature.writes).toEqual([]);
  expect(await s.git.revParse(`refs/heads/${branch}`)).toBeUndefined();
  expect(feature.summary).toContain('not on the default branch main');
  expect(feature.summary).toContain('**Dry run**');
  // The same dispatch on the default branch acts.
  const onMain = await runSupervisor(s, { runId, runAttempt: 2, config: CONFIG, dispatchedOn: 'main' });
  expect(onMain.writes).toContain(NEW_PR);
  expect(s.github.state.pulls.some((p) => p.head.ref === branch)).toBe(true);
}, 240_000);
