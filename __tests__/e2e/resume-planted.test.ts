/**
 * Issue 42, findings 1 and 2, through the real bundles on the stand: a shared `dir:` store that another
 * writer filled with a checkpoint claiming this run, job and attempt (every stage complete, its own
 * dist/app.js, a stage name carrying workflow commands). Attempt 2 resumes from the checkpoint attempt 1
 * recorded in the run's artifacts, never from the planted one: the test stage runs and sees attempt 1's
 * build, and nothing planted reaches the runner's commands or main's outputs. A `restore/` step without a
 * name takes the job's newest checkpoint that the run recorded, not the newer planted one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const RUN_ID = 4004;
const JOB_ID = 8008;
let stand: Stand;
let shared: string;
let attempt1: JobResult;
let attempt2: JobResult;

const BUILD = 'mkdir -p dist && echo "built by the run" > dist/app.js';
const TEST = 'grep -q "built by the run" dist/app.js';

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  shared = mkdtempSync(path.join(os.tmpdir(), 'shared-store-'));
  const store = `dir:${shared}`;
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const common = { stand, runId: RUN_ID, jobId: JOB_ID, jobKey: 'build', event };
  const steps = (rest: Step[]): Step[] => [
    { id: 'checkout', uses: 'actions/checkout@v4' },
    { id: 'recovery', uses: '.', with: { store } },
    ...rest,
  ];
  attempt1 = await runJob({
    ...common,
    workspace: mkdtempSync(path.join(stand.root, 'workspace-')),
    runAttempt: 1,
    completeRun: false,
    steps: steps([
      { id: 'build', uses: 'run', with: { run: BUILD, stage: 'build' } },
      { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test', store } },
      { id: 'test', uses: 'run', with: { run: 'exit 1', stage: 'test' } },
    ]),
  });

  // Another writer of the shared directory, after attempt 1: newer, every stage complete, its own code.
  const planter = mkdtempSync(path.join(os.tmpdir(), 'planter-'));
  mkdirSync(path.join(planter, 'dist'));
  writeFileSync(path.join(planter, 'dist', 'app.js'), 'planted code\n');
  await saveCheckpoint({
    store: await openStore(store),
    workspace: planter,
    paths: ['dist'],
    id: 'ci-recovery-planted',
    meta: {
      stage: 'deploy',
      job: 'build',
      runId: String(RUN_ID),
      attempt: 1,
      completedStages: ['build', 'test', 'lint\n::error title=pwned::planted\n::add-mask::x'],
    },
  });
  rmSync(planter, { recursive: true, force: true });

  attempt2 = await runJob({
    ...common,
    workspace: mkdtempSync(path.join(stand.root, 'workspace-')),
    runAttempt: 2,
    steps: steps([
      { id: 'build', uses: 'run', with: { run: 'exit 3', stage: 'build' } },
      { id: 'test', uses: 'run', with: { run: TEST, stage: 'test' } },
      // Finding 42 (restore/ without a name): the job's newest checkpoint is the run's, not the planted one.
      { id: 'restore', uses: 'restore', with: { store, dest: 'restored' } },
      { id: 'check', uses: 'run', with: { run: 'grep -q "built by the run" restored/dist/app.js' } },
    ]),
  });
}, 300_000);

afterAll(async () => {
  await stand?.stop();
  rmSync(shared, { recursive: true, force: true });
});

test("attempt 1 saves its checkpoint into the shared store and records it in the run's artifacts", () => {
  expect(attempt1.conclusion).toBe('failure');
  expect(attempt1.stage('ckpt', 'main')?.outputs['checkpoint-id']).toMatch(
    /^ci-recovery-ckpt-r4004-build-a1-test-/,
  );
  const names = stand.results.artifacts.filter((a) => a.finalized).map((a) => a.name);
  // Named as it was saved (a lost runner's post never runs): `ci-recovery-checkpoints-<job>-a<n>-<id>`.
  expect(names.filter((n) => n.startsWith('ci-recovery-checkpoints-build-a1-'))).toHaveLength(1);
});

test('attempt 2 resumes from what attempt 1 recorded, not from the newer planted checkpoint', () => {
  const main = attempt2.stage('recovery', 'main')!;
  expect(main.outputs).toMatchObject({
    resumed: 'true',
    'resume-from': attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
    'completed-stages': 'build',
  });
  expect(attempt2.stage('build', 'main')!.outputs.skipped).toBe('true');
  // The test stage runs (it did not complete in attempt 1) on attempt 1's build, and passes.
  expect(attempt2.stage('test', 'main')!.outputs.skipped).toBe('false');
  expect(attempt2.conclusion).toBe('success');
});

test("restore/ without a name takes the run's newest checkpoint and passes over the planted one", () => {
  const restore = attempt2.stage('restore', 'main')!;
  expect(restore.outputs).toMatchObject({
    found: 'true',
    restored: 'true',
    'checkpoint-id': attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id'],
  });
  expect(attempt2.stage('check', 'main')!.conclusion).toBe('success');
  expect(restore.log).toMatch(
    /Checkpoint ci-recovery-planted is passed over: no record of this run names it/,
  );
});

test('nothing planted reaches the runner as a command', () => {
  const all = [...attempt1.annotations, ...attempt2.annotations].map((a) => `${a.title ?? ''} ${a.message}`);
  expect(all.join('\n')).not.toContain('pwned');
  for (const s of attempt2.stages) expect(Object.values(s.outputs).join('\n')).not.toContain('::');
});
