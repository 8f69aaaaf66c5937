/**
 * The root action's main -> failing shell step -> post, from the real dist/ bundles under Node 24,
 * the way the runner runs them, against the local stand.
 */
import { readFileSync } from 'node:fs';
import { runJobSlice, type SliceResult } from '../../stand/scenarios/job-slice.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
});
afterAll(async () => {
  await stand?.stop();
});

const post = (r: SliceResult) => r.job.stage('recovery', 'post')!;

describe('root action slice', () => {
  let result: SliceResult;
  beforeAll(async () => {
    result = await runJobSlice('plain', stand);
  });

  it('main records the job start in state, which post receives (no pre runs)', () => {
    expect(result.job.stage('recovery', 'pre')).toBeUndefined();
    const main = result.job.stage('recovery', 'main')!;
    const start = JSON.parse(main.state['job-start']!) as Record<string, unknown>;
    expect(start).toMatchObject({ runId: '1001', attempt: 1, job: 'build', jobId: '5001' });
    expect(post(result).ranWithEnv['STATE_job-start']).toBe(main.state['job-start']);
  });

  it('main loads the config and sets its outputs and the job environment', () => {
    const main = result.job.stage('recovery', 'main')!;
    expect(main.outcome).toBe('success');
    expect(main.outputs).toMatchObject({
      attempt: '1',
      resumed: 'false',
      'config-file': '.github/ci-recovery.yml',
    });
    // A push whose change cannot be told (no 'before' in the event, nothing against main) is STANDARD.
    expect(main.outputs.lane).toBe('STANDARD');
    expect(result.job.env.CI_RECOVERY_LANE).toBe(main.outputs.lane);
    expect(JSON.parse(readFileSync(result.job.env.CI_RECOVERY_CONFIG_FILE!, 'utf8'))).toMatchObject({
      budgets: { STANDARD: { maxAttempts: 2 } },
    });
  });

  it('the job fails on the shell step, and post names that step in the summary without failing itself', () => {
    expect(result.job.conclusion).toBe('failure');
    expect(result.job.stage('build', 'main')!.outcome).toBe('failure');
    expect(post(result).outcome).toBe('success');
    expect(post(result).summary).toContain('Build');
    expect(post(result).summary).toMatch(/fail/i);
    // Found through the jobs API, with the job id from job.check_run_id.
    expect(stand.github.calls.some((c) => c.method === 'GET' && c.path.endsWith('/actions/jobs/5001'))).toBe(
      true,
    );
    // Its time counts from the job's start as that read gives it (started_at), not from main's step.
    expect(post(result).summary).toMatch(/- Spent: [^\n]* in this job attempt, /);
    expect(post(result).summary).not.toContain("since ci-recovery's step began");
  });
});

describe('bad input', () => {
  it('a malformed config fails main with the file, the line and what is wrong', async () => {
    const result = await runJobSlice('bad-config', stand);
    const main = result.job.stage('recovery', 'main')!;
    expect(main.outcome).toBe('failure');
    const error = main.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/\.github\/ci-recovery\.yml:2:\d+/);
    expect(post(result).outcome).toBe('success');
  });

  it('without a token post warns, naming actions: read, and still writes the summary from its own records', async () => {
    const result = await runJobSlice('no-token', stand);
    expect(post(result).outcome).toBe('success');
    expect(
      post(result).annotations.some((a) => a.level === 'warning' && /actions: read/.test(a.message)),
    ).toBe(true);
    expect(post(result).summary).toMatch(/actions: read/);
  });

  it('a 403 from the jobs API makes post warn, naming actions: read, and still write the summary', async () => {
    const result = await runJobSlice('jobs-api-403', stand);
    stand.github.clearFailures();
    expect(post(result).outcome).toBe('success');
    expect(
      post(result).annotations.some(
        (a) => a.level === 'warning' && /403/.test(a.message) && /actions: read/.test(a.message),
      ),
    ).toBe(true);
    expect(post(result).summary.length).toBeGreaterThan(0);
  });

  it('a 200 KiB config does not stop later steps from starting (one environment string is at most 128 KiB)', async () => {
    const result = await runJobSlice('big-config', stand);
    const main = result.job.stage('recovery', 'main')!;
    expect(main.outcome).toBe('success');
    const later = result.job.stage('build')!;
    expect(later.outcome).toBe('success');
    expect(later.stdout).toContain('a later step started');
    expect(post(result).outcome).toBe('success');
    // Every variable main left is small; the config is in its file, whole.
    expect(Object.values(result.job.env).every((v) => v.length < 4096)).toBe(true);
    const effective = readFileSync(result.job.env.CI_RECOVERY_CONFIG_FILE!, 'utf8');
    expect(effective.length).toBeGreaterThan(128 * 1024);
    expect((JSON.parse(effective) as { lanes: { docs: string[] } }).lanes.docs).toHaveLength(6000);
  });
});
