/**
 * A revert's verdict run fails the same job the same way in type, but on another test (sup-attack, r43): a
 * flaky test, or a second breaking change landed beside the culprit. The revert fixed the failure it was made
 * for; judging it "did not help" would re-land a change that broke the branch, and tell a person the revert
 * was wrong.
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
import { FAILING, PASSING } from '../../stand/scenarios/supervise-reconcile.js';
import { NEW_PR, supervisorStand } from './supervise-suite.js';

const stand = supervisorStand();
const CONFIG = `${NO_BACKOFF_CONFIG}revert:\n  daily-cap: 100\n  mode: push\n`;
/** The same go test job failing on another test: same type (test), other evidence. */
const OTHER_TEST = [
  {
    name: 'test',
    conclusion: 'failure' as const,
    log: corpusLog(LOGS.test).replaceAll('TestSimulation', 'TestEnvelopeOpen'),
  },
];

test('the verdict run fails on another test: the revert is not judged wrong, and nothing is re-landed', async () => {
  const s = stand();
  const parent = await landCommit(s, { message: 'Green', files: { 'v.txt': '0\n' } });
  seedRun(s, { sha: parent, jobs: PASSING });
  const culprit = await landCommit(s, { message: 'Break it', files: { 'v.txt': '1\n' } });
  const run = seedRun(s, { sha: culprit, jobs: FAILING });
  await runSupervisor(s, { runId: run.id, config: CONFIG });
  startNextAttempt(s, run.id);
  finishAttempt(s, run.id, FAILING);
  const reverting = await runSupervisor(s, { runId: run.id, runAttempt: 2, config: CONFIG });
  expect(reverting.outputs['revert-branch']).toBe('main');
  const reverted = (await s.git.revParse('refs/heads/main'))!;
  expect(reverted).not.toBe(culprit);
  // The first run holding the revert: TestSimulation passes now, TestEnvelopeOpen fails.
  const verdictRun = seedRun(s, { sha: reverted, jobs: OTHER_TEST, event: 'workflow_dispatch' });
  const verdict = await runSupervisor(s, { runId: verdictRun.id, config: CONFIG });
  expect(verdict.writes).not.toContain(NEW_PR);
  expect(s.github.state.pulls.some((p) => p.head.ref.startsWith('ci-recovery/reland-'))).toBe(false);
  expect(verdict.summary).not.toContain('did not help');
  // Pending on another test is said to a person, naming both tests, not only logged.
  expect(verdict.summary).toContain(`The revert of ${culprit.slice(0, 12)} stays pending`);
  expect(verdict.summary).toContain('go:TestEnvelopeOpen');
  // Still pending: the run where TestSimulation's fate and the branch's are both known judges it.
  const green = seedRun(s, { sha: reverted, jobs: PASSING, event: 'workflow_dispatch' });
  const later = await runSupervisor(s, { runId: green.id, config: CONFIG });
  expect(later.summary).toContain(`the revert of ${culprit.slice(0, 12)} helped`);
  expect(s.github.state.pulls.some((p) => p.head.ref.startsWith('ci-recovery/reland-'))).toBe(false);
}, 300_000);
