/**
 * A failure in a step before the root action's (checkout, a setup step). The runner registers an action's
 * post when its pre or its main runs (actions/runner `src/Runner.Worker/ActionRunner.cs`,
 * `RegisterPostJobStep` for Stage Pre or Main), and a step after a failure has its main skipped (default
 * `if: success()`): with no `pre`, the root action's post reports such a failure only when its step says
 * `if: ${{ !cancelled() }}` (README, "The root action").
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'README.md': 'demo\n' } }];

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: seed });
});
afterAll(async () => {
  await stand?.stop();
});

test("a step failing before the root action's step is reported when the root step says if: !cancelled()", async () => {
  // A checkout that failed leaves no repository: an empty workspace.
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'before-root-'));
  try {
    const job = await runJob({
      stand,
      workspace,
      runId: 3201,
      jobId: 7201,
      steps: [
        {
          id: 'fetch',
          name: 'Fetch the sources',
          run: 'echo "fatal: unable to access: Could not resolve host: github.com"; exit 128',
        },
        { id: 'recovery', if: '${{ !cancelled() }}', uses: '.', with: {} },
      ],
    });
    expect(job.conclusion).toBe('failure');
    expect(job.stage('recovery', 'main')?.outcome).toBe('success');
    const post = job.stage('recovery', 'post');
    expect(post?.outcome).toBe('success');
    expect(post?.summary).toContain('Fetch the sources');
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
});
