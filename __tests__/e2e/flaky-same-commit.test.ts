/**
 * Flaky means two outcomes on the same code (issue 64, item 4), through the stand with the committed
 * bundles: jobs on the default branch and a pull request save the flaky-test history in the cache, post by
 * post. Test A fails, passes and fails on three commits with only the code changing: shown unstable across
 * commits, never flaky, never retried as known-flaky, on the default branch and on the PR. Test B fails and
 * passes on one commit, then flakes inside a step on the next: flaky, and its failure alone on the PR is
 * retried at once. The step records stand for what `run/` writes: a plain step writes them here.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const A = { runner: 'pytest', suite: 'tests/test_cart.py', name: 'test_total' };
const B = { runner: 'pytest', suite: 'tests/test_cart.py', name: 'test_checkout' };
const KEY_A = 'pytest:tests/test_cart.py::test_total';
const KEY_B = 'pytest:tests/test_cart.py::test_checkout';
type Outcome = 'passed' | 'failed' | 'flaky';

/** A plain step that leaves a run/ step's record naming `tests` with their outcomes. */
function recordStep(tests: [typeof A, Outcome][]): { id: string; run: string } {
  const now = new Date().toISOString();
  const failed = tests.some(([, o]) => o === 'failed');
  const record = {
    kind: 'run',
    step: 'test',
    stage: 'test',
    startedAt: now,
    completedAt: now,
    outcome: failed ? 'failure' : 'success',
    attempts: [{ attempt: 1, startedAt: now, durationMs: 1000, exitCode: failed ? 1 : 0 }],
    ...(failed
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
    tests: tests.map(([id, outcome]) => ({ id, outcome, retries: outcome === 'flaky' ? 1 : 0 })),
  };
  const json = JSON.stringify(record).replace(/'/g, "'\\''");
  return {
    id: 'records',
    run: `mkdir -p "$RUNNER_TEMP/ci-recovery/records" && printf '%s' '${json}' > "$RUNNER_TEMP/ci-recovery/records/1-test.json"`,
  };
}

const sha = (c: string): string => c.repeat(40);

describe('flaky means two outcomes on the same commit, across jobs', () => {
  let stand: Stand;
  const jobs: Record<string, JobResult> = {};
  beforeAll(async () => {
    stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': 'demo\n' } }] });
    // One RUNNER_TEMP path for every job, emptied between them, as on hosted runners.
    const runnerTemp = path.join(stand.root, 'runner-temp-shared');
    const base = stand.git.seeded.at(-1)!;
    stand.github.addPull({ repo: stand.repo, number: 9, head: { ref: 'feature', sha: base }, title: 'x' });
    const pr = {
      name: 'pull_request',
      payload: {
        repository: { default_branch: 'main', full_name: stand.repo },
        pull_request: {
          number: 9,
          base: { ref: 'main', sha: base, repo: { full_name: stand.repo } },
          head: { ref: 'feature', sha: sha('e'), repo: { full_name: stand.repo } },
          labels: [],
        },
      },
    };
    let runId = 6400;
    const job = async (commit: string, tests: [typeof A, Outcome][], onPr = false): Promise<JobResult> => {
      await rm(runnerTemp, { recursive: true, force: true });
      await mkdir(runnerTemp, { recursive: true });
      runId++;
      return runJob({
        stand,
        workspace: await checkout(stand, 'main', {}),
        runnerTemp,
        runId,
        jobId: runId * 10,
        jobKey: 'unit',
        jobName: 'unit',
        sha: sha(commit),
        ...(onPr
          ? {
              ref: 'refs/pull/9/merge',
              event: pr,
              env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
            }
          : {}),
        steps: [{ id: 'recovery', uses: '.', with: {} }, recordStep(tests)],
      });
    };
    // The default branch: A fails on commit 1, passes on 2, fails on 3 (the code changed each time);
    // B fails and passes on commit 1 (two jobs), then flakes inside a step on commit 2.
    await job('1', [
      [A, 'failed'],
      [B, 'failed'],
    ]);
    await job('1', [[B, 'passed']]);
    await job('2', [
      [A, 'passed'],
      [B, 'flaky'],
    ]);
    await job('3', [[A, 'failed']]);
    jobs.prA = await job('5', [[A, 'failed']], true);
    jobs.prB = await job('5', [[B, 'failed']], true);
    // The default branch never reads a PR's history: its next failure of A meets the same three commits.
    jobs.mainA = await job('4', [[A, 'failed']]);
  });
  afterAll(async () => {
    await stand?.stop();
  });

  it('the history knows A unstable across commits and B flaky, on the default branch and on the PR', () => {
    // Post restored it (no step before it did: the records stand for a run/ step's).
    expect(jobs.mainA!.stage('recovery', 'post')?.stdout).toContain(
      'flaky-test history of main: 2 test(s) known, 1 flaky, 0 broken, 1 unstable across commits (not flaky).',
    );
    expect(jobs.prA!.stage('recovery', 'post')?.stdout).toContain(
      'flaky-test history of feature: 2 test(s) known, 1 flaky, 0 broken, 1 unstable across commits (not flaky).',
    );
  });

  it.each(['mainA', 'prA'])(
    '%s: a failure of A is not retried as a known-flaky test, and is shown unstable',
    (name) => {
      const post = jobs[name]!.stage('recovery', 'post')!;
      expect(post.summary).not.toContain('flaky-tests-retry-once');
      expect(post.summary).toContain(
        `| \`${KEY_A}\` | \`test\` | failed | unstable across commits, not flaky (flipped 2 times in its last 3 run(s), never on one commit) |`,
      );
    },
  );

  it("a failure of B alone on the PR is retried at once: flaky from the default branch's same-commit flakes", () => {
    const post = jobs.prB!.stage('recovery', 'post')!;
    expect(post.summary).toContain('flaky-tests-retry-once');
    expect(post.summary).toMatch(
      new RegExp(
        `\\| \`${KEY_B}\` \\| \`test\` \\| failed \\| \\*\\*flaky\\*\\*: flipped \\d+ times in its last \\d+ run\\(s\\), 2 same-commit flakes`,
      ),
    );
  });
});
