/**
 * `strategy: skip` in the team's policy, through the stand with the committed bundles: the run/ step that
 * met a failure the rule skips ends green with a warning, the next step runs, the job ends green, and post's
 * summary shows the skipped failure (issue 43, item 6).
 */
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { FAILING_TEST } from '../../stand/scenarios/pr-test-failure.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const seed = [{ message: 'initial', files: { 'src/math.mjs': 'export const add = (a, b) => a + b;\n' } }];
const CONFIG = `policy:
  - name: advisory-tests
    when: { type: test }
    strategy: skip
    reason: these tests are advisory while the suite is rewritten
`;

describe('strategy: skip, end to end', () => {
  let stand: Stand;
  let job: JobResult;
  beforeAll(async () => {
    stand = await startStand({ commits: seed });
    const workspace = await checkout(stand, 'main', {
      'test/math.test.mjs': FAILING_TEST,
      '.github/ci-recovery.yml': CONFIG,
    });
    job = await runJob({
      stand,
      workspace,
      runId: 4301,
      jobId: 9301,
      jobKey: 'unit',
      jobName: 'unit',
      steps: [
        { id: 'recovery', uses: '.', with: {} },
        {
          id: 'test',
          uses: 'run',
          with: { stage: 'test', run: 'node --test --test-reporter=tap test/math.test.mjs' },
        },
        { id: 'after', uses: 'run', with: { stage: 'after', run: 'echo the job went on' } },
      ],
    });
  });
  afterAll(async () => {
    await stand?.stop();
  });

  it('the step ends green with a warning; its outputs say what failed and that it was skipped', () => {
    const test = job.steps.test!;
    expect(test.outcome).toBe('success');
    expect(test.outputs).toMatchObject({ attempts: '1', 'failure-type': 'test', strategy: 'skip' });
    expect(test.outputs['exit-code']).not.toBe('0');
    const warning = job.annotations.find((a) => a.level === 'warning' && a.title?.endsWith(': skipped'));
    expect(warning?.message).toMatch(/The policy skips this failure \(config:advisory-tests\)/);
    expect(job.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('the job goes on and ends green, and post shows the skipped failure', () => {
    expect(job.steps.after!.outcome).toBe('success');
    expect(job.conclusion).toBe('success');
    const post = job.stage('recovery', 'post')!;
    expect(post.outcome).toBe('success');
    expect(post.summary).toContain('passed, with skipped failures');
    expect(post.summary).toContain('### Skipped failures');
    expect(post.summary).toMatch(/adds numbers/);
  });
});
