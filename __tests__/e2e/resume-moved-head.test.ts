/**
 * A re-run attempt runs the run's GITHUB_SHA, but actions/checkout with `ref: main` (a branch, as a
 * `pull_request_target` job checks out the head branch) checks out that branch's newest commit. A commit
 * pushed between the attempts must not be met by attempt 1's build: the checkpoint of the old sources is
 * not resumed from, the build runs on the new ones, and their tests decide the job.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { checkout } from '../../stand/scenarios/workspace.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

const exec = promisify(execFile);

let stand: Stand;
let attempt1: JobResult;
let attempt2: JobResult;
let built: string;
let pushed: string;

const CHECKOUT: Step = { id: 'checkout', uses: 'actions/checkout@v4', with: { ref: 'main' } };
const steps = (test: string): Step[] => [
  CHECKOUT,
  { id: 'recovery', uses: '.' },
  { id: 'build', uses: 'run', with: { run: 'mkdir -p dist && cp src/app.js dist/app.js', stage: 'build' } },
  { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test' } },
  { id: 'test', name: 'Test', run: test },
];

beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'works\n' } }] });
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const common = { stand, runId: 5005, jobId: 9009, jobKey: 'build', event };
  attempt1 = await runJob({
    ...common,
    workspace: await mkdtemp(path.join(stand.root, 'workspace-')),
    runAttempt: 1,
    completeRun: false,
    // The runner was lost, say: nothing wrong with the code yet.
    steps: steps('exit 1'),
  });
  // Between the attempts a commit that breaks the app lands on main.
  const clone = await checkout(stand, 'main', { 'src/app.js': 'broken\n' });
  const env = { ...process.env, ...stand.git.env };
  const git = (args: string[]): Promise<unknown> => exec('git', args, { cwd: clone, env });
  await git(['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-qam', 'break it']);
  await git(['push', '-q', 'origin', 'HEAD:main']);
  pushed = (await stand.git.revParse('main'))!;
  const ws2 = await mkdtemp(path.join(stand.root, 'workspace-'));
  attempt2 = await runJob({
    ...common,
    workspace: ws2,
    runAttempt: 2,
    steps: steps('! grep -q broken dist/app.js'),
  });
  built = await readFile(path.join(ws2, 'dist/app.js'), 'utf8').catch(() => '(missing)');
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1 checkpointed the build of the first commit', () => {
  expect(attempt1.stage('ckpt', 'main')!.outputs.kind).toBe('full');
  expect(attempt1.conclusion).toBe('failure');
});

test("attempt 2 checks out main's new commit, and main does not resume the old commit's build into it", () => {
  expect(attempt2.stage('checkout', 'main')!.stdout).toContain(`Checked out ${pushed}`);
  const main = attempt2.stage('recovery', 'main')!;
  expect(main.outputs).toMatchObject({ resumed: 'false', 'completed-stages': '' });
  const warnings = attempt2.stages.flatMap((s) => s.annotations.filter((a) => a.level === 'warning'));
  expect(warnings.map((w) => w.message).join('\n')).toContain(
    `but this attempt's checkout is at ${pushed.slice(0, 12)}`,
  );
});

test('so the build runs on the new sources and their tests fail the job, as they would without ci-recovery', () => {
  const skipped = attempt2.stage('build', 'main')!.outputs.skipped;
  expect({ skipped, built, conclusion: attempt2.conclusion }).toEqual({
    skipped: 'false',
    built: 'broken\n',
    conclusion: 'failure',
  });
});
