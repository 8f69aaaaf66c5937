/**
 * A matrix made by an earlier job (`matrix: { node: ${{ fromJSON(needs.plan.outputs.nodes) }} }`) may come
 * in another order when "Re-run all jobs" runs that job again: leg 0 then stands for other values. Its
 * resume must not take the checkpoint leg 0 saved for the old values (another leg's build, whose stage it
 * would skip): the leg builds for its own values.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let attempt1: JobResult;
let attempt2: JobResult;
let built: string;

const steps = (node: string, test: string): Step[] => [
  { id: 'checkout', uses: 'actions/checkout@v4' },
  { id: 'recovery', uses: '.' },
  {
    id: 'build',
    uses: 'run',
    with: { stage: 'build', run: `mkdir -p dist && echo "node ${node}" > dist/leg.txt` },
  },
  { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test' } },
  { id: 'test', name: 'Test', run: test },
];

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const leg0 = (attempt: number, node: string, test: string, workspace: string): Promise<JobResult> =>
    runJob({
      stand,
      event,
      runId: 6006,
      runAttempt: attempt,
      jobId: 8100 + attempt,
      jobKey: 'test',
      matrix: { node },
      strategy: { jobIndex: 0, jobTotal: 2 },
      workspace,
      completeRun: attempt === 2,
      steps: steps(node, test),
    });
  const fresh = (): Promise<string> => mkdtemp(path.join(stand.root, 'workspace-'));
  attempt1 = await leg0(1, '20', 'exit 1', await fresh());
  // "Re-run all jobs": the plan job lists the nodes the other way round, so leg 0 is node 22 now.
  const ws = await fresh();
  attempt2 = await leg0(2, '22', 'test -f dist/leg.txt', ws);
  built = await readFile(path.join(ws, 'dist/leg.txt'), 'utf8').catch(() => '(missing)');
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

test('attempt 1: leg 0 (node 20) checkpointed its build', () => {
  expect(attempt1.stage('ckpt', 'main')!.outputs['checkpoint-id']).toMatch(/-test\.leg0-a1-test-/);
  expect(attempt1.conclusion).toBe('failure');
});

test("attempt 2: leg 0 (node 22 now) does not resume node 20's build, and builds its own", () => {
  const main = attempt2.stage('recovery', 'main')!;
  const skipped = attempt2.stage('build', 'main')!.outputs.skipped;
  expect({ resumed: main.outputs.resumed, skipped, built, conclusion: attempt2.conclusion }).toEqual({
    resumed: 'false',
    skipped: 'false',
    built: 'node 22\n',
    conclusion: 'success',
  });
  const warnings = attempt2.stages.flatMap((s) => s.annotations.filter((a) => a.level === 'warning'));
  expect(warnings.map((w) => w.message).join('\n')).toContain('with other matrix values');
});
