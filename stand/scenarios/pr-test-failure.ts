/**
 * Story: a unit test fails on a pull request. It is not retried (a deterministic failure on a PR goes to
 * a person), the evidence is the failing test, and the sticky PR comment exists once even when the posts
 * of two jobs race to create it.
 */
import { isStickyComment } from '../../src/core/report/comment.js';
import { runJob, type JobResult } from '../runner/job.js';
import type { Stand } from '../services/stand.js';
import { checkout, pullRequestEvent } from './workspace.js';

export const FAILING_TEST = `import test from 'node:test';
import assert from 'node:assert/strict';
test('adds numbers', () => {
  assert.equal(1 + 1, 3);
});
`;

export interface PrFailureResult {
  jobs: JobResult[];
  prNumber: number;
  /** Bodies of the sticky comments on the PR at the end. */
  stickyComments: string[];
}

export type PrVariant = 'same-repo' | 'fork' | 'api-outage';

/** Seeds a PR branch on the stand and runs `jobs` jobs of it at once (they race to comment). */
export async function runPrTestFailure(
  stand: Stand,
  {
    jobs = 2,
    variant = 'same-repo',
    runId = 2001,
  }: { jobs?: number; variant?: PrVariant; runId?: number } = {},
): Promise<PrFailureResult> {
  const base = stand.git.seeded.at(-1)!;
  const prNumber = 7;
  const headRepo = variant === 'fork' ? 'someone/demo-fork' : stand.repo;
  stand.github.addPull({
    repo: stand.repo,
    number: prNumber,
    head: { ref: 'feature', sha: base },
    title: 'Make math better',
  });
  if (variant === 'api-outage') {
    stand.github.fail('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', 503, {
      message: 'Service Unavailable',
    });
  }
  const event = pullRequestEvent({
    repo: stand.repo,
    number: prNumber,
    base,
    head: { ref: 'feature', repo: headRepo },
  });
  const runs = Array.from({ length: jobs }, async (_, i) => {
    const workspace = await checkout(stand, 'main', { 'test/math.test.mjs': FAILING_TEST });
    return runJob({
      stand,
      workspace,
      runId,
      jobId: 6001 + i,
      jobKey: `unit-${i + 1}`,
      jobName: `unit (${i + 1})`,
      ref: `refs/pull/${prNumber}/merge`,
      event,
      env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
      steps: [
        { id: 'recovery', uses: '.', with: {} },
        {
          id: 'test',
          uses: 'run',
          with: { stage: 'test', run: 'node --test --test-reporter=tap test/math.test.mjs' },
        },
      ],
    });
  });
  const results = await Promise.all(runs);
  stand.github.clearFailures();
  const stickyComments = stand.github.state.comments
    .filter((c) => c.repo === stand.repo && c.issueNumber === prNumber && isStickyComment(c.body))
    .map((c) => c.body);
  return { jobs: results, prNumber, stickyComments };
}
