/**
 * The reusable-workflow story with ci-recovery as a local action (`uses: ./...`), which the runner runs
 * as it runs a published one now that the action has no pre (ActionManager.cs registers pre only for
 * actions that are not `./`): main reads a called job's caller from the jobs API, so two callers of one
 * workflow must still not collide.
 */
import { runReusableWorkflowScenario, type CallerJob } from '../../stand/scenarios/reusable-workflow.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let jobs: CallerJob[];

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  jobs = await runReusableWorkflowScenario(stand, 4105, { localAction: true });
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('no pre runs for the local action, and each caller still checkpoints under its own name', () => {
  for (const job of jobs) expect(job.attempt1.stage('recovery', 'pre')).toBeUndefined();
  const ckpts = jobs.map((j) => j.attempt1.stage('ckpt', 'main')!);
  for (const ckpt of ckpts) expect(ckpt.outcome).toBe('success');
  expect(ckpts.map((c) => c.outputs['checkpoint-id'])).toEqual([
    expect.stringMatching(/^ci-recovery-ckpt-r4105-test\.via-unit-a1-test-\d{3}$/),
    expect.stringMatching(/^ci-recovery-ckpt-r4105-test\.via-integration-a1-test-\d{3}$/),
  ]);
});

test('attempt 2: each caller resumes from its own checkpoint and finds its own files', () => {
  for (const job of jobs) {
    expect(job.attempt2.stage('recovery', 'main')!.outputs).toMatchObject({
      resumed: 'true',
      'resume-from': job.attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
    });
    expect(job.restored).toBe(`built for node ${job.caller}\n`);
    expect(job.attempt2.conclusion).toBe('success');
  }
});
