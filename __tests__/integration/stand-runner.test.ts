import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RUNNER_LOST_MESSAGE, runJob } from '../../stand/runner/job.js';
import { backendIdsFromToken } from '../../stand/services/results-service.js';
import { backendIds, startStand, type Stand } from '../../stand/services/stand.js';

describe('the local runner wired to the stand', () => {
  let stand: Stand;
  let workspace: string;
  beforeAll(async () => {
    stand = await startStand({ commits: [{ message: 'initial', files: { 'package.json': '{}' } }] });
    workspace = await mkdtemp(path.join(os.tmpdir(), 'stand-ws-'));
  });
  afterAll(async () => {
    await stand.stop();
    await rm(workspace, { recursive: true, force: true });
  });

  it('keeps the job up to date in the GitHub fake, so post sees the failed step through the jobs API', async () => {
    const job = await runJob({
      stand,
      workspace,
      runId: 300,
      runAttempt: 1,
      jobId: 3001,
      jobName: 'test',
      // The fixture action reads the jobs API once; the runner's 500 ms batching (which post waits out,
      // e2e/stand-fidelity) is not what this wiring test is about.
      jobsApiLagMs: 0,
      steps: [
        { id: 'recovery', uses: '__tests__/fixtures/test-action' },
        { name: 'Run tests', run: 'echo "::error file=test/a.test.ts,line=7::expected 1 to be 2"; exit 1' },
      ],
    });
    expect(job.conclusion).toBe('failure');
    // The post stage asked GET /repos/{o}/{r}/actions/jobs/{job_id} while the job was still in progress.
    expect(job.stage('recovery', 'post')?.summary).toContain(
      'post saw job status=in_progress failed=[Run tests]',
    );
    expect(stand.github.calls).toContainEqual(
      expect.objectContaining({
        route: '/repos/{owner}/{repo}/actions/jobs/{job_id}',
        status: 200,
        path: '/repos/octo-org/demo/actions/jobs/3001',
      }),
    );
    expect(stand.github.validationErrors).toEqual([]);

    const fake = stand.github.job(3001);
    expect(fake?.steps.map((s) => [s.number, s.name, s.conclusion])).toEqual([
      [1, 'Set up job', 'success'],
      [2, 'Pre Run __tests__/fixtures/test-action', 'success'],
      [3, 'Run __tests__/fixtures/test-action', 'success'],
      [4, 'Run tests', 'failure'],
      [5, 'Post Run __tests__/fixtures/test-action', 'success'],
      [6, 'Complete job', 'success'],
    ]);
    expect(fake).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(stand.github.run(300)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      headSha: stand.git.seeded[0],
    });
    expect(fake?.annotations).toContainEqual(
      expect.objectContaining({
        path: 'test/a.test.ts',
        startLine: 7,
        level: 'failure',
        message: 'expected 1 to be 2',
      }),
    );
    expect(fake?.log).toContain('Error: expected 1 to be 2');
  });

  it('gives each node stage a runtime token for its own run attempt and job', async () => {
    const job = await runJob({
      stand,
      workspace,
      runId: 301,
      runAttempt: 2,
      jobId: 3011,
      steps: [{ id: 'a', uses: '__tests__/fixtures/test-action' }],
    });
    const env = job.stage('a')?.ranWithEnv ?? {};
    const ids = backendIds(301, 3011, 2);
    expect(backendIdsFromToken(env.ACTIONS_RUNTIME_TOKEN ?? '')).toEqual({
      runBackendId: ids.run,
      jobBackendId: ids.job,
      // A push to main: its own ref's cache scope, read and write (the default branch is the same).
      cacheScopes: [{ scope: 'refs/heads/main', permission: 3 }],
    });
    expect(env).toMatchObject({
      ACTIONS_RESULTS_URL: stand.results.url,
      GITHUB_API_URL: stand.github.url,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    // The token never shows in logs.
    expect(job.stages.map((s) => s.log).join('\n')).not.toContain(stand.token);
  });

  it('completes the run only with its last job', async () => {
    const other = stand.github.addJob({
      repo: stand.repo,
      runId: 302,
      runAttempt: 1,
      name: 'lint',
      status: 'in_progress',
    });
    stand.github.addRun({ repo: stand.repo, id: 302 });
    await runJob({ stand, workspace, runId: 302, jobId: 3021, steps: [{ run: 'true' }] });
    expect(stand.github.run(302)?.status).toBe('in_progress');
    Object.assign(other, { status: 'completed', conclusion: 'failure' });
    await runJob({ stand, workspace, runId: 302, jobId: 3022, steps: [{ run: 'true' }] });
    expect(stand.github.run(302)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('a lost runner kills the running step at once, runs no later step and no post, and fails the job with the shutdown line', async () => {
    const marker = path.join(workspace, 'after-kill');
    const job = await runJob({
      stand,
      workspace,
      runId: 303,
      jobId: 3031,
      loseRunner: { step: 'test', afterMs: 300 },
      steps: [
        { id: 'recovery', uses: '__tests__/fixtures/test-action' },
        { id: 'test', run: `sleep 30; touch '${marker}'` },
        { id: 'later', run: `touch '${marker}'` },
      ],
    });
    expect(job.conclusion).toBe('failure');
    expect(job.stage('test')).toMatchObject({ signal: 'SIGKILL', outcome: 'failure' });
    expect(job.stage('later')).toBeUndefined();
    expect(job.stage('recovery', 'post')).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
    expect(stand.github.job(3031)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(stand.github.job(3031)?.annotations.map((a) => a.message)).toContain(RUNNER_LOST_MESSAGE);
  });
});
