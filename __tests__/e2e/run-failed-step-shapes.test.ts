/**
 * The real `dist/run.js` bundle on the local runner: a failure that only a failed step's end states (git refusing a
 * push from a detached HEAD, a rule marked `block`) is typed from run/'s own output as a job log types it, and not
 * retried. Before, run/'s output had no failed step: the same push was unknown.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob } from '../../stand/runner/job.js';

const git = (cwd: string, ...args: string[]): void => {
  execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', ...args], {
    cwd,
    stdio: 'ignore',
  });
};

describe('run/ reads its failed command as the failed step', () => {
  let workspace = '';
  let runnerTemp = '';
  let remote = '';
  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'run-shapes-'));
    runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
    remote = await mkdtemp(path.join(os.tmpdir(), 'run-shapes-remote-'));
    git(remote, 'init', '-q', '--bare');
    git(workspace, 'init', '-q');
    git(workspace, 'commit', '-q', '--allow-empty', '-m', 'first');
    git(workspace, 'remote', 'add', 'origin', remote);
    git(workspace, 'checkout', '-q', '--detach');
  });
  afterEach(async () => {
    for (const dir of [workspace, runnerTemp, remote]) await rm(dir, { recursive: true, force: true });
  });

  it('git push from a detached HEAD: git, one attempt, its refusal as the evidence', async () => {
    const job = await runJob({
      workspace,
      runnerTemp,
      env: { CI_RECOVERY_LANE: 'STANDARD' },
      steps: [
        { id: 'publish', uses: 'run', with: { stage: 'publish', 'backoff-seconds': 0, run: 'git push' } },
      ],
    });
    const outputs = job.steps.publish?.outputs ?? {};
    expect(job.conclusion).toBe('failure');
    expect({
      type: outputs['failure-type'],
      attempts: outputs.attempts,
      evidence: outputs.evidence,
    }).toEqual({ type: 'git', attempts: '1', evidence: 'fatal: You are not currently on a branch.' });
  }, 60_000);
});
