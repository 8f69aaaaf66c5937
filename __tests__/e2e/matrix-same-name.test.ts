/**
 * Two legs of one matrix run at once, each saving a checkpoint of the same `name` (the workflow gives one
 * name to every leg): what each stores, and what a re-run of each leg resumes and a named restore/ step
 * restores. Through the stand's Results service and the committed bundles.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../../stand/runner/job.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
const NODES = ['20', '22'];
const RUN_ID = 4010;
const out: { a1: JobResult[]; a2: JobResult[]; restored: string[] } = { a1: [], a2: [], restored: [] };

function steps(node: string, attempt: number): Step[] {
  return [
    { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
    { id: 'recovery', uses: '.' },
    ...(attempt === 2
      ? [{ id: 'named', uses: 'restore', with: { name: 'before-tests', 'fail-on-miss': 'false' } } as Step]
      : []),
    {
      id: 'build',
      uses: 'run',
      with: { stage: 'build', run: `mkdir -p dist && echo "built for node ${node}" > dist/leg.txt` },
    },
    { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test', name: 'before-tests' } },
    { id: 'test', name: 'Test', run: attempt === 1 ? 'exit 1' : `cat dist/leg.txt` },
  ];
}

beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }],
  });
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const leg = (i: number, attempt: number, workspace: string): Promise<JobResult> =>
    runJob({
      stand,
      event,
      runId: RUN_ID,
      runAttempt: attempt,
      jobId: 9000 + attempt * 10 + i,
      jobKey: 'test',
      matrix: { node: NODES[i] },
      strategy: { jobIndex: i, jobTotal: NODES.length },
      workspace,
      completeRun: i === NODES.length - 1,
      steps: steps(NODES[i]!, attempt),
    });
  const fresh = (): Promise<string> => mkdtemp(path.join(stand.root, 'workspace-'));
  out.a1 = await Promise.all(NODES.map(async (_, i) => leg(i, 1, await fresh())));
  for (const i of NODES.keys()) {
    const ws = await fresh();
    out.a2.push(await leg(i, 2, ws));
    out.restored.push(await readFile(path.join(ws, 'dist/leg.txt'), 'utf8').catch(() => '(missing)'));
  }
}, 300_000);

afterAll(async () => {
  await stand?.stop();
});

/** The leg whose save of the name won the race (either may), and the other. */
const legs = (): [number, number] => {
  const ckpts = out.a1.map((j) => j.stage('ckpt', 'main')!);
  const won = ckpts.findIndex((c) => c.outputs['checkpoint-id'] === 'before-tests');
  // Neither leg's save won (seen once on a loaded machine): say what each leg's step did, not only that.
  if (won < 0)
    throw new Error(
      `neither leg saved 'before-tests':\n${ckpts
        .map((c, i) => `leg ${i}: ${c.outcome} ${JSON.stringify(c.outputs)}\n${c.log}`)
        .join('\n')}`,
    );
  return [won, 1 - won];
};

test("attempt 1, legs at once: one leg's save of the name wins; the other's meets 409 (or finds it there, if it came second), warns, and the job goes on", () => {
  const [, lost] = legs();
  const ckpt = out.a1[lost]!.stage('ckpt', 'main')!;
  expect(ckpt.outcome).toBe('success');
  expect(ckpt.outputs['checkpoint-id']).toBe('');
  // Which one the losing leg meets depends on when its save starts: the upload's 409 while the other's is
  // under way, or the name found taken once the other's has landed (a loaded machine runs the legs apart).
  expect(ckpt.log).toMatch(
    /no checkpoint saved for stage 'test'.*(?:409.*before-tests|'before-tests' already exists).*The job goes on without it/,
  );
});

test("attempt 2: a leg's resume restores its own checkpoint or none, never the other leg's", () => {
  const [won, lost] = legs();
  expect(out.a2[won]!.stage('recovery', 'main')!.outputs).toMatchObject({
    resumed: 'true',
    'resume-from': 'before-tests',
  });
  expect(out.a2[lost]!.stage('recovery', 'main')!.outputs).toMatchObject({
    resumed: 'false',
    'resume-from': '',
  });
  expect(out.restored).toEqual(['built for node 20\n', 'built for node 22\n']);
});

test("a named restore/ step restores the leg's own checkpoint, and takes another leg's as a miss, naming the fix", () => {
  const [won, lost] = legs();
  expect(out.a2[won]!.stage('named', 'main')!.outputs).toMatchObject({ found: 'true', restored: 'true' });
  // On main the losing leg's step restored the winner's dist/ (the other Node version's build): "2 added".
  const other = out.a2[lost]!.stage('named', 'main')!;
  expect(other.outputs).toMatchObject({ found: 'false' });
  expect(other.log).toContain(
    `Checkpoint 'before-tests' was saved by another leg of this matrix ('test.leg${won}'), not by this one ('test.leg${lost}')`,
  );
  expect(other.log).toContain('strategy.job-index');
});
