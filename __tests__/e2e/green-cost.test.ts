/**
 * What a job leaves behind, through the stand and the bundles (issue 46, item 1): a green job with two
 * checkpointed stages leaves no checkpoint artifact after its post and no ledger cache entry; a refused
 * deletion warns with the permission it needs and the job stays green; a failed job keeps its checkpoints
 * (its re-run resumes from them) and its ledger entry.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'package.json': '{"name":"app"}\n' } }];

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({ commits: seed });
});
afterAll(async () => {
  await stand?.stop();
});

/** Two stages, each checkpointed by the checkpoint/ action, then a test step that passes or fails. */
async function job(runId: number, opts: { failTests?: boolean; keep?: boolean } = {}): Promise<JobResult> {
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  return runJob({
    stand,
    runId,
    jobId: runId + 1,
    jobKey: 'build',
    event,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    steps: [
      { id: 'checkout', uses: 'actions/checkout@v4' },
      { id: 'recovery', uses: '.', ...(opts.keep ? { with: { 'keep-checkpoints': 'true' } } : {}) },
      {
        id: 'deps',
        uses: 'run',
        with: {
          stage: 'deps',
          run: 'mkdir -p node_modules/a && echo "module.exports = 1" > node_modules/a/index.js',
        },
      },
      { id: 'ckpt-deps', uses: 'checkpoint', with: { paths: 'node_modules', stage: 'deps' } },
      {
        id: 'build',
        uses: 'run',
        with: { stage: 'build', run: 'mkdir -p dist && echo built > dist/app.js' },
      },
      { id: 'ckpt-build', uses: 'checkpoint', with: { paths: 'node_modules\ndist', stage: 'build' } },
      {
        id: 'test',
        name: 'Test',
        run: opts.failTests ? 'echo "1 failing" >&2; exit 1' : 'echo "all passed"',
      },
    ],
  });
}

const checkpointArtifacts = (runId: number): string[] =>
  stand.results.artifacts
    .filter((a) => a.finalized && a.runId === runId && a.name.startsWith('ci-recovery-ckpt-'))
    .map((a) => a.name);
const ledgerEntries = (): string[] =>
  stand.results.caches
    .filter((c) => c.finalized && c.key.startsWith('ci-recovery-ledger-'))
    .map((c) => c.key);

test('a green job leaves no checkpoint artifact and no ledger entry after its post', async () => {
  const ledgerBefore = ledgerEntries().length;
  const result = await job(5101);
  expect(result.conclusion).toBe('success');
  expect(result.steps['ckpt-deps']!.outcome).toBe('success');
  expect(result.steps['ckpt-build']!.outcome).toBe('success');
  const post = result.stage('recovery', 'post')!;
  expect(post.outcome).toBe('success');
  expect(post.log).toMatch(/deleted 4 checkpoint artifact\(s\) of this attempt/);
  expect(checkpointArtifacts(5101)).toEqual([]);
  expect(ledgerEntries()).toHaveLength(ledgerBefore);
});

test('a refused deletion warns with the permission it needs, and the job stays green', async () => {
  stand.results.failNext(
    'DeleteArtifact',
    { status: 403, code: 'permission_denied', msg: 'Resource not accessible by integration' },
    8,
  );
  const result = await job(5201);
  expect(result.conclusion).toBe('success');
  const post = result.stage('recovery', 'post')!;
  expect(post.outcome).toBe('success');
  const warnings = post.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warnings).toEqual([
    expect.stringMatching(/kept 4 checkpoint artifact\(s\).*'permissions: actions: write'.*keep-checkpoints/),
  ]);
  expect(checkpointArtifacts(5201)).toHaveLength(4);
});

test('keep-checkpoints: true keeps them, without a word', async () => {
  const result = await job(5301, { keep: true });
  expect(result.conclusion).toBe('success');
  expect(checkpointArtifacts(5301)).toHaveLength(4);
  expect(result.stage('recovery', 'post')!.log).not.toMatch(/checkpoint artifact/);
});

test('a failed job keeps its checkpoints (its re-run resumes from them) and its ledger entry', async () => {
  const ledgerBefore = ledgerEntries().length;
  const result = await job(5401, { failTests: true });
  expect(result.conclusion).toBe('failure');
  expect(checkpointArtifacts(5401)).toHaveLength(4);
  expect(ledgerEntries()).toHaveLength(ledgerBefore + 1);
});
