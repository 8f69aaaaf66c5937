/**
 * The demo's flaky-test story end to end (stand/scenarios/flaky-test-pr.ts, `npm run demo`), with the
 * committed bundles and real jest: a test known flaky from the default branch fails on a pull request, is
 * re-run alone, the job goes green and the test is reported flaky; once the default branch saw it flake
 * twice, with quarantine on, a failure on every re-run does not fail the step. The story, and the network story beside it, leave no job's RUNNER_TEMP
 * (runner-temp-*) behind.
 */
import { existsSync } from 'node:fs';
import {
  FLAKY_KEY,
  FLAKY_SUITE,
  runFlakyTestStory,
  type FlakyStory,
} from '../../stand/scenarios/flaky-test-pr.js';
import { networkRetryScenario } from '../../stand/scenarios/network-retry.js';
import { startStand } from '../../stand/services/stand.js';

let story: FlakyStory;
/** The RUNNER_TEMP of every job the stories ran: each must be gone once its story ended. */
let runnerTemps: string[];
beforeAll(async () => {
  const stand = await startStand({ commits: [{ message: 'checkout tests', files: FLAKY_SUITE }] });
  try {
    story = await runFlakyTestStory(stand);
  } finally {
    await stand.stop();
  }
  const network = await networkRetryScenario();
  runnerTemps = [story.onMain, story.onPr, story.againOnMain, story.quarantined, network.job].map(
    (j) => j.runnerTemp,
  );
  // Five jobs through the stand: 129 s at load 15 (a rehearsal's README npm test beside .ci/run) met jest's 120 s.
}, 360_000);

test('on the default branch the test flakes: re-run alone, passed, the step green', () => {
  expect(story.onMain.conclusion).toBe('success');
  expect(story.onMain.stage('test', 'main')?.outputs).toMatchObject({
    'flaky-tests': FLAKY_KEY,
    'tests-rerun': '1',
  });
});

test('on the pull request the known-flaky test fails: only it is re-run, the job is green, the test reported flaky', () => {
  expect(story.onPr.conclusion).toBe('success');
  // Main asked nothing of the history: the step whose test failed restored it, and decided by it.
  expect(story.onPr.stage('recovery', 'main')?.stdout).not.toContain('flaky-test history');
  const test = story.onPr.stage('test', 'main')!;
  expect(test.stdout).toContain('flaky-test history of faster-checkout: 1 test(s) known, 1 flaky, 0 broken.');
  expect(test.outputs).toMatchObject({
    attempts: '1',
    'flaky-tests': FLAKY_KEY,
    'tests-failed': '0',
    'tests-rerun': '1',
  });
  expect(test.stdout).toContain('ci-recovery: re-running 1 failed test(s) alone (re-run 1): ');
  expect(test.stdout).toContain("-t '^(checkout retries the payment when the gateway is slow)$'");
  const summary = story.onPr.stage('recovery', 'post')?.summary ?? '';
  expect(summary).toMatch(/retried and passed \(1 re-run\) \| \*\*flaky\*\*: flipped 1 time/);
});

test('with quarantine on, a test the default branch saw flake twice, failing on every re-run, is quarantined: the step passes, said so', () => {
  expect(story.againOnMain.stage('test', 'main')?.stdout).toContain(
    'flaky-test history of main: 1 test(s) known, 1 flaky, 0 broken.',
  );
  expect(story.quarantined.conclusion).toBe('success');
  expect(story.quarantined.stage('recovery', 'main')?.stdout).not.toContain('flaky-test history');
  const test = story.quarantined.stage('test', 'main')!;
  expect(test.stdout).toContain('flaky-test history of faster-checkout: 1 test(s) known, 1 flaky, 0 broken.');
  expect(test.outputs).toMatchObject({ 'quarantined-tests': FLAKY_KEY, 'tests-failed': '0' });
  expect(test.stdout).toContain(`ci-recovery: ${FLAKY_KEY}: quarantined: its failure does not fail the step`);
  expect(story.quarantined.stage('recovery', 'post')?.summary).toContain(
    'failed, quarantined (did not fail the step)',
  );
});

test('the stories leave no runner-temp-* behind', () => {
  expect(runnerTemps).toHaveLength(5);
  expect(runnerTemps.filter((dir) => existsSync(dir))).toEqual([]);
});
