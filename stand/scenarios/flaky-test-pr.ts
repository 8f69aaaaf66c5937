/**
 * Story: a known-flaky test on a pull request. A job on the default branch saw the test fail and then pass
 * on a re-run of itself (real jest), so its post kept it as flaky in the branch's test history. On a pull
 * request the test fails again: run/ re-runs only it, it passes, the step and the job are green and the
 * test is reported flaky, with what the history knew. With `tests: { quarantine: true }` a test the default
 * branch saw flake twice on one commit (two jobs there) that fails on every re-run as well does not fail the
 * step: it is quarantined, and reported so.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult } from '../runner/job.js';
import type { Stand } from '../services/stand.js';
import { JEST, JEST_PACKAGE } from './test-rerun.js';
import { checkout, pullRequestEvent } from './workspace.js';

/** The test's key, as run/ and the summary name it. */
export const FLAKY_KEY =
  'jest:test/checkout.test.js::checkout › retries the payment when the gateway is slow';

/**
 * A jest suite whose payment test fails on its first `FLAKY_FAILS` runs (a counter file outside the
 * workspace), as a test racing a slow fake gateway does.
 */
export const FLAKY_SUITE: Record<string, string> = {
  ...JEST_PACKAGE,
  'test/checkout.test.js': `const fs = require('node:fs');
describe('checkout', () => {
  test('adds the tax', () => {
    expect(Math.round(100 * 1.2)).toBe(120);
  });
  test('retries the payment when the gateway is slow', () => {
    const counter = process.env.FLAKY_COUNTER;
    const runs = counter && fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) + 1 : 1;
    if (counter) fs.writeFileSync(counter, String(runs));
    expect(runs > Number(process.env.FLAKY_FAILS ?? 0) ? 'paid' : 'gateway timeout').toBe('paid');
  });
});
`,
};

export interface FlakyStory {
  /** The default branch's job: the test flaked (failed, passed on its re-run) and went into the history. */
  onMain: JobResult;
  /** A second job on the default branch where it flaked again: two same-commit flakes, quarantinable. */
  againOnMain: JobResult;
  /** The PR's job: the known-flaky test failed, was re-run alone and passed. */
  onPr: JobResult;
  /** The PR's next job with quarantine on: the test failed on every re-run and was quarantined. */
  quarantined: JobResult;
}

const PR = 31;

/** Runs the three jobs; the stand's first commit must hold FLAKY_SUITE. */
export async function runFlakyTestStory(stand: Stand, runId = 3100): Promise<FlakyStory> {
  const base = stand.git.seeded.at(-1)!;
  // One RUNNER_TEMP path for every job, emptied between them, as on hosted runners: a cache's version
  // hashes the path of what it keeps, so the PR reads the default branch's history only from the same path.
  const runnerTemp = path.join(stand.root, 'runner-temp-shared');
  const counters = await mkdtemp(path.join(stand.root, 'flaky-counters-'));
  stand.github.addPull({
    repo: stand.repo,
    number: PR,
    head: { ref: 'faster-checkout', sha: base },
    title: 'Faster checkout',
  });
  const pr = pullRequestEvent({ repo: stand.repo, number: PR, base, head: { ref: 'faster-checkout' } });
  const job = async (
    n: number,
    fails: number,
    opts: { onPr: boolean; config?: string },
  ): Promise<JobResult> => {
    await rm(runnerTemp, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    const workspace = await checkout(
      stand,
      'main',
      opts.config ? { '.github/ci-recovery.yml': opts.config } : {},
    );
    return runJob({
      stand,
      workspace,
      runnerTemp,
      runId: runId + n,
      jobId: (runId + n) * 10,
      jobKey: 'unit',
      jobName: 'unit',
      ...(opts.onPr ? { ref: `refs/pull/${PR}/merge`, event: pr } : {}),
      steps: [
        { id: 'recovery', uses: '.', with: {} },
        {
          id: 'test',
          name: 'test',
          uses: 'run',
          env: { FLAKY_COUNTER: path.join(counters, `job-${n}`), FLAKY_FAILS: String(fails) },
          with: { stage: 'test', run: `${JEST} --ci` },
        },
      ],
    });
  };
  const onMain = await job(1, 1, { onPr: false });
  const onPr = await job(2, 1, { onPr: true });
  const againOnMain = await job(3, 1, { onPr: false });
  const quarantined = await job(4, 99, { onPr: true, config: 'tests:\n  quarantine: true\n' });
  return { onMain, againOnMain, onPr, quarantined };
}
