/**
 * A mocha flake read from its console (spec reporter: no file named, the key is the full title) reaches the
 * flaky history, through the stand with the built bundles and real mocha: on the default branch the test fails
 * and passes on its re-run in two jobs of one commit, and post keeps it each time; on a pull request with
 * quarantine on, the history reports it flaky, but the test failing on every re-run is not quarantined: a title
 * key is the branch's, and another job's test of that title may be the one failing (a jest flake, keyed by its
 * file, is: flaky-test-story.test.ts). Before, post dropped every outcome with an empty suite. Needs a built dist
 * (`flock /tmp/build.lock npm run build`).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { repoRoot } from '../../stand/services/paths.js';
import { checkout, pullRequestEvent } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const MOCHA = path.join(repoRoot, 'node_modules/.bin/mocha');
const KEY = 'mocha:::checkout retries the payment';
/** Fails on its first `FLAKY_FAILS` runs (a counter file outside the workspace); its neighbour passes. */
const SUITE = {
  'test/checkout.spec.js': `const fs = require('node:fs');
describe('checkout', () => {
  it('adds the tax', () => {});
  it('retries the payment', () => {
    const counter = process.env.FLAKY_COUNTER;
    const runs = fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) + 1 : 1;
    fs.writeFileSync(counter, String(runs));
    if (runs <= Number(process.env.FLAKY_FAILS)) throw new Error('gateway timeout');
  });
});
`,
};
const PR = 41;

let stand: Stand;
const jobs: JobResult[] = [];
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'checkout tests', files: SUITE }] });
  const base = stand.git.seeded.at(-1)!;
  // One RUNNER_TEMP path for every job, emptied between them, as on hosted runners.
  const runnerTemp = path.join(stand.root, 'runner-temp-shared');
  const counters = await mkdtemp(path.join(stand.root, 'flaky-counters-'));
  stand.github.addPull({ repo: stand.repo, number: PR, head: { ref: 'pay', sha: base }, title: 'Pay' });
  const pr = pullRequestEvent({ repo: stand.repo, number: PR, base, head: { ref: 'pay' } });
  const job = async (n: number, fails: number, onPr: boolean): Promise<JobResult> => {
    await rm(runnerTemp, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    const config: Record<string, string> = onPr
      ? { '.github/ci-recovery.yml': 'tests:\n  quarantine: true\n' }
      : {};
    return runJob({
      stand,
      workspace: await checkout(stand, 'main', config),
      runnerTemp,
      runId: 5200 + n,
      jobId: (5200 + n) * 10,
      jobKey: 'unit',
      jobName: 'unit',
      ...(onPr ? { ref: `refs/pull/${PR}/merge`, event: pr } : {}),
      steps: [
        { id: 'recovery', uses: '.', with: {} },
        {
          id: 'test',
          name: 'test',
          uses: 'run',
          env: { FLAKY_COUNTER: path.join(counters, `job-${n}`), FLAKY_FAILS: String(fails) },
          with: { stage: 'test', run: `${MOCHA} test` },
        },
      ],
    });
  };
  jobs.push(await job(1, 1, false), await job(2, 1, false), await job(3, 99, true));
});
afterAll(async () => {
  await stand?.stop();
});

test('on the default branch the mocha test flakes, and post keeps it: the next job knows it flaky', () => {
  const [first, second] = jobs;
  expect(first!.conclusion).toBe('success');
  expect(first!.stage('test', 'main')?.outputs).toMatchObject({ 'flaky-tests': KEY, 'tests-rerun': '1' });
  expect(second!.conclusion).toBe('success');
  expect(second!.stage('test', 'main')?.stdout).toContain(
    'flaky-test history of main: 1 test(s) known, 1 flaky, 0 broken.',
  );
});

test("two same-commit flakes on the default branch: on the PR the history knows it, but a title key's failure is not quarantined", () => {
  const pr = jobs[2]!;
  const test = pr.stage('test', 'main')!;
  expect(test.stdout).toContain('flaky-test history of pay: 1 test(s) known, 1 flaky, 0 broken.');
  expect(test.stdout).not.toContain(`ci-recovery: ${KEY}: quarantined`);
  expect(test.outputs).toMatchObject({ 'quarantined-tests': '', 'failed-tests': KEY, 'tests-failed': '1' });
  expect(pr.conclusion).toBe('failure');
});
