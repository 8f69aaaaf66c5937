/**
 * A two-leg matrix on the stand, through the real bundles: both legs share the job key (`GITHUB_JOB`
 * 'test') and each builds a file of its own, checkpoints it and fails its tests in attempt 1. Attempt 2
 * re-runs both legs; each must resume from its own checkpoint (keyed by `strategy.job-index`, which the
 * check-run id is not: it changes per attempt) and find its own files.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../runner/job.js';
import { startStand, type Stand } from '../services/stand.js';

export interface MatrixLeg {
  node: string;
  attempt1: JobResult;
  attempt2: JobResult;
  /** dist/leg.txt in attempt 2's workspace right after the job. */
  restoredLeg: string;
}

export interface MatrixScenarioResult {
  legs: MatrixLeg[];
  stand: Stand;
}

const RUN_ID = 4004;
const NODES = ['20', '22'];

export function steps(node: string, attempt: number): Step[] {
  return [
    { id: 'checkout', uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
    { id: 'recovery', uses: '.' },
    {
      id: 'build',
      uses: 'run',
      // In attempt 2 the stage must skip itself: its command would fail.
      with: {
        stage: 'build',
        run: attempt === 1 ? `mkdir -p dist && echo "built for node ${node}" > dist/leg.txt` : 'exit 3',
      },
    },
    { id: 'ckpt', uses: 'checkpoint', with: { paths: 'dist', stage: 'test' } },
    {
      id: 'test',
      name: 'Test',
      run:
        attempt === 1
          ? 'echo "1 failing test" >&2\nexit 1'
          : `grep -qx "built for node ${node}" dist/leg.txt`,
    },
  ];
}

export async function runMatrixScenario(stand?: Stand): Promise<MatrixScenarioResult> {
  const own =
    stand ??
    (await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }] }));
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: own.repo } } };
  const leg = (i: number, attempt: number, workspace: string): Promise<JobResult> =>
    runJob({
      stand: own,
      event,
      runId: RUN_ID,
      runAttempt: attempt,
      // The check-run id differs per leg and per attempt, as on GitHub.
      jobId: 8000 + attempt * 10 + i,
      jobKey: 'test',
      matrix: { node: NODES[i] },
      strategy: { jobIndex: i, jobTotal: NODES.length },
      workspace,
      completeRun: i === NODES.length - 1,
      steps: steps(NODES[i] ?? '', attempt),
    });
  const fresh = (): Promise<string> => mkdtemp(path.join(own.root, 'workspace-'));

  const attempt1: JobResult[] = [];
  for (const i of NODES.keys()) attempt1.push(await leg(i, 1, await fresh()));
  const legs: MatrixLeg[] = [];
  for (const i of NODES.keys()) {
    const ws = await fresh();
    const attempt2 = await leg(i, 2, ws);
    const restoredLeg = await readFile(path.join(ws, 'dist/leg.txt'), 'utf8').catch(() => '(missing)');
    legs.push({ node: NODES[i] ?? '', attempt1: attempt1[i] as JobResult, attempt2, restoredLeg });
  }
  return { legs, stand: own };
}
