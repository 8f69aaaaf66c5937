/**
 * Two callers of one reusable workflow share GITHUB_JOB (actions/runner#2577): each must checkpoint and
 * upload its plan under its own name, and resume only its own files on a re-run (see
 * stand/scenarios/reusable-workflow.ts).
 */
import { runReusableWorkflowScenario, type CallerJob } from '../../stand/scenarios/reusable-workflow.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let jobs: CallerJob[];

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  jobs = await runReusableWorkflowScenario(stand);
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1: each caller checkpoints and uploads its plan under its own name, without a 409', () => {
  const ckpts = jobs.map((j) => j.attempt1.stage('ckpt', 'main')!);
  for (const ckpt of ckpts) expect(ckpt.outcome).toBe('success');
  // An identity without its caller's part means main could not read the job's name; its warning says why (a
  // rehearsal at load 15 saw `test-a1` once, and nothing said why).
  for (const job of jobs) {
    const main = job.attempt1.stage('recovery', 'main')!;
    expect(main.annotations.filter((a) => /jobs API/.test(a.message))).toEqual([]);
  }
  expect(ckpts.map((c) => c.outputs['checkpoint-id'])).toEqual([
    expect.stringMatching(/^ci-recovery-ckpt-r4104-test\.via-unit-a1-test-\d{3}$/),
    expect.stringMatching(/^ci-recovery-ckpt-r4104-test\.via-integration-a1-test-\d{3}$/),
  ]);
  const plans = stand.results.artifacts
    .filter((a) => a.finalized && a.name.startsWith('ci-recovery-plan-'))
    .map((a) => a.name);
  expect(plans).toHaveLength(2);
  expect(new Set(plans).size).toBe(2);
  for (const job of jobs) {
    expect(job.attempt1.conclusion).toBe('failure');
    const post = job.attempt1.stage('recovery', 'post')!;
    expect(post.annotations.filter((a) => /409|already exists|conflict/i.test(a.message))).toEqual([]);
  }
});

test('attempt 2: each caller resumes from its own checkpoint and finds its own files', () => {
  for (const job of jobs) {
    const main = job.attempt2.stage('recovery', 'main')!;
    expect(main.outputs).toMatchObject({
      resumed: 'true',
      'resume-from': job.attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
    });
    expect(job.restored).toBe(`built for node ${job.caller}\n`);
    expect(job.attempt2.conclusion).toBe('success');
  }
});
