/**
 * The flaky-test history through the stand with the committed bundles (issue 43, item 3): a job on the
 * default branch whose step records name a flaky test saves the history in the cache; a pull request's post,
 * with a test to judge and no step before it that loaded the history, restores it (and leaves it in
 * `$RUNNER_TEMP/ci-recovery/test-history.json`), retries at once a failure of that test alone and names it in the summary. The step records stand for
 * what `run/` writes once it reads test reports (another change): a plain step writes them here.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'README.md': 'demo\n' } }];
const KEY = 'pytest:tests/test_api.py::test_login[1-2]';
const ID = { runner: 'pytest', suite: 'tests/test_api.py', name: 'test_login', params: '1-2' };

/** A plain step that leaves a run/ step's record naming the test with `outcome`. */
function recordStep(outcome: 'flaky' | 'failed'): { id: string; run: string } {
  const now = new Date().toISOString();
  const record = {
    kind: 'run',
    step: 'test',
    stage: 'test',
    startedAt: now,
    completedAt: now,
    outcome: outcome === 'flaky' ? 'success' : 'failure',
    attempts: [{ attempt: 1, startedAt: now, durationMs: 1000, exitCode: outcome === 'flaky' ? 0 : 1 }],
    ...(outcome === 'failed'
      ? {
          classification: { type: 'test', confidence: 'high', retryable: false, rule: 'pytest-failed' },
          decision: {
            strategy: 'manual',
            rule: 'deterministic-pr-manual',
            reason: 'fix it',
            maxAttempts: 1,
            backoffSeconds: 0,
            timeoutMinutes: 10,
            retryInStep: false,
          },
        }
      : {}),
    tests: [{ id: ID, outcome, retries: outcome === 'flaky' ? 1 : 0 }],
  };
  const json = JSON.stringify(record).replace(/'/g, "'\\''");
  return {
    id: 'records',
    run: `mkdir -p "$RUNNER_TEMP/ci-recovery/records" && printf '%s' '${json}' > "$RUNNER_TEMP/ci-recovery/records/1-test.json"`,
  };
}

describe('the flaky-test history across jobs', () => {
  let stand: Stand;
  let runnerTemp: string;
  let onMain: JobResult;
  let onPr: JobResult;
  beforeAll(async () => {
    stand = await startStand({ commits: seed });
    // One RUNNER_TEMP path for both jobs, emptied between them, as on hosted runners: a cache's version
    // hashes the file's path.
    runnerTemp = path.join(stand.root, 'runner-temp-shared');
    const base = stand.git.seeded.at(-1)!;
    onMain = await runJob({
      stand,
      workspace: await checkout(stand, 'main', {}),
      runnerTemp,
      runId: 4401,
      jobId: 9401,
      jobKey: 'unit',
      jobName: 'unit',
      steps: [{ id: 'recovery', uses: '.', with: {} }, recordStep('flaky')],
    });
    await rm(runnerTemp, { recursive: true, force: true });
    await mkdir(runnerTemp, { recursive: true });
    stand.github.addPull({ repo: stand.repo, number: 8, head: { ref: 'feature', sha: base }, title: 'x' });
    const payload = {
      repository: { default_branch: 'main', full_name: stand.repo },
      pull_request: {
        number: 8,
        base: { ref: 'main', sha: base, repo: { full_name: stand.repo } },
        head: { ref: 'feature', sha: base, repo: { full_name: stand.repo } },
        labels: [],
      },
    };
    onPr = await runJob({
      stand,
      workspace: await checkout(stand, 'main', {}),
      runnerTemp,
      runId: 4402,
      jobId: 9402,
      jobKey: 'unit',
      jobName: 'unit',
      ref: 'refs/pull/8/merge',
      event: { name: 'pull_request', payload },
      env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
      steps: [{ id: 'recovery', uses: '.', with: {} }, recordStep('failed')],
    });
  });
  afterAll(async () => {
    await stand?.stop();
  });

  it('each job that changed the history saved one entry of its branch: the default branch, then the PR', () => {
    expect(onMain.conclusion).toBe('success');
    const keys = stand.results.caches.filter((c) => c.key.startsWith('ci-recovery-tests-')).map((c) => c.key);
    expect(keys).toEqual([
      expect.stringMatching(/^ci-recovery-tests-main\.[0-9a-f]{8}-4401-1-unit$/),
      expect.stringMatching(/^ci-recovery-tests-feature\.[0-9a-f]{8}-4402-1-unit$/),
    ]);
  });

  it("a pull request's post, given tests to judge, restores the default branch's history and leaves it", () => {
    // Main asks nothing of it: a job without a test to judge makes no round trip for it.
    expect(onPr.stage('recovery', 'main')?.stdout).not.toContain('flaky-test history');
    expect(onPr.stage('recovery', 'post')?.stdout).toContain(
      'flaky-test history of feature: 1 test(s) known, 1 flaky, 0 broken.',
    );
    const left = readFileSync(path.join(runnerTemp, 'ci-recovery', 'test-history.json'), 'utf8');
    expect(left).toContain('test_login');
  });

  it('post retries at once a failure of the known-flaky test alone, on the PR, and names it', () => {
    const post = onPr.stage('recovery', 'post')!;
    expect(post.outcome).toBe('success');
    expect(post.summary).toContain('flaky-tests-retry-once');
    expect(post.summary).toContain(
      `| \`${KEY}\` | \`test\` | failed | **flaky**: flipped 1 time in its last 1 run(s)`,
    );
  });
});
