/**
 * One reusable workflow called twice in a run, on the stand, through the real bundles: its job `test` runs
 * once for the caller job `unit` and once for `integration`. Both share GITHUB_JOB 'test' (in a called
 * workflow it is the called job's key, actions/runner#2577); the jobs API names them `unit / test` and
 * `integration / test`. Each builds a file of its own, checkpoints it and fails in attempt 1; in attempt 2
 * each must resume from its own checkpoint and find its own file, and neither may collide with the other on
 * a checkpoint or a plan artifact.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runJob, type JobResult, type Step } from '../runner/job.js';
import { repoRoot } from '../services/paths.js';
import type { Stand } from '../services/stand.js';
import { steps } from './matrix.js';

export interface CallerJob {
  caller: string;
  attempt1: JobResult;
  attempt2: JobResult;
  /** dist/leg.txt in attempt 2's workspace right after the job. */
  restored: string;
}

const CALLERS = ['unit', 'integration'];
export const REUSABLE_FILE = '.github/workflows/test-suite.yml';

/**
 * ci-recovery as a local action of the repository (`uses: ./.github/actions/ci-recovery`, its files linked
 * in after checkout): the runner runs no pre for it, so main must tell the callers apart on its own.
 */
function asLocalAction(list: Step[]): Step[] {
  const dir = '.github/actions/ci-recovery';
  return list.flatMap((step) =>
    step.id === 'recovery'
      ? [
          { id: 'vendor', run: `mkdir -p .github/actions && ln -s '${repoRoot}' ${dir}` },
          { ...step, uses: `./${dir}` },
        ]
      : [step],
  );
}

export async function runReusableWorkflowScenario(
  stand: Stand,
  runId = 4104,
  { localAction = false }: { localAction?: boolean } = {},
): Promise<CallerJob[]> {
  const event = { name: 'push', payload: { repository: { default_branch: 'main', full_name: stand.repo } } };
  const job = (i: number, attempt: number, workspace: string): Promise<JobResult> =>
    runJob({
      stand,
      event,
      runId,
      runAttempt: attempt,
      jobId: runId * 100 + attempt * 10 + i,
      jobKey: 'test',
      calledWorkflow: { caller: CALLERS[i] ?? '', file: REUSABLE_FILE },
      workspace,
      completeRun: i === CALLERS.length - 1,
      steps: localAction ? asLocalAction(steps(CALLERS[i] ?? '', attempt)) : steps(CALLERS[i] ?? '', attempt),
    });
  const fresh = (): Promise<string> => mkdtemp(path.join(stand.root, 'workspace-'));
  const attempt1: JobResult[] = [];
  for (const i of CALLERS.keys()) attempt1.push(await job(i, 1, await fresh()));
  const jobs: CallerJob[] = [];
  for (const i of CALLERS.keys()) {
    const ws = await fresh();
    const attempt2 = await job(i, 2, ws);
    const restored = await readFile(path.join(ws, 'dist/leg.txt'), 'utf8').catch(() => '(missing)');
    jobs.push({ caller: CALLERS[i] ?? '', attempt1: attempt1[i] as JobResult, attempt2, restored });
  }
  return jobs;
}
