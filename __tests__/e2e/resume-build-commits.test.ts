/**
 * A build step that commits (a version bump, generated files) moves the clone's HEAD within the job, not
 * the sources the job started from: a "Re-run failed jobs" of the same commit still resumes its
 * checkpoint. Each save records the commit main found checked out at the job's start (checkout-head.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let attempt1: JobResult;
let attempt2: JobResult;

const BUMP =
  'mkdir -p dist && cp src/app.js dist/app.js && git -c user.name=ci -c user.email=ci@example.com commit -q --allow-empty -m bump';
const steps = (test: string): Step[] => [
  { id: 'checkout', uses: 'actions/checkout@v4' },
  { id: 'recovery', uses: '.' },
  { id: 'build', uses: 'run', with: { run: BUMP, stage: 'build' } },
  { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test' } },
  { id: 'test', name: 'Test', run: test },
];

beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'works\n' } }] });
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const common = { stand, runId: 5006, jobId: 9010, jobKey: 'build', event };
  attempt1 = await runJob({
    ...common,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    runAttempt: 1,
    completeRun: false,
    steps: steps('exit 1'),
  });
  attempt2 = await runJob({
    ...common,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    runAttempt: 2,
    steps: steps('grep -q works dist/app.js'),
  });
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1 built, committed and checkpointed, then failed', () => {
  expect(attempt1.stage('ckpt', 'main')!.outputs.kind).toBe('full');
  expect(attempt1.conclusion).toBe('failure');
});

test('the re-run of the same commit resumes past the build, though the build had moved HEAD', () => {
  expect(attempt2.stage('recovery', 'main')!.outputs).toMatchObject({
    resumed: 'true',
    'completed-stages': 'build',
  });
  expect(attempt2.stage('build', 'main')!.outputs.skipped).toBe('true');
  expect(attempt2.conclusion).toBe('success');
});
