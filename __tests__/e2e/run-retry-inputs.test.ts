/**
 * The run/ inputs that retry's users rely on, through the real bundle on the stand: retry-on-exit-code,
 * new-command-on-retry, the warning annotation on each retry (warn-on-retry), a limit on the whole step
 * (total-timeout-minutes) and continue-on-error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { outage } from '../../stand/scenarios/network-retry.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'run-retry-inputs-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Fails with `code` on the first attempt, succeeds on the next. */
const failOnce = (code: number): string =>
  ['if [ ! -f .tried ]; then', '  touch .tried', `  exit ${code}`, 'fi', 'echo passed'].join('\n');

async function runStep(inputs: Record<string, string | number>): Promise<JobResult> {
  return runJob({
    workspace,
    env: { CI_RECOVERY_LANE: 'STANDARD' },
    steps: [{ id: 'step', uses: 'run', with: { stage: 'flaky', 'backoff-seconds': 0, ...inputs } }],
  });
}

const retryWarnings = (job: JobResult) =>
  job.annotations.filter((a) => a.level === 'warning' && a.title === 'ci-recovery: retrying flaky');

describe('retry-on-exit-code', () => {
  it('retries on a listed exit code, with a warning annotation naming the attempt', async () => {
    const job = await runStep({ run: failOnce(75), 'retry-on-exit-code': '1, 75', 'max-attempts': 3 });
    expect(job.conclusion).toBe('success');
    expect(job.steps.step!.outputs).toMatchObject({ attempts: '2', 'exit-code': '0' });
    const warnings = retryWarnings(job);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /^Attempt 1 failed \(exit 75, \w+\): retrying \(input:retry-on-exit-code\)/,
    );
  });

  it('does not retry another exit code, even a failure the policy would retry', async () => {
    // A remote that resets the connection: a network failure, which the policy retries.
    const remote = await outage();
    const fetch = `git ls-remote ${remote.url}`;
    let policy: JobResult;
    let listed: JobResult;
    try {
      // Without the input the policy retries this network failure...
      policy = await runStep({ run: fetch, 'max-attempts': 2 });
      // ...with it, exit 128 is not listed: one attempt, and the step fails.
      listed = await runStep({ run: fetch, 'max-attempts': 2, 'retry-on-exit-code': '75' });
    } finally {
      await remote.close();
    }
    expect(policy.steps.step!.outputs).toMatchObject({ attempts: '2', 'failure-type': 'network' });
    expect(listed.conclusion).toBe('failure');
    expect(listed.steps.step!.outputs).toMatchObject({
      attempts: '1',
      'exit-code': '128',
      'failure-type': 'network',
    });
    expect(retryWarnings(listed)).toEqual([]);
  });

  it("a command whose last line has no newline does not swallow run/'s next line: the retry warning is still an annotation", async () => {
    const job = await runStep({
      run: "printf 'partial line'\nif [ ! -f .tried ]; then touch .tried; exit 75; fi",
      'retry-on-exit-code': '75',
      'max-attempts': 2,
    });
    expect(job.conclusion).toBe('success');
    expect(retryWarnings(job)).toHaveLength(1);
    const lines = (job.stage('step', 'main')?.stdout ?? '').split('\n');
    expect(lines.filter((l) => l.endsWith('partial line'))).toHaveLength(2);
    expect(lines.filter((l) => /partial line./.test(l))).toEqual([]);
  });

  it('a bad value names the input and runs nothing', async () => {
    const job = await runStep({ run: 'touch ran', 'retry-on-exit-code': '1, often' });
    expect(job.conclusion).toBe('failure');
    expect(
      job.annotations.some(
        (a) => a.level === 'error' && a.message.includes("Input 'retry-on-exit-code' has 'often'"),
      ),
    ).toBe(true);
    expect(existsSync(path.join(workspace, 'ran'))).toBe(false);
  });

  it('0 is not an exit code to retry on: refused like any other bad value', async () => {
    const job = await runStep({ run: 'touch ran', 'retry-on-exit-code': '0' });
    expect(job.conclusion).toBe('failure');
    expect(
      job.annotations.some(
        (a) => a.level === 'error' && a.message.includes("Input 'retry-on-exit-code' has '0'"),
      ),
    ).toBe(true);
    expect(existsSync(path.join(workspace, 'ran'))).toBe(false);
  });
});

describe('new-command-on-retry and warn-on-retry', () => {
  it('runs the other command from the second attempt on', async () => {
    const job = await runStep({
      run: 'echo first >> ran; exit 3',
      'new-command-on-retry': 'echo second >> ran',
      'retry-on-exit-code': '3',
      'max-attempts': 3,
    });
    expect(job.conclusion).toBe('success');
    expect(job.steps.step!.outputs).toMatchObject({ attempts: '2' });
    expect(readFileSync(path.join(workspace, 'ran'), 'utf8')).toBe('first\nsecond\n');
  });

  it('warn-on-retry: false retries without the annotation', async () => {
    const job = await runStep({ run: failOnce(75), 'retry-on-exit-code': '75', 'warn-on-retry': 'false' });
    expect(job.steps.step!.outputs).toMatchObject({ attempts: '2' });
    expect(retryWarnings(job)).toEqual([]);
  });
});

describe('total-timeout-minutes and continue-on-error', () => {
  it('the step limit kills an attempt before its own limit, and no retry starts after it', async () => {
    const job = await runStep({
      run: 'echo started; sleep 120',
      'timeout-minutes': 1,
      'total-timeout-minutes': 0.02,
      'retry-on': 'any',
      'max-attempts': 3,
    });
    expect(job.conclusion).toBe('failure');
    expect(job.steps.step!.outputs).toMatchObject({
      attempts: '1',
      'exit-code': '124',
      'failure-type': 'timeout',
    });
    expect(job.steps.step!.outputs.evidence).toMatch(/hit its time limit of 0\.02 minutes/);
    expect(
      job.annotations.some((a) => a.level === 'error' && /total-timeout-minutes is used up/.test(a.message)),
    ).toBe(true);
  });

  it('continue-on-error passes the step with a warning and keeps the outputs that say what failed', async () => {
    const job = await runStep({
      run: 'echo "answer=42" >> "$GITHUB_OUTPUT"; exit 3',
      'continue-on-error': 'true',
    });
    expect(job.conclusion).toBe('success');
    expect(job.stage('step', 'main')!.outcome).toBe('success');
    expect(job.steps.step!.outputs).toMatchObject({ attempts: '1', 'exit-code': '3', answer: '42' });
    expect(job.steps.step!.outputs['failure-type']).not.toBe('');
    expect(job.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(
      job.annotations.some(
        (a) =>
          a.level === 'warning' &&
          a.title?.startsWith('ci-recovery: flaky failed') &&
          /continue-on-error/.test(a.message),
      ),
    ).toBe(true);
  });
});

describe('bad test inputs', () => {
  it('of two bad test inputs, names test-runner first, as before test recovery loaded lazily', async () => {
    const job = await runStep({
      run: 'echo never',
      'test-runner': 'bogus',
      'test-rerun-command': 'npm test',
    });
    expect(job.conclusion).toBe('failure');
    const errors = job.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors[0]).toMatch(/^Input 'test-runner' is 'bogus': write one of /);
  });
});
