/**
 * The first slice through pre, main and post: the root action around a plain shell step that fails, run
 * from the real dist/ bundles by the local runner against the stand. Variants cover bad input: a
 * malformed config file, no token, and a jobs API that refuses (403).
 */
import { runJob, type JobResult } from '../runner/job.js';
import { startStand, type Stand } from '../services/stand.js';
import { checkout } from './workspace.js';

export type SliceVariant = 'plain' | 'bad-config' | 'no-token' | 'jobs-api-403' | 'big-config';

export interface SliceResult {
  job: JobResult;
  stand: Stand;
  workspace: string;
}

const GOOD_CONFIG = 'budgets:\n  STANDARD:\n    max-attempts: 2\n';
// 'budgets' must be a mapping: a list is wrong on line 2.
const BAD_CONFIG = 'budgets:\n  - STANDARD\n';
// About 200 KiB of YAML (under the 256 KiB limit) whose effective config is over 128 KiB of JSON: more than
// Linux lets one environment string be (MAX_ARG_STRLEN), were it exported as a variable.
const BIG_CONFIG = `lanes:\n  docs:\n${Array.from({ length: 6000 }, (_, i) => `    - docs/generated/page-${String(i).padStart(5, '0')}.md\n`).join('')}`;
const CONFIGS: Partial<Record<SliceVariant, string>> = { 'bad-config': BAD_CONFIG, 'big-config': BIG_CONFIG };

export async function runJobSlice(variant: SliceVariant = 'plain', stand?: Stand): Promise<SliceResult> {
  const own =
    stand ??
    (await startStand({ commits: [{ message: 'initial', files: { 'src/app.js': 'console.log(1)\n' } }] }));
  const workspace = await checkout(own, 'main', {
    '.github/ci-recovery.yml': CONFIGS[variant] ?? GOOD_CONFIG,
  });
  if (variant === 'jobs-api-403') {
    own.github.fail('GET', '/repos/{owner}/{repo}/actions/jobs/{job_id}', 403, {
      message: 'Resource not accessible by integration',
    });
  }
  const job = await runJob({
    stand: own,
    workspace,
    runId: 1001,
    jobId: 5001,
    jobKey: 'build',
    event: { name: 'push', payload: { repository: { default_branch: 'main', full_name: own.repo } } },
    steps: [
      { id: 'recovery', uses: '.', with: variant === 'no-token' ? { 'github-token': '' } : {} },
      variant === 'big-config'
        ? { id: 'build', name: 'Build', run: 'echo "a later step started"' }
        : {
            id: 'build',
            name: 'Build',
            run: 'echo "compiling..."\necho "make: *** [all] Error 2" >&2\nexit 2',
          },
    ],
  });
  return { job, stand: own, workspace };
}
